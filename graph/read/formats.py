"""Stage 1, read: reports as people keep them (saved web pages, PDFs, Word files) to plain text and metadata.

Each converter turns a file into the text the layout repair reads (one paragraph per line,
blank lines between paragraphs, a form feed between PDF pages) and the metadata the file
itself holds (title, date, publisher, author, source URL; see ``graph.metadata``). Files that
are markup or binary but not a report (XML, GEXF, GraphML, SVG, images, archives …) are
refused by ``sniff`` with one line naming what they are, before anything is extracted.
"""
from __future__ import annotations

import io
import re
import zipfile

from graph.errors import InputError

#: what ``dcterms:format`` records for each kind of input
MEDIA_TYPES = {"text": "text/plain", "html": "text/html", "pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
#: file suffixes a folder walk reads as reports
SUFFIXES = {".txt": "text", ".md": "text", ".text": "text", ".html": "html", ".htm": "html",
            ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}
#: suffixes of files that a folder of reports often holds beside them but that are no reports
#: (data, images, archives, old Office files): a folder walk reports each in one line
NOT_REPORTS = {".xml", ".gexf", ".graphml", ".svg", ".rdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif",
               ".tiff", ".webp", ".zip", ".rar", ".7z", ".gz", ".tgz", ".bz2", ".xz", ".doc", ".xls", ".xlsx",
               ".ppt", ".pptx", ".wps", ".odt", ".rtf", ".epub", ".mp3", ".mp4"}

_MARKUP = (  # root elements of XML that is data, not a report
    ("gexf", "GEXF graph"), ("graphml", "GraphML graph"), ("svg", "SVG image"), ("rss", "RSS feed"),
    ("feed", "Atom feed"), ("rdf:rdf", "RDF/XML data"), ("kml", "KML map"), ("gpx", "GPX track"),
    ("office:document", "OpenDocument XML"), ("w:document", "Word XML"), ("plist", "property list"),
)
_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])",
                         re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def sniff(data: bytes) -> str:
    """What a file is, from its bytes: ``"html"``, ``"pdf"``, ``"docx"`` or ``"text"``.

    Raises InputError for markup or archives that are not reports (the message is the
    reason alone). Binary data other than these is left to the text decoder, which refuses it.

    Examples
    --------
    >>> sniff(b"<!DOCTYPE html><html><body>x</body></html>"), sniff(b"%PDF-1.7 ..."), sniff("正文。".encode())
    ('html', 'pdf', 'text')
    >>> sniff(b'<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3">')
    Traceback (most recent call last):
    graph.errors.InputError: XML file (GEXF graph), not a report
    """
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputError("damaged ZIP archive or Office file, not a report") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            raise InputError("Excel workbook, not a report", hint="save the report's text as .txt or .docx")
        if "ppt/presentation.xml" in names:
            raise InputError("PowerPoint file, not a report", hint="save the report's text as .txt or .docx")
        raise InputError("ZIP archive, not a report", hint="unpack it and pass the reports inside")
    if data.startswith(b"{\\rtf"):
        raise InputError("RTF document, not a plain-text report", hint="save it as .docx or .txt")
    head = data[:4096]
    if _HTML_START.match(head):
        return "html"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        root = _xml_root(stripped)
        if root == "html":
            return "html"
        if root is not None and (stripped.startswith(b"<?xml") or root in dict(_MARKUP)):
            kind = dict(_MARKUP).get(root, f"<{root}>")
            raise InputError(f"XML file ({kind}), not a report")
    return "text"


def _xml_root(head: bytes) -> str | None:
    """The first element name after the XML declaration, comments and doctype."""
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.S).lstrip()
    m = _XML_ROOT.match(body)
    return m.group(1).decode("ascii", "replace").lower() if m else None


# -- HTML -------------------------------------------------------------------------------------


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag (GB2312 and GBK read as their superset GB18030).

    >>> html_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    """
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower().replace("_", "-")
    if name in ("gb2312", "gbk", "gb-2312", "x-gbk", "cp936", "euc-cn", "gb18030"):
        return "gb18030"
    import codecs
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def html_to_text(data: bytes) -> tuple[str, dict, str]:
    """A saved web page: its main text (menus, share buttons, footers, related lists dropped),
    its metadata and the encoding it was read in.

    The page title comes first as the title line, as a report file would have it.
    """
    from graph.read.decode import decode
    charset = html_charset(data)
    text = None
    if charset:
        try:
            text, encoding = data.decode(charset), charset
        except UnicodeDecodeError:
            text = None
    if text is None:
        text, encoding = decode(data)
    try:
        import lxml_html_clean  # noqa: F401  (justext, under trafilatura, needs it and does not declare it)
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency
        raise InputError("reading web pages needs trafilatura and lxml_html_clean",
                         hint="pip install trafilatura lxml_html_clean") from None
    try:
        found = trafilatura.bare_extraction(text, include_comments=False, include_tables=True,
                                            include_formatting=False, favor_recall=True, deduplicate=False,
                                            with_metadata=True)
    except Exception as exc:  # the parser's failures on broken markup are many kinds
        raise InputError(f"web page that cannot be parsed ({type(exc).__name__})") from None
    if found is None or not (found.text or "").strip():
        raise InputError("web page with no main text")
    meta = {"title": found.title, "date": found.date, "publisher": found.sitename,
            "author": found.author, "source": found.url}
    body = "\n\n".join(line.strip() for line in found.text.splitlines() if line.strip())
    title = (found.title or "").strip()
    if title and not body.startswith(title):
        body = title + "\n\n" + body
    return body, {k: v for k, v in meta.items() if v}, encoding


# -- PDF --------------------------------------------------------------------------------------


def pdf_to_text(data: bytes) -> tuple[str, dict]:
    """A PDF's text layer, page by page (a form feed between pages), and its document info."""
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "encrypted" if "password" in str(exc).lower() else "damaged"
        raise InputError(f"{reason} PDF ({exc})") from None
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(_page_text(textpage))
            textpage.close()
            page.close()
        info = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    if not "".join(pages).strip():
        raise InputError(f"PDF with no text layer ({len(pages)} page{'s' if len(pages) != 1 else ''}, "
                         "scanned images only)", hint="run OCR on it first (e.g. ocrmypdf -l chi_sim) "
                                                      "or save its text as .txt")
    # no date: a PDF's CreationDate is when the file was made, not when the report was published
    meta = {"title": info.get("Title"), "author": info.get("Author")}
    return "\n\f\n".join(pages), {k: v for k, v in meta.items() if v}


def _page_text(textpage) -> str:
    """A page's text lines, with a blank line where the vertical gap between two lines is wider
    than the page's usual line spacing (a paragraph break the text layer does not mark)."""
    lines = textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows: list[list[float]] = []  # [bottom, top] of each printed line, top to bottom
    for i in range(textpage.count_rects()):
        _, bottom, _, top = textpage.get_rect(i)
        if rows and abs(rows[-1][1] - top) < 2:
            rows[-1][0] = min(rows[-1][0], bottom)
        else:
            rows.append([bottom, top])
    if len(rows) != len(lines) or len(rows) < 3:
        return "\n".join(lines)
    gaps = [rows[i - 1][0] - rows[i][1] for i in range(1, len(rows))]
    usual = sorted(gaps)[len(gaps) // 2]
    out = [lines[0]]
    for gap, line in zip(gaps, lines[1:]):
        if gap > usual * 1.4 + 1:
            out.append("")
        out.append(line)
    return "\n".join(out)


# -- Word ---------------------------------------------------------------------------------------


def docx_to_text(data: bytes) -> tuple[str, dict]:
    """A Word file's paragraphs in order, headings on lines of their own, and its core properties."""
    import docx
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise InputError(f"damaged Word file ({type(exc).__name__})") from None
    lines = []
    for para in document.paragraphs:
        text = para.text.strip()
        if text:
            lines.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                lines.append("，".join(dict.fromkeys(cells)))
    if not lines:
        raise InputError("Word file with no text")
    props = document.core_properties  # no date: created/modified say when the file was saved
    meta = {"title": props.title, "author": props.author}
    return "\n\n".join(lines), {k: v for k, v in meta.items() if v}
