"""Stage 3, build: the networkx projection of the store (entities as nodes, relation nodes as edges).

``to_networkx(source) -> nx.MultiDiGraph``: node key = entity IRI, attributes
``label, type, level, place, aliases, documents``; one edge per relation node
(u = subject IRI, v = object IRI, key = relation IRI) with ``predicate, count,
approx, role, place, evidence`` — evidence a sorted list of dicts
``{document, date, quote, start, end, sentence}``. coBuilds is kept in the direction it
was extracted; queries treat it as symmetric. The figures (quantities) the reports give
are kept in ``G.graph["figures"]``: ``{subject, subject_label, place, value, unit, approx,
documents, evidence}``, ``subject`` the entity IRI when the figure is about a known entity.
``G.graph["documents"]`` maps each file name to its metadata (title, date, publisher,
author, source, format; ``graph.metadata``), and ``reported(G, since, until)`` keeps what
documents of a period reported.
"""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graph.metadata import DCTERMS, TERMS, in_period, normalise_date
from graph.store import GG, ID, ONTOLOGY_GRAPH, REVIEW_GRAPH, REVIEWED_GRAPHS, Store, value as ox_value

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
OA = "http://www.w3.org/ns/oa#"
REVIEW_STATE = "https://w3id.org/govgraph/review#state"
ENTITY_TYPES = {"PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
                "PropertyCompany", "Institution", "SocialOrganisation", "Facility", "Role",
                "Mechanism", "Policy", "Place"}


def _quads(source) -> Iterable[tuple[str, str, Any, str | None]]:
    """(subject, predicate, object as Python value, graph IRI) from any supported source."""
    if isinstance(source, (str, os.PathLike)):
        source = Store.open(Path(source), read_only=True)
    if isinstance(source, Store):
        source = source.quads()
    elif hasattr(source, "quads_for_pattern"):  # a raw pyoxigraph Store
        source = source.quads_for_pattern(None, None, None, None)
    elif hasattr(source, "quads") and callable(source.quads):  # rdflib Dataset / ConjunctiveGraph
        return (_rdflib_quad(q) for q in source.quads((None, None, None, None)))
    elif hasattr(source, "triples"):  # rdflib Graph
        return ((str(s), str(p), _rdflib_value(o), None) for s, p, o in source)
    return ((q.subject.value, q.predicate.value, ox_value(q.object),
             getattr(q.graph_name, "value", None)) for q in source)


def _rdflib_value(o):
    from rdflib import Literal
    if isinstance(o, Literal):
        v = o.toPython()
        return v if isinstance(v, (int, bool, float, str)) else str(o)
    return str(o)


def _rdflib_quad(q):
    s, p, o, g = q
    g = getattr(g, "identifier", g)
    return str(s), str(p), _rdflib_value(o), (str(g) if g is not None else None)


CACHE_VERSION = "6"  # 2: label index kept; 3: figures; 4: review decisions; 5: JSON, not pickle; 6: metadata
CACHE_FORMAT = "govgraph-network"


def to_networkx(source, cache: bool = True) -> nx.MultiDiGraph:
    """Project a store (``Store``, store folder, pyoxigraph Store, rdflib Dataset) to networkx.

    A store on disk keeps the projection in its ``cache/`` folder, keyed by its documents
    and their hashes (every write drops it), so repeated questions skip the projection.

    Examples
    --------
    >>> from graph.build import extraction_triples
    >>> ex = {"document": "d.txt", "sha256": "ab", "entities": [
    ...   {"label": "甲街道党工委", "type": "PartyOrganisation", "level": "instance", "place": None},
    ...   {"label": "甲街道", "type": "Place", "level": "instance", "place": None}],
    ...  "relations": [{"subject": "甲街道党工委", "subject_place": None, "predicate": "locatedIn",
    ...   "object": "甲街道", "object_place": None, "evidence": "甲街道党工委", "start": 0, "end": 6}]}
    >>> s = Store(); s.replace_document("d.txt", "ab", extraction_triples(ex))
    >>> G = to_networkx(s)
    >>> [(G.nodes[u]["label"], d["predicate"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)]
    [('甲街道党工委', 'locatedIn', '甲街道')]
    >>> G.nodes[ID + "instance/甲街道"]["documents"]
    ['d.txt']
    """
    if isinstance(source, (str, os.PathLike)):
        source = Store.open(Path(source), read_only=True)
    if cache and isinstance(source, Store) and source.cache_dir is not None:
        return _cached(source)
    return _project(source)


def _cached(store: Store) -> nx.MultiDiGraph:
    """The projection from ``cache/network-<key>.json``, else projected and written there.

    The cache is plain JSON (nodes, edges, the label index), read with ``json`` alone: a
    store folder someone else wrote can hold wrong data, never code that runs."""
    import hashlib
    import json

    key = hashlib.sha256(json.dumps([CACHE_VERSION, store.documents(), store.view,
                                     store.graph_sha(REVIEW_GRAPH)]).encode()).hexdigest()[:24]
    path = store.cache_dir / f"network-{key}.json"
    G = _load_cache(path)
    if G is not None:
        return G
    G = _project(store)
    from graph.query import label_index

    label_index(G)  # kept with the cached projection: a question finds its entity at once
    data = {"format": CACHE_FORMAT, "version": CACHE_VERSION, "graph": G.graph,
            "nodes": [[n, d] for n, d in G.nodes(data=True)],
            "edges": [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)]}
    try:
        store.cache_dir.mkdir(exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)  # readers never see half a file
        finally:
            tmp.unlink(missing_ok=True)
    except OSError:  # a read-only folder or a full disk: no cache, still an answer
        pass
    return G


def _load_cache(path: Path) -> nx.MultiDiGraph | None:
    """A cached projection, or None when it is missing, stale or not what this version wrote."""
    import json
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if not (isinstance(data, dict) and data.get("format") == CACHE_FORMAT
                and data.get("version") == CACHE_VERSION):
            return None
        G = nx.MultiDiGraph()
        G.graph.update(data["graph"])
        G.add_nodes_from((n, d) for n, d in data["nodes"])
        G.add_edges_from((u, v, k, d) for u, v, k, d in data["edges"])
        return G
    except (OSError, ValueError, TypeError, KeyError, AttributeError, nx.NetworkXError):
        return None


def _project(source) -> nx.MultiDiGraph:
    if isinstance(source, Store):
        return _assemble(**_collect_quads(_scan(source)))
    return _assemble(**_collect_quads(_quads(source)))


#: the predicates the projection reads; a store is scanned for these alone
_SCANNED = [GG + p for p in ("predicate", "subject", "object", "count", "approximate", "role", "place",
                             "fileName", "sentence", "value", "unit")] + [REVIEW_STATE,
    DERIVED, OA + "hasSource", OA + "hasSelector", OA + "exact", OA + "start", OA + "end", RDFS_LABEL, ALT] + [
    DCTERMS + t for t in TERMS.values()]


def _scan(store: Store) -> Iterable[tuple]:
    """(s, p, o, g) of the quads the projection needs, one index scan per predicate and class:
    about twice as fast as joining them in SPARQL on a store on disk."""
    import pyoxigraph as ox

    a = ox.NamedNode(RDF_TYPE)
    for cls in sorted(ENTITY_TYPES) + ["TypeLevel", "Relation", "Quantity"]:
        for q in store.quads(predicate=a, object=ox.NamedNode(GG + cls)):
            yield q.subject.value, RDF_TYPE, GG + cls, q.graph_name.value
    for p in _SCANNED:
        for q in store.quads(predicate=ox.NamedNode(p)):
            yield q.subject.value, p, ox_value(q.object), q.graph_name.value


def _collect_quads(quads: Iterable[tuple]) -> dict:
    types: dict[str, set] = defaultdict(set)
    labels: dict[str, str] = {}
    alts: dict[str, set] = defaultdict(set)
    places: dict[str, str] = {}
    graphs: dict[str, set] = defaultdict(set)
    rel: dict[str, dict] = defaultdict(dict)
    rel_ev: dict[str, set] = defaultdict(set)
    ev: dict[str, dict] = defaultdict(dict)
    sel_of: dict[str, str] = {}
    sel: dict[str, dict] = defaultdict(dict)
    file_names: dict[str, str] = {}
    quantities: set[str] = set()
    doc_meta: dict[str, dict] = defaultdict(dict)
    by_term = {DCTERMS + t: k for k, t in TERMS.items()}
    gg = len(GG)
    for s, p, o, g in quads:
        if g == ONTOLOGY_GRAPH.value or g == REVIEW_GRAPH.value:
            continue
        if p == RDF_TYPE:
            if o.startswith(GG):
                local = o[gg:]
                if local in ENTITY_TYPES or local == "TypeLevel":
                    types[s].add(local)
                    if g:
                        graphs[s].add(g)
                elif local == "Relation":
                    rel[s]  # noqa: B018 — make sure it exists
                elif local == "Quantity":
                    quantities.add(s)
                    if g:
                        graphs[s].add(g)
            continue
        if p.startswith(GG):
            local = p[gg:]
            if local in ("subject", "object", "predicate", "count", "approximate", "role", "place", "value",
                         "unit"):
                if local == "place" and not s.startswith((ID + "relation/", ID + "quantity/")):
                    places[s] = o
                else:
                    rel[s][local] = o
            elif local == "fileName":
                file_names[s] = o
            elif local == "sentence":
                ev[s]["sentence"] = o
        elif p in by_term:
            if s.startswith(ID + "doc/") and "/article/" not in s:  # articles' titles stay in the store
                doc_meta[s][by_term[p]] = o
        elif p == RDFS_LABEL:
            labels[s] = o
        elif p == ALT:
            alts[s].add(o)
        elif p == DERIVED:
            rel_ev[s].add(o)
        elif p == REVIEW_STATE:
            rel[s]["review"] = o
        elif p.startswith(OA):
            local = p[len(OA):]
            if local == "hasSource":
                ev[s]["source"] = o
            elif local == "hasSelector":
                sel_of[o] = s
            elif local in ("start", "end", "exact"):
                sel[s][local] = o
    for selector, e in sel_of.items():
        ev[e].update(sel.get(selector, {}))
    return {"types": types, "labels": labels, "alts": alts, "places": places, "graphs": graphs, "rel": rel,
            "rel_ev": rel_ev, "ev": ev, "file_names": file_names, "quantities": quantities,
            "doc_meta": doc_meta}


def _evidence(ids, ev, file_names, doc_meta=None) -> list[dict]:
    out = []
    for e in ids:
        x = ev.get(e, {})
        out.append({"document": file_names.get(x.get("source"), _doc_from_iri(x.get("source"))),
                    "date": (doc_meta or {}).get(x.get("source"), {}).get("date"),
                    "quote": x.get("exact"), "start": x.get("start"), "end": x.get("end"),
                    "sentence": x.get("sentence")})
    out.sort(key=lambda x: (x["document"] or "", x["start"] if x["start"] is not None else -1, x["quote"] or ""))
    return out


def _assemble(types, labels, alts, places, graphs, rel, rel_ev, ev, file_names,
              quantities=(), doc_meta=None) -> nx.MultiDiGraph:
    gg = len(GG)
    doc_of_graph = {}
    doc_meta = doc_meta or {}
    G = nx.MultiDiGraph()
    G.graph["documents"] = {file_names[d]: {k: str(v) for k, v in sorted(doc_meta.get(d, {}).items())}
                            for d in sorted(file_names, key=file_names.get)}
    for node in sorted(types):
        kinds = types[node] - {"TypeLevel"}
        if not kinds:
            continue
        place = places.get(node)
        G.add_node(node, label=labels.get(node, node.rsplit("/", 1)[-1]), type=min(kinds),
                   level="type" if "TypeLevel" in types[node] else "instance",
                   place=labels.get(place, place) if place else None,
                   aliases=sorted(alts.get(node, ())),
                   documents=sorted(_doc_name(g, doc_of_graph) for g in graphs[node]))
    for r in sorted(rel):
        d = rel[r]
        if not (d.get("subject") and d.get("object") and d.get("predicate")):
            continue
        u, v = d["subject"], d["object"]
        if u not in G or v not in G:
            continue
        evidence = _evidence(rel_ev.get(r, ()), ev, file_names, doc_meta)
        role = d.get("role")
        G.add_edge(u, v, key=r, predicate=d["predicate"][gg:] if d["predicate"].startswith(GG) else d["predicate"],
                   count=d.get("count") if isinstance(d.get("count"), int) else None,
                   approx=bool(d.get("approximate")),
                   role=labels.get(role, role) if role else None,
                   place=labels.get(d["place"], d["place"]) if d.get("place") else None,
                   evidence=evidence, **({"review": d["review"]} if d.get("review") else {}))
    figures = []
    for q in sorted(quantities):
        d = rel.get(q, {})
        value, subject = d.get("value"), d.get("subject")
        if value is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        place = d.get("place")
        known = subject in G
        figures.append({"subject": subject if known else None,
                        "subject_label": G.nodes[subject]["label"] if known else subject,
                        "place": labels.get(place, place) if place else None, "value": value,
                        "unit": d.get("unit"), "approx": bool(d.get("approximate")),
                        "documents": sorted(_doc_name(g, doc_of_graph) for g in graphs.get(q, ())),
                        "evidence": _evidence(rel_ev.get(q, ()), ev, file_names, doc_meta)})
    G.graph["figures"] = figures
    return G


def reported(G: nx.MultiDiGraph, since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """The relations (and figures) reported by documents dated within [since, until] (ISO
    dates, either may be left open), each with only those documents' evidence; every entity is
    kept. Documents with no date are left out of any period (give them one in a ``.meta.json``
    sidecar).

    Examples
    --------
    >>> G = example_graph()
    >>> G.graph["documents"]["b.txt"]["date"], G.number_of_edges(), reported(G, since="2023").number_of_edges()
    ('2023-06-01', 9, 2)
    >>> sorted({e["document"] for *_, d in reported(G, until="2022-12-31").edges(data=True) for e in d["evidence"]})
    ['a.txt']
    """
    if since is None and until is None:
        return G
    since = normalise_date(since, "--since") if since is not None else None
    until = normalise_date(until, "--until") if until is not None else None
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for key in ("label_index", "label_index_nodes"):
        H.graph.pop(key, None)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        kept = [e for e in d.get("evidence") or () if in_period(e.get("date"), since, until)]
        if kept:
            H.add_edge(u, v, key=k, **{**d, "evidence": kept})
    figures = []
    for f in G.graph.get("figures") or ():
        kept = [e for e in f.get("evidence") or () if in_period(e.get("date"), since, until)]
        if kept:
            figures.append({**f, "evidence": kept, "documents": sorted({e["document"] for e in kept})})
    H.graph["figures"] = figures
    return H


def _doc_name(graph: str, cache: dict) -> str:
    if graph not in cache:
        prefix = ID + "graph/doc/"
        name = (graph[len(prefix):] if graph.startswith(prefix) else
                graph[len(REVIEWED_GRAPHS):] if graph.startswith(REVIEWED_GRAPHS) else graph)
        from urllib.parse import unquote
        cache[graph] = unquote(name)
    return cache[graph]


def _doc_from_iri(iri: str | None) -> str | None:
    if not iri:
        return None
    from urllib.parse import unquote
    name = unquote(iri.rsplit("/", 1)[-1])
    return name.rsplit("-", 1)[0] if "-" in name else name


def example_graph() -> nx.MultiDiGraph:
    """A tiny projection (two fictional cities, two documents) for examples and doctests.

    >>> G = example_graph()
    >>> G.number_of_nodes(), G.number_of_edges()
    (12, 9)
    """
    return to_networkx(example_store())


def example_store() -> Store:
    """The in-memory store behind ``example_graph``."""
    from graph.build import extraction_triples

    def t(label, type_, place):
        return {"label": label, "type": type_, "level": "type", "place": place}

    def i(label, type_):
        return {"label": label, "type": type_, "level": "instance", "place": None}

    def r(s, sp, p, o, op, quote, count=None, role=None, place=None):
        return {"subject": s, "subject_place": sp, "predicate": p, "object": o, "object_place": op,
                "count": count, "role": role, "approx": False, "place": place, "evidence": quote}

    docs = [
        {"document": "a.txt", "sha256": "a1",
         "metadata": {"title": "甲市：党建引领物业治理", "date": "2022-11-05", "publisher": "甲市日报",
                      "source": "https://example.org/a.html", "format": "text/html"},
         "entities": [i("甲市", "Place"), i("乙区", "Place"), t("业委会", "OwnersCommittee", "甲市"),
                      t("社区“两委”", "CommunityCommittee", "甲市"), t("物业服务企业", "PropertyCompany", "甲市"),
                      t("社区党组织", "PartyOrganisation", "甲市"), i("“三方办”机制", "Mechanism"),
                      i("乙区东街道党工委", "PartyOrganisation"), t("驻区单位", "Institution", "甲市")],
         "relations": [
             r("社区“两委”", "甲市", "concurrentPost", "业委会", "甲市", "200名社区“两委”成员兼任业委会成员",
               200, "业委会成员", "甲市"),
             r("物业服务企业", "甲市", "concurrentPost", "社区党组织", "甲市", "物业服务企业党员担任社区党组织兼职委员",
               12, "兼职委员", "甲市"),
             r("社区党组织", "甲市", "coBuilds", "驻区单位", "甲市", "社区党组织联合驻区单位共建", None, None, "甲市"),
             r("社区党组织", "甲市", "leads", "“三方办”机制", None, "社区党组织牵头“三方办”机制", place="甲市"),
             r("物业服务企业", "甲市", "participatesIn", "“三方办”机制", None, "物业服务企业参与“三方办”机制",
               place="甲市"),
             r("乙区", None, "locatedIn", "甲市", None, "甲市乙区"),
             r("乙区东街道党工委", None, "locatedIn", "乙区", None, "乙区东街道党工委")],
         "quantities": [{"place": "甲市", "subject": "社区“两委”成员", "value": 200, "unit": "名", "approx": False,
                         "evidence": "全市200名社区“两委”成员兼任业委会成员"}]},
        {"document": "b.txt", "sha256": "b1", "metadata": {"title": "丙市：三方办", "date": "2023-06-01"},
         "entities": [i("丙市", "Place"), t("业委会", "OwnersCommittee", "丙市"),
                      t("社区党组织", "PartyOrganisation", "丙市"), i("“三方办”机制", "Mechanism")],
         "relations": [
             r("社区党组织", "丙市", "concurrentPost", "业委会", "丙市", "社区党组织成员兼任业委会委员", 30,
               "业委会委员", "丙市"),
             r("丙市", None, "implements", "“三方办”机制", None, "丙市推行“三方办”机制")]},
    ]
    store = Store()
    for d in docs:
        store.replace_document(d["document"], d["sha256"], extraction_triples(d))
    return store
