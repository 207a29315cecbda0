"""A real SPARQL 1.1 server as the store (the oxigraph server), `govgraph serve`, and `build --jobs`.

Every test that needs a server starts `oxigraph serve` on a free loopback port in a
temporary folder and stops it afterwards.
"""
import copy
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.build import build
from graph.cli import cli
from graph.endpoint import RemoteStore, endpoints
from graph.errors import QueryError, StoreError
from graph.export import export
from graph.network import to_networkx
from graph.query import interlocks, links, paths, sparql
from graph.serve import MARKER, find_server, free_port, start
from graph.store import ONTOLOGY_GRAPH, Store, document_graph

try:
    OXIGRAPH = find_server()
except StoreError:  # the server is in the test extra; without it these tests cannot run
    OXIGRAPH = None
needs_server = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed")


class Server:
    """`oxigraph serve` on a folder, on a free loopback port."""

    def __init__(self, location, *flags):
        self.location, self.flags = location, flags
        self.start()

    def start(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}", *self.flags],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while True:
            assert self.process.poll() is None, "the oxigraph server did not start"
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                assert time.monotonic() < deadline, "the oxigraph server did not answer"
                time.sleep(0.05)

    def kill(self):
        self.process.kill()
        self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def server(tmp_path):
    s = Server(tmp_path / "server")
    yield s
    s.stop()


def write(tmp_path, extraction, name="x.json"):
    path = tmp_path / name
    path.write_text(json.dumps(extraction, ensure_ascii=False), encoding="utf-8")
    return path


def data_quads(store):
    """The document graphs' quads (the ontology graph's skolem IRIs differ per parse)."""
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in store.quads() if q.graph_name != ONTOLOGY_GRAPH}


def variants(gold, n):
    """n copies of the seed's extraction as different documents."""
    out = []
    for i in range(n):
        x = copy.deepcopy(gold)
        x["document"], x["sha256"] = f"{i:03d}_copy.txt", f"{i:064x}"
        out.append(x)
    return out


# -- the same answers both ways -------------------------------------------------------------


@needs_server
def test_seed_built_both_ways_gives_the_same_answers(tmp_path, server, gold_extraction):
    path = write(tmp_path, gold_extraction)
    local, remote = Store(tmp_path / "local"), RemoteStore(server.url)
    a, b = build([path], local), build([path], remote)
    assert a.rows() == b.rows() and b.added == [gold_extraction["document"]]
    assert local.documents() == remote.documents() == {gold_extraction["document"]: gold_extraction["sha256"]}
    assert data_quads(local) == data_quads(remote) and len(data_quads(remote)) > 1000
    assert not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
                   for q in remote.quads(graph=ONTOLOGY_GRAPH))  # skolemised before they left

    G, H = to_networkx(local), to_networkx(remote)
    assert links(G, "业委会") == links(H, "业委会") and links(H, "业委会")
    assert paths(G, "金谷社区党支部", "三河市") == paths(H, "金谷社区党支部", "三河市")
    assert interlocks(G) == interlocks(H) and interlocks(H)[0]["people"] == 279
    q = "SELECT ?place WHERE { ?e rdfs:label ?label ; gg:place/rdfs:label ?place } ORDER BY ?place"
    assert sparql(local, q, {"label": "业委会"}) == sparql(remote, q, {"label": "业委会"}) != []
    assert sparql(remote, q, {"label": '业委会" } #'}) == []  # bound values are never pasted
    ask = "ASK { ?d a gg:Document }"
    construct = "CONSTRUCT { ?d a gg:Document } WHERE { ?d a gg:Document }"
    assert sparql(local, ask) is sparql(remote, ask) is True
    assert sparql(local, construct) == sparql(remote, construct)
    for fmt in ("ttl", "trig", "json", "csv", "graphml"):
        assert export(local, fmt) == export(remote, fmt), fmt


@needs_server
def test_cli_answers_the_same_with_endpoint_and_store(tmp_path, server, gold_extraction):
    path, folder = write(tmp_path, gold_extraction), str(tmp_path / "local")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(path), "--store", folder]).exit_code == 0
    assert runner.invoke(cli, ["build", str(path), "--endpoint", server.url]).exit_code == 0
    for command in (["links", "业委会", "--place", "德阳市", "--json"],
                    ["path", "金谷社区党支部", "三河市", "--json"],
                    ["interlocks", "--csv"],
                    ["cobuild", "--json"],
                    ["compare", "德阳市", "蓬莱区", "--json"],
                    ["sparql", "SELECT ?l WHERE { ?e a gg:Mechanism ; rdfs:label ?l } ORDER BY ?l", "--csv"],
                    ["export", "--format", "ttl"]):
        here = runner.invoke(cli, command + ["--store", folder])
        there = runner.invoke(cli, command + ["--endpoint", server.url])
        assert here.exit_code == there.exit_code == 0, (command, there.output)
        assert here.output == there.output and len(here.output) > 100, command
    env = runner.invoke(cli, ["interlocks", "--csv"], env={"GOVGRAPH_ENDPOINT": server.url})
    assert env.output == runner.invoke(cli, ["interlocks", "--csv", "--store", folder]).output
    gone = runner.invoke(cli, ["remove", gold_extraction["document"], "--endpoint", server.url])
    assert gone.exit_code == 0 and RemoteStore(server.url).documents() == {}


@needs_server
def test_queries_see_every_graph_whatever_the_server_default(tmp_path, gold_extraction):
    """Oxigraph's default graph is not the union unless asked: the store probes and copes."""
    path = write(tmp_path, gold_extraction)
    plain, union = Server(tmp_path / "plain"), Server(tmp_path / "union", "--union-default-graph")
    try:
        for s in (plain, union):
            build([path], RemoteStore(s.url))
        count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a gg:Relation }"
        found = {}
        for mode, url in (("auto", plain.url), ("graphs", plain.url), ("auto", union.url)):
            store = RemoteStore(url, union=mode)
            found[mode, url] = store.query(count)[0]["n"]
            assert store._union == {("auto", plain.url): "param", ("graphs", plain.url): "graphs",
                                    ("auto", union.url): "native"}[mode, url]
        assert len(set(found.values())) == 1 and found["auto", plain.url] > 100
    finally:
        plain.stop()
        union.stop()


@needs_server
def test_replacing_a_document_swaps_its_graph(tmp_path, server, gold_extraction):
    remote, local = RemoteStore(server.url), Store()
    build([write(tmp_path, gold_extraction)], remote)
    changed = copy.deepcopy(gold_extraction)
    changed["sha256"] = "f" * 64
    dropped = changed["relations"].pop()
    result = build([write(tmp_path, changed, "changed.json")], remote)
    assert result.replaced == [gold_extraction["document"]]
    build([write(tmp_path, changed, "changed.json")], local)
    assert data_quads(remote) == data_quads(local)
    assert remote.documents() == {gold_extraction["document"]: "f" * 64}
    assert not any(r["quote"] == dropped["evidence"] for r in links(to_networkx(remote), dropped["subject"]))


# -- faults ---------------------------------------------------------------------------------


@needs_server
def test_server_killed_between_documents_leaves_only_whole_ones(tmp_path, server, gold_extraction):
    docs = variants(gold_extraction, 5)
    paths_ = [write(tmp_path, d, f"{i}.json") for i, d in enumerate(docs)]

    def kill_after_two(items):
        for i, item in enumerate(items):
            if i == 2:
                server.kill()
            yield item

    remote = RemoteStore(server.url, retries=1, backoff=0.01)
    with pytest.raises(StoreError) as error:
        build(paths_, remote, progress=kill_after_two)
    message = str(error.value)
    assert "\n" not in message and server.url in message and "002_copy.txt" in message
    server.start()  # the same folder, a new port
    after = RemoteStore(server.url)
    assert after.documents() == {d["document"]: d["sha256"] for d in docs[:2]}
    local = Store()
    build(paths_[:2], local)
    assert data_quads(after) == data_quads(local)


@needs_server
def test_server_killed_during_a_write_leaves_no_half_document(tmp_path, server, gold_extraction, monkeypatch):
    big = copy.deepcopy(gold_extraction)  # a document large enough that the kill lands mid-write
    for i in range(60):
        for r in gold_extraction["relations"]:
            r2 = dict(r, count=(r.get("count") or 0) + 1000 * (i + 1))
            big["relations"].append(r2)
    remote = RemoteStore(server.url, retries=0)
    build([write(tmp_path, gold_extraction, "small.json")], remote)
    before = data_quads(remote)
    big["document"] = gold_extraction["document"]  # replaces the small one
    big["sha256"] = "e" * 64
    timers = []
    send = remote._update

    def update_then_kill(sparql, what):  # the kill lands while the server reads or commits the update
        timers.append(threading.Timer(0.05, server.kill))
        timers[-1].start()
        return send(sparql, what)

    monkeypatch.setattr(remote, "_update", update_then_kill)
    with pytest.raises(StoreError):
        build([write(tmp_path, big, "big.json")], remote, force=True)
        timers[-1].join()
        remote.documents()  # the kill came after the answer: the next request fails
    server.start()
    after = RemoteStore(server.url)
    rows = after.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?d a gg:Document } } "
                       "FILTER(?g != <%s>) } LIMIT 1" % ONTOLOGY_GRAPH.value)
    assert rows == []  # no graph without its Document node
    now = data_quads(after)
    assert gold_extraction["document"] in after.documents()  # never dropped without its new version
    if after.documents()[gold_extraction["document"]] == gold_extraction["sha256"]:
        assert now == before  # the old version, untouched
    else:  # the kill came after the commit: the whole new version
        full = Store()
        build([write(tmp_path, big, "big.json")], full)
        assert now == data_quads(full)


def test_server_down_is_one_line_naming_the_endpoint():
    url = f"http://127.0.0.1:{free_port()}"
    store = RemoteStore(url, retries=2, backoff=0.01)
    with pytest.raises(StoreError) as error:
        store.documents()
    message = str(error.value)
    assert "\n" not in message and url in message and "connection refused" in message and "3 tries" in message
    result = subprocess.run([sys.executable, "-m", "graph", "links", "业委会", "--endpoint", url],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: SPARQL endpoint") and url in result.stderr


def test_a_server_that_never_answers_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts connections, never answers
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with pytest.raises(StoreError, match="timed out, no answer within 0.3 s"):
            RemoteStore(url, timeout=0.3, retries=1, backoff=0.01).query("ASK { ?s ?p ?o }")
    finally:
        listener.close()


class Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first ``failures`` requests, then an empty SPARQL result."""

    failures = 0
    seen = 0
    auth = None

    def do_POST(self):  # noqa: N802
        type(self).seen += 1
        type(self).auth = self.headers.get("Authorization")
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if type(self).seen <= type(self).failures:
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b"busy\n  try later")
            return
        body = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"7",' \
               b'"datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("failures, retries, ok", [(2, 3, True), (5, 2, False)])
def test_transient_errors_are_retried_with_backoff(failures, retries, ok):
    handler = type("H", (Flaky,), {"failures": failures, "seen": 0})
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    try:
        store = RemoteStore(url, retries=retries, backoff=0.01, union="native")
        if ok:
            # two requests: the graphs are listed once (for the reviewed view), then the query
            assert store.query("SELECT (7 AS ?n) {}") == [{"n": 7}] and handler.seen == failures + 2
        else:
            with pytest.raises(StoreError) as error:
                store.query("SELECT (7 AS ?n) {}")
            assert "HTTP 503 busy try later" in str(error.value) and handler.seen == retries + 1
            assert "\n" not in str(error.value)
    finally:
        httpd.shutdown()


@needs_server
def test_bad_sparql_and_read_only_servers_are_named_errors(tmp_path, server, gold_extraction):
    with pytest.raises(QueryError, match="rejected the query"):
        RemoteStore(server.url).query("SELECT ?s WHERE { ?s ?p ")
    build([write(tmp_path, gold_extraction)], RemoteStore(server.url))
    with pytest.raises(StoreError, match="read-only"):
        RemoteStore(server.url, read_only=True).remove_document(gold_extraction["document"])
    server.stop()
    folder = tmp_path / "served"
    folder.mkdir()
    os.rename(server.location, folder / "oxigraph")  # the layout of a store folder
    with start(folder, port=0) as served:  # read-only: `oxigraph serve-read-only`
        with pytest.raises(StoreError, match="HTTP 403"):
            RemoteStore(served.url).remove_document(gold_extraction["document"])


def test_credentials_go_in_a_header_never_in_messages():
    handler = type("H", (Flaky,), {"failures": 0, "seen": 0})
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        store = RemoteStore(f"http://reader:s3cret@127.0.0.1:{httpd.server_address[1]}/sparql", union="native")
        assert store.query("SELECT (7 AS ?n) {}") == [{"n": 7}]
        assert handler.auth == "Basic cmVhZGVyOnMzY3JldA==" and "s3cret" not in store.url
    finally:
        httpd.shutdown()
    with pytest.raises(StoreError) as error:
        RemoteStore(f"http://reader:s3cret@127.0.0.1:{free_port()}", retries=0).documents()
    assert "s3cret" not in str(error.value) and "reader" not in str(error.value)


def test_endpoint_urls():
    assert endpoints("http://h:3030/ds/query") == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert endpoints("http://h:7878/") == ("http://h:7878/query", "http://h:7878/update")
    with pytest.raises(StoreError, match="not a SPARQL endpoint URL"):
        RemoteStore("ftp://h/x")
    with pytest.raises(StoreError, match="not both"):
        Store.open("some/folder", endpoint="http://h:7878")


# -- govgraph serve -------------------------------------------------------------------------


@needs_server
def test_serve_read_only_answers_and_keeps_builds_off(tmp_path, gold_extraction):
    folder = tmp_path / "store"
    build([write(tmp_path, gold_extraction)], Store(folder))
    with start(folder, port=0) as served:
        assert (folder / MARKER).exists() and served.url.startswith("http://127.0.0.1:")
        assert data_quads(RemoteStore(served.url)) == data_quads(Store(folder, read_only=True))
        with pytest.raises(StoreError, match="served read-only"):
            Store.open(folder, read_only=False)
        assert type(Store.open(folder)) is Store  # two readers are fine
    assert not (folder / MARKER).exists()
    assert Store.open(folder, read_only=False).documents()  # writable again


@needs_server
def test_serve_writable_takes_the_folder_and_commands_go_through_it(tmp_path, gold_extraction):
    folder = tmp_path / "store"
    with start(folder, port=0, writable=True) as served:
        store = Store.open(folder, read_only=False)
        assert isinstance(store, RemoteStore) and store.url == served.url
        build([write(tmp_path, gold_extraction)], store)
    assert Store.open(folder).documents() == {gold_extraction["document"]: gold_extraction["sha256"]}


@needs_server
def test_cli_serve_starts_on_loopback_and_stops_cleanly(tmp_path, gold_extraction):
    folder = tmp_path / "store"
    build([write(tmp_path, gold_extraction)], Store(folder))
    process = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(folder), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        assert "read-only" in first, first + process.stderr.read()
        url = process.stdout.readline().split()[-1].rsplit("/", 1)[0]
        assert url.startswith("http://127.0.0.1:")
        assert RemoteStore(url).documents() == {gold_extraction["document"]: gold_extraction["sha256"]}
        child = json.loads((folder / MARKER).read_text())["pid"]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(20)
    assert process.returncode == 0 and not (folder / MARKER).exists()
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_serve_without_a_store_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code != 0 and "no govgraph store" in str(result.exception)


# -- build --jobs -----------------------------------------------------------------------------


def test_parallel_build_writes_the_same_store(tmp_path, seed_path, gold_extraction):
    corpus = seed_path.parent.parent / "tests" / "corpus"
    inputs = [seed_path.parent, corpus, write(tmp_path, variants(gold_extraction, 3))]
    one, two = Store(tmp_path / "one"), Store(tmp_path / "two")
    a, b = build(inputs, one), build(inputs, two, jobs=2)
    assert a.rows() == b.rows() and a.added == b.added and a.failed == b.failed and len(a.added) > 5
    assert data_quads(one) == data_quads(two)
    again = build(inputs, two, jobs=2)  # nothing changed: nothing extracted
    assert not again.added and again.unchanged == a.added
