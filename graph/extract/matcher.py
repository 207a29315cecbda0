"""Stage 2, extract: match the pattern constructions over a clause's mentions and cue words.

A pattern is a sequence of elements (graph.extract.constructions.Element). The first one
may match anywhere in the clause; each later one must start within its ``gap`` characters
of where the previous one ended, with no clause break (，。；：) in between unless it says
``cross_clause``. A slot takes a mention of one of its classes (a whole coordination
A、B和C with ``list``; a post holder such as 业委会成员 stands for its body), a cue element a
word of a cue list, a count element a figure (7名, 800余个). Every way a pattern fits is
tried, the first complete fit at each start wins, and each fit gives the relations its
``pairs`` asks for, with the construction's id.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from graph.extract.constructions import Construction, Element
from graph.extract.context import LIST_CLOSER, Context, chain_last, patterns, respective_pairs
from graph.extract.mentions import UNIT_WORD
from graph.extract.lexicon import ORGS, SHORT_NAME
from graph.extract.model import PLACE_RANK, Mention, Relation
from graph.extract.units import Clause

BREAKS = "，。；：！？,;:!?、"
SCHEMES = ("Mechanism", "Policy")


def match_construction(c: Construction, ctx: Context, clause: Clause) -> Iterator[Relation]:
    """The relations a pattern construction states in one clause."""
    if not _may_match(c, ctx, clause):
        return
    done: set = set()
    for fit in _fits(c.pattern, ctx, clause):
        subjects, objects = fit.get("subject", []), fit.get("object", [])
        count, approx = fit.get("count", (None, False))
        role = fit[c.role][0].label if c.role and fit.get(c.role) else None
        if c.pairs == "each" and len(subjects) == 1 and len(objects) > 1 and subjects[0].label in {o.label for o in objects}:
            continue  # 在A牵头下，A与B、C一起…: the objects listed with the subject are its partners, not its objects
        paired = respective_pairs(clause, subjects, objects)
        pairs = [(s, o, True) for s, o in paired] if paired else _pairs(c.pairs, subjects, objects)
        own = _own_counts(ctx, clause, subjects) or _own_counts(ctx, clause, objects) if count is not None else {}
        if own and count not in [n for n, _ in own.values()] or count is not None and all(
                any(_figure(ctx, clause, m) for m in side) for side in (subjects, objects)):
            count, own = None, {}  # 选派41名干部到某社区23个网格, 15个社区党委下设…72个: a figure on both sides (guide §6)
        for s, o, counted in pairs:
            if s.label == o.label or (s.start, o.start, s.label, o.label) in done:
                continue
            done.add((s.start, o.start, s.label, o.label))
            n, a = own.get(s.start) or own.get(o.start) or ((None, False) if own else (count, approx))
            rel = ctx.rel(s, c.predicate, o, clause, role=role,
                          count=n if counted else None, approx=a if counted else False)
            yield replace(rel, via=(c.id,))


def _own_counts(ctx: Context, clause: Clause, items: list[Mention]) -> dict:
    """A list whose items carry figures of their own (下设4个党支部、8个党小组; 党支部12个、党小组30个):
    each item's figure by its start; {} when no item of a list of two or more has one."""
    if len(items) < 2:
        return {}
    return {m.start: figure for m in items if (figure := _figure(ctx, clause, m))}


def _figure(ctx: Context, clause: Clause, m: Mention) -> tuple[int, bool] | None:
    """The whole figure written right before a mention (15个社区党委) or right after it (党支部12个):
    (value, approximate), or None."""
    rx = _count_re(ctx)
    before = clause.text[max(0, m.start - clause.start - 8):m.start - clause.start]
    after = rx.match(clause.text, m.end - clause.start)
    found = next((f for f in rx.finditer(before) if f.end() == len(before)), None) or after
    value = count_value(found.group(1)) if found is not None else None
    return (int(value), bool(found.group(2))) if value is not None and value.is_integer() else None


def _pairs(mode: str, subjects: list[Mention], objects: list[Mention]):
    if mode == "cross":  # 小区党支部、业委会、物业服务企业交叉任职: every ordered pair
        for a in subjects:
            for b in subjects:
                if a is not b:
                    yield a, b, True
        return
    for s in subjects:
        for o in objects:
            yield s, o, True
            if mode == "both":
                yield o, s, False


def _may_match(c: Construction, ctx: Context, clause: Clause) -> bool:
    """A cheap test first: every required word element has a word in the clause."""
    required = ctx.lex._patterns.get(("required", c.id))
    if required is None:  # compiled once per construction
        required = []
        for el in c.pattern:
            if el.optional or el.absent or not (el.cue or el.words):
                continue
            words = ctx.cue(el.cue) if el.cue else el.words
            required.append(ctx.lex.pattern(words) if words else None)
        ctx.lex._patterns[("required", c.id)] = required
    return all(p is not None and p.search(clause.text) for p in required)


def _fits(pattern: tuple[Element, ...], ctx: Context, clause: Clause) -> Iterator[dict]:
    leading = []
    for el in pattern:  # a fit starts where one of the leading optional elements or the first required one does
        leading.append(el)
        if not el.optional:
            break
    starts = sorted({pos for el in leading if not el.resolve for pos in _starts(el, ctx, clause)
                     if not (el.list and _joined_before(el, ctx, clause, pos))})
    for start in starts:
        fit = next(_step(pattern, 0, start, ctx, clause, {}, first=True), None)
        if fit is not None:
            yield fit


def _step(pattern, i, pos, ctx, clause, binds, first=False) -> Iterator[dict]:
    if i == len(pattern):
        yield binds
        return
    el = pattern[i]
    if el.absent:
        if next(_at(el, ctx, clause, pos, exact=False), None) is None:
            yield from _step(pattern, i + 1, pos, ctx, clause, binds, first=first)
        return
    if el.resolve:
        found = _resolve(el.resolve, ctx, clause, pos)
        if found is not None and el.naming and not any(w in found.text for w in ctx.cue(el.naming)):
            found = None  # a resolved scheme is named so too (“M”党建联盟: ggl:alliance_words)
        if found is not None and found.type in el.classes:
            yield from _step(pattern, i + 1, pos, ctx, clause, {**binds, el.slot: [found]})
        elif el.optional:
            yield from _step(pattern, i + 1, pos, ctx, clause, binds, first=first)
        return
    for end, value in _at(el, ctx, clause, pos, exact=first):
        key = "count" if el.count else el.slot
        if key in ("subject", "object") and key in binds:  # a slot named twice gathers both (A与B共同签署)
            value = binds[key] + [v for v in value if v.label not in {b.label for b in binds[key]}]
        new = {**binds, key: value} if key else binds
        yield from _step(pattern, i + 1, end, ctx, clause, new)
    if el.optional:
        yield from _step(pattern, i + 1, pos, ctx, clause, binds, first=first)


def _starts(el: Element, ctx: Context, clause: Clause) -> set[int]:
    """Where the element may match in the clause (positions only, no lists built)."""
    if el.slot or el.classes:
        return {m.start for m in _slot_mentions(el, clause, ctx)}
    return {start for start, _ in _candidates(el, ctx, clause, None)}


def _at(el: Element, ctx: Context, clause: Clause, pos: int, exact: bool):
    """(end, value) of every way ``el`` matches at ``pos`` (exactly there when ``exact``)."""
    for start, (end, value) in _candidates(el, ctx, clause, pos):
        if exact and start != pos:
            continue
        yield end, value


def _candidates(el: Element, ctx: Context, clause: Clause, pos: int | None):
    """(start, (end, value)) of the element's matches in the clause that may follow ``pos``."""
    text, base = clause.text, clause.start

    def reachable(start: int) -> bool:
        if pos is None:
            return True
        if start < pos or start - pos > el.gap:
            return False
        gap = text[pos - base:start - base]
        if gap.endswith("的"):  # 对党员较少、暂不具备条件的小区: the 、 is inside the modifier
            gap = gap.replace("、", "")
        return el.cross_clause or not any(ch in BREAKS for ch in gap)

    if el.slot or el.classes:
        for m in _slot_mentions(el, clause, ctx):
            if not reachable(m.start) and not (pos is not None and reachable(_placed_start(clause, m))):
                continue
            group = _group(el, ctx, clause, _kind_of_place(el, ctx, clause, chain_last(clause, m)))
            if el.level == "unplaced":  # 青禾物业, not 青石市中医院: the items whose names open with no named place
                group = [x for x in group if not any(p.is_named_place and p.start == x.start and p.end < x.end
                                                     for p in clause.mentions)]
            bodies = _bodies(el, clause, ctx, group) if group else []
            if bodies:
                yield m.start, (_list_end(el, ctx, clause, group), bodies)
        return
    if el.count:
        rx = _count_re(ctx)
        lo = (pos if pos is not None else base) - base
        for k in range(lo, min(len(text), lo + el.gap + 1) if pos is not None else len(text)):
            found = rx.match(text, k)
            if found and reachable(base + k):
                value = count_value(found.group(1))
                count = int(value) if value.is_integer() else None
                yield base + k, (base + found.end(), (count, bool(found.group(2))))
        return
    words = ctx.cue(el.cue) if el.cue else el.words
    for s, e, _ in ctx.find(clause, words):
        if reachable(s) and not _inside_mention(clause, s, e):
            yield s, (e, None)


def _placed_start(clause: Clause, m: Mention) -> int:
    """Where a body's name opens with the places written before it (在青石区桂香街道党工委领导下:
    the higher places say where it is, and stand in no gap)."""
    start = m.start
    if m.type == "Place":
        return start
    while (p := next((x for x in clause.mentions if x.is_named_place and x.end == start and x.start < start),
                     None)) is not None:
        start = p.start
    return start


def _kind_of_place(el: Element, ctx: Context, clause: Clause, m: Mention) -> Mention:
    """某街道各社区, 某社区所有小区: the kind written after a place's 各 (ggl:place_body_words) fills the slot,
    in that place, not the place itself."""
    if not m.is_named_place or PLACE_RANK.get(m.place_level, 0) >= PLACE_RANK["compound"]:
        return m  # 深入某小区各楼栋: a compound's buildings are the compound (as the golds have it)
    rest = clause.text[m.end - clause.start:]
    word = next((w for w in ctx.cue("place_body_words") if rest.startswith(w)), None)
    if word is None:
        return m
    return next((x for x in clause.top_mentions if x.start == m.end + len(word) and x.level == "type"
                 and x.type in el.classes and not x.quoted), m)


def _slot_mentions(el: Element, clause: Clause, ctx: Context) -> list[Mention]:
    ms = [m for m in clause.mentions if (m.type in el.classes or (el.holder and m.type == "Role"))
          and (el.level is None or m.level == el.level or el.level == "unplaced" and m.level == "instance")]
    if el.naming:  # “三方议事”: a scheme whose name holds one of the words
        ms = [m for m in ms if any(w in m.text for w in ctx.cue(el.naming))]
    bodies = [o for o in clause.mentions if o.type != "Place" and o.level == "instance" and not o.quoted]
    ms = [m for m in ms if m.type != "Place" or not any(  # 中共某街道工作委员会: the body fills the slot, not its place
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in bodies)]
    joiners = tuple(ctx.cue("post_joiners"))  # 书记兼居委会主任: the second post of one person, no party of its own
    ms = [m for m in ms if not clause.text.endswith(joiners, 0, m.start - clause.start)]
    return [m for m in ms if not m.quoted or m.type in SCHEMES]


def _group(el: Element, ctx: Context, clause: Clause, m: Mention) -> list[Mention]:
    """The mention, or with ``list`` the coordination it opens (A、B和C; 社区“两委”成员和网格党支部书记);
    post holders stand for their bodies unless the slot takes roles."""
    group = [m]
    if el.list:
        gap_re = patterns(ctx.lex)["gap"]
        types = el.classes + (("Role",) if el.holder else ())
        cursor = _after_holder(ctx, clause, m.end)
        tops = clause.top_mentions
        for n, x in enumerate(tops):
            if x.start < cursor or x.start <= m.start:
                continue
            if x.type == "Place" and "Place" not in types and n + 1 < len(tops) and tops[n + 1].start == x.end \
                    and tops[n + 1].type in types:
                continue  # A、小区业委会和B: a place written before an item says where it is
            gap = clause.text[cursor - clause.start:x.start - clause.start]
            if el.until and gap.strip().startswith(ctx.cue(el.until)) and not (
                    len(group) >= 2 and gap.strip() == "和"):
                break  # A与B: the list is A; but the 和 of A、B和C joins one list
            if x.type not in types or (x.quoted and x.type not in SCHEMES) or not gap_re.match(gap):
                break
            group.append(x)
            cursor = _after_holder(ctx, clause, x.end)
    return group




def _list_end(el: Element, ctx: Context, clause: Clause, group: list[Mention]) -> int:
    """Where a slot's match ends: past a holder noun, and past the kind that closes a list of named
    items (A、B等10家驻区单位签订…: the verb follows the list)."""
    end = _after_holder(ctx, clause, group[-1].end)
    if el.list and len(group) > 1:
        closer = LIST_CLOSER.match(clause.text, end - clause.start)
        if closer:
            after = clause.start + closer.end()
            kind = next((x for x in clause.top_mentions if x.start == after and x.level == "type"), None)
            if kind is not None:
                return kind.end
            units = UNIT_WORD.match(clause.text, closer.end())
            if units and closer.group(0) != "等":  # 等七家党建联谊会成员单位: a counted word for units
                return clause.start + units.end()
    return end


def _bodies(el: Element, clause: Clause, ctx: Context, group: list[Mention]) -> list[Mention]:
    """The slot's fillers: post holders stand for their bodies unless the slot takes roles."""
    out = []
    for x in group:
        body = ctx.holder_body(clause, x) if el.holder and x.type == "Role" and "Role" not in el.classes else x
        if body.type in el.classes and body.label not in {o.label for o in out}:
            out.append(body)
    return out


def _joined_before(el: Element, ctx: Context, clause: Clause, pos: int) -> bool:
    """A list starts where its coordination does: not after 、/和/与 joining it to a mention before."""
    gap_re = patterns(ctx.lex)["gap"]
    for x in clause.top_mentions:
        if x.end <= pos and (x.type in el.classes or x.type == "Role") and not x.quoted:
            end = _after_holder(ctx, clause, x.end)
            gap = clause.text[end - clause.start:pos - clause.start]
            if gap and end <= pos and (gap_re.match(gap) or gap_re.match(gap.lstrip("还也又均都已"))):
                return True  # 社区党委还与A、B…: the list after 还与 is joined to the body before
    counted = max((c.start() for c in _count_re(ctx).finditer(clause.text, 0, pos - clause.start)
                   if c.end() == pos - clause.start), default=None)
    pos = clause.start + counted if counted is not None else pos  # 与62个市直单位、237个…: the mark before the count
    mark = clause.text[pos - clause.start - 1:pos - clause.start]
    if mark and mark in "与同和" and "、" in clause.text[pos - clause.start:]:
        at = ctx.past_adverbs(clause, pos - 1)  # 街道先后和A、B、C联建: the partners of a place or a kind before
        return any(x.end == at and not x.quoted for x in clause.mentions)
    return False


def _after_holder(ctx: Context, clause: Clause, end: int) -> int:
    """Past a holder noun written after a body (业委会成员, 网格党支部书记), and past the short name
    declared for the body (某县房产管理局（以下简称县房管局）联合…)."""
    declared = SHORT_NAME.match(clause.text, end - clause.start)
    end = clause.start + declared.end() if declared else end
    found = ctx.lex.joined("holder_nouns", "member_nouns").match(clause.text, end - clause.start)
    return end + len(found.group(0)) if found else end


def _inside_mention(clause: Clause, s: int, e: int) -> bool:
    """A cue word read inside a name (组织 in 社区党组织) is not the cue."""
    return any(m.start <= s and e <= m.end and (m.start, m.end) != (s, e) for m in clause.mentions)


def _count_re(ctx: Context) -> re.Pattern:
    lex = ctx.lex
    got = lex._patterns.get(("matcher-count",))
    if got is None:
        units = "|".join(re.escape(u) for u in sorted(set(lex.cue("unit_people")) | {"类"}, key=len, reverse=True))
        approx = "|".join(re.escape(a) for a in lex.cue("approx_suffix"))
        got = lex._patterns[("matcher-count",)] = re.compile(
            rf"(\d+(?:\.\d+)?|{ZH_NUMBER})({approx})?(?:{units})")
    return got


# 两个, 三名, 十二家, 二十三个: a count written in characters (not 一, which is mostly an article: 一支队伍)
ZH_NUMBER = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
_ZH_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "一": 1}


def count_value(written: str) -> float:
    """A count's value, written in digits or in characters (12, 十二)."""
    return float(written) if written[0].isdigit() else float(zh_number(written))


def zh_number(text: str) -> int:
    """The value of a count written in characters up to 99.

    >>> zh_number("两"), zh_number("十"), zh_number("十二"), zh_number("二十三")
    (2, 10, 12, 23)
    """
    if "十" not in text:
        return _ZH_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[ones] if ones else 0)


_SCHEME_REACH = 30  # characters between a pattern's end and the scheme it is about


def _founded_before(ctx: Context, clause: Clause, pos: int) -> Mention | None:
    """The named body a founding verb (ggl:founding_verbs) brings in, right before the comma before ``pos``."""
    comma = clause.text.rfind("，", 0, pos - clause.start)
    if comma <= 0:
        return None
    founded = [m for m in clause.top_mentions if m.end == clause.start + comma and m.type in ORGS
               and m.level == "instance"]
    verbs = ctx.lex.pattern(ctx.cue("founding_verbs"))
    if founded and verbs.search(clause.text, clause.text.rfind("，", 0, comma) + 1, founded[0].start - clause.start):
        return founded[0]
    return None


def _phrase_subject(ctx: Context, clause: Clause, pos: int) -> Mention | None:
    """The body acting in the phrase before the comma before ``pos``: one it founds (某社区党委在某小区成立
    小区党支部，下设…), else the one opening it (某小区党支部隶属某社区党委，下设…); past phrases that name no
    body (…，并针对党员集中的实际，下设…), to the clause's subject; None where that phrase opens with none."""
    comma = clause.text.rfind("，", 0, pos - clause.start)
    while comma > 0:
        opens = clause.start + max(clause.text.rfind(ch, 0, comma) for ch in "，：") + 1  # (a record's label: 社区党组织：)
        phrase = [m for m in clause.top_mentions if m.start >= opens and m.end <= clause.start + comma
                  and m.type in ORGS and not m.quoted]
        if not phrase:
            comma = opens - 1 - clause.start
            continue
        verbs = ctx.lex.pattern(ctx.cue("founding_verbs"))
        if phrase[-1].end == clause.start + comma and verbs.search(clause.text, opens - clause.start,
                                                                   phrase[-1].start - clause.start):
            return phrase[-1]  # 某社区党委在某小区成立小区党支部，下设…: the body founded, named or not
        first = phrase[0]
        places = [m for m in clause.top_mentions if m.is_named_place and opens <= m.start and m.end <= first.start]
        # 某镇某社区党总支今年成立，下设…: past the places it is named under
        return first if ctx.text_between(clause, places[-1].end if places else opens, first.start) in (
            "",) + ctx.cue("adverbs") else None
    return _resolve("clause_subject", ctx, clause, pos)


def _resolve(name: str, ctx: Context, clause: Clause, pos: int) -> Mention | None:
    if name == "founded_or_subject":  # X牵头成立Y，统筹…: the body just founded acts, else the clause's subject
        return _founded_before(ctx, clause, pos) or _resolve("clause_subject", ctx, clause, pos)
    if name == "phrase_subject":  # A成立B，下设C: the body just founded; A隶属B，下设C: the phrase's opening body
        return _phrase_subject(ctx, clause, pos)
    if name == "clause_subject":  # the body the sentence names as acting: its subject, or 由X牵头
        return ctx.subject(clause) or ctx.convener(clause)
    if name == "scheme_in_scope":
        return ctx.scheme_in_scope(clause, pos)
    if name == "scheme_in_sentence":  # the scheme named nearest in the sentence, within a short reach
        near = [(max(m.start - pos, pos - m.end), m) for c in ctx.unit.clauses for m in c.mentions
                if m.type == "Mechanism" and (m.end <= pos or m.start >= pos)]
        near = [x for x in near if x[0] <= _SCHEME_REACH]
        return min(near, key=lambda x: x[0])[1] if near else None
    if name == "place_in_scope":  # 青禾社区辖区内驻有…: the place named before, not one inside a listed unit
        named = [m for m in clause.top_mentions if m.is_named_place and m.end <= pos]
        place = named[-1].label if named else clause.outer or clause.place
        if not place:
            return None
        return Mention(clause.start, clause.start, place, place, "Place", "instance")
    if name == "host_body":  # a partner's record (共建单位：X): the Party body the report named before
        return ctx.unit.host
    if name == "record_partner":  # 共建单位：X；共建项目：Y — the partner the record named before
        label = ctx.lex.pattern(ctx.lex.cue("partner_record_labels"))
        for c in ctx.unit.clauses:
            at = label.search(c.text)
            if at is not None and c.start + at.end() <= pos:
                after = [m for m in c.top_mentions if m.start >= c.start + at.end() and m.type in ORGS]
                return after[0] if after else None
        return None
    if name == "titled_scheme":  # 签订《“M”共建协议书》: the scheme the agreement's title names
        return ctx.titled_scheme(clause, pos)
    if name == "task_scheme":  # 一、开展“M”。…（牵头单位：X）: the scheme the task opened with
        return ctx.task_scheme()
    if name == "formula_scheme":  # “1+2+N”体系…“2”即A、B: the scheme whose formula holds the part
        return ctx.formula_scheme(clause, pos)
    raise KeyError(name)


__all__ = ["match_construction", "patterns"]
