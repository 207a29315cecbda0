"""Render stage without a browser: the plain vis data exactly, the node positions, the page's safety, the CLI."""
from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from graph.errors import QueryError, UnknownEntity
from graph.render import Page, node_positions, render, to_html, to_vis_data
from render_graphs import (GOLD, HOSTILE_IMG, HOSTILE_QUOTES, HOSTILE_SCRIPT, gold_graph, hostile_graph,
                           small_graph)


def ids(data):
    return {n["id"] for n in data["nodes"]}, [e["id"] for e in data["edges"]]


# -- plain data, exactly ----------------------------------------------------------------------

def test_small_graph_nodes_exactly():
    data = to_vis_data(small_graph(), positions=False)
    got = [(n["id"], n["label"], n["name"], n["type"], n["level"], n["place"], n["aliases"], n["documents"],
            n["degree"]) for n in data["nodes"]]
    assert got == [
        ("m:双报到", "“双报到”", "“双报到”", "Mechanism", "instance", None, [], ["r.txt"], 0),
        ("p:丙市", "丙市", "丙市", "Place", "instance", None, [], ["r.txt"], 0),
        ("p:市", "乙市", "乙市", "Place", "instance", None, [], ["r.txt"], 1),
        ("p:省", "甲省", "甲省", "Place", "instance", None, [], ["r.txt"], 1),
        ("t:业委会", "业委会\n（乙市）", "业委会", "OwnersCommittee", "type", "乙市", ["业主委员会"], ["r.txt"], 0),
        ("t:业委会丙", "业委会\n（丙市）", "业委会", "OwnersCommittee", "type", "丙市", ["业主委员会"], ["r.txt"], 1),
        ("t:两委丙", "社区“两委”\n（丙市）", "社区“两委”", "CommunityCommittee", "type", "丙市", [], ["r.txt"], 1),
        ("t:党委", "社区党委\n（乙市）", "社区党委", "PartyOrganisation", "type", "乙市", [], ["r.txt"], 3),
        ("t:单位", "驻区单位\n（乙市）", "驻区单位", "Institution", "type", "乙市", [], ["r.txt"], 3),
    ]
    assert all("x" not in n and "y" not in n for n in data["nodes"])
    assert data["omitted"] is None


def test_small_graph_edges_exactly():
    data = to_vis_data(small_graph(), positions=False)
    got = [(e["id"], e["from"], e["to"], e["predicate"], e["count"], e["approx"], e["role"], e["place"],
            e["width"], e["smooth"]) for e in data["edges"]]
    curved = {"enabled": True, "roundness": 0.2}
    assert got == [
        ("r:1", "p:市", "p:省", "locatedIn", None, False, None, None, 1.5, False),
        ("r:2", "t:党委", "t:单位", "coBuilds", 14, False, None, "乙市", 5.41, False),
        ("r:3", "t:单位", "t:党委", "supports", None, False, None, "乙市", 1.5, dict(curved, type="curvedCW")),
        ("r:4", "t:党委", "t:单位", "leads", None, False, None, "乙市", 1.5, dict(curved, type="curvedCCW")),
        ("r:5", "t:两委丙", "t:业委会丙", "concurrentPost", 279, False, "业委会成员", "丙市", 6.5, False),
    ]
    assert set(data["edges"][0]) == {"id", "from", "to", "predicate", "count", "approx", "role", "place",
                                     "evidence", "width", "smooth"}
    assert data["edges"][4]["evidence"] == [{"document": "s.txt", "quote": "279名社区“两委”成员兼任业委会成员",
                                             "start": 90, "end": 109, "sentence": 0}]


def test_styles_follow_type_level_and_predicate():
    data = to_vis_data(small_graph(), positions=False)
    assert {n["group"] for n in data["nodes"]} == set(data["groups"])
    by_type = {}
    for n in data["nodes"]:
        assert n["group"] == f"{n['type']}/{n['level']}"
        group = data["groups"][n["group"]]
        style = (group["color"]["border"], group["shape"])
        assert by_type.setdefault(n["type"], style) == style
        assert group["shapeProperties"]["borderDashes"] == ([5, 3] if n["level"] == "type" else False)
        assert (group["color"]["background"] == group["color"]["border"]) == (n["level"] == "instance")
    assert len(set(by_type.values())) == len(by_type)
    legend = {t["type"]: (t["color"], t["shape"]) for t in data["legend"]["types"]}
    assert legend == by_type
    preds = {p["predicate"]: p for p in data["legend"]["predicates"]}
    assert set(preds) == {"locatedIn", "coBuilds", "supports", "leads", "concurrentPost"}
    assert {p for p in preds if not preds[p]["directed"]} == {"coBuilds"}
    assert len({p["color"] for p in preds.values()}) == len(preds)
    assert {lv["level"] for lv in data["legend"]["levels"]} == {"type", "instance"}
    assert data["places"] == [{"name": "丙市", "within": []}, {"name": "乙市", "within": ["甲省"]},
                              {"name": "甲省", "within": []}]


def test_styles_without_the_vocabulary(monkeypatch):
    import graph.render
    monkeypatch.setattr(graph.render, "_vocabulary", lambda: None)
    data = to_vis_data(small_graph(), positions=False)
    assert [t["type"] for t in data["legend"]["types"]] == sorted({n["type"] for n in data["nodes"]})
    assert all(t["label"] == t["type"] for t in data["legend"]["types"])
    assert {p["predicate"] for p in data["legend"]["predicates"] if not p["directed"]} == {"coBuilds"}


def test_legend_labels_come_from_the_vocabulary():
    from graph.vocab import load
    vocab = load()
    data = to_vis_data(small_graph(), positions=False)
    assert {t["type"]: t["label"] for t in data["legend"]["types"]} == \
        {t: vocab.classes[t].zh for t in {n["type"] for n in data["nodes"]}}
    assert [p["predicate"] for p in data["legend"]["predicates"]] == \
        [p for p in vocab.predicates if p in {e["predicate"] for e in data["edges"]}]


def test_size_grows_with_degree():
    data = to_vis_data(small_graph(), positions=False)
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size["t:党委"] > size["p:市"] > size["m:双报到"] == 10


# -- selection ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, nodes, edges", [
    ({"relations": ["coBuilds"]}, {"t:党委", "t:单位"}, ["r:2"]),
    ({"relations": ["coBuilds", "concurrentPost"]}, {"t:党委", "t:单位", "t:两委丙", "t:业委会丙"}, ["r:2", "r:5"]),
    ({"place": "甲省"}, {"p:省", "p:市", "t:党委", "t:单位", "t:业委会"}, ["r:1", "r:2", "r:3", "r:4"]),
    ({"place": "丙市"}, {"p:丙市", "t:两委丙", "t:业委会丙"}, ["r:5"]),
    ({"place": "乙市", "relations": ["supports"]}, {"t:党委", "t:单位", "t:业委会", "p:市"}, ["r:3"]),
    ({"focus": "业主委员会"}, {"t:业委会", "t:业委会丙", "t:两委丙"}, ["r:5"]),
    ({"focus": "社区党委", "depth": 0}, {"t:党委"}, []),
    ({"focus": "驻区单位", "relations": ["supports"]}, {"t:党委", "t:单位"}, ["r:3"]),
    ({"focus": "甲省", "depth": 2}, {"p:省", "p:市"}, ["r:1"]),
])
def test_filters(kwargs, nodes, edges):
    assert ids(to_vis_data(small_graph(), positions=False, **kwargs)) == (nodes, edges)


def shown(data):
    """What the page draws at first: the nodes not marked unconnected."""
    return {n["id"] for n in data["nodes"] if not n["unconnected"]}


@pytest.mark.parametrize("kwargs, drawn", [
    ({}, {"p:省", "p:市", "t:党委", "t:单位", "t:两委丙", "t:业委会丙"}),
    ({"place": "甲省", "relations": ["coBuilds"]}, {"t:党委", "t:单位"}),
    ({"place": "丙市"}, {"t:两委丙", "t:业委会丙"}),
    ({"focus": "社区党委", "depth": 0}, {"t:党委"}),
])
def test_entities_tied_by_no_relation_shown_are_marked_unconnected(kwargs, drawn):
    data = to_vis_data(small_graph(), positions=False, **kwargs)
    assert shown(data) == drawn


def test_focus_honours_the_place():
    data = to_vis_data(small_graph(), positions=False, focus="业委会", place="丙市")
    assert shown(data) == {"t:业委会丙", "t:两委丙"}  # not the 业委会 of 乙市


@pytest.mark.parametrize("name", ["共建", "cobuilds", "COBUILDS", "co-builds"])
def test_relations_in_chinese_or_any_case(name):
    assert ids(to_vis_data(small_graph(), relations=[name], positions=False))[1] == ["r:2"]


def test_max_nodes_keeps_the_most_connected_and_says_what_was_left_out():
    data = to_vis_data(small_graph(), positions=False, max_nodes=2)
    assert ids(data) == ({"t:党委", "t:单位"}, ["r:2", "r:3", "r:4"])
    omitted = dict(data["omitted"])
    note = omitted.pop("note")
    assert omitted == {"nodes": 7, "edges": 2, "max_nodes": 2, "total_nodes": 9, "total_edges": 5}
    assert "2 most connected of 9" in note and "7 entities and 2 relations left out" in note


def test_max_nodes_keeps_the_focus_first():
    data = to_vis_data(small_graph(), positions=False, focus="甲省", max_nodes=1)
    assert ids(data) == ({"p:省"}, [])
    assert data["omitted"]["nodes"] == 1


@pytest.mark.parametrize("kwargs, error, hint", [
    ({"relations": ["coBiulds"]}, QueryError, "coBuilds"),
    ({"focus": "社区“两委”", "place": "甲省"}, UnknownEntity, "丙市"),
    ({"place": "乙"}, UnknownEntity, "乙市"),
    ({"focus": "业主委"}, UnknownEntity, "业委会"),
    ({"focus": "业委会", "depth": -1}, QueryError, None),
    ({"max_nodes": 0}, QueryError, None),
])
def test_bad_options_raise_named_errors(kwargs, error, hint):
    with pytest.raises(error) as info:
        to_vis_data(small_graph(), positions=False, **kwargs)
    if hint:
        assert hint in (info.value.hint or "")


def test_gold_graph_counts_and_evidence():
    G = gold_graph()
    data = to_vis_data(G)
    assert len(data["nodes"]) == G.number_of_nodes() > 100
    assert len(data["edges"]) == G.number_of_edges() > 100
    assert {e["predicate"] for e in data["edges"]} == {d["predicate"] for *_, d in G.edges(data=True)}
    assert all(e["evidence"] and e["evidence"][0]["quote"] for e in data["edges"])
    assert {p["predicate"] for p in data["legend"]["predicates"] if not p["directed"]} == {"coBuilds"}
    co = to_vis_data(G, relations=["coBuilds"], positions=False)
    assert len(co["edges"]) == sum(d["predicate"] == "coBuilds" for *_, d in G.edges(data=True))


# -- positions --------------------------------------------------------------------------------------

def _mean_dist(pos, pairs):
    return sum(math.dist(pos[u], pos[v]) for u, v in pairs) / len(pairs)


@pytest.mark.parametrize("graph", [nx.grid_2d_graph(6, 6), nx.barabasi_albert_graph(1500, 1, seed=3)],
                         ids=["grid-6x6", "tree-1500-grid-repulsion"])
def test_positions_spread_nodes_and_keeps_neighbours_close(graph):
    nodes = list(graph.nodes)
    pos = node_positions(nodes, graph.edges)
    assert pos == node_positions(nodes, graph.edges)
    assert len(set(pos.values())) == len(nodes)
    strangers = [(nodes[i], nodes[(i * 7 + 3) % len(nodes)]) for i in range(len(nodes))]
    strangers = [(u, v) for u, v in strangers if u != v and not graph.has_edge(u, v)]
    assert _mean_dist(pos, graph.edges) < 0.5 * _mean_dist(pos, strangers)
    close = sum(math.dist(pos[u], pos[v]) < 5 for u, v in strangers)
    assert close <= len(strangers) * 0.01


def test_positions_pack_components_apart():
    a, b = nx.star_graph(8), nx.relabel_nodes(nx.star_graph(5), lambda n: f"b{n}")
    pos = node_positions(list(a) + list(b) + ["lone"], list(a.edges) + list(b.edges))

    def box(ns):
        xs, ys = [pos[n][0] for n in ns], [pos[n][1] for n in ns]
        return min(xs), max(xs), min(ys), max(ys)

    (ax0, ax1, ay0, ay1), (bx0, bx1, by0, by1) = box(a), box(b)
    assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0
    assert node_positions([], []) == {}


# -- the page ------------------------------------------------------------------------------------

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _embedded(page: str):
    match = re.search(r'<script type="application/json" id="govgraph-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_page_embeds_the_data_and_loads_nothing_from_outside():
    data = to_vis_data(small_graph())
    page = to_html(data)
    assert _embedded(page) == data
    parser = _Tags()
    parser.feed(page)
    tags = parser.tags
    assert not [t for t, a in tags if "src" in a or "href" in a or t in ("link", "iframe", "img", "object")]
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "connect-src" not in csp[0]
    assert [t for t, _ in tags].count("script") == 3
    assert 'charset="utf-8"' in page


def test_hostile_text_stays_data():
    data = to_vis_data(hostile_graph())
    page = to_html(data, title=HOSTILE_SCRIPT)
    for raw in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_QUOTES, "\u2028", "\u2029", "<!--"):
        assert raw not in page
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    back = _embedded(page)
    assert back == data
    assert {n["name"] for n in back["nodes"]} == {HOSTILE_SCRIPT, HOSTILE_IMG, "行\u2028分\u2029隔"}
    assert "innerHTML" not in page.split('id="govgraph-data"')[1]


def test_page_save_is_utf8_and_shows_in_a_notebook(tmp_path):
    page = render(small_graph(), tmp_path / "net.html", title="网络")
    assert isinstance(page, Page)
    raw = (tmp_path / "net.html").read_bytes()
    assert raw.decode("utf-8") == page.html and "社区党委".encode("utf-8") in raw
    assert page.data == to_vis_data(small_graph())
    shown = render(hostile_graph())._repr_html_()
    assert shown.startswith("<iframe") and 'sandbox="allow-scripts"' in shown
    assert "<script" not in shown and HOSTILE_IMG not in shown
    assert repr(page) == "<Page 9 nodes, 5 edges>"


def test_page_save_reports_an_unwritable_path(tmp_path):
    from graph.errors import GovgraphError
    with pytest.raises(GovgraphError, match="cannot write"):
        render(small_graph()).save(tmp_path / "missing" / "net.html")


# -- command line --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gold_store(tmp_path_factory):
    from graph.build import build
    from graph.store import Store
    folder = tmp_path_factory.mktemp("store")
    store = Store(folder)
    build([GOLD], store)
    store.close() if hasattr(store, "close") else None
    del store
    return folder


def test_cli_render_writes_the_page(gold_store, tmp_path):
    from click.testing import CliRunner
    from graph.cli import cli
    out = tmp_path / "co.html"
    result = CliRunner().invoke(cli, ["render", "--store", str(gold_store), "-o", str(out),
                                      "--relation", "coBuilds"])
    assert result.exit_code == 0, result.output
    data = _embedded(out.read_text(encoding="utf-8"))
    assert {e["predicate"] for e in data["edges"]} == {"coBuilds"}
    drawn = sum(not n["unconnected"] for n in data["nodes"])
    assert result.stdout == "" and f"{drawn} entities, {len(data['edges'])} relations" in result.stderr


def test_cli_render_cut_prints_the_note(gold_store, tmp_path):
    from click.testing import CliRunner
    from graph.cli import cli
    result = CliRunner().invoke(cli, ["render", "--store", str(gold_store), "-o", str(tmp_path / "a.html"),
                                      "--max-nodes", "10"])
    assert result.exit_code == 0
    assert "Showing the 10 most connected of" in result.output


def test_cli_render_unknown_focus_is_one_line(gold_store, tmp_path, capsys):
    from graph.cli import main
    with pytest.raises(SystemExit) as info:
        main(["render", "--store", str(gold_store), "-o", str(tmp_path / "b.html"), "--focus", "不存在的机构"])
    assert info.value.code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: no entity '不存在的机构'") and "\n" not in err
    assert not (tmp_path / "b.html").exists()
