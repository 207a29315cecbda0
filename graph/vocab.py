"""Vocabulary: load the ontology/ Turtle once (classes, predicates, kinds, lexicon), check it, expose namespaces.

The Turtle files in ``ontology/`` are the one source of the graph's terms and of the
extractor's word lists; this module holds no list of kinds or words. ``load()`` reads the
folder once per process (and caches the parsed result on disk, keyed by the files' content),
checks it, and returns a :class:`Vocabulary`.

Examples
--------
>>> v = load()
>>> v.lookup("业主委员会").zh
'业委会'
>>> v.lookup("社区两委").zh == v.lookup("社区“两委”").zh == v.lookup('社区"两委"').zh
True
>>> v.lookup("物业").type, v.is_hidden("物业")
('PropertyCompany', True)
>>> v.predicates["coBuilds"].symmetric
True
>>> v.place_suffixes["街道"]
'street'
"""
from __future__ import annotations

import hashlib
import importlib.resources
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib import namespace as _rdfns
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graph.errors import VocabularyError


def _default_ontology() -> Path:
    """The project's ontology/ in a source checkout (the files users edit), else the copy the
    wheel carries inside the package (graph/ontology, package data built from that folder)."""
    source = Path(__file__).resolve().parent.parent / "ontology"
    if (source / "govgraph.ttl").is_file():
        return source
    return Path(str(importlib.resources.files("graph") / "ontology"))


#: The ontology folder; the environment variable GOVGRAPH_ONTOLOGY overrides it.
ONTOLOGY = _default_ontology()
ENV_VAR = "GOVGRAPH_ONTOLOGY"

#: Data IRIs (documents, entities, relations, evidence) live under this namespace.
ID = Namespace("https://w3id.org/govgraph/id/")
#: Cue lists of lexicon.ttl (data, not ontology terms: adding a list is a .ttl edit).
GGL = Namespace("https://w3id.org/govgraph/lexicon#")

#: Cue lists the extractor cannot work without.
REQUIRED_CUES = ("mechanism_heads", "units", "approx_markers")
_CACHE_VERSION = "6"
_CACHE_KEEP = 8


class GG(_rdfns.DefinedNamespace):
    """The govgraph ontology terms (ontology/govgraph.ttl); a misspelt term raises."""

    _fail = True
    _NS = Namespace("https://w3id.org/govgraph/ontology#")

    # entity classes
    Entity: URIRef
    PartyOrganisation: URIRef
    GovernmentBody: URIRef
    CommunityCommittee: URIRef
    OwnersCommittee: URIRef
    PropertyCompany: URIRef
    Institution: URIRef
    SocialOrganisation: URIRef
    Facility: URIRef
    Role: URIRef
    Mechanism: URIRef
    Policy: URIRef
    Place: URIRef
    TypeLevel: URIRef
    # documents and evidence
    Document: URIRef
    Article: URIRef
    Evidence: URIRef
    fileName: URIRef
    # relation nodes and their qualifiers
    Relation: URIRef
    ConcurrentPost: URIRef
    CoBuilding: URIRef
    Support: URIRef
    SubOrganisation: URIRef
    Leadership: URIRef
    Participation: URIRef
    Implementation: URIRef
    Location: URIRef
    subject: URIRef
    object: URIRef
    predicate: URIRef
    count: URIRef
    approximate: URIRef
    role: URIRef
    place: URIRef
    date: URIRef
    sentence: URIRef
    # relation predicates (shortcut triples)
    RelationPredicate: URIRef
    relationClass: URIRef
    concurrentPost: URIRef
    coBuilds: URIRef
    supports: URIRef
    subOrganisationOf: URIRef
    leads: URIRef
    participatesIn: URIRef
    implements: URIRef
    locatedIn: URIRef
    # quantities
    Quantity: URIRef
    value: URIRef
    unit: URIRef
    # place levels
    PlaceLevel: URIRef
    placeLevel: URIRef
    rank: URIRef
    suffix: URIRef
    province: URIRef
    city: URIRef
    district: URIRef
    street: URIRef
    community: URIRef
    compound: URIRef
    grid: URIRef
    building: URIRef
    # kinds scheme and lexicon
    entityClass: URIRef
    generic: URIRef
    CueList: URIRef
    cue: URIRef


class GGK(_rdfns.DefinedNamespace):
    """The kinds scheme (ontology/kinds.ttl). Only the scheme itself is a Python term:
    the kinds are data, reached through ``load().kinds``, so that adding one is a .ttl edit."""

    _fail = True
    _NS = Namespace("https://w3id.org/govgraph/kind/")

    scheme: URIRef


class OA(_rdfns.DefinedNamespace):
    """The W3C Web Annotation terms the evidence pattern uses."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


@dataclass(frozen=True)
class EntityClass:
    """An entity class of the ontology (PartyOrganisation, Place …)."""

    name: str
    iri: URIRef
    zh: str
    en: str
    comment: str = ""


@dataclass(frozen=True)
class Predicate:
    """A relation predicate; the constructions that state it in text are in
    ontology/constructions/<predicate>.yaml (graph.extract.constructions).
    """

    name: str
    iri: URIRef
    zh: str
    en: str
    symmetric: bool
    relation_class: URIRef | None = None
    comment: str = ""


@dataclass(frozen=True)
class Kind:
    """A kind of body, role, facility or place: one concept of the kinds scheme.

    ``type`` is the name of the entity class it classifies; ``level`` the place level
    (``"compound"`` …) for kinds of place, else None; ``broader`` names wider kinds;
    ``generic`` marks a kind that only heads a hierarchy (党组织): no entity of its bare label.
    """

    name: str
    iri: URIRef
    type: str
    zh: str
    en: str
    alt: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    level: str | None = None
    generic: bool = False

    @property
    def label(self) -> str:
        """The canonical label (the zh prefLabel)."""
        return self.zh


@dataclass(frozen=True)
class Level:
    """A level of the place hierarchy (1 = province) and the name endings that mark it."""

    name: str
    iri: URIRef
    zh: str
    en: str
    rank: int
    suffixes: tuple[str, ...]


_QUOTES = re.compile(r"[\"'“”‘’「」『』〝〞＂＇]")
_PARENS = str.maketrans({"(": "（", ")": "）"})
_SPACE = re.compile(r"\s+")


def normalise(surface: str) -> str:
    """The key a surface form is looked up by: NFC, no quotes or spaces, full-width brackets.

    >>> normalise('社区"两委"') == normalise("社区“两委”") == "社区两委"
    True
    >>> normalise("网格(小区)党支部")
    '网格（小区）党支部'
    """
    text = unicodedata.normalize("NFC", surface)
    return _SPACE.sub("", _QUOTES.sub("", text)).translate(_PARENS)


def _variants(label: str) -> set[str]:
    """Forms a label may take in text: as declared, unquoted, ASCII-quoted, ASCII brackets."""
    label = unicodedata.normalize("NFC", label)
    forms = {label, _QUOTES.sub("", label)}
    forms.add(re.sub(r"[“”]", '"', label))
    forms |= {f.translate({ord("（"): "(", ord("）"): ")"}) for f in list(forms)}
    return forms


@dataclass
class Vocabulary:
    """The loaded, checked vocabulary. Build it with :func:`load`."""

    folder: Path
    classes: dict[str, EntityClass]
    predicates: dict[str, Predicate]
    kinds: dict[str, Kind]
    levels: dict[str, Level]
    cues: dict[str, tuple[str, ...]]
    terms: frozenset[str] = frozenset()
    _index: dict[str, Kind] = field(repr=False, default_factory=dict)
    _hidden: frozenset[str] = field(repr=False, default=frozenset())
    _surfaces: dict[str, Kind] = field(repr=False, default_factory=dict)

    # -- the lexicon the extractor reads ---------------------------------------------
    @property
    def mechanism_heads(self) -> tuple[str, ...]:
        """Head nouns that end a mechanism's name, longest first."""
        return self.cues["mechanism_heads"]

    @property
    def units(self) -> tuple[str, ...]:
        """Measure words, longest first."""
        return self.cues["units"]

    @property
    def approx_markers(self) -> tuple[str, ...]:
        """Words that make a figure approximate, longest first."""
        return self.cues["approx_markers"]

    @cached_property
    def place_suffixes(self) -> dict[str, str]:
        """Every place-name ending → its level name, longest ending first.

        >>> list(load().place_suffixes)[0], load().place_suffixes["小区"]
        ('易地扶贫搬迁安置区', 'compound')
        """
        pairs = [(s, lv.name) for lv in self.levels.values() for s in lv.suffixes]
        return dict(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))

    def lookup(self, surface: str) -> Kind | None:
        """The kind a surface form names (prefLabel, altLabel or hiddenLabel), or None.

        >>> load().lookup("物业公司").name
        'PropertyCompany'
        >>> load().lookup("不是一种机构") is None
        True
        """
        return self._index.get(normalise(surface))

    def surface_forms(self) -> dict[str, Kind]:
        """Every zh surface form as it may be written in text → its kind (hidden ones included).

        Each label is given as declared and unquoted, with ASCII quotes and ASCII brackets.
        """
        return dict(self._surfaces)

    def is_hidden(self, surface: str) -> bool:
        """True when the surface form is only a hiddenLabel (ambiguous on its own: 物业)."""
        return normalise(surface) in self._hidden

    def is_generic(self, surface: str) -> bool:
        """True when the surface form names a generic kind (党组织): not an entity on its own.

        >>> load().is_generic("党组织"), load().is_generic("社区党组织")
        (True, False)
        """
        kind = self.lookup(surface)
        return kind is not None and kind.generic

    def kinds_of(self, type_: str) -> list[Kind]:
        """The kinds that classify entities of one class, ordered by concept name.

        >>> [k.zh for k in load().kinds_of("OwnersCommittee")][:2]
        ['小区议事会', '业主大会']
        """
        if type_ not in self.classes:
            raise VocabularyError(f"no entity class {type_!r}",
                                  hint="one of " + ", ".join(sorted(self.classes)))
        return sorted((k for k in self.kinds.values() if k.type == type_), key=lambda k: k.name)

    def ancestors(self, name: str) -> tuple[str, ...]:
        """All wider kinds of a kind (transitive skos:broader), nearest first.

        >>> load().ancestors("CommunityGrandPartyCommittee")[:2]
        ('CommunityPartyCommittee', 'CommunityPartyOrganisation')
        """
        out: list[str] = []
        queue = list(self.kinds[name].broader)
        while queue:
            n = queue.pop(0)
            if n not in out:
                out.append(n)
                queue.extend(self.kinds[n].broader)
        return tuple(out)

    def narrower(self, name: str) -> tuple[str, ...]:
        """The kinds directly under a kind."""
        return tuple(sorted(k.name for k in self.kinds.values() if name in k.broader))


# -- loading --------------------------------------------------------------------------

_LOADED: dict[Path, Vocabulary] = {}


def ontology_dir() -> Path:
    """The ontology folder in use: $GOVGRAPH_ONTOLOGY, else :data:`ONTOLOGY`."""
    return Path(os.environ.get(ENV_VAR) or ONTOLOGY)


def load(folder: str | os.PathLike | None = None, *, reload: bool = False,
         cache: bool = True) -> Vocabulary:
    """Read, check and return the vocabulary of an ontology folder (default: :func:`ontology_dir`).

    Parsed once per process per folder (``reload=True`` reads it again); the parsed result is
    also kept in a disk cache keyed by the content of the .ttl files, so an edit is always seen
    by the next process.

    Raises
    ------
    VocabularyError
        Missing folder, unparsable Turtle, a term without its zh/en label, a kind whose
        class is not declared, an undeclared ontology term, a surface form shared by two kinds.
    """
    path = Path(folder) if folder is not None else ontology_dir()
    resolved = path.resolve()
    if not reload and resolved in _LOADED:
        return _LOADED[resolved]
    files = sorted(path.glob("*.ttl")) if path.is_dir() else []
    if not files:
        raise VocabularyError(f"no ontology at {path}: expected .ttl files",
                              hint=f"set {ENV_VAR} to the ontology folder")
    contents = {f.name: f.read_bytes() for f in files}
    digest = hashlib.sha256(_CACHE_VERSION.encode())
    for name, data in contents.items():
        digest.update(name.encode() + b"\0" + data + b"\0")
    key = digest.hexdigest()[:24]
    vocab = _read_cache(key) if cache else None
    if vocab is None:
        vocab = _build(path, contents)
        if cache:
            _write_cache(key, vocab)
    vocab.folder = path
    _LOADED[resolved] = vocab
    return vocab


def _cache_file(key: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "govgraph" / f"vocab-{key}.pickle"


def _cache_key(folder: Path) -> bytes | None:
    """This user's secret for signing the vocabulary cache (``.key``, mode 0600, made once);
    None when the folder or the key is not the user's own, so someone else's cache is never read."""
    import secrets
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o022:
            return None
        path = folder / ".key"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(32))
        except FileExistsError:
            pass
        info = path.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None
        key = path.read_bytes()
        return key if len(key) == 32 else None
    except OSError:
        return None


def _read_cache(key: str) -> Vocabulary | None:
    """The cached vocabulary, unpickled only when its HMAC under the user's key matches."""
    import hmac
    target = _cache_file(key)
    secret = _cache_key(target.parent)
    if secret is None:
        return None
    try:
        blob = target.read_bytes()
        mac, body = blob[:32], blob[32:]
        if not hmac.compare_digest(mac, hmac.new(secret, body, "sha256").digest()):
            return None
        vocab = pickle.loads(body)  # signed by this user's key: written by govgraph, for this user
        return vocab if isinstance(vocab, Vocabulary) else None
    except Exception:  # a missing, stale or unreadable cache only means parsing again
        return None


def _write_cache(key: str, vocab: Vocabulary) -> None:
    import hmac
    target = _cache_file(key)
    secret = _cache_key(target.parent)
    if secret is None:
        return
    try:
        body = pickle.dumps(vocab, protocol=pickle.HIGHEST_PROTOCOL)
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as fh:
            fh.write(hmac.new(secret, body, "sha256").digest() + body)
        os.replace(fh.name, target)
        old = sorted(target.parent.glob("vocab-*.pickle"), key=lambda f: f.stat().st_mtime)
        for stale in old[:-_CACHE_KEEP]:  # one file per ontology version: keep the recent ones
            stale.unlink(missing_ok=True)
    except OSError:  # a read-only home is no reason to fail; the next start parses again
        pass


def _local(iri: URIRef) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1]


def _term(node):
    """A pyoxigraph term as the rdflib term the rest of the package uses."""
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    return Literal(node.value, datatype=URIRef(node.datatype.value))


def _parse(path: Path, data: bytes) -> list[tuple]:
    """The triples of one Turtle file (pyoxigraph's parser: ~100x rdflib's), as rdflib terms."""
    try:
        return [(_term(q.subject), _term(q.predicate), _term(q.object))
                for q in ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())]
    except (SyntaxError, ValueError) as exc:  # pyoxigraph reports syntax and encoding errors so
        message = " ".join(str(exc).split())[:300]
        raise VocabularyError(f"{path}: cannot parse Turtle: {message}") from None


class _Triples:
    """A small read-only triple index with the few rdflib Graph calls the checks need."""

    def __init__(self):
        self.spo: dict = {}
        self.pos: dict = {}

    def add(self, s, p, o) -> None:
        objs = self.spo.setdefault(s, {}).setdefault(p, {})
        if o not in objs:
            objs[o] = None
            self.pos.setdefault(p, {}).setdefault(o, {})[s] = None

    def __iter__(self):
        for s, props in self.spo.items():
            for p, objs in props.items():
                for o in objs:
                    yield s, p, o

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        return o in self.spo.get(s, {}).get(p, {})

    def subjects(self, p, o=None):
        by_object = self.pos.get(p, {})
        if o is not None:
            return list(by_object.get(o, ()))
        return list(dict.fromkeys(s for subs in by_object.values() for s in subs))

    def objects(self, s, p):
        return list(self.spo.get(s, {}).get(p, ()))

    def value(self, s, p):
        return next(iter(self.spo.get(s, {}).get(p, ())), None)


class _Checker:
    """Parses each file on its own (to name the file in errors) and checks the union."""

    def __init__(self, folder: Path, contents: dict[str, bytes]):
        self.folder = folder
        self.graph = _Triples()
        self.origin: dict[URIRef, str] = {}
        for name, data in contents.items():
            for s, p, o in _parse(folder / name, data):
                self.origin.setdefault(s, name)
                self.graph.add(s, p, o)

    def where(self, term) -> str:
        return str(self.folder / self.origin.get(term, "?"))

    def fail(self, term, message: str):
        raise VocabularyError(f"{self.where(term)}: {self.curie(term)} {message}")

    def curie(self, term) -> str:
        text = str(term)
        for prefix, ns in (("gg:", str(GG._NS)), ("ggk:", str(GGK._NS)), ("ggl:", str(GGL))):
            if text.startswith(ns):
                return prefix + text[len(ns):]
        return text

    def label(self, term, prop=RDFS.label) -> tuple[str, str]:
        """The one zh and one en label of a term; fails naming the term otherwise."""
        out = {}
        for lang in ("zh", "en"):
            values = [str(o) for o in self.graph.objects(term, prop)
                      if isinstance(o, Literal) and o.language == lang]
            if not values:
                self.fail(term, f"has no {self.curie(prop) if prop != RDFS.label else 'rdfs:label'}"
                                f"@{lang}".replace(str(SKOS._NS), "skos:"))
            if len(values) > 1:
                self.fail(term, f"has {len(values)} @{lang} labels ({', '.join(sorted(values))}); "
                                "keep one, make the others skos:altLabel")
            out[lang] = unicodedata.normalize("NFC", values[0])
        return out["zh"], out["en"]

    def zh_values(self, term, prop) -> tuple[str, ...]:
        return tuple(sorted({unicodedata.normalize("NFC", str(o))
                             for o in self.graph.objects(term, prop)
                             if isinstance(o, Literal) and o.language in ("zh", None)}))


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _build(folder: Path, contents: dict[str, bytes]) -> Vocabulary:
    c = _Checker(folder, contents)
    g = c.graph
    ns = str(GG._NS)

    # every ontology term used anywhere must be declared (typed) somewhere
    declared = {s for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}
    for triple in g:
        for term in triple:
            if isinstance(term, URIRef) and str(term).startswith(ns) and term not in declared:
                if term not in c.origin:  # used only as predicate or object: find a file using it
                    c.origin[term] = next(
                        (name for name, data in contents.items()
                         if _local(term).encode() in data), "?")
                c.fail(term, "is not declared in the ontology (a typo, or add it to govgraph.ttl)")

    classes: dict[str, EntityClass] = {}
    for cls in sorted(g.subjects(RDFS.subClassOf, GG.Entity)):
        zh, en = c.label(cls)
        classes[_local(cls)] = EntityClass(_local(cls), cls, zh, en,
                                           str(g.value(cls, RDFS.comment) or ""))

    predicates: dict[str, Predicate] = {}
    for prop in sorted(g.subjects(RDF.type, GG.RelationPredicate)):
        zh, en = c.label(prop)
        predicates[_local(prop)] = Predicate(
            name=_local(prop), iri=prop, zh=zh, en=en,
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in g,
            relation_class=g.value(prop, GG.relationClass),
            comment=str(g.value(prop, RDFS.comment) or ""))

    levels: dict[str, Level] = {}
    for lv in sorted(g.subjects(RDF.type, GG.PlaceLevel)):
        zh, en = c.label(lv)
        rank = g.value(lv, GG.rank)
        if rank is None:
            c.fail(lv, "has no gg:rank")
        levels[_local(lv)] = Level(_local(lv), lv, zh, en, int(rank),
                                   _longest_first(c.zh_values(lv, GG.suffix)))

    kinds: dict[str, Kind] = {}
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    for concept in sorted(concepts):
        zh, en = c.label(concept, SKOS.prefLabel)
        cls = g.value(concept, GG.entityClass)
        if cls is None:
            c.fail(concept, "has no gg:entityClass (the class of the entities it classifies)")
        if _local(cls) not in classes or classes[_local(cls)].iri != cls:
            c.fail(concept, f"has gg:entityClass {c.curie(cls)}, which is not a declared entity class")
        broader = sorted(g.objects(concept, SKOS.broader))
        for b in broader:
            if b not in concepts:
                c.fail(concept, f"has skos:broader {c.curie(b)}, which is not a declared concept")
        level = g.value(concept, GG.placeLevel)
        if level is not None and _local(level) not in levels:
            c.fail(concept, f"has gg:placeLevel {c.curie(level)}, which is not a gg:PlaceLevel")
        kinds[_local(concept)] = Kind(
            name=_local(concept), iri=concept, type=_local(cls), zh=zh, en=en,
            alt=tuple(a for a in c.zh_values(concept, SKOS.altLabel)),
            hidden=tuple(h for h in c.zh_values(concept, SKOS.hiddenLabel)),
            broader=tuple(_local(b) for b in broader),
            level=_local(level) if level is not None else None,
            generic=str(g.value(concept, GG.generic)).lower() == "true")

    cues: dict[str, tuple[str, ...]] = {}
    for lst in sorted(g.subjects(RDF.type, GG.CueList)):
        words = c.zh_values(lst, GG.cue)
        if not words:
            c.fail(lst, "has no gg:cue")
        cues[_local(lst)] = _longest_first(words)
    for name in REQUIRED_CUES:
        if name not in cues:
            raise VocabularyError(f"{folder}: no cue list ggl:{name} (declare it in lexicon.ttl)")

    index: dict[str, Kind] = {}
    surfaces: dict[str, Kind] = {}
    visible: set[str] = set()
    hidden: set[str] = set()
    for kind in kinds.values():
        for label, is_hidden in [(kind.zh, False)] + [(a, False) for a in kind.alt] + \
                                [(h, True) for h in kind.hidden]:
            key = normalise(label)
            other = index.get(key)
            if other is not None and other.name != kind.name:
                c.fail(kind.iri, f"shares the label {label!r} with {c.curie(other.iri)} "
                                 f"({c.where(other.iri)}); a surface form names one kind")
            index[key] = kind
            (hidden if is_hidden else visible).add(key)
            for form in _variants(label):
                surfaces[form] = kind
    terms = frozenset(str(s) for s in g.subjects(RDF.type, None) if isinstance(s, URIRef))
    return Vocabulary(folder=folder, classes=classes, predicates=predicates, kinds=kinds,
                      levels=levels, cues=cues, terms=terms, _index=index,
                      _hidden=frozenset(hidden - visible),
                      _surfaces=dict(sorted(surfaces.items(), key=lambda kv: (-len(kv[0]), kv[0]))))


def declared_terms(folder: str | os.PathLike | None = None, namespace: str = str(GG._NS)) -> set[str]:
    """Local names of the terms the Turtle of a folder declares (gives an rdf:type) in one namespace.

    >>> {"coBuilds", "Relation", "province"} <= declared_terms()
    True
    """
    return {t[len(namespace):] for t in load(folder).terms if t.startswith(namespace)}


def _folder_graph(folder, name: str) -> Graph:
    path = (Path(folder) if folder is not None else ontology_dir()) / name
    if not path.is_file():
        raise VocabularyError(f"no {name} at {path.parent}")
    graph = Graph()
    for triple in _parse(path, path.read_bytes()):
        graph.add(triple)
    return graph


def shapes(folder: str | os.PathLike | None = None) -> Graph:
    """The SHACL shapes graph (ontology/shapes.ttl) of an ontology folder."""
    return _folder_graph(folder, "shapes.ttl")


def validate(data: Graph, folder: str | os.PathLike | None = None) -> tuple[bool, str]:
    """Validate a graph against the shapes with pyshacl: (conforms, report text).

    The ontology (govgraph.ttl) is mixed in, so place levels and relation subclasses are
    known without the data repeating them. The report gives each violated shape's message,
    focus node and path.
    """
    try:
        import pyshacl
    except ImportError:  # an optional dependency: `pip install govgraph[test]`
        raise VocabularyError("SHACL validation needs pyshacl", hint="pip install pyshacl") from None
    mixed = Graph()
    mixed += data
    mixed += _folder_graph(folder, "govgraph.ttl")
    conforms, _, text = pyshacl.validate(mixed, shacl_graph=shapes(folder), inference="none",
                                         allow_warnings=True)
    return bool(conforms), str(text)


# -- listings (the `govgraph vocab` command) ----------------------------------------------

LISTINGS = ("kinds", "classes", "predicates", "levels", "cues")


def _class_name(v: Vocabulary, type_: str) -> str:
    """An entity class by its name (any case) or its zh/en label."""
    wanted = type_.strip().lower()
    for cls in v.classes.values():
        if wanted in (cls.name.lower(), cls.zh, cls.en.lower()):
            return cls.name
    raise VocabularyError(f"no entity class {type_!r}", hint="one of " + ", ".join(sorted(v.classes)))


def listing(v: Vocabulary, show: str = "kinds", type_: str | None = None,
            surface: str | None = None) -> list[dict]:
    """Rows describing the vocabulary: kinds (optionally of one class, or the kind a surface
    form names), classes, predicates with their constructions, place levels, or cue lists.

    >>> [r["concept"] for r in listing(load(), surface="业主委员会")]
    ['ggk:OwnersCommittee']
    >>> listing(load(), "levels")[0]["suffixes"][:2]
    ['特别行政区', '自治区']
    """
    if show not in LISTINGS:
        raise VocabularyError(f"cannot list {show!r}", hint="one of " + ", ".join(LISTINGS))
    if show == "classes":
        counts = {name: 0 for name in v.classes}
        for k in v.kinds.values():
            counts[k.type] += 1
        return [{"class": f"gg:{c.name}", "zh": c.zh, "en": c.en, "kinds": counts[c.name],
                 "comment": c.comment} for c in sorted(v.classes.values(), key=lambda c: c.name)]
    if show == "predicates":
        from graph.extract.constructions import load_constructions
        by = {}
        for c in load_constructions(v):
            by.setdefault(c.predicate, []).append(c.id)
        return [{"predicate": f"gg:{p.name}", "zh": p.zh, "en": p.en, "symmetric": p.symmetric,
                 "constructions": by.get(p.name, [])}
                for p in v.predicates.values()]
    if show == "levels":
        return [{"level": f"gg:{lv.name}", "rank": lv.rank, "zh": lv.zh, "en": lv.en,
                 "suffixes": list(lv.suffixes)}
                for lv in sorted(v.levels.values(), key=lambda lv: lv.rank)]
    if show == "cues":
        return [{"list": f"ggl:{name}", "count": len(words), "cues": list(words)}
                for name, words in sorted(v.cues.items())]
    if surface is not None:
        kind = v.lookup(surface)
        if kind is None:
            import difflib
            close = difflib.get_close_matches(normalise(surface), list(v._index), n=3, cutoff=0.5)
            raise VocabularyError(f"no kind is named {surface!r}",
                                  hint=("did you mean " + ", ".join(close) + "?") if close else
                                  "add it to ontology/kinds.ttl as a skos:altLabel or a new concept")
        kinds = [kind]
    elif type_ is not None:
        kinds = v.kinds_of(_class_name(v, type_))
    else:
        kinds = sorted(v.kinds.values(), key=lambda k: (k.type, k.name))
    return [{"concept": f"ggk:{k.name}", "zh": k.zh, "en": k.en, "type": k.type, "level": k.level,
             "aliases": list(k.alt), "hidden": list(k.hidden),
             "broader": [v.kinds[b].zh for b in k.broader], "generic": k.generic} for k in kinds]
