"""Graphs for the render tests: the seed's gold graph through the real build, a small exact one, a hostile one."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

GOLD = Path(__file__).resolve().parent / "gold" / "seed" / "000_494ed71236812c41.json"
ID = "https://w3id.org/govgraph/id/"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_QUOTES = "\"双引号\" & '单引号' <!-- x"


def gold_graph() -> nx.MultiDiGraph:
    """The gold extraction of the seed, built into an in-memory store and projected to networkx."""
    from graph.build import build
    from graph.network import to_networkx
    from graph.store import Store

    store = Store()
    build([GOLD], store)
    return to_networkx(store)


def _node(G, key, label, type_, level="instance", place=None, aliases=(), documents=("r.txt",)):
    G.add_node(key, label=label, type=type_, level=level, place=place, aliases=sorted(aliases),
               documents=sorted(documents))


def _edge(G, u, v, key, predicate, quote, count=None, approx=False, role=None, place=None,
          document="r.txt", start=0, sentence=0):
    G.add_edge(u, v, key=key, predicate=predicate, count=count, approx=approx, role=role, place=place,
               evidence=[{"document": document, "quote": quote, "start": start, "end": start + len(quote),
                          "sentence": sentence}])


def small_graph() -> nx.MultiDiGraph:
    """Two cities, one inside a province; a co-building, a concurrent post, a parallel pair, a loner."""
    G = nx.MultiDiGraph()
    _node(G, "p:省", "甲省", "Place")
    _node(G, "p:市", "乙市", "Place")
    _node(G, "p:丙市", "丙市", "Place")
    _node(G, "t:党委", "社区党委", "PartyOrganisation", "type", "乙市")
    _node(G, "t:单位", "驻区单位", "Institution", "type", "乙市")
    _node(G, "t:业委会", "业委会", "OwnersCommittee", "type", "乙市", aliases=["业主委员会"])
    _node(G, "t:业委会丙", "业委会", "OwnersCommittee", "type", "丙市", aliases=["业主委员会"])
    _node(G, "t:两委丙", "社区“两委”", "CommunityCommittee", "type", "丙市")
    _node(G, "m:双报到", "“双报到”", "Mechanism")
    _edge(G, "p:市", "p:省", "r:1", "locatedIn", "甲省乙市：党建引领")
    _edge(G, "t:党委", "t:单位", "r:2", "coBuilds", "社区党委联合驻区单位共建", count=14, place="乙市", start=30)
    _edge(G, "t:单位", "t:党委", "r:3", "supports", "驻区单位支持社区党委", place="乙市", start=50)
    _edge(G, "t:党委", "t:单位", "r:4", "leads", "社区党委领导驻区单位", place="乙市", start=70)
    _edge(G, "t:两委丙", "t:业委会丙", "r:5", "concurrentPost", "279名社区“两委”成员兼任业委会成员",
          count=279, role="业委会成员", place="丙市", start=90, document="s.txt")
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Labels, places, quotes and document names that try to break out of the page."""
    G = nx.MultiDiGraph()
    _node(G, "h:1", HOSTILE_SCRIPT, "PartyOrganisation", documents=[HOSTILE_IMG + ".txt"])
    _node(G, "h:2", HOSTILE_IMG, "Institution", "type", HOSTILE_QUOTES, aliases=[HOSTILE_SCRIPT])
    _node(G, "h:3", "行\u2028分\u2029隔", "Mechanism")
    _edge(G, "h:1", "h:2", ID + "relation/<x>", "coBuilds", HOSTILE_SCRIPT + "共建" + HOSTILE_IMG,
          count=3, role=HOSTILE_IMG, place=HOSTILE_QUOTES, document=HOSTILE_IMG + ".txt")
    _edge(G, "h:2", "h:3", "h:e2", "implements", "行\u2028分\u2029隔 " + HOSTILE_QUOTES)
    return G
