"""Stage 4, export: the store as standard files — RDF, Gephi graphs, CSV tables, interchange JSON.

Every format is deterministic (sorted), so two builds of the same input export
byte-identical files, and round-trippable (RDF parses back to the same triples;
the interchange JSON builds back into the same store).

==========  ===================================================================
ttl, nt     the union of the document graphs (triples)
trig        the document graphs as named graphs (quads)
jsonld      the document graphs as JSON-LD named graphs (expanded form)
graphml     the networkx projection, scalar attributes only (lists joined with "; "),
            every quote kept (joined with " | "), coBuilds undirected
gexf        the same for Gephi's native format
csv         three tables, ``<name>.nodes.csv``, ``<name>.edges.csv`` and ``<name>.evidence.csv``
            (one row per quote), UTF-8 with a byte-order mark so that Excel reads Chinese
json        the interchange JSON: ``{"documents": [extraction, ...]}``
==========  ===================================================================
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from graph.errors import QueryError
from graph.output import write_atomic
from graph.network import to_networkx
from graph.store import GG, ONTOLOGY_GRAPH, PREFIXES, Store, value

FORMATS = ("ttl", "trig", "nt", "jsonld", "graphml", "gexf", "csv", "json")
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
               "jsonld": ox.RdfFormat.JSON_LD}
#: prefixes written in Turtle/TriG (data IRIs stay full: their paths hold slashes)
EXPORT_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("id", "sh")}
SEP = "; "
QUOTE_SEP = " | "
BOM = "\ufeff"
CSV_TABLES = ("nodes", "edges", "evidence")


def _key(t) -> tuple:
    return str(t.subject), str(t.predicate), str(t.object)


_XSD = "http://www.w3.org/2001/XMLSchema#"
#: properties whose range is xsd:nonNegativeInteger; pyoxigraph stores every integer as
#: xsd:integer, so exports give these their declared datatype back
NON_NEGATIVE = {GG + "count", "http://www.w3.org/ns/oa#start", "http://www.w3.org/ns/oa#end"}
_NNINT = ox.NamedNode(_XSD + "nonNegativeInteger")


def _restore(q: ox.Quad) -> ox.Quad:
    o = q.object
    if (q.predicate.value in NON_NEGATIVE and isinstance(o, ox.Literal) and o.datatype.value == _XSD + "integer"
            and not o.value.startswith("-")):
        return ox.Quad(q.subject, q.predicate, ox.Literal(o.value, datatype=_NNINT), q.graph_name)
    return q


def _data_quads(store: Store, ontology: bool = False) -> list[ox.Quad]:
    return [_restore(q) for q in store.quads() if ontology or q.graph_name != ONTOLOGY_GRAPH]


def rdf(store: Store, fmt: str = "ttl", ontology: bool = False) -> bytes:
    """The store in an RDF format (ttl, nt, trig, jsonld), sorted; the ontology graph on request."""
    if fmt not in RDF_FORMATS:
        raise QueryError(f"not an RDF format: {fmt}", hint="formats: " + ", ".join(RDF_FORMATS))
    quads = _data_quads(store, ontology)
    if fmt in ("ttl", "nt"):
        data = sorted({(_key(q), q.triple) for q in quads}, key=lambda x: x[0])
        items = [t for _, t in data]
    else:
        items = sorted(quads, key=lambda q: (str(q.graph_name),) + _key(q))
    prefixes = EXPORT_PREFIXES if fmt in ("ttl", "trig") else None
    return ox.serialize(items, format=RDF_FORMATS[fmt], prefixes=prefixes)


# -- networkx formats -----------------------------------------------------------------------


def _scalar(v: Any):
    if v is None:
        return None
    if isinstance(v, (list, tuple, set)):
        return SEP.join(str(x) for x in v)
    return v


def _symmetric() -> set[str]:
    try:
        from graph.vocab import load
        return {name for name, p in load().predicates.items() if p.symmetric}
    except Exception:  # no vocabulary: the one symmetric relation of the annotation guide
        return {"coBuilds"}


def _where(e: dict) -> str:
    """One piece of evidence as ``document#sentence@start-end``."""
    out = e.get("document") or ""
    if e.get("sentence") is not None:
        out += f"#{e['sentence']}"
    if e.get("start") is not None:
        out += f"@{e['start']}-{e['end']}"
    return out


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the projection with scalar attributes only, nodes and edges in sorted order.

    Edge attributes: predicate, directed (false for symmetric relations such as coBuilds),
    source_label, source_type, source_place, target_label, target_type, target_place, count,
    approx, role, place, documents, dates and urls (the documents' dates and URLs, from their
    metadata), quote (every quote, joined with " | "), evidence (where each quote is:
    ``document#sentence@start-end``, joined with "; "), evidence_count. None values are left out.
    """
    symmetric = _symmetric()
    F = nx.MultiDiGraph()
    meta = G.graph.get("documents") or {}
    for n in sorted(G):
        d = G.nodes[n]
        F.add_node(n, **{k: _scalar(v) for k, v in sorted(d.items()) if _scalar(v) not in (None, "")})
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        ev = d.get("evidence") or []
        a, b = G.nodes[u], G.nodes[v]
        attrs = {"predicate": d.get("predicate"), "directed": d.get("predicate") not in symmetric,
                 "source_label": a.get("label"), "source_type": a.get("type"), "source_place": a.get("place"),
                 "target_label": b.get("label"), "target_type": b.get("type"), "target_place": b.get("place"),
                 "count": d.get("count"), "approx": bool(d.get("approx")),
                 "role": d.get("role"), "place": d.get("place"),
                 "documents": _scalar(sorted({e["document"] for e in ev if e.get("document")})),
                 "dates": _scalar(sorted({e["date"] for e in ev if e.get("date")})),
                 "urls": _scalar(sorted({meta[e["document"]]["source"] for e in ev
                                         if "source" in meta.get(e.get("document"), {})})),
                 "quote": QUOTE_SEP.join(e["quote"] for e in ev if e.get("quote")),
                 "evidence": SEP.join(_where(e) for e in ev), "evidence_count": len(ev),
                 "label": d.get("predicate")}
        F.add_edge(u, v, key=k, **{a: x for a, x in attrs.items() if x not in (None, "")})
    return F


class _GraphMLWriter(nx.readwrite.graphml.GraphMLWriter):
    """networkx's GraphML writer, with ``directed="false"`` on the edges of symmetric relations."""

    def add_edges(self, G, graph_element):
        before = len(graph_element)
        super().add_edges(G, graph_element)
        for element, (_, _, d) in zip(list(graph_element)[before:], G.edges(data=True)):
            if d.get("directed") is False:
                element.set("directed", "false")


def graphml(G: nx.MultiDiGraph) -> bytes:
    """GraphML that opens in Gephi: node label/type/level/place, edge labels, evidence, …;
    symmetric relations (coBuilds) are undirected edges."""
    writer = _GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(flat_graph(G))
    buf = io.BytesIO()
    writer.dump(buf)
    return buf.getvalue()


def gexf(G: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 for Gephi (no modification date, so the file is reproducible); symmetric
    relations are ``type="undirected"`` edges."""
    F = flat_graph(G)
    for _, _, d in F.edges(data=True):
        d["type"] = "directed" if d.get("directed", True) else "undirected"
    text = "\n".join(nx.generate_gexf(F, encoding="utf-8", prettyprint=True))
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text)
    return (text + "\n").encode("utf-8")


NODE_COLUMNS = ["id", "label", "type", "level", "place", "aliases", "documents"]
EDGE_COLUMNS = ["id", "source", "source_label", "source_type", "source_place", "predicate", "directed", "target",
                "target_label", "target_type", "target_place", "count", "approx", "role", "place", "documents",
                "dates", "urls", "quote", "evidence_count"]
EVIDENCE_COLUMNS = ["edge", "source_label", "predicate", "target_label", "document", "date", "sentence", "start",
                    "end", "quote"]


def csv_tables(G: nx.MultiDiGraph) -> dict[str, str]:
    """The projection as CSV tables {"nodes", "edges", "evidence"}; lists joined with "; ",
    the quotes of an edge with " | ", and every piece of evidence a row of ``evidence``
    (edge id, labels, document, sentence, span, quote). Every table has its header."""
    F = flat_graph(G)

    def table(columns, rows):
        buf = io.StringIO()
        w = csv.DictWriter(buf, columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()

    nodes = table(NODE_COLUMNS, ({"id": n, **d} for n, d in F.nodes(data=True)))
    edges = table(EDGE_COLUMNS, ({"id": k, "source": u, "target": v, **d} for u, v, k, d in F.edges(keys=True, data=True)))
    evidence = table(EVIDENCE_COLUMNS, (
        {"edge": k, "source_label": G.nodes[u].get("label"), "predicate": d.get("predicate"),
         "target_label": G.nodes[v].get("label"), **{c: e.get(c) for c in ("document", "date", "sentence", "start",
                                                                             "end", "quote")}}
        for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        for e in d.get("evidence") or ()))
    return {"nodes": nodes, "edges": edges, "evidence": evidence}


# -- interchange JSON -----------------------------------------------------------------------


def interchange(store: Store) -> dict:
    """The store back as interchange JSON, one extraction per document, sorted.

    Relations with several quotes in one document come out once per quote, as the
    extractor wrote them; quote selectors' prefix/suffix are kept so a rebuild is exact.
    """
    graphs: dict[str, list] = defaultdict(list)
    for q in store.quads():
        if q.graph_name != ONTOLOGY_GRAPH:
            graphs[q.graph_name.value].append((q.subject.value, q.predicate.value, q.object))
    docs = [d for d in (_document(triples) for _, triples in sorted(graphs.items())) if d]
    return {"documents": sorted(docs, key=lambda d: d["document"] or "")}  # reviewed graphs in their place


def _document(triples) -> dict | None:
    from graph.metadata import from_triples
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        props[s][p].append(o)

    def one(s, p, default=None):
        vals = props.get(s, {}).get(p)
        return value(min(vals, key=str)) if vals else default

    def all_(s, p):
        return sorted(value(v) for v in props.get(s, {}).get(p, ()))

    RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
    OA = "http://www.w3.org/ns/oa#"
    types = {s: {value(o) for o in d.get(RDF_TYPE, ())} for s, d in props.items()}
    doc = next((s for s, t in types.items() if GG + "Document" in t), None)
    if doc is None:
        return None
    name = one(doc, GG + "fileName")
    sha = (one(doc, "http://purl.org/dc/terms/identifier") or "").removeprefix("sha256:")

    kinds = ("PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee", "PropertyCompany",
             "Institution", "SocialOrganisation", "Facility", "Role", "Mechanism", "Policy", "Place")
    entities = {}
    for s, t in types.items():
        cls = next((k for k in kinds if GG + k in t), None)
        if cls is None:
            continue
        level = "type" if GG + "TypeLevel" in t else "instance"
        place = one(one(s, GG + "place"), LABEL) if level == "type" and one(s, GG + "place") else None
        entities[s] = {"label": one(s, LABEL), "type": cls, "level": level, "place": place,
                       "aliases": all_(s, "http://www.w3.org/2004/02/skos/core#altLabel")}

    def evidences(s):
        out = []
        for e in all_(s, "http://www.w3.org/ns/prov#wasDerivedFrom"):
            x = {"evidence": None, "start": None, "end": None, "sentence": one(e, GG + "sentence")}
            for sel in all_(e, OA + "hasSelector"):
                st = {value(o) for o in props.get(sel, {}).get(RDF_TYPE, ())}
                if OA + "TextPositionSelector" in st:
                    x["start"], x["end"] = one(sel, OA + "start"), one(sel, OA + "end")
                if OA + "TextQuoteSelector" in st:
                    x["evidence"] = one(sel, OA + "exact")
                    x["prefix"], x["suffix"] = one(sel, OA + "prefix"), one(sel, OA + "suffix")
            out.append({k: v for k, v in x.items() if not (k in ("prefix", "suffix") and v is None)})
        return out or [{"evidence": None, "start": None, "end": None, "sentence": None}]

    def end(s):
        e = entities.get(s)
        if e is None:
            return one(s, LABEL) or s, None
        return e["label"], e["place"]

    relations = []
    for s, t in types.items():
        if GG + "Relation" not in t:
            continue
        subj, sp = end(one(s, GG + "subject"))
        obj, op = end(one(s, GG + "object"))
        role = one(s, GG + "role")
        role = entities[role]["label"] if role in entities else role
        place = one(s, GG + "place")
        base = {"subject": subj, "subject_place": sp, "predicate": one(s, GG + "predicate")[len(GG):],
                "object": obj, "object_place": op, "role": role, "count": one(s, GG + "count"),
                "approx": bool(one(s, GG + "approximate", False)),
                "place": one(place, LABEL) if place else None}
        relations += [{**base, **ev} for ev in evidences(s)]
    quantities = []
    for s, t in types.items():
        if GG + "Quantity" not in t:
            continue
        subject = one(s, GG + "subject")
        subject = entities[subject]["label"] if subject in entities else subject
        place = one(s, GG + "place")
        v = one(s, GG + "value")
        v = int(v) if isinstance(v, float) and v.is_integer() else v
        base = {"place": one(place, LABEL) if place else None, "subject": subject, "value": v,
                "unit": one(s, GG + "unit"), "approx": bool(one(s, GG + "approximate", False))}
        quantities += [{**base, **ev} for ev in evidences(s)]

    def k(x):
        return json.dumps(x, ensure_ascii=False, sort_keys=True)

    meta = from_triples(doc, triples)
    return {"document": name, "sha256": sha, **({"metadata": meta} if meta else {}),
            "entities": sorted(entities.values(), key=lambda e: (e["type"], e["label"], e["place"] or "")),
            "relations": sorted(relations, key=lambda r: (r["predicate"], r["subject"], r["object"],
                                                          r["start"] if r["start"] is not None else -1, k(r))),
            "quantities": sorted(quantities, key=lambda q: (q["start"] if q["start"] is not None else -1, k(q)))}


# -- one entry point ------------------------------------------------------------------------


def export(store: Store, fmt: str, output: str | Path | None = None, ontology: bool = False,
           table: str | None = None, bom: bool = True) -> dict[str, bytes]:
    """Export the store in ``fmt``; write to ``output`` when given. Returns {file name: bytes}.

    ``csv`` writes three files next to ``output``: ``<stem>.nodes.csv``, ``<stem>.edges.csv``
    and ``<stem>.evidence.csv`` (into the folder when ``output`` is a folder or ends in /),
    each starting with a byte-order mark unless ``bom=False``; ``table`` keeps one of them.
    With no ``output`` nothing is written and the files come back as ``{"nodes.csv": …}``.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt}", hint="formats: " + ", ".join(FORMATS))
    if table is not None and (fmt != "csv" or table not in CSV_TABLES):
        raise QueryError(f"--table {table} needs --format csv and one of {', '.join(CSV_TABLES)}")
    if fmt in RDF_FORMATS:
        files = {"": rdf(store, fmt, ontology)}
    elif fmt == "json":
        files = {"": (json.dumps(interchange(store), ensure_ascii=False, indent=1) + "\n").encode()}
    else:
        G = to_networkx(store)
        if fmt == "graphml":
            files = {"": graphml(G)}
        elif fmt == "gexf":
            files = {"": gexf(G)}
        else:
            tables = csv_tables(G)
            files = {name: ((BOM if bom else "") + text).encode("utf-8") for name, text in tables.items()
                     if table is None or name == table}
    out: dict[str, bytes] = {}
    for part, data in files.items():
        if output is None:
            out[f"{part}.csv" if part else "-"] = data
            continue
        path = Path(output)
        if part:
            if str(output).endswith(("/", "\\")) or path.is_dir():
                path = path / f"{part}.csv"
            else:
                stem = path.name[:-4] if path.name.endswith(".csv") else path.name
                path = path.with_name(f"{stem}.{part}.csv")
        write_atomic(path, data, parents=True)  # whole or not at all, the old file kept on failure
        out[str(path)] = data
    return out
