"""Stage 3, review: analysts' decisions on the graph, kept apart from it and applied to every view.

A decision says who, when and why, and what it rests on (the evidence of the relation it
judges, or the quote it adds). Decisions live in their own named graph (``graph/review``,
terms under ``ggr:``), never inside a document's graph, so re-extracting a report cannot
lose them. Applying them gives, for every document they change, a reviewed graph
(``graph/reviewed/<name>``) that stands in for the document's graph in the store's default
view; the machine's statements stay in ``graph/doc/<name>`` (``Store.view = "machine"``,
``govgraph --unreviewed``). A build re-applies the decisions to every document it writes.

==========  ===============================================  ==================================
action      target                                           effect
==========  ===============================================  ==================================
reject      a relation                                       the relation is left out
accept      a relation                                       marked ``ggr:state "accepted"``
change      a relation (new ``count`` and/or ``role``)       its count/role replaced
add         subject, predicate, object, document, quote      a new relation with that evidence
merge       entity A, entity B                               B becomes A (B's label an alias)
split       entity E, document D, label                      E as written in D becomes its own
rename      entity E, label                                  E's label (the old one an alias)
undo        a decision                                       that decision no longer applies
==========  ===============================================  ==================================

A decision whose target no longer exists in any document (a changed report no longer
states the relation) is *orphaned*: listed as such by ``log``, never dropped.

>>> from graph.network import example_store, to_networkx
>>> store = example_store()
>>> rel = next(r for r in relations(store) if r["predicate"] == "coBuilds")
>>> d = decide(store, "reject", rel["id"], why="co-building is stated of another place", who="ana")
>>> [r["predicate"] for r in relations(store) if r["id"] == rel["id"]]
[]
>>> [(x["number"], x["action"], x["status"]) for x in log(store)]
[(1, 'reject', 'active')]
"""
from __future__ import annotations

import csv
import datetime
import getpass
import hashlib
import io
import json
import os
from dataclasses import dataclass, field, asdict
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from graph.errors import GovgraphError, InputError, UnknownEntity
from graph.store import (DOC_GRAPHS, ID, GG, IDENTIFIER, RDF_TYPE, REVIEW_GRAPH, REVIEWED_GRAPHS, Store,
                         document_graph, reviewed_graph, segment, value)

GGR = "https://w3id.org/govgraph/review#"
ACTIONS = ("reject", "accept", "change", "add", "merge", "split", "rename", "undo")
#: what ``review import`` reads in the decision column (blank: no decision)
CSV_DECISIONS = ("accept", "reject", "change")
CSV_COLUMNS = ["id", "subject", "subject_place", "predicate", "object", "object_place", "count", "role",
               "documents", "quote", "state", "decision", "new_count", "new_role", "why"]
REVIEWER_ENV = "GOVGRAPH_REVIEWER"

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
CREATOR = ox.NamedNode("http://purl.org/dc/terms/creator")
CREATED = ox.NamedNode("http://purl.org/dc/terms/created")
COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
#: an entity's own description, which a merge replaces by the surviving entity's
_DESCRIPTIVE = {RDF_TYPE.value, RDFS_LABEL.value, GG + "place", GG + "placeLevel",
                "http://www.w3.org/ns/org#classification"}


class ReviewError(GovgraphError):
    """A review decision that cannot be taken (unknown relation or decision, a bad CSV row)."""


def r(name: str) -> ox.NamedNode:
    return ox.NamedNode(GGR + name)


def g(name: str) -> ox.NamedNode:
    return ox.NamedNode(GG + name)


@dataclass
class Decision:
    """One analyst's decision; ``target`` is an IRI (relation, entity, or decision for undo)."""

    number: int
    action: str
    target: str
    who: str
    when: str
    why: str = ""
    other: str | None = None          # merge: the entity merged into target
    document: str | None = None       # add, split
    quote: str | None = None          # add
    predicate: str | None = None      # add
    subject: str | None = None        # add
    object: str | None = None         # add
    count: int | None = None          # change, add
    role: str | None = None           # change, add
    label: str | None = None          # rename, split
    evidence: list[str] = field(default_factory=list)  # the evidence the judged relation had

    @property
    def iri(self) -> ox.NamedNode:
        return ox.NamedNode(f"{ID}review/decision/{self.number}")

    def triples(self) -> list[ox.Triple]:
        n = self.iri
        out = [ox.Triple(n, RDF_TYPE, r("Decision")), ox.Triple(n, r("action"), ox.Literal(self.action)),
               ox.Triple(n, r("number"), ox.Literal(str(self.number), datatype=ox.NamedNode(XSD + "integer"))),
               ox.Triple(n, r("target"), ox.NamedNode(self.target)), ox.Triple(n, CREATOR, ox.Literal(self.who)),
               ox.Triple(n, CREATED, ox.Literal(self.when, datatype=ox.NamedNode(XSD + "dateTime")))]
        if self.why:
            out.append(ox.Triple(n, COMMENT, ox.Literal(self.why)))
        for key in ("other", "subject", "object"):
            if getattr(self, key):
                out.append(ox.Triple(n, r(key), ox.NamedNode(getattr(self, key))))
        for key in ("document", "quote", "predicate", "role", "label"):
            if getattr(self, key) is not None:
                out.append(ox.Triple(n, r(key), ox.Literal(getattr(self, key))))
        if self.count is not None:
            out.append(ox.Triple(n, r("count"), ox.Literal(str(self.count), datatype=ox.NamedNode(XSD + "integer"))))
        out += [ox.Triple(n, DERIVED, ox.NamedNode(e)) for e in sorted(self.evidence)]
        return out


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def _who(who: str | None) -> str:
    if who:
        return who
    if os.environ.get(REVIEWER_ENV):
        return os.environ[REVIEWER_ENV]
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "unknown"


# -- reading and writing the decisions ---------------------------------------------------------


def decisions(store: Store) -> list[Decision]:
    """Every decision in the store, in the order they were taken."""
    props: dict[str, dict[str, list]] = {}
    for q in store.quads(graph=REVIEW_GRAPH):
        props.setdefault(q.subject.value, {}).setdefault(q.predicate.value, []).append(q.object)
    out = []
    for node, p in props.items():
        if ox.NamedNode(GGR + "Decision") not in p.get(RDF_TYPE.value, ()):
            continue

        def one(pred, default=None):
            vals = p.get(pred)
            return value(vals[0]) if vals else default
        out.append(Decision(number=int(one(GGR + "number")), action=one(GGR + "action"), target=one(GGR + "target"),
                            who=one(CREATOR.value, ""), when=one(CREATED.value, ""), why=one(COMMENT.value, ""),
                            other=one(GGR + "other"), document=one(GGR + "document"), quote=one(GGR + "quote"),
                            predicate=one(GGR + "predicate"), subject=one(GGR + "subject"),
                            object=one(GGR + "object"), count=one(GGR + "count"), role=one(GGR + "role"),
                            label=one(GGR + "label"), evidence=sorted(value(v) for v in p.get(DERIVED.value, ()))))
    return sorted(out, key=lambda d: d.number)


def _write(store: Store, items: list[Decision]) -> None:
    triples = [t for d in items for t in d.triples()]
    digest = hashlib.sha256("\n".join(sorted(str(t) for t in triples)).encode()).hexdigest()
    triples.append(ox.Triple(REVIEW_GRAPH, IDENTIFIER, ox.Literal("sha256:" + digest)))
    store.replace_graph(REVIEW_GRAPH, triples)


def _undone(items: list[Decision]) -> set[str]:
    undone: set[str] = set()
    for d in reversed(items):  # a later undo decides about an earlier one
        if d.action == "undo" and d.iri.value not in undone:
            undone.add(d.target)
    return undone


def active(items: list[Decision]) -> list[Decision]:
    """The decisions that apply: not undone (an undo of an undo restores), in order."""
    undone = _undone(items)
    return [d for d in items if d.action != "undo" and d.iri.value not in undone]


# -- applying them -----------------------------------------------------------------------------


def _machine(store: Store, name: str) -> list[tuple]:
    return [(q.subject, q.predicate, q.object) for q in store.quads(graph=document_graph(name))]


def _describe(store: Store, node: ox.NamedNode) -> list[tuple]:
    """An entity's own description (types, label, place …) from the machine graphs."""
    found: dict[tuple, None] = {}
    for q in store.quads(subject=node):
        if q.graph_name.value.startswith(DOC_GRAPHS) and q.predicate.value in _DESCRIPTIVE | {ALT.value}:
            found[(q.subject, q.predicate, q.object)] = None
    return list(found)


def apply(store: Store, name: str, triples: list[tuple], items: list[Decision]) -> list[tuple]:
    """The triples of document ``name`` with the active decisions applied, in order."""
    out: dict[tuple, None] = dict.fromkeys(triples)
    doc_node = next((s for s, p, o in out if p == RDF_TYPE and o == g("Document")), None)
    for d in active(items):
        target = ox.NamedNode(d.target)
        if d.action in ("reject", "accept", "change"):
            if (target, RDF_TYPE, g("Relation")) not in out:
                continue
            if d.action == "reject":
                _drop_relation(out, target)
                continue
            if d.action == "change":
                for t in [t for t in out if t[0] == target and t[1] in (g("count"), g("role"))]:
                    if (t[1] == g("count") and d.count is not None) or (t[1] == g("role") and d.role is not None):
                        del out[t]
                if d.count is not None:
                    out[(target, g("count"), ox.Literal(str(d.count), datatype=ox.NamedNode(XSD + "integer")))] = None
                if d.role is not None:
                    out[(target, g("role"), ox.Literal(d.role))] = None
            _state(out, target, "accepted" if d.action == "accept" else "changed", d)
        elif d.action == "add":
            if d.document != name or doc_node is None:
                continue
            _add_relation(store, out, d, doc_node)
        elif d.action == "merge":
            other = ox.NamedNode(d.other)
            if not any(other in (s, o) for s, p, o in out):
                continue
            keep = {}
            for s, p, o in out:
                if s == other and p.value in _DESCRIPTIVE:
                    if p == RDFS_LABEL:
                        keep[(target, ALT, o)] = None
                    continue
                keep[(target if s == other else s, p, target if o == other else o)] = None
            keep.update(dict.fromkeys(_describe(store, target)))
            out = keep
            for s, p, o in list(out):  # an alias that is now the label is no alias
                if s == target and p == ALT and (target, RDFS_LABEL, o) in out:
                    del out[(s, p, o)]
        elif d.action == "split":
            if d.document != name or not any(target in (s, o) for s, p, o in out):
                continue
            new = ox.NamedNode(d.other)
            out = {(new if s == target else s, p, new if o == target else o): None for s, p, o in out}
            for t in [t for t in out if t[0] == new and t[1] == RDFS_LABEL]:
                del out[t]
                out[(new, ALT, t[2])] = None
            out[(new, RDFS_LABEL, ox.Literal(d.label))] = None
        elif d.action == "rename":
            labels = [t for t in out if t[0] == target and t[1] == RDFS_LABEL]
            for t in labels:
                del out[t]
                if t[2].value != d.label:
                    out[(target, ALT, t[2])] = None
            if labels:
                out[(target, RDFS_LABEL, ox.Literal(d.label))] = None
                out.pop((target, ALT, ox.Literal(d.label)), None)
    return list(out)


def _state(out: dict, rel: ox.NamedNode, state: str, d: Decision) -> None:
    for t in [t for t in out if t[0] == rel and t[1] in (r("state"), r("decision"))]:
        del out[t]
    out[(rel, r("state"), ox.Literal(state))] = None
    out[(rel, r("decision"), d.iri)] = None


def _drop_relation(out: dict, rel: ox.NamedNode) -> None:
    facts = {p: o for s, p, o in out if s == rel}
    for t in [t for t in out if t[0] == rel]:
        del out[t]
    s, p, o = facts.get(g("subject")), facts.get(g("predicate")), facts.get(g("object"))
    if s is None or p is None or o is None:
        return
    others = {x for x, pp, oo in out if pp == g("predicate") and oo == p}
    still = any((x, g("subject"), s) in out and (x, g("object"), o) in out for x in others)
    if not still:
        out.pop((s, p, o), None)  # the shortcut triple, unless another relation states it


def _add_relation(store: Store, out: dict, d: Decision, doc_node) -> None:
    from graph.build import RELATION_CLASSES
    rel = ox.NamedNode(d.target)
    s, o = ox.NamedNode(d.subject), ox.NamedNode(d.object)
    for node in (s, o):
        if (node, RDF_TYPE, g("Entity")) not in out:
            out.update(dict.fromkeys(_describe(store, node)))
    out[(s, g(d.predicate), o)] = None
    out[(rel, RDF_TYPE, g("Relation"))] = None
    out[(rel, RDF_TYPE, g(RELATION_CLASSES[d.predicate]))] = None
    out[(rel, g("subject"), s)] = None
    out[(rel, g("predicate"), g(d.predicate))] = None
    out[(rel, g("object"), o)] = None
    out[(rel, g("approximate"), ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean")))] = None
    if d.count is not None:
        out[(rel, g("count"), ox.Literal(str(d.count), datatype=ox.NamedNode(XSD + "integer")))] = None
    if d.role:
        out[(rel, g("role"), ox.Literal(d.role))] = None
    ev = ox.NamedNode(f"{ID}evidence/{segment(d.document)}/review-{d.number}")
    sel = ox.NamedNode(ev.value + "/quote")
    out[(rel, DERIVED, ev)] = None
    out[(ev, RDF_TYPE, g("Evidence"))] = None
    out[(ev, RDF_TYPE, ox.NamedNode(OA + "SpecificResource"))] = None
    out[(ev, ox.NamedNode(OA + "hasSource"), doc_node)] = None
    out[(ev, ox.NamedNode(OA + "hasSelector"), sel)] = None
    out[(sel, RDF_TYPE, ox.NamedNode(OA + "TextQuoteSelector"))] = None
    out[(sel, ox.NamedNode(OA + "exact"), ox.Literal(d.quote))] = None
    _state(out, rel, "added", d)


def refresh(store: Store, names: Iterable[str] | None = None, items: list[Decision] | None = None) -> list[str]:
    """Re-apply the decisions to documents (default: every document); returns those whose
    reviewed graph was written or dropped."""
    items = decisions(store) if items is None else items
    docs = store.documents()
    names = list(docs) if names is None else [n for n in names if n in docs]
    changed = []
    for name in names:
        machine = _machine(store, name)
        reviewed = apply(store, name, machine, items) if items else machine
        graph = reviewed_graph(name)
        if set(reviewed) == set(machine):
            if graph.value in store.graph_names():
                store.remove_graph(graph)
                changed.append(name)
            continue
        store.replace_graph(graph, [ox.Triple(*t) for t in reviewed])
        changed.append(name)
    return changed


def _documents_of(store: Store, d: Decision) -> set[str]:
    """The documents a decision may change (from the machine graphs)."""
    from urllib.parse import unquote
    if d.action in ("add", "split"):
        return {d.document}
    nodes = [d.target] + ([d.other] if d.other else [])
    found = set()
    for n in nodes:
        found |= {unquote(x[len(DOC_GRAPHS):]) for x in store.graphs_with(ox.NamedNode(n))
                  if x.startswith(DOC_GRAPHS)}
    return found


# -- taking decisions --------------------------------------------------------------------------


def relations(store: Store, predicate: str | None = None, place: str | None = None,
              document: str | None = None, unreviewed: bool = False, rejected: bool = False) -> list[dict]:
    """The relations to check (reviewed view), each with its id, endpoints, quote and state.

    ``unreviewed``: only relations no decision has judged. ``rejected``: the rejected ones
    (from the machine's statements) instead.
    """
    from graph.network import to_networkx
    from graph.query import Scope, _relations
    wanted = _relations(predicate)
    if rejected:
        G = _rejected_graph(store)
    else:
        G = to_networkx(store)
    scope = Scope(G, place) if place else None
    rows = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if wanted and d["predicate"] not in wanted:
            continue
        docs = sorted({e["document"] for e in d["evidence"] if e.get("document")})
        if document and Path(document).name not in docs:
            continue
        if scope is not None and not scope.has_edge(u, v, d):
            continue
        state = d.get("review") or ""
        if unreviewed and state:
            continue
        a, b = G.nodes[u], G.nodes[v]
        rows.append({"id": short(k), "subject": a["label"], "subject_place": a.get("place"),
                     "predicate": d["predicate"], "object": b["label"], "object_place": b.get("place"),
                     "count": d.get("count"), "role": d.get("role"), "documents": "; ".join(docs),
                     "quote": next((e["quote"] for e in d["evidence"] if e.get("quote")), None),
                     "state": state, "iri": k})
    rows.sort(key=lambda x: (x["predicate"], x["subject"], x["object"], x["id"]))
    return rows


def _rejected_graph(store: Store):
    """The machine projection restricted to the relations an active decision rejected."""
    from graph.network import to_networkx
    rejected = {d.target for d in active(decisions(store)) if d.action == "reject"}
    view = store.view
    store.view = "machine"
    try:
        M = to_networkx(store)
    finally:
        store.view = view
    for u, v, k in [e for e in M.edges(keys=True) if e[2] not in rejected]:
        M.remove_edge(u, v, k)
    for u, v, k in M.edges(keys=True):
        M.edges[u, v, k]["review"] = "rejected"
    return M


def rejected_edges(store: Store) -> list[tuple]:
    """(subject, object, relation, attributes) of the rejected relations, for the page."""
    M = _rejected_graph(store)
    return [(u, v, k, d, M.nodes[u], M.nodes[v]) for u, v, k, d in M.edges(keys=True, data=True)]


def short(iri: str) -> str:
    """A relation's id as shown: the hash of its IRI."""
    return iri.rsplit("/", 1)[-1]


def _relation_iri(store: Store, ref: str) -> str:
    """A relation's IRI from its id (or a prefix of at least 6 characters, or the IRI)."""
    ref = ref.strip()
    if ref.startswith("http"):
        found = {ref} if ox.NamedNode(ref) and store.graphs_with(ox.NamedNode(ref)) else set()
    else:
        if len(ref) < 6:
            raise ReviewError(f"relation id {ref!r} is too short", hint="give at least 6 characters")
        found = set()
        for q in store.quads(predicate=RDF_TYPE, object=g("Relation"), graph=None):
            if short(q.subject.value).startswith(ref):
                found.add(q.subject.value)
        if not found:  # a rejected one still in the machine graphs
            view = store.view
            store.view = "machine"
            try:
                found = {q.subject.value for q in store.quads(predicate=RDF_TYPE, object=g("Relation"))
                         if short(q.subject.value).startswith(ref)}
            finally:
                store.view = view
    if not found:
        raise ReviewError(f"no relation {ref} in the store", hint="`govgraph review list` shows the ids")
    if len(found) > 1:
        raise ReviewError(f"relation id {ref} is ambiguous ({len(found)} relations)", hint="give more characters")
    return found.pop()


def _entity(store: Store, label: str, place: str | None = None) -> str:
    from graph.network import to_networkx
    from graph.query import find
    G = to_networkx(store)
    found = find(G, label, place)
    if len(found) > 1:
        where = ", ".join(sorted({G.nodes[n].get("place") or "(no place)" for n in found}))
        raise ReviewError(f"{label} names {len(found)} entities ({where})", hint="pass the place")
    return found[0]


def decide(store: Store, action: str, target: str, why: str = "", who: str | None = None, **details) -> Decision:
    """Take one decision and apply it; ``target`` is a relation id (reject, accept, change), an
    entity label (merge, split, rename; ``place`` for type-level ones) or a decision number (undo).

    Details: merge ``other`` (+ ``other_place``); split ``document``, ``label``; rename
    ``label``; change ``count``, ``role``; for ``add`` use ``add``.
    """
    return record(store, [_make(store, action, target, why, who, **details)])[0]


def _make(store: Store, action: str, target: str, why: str = "", who: str | None = None, number: int = 0,
          place: str | None = None, other: str | None = None, other_place: str | None = None,
          document: str | None = None, label: str | None = None, count: int | None = None,
          role: str | None = None) -> Decision:
    if action not in ACTIONS or action == "add":
        raise ReviewError(f"unknown review action {action}", hint="actions: " + ", ".join(ACTIONS))
    d = Decision(number=number, action=action, target="", who=_who(who), when=_now(), why=why or "")
    if action in ("reject", "accept", "change"):
        d.target = _relation_iri(store, target)
        d.evidence = sorted({q.object.value for q in store.quads(subject=ox.NamedNode(d.target), predicate=DERIVED)})
        if action == "change":
            if count is None and role is None:
                raise ReviewError("a change needs a new count or role", hint="pass --count N or --role R")
            d.count, d.role = count, role
    elif action == "merge":
        d.target = _entity(store, target, place)
        d.other = _entity(store, other or "", other_place)
        if d.other == d.target:
            raise ReviewError(f"{target} and {other} are already one entity")
    elif action == "rename":
        if not label:
            raise ReviewError("a rename needs the new label", hint="pass --label L")
        d.target, d.label = _entity(store, target, place), label
    elif action == "split":
        name = Path(document or "").name
        if name not in store.documents():
            raise ReviewError(f"no document {name} in the store", hint="pass --document NAME")
        d.target, d.document = _entity(store, target, place), name
        d.label = label or f"{target}（{name}）"
        d.other = d.target + "/split/" + segment(name)
    else:  # undo
        numbers = {x.number: x for x in decisions(store)}
        try:
            n = int(str(target).lstrip("#"))
        except ValueError:
            raise ReviewError(f"not a decision number: {target}", hint="`govgraph review log` lists them") from None
        if n not in numbers:
            raise ReviewError(f"no decision {n}", hint="`govgraph review log` lists them")
        d.target = numbers[n].iri.value
    return d


def add(store: Store, subject: str, predicate: str, object_: str, document: str, quote: str, why: str = "",
        who: str | None = None, subject_place: str | None = None, object_place: str | None = None,
        count: int | None = None, role: str | None = None) -> Decision:
    """Add a relation the extractor missed, with the quote of ``document`` that states it."""
    from graph.build import RELATION_CLASSES, relation_iri
    from graph.query import _relations
    pred = next(iter(_relations(predicate)))
    name = Path(document).name
    if name not in store.documents():
        raise ReviewError(f"no document {name} in the store", hint="pass --document with a stored file name")
    if not (quote or "").strip():
        raise ReviewError("an added relation needs the quote that states it", hint="pass --quote TEXT")
    s, o = _entity(store, subject, subject_place), _entity(store, object_, object_place)
    d = Decision(number=0, action="add", target="", who=_who(who), when=_now(), why=why or "", document=name,
                 quote=quote.strip(), predicate=pred, subject=s, object=o, count=count, role=role)
    d.target = relation_iri(ox.NamedNode(s), pred, ox.NamedNode(o), role, count, False, None).value
    assert pred in RELATION_CLASSES
    return record(store, [d])[0]


def record(store: Store, new: list[Decision]) -> list[Decision]:
    """Append decisions (numbered here) and apply them: one write of the decisions' graph."""
    items = decisions(store)
    start = max((d.number for d in items), default=0)
    for i, d in enumerate(new, 1):
        d.number = start + i
    items += new
    byiri = {d.iri.value: d for d in items}
    touched = set()
    for d in new:
        while d.action == "undo" and d.target in byiri:  # an undo changes what its decision changed
            d = byiri[d.target]
        touched |= _documents_of(store, d)
    _write(store, items)
    refresh(store, sorted(touched), items)
    return new


def undo(store: Store, number: int, why: str = "", who: str | None = None) -> Decision:
    """Undo decision ``number`` (itself recorded as a decision)."""
    return decide(store, "undo", str(number), why=why, who=who)


# -- listing -----------------------------------------------------------------------------------


def status(store: Store, items: list[Decision] | None = None) -> dict[int, str]:
    """Each decision's status: active, undone, or orphaned (its target is in no document)."""
    items = decisions(store) if items is None else items
    live = {d.number for d in active(items)}
    undone = _undone(items)
    docs = store.documents()
    out = {}
    for d in items:
        if d.action == "undo":
            out[d.number] = "undone" if d.iri.value in undone else "active"
            continue
        if d.number not in live:
            out[d.number] = "undone"
            continue
        if d.action in ("add", "split"):
            nodes = [d.subject, d.object] if d.action == "add" else [d.target]
            ok = d.document in docs and all(
                any(x.startswith(DOC_GRAPHS) for x in store.graphs_with(ox.NamedNode(n))) for n in nodes)
        else:
            nodes = [d.target] + ([d.other] if d.other else [])
            ok = all(any(x.startswith(DOC_GRAPHS) for x in store.graphs_with(ox.NamedNode(n))) for n in nodes)
        out[d.number] = "active" if ok else "orphaned"
    return out


def log(store: Store, orphaned: bool = False) -> list[dict]:
    """The decisions in order, as rows: number, action, status, target, who, when, why."""
    items = decisions(store)
    st = status(store, items)
    labels = _labels(store)
    rows = []
    for d in items:
        target = labels.get(d.target, short(d.target) if "/relation/" in d.target else d.target)
        if d.action == "undo":
            target = "#" + d.target.rsplit("/", 1)[-1]
        detail = {"merge": labels.get(d.other or "", d.other), "rename": d.label, "split": d.label,
                  "change": ", ".join(f"{k}={v}" for k, v in (("count", d.count), ("role", d.role)) if v is not None),
                  "add": f"{labels.get(d.subject, d.subject)} {d.predicate} {labels.get(d.object, d.object)}: "
                         f"{d.document}: {d.quote}" if d.action == "add" else None}.get(d.action)
        rows.append({"number": d.number, "action": d.action, "status": st[d.number], "target": target,
                     "detail": detail, "who": d.who, "when": d.when, "why": d.why})
    return [x for x in rows if x["status"] == "orphaned"] if orphaned else rows


def _labels(store: Store) -> dict[str, str]:
    """Entity IRI → its label as written by the machine, with its place for type-level ones."""
    from urllib.parse import unquote
    out = {}
    for name in store.documents():
        for q in store.quads(graph=document_graph(name), predicate=RDFS_LABEL):
            iri = q.subject.value
            if iri in out:
                continue
            parts = iri[len(ID):].split("/")
            out[iri] = (f"{q.object.value}@{unquote(parts[2])}" if parts[0] == "type" and len(parts) == 4
                        else q.object.value)
    return out


# -- the spreadsheet round trip ----------------------------------------------------------------


def export_csv(store: Store, path: str | os.PathLike | None = None, **filters) -> str:
    """One row per relation (``relations`` with the same filters) with empty decision columns:
    decision (accept, reject, change), new_count, new_role, why. Returns the CSV text."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for row in relations(store, **filters):
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    text = buf.getvalue()
    if path is not None:
        _write_atomic(Path(path), text)
    return text


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8")
    os.replace(tmp, path)


def import_csv(store: Store, path: str | os.PathLike, who: str | None = None) -> list[Decision]:
    """Take the decisions of a CSV written by ``export_csv`` (and edited); all or nothing:
    a bad row raises ``ReviewError`` naming it, and nothing of the file is applied."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not readable as UTF-8 CSV ({exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "decision"} - set(reader.fieldnames or ())
    if missing:
        raise ReviewError(f"{path}: no column {', '.join(sorted(missing))}",
                          hint="export one with `govgraph review export --csv FILE`")
    new = []
    for line, row in enumerate(reader, 2):
        action = (row.get("decision") or "").strip().lower()
        if not action:
            continue
        where = f"{path.name} row {line}"
        if action not in CSV_DECISIONS:
            raise ReviewError(f"{where}: unknown decision {action!r}", hint="write accept, reject or change")
        count = (row.get("new_count") or "").strip()
        if count and not count.isdigit():
            raise ReviewError(f"{where}: new_count {count!r} is not a whole number")
        try:
            new.append(_make(store, action, (row.get("id") or "").strip(), why=(row.get("why") or "").strip(),
                             who=who, count=int(count) if count else None,
                             role=(row.get("new_role") or "").strip() or None))
        except GovgraphError as exc:
            raise ReviewError(f"{where}: {exc}") from None
    return record(store, new) if new else []


# -- reviewed relations as gold ----------------------------------------------------------------


def gold(store: Store, document: str, output: str | os.PathLike | None = None) -> dict:
    """The reviewed graph of a document in the interchange shape (what ``score.py`` reads)."""
    from graph.export import _document
    name = Path(document).name
    if name not in store.documents():
        raise ReviewError(f"no document {name} in the store")
    graph = reviewed_graph(name) if reviewed_graph(name).value in store.graph_names() else document_graph(name)
    data = _document([(q.subject.value, q.predicate.value, q.object) for q in store.quads(graph=graph)])
    if output is not None:
        _write_atomic(Path(output), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return data


def as_dict(d: Decision) -> dict:
    return asdict(d)


def with_rejected(store: Store, G):
    """A copy of the projection ``G`` with the rejected relations added back (``review="rejected"``),
    where both their entities are in ``G``: what the page draws, greyed and hidden at first."""
    H = G.copy()
    for u, v, k, d, a, b in rejected_edges(store):
        if u in H and v in H:
            H.add_edge(u, v, key=k, **d)
    return H
