"""Reports as people keep them: saved web pages, PDFs and Word files read like the plain text (issue 13).

Differences the format forces, and only these: the document's name and hash, character
offsets and line numbers (they point into each file's own text), and the metadata (a page
has its own title, date, site and URL; a plain-text file has only its title and byline lines).
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SEED
from make_formats import AUTHOR, DATE, SITE, URL, cjk_font, docx_file, html_page, pdf_file, scanned_pdf

from graph.cli import cli
from graph.errors import InputError
from graph.extract import extract
from graph.read import read_bytes, read_file, read_paths

TEXT = SEED.read_text(encoding="utf-8")
needs_font = pytest.mark.skipif(cjk_font() is None, reason="no CJK font (scripts/test-deps installs one)")


def relations(doc) -> set[tuple]:
    return {(r["subject"], r["subject_place"], r["predicate"], r["object"], r["object_place"], r["count"],
             r["role"], r["approx"], r["evidence"]) for r in extract(doc).to_json()["relations"]}


@pytest.fixture(scope="module")
def plain():
    doc = read_file(SEED)
    return doc, relations(doc)


def _same_as_text(doc, plain):
    base_doc, base = plain
    assert relations(doc) == base
    assert [a.title for a in doc.articles] == [a.title for a in base_doc.articles]
    assert [s.text for s in doc.sentences] == [s.text for s in base_doc.sentences]


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_saved_web_page_reads_as_the_text_without_the_site_furniture(encoding, plain):
    doc = read_bytes(html_page(TEXT, encoding), "seed.html")
    _same_as_text(doc, plain)
    for furniture in ("网站首页", "时政要闻", "当前位置", "分享到", "相关新闻", "热点排行", "版权所有", "ICP备", "责任编辑",
                      "字号"):
        assert furniture not in doc.text
    assert doc.format == "html" and doc.encoding == ("gb18030" if encoding == "gbk" else "utf-8")
    assert doc.meta["title"] == plain[0].articles[0].title
    assert (doc.meta["date"], doc.meta["publisher"], doc.meta["author"], doc.meta["source"]) == (
        DATE, SITE, AUTHOR, URL)
    assert doc.meta["format"] == "text/html"


def test_a_page_saved_with_a_txt_suffix_is_read_as_a_page(tmp_path, plain):
    path = tmp_path / "page.txt"
    path.write_bytes(html_page(TEXT))
    doc = read_file(path)
    assert doc.format == "html" and "<p>" not in doc.text and "版权所有" not in doc.text


@needs_font
def test_pdf_hard_wrapped_with_running_headers_reads_as_the_text(plain):
    data = pdf_file(TEXT, header="城市基层党建工作简报")
    doc = read_bytes(data, "seed.pdf")
    _same_as_text(doc, plain)
    assert "城市基层党建工作简报" not in doc.text and "- 2 -" not in doc.text
    assert doc.format == "pdf" and doc.meta["format"] == "application/pdf"
    assert doc.meta["title"] == plain[0].articles[0].title   # the title line: a PDF without a Title property


@needs_font
def test_pdf_paragraph_gaps_matter(plain):
    """Without the vertical gaps between paragraphs, a wrapped line is read as a heading."""
    import graph.read.formats as formats

    data = pdf_file(TEXT)
    original = formats._page_text
    try:
        formats._page_text = lambda tp: tp.get_text_bounded().replace("\r\n", "\n")
        flat = read_bytes(data, "seed.pdf")
    finally:
        formats._page_text = original
    assert [s.text for s in flat.sentences] != [s.text for s in plain[0].sentences]


def test_scanned_pdf_is_refused_in_one_line(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(pages=3))
    with pytest.raises(InputError) as exc:
        read_file(path)
    message = str(exc.value)
    assert "scan.pdf" in message and "no text layer" in message and "3 pages" in message and "\n" not in message


def test_word_file_reads_as_the_text_and_keeps_headings(plain):
    headings = [h.text for h in plain[0].headings]
    doc = read_bytes(docx_file(TEXT, headings=headings), "seed.docx")
    _same_as_text(doc, plain)
    assert [h.text for h in doc.headings] == headings
    assert doc.format == "docx" and doc.meta["author"] == AUTHOR     # the file's author property
    assert doc.meta["title"] == plain[0].articles[0].title


GEXF = b'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3"><graph><nodes>' \
       b'<node id="2B5&#8221;&#2104" label="x"/></nodes></graph></gexf>'


@pytest.mark.parametrize("name, data, reason", [
    ("graph.gexf", GEXF, "XML file (GEXF graph)"),
    ("graph.txt", GEXF, "XML file (GEXF graph)"),
    ("data.xml", b'<?xml version="1.0"?><records><r>1</r></records>', "XML file (<records>)"),
    ("pic.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG image"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    ("bundle.zip", None, "ZIP archive"),
    ("old.rtf", b"{\\rtf1\\ansi \\f0 \\u20826?}", "RTF document"),
])
def test_markup_and_binary_files_are_refused_in_one_line(tmp_path, name, data, reason):
    if data is None:
        import io
        import zipfile
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("report.txt", TEXT)
        data = buf.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_file(path)
    assert reason in str(exc.value) and str(path) in str(exc.value) and "\n" not in str(exc.value)


def test_a_folder_of_mixed_files_builds_its_reports_and_refuses_the_rest(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_page.html").write_bytes(html_page(TEXT, "gbk"))
    (folder / "b_report.docx").write_bytes(docx_file(TEXT))
    (folder / "c_graph.gexf").write_bytes(GEXF)
    (folder / "d_photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "e_scan.pdf").write_bytes(scanned_pdf())
    (folder / "notes.json").write_text("{}")
    kinds = [type(x).__name__ for x in read_paths([folder])]
    assert kinds == ["Document", "Document", "InputError", "InputError", "InputError"]
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(tmp_path / "s"), "--json"])
    assert result.exit_code == 1
    rows = {(r["what"], r["name"]): r["count"] for r in json.loads(result.stdout)}
    assert rows[("documents", "added")] == 2 and rows[("documents", "failed")] == 3
    refused = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(refused) == 3
    assert any("c_graph.gexf" in r and "GEXF" in r for r in refused)
    assert any("e_scan.pdf" in r and "no text layer" in r for r in refused)
    assert "Traceback" not in result.stderr


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"<!DOCTYPE html><html><body><p>", b"<?xml version='1.0'?>",
                        b"{\\rtf1", b""]), st.binary(max_size=400))
def test_any_bytes_behind_a_format_signature_never_crash(head, tail):
    try:
        read_bytes(head + tail, "x.bin")
    except InputError as exc:
        assert "\n" not in str(exc)
