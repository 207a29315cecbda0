"""Stage 3, build: the store — an on-disk pyoxigraph dataset with one named graph per document.

The interface is small on purpose (``replace_document``, ``remove_document``,
``documents``, ``query``, ``quads``) so that a remote SPARQL endpoint can sit
behind the same methods later: every write is one SPARQL-update-sized
transaction per document, and no blank nodes are ever written.

Layout of a store folder::

    govgraph-store/
        oxigraph/        the RocksDB files of the pyoxigraph store
        cache/           the networkx projection as JSON (dropped on every write)
        govgraph.lock    the writer lock of build and serve

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

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False, create: bool = True):
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        self._names: set[str] | None = None
        self._lock = None
        if self.path is None:
            self._store = ox.Store()
            return
        data = self.path / "oxigraph"
        try:
            if read_only or not create:
                if not data.is_dir():
                    raise StoreError(f"no govgraph store at {self.path}",
                                     hint="run `govgraph build` first or pass --store DIR")
            if read_only:
                self._store = ox.Store.read_only(str(data))
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise StoreError(f"{self.path} is a file, not a store folder")
                data.mkdir(parents=True, exist_ok=True)
                self._lock = take_lock(self.path)
                self._store = ox.Store(str(data))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {_os_message(exc)}", hint=_os_hint(exc)) from None
        except RuntimeError as exc:  # RocksDB's Corruption: …
            raise StoreError(f"the store at {self.path} is damaged: {' '.join(str(exc).split())[:200]}",
                             hint="remove the folder and build it again") from None

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, read_only: bool = True,
             endpoint: str | None = None, create: bool = True) -> "Store":
        """Open the store for reading or writing: the SPARQL server at ``endpoint`` (else at
        $GOVGRAPH_ENDPOINT unless a folder is given; ``graph.endpoint.RemoteStore``), else the
        folder (``store_path`` rules) — through its server while ``govgraph serve --writable`` runs.
        A folder is created only for writing with ``create``."""
        url = endpoint or (None if path else os.environ.get(ENDPOINT_ENV))
        if url:
            if path and endpoint:
                raise StoreError("give a store folder or an endpoint, not both")
            from graph.endpoint import RemoteStore
            return RemoteStore(url, read_only=read_only)
        from graph.serve import redirect
        folder = store_path(path)
        served = redirect(folder, read_only)  # (a store with no quads is falsy: no `or` here)
        return served if served is not None else cls(folder, read_only=read_only, create=create)

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
            raise StoreError(f"cannot write to the store at {self.path}: {_os_message(exc)}",
                             hint=_os_hint(exc)) from None

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

    def raw_query(self, sparql: str, bindings: dict[str, Any] | None = None, allow_service: bool = False,
                  timeout: float | None = None):
        """Run SPARQL with the govgraph prefixes, the union of all graphs as default graph.

        ``bindings`` maps variable names to values (str → literal, ox terms as is); they are
        placed in the query's WHERE pattern as a VALUES block of terms pyoxigraph serialises,
        never pasted (``graph.guard.bind``). A ``SERVICE`` is refused unless ``allow_service``;
        then the query is given ``timeout`` seconds (default $GOVGRAPH_TIMEOUT or 30).
        """
        from graph.guard import bind, check_service, uses_service
        if not allow_service:
            check_service(sparql)
        text = bind(sparql, bindings)
        hidden = self.hidden_graphs()
        dataset = ({"default_graph": [ox.NamedNode(g) for g in sorted(self.graph_names() - hidden)]}
                   if hidden else {"use_default_graph_as_union": True})
        try:
            if allow_service and uses_service(sparql):
                return _with_timeout(lambda: self._run(text, dataset), timeout or default_timeout(),
                                     "the federated query")
            return self._run(text, dataset)
        except SyntaxError as exc:
            message = " ".join(str(exc).split())
            raise QueryError("bad SPARQL: " + (message[:160] + " …" if len(message) > 160 else message)) from None
        except RuntimeError as exc:
            raise QueryError(f"SPARQL failed: {' '.join(str(exc).split())[:300]}") from None
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from None

    def _run(self, text: str, dataset: dict):
        result = self._store.query(text, prefixes=PREFIXES, **dataset)
        if isinstance(result, ox.QuerySolutions):  # read now, so a failure surfaces here, as one line
            return _Solutions(result.variables, list(result))
        if isinstance(result, ox.QueryTriples):
            return list(result)
        return result

    def query(self, sparql: str, bindings: dict[str, Any] | None = None, allow_service: bool = False,
              timeout: float | None = None) -> list[dict] | bool:
        """SPARQL results as plain Python: rows of {variable: value} for SELECT,
        rows of {subject, predicate, object} for CONSTRUCT/DESCRIBE, a bool for ASK."""
        result = self.raw_query(sparql, bindings, allow_service=allow_service, timeout=timeout)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, list) and not isinstance(result, _Solutions):
            return [{"subject": value(t.subject), "predicate": value(t.predicate), "object": value(t.object)}
                    for t in result]
        names = [v.value for v in result.variables]
        return [{n: value(row[n]) for n in names} for row in result]


LOCK = "govgraph.lock"


def take_lock(folder: Path):
    """The store folder's writer lock (an exclusive ``flock`` on ``govgraph.lock``), held until the
    returned file is closed or its process ends. One protocol for ``build`` and ``serve``: the
    second to come is refused at once, whichever it is."""
    import fcntl
    fh = open(folder / LOCK, "a+b")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise StoreError(f"the store at {folder} is in use by another govgraph process (a build or `govgraph serve`)",
                         hint="wait for it to finish, or stop it") from None
    return fh


def _os_message(exc: OSError) -> str:
    return " ".join(str(exc.strerror or exc).split())[:200]


def _os_hint(exc: OSError) -> str | None:
    import errno
    text = str(exc).lower()
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or "no space" in text:
        return "the disk is full: free some space and run the command again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is not writable by you"
    if "lock" in text:
        return "is another govgraph build running on it?"
    return None


class _Solutions(list):
    """SELECT results read in full: a list of ``QuerySolution`` with ``variables``."""

    def __init__(self, variables, rows):
        super().__init__(rows)
        self.variables = variables


TIMEOUT_ENV = "GOVGRAPH_TIMEOUT"


def default_timeout() -> float:
    """Seconds to wait for another server: $GOVGRAPH_TIMEOUT, else 30."""
    raw = os.environ.get(TIMEOUT_ENV)
    if not raw:
        return 30.0
    try:
        value = float(raw)
    except ValueError:
        value = 0
    if not value > 0 or value != value or value == float("inf"):
        raise StoreError(f"bad ${TIMEOUT_ENV} {raw[:20]!r}", hint="seconds, a number above 0")
    return value


def _with_timeout(fn, timeout: float, what: str):
    """fn() in a worker thread, given up after ``timeout`` seconds (the thread is left to end)."""
    import threading
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller, without the frames (their objects stay here)
            box["error"] = exc.with_traceback(None)
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"{what} timed out after {timeout:g} s", hint="raise --timeout or $GOVGRAPH_TIMEOUT")
    if "error" in box:
        raise box["error"]
    return box["value"]


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
