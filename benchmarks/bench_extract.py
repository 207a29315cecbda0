"""Benchmark of the extract stage: throughput in MB/s of repaired text per core, beside two
baselines measured in the same run — jieba's accurate-mode segmentation of the same text and
one compiled regex alternation of every vocabulary label — and peak memory at two corpus sizes
(documents stream, so it should stay flat).

    python benchmarks/bench_extract.py [--mb 3] [--repeat 1]

Needs the ``bench`` extra for jieba (``pip install -e '.[bench]'``); without it that column
is skipped. Prints a Markdown table for the README.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract import extract  # noqa: E402
from graph.read import read_file, read_text  # noqa: E402
from graph.vocab import load  # noqa: E402


def corpus_texts(mb: float, seed: int = 7) -> list[str]:
    """Documents of the genre made by recombining the paragraphs of the seed and the test
    documents (titles kept, paragraphs shuffled), until ``mb`` megabytes of UTF-8."""
    sources = [ROOT / "seeds"] + [ROOT / "tests" / "corpus"]
    docs = [read_file(p) for d in sources for p in sorted(d.glob("*.txt"))]
    titles = [d.text[a.title_span[0]:a.title_span[1]] for d in docs for a in d.articles if a.title_span]
    paragraphs = [d.text[p.start:p.end] for d in docs for p in d.paragraphs if p.end - p.start > 20]
    rng = random.Random(seed)
    out, size = [], 0
    while size < mb * 1e6:
        body = "\n".join(rng.sample(paragraphs, min(12, len(paragraphs))))
        text = rng.choice(titles) + "\n\n" + body + "\n"
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def timed(fn, texts) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - start


def peak_memory(texts) -> float:
    """Peak traced memory (MB) while extracting the texts one at a time."""
    tracemalloc.start()
    for i, t in enumerate(texts):
        extract(read_text(t, f"doc{i}.txt"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=3.0, help="corpus size in MB (default 3)")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)

    texts = corpus_texts(args.mb)
    docs = [read_text(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    repaired = [d.text for d in docs]
    mb = sum(len(t.encode("utf-8")) for t in repaired) / 1e6
    extract(docs[0])  # warm: vocabulary and compiled lexicon

    rows = []
    best = min(timed(lambda i: extract(docs[i]), range(len(docs))) for _ in range(args.repeat))
    rows.append(("govgraph extract (mentions, relations, figures)", mb / best))
    best = min(timed(lambda t: read_text(t, "x.txt"), texts) for _ in range(args.repeat))
    rows.append(("govgraph read (decode, repair, split) — for reference", mb / best))

    labels = sorted(load().surface_forms(), key=len, reverse=True)
    alternation = re.compile("|".join(re.escape(w) for w in labels))
    best = min(timed(lambda t: alternation.findall(t), repaired) for _ in range(args.repeat))
    rows.append((f"baseline: one regex alternation of {len(labels)} vocabulary labels", mb / best))
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        best = min(timed(jieba.lcut, repaired) for _ in range(args.repeat))
        rows.append(("baseline: jieba.lcut (accurate mode), segmentation only", mb / best))
    except ImportError:
        rows.append(("baseline: jieba.lcut — not installed (pip install -e '.[bench]')", float("nan")))

    small = peak_memory(texts[: max(1, len(texts) // 10)])
    large = peak_memory(texts)
    print(f"corpus: {len(texts)} documents, {mb:.2f} MB of repaired text, one process (one core)\n")
    print("| stage | MB/s per core |\n| --- | ---: |")
    for name, rate in rows:
        print(f"| {name} | {rate:.2f} |")
    print(f"\npeak traced memory while extracting: {small:.1f} MB for {max(1, len(texts) // 10)} documents, "
          f"{large:.1f} MB for {len(texts)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
