"""Questions over the graph: links, paths, interlocks, co-building, brokers, compare, SPARQL — API and CLI."""
import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from graph.build import build, extraction_triples
from graph.cli import cli
from graph.errors import NoPath, QueryError, UnknownEntity
from graph.network import to_networkx
from graph.query import (brokers, cobuild, compare, figures, find, interlocks, links, path_rows, paths,
                         relation_names, sparql)
from graph.store import Store
from graph.vocab import load


@pytest.fixture(scope="module")
def gold_store(gold_extraction):
    store = Store()
    store.replace_document(gold_extraction["document"], gold_extraction["sha256"],
                           extraction_triples(gold_extraction, vocab=load()))
    return store


@pytest.fixture(scope="module")
def G(gold_store):
    return to_networkx(gold_store)


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory, seed_path):
    """A store built from the seed through the real pipeline (read → extract → build)."""
    folder = tmp_path_factory.mktemp("seedstore")
    build([seed_path], Store(folder))
    return str(folder)


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory, gold_extraction):
    """A store on disk built from the gold extraction (interchange JSON), for the CLI tests."""
    folder = tmp_path_factory.mktemp("goldstore")
    source = folder / "gold.json"
    source.write_text(json.dumps(gold_extraction, ensure_ascii=False), encoding="utf-8")
    build([source], Store(folder / "store"))
    return str(folder / "store")


@pytest.fixture(scope="module")
def seed_graph(seed_dir):
    return to_networkx(Store.open(seed_dir))


# -- the checks, on the gold graph and on the real pipeline ---------------------------


def _property_links(graph):
    rows = links(graph, "物业服务企业", place="德阳市")
    return {(r["predicate"], r["other"], r["count"]) for r in rows}, rows


def test_links_property_companies_of_the_city_gold(G):
    found, rows = _property_links(G)
    assert ("concurrentPost", "社区党组织", 169) in found
    assert ("coBuilds", "社区党组织", None) in found
    quote = next(r["quote"] for r in rows if r["predicate"] == "concurrentPost")
    assert "169名" in quote and "兼职委员" in quote


def test_links_property_companies_of_the_city_real(seed_graph):
    found, rows = _property_links(seed_graph)
    assert ("concurrentPost", "社区党组织", 169) in found
    assert any(p == "coBuilds" and o == "社区党组织" for p, o, _ in found)
    assert all(r["quote"] for r in rows)


@pytest.mark.parametrize("which", ["G", "seed_graph"])
def test_path_branch_to_city_through_located_in(which, request):
    graph = request.getfixturevalue(which)
    found = paths(graph, "金谷社区党支部", "三河市")
    first = found[0]
    assert {h["predicate"] for h in first} == {"locatedIn"}
    assert first[0]["from"] == "金谷社区党支部" and first[-1]["to"] == "三河市"
    assert all(h["quote"] for h in first)


@pytest.mark.parametrize("which", ["G", "seed_graph"])
def test_interlocks_rank_two_committees_to_owners_first(which, request):
    graph = request.getfixturevalue(which)
    top = interlocks(graph, place="德阳市")[0]
    assert (top["subject"], top["object"], top["people"]) == ("社区“两委”", "业委会", 279)
    assert top["rank"] == 1 and top["reports"] == 1


# -- links ----------------------------------------------------------------------------------


def test_links_are_both_directions_and_alias_aware(G):
    rows = links(G, "业主委员会", place="德阳市")  # an alias of 业委会
    assert {r["entity"] for r in rows} == {"业委会"}
    directions = {(r["direction"], r["predicate"], r["other"]) for r in rows}
    assert ("←", "concurrentPost", "社区“两委”") in directions
    assert ("→", "concurrentPost", "社区党组织") in directions


def test_links_relation_filter_and_bad_relation(G):
    rows = links(G, "社区党组织", place="德阳市", relation="coBuilds")
    assert rows and {r["predicate"] for r in rows} == {"coBuilds"} and {r["direction"] for r in rows} == {"↔"}
    with pytest.raises(QueryError, match="unknown relation"):
        links(G, "社区党组织", relation="owns")


def test_unknown_label_suggests_close_ones(G):
    with pytest.raises(UnknownEntity) as err:
        links(G, "业主委")
    assert "业委会" in err.value.hint or "业主委员会" in err.value.hint
    with pytest.raises(UnknownEntity) as err:
        links(G, "业委会", place="新港街道")
    assert "德阳市" in err.value.hint  # where it is known
    with pytest.raises(UnknownEntity, match="no place"):
        find(G, "业委会", place="火星市")


def test_quote_variants_find_the_same_entity(G):
    assert find(G, '社区"两委"') == find(G, "社区“两委”") == find(G, "社区两委")


# -- paths ----------------------------------------------------------------------------------


def test_paths_shortest_first_within_hops(G):
    found = paths(G, "业委会", "社区党组织", max_hops=3, limit=4, place_a="德阳市", place_b="德阳市")
    lengths = [len(p) for p in found]
    assert lengths == sorted(lengths) and lengths[0] == 1 and max(lengths) <= 3
    rows = path_rows(found)
    assert rows[0]["path"] == 1 and rows[0]["hop"] == 1


def test_paths_relation_filter_and_no_path(G):
    with pytest.raises(NoPath) as err:
        paths(G, "金谷社区党支部", "三河市", relation="coBuilds")
    assert "not connected" in err.value.hint
    with pytest.raises(NoPath) as err:
        paths(G, "金谷社区党支部", "三河市", max_hops=2)
    assert "3 hops" in err.value.hint


def test_paths_on_a_large_graph_do_not_copy_it():
    G = nx.MultiDiGraph()
    for i in range(20000):
        G.add_node(i, label=f"n{i}", type="Institution", place=None, aliases=[], documents=[])
    for i in range(19999):
        G.add_edge(i, i + 1, key=f"r{i}", predicate="coBuilds", evidence=[])
    assert len(paths(G, "n0", "n3", max_hops=3)[0]) == 3
    with pytest.raises(NoPath):
        paths(G, "n0", "n19999", max_hops=10)


# -- interlocks, co-building, brokers, compare ---------------------------------------------


def test_interlocks_without_place_counts_reports(G):
    rows = interlocks(G)
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    people = [r["people"] or 0 for r in rows]
    assert people == sorted(people, reverse=True)


def test_cobuild_components(G):
    rows = cobuild(G)
    assert {r["component"] for r in rows} == set(range(1, max(r["component"] for r in rows) + 1))
    jingu = [r for r in rows if "金谷社区党支部" in (r["a"], r["b"])]
    assert jingu and jingu[0]["count"] == 14
    assert all(r["a_place"] == "德阳市" or r["b_place"] != "德阳市" for r in cobuild(G, place="德阳市"))


def test_brokers_exact_and_sampled(G):
    exact = brokers(G, top=5)
    assert exact and {r["method"] for r in exact} == {"exact"}
    assert [r["betweenness"] for r in exact] == sorted((r["betweenness"] for r in exact), reverse=True)
    sampled = brokers(G, top=5, exact_limit=10, k=20, seed=1)
    assert sampled[0]["method"].startswith("sampled k=20 seed=1")
    assert sampled == brokers(G, top=5, exact_limit=10, k=20, seed=1)  # fixed seed: reproducible


def test_compare_places(G):
    rows = compare(G, "德阳市", "蓬莱区")
    status = {(r["aspect"], r["item"]): r["status"] for r in rows}
    assert status[("mechanism", "《四川省社区党组织工作规则（试行）》")] == "only 德阳市"
    assert any(s == "only 蓬莱区" for (a, _), s in status.items() if a == "mechanism")
    with pytest.raises(QueryError):
        compare(G, "德阳市", "德阳市")


def test_compare_starts_with_a_summary_per_relation_type(G):
    rows = compare(G, "德阳市", "蓬莱区")
    assert rows[0]["aspect"] == "relation"
    post = next(r for r in rows if r["aspect"] == "relation" and r["item"] == "concurrentPost")
    assert post["德阳市"] == post["shared"] + post["only 德阳市"] > 0
    assert post["蓬莱区"] == post["shared"] + post["only 蓬莱区"] > 0
    summary = next(r for r in rows if r["aspect"] == "mechanism" and r["item"] == "(all)")
    mechanisms = [r for r in rows if r["aspect"] == "mechanism" and r["item"] != "(all)"]
    assert summary["德阳市"] + summary["蓬莱区"] - summary["shared"] == len(mechanisms)
    patterns = {r["item"] for r in rows if r["aspect"] == "pattern"}
    assert not any(m["item"] in p for m in mechanisms for p in patterns)  # no repeat of the mechanism rows


def test_compare_aspect_filter_and_figures(G):
    rows = compare(G, "德阳市", "蓬莱区", aspect="figure")
    assert rows and {r["aspect"] for r in rows} == {"figure"}
    assert any(r["德阳市"] and "3194" in str(r["德阳市"]) for r in rows)
    with pytest.raises(QueryError, match="unknown aspect"):
        compare(G, "德阳市", "蓬莱区", aspect="people")


def test_compare_flags_mechanisms_that_differ_only_in_the_head_noun():
    from graph.network import example_store
    from graph.build import extraction_triples as triples
    store = example_store()
    doc = {"document": "c.txt", "sha256": "c1", "entities": [
        {"label": "“3+N”管理服务队伍", "type": "Mechanism", "level": "instance", "place": None},
        {"label": "丙市", "type": "Place", "level": "instance", "place": None}],
        "relations": [{"subject": "丙市", "subject_place": None, "predicate": "implements",
                       "object": "“3+N”管理服务队伍", "object_place": None, "evidence": "丙市组建“3+N”管理服务队伍"}]}
    doc2 = {"document": "d.txt", "sha256": "d1", "entities": [
        {"label": "“3+N”管理服务团队", "type": "Mechanism", "level": "instance", "place": None},
        {"label": "甲市", "type": "Place", "level": "instance", "place": None}],
        "relations": [{"subject": "甲市", "subject_place": None, "predicate": "implements",
                       "object": "“3+N”管理服务团队", "object_place": None, "evidence": "甲市组建“3+N”管理服务团队"}]}
    for d in (doc, doc2):
        store.replace_document(d["document"], d["sha256"], triples(d))
    rows = {r["item"]: r for r in compare(to_networkx(store), "甲市", "丙市", aspect="mechanism")}
    assert "“3+N”管理服务队伍" in rows["“3+N”管理服务团队"]["note"]
    assert "“3+N”管理服务团队" in rows["“3+N”管理服务队伍"]["note"]
    assert rows["“三方办”机制"]["note"] is None
    assert rows["(all)"]["note"] == "1 near-duplicate names"


# -- figures and relation names -------------------------------------------------------------


def test_figures_about_an_entity_show_the_clause(seed_graph):
    rows = figures(seed_graph, "物业服务企业", place="德阳市")
    assert [r["figure"] for r in rows if r["value"] == 152] == ["推动152家物业服务企业建立党组织"]
    assert all(r["documents"] for r in rows)
    assert not any(r["value"] == 279 for r in rows)  # a figure about the committees, in the same sentence


@pytest.mark.parametrize("names, want", [
    (["共建"], {"coBuilds"}), (["cobuild", "COBUILDS"], {"coBuilds"}), (["交叉任职", "supports"],
                                                                       {"concurrentPost", "supports"}),
    (["co-builds"], {"coBuilds"}), (["下级组织"], {"subOrganisationOf"})])
def test_relations_are_named_in_english_or_chinese(G, names, want):
    assert relation_names(names) == want
    assert {r["predicate"] for r in links(G, "业委会", relation=names)} <= want


def test_unknown_relation_names_the_known_ones():
    with pytest.raises(QueryError) as info:
        relation_names(["共产"])
    assert "coBuilds" in info.value.hint


# -- SPARQL -------------------------------------------------------------------------------


def test_sparql_binds_labels_never_pastes_them(gold_store):
    q = "SELECT ?place WHERE { ?e rdfs:label ?label ; gg:place/rdfs:label ?place } ORDER BY ?place"
    places = [r["place"] for r in sparql(gold_store, q, {"label": "业委会"})]
    assert "德阳市" in places
    hostile = '业委会" } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    assert sparql(gold_store, q, {"label": hostile}) == []
    assert sparql(gold_store, "ASK { ?s a gg:Relation }") is True
    with pytest.raises(QueryError, match="bad SPARQL"):
        sparql(gold_store, "SELECT WHERE {")


# -- the CLI --------------------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_cli_links_json_keeps_chinese(gold_dir):
    result = run("links", "物业服务企业", "--place", "德阳市", "--store", gold_dir, "--json")
    assert result.exit_code == 0, result.output
    assert "社区党组织" in result.output  # not \u escaped
    rows = json.loads(result.output)
    assert any(r["predicate"] == "concurrentPost" and r["count"] == 169 for r in rows)


def test_cli_path_interlocks_cobuild_brokers_compare(gold_dir):
    """The CLI over a store on disk (built from the gold extraction: the CLI, not the extractor, is tested)."""
    result = run("path", "金谷社区党支部", "三河市", "--store", gold_dir)
    assert result.exit_code == 0 and "locatedIn" in result.output
    result = run("interlocks", "--place", "德阳市", "--store", gold_dir, "--csv")
    assert result.exit_code == 0 and result.output.splitlines()[1].startswith("1,社区“两委”,德阳市,业委会")
    for args in (["cobuild"], ["brokers", "--top", "3"], ["compare", "德阳市", "蓬莱区", "--nl"]):
        result = run(*args, "--store", gold_dir)
        assert result.exit_code == 0, (args, result.output)


LISTINGS = [["links", "物业服务企业", "--place", "德阳市"], ["path", "金谷社区党支部", "三河市"],
            ["interlocks", "--place", "德阳市"], ["cobuild"], ["brokers", "--top", "3"], ["compare", "德阳市", "蓬莱区"]]
RELATION_LISTINGS = LISTINGS[:4]


@pytest.mark.parametrize("args", LISTINGS, ids=lambda a: a[0])
def test_cli_help_names_the_columns_the_table_shows(gold_dir, args):
    help_text = run(args[0], "--help").output
    line = next(x for x in help_text.splitlines() if x.strip().startswith("Columns:"))
    names = [c.strip() for c in line.split(":", 1)[1].split("(")[0].split(",")]
    header = run(*args, "--store", gold_dir).stdout.splitlines()[0]
    if args[0] == "compare":  # A and B stand for the two places
        names = [n.replace("A", "德阳市").replace("B", "蓬莱区") if len(n) <= 6 else n for n in names]
    assert names and all(n in header.split() or n in header for n in names), (names, header)


@pytest.mark.parametrize("args", RELATION_LISTINGS, ids=lambda a: a[0])
@pytest.mark.parametrize("fmt", ["--table", "--json", "--csv", "--nl"])
def test_cli_every_relation_row_names_its_document(gold_dir, args, fmt):
    result = run(*args, "--store", gold_dir, fmt)
    assert result.exit_code == 0, result.output
    document = "000_494ed71236812c41.txt"
    if fmt == "--table":
        lines = result.output.splitlines()
        assert "documents" in lines[0] and all(document in x for x in lines[2:])
    elif fmt == "--csv":
        rows = list(csv.DictReader(io.StringIO(result.output)))
        assert rows and all(document in r["documents"] for r in rows)
    else:
        rows = json.loads(result.output) if fmt == "--json" else [json.loads(x) for x in result.output.splitlines()]
        assert rows and all(r["documents"] == [document] for r in rows)


def test_cli_links_shows_figures_and_path_shows_places(gold_dir):
    result = run("links", "物业服务企业", "--place", "德阳市", "--store", gold_dir, "--json")
    figure = [r for r in json.loads(result.output) if r["predicate"] == "figure"]
    assert any(r["count"] == 152 and "物业服务企业" in r["other"] and r["role"] == "家" for r in figure)
    assert not [r for r in json.loads(run("links", "物业服务企业", "--place", "德阳市", "--no-figures",
                                          "--store", gold_dir, "--json").output) if r["predicate"] == "figure"]
    result = run("path", "物业服务企业", "街道党工委", "--from-place", "三河市", "--store", gold_dir)
    header, _, first = result.output.splitlines()[:3]
    assert "from_place" in header and "to_place" in header and first.count("三河市") >= 2


def test_cli_quotes_are_cut_at_a_phrase_unless_full(gold_dir):
    short = run("interlocks", "--store", gold_dir).output
    full = run("interlocks", "--store", gold_dir, "--full").output
    assert max(len(x) for x in full.splitlines()) > max(len(x) for x in short.splitlines())
    cut = [line.rsplit("  ", 1)[-1][:-1] for line in short.splitlines()[2:] if line.endswith("…")]
    assert cut and all(any(c in line for line in full.splitlines()) for c in cut)
    assert any(c[-1] in "，,；;、。：:！？!?" for c in cut)  # cut after a phrase where one fits


def test_cli_relation_names_in_chinese(gold_dir):
    english = run("links", "业委会", "--place", "德阳市", "--relation", "concurrentPost", "--store", gold_dir)
    chinese = run("links", "业委会", "--place", "德阳市", "--relation", "交叉任职", "--store", gold_dir)
    assert english.exit_code == 0 and english.output == chinese.output


def test_cli_empty_results_are_an_empty_list_and_a_line_on_stderr(gold_dir):
    from graph.cli import main
    import subprocess
    import sys
    for args in (["interlocks", "--place", "金谷社区"], ["path", "金谷社区党支部", "三河市", "--relation", "coBuilds"]):
        done = subprocess.run([sys.executable, "-m", "graph", *args, "--store", gold_dir, "--json"],
                              capture_output=True, text=True)
        assert done.stdout.strip() == "[]", (args, done.stdout)
        assert done.stderr.startswith(("no ", "Error: no")) and len(done.stderr.splitlines()) == 1
        done = subprocess.run([sys.executable, "-m", "graph", *args, "--store", gold_dir, "--csv"],
                              capture_output=True, text=True)
        assert done.stdout.splitlines()[0].split(",")[:2] in (["rank", "subject"], ["path", "hop"])


def test_cli_sparql_table_keeps_whole_iris(gold_dir):
    result = run("sparql", "SELECT ?e WHERE { ?e rdfs:label ?l }", "--bind", "l=业委会", "--store", gold_dir)
    lines = result.output.splitlines()[2:]
    assert lines and all(x.startswith("id:type/OwnersCommittee/") and x.endswith("/业委会") for x in lines)


def test_cli_sparql_with_bind_and_file(gold_dir, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?e WHERE { ?e rdfs:label ?label }", encoding="utf-8")
    result = run("sparql", query, "--bind", "label=业委会", "--store", gold_dir, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) and all("/业委会" in r["e"] for r in json.loads(result.output))
    result = run("sparql", "ASK { ?s ?p ?o }", "--store", gold_dir, "--json")
    assert json.loads(result.output) == [{"ask": True}]


def test_cli_errors_are_one_line(gold_dir, tmp_path):
    from graph.cli import main
    for args in (["links", "业主委", "--store", gold_dir], ["path", "金谷社区党支部", "三河市", "--relation",
                                                           "coBuilds", "--store", gold_dir],
                 ["sparql", "SELECT WHERE {", "--store", gold_dir], ["links", "业委会", "--store", str(tmp_path)]):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 1
