"""Benchmark of reading reports as web pages, PDFs and Word files, side by side with plain text.

Run: ``python benchmarks/bench_formats.py [--repeat 3]`` (needs the test extra, and the bench
extra for the PDF libraries compared). The reports are the seed and the eight test reports
(``tests/corpus/*.txt``), each made into a saved news page (UTF-8 and GBK), a hard-wrapped PDF
with running headers, and a Word file by ``tests/make_formats.py``. For each format:

  read files/s       ``graph.read.read_bytes`` (conversion, layout repair, metadata)
  read+extract /s    the same, then ``graph.extract.extract``
  same relations     reports whose relations equal those of the plain text

Then the libraries compared on the same files (what was chosen and why): PDF text layers
(pypdfium2, pypdf, pdfminer.six) and main-text extraction from pages (trafilatura,
readability-lxml): the share of the plain text's sentences they give back, and their speed.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from make_formats import docx_file, html_page, pdf_file  # noqa: E402

from graph.extract import extract  # noqa: E402
from graph.read import read_bytes  # noqa: E402


def reports() -> list[tuple[str, str]]:
    paths = [ROOT / "seeds" / "000_494ed71236812c41.txt"] + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def relations(doc) -> set:
    return {(r["subject"], r["subject_place"], r["predicate"], r["object"], r["object_place"], r["count"], r["role"])
            for r in extract(doc).to_json()["relations"]}


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    texts = reports()
    files = {
        "plain text (.txt)": [(n + ".txt", t.encode("utf-8")) for n, t in texts],
        "web page, UTF-8 (.html)": [(n + ".html", html_page(t)) for n, t in texts],
        "web page, GBK (.html)": [(n + ".html", html_page(t, "gbk")) for n, t in texts],
        "PDF, hard-wrapped (.pdf)": [(n + ".pdf", pdf_file(t)) for n, t in texts],
        "Word (.docx)": [(n + ".docx", docx_file(t)) for n, t in texts],
    }
    base = {n: relations(read_bytes(d, n)) for n, d in files["plain text (.txt)"]}  # also warms the extractor
    base_sentences = {n: [s.text for s in read_bytes(d, n).sentences] for n, d in files["plain text (.txt)"]}
    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 2**20
    print(f"{len(texts)} reports, {mb:.2f} MB of text, median of {args.repeat}\n")
    print("| format | MB on disk | read files/s | read+extract files/s | same relations as .txt |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, items in files.items():
        size = sum(len(d) for _, d in items) / 2**20
        read_s = timed(lambda: [read_bytes(d, n) for n, d in items], args.repeat)
        both_s = timed(lambda: [extract(read_bytes(d, n)) for n, d in items], args.repeat)
        same = sum(relations(read_bytes(d, n)) == base[Path(n).stem + ".txt"] for n, d in items)
        print(f"| {label} | {size:.2f} | {len(items) / read_s:.1f} | {len(items) / both_s:.1f} | "
              f"{same}/{len(items)} |")

    print("\nPDF text layer, same PDFs (sentences given back: the plain text's sentences found in the "
          "PDF's reading; pages/s: text extraction alone)\n")
    print("| library | sentences given back | pages/s |")
    print("| --- | ---: | ---: |")
    pdfs = files["PDF, hard-wrapped (.pdf)"]
    pages = 0
    import pypdfium2 as pdfium
    for _, d in pdfs:
        pages += len(pdfium.PdfDocument(d))

    def with_pdfium(data):
        from graph.read.formats import pdf_to_text
        return pdf_to_text(data)[0]

    def with_pypdf(data):
        import pypdf
        return "\n\f\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)

    def with_pdfminer(data):
        from pdfminer.high_level import extract_text
        return extract_text(io.BytesIO(data)).replace("\x0c", "\n\f\n")

    for name, fn in (("pypdfium2 (chosen; with paragraph gaps)", with_pdfium), ("pypdf", with_pypdf),
                     ("pdfminer.six", with_pdfminer)):
        try:
            secs = timed(lambda: [fn(d) for _, d in pdfs], args.repeat)
        except ImportError:
            print(f"| {name} | not installed | |")
            continue
        found = total = 0
        for n, d in pdfs:
            from graph.read import read_text
            got = {s.text for s in read_text(fn(d), n).sentences}
            want = base_sentences[Path(n).stem + ".txt"]
            found += sum(s in got for s in want)
            total += len(want)
        print(f"| {name} | {found / total:.3f} | {pages / secs:.0f} |")


    print("\nMain text of the same web pages (UTF-8): sentences given back, site furniture left in "
          "(menu, share, related, footer strings found), pages/s\n")
    print("| library | sentences given back | furniture strings left | pages/s |")
    print("| --- | ---: | ---: | ---: |")
    furniture = ("网站首页", "时政要闻", "当前位置", "分享到", "相关新闻", "热点排行", "版权所有", "责任编辑")
    pages_html = files["web page, UTF-8 (.html)"]

    def with_trafilatura(data):
        from graph.read.formats import html_to_text
        return html_to_text(data)[0]

    def with_readability(data):
        import lxml.html
        from readability import Document
        doc = Document(data.decode("utf-8"))
        body = lxml.html.fromstring(doc.summary())
        return doc.short_title() + "\n\n" + "\n\n".join(p.text_content().strip() for p in body.iter("p", "h1", "h2"))

    from graph.read import read_text
    for name, fn in (("trafilatura (chosen)", with_trafilatura), ("readability-lxml", with_readability)):
        try:
            secs = timed(lambda: [fn(d) for _, d in pages_html], args.repeat)
        except ImportError:
            print(f"| {name} | not installed | | |")
            continue
        found = total = left = 0
        for n, d in pages_html:
            text = fn(d)
            got = {s.text for s in read_text(text, n).sentences}
            want = base_sentences[Path(n).stem + ".txt"]
            found += sum(s in got for s in want)
            total += len(want)
            left += sum(f in text for f in furniture)
        print(f"| {name} | {found / total:.3f} | {left} | {len(pages_html) / secs:.0f} |")


if __name__ == "__main__":
    main()
