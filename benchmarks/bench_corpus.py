"""Benchmark (not a test): the whole pipeline at corpus scale, embedded store beside a SPARQL server.

    /work/venv/bin/python benchmarks/bench_corpus.py [--sizes 100 1000] [--keep DIR]

A corpus generator writes N report files made by recombining the paragraphs of seeds/ and
tests/corpus/ (titles and bylines kept in shape) with the place names of each source
replaced, consistently within a generated file, by invented ones of the same level
(…市, …区, …街道, …社区, …小区 …); the named bodies that contain them (…社区党支部) change
with them, so entities do not collapse across files. About one file in five shares its
city with another, as real corpora do.

For each N it measures, each build in its own process (peak memory = max RSS of the
builder; with --jobs 2 the workers' peak is reported too):

  extract MB/s/core   read + extract alone, one process (MB of UTF-8 report text)
  build jobs=1/2      `graph.build.build` into a fresh on-disk store, and the speed-up
  build server        the same through `RemoteStore` into `oxigraph serve` (jobs=2)
  store size          the store folder / the server's folder on disk
  triples             quads in the store
  projection          `to_networkx`: embedded cold, embedded cached (the pickle the CLI
                      reads), server (every query over HTTP)
  links, path,        median latency of the question on the projection (what the CLI
  interlocks          adds to the projection load)

Prints a Markdown table for the README.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAME_CHARS = "东西南北青红金银云山河湖海林松柏桃李春秋安宁和平兴华明光新丰永长川泉石峰溪岭江源清远沙坪"
LEVELS = ("自治区", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡", "街道", "社区", "村", "小区", "花园", "苑")


def _sources():
    from graph.read import read_file
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    return [read_file(f) for f in files]


def _place_names(doc) -> set[str]:
    """The place names of a source document: its articles' place chains and the Place
    entities the extractor finds (no list of known names anywhere)."""
    from graph.extract import extract
    names = {p for a in doc.articles for p in a.places}
    data = extract(doc).to_json()
    names |= {e["label"] for e in data["entities"] if e["type"] == "Place"}
    names |= {e["place"] for e in data["entities"] if e.get("place")}
    return {n for n in names if n and any(n.endswith(lv) for lv in LEVELS) and len(n) >= 2}


def _invent(name: str, rng: random.Random, used: set) -> str:
    level = next(lv for lv in sorted(LEVELS, key=len, reverse=True) if name.endswith(lv))
    for tries in range(10_000):
        new = "".join(rng.sample(NAME_CHARS, 2 + tries // 20)) + level  # longer once short ones run out
        if new not in used:
            used.add(new)
            return new
    raise RuntimeError("no new place name")


def generate(n: int, folder: Path, seed: int = 7) -> float:
    """Write n report files into ``folder``; their total size in MB (UTF-8)."""
    rng = random.Random(seed)
    docs = _sources()
    parts = []
    for d in docs:
        names = sorted(_place_names(d), key=len, reverse=True)
        paras = [d.text[p.start:p.end] for p in d.paragraphs if p.end - p.start > 20]
        heads = [d.text[a.start:a.title_span[1]] if a.title_span else "" for a in d.articles]
        parts.append((names, paras, [h for h in heads if h]))
    cities = max(1, n // 5)
    city_names = {}
    used: set[str] = set()
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i in range(n):
        names, paras, heads = parts[i % len(parts)]
        other = parts[rng.randrange(len(parts))]
        mapping = {}
        for name in names + other[0]:
            if name in mapping:
                continue
            if name.endswith("市"):  # cities repeat across files (about five files each)
                key = (name, rng.randrange(cities))
                city_names.setdefault(key, _invent(name, rng, used))
                mapping[name] = city_names[key]
            else:
                mapping[name] = _invent(name, rng, used)
        body = rng.sample(paras, min(len(paras), 10)) + rng.sample(other[1], min(len(other[1]), 6))
        text = (rng.choice(heads) if heads else "") + "\n\n" + "\n\n".join(body) + "\n"
        if mapping:
            pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
            text = pattern.sub(lambda m: mapping[m.group(0)], text)
        data = text.encode("utf-8")
        (folder / f"{i:06d}_gen.txt").write_bytes(data)
        size += len(data)
    return size / 1e6


# -- measurements in child processes (peak memory of one build each) -------------------------


def _child(argv: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *argv], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"child {argv} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_build(corpus: str, store: str, jobs: int, endpoint: str | None) -> None:
    from graph.build import build
    from graph.store import Store
    target = Store.open(None, read_only=False, endpoint=endpoint) if endpoint else Store(store)
    t = time.perf_counter()
    summary = build([corpus], target, jobs=jobs)
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "added": len(summary.added), "failed": len(summary.failed),
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def run_extract(corpus: str) -> None:
    from graph.extract import extract
    from graph.read import read_paths
    extract  # noqa: B018  (imported before the clock starts)
    from graph.vocab import load
    load()
    t = time.perf_counter()
    size = 0
    for doc in read_paths([corpus]):
        extract(doc).to_json()
        size += len(doc.text.encode("utf-8"))
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "mb": size / 1e6,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _du(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def _median_ms(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def questions(G) -> dict:
    """links / path / interlocks latencies on a projection, on entities that exist in it."""
    from graph.errors import NoPath
    from graph.query import interlocks, links, paths
    places = sorted({d["place"] for _, d in G.nodes(data=True) if d.get("place")})
    by_degree = sorted(G.nodes, key=lambda n: (-G.degree(n), n))
    hub = next(n for n in by_degree if G.nodes[n].get("place"))
    label, place = G.nodes[hub]["label"], G.nodes[hub]["place"]
    instances = [n for n in by_degree if G.nodes[n]["level"] == "instance" and G.nodes[n]["type"] != "Place"]
    a = G.nodes[instances[0]]["label"]
    cities = [G.nodes[n]["label"] for n in by_degree if G.nodes[n]["type"] == "Place"]
    b = cities[0]

    def path():
        try:
            paths(G, a, b)
        except NoPath:
            pass

    return {"links": _median_ms(lambda: links(G, label, place=place)),
            "path": _median_ms(path),
            "interlocks": _median_ms(lambda: interlocks(G, place=places[0])),
            "links_rows": len(links(G, label, place=place))}


def measure(n: int, work: Path, jobs: int, serial: bool = True, server: bool = True) -> dict:
    from graph.endpoint import RemoteStore
    from graph.network import to_networkx
    from graph.serve import start
    from graph.store import Store

    corpus = work / f"corpus-{n}"
    mb = generate(n, corpus)
    row = {"N": n, "MB": mb}
    ex = _child(["--run-extract", str(corpus)])
    row["extract_mbps"] = ex["mb"] / ex["seconds"]
    two = _child(["--run-build", str(corpus), str(work / f"s2-{n}"), str(jobs)])
    one = _child(["--run-build", str(corpus), str(work / f"s1-{n}"), "1"]) if serial else None
    row.update(build2=two["seconds"], rss2=two["rss_mb"], rss2_workers=two["children_rss_mb"],
               failed=two["failed"], docs=two["added"])
    if one:
        row.update(build1=one["seconds"], speedup=one["seconds"] / two["seconds"], rss1=one["rss_mb"])
    store = Store(work / f"s2-{n}", read_only=True)
    row["triples"] = len(store)
    row["store_mb"] = _du(work / f"s2-{n}" / "oxigraph")
    t = time.perf_counter()
    G = to_networkx(store, cache=False)
    row["proj_cold"] = time.perf_counter() - t
    to_networkx(store)  # writes the cache
    t = time.perf_counter()
    G = to_networkx(store)
    row["proj_cached"] = time.perf_counter() - t
    row["nodes"], row["edges"] = G.number_of_nodes(), G.number_of_edges()
    row["q_embedded"] = questions(G)
    del store
    if not server:
        return row

    server_dir = work / f"server-{n}"
    with start(server_dir, port=0, writable=True) as served:
        srv = _child(["--run-build", str(corpus), "-", str(jobs), "--endpoint", served.url])
        row["build_server"] = srv["seconds"]
        remote = RemoteStore(served.url)
        t = time.perf_counter()
        H = to_networkx(remote)
        row["proj_server"] = time.perf_counter() - t
        row["q_server"] = questions(H)
        row["same_answers"] = (H.number_of_nodes(), H.number_of_edges()) == (row["nodes"], row["edges"])
    row["server_mb"] = _du(server_dir / "oxigraph")
    return row


def table(rows: list[dict]) -> str:
    def get(fmt, *keys):
        def f(r):
            values = []
            for k in keys:
                v = r
                for part in k.split("."):
                    v = v.get(part) if isinstance(v, dict) else None
                values.append(v)
            return "n/a" if any(v is None for v in values) else fmt.format(*values)
        return f

    cols = [("documents", lambda r: f"{r['N']:,}"), ("MB text", lambda r: f"{r['MB']:.1f}"),
            ("extract MB/s/core", lambda r: f"{r['extract_mbps']:.3f}"),
            ("build jobs=1 s", get("{:.1f}", "build1")),
            ("build jobs=2 s", get("{:.1f}", "build2")),
            ("speed-up", get("{:.2f}×", "speedup")),
            ("build server s (jobs=2)", get("{:.1f}", "build_server")),
            ("ms/doc jobs=1 / 2", lambda r: (f"{1000 * r['build1'] / r['N']:.0f}" if "build1" in r else "n/a")
             + f" / {1000 * r['build2'] / r['N']:.0f}"),
            ("peak RSS MB jobs=1 / 2 (+worker)", lambda r: (f"{r['rss1']:.0f}" if "rss1" in r else "n/a")
             + f" / {r['rss2']:.0f} (+{r['rss2_workers']:.0f})"),
            ("triples", get("{:,}", "triples")),
            ("store MB embedded / server", get("{:.0f} / ", "store_mb")),
            ("nodes / edges", get("{:,} / {:,}", "nodes", "edges")),
            ("projection s cold / cached / server", get("{:.2f} / {:.2f} / ", "proj_cold", "proj_cached")),
            ("links ms emb / srv", get("{:.1f} / ", "q_embedded.links")),
            ("path ms emb / srv", get("{:.1f} / ", "q_embedded.path")),
            ("interlocks ms emb / srv", get("{:.1f} / ", "q_embedded.interlocks"))]
    servers = {"store MB embedded / server": "server_mb", "projection s cold / cached / server": "proj_server",
               "links ms emb / srv": "q_server.links", "path ms emb / srv": "q_server.path",
               "interlocks ms emb / srv": "q_server.interlocks"}
    cols = [(c, (lambda f, k: lambda r: f(r) + get("{:.2f}" if "proj" in k else "{:.1f}" if "." in k
                                                     else "{:.0f}", k)(r))(f, servers[c]) if c in servers else f)
            for c, f in cols]
    lines = ["| " + " | ".join(c for c, _ in cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(f(r) for _, f in cols) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="Work in this folder and keep it (default: a temporary one).")
    parser.add_argument("--no-serial", action="store_true", help="Skip the jobs=1 build (no speed-up).")
    parser.add_argument("--no-server", action="store_true", help="Skip the oxigraph server.")
    parser.add_argument("--rows", help="Print the table of these JSON rows (one per line) and stop.")
    parser.add_argument("--run-build", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--run-extract", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_build:
        corpus, store, jobs = args.run_build
        return run_build(corpus, store, int(jobs), args.endpoint)
    if args.run_extract:
        return run_extract(args.run_extract)
    if args.rows:
        rows = [json.loads(line) for line in Path(args.rows).read_text().splitlines() if line.startswith("{")]
        print(table(sorted(rows, key=lambda r: r["N"])))
        return None
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="govgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in args.sizes:
            row = measure(n, work, args.jobs, serial=not args.no_serial, server=not args.no_server)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
