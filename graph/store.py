"""Stage 3, build: the store — an on-disk pyoxigraph dataset with one named graph per document.

The interface is small on purpose (``replace_document``, ``remove_document``,
``documents``, ``query``, ``quads``) so that a remote SPARQL endpoint can sit
behind the same methods later: every write is one SPARQL-update-sized
transaction per document, and no blank nodes are ever written.

Layout of a store folder::

    govgraph-store/
        oxigraph/        the RocksDB files of the pyoxigraph store
        cache/           the networkx projection, pickled (dropped on every write)

Named graphs::

    https://w3id.org/govgraph/id/graph/doc/<file name>   one per document
    https://w3id.org/govgraph/id/graph/ontology          the ontology/*.ttl files

Each document graph holds a ``gg:Document`` node (``id/doc/<name>-<sha256[:16]>``)
with ``gg:fileName`` and ``dcterms:identifier "sha256:<hex>"``; that node is written in the same transaction as the
rest of the graph, so its presence means the whole document is in.
"""
from __future__ import annotations

import functools
import os
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyoxigraph as ox

from graph.errors import QueryError, StoreError

ID = "https://w3id.org/govgraph/id/"
GG = "https://w3id.org/govgraph/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DOCUMENT = ox.NamedNode(GG + "Document")
FILE_NAME = ox.NamedNode(GG + "fileName")
IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")
ONTOLOGY_GRAPH = ox.NamedNode(ID + "graph/ontology")
DOC_GRAPHS = ID + "graph/doc/"
#: the analysts' decisions (graph.review); never inside a document's graph
REVIEW_GRAPH = ox.NamedNode(ID + "graph/review")
#: a document's graph with the decisions applied, when they change it; it stands in for the
#: document's graph (the machine's statements) in the reviewed view
REVIEWED_GRAPHS = ID + "graph/reviewed/"
VIEWS = ("reviewed", "machine")
DEFAULT_DIR = "govgraph-store"
ENV = "GOVGRAPH_STORE"
ENDPOINT_ENV = "GOVGRAPH_ENDPOINT"

PREFIXES = {
    "gg": GG,
    "ggk": "https://w3id.org/govgraph/kind/",
    "id": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
    "ggr": "https://w3id.org/govgraph/review#",
}


@functools.lru_cache(maxsize=65536)
def segment(text: str) -> str:
    """One IRI path segment for a label: Chinese kept, ASCII specials percent-encoded.

    >>> segment("社区“两委”")
    '社区“两委”'
    >>> segment('"三方办" 机制/a')
    '%22三方办%22%20机制%2Fa'
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch if ch.isalnum() or ch in "-._~" else "".join(f"%{b:02X}" for b in ch.encode()))
        elif unicodedata.category(ch)[0] in "CZ" or ch in "\ufeff\ufffd":
            out.append("".join(f"%{b:02X}" for b in ch.encode()))
        else:
            out.append(ch)
    return "".join(out) or "_"


def document_graph(name: str) -> ox.NamedNode:
    """The named graph of a document, from its file name.

    >>> document_graph("000_a.txt").value
    'https://w3id.org/govgraph/id/graph/doc/000_a.txt'
    """
    return ox.NamedNode(ID + "graph/doc/" + segment(name))


def reviewed_graph(name: str) -> ox.NamedNode:
    """The reviewed version of a document's graph.

    >>> reviewed_graph("000_a.txt").value
    'https://w3id.org/govgraph/id/graph/reviewed/000_a.txt'
    """
    return ox.NamedNode(REVIEWED_GRAPHS + segment(name))


def document_node(name: str, sha: str) -> ox.NamedNode:
    """The IRI of a document version (the source its evidence points to).

    >>> document_node("000_a.txt", "0123456789abcdef0123").value
    'https://w3id.org/govgraph/id/doc/000_a.txt-0123456789abcdef'
    """
    return ox.NamedNode(ID + "doc/" + segment(name) + "-" + segment(sha[:16]))


def store_path(path: str | os.PathLike | None = None) -> Path:
    """The store folder: ``path``, else $GOVGRAPH_STORE, else ./govgraph-store."""
    return Path(path or os.environ.get(ENV) or DEFAULT_DIR)


class Store:
    """A govgraph dataset in a pyoxigraph store on disk (or in memory when ``path`` is None).

    Examples
    --------
    >>> s = Store()
    >>> t = ox.Triple(ox.NamedNode(ID + "x"), RDF_TYPE, ox.NamedNode(GG + "Place"))
    >>> s.replace_document("a.txt", "ab12", [t])
    >>> s.documents()
    {'a.txt': 'ab12'}
    >>> s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a gg:Place }")
    [{'n': 1}]
    >>> s.remove_document("a.txt"), s.documents()
    (True, {})

    ``view`` chooses what reads see: "reviewed" (default; a document's reviewed graph stands in
    for its machine graph, see ``graph.review``) or "machine" (the extractor's statements only).
    """

    view = "reviewed"

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        self._names: set[str] | None = None
        if self.path is None:
            self._store = ox.Store()
            return
        data = self.path / "oxigraph"
        try:
            if read_only:
                if not data.is_dir():
                    raise StoreError(f"no govgraph store at {self.path}",
                                     hint="run `govgraph build` first or pass --store DIR")
                self._store = ox.Store.read_only(str(data))
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise StoreError(f"{self.path} is a file, not a store folder")
                data.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(data))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}",
                             hint="is another govgraph build running on it?") from None

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, read_only: bool = True,
             endpoint: str | None = None) -> "Store":
        """Open the store for reading or writing: the SPARQL server at ``endpoint`` (else at
        $GOVGRAPH_ENDPOINT unless a folder is given; ``graph.endpoint.RemoteStore``), else the
        folder (``store_path`` rules) — through its server while ``govgraph serve --writable`` runs."""
        url = endpoint or (None if path else os.environ.get(ENDPOINT_ENV))
        if url:
            if path and endpoint:
                raise StoreError("give a store folder or an endpoint, not both")
            from graph.endpoint import RemoteStore
            return RemoteStore(url, read_only=read_only)
        from graph.serve import redirect
        folder = store_path(path)
        served = redirect(folder, read_only)  # (a store with no quads is falsy: no `or` here)
        return served if served is not None else cls(folder, read_only=read_only)

    # -- writing -------------------------------------------------------------------------

    def replace_document(self, name: str, sha: str, triples: Iterable[ox.Triple | ox.Quad | tuple]) -> None:
        """Write a document's graph in one transaction, replacing any previous version.

        ``triples``: pyoxigraph Triples (or Quads, whose graph is ignored) or plain
        (subject, predicate, object) tuples of pyoxigraph terms.
        """
        graph = document_graph(name)
        doc = document_node(name, sha)
        quads = [ox.Quad(doc, RDF_TYPE, DOCUMENT, graph),
                 ox.Quad(doc, FILE_NAME, ox.Literal(name), graph),
                 ox.Quad(doc, IDENTIFIER, ox.Literal("sha256:" + sha), graph)]
        quads.extend(ox.Quad(*t, graph) if isinstance(t, tuple) else ox.Quad(t.subject, t.predicate, t.object, graph)
                     for t in triples)
        self._replace_graph(graph, quads)

    def replace_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple | ox.Quad]) -> None:
        """Write any named graph (the ontology's) in one transaction, replacing it."""
        self._replace_graph(graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])

    def _replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self._writable()
        self.clear_cache()
        self._names = None
        try:
            if not self._store.contains_named_graph(graph):
                self._store.extend(quads)  # one transaction
                return
            # Dropping and inserting in one SPARQL update keeps the swap atomic; the
            # terms are serialised by pyoxigraph itself, so labels are escaped properly.
            body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            self._store.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None

    def remove_document(self, name: str) -> bool:
        """Drop a document's graph; False when there was none."""
        self._writable()
        graph = document_graph(name)
        if not self._store.contains_named_graph(graph):
            return False
        self.clear_cache()
        self._names = None
        self._store.remove_graph(graph)
        return True

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        """Drop any named graph; False when there was none."""
        self._writable()
        if not self._store.contains_named_graph(graph):
            return False
        self.clear_cache()
        self._names = None
        self._store.remove_graph(graph)
        return True

    def graph_sha(self, graph: ox.NamedNode) -> str | None:
        """The SHA-256 recorded in a graph (``dcterms:identifier "sha256:…"``), if any."""
        for q in self._store.quads_for_pattern(None, IDENTIFIER, None, graph):
            if q.object.value.startswith("sha256:"):
                return q.object.value[7:]
        return None

    @property
    def cache_dir(self) -> Path | None:
        """Where derived data (the networkx projection) is cached; None for in-memory stores."""
        return None if self.path is None else self.path / "cache"

    def clear_cache(self) -> None:
        """Drop derived data; every write does this before it commits."""
        if self.cache_dir is not None and self.cache_dir.is_dir():
            for f in self.cache_dir.iterdir():
                try:
                    f.unlink()
                except OSError:
                    pass

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    # -- reading -------------------------------------------------------------------------

    def documents(self) -> dict[str, str]:
        """File name → SHA-256 of every document in the store, sorted by name."""
        found = {}
        for q in self._store.quads_for_pattern(None, FILE_NAME, None, None):
            if q.graph_name == ONTOLOGY_GRAPH or not q.graph_name.value.startswith(ID + "graph/doc/"):
                continue
            sha = self.graph_sha(q.graph_name)
            if sha is not None:
                found[q.object.value] = sha
        return dict(sorted(found.items()))

    def quads(self, graph: ox.NamedNode | None = None, predicate: ox.NamedNode | None = None,
              object: ox.NamedNode | ox.Literal | None = None,
              subject: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads matching a pattern (all of them by default), in store order; without a
        ``graph``, those of the graphs the store's ``view`` shows."""
        found = self._store.quads_for_pattern(subject, predicate, object, graph)
        hidden = self.hidden_graphs() if graph is None else None
        return (q for q in found if q.graph_name.value not in hidden) if hidden else found

    def graph_names(self) -> set[str]:
        """The IRIs of every named graph in the store."""
        if self._names is None:
            self._names = {g.value for g in self._store.named_graphs()}
        return self._names

    def hidden_graphs(self) -> set[str]:
        """The graphs the ``view`` leaves out: in "reviewed", the machine graph of every document
        that has a reviewed graph; in "machine", the reviewed graphs and the decisions."""
        names = self.graph_names()
        reviewed = {g for g in names if g.startswith(REVIEWED_GRAPHS)}
        if self.view == "machine":
            return reviewed | ({REVIEW_GRAPH.value} & names)
        return {DOC_GRAPHS + g[len(REVIEWED_GRAPHS):] for g in reviewed}

    def graphs_with(self, node: ox.NamedNode) -> set[str]:
        """The named graphs in which ``node`` is a subject or an object."""
        return ({q.graph_name.value for q in self._store.quads_for_pattern(node, None, None, None)} |
                {q.graph_name.value for q in self._store.quads_for_pattern(None, None, node, None)})

    def __len__(self) -> int:
        return len(self._store)

    def raw_query(self, sparql: str, bindings: dict[str, Any] | None = None):
        """Run SPARQL with the govgraph prefixes, the union of all graphs as default graph.

        ``bindings`` maps variable names to values (str → literal, ox terms as is);
        they are substituted by pyoxigraph, never pasted into the text.
        """
        subs = {ox.Variable(k.lstrip("?$")): _term(v) for k, v in (bindings or {}).items()}
        hidden = self.hidden_graphs()
        dataset = ({"default_graph": [ox.NamedNode(g) for g in sorted(self.graph_names() - hidden)]}
                   if hidden else {"use_default_graph_as_union": True})
        try:
            try:
                return self._store.query(sparql, prefixes=PREFIXES, substitutions=subs or None, **dataset)
            except RuntimeError as exc:
                if not subs or "projection" not in str(exc):
                    raise
                # pyoxigraph substitutes projected variables only; otherwise join a trailing
                # VALUES clause whose terms pyoxigraph itself serialises (escaped, never pasted)
                names = " ".join(str(v) for v in subs)
                terms = " ".join(str(t) for t in subs.values())
                return self._store.query(f"{sparql}\nVALUES ({names}) {{ ({terms}) }}", prefixes=PREFIXES,
                                         **dataset)
        except SyntaxError as exc:
            message = " ".join(str(exc).split())
            raise QueryError("bad SPARQL: " + (message[:160] + " …" if len(message) > 160 else message)) from None
        except RuntimeError as exc:
            raise QueryError(f"SPARQL failed: {' '.join(str(exc).split())}") from None
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from None

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict] | bool:
        """SPARQL results as plain Python: rows of {variable: value} for SELECT,
        rows of {subject, predicate, object} for CONSTRUCT/DESCRIBE, a bool for ASK."""
        result = self.raw_query(sparql, bindings)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            return [{"subject": value(t.subject), "predicate": value(t.predicate), "object": value(t.object)}
                    for t in result]
        names = [v.value for v in result.variables]
        return [{n: value(row[n]) for n in names} for row in result]


def _term(v: Any):
    if isinstance(v, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return v
    if isinstance(v, bool):
        return ox.Literal(str(v).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(v, int):
        return ox.Literal(str(v), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(v))


_XSD = "http://www.w3.org/2001/XMLSchema#"


def value(term) -> Any:
    """A term as plain Python: IRIs and strings as str, integers as int, booleans as bool.

    >>> value(ox.Literal("3", datatype=ox.NamedNode(_XSD + "integer"))), value(ox.NamedNode("http://a/"))
    (3, 'http://a/')
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt in (_XSD + "integer", _XSD + "int", _XSD + "long", _XSD + "nonNegativeInteger"):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        if dt in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        return term.value
    return term.value
