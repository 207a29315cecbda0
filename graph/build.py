"""Stage 3, build: extractions (interchange JSON) into RDF in the store, one named graph per document.

IRI scheme (all under ``https://w3id.org/govgraph/id/``; labels kept as written,
ASCII specials percent-encoded, see ``graph.store.segment``):

========================  ============================================================
type-level entity         ``type/<Class>/<place>/<label>``  (merges across documents)
instance entity           ``instance/<label>``              (places, mechanisms, named bodies)
relation node             ``relation/<20 hex>`` — hash of subject, predicate, object, role,
                          count, approx, place: the same statement in two reports is one
                          node with evidence from both
evidence                  ``evidence/<document>/<start>-<end>`` (``/q<hash>`` without offsets)
  its selectors           ``…/position`` and ``…/quote``
quantity                  ``quantity/<document>/<16 hex>``
document                  ``doc/<name>-<sha256[:16]>``; its graph ``graph/doc/<name>``;
                          its title, date, source … in Dublin Core (``graph.metadata``)
========================  ============================================================

No blank nodes: every node is an IRI, so the same quads can go to a remote endpoint.
Each document's graph repeats the description of the entities and relation nodes it
uses, so removing a document leaves the others complete.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from graph.errors import InputError, StoreError
from graph.metadata import triples as metadata_triples
from graph.store import (GG, ID, ONTOLOGY_GRAPH, RDF_TYPE, IDENTIFIER, REVIEW_GRAPH, Store, document_node,
                         reviewed_graph, segment)

RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"
GGK = "https://w3id.org/govgraph/kind/"

ENTITY_TYPES = ("PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
                "PropertyCompany", "Institution", "SocialOrganisation", "Facility", "Role",
                "Mechanism", "Policy", "Place")
#: predicate local name → relation node class (ontology/govgraph.ttl, gg:relationClass)
RELATION_CLASSES = {"concurrentPost": "ConcurrentPost", "coBuilds": "CoBuilding", "supports": "Support",
                    "subOrganisationOf": "SubOrganisation", "leads": "Leadership",
                    "participatesIn": "Participation", "implements": "Implementation",
                    "locatedIn": "Location"}
CONTEXT = 16  # characters of prefix/suffix kept in a TextQuoteSelector
FLUSH_EVERY = 250_000  # triples written between flushes of the store (~250 MB of memtables)


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@functools.lru_cache(maxsize=None)
def gg(name: str) -> ox.NamedNode:
    """A term of the govgraph ontology as a pyoxigraph node."""
    return ox.NamedNode(GG + name)


@functools.lru_cache(maxsize=None)
def oa(name: str) -> ox.NamedNode:
    """A term of the Web Annotation vocabulary as a pyoxigraph node."""
    return ox.NamedNode(OA + name)


A = RDF_TYPE
LABEL = _n(RDFS + "label")
ALT = _n(SKOS + "altLabel")
CLASSIFICATION = _n(ORG + "classification")
DERIVED = _n(PROV + "wasDerivedFrom")
INT = _n(XSD + "integer")
NNINT = _n(XSD + "nonNegativeInteger")
BOOL = _n(XSD + "boolean")
DECIMAL = _n(XSD + "decimal")


def _hash(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def entity_iri(label: str, type_: str | None = None, place: str | None = None,
               level: str = "instance") -> ox.NamedNode:
    """The IRI of an entity: type-level from class + place + label, instance from label.

    >>> entity_iri("业委会", "OwnersCommittee", "临江市", "type").value
    'https://w3id.org/govgraph/id/type/OwnersCommittee/临江市/业委会'
    >>> entity_iri("桃源社区党支部").value
    'https://w3id.org/govgraph/id/instance/桃源社区党支部'
    """
    if level == "type":
        where = segment(place) + "/" if place else ""
        return _n(f"{ID}type/{type_ or 'Entity'}/{where}{segment(label)}")
    return _n(f"{ID}instance/{segment(label)}")


def relation_iri(subject: ox.NamedNode, predicate: str, object_: ox.NamedNode, role=None, count=None,
                 approx=False, place=None) -> ox.NamedNode:
    """The IRI of a relation node: a hash of everything it states (not of its evidence)."""
    return _n(ID + "relation/" + _hash(subject.value, predicate, object_.value, role, count,
                                       bool(approx), place)[:20])


def _literal(text) -> ox.Literal:
    return ox.Literal(str(text))


def _int(v) -> ox.Literal:
    return ox.Literal(str(int(v)), datatype=NNINT if int(v) >= 0 else INT)


def _bool(v) -> ox.Literal:
    return ox.Literal("true" if v else "false", datatype=BOOL)


def _vocab():
    try:
        from graph.vocab import load
    except ImportError:
        return None
    try:
        return load()
    except Exception:  # a broken vocabulary is reported by graph.vocab itself; building goes on
        return None


_DECLARED: set[str] | None = None


def _declared(term: str) -> bool:
    """Whether the ontology declares gg:<term> (optional terms are written only then)."""
    global _DECLARED
    if _DECLARED is None:
        try:
            from graph.vocab import declared_terms
            _DECLARED = set(declared_terms())
        except Exception:  # no readable ontology: write only the core terms
            _DECLARED = set()
    return term in _DECLARED


def _canonical(vocab, label: str, type_: str | None = None) -> tuple[str, str | None]:
    """The canonical label of a type-level name and its kind's IRI (alias-aware),
    when the vocabulary knows it as a kind of ``type_``."""
    if vocab is None:
        return label, None
    kind = vocab.lookup(label)
    if kind is None or (type_ is not None and kind.type != type_):
        # a name the vocabulary does not list (居委会主任): classified by its class's generic head kind
        head = next((k for k in sorted(vocab.kinds.values(), key=lambda k: k.name)
                     if type_ is not None and k.type == type_ and k.generic and not k.broader), None)
        return label, (str(head.iri) if head is not None else None)
    return kind.label or label, str(kind.iri)


class _Doc:
    """Collects the triples of one document's graph."""

    def __init__(self, name: str, sha: str, text: str | None, vocab):
        self.name, self.sha, self.text, self.vocab = name, sha, text, vocab
        self.doc = document_node(name, sha)
        self.triples: dict[tuple, None] = {}  # ordered set
        self.entities: dict[tuple, ox.NamedNode] = {}
        self.by_label: dict[str, list[tuple]] = {}
        self.skipped: list[str] = []

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    # entities --------------------------------------------------------------------------

    def place(self, label: str | None) -> ox.NamedNode | None:
        if not label:
            return None
        key = (label, None)
        if key not in self.entities:
            self.entity({"label": label, "type": "Place", "level": "instance", "place": None})
        return self.entities[key]

    def entity(self, e: dict) -> ox.NamedNode:
        label, type_ = str(e["label"]).strip(), e.get("type") or "Entity"
        if type_ not in ENTITY_TYPES:
            raise InputError(f"{self.name}: entity {label} has unknown type {type_}",
                             hint="types: " + ", ".join(ENTITY_TYPES))
        level = "type" if e.get("level") == "type" else "instance"
        place = (e.get("place") or None) if level == "type" else None
        kind = None
        original = label
        if level == "type":
            label, kind = _canonical(self.vocab, label, type_)
        iri = entity_iri(label, type_, place, level)
        for key in {(original, place), (label, place)}:
            self.entities.setdefault(key, iri)
            self.by_label.setdefault(key[0], []).append(key)
        self.add(iri, A, gg(type_))
        self.add(iri, A, gg("Entity"))
        self.add(iri, LABEL, _literal(label))
        for alias in sorted({*(e.get("aliases") or ()), original} - {label}):
            self.add(iri, ALT, _literal(alias))
        if type_ == "Place" and self.vocab is not None:
            level_name = next((lv for sfx, lv in self.vocab.place_suffixes.items() if label.endswith(sfx)), None)
            if level_name:
                self.add(iri, gg("placeLevel"), gg(level_name))
        if level == "type":
            self.add(iri, A, gg("TypeLevel"))
            if kind:
                self.add(iri, CLASSIFICATION, _n(kind))
            if place:
                self.add(iri, gg("place"), self.place(place))
        return iri

    def endpoint(self, label: str, place: str | None) -> ox.NamedNode | None:
        label = str(label).strip()
        found = self.entities.get((label, place or None))
        if found is None and place is None and len(self.by_label.get(label, ())) == 1:
            found = self.entities[self.by_label[label][0]]
        if found is None and place:
            # a type-level endpoint the extractor did not list: typed by its kind when known
            canon, _ = _canonical(self.vocab, label)
            found = self.entities.get((canon, place))
            if found is None and self.vocab is not None:
                kind = self.vocab.lookup(label)
                type_ = getattr(kind, "type", None)
                if type_ in ENTITY_TYPES:
                    found = self.entity({"label": label, "type": type_, "level": "type", "place": place})
        return found

    # evidence --------------------------------------------------------------------------

    def evidence(self, item: dict) -> ox.NamedNode | None:
        quote = item.get("evidence")
        if not quote:
            return None
        start, end = item.get("start"), item.get("end")
        doc = segment(self.name)
        if isinstance(start, int) and isinstance(end, int):
            ev = _n(f"{ID}evidence/{doc}/{start}-{end}")
        else:
            start = end = None
            ev = _n(f"{ID}evidence/{doc}/q{_hash(quote)[:16]}")
        self.add(ev, A, gg("Evidence"))
        self.add(ev, A, oa("SpecificResource"))
        self.add(ev, oa("hasSource"), self.doc)
        if start is not None:
            pos = _n(ev.value + "/position")
            self.add(ev, oa("hasSelector"), pos)
            self.add(pos, A, oa("TextPositionSelector"))
            self.add(pos, oa("start"), _int(start))
            self.add(pos, oa("end"), _int(end))
        sel = _n(ev.value + "/quote")
        self.add(ev, oa("hasSelector"), sel)
        self.add(sel, A, oa("TextQuoteSelector"))
        self.add(sel, oa("exact"), _literal(quote))
        if self.text is not None and start is not None and self.text[start:end] == quote:
            self.add(sel, oa("prefix"), _literal(self.text[max(0, start - CONTEXT):start]))
            self.add(sel, oa("suffix"), _literal(self.text[end:end + CONTEXT]))
        else:  # an exported extraction carries them
            for key in ("prefix", "suffix"):
                if isinstance(item.get(key), str):
                    self.add(sel, oa(key), _literal(item[key]))
        if isinstance(item.get("sentence"), int) and _declared("sentence"):
            self.add(ev, gg("sentence"), _int(item["sentence"]))
        return ev

    # relations and figures -------------------------------------------------------------

    def relation(self, r: dict) -> bool:
        pred = r.get("predicate")
        if pred not in RELATION_CLASSES:
            raise InputError(f"{self.name}: unknown predicate {pred!r}",
                             hint="predicates: " + ", ".join(RELATION_CLASSES))
        s = self.endpoint(r.get("subject", ""), r.get("subject_place"))
        o = self.endpoint(r.get("object", ""), r.get("object_place"))
        if s is None or o is None:
            missing = r.get("subject") if s is None else r.get("object")
            self.skipped.append(f"{r.get('subject')} {pred} {r.get('object')}: no entity {missing}")
            return False
        count = r.get("count")
        count = int(count) if isinstance(count, (int, float)) and not isinstance(count, bool) else None
        role = (r.get("role") or None)
        place = r.get("place") or None
        approx = bool(r.get("approx"))
        rel = relation_iri(s, pred, o, role, count, approx, place)
        self.add(s, gg(pred), o)  # the shortcut triple
        self.add(rel, A, gg("Relation"))
        self.add(rel, A, gg(RELATION_CLASSES[pred]))
        self.add(rel, gg("subject"), s)
        self.add(rel, gg("predicate"), gg(pred))
        self.add(rel, gg("object"), o)
        if count is not None:
            self.add(rel, gg("count"), _int(count))
        self.add(rel, gg("approximate"), _bool(approx))
        if role:
            self.add(rel, gg("role"), self._role(role, place or r.get("object_place") or r.get("subject_place")))
        if place:
            self.add(rel, gg("place"), self.place(place))
        ev = self.evidence(r)
        if ev is not None:
            self.add(rel, DERIVED, ev)
        return True

    def _role(self, role: str, place: str | None):
        iri = self.entities.get((role, place)) or self.entities.get((role, None))
        if iri is not None and (iri, A, gg("Role")) in self.triples:
            return iri
        return _literal(role)

    def quantity(self, q: dict) -> None:
        value = q.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(f"{self.name}: quantity {q.get('subject')!r} has no numeric value")
        iri = _n(f"{ID}quantity/{segment(self.name)}/" +
                 _hash(q.get("place"), q.get("subject"), value, q.get("unit"), q.get("start"),
                       q.get("evidence"))[:16])
        self.add(iri, A, gg("Quantity"))
        if q.get("place"):
            self.add(iri, gg("place"), self.place(q["place"]))
        subject = q.get("subject")
        if subject:
            known = self.entities.get((subject, q.get("place"))) or self.entities.get((subject, None))
            self.add(iri, gg("subject"), known if known is not None else _literal(subject))
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
        self.add(iri, gg("value"), ox.Literal(text, datatype=DECIMAL))
        if q.get("unit"):
            self.add(iri, gg("unit"), _literal(q["unit"]))
        self.add(iri, gg("approximate"), _bool(q.get("approx")))
        ev = self.evidence(q)
        if ev is not None:
            self.add(iri, DERIVED, ev)


def extraction_triples(extraction: dict, text: str | None = None, vocab=None,
                       skipped: list | None = None) -> list[ox.Triple]:
    """The triples of one document's graph from its interchange JSON (without the Document node).

    ``text`` (the repaired text the offsets point into) adds prefix/suffix to quote
    selectors. Relations whose endpoints are not among the entities are left out and
    described in ``skipped``.

    Examples
    --------
    >>> ex = {"document": "d.txt", "sha256": "ab", "entities": [
    ...   {"label": "业委会", "type": "OwnersCommittee", "level": "type", "place": "某市"},
    ...   {"label": "社区党组织", "type": "PartyOrganisation", "level": "type", "place": "某市"}],
    ...  "relations": [{"subject": "社区党组织", "subject_place": "某市", "predicate": "leads",
    ...   "object": "业委会", "object_place": "某市", "evidence": "社区党组织领导业委会"}],
    ...  "quantities": []}
    >>> ts = extraction_triples(ex)
    >>> sum(t.predicate == gg("leads") for t in ts)
    1
    """
    return [ox.Triple(*t) for t in _document(extraction, text, vocab, skipped)]


def _document(extraction: dict, text: str | None = None, vocab=None,
              skipped: list | None = None) -> list[tuple]:
    """``extraction_triples`` as (subject, predicate, object) tuples, what the store takes."""
    name = extraction.get("document")
    if not name:
        raise InputError("an extraction without a document name")
    d = _Doc(name, extraction.get("sha256") or "", text, vocab)
    try:
        for t in metadata_triples(d.doc, extraction.get("metadata")):
            d.add(*t)
        for e in extraction.get("entities") or ():
            d.entity(e)
        for r in extraction.get("relations") or ():
            d.relation(r)
        for q in extraction.get("quantities") or ():
            d.quantity(q)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"{name}: malformed extraction ({type(exc).__name__}: {exc})") from None
    if skipped is not None:
        skipped.extend(d.skipped)
    return list(d.triples)


# -- the build ------------------------------------------------------------------------------


@dataclass
class BuildSummary:
    """What a build did, and what the store holds afterwards."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped_relations: list[str] = field(default_factory=list)
    documents: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    quantities: int = 0
    orphaned: list[int] = field(default_factory=list)  # review decisions whose target is gone

    def rows(self) -> list[dict]:
        """The summary as rows (what, name, count) for ``graph.output.render``."""
        out = [{"what": "documents", "name": k, "count": len(v)}
               for k, v in (("added", self.added), ("replaced", self.replaced),
                            ("unchanged", self.unchanged), ("failed", self.failed))]
        out.append({"what": "documents", "name": "in store", "count": self.documents})
        out += [{"what": "entities", "name": k, "count": v} for k, v in self.entities.items()]
        out += [{"what": "relations", "name": k, "count": v} for k, v in self.relations.items()]
        out.append({"what": "quantities", "name": "", "count": self.quantities})
        if self.orphaned:
            out.append({"what": "review decisions", "name": "orphaned (govgraph review log --orphaned)",
                        "count": len(self.orphaned)})
        if self.skipped_relations:
            out.append({"what": "relations", "name": "skipped (endpoint not an entity)",
                        "count": len(self.skipped_relations)})
        return out


def ontology_files() -> list[Path]:
    """The ontology's Turtle files (graph.vocab's folder), sorted."""
    from graph.vocab import ontology_dir
    return sorted(Path(ontology_dir()).glob("*.ttl"))


def load_ontology(store: Store) -> bool:
    """(Re)load ontology/*.ttl into its own named graph when they changed; True if loaded."""
    files = ontology_files()
    digest = hashlib.sha256(b"".join(f.name.encode() + f.read_bytes() for f in files)).hexdigest()
    if store.graph_sha(ONTOLOGY_GRAPH) == digest:
        return False
    triples = [ox.Triple(ONTOLOGY_GRAPH, IDENTIFIER, ox.Literal("sha256:" + digest))]
    for f in files:
        try:
            triples.extend(q.triple for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE,
                                                       without_named_graphs=True))
        except (SyntaxError, ValueError, OSError) as exc:
            from graph.errors import VocabularyError
            raise VocabularyError(f"{f.name} does not parse: {exc}") from None
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        # skolemise so a remote endpoint never sees blank nodes; numbered in parse order (the
        # parser's own labels are random) so that two loads give the same graph
        names: dict = {}
        triples = [ox.Triple(_skolem(t.subject, digest, names), t.predicate, _skolem(t.object, digest, names))
                   for t in triples]
    store.replace_graph(ONTOLOGY_GRAPH, triples)
    return True


def _skolem(term, digest, names: dict):
    if isinstance(term, ox.BlankNode):
        number = names.setdefault(term.value, len(names))
        return _n(f"{ID}ontology/.well-known/genid/{digest[:8]}-{number}")
    return term


def read_extractions(path: Path) -> list[dict]:
    """Interchange JSON from a file: one extraction, a list, or ``{"documents": [...]}``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not readable as JSON ({exc})") from None
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict) or "document" not in item:
            raise InputError(f"{path}: not interchange JSON (no \"document\")")
        if not item.get("sha256"):
            item["sha256"] = hashlib.sha256(
                json.dumps(item, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return items


Source = tuple[str, str, Callable[[], tuple[dict, str | None]]]  # name, sha, load()


def sources(paths: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """Documents to build: report files (folders are searched for reports only; extracted on
    demand) and interchange JSON files named explicitly."""
    texts, jsons = [], []
    for p in paths:
        p = Path(p)
        if p.is_file() and p.suffix.lower() == ".json":
            jsons.append(p)
        else:
            texts.append(p)
    for j in jsons:
        try:
            for item in read_extractions(j):
                yield item["document"], item["sha256"], functools.partial(_given, item)
        except InputError as exc:
            yield exc
    if texts:
        from graph.read import read_paths
        for doc in read_paths([str(t) for t in texts]):
            if isinstance(doc, Exception):
                yield doc
                continue
            yield doc.name, doc.sha256, functools.partial(_load_doc, doc)


# module-level loaders (not lambdas), so that ``build(jobs=N)`` can send them to worker processes
def _given(item: dict) -> tuple[dict, None]:
    return item, None


def _load_doc(doc) -> tuple[dict, str]:
    return _extract(doc), doc.text


def _outcome(load) -> tuple:
    """Run a source's ``load()`` in a worker process: its result, or its failure as plain values."""
    try:
        return "ok", load()
    except InputError as exc:
        return "input", str(exc)
    except Exception as exc:  # reported as the serial build reports it
        return "crash", type(exc).__name__, str(exc)


def _replay(outcome: tuple) -> Callable[[], tuple]:
    """A ``load()`` that gives back what ``_outcome`` found in a worker (or raises it again)."""
    def load():
        if outcome[0] == "ok":
            return outcome[1]
        if outcome[0] == "input":
            raise InputError(outcome[1])
        raise type(outcome[1], (Exception,), {})(outcome[2])
    return load


def _warm() -> None:
    """Worker start-up: import the extractor and load the vocabulary once per process."""
    _vocab()
    import graph.extract  # noqa: F401


def _parallel(loads: list, jobs: int) -> Iterator[tuple]:
    """The outcomes of ``loads`` run in ``jobs`` worker processes, in input order."""
    import collections
    import itertools
    import multiprocessing
    import os
    import sys

    main = getattr(sys.modules.get("__main__"), "__file__", None)
    if main is not None and not os.path.exists(main):  # e.g. code piped to python: workers cannot start
        yield from map(_outcome, loads)
        return
    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding an open store
    with ctx.Pool(min(jobs, len(loads)), initializer=_warm) as pool:
        # a bounded window of documents in flight: workers that extract faster than this
        # process writes must not pile up every result in memory (pool.imap would)
        todo, pending = iter(loads), collections.deque()
        for load in itertools.islice(todo, 4 * jobs):
            pending.append(pool.apply_async(_outcome, (load,)))
        while pending:
            outcome = pending.popleft().get()
            for load in itertools.islice(todo, 1):
                pending.append(pool.apply_async(_outcome, (load,)))
            yield outcome


def _extract(doc) -> dict:
    from graph.extract import extract
    data = extract(doc).to_json()
    data.setdefault("document", doc.name)
    data["sha256"] = doc.sha256
    data["metadata"] = doc.meta
    return data


def build(paths: Iterable[str | Path], store: Store, force: bool = False,
          progress: Callable[[Iterable], Iterable] | None = None, jobs: int = 1) -> BuildSummary:
    """Read, extract and write each document into the store; unchanged ones are skipped.

    Parameters
    ----------
    paths : files or folders (reports, or interchange JSON)
    store : an open, writable Store
    force : rebuild documents whose content hash is unchanged
    progress : wraps the list of sources (e.g. a progress bar)
    jobs : worker processes that extract documents in parallel (reading stays here); the store is
        still written by this process, in input order, so the result is that of jobs=1
    """
    summary = BuildSummary()
    load_ontology(store)
    vocab = _vocab()
    known = store.documents()
    items = list(sources(paths))
    initial = dict(known)
    stale = [item[2] for item in items if not isinstance(item, InputError)
             and (force or initial.get(item[0]) != item[1])]
    outcomes = _parallel(stale, jobs) if jobs > 1 and len(stale) > 1 else None
    from graph import review
    decisions = review.decisions(store) if REVIEW_GRAPH.value in store.graph_names() else []
    unflushed = 0
    for item in (progress(items) if progress else items):
        if isinstance(item, InputError):
            summary.failed.append((str(getattr(item, "path", "") or ""), str(item)))
            continue
        name, sha, load = item
        if outcomes is not None and (force or initial.get(name) != sha):
            load = _replay(next(outcomes))  # consumed in the order ``stale`` was made
        if not force and known.get(name) == sha:
            summary.unchanged.append(name)
            continue
        try:
            extraction, text = load()
            triples = _document(extraction, text, vocab, summary.skipped_relations)
        except InputError as exc:
            summary.failed.append((name, str(exc)))
            continue
        except (KeyboardInterrupt, StoreError):
            raise
        except Exception as exc:  # an extractor bug on one report must not stop the others
            summary.failed.append((name, f"{name}: extraction failed ({type(exc).__name__}: {exc})"))
            continue
        store.replace_document(name, sha, triples)
        if decisions:  # the analysts' decisions hold for the new version too
            review.refresh(store, [name], decisions)
        (summary.replaced if name in known else summary.added).append(name)
        known[name] = sha
        unflushed += len(triples)
        if unflushed >= FLUSH_EVERY:  # RocksDB keeps unflushed writes in memory: flat memory in N
            store.flush()
            unflushed = 0
    if outcomes is not None:
        outcomes.close()  # stops the worker processes
    if decisions:
        summary.orphaned = sorted(n for n, st in review.status(store, decisions).items() if st == "orphaned")
    return _counts(store, summary)


def remove(store: Store, name: str) -> None:
    """Remove a document (by file name, or a path to it) from the store."""
    name = Path(name).name
    store.remove_graph(reviewed_graph(name)) if reviewed_graph(name).value in store.graph_names() else None
    if not store.remove_document(name):
        docs = list(store.documents())
        raise InputError(f"no document {name} in the store",
                         hint=("documents: " + ", ".join(docs[:10]) + (" …" if len(docs) > 10 else ""))
                         if docs else "the store is empty")


def remove_many(store: Store, names) -> tuple[list[str], InputError | None]:
    """Remove every known document of ``names``: (the removed names, an InputError naming the
    unknown ones, or None). One unknown name does not keep the others in the store."""
    removed, unknown = [], []
    for name in names:
        name = Path(name).name
        try:
            remove(store, name)  # the document and its reviewed graph
            removed.append(name)
        except InputError:
            unknown.append(name)
    if not unknown:
        return removed, None
    docs = list(store.documents())
    return removed, InputError(f"no document {', '.join(unknown)} in the store" + (
        f" (removed {len(removed)} other{'s' if len(removed) != 1 else ''})" if removed else ""),
        hint=("documents: " + ", ".join(docs[:10]) + (" …" if len(docs) > 10 else "")) if docs
        else "the store is empty")


def _counts(store: Store, summary: BuildSummary) -> BuildSummary:
    summary.documents = len(store.documents())
    rows = store.query("SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gg:Entity, ?c . "
                       "FILTER(?c NOT IN (gg:Entity, gg:TypeLevel)) } GROUP BY ?c")
    summary.entities = dict(sorted(((r["c"].rsplit("#", 1)[-1], r["n"]) for r in rows),
                                   key=lambda kv: (-kv[1], kv[0])))
    rows = store.query("SELECT ?p (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a gg:Relation ; gg:predicate ?p } "
                       "GROUP BY ?p")
    summary.relations = dict(sorted(((r["p"].rsplit("#", 1)[-1], r["n"]) for r in rows),
                                    key=lambda kv: (-kv[1], kv[0])))
    rows = store.query("SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a gg:Quantity }")
    summary.quantities = rows[0]["n"] if rows else 0
    return summary


def summary(store: Store) -> BuildSummary:
    """What the store holds (documents, entities by type, relations by predicate, figures)."""
    return _counts(store, BuildSummary())
