"""Stage 2, extract: the figures a report gives (全市3194个小区), with place, unit and evidence."""
from __future__ import annotations

import re
from typing import Iterator

from graph.extract.lexicon import Lexicon
from graph.extract.model import PLACE_RANK, Evidence, Quantity
from graph.extract.units import Unit, _most_specific, wholes_in

SUBJECT_STOP = "，。；：、和及与（）()《》 \n\t\u3000"


def _number_re(lex: Lexicon) -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(lex.vocab.units, key=len, reverse=True))
    pre = "|".join(re.escape(w) for w in lex.cue("approx_prefix"))
    post = "|".join(re.escape(w) for w in lex.cue("approx_suffix"))
    mult = "|".join(re.escape(w) for w in lex.cue("numeral_multipliers"))
    return re.compile(rf"(?P<pre>{pre})?(?P<num>\d+(?:\.\d+)?)(?P<mult>{mult})?(?P<post1>{post})?"
                      rf"(?P<unit>{units})(?P<post2>{post})?")


_CACHE: dict[int, re.Pattern] = {}


def quantities_of(unit: Unit, lex: Lexicon, used_counts: set[tuple] | frozenset = frozenset()) -> Iterator[Quantity]:
    """Every reported figure of a unit, except dates, ordinals, numbers inside names and the
    counts of relations read from the same clause (``used_counts``: count, evidence start and end)."""
    pattern = _CACHE.get(id(lex))
    if pattern is None:
        pattern = _CACHE[id(lex)] = _number_re(lex)
    quoted = [(m.start - unit.start, m.end - unit.start) for m in unit.mentions if m.quoted]
    skip_units = lex.cue("non_quantity_units")
    counted: list[tuple[str, str]] = []  # (unit word, subject) of the unit's figures so far
    for clause in unit.clauses:
        base = clause.start - unit.start
        for m in pattern.finditer(clause.text):
            s, e = base + m.start(), base + m.end()
            if any(qs <= s < qe for qs, qe in quoted):
                continue
            unit_word = m.group("unit")
            if m.group("mult") and not unit_word.startswith(m.group("mult")):
                unit_word = m.group("mult") + unit_word  # 1.2万人次: value 1.2, unit 万人次
            if unit_word in skip_units or (s > 0 and unit.text[s - 1] in "第.+"):
                continue
            if s > 0 and unit.text[s - 1].isdigit():
                continue
            value = float(m.group("num"))
            if value.is_integer() and unit_word in lex.cue("unit_people") and any(
                    c == int(value) and a < clause.end and clause.start < b for c, a, b in used_counts):
                continue  # the count of a relation read from this clause
            if value == 1 and unit_word in ("名", "位") and "每" not in clause.text[max(0, m.start() - 12):m.start()]:
                continue  # 配强1名社区工作者: a staffing rule; 每个网格1名网格员 is a per-unit figure (guide §6)
            u = base + m.end("unit")
            if unit.text.startswith("以上", u) and u + 2 < len(unit.text) and "\u4e00" <= unit.text[u + 2] <= "\u9fff" \
                    and (unit_word in lex.cue("unit_people") or _MEASURE.search(unit_word)):
                continue  # 1000平方米以上的有33个, 从业30人以上社会组织: a threshold qualifying something else;
                # 办成3件以上实事 counts the 实事
            post2 = m.group("post2")
            if post2 and e < len(unit.text) and "\u4e00" <= unit.text[e] <= "\u9fff":
                e -= len(post2)  # 328个多元主体: 多 opens what is counted, no approximation
                post2 = None
            approx = bool(m.group("pre") or m.group("post1") or post2)
            subject = _subject(unit.text, s, e, lex)
            part = _PART_OF.search(unit.text, max(0, s - 8), s)
            whole = next((sub for w, sub in reversed(counted) if w == unit_word), None) if part else None
            own = next(lex.kinds_re.finditer(subject or ""), None)
            if whole is not None and lex.kinds_re.search(whole) and not (own and own.start() <= 1) \
                    and not unit.text.startswith(lex.cue("copulas"), e):
                # 共有物业服务公司35家，其中19家已成立党支部: a part of the set of a kind counted before, as
                # the phrase after the figure says (已成立党支部的物业服务公司), or the set when that phrase is cut
                # short (已单独或…); 其中30个小区党支部 names its own kind, 其中40栋是单位宿舍 says what they are
                stop = next((k for k in range(e, len(unit.text)) if unit.text[k] in "，。；：！？"), len(unit.text))
                phrase = unit.text[e:stop].replace("了", "").lstrip("已经均都")
                plain = len(phrase) < 2 or len(phrase) > 12 or any(ch in phrase for ch in "或和及与并、") \
                    or not lex.kinds_re.search(phrase)  # 其中32家单独组建: the set itself
                subject = whole if plain else f"{phrase}的{whole}"
            if not subject and unit.text.startswith(tuple(v for v in _verbs(lex) if len(v) > 1), e):
                # 小区322户居民，已有180多户参与了推举: people counted by what they do count the noun
                # counted before in the same measure
                subject = next((sub for w, sub in reversed(counted) if w == unit_word), "")
            if not subject:
                continue
            counted.append((unit_word, subject))
            ev_s, ev_e = unit.start + s, unit.start + e
            # the evidence runs from the figure's phrase start to the subject
            ps = s
            while ps > 0 and unit.text[ps - 1] not in "，。；：":
                ps -= 1
            pe = e
            while pe < len(unit.text) and unit.text[pe] not in "，。；：":
                pe += 1
            ev_s, ev_e = unit.start + ps, unit.start + pe
            yield Quantity(_whole_before(unit.text, s, clause, lex) or _place_past_list(unit, clause, s),
                           subject, value, unit_word, approx,
                           Evidence(ev_s, ev_e, unit.raw[ps:pe], unit.sentence))


_PART_OF = re.compile(r"(?:其中|(?<![\d其])中)(?:已经?|共|累计)?有?$")  # 其中147家, 18家企业中已有11家


def _place_past_list(unit: Unit, clause, s: int) -> str | None:
    """东洲花园等10个小区入选: the places listed before 等 are among what is counted, not where; the
    figure is in the place the clause names outside the list, else in the clause's scope."""
    place = clause.place_at(unit.start + s)
    head = unit.text[:s]
    if not head.endswith(("等", "等共")):
        return place
    cut = max(head.rfind(ch) for ch in "，。；：")
    listed = {m.label for m in clause.mentions if m.is_named_place and m.start >= unit.start + cut + 1
              and m.end <= unit.start + s and unit.text[m.end - unit.start:m.end - unit.start + 1] in "、等和及与"}
    if place not in listed:  # the items of the list, not the places they sit in (义乌市某花园等, 某社区辖A、B等)
        return place
    others = [m for m in clause.mentions if m.is_named_place and m.label not in listed and m.start < unit.start + s]
    return _most_specific(others) or clause.outer or place


def _whole_before(text: str, s: int, clause, lex: Lexicon) -> str | None:
    """已在全市37个社区推开 in a sentence that names a district, 全小区共推选出楼栋长8名 in one scoped to
    the city: a figure right after 全市/全区/全小区… (共, 已, 累计… between) counts in the whole place of
    that level named last, when that level is not the scope's own."""
    found = [lv for w, lv in wholes_in(text, lex, max(0, s - 16), s) if _TO_FIGURE.fullmatch(text, w.end(), s)]
    if not found:
        return None
    level = found[-1]
    here = lex.level_of(clause.place or "")
    if here is None or PLACE_RANK.get(level, 0) == PLACE_RANK.get(here, 0):
        return None
    return clause.wholes.get(level)  # broader (全市 in a district's sentence) or narrower (全小区 in a city's)


_TO_FIGURE = re.compile(r"(?:共|已|累计|共有|范围内|先后)?[^\d，。；、]{0,8}")  # 全市已在 … 37个


def _subject(text: str, s: int, e: int, lex: Lexicon) -> str:
    """What is counted: the noun phrase after the figure (91个“社区名师工作室”), else the
    one before it (服务事项由改革前的83项), cut at verbs and list closers."""
    verbs = _verbs(lex)
    paired = _PAIRED_AFTER.match(text, e)
    if paired:  # 4栋6层住宅楼: the second figure measures what the first counts
        e = paired.end()
    j = e
    while j < len(text) and text[j] not in SUBJECT_STOP and not text[j].isdigit() and j - e < 16:
        j += 1  # up to the next figure: 7名成员中有4名是党员
    verb = next((v for v in verbs if len(v) > 1 and v[-1] == text[j] and text.startswith(v, j - len(v) + 1)
                 and j - len(v) + 1 >= e), None) if j < len(text) and text[j] in "和及与" else None
    if verb is not None:
        j -= len(verb) - 1  # 2426家单位参与共建: a verb ending in 与 ends what is counted before it, not at 与
    after = text[e:j].lstrip("的")
    for w in lex.cue("approx_suffix"):  # 10名左右骨干党员: the marker after the measure word is not counted
        if len(w) > 1 and after.startswith(w) and len(after) > len(w) + 1:  # (not 多: 328个多元主体)
            after = after[len(w):].lstrip("的")
            break
    for w in lex.cue("copulas"):  # 7名成员中有4名是党员: what follows the copula is counted
        if after.startswith(w) and len(after) > len(w) + 1:
            after = after[len(w):]
            break
    if after.startswith(lex.cue("figure_change_verbs")):
        after = ""  # 由62%提升至91%: a change after the figure; what is counted is written before it
    close = after.find("”", 1, 14) if after.startswith("“") else -1
    if close > 0 and any(k.start() == close + 1 for k in lex.kinds_re.finditer(after)):
        after = after[close + 1:]  # 6名“城管蓝”党员先锋队员: the kind after the quoted modifier is counted
    kind = next((k for k in lex.kinds_re.finditer(after) if k.start() <= 4), None)
    described = _DESCRIBED.match(text, e) if kind is None else None
    head = lex.kinds_re.match(text, described.end()) if described else None
    people = text[e - 1:e] in "名位人"  # 3名…的党员 counts people; 12家企业站点的党员 counts the units
    if head is not None and (lex.surface[head.group(0)].type == "Role") == people:
        # 3名威望高、群众基础好的党员: the kind after the description
        return head.group(0)
    # 3000余名机关在职党员报到: what is counted runs to the end of the kind it names
    # 13名成员的任务目标: a count ends at 的; a measure runs on (243平方米的室内场馆)
    cuts = [w for w in lex.cue("figure_subject_cuts") if w != "的" or not _MEASURE.search(text, s, e)]
    after = after[:_kind_end(after, kind, lex)] if kind is not None else _cut_at(_cut_at(after, cuts), verbs)
    for w in lex.cue("figure_subject_tails"):  # 7名成员中有…: the members, not the phrase that follows
        if after.endswith(w) and len(after) - len(w) >= 2:
            after = after[:-len(w)]
            break
    if len(after) >= 2 or after in lex.suffix_level:  # 16个区169个街乡: 区
        return after
    i = end = len(text[:s].rstrip(" \t\u3000"))  # a table's row: 搬迁户数      1505户
    while i > 0 and end - i < 20:
        if i == end and text[i - 1] in "）)":  # 成立业委会（物管会）1379个: the gloss in brackets belongs to what is counted
            opener = max(text.rfind("（", 0, i - 1), text.rfind("(", 0, i - 1))
            if opener >= 0 and i - opener <= 12:
                i = opener
                continue
        if text[i - 1] in "，。；：（(" or text[i - 1].isspace():
            break
        i -= 1
    before = _PAIRED_FIGURE.sub("", text[i:end])  # 居民2600余户7000余人, 居民2216户、7000人: both count the residents
    intro = next(reversed(list(lex.joined("count_introducers").finditer(before))), None)  # the last one
    if intro:  # 全镇共有村改居社区6个: what the introducer opens, if it is a noun phrase
        right = before[intro.end():].rsplit("、", 1)[-1].strip("的“”")  # …6个、住宅小区23个: the last item
        ends_in_kind = any(k.end() == len(right) for k in lex.kinds_re.finditer(right)) and not right.startswith(verbs)
        if len(right) >= 2 and not any(ch.isdigit() for ch in right) and (
                _cut_at(right, verbs) == right or ends_in_kind):  # 共有物业管理小区40家: a kind ends it
            return right
    for w in lex.cue("figure_links"):
        k = before.find(w)
        if k > 0:
            right = before[k + len(w):]
            kind = next((x for x in lex.kinds_re.finditer(right) if x.end() == len(right)), None)
            event = next((w for w in sorted(lex.cue("counted_events"), key=len, reverse=True) if right.endswith(w)), None)
            # 全镇共划分网格49个: a kind named after the link, right before the figure, is what is counted;
            # 社区共召开议事会23场次: so is an event
            before = (right[kind.start():] if kind is not None and kind.end() == len(right)
                      else event if event is not None else before[:k])
    if "等" in before:
        before = before[before.rindex("等") + 1:]
    before = before.rsplit("、", 1)[-1]
    openers = sorted(lex.cue("scope_markers") + lex.cue("figure_openers"), key=len, reverse=True)
    for w in openers:
        if before.startswith(w):
            before = before[len(w):]
    for w in openers:  # 覆盖率已达100%: an adverb before the figure is not what is counted
        if before.endswith(w) and len(before) > len(w):
            before = before[:-len(w)]
            break
    for w in sorted(lex.cue("figure_verbs"), key=len, reverse=True):  # 住宅小区有1135个
        if before.endswith(w) and len(before) - len(w) >= 2:
            before = before[:-len(w)]
            break
    # drop a leading verb phrase: 发现整治小区治理突出问题 → 小区治理突出问题
    cut = 0
    for k, w in _verb_tokens(before, verbs):
        if len(before) - (k + len(w)) >= 2:
            cut = k + len(w)
    kinds = list(lex.kinds_re.finditer(before))
    for k in kinds:  # 成立小区业主委员会80个: a kind the cut runs through stays whole, with the kinds before it
        if k.end() == len(before) and k.start() < cut < k.end():
            cut = k.start()
            while (prev := next((p for p in kinds if p.end() == cut), None)) is not None:
                cut = prev.start()
    before = before[cut:].strip("的“”\"")
    return before if len(before) >= 2 else after


_MEASURE = re.compile("[米元里%亩吨]")
_PAIRED_AFTER = re.compile(r"\d+(?:\.\d+)?[层栋](?=[\u4e00-\u9fff])")
_DESCRIBED = re.compile(r"[^，。；：\d的]{2,14}的")
_PAIRED_FIGURE = re.compile(r"\d+(?:\.\d+)?[余多]?万?(?:[户人名个]|户、)$")


def _kind_end(after: str, kind: re.Match, lex: Lexicon) -> int:
    """Where a counted kind ends: over kinds written right after it (14个物业小区) and a post
    of it (10名居委会副主任)."""
    end = kind.end()
    while (more := lex.kinds_re.match(after, end)) is not None:
        end = more.end()
    post = lex.pattern(lex.cue("post_words")).match(after, end)
    return post.end() if post else end


_VERBS: dict[int, tuple] = {}


def _verbs(lex: Lexicon) -> tuple[str, ...]:
    got = _VERBS.get(id(lex))
    if got is None:
        got = _VERBS[id(lex)] = tuple(sorted(set(lex.cue("verbs_not_names") + lex.cue("phrase_verbs")
                                                 + lex.cue("post_verbs") + lex.cue("implement_verbs")),
                                             key=len, reverse=True))
    return got


def _verb_tokens(phrase: str, verbs) -> Iterator[tuple[int, str]]:
    """The verbs read left to right, longest first (协商|议事小组: 协商, not the 商议 across two
    words)."""
    i = 0
    while i < len(phrase):
        w = next((v for v in verbs if phrase.startswith(v, i)), None)
        if w is None:
            i += 1
            continue
        yield i, w
        i += len(w)


def _cut_at(phrase: str, verbs) -> str:
    phrase = phrase.replace("“", "").replace("”", "").replace('"', "")
    best = len(phrase)
    for w in verbs:
        k = phrase.find(w)
        if 0 < k < best:
            best = k
    return phrase[:best]
