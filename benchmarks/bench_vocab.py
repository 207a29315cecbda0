"""Benchmark of the vocabulary stage: loading ontology/ (parse and check vs the disk cache) and lookups.

Run: ``python benchmarks/bench_vocab.py [--repeat 20]``. Each figure is the median of
``--repeat`` runs in this process: a cold build (rdflib parse of every .ttl and the checks),
a warm start (a new process's first ``load()``, served by the disk cache), ``lookup`` of every
surface form, and the import of ``graph.vocab`` itself (in a fresh interpreter).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import graph.vocab as vocab


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as cache:
        import os
        os.environ["XDG_CACHE_HOME"] = cache
        cold = median_ms(lambda: vocab.load(reload=True, cache=False), args.repeat)
        vocab.load(reload=True)  # fill the disk cache
        warm = median_ms(lambda: vocab.load(reload=True), args.repeat)
        v = vocab.load()
        forms = list(v.surface_forms())
        per_lookup = median_ms(lambda: [v.lookup(f) for f in forms], args.repeat) / len(forms) * 1000
        code = "import time; t=time.perf_counter(); import graph.vocab; print((time.perf_counter()-t)*1000)"
        imports = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                        check=True).stdout) for _ in range(5)]
    files = sorted(p.name for p in Path(v.folder).glob("*.ttl"))
    print(f"ontology: {', '.join(files)}: {len(v.classes)} classes, {len(v.predicates)} predicates, "
          f"{len(v.kinds)} kinds, {len(forms)} surface forms, {len(v.cues)} cue lists")
    print(f"load, parse and check (no cache): {cold:8.1f} ms")
    print(f"load from the disk cache:         {warm:8.1f} ms")
    print(f"import graph.vocab (new process): {statistics.median(imports):8.1f} ms")
    print(f"lookup, per surface form:         {per_lookup:8.2f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
