"""Stage 1, read: decode a report file, repair its scraped layout, split articles, sentences with offsets."""
from __future__ import annotations

import bisect
import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from graph.errors import InputError
from graph.read.decode import decode, decode_report
from graph.read.formats import NOT_REPORTS, SUFFIXES, docx_to_text, html_to_text, pdf_to_text, sniff
from graph.read.layout import (_SUBTITLE_RE, plain, Recent, _articles, _classify, _join_cuts, _line_at, _lines,
                               _split_sentences, _unwrap, continues)
from graph.read.patterns import _ITEM_NUMBER_RE, _ends_final, _key, is_repeat
from graph.read.titles import (_byline_body, placed_body_line, _leading_places, later_places, places_in, stem_places,
                               without_column)

__all__ = ["Article", "Document", "Heading", "Paragraph", "Sentence", "article_at", "continues", "decode",
           "document_to_dict", "line_of", "paragraph_text", "places_in", "read_bytes", "read_file", "read_paths",
           "read_text"]

REPORT_SUFFIXES = tuple(SUFFIXES)  # text, web pages, PDFs and Word files
MAX_BYTES = 200 * 1024 * 1024  # refuse anything larger than this with a clear message


@dataclass(frozen=True)
class Sentence:
    """A sentence of the repaired text: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str
    paragraph: int          # index into Document.paragraphs
    article: int            # index into Document.articles
    line: int               # 1-based line of the original file where the sentence starts
    fragment: bool = False  # a stray piece that could not be re-joined to its sentence


@dataclass(frozen=True)
class Heading:
    """A section heading (kept once, never a sentence)."""

    start: int
    end: int
    text: str
    article: int
    line: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    article: int
    sentences: tuple[int, ...]  # indices into Document.sentences


@dataclass(frozen=True)
class Article:
    """One article of a file: title line, byline (author body) and the place they name."""

    start: int
    end: int
    title: str | None = None
    title_span: tuple[int, int] | None = None
    author: str | None = None          # e.g. 中共临江市委组织部
    author_span: tuple[int, int] | None = None
    place: str | None = None           # the most specific place of the title/byline, e.g. 海湾区
    places: tuple[str, ...] = ()       # the chain as written, e.g. (某省, 滨海市, 海湾区)


@dataclass
class Document:
    """A report file after reading: repaired text and its addressable parts."""

    name: str                 # file name, e.g. 000_494ed71236812c41.txt
    path: str
    text: str                 # the repaired text all offsets point into
    encoding: str
    sha256: str               # of the raw bytes
    articles: list[Article] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # (offset into text, 1-based original line) at every point where the source line changes;
    # sorted by offset. ``line_of`` looks offsets up in it.
    line_map: list[tuple[int, int]] = field(default_factory=list, repr=False)
    # one line per fault the reader repaired (undecodable bytes replaced by U+FFFD)
    warnings: list[str] = field(default_factory=list, repr=False)
    format: str = "text"      # what the file was: text, html, pdf or docx (graph.read.formats)
    # what the file itself says about the report (title, date, publisher, author, source);
    # graph.metadata.document_metadata completes it from a sidecar and the title/byline lines
    meta: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Public API


def read_file(path: str | Path) -> Document:
    """Read one report file.

    Raises
    ------
    InputError
        ``"<path>: <reason>"`` when the file is missing, empty, binary, undecodable or too large.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory", hint="use read_paths() or pass files")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: file too large ({size / 2**20:.0f} MB; the reader takes up to "
                             f"{MAX_BYTES // 2**20} MB)", hint="split the file")
        data = p.read_bytes()
        from graph.metadata import read_sidecar
        sidecar, sidecar_bytes = read_sidecar(p)
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    doc = read_bytes(data, name=p.name, path=str(p), sidecar=sidecar)
    if sidecar_bytes:  # the hash covers the sidecar too, so editing it rebuilds the document
        doc.sha256 = hashlib.sha256(data + b"\0" + sidecar_bytes).hexdigest()
    return doc


def read_bytes(data: bytes, name: str, path: str = "", sidecar: dict | None = None) -> Document:
    """Decode raw bytes and read them as a report: plain text, a saved web page, a PDF or a
    Word file (``graph.read.formats``). ``doc.meta`` holds its metadata (``graph.metadata``):
    ``sidecar``'s fields, else the file's own, else its first title and byline lines.

    Examples
    --------
    >>> doc = read_bytes("河北省某某市：标题一\\n正文第一句。".encode("gb18030"), "x.txt")
    >>> doc.encoding, doc.articles[0].place, doc.sentences[0].text
    ('gb18030', '某某市', '正文第一句。')
    """
    label = path or name
    meta: dict = {}
    try:
        kind = sniff(data) if data else "text"
        bad: list[tuple[int, int]] = []
        if kind == "html":
            text, meta, encoding = html_to_text(data)
        elif kind == "pdf":
            (text, meta), encoding = pdf_to_text(data), "pdf"
        elif kind == "docx":
            (text, meta), encoding = docx_to_text(data), "docx"
        else:
            text, encoding, bad = decode_report(data)
    except InputError as exc:
        raise InputError(f"{label}: {exc.args[0]}", hint=exc.hint) from None
    doc = _build(text, name=name, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
    doc.format = kind
    doc.meta = meta
    from graph.metadata import document_metadata
    doc.meta = document_metadata(doc, sidecar)
    if not doc.text.strip():
        raise InputError(f"{label}: no text (only blank lines, page numbers or control characters)")
    if bad:
        doc.warnings.append(_bad_bytes_warning(label, data, bad, encoding))
        import warnings
        warnings.warn(DecodeWarning(doc.warnings[-1]), stacklevel=2)
    return doc


class DecodeWarning(UserWarning):
    """Some bytes of a report did not decode and were replaced by U+FFFD (the rest is kept)."""


def _bad_bytes_warning(label: str, data: bytes, bad: list[tuple[int, int]], encoding: str) -> str:
    """``x.txt: 2 undecodable bytes (utf-8) replaced by U+FFFD at byte offsets 10, 52 (lines 1, 3)``."""
    n = sum(e - s for s, e in bad)
    shown = bad[:5]
    offsets = ", ".join(str(s) for s, _ in shown) + (" …" if len(bad) > 5 else "")
    lines = ", ".join(str(data.count(b"\n", 0, s) + 1) for s, _ in shown) + (" …" if len(bad) > 5 else "")
    return (f"{label}: {n} undecodable byte{'s' if n != 1 else ''} ({encoding}) replaced by U+FFFD "
            f"at byte offset{'s' if len(bad) != 1 else ''} {offsets} (line{'s' if len(bad) != 1 else ''} {lines})")


def read_text(text: str, name: str = "<text>") -> Document:
    """Read an already decoded report text (tests, the extractor).

    Examples
    --------
    >>> doc = read_text("某省某某市：一个标题\\n■中共某某市委组织部\\n健全组织体系。推动党组织\\n\\n应建尽建，实现全覆盖。")
    >>> [a.title for a in doc.articles], doc.articles[0].author, doc.articles[0].place
    (['某省某某市：一个标题'], '中共某某市委组织部', '某某市')
    >>> [s.text for s in doc.sentences]
    ['健全组织体系。', '推动党组织应建尽建，实现全覆盖。']
    >>> doc.sentences[1].line, line_of(doc, doc.sentences[1].start + 6)
    (3, 5)
    """
    if not isinstance(text, str):
        raise InputError(f"{name}: not a text string")
    doc = _build(text, name=name, path="", encoding="str",
                 sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    if not doc.text.strip():
        raise InputError(f"{name}: empty text")
    from graph.metadata import document_metadata
    doc.meta = document_metadata(doc)
    return doc


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | InputError]:
    """Read files and directories, yielding a Document per good file and an InputError per bad one.

    Directories are walked recursively in sorted order and only reports are read: text
    (``*.txt``, ``*.md``, ``*.text``), web pages (``*.html``, ``*.htm``), PDFs and Word files
    (``*.docx``); hidden files are skipped. Files beside them that are plainly not reports
    (XML, GEXF, images, archives, old Office files: ``graph.read.formats.NOT_REPORTS``) yield
    one InputError each, saying what they are; other files (JSON sidecars, code) are passed
    over. A directory holding no report yields one InputError. Files named explicitly are read
    whatever their suffix: their content decides how (``graph.read.formats.sniff``).
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES + tuple(NOT_REPORTS)
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not any(f.suffix.lower() in REPORT_SUFFIXES for f in files):
                yield InputError(f"{p}: no reports ({', '.join('*' + s for s in REPORT_SUFFIXES)}) "
                                 f"in this directory")
            for f in files:
                yield _try_read(f)
        elif p.exists():
            yield _try_read(p)
        else:
            yield InputError(f"{p}: no such file or directory")


def _try_read(path: Path) -> Document | InputError:
    try:
        return read_file(path)
    except InputError as exc:
        return exc


def line_of(doc: Document, offset: int) -> int:
    """The 1-based line of the original file that the repaired-text ``offset`` comes from."""
    if not doc.line_map:
        return 1
    i = bisect.bisect_right(doc.line_map, (offset, float("inf"))) - 1
    return doc.line_map[max(i, 0)][1]


def article_at(doc: Document, offset: int) -> int | None:
    """Index of the article whose span holds ``offset`` (None between or outside articles)."""
    starts = [a.start for a in doc.articles]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and doc.articles[i].start <= offset < doc.articles[i].end:
        return i
    return None


def paragraph_text(doc: Document, index: int) -> str:
    """The repaired text of paragraph ``index``."""
    para = doc.paragraphs[index]
    return doc.text[para.start:para.end]


def document_to_dict(doc: Document) -> dict:
    """Plain, JSON-able data for a Document (tuples become lists; no line map)."""
    data = asdict(doc)
    data.pop("line_map", None)
    for art in data["articles"]:
        for key in ("title_span", "author_span", "places"):
            if art[key] is not None:
                art[key] = list(art[key])
    for para in data["paragraphs"]:
        para["sentences"] = list(para["sentences"])
    return data

# ---------------------------------------------------------------------------------------------
# Assembly: the repaired text and its parts


def _build(text: str, name: str, path: str, encoding: str, sha256: str) -> Document:
    text = unicodedata.normalize("NFC", plain(text))
    lines = _lines(text)
    _classify(lines)
    lines = _unwrap(lines)
    _classify(lines)
    doc = Document(name=name, path=path, text="", encoding=encoding, sha256=sha256)
    parts: list[str] = []
    offset = 0
    seen_sentences: set[str] = set()
    seen_paragraphs: set[str] = set()

    def emit(piece: str, anchors: list[tuple[int, int]]) -> tuple[int, int]:
        nonlocal offset
        if parts:
            parts.append("\n")
            offset += 1
        start = offset
        for off, ln in anchors:
            doc.line_map.append((start + off, ln))
        parts.append(piece)
        offset += len(piece)
        return start, offset

    for blocks in _articles(lines):
        blocks = _join_cuts(blocks)
        index = len(doc.articles)
        recent = Recent()
        art_start = None
        title = title_span = author = author_span = None
        places: tuple[str, ...] = ()
        byline_places: tuple[str, ...] = ()
        for block in blocks:
            ln = block.line
            if block.kind in ("title", "byline", "heading"):
                span = emit(ln.text, ln.anchors[:1])
                art_start = span[0] if art_start is None else art_start
                if block.kind == "title" and title is None:
                    title, title_span = ln.text, span
                    following = "".join(b.line.text for b in blocks[:40])[:6000]
                    bare = without_column(ln.text)  # 【基层党建】某市：…
                    places = places_in(bare) or _leading_places(bare) or stem_places(bare, following) or \
                        later_places(bare)
                elif block.kind == "byline" and author is None and (
                        body := _byline_body(ln.text) or placed_body_line(ln.text)):
                    author = body
                    first = ln.text.index(author)
                    author_span = (span[0] + first, span[0] + first + len(author))
                    byline_places = places_in(author)
                elif block.kind == "heading":
                    doc.headings.append(Heading(span[0], span[1], ln.text, index, ln.line))
                    if title is not None and not places and _SUBTITLE_RE.match(ln.text):
                        sub = _SUBTITLE_RE.sub("", ln.text)  # ——某市…经验交流材料: the title's place
                        places = places_in(sub) or _leading_places(sub)
                continue
            kept = []
            for a, b in _split_sentences(ln.text):
                key = _key(ln.text[a:b])
                if is_repeat(ln.text[a:b], key, seen_sentences, recent):
                    continue       # read before, or the tail of a sentence printed again (a garbled repeat)
                seen_sentences.add(key)
                recent.add(key)
                kept.append((a, b))
            para_key = "".join(_key(ln.text[a:b]) for a, b in kept)
            if not kept or para_key in seen_paragraphs:
                continue
            seen_paragraphs.add(para_key)
            pieces, anchors, spans = [], [], []
            local = 0
            for a, b in kept:
                spans.append((local, local + b - a, a))
                anchors.append((local, _line_at(ln.anchors, a)))
                anchors += [(local + off - a, n) for off, n in ln.anchors if a < off < b]
                pieces.append(ln.text[a:b])
                local += b - a
            start, end = emit("".join(pieces), anchors)
            art_start = start if art_start is None else art_start
            first_sentence = len(doc.sentences)
            for k, (a, b, at) in enumerate(spans):
                fragment = k == len(spans) - 1 and not _ends_final(pieces[k])
                number = _ITEM_NUMBER_RE.match(pieces[k])
                skip = number.end() if number and number.end() < len(pieces[k]) else 0
                line = _line_at(ln.anchors, at + skip)  # the line the sentence opens on, past its item's number
                doc.sentences.append(Sentence(start + a + skip, start + b, pieces[k][skip:], len(doc.paragraphs),
                                              index, line, fragment))
            doc.paragraphs.append(Paragraph(start, end, index,
                                            tuple(range(first_sentence, len(doc.sentences)))))
        if art_start is None:
            continue
        chain = places or byline_places
        doc.articles.append(Article(art_start, offset, title, title_span, author, author_span,
                                    chain[-1] if chain else None, chain))
    doc.text = "".join(parts)
    return doc
