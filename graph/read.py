"""Stage 1, read: decode a report file, repair its scraped layout, split articles, sentences with offsets."""
from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import charset_normalizer

from graph.errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".text")
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
    author: str | None = None          # e.g. 中共德阳市委组织部
    author_span: tuple[int, int] | None = None
    place: str | None = None           # the most specific place of the title/byline, e.g. 蓬莱区
    places: tuple[str, ...] = ()       # the chain as written, e.g. (山东省, 烟台市, 蓬莱区)


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
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, name=p.name, path=str(p))


def read_bytes(data: bytes, name: str, path: str = "") -> Document:
    """Decode raw bytes and read them as a report.

    Examples
    --------
    >>> doc = read_bytes("河北省某某市：标题一\\n正文第一句。".encode("gb18030"), "x.txt")
    >>> doc.encoding, doc.articles[0].place, doc.sentences[0].text
    ('gb18030', '某某市', '正文第一句。')
    """
    label = path or name
    try:
        text, encoding = decode(data)
    except InputError as exc:
        raise InputError(f"{label}: {exc.args[0]}", hint=exc.hint) from None
    doc = _build(text, name=name, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
    if not doc.text.strip():
        raise InputError(f"{label}: no text (only blank lines, page numbers or control characters)")
    return doc


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
    return doc


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | InputError]:
    """Read files and directories, yielding a Document per good file and an InputError per bad one.

    Directories are walked recursively in sorted order and only text files (``*.txt``,
    ``*.md``, ``*.text``; hidden ones skipped) are read; a directory holding none yields one
    InputError. Files named explicitly are read whatever their suffix.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                yield InputError(f"{p}: no text files ({', '.join('*' + s for s in TEXT_SUFFIXES)}) "
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
# Decoding

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office file"),
    (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"), (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7z archive"), (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"),
    (b"SQLite format 3\x00", "SQLite database"), (b"\x1aE\xdf\xa3", "video"), (b"wOFF", "font"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"), (b"MZ", "Windows executable"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_CJK_ENCODINGS = {"gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "euc_jp", "euc_kr",
                  "shift_jis", "cp932", "cp949", "iso2022_jp", "iso2022_kr", "utf_16", "utf_16_le",
                  "utf_16_be", "utf_32", "utf_8", "ascii"}


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: BOM, then strict UTF-8, then charset detection (GB18030 preferred for Chinese).

    Returns the text, NFC-normalised, and the encoding's name.

    Raises
    ------
    InputError
        For empty, binary or undecodable data (the message is the reason alone).

    Examples
    --------
    >>> decode("党建引领。".encode("utf-16"))
    ('党建引领。', 'utf-16')
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    graph.errors.InputError: binary file (PNG image), not a text report
    """
    if not data:
        raise InputError("empty file")
    for magic, kind in _MAGIC:
        if data.startswith(magic) and (kind != "Windows executable" or b"\x00" in data[:512]):
            raise InputError(f"binary file ({kind}), not a text report")
    text = encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError:
                raise InputError(f"undecodable: starts with a {enc} byte-order mark but is not {enc}") from None
            break
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _detect(data)
    if not text.strip("\ufeff \t\r\n\x00\u3000"):
        raise InputError("empty file")
    sample = text[:200_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v" or ch == "\x7f")
    if controls > max(2, len(sample) // 100):
        raise InputError("binary file (control bytes), not a text report")
    return unicodedata.normalize("NFC", text), encoding


def _detect(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: UTF-16 without BOM, else charset-normalizer checked against GB18030."""
    head = data[:8192]
    if b"\x00" in head:
        odd_nul = head[1::2].count(0) / max(1, len(head[1::2]))
        even_nul = head[0::2].count(0) / max(1, len(head[0::2]))
        for enc, ratio in (("utf-16-le", odd_nul), ("utf-16-be", even_nul)):
            if ratio > 0.2:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _plausibility(text) > 0.9:
                    return text, enc
        raise InputError("binary file (NUL bytes), not a text report")
    best = charset_normalizer.from_bytes(data).best()
    detected = (str(best), best.encoding) if best is not None else None
    if detected and detected[1] in _CJK_ENCODINGS and _plausibility(detected[0]) > 0.9:
        return detected
    # The detector misreads short GB text as single-byte code pages; try GB18030 strictly.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausibility(text) > 0.9 and _cjk_share(text) > 0.2:
        return text, "gb18030"
    if detected and _plausibility(detected[0]) > 0.97:
        return detected
    raise InputError("undecodable: not UTF-8, UTF-16 or GB18030 text, and no plausible encoding detected",
                     hint="save the file as UTF-8")


def _is_texty(ch: str) -> bool:
    o = ord(ch)
    return (0x20 <= o < 0x7F or ch in "\t\n\r\f" or 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF
            or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F
            or 0x2460 <= o <= 0x25FF or 0x20000 <= o <= 0x3134F or o in (0xB7, 0xD7, 0xFEFF, 0xA0)
            or 0xF900 <= o <= 0xFAFF or 0x2E80 <= o <= 0x2FDF)


def _plausibility(text: str) -> float:
    sample = text[:100_000]
    return sum(map(_is_texty, sample)) / max(1, len(sample))


def _cjk_share(text: str) -> float:
    sample = text[:100_000]
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / max(1, len(sample))


# ---------------------------------------------------------------------------------------------
# Patterns: punctuation, places, titles, bylines, page furniture

_FINAL = "。！？!?…"
_CLOSERS = "”’」』）)】》\"'〕］]"
_PAUSE_OR_OPEN = "、，,：:“‘《（(【「『〔—-～~·"
_NO_LINE_START = "”’」』）)】》〕，、；：。！？,;:!?"
_CLAUSE_PUNCT = "，、；：。！？!?,;:…"
_SENTENCE_END = re.compile(r"(?:[。！？!?]+|…+|\.{3,}|(?<=[\u4e00-\u9fff”’）》%])\.(?=[\u4e00-\u9fff“《（\s]|$))"
                           r"[”’」』）)】》\"'〕］]*")

_SUFFIX = r"(?:特别行政区|自治区|自治州|自治县|自治旗|街道|地区|新区|[省市州盟区县旗镇乡])"
_COMPONENT = r"[\u4e00-\u9fff]{1,9}?" + _SUFFIX
_CHAIN = rf"(?:{_COMPONENT}){{1,5}}"
_COMPONENT_RE = re.compile(_COMPONENT)
_CHAIN_RE = re.compile(_CHAIN)
_LEAD_CHAIN_RE = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,9}}?{_SUFFIX}){{1,5}}")
_TITLE_RE = re.compile(rf"^[【\[〔]?\s*(?P<chain>{_CHAIN})\s*(?:[:：]|[】\]〕])\s*(?P<rest>\S.*)$")
_BYLINE_MARK_RE = re.compile(r"^(?:[■□●○◆◇▲△★☆▼▽◎]+\s*|(?:文|图文|作者|来源|供稿|撰稿|通讯员)\s*[/／:：|]\s*)"
                             r"[（(]?(?P<body>[^。，；！？]{2,40}?)[）)]?$")
_BYLINE_BRACKET_RE = re.compile(r"^[（(【\[]\s*(?P<body>(?:中共|中国共产党)[^。，；！？）)】\]]{2,36}?)\s*[）)】\]]$")
_ORG_END = re.compile(r"(?:委员会|工作委员会|组织部|宣传部|统战部|党委|党工委|工委|党组|委|部|局|办公室|办|中心|政府)$")
_BYLINE_PLACE_RE = re.compile(rf"^(?:中共|中国共产党)?(?P<chain>{_CHAIN})"
                              r"(?=委|党|工委|工作委员会|人民政府|政府|组织部|宣传部|统战部|机关|纪委|编办|办事处)")
_GENERIC_PLACE = re.compile(r"(?:社区|小区|城区|辖区|片区|园区|景区|校区|市区|郊区|山区|街区|营区|全市|全区|全县|"
                            r"城市|城乡|乡镇|县区|区县|市县|地区|新区)$")
_GENERIC_MODIFIER = re.compile(r"^(?:城市|农村|城乡|老旧|居民|住宅|商品房|新建|示范|试点|其他|有关|相关|重点|基层|所在|所属|"
                               r"辖|驻|全|各|本|该|每|部分|多个|一批|周边|附近|开放式|封闭式|无物业|涉及|这些|有的|部分)")
_PLACE_SUBJECT_RE = re.compile(rf"^(?:全[省市区县州旗镇乡]|各[省市区县]|本[省市区县]|(?P<chain>[\u4e00-\u9fff]{{2,8}}?{_SUFFIX}))")
_OPENER_RE = re.compile(r"^(?:\d{4}年(?:以来|\d{1,2}月)?|今年以来|去年以来|近年来|近年以来|近期|近日|目前|当前|截至目前|"
                        r"截至\S{0,12}|同时|与此同时|此外|另外|其中|首先|其次|再次|最后|总之|一是|二是|三是|四是|五是|"
                        r"六是|七是|八是|九是|十是|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])")
_NUMBERED_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                          r"\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部分章节篇]?[、，：:\s])")
_PAGE_RE = re.compile(r"^(?:[-－—–_~～·•\s]*\d{1,4}[-－—–_~～·•\s]*|[-－—–~～]\s*[一二三四五六七八九十百]+\s*[-－—–~～]|"
                      r"第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|"
                      r"\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$")
_PAGE_TAIL_RE = re.compile(r"(?:第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|[-－—–]\s*\d{1,4}\s*[-－—–]|"
                           r"\d{1,4}\s*[/／]\s*\d{1,4}|[|｜]\s*\d{1,4})\s*$")
_PAGE_TAIL_LINE_RE = re.compile(_PAGE_TAIL_RE.pattern, re.M)
_TWO_PHRASES_RE = re.compile(r"[\u4e00-\u9fff”》）]{3,}[ \u3000]+[“《（\u4e00-\u9fff]{3,}")
_PROSE_RE = re.compile(r"[，、；。！？,;]")
_GLUED_RE = re.compile(r"[。！？!?…][”’」』）)】》\"'〕]*(\u3000{2,}|[ \t]{4,})")
_INVISIBLE = dict.fromkeys([*range(0, 9), 11, *range(14, 32), 0x7F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
_PARTY_BODY_RE = re.compile(r"(?:中共|中国共产党)[^\s。，；：！？、]{2,30}")
_TITLE_STOP_RE = re.compile(r"[。；]")
_CLAUSE_MARK_RE = re.compile(r"[，、；：;。！？!?]")
_SENTENCE_MARK_RE = re.compile(r"[；;。！？!?]")
_SPACE_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"\d+")
_FIRST_CLAUSE_RE = re.compile(rf"[^{_CLAUSE_PUNCT}]*")
_ORG_CHAR_RE = re.compile(r"[党委会部局组织机关单位]")
_COMMA_RE = re.compile(r"[，；：,;:]")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
_INVISIBLE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _INVISIBLE) + "]")
_SUBLINE_BREAK = re.compile(r"[\f\v\x1c\x1d\x1e\x85\u2028\u2029]")


def places_in(name: str) -> tuple[str, ...]:
    """The chain of administrative places a title or byline starts with.

    Found by suffix rules (省/自治区/市/州/盟/区/县/旗/街道/镇/乡), not by a list of names.

    Examples
    --------
    >>> places_in("甲乙省丙丁市戊己区：某某标题")
    ('甲乙省', '丙丁市', '戊己区')
    >>> places_in("■中共丙丁县戊己街道工作委员会")
    ('丙丁县', '戊己街道')
    >>> places_in("中共丙丁市委组织部")
    ('丙丁市',)
    """
    name = name.strip()
    m = _TITLE_RE.match(name)
    if m is None:
        body = _byline_body(name) or name
        m = _BYLINE_PLACE_RE.match(body)
    if m is None:
        return ()
    return _split_chain(m.group("chain"))


def _leading_places(title: str) -> tuple[str, ...]:
    """Places a title without ``：`` starts with (``某某区以党建引领…`` → 某某区), generic words cut off.

    >>> _leading_places("某某省某某市城市社区焕新颜"), _leading_places("城市社区焕新颜")
    (('某某省', '某某市'), ())
    """
    m = _LEAD_CHAIN_RE.match(title)
    if m is None:
        return ()
    out = []
    for comp in _split_chain(m.group()):
        if _ORG_CHAR_RE.search(comp) or _GENERIC_PLACE.search(comp) or _GENERIC_MODIFIER.match(comp):
            break
        out.append(comp)
    return tuple(out)


def _split_chain(chain: str) -> tuple[str, ...]:
    """Split a matched chain of places into its components, shortest first, as the match did."""
    out = []
    while chain:
        for k in range(2, len(chain) + 1):
            if _COMPONENT_RE.fullmatch(chain[:k]) and (k == len(chain) or _CHAIN_RE.fullmatch(chain[k:])):
                out.append(chain[:k])
                chain = chain[k:]
                break
        else:
            out.append(chain)
            break
    return tuple(out)


def _byline_body(line: str) -> str | None:
    """The author body of a byline line (``■中共某某区委组织部`` → ``中共某某区委组织部``), else None."""
    if len(line) > 48:
        return None
    m = _BYLINE_MARK_RE.match(line) or _BYLINE_BRACKET_RE.match(line)
    if m:
        body = m.group("body").strip()
        first = body.split()[0]
        if first != body and _ORG_END.search(first):
            body = first                  # ``■中共某某市委组织部 张三``: the body, not the writer
        if body.startswith(("中共", "中国共产党")) or _ORG_END.search(body):
            return body
        return None
    if _PARTY_BODY_RE.fullmatch(line) and _ORG_END.search(line):
        return line
    return None


def _is_title(line: str) -> bool:
    if len(line) > 64 or line[-1] in "。，、；：;,:":
        return False
    m = _TITLE_RE.match(line)
    return bool(m) and len(m.group("rest")) <= 48 and not _TITLE_STOP_RE.search(m.group("rest"))


def _ends_final(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and (stripped[-1] in _FINAL or stripped.endswith("...")
                               or (stripped[-1] == "." and len(stripped) > 1
                                   and ("\u4e00" <= stripped[-2] <= "\u9fff" or stripped[-2] in "”’）》%")))


def _is_heading_shape(line: str) -> bool:
    """Short, without sentence or clause punctuation; a numbered one (``一、…，…``) may hold commas.

    >>> _is_heading_shape("延伸党建触角 夯实治理根基"), _is_heading_shape("一、高位推动，健全组织体系")
    (True, True)
    >>> _is_heading_shape("推动各类网格整合。"), _is_heading_shape("从社区工作者、")
    (False, False)
    """
    if not 2 <= len(line) <= 40:
        return False
    m = _NUMBERED_RE.match(line)
    body = line[m.end():] if m else line
    if not body.strip() or line[-1] in "，、；：;,:“‘《（(【":
        return False
    if (_SENTENCE_MARK_RE if m else _CLAUSE_MARK_RE).search(body.rstrip("。")) or _SENTENCE_END.search(body[:-1]):
        return False
    if any(line.count(o) != line.count(c) for o, c in ("“”", "《》", "（）", "()")):
        return False              # an open quote or bracket: a cut sentence, not a heading
    return not (line.rstrip(_CLOSERS).endswith(("。", "！", "？", "!", "?")) and not m)


def _key(text: str) -> str:
    return _SPACE_RE.sub("", text)


def _width(text: str) -> int:
    """Display width, near enough: three-byte (CJK, full-width) characters count two, ASCII one."""
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2


# ---------------------------------------------------------------------------------------------
# Layout repair


@dataclass
class _Line:
    """A logical line: one or more source lines joined, with anchors back to them."""

    text: str
    anchors: list[tuple[int, int]]   # (offset in text, original line)
    gap: bool = False                # a blank or removed line before it
    page_gap: bool = False           # the gap held a page break (page number, running header, \f)
    indent: bool = False
    kind: str = "body"               # title | byline | heading | body
    lead: int = 0                    # display width of the indent

    @property
    def line(self) -> int:
        return self.anchors[0][1]

    def extend(self, other: _Line) -> None:
        base = len(self.text)
        self.text += other.text
        self.anchors += [(base + off, ln) for off, ln in other.anchors]


def _source_lines(text: str) -> list[tuple[str, int, bool]]:
    """(raw line, original line number, starts after an in-line break) for every line of ``text``."""
    out = []
    invisible = _INVISIBLE_RE.search(text) is not None
    breaks = _SUBLINE_BREAK.search(text) is not None
    for number, raw in enumerate(_LINE_END_RE.split(text), start=1):
        for k, part in enumerate(_SUBLINE_BREAK.split(raw) if breaks else (raw,)):
            out.append((part.translate(_INVISIBLE) if invisible else part, number, k > 0))
    return out


def _lines(text: str) -> list[_Line]:
    """Clean lines, drop page numbers and running headers, mark gaps."""
    raw = _source_lines(text)
    stripped = [r[0].strip() for r in raw]
    page = [bool(s) and len(s) <= 24 and bool(_PAGE_RE.match(s)) for s in stripped]
    # Running headers/footers: short lines without prose punctuation that recur, mostly next to
    # page breaks (numbers compared as #, so ``第3页``-style headers match each other).
    breaks = [page[i] or raw[i][2] for i in range(len(raw))]
    content = [i for i, s in enumerate(stripped) if s and not page[i]]
    near_break: dict[str, int] = {}
    counts: dict[str, int] = {}
    for pos, i in enumerate(content if any(breaks) or _PAGE_TAIL_LINE_RE.search(text) else ()):
        s = stripped[i]
        if len(s) > 40 or _ends_final(s) or _PROSE_RE.search(s):
            continue
        key = _DIGITS_RE.sub("#", _key(s))
        counts[key] = counts.get(key, 0) + 1
        prev_i = content[pos - 1] if pos else -1
        next_i = content[pos + 1] if pos + 1 < len(content) else len(raw)
        around = range(max(prev_i, i - 3), min(next_i, i + 4))
        if any(breaks[j] for j in around if j != i) or (_PAGE_TAIL_RE.search(s) and len(s) > 4):
            near_break[key] = near_break.get(key, 0) + 1
    furniture = {k for k, n in near_break.items() if n >= 2 and 2 * n >= counts[k]}
    out: list[_Line] = []
    kept: set[str] = set()
    gap = page_gap = False
    for i, (r, number, after_break) in enumerate(raw):
        s = stripped[i]
        if after_break:
            gap = page_gap = True
        if not s:
            gap = True
            continue
        if page[i] or (furniture and len(s) <= 40 and _DIGITS_RE.sub("#", _key(s)) in furniture):
            key = _DIGITS_RE.sub("#", _key(s)) if not page[i] else ""
            if not (key and key not in kept and _is_title(s)):
                gap = page_gap = True
                continue
            kept.add(key)                  # a title repeated as running header: keep its first line
        pos = 0
        for m in _GLUED_RE.finditer(s) if "\u3000\u3000" in s or "    " in s else ():
            if m.end() < len(s):           # ``…。　　推行…``: two paragraphs glued on one line
                out.append(_Line(s[pos:m.start(1)], [(0, number)], gap=gap, page_gap=page_gap,
                                 indent=pos > 0 or r[:1].isspace()))
                gap = page_gap = False
                pos = m.end()
        lead = _width(r[:len(r) - len(r.lstrip())]) if r[:1].isspace() and not pos else 0
        out.append(_Line(s[pos:], [(0, number)], gap=gap, page_gap=page_gap, indent=pos > 0 or lead > 1,
                         lead=lead))
        gap = page_gap = False
    return out


def _wrap_width(lines: list[_Line]) -> int | None:
    """The column width a PDF-style hard wrap cut lines at, if the text is wrapped."""
    hist = [0] * 202                    # line widths 20..200, anything wider in the last bucket
    for ln in lines:
        w = _width(ln.text) + ln.lead if len(ln.text) <= 200 else 201
        if w >= 20:
            hist[min(w, 201)] += 1
    total = sum(hist)
    if total < 5:
        return None
    best, best_full = None, 0
    for w in range(20, 161):
        full = sum(hist[w - 4:w + 3])
        over = sum(hist[w + 3:])
        if over <= max(1, total // 20) and full > best_full:
            best, best_full = w, full
    if best is not None and best_full >= max(4, 0.4 * total):
        return best
    return None


def _unwrap(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped lines back into paragraphs (a no-op when the text is not wrapped).

    Three signals: a fixed wrap width (most lines about equally wide, the paragraph's last one
    shorter); paragraph indents (paragraphs start indented, so an unindented line after an
    unfinished one goes on with it); ragged text (most lines stop mid-sentence). Lines are joined across page furniture, never across a
    blank line unless every line is followed by one (double spacing).
    """
    width = _wrap_width(lines)
    indented = sum(1 for ln in lines if ln.indent and len(ln.text) > 30) >= max(3, 0.1 * len(lines))
    long_lines = [ln for ln in lines if len(ln.text) >= 15]
    ragged = len(long_lines) >= 4 and sum(not _ends_final(ln.text) for ln in long_lines) >= 0.5 * len(long_lines)
    if width is None and not indented and not ragged:
        return lines
    double_spaced = sum(ln.gap for ln in lines) >= 0.8 * len(lines)
    body = sorted(len(ln.text) for ln in lines if len(ln.text) >= 20)
    typical = body[len(body) // 2] if body else 0
    heading_like = [_heading_like(lines, i, width, typical) for i in range(len(lines))]
    out: list[_Line] = []
    first_of_cur = prev_len = 0
    prev_full = False
    for i, ln in enumerate(lines):
        cur = out[-1] if out else None
        if (cur is not None and ln.kind not in ("title", "byline") and cur.kind not in ("title", "byline")
                and (not ln.gap or ln.page_gap or double_spaced) and not (indented and ln.indent)
                and not heading_like[i]
                and (ln.text[0] in _NO_LINE_START or not (len(cur.anchors) == 1 and heading_like[first_of_cur]))):
            goes_on = prev_full if width is not None else indented
            if ln.text[0] in _NO_LINE_START:
                join = True    # a line never starts with a closing quote or a comma
            elif not _ends_final(cur.text):
                join = goes_on or indented or ragged
            else:  # a line ending a sentence: the paragraph goes on unless the next line starts one
                shape = _is_heading_shape(ln.text)
                long_tail = (shape and len(ln.text) >= 0.7 * typical       # too long for a heading
                             and prev_len >= 0.8 * typical)                # after a long line
                join = (goes_on and not shape) or ((indented or ragged) and long_tail)
            if join:
                prev_full = width is not None and _width(ln.text) + ln.lead >= width - 4
                prev_len = len(ln.text)
                cur.extend(ln)
                continue
        out.append(ln)
        prev_len = len(ln.text)
        first_of_cur = i
        prev_full = width is not None and ln.kind == "body" and _width(ln.text) + ln.lead >= width - 4
    return out


def _heading_like(lines: list[_Line], i: int, width: int | None, typical: int) -> bool:
    """A short unindented line without punctuation that a wrapped paragraph does not run into.

    Short against the wrapped lines around it, or two phrases parted by a space, or followed
    by an indented line or another such line.
    """
    ln = lines[i]
    if ln.indent or len(ln.text) > 30 or not _is_heading_shape(ln.text):
        return False
    if _TWO_PHRASES_RE.search(ln.text) or _NUMBERED_RE.match(ln.text):
        return True
    if ln.text[0].isdigit():
        return False   # ``76名…``: a heading does not start with a bare number
    prev = lines[i - 1] if i else None
    if (prev is not None and prev.kind == "body" and not _ends_final(prev.text)
            and (_width(prev.text) + prev.lead >= 0.75 * width if width is not None else len(prev.text) >= 0.6 * typical)):
        return False   # the short last line of a wrapped paragraph that stops mid-sentence
    if (width is None and prev is not None and prev.kind == "body" and len(prev.text) >= 0.8 * typical
            and len(ln.text) >= 0.7 * typical):
        return False   # as long as a wrapped line and without a heading's space: a wrapped line
    if width is not None and _width(ln.text) < 0.7 * width:
        return True
    if len(ln.text) < 0.6 * typical:
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is None or nxt.indent or nxt.kind in ("title", "byline") or _is_heading_shape(nxt.text)


def _first_clause(text: str) -> tuple[str, bool]:
    m = _FIRST_CLAUSE_RE.match(text)
    clause = m.group()
    return clause, m.end() < len(text)


def _is_place_subject(text: str) -> bool:
    m = _PLACE_SUBJECT_RE.match(text)
    if not m:
        return False
    chain = m.group("chain")
    if chain is None:
        return True
    if _ORG_CHAR_RE.search(chain):
        return False
    if chain.endswith(("社区", "小区")):          # a named community or compound, not 城市社区/老旧小区
        return len(chain) >= 4 and not _GENERIC_MODIFIER.match(chain)
    return not _GENERIC_PLACE.search(chain)


def _starts_own_sentence(text: str) -> bool:
    """Whether ``text`` opens a new sentence: a short lead sentence, an opener, a place as subject."""
    if _OPENER_RE.match(text) or _is_place_subject(text):
        return True
    m = _SENTENCE_END.search(text)
    if m and not text[:1].isdigit() and len(text) - m.end() >= 10:
        lead = text[:m.start()]    # a short lead sentence that the paragraph then works out
        if 6 <= len(lead) <= 30 and not _COMMA_RE.search(lead):
            return True
    return False


def continues(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` completes the sentence that ``prev`` leaves unfinished.

    ``prev`` does not end a sentence; ``nxt`` is the next piece of body text (after a blank
    line, a page break or an inserted heading).

    Examples
    --------
    >>> continues("在某某、某某、", "某某3个领域开展核查。")          # ends in a pause
    True
    >>> continues("为民服务岗", "位，实行定岗管理。")                  # a one-word first clause
    True
    >>> continues("逐项明确完成时限，强化", "实施小区建党组织攻坚行动。采取联合建的方式。")
    False
    >>> continues("全市已建成社", "某某市建立“平急转换”机制，有效应对风险。")
    False
    """
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt:
        return False
    if prev[-1] in _PAUSE_OR_OPEN or nxt[0] in _NO_LINE_START:
        return True
    if _OPENER_RE.match(nxt):
        return False
    clause, has_punct = _first_clause(nxt)
    if has_punct and len(clause) <= 3:
        return True
    return not _starts_own_sentence(nxt)


def _classify(lines: list[_Line]) -> None:
    """Set each line's kind: title, byline, heading or body."""
    for ln in lines:
        ln.kind = "body"
        if _is_title(ln.text):
            ln.kind = "title"
        elif _byline_body(ln.text):
            ln.kind = "byline"
    # A short unpunctuated line right before a byline is a title too.
    for i in range(1, len(lines)):
        prev = lines[i - 1]
        if (lines[i].kind == "byline" and prev.kind == "body" and len(prev.text) <= 50
                and not _ends_final(prev.text) and prev.text[-1] not in "，、；：,;:"):
            prev.kind = "title"
    # A file opening with a short unnumbered line and no title of the usual shape: its title.
    if (len(lines) > 1 and lines[0].kind == "body" and _is_heading_shape(lines[0].text)
            and not _NUMBERED_RE.match(lines[0].text) and lines[1].kind == "body"
            and not any(ln.kind == "title" for ln in lines[:4])):
        lines[0].kind = "title"
    # Headings vs stray pieces, from the last line up: a heading is followed by its paragraph;
    # a short line followed by a blank and then a heading is a cut piece of a sentence.
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.kind != "body" or not _is_heading_shape(ln.text):
            continue
        if _NUMBERED_RE.match(ln.text):
            ln.kind = "heading"
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or nxt.kind in ("title", "byline"):
            continue
        blank = nxt.gap
        if nxt.kind == "heading":
            if not blank or _SPACE_RE.search(ln.text):
                ln.kind = "heading"
            continue
        clause, has_punct = _first_clause(nxt.text)
        if blank and has_punct and len(clause) <= 3 and not _TWO_PHRASES_RE.search(ln.text):
            continue  # ``…岗`` + blank + ``位，…``: a cut, not a heading
        ln.kind = "heading"


@dataclass
class _Block:
    kind: str                        # title | byline | heading | para
    line: _Line
    article: int = 0


def _articles(lines: list[_Line]) -> list[list[_Block]]:
    """Split classified lines into articles; drop repeated titles, bylines, headings and lines."""
    articles: list[list[_Block]] = []
    seen_lines: set[str] = set()
    seen_heads: set[str] = set()
    seen_long_heads: set[str] = set()
    seen_meta: set[str] = set()
    seen_sentences: set[str] = set()
    seen_tails: set[str] = set()       # unfinished last sentences of lines
    article_keys: list[str] = []       # one string: the article's kept sentences, without spaces
    current: list[_Block] | None = None
    for ln in lines:
        key = _key(ln.text)
        if ln.kind in ("title", "byline"):
            if key in seen_meta:
                continue
            seen_meta.add(key)
            has_body = current is not None and any(b.kind in ("para", "heading") for b in current)
            if (current is None or has_body or ln.kind == "title"
                    or any(b.kind == "byline" for b in current)):
                current = []
                articles.append(current)
                seen_heads = set()
                article_keys = []
            current.append(_Block(ln.kind, ln))
            continue
        if current is None:
            current = []
            articles.append(current)
        if ln.kind == "heading":
            # a long heading seen anywhere before is a repeat; a short generic one only within its article
            if key in seen_heads or (len(key) >= 8 and key in seen_long_heads):
                continue
            seen_heads.add(key)
            seen_long_heads.add(key)
            current.append(_Block("heading", ln))
            continue
        if key in seen_lines:
            continue
        seen_lines.add(key)
        ln = _drop_repeats(ln, seen_sentences, seen_tails, article_keys)
        if ln is not None:
            current.append(_Block("para", ln))
    return articles


def _drop_repeats(ln: _Line, seen: set[str], seen_tails: set[str], article_keys: list[str]) -> _Line | None:
    """``ln`` without the sentences already read: equal to an earlier one, or (12 characters or
    more) printed inside earlier text of the article. None when nothing is left."""
    spans = _split_sentences(ln.text)
    kept = []
    for a, b in spans:
        for off, _n in ln.anchors:   # an unfinished sentence read before, then a new line's text
            if a < off < b and len(_key(ln.text[a:off])) >= 8 and _key(ln.text[a:off]) in seen_tails:
                a = off
                break
        key = _key(ln.text[a:b])
        text_so_far = article_keys[0] if article_keys else ""
        if len(key) >= 8 and (key in seen or (len(key) >= 12 and len(text_so_far) < 200_000
                                               and key in text_so_far)):
            continue
        seen.add(key)
        article_keys[:] = [text_so_far + key]
        kept.append((a, b))
    if kept and not _ends_final(ln.text[kept[-1][0]:kept[-1][1]]):
        seen_tails.add(_key(ln.text[kept[-1][0]:kept[-1][1]]))
    if not kept:
        return None
    if kept == spans:
        return ln
    out = _Line("", [], gap=ln.gap, page_gap=ln.page_gap, indent=ln.indent, kind=ln.kind, lead=ln.lead)
    for a, b in kept:
        out.extend(_Line(ln.text[a:b], [(0, _line_at(ln.anchors, a))]
                         + [(off - a, n) for off, n in ln.anchors if a < off < b]))
    return out


def _join_cuts(blocks: list[_Block]) -> list[_Block]:
    """Re-join sentences cut by a blank line, a page break or an inserted heading."""
    out: list[_Block] = []
    waiting: _Block | None = None      # a paragraph whose last sentence is unfinished
    held: list[_Block] = []            # headings met while waiting
    for block in blocks:
        if block.kind in ("title", "byline"):
            out.append(block)
            continue
        if block.kind == "heading":
            if waiting is not None and len(held) < 2:
                held.append(block)
            else:
                out.extend(held)
                held = []
                waiting = None
                out.append(block)
            continue
        if waiting is not None and continues(waiting.line.text, block.line.text):
            waiting.line.extend(block.line)
            if _ends_final(waiting.line.text):
                out.extend(held)
                held, waiting = [], None
            continue
        out.extend(held)
        held = []
        para = _Block("para", _Line(block.line.text, list(block.line.anchors)))
        out.append(para)
        waiting = None if _ends_final(para.line.text) else para
    out.extend(held)
    return out


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a paragraph; the last may lack final punctuation."""
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b > a:
            out.append((a, b))
    return out


def _line_at(anchors: list[tuple[int, int]], offset: int) -> int:
    i = bisect.bisect_right(anchors, (offset, float("inf"))) - 1
    return anchors[max(i, 0)][1]


def _build(text: str, name: str, path: str, encoding: str, sha256: str) -> Document:
    text = unicodedata.normalize("NFC", text)
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
        article_keys = ""
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
                    places = places_in(ln.text) or _leading_places(ln.text)
                elif block.kind == "byline" and author is None:
                    author = _byline_body(ln.text)
                    first = ln.text.index(author)
                    author_span = (span[0] + first, span[0] + first + len(author))
                    byline_places = places_in(author)
                elif block.kind == "heading":
                    doc.headings.append(Heading(span[0], span[1], ln.text, index, ln.line))
                continue
            kept = []
            for a, b in _split_sentences(ln.text):
                key = _key(ln.text[a:b])
                if len(key) >= 8 and key in seen_sentences:
                    continue
                if len(key) >= 12 and len(article_keys) < 200_000 and key in article_keys:
                    continue       # the tail of a sentence printed again (a garbled repeat)
                seen_sentences.add(key)
                article_keys += key
                kept.append((a, b))
            para_key = "".join(_key(ln.text[a:b]) for a, b in kept)
            if not kept or para_key in seen_paragraphs:
                continue
            seen_paragraphs.add(para_key)
            pieces, anchors, spans = [], [], []
            local = 0
            for a, b in kept:
                spans.append((local, local + b - a, _line_at(ln.anchors, a)))
                anchors.append((local, _line_at(ln.anchors, a)))
                anchors += [(local + off - a, n) for off, n in ln.anchors if a < off < b]
                pieces.append(ln.text[a:b])
                local += b - a
            start, end = emit("".join(pieces), anchors)
            art_start = start if art_start is None else art_start
            first_sentence = len(doc.sentences)
            for k, (a, b, line) in enumerate(spans):
                fragment = k == len(spans) - 1 and not _ends_final(pieces[k])
                doc.sentences.append(Sentence(start + a, start + b, pieces[k], len(doc.paragraphs), index,
                                              line, fragment))
            doc.paragraphs.append(Paragraph(start, end, index,
                                            tuple(range(first_sentence, len(doc.sentences)))))
        if art_start is None:
            continue
        chain = places or byline_places
        doc.articles.append(Article(art_start, offset, title, title_span, author, author_span,
                                    chain[-1] if chain else None, chain))
    doc.text = "".join(parts)
    return doc
