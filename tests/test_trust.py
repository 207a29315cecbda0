"""Faults and abuse (issue 12): a store folder or a query never runs code or reaches out, a bad byte
costs a byte, every failure is one line and leaves no partial file."""
import http.server
import json
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.cli import cli
from graph.errors import GovgraphError, InputError, QueryError, StoreError
from graph.network import example_store, to_networkx

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?x }"


def run(*args):
    """The CLI as a user runs it (main(): errors as one line), in a subprocess; (code, out, err)."""
    p = subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def one_line(err: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """The example graph as a store folder on disk."""
    from graph.store import Store
    folder = tmp_path_factory.mktemp("trust") / "store"
    s = Store(folder)
    for q in example_store().quads():
        pass
    src = example_store()
    for name, sha in src.documents().items():
        from graph.store import document_graph
        triples = [(q.subject, q.predicate, q.object) for q in src.quads(graph=document_graph(name))]
        s.replace_document(name, sha, triples)
    del s
    return folder


class Listener:
    """A TCP listener on loopback that counts connections and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"

    def received(self) -> int:
        n = 0
        while True:
            try:
                conn, _ = self.sock.accept()
                conn.close()
                n += 1
            except (socket.timeout, OSError):
                return n

    def close(self):
        self.sock.close()


@pytest.fixture
def listener():
    ear = Listener()
    yield ear
    ear.close()


# -- 1. no code from data ------------------------------------------------------------------------

class Planted:
    def __reduce__(self):
        return (os.system, (f"touch {os.environ['GG_PWNED']}",))


def test_a_planted_pickle_in_the_store_never_runs(tmp_path, store_dir, monkeypatch):
    import hashlib
    from graph.store import Store
    marker = tmp_path / "pwned"
    monkeypatch.setenv("GG_PWNED", str(marker))
    s = Store(store_dir, read_only=True)
    (store_dir / "cache").mkdir(exist_ok=True)
    for version in ("1", "2", "3", "4"):  # every key an older or this version would compute
        key = hashlib.sha256(json.dumps([version, s.documents()]).encode()).hexdigest()[:24]
        for suffix in ("pickle", "json"):
            (store_dir / "cache" / f"network-{key}.{suffix}").write_bytes(pickle.dumps(Planted()))
    G = to_networkx(s)
    assert G.number_of_nodes() == 12 and not marker.exists()
    s.clear_cache()


def test_the_json_cache_gives_the_projection_it_saved(store_dir):
    from graph.store import Store
    s = Store(store_dir, read_only=True)
    fresh = to_networkx(s, cache=False)
    to_networkx(s)
    cached = to_networkx(s)
    assert list((store_dir / "cache").glob("*.json")) and not list((store_dir / "cache").glob("*.pickle"))
    assert dict(cached.nodes(data=True)) == dict(fresh.nodes(data=True))
    assert sorted(cached.edges(keys=True, data=True)) == sorted(fresh.edges(keys=True, data=True))


def test_nothing_unpickles_evals_or_imports_from_data():
    import graph
    files = list(Path(graph.__file__).resolve().parent.rglob("*.py"))
    assert len(files) > 20
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert "eval(" not in text.replace("_eval(", "") and "exec(" not in text, f
        if "pickle.load" in text:  # only the vocabulary cache, and only behind its HMAC
            assert f.name == "vocab.py" and "hmac.compare_digest" in text


def test_an_unsigned_vocabulary_cache_is_not_unpickled(tmp_path, monkeypatch):
    from graph import vocab
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    marker = tmp_path / "pwned"
    monkeypatch.setenv("GG_PWNED", str(marker))
    vocab.load(reload=True)  # writes a signed cache and the user's key
    for f in (tmp_path / "cache" / "govgraph").glob("vocab-*.pickle"):
        f.write_bytes(pickle.dumps(Planted()))
    assert vocab.load(reload=True).lookup("业主委员会") is not None
    assert not marker.exists()


# -- 2. no outgoing requests unless asked ---------------------------------------------------------

@pytest.mark.parametrize("form", ["SERVICE", "SERVICE SILENT", "service"])
def test_service_is_refused_and_nothing_goes_out(form, listener):
    from graph.query import sparql
    q = f"SELECT * WHERE {{ {form} <{listener.url}> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError, match="SERVICE is refused"):
        sparql(example_store(), q)
    assert listener.received() == 0


def test_service_refused_in_the_cli_in_one_line(store_dir, listener):
    code, _, err = run("sparql", f"SELECT * {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}",
                       "--store", str(store_dir))
    assert code == 1 and "SERVICE is refused" in one_line(err) and "--allow-service" in err
    assert listener.received() == 0


def test_allow_service_is_bounded_by_the_timeout(listener):
    from graph.query import sparql
    q = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError, match="timed out after 0.5 s"):
        sparql(example_store(), q, allow_service=True, timeout=0.5)


def test_words_in_literals_and_variables_are_not_service():
    from graph.query import sparql
    q = 'SELECT ?service WHERE { ?service rdfs:label ?l FILTER(?l != "SERVICE <http://x/>") }'
    assert len(sparql(example_store(), q)) > 0


@pytest.fixture
def served(store_dir):
    from graph.serve import start
    server = start(store_dir, port=0)
    yield server
    server.stop()


def _post(url, data: bytes, ctype, host=None):
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype}, method="POST")
    if host:
        req.add_unredirected_header("Host", host)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_serve_refuses_service_in_every_form(served, listener):
    q = f"SELECT * {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    from urllib.parse import quote, urlencode
    assert _post(served.query_url, q.encode(), "application/sparql-query")[0] == 403
    assert _post(served.query_url, urlencode({"query": q}).encode(), "application/x-www-form-urlencoded")[0] == 403
    try:
        urllib.request.urlopen(served.query_url + "?query=" + quote(q), timeout=20)
        status = 200
    except urllib.error.HTTPError as exc:
        status = exc.code
    assert status == 403
    assert listener.received() == 0
    ok = _post(served.query_url, b"SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "application/sparql-query")
    assert ok[0] == 200  # an ordinary query still goes through


def test_serve_checks_host_on_loopback(served):
    q = b"ASK { ?s ?p ?o }"
    assert _post(served.query_url, q, "application/sparql-query", host="evil.example")[0] == 403
    assert _post(served.query_url, q, "application/sparql-query", host="evil.example:7878")[0] == 403
    assert _post(served.query_url, q, "application/sparql-query", host=f"localhost:{served.url.rsplit(':', 1)[1]}")[0] == 200


def test_remote_store_refuses_service_before_sending(listener):
    from graph.endpoint import RemoteStore
    with pytest.raises(QueryError, match="SERVICE"):
        RemoteStore(listener.url).query(f"ASK {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
    assert listener.received() == 0


# -- 3. --bind is exact ---------------------------------------------------------------------------

def test_bind_applies_inside_an_aggregate():
    from graph.query import sparql
    s = example_store()
    literal = sparql(s, COUNT.replace("?x", '"业委会"'))[0]["n"]
    assert literal == 2
    assert sparql(s, COUNT, {"x": "业委会"}) == [{"n": literal}]
    assert sparql(s, COUNT, {"x": "NOPE"}) == [{"n": 0}]


def test_bind_in_a_subquery_and_a_construct():
    from graph.query import sparql
    s = example_store()
    sub = "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?x } } }"
    with pytest.raises(QueryError, match="not in the query's WHERE pattern"):
        sparql(s, sub, {"x": "业委会"})  # ?x is not projected out of the sub-query: refused
    q = "SELECT ?x WHERE { { SELECT ?x WHERE { ?e rdfs:label ?x } } }"
    assert sparql(s, q, {"x": "业委会"}) == [{"x": "业委会"}] * 2
    c = "CONSTRUCT { ?e rdfs:label ?x } WHERE { ?e rdfs:label ?x }"
    assert len(sparql(s, c, {"x": "业委会"})) == 2


@pytest.mark.parametrize("bind,message", [("n=3", "?n is not in the query's WHERE pattern"),
                                          ("x y=1", "bad variable name"), ("?=1", "bad variable name"),
                                          ("x", "bad --bind")])
def test_a_binding_that_would_not_apply_is_one_line(store_dir, bind, message):
    code, _, err = run("sparql", COUNT, "--bind", bind, "--store", str(store_dir))
    assert code == 1 and message in one_line(err)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(st.text(max_size=80), st.sampled_from([COUNT, "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }",
                                                              "SELECT * { { SELECT ?x { ?x ?p ?o } } }"])
                       .flatmap(lambda q: st.text(max_size=12).map(lambda t: q.replace("?o", "?o" + t)))),
       bindings=st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=3))
def test_any_query_with_any_bindings_answers_or_fails_in_one_line(query, bindings):
    from graph.query import sparql
    try:
        sparql(STORE, query, bindings)
    except GovgraphError as exc:
        assert "\n" not in str(exc)


STORE = example_store()


# -- 4. timeouts you can set, the cause named -----------------------------------------------------

def test_a_silent_server_times_out_as_asked(listener, monkeypatch):
    from graph.endpoint import RemoteStore
    monkeypatch.setenv("GOVGRAPH_TIMEOUT", "0.4")
    with pytest.raises(StoreError, match=r"timed out, no answer within 0.4 s") as info:
        RemoteStore(listener.url).documents()
    assert "refused" not in str(info.value)


def test_cli_timeout_option(listener):
    code, _, err = run("links", "业委会", "--endpoint", listener.url, "--timeout", "0.4")
    assert code == 1 and "timed out, no answer within 0.4 s" in one_line(err)


def test_default_timeout_is_thirty_seconds(monkeypatch):
    from graph.endpoint import RemoteStore
    monkeypatch.delenv("GOVGRAPH_TIMEOUT", raising=False)
    assert RemoteStore("http://127.0.0.1:9/").timeout == 30
    monkeypatch.setenv("GOVGRAPH_TIMEOUT", "abc")
    with pytest.raises(StoreError, match="GOVGRAPH_TIMEOUT"):
        RemoteStore("http://127.0.0.1:9/")


def _serve_once(answer):
    """A loopback server that reads a request and calls ``answer(conn)``; its URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)

    def loop():
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            conn.recv(65536)
            answer(conn)
    threading.Thread(target=loop, daemon=True).start()
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"


def _reset(conn):
    import struct
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _garbage(conn):
    conn.sendall(b"HELLO THERE\r\n\r\n")
    conn.close()


def _truncated(conn):
    body = b'{"head":{"vars":["d"]},"results":{"bindings":[{"d":{"type":"uri","value":"http://a'
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                 + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    conn.close()


@pytest.mark.parametrize("answer,cause", [(_reset, "connection reset by the server"),
                                          (_garbage, "bad response"), (_truncated, "bad response")])
def test_the_cause_is_named(answer, cause):
    from graph.endpoint import RemoteStore
    sock, url = _serve_once(answer)
    try:
        with pytest.raises(StoreError) as info:
            RemoteStore(url, retries=1, backoff=0.01).query("SELECT ?d { ?d ?p ?o }")
        assert cause in str(info.value) and "\n" not in str(info.value)
    finally:
        sock.close()


def test_truncated_json_is_one_line_in_the_cli():
    sock, url = _serve_once(_truncated)
    try:
        code, _, err = run("sparql", "SELECT ?d { ?d ?p ?o }", "--endpoint", url)
        assert code == 1 and "bad response" in one_line(err)
    finally:
        sock.close()


def test_refused_is_named_refused():
    from graph.endpoint import RemoteStore
    port = Listener()
    port.close()
    with pytest.raises(StoreError, match="connection refused"):
        RemoteStore(f"http://127.0.0.1:{port.port}", retries=0).documents()


# -- 5. a bad byte costs a byte -------------------------------------------------------------------

def test_one_stray_byte_in_utf8_is_replaced_and_reported(tmp_path):
    from graph.read import read_file
    f = tmp_path / "a.txt"
    f.write_bytes("党建引领城市基层治理。\n".encode() * 3 + b"\xff" + "第二段文字。\n".encode())
    with pytest.warns(UserWarning, match=r"1 undecodable byte \(utf-8\).*offset 102 \(line 4\)"):
        doc = read_file(f)
    assert "\ufffd" in doc.text and "第二段文字" in doc.text and doc.warnings


def test_one_stray_byte_in_gb18030_is_replaced_and_reported(tmp_path):
    from graph.read import read_file
    f = tmp_path / "g.txt"
    f.write_bytes(("党建引领城市基层治理。" * 40 + "\n").encode("gb18030") + b"\x80 " + "结束。".encode("gb18030"))
    with pytest.warns(UserWarning, match=r"gb18030.*offset 881 \(line 2\)"):
        doc = read_file(f)
    assert doc.encoding == "gb18030" and doc.text.endswith("结束。")


def test_the_cli_warns_in_one_line_and_reads_the_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("党建引领城市基层治理。\n".encode() + b"\xfe" + "第二段。\n".encode())
    code, out, err = run("read", str(f))
    assert code == 0 and "第二段" in out and one_line(err).startswith("Warning: ") and "line 2" in err


def test_mostly_undecodable_text_is_refused_naming_what_was_tried():
    from graph.read import read_bytes
    data = bytes(range(0x80, 0x100)) * 8 + "党建".encode()
    with pytest.raises(InputError, match=r"tried UTF-8 \(first bad byte at offset 0\), GB18030"):
        read_bytes(data, "x.txt")


# -- 6. output files written atomically -----------------------------------------------------------

def run_limited(args, limit: int):
    """The CLI with files capped at ``limit`` bytes: a write past it fails as on a full disk."""
    code = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
            "from graph.cli import main; sys.argv = ['govgraph'] + sys.argv[1:]; main()")
    p = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


@pytest.mark.parametrize("args", [["export", "--format", "ttl", "-o"], ["render", "-o"]])
def test_a_full_disk_keeps_the_old_file_and_is_one_line(tmp_path, store_dir, args):
    to_networkx(str(store_dir))  # the projection cached before the disk fills
    target = tmp_path / "out.file"
    target.write_text("old", encoding="utf-8")
    code, _, err = run_limited([*args, str(target), "--store", str(store_dir)], 2000)
    assert code == 1 and "cannot write" in one_line(err) and "disk is full" in err
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]


def test_a_full_disk_during_extract_out_leaves_no_partial_file(tmp_path, seed_path):
    out = tmp_path / "out"
    code, _, err = run_limited(["extract", str(seed_path), "--out", str(out)], 3000)
    assert code == 1 and "cannot write" in one_line(err)
    assert not out.exists() or list(out.iterdir()) == []


# -- 7. the smaller faults ------------------------------------------------------------------------

def test_one_writer_lock_for_build_and_serve(tmp_path, store_dir):
    from graph.serve import start
    from graph.store import Store
    folder = tmp_path / "s"
    writer = Store(folder)
    with pytest.raises(StoreError, match="in use by another govgraph process"):
        Store(folder)
    with pytest.raises(StoreError, match="in use by another govgraph process|being written"):
        start(folder, port=0)
    del writer
    server = start(folder, port=0)
    try:
        with pytest.raises(StoreError):
            Store.open(folder, read_only=False)
    finally:
        server.stop()
    Store(folder)  # free again


def test_serve_killed_takes_its_server_and_lock_with_it(tmp_path, store_dir):
    import shutil
    folder = tmp_path / "s"
    shutil.copytree(store_dir, folder)
    p = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(folder), "--port", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "Serving" in p.stdout.readline()
    child = json.loads((folder / "serve.json").read_text())["server"]
    p.send_signal(signal.SIGKILL)
    p.wait()
    for _ in range(100):  # the kernel ends the child; wait for it to go (not a timed assertion)
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        try:
            os.waitpid(child, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)
    from graph.store import Store
    Store(folder)  # the lock went with it: a build may start


def test_secrets_are_never_printed(listener):
    from graph.endpoint import RemoteStore
    code, _, err = run("links", "x", "--endpoint", "ftp://user:hunter2@example.org/")
    assert code == 1 and "hunter2" not in one_line(err) and "user" not in err
    listener.close()
    with pytest.raises(StoreError) as info:
        RemoteStore(f"http://127.0.0.1:{listener.port}/sparql?apikey=hunter2&x=1", retries=0).documents()
    assert "hunter2" not in str(info.value) and "apikey=***" in str(info.value)


@pytest.mark.parametrize("url", ["http://[::1", "http://[::1]:port/x", "http://[zz]/"])
def test_malformed_urls_are_one_line(url):
    code, _, err = run("links", "x", "--endpoint", url)
    assert code == 1 and one_line(err).startswith("Error: ")


def test_a_corrupt_store_is_one_line(tmp_path, store_dir):
    import shutil
    folder = tmp_path / "s"
    shutil.copytree(store_dir, folder)
    (folder / "oxigraph" / "CURRENT").write_text("garbage")
    for f in (folder / "cache").glob("*"):
        f.unlink()
    code, _, err = run("sparql", "ASK { ?s ?p ?o }", "--store", str(folder))
    assert code == 1 and "damaged" in one_line(err)


def test_remove_removes_every_known_name(tmp_path, store_dir):
    import shutil
    folder = tmp_path / "s"
    shutil.copytree(store_dir, folder)
    code, out, err = run("remove", "a.txt", "nope.txt", "b.txt", "--store", str(folder))
    assert code == 1 and "Removed a.txt." in out and "Removed b.txt." in out
    assert "nope.txt" in one_line(err)
    from graph.store import Store
    assert Store(folder, read_only=True).documents() == {}


def test_remove_and_reads_create_no_folder(tmp_path):
    for args in (["remove", "a.txt"], ["links", "x"], ["sparql", "ASK {}"], ["export", "--format", "nt"]):
        code, _, err = run(*args, "--store", str(tmp_path / "missing"))
        assert code == 1 and "no govgraph store" in one_line(err)
    assert not (tmp_path / "missing").exists()


def test_a_full_disk_is_not_blamed_on_another_build():
    import errno

    from graph.store import _os_hint
    assert "disk is full" in _os_hint(OSError(errno.ENOSPC, "No space left on device"))
    assert "another govgraph" not in _os_hint(OSError(errno.ENOSPC, "IO error: No space left on device"))
    assert "another govgraph" in _os_hint(OSError(errno.EAGAIN, "IO error: lock hold by another process"))
