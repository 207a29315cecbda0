"""Review decisions: kept apart, applied to every view, kept through rebuilds (issue 15)."""
import copy
import csv
import json

import pytest
from click.testing import CliRunner

from graph import review
from graph.build import build
from graph.cli import cli, main
from graph.errors import GovgraphError, NoPath
from graph.export import export, graphml
from graph.network import example_store, to_networkx
from graph.query import links, paths
from graph.render import to_vis_data
from graph.store import REVIEW_GRAPH, Store, document_graph

# the seed's 279 社区“两委” members who serve on 业委会
POST = ("社区“两委”", "concurrentPost", "业委会")


def write(tmp_path, extraction, name="x.json"):
    path = tmp_path / name
    path.write_text(json.dumps(extraction, ensure_ascii=False), encoding="utf-8")
    return path


def rel_id(store, subject, predicate, object_, **kw):
    rows = review.relations(store, **kw)
    found = [r["id"] for r in rows if (r["subject"], r["predicate"], r["object"]) == (subject, predicate, object_)]
    assert len(found) == 1, found
    return found[0]


def stated(store, subject, predicate, object_) -> bool:
    return any((r["subject"], r["predicate"], r["object"]) == (subject, predicate, object_)
               for r in review.relations(store))


@pytest.fixture
def seed_store(tmp_path, gold_extraction):
    store = Store(tmp_path / "store")
    build([write(tmp_path, gold_extraction)], store)
    return store


# -- done when: a rejection holds through every rebuild ----------------------------------------


def test_rejected_relation_stays_rejected_through_force_change_and_export(tmp_path, seed_store, gold_extraction):
    store = seed_store
    rid = rel_id(store, *POST)
    review.decide(store, "reject", rid, why="the 279 are members, not posts", who="ana")
    assert not stated(store, *POST)
    assert not any(r["other"] == "社区“两委”" for r in links(to_networkx(store), "业委会", place="德阳市"))

    build([write(tmp_path, gold_extraction)], store, force=True)  # build --force
    assert not stated(store, *POST)

    changed = copy.deepcopy(gold_extraction)  # a changed report that still states it
    changed["sha256"] = "f" * 64
    changed["relations"] = [r for r in changed["relations"] if r["predicate"] != "coBuilds"]
    summary = build([write(tmp_path, changed, "changed.json")], store)
    assert summary.replaced == [changed["document"]] and not summary.orphaned
    assert not stated(store, *POST)
    assert [x["status"] for x in review.log(store)] == ["active"]

    data = export(store, "json")["-"]  # the export round trip: the reviewed graph builds back without it
    again = Store(tmp_path / "again")
    build([write(tmp_path, json.loads(data), "export.json")], again)
    assert not stated(again, *POST) and len(review.relations(again)) == len(review.relations(store))
    trig = export(store, "trig")["-"].decode()
    assert REVIEW_GRAPH.value in trig and "the 279 are members" in trig  # decisions travel with the data

    store.view = "machine"  # the machine's statement is still there, for --unreviewed
    assert stated(store, *POST)


def test_sparql_default_view_is_reviewed_and_the_machine_graph_stays_queryable(seed_store, gold_extraction):
    store = seed_store
    rid = rel_id(store, *POST)
    q = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a gg:Relation ; gg:count 279 }"
    assert store.query(q) == [{"n": 1}]
    review.decide(store, "reject", rid, who="ana")
    assert store.query(q) == [{"n": 0}]
    named = ("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r a gg:Relation ; gg:count 279 } "
             "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/govgraph/id/graph/doc/\")) }")
    assert store.query(named) == [{"n": 1}]
    assert store.query("SELECT ?w WHERE { ?d a ggr:Decision ; ggr:action ?w }") == [{"w": "reject"}]
    store.view = "machine"
    assert store.query(q) == [{"n": 1}]


def test_a_decision_on_a_relation_no_longer_stated_is_orphaned_not_dropped(tmp_path, seed_store, gold_extraction):
    store = seed_store
    review.decide(store, "accept", rel_id(store, *POST), why="checked", who="ana")
    changed = copy.deepcopy(gold_extraction)
    changed["sha256"] = "e" * 64
    changed["relations"] = [r for r in changed["relations"] if not r["evidence"].startswith("279名")]
    summary = build([write(tmp_path, changed)], store)
    assert summary.orphaned == [1]
    assert any(r["what"] == "review decisions" and r["count"] == 1 for r in summary.rows())
    assert [(x["number"], x["status"], x["why"]) for x in review.log(store, orphaned=True)] == [(1, "orphaned", "checked")]
    build([write(tmp_path, gold_extraction)], store)  # stated again: the decision holds again
    assert review.log(store, orphaned=True) == []
    assert next(r for r in review.relations(store) if (r["subject"], r["predicate"], r["object"]) == POST)[
        "state"] == "accepted"


# -- done when: a merge is one node everywhere -------------------------------------------------


def test_merge_is_one_node_in_links_path_page_and_graphml():
    store = example_store()
    before = to_networkx(store)
    assert len([n for n, d in before.nodes(data=True) if d["label"] == "业委会"]) == 2
    d = review.decide(store, "merge", "业委会", place="甲市", other="业委会", other_place="丙市", who="ana",
                      why="one owners' committee")
    G = to_networkx(store)
    nodes = [n for n, x in G.nodes(data=True) if x["label"] == "业委会"]
    assert nodes == [d.target] and G.number_of_nodes() == before.number_of_nodes() - 1
    assert {r["other"] for r in links(G, "业委会")} == {"社区“两委”", "社区党组织"}
    assert {(r["other"], r["other_place"]) for r in links(G, "业委会")} == {("社区“两委”", "甲市"),
                                                                              ("社区党组织", "丙市")}
    with pytest.raises(NoPath):
        paths(before, "社区“两委”", "社区党组织", place_b="丙市", max_hops=2)
    hops = paths(G, "社区“两委”", "社区党组织", place_b="丙市", max_hops=2)[0]
    assert [h["to"] for h in hops] == ["业委会", "社区党组织"]
    page = to_vis_data(G)
    assert [n["id"] for n in page["nodes"] if n["name"] == "业委会"] == [d.target]
    import xml.etree.ElementTree as ET
    root = ET.fromstring(graphml(G))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    key = next(k.get("id") for k in root.findall("g:key", ns) if k.get("for") == "node" and k.get("attr.name") == "label")
    assert [n.get("id") for n in root.iter("{%s}node" % ns["g"])
            if any(x.get("key") == key and x.text == "业委会" for x in n.findall("g:data", ns))] == [d.target]
    review.undo(store, d.number)
    assert len([n for n, x in to_networkx(store).nodes(data=True) if x["label"] == "业委会"]) == 2


def test_merge_of_two_spellings_keeps_the_other_as_an_alias(seed_store):
    store = seed_store
    G = to_networkx(store)
    names = sorted(d["label"] for _, d in G.nodes(data=True) if d["type"] == "PartyOrganisation"
                   and d["level"] == "instance")
    a, b = names[0], names[1]
    review.decide(store, "merge", a, other=b, who="ana")
    H = to_networkx(store)
    node = next(n for n, d in H.nodes(data=True) if d["label"] == a)
    assert b in H.nodes[node]["aliases"] and not any(d["label"] == b for _, d in H.nodes(data=True))
    assert links(H, b) == links(H, a)  # the old spelling still finds it


# -- the other decisions -----------------------------------------------------------------------


def test_accept_change_add_rename_split_and_their_effects():
    store = example_store()
    rid = rel_id(store, "物业服务企业", "concurrentPost", "社区党组织")
    review.decide(store, "accept", rid, who="ana")
    review.decide(store, "change", rid, count=21, role="兼职委员（专职）", who="ana", why="二十一名")
    row = next(r for r in review.relations(store) if r["id"] == rid)
    assert (row["state"], row["count"], row["role"]) == ("changed", 21, "兼职委员（专职）")

    review.add(store, "社区党组织", "leads", "业委会", "b.txt", "社区党组织领导业委会", subject_place="丙市",
               object_place="丙市", who="ana")
    added = next(r for r in review.relations(store) if r["state"] == "added")
    assert (added["subject"], added["predicate"], added["object"], added["quote"], added["documents"]) == (
        "社区党组织", "leads", "业委会", "社区党组织领导业委会", "b.txt")
    assert {r["predicate"] for r in links(to_networkx(store), "业委会", place="丙市")} == {"concurrentPost", "leads"}

    review.decide(store, "rename", "乙区东街道党工委", label="乙区东街道大工委", who="ana")
    G = to_networkx(store)
    node = next(n for n, d in G.nodes(data=True) if d["label"] == "乙区东街道大工委")
    assert "乙区东街道党工委" in G.nodes[node]["aliases"]

    review.decide(store, "split", "社区党组织", place="甲市", document="a.txt", label="东园社区党组织", who="ana")
    G = to_networkx(store)
    assert {d["label"] for _, d in G.nodes(data=True)} >= {"东园社区党组织", "社区党组织"}
    assert {r["other"] for r in links(G, "东园社区党组织")} >= {"驻区单位", "“三方办”机制"}
    assert [x["action"] for x in review.log(store)] == ["accept", "change", "add", "rename", "split"]
    assert all(x["who"] == "ana" and x["when"] for x in review.log(store))


def test_rejecting_one_of_two_relations_on_a_pair_keeps_the_shortcut_of_the_other():
    store = example_store()
    rid = rel_id(store, "物业服务企业", "participatesIn", "“三方办”机制")
    review.decide(store, "reject", rid)
    s = "SELECT ?o WHERE { ?e rdfs:label '物业服务企业' ; gg:participatesIn ?o }"
    assert store.query(s) == []
    store.view = "machine"
    assert len(store.query(s)) == 1


def test_undo_restores_and_undo_of_undo_reapplies():
    store = example_store()
    rid = rel_id(store, "社区党组织", "coBuilds", "驻区单位")
    review.decide(store, "reject", rid)
    review.undo(store, 1)
    assert stated(store, "社区党组织", "coBuilds", "驻区单位")
    review.undo(store, 2)
    assert not stated(store, "社区党组织", "coBuilds", "驻区单位")
    assert [x["status"] for x in review.log(store)] == ["active", "undone", "active"]


@pytest.mark.parametrize("call, message", [
    (lambda s: review.decide(s, "reject", "zzzzzzzz"), "no relation zzzzzzzz"),
    (lambda s: review.decide(s, "reject", "ab"), "too short"),
    (lambda s: review.decide(s, "merge", "业委会", other="社区党组织", place="甲市"), "names 2 entities"),
    (lambda s: review.decide(s, "merge", "业主会", other="业委会", other_place="甲市"), "no entity 业主会"),
    (lambda s: review.add(s, "社区党组织", "leads", "业委会", "nowhere.txt", "q", subject_place="甲市",
                          object_place="甲市"), "no document nowhere.txt"),
    (lambda s: review.undo(s, 9), "no decision 9"),
])
def test_bad_decisions_are_named_errors_and_record_nothing(call, message):
    store = example_store()
    with pytest.raises(GovgraphError, match=message):
        call(store)
    assert review.decisions(store) == []


# -- the spreadsheet round trip ----------------------------------------------------------------


def test_csv_round_trip_is_lossless(tmp_path):
    store = example_store()
    path = tmp_path / "review.csv"
    first = review.export_csv(store, path)
    assert review.import_csv(store, path) == []  # no decision filled in: nothing taken
    assert review.export_csv(store, tmp_path / "again.csv") == first
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    assert {(r["subject"], r["predicate"], r["object"]) for r in rows} == {
        (r["subject"], r["predicate"], r["object"]) for r in review.relations(store)}
    choice = {"coBuilds": ("reject", "", "not co-building"), "leads": ("accept", "", "ok"),
              "concurrentPost": ("change", "7", "seven")}
    for r in rows:
        r["decision"], r["new_count"], r["why"] = choice.get(r["predicate"], ("", "", ""))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, review.CSV_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    taken = review.import_csv(store, path, who="ana")
    assert len(taken) == 1 + 1 + 3
    after = {r["id"]: r for r in csv.DictReader(review.export_csv(store).splitlines())}
    for r in rows:
        if r["predicate"] == "coBuilds":
            assert r["id"] not in after
        elif r["predicate"] in choice:
            assert after[r["id"]]["state"] == {"leads": "accepted", "concurrentPost": "changed"}[r["predicate"]]
            assert after[r["id"]]["count"] == (r["count"] if r["predicate"] == "leads" else "7")
            assert {k: v for k, v in after[r["id"]].items() if k not in ("state", "count", "decision", "new_count",
                                                                          "why")} == \
                {k: v for k, v in r.items() if k not in ("state", "count", "decision", "new_count", "why")}
        else:
            assert after[r["id"]] == {**r, "decision": "", "new_count": "", "why": ""}
    whys = {x["why"] for x in review.log(store)}
    assert whys == {"not co-building", "ok", "seven"}


def test_a_bad_csv_row_is_named_and_nothing_of_the_file_is_applied(tmp_path):
    store = example_store()
    path = tmp_path / "review.csv"
    review.export_csv(store, path)
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    rows[0]["decision"] = "reject"
    rows[2]["decision"] = "maybe"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, review.CSV_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(review.ReviewError, match="review.csv row 4: unknown decision 'maybe'"):
        review.import_csv(store, path)
    assert review.decisions(store) == [] and len(review.relations(store)) == len(rows)


# -- the page, gold, the CLI -------------------------------------------------------------------


def test_the_page_shows_review_state_and_rejected_relations_only_when_asked():
    store = example_store()
    rid = rel_id(store, "社区党组织", "coBuilds", "驻区单位")
    acc = rel_id(store, "物业服务企业", "concurrentPost", "社区党组织")
    review.decide(store, "reject", rid)
    review.decide(store, "accept", acc)
    G = to_networkx(store)
    edges = {e["id"].rsplit("/", 1)[-1]: e for e in to_vis_data(G)["edges"]}
    assert rid not in edges and edges[acc]["review"] == "accepted"
    shown = {e["id"].rsplit("/", 1)[-1]: e for e in to_vis_data(review.with_rejected(store, G))["edges"]}
    assert shown[rid]["review"] == "rejected"
    from pathlib import Path

    import graph.render
    js = (Path(graph.render.__file__).parent / "static" / "render.js").read_text(encoding="utf-8")
    assert 'e.review !== "rejected"' in js and 'row(dl, "review"' in js


def test_gold_is_the_reviewed_document_in_the_interchange_shape(tmp_path):
    store = example_store()
    review.decide(store, "reject", rel_id(store, "社区党组织", "coBuilds", "驻区单位"))
    review.decide(store, "change", rel_id(store, "物业服务企业", "concurrentPost", "社区党组织"), count=13)
    out = tmp_path / "a.gold.json"
    data = review.gold(store, "a.txt", out)
    assert json.loads(out.read_text(encoding="utf-8")) == data and data["document"] == "a.txt"
    preds = [(r["subject"], r["predicate"], r["object"], r["count"]) for r in data["relations"]]
    assert ("社区党组织", "coBuilds", "驻区单位", None) not in preds
    assert ("物业服务企业", "concurrentPost", "社区党组织", 13) in preds
    untouched = next(d for d in json.loads(export(store, "json")["-"])["documents"] if d["document"] == "b.txt")
    assert review.gold(store, "b.txt") == untouched


def test_cli_review_walk(tmp_path, gold_extraction, capsys):
    runner = CliRunner()
    folder = str(tmp_path / "store")
    assert runner.invoke(cli, ["build", str(write(tmp_path, gold_extraction)), "--store", folder]).exit_code == 0
    out = runner.invoke(cli, ["review", "list", "--predicate", "concurrentPost", "--store", folder, "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    rid = next(r["id"] for r in rows if (r["subject"], r["object"]) == ("社区“两委”", "业委会"))
    out = runner.invoke(cli, ["review", "reject", rid[:8], "--why", "成员, 不是职务", "--who", "ana",
                              "--store", folder])
    assert out.exit_code == 0 and out.output.startswith("Decision 1: reject " + rid), out.output
    out = runner.invoke(cli, ["links", "业委会", "--place", "德阳市", "--store", folder, "--json"])
    assert "社区“两委”" not in {r["other"] for r in json.loads(out.output)}
    out = runner.invoke(cli, ["--unreviewed", "links", "业委会", "--place", "德阳市", "--store", folder, "--json"])
    assert "社区“两委”" in {r["other"] for r in json.loads(out.output)}
    out = runner.invoke(cli, ["review", "log", "--store", folder, "--json"])
    assert [(x["action"], x["who"], x["why"]) for x in json.loads(out.output)] == [("reject", "ana", "成员, 不是职务")]
    csv_path = str(tmp_path / "r.csv")
    out = runner.invoke(cli, ["review", "export", "--csv", csv_path, "--store", folder])
    assert out.exit_code == 0 and "relations" in out.output
    out = runner.invoke(cli, ["review", "import", csv_path, "--store", folder])
    assert out.exit_code == 0 and out.output.startswith("0 decisions")
    out = runner.invoke(cli, ["review", "gold", gold_extraction["document"], "--store", folder])
    assert out.exit_code == 0 and json.loads(out.output)["document"] == gold_extraction["document"]
    out = runner.invoke(cli, ["review", "undo", "1", "--store", folder])
    assert out.exit_code == 0
    out = runner.invoke(cli, ["render", "--rejected", "-o", str(tmp_path / "p.html"), "--store", folder])
    assert out.exit_code == 0
    with pytest.raises(SystemExit) as exit_:
        main(["review", "reject", "nothing", "--store", folder])
    err = capsys.readouterr().err.strip().splitlines()
    assert exit_.value.code == 1 and len(err) == 1 and err[0].startswith("Error: no relation nothing")


def test_every_review_command_has_help_with_an_example():
    runner = CliRunner()
    for name in ("list", "accept", "reject", "change", "add", "merge", "split", "rename", "undo", "log", "export",
                 "import", "gold"):
        out = runner.invoke(cli, ["review", name, "--help"])
        assert out.exit_code == 0 and "govgraph review " + name in out.output, name


def test_decisions_live_in_their_own_graph_never_in_a_document_graph():
    store = example_store()
    review.decide(store, "reject", rel_id(store, "社区党组织", "coBuilds", "驻区单位"), why="x")
    graphs = {q.graph_name.value for q in store.quads(predicate=review.r("action"))}
    assert graphs == {REVIEW_GRAPH.value}
    assert not list(store.quads(graph=document_graph("a.txt"), predicate=review.r("action")))


# -- done when: the same decisions, the same answers with the oxigraph server ------------------


def test_the_same_decisions_give_the_same_answers_with_the_server(tmp_path, gold_extraction):
    from test_endpoint import Server, needs_server, data_quads  # noqa: F401  (shared server helper)
    if needs_server.args[0]:
        pytest.skip("the oxigraph server is not installed")
    from graph.endpoint import RemoteStore
    from graph.query import interlocks, sparql
    server = Server(tmp_path / "server")
    try:
        path = write(tmp_path, gold_extraction)
        local, remote = Store(tmp_path / "local"), RemoteStore(server.url)
        build([path], local), build([path], remote)
        for store in (local, remote):
            review.decide(store, "reject", rel_id(store, *POST), who="ana", why="members")
            review.decide(store, "merge", "物业服务企业", place="德阳市", other="物业服务企业", other_place="三河市",
                          who="ana")
            build([path], store, force=True)
        assert review.relations(local) == review.relations(remote)
        assert not stated(remote, *POST)
        G, H = to_networkx(local), to_networkx(remote)
        assert links(G, "物业服务企业", place="德阳市") == links(H, "物业服务企业", place="德阳市")
        assert interlocks(G) == interlocks(H)
        q = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a gg:Relation }"
        assert sparql(local, q) == sparql(remote, q)
        assert [(x["number"], x["action"], x["status"]) for x in review.log(local)] == \
            [(x["number"], x["action"], x["status"]) for x in review.log(remote)]
        for fmt in ("json", "graphml"):
            assert export(local, fmt) == export(remote, fmt), fmt
        local.view = remote.view = "machine"
        assert stated(local, *POST) and stated(remote, *POST)
    finally:
        server.stop()
