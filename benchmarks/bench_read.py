"""Benchmark of the read stage: decoding and layout repair on the seed and on large files.

Run: ``python benchmarks/bench_read.py [--mb 50] [--repeat 3]``. Each figure is the median of
``--repeat`` runs of ``graph.read.read_bytes``:
  seed            the seed report (20 kB)
  repeats         the seed repeated to ``--mb`` MB, UTF-8 (every repeat is dropped)
  distinct utf-8  ``--mb`` MB of distinct paragraphs (each seed paragraph with its own number)
  distinct gb     the same text in GB18030 (charset detection, then decoding)
  wrapped         the distinct text hard-wrapped at 36 columns with page numbers every 40 lines
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from graph.read import read_bytes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_494ed71236812c41.txt"


def distinct_text(mb: float) -> str:
    paragraphs = [line for line in SEED.read_text(encoding="utf-8").split("\n") if len(line) > 30]
    out, size, i = [], 0, 0
    while size < mb * 2**20:
        par = paragraphs[i % len(paragraphs)].replace("个", f"{i}个", 1)
        out.append(par)
        size += len(par.encode("utf-8")) + 1
        i += 1
    return "\n".join(out)


def wrapped_text(text: str) -> str:
    lines = []
    for par in text.split("\n"):
        lines += ["\u3000\u3000" + par[:34]] + [par[k:k + 36] for k in range(34, len(par), 36)]
    out = []
    for k in range(0, len(lines), 40):
        out += lines[k:k + 40] + ["", f"- {k // 40 + 1} -", ""]
    return "\n".join(out)


def median_s(data: bytes, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        doc = read_bytes(data, "bench.txt")
        times.append(time.perf_counter() - t)
        n = len(doc.sentences)
    return statistics.median(times), n


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    seed = SEED.read_bytes()
    text = distinct_text(args.mb)
    cases = {
        "seed": seed,
        "repeats": seed * int(args.mb * 2**20 // len(seed) + 1),
        "distinct utf-8": text.encode("utf-8"),
        "distinct gb": text.encode("gb18030"),
        "wrapped": wrapped_text(text).encode("utf-8"),
    }
    print(f"{'case':16} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'sentences':>10}")
    for name, data in cases.items():
        seconds, n = median_s(data, args.repeat)
        mb = len(data) / 2**20
        print(f"{name:16} {mb:7.2f} {seconds:8.3f} {mb / seconds:6.1f} {n:10d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
