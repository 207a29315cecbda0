"""Stage 4, query: ``govgraph serve`` — the local store as a SPARQL 1.1 endpoint (the oxigraph server).

The ``oxigraph`` server binary (PyPI package ``oxigraph``, same storage format as
pyoxigraph) is started on the store's RocksDB folder with ``--union-default-graph``,
so queries see every document graph, exactly as ``govgraph sparql`` does.

One folder, one writer. RocksDB lets one process write a store; a read-only
server reading a folder someone else writes is undefined behaviour. So:

* ``govgraph serve`` (read-only, the default) refuses to start while a build holds the
  store's lock, and while it runs it leaves ``serve.json`` in the store folder: a local
  build then stops with an error naming the server instead of writing under it; local
  questions still read the folder (two readers are fine).
* ``govgraph serve --writable`` owns the folder; while it runs, every local command on
  that folder — build included — goes through the server (``graph.store.Store.open``
  reads ``serve.json``), so nothing opens the files twice.

``serve.json`` is removed when the server stops; a stale one (its process gone) is ignored.

One lock. ``build`` and ``serve`` both take the store's writer lock (``govgraph.lock``,
``graph.store.take_lock``) before anything else, so two started at the same instant cannot
both run; the oxigraph child inherits the lock and is ended by the kernel when its parent
dies (``PR_SET_PDEATHSIG``), even by ``kill -9``.

A gate in front. The oxigraph server cannot turn federation off, so it listens on a
private loopback port and clients talk to a small proxy in this process, which refuses a
query or update naming ``SERVICE`` (unless ``--allow-service``; then oxigraph's own
``--timeout-s`` bounds it) and, on a loopback bind, a request whose ``Host`` is not a
loopback name (DNS rebinding from a web page).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import StoreError
from graph.guard import uses_service

MARKER = "serve.json"
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def find_server() -> str:
    """The path of the ``oxigraph`` server binary: next to this Python, else on PATH."""
    here = Path(sys.executable).with_name("oxigraph")
    found = str(here) if here.is_file() and os.access(here, os.X_OK) else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed",
                         hint="pip install oxigraph (the server binary of the same version as pyoxigraph)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host`` right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except (OSError, ValueError, TypeError):
        return False
    return True


def served(folder: str | os.PathLike) -> dict | None:
    """What ``govgraph serve`` left in a store folder ({pid, url, writable}) if the server still runs."""
    try:
        info = json.loads((Path(folder) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and _alive(info.get("pid")) else None


def redirect(folder: str | os.PathLike, read_only: bool):
    """The remote store to use instead of opening a served folder, or None to open it directly.

    Raises StoreError for a write to a folder a read-only server is reading.
    """
    info = served(folder)
    if info is None:
        return None
    if info.get("writable"):
        from graph.endpoint import RemoteStore
        return RemoteStore(info["url"], read_only=read_only)
    if not read_only:
        raise StoreError(f"the store at {folder} is being served read-only at {info['url']} "
                         f"(pid {info['pid']})", hint="stop `govgraph serve` first, or serve it with --writable")
    return None


def _locked(data: Path) -> bool:
    """Whether another process holds the RocksDB lock of a store (a build is writing)."""
    lock = data / "LOCK"
    if not lock.exists():
        return False
    import fcntl
    try:
        with open(lock, "r+b") as fh:
            try:
                fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.lockf(fh, fcntl.LOCK_UN)
    except OSError:
        return False
    return False


def _host(bind: str) -> str:
    return f"[{bind}]" if ":" in bind and not bind.startswith("[") else bind


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's stop() still ends it
        pass


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
        "transfer-encoding", "upgrade", "host", "content-length"}


def _texts(handler, body: bytes) -> list[str]:
    """The SPARQL texts a request carries: query= / update= in the URL or a form, or a raw body."""
    from urllib.parse import parse_qs, urlsplit
    texts = []
    for values in parse_qs(urlsplit(handler.path).query).values():
        texts += values
    ctype = (handler.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    decoded = body.decode("utf-8", "replace")
    if ctype == "application/x-www-form-urlencoded":
        for values in parse_qs(decoded).values():
            texts += values
    elif body:
        texts.append(decoded)
    return texts


def _gate(backend: tuple[str, int], bind: str, port: int, allow_service: bool, timeout: float):
    """The proxy clients talk to: checks Host and SERVICE, forwards the rest to oxigraph."""
    import http.client
    import http.server

    loopback = bind in LOOPBACK

    class Gate(http.server.BaseHTTPRequestHandler):
        server_version = "govgraph-serve"

        def log_message(self, *args):  # quiet
            pass

        def _refuse(self, code: int, text: str) -> None:
            data = (text + "\n").encode()
            self.send_response(code)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _forward(self) -> None:
            if loopback:
                host = (self.headers.get("Host") or "").strip().lower()
                name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
                if name not in LOOPBACK_HOSTS:
                    return self._refuse(403, f"Host {host[:60]!r} refused: this server answers loopback names only")
            if self.headers.get("Transfer-Encoding"):
                return self._refuse(411, "send a Content-Length")
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return self._refuse(400, "bad Content-Length")
            body = self.rfile.read(length) if length > 0 else b""
            if not allow_service and any(uses_service(t) for t in _texts(self, body)):
                return self._refuse(403, "SERVICE is refused: this server does not send requests to other "
                                         "servers (govgraph serve --allow-service allows it)")
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            conn = http.client.HTTPConnection(*backend, timeout=timeout + 5)
            try:
                conn.request(self.command, self.path, body=body if length > 0 else None, headers=headers)
                answer = conn.getresponse()
                self.send_response(answer.status, answer.reason)
                for k, v in answer.getheaders():
                    if k.lower() not in _HOP:
                        self.send_header(k, v)
                self.send_header("Connection", "close")
                self.end_headers()
                while chunk := answer.read(65536):
                    self.wfile.write(chunk)
            except (OSError, http.client.HTTPException):
                self.close_connection = True
            finally:
                conn.close()

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _forward

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        address_family = socket.AF_INET6 if ":" in bind else socket.AF_INET

    return Server((bind, port), Gate)


@dataclass
class Server:
    """A running oxigraph server behind its gate: the process, the base URL, the marker it left."""

    process: subprocess.Popen
    url: str
    folder: Path | None
    writable: bool
    gate: object = None
    lock: object = None

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def stop(self, timeout: float = 10) -> None:
        """Stop the gate and the server (SIGTERM, then SIGKILL), remove its marker, free the lock."""
        if self.gate is not None:
            self.gate.shutdown()
            self.gate.server_close()
            self.gate = None
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.folder is not None:
            marker = self.folder / MARKER
            try:
                if json.loads(marker.read_text(encoding="utf-8")).get("server") == self.process.pid:
                    marker.unlink()
            except (OSError, ValueError):
                pass
        if self.lock is not None:
            self.lock.close()
            self.lock = None

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(folder: str | os.PathLike | None, port: int = 7878, bind: str = "127.0.0.1",
          writable: bool = False, timeout: float = 20, allow_service: bool = False) -> Server:
    """Start the oxigraph server on a store folder (in memory when None) and wait until it answers.

    ``port`` 0 picks a free port. Read-only unless ``writable``; every query sees the
    union of the named graphs; ``SERVICE`` is refused unless ``allow_service``.
    """
    import threading

    from graph.store import default_timeout, take_lock
    binary = find_server()
    data = lock = None
    if folder is not None:
        folder = Path(folder)
        data = folder / "oxigraph"
        if not writable and not data.is_dir():
            raise StoreError(f"no govgraph store at {folder}",
                             hint="run `govgraph build` first, or serve it --writable to build through it")
        if writable:
            data.mkdir(parents=True, exist_ok=True)
        info = served(folder)
        if info is not None:
            raise StoreError(f"the store at {folder} is already served at {info['url']} (pid {info['pid']})")
        lock = take_lock(folder)  # before anything else: a build started now waits for no check of ours
        if _locked(data):
            lock.close()
            raise StoreError(f"the store at {folder} is being written (a build holds its lock)",
                             hint="wait for the build to finish")
    query_timeout = default_timeout()
    inner = free_port("127.0.0.1")
    try:
        gate = _gate(("127.0.0.1", inner), bind, port, allow_service, query_timeout)
    except OSError as exc:
        if lock is not None:
            lock.close()
        raise StoreError(f"cannot listen on {_host(bind)}:{port}: {exc.strerror or exc}",
                         hint="is the port in use? try --port 0") from None
    cmd = [binary, "serve" if writable or data is None else "serve-read-only"]
    if data is not None:
        cmd += ["--location", str(data)]
    cmd += ["--bind", f"127.0.0.1:{inner}", "--union-default-graph"]
    if allow_service:
        cmd += ["--timeout-s", str(max(1, int(query_timeout)))]
    log = tempfile.TemporaryFile()  # the server's messages, read if it stops at start
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True,
                               pass_fds=(lock.fileno(),) if lock is not None else (),
                               preexec_fn=_die_with_parent)
    port = gate.server_address[1]
    url = f"http://{_host('127.0.0.1' if bind in ('0.0.0.0', '') else '::1' if bind == '::' else bind)}:{port}"
    server = Server(process, url, folder, writable, gate=gate, lock=lock)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            log.seek(0)
            err = log.read().decode("utf-8", "replace")
            log.close()
            server.stop()
            last = next((line for line in reversed(err.strip().splitlines()) if line.strip()), "")
            raise StoreError(f"the oxigraph server stopped at start: {' '.join(last.split())[:200]}"
                             or f"the oxigraph server stopped at start (exit {process.returncode})",
                             hint="is a build writing the store?")
        try:
            with socket.create_connection(("127.0.0.1", inner), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise StoreError(f"the oxigraph server did not answer on port {inner} within {timeout:g} s")
            time.sleep(0.05)
    log.close()  # the server keeps its own handle on the (unlinked) file
    threading.Thread(target=gate.serve_forever, daemon=True).start()
    if folder is not None:
        marker = folder / MARKER
        tmp = marker.with_suffix(".tmp")
        tmp.write_text(json.dumps({"pid": os.getpid(), "server": process.pid, "url": url, "writable": writable}),
                       encoding="utf-8")
        os.replace(tmp, marker)
    return server


def serve(folder: str | os.PathLike | None, port: int = 7878, bind: str = "127.0.0.1", writable: bool = False,
          allow_service: bool = False, announce=print) -> int:
    """Serve a store folder until interrupted (Ctrl-C or SIGTERM); the server's exit status."""
    server = start(folder, port=port, bind=bind, writable=writable, allow_service=allow_service)

    def stop(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        mode = "read-write" if writable else "read-only"
        announce(f"Serving {folder or 'an in-memory store'} ({mode}) as a SPARQL 1.1 endpoint:\n"
                 f"  query   {server.url}/query\n" + (f"  update  {server.url}/update\n" if writable else "") +
                 f"  browse  {server.url}/   (YASGUI)\n"
                 f"  govgraph links … --endpoint {server.url}\n"
                 "Ctrl-C stops it.")
        if bind not in LOOPBACK:
            announce(f"Warning: bound to {bind}, reachable from other machines, without authentication.")
        return server.process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
