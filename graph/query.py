"""Stage 4, query: the questions users bring, as plain functions over the graph.

Each function takes the networkx projection (``graph.network.to_networkx``) — or
a ``Store`` / store folder, projected on the fly — and returns plain rows (dicts)
ready for ``graph.output.render``. ``sparql`` runs on the store itself.
Labels are matched alias-aware; an unknown one raises ``UnknownEntity`` with the
closest labels as a hint.

>>> from graph.network import example_graph
>>> G = example_graph()
>>> [(r["predicate"], r["other"], r["count"]) for r in links(G, "物业服务企业", place="甲市")]
[('concurrentPost', '社区党组织', 12), ('participatesIn', '“三方办”机制', None)]
"""
from __future__ import annotations

import difflib
import functools
import itertools
import os
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import networkx as nx

from graph.errors import NoPath, QueryError, UnknownEntity

PREDICATES = ("concurrentPost", "coBuilds", "supports", "subOrganisationOf", "leads",
              "participatesIn", "implements", "locatedIn")
SYMMETRIC = {"coBuilds"}
#: the organisation classes ranked by ``brokers``
BODY_TYPES = ("PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
              "PropertyCompany", "Institution", "SocialOrganisation")
EXACT_LIMIT = 4_000_000  # nodes × edges up to which betweenness is exact (Brandes: O(VE))
_QUOTES = str.maketrans({c: '"' for c in "“”„‟＂「」『』″"} | {c: "'" for c in "‘’‚‛＇"})


def _graph(g) -> nx.MultiDiGraph:
    if isinstance(g, nx.Graph):
        return g
    from graph.network import to_networkx
    if isinstance(g, (str, os.PathLike)):
        from graph.store import Store
        g = Store.open(Path(g), read_only=True)
    return to_networkx(g)


def norm(label: str) -> str:
    """A label for matching: NFC, no spaces, one kind of quote.

    >>> norm(' 社区"两委" ') == norm("社区“两委”")
    True
    """
    return "".join(unicodedata.normalize("NFKC", str(label)).translate(_QUOTES).split())


def _vocab_label(label: str) -> str | None:
    try:
        from graph.vocab import load
        kind = load().lookup(label)
    except Exception:  # no or broken vocabulary: match on the graph's own labels only
        return None
    return getattr(kind, "label", None) if kind is not None else None


def relation_names(relation, known: Iterable[str] = ()) -> set[str] | None:
    """Predicates named in English or Chinese (the vocabulary's labels), case-insensitively.

    None when nothing is asked for; QueryError (with the names there are) for an unknown one.
    ``known`` adds predicates of a graph that the vocabulary does not list.

    >>> sorted(relation_names(["共建", "CONCURRENTPOST", "cobuild", "交叉任职"]))
    ['coBuilds', 'concurrentPost']
    >>> relation_names("co-builds")
    {'coBuilds'}
    """
    if not relation:
        return None
    names = [relation] if isinstance(relation, str) else list(relation)
    table = _relation_table(tuple(sorted(set(known) - set(PREDICATES))))
    out = set()
    for name in names:
        match = table.get(_relation_key(name))
        if match is None:
            close = difflib.get_close_matches(str(name), sorted(table), n=3, cutoff=0.5)
            hint = (f"did you mean {', '.join(table[c] for c in close)}? " if close else "") + \
                "relations: " + ", ".join(sorted(set(table.values())))
            raise QueryError(f"unknown relation {name}", hint=hint)
        out.add(match)
    return out


def _relation_key(name) -> str:
    key = norm(str(name)).lower().removeprefix("gg:").replace("-", "").replace("_", "")
    return key[:-1] if key.endswith("s") and key.isascii() else key


@functools.lru_cache(maxsize=8)
def _relation_table(extra: tuple = ()) -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        from graph.vocab import load
        preds = load().predicates
    except Exception:  # no or broken vocabulary: the English names still work
        preds = {}
    for name in (*PREDICATES, *preds, *extra):
        p = preds.get(name)
        for alias in (name, getattr(p, "zh", None), getattr(p, "en", None)):
            if alias:
                table[_relation_key(alias)] = name
    return table


_relations = relation_names


# -- places ---------------------------------------------------------------------------------


def _place_nodes(G, place: str) -> list:
    want = norm(place)
    return [n for n, d in G.nodes(data=True) if d.get("type") == "Place" and norm(d.get("label", "")) == want]


def places(G) -> list[str]:
    """Every place label of the graph (Place entities and the places entities are scoped to)."""
    G = _graph(G)
    found = {d["label"] for _, d in G.nodes(data=True) if d.get("type") == "Place"}
    found |= {d["place"] for _, d in G.nodes(data=True) if d.get("place")}
    return sorted(found)


class Scope:
    """What lies within a place: the place, the places located in it (transitively,
    through locatedIn), the entities scoped to any of them and the instances located in them."""

    def __init__(self, G, place: str):
        known = places(G)
        if norm(place) not in {norm(p) for p in known}:
            close = difflib.get_close_matches(place, known, n=5, cutoff=0.3)
            raise UnknownEntity(f"no place {place} in the graph",
                                hint=f"did you mean {', '.join(close)}?" if close else
                                f"places: {', '.join(known[:12])}")
        self.G, self.place = G, place
        located = set(_place_nodes(G, place))
        frontier = list(located)
        while frontier:  # everything located (transitively) in the place
            node = frontier.pop()
            for u, _, d in G.in_edges(node, data=True):
                if d.get("predicate") == "locatedIn" and u not in located:
                    located.add(u)
                    frontier.append(u)
        self.nodes = located
        self.labels = {norm(place)} | {norm(G.nodes[n]["label"]) for n in located
                                        if G.nodes[n].get("type") == "Place"}

    def has_node(self, n) -> bool:
        d = self.G.nodes[n]
        return n in self.nodes or (d.get("place") is not None and norm(d["place"]) in self.labels)

    def has_edge(self, u, v, d) -> bool:
        if d.get("place"):
            return norm(d["place"]) in self.labels
        return self.has_node(u) or self.has_node(v)


def _edges(G, place: str | None = None, relations: set | None = None):
    scope = Scope(G, place) if place else None
    for u, v, k, d in G.edges(keys=True, data=True):
        if relations and d.get("predicate") not in relations:
            continue
        if scope and not scope.has_edge(u, v, d):
            continue
        yield u, v, k, d


# -- entities -------------------------------------------------------------------------------


def find(G, label: str, place: str | None = None) -> list:
    """The nodes a label names (alias-aware), optionally in one place; sorted.

    Raises UnknownEntity, with the closest labels as a hint, when there is none.

    >>> from graph.network import example_graph
    >>> [n.rsplit("/", 2)[-2] for n in find(example_graph(), "业委会")]
    ['丙市', '甲市']
    >>> find(example_graph(), "业主会")
    Traceback (most recent call last):
    graph.errors.UnknownEntity: no entity 业主会 in the graph; did you mean 业委会?
    """
    G = _graph(G)
    want = norm(label)
    canon = _vocab_label(label)
    wants = {want} | ({norm(canon)} if canon else set())
    index = label_index(G)
    found = sorted({n for w in wants for n in index.get(w, ())})
    if place is not None:
        scoped = [n for n in found if G.nodes[n].get("place") and norm(G.nodes[n]["place"]) == norm(place)]
        if not scoped:  # instances located in the place, or entities of places within it
            scope = Scope(G, place)
            scoped = [n for n in found if scope.has_node(n)]
        if not scoped:
            where = sorted({G.nodes[n].get("place") or "(no place)" for n in found})
            hint = f"{label} is known in {', '.join(where)}" if found else _suggest(G, label)
            raise UnknownEntity(f"no entity {label} in {place}", hint=hint)
        found = scoped
    if not found:
        raise UnknownEntity(f"no entity {label} in the graph", hint=_suggest(G, label))
    return sorted(found)


def label_index(G) -> dict[str, list]:
    """Every label and alias (normalised) → the nodes it names; built once per graph and kept in
    ``G.graph`` (the projection cache stores it too), so that a question does not scan all nodes.

    >>> from graph.network import example_graph
    >>> len(label_index(example_graph())["业委会"])
    2
    """
    index = G.graph.get("label_index")
    if index is None or G.graph.get("label_index_nodes") != G.number_of_nodes():
        built: dict[str, list] = defaultdict(list)
        for n, d in G.nodes(data=True):
            for name in {norm(d.get("label", "")), *(norm(a) for a in d.get("aliases", ()))}:
                built[name].append(n)
        index = G.graph["label_index"] = dict(built)
        G.graph["label_index_nodes"] = G.number_of_nodes()
    return index


def _suggest(G, label: str) -> str:
    names = sorted({d.get("label", "") for _, d in G.nodes(data=True)} |
                   {a for _, d in G.nodes(data=True) for a in d.get("aliases", ())})
    by_norm = {norm(n): n for n in names}
    close = difflib.get_close_matches(norm(label), list(by_norm), n=5, cutoff=0.4)
    close += [by_norm[n] for n in by_norm if norm(label) in n and by_norm[n] not in close][:5 - len(close)]
    close = [by_norm.get(c, c) for c in close]
    return f"did you mean {', '.join(dict.fromkeys(close))}?" if close else "no close label; try `govgraph sparql`"


def _node(G, n) -> dict:
    d = G.nodes[n]
    return {"label": d.get("label"), "place": d.get("place"), "type": d.get("type")}


def _documents(d: dict) -> list[str]:
    return sorted({e["document"] for e in d.get("evidence", ()) if e.get("document")})


def _dates(d: dict) -> list[str]:
    """The dates of the documents behind a relation (from their metadata), earliest first."""
    return sorted({e["date"] for e in d.get("evidence", ()) if e.get("date")})


def _quote(d: dict) -> str | None:
    return next((e["quote"] for e in d.get("evidence", ()) if e.get("quote")), None)


# -- links ----------------------------------------------------------------------------------


def links(G, label: str, place: str | None = None, relation: str | Iterable[str] | None = None) -> list[dict]:
    """Everything linked to an entity, both directions, with count, role and evidence.

    Each row: entity, entity_place, direction (→ outgoing, ← incoming, ↔ symmetric),
    predicate, other, other_place, other_type, count, approx, role, quote, documents, dates
    (of those documents, from their metadata).

    >>> from graph.network import example_graph
    >>> [(r["direction"], r["predicate"], r["other"], r["other_place"])
    ...  for r in links(example_graph(), "社区党组织", place="甲市")]
    [('↔', 'coBuilds', '驻区单位', '甲市'), ('←', 'concurrentPost', '物业服务企业', '甲市'), ('→', 'leads', '“三方办”机制', None)]
    """
    G = _graph(G)
    rels = _relations(relation)
    rows = []
    for n in find(G, label, place):
        edges = [(v, "→", d) for _, v, d in G.out_edges(n, data=True)]
        edges += [(u, "←", d) for u, _, d in G.in_edges(n, data=True)]
        for other, direction, d in edges:
            if rels and d["predicate"] not in rels:
                continue
            o = G.nodes[other]
            rows.append({"entity": G.nodes[n]["label"], "entity_place": G.nodes[n].get("place"),
                         "direction": "↔" if d["predicate"] in SYMMETRIC else direction,
                         "predicate": d["predicate"], "other": o["label"], "other_place": o.get("place"),
                         "other_type": o.get("type"), "count": d.get("count"), "approx": d.get("approx"),
                         "role": d.get("role"), "quote": _quote(d), "documents": _documents(d),
                         "dates": _dates(d)})
    rows.sort(key=lambda r: (r["entity_place"] or "", r["predicate"], r["other"], r["other_place"] or "",
                             r["direction"], r["count"] if r["count"] is not None else -1, r["quote"] or ""))
    return rows


# -- figures --------------------------------------------------------------------------------

_CLAUSE_BREAKS = "，,；;。！？!?：:"


def _clause(quote: str | None, value, unit: str | None) -> str | None:
    """The clause of ``quote`` that holds the figure (152家物业服务企业建立党组织), else the quote."""
    if not quote:
        return quote
    number = f"{value}{unit or ''}"
    start = quote.find(number)
    if start < 0:
        return quote
    left = max(quote.rfind(c, 0, start) for c in _CLAUSE_BREAKS + "、")
    right = min([i for i in (quote.find(c, start) for c in _CLAUSE_BREAKS + "、") if i >= 0] or [len(quote)])
    return quote[left + 1:right]


def _about(figure: dict, n, d: dict) -> bool:
    if figure["subject"] is not None:
        return figure["subject"] == n
    said = norm(figure["subject_label"] or "")
    if len(said) < 2:
        return False
    return any(said in name or name in said for name in {norm(d.get("label", "")), *map(norm, d.get("aliases", ()))}
               if len(name) >= 2)


def figures(G, label: str, place: str | None = None) -> list[dict]:
    """The figures (quantities) the reports give about an entity: value, unit and the clause saying it.

    A figure is about the entity when its subject is the entity, or names it (the subject
    and a label or alias contain one another), and its place, if any, is the entity's.
    Rows: entity, entity_place, value, unit, approx, subject, figure (the clause), quote,
    documents, dates.

    >>> from graph.network import example_graph
    >>> figures(example_graph(), "社区“两委”", place="甲市")[0]["figure"]
    '全市200名社区“两委”成员兼任业委会成员'
    """
    G = _graph(G)
    rows = []
    for n in find(G, label, place):
        d = G.nodes[n]
        scope = Scope(G, d["place"]) if d.get("place") else None
        for f in G.graph.get("figures", ()):
            if not _about(f, n, d):
                continue
            if f["place"] and scope is not None and norm(f["place"]) not in scope.labels:
                continue
            quote = next((e["quote"] for e in f["evidence"] if e.get("quote")), None)
            rows.append({"entity": d["label"], "entity_place": d.get("place"), "value": f["value"],
                         "unit": f["unit"], "approx": f["approx"], "subject": f["subject_label"],
                         "figure": _clause(quote, f["value"], f["unit"]), "quote": quote,
                         "documents": sorted({e["document"] for e in f["evidence"] if e.get("document")}
                                             | set(f.get("documents", ()))),
                         "dates": _dates(f)})
    rows.sort(key=lambda r: (r["entity_place"] or "", r["documents"], r["figure"] or "", str(r["value"])))
    return rows


def figure_rows(rows: list[dict]) -> list[dict]:
    """Figures as rows of the ``links`` table (predicate ``figure``, the value as the count)."""
    return [{"entity": r["entity"], "entity_place": r["entity_place"], "direction": "#", "predicate": "figure",
             "other": r["subject"], "other_place": None, "other_type": None, "count": r["value"],
             "approx": r["approx"], "role": r["unit"], "quote": r["figure"], "documents": r["documents"],
             "dates": r.get("dates", [])}
            for r in rows]


# -- paths ----------------------------------------------------------------------------------


def paths(G, a: str, b: str, relation: str | Iterable[str] | None = None, max_hops: int = 4,
          limit: int = 5, place_a: str | None = None, place_b: str | None = None) -> list[list[dict]]:
    """The shortest connections between two entities (directions ignored), each hop explained.

    Returns up to ``limit`` paths, shortest first, each a list of hops
    ``{from, from_place, direction, predicate, to, to_place, count, role, quote, documents, dates}``.
    Only paths of at most ``max_hops`` hops are searched; NoPath when there is none.

    >>> from graph.network import example_graph
    >>> [[(h["from"], h["predicate"], h["to"]) for h in p]
    ...  for p in paths(example_graph(), "物业服务企业", "驻区单位")]  # doctest: +NORMALIZE_WHITESPACE
    [[('物业服务企业', 'concurrentPost', '社区党组织'), ('社区党组织', 'coBuilds', '驻区单位')],
     [('物业服务企业', 'participatesIn', '“三方办”机制'), ('“三方办”机制', 'leads', '社区党组织'),
      ('社区党组织', 'coBuilds', '驻区单位')]]
    """
    G = _graph(G)
    if max_hops < 1:
        raise QueryError("--max-hops must be at least 1")
    rels = _relations(relation)
    sources, targets = find(G, a, place_a), find(G, b, place_b)
    H = nx.subgraph_view(G, filter_edge=lambda u, v, k: G.edges[u, v, k]["predicate"] in rels) if rels else G
    U = H.to_undirected(as_view=True)
    found: list[list] = []
    nearest = None
    for s, t in itertools.product(sources, targets):
        if s == t:
            continue
        ds = nx.single_source_shortest_path_length(U, s, cutoff=max_hops)
        if t not in ds:
            continue
        dt = nx.single_source_shortest_path_length(U, t, cutoff=max_hops)
        keep = {n for n, d in ds.items() if n in dt and d + dt[n] <= max_hops}
        S = nx.Graph()  # only the nodes that can lie on a short enough path: small
        S.add_edges_from((u, v) for u in keep for v in U[u] if v in keep)
        for p in itertools.islice(nx.shortest_simple_paths(S, s, t), limit):
            if len(p) - 1 > max_hops:
                break
            found.append(p)
    if not found:
        for s, t in itertools.product(sources, targets):
            if s != t and nx.has_path(U, s, t):
                d = nx.shortest_path_length(U, s, t)
                nearest = d if nearest is None else min(nearest, d)
        only = f" through {', '.join(sorted(rels))}" if rels else ""
        hint = (f"the shortest connection has {nearest} hops; raise --max-hops" if nearest
                else f"they are not connected{only}")
        raise NoPath(f"no path from {a} to {b} within {max_hops} hops{only}", hint=hint)

    def key(p):
        return len(p), [G.nodes[n]["label"] for n in p], p

    found = sorted({tuple(p): p for p in found}.values(), key=key)[:limit]
    return [[_hop(H, x, y) for x, y in zip(p, p[1:])] for p in found]


def _hop(H, x, y) -> dict:
    edges = [(d, "→") for d in (H.get_edge_data(x, y) or {}).values()]
    edges += [(d, "←") for d in (H.get_edge_data(y, x) or {}).values()]
    # the best-attested edge explains the hop: with a count, then the most evidence
    d, direction = min(edges, key=lambda e: (e[0].get("count") is None, -len(e[0].get("evidence", ())),
                                            e[0]["predicate"], e[1]))
    fx, fy = H.nodes[x], H.nodes[y]
    return {"from": fx["label"], "from_place": fx.get("place"),
            "direction": "↔" if d["predicate"] in SYMMETRIC else direction, "predicate": d["predicate"],
            "to": fy["label"], "to_place": fy.get("place"), "count": d.get("count"), "role": d.get("role"),
            "quote": _quote(d), "documents": _documents(d), "dates": _dates(d)}


def path_rows(found: list[list[dict]]) -> list[dict]:
    """Paths flattened to rows with ``path`` and ``hop`` numbers (for tables and CSV)."""
    return [{"path": i, "hop": j, **hop} for i, p in enumerate(found, 1) for j, hop in enumerate(p, 1)]


# -- interlocks, co-building, brokers -------------------------------------------------------


def _pairs(G, predicate: str, place: str | None, symmetric: bool) -> dict:
    pairs: dict[tuple, dict] = {}
    for u, v, k, d in _edges(G, place, {predicate}):
        key = tuple(sorted((u, v))) if symmetric else (u, v)
        p = pairs.setdefault(key, {"count": 0, "counted": False, "approx": False, "roles": set(),
                                   "relations": 0, "documents": set(), "quotes": []})
        if d.get("count") is not None:
            p["count"] += d["count"]
            p["counted"] = True
        p["approx"] |= bool(d.get("approx"))
        if d.get("role"):
            p["roles"].add(d["role"])
        p["relations"] += 1
        p["documents"] |= set(_documents(d))
        p["quotes"] += [e["quote"] for e in d.get("evidence", ()) if e.get("quote")]
    return pairs


def interlocks(G, place: str | None = None) -> list[dict]:
    """Pairs of bodies bridged by concurrent posts, ranked by people (counts), then reports.

    Rows: rank, subject, subject_place, object, object_place, people, approx, roles,
    relations, reports, documents, quote.

    >>> from graph.network import example_graph
    >>> [(r["subject"], r["object"], r["people"]) for r in interlocks(example_graph(), place="甲市")]
    [('社区“两委”', '业委会', 200), ('物业服务企业', '社区党组织', 12)]
    """
    G = _graph(G)
    rows = []
    for (u, v), p in _pairs(G, "concurrentPost", place, symmetric=False).items():
        a, b = _node(G, u), _node(G, v)
        rows.append({"subject": a["label"], "subject_place": a["place"], "object": b["label"],
                     "object_place": b["place"], "people": p["count"] if p["counted"] else None,
                     "approx": p["approx"], "roles": sorted(p["roles"]), "relations": p["relations"],
                     "reports": len(p["documents"]), "documents": sorted(p["documents"]),
                     "quote": min(p["quotes"], default=None)})
    rows.sort(key=lambda r: (-(r["people"] or 0), -r["reports"], r["subject"], r["subject_place"] or "",
                             r["object"], r["object_place"] or ""))
    return [{"rank": i, **r} for i, r in enumerate(rows, 1)]


def cobuild(G, place: str | None = None) -> list[dict]:
    """The co-building network: who co-builds with whom, by connected component (largest first).

    Rows: component, size (bodies in the component), a, a_place, b, b_place, count,
    relations, reports, documents, quote.

    >>> from graph.network import example_graph
    >>> [(r["component"], r["a"], r["b"]) for r in cobuild(example_graph())]
    [(1, '社区党组织', '驻区单位')]
    """
    G = _graph(G)
    pairs = _pairs(G, "coBuilds", place, symmetric=True)
    C = nx.Graph(list(pairs))
    components = sorted((sorted(c) for c in nx.connected_components(C)),
                        key=lambda c: (-len(c), [G.nodes[n]["label"] for n in c]))
    number = {n: i for i, c in enumerate(components, 1) for n in c}
    rows = []
    for (u, v), p in pairs.items():
        a, b = sorted((_node(G, u), _node(G, v)), key=lambda x: (x["label"], x["place"] or ""))
        rows.append({"component": number[u], "size": len(components[number[u] - 1]),
                     "a": a["label"], "a_place": a["place"], "b": b["label"], "b_place": b["place"],
                     "count": p["count"] if p["counted"] else None, "relations": p["relations"],
                     "reports": len(p["documents"]), "documents": sorted(p["documents"]),
                     "quote": min(p["quotes"], default=None)})
    rows.sort(key=lambda r: (r["component"], r["a"], r["a_place"] or "", r["b"], r["b_place"] or ""))
    return rows


def brokers(G, place: str | None = None, top: int = 20, types: Iterable[str] | None = BODY_TYPES,
            k: int = 200, seed: int = 0, exact_limit: int = EXACT_LIMIT) -> list[dict]:
    """The bodies on most shortest paths (betweenness over the undirected graph).

    Exact while nodes × edges ≤ ``exact_limit`` (Brandes' algorithm is O(VE)); above it
    sampled from ``k`` sources with a fixed ``seed`` (reproducible, about k × E work). Each
    row says which in ``method``. ``types=None`` ranks every entity, not only organisations.

    >>> from graph.network import example_graph
    >>> [(r["entity"], r["place"], r["method"]) for r in brokers(example_graph(), top=1)]
    [('社区党组织', '甲市', 'exact')]
    """
    G = _graph(G)
    U = nx.Graph()
    for u, v, _, _ in _edges(G, place):
        if u != v:
            U.add_edge(u, v)
    if U.number_of_nodes() == 0:
        return []
    n = U.number_of_nodes()
    if n * U.number_of_edges() <= exact_limit or n <= k:
        scores, method = nx.betweenness_centrality(U), "exact"
    else:
        kk = min(k, n)
        scores = nx.betweenness_centrality(U, k=kk, seed=seed)
        method = f"sampled k={kk} seed={seed} of {n} nodes"
    allowed = set(types) if types else None
    ranked = sorted((x for x in scores if allowed is None or G.nodes[x].get("type") in allowed),
                    key=lambda x: (-scores[x], G.nodes[x]["label"], G.nodes[x].get("place") or ""))
    return [{"rank": i, "entity": G.nodes[x]["label"], "place": G.nodes[x].get("place"),
             "type": G.nodes[x].get("type"), "betweenness": round(scores[x], 6), "degree": U.degree(x),
             "method": method}
            for i, x in enumerate(ranked[:top], 1)]


# -- compare --------------------------------------------------------------------------------

ASPECTS = ("relation", "mechanism", "figure", "pattern")


def _heads() -> tuple[str, ...]:
    try:
        from graph.vocab import load
        return tuple(load().mechanism_heads)
    except Exception:  # no vocabulary: no head nouns to compare names by
        return ()


def _stem(name: str, heads: tuple[str, ...]) -> str:
    """A mechanism's name without its head noun (“3+N”管理服务团队 → “3+N”管理服务), for near-duplicates."""
    n = norm(name)
    for h in sorted(heads, key=len, reverse=True):
        if n.endswith(h) and len(n) > len(h):
            return n[:-len(h)]
    return n


def _profile(G, place: str) -> dict:
    scope = Scope(G, place)
    out = {"relation": defaultdict(set), "mechanism": defaultdict(int), "pattern": defaultdict(int),
           "figure": defaultdict(list)}
    for u, v, _, d in _edges(G):
        if not scope.has_edge(u, v, d):
            continue
        pred = d["predicate"]
        a, b = G.nodes[u], G.nodes[v]
        key = tuple(sorted((a["label"], b["label"]))) if pred in SYMMETRIC else (a["label"], b["label"])
        out["relation"][pred].add(key)
        for x in (a, b):
            if x.get("type") in ("Mechanism", "Policy"):
                out["mechanism"][x["label"]] += 1
        if pred != "locatedIn" and not {a.get("type"), b.get("type")} & {"Mechanism", "Policy"}:
            out["pattern"][f"{key[0]} {pred} {key[1]}"] += 1
    for f in G.graph.get("figures", ()):
        if f["place"] and norm(f["place"]) in scope.labels:
            out["figure"][f"{f['subject_label']}（{f['unit'] or ''}）"].append(f["value"])
    return out


def compare(G, place_a: str, place_b: str, aspect: str | Iterable[str] | None = None) -> list[dict]:
    """Two places side by side: a summary per relation type, then mechanisms, figures and
    relation patterns (between bodies), each shared or only in one place.

    Rows: aspect, item, the two places' values, shared, only A, only B (counts, on the
    summary rows), status, note. The ``relation`` rows summarise each relation type by its
    distinct subject–object pairs; one ``mechanism`` row ``(all)`` summarises the
    mechanisms. Mechanisms whose names differ only in the head noun (团队/队伍, 机制/制度)
    are flagged in ``note``. ``aspect`` keeps some of relation, mechanism, figure, pattern.

    >>> from graph.network import example_graph
    >>> [(r["item"], r["shared"], r["only 甲市"], r["only 丙市"])
    ...  for r in compare(example_graph(), "甲市", "丙市", aspect="relation")][:2]
    [('coBuilds', 0, 1, 0), ('concurrentPost', 0, 2, 1)]
    >>> [(r["item"], r["status"]) for r in compare(example_graph(), "甲市", "丙市", aspect="mechanism")]
    [('(all)', '1 shared'), ('“三方办”机制', 'shared')]
    """
    G = _graph(G)
    if norm(place_a) == norm(place_b):
        raise QueryError("compare needs two different places")
    aspects = [aspect] if isinstance(aspect, str) else list(aspect or ASPECTS)
    for x in aspects:
        if x not in ASPECTS:
            raise QueryError(f"unknown aspect {x}", hint="aspects: " + ", ".join(ASPECTS))
    pa, pb = _profile(G, place_a), _profile(G, place_b)
    only_a, only_b = f"only {place_a}", f"only {place_b}"

    def row(aspect_, item, x, y, shared=None, oa=None, ob=None, status=None, note=None):
        return {"aspect": aspect_, "item": item, place_a: x, place_b: y, "shared": shared, only_a: oa,
                only_b: ob, "status": status, "note": note}

    def status(x, y):
        return "shared" if x and y else only_a if x else only_b

    rows = []
    if "relation" in aspects:
        for pred in sorted(set(pa["relation"]) | set(pb["relation"])):
            x, y = pa["relation"].get(pred, set()), pb["relation"].get(pred, set())
            rows.append(row("relation", pred, len(x), len(y), len(x & y), len(x - y), len(y - x)))
    if "mechanism" in aspects:
        heads = _heads()
        names = sorted(set(pa["mechanism"]) | set(pb["mechanism"]))
        stems = defaultdict(list)
        for name in names:
            stems[_stem(name, heads)].append(name)
        xa, xb = set(pa["mechanism"]), set(pb["mechanism"])
        near = sum(1 for group in stems.values() if len(group) > 1)
        rows.append(row("mechanism", "(all)", len(xa), len(xb), len(xa & xb), len(xa - xb), len(xb - xa),
                        f"{len(xa & xb)} shared", f"{near} near-duplicate names" if near else None))
        order = {"shared": 0, only_a: 1, only_b: 2}
        items = []
        for name in names:
            x, y = pa["mechanism"].get(name, 0), pb["mechanism"].get(name, 0)
            twins = [t for t in stems[_stem(name, heads)] if t != name]
            items.append(row("mechanism", name, x, y, status=status(x, y),
                             note=f"same as {'、'.join(twins)} but the head noun" if twins else None))
        rows += sorted(items, key=lambda r: (order[r["status"]], r["item"]))
    if "figure" in aspects:
        for item in sorted(set(pa["figure"]) | set(pb["figure"])):
            x, y = pa["figure"].get(item, []), pb["figure"].get(item, [])
            rows.append(row("figure", item, "、".join(map(str, sorted(x))) or None,
                            "、".join(map(str, sorted(y))) or None, status=status(x, y)))
    if "pattern" in aspects:
        order = {"shared": 0, only_a: 1, only_b: 2}
        items = [row("pattern", item, pa["pattern"].get(item, 0), pb["pattern"].get(item, 0),
                     status=status(pa["pattern"].get(item, 0), pb["pattern"].get(item, 0)))
                 for item in sorted(set(pa["pattern"]) | set(pb["pattern"]))]
        rows += sorted(items, key=lambda r: (order[r["status"]], r["item"]))
    return rows


# -- SPARQL ---------------------------------------------------------------------------------


def sparql(store, query: str, bindings: dict | None = None, allow_service: bool = False,
           timeout: float | None = None):
    """SPARQL 1.1 over the store (all document graphs as the default graph).

    ``bindings`` maps variable names to values (a str is a plain literal), placed as a
    VALUES block in the query's WHERE pattern, so they hold inside aggregates too; a
    binding that would change nothing is refused. User text never goes into the query
    string. ``SERVICE`` is refused unless ``allow_service`` (then ``timeout`` seconds).
    SELECT gives rows, CONSTRUCT gives {subject, predicate, object} rows, ASK a bool.

    >>> from graph.network import example_store
    >>> q = "SELECT ?place WHERE { ?e rdfs:label ?label ; gg:place/rdfs:label ?place } ORDER BY ?place"
    >>> sparql(example_store(), q, {"label": "业委会"})
    [{'place': '丙市'}, {'place': '甲市'}]
    >>> sparql(example_store(), q, {"label": '业委会" } #'})
    []
    """
    from graph.store import Store
    if isinstance(store, (str, os.PathLike)):
        store = Store.open(Path(store), read_only=True)
    if not str(query).strip():
        raise QueryError("empty SPARQL query")
    return store.query(query, bindings, allow_service=allow_service, timeout=timeout)
