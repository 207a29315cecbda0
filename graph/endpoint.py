"""Stage 3, build: a remote SPARQL 1.1 server as the store, behind the same methods as ``graph.store.Store``.

``RemoteStore(url)`` speaks the SPARQL 1.1 Protocol (queries) and SPARQL 1.1 Update
(writes) with the standard library's HTTP client, so any SPARQL 1.1 server will do:
Oxigraph, Apache Jena Fuseki, GraphDB, Virtuoso, Amazon Neptune, QLever (read-only) …

Endpoints from one URL:

==============================  ===========================  ==============================
``--endpoint``                  queries go to                updates go to
==============================  ===========================  ==============================
``http://host:7878``            ``…/query``                  ``…/update``  (Oxigraph layout)
``http://host/ds/query``        ``http://host/ds/query``     ``http://host/ds/update`` (Fuseki)
anything else (``…/sparql``)    the URL                      the URL, or $GOVGRAPH_UPDATE_ENDPOINT
==============================  ===========================  ==============================

``http://user:password@host/…`` sends HTTP Basic credentials; messages never show them.

Writes. A document's graph is replaced by one update request,
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }``, which SPARQL 1.1 servers
run as one transaction (Oxigraph, Fuseki/TDB2, GraphDB, Neptune do): a killed server or a
dropped connection leaves the old graph or the new one, never half of it. The request is
idempotent, so it is retried. No blank nodes are ever sent (the build writes IRIs; any
blank node is skolemised to an IRI first), so nothing depends on a server's blank-node
handling — the trap of rdflib's ``SPARQLStore``, which refuses them.

Queries see every named graph as the default graph, as the embedded store does. How,
depends on the server (decided once, by probing, when the store holds a graph):

``native``  the server's default graph already is the union (Oxigraph started with
            ``--union-default-graph`` — ``govgraph serve`` does —, Virtuoso, GraphDB,
            Neptune, Fuseki with ``unionDefaultGraph``);
``param``   Oxigraph's ``union-default-graph`` request parameter turns it on;
``graphs``  otherwise the standard protocol's ``default-graph-uri`` lists every named
            graph (the RDF merge of them is the default graph).

Never ``default-graph-uri=urn:x-rdflib:default`` (what rdflib's ``Dataset`` over
``SPARQLUpdateStore`` sends, silently matching nothing).

Faults: refused or reset connections, timeouts and HTTP 429/502/503/504 are retried with
exponential backoff; after the last try, or on any other failure, a one-line
``StoreError`` names the endpoint and what failed. A malformed query is a ``QueryError``,
as with the embedded store.
"""
from __future__ import annotations

import hashlib
import http.client
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Iterator

import pyoxigraph as ox

from graph.errors import QueryError, StoreError
from graph.store import (DOCUMENT, FILE_NAME, ID, IDENTIFIER, PREFIXES, RDF_TYPE, Store, _term)

ENV = "GOVGRAPH_ENDPOINT"
UPDATE_ENV = "GOVGRAPH_UPDATE_ENDPOINT"
TRANSIENT_STATUS = {408, 429, 502, 503, 504}
ACCEPT_RESULTS = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                  "text/tab-separated-values;q=0.8")
ACCEPT_ANY = ACCEPT_RESULTS + ", application/n-triples;q=0.7, text/turtle;q=0.6, application/rdf+xml;q=0.5"
DOC_GRAPHS = ID + "graph/doc/"
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def endpoints(url: str, update_url: str | None = None) -> tuple[str, str]:
    """The query and update URLs for an ``--endpoint`` URL.

    >>> endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update')
    >>> endpoints("http://h/ds/query")
    ('http://h/ds/query', 'http://h/ds/update')
    >>> endpoints("https://h/sparql")
    ('https://h/sparql', 'https://h/sparql')
    >>> endpoints("localhost:7878")
    Traceback (most recent call last):
    graph.errors.StoreError: not a SPARQL endpoint URL: localhost:7878; write it as http://host:port/path
    """
    parts = _split(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not a SPARQL endpoint URL: {redact(url)}", hint="write it as http://host:port/path")
    parts = parts._replace(netloc=parts.netloc.rpartition("@")[2])  # credentials never shown
    base = urllib.parse.urlunsplit(parts)
    if parts.path in ("", "/"):
        query, update = base.rstrip("/") + "/query", base.rstrip("/") + "/update"
    elif parts.path.endswith("/query"):
        query, update = base, base[: -len("query")] + "update" if not parts.query else base
    else:
        query = update = base
    return query, update_url or os.environ.get(UPDATE_ENV) or update


SECRET_PARAMS = re.compile(r"(?i)^(api[-_]?key|key|token|access[-_]?token|auth|password|passwd|pwd|secret|"
                           r"client[-_]?secret|signature|sig|session|sessionid)$")


def redact(url) -> str:
    """A URL fit to print: no user name or password, secret-looking parameters masked.

    >>> redact("ftp://user:secret@h/x?apikey=123&q=1")
    'ftp://h/x?apikey=***&q=1'
    >>> redact("http://[::1")
    'http://[::1'
    """
    text = " ".join(str(url).split())
    try:
        parts = urllib.parse.urlsplit(text)
        netloc = parts.netloc.rpartition("@")[2]
        query = "&".join(f"{k}=***" if SECRET_PARAMS.match(urllib.parse.unquote(k)) else (f"{k}={v}" if sep else k)
                         for k, sep, v in (pair.partition("=") for pair in parts.query.split("&"))) \
            if parts.query else ""
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc, query=query))
    except ValueError:  # not parseable: keep no more than the scheme and host-like text before any @
        return re.sub(r"//[^/@]*@", "//", text)


def _split(url) -> urllib.parse.SplitResult:
    """urlsplit, with a malformed URL (an unclosed IPv6 bracket, a bad port) as one line."""
    try:
        parts = urllib.parse.urlsplit(str(url).strip())
        parts.port  # noqa: B018 — raises for a port that is not a number
        return parts
    except ValueError as exc:
        raise StoreError(f"not a valid URL: {redact(url)} ({exc})", hint="write it as http://host:port/path") from None


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + " …"


def _skolem(term, graph: str):
    if isinstance(term, ox.BlankNode):
        digest = hashlib.sha256(graph.encode()).hexdigest()[:12]
        return ox.NamedNode(f"{ID}.well-known/genid/{digest}-{term.value}")
    return term


class RemoteStore(Store):
    """A govgraph dataset on a SPARQL 1.1 server; the methods of ``graph.store.Store``.

    Parameters
    ----------
    url : the endpoint (see ``endpoints`` for how query and update URLs follow from it)
    read_only : refuse writes (the server may refuse them too)
    timeout : seconds without an answer before a request fails (default $GOVGRAPH_TIMEOUT, else
              30); a timed-out request is not tried again, so a silent server costs one timeout
    retries : further tries after a refused or dropped connection or HTTP 429/502/503/504,
              waiting ``backoff`` × 2^i seconds
    union : "auto" (probe), "native", "param" or "graphs" — how queries see all graphs
    """

    def __init__(self, url: str, read_only: bool = False, timeout: float | None = None, retries: int = 3,
                 backoff: float = 0.5, union: str = "auto", update_url: str | None = None):
        from graph.store import default_timeout
        parts = _split(url)
        self._auth = None
        if parts.username is not None:  # http://user:password@host/… → HTTP Basic authentication
            import base64
            pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            self._auth = "Basic " + base64.b64encode(pair.encode()).decode()
        self.query_url, self.update_url = endpoints(str(url), update_url)
        self.url = redact(url).rstrip("/")
        self.path = None
        self._lock = None
        self.read_only = read_only
        if timeout is not None and not timeout > 0:
            raise StoreError(f"bad timeout {timeout}", hint="seconds, a number above 0")
        self.timeout, self.retries, self.backoff = timeout or default_timeout(), retries, backoff
        if union not in ("auto", "native", "param", "graphs"):
            raise StoreError(f"unknown union mode {union}", hint="auto, native, param or graphs")
        self._union = None if union == "auto" else union
        self._graphs: list[str] | None = None
        self._names: set[str] | None = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # -- HTTP ------------------------------------------------------------------------------

    def _request(self, url: str, data: dict[str, Any] | bytes, what: str, accept: str | None = None,
                 content_type: str = "application/x-www-form-urlencoded") -> tuple[bytes, str]:
        """POST to the server with retries; (body, content type) of the answer."""
        body = data if isinstance(data, bytes) else urllib.parse.urlencode(data, doseq=True).encode()
        headers = {"Content-Type": content_type, "User-Agent": "govgraph"}
        if self._auth:
            headers["Authorization"] = self._auth
        if accept:
            headers["Accept"] = accept
        shown = redact(url)
        reason = "no answer"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read(), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                try:
                    message = _one_line(exc.read().decode("utf-8", "replace") or exc.reason or "")
                except (OSError, http.client.HTTPException):
                    message = ""
                if exc.code in TRANSIENT_STATUS:
                    reason = f"HTTP {exc.code} {message}".strip()
                    continue
                if exc.code == 400 and what == "query":
                    raise QueryError(f"the SPARQL endpoint {shown} rejected the {what}: {message}") from None
                hint = {401: "the server wants credentials", 403: "the server refuses this (read-only?)",
                        404: "no SPARQL service at this URL; check --endpoint",
                        405: "the server refuses this method (read-only? updates at another URL?)"}.get(exc.code)
                raise StoreError(f"SPARQL endpoint {shown}: {what} failed: HTTP {exc.code} {message}".rstrip(),
                                 hint=hint) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
                cause = getattr(exc, "reason", exc)
                if isinstance(cause, (socket.timeout, TimeoutError)):
                    tries = f" (after {attempt} earlier tries: {reason})" if attempt else ""
                    raise StoreError(f"SPARQL endpoint {shown}: {what} failed: timed out, no answer within "
                                     f"{self.timeout:g} s{tries}",
                                     hint="is the server busy or stuck? raise --timeout or $GOVGRAPH_TIMEOUT "
                                          "for long queries") from None
                if isinstance(cause, ConnectionRefusedError):
                    reason = "connection refused"
                elif isinstance(cause, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
                    reason = "connection reset by the server"
                elif isinstance(cause, http.client.IncompleteRead):
                    reason = "bad response: the answer was cut short"
                elif isinstance(cause, (http.client.RemoteDisconnected, http.client.BadStatusLine)):
                    reason = "bad response: the server closed the connection without an HTTP answer"
                elif isinstance(cause, http.client.HTTPException):
                    reason = f"bad response ({type(cause).__name__})"
                elif isinstance(cause, socket.gaierror):
                    raise StoreError(f"SPARQL endpoint {shown}: {what} failed: unknown host "
                                     f"({_one_line(cause)})") from None
                elif isinstance(cause, ValueError):
                    raise StoreError(f"SPARQL endpoint {shown}: {what} failed: {_one_line(cause)}") from None
                else:
                    reason = _one_line(cause)
        tries = f" ({self.retries + 1} tries)" if self.retries else ""
        hint = ("is the server running? `govgraph serve` serves a local store" if reason == "connection refused"
                else "is this a SPARQL 1.1 endpoint, and is it healthy?")
        raise StoreError(f"SPARQL endpoint {shown}: {what} failed: {reason}{tries}", hint=hint)

    def _select(self, sparql: str, what: str = "query", dataset: bool = False):
        params: dict[str, Any] = {"query": _PROLOGUE + sparql}
        if dataset:
            params.update(self._dataset())
        data, ctype = self._request(self.query_url, params, what, ACCEPT_RESULTS)
        return _parse_results(data, ctype, self.query_url)

    def _update(self, sparql: str, what: str) -> None:
        self._request(self.update_url, sparql.encode("utf-8"), what,
                      content_type="application/sparql-update; charset=utf-8")

    def _dataset(self) -> dict[str, Any]:
        """The protocol parameters that make the default graph the union of all graphs (of the
        graphs the ``view`` shows, listed one by one, when it hides some)."""
        hidden = self.hidden_graphs()
        if hidden:
            return {"default-graph-uri": sorted(self.graph_names() - hidden)}
        if self._union is None:
            self._union = self._probe()
            if self._union is None:  # no graph yet: nothing to see either way
                return {}
        if self._union == "param":
            return {"union-default-graph": ""}
        if self._union == "graphs":
            if self._graphs is None:  # listed again after each write of ours
                rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "listing graphs")
                self._graphs = sorted(r["g"].value for r in rows)
            return {"default-graph-uri": self._graphs}
        return {}

    def _probe(self) -> str | None:
        rows = list(self._select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "probing graphs"))
        if not rows:
            return None
        r = rows[0]
        ask = f"ASK {{ {r['s']} {r['p']} {r['o']} }}"
        if bool(self._select(ask, "probing the default graph")):
            return "native"
        try:
            data, ctype = self._request(self.query_url, {"query": ask, "union-default-graph": ""},
                                        "probing the default graph", ACCEPT_RESULTS)
        except StoreError:  # a server that refuses unknown parameters
            return "graphs"
        return "param" if bool(_parse_results(data, ctype, self.query_url)) else "graphs"

    # -- writing ---------------------------------------------------------------------------

    def _replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self._writable()
        g = graph.value
        body = "\n".join(f"{_skolem(q.subject, g)} {q.predicate} {_skolem(q.object, g)} ." for q in quads)
        self._update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}",
                     f"writing graph {_short(g)}")
        self._graphs = self._names = None

    def remove_document(self, name: str) -> bool:
        """Drop a document's graph; False when there was none."""
        from graph.store import document_graph
        self._writable()
        graph = document_graph(name)
        if not bool(self._select(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}", f"looking up {name}")):
            return False
        self._update(f"DROP SILENT GRAPH {graph}", f"removing {name}")
        self._graphs = self._names = None
        return True

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        """Drop any named graph; False when there was none."""
        self._writable()
        if graph.value not in self.graph_names():
            return False
        self._update(f"DROP SILENT GRAPH {graph}", f"removing graph {_short(graph.value)}")
        self._graphs = self._names = None
        return True

    def flush(self) -> None:
        """Nothing to do: every update request is committed by the server."""

    # -- reading ---------------------------------------------------------------------------

    def graph_sha(self, graph: ox.NamedNode) -> str | None:
        """The SHA-256 recorded in a graph (``dcterms:identifier "sha256:…"``), if any."""
        for row in self._select(f"SELECT ?id WHERE {{ GRAPH {graph} {{ ?x {IDENTIFIER} ?id }} }}",
                                f"reading graph {_short(graph.value)}"):
            if row["id"].value.startswith("sha256:"):
                return row["id"].value[7:]
        return None

    def documents(self) -> dict[str, str]:
        """File name → SHA-256 of every document on the server, sorted by name."""
        rows = self._select(
            f"SELECT ?g ?name ?id WHERE {{ GRAPH ?g {{ ?d {RDF_TYPE} {DOCUMENT} ; {FILE_NAME} ?name ; "
            f"{IDENTIFIER} ?id }} FILTER(STRSTARTS(STR(?g), \"{DOC_GRAPHS}\")) }}", "listing documents")
        found = {}
        for r in rows:
            if r["id"].value.startswith("sha256:"):
                found[r["name"].value] = r["id"].value[7:]
        return dict(sorted(found.items()))

    def quads(self, graph: ox.NamedNode | None = None, predicate: ox.NamedNode | None = None,
              object: ox.NamedNode | ox.Literal | None = None,
              subject: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads of the named graphs matching a pattern (all of them by default; without a
        ``graph``, those of the graphs the ``view`` shows)."""
        g = str(graph) if graph is not None else "?g"
        s = str(subject) if subject is not None else "?s"
        p = str(predicate) if predicate is not None else "?p"
        o = str(object) if object is not None else "?o"
        hidden = self.hidden_graphs() if graph is None else set()
        rows = self._select(f"SELECT * WHERE {{ GRAPH {g} {{ {s} {p} {o} }} }}", "reading quads")
        for r in rows:
            q = ox.Quad(subject if subject is not None else r["s"], predicate if predicate is not None else r["p"],
                        object if object is not None else r["o"], graph if graph is not None else r["g"])
            if q.graph_name.value not in hidden:
                yield q

    def graph_names(self) -> set[str]:
        """The IRIs of every named graph on the server."""
        if self._names is None:
            rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "listing graphs")
            self._names = {r["g"].value for r in rows if r["g"] is not None}
        return self._names

    def graphs_with(self, node: ox.NamedNode) -> set[str]:
        """The named graphs in which ``node`` is a subject or an object."""
        rows = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} }} }}",
                            "looking up a node")
        return {r["g"].value for r in rows}

    def __len__(self) -> int:
        rows = list(self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "counting quads"))
        return int(rows[0]["n"].value) if rows else 0

    def raw_query(self, sparql: str, bindings: dict[str, Any] | None = None, allow_service: bool = False,
                  timeout: float | None = None):
        """Run SPARQL on the server, the union of all graphs as default graph; bindings go into the
        WHERE pattern as a VALUES block whose terms pyoxigraph serialises (``graph.guard.bind``),
        and ``SERVICE`` is refused unless ``allow_service``, as with the embedded store."""
        from graph.guard import bind, check_service
        if not allow_service:
            check_service(sparql)
        text = bind(sparql, bindings)
        params = {"query": _PROLOGUE + text, **self._dataset()}
        data, ctype = self._request(self.query_url, params, "query", ACCEPT_ANY)
        return _parse_any(data, ctype, self.query_url)

    def query(self, sparql: str, bindings: dict[str, Any] | None = None, allow_service: bool = False,
              timeout: float | None = None) -> list[dict] | bool:
        """SPARQL results as plain Python, exactly as ``Store.query`` gives them."""
        from graph.store import _Solutions, value
        result = self.raw_query(sparql, bindings, allow_service=allow_service, timeout=timeout)
        if isinstance(result, list) and not isinstance(result, _Solutions):  # CONSTRUCT / DESCRIBE
            return [{"subject": value(t.subject), "predicate": value(t.predicate), "object": value(t.object)}
                    for t in result]
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        names = [v.value for v in result.variables]
        return [{n: value(row[n]) for n in names} for row in result]


def _short(graph: str) -> str:
    return urllib.parse.unquote(graph[len(DOC_GRAPHS):]) if graph.startswith(DOC_GRAPHS) else graph


def _parse_results(data: bytes, ctype: str, url: str):
    media = ctype.split(";")[0].strip().lower()
    fmt = ox.QueryResultsFormat.from_media_type(media) if media else ox.QueryResultsFormat.JSON
    if fmt is None:
        raise StoreError(f"SPARQL endpoint {redact(url)}: bad response: unexpected answer of type "
                         f"{_one_line(media, 60) or 'unknown'}")
    from graph.store import _Solutions
    try:
        result = ox.parse_query_results(data, format=fmt)
        if isinstance(result, ox.QuerySolutions):  # read in full here: a truncated answer fails now
            return _Solutions(result.variables, list(result))
        return result
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise StoreError(f"SPARQL endpoint {redact(url)}: bad response: unreadable results "
                         f"({_one_line(exc, 120)})") from None


def _parse_any(data: bytes, ctype: str, url: str):
    media = ctype.split(";")[0].strip().lower()
    rdf = ox.RdfFormat.from_media_type(media) if media else None
    if rdf is None:
        return _parse_results(data, ctype, url)
    try:
        return [q.triple for q in ox.parse(data, format=rdf, without_named_graphs=True)]
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise StoreError(f"SPARQL endpoint {redact(url)}: bad response: unreadable RDF "
                         f"({_one_line(exc, 120)})") from None


def open_remote(url: str | None = None, read_only: bool = False, **options) -> RemoteStore:
    """The remote store at ``url`` (default $GOVGRAPH_ENDPOINT)."""
    url = url or os.environ.get(ENV)
    if not url:
        raise StoreError("no SPARQL endpoint given", hint=f"pass --endpoint URL or set ${ENV}")
    return RemoteStore(url, read_only=read_only, **options)

