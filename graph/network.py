"""Stage 3, build: the networkx projection of the store (entities as nodes, relation nodes as edges).

``to_networkx(source) -> nx.MultiDiGraph``: node key = entity IRI, attributes
``label, type, level, place, aliases, documents``; one edge per relation node
(u = subject IRI, v = object IRI, key = relation IRI) with ``predicate, count,
approx, role, place, evidence`` — evidence a sorted list of dicts
``{document, quote, start, end, sentence}``. coBuilds is kept in the direction it
was extracted; queries treat it as symmetric.
"""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graph.store import GG, ID, ONTOLOGY_GRAPH, Store, value as ox_value

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
OA = "http://www.w3.org/ns/oa#"
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


def to_networkx(source) -> nx.MultiDiGraph:
    """Project a store (``Store``, store folder, pyoxigraph Store, rdflib Dataset) to networkx.

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
    gg = len(GG)
    for s, p, o, g in _quads(source):
        if g == ONTOLOGY_GRAPH.value:
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
            continue
        if p.startswith(GG):
            local = p[gg:]
            if local in ("subject", "object", "predicate", "count", "approximate", "role", "place"):
                if local == "place" and not s.startswith(ID + "relation/"):
                    places[s] = o
                else:
                    rel[s][local] = o
            elif local == "fileName":
                file_names[s] = o
            elif local == "sentence":
                ev[s]["sentence"] = o
        elif p == RDFS_LABEL:
            labels[s] = o
        elif p == ALT:
            alts[s].add(o)
        elif p == DERIVED:
            rel_ev[s].add(o)
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
    doc_of_graph = {}
    G = nx.MultiDiGraph()
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
        if "subject" not in d or "object" not in d or "predicate" not in d:
            continue
        u, v = d["subject"], d["object"]
        if u not in G or v not in G:
            continue
        evidence = []
        for e in rel_ev.get(r, ()):
            x = ev.get(e, {})
            evidence.append({"document": file_names.get(x.get("source"), _doc_from_iri(x.get("source"))),
                             "quote": x.get("exact"), "start": x.get("start"), "end": x.get("end"),
                             "sentence": x.get("sentence")})
        evidence.sort(key=lambda x: (x["document"] or "", x["start"] if x["start"] is not None else -1,
                                     x["quote"] or ""))
        role = d.get("role")
        G.add_edge(u, v, key=r, predicate=d["predicate"][gg:] if d["predicate"].startswith(GG) else d["predicate"],
                   count=d.get("count") if isinstance(d.get("count"), int) else None,
                   approx=bool(d.get("approximate")),
                   role=labels.get(role, role) if role else None,
                   place=labels.get(d["place"], d["place"]) if d.get("place") else None,
                   evidence=evidence)
    return G


def _doc_name(graph: str, cache: dict) -> str:
    if graph not in cache:
        prefix = ID + "graph/doc/"
        name = graph[len(prefix):] if graph.startswith(prefix) else graph
        from urllib.parse import unquote
        cache[graph] = unquote(name)
    return cache[graph]


def _doc_from_iri(iri: str | None) -> str | None:
    if not iri:
        return None
    from urllib.parse import unquote
    name = unquote(iri.rsplit("/", 1)[-1])
    return name.rsplit("-", 1)[0] if "-" in name else name
