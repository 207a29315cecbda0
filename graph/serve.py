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


@dataclass
class Server:
    """A running oxigraph server: its process, its base URL and the marker it left."""

    process: subprocess.Popen
    url: str
    folder: Path | None
    writable: bool

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def stop(self, timeout: float = 10) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and remove its marker."""
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
                if json.loads(marker.read_text(encoding="utf-8")).get("pid") == self.process.pid:
                    marker.unlink()
            except (OSError, ValueError):
                pass

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(folder: str | os.PathLike | None, port: int = 7878, bind: str = "127.0.0.1",
          writable: bool = False, timeout: float = 20) -> Server:
    """Start the oxigraph server on a store folder (in memory when None) and wait until it answers.

    ``port`` 0 picks a free port. Read-only unless ``writable``; every query sees the
    union of the named graphs.
    """
    binary = find_server()
    data = None
    if folder is not None:
        folder = Path(folder)
        data = folder / "oxigraph"
        if not writable and not data.is_dir():
            raise StoreError(f"no govgraph store at {folder}",
                             hint="run `govgraph build` first, or serve it --writable to build through it")
        info = served(folder)
        if info is not None:
            raise StoreError(f"the store at {folder} is already served at {info['url']} (pid {info['pid']})")
        if data.is_dir() and _locked(data):
            raise StoreError(f"the store at {folder} is being written (a build holds its lock)",
                             hint="wait for the build to finish")
        if writable:
            data.mkdir(parents=True, exist_ok=True)
    port = port or free_port(bind)
    cmd = [binary, "serve" if writable or data is None else "serve-read-only"]
    if data is not None:
        cmd += ["--location", str(data)]
    cmd += ["--bind", f"{_host(bind)}:{port}", "--union-default-graph"]
    log = tempfile.TemporaryFile()  # the server's messages, read if it stops at start
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    url = f"http://{_host('127.0.0.1' if bind in ('0.0.0.0', '') else '::1' if bind == '::' else bind)}:{port}"
    server = Server(process, url, folder, writable)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            log.seek(0)
            err = log.read().decode("utf-8", "replace")
            log.close()
            last = next((line for line in reversed(err.strip().splitlines()) if line.strip()), "")
            raise StoreError(f"the oxigraph server stopped at start: {' '.join(last.split())[:200]}"
                             or f"the oxigraph server stopped at start (exit {process.returncode})",
                             hint="is the port in use? is a build writing the store?")
        try:
            with socket.create_connection((bind if bind not in ("0.0.0.0", "::", "") else "127.0.0.1", port),
                                          timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise StoreError(f"the oxigraph server did not answer on port {port} within {timeout:g} s")
            time.sleep(0.05)
    log.close()  # the server keeps its own handle on the (unlinked) file
    if folder is not None:
        marker = folder / MARKER
        tmp = marker.with_suffix(".tmp")
        tmp.write_text(json.dumps({"pid": process.pid, "url": url, "writable": writable}), encoding="utf-8")
        os.replace(tmp, marker)
    return server


def serve(folder: str | os.PathLike | None, port: int = 7878, bind: str = "127.0.0.1", writable: bool = False,
          announce=print) -> int:
    """Serve a store folder until interrupted (Ctrl-C or SIGTERM); the server's exit status."""
    server = start(folder, port=port, bind=bind, writable=writable)

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
