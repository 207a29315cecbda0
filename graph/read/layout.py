"""Stage 1, read: layout repair: page furniture, hard wraps, headings, repeats, cut sentences."""
from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

from graph.read.patterns import (LIST_MARKS, _BYLINE_MARK_RE, _COMMA_RE, _DATELINE_RE, _DIGITS_RE, _DOCUMENT_TITLE_RE,
                                 _DATE_LINE_RE, _FIELD_LINE_RE, _FIRST_CLAUSE_RE, is_repeat,
                                 _GENERIC_MODIFIER, _GENERIC_PLACE, _RELATED_ITEM_RE, _WEB_FURNITURE_RE,
                                 _GLUED_RE, _INVISIBLE, _INVISIBLE_RE, _LINE_END_RE, _NO_LINE_START,
                                 _NUMBERED_RE, _OPENER_RE, _ORG_CHAR_RE, _PAGE_RE, _PAGE_TAIL_LINE_RE,
                                 _PAGE_TAIL_RE, _PAUSE_OR_OPEN, _PLACE_SUBJECT_RE, _PROSE_RE, _TITLE_CLAUSE_RE,
                                 _FINAL, _SENTENCE_END, _SPACE_RE, _SUBLINE_BREAK, _TWO_PHRASES_RE, _ends_final, _is_row,
                                 _is_heading_shape, _key, _width)
from graph.read.titles import _byline_body, _is_title, is_stem_title, placed_body_line, stem_places


class Recent:
    """The last ``size`` characters of text read (spaces removed), to find sentences printed again.

    >>> r = Recent(size=10); r.add("甲乙丙丁戊"); r.add("己庚辛壬癸子丑")
    >>> "辛壬癸" in r, "甲乙" in r
    (True, False)
    """

    def __init__(self, size: int = 20_000):
        self.size = size
        self.text = ""

    def add(self, key: str) -> None:
        self.text = (self.text + key)[-self.size:]

    def __contains__(self, key: str) -> bool:
        return key in self.text


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


_GLUED_LONG_RE = re.compile(r"(\u3000{2,})")
_SPACED_RE = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")
_HAN_PAIR_RE = re.compile(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])")
_LETTER_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’0-9]) (?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’0-9])")
_DIGIT_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff，、：；“”（）]) (?=\d)(?!\d{4}[-./]\d|\d{1,2}:\d\d)|(?<=\d|%) (?=[\u4e00-\u9fff])")
_MARK_SPACE_RE = re.compile(r"(?<=[，、；：。！？])[ \u3000\u00a0](?=[^\s])")  # 建立党支部，　推行…: one space after a mark
_STAMP_END_RE = re.compile(r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d\d(?::\d\d)?) $")  # a date or a time keeps its space
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
_MARKDOWN_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_MARKDOWN_EMPHASIS_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")


def plain(text: str) -> str:
    r"""Text copied with its markup: HTML entities (``&ldquo;``, ``&nbsp;``) decoded, a Markdown
    file's heading marks (``## ``) and bold marks (``**…**``) dropped, a PDF's letter-spaced text
    (``社 区 党 委``) closed up, the spaces a web page puts between Chinese and a figure
    (``建立 6 个``) and the one a page puts after a punctuation mark (``，　推行``) dropped, corner-bracket quotes (``「三方办」``) made the usual ones; line breaks kept.

    >>> plain("&nbsp;&nbsp;推行&ldquo;三方办&rdquo;机制")
    '\xa0\xa0推行“三方办”机制'
    >>> plain("# 青川县：某某经验\n\n## 一、**建强**小区党支部")
    '青川县：某某经验\n\n一、建强小区党支部'
    >>> plain("桂 香 社 区 党 委 与 12 家 单 位 共 建 。")
    '桂香社区党委与12家单位共建。'
    >>> plain("建立 12 个小区党支部，覆盖率达 95% 以上")
    '建立12个小区党支部，覆盖率达95%以上'
    >>> plain("青川县成立党支部，\u3000推行“三方办”。\u3000柳岸社区")
    '青川县成立党支部，推行“三方办”。柳岸社区'
    >>> plain("推行「三方办」机制")
    '推行“三方办”机制'
    >>> plain("A&B两家单位")  # no entity: the text as it is
    'A&B两家单位'
    """
    if len(_ENTITY_RE.findall(text[:20000])) >= 2:
        text = html.unescape(text)
    sample = text[:4000]
    if len(_SPACED_RE.findall(sample)) > len(_HAN_PAIR_RE.findall(sample)):
        text = _LETTER_SPACE_RE.sub("", text)  # 社 区 党 委: a PDF's letter-spaced text
    if "「" in text and "“" not in text:
        text = text.translate(_CORNER_QUOTES)  # 「三方办」机制: a page quoting with corner brackets
    text = _MARK_SPACE_RE.sub("", text)
    text = _DIGIT_SPACE_RE.sub(lambda m: m.group() if _STAMP_END_RE.search(text, max(0, m.start() - 12), m.end()) else "", text)
    if _MARKDOWN_HEADING_RE.search(text):
        text = _MARKDOWN_HEADING_RE.sub("", text)
        text = _MARKDOWN_EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), text)
    return text


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
    where: dict[str, list[int]] = {}
    has_breaks = any(breaks) or _PAGE_TAIL_LINE_RE.search(text) is not None
    for pos, i in enumerate(content):
        s = stripped[i]
        if len(s) > 40 or _ends_final(s) or _PROSE_RE.search(s):
            continue
        key = _DIGITS_RE.sub("#", _key(s))
        where.setdefault(key, []).append(i)
        if not has_breaks:
            continue
        prev_i = content[pos - 1] if pos else -1
        next_i = content[pos + 1] if pos + 1 < len(content) else len(raw)
        around = range(max(prev_i, i - 3), min(next_i, i + 4))
        if any(breaks[j] for j in around if j != i) or (_PAGE_TAIL_RE.search(s) and len(s) > 4):
            near_break[key] = near_break.get(key, 0) + 1
    furniture = {k for k, n in near_break.items() if n >= 2 and 2 * n >= len(where[k])}
    # A running header printed once, next to a page number in the middle of a cut sentence.
    cut_header = _cut_headers(stripped, page, content)
    # Without page numbers: a line printed three times or more, every time a page apart and
    # before other text (a heading of an article printed twice comes before the same text).
    nxt_key = {i: _key(stripped[j]) for i, j in zip(content, content[1:])}
    furniture |= {k for k, at in where.items()
                  if len(at) >= 3 and min(b - a for a, b in zip(at, at[1:])) >= 12
                  and len({nxt_key.get(i) for i in at}) > len(at) / 2}
    out: list[_Line] = []
    kept: set[str] = set()
    gap = page_gap = False
    related = False  # inside a web page's related-news list
    blank = False     # a blank line came right before this one
    for i, (r, number, after_break) in enumerate(raw):
        s = stripped[i]
        if after_break:
            gap = page_gap = True
        if not s:
            gap = blank = True
            continue
        # a related-news list: items marked ·, or short unpunctuated lines right after its label
        item = related and (_RELATED_ITEM_RE.match(s) or not blank and len(s) <= 40 and "。" not in s)
        blank = False
        if (_WEB_FURNITURE_RE.match(s) and (len(s) <= 120 or s.count("。") < 2)) or item:
            related = related or s.startswith(("相关", "推荐", "延伸"))
            gap = True
            continue  # a web page's menu, share buttons, editor line, related news, copyright
        related = False
        if i in cut_header:
            gap = page_gap = True
            continue
        if page[i] or (furniture and len(s) <= 40 and _DIGITS_RE.sub("#", _key(s)) in furniture):
            key = _DIGITS_RE.sub("#", _key(s)) if not page[i] else ""
            if not (key and key not in kept and _is_title(s)):
                gap = page_gap = True
                continue
            kept.add(key)                  # a title repeated as running header: keep its first line
        pos = 0
        lead = _width(r[:len(r) - len(r.lstrip())]) if r[:1].isspace() else 0
        # ``…。　　推行…``: two paragraphs glued on one line; in a long line (a page copied without
        # its line breaks) any run of indent spaces parts two pieces (``…　　一、建强组织　　…``)
        glued = _GLUED_RE if len(s) <= 100 else _GLUED_LONG_RE
        for m in glued.finditer(s) if "\u3000\u3000" in s or "    " in s else ():
            if m.end() < len(s) and m.start(1) > pos:
                out.append(_Line(s[pos:m.start(1)], [(0, number)], gap=gap, page_gap=page_gap,
                                 indent=pos > 0 or lead > 1, lead=lead if pos == 0 else 4))
                gap = page_gap = False
                pos = m.end()
        out.append(_Line(s[pos:], [(0, number)], gap=gap, page_gap=page_gap, indent=pos > 0 or lead > 1,
                         lead=lead if pos == 0 else 4))
        gap = page_gap = False
    return out


_HEADER_RE = re.compile(r"(?:汇编|选编|简报|交流|通讯|年鉴|杂志|日报|晚报|周刊|材料|第\s*\d+\s*期|\d{4}\s*年)$")


def _cut_headers(stripped: list[str], page: list[bool], content: list[int]) -> set[int]:
    """Running headers printed once: a short line that opens like the document's first line or ends
    like a publication's name (…经验汇编, …简报, 2024年第3期), without clause punctuation, next to a
    page number (blank lines apart), after a line of body text that stops mid-sentence."""
    out: set[int] = set()
    first = _key(stripped[content[0]])[:6] if content else ""
    for pos in range(1, len(content) - 1):
        before, i, after = content[pos - 1], content[pos], content[pos + 1]
        s = stripped[i]
        if len(s) > 40 or _ends_final(s) or _TITLE_CLAUSE_RE.search(s) or not any(page[before + 1:after]):
            continue
        if not (_key(s).startswith(first) or _HEADER_RE.search(s)):
            continue
        last = stripped[before]
        if all(stripped[j] for j in range(before + 1, i)):
            continue  # right under the line before: the cut sentence's last piece (…在职党员到 / 社区)
        if before in out or (len(last) >= 15 and not _ends_final(last) and not _is_heading_shape(last)):
            out.add(i)
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
        if (cur is not None and cur.kind == "title" and width is not None and not ln.gap and ln.kind == "body"
                and _width(cur.text) + cur.lead >= width - 4 and "，" in cur.text):
            cur.kind = "body"  # 【某街道】某社区辖区面积…，有省、市: a run-in label's paragraph cut at the wrap width
        if (cur is not None and ln.kind not in ("title", "byline") and cur.kind not in ("title", "byline")
                and not _FIELD_LINE_RE.match(ln.text)  # 认领项目：… under 一、共建单位：…: a record's next field
                and not _is_row(ln.text) and not (len(cur.anchors) == 1 and _is_row(cur.text))  # a table's rows
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
    if _is_comma_subtitle(ln, lines[i + 1] if i + 1 < len(lines) else None):
        return True
    if ln.indent and _NUMBERED_RE.match(ln.text) and len(ln.text) <= 30 and not _ends_final(ln.text) and (
            width is None or _width(ln.text) + ln.lead < 0.8 * width):
        return True   # 　　一、党建+组织，点燃“红色引擎”: an indented numbered heading, short of the wrap width
    if ln.indent or len(ln.text) > 30 or not _is_headline(ln.text):   # 银行：金融服务进网格 too
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
    return not _GENERIC_PLACE.match(chain)


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
    >>> continues("打造“资源整合、服务联动”", "立体化安全防护体系。")  # a quoted name, then its head
    True
    """
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt or _is_row(prev[-200:]) or _is_row(nxt):
        return False  # a table's row is whole
    if prev[-1] in _PAUSE_OR_OPEN or nxt[0] in _NO_LINE_START:
        return True
    if (prev[-1] in "”’」』" and len(prev) > 1 and prev[-2] not in _FINAL and not _PLACE_SUBJECT_RE.match(nxt)
            and len(_first_clause(nxt)[0]) <= 12):
        return True  # 打造“资源整合、服务联动” + 立体化防护体系: a quoted name waits for its head noun
    if _OPENER_RE.match(nxt):
        return False
    clause, has_punct = _first_clause(nxt)
    if has_punct and len(clause) <= 3:
        return True
    return not _starts_own_sentence(nxt)


def _is_headline(text: str) -> bool:
    """A heading's shape, or a short line of two phrases joined by one colon; not a record's field
    (一、共建单位：某某医院, 认领项目：…)."""
    head, colon, rest = text.replace(":", "：").replace("——", "：").partition("：")
    if _FIELD_LINE_RE.match(text):
        return False
    return _is_heading_shape(text) or bool(colon) and len(text) <= 64 and all(
        _is_heading_shape(part) for part in (head, rest.lstrip("：")))  # 主题——基于某区的调研


def _classify(lines: list[_Line]) -> None:
    """Set each line's kind: title, byline, heading or body."""
    for i, ln in enumerate(lines):
        ln.kind = "body"
        if _FIELD_LINE_RE.match(ln.text):
            continue  # 申报单位：某某社区党委: a form's field, never a title
        if _is_title(ln.text):
            ln.kind = "title"
        elif _byline_body(ln.text) or ((_BYLINE_MARK_RE.match(ln.text) or _DATELINE_RE.match(ln.text))
                                        and not _ends_final(ln.text)):
            ln.kind = "byline"  # ■中共某某区委组织部; 来源：某某日报　撰稿：张三 (no author body)
        elif is_stem_title(ln.text):      # ``广东肇庆：…`` when the article names 肇庆市
            following = "".join(x.text for x in lines[i + 1:i + 40])
            if stem_places(ln.text, following[:6000]):
                ln.kind = "title"
    # A short unpunctuated line right before a byline is a title too.
    for i in range(1, len(lines)):
        prev = lines[i - 1]
        if (lines[i].kind == "byline" and prev.kind == "body" and len(prev.text) <= 50
                and not _ends_final(prev.text) and prev.text[-1] not in "，、；：,;:"):
            prev.kind = "title"
    # A line opening with a dash under a short line is a subtitle (标题 / ——某市…经验交流材料): the
    # line above is the title; the subtitle names the article's place when the title names none.
    for i in range(1, len(lines)):
        prev, ln = lines[i - 1], lines[i]
        if (_SUBTITLE_RE.match(ln.text) and len(ln.text) <= 64 and not _ends_final(ln.text)
                and ln.text[-1] not in "，、；：,;:" and prev.kind in ("body", "title")
                and len(prev.text) <= 50 and not _ends_final(prev.text) and prev.text[-1] not in "，、；：,;:"):
            prev.kind, ln.kind = "title", "heading"
    # A body named with its places on a line of its own right under the title (or its subtitle) signs the
    # article: 标题 / ——在某会上的交流发言 / 南京市栖霞区某街道党工委.
    for i in range(1, min(len(lines), 4)):
        prev, ln = lines[i - 1], lines[i]
        if ln.kind == "body" and (prev.kind == "title" or prev.kind == "heading" and i >= 2
                                  and lines[i - 2].kind == "title") and placed_body_line(ln.text):
            ln.kind = "byline"
    # A file opening with a short unnumbered line and no title of the usual shape: its title
    # (a headline may hold one colon: 某某街道推进“红色物业”：把党组织建到物业一线).
    # (a source or date line may come before it: 来源：某某日报 2024-05-06 / 【栏目】标题)
    f = next((k for k, ln in enumerate(lines[:3]) if ln.kind != "byline"), 0)
    if (len(lines) > f + 1 and lines[f].kind == "body" and (_is_headline(lines[f].text)
                                                            or _DOCUMENT_TITLE_RE.match(lines[f].text))
            and not _NUMBERED_RE.match(lines[f].text) and lines[f + 1].kind in ("body", "byline")
            and not any(ln.kind == "title" for ln in lines[:f + 4])):
        lines[f].kind = "title"
    # Headings vs stray pieces, from the last line up: a heading is followed by its paragraph;
    # a short line followed by a blank and then a heading is a cut piece of a sentence.
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.kind == "body" and _is_comma_subtitle(ln, lines[i + 1] if i + 1 < len(lines) else None):
            ln.kind = "heading"
            continue
        if ln.kind != "body" or not _is_headline(ln.text):  # 银行：金融服务送上门 heads its paragraph too
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


_SUBTITLE_RE = re.compile(r"^(?:——|－－|--)(?=[\u4e00-\u9fff“])")  # not one dash: a wrapped chain (—小区议事会评定—)
_COMMA_SUBTITLE_RE = re.compile(r"[\u4e00-\u9fff“”‘’]{3,10}，[\u4e00-\u9fff“”‘’]{3,10}")


def _is_comma_subtitle(ln: _Line, nxt: _Line | None) -> bool:
    """A subtitle of two short phrases joined by a comma (支部建起来，乱小区有序了): after a blank,
    before a much longer line of text — a hard-wrapped line is as long as the next one."""
    return bool(ln.gap and nxt is not None and nxt.kind == "body" and _COMMA_SUBTITLE_RE.fullmatch(ln.text)
                and len(nxt.text) > 2 * len(ln.text))


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
    recent = Recent()                  # the article's last kept sentences, without spaces
    current: list[_Block] | None = None
    repeated_title = False             # the last title repeats an earlier one (an article printed twice)
    titled: dict[str, list[_Block]] = {}  # title key -> its article
    last_title = ""

    def has(kinds: tuple[str, ...]) -> bool:
        return current is not None and any(b.kind in kinds for b in current)

    for i, ln in enumerate(lines):
        key = _key(ln.text)
        if ln.kind == "title":
            repeated_title = key in seen_meta
            last_title = key
            if repeated_title:
                continue
            seen_meta.add(key)
            if has(("title", "para", "heading")) or current is None:   # else: its byline came first
                current = []
                articles.append(current)
                seen_heads, recent = set(), Recent()
            current.append(_Block("title", ln))
            titled[key] = current
            continue
        if ln.kind == "byline":
            if any(b.kind == "byline" and _key(b.line.text) == key for b in current or ()):
                continue
            if repeated_title:
                # a title printed again (after a cut sentence) with a byline its first print lacked:
                # the byline is that article's; one seen before is a repeat
                owner = titled.get(last_title)
                if owner is not None and not any(b.kind == "byline" for b in owner) and key not in seen_meta:
                    seen_meta.add(key)
                    owner.insert(1, _Block("byline", ln))
                continue
            nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].kind != "heading"), None)
            closing = all(_DATE_LINE_RE.match(x.text) for x in lines[i + 1:])  # 中共某县委组织部 / 2023年12月18日
            trailing = has(("para",)) and (nxt is None or closing or nxt.kind == "title" and not has(("byline",)))
            headed = current is not None and any(b.kind == "title" for b in current) and all(
                b.kind in ("title", "heading", "byline") for b in current)  # a title, its subtitle, its dateline: the byline is theirs
            if not trailing and (current is None or has(("para", "heading", "byline")) and not headed):
                current = []
                articles.append(current)
                seen_heads, recent = set(), Recent()
            current.append(_Block("byline", ln))   # after the title, or at the end: ``（某某供稿）``
            continue
        repeated_title = False
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
        ln = _drop_repeats(ln, seen_sentences, seen_tails, recent)
        if ln is not None:
            current.append(_Block("para", ln))
    return articles


def _drop_repeats(ln: _Line, seen: set[str], seen_tails: set[str], recent: Recent) -> _Line | None:
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
        if is_repeat(ln.text[a:b], key, seen, recent):
            continue
        seen.add(key)
        recent.add(key)
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
        if waiting is not None and continues(waiting.line.text, block.line.text) \
                and not _FIELD_LINE_RE.match(block.line.text):  # 申报单位：…: a form's next field
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
        a += len(piece) - len(piece.lstrip().lstrip(LIST_MARKS).lstrip())  # ● 社区党委…: a list's mark opens no sentence
        b -= len(piece) - len(piece.rstrip())
        if b > a:
            out.append((a, b))
    return out


def _line_at(anchors: list[tuple[int, int]], offset: int) -> int:
    i = bisect.bisect_right(anchors, (offset, float("inf"))) - 1
    return anchors[max(i, 0)][1]
