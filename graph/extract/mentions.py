"""Stage 2, extract: find the mentions of places, bodies, kinds, roles, mechanisms and policies in a text.

Matching is split from annotating (as spaCy's SpanRuler does): the patterns come from
the vocabulary in ``ontology/`` (kinds and their labels, place suffixes, mechanism head
nouns, cue words) through graph.extract.lexicon; names of places and bodies are found by
graph.extract.places; this module finds schemes and kinds and puts a unit's mentions together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator

from graph.extract.lexicon import (
    ATTACHABLE,
    BREAK,
    LIST_MARKS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    PAREN_RE,
    POLICY_RE,
    QUOTE_RE,
    SHORT_NAME,
    Lexicon,
    _alternation,
    _has_verb,
    norm_quotes,
    norm_text,
)
from graph.extract.model import BOTH_SIDES, PLACE_RANK, Mention
from graph.extract.places import (
    COUNT,
    DEPARTMENT_PARTY,
    NAME_STOPS,
    ORDINAL_PART,
    _LANE,
    _attached_kind,
    _named_org,
    _named_unit,
    _party_body,
    _suffix_positions,
    _verbs_inside,
    bare_places,
    chain_starts,
    opens_post,
    opens_road,
    party_after,
    known_at,
    town_stems,
    place_chain,
)

# --------------------------------------------------------------------------- mechanisms

_ENUM_END = re.compile("等(?![级次同])")  # “逢四说事”等机制: 等 closes a list, the head is the list's


def _head_after(text: str, pos: int, lex: Lexicon, limit: int = 14) -> int | None:
    """End of the phrase starting at ``pos`` that ends in a mechanism head noun and ends the
    noun phrase (“三方办”机制，; “双强党支部”选树为重点), or None.

    A verb inside the phrase means the quote was not a name's modifier (“一对一”进驻小区).
    """
    if text.startswith(("即", "是", "指", "就是"), pos):
        return None  # “六化”即六项重点工作: a name explained, no head of it
    if _THIS_ONE.match(text, pos):
        return None  # “流动驿站”这个平台: the quote is the name, the head after a demonstrative is no part of it
    stop = pos
    while stop < len(text) and stop - pos < limit and text[stop] not in BREAK and text[stop] not in OPEN_QUOTES:
        stop += 1
    best = None
    unit = lex.unit_heads_re.match(text, pos)
    unit_end = unit.end() if unit else pos
    for i in range(pos, stop):
        m = lex.heads_re.match(text, i, stop)
        if not m:
            continue
        for end in range(m.end(), i, -1):
            if text[i:end] not in lex.heads:
                continue
            place_head = text[i:end] in lex.cue("mechanism_place_heads")
            if place_head and text[pos:i] and not text[pos:i].endswith(("示范", "特色", "型")):
                continue  # “五型”社区, “五服”幸福型示范社区; not “红色物业”扮靓小区
            if _QUANTIFIED.search(text, pos, i):
                continue  # “教育连线”各项活动: the activities of a scheme, not a scheme's name
            if any(w in text[pos:i] for w in lex.cue("clause_verbs")):
                break  # “某某”主题开展宣讲活动, “双报到”明确了资源清单: a clause, no modifier of a head
            if end < unit_end:
                continue  # “好厝边”物业服务中心: the quote names a unit (a unit head runs past the scheme's head)
            if place_head and end < len(text) and (text[end] in OPEN_QUOTES or text[end] not in BREAK + "。）)的和与及等为"):
                continue  # 街道“大工委制”社区“大党委制”, “四类五步六方”社区协商: the place word opens what follows
            strong = i - pos <= 2 and text[i:end] in lex.cue("strong_mechanism_heads") and (
                end == len(text) or not lex.heads_re.match(text, end))  # “五同”机制推进…, “微心愿”认领制度
            if strong and not _ENUM_END.search(text[pos:i]) and "的" not in text[pos:i]:
                best = end if best is None else max(best, end)
            elif (_ends_phrase(text, end, lex) and not (_opens_with_verb(text[pos:i], lex) or (
                    (text[i:end] not in lex.cue("verbal_modifier_heads") or _body_at(text, pos, lex))
                    and _has_verb(text[pos:i], lex))) and not _ENUM_END.search(text[pos:i])
                    and "的" not in text[pos:i]  # “党建共享家”的招牌项目: the quote is the name
                    and not any(text[k] in "和与及或、" and not text.startswith(lex.cue("name_opening_words"), k)
                                for k in range(pos, i))):
                # “大工委”制和社区…, “A”和日常督查考核制度: a joined phrase ends the quote's name
                best = end if best is None else max(best, end)
    return best


def _body_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a kind of body (not of place) start at ``pos`` (“柳岸”志愿服务队开展…)?"""
    kind = lex.kinds_re.match(text, pos)
    return kind is not None and lex.surface[kind.group(0)].type != "Place"


def _opens_with_verb(phrase: str, lex: Lexicon) -> bool:
    """A verb opens the phrase, maybe after an adverb (“某联盟”先后建立…制度: no name runs over it)."""
    adverb = lex.pattern(lex.cue("adverbs")).match(phrase)
    if adverb and adverb.end() < len(phrase):
        phrase = phrase[adverb.end():]
    return any(phrase.startswith(w) for w in lex.cue("phrase_verbs")) or phrase[:1] in lex.cue("verb_chars")


def _ends_phrase(text: str, end: int, lex: Lexicon) -> bool:
    if end >= len(text) or text[end] in BREAK or text[end] in "。）)" or text[end] in OPEN_QUOTES:
        return True
    return any(text.startswith(w, end) for w in lex.cue("after_head")) or \
        lex.joined("phrase_verbs", min_len=2).match(text, end) is not None  # “1+N”标准配备网格队伍


_MANY_AFTER = re.compile(r"(?:[2-9]|\d{2,}|[两三四五六七八九十百]+)[个家]")
_THIS_ONE = re.compile("这一|这项|这个|这种|该|此项|此|上述|以上")
_THIS_SCHEME = re.compile("(?:这一|这项|该|此项)(机制|制度|模式)")
_QUANTIFIED = re.compile("各项|各类|各种|相关|多项|多种|有关|本次|此次|这次")
_ONE_OFF = re.compile(r"第[一二三四五六七八九十百\d]+[次届期]|首[次届]")


def mechanism_spans(text: str, lex: Lexicon, schemes: dict | None = None) -> list[tuple[int, int, str]]:
    """Quoted names with their head noun (“三方办”机制), unheaded quoted schemes acted upon
    (开展“回头看”), and unquoted names after an implementing verb (建立党建联席会议制度).

    Returns (start, end, label) with the label as written, quotes unified, parenthetical
    explanations dropped.
    """
    out = []
    verbs = lex.cue("implement_verbs")
    contrasted = _contrasted_quotes(text, lex)
    for m in QUOTE_RE.finditer(text):
        start, qend = m.start(), m.end()
        inner = m.group(1)
        if start in contrasted:
            continue  # 从“各自为战”走向“抱团发力”: two states contrasted, no scheme
        if text.endswith(lex.cue("principle_openers"), 0, start) and text.startswith(lex.cue("principle_words"), qend):
            continue  # 按照“管行业必须管党建”的要求, 遵循“就近就便”的原则: a principle followed, no scheme
        after = qend
        paren = PAREN_RE.match(text, after)
        skip = paren.end() if paren else after
        if lex.surface.get(norm_quotes(inner)) and lex.surface[norm_quotes(inner)].type not in ("Mechanism",):
            if text.startswith("制", skip) and not text.startswith("制度", skip):
                out.append((start, skip + 1, norm_quotes(text[start:qend]) + "制"))
            elif ((head_end := _head_after(text, skip, lex)) is not None and not _bad_head(text[skip:head_end], lex)
                    and text[skip:head_end].endswith(lex.cue("verbal_modifier_heads"))):
                level = next((w for w in lex.levels if text.endswith(w, 0, start)), "")
                if level and not text[skip:head_end].startswith("联席"):
                    continue  # 社区“大党委”工作机制: the body's work; 社区“大党委”联席会议制度: its standing meeting
                out.append((start - len(level), head_end, level + norm_quotes(text[start:qend]) + text[skip:head_end]))
            continue  # a quoted kind: “综合窗口”, “社区名师工作室”; but “大工委”制 is the system of them
        if _is_kind_chain(inner, lex, text[skip:skip + 4]):
            continue  # “街道党工委—社区党委—小区党支部”: a hierarchy, not a scheme's name
        kind = lex.kinds_re.match(text, start)
        if kind and kind.end() > qend:
            continue  # “双报到”单位(参加活动): the quote opens a kind of body, read with the kinds
        head_end = _head_after(text, skip, lex)
        quoted_kind = lex.surface.get(norm_quotes(inner).strip("“”") + text[skip:head_end]) if head_end else None
        if quoted_kind is not None and quoted_kind.type == "Place":
            continue  # “三无”小区: a kind of place written with a quoted part, read with the kinds
        if head_end is None and len(inner.strip()) < 2:
            continue  # 聚“心”、暖“心”: a quoted character is a pun, it names no scheme without a head noun
        tail_kind = lex.surface.get(text[skip:head_end]) if head_end else None
        if tail_kind is not None and tail_kind.type == "SocialOrganisation":
            continue  # “七彩”志愿者队伍: a quoted name before a kind of team names one team (_quoted_teams)
        if head_end is not None and _COUNT_START.match(text, skip):
            out.append((start, qend, norm_quotes(text[start:qend])))
            continue  # “A”和“B”两个议事平台: each quote names one of the counted schemes
        if head_end is not None and _ONE_OFF.search(text, skip, head_end):
            continue  # “大工委”第一次联席会议: one meeting, no standing scheme
        if head_end is not None and not _bad_head(text[skip:head_end], lex):
            label = norm_quotes(text[start:qend]) + text[skip:head_end]
            out.append((start, head_end, label))
            continue
        if any(w in inner for w in lex.cue("cross_post_words")):
            out.append((start, qend, norm_quotes(text[start:qend])))
            continue  # “双向进入、交叉任职”, “一肩挑”: the practice of holding posts across bodies
        items = re.split("[、，,]", inner)
        if len(items) >= 3 and len(inner) - len(items) + 1 >= 4 * len(items):
            continue  # “党建引领、精准治理、高效服务”: a row of sayings with no head noun (not “一牌、一表、一卡”)
        if any(inner.endswith(h) for h in lex.vocab.mechanism_heads) or any(
                inner.endswith(h) and len(inner) > len(h) + 1 for h in lex.cue("scheme_name_endings")):
            out.append((start, qend, norm_quotes(text[start:qend])))
            continue
        kind = lex.kinds_re.match(text, start)
        if kind and kind.end() > qend:
            continue  # “双报到”单位: the quote opens a kind of body, read with the kinds
        if (_acted_on(text, start, verbs, lex) and _ends_clause(text, skip, lex)) or _scheme_like(inner, text, skip, lex) \
                or text.endswith(lex.cue("participation_frames"), 0, start) \
                or text.endswith(lex.cue("project_record_labels"), 0, start):  # 共建项目：“邻里康”
            out.append((start, qend, norm_quotes(text[start:qend])))
        elif schemes and norm_quotes(text[start:qend]) in schemes:
            # the short name of a scheme the document named in full (“三事分流” after “三事分流”工作法)
            out.append((start, qend, schemes[norm_quotes(text[start:qend])]))
    return out


def _contrasted_quotes(text: str, lex: Lexicon) -> set[int]:
    """Where the quotes of 从“A”（走）向“B”, 由“A”变为“B” open: a change from one state to another."""
    verbs = lex.cue("contrast_verbs")
    if not verbs:
        return set()
    pattern = re.compile(r"[从由](“[^”]{1,20}”)[^，。；“”]{0,3}?(?:" + "|".join(map(re.escape, verbs)) + r")(“[^”]{1,20}”)")
    return {m.start(g) for m in pattern.finditer(text) for g in (1, 2)}


def _scheme_like(inner: str, text: str, after: int, lex: Lexicon) -> bool:
    """A quoted name with no head noun that still names a scheme: holding a scheme word
    (“党建联盟”, “南尖党建合伙人”), or listed as one of several schemes (“逢四说事”等机制).
    A count at its start is no sign (“一盘棋”, “一对一” are sayings)."""
    if any(ch in inner for ch in "，。；！？、"):
        return False  # “党建引领、共建共享”: coordinated slogans
    if any(text.startswith(w, after) for w in lex.cue("non_mechanism_heads")):
        return False  # “…”工作思路, “…”工作目标
    if lex.kinds_re.match(text, after):
        return False  # “两新”组织: the quote modifies a kind, it names no scheme
    if any(w in inner and len(inner) > len(w) + 1 for w in lex.cue("scheme_words")):
        return True  # “党建联盟”, not a bare “吹哨” or “报到”
    if any(inner.startswith(p) and lex.surface.get(inner[len(p):]) for p in lex.cue("branded_kind_prefixes")):
        return True  # “红色业委会”: a kind branded as a programme
    rest = text[after:after + 8]
    if rest.startswith(lex.cue("scheme_followers")):
        return True
    end = _past_quote_run(text, after)  # “A”“B”等“社区+”融合模式, “A”“B”等融合模式: each a kind of it
    if not text.startswith("等", end):
        return False
    named = QUOTE_RE.match(text, end + 1)
    at = named.end() if named else end + 1
    head = _head_after(text, at, lex)
    return head is not None and not _bad_head(text[at:head], lex)


def _past_quote_run(text: str, pos: int) -> int:
    """Where a run of quoted names written one after another (“A”“B”、“C”) ends."""
    while more := _QUOTE_IN_RUN.match(text, pos):
        pos = more.end()
    return pos


_LEVELS = re.compile("[一二三四五六七八九十两多0-9]+级")


def _kinds_in(text: str, lex: Lexicon) -> list[str]:
    return [m.group(0) for m in lex.kinds_re.finditer(text)]


def _strip_member_list(body: str, lex: Lexicon) -> str:
    """The name of a scheme without the list of its members written before it."""
    rest = body
    while True:
        k = lex.kinds_re.match(rest)
        if not k:
            return body if rest is body else rest
        after = rest[k.end():]
        sep = next((c for c in ("、", "和", "与", "及") if after.startswith(c)), None)
        two = lex.kinds_re.match(after) if sep is None else None
        if two and after[two.end():two.end() + 1] in ("、", "和", "与", "及"):
            rest = after  # 小区网格、物业企业…: a member named by two kinds (not 社区物业党建联建模式)
            continue
        if sep is None:
            # the last member: what follows must still be a name (三方联席会议)
            return after if rest is not body and len(after) >= 2 else body
        rest = after[len(sep):]


def _is_kind_chain(inner: str, lex: Lexicon, head: str = "") -> bool:
    seps = [sep for sep in lex.cue("chain_separators") if sep in inner]
    if not seps and _LEVELS.match(head) and any(p in inner for p in "+＋"):
        seps = [p for p in "+＋" if p in inner]  # “镇党委+社区党支部+楼栋党小组”四级联动组织体系
    if not seps:
        return False
    parts = [p.strip() for p in re.split("|".join(re.escape(s) for s in seps), inner) if p.strip()]
    steps = [_chain_step(p, lex) is not None for p in parts]
    # every step a kind; of four or more, or of three with its levels counted after it (“A—B—C”三级),
    # the last may be a household or a post (楼栋党员家庭户, 党员先锋岗); a long chain that opens with
    # two kinds may run on through posts no kind names (…党小组—微网格员—门栋关照员); one of four or more
    # may open on a step no kind names (区级联席会—镇街联合党委—社区党总支—小区党支部)
    last_free = len(parts) >= 4 or len(parts) == 3 and _LEVELS.match(head) is not None
    if is_place_chain(inner, lex, head):
        return True  # “区—街道—村居—基础网格—终端网格”五级网格体系: the levels of places, a hierarchy (guide §6)
    return len(parts) >= 2 and (all(steps) or last_free and all(steps[:-1]) or len(parts) >= 4 and all(
        steps[:2]) and 2 * sum(steps) >= len(parts) or len(parts) >= 4 and all(steps[1:]))


_BRACKETED = re.compile(r"[（(][^）)]{1,6}[）)]")
_TRAILING_BRACKET = re.compile(r"[（(][^）)]{1,6}[）)]$")  # an explanation after a step: 楼栋党小组（楼栋长）
_INNER_QUOTES = str.maketrans("", "", "‘’'")


def is_place_chain(inner: str, lex: Lexicon, head: str) -> bool:
    """“社区—居民小组—居民治理网格”三级治理网格: a chain of three or more levels of places, their
    levels counted after it (guide §6: a hierarchy, each step under the one before)."""
    seps = [sep for sep in lex.cue("chain_separators") if sep in inner]
    parts = [p.strip() for p in re.split("|".join(re.escape(s) for s in seps), inner)] if seps else []
    return _LEVELS.match(head) is not None and len(parts) >= 3 and all(p and _place_step(p, lex) for p in parts)


def _place_step(part: str, lex: Lexicon) -> bool:
    """Is a chain's step a level of places (区, 街道, 村居), maybe after a short modifier (基础网格)?"""
    return part in lex.suffix_level or part in lex.cue("place_level_words") or any(
        (kind := lex.surface.get(part[k:])) is not None and kind.type == "Place" for k in range(0, min(3, len(part) - 1)))


def _chain_step(part: str, lex: Lexicon):
    """The kind a step of a written-out chain names: the whole step (社区党委), or the kind it
    ends with after a short modifier (庭院党支部 → 党支部)."""
    part = _BRACKETED.sub("", part)  # 村（社区）党组织, 小区（网格）党支部: the step's own kind
    part = part.translate(_INNER_QUOTES)  # 街道‘大工委’: a kind quoted inside the chain's quote
    kind = _step_kind(part, lex)
    named = place_chain(part, 0, lex) if kind is None else None
    if named and named[-1][1] < len(part):
        kind = _step_kind(part[named[-1][1]:], lex)  # 某小区功能型综合党支部: the kind after the step's place
    return kind


def _step_kind(part: str, lex: Lexicon):
    kind = lex.surface.get(part)
    if kind is not None:
        return kind
    for k in range(1, min(6, len(part) - 1) + 1):
        kind = lex.surface.get(part[k:])
        if kind is not None and kind.type not in ("Place", "Mechanism") and (
                k <= 4 or kind.type == "PartyOrganisation"):  # 功能性片区党总支: a Party body's longer modifier
            return kind
    return None


def _chain_steps(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The steps of a quoted chain (“区委—街道党工委—庭院党支部”五级组织体系) that no kind names
    whole are bodies of their own kind (庭院党支部), so the chain holds together."""
    out = list(mentions)
    for q in QUOTE_RE.finditer(text):
        inner = q.group(1)
        if not _is_kind_chain(inner, lex, text[q.end():q.end() + 4]):
            continue
        if is_place_chain(inner, lex, text[q.end():q.end() + 4]):
            out = _place_steps(text, base, q, out, lex)
            continue
        for s, e, part in _steps_of(q, lex.cue("chain_separators") + ("+", "＋")):
            kind = _chain_step(part.strip(), lex)
            if kind is None:  # a post or household closing the chain (党员先锋岗): no step of a kind inside it
                out = [m for m in out if not (s <= m.start - base and m.end - base <= e)]
                continue
            if lex.surface.get(part.strip()) is not None:
                continue
            plain = part.strip().translate(_INNER_QUOTES)
            post = _TRAILING_BRACKET.search(plain)
            if post and (lex.surface.get(post.group(0)[1:-1]) is None
                         or lex.surface[post.group(0)[1:-1]].type == "Role"):
                plain = plain[:post.start()]  # 楼栋党小组（楼栋长）: a post explained; 社区党委（党总支） stays
            label = kind.zh if lex.surface.get(plain) is kind else plain
            named = place_chain(plain, 0, lex)  # 青石街道党工委: a step named by its place is that body
            level = "instance" if named and named[-1][1] < len(plain) and _chain_step(plain[named[-1][1]:], lex) \
                is not None else "type"
            out = [m for m in out if not (s <= m.start - base and m.end - base <= e)]
            out.append(Mention(base + s, base + e, text[s:e], label, kind.type, level, None, kind.name))
            at = s + len(part) - len(part.lstrip())
            if level == "instance" and plain == part.strip():  # its places, for locatedIn
                out.extend(Mention(base + at + ps, base + at + pe, plain[ps:pe], plain[ps:pe], "Place", "instance",
                                   lv, quoted=True) for ps, pe, lv in named)
    return out


def _steps_of(q: re.Match, seps) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each step of a quoted chain ``q``, split at its separators."""
    inner, pos = q.group(1), q.start(1)
    for part in re.split("|".join(re.escape(s) for s in seps), inner):
        s, e = pos, pos + len(part)
        pos = e
        while pos < q.end(1) and inner[pos - q.start(1)] in "".join(seps):
            pos += 1
        yield s, e, part


def _place_steps(text: str, base: int, q: re.Match, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The steps of a quoted chain of places, each a kind of place (居民治理网格) unless a
    mention names the step whole (社区, 某某街道)."""
    out = list(mentions)
    for s, e, part in _steps_of(q, lex.cue("chain_separators")):
        s, e = s + len(part) - len(part.lstrip()), e - len(part) + len(part.rstrip())
        if any(m.start - base == s and m.end - base == e for m in out):
            continue
        out = [m for m in out if not (s <= m.start - base and m.end - base <= e)]
        kind = lex.surface.get(text[s:e])
        out.append(Mention(base + s, base + e, text[s:e], kind.zh if kind else text[s:e], "Place", "type",
                           lex.suffix_level.get(text[s:e]), kind.name if kind else None))
    return out


def _bad_head(phrase: str, lex: Lexicon) -> bool:
    return any(phrase.endswith(w) for w in lex.cue("non_mechanism_heads"))


def _acted_on(text: str, start: int, verbs, lex: Lexicon) -> bool:
    """A verb such as 开展/实施/依托 stands shortly before ``start`` in the same clause (or
    before the first of coordinated quoted names: 推行“A”和“B”)."""
    prev = _PREV_QUOTE.search(text, 0, start)
    if prev and prev.end() == start:
        return _acted_on(text, prev.start(), verbs, lex)
    window = text[max(0, start - 12):start]
    for ch in BREAK + CLOSE_QUOTES:
        if ch in window:
            window = window[window.rindex(ch) + 1:]
    verbs = [v for v in verbs if v not in lex.cue("headed_only_verbs")]
    if any(window.endswith(f) for f in lex.cue("participation_frames")):
        return True
    return any(v in window for v in verbs)


_QUOTE_IN_RUN = re.compile(r"[和与及、]?“[^“”]{1,30}”")  # the next name of a run: “A”“B”, “A”和“B”
_PREV_QUOTE = re.compile(r"“[^“”]{1,30}”(?:[^“”，。；]{0,3}[和与及、][^“”，。；]{0,2})?$")


def _ends_clause(text: str, pos: int, lex: Lexicon) -> bool:
    if pos >= len(text) or text[pos] in BREAK or text[pos] in "。）)":
        return True
    after = _QUOTE_IN_RUN.match(text, pos)
    if after:  # 推行“A”和“B”: the first name ends where the last of the coordinated names does
        return _ends_clause(text, after.end(), lex) or bool(_COUNT_START.match(text, after.end()))
    rest = text[pos:pos + 4]
    return any(rest.startswith(w) for w in lex.cue("after_scheme")) or any(
        rest.startswith(v) for v in lex.cue("implement_verbs"))


_COUNT_START = re.compile(r"[一二两三四五六七八九十\d]+[个项种类]")
_LEADING_FIGURE = re.compile(r"^(?:[一二两三四五六七八九十\d]+[次项个批轮届]|每[周月年季]度?|定期)")


def unquoted_mechanisms(text: str, lex: Lexicon, taken: list[tuple[int, int]],
                        min_body: int = 2) -> list[tuple[int, int, str]]:
    """Unquoted named schemes right after an implementing verb: 建立定期报送、定期提醒3项制度."""
    out = []
    if not lex.cue("implement_verbs"):
        return out
    verb_re = lex.pattern(lex.cue("implement_verbs"))
    for vm in verb_re.finditer(text):
        i = vm.end()
        while True:  # skip adverbs and further verbs: 建立健全, 全面推行, 推进完善并认真落实
            k = i
            while (jm := lex.joined("verb_joiners").match(text, k)) is not None:
                k = jm.end()
            nm = verb_re.match(text, k)
            if nm:
                i = nm.end()
                continue
            break
        if text.startswith(("了", "起"), i) and text.startswith(("以", "由"), i + 1):
            i += 1  # 建立了由A、B共同参加的X制度
        if text.startswith(("、", "，", ",", "；"), i):
            continue  # 优化网格设置、充实网格力量: the verb closes an item (设置 as a noun), nothing named after it
        means = vm.group(0) in lex.cue("means_verbs")
        out.extend(_unquoted_after(text, i, lex, taken, min_body, means))
    return out


def _unquoted_after(text: str, i: int, lex: Lexicon, taken: list[tuple[int, int]],
                    min_body: int, means: bool = False) -> list[tuple[int, int, str]]:
    """The unquoted scheme named from ``i`` (right after an implementing verb), and those joined to
    it by 和/及 (建立A制度和B制度): [(start, end, label)]."""
    out = []
    while i is not None:
        i, names = _unquoted_at(text, i, lex, taken, min_body, means)
        out.extend(names)
    return out


_SCHEMES_CLOSER = re.compile(r"等(?:\d+|[一二两三四五六七八九十]+)?[项个种类套]?([\u4e00-\u9fff]{0,6})$")


def _listed_heads(text: str, i: int, j: int, lex: Lexicon) -> list[tuple[int, int, str]]:
    """建立在职党员报到制度、党员志愿服务制度和党员表现反馈制度: a list (、, a last 和/及) whose every
    item ends in a head noun of schemes names one scheme per item, also when 等 and a count of
    schemes close it (A机制、B机制等十项工作机制); [] when an item does not, or 等 closes a list of
    other things (A试点、B建设等25个项目)."""
    phrase = text[i:j]
    strong = lex.cue("strong_mechanism_heads")
    closer = _SCHEMES_CLOSER.search(phrase)
    if closer and closer.group(1).endswith(strong):
        phrase = phrase[:closer.start()]  # A机制、B机制等十项工作机制: the items, each a scheme
    if "等" in phrase or "的" in phrase:
        return []
    items, pos = [], i
    verbs = lex.pattern(lex.cue("implement_verbs"))
    for piece in re.split("[、和及]", phrase):
        lead = len(piece) - len(piece.lstrip("了着过起"))
        name = piece[lead:]
        if len(name) < 4 or verbs.match(name) or not name.endswith(strong):
            return []  # 打造A体系、构建B新格局: deeds, not a list of schemes' names
        items.append((pos + lead, pos + len(piece), name))
        pos += len(piece) + 1
    return items if len(items) >= 2 else []


def _unquoted_at(text: str, i: int, lex: Lexicon, taken: list[tuple[int, int]], min_body: int,
                 means: bool = False):
    """The names read from ``i``: (where a name joined by 和/及 opens, or None; [(start, end, label)]).
    After a verb of means (``means``: 依托X制度搭建平台) a strong head ends the name whatever follows."""
    # the phrase runs to the first head noun before a clause break
    j = i
    long = text.startswith(("以", "由"), i)  # 以A为核心、由B牵头，C共同参与的X制度: one phrase over a comma
    stops = "。；！？\n" if long else "，。；：！？\n"
    while j < len(text) and text[j] not in stops and j - i < (120 if long else 40):
        j += 1
    phrase = text[i:j]
    if any(ch in phrase for ch in OPEN_QUOTES + "《"):
        return None, []
    best, joined = None, None
    for hm in lex.heads_re.finditer(text, i, j):
        if best is not None and "，" in text[best[1]:hm.start()]:
            break  # 建立以A为核心…的X制度，每季度召开一次联席会议: the name ends at the first
        end = hm.end()
        if hm.start() == i:
            continue  # 健全社区、业委会、物业三方联席会议制度: a head right after the verb names nothing
        if end < len(text) and text[end] in "和及" and lex.heads_re.search(text, end + 1, j):
            best, joined = (hm.start(), end), end + 1  # 建立A制度和B制度: A制度, then B制度
            break
        if end < len(text) and text[end] not in BREAK and text[end] not in "。" and not _followed_by_break(text, end) \
                and not (means and hm.group(0) in lex.cue("strong_mechanism_heads") and _is_han(text[end])
                         and not lex.heads_re.match(text, end)):
            continue
        best = (hm.start(), end)
        if not text.startswith(("以", "由"), i):
            break  # 以A为核心、由B、C共同参加的X制度: the name is the last head of the phrase
    if best is None:
        return joined, []
    hs, he = best
    if any(s < he and hs < e for s, e in taken):
        return joined, []
    head = text[hs:he]
    body = text[i:hs]
    only_quoted = any(w == head or len(w) > len(head) and text.endswith(w, 0, he)  # 格局 of 新格局 too
                      for w in lex.cue("quoted_only_heads"))
    if not body or _bad_head(head, lex) or only_quoted or ("等" in body and head == "格局"):
        return joined, []  # A、B等参与的小区党建工作格局: a pattern described, no scheme named
    if text.startswith("、", he):
        listed = _listed_heads(text, i, j, lex)
        if listed:
            return None, listed  # 建立A制度、B制度和C制度: each item a scheme of its own head
    if text.startswith(("、", "等"), he):
        return joined, []  # an item of a list of projects (A试点、B建设等25个项目)
    if _ONE_OFF.search(body):
        return joined, []  # 召开第一次联席会议: one meeting, no standing scheme
    # X、Y、Z3项制度 → X制度, Y制度, Z制度
    dist = re.fullmatch(r"(.+?)(\d+|[一二两三四五六七八九十]+)(项|个|种|类)", body)
    if dist and "、" in dist.group(1) and not dist.group(1).endswith("等"):  # not A改造、B整治等十项工程
        pos = i
        parts = []
        for part in dist.group(1).split("、"):
            parts.append((pos, pos + len(part), part + head))
            pos += len(part) + 1
        return joined, parts
    written = body
    lead = next((w for w in lex.cue("lead_verbs") if w.endswith("的") and w in body), None)
    if lead:  # 社区党委领导下的居委会、业委会协调运行机制: the leader is not in the name
        body = body[body.rindex(lead) + len(lead):]
    elif "的" in body and ("，" in text[i:hs] or body.startswith(("以", "由")) or "、" in body):
        body = body[body.rindex("的") + 1:]  # 以A为核心、B共同参与的X制度: the name is X制度
    # 市、区、街道、社区党建联席会议制度 → the scope list is not part of the name
    parts = body.split("、")
    if len(parts) > 1 and all(p in lex.suffix_level or p in lex.cue("scope_words") for p in parts[:-1]):
        last = parts[-1]
        for sfx in sorted(lex.suffix_level, key=len, reverse=True):
            if last.startswith(sfx) and len(last) > len(sfx) + 1:
                last = last[len(sfx):]
                break
        body = last
    if _LEVELS.search(body[-4:]) and len(_kinds_in(body, lex)) >= 2:
        return joined, []  # 镇党委、村党组织、网格党小组三级组织体系: a hierarchy, not a scheme (guide §6)
    if "等" in body:
        return joined, []  # an item of a list of projects (A试点、B建设等25个项目), not one scheme
    body = _LEADING_FIGURE.sub("", body).lstrip("了着过起")  # 两次…集中攻坚行动; 启动了…, 建立起…: not the name
    body = _strip_member_list(body, lex)  # (建立了)小区党支部、业委会、物业服务企业三方联席会议制度
    if body[:1].isdigit():
        return joined, []  # 启动515户外墙维修工程: a task with its figure, no scheme's name
    generic = body in lex.cue("generic_scheme_words") or (body == written and "会" not in head and _generic_body(body, lex))
    if len(body) < min_body or generic or "的" in body or "，" in body:
        return joined, []  # 常态联系服务群众的长效机制: a description, not a name; 社区治理体系: a function
        # (a scheme whose parties are written before it is named by them: A、B协调运行机制;
        # a standing meeting is named by its scope: 城市党建联席会议)
    start = hs - len(body)
    if text[start:hs] != body:
        start = text.rfind(body, i, hs)
    return joined, [(start, he, body + head)]


def _generic_body(body: str, lex: Lexicon) -> bool:
    """社区治理, 长效管理, 沟通协调: a name made only of generic function and scope words (in any
    order) names a function, not a scheme."""
    return _made_of(body, lex.cue("generic_scheme_words"))


def _made_of(body: str, words) -> bool:
    """Is ``body`` made only of ``words``, in any order (an empty body is)?"""
    words = set(words)
    ok = [True] + [False] * len(body)  # ok[i]: body[:i] is made of the words
    for i in range(len(body)):
        if ok[i]:
            for j in range(i + 1, min(len(body), i + 6) + 1):
                if body[i:j] in words:
                    ok[j] = True
    return ok[-1]


def _followed_by_break(text: str, pos: int) -> bool:
    return text[pos] in BREAK or text[pos] in "。" or text.startswith("为", pos) or text.startswith("等", pos)


# --------------------------------------------------------------------------- all mentions of a unit



def _branded(text: str, start: int, lex: Lexicon) -> int:
    """Where a unit named from its place at ``start`` opens: at a brand written right before the
    place (国网某县供电公司, 国家税务总局某市税务局: ggl:unit_brands), else at the place."""
    brand = next((b for b in sorted(lex.cue("unit_brands"), key=len, reverse=True) if text.endswith(b, 0, start)), "")
    return start - len(brand)


def _opens_with_region(text: str, start: int, lex: Lexicon, known: dict[str, str]) -> bool:
    """Does a chain of places of a district's level or above open at ``start``?"""
    chain = place_chain(text, start, lex, known)
    return bool(chain) and chain[0][0] == start and PLACE_RANK[chain[0][2]] <= PLACE_RANK["district"]


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_mentions(text: str, base: int, lex: Lexicon, known: dict[str, str],
                  unquoted: bool = True, memory: Memory | None = None) -> list[Mention]:
    """Every mention in one unit of text (a sentence, heading, title or byline).

    ``text`` is the unit's text, ``base`` its offset in the document, ``known`` the
    place names found so far in the document (name -> level), updated in place.
    """
    norm = norm_text(text)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []   # spans no other mention may overlap
    quoted: list[tuple[int, int]] = []

    def add(start, end, label, type_, level, place_level=None, kind=None, is_quoted=False, block=True):
        out.append(Mention(base + start, base + end, text[start:end], label, type_, level,
                           place_level, kind, is_quoted))
        if block:
            taken.append((start, end))

    for m in POLICY_RE.finditer(norm):
        title = m.group(0)[1:-1]
        if title.endswith(lex.cue("publication_endings")) or norm.startswith("讯", m.end()) \
                or not _TRAILING_BRACKET.sub("", title).endswith(lex.cue("document_heads")):
            # （《某某日报》2023年11月14日06版）, 《某某》讯: a source; 舞蹈《某某》: a work (ggl:document_heads)
            taken.append((m.start(), m.end()))
        else:
            add(m.start(), m.end(), norm_quotes(m.group(0)), "Policy", "instance", is_quoted=True)
        quoted.append((m.start(), m.end()))
    for start, end, label in mechanism_spans(norm, lex, memory.schemes if memory else None):
        if not _overlaps(taken, start, end):
            add(start, end, label, "Mechanism", "instance", is_quoted=True)
            quoted.append((start, end))
    for m in QUOTE_RE.finditer(norm):
        quoted.append((m.start(), m.end()))
    # a short lead sentence (构建共治格局。) heads its paragraph: only a long name there is a scheme
    lead = len(norm) <= 16 and norm.rstrip().endswith("。")
    for start, end, label in (unquoted_mechanisms(norm, lex, list(taken), min_body=4 if lead else 2)
                              if unquoted else ()):
        if _THIS_ONE.match(label):  # 落实这一制度: the scheme named last, if the document named one
            if memory is None or memory.last_scheme is None:
                continue
            label = memory.last_scheme
        if not _overlaps(taken, start, end):
            add(start, end, label, "Mechanism", "instance", is_quoted=True)
    if memory is not None and memory.last_scheme is not None:
        for m in _THIS_SCHEME.finditer(norm):  # 这一机制由X牵头: the scheme named last, if its head is the same
            if (m.start() == 0 or norm[m.start() - 1] in "，。；：") and memory.last_scheme.endswith(m.group(1)) \
                    and not _overlaps(taken, m.start(), m.end()):
                add(m.start(), m.end(), memory.last_scheme, "Mechanism", "instance", is_quoted=True)

    # named places, and named bodies built on them (望江街道党工委, 桃源社区党支部)
    pos_done = -1
    endings = _suffix_positions(norm, lex)
    regular = chain_starts(norm, lex, known)
    labelled = {m.end() for m in lex.pattern(lex.cue("unit_label_words")).finditer(norm)} - set(regular)
    for start in sorted(set(regular) | labelled):
        if start < pos_done or _overlaps(taken, start, start + 1):
            continue
        if start in labelled and not _opens_with_region(norm, start, lex, known):
            continue  # 共建单位某区城管局: a unit's name opens after its label with a district or a city, not 单位宿舍小区
        if not known_at(known, norm, start) and not any(j in endings for j in range(start + 1, start + 10)):
            # no place ending within reach: only a named unit (某某集团党委) can start here
            named = _named_org(norm, start, lex)
            if named and not _overlaps(quoted, start, named[0]):
                add(start, named[0], norm[start:named[0]], named[1], "instance", kind=named[2])
                pos_done = named[0]
            continue
        body = _party_body(norm, start, lex, known) if "委" in norm[start:start + 16] else None
        if body:
            b_end, chain, label, type_ = body
            for s, e, lvl in chain:
                add(s, e, _place_label(norm[s:e], lvl, known, lex), "Place", "instance", lvl, block=False)
                known.setdefault(norm[s:e], lvl)
            add(start, b_end, label, type_, "instance")
            pos_done = b_end
            continue
        named = _named_org(norm, start, lex)
        if named and not _overlaps(quoted, start, named[0]):
            chain = place_chain(norm, start, lex, known)
            for s, e, lvl in chain:
                if e <= named[0] and (norm[s:e] in known or PLACE_RANK[lvl] <= PLACE_RANK["district"] and not any(
                        h in norm[s:e] for h in lex.unit_heads if len(h) > 1)):  # 汉阴县某某局党支部, not 浙商银行温州
                    add(s, e, _place_label(norm[s:e], lvl, known, lex), "Place", "instance", lvl, block=False)
            begin = _branded(norm, start, lex)
            add(begin, named[0], norm[begin:named[0]], named[1], "instance", kind=named[2])
            pos_done = named[0]
            continue
        chain = place_chain(norm, start, lex, known)
        if not chain or _overlaps(quoted, start, chain[-1][1]):
            continue
        last_s, last_e, last_lvl = chain[-1]
        body_end, body_type, body_kind = _attached_kind(norm, chain, lex)
        if last_lvl in ("community", "compound") and _counted_party_after(norm, last_e, body_end, body_type, lex):
            continue  # 新建村（社区）党委111个: a named community has one Party body, so no name opens here
        opened = any(norm.endswith(w, 0, start) for w in lex.cue("name_openers"))
        if not (len(chain) > 1 or body_end or norm[chain[0][0]:chain[0][1]] in known or opened
                or PLACE_RANK[chain[0][2]] <= PLACE_RANK["district"]
                or 2 <= chain[0][1] - chain[0][0] - _suffix_len(norm, chain[0], lex) <= (
                    6 if chain[0][2] == "compound" else 5 if norm.endswith(lex.cue("long_town_endings"), 0, chain[0][1]) else 4)
                or _LANE.match(norm, chain[0][0]) or ORDINAL_PART.search(norm, chain[0][0], chain[0][1])):
            continue  # a lone 某某社区 at a clause start is too often a phrase (加强社区…); not 某村第一居民区,
            # nor a town's long name (乌里雅斯太镇)
        for s, e, lvl in chain:
            add(s, e, _place_label(norm[s:e], lvl, known, lex), "Place", "instance", lvl, block=False)
            known.setdefault(norm[s:e], lvl)
        taken.append((start, last_e))
        pos_done = last_e
        if body_end:
            kind = lex.vocab.kinds.get(body_kind) if body_kind else None
            if kind is not None and (kind.zh in lex.cue("unnamed_kinds") or last_lvl == "compound" and kind.zh in lex.cue(
                    "compound_unnamed_kinds")):  # 阳明社区“两委”, 某某小区物业公司: the kind, in scope
                add(last_s, body_end, kind.zh, body_type, "type", kind=body_kind)
            else:
                begin = _branded(norm, last_s, lex) if last_s == start else last_s
                add(begin, body_end, norm[begin:body_end], body_type, "instance", kind=body_kind)
            pos_done = body_end
        elif PLACE_RANK[last_lvl] <= PLACE_RANK["street"] and not any(
                norm.endswith(h, 0, start) for h in lex.unit_heads):  # 某银行聊城市分行: one name, read whole later
            unit = _named_unit(norm, chain, lex)
            if unit is not None:
                end, type_ = unit
                party = party_after(norm, end, lex)  # 某县住房和城乡建设局党组: the unit's Party body
                if party is not None:
                    end, type_ = party.end(), "PartyOrganisation"
                # 某市某区实验学校: a unit keeps the places written before it; a department is named
                # by its own place (某省某市某县住建局 → 某县住建局), as the golds name it
                begin = last_s if type_ == "GovernmentBody" else start
                begin = _branded(norm, begin, lex) if begin == start else begin
                add(begin, end, norm[begin:end], type_, "instance")
                pos_done = end

    # a named unit taken up again by a short form (公司党支部 after 某某物业服务有限公司党支部)
    if memory is not None and memory.shorts:
        for m in re.finditer(_alternation(memory.shorts), norm):
            if m.group(0) in memory.kind_shorts and m.start() > 0 and _is_han(norm[m.start() - 1]) and \
                    norm[m.start() - 1] not in "的与和及由在入向对将把、省市区县镇乡":
                continue  # 某某智慧物业党支部 is no short form of 青禾物业党支部: a kind's short form stands alone
            if not _overlaps(taken, m.start(), m.end()):
                label = memory.shorts[m.group(0)]
                add(m.start(), m.end(), label, memory.types[label], "instance")

    # a unit named before, written again where nothing else marks it as one (A、B等共建单位…。与A、B签订…)
    if memory is not None and memory.names:
        for m in re.finditer(_alternation(memory.names), norm):
            if _overlaps(taken, m.start(), m.end()) or lex.kinds_re.match(norm, m.end()) or (
                    m.start() > 0 and _is_han(norm[m.start() - 1]) and norm[m.start() - 1] not in _NAME_OPENERS):
                continue  # 某某物业党支部: the unit's Party body, named whole elsewhere
            add(m.start(), m.end(), m.group(0), memory.names[m.group(0)], "instance")

    # 公司 standing alone takes up the one company the document has named (某某服务有限公司 … 公司重大事项)
    company = _one_company(memory) if memory is not None else None
    if company is not None:
        for at in (m.start() for m in re.finditer("公司", norm)):
            if _overlaps(taken, at, at + 2) or at > 0 and _is_han(norm[at - 1]) and norm[at - 1] not in _NAME_OPENERS \
                    and not norm.endswith(lex.name_breaker_words, 0, at) \
                    or (kind := lex.kinds_re.match(norm, at)) is not None and kind.end() > at + 2:
                continue  # 供电公司, 公司党支部: part of another word or kind (兼任公司董事长: after a verb)
            add(at, at + 2, company, memory.names[company], "instance")

    # kinds of body, role, facility and place from the vocabulary (a stray space from print,
    # 物业管理 员, does not hide a kind)
    # a second reading without quotes inside words finds 社区“大党委” where nothing else stands
    # and a third without a bracketed alternative finds 村（社区）党支部, labelled as written
    readings = (_squeeze(norm), _squeeze(norm, quotes=True), _without_alternatives(norm))
    for reading, (squeezed, where) in enumerate(readings):
        second = reading == 1
        for m in lex.kinds_re.finditer(squeezed):
            m = _longer_role(squeezed, m, lex)
            s, e = where[m.start()], where[m.end() - 1] + 1
            if norm[s:e].count("“") > norm[s:e].count("”") and norm.startswith("”", e):
                e += 1  # 社区“大党委”: the kind's closing quote is part of it
            bracketed = reading == 2 and "（" in norm[s:e]
            if reading == 2 and (not bracketed or lex.surface[m.group(0)].generic
                                 or lex.surface[m.group(0)].type == "Mechanism"):
                continue
            if bracketed:  # the kind written with an alternative replaces the kinds read inside it
                inner = [x for x in out if s <= x.start - base and x.end - base <= e and x.level == "type"]
                if any(x.level != "type" and s < x.end - base and x.start - base < e for x in out):
                    continue
                out[:] = [x for x in out if x not in inner]
                spans = {(x.start - base, x.end - base) for x in inner}
                taken[:] = [t for t in taken if t not in spans]
            if second and "“" in norm[s:e]:
                # the longer kind replaces a generic place word read inside it (社区 in 社区“大党委”),
                # and its own short form read inside the quotes (大党委)
                inner = [x for x in out if s <= x.start - base and x.end - base <= e and x.level == "type"
                         and (x.type == "Place" or x.kind == lex.surface[m.group(0)].name)]
                if inner:
                    out[:] = [x for x in out if x not in inner]
                    spans = {(x.start - base, x.end - base) for x in inner}
                    taken[:] = [t for t in taken if t not in spans]
            if _overlaps(taken, s, e):
                continue
            kind = lex.surface[m.group(0)]
            if lex.vocab.is_hidden(m.group(0)) and not _stands_alone(norm, s, e, lex):
                continue
            if kind.type == "Mechanism":
                add(s, e, kind.zh, "Mechanism", "instance", kind=kind.name)
                continue
            if kind.generic:
                taken.append((s, e))
                continue  # 党组织, 党委 on their own name no body (the vocabulary marks them generic)
            inside = any(qs < s and e < qe and (s - qs, qe - e) != (1, 1) for qs, qe in quoted)  # not 社区“大党委”
            surface = m.group(0)  # a kind keeps the name it is written with (graph.build canonicalises)
            label = norm[s:e] if bracketed else kind.zh if (
                kind.zh in lex.cue("canonical_kind_labels") or lex.vocab.is_hidden(surface) or "“" in surface) \
                else surface
            add(s, e, label, kind.type, "type", kind.level if kind.type == "Place" else None, kind.name,
                is_quoted=inside)
            shared = _shared_head(norm, s, e, kind, lex, taken)
            if shared is not None:
                k2, s2 = shared
                add(s2, s, k2.zh, k2.type, "type", None, k2.name, block=False)
    out = _alternative_kinds(norm, base, out, lex)
    out = _quoted_teams(norm, base, out)
    out = _quoted_units_named(norm, base, out, lex)
    out = _quoted_sites(norm, base, out, lex)
    out = _quoted_names(norm, base, out, lex)
    out.extend(_composed_roles(norm, base, out, lex))
    out = _party_member_roles(norm, base, out, lex)
    out = _committee_departments(norm, base, out, lex)
    out = _named_bodies(norm, base, out, lex)
    out = _level_departments(norm, base, out, lex)
    out = _level_prefixed(norm, base, out)
    out = _levelled_mass_bodies(norm, base, out, lex)
    out = _party_of_kind(norm, base, out, lex)
    out = _numbered_branches(norm, base, out, lex)
    out = _platform_companies(norm, base, out, lex)
    out = _branded_companies(norm, base, out, lex)
    out = _listed_units(norm, base, out, lex)
    out.extend(_listed_compounds(norm, base, out, lex))
    out = _department_lists(norm, base, out, lex)
    out = _unit_lists(norm, base, out, lex)
    out = _shared_ending(norm, base, out, lex, known)
    out = _paired_kinds(norm, base, out, lex)
    out = _chain_steps(norm, base, out, lex)
    out = _field_labels(norm, base, out)
    out.extend(_listed_schemes(norm, base, out, lex))
    out.extend(_bare_stems(norm, base, out, known, lex))
    out = [_with_cpc(norm, base, m) for m in out]
    out = _declared_short_names(norm, base, out, memory, lex)
    out = _crossing_units(out)
    out.extend(_both_sides(norm, base, out, lex))
    if memory is not None:
        for m in out:
            memory.remember(m, lex)
    return sorted(out, key=lambda m: (m.start, -m.end))


_TRAILING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")  # 《…实施方案（试行）》, 《…方案(2022-2024年)》


def _longer_role(text: str, m: re.Match, lex: Lexicon) -> re.Match:
    """社区党员志愿者: a role read first (社区党员) gives way to a role that opens inside it and reaches
    further (党员志愿者); the place word before it only says whose volunteers they are."""
    if lex.surface[m.group(0)].type != "Role":
        return m
    return next((k for j in range(m.start() + 1, m.end()) if (k := lex.kinds_re.match(text, j)) is not None
                 and k.end() > m.end() and lex.surface[k.group(0)].type == "Role"
                 and getattr(lex.surface.get(text[m.start():j]), "type", None) == "Place"), m)


def _crossing_units(mentions: list[Mention]) -> list[Mention]:
    """某街道青禾大学社区: a named place that goes on past a unit's head (大学 + 社区) is a place
    named for the unit, so the unit read up to its head (某街道青禾大学) is no unit there."""
    places = [m for m in mentions if m.type == "Place" and m.level == "instance"]
    return [m for m in mentions if not (m.type != "Place" and m.level == "instance" and any(
        m.start < p.start < m.end < p.end for p in places))]


def _both_sides(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """双方共同签署《…》, 双方党组织召开座谈会: a word for both sides (ggl:both_sides_words) opening a phrase
    stands for the two sides of the co-building named last (a placeholder the extractor resolves)."""
    out = []
    for m in lex.pattern(lex.cue("both_sides_words")).finditer(text):
        s, e = m.span()
        if s > 0 and text[s - 1] not in "，。；：,;:由" or text.startswith("的", e) or _overlaps(
                [(x.start - base, x.end - base) for x in mentions], s, e):
            continue  # A与B双方: the sides are written; 双方的…: whose, no actor
        kind = lex.kinds_re.match(text, e)
        if kind is not None and lex.surface[kind.group(0)].type == "PartyOrganisation" and len(kind.group(0)) <= 3:
            e = kind.end()  # 双方党组织, 双方党支部: the sides' Party bodies are the sides
        out.append(Mention(base + s, base + e, text[s:e], BOTH_SIDES, "PartyOrganisation", "instance"))
    return out


def _counted_party_after(text: str, end: int, body_end: int | None, body_type: str | None, lex: Lexicon) -> bool:
    """Is a Party kind written after the place ending at ``end`` (its bracketed alternative between,
    村（社区）党委) followed by a count of more than one (党委111个)?"""
    if body_end is None and text.startswith("（", end):
        close = text.find("）", end, end + 6)
        kind = lex.kinds_re.match(text, close + 1) if close > 0 else None
        if kind is not None:
            body_end, body_type = kind.end(), lex.surface[kind.group(0)].type
    return bool(body_end) and body_type == "PartyOrganisation" and _MANY_AFTER.match(text, body_end) is not None


def _field_labels(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """共建单位：某某中心党支部；…: a kind opening a record's field names no body of its own, the
    named body after its colon is the one the field (and the record's next fields) speak of."""
    starts = {m.start - base for m in mentions if m.level == "instance" and m.type not in ("Place", "Mechanism")}
    return [m for m in mentions if not (
        m.level == "type" and m.type not in ("Place", "Role") and text[m.end - base:m.end - base + 1] in "：:"
        and m.end - base + 1 in starts and (m.start == base or text[m.start - base - 1] in "；;。\n"))]


def _declared_short_names(text: str, base: int, mentions: list[Mention], memory: "Memory | None",
                          lex: Lexicon) -> list[Mention]:
    """某某小区支部委员会（以下简称小区支部）: the short name declared after a named body stands
    for that body, later in the sentence and (through ``memory``) in the rest of the document.
    So does an agreement's party label (甲方：某某社区党委, ggl:party_labels) for the body its line names."""
    label = next((w for w in lex.cue("party_labels") if re.match(re.escape(w) + r"\s*[：:]", text)), None)
    if label is not None and memory is not None:
        named = [m for m in mentions if m.start - base > len(label) and m.type in ATTACHABLE + ("Place",)]
        body = next((m for m in named if m.type != "Place"), named[0] if named else None)
        if body is not None:
            memory.parties[label] = body
    if memory is not None and memory.parties and label is None:
        for w, body in memory.parties.items():
            for at in ([0] if text.startswith(w) else []) + _finds(text, w):  # 乙方与甲方…: at the start too
                if not any(m.start - base < at + len(w) and at < m.end - base for m in mentions):
                    mentions = mentions + [Mention(base + at, base + at + len(w), w, body.label, body.type,
                                                   body.level, body.place_level, body.kind)]
    for m in [m for m in mentions if m.level == "instance" and m.type in ATTACHABLE]:
        declared = SHORT_NAME.match(text, m.end - base)
        if declared is None:
            continue
        short = declared.group(1)
        if memory is not None:
            memory.shorts[short] = m.label
            memory.types[m.label] = m.type
        spans = [(base + at, base + at + len(short)) for at in _finds(text, short) if at >= declared.end()]
        inside = (base + declared.start(), base + declared.end())
        mentions = [x for x in mentions if not (inside[0] <= x.start < inside[1])
                    and not any(x.start < e and s < x.end for s, e in spans)]
        mentions += [Mention(s, e, short, m.label, m.type, "instance") for s, e in spans]
    return mentions


_NAME_OPENERS = "的与和及由在入向对将把、"  # characters a unit's name may follow inside a sentence


@dataclass
class Memory:
    """What a document has named so far, for names written short later on."""

    schemes: dict = field(default_factory=dict)   # “三事分流” -> “三事分流”工作法
    shorts: dict = field(default_factory=dict)    # 供电公司党委 -> 某某供电公司党委
    types: dict = field(default_factory=dict)     # a named unit -> its class
    clashes: set = field(default_factory=set)     # short forms two units share
    last_scheme: str | None = None                # the scheme named last (for 这一制度)
    kind_shorts: set = field(default_factory=set)  # short forms that are kinds too (行业党委)
    parties: dict = field(default_factory=dict)    # 甲方 -> the mention an agreement's party line names
    names: dict = field(default_factory=dict)      # a named unit's full name -> its class (written again later)

    def copy(self) -> "Memory":
        return Memory(dict(self.schemes), dict(self.shorts), dict(self.types), set(self.clashes), self.last_scheme,
                      set(self.kind_shorts), dict(self.parties), dict(self.names))

    def remember(self, m: Mention, lex: Lexicon) -> None:
        """A scheme's short name, and the short forms of a named unit: every ending of its name
        that starts at an institution noun (某某供电公司党委 → 供电公司党委, 公司党委)."""
        if m.type == "Mechanism":
            self.last_scheme = m.label
        q = QUOTE_RE.match(m.label) if m.type == "Mechanism" else None
        if q and q.end() < len(m.label):
            self.schemes.setdefault(q.group(0), m.label)
        if not (m.level == "instance" and m.type in ATTACHABLE and m.text == m.label):
            return
        self.types[m.label] = m.type
        if len(m.label) >= 4 and m.label not in lex.surface:
            self.names[m.label] = m.type
        starts = [at for noun in lex.cue("institution_nouns") for at in _finds(m.label, noun)
                  if not opens_road(m.label, at + len(noun), lex)  # not 学院路实验学校
                  and (at + len(noun) == len(m.label) or party_after(m.label, at + len(noun), lex) is not None)]
        # 公安局交警大队: a noun inside the name of a unit's part opens no short form of the part
        chain = place_chain(m.label, 0, lex) if m.type == "PartyOrganisation" else []
        if chain:
            starts.append(chain[-1][1])  # 福田街道商圈党委 → 商圈党委: the name less its places
        trade = []  # 某市物业行业党委 → 行业党委: a Party kind of no place's level ending the name takes it up
        if m.type == "PartyOrganisation":
            trade = [k for k in range(1, len(m.label) - 3) if (kind := lex.surface.get(m.label[k:])) is not None
                     and kind.type == "PartyOrganisation" and not m.label[k:].startswith(tuple(lex.levels))]
        for at in starts + trade:
            short = m.label[at:]
            kind = lex.surface.get(short)  # an institution's own kind ending its name takes it up (供电公司)
            if len(short) >= 4 and (kind is None or kind.type == "Institution" or at in trade) \
                    and short not in self.clashes:
                if self.shorts.get(short, m.label) != m.label:
                    self.clashes.add(short)
                    self.shorts.pop(short, None)
                else:
                    self.shorts[short] = m.label
                    if at in trade:
                        self.kind_shorts.add(short)


def _one_company(memory: "Memory") -> str | None:
    """The company the document has named so far, if it has named just one (某某有限公司)."""
    found = [name for name in memory.names if name.endswith("公司")]
    return found[0] if len(found) == 1 else None


def _finds(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` after its first character."""
    out, at = [], text.find(word, 1)
    while at > 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _squeeze(text: str, quotes: bool = False) -> tuple[str, list[int]]:
    """The text without spaces (and with ``quotes``, quotation marks) between CJK characters,
    and each kept character's offset."""
    if " " not in text and "\u3000" not in text and not (quotes and "“" in text):
        return text, range(len(text))
    out, where = [], []
    for i, ch in enumerate(text):
        if ch in " \u3000" and 0 < i < len(text) - 1 and _is_han(text[i - 1]) and _is_han(text[i + 1]):
            continue
        if quotes and ch in "“”" and 0 < i < len(text) - 1 and _is_han(text[i - 1]) and _is_han(text[i + 1]):
            continue  # 社区“大党委”: quotes inside a word do not hide its kind
        out.append(ch)
        where.append(i)
    return "".join(out), where


_ALTERNATIVE = re.compile(r"(?<=[\u4e00-\u9fff])（[\u4e00-\u9fff]{1,4}）(?=[\u4e00-\u9fff])")  # inside a word
_ALTERNATIVE_AFTER = re.compile(r"（([\u4e00-\u9fff]{1,4})）")  # after a kind


def _alternative_kinds(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A kind of place with another in brackets after it (村（社区）, 乡镇（街道）) is one kind, labelled
    as written; bodies so written stay two (业委会（物管会）: the golds keep both)."""
    out = list(mentions)
    for m in mentions:
        b = _ALTERNATIVE_AFTER.match(text, m.end - base)
        other = lex.surface.get(b.group(1)) if b else None
        if m.level != "type" or m.type != "Place" or other is None or other.type != "Place":
            continue
        out = [x for x in out if x is not m and not (m.end <= x.start and x.end <= base + b.end())]
        out.append(Mention(m.start, base + b.end(), text[m.start - base:b.end()], text[m.start - base:b.end()],
                           m.type, "type", m.place_level, m.kind))
    return out


def _without_alternatives(text: str) -> tuple[str, list[int]]:
    """The text without a short bracketed alternative inside a word (村（社区）党支部 → 村党支部,
    物业服务企业（项目）党支部), and each kept character's offset."""
    if "（" not in text:
        return "", []
    out, where, last = [], [], 0
    for m in _ALTERNATIVE.finditer(text):
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(out), where


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _committee_departments(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """县委 + 社会工作部 → 县委社会工作部: a Party committee's department is one body."""
    depts = sorted(lex.cue("party_departments"), key=len, reverse=True)
    out = list(mentions)
    for a in mentions:
        if a.type != "GovernmentBody" or a.level != "type" or not a.label.endswith("委"):
            continue
        at = a.end - base
        dept = next((d for d in depts if text.startswith(d, at)), None)
        if dept is None:
            continue
        end, type_ = at + len(dept), "GovernmentBody"
        party = DEPARTMENT_PARTY.match(text, end)  # 市委组织部机关党委: the department's Party body
        if party:
            end, type_ = party.end(), "PartyOrganisation"
        kind = next((b.kind for b in mentions if b.start == a.end and b.text == dept), None)
        out = [m for m in out if m is not a and not (a.end <= m.start and m.end <= base + end)]
        out.append(Mention(a.start, base + end, text[a.start - base:end], a.label + text[at:end], type_, "type",
                           None, kind if type_ == "GovernmentBody" else None))
    return out


def _composed_roles(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A kind of body followed by a post word is a role: 居委会 + 主任 → 居委会主任."""
    out = []
    posts = sorted(lex.cue("post_words"), key=len, reverse=True)
    ends = {m.end for m in mentions if m.type == "Role"}
    for m in mentions:
        if m.level != "type" or m.type not in ATTACHABLE or m.quoted:
            continue
        end = m.end - base
        post = next((p for p in posts if text.startswith(p, end)), None)
        if post is None or (m.end + len(post)) in ends:
            continue
        if any(r.start <= m.start and m.end + len(post) <= r.end for r in mentions if r.type == "Role"):
            continue
        s = m.start - base
        out.append(Mention(m.start, m.end + len(post), text[s:end + len(post)], m.label + post,
                           "Role", "type", None, None))
    return out


def _party_member_roles(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """党员业主, 党员教师, 党员骑手: Party members named with their standing are one role, as written;
    so is a kind of Party member with one (机关党员 + 干部: 机关党员干部)."""
    nouns = sorted(lex.cue("party_member_nouns"), key=len, reverse=True)
    out = list(mentions)
    for m in mentions:
        if m.type != "Role" or not m.text.endswith("党员"):
            continue
        noun = next((w for w in nouns if text.startswith(w, m.end - base)), None)
        if noun is None or any(x.start < m.start < x.end or x.start == m.start and x.end > m.end
                               for x in mentions if x.type == "Role"):
            continue
        end = m.end + len(noun)
        out = [x for x in out if x is not m and not (m.end <= x.start and x.end <= end)]
        out.append(Mention(m.start, end, text[m.start - base:end - base], text[m.start - base:end - base],
                           "Role", "type", None, None))
    return out


def _shared_head(text: str, s: int, e: int, kind, lex: Lexicon, taken):
    """街道社区党组织 names two kinds sharing a head: 街道(党组织) and 社区党组织.

    Returns (kind, start) of the elided one, or None."""
    levels = lex.levels
    own = next((w for w in levels if text.startswith(w, s)), None)
    if own is None:
        return None
    rest = text[s + len(own):e]
    for w in levels:
        if w != own and text.endswith(w, 0, s) and not _overlaps(taken, s - len(w), s):
            other = lex.surface.get(w + rest)
            if other is not None and other.type == kind.type and other is not kind:
                return other, s - len(w)
    return None


def _suffix_len(text: str, seg, lex: Lexicon) -> int:
    """Length of the place ending of a chain segment (社区 in 某某社区)."""
    s, e, _ = seg
    return next((len(sfx) for sfx in lex.suffix_level if text.endswith(sfx, s, e)), 0)


def _stands_alone(text: str, s: int, e: int, lex: Lexicon) -> bool:
    after = text[e:e + 1]
    if any(text.startswith(w, e) for w in lex.cue("cobuild_words") + ("党建",)) or _PARTIES.match(text, e):
        return True  # 社区物业党建联建; 业委会、物业三方: a list's closer
    if after in OPEN_QUOTES and text[s - 1:s] in ("、", "和", "及"):
        return True  # 居委会、业委会、物业“三驾马车”: a list's last item before the scheme it names
    return not after or after in BREAK or after in "和与及等。" or after in CLOSE_QUOTES




def _listed_schemes(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A quoted name written right after a list of bodies names their joint scheme
    (居委会、业委会和物业企业“三驾马车”), head noun or not."""
    out = []
    bodies = [m for m in mentions if m.type in ATTACHABLE and not m.quoted]
    for q in QUOTE_RE.finditer(text):
        s, e = base + q.start(), base + q.end()
        if any(m.start < e and s < m.end for m in mentions) or lex.surface.get(q.group(1)):
            continue
        before = [m for m in bodies if m.end == s]
        if not before:
            continue
        first = before[0]
        joined = any(m.end < first.start and text[m.end - base:first.start - base] in lex.cue("coordination") + ("、",)
                     for m in bodies)
        if joined:
            out.append(Mention(s, e, text[q.start():q.end()], norm_quotes(q.group(0)), "Mechanism", "instance",
                               None, None, True))
    return out


_NOT_IN_MODIFIER = re.compile(r"\d(?!\d*$)(?!\d*(?:号线|标))|^\d+$|[个名些次]|(?<!专)项|多(?=[家个名所项种类位])|(?<=[\d十百千万余])多|^多|[一二两三四五六七八九十几数哪每各]家|[\d一二三四五六七八九十百千万几其]余|余[家个名所]")
# 两家, 哪家, 十余家; 伍家岭 and 新余 are names; 专项 (禁毒专项行动领导小组) is no count; a metro line's
# section (某集团6号线2标项目部) is a name


def _named_bodies(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Units with a proper name outside the vocabulary: a place or a short modifier, then a unit
    head noun of ``ggl:unit_nouns`` (市第一医院, 林州市第八小学, 某某物业服务有限公司, 城关派出所).

    The unit replaces the bare kinds read inside it; the places inside it stay (locatedIn).
    """
    heads = lex.unit_heads
    verbs = lex.name_breakers  # 组织辖区医院, 携手某某集团: the name starts after the verb
    posts = tuple(w for w in lex.cue("post_words") if len(w) > 1)  # 副书记张某代表某学院: a post ends no name
    found: list[Mention] = []
    head_re = lex.unit_heads_re
    spans = [h.span() for h in head_re.finditer(text)]
    place_ends = {m.end - base for m in mentions if m.is_named_place}
    housing = _housing_endings(lex)
    for h in head_re.finditer(text):
        h = next((k for j in range(h.start() + 1, h.end()) if (k := head_re.match(text, j)) and k.end() > h.end()),
                 h)  # 县第一中学: the head 中学 that runs on past 一中
        hs, he = h.start(), h.end()
        if opens_post(text, hs, he):
            continue  # 某局局长, 某所所长: the head opens a post's name, it ends no unit
        if any(m.start - base <= hs and he <= m.end - base and m.end - m.start > he - hs and m.type != "Place"
               for m in mentions) or any(f.start - base <= hs < f.end - base for f in found) or any(
                w.start() < he and hs < w.end() for w in lex.pattern(lex.cue("not_units")).finditer(
                    text, max(0, hs - 3), he + 3)):
            continue  # part of a longer kind (社区卫生服务中心) or of a unit already read
        if any(m.type == "Place" and hs <= m.start - base < he < m.end - base for m in mentions):
            continue  # 学院路社区: a head noun opening a longer place name heads no unit
        if any(hs < m.start - base < he < m.end - base for m in mentions):
            continue  # 当天报社区党委: a kind that starts inside the head (报社) and runs past it ends no unit there
        if text.startswith(housing, he):
            continue  # 税务局家属楼, 水利局宿舍小区: a compound named after the unit, no unit
        party = party_after(text, he, lex)
        i = hs
        ends = {m.end - base for m in mentions if m.level == "instance" and m.type != "Place" or m.type in (
            "PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee")
            or m.type == "PropertyCompany" and m.text == m.label}  # 物业服务企业某某物业有限公司: the kind, then the name
        ends = {k for k in ends if not any(a < k < b for a, b in spans)}  # 公安 inside 公安局 ends nothing
        if heads[h.group(0)][0] == "GovernmentBody" and any(
                m.end - base == hs and m.level == "type" and m.type == "GovernmentBody" for m in mentions):
            ends.discard(hs)  # 城乡建设和综合执法局: a kind of office (综合执法) before the head is part of the name
        if h.group(0) in lex.cue("branch_heads"):  # 某县农商银行城阳支行: the branch's name holds its unit's
            ends -= {m.end - base for m in mentions if m.level == "instance" and m.text.endswith(tuple(heads))}
        roles_at = {m.start - base for m in mentions if m.type == "Role" and m.end - base <= hs}  # 在职党员服务队
        role = next((m for m in mentions if m.type == "Role" and m.end - base == hs), None)
        while i > 0 and (text[i - 1] not in NAME_STOPS or i - 1 in roles_at
                         or text.startswith(lex.cue("name_opening_words"), i - 1) and (
                             text[i - 1] != "和" or i - 1 in place_ends)  # 向阳…, 某市和顺佳苑物业 (社区和平安派出所)
                         or text[i - 1] == "和" and i - 1 not in ends and _joins_field(text, i - 1, place_ends, heads, hs,
                                                                 heads[h.group(0)][0] == "GovernmentBody", lex,
                                                                 h.group(0).endswith(("公司", "集团")))) \
                and hs - i < 18 and i not in ends and not text.endswith(posts, 0, i):
            i -= 1  # a name does not run back into a kind or a body before it (社区党委携手…); 水城区广和物业…
        if hs - i >= 18 and i > 0 and text[i - 1] not in NAME_STOPS \
                and h.group(0) not in lex.cue("topic_named_heads"):  # cut off by length, mid-word: the name opens
            inner = [u.end() for u in lex.unit_heads_re.finditer(text, i, hs)]  # where its parent unit's name does
            parent = next((f for f in found if inner and f.end - base == inner[-1]), None)  # (某市公安局某某开发区
            i = parent.start - base if parent is not None else inner[-1] if inner else i  # 分局某某产业园派出所)
        cut = next((m for m in mentions if m.is_named_place and m.start - base < i < m.end - base), None)
        if cut is not None:
            i = cut.start - base  # 同安区东山…协会: a name opens where the place it holds opens, not inside it
        topic = h.group(0) in lex.cue("topic_named_heads")  # 党建引领基层治理工作领导小组: verbs and all
        if topic and text[i - 1:i] == "”" and (q := text.rfind("“", max(0, i - 12), i)) > 0 \
                and not lex.pattern(lex.cue("gloss_words")).match(text, i):  # “一组”即领导小组: a gloss, no name
            i = q  # 某县党建引领“三无小区”治理工作专班: a quoted topic inside the group's name
            while i > 0 and text[i - 1] not in NAME_STOPS and hs - i < 30 and i not in ends:
                i -= 1
        if topic:
            i = _task_start(text, i, base, mentions, ends, lex)
        company = h.group(0).endswith(("有限公司", "集团"))  # not a bare 公司 (…情况纳入公司党建工作)
        if company and i > 1 and text[i - 1] == "）" and i not in ends:  # 某某（青城）科技有限公司
            paren = _COMPANY_SEAT.search(text, 0, i)
            if paren is not None:
                i = paren.start()
                while i > 0 and text[i - 1] not in NAME_STOPS and paren.start() - i < 8 and i not in ends:
                    i -= 1
        start = i
        if role is not None and heads[h.group(0)][2] == "type" and COUNT.search(text, start, role.start - base):
            start = i = role.start - base  # 346支在职党员志愿服务队: a team named by whom it gathers
        for v in (_topic_breakers(lex) if topic else verbs).finditer(text, max(0, start - 1), hs):  # 了解某某分公司
            if company and v.start() - start >= 2 and not lex.surface.get(text[start:v.start()]) and (
                    v.end() == hs and v.group(0) not in lex.cue("place_left_boundary")
                    or v.group(0) in lex.cue("company_name_verbs")):
                continue  # 某某热力运营有限公司, 某某创新科技有限公司: a trade or word of a company's name
                # (not a verb a name follows: 某某推动集团党支部与…)
            if not any(m.start - base <= v.start() and v.end() <= m.end - base for m in mentions):
                start = max(start, v.end())  # 组织辖区医院: the name starts after the verb
        if topic:  # 已下发至石景山区党建引领物业管理专班: a named place opens a group's name
            start = min((m.start - base for m in mentions if m.is_named_place and start <= m.start - base < hs),
                        default=start)
        start = _past_kinds(text, start, hs, lex)
        start = _past_determiner(text, start, lex, hs)
        start = _past_existence(text, start, hs, lex)
        for d in lex.pattern(lex.cue("descriptor_endings")).finditer(text, start, hs - 2):
            start = d.end()  # 康复服务机构某某康复中心: the name after its descriptor
        party_at = text.find("中共", max(0, start - 1), hs)
        if party_at >= 0 and not h.group(0).endswith("委员会"):
            continue  # 中共某公司…党支部: a Party body's name, read with the Party kinds
        start = party_at if party_at >= 0 else start  # 兼任中共某市委员会: the name opens at 中共
        modifier = text[start:hs]
        type_, least, level = heads[h.group(0)]
        type_ = "PartyOrganisation" if party_at >= 0 else type_
        level_only = modifier in ("县", "市", "区") and he - hs >= 3  # 县人民医院: named by its level alone
        if len(modifier) < least and not level_only or _NOT_IN_MODIFIER.search(modifier) \
                or COUNT.search(text, start, he) or any(w in modifier for w in _long_determiners(lex)):
            continue
        name = text[start:he]
        if any(m.start - base <= start and he <= m.end - base and m.end - m.start > he - start and m.type != "Place"
               for m in mentions):
            continue  # inside a longer name read already (中共某公司苏州分公司园区局党支部)
        kind_before = lex.surface.get(modifier)
        if lex.surface.get(name) or kind_before and not (level == "type" and kind_before.type == "Role"):
            continue  # a kind (公立医院, 物业公司) or a kind before the head (社区医院 is no name; 党员服务队 is one)
        tail = next((k for k in range(start + 1, hs) if lex.surface.get(text[k:he])), None)
        if tail is not None and (lex.surface.get(text[start:tail]) or lex.joined(
                "scope_markers", "name_determiners").fullmatch(text, start, tail)):
            continue  # 小区物业公司: a kind of place before a kind of body
        for k in lex.kinds_re.finditer(name):
            if lex.surface[k.group(0)].type == "PropertyCompany" and party_at < 0 and not topic:
                type_ = "PropertyCompany"
        if party is not None:  # 某某剧团党支部: the unit's Party body, named with it
            end = party.end()
            if any(m.start - base < end and start < m.end - base and m.level == "instance" and m.type != "Place"
                   for m in mentions):
                continue  # read already (某某集团党委)
            found.append(Mention(base + start, base + end, text[start:end], text[start:end],
                                 "PartyOrganisation", "instance"))
            continue
        if topic and any(m.is_named_place and m.start - base == start for m in mentions):
            level = "instance"  # 大理市党建引领基层治理工作领导小组: a place opens its proper name
        if type_ == "Institution" and h.group(0).endswith(lex.cue("site_heads")) and _made_of(
                modifier, lex.cue("site_generic_words")):
            type_, level = "Facility", "type"  # 社区文化活动中心: a kind of site, no named unit
        found.append(Mention(base + start, base + he, name, name, type_, level))
    if not found:
        return mentions
    # 中国银行常德分行, 某市公安局某分局: the whole name, not the units it runs through
    found = [f for f in found if not any(g.start == f.start and g.end > f.end for g in found)]
    found.sort(key=lambda f: f.start)
    for k in range(len(found) - 1, 0, -1):  # 某公安分局某派出所: a unit read from its parent's head on is one name
        a, b = found[k - 1], found[k]
        if a.start < b.start < a.end < b.end and text[b.start - base:a.end - base] in heads:
            name = text[a.start - base:b.end - base]
            found[k - 1:k + 1] = [Mention(a.start, b.end, name, name, b.type, b.level)]
    inside = [m for m in mentions if m.type != "Place" and not (m.type == "Mechanism" and m.quoted) and any(
        f.start <= m.start and m.end <= f.end and (m.start, m.end) != (f.start, f.end) for f in found)]
    same = {(m.start, m.end) for m in mentions if m.type != "Place"}
    return [m for m in mentions if m not in inside] + [f for f in found if (f.start, f.end) not in same]


def _task_start(text: str, i: int, base: int, mentions: list[Mention], ends: set, lex: Lexicon) -> int:
    """Where the task naming a group opens, from ``i`` back: past a quoted task (“红色物业”提质推广工作专班,
    not “一组”即领导小组) or a quoted scheme read before it (仓前街道“五星幸福体”建设工作领导小组), with the
    place named right before it, and past a 和 joining two tasks (城市基层党建和基层治理工作领导小组)."""
    quoted = next((m for m in mentions if m.quoted and m.type in ("Mechanism", "Policy") and m.end - base == i), None)
    if quoted is not None:
        i = quoted.start - base
    elif i > 1 and text[i - 1] == "”" and 0 <= i - 2 - text.rfind("“", 0, i - 1) <= 12 \
            and not text.startswith(lex.cue("gloss_words"), i):
        i = text.rfind("“", 0, i - 1)
    elif i > 1 and text[i - 1] == "和" and i - 1 not in ends:
        k = i - 1
        while k > 0 and text[k - 1] not in NAME_STOPS and k not in ends and i - k < 8:
            k -= 1
        opened = k == 0 or text[k - 1] in NAME_STOPS or k in ends
        for v in _topic_breakers(lex).finditer(text, max(0, k - 3), i - 1):
            if v.end() > k:
                k, opened = v.end(), True  # 成立城市基层党建和…: not the verb before
        i = k if opened and k < i - 2 else i  # (not 包抓责任小区长效治理和专项工作组: no opening found)
    place = next((m for m in mentions if m.is_named_place and m.end - base == i and text[i:i + 1] == "“"), None)
    return place.start - base if place is not None else i


def _long_determiners(lex: Lexicon) -> tuple[str, ...]:
    """Determiners of two characters or more (ggl:name_determiners: 不少, 许多, 所有): one inside a
    unit's modifier (某区不少学校) makes a phrase, not a name."""
    return lex.derived("long-determiners", lambda: tuple(w for w in lex.cue("name_determiners") if len(w) > 1))


def _topic_breakers(lex: Lexicon) -> re.Pattern:
    """The words that open the name of a group named by its task (ggl:topic_named_heads): the verbs
    no unit's name holds (Lexicon.name_breakers) but the words of a task (ggl:task_words), the
    adverbial prepositions and words of a parent (按照, 至, 下设), a verb and its result (吃透); a named
    place opens it too."""
    return lex.derived("topic-breakers", lambda: re.compile(lex.pattern(tuple(sorted(
        set(lex.cue("adverbial_preps") + lex.cue("parent_words"))
        | {w for w in lex.name_breaker_words if w not in lex.cue("task_words")}))).pattern
        + "|" + lex.resultative_re.pattern))


def _housing_endings(lex: Lexicon) -> tuple[str, ...]:
    """Endings of compounds (家属楼, 小区) and 宿舍: after a unit's head they name its housing."""
    return tuple(e for e, lv in lex.suffix_level.items() if lv == "compound" and len(e) > 1) + ("宿舍",)


_COMPANY_SEAT = re.compile(r"（[\u4e00-\u9fff]{2,4}）$")  # 柳岸万象（青城）: the seat in a company's name


def _past_kinds(text: str, start: int, hs: int, lex: Lexicon) -> int:
    """驻区单位青石医院, 小区物业青禾物业服务有限公司: a kind of unit (three characters or more, after
    a kind of place maybe) written before a unit's proper name is no part of it; 物业服务中心 and
    供电公司党员服务队 keep theirs (a short kind, or a kind after it)."""
    at, body = start, None
    while (k := lex.kinds_re.match(text, at)) is not None and k.end() < hs:
        kind = lex.surface[k.group(0)]
        if kind.type not in ("Institution", "PropertyCompany", "Place"):
            break
        at, body = k.end(), (kind if kind.type != "Place" else body)
    if body is None or at - start < 3 or hs - at < 2 or lex.kinds_re.match(text, at):
        return start
    return at


LEVEL_DEPARTMENT = re.compile(r"[省市区县](?!场)(?P<stem>住房和城乡建设|(?:(?![和与及、])[\u4e00-\u9fff]){2,6}?)(?<![格布大全开])(?:分局|局)"
                               r"(?P<party>(?:机关)?(?:党委|党总支|党支部|党组))?")


def _place_label(name: str, level: str, known: dict, lex: Lexicon) -> str:
    """高新区 after 某某高新区: a place named by its ending alone is the known place of that ending;
    机场安置区 after 青禾机场安置区 (in 青禾镇): so is a compound named without its town's name."""
    if name.endswith("街") and known.get(name + "道") == "street":
        return name + "道"  # 桂香街派出所 after 桂香街道: the street, its 道 left out
    if known.get(name + "市") == level and lex.ending_of(name) != "市":
        return name + "市"  # 景德镇 after 景德镇市: the city, its 市 left out
    if level == "province":  # 山西临县: a province written short is named in full (ggl:bare_place_names)
        full = next((f for n, _, f in bare_places(lex) if n == name and f), None)
        if full:
            return full
    if name in lex.suffix_level:
        stems = None
    elif level == "compound":
        stems = town_stems(known, lex)
    else:
        return name
    longer = [k for k, lv in known.items() if lv == level and len(k) > len(name) and k.endswith(name)
              and (stems is None or k[:-len(name)] in stems)]
    return longer[0] if len(longer) == 1 else name


def _quote_before(text: str, at: int) -> int | None:
    """Where a short quoted name closing right before ``at`` opens (“银龄关爱”|志愿服务队), else None."""
    if at < 1 or not text.startswith("”", at - 1):
        return None  # (at the text's start, at - 1 would read its last character)
    qs = text.rfind("“", 0, at - 1)
    return None if qs < 0 or at - 1 - qs > 12 or any(ch in text[qs:at] for ch in "，。；") else qs


def _quoted_teams(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """“银龄关爱”志愿服务队, “海棠红”社区食堂: a quoted name before a kind of social organisation or of site
    names one team or one site (over the corpus: +8 gold entities, −8 spurious)."""
    for m in [m for m in mentions if m.type in ("SocialOrganisation", "Facility") and m.level == "type"]:
        qs = _quote_before(text, m.start - base)
        if qs is None:
            continue
        inner = [x for x in mentions if qs <= x.start - base and x.end <= m.start]
        mentions = [x for x in mentions if x is not m and x not in inner]
        label = text[qs:m.end - base]
        mentions.append(Mention(base + qs, m.end, label, label, m.type, "instance"))
        head = text[m.start - base:m.end - base]
        while before := _QUOTE_IN_LIST.search(text, 0, qs):  # “A”“B”、“C”志愿服务队: a team each
            qs = before.start()
            mentions = [x for x in mentions if not (qs <= x.start - base and x.end - base <= before.end(1))]
            mentions.append(Mention(base + qs, base + before.end(1), before.group(1), before.group(1) + head,
                                    m.type, "instance"))
    return mentions


_QUOTE_THEN_HEAD = re.compile(r"“[^“”，。；]{1,10}”")


def _quoted_units_named(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """“好厝边”物业服务中心: a quoted name before a unit head of four or more characters (ggl:unit_nouns)
    names a unit of that head's class; with a named place right before it (某社区“好厝边”物业服务中心),
    one unit of that place, else the kind of unit so named in the place in scope."""
    if "”" not in text:
        return mentions
    for q in _QUOTE_THEN_HEAD.finditer(text):
        found = lex.quoted_unit_heads.match(text, q.end())
        head = found.group(0) if found else None
        if head is None or any(m.start - base < q.end() and q.start() < m.end - base
                               and m.level == "instance" and m.type != "Mechanism" for m in mentions):
            continue
        end = q.end() + len(head)
        place = next((m for m in mentions if m.end - base == q.start() and m.is_named_place), None)
        start = place.start - base if place else q.start()
        mentions = [m for m in mentions if not (q.start() <= m.start - base and m.end - base <= end)]  # (the head
        # read alone as a unit named before, 物业服务中心, gives way)
        mentions.append(Mention(base + start, base + end, text[start:end], text[start:end], lex.unit_heads[head][0],
                                "instance" if place else "type"))
    return mentions


_QUOTE_IN_LIST = re.compile(r"(“[^“”，。；]{1,12}”)[、和及]?$")


def _quoted_sites(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """“红色物业”服务站, “石榴籽”议事厅: a quoted name before a site's head noun names a kind of
    site (what the quote holds, 物业 or 大党委, is no body here)."""
    heads = lex.cue("facility_heads")
    if not heads:
        return mentions
    for h in lex.pattern(heads).finditer(text):
        qs = _quote_before(text, h.start())
        if qs is None:
            continue
        end = base + h.end()
        if any(x.start < end and base + qs < x.end and (x.start < base + qs or x.end > end) for x in mentions):
            continue  # part of a longer name
        mentions = [x for x in mentions if not (base + qs <= x.start and x.end <= end)]
        label = text[qs:h.end()]
        mentions.append(Mention(base + qs, end, label, label, "Facility", "type"))
    return mentions


def _quoted_names(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """“红色驿站”, “退役军人之家”, “整治突击队”: a quoted name whose words end in the head of a site or of
    a team (ggl:quoted_site_heads, ggl:quoted_team_heads; not ggl:scheme_team_endings) names one site or one
    team, not a scheme; what was read inside it (退役军人) gives way."""
    sites, teams = lex.cue("quoted_site_heads"), lex.cue("quoted_team_heads")
    for q in QUOTE_RE.finditer(text):
        inner = q.group(1)
        if not 3 <= len(inner) <= 12 or any(ch in inner for ch in "，。；、"):
            continue
        type_ = "Facility" if inner.endswith(sites) else "SocialOrganisation" if inner.endswith(teams) and not \
            inner.endswith(lex.cue("scheme_team_endings")) else None
        s, e = base + q.start(), base + q.end()
        scheme = next((m for m in mentions if (m.start, m.end) == (s, e) and m.type == "Mechanism"), None)
        if type_ is None or any(m is not scheme and m.start < e and s < m.end and (
                m.start < s or m.end > e or m.level == "instance" or (m.start, m.end) == (s + 1, e - 1))
                                for m in mentions):
            continue  # read already, part of a longer name, or a kind in quotes (“爱心驿站”)
        mentions = [m for m in mentions if not (s <= m.start and m.end <= e)]
        mentions.append(Mention(s, e, q.group(0), norm_quotes(q.group(0)), type_, "instance", quoted=True))
    return mentions


def _town_office_re(lex: Lexicon) -> re.Pattern:
    """街道党建办, 镇司法所: an office of the street or town in scope, named by its level
    (ggl:town_offices), read as _level_departments reads 区住建局."""
    return lex.derived("town-offices", lambda: re.compile(
        rf"(?:街道|镇|乡)(?P<stem>{lex.joined('town_offices').pattern})(?P<party>)"))


def _level_units_re(lex: Lexicon) -> re.Pattern:
    """市政协, 县总工会, 区法院, 市妇联党组: a unit head of ggl:unit_nouns (one that needs no modifier
    longer than two characters, not a 局: LEVEL_DEPARTMENT reads those) right after a level's
    character, read as _level_departments reads 区住建局."""
    return lex.derived("level-units", lambda: re.compile(
        r"[省市区县](?P<stem>" + lex.pattern(tuple(h for h, (type_, least, level) in lex.unit_heads.items()
                                                   if least <= 2 and level == "instance" and len(h) >= 2
                                                   and not h.endswith("局") and type_ != "PropertyCompany")).pattern
        + r")(?P<party>(?:机关)?(?:党委|党总支|党支部|党组))?"))


def _level_departments(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A department named by its level alone (区住建局, 县民政局, 市住建局党组, 市政协): the department
    of that level in the place in scope, a type-level body labelled as written."""
    found = []
    declared = [(d.start(1), d.end(1)) for d in SHORT_NAME.finditer(text)]  # （以下简称县文明办）
    for m in [*LEVEL_DEPARTMENT.finditer(text), *_town_office_re(lex).finditer(text), *_level_units_re(lex).finditer(text)]:
        s, e = m.start(), m.end()
        if any(x.start - base < e and s < x.end - base and (x.start - base <= s or x.end - base > e)
               and (x.start - base, x.end - base) != (s, e)
               and not (x.type == "Place" and x.level == "type" and x.end - base <= e) for x in mentions):
            continue  # read already (某区住建局, 市场监管局); a kind or a piece inside (城管 in 区城管局,
            # 城乡建设局党支部 in 县住房和城乡建设局党支部) gives way
        if any(s <= x.start - base and x.end - base == e and x.level == "instance" and x.label != x.text
               for x in mentions) or any(a <= s < b for a, b in declared):
            continue  # 县房管局 declared as the short name of 某县房产管理局 stands for that body; 区人民医院党委
            # after 某区人民医院党委 ends in its short form (人民医院党委) and is that body too
        if s > 0 and _is_han(text[s - 1]) and text[s - 1] not in NAME_STOPS and not any(
                v.end() == s for v in lex.name_breakers.finditer(text, max(0, s - 4), s)):
            continue  # 鹤城区住建局 is a name, 城区住建局 a phrase; 隶属市住建局党组 a verb and a body
        if any(ch in lex.cue("name_function_chars") for ch in m.group("stem")):
            continue
        type_ = "PartyOrganisation" if m.group("party") else lex.unit_heads.get(m.group("stem"), ("GovernmentBody",))[0]
        found.append(Mention(base + s, base + e, text[s:e], text[s:e], type_, "type"))
    if not found:
        return mentions
    return [x for x in mentions if not any(f.start <= x.start and x.end <= f.end for f in found)] + found


_LEVEL_PREFIX = re.compile("[省市区县][级直]")
_LEVELLED = ("GovernmentBody", "Institution", "PartyOrganisation")


def _level_prefixed(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """县级 + 机关企事业单位党组织, 市级 + 机关部门: a kind of body written with the level it
    belongs to keeps the level in its label (guide §1: labels as written)."""
    out = []
    for m in mentions:
        s = m.start - base
        if m.level == "type" and m.type in _LEVELLED and s >= 2 and _LEVEL_PREFIX.fullmatch(text, s - 2, s) \
                and not any(x.start - base < s and s - 2 < x.end - base for x in mentions if x is not m):
            m = replace(m, start=m.start - 2, text=text[s - 2:m.end - base], label=text[s - 2:s] + m.label)
        out.append(m)
    return out


def _levelled_mass_bodies(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """社区妇联, 街道团工委, 县残联, 小区妇联: a mass organisation's kind (under 群团组织) right after the
    level it is set up at (ggl:mass_body_levels) is that level's body, labelled as written; a kind of
    place read in the level (社区) gives way."""
    levels = lex.derived("mass-body-levels", lambda: tuple(sorted(lex.cue("mass_body_levels"), key=len, reverse=True)))
    kinds = lex.derived("mass-kinds", lambda: frozenset(
        k for k in lex.vocab.kinds if "MassOrganisation" in lex.vocab.ancestors(k)))
    out, dropped = [], set()
    for m in mentions:
        s = m.start - base
        if m.level == "type" and m.kind in kinds:
            w = next((w for w in levels if text.startswith(w, s - len(w))), None)
            inside = [x for x in mentions if x is not m and x.start - base < s and s - len(w or "") < x.end - base]
            if w and all(x.type == "Place" and x.level == "type" and x.start - base >= s - len(w) for x in inside):
                dropped.update(id(x) for x in inside)
                m = replace(m, start=m.start - len(w), text=text[s - len(w):m.end - base], label=w + m.label)
        out.append(m)
    return [m for m in out if id(m) not in dropped]


_PARTY_HOSTS = ("Institution", "SocialOrganisation", "PropertyCompany", "OwnersCommittee", "GovernmentBody")


def _party_of_kind(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """两新组织 + 联合党支部, 非公企业 + 联合党支部, 小区 + 功能型党支部, 流动党员 + 党支部: a kind of body, of
    place or of Party members written right before a kind of Party body names the Party bodies of that kind, one type-level
    body labelled as written — unless the Party kind opens with a kind of its own (街道 + 社区党组织,
    住宅小区 + 物业服务企业党组织: two kinds side by side)."""
    out = list(mentions)
    for a in mentions:
        members = a.type == "Role" and a.text.endswith("党员")  # 流动党员 + 党支部: the branch of the members it gathers
        if a.level != "type" or a.type not in _PARTY_HOSTS + ("Place",) and not members:
            continue
        b = next((m for m in mentions if m.start == a.end and m.level == "type" and m.type == "PartyOrganisation"),
                 None)
        if members and (b is None or b.label not in ("党支部", "党小组", "党总支")):
            continue
        if b is None and a.type != "Place" and text.startswith("党组织", a.end - base) and a in out and not \
                text.startswith(lex.cue("holder_nouns") + lex.cue("post_words"), a.end - base + 3):
            # 县直部门党组织: 党组织 alone names no body, after a kind it names theirs (but in 驻区单位党组织
            # 负责人 the post holder is the unit's: the golds name the unit)
            b = Mention(a.end, a.end + 3, "党组织", "党组织", "PartyOrganisation", "type")
            out.append(b)
        if b is None or a not in out or b not in out:
            continue
        if a.type == "Place" and any(lex.surface.get(b.text[:k]) for k in range(2, len(b.text))):
            continue
        label = text[a.start - base:b.end - base]
        out = [m for m in out if m is not a and m is not b]
        out.append(Mention(a.start, b.end, label, label, "PartyOrganisation", "type", None, b.kind))
    return out


_NUMBERED_BRANCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:党)?支部(?:委员会)?")


def _numbered_branches(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """某区机关党委第五支部, 某医院外科第一支部, 教师第二支部: a numbered branch written after the body, the
    department or the members it belongs to is one Party body, named in full from the first of them
    (a section of ``ggl:branch_sections``, such as 机关 or 外科, may stand between). The places inside
    it stay places."""
    out = list(mentions)
    sections = lex.pattern(lex.cue("branch_sections"))
    for m in _NUMBERED_BRANCH.finditer(text):
        s, e = m.span()
        if any(x.start - base < s and e <= x.end - base for x in out):
            continue  # 某社区第四党支部: named whole already
        host = max((x for x in out if x.end - base <= s and x.type != "Mechanism" and not x.quoted
                    and (x.level == "instance" or x.type in ("Role", "PartyOrganisation"))),
                   key=lambda x: x.end, default=None)
        if host is None:
            continue
        gap = text[host.end - base:s]
        if gap and not (sections.fullmatch(gap) or gap.endswith(lex.cue("branch_sections")) and len(gap) <= 6
                        and all(_is_han(ch) for ch in gap)):
            continue
        start = host.start - base
        out = [x for x in out if x.type == "Place" and x.level == "instance" or x.end - base <= start or x.start - base >= e]
        out.append(Mention(base + start, base + e, text[start:e], text[start:e], "PartyOrganisation", "instance"))
    return out


def _platform_companies(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """美团、饿了么外卖平台站点, 九三学社与某社区结对共建: a national platform or courier company named by
    its brand alone, or a democratic party (``ggl:platform_names``, name:Class), where it stands as a word
    of its own: after a break or a verb, before a
    break or a word of ``ggl:platform_name_continuations`` (not 集中通报)."""
    out = list(mentions)
    classes = lex.platform_names
    names = lex.pattern(tuple(classes))
    after = lex.cue("platform_name_continuations")
    for m in names.finditer(text):
        s, e = m.span()
        left = s == 0 or text[s - 1] in NAME_STOPS or any(
            v.end() == s for v in lex.name_breakers.finditer(text, max(0, s - 4), s))  # 联合美团
        right = e == len(text) or text[e] in NAME_STOPS or text[e].isdigit() or text.startswith(after, e)
        if not (left and right) or any(x.start - base < e and s < x.end - base and x.type != "Place" for x in out):
            continue
        out.append(Mention(base + s, base + e, m.group(0), m.group(0), classes[m.group(0)], "instance"))
    return out


def _branded_companies(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A brand before a kind of ``ggl:brand_kinds`` names one company (由逸辉物业公司负责, 聘请方拓物业
    进驻, 陕西信达物业) or its Party body (某某物业公司党支部); the kind read there gives way.

    Not a brand: a modifier of ``ggl:brand_not_names`` (红色物业), one that holds a kind (小区物业) or
    is a place (某某社区物业: the kind at that place), a figure (两家物业)."""
    found: list[Mention] = []
    ends = {m.end - base for m in mentions if m.type != "Place"}
    places = {m.end - base for m in mentions if m.type == "Place"}
    # 碧辉苑物业, 裕和苑物业: a name of one character's weak ending (苑, 庄) before bare 物业 is a brand's
    brand_places = {m.end - base: m for m in mentions if m.type == "Place" and m.text[-1:] in lex.cue("weak_place_endings")}
    for k in lex.brandable.finditer(text):
        ks, ke = k.span()
        if any(m.start - base < ke and ks < m.end - base and m.level == "instance" and m.type != "Place"
               for m in mentions):
            continue  # named already (某某物业服务有限公司)
        if lex.vocab.is_hidden(k.group(0)) and not (ke == len(text) or text[ke] in NAME_STOPS
                                                    or lex.name_breakers.match(text, ke) or _PARTIES.match(text, ke)
                                                    or text.startswith(lex.cue("holder_nouns"), ke)):
            continue  # bare 物业 inside a phrase (物业服务, 物业小区); not 大嘉物业项目经理
        place = brand_places.get(ks) if lex.vocab.is_hidden(k.group(0)) else None
        if place is not None and (place.start - base == 0 or text[place.start - base - 1] in NAME_STOPS):
            found.append(Mention(place.start, base + ke, text[place.start - base:ke], text[place.start - base:ke],
                                 lex.surface[k.group(0)].type, "instance"))
            continue
        i = ks
        while i > 0 and text[i - 1] not in NAME_STOPS and ks - i < 8 and i not in ends:
            i -= 1
        if i == ks and ks >= 2 and text[ks - 1] == "和" and _is_han(text[ks - 2]) and ks - 1 not in ends and (
                ks == 2 or text[ks - 3] in NAME_STOPS or ks - 2 in ends):
            i = ks - 2  # 通和物业, 人和物业: a two-character brand may end in 和 (not 业委会和物业)
        start = i
        for v in lex.name_breakers.finditer(text, start, ks):
            start = max(start, v.end())
        if start == i and i > 0 and text[i - 1] not in NAME_STOPS and i not in ends:
            continue  # no boundary before the brand: the middle of a phrase (约谈整改物业)
        start = _past_determiner(text, start, lex)
        party = lex.surface[k.group(0)].type == "PartyOrganisation"
        owner = next((m for m in mentions if party and m.end - base == start and m.level == "instance"
                      and m.type in ("Institution", "PropertyCompany")), None)
        # the brand proper: after a place (陕西信达物业) or the unit owning the Party body
        # (某某集团有限公司智慧物业党支部), else all of the modifier; short unless so framed
        framed = next((m.end - base for m in mentions if m.end - base < ks and (
            m.type == "Place" and m.start - base == start or owner is m)), None)
        if owner is not None:
            start = owner.start - base
        brand = text[framed if framed is not None else start:ks]
        core = brand[:1] if len(brand) == 2 and brand[1] == "和" else brand  # 通和: the 和 is the brand's
        trade = next((w for w in lex.cue("trade_words") if core.endswith(w) and len(core) > len(w) + 1), "")
        core = core[:len(core) - len(trade)]  # 华展服务物业公司: a trade before the kind is the name's
        if (not 2 <= len(brand) <= (4 if framed is not None or party else 3) + len(trade)
                or _NOT_IN_MODIFIER.search(brand) or ks in places
                or _adjective_brand(brand, lex) or lex.kinds_re.search(brand)
                or brand[-1] in "市区县镇乡省" or lex.pattern(lex.cue("verbs_not_names")).search(core)
                or lex.pattern(lex.cue("place_name_bad_chars")).search(core)):  # 过去找物业, 以共建物业
            continue
        found.append(Mention(base + start, base + ke, text[start:ke], text[start:ke],
                             lex.surface[k.group(0)].type, "instance"))
    if not found:
        return mentions
    inside = [m for m in mentions if any(f.start <= m.start and m.end <= f.end for f in found) and (
        m.type != "Place" or m.end - base in brand_places and any(f.start == m.start for f in found))]
    return [m for m in mentions if m not in inside] + found


def _adjective_brand(brand: str, lex: Lexicon) -> bool:
    """红色物业, 原物业公司, 新物业: a kind's adjective before it, no brand. An adjective of one
    character opens a brand of three or more (新守正物业管理公司)."""
    return any(brand.startswith(w) and (len(w) > 1 or len(brand) <= 2) for w in lex.cue("brand_not_names"))


_PARTIES = re.compile(r"[两三四五六多各双]方")  # 某小区党支部、业委会和锦华物业三方: a list's closer


def _listed_units(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """In a list of named units (A、B、C与D共同签订…), each item is one name from separator to
    separator when it ends in a Party kind or a unit head noun: 中共某某银行某某支行党委某某党支部,
    某某股份有限公司某某分公司某某局党支部 — however many units it runs through."""
    if text.count("、") < 1:
        return mentions
    found: list[Mention] = []
    seps = [i for i, ch in enumerate(text) if ch == "、"]
    bounds = []  # (start, end) of each item between two separators
    for n, sep in enumerate(seps):
        left = seps[n - 1] + 1 if n else _item_start(text, sep, lex, tuple(
            (m.start - base, m.end - base) for m in mentions if m.type == "Place"))
        bounds.append((left, sep))
        nxt = seps[n + 1] if n + 1 < len(seps) else len(text)
        if n == len(seps) - 1 or any(ch in "，。；：！？,;:!?" for ch in text[sep:nxt]):
            # the last item of a list ends at a stop word (…、D签订；E与F、G): not at the next 、
            end = next((k for k in range(sep + 1, min(len(text), sep + 40) + 1)
                        if k == len(text) or text[k] in NAME_STOPS or text.startswith(lex.cue("list_item_ends"), k)), None)
            if end is not None:
                bounds.append((sep + 1, end))
    for s, e in bounds:
        cut = max(text.rfind(ch, s, e) for ch in "，。；：！？,;:!?")
        if cut >= 0:  # …B结对；C与D、E: an item does not run over the end of a clause, nor over 与
            marks = [text.rfind(w, cut, e) for w in lex.cue("partner_markers") if len(w) == 1]
            s = max([cut + 1] + [k + 1 for k in marks if k >= 0 and not any(
                m.start - base <= k < m.end - base for m in mentions)])  # not the 和 of 和睦街道
            # …430余人，下设A党支部、B党支部: the clause opens a list of its own, read as a first item is
            s = max([s] + [v.end() for v in lex.name_breakers.finditer(text, s, e)])
        for words, bodies_only in ((lex.cue("partner_markers"), False), (lex.cue("adverbial_preps"), True)):
            joint = max(text.rfind(w, s, e) + 1 for w in words if len(w) == 1)
            if joint > s and text[s:joint - 1] and any(
                    m.start - base == s and m.end - base == joint - 1 and not (bodies_only and m.type == "Place")
                    for m in mentions) and not any(m.start - base < joint - 1 < m.end - base for m in mentions):
                s = joint  # A社区(党委)与B派出所、C卫生院: the name before 与 is the other side, not part of this
                # one; A、B居委会在C党工委、D的领导下: nor is a body before a preposition
        s = _past_determiner(text, s, lex, e)  # 辖区中小学校: the scope word opens no name
        s = _past_existence(text, s, e, lex)
        while s < e and text[s] in NAME_STOPS and not text.startswith(lex.cue("name_opening_words"), s):
            s += 1  # …，由某小区党支部、业委会和物业…: a preposition opens no name
        closed = text.rfind("”", s, e)
        if closed >= 0 and "“" not in text[s:closed]:
            s = closed + 1  # “N”即小区党支部: a quoted part of a formula closes before the item
        gloss = lex.pattern(lex.cue("gloss_words")).match(text, s)
        if gloss:  # “2”即以社区党委、…: the word glossing a formula's part, and a preposition after it, open no name
            s = gloss.end()
            prep = lex.pattern(lex.cue("adverbial_preps")).match(text, s)
            s = prep.end() if prep else s
        verb = lex.pattern(lex.cue("verbs_not_names")).match(text, s) or lex.resultative_re.match(text, s) \
            or lex.pattern(lex.cue("adverbial_preps")).match(text, s)
        if verb and (any(m.start - base == verb.end() for m in mentions) or place_chain(text, verb.end(), lex)):
            s = verb.end()  # …，让某村党总支、某居委会党总支…, 用好小区党支部、…: nor does a verb before a place or a kind
            # (nor a preposition: 除某社区党委、某党委外)
        for m in mentions:  # 某市以街道党工委、…为主导: a preposition after a place opens the item
            prep = next((w for w in lex.cue("adverbial_preps") if m.is_named_place and s <= m.start - base
                         and m.end - base < e and text.startswith(w, m.end - base)), None)
            if prep:
                s = max(s, m.end - base + len(prep))
        if "的" in text[s:e]:
            e = text.index("的", s)  # 某矿冶党委的书记和某局: the item's name ends before 的
        item = text[s:e]
        if len(item) < 6 or lex.surface.get(item) or lex.name_breakers.search(item) or _NOT_IN_MODIFIER.search(item):
            continue
        if lex.kinds_re.match(text, s):
            continue  # 小区内物业公司, 社区党委下属支部: a kind first, then another — no proper name
        type_ = _head_type(item, lex)
        if type_ is None or any(m.start - base == s and m.end - base == e and m.type != "Place" for m in mentions):
            continue
        tail = next((m for m in mentions if m.type == "PartyOrganisation" and m.end - base == e
                     and m.start - base > s), None)
        if tail is not None and _covered(s, tail.start - base, [
                (m.start - base, m.end - base) for m in mentions
                if m.type == "Place" and m.place_level in ("province", "city", "district", "street")]):
            continue  # 杭州市拱墅区和睦街道华丰社区党委: the administrative places, then a body read already
        if any(m.type == "Place" and s <= m.start - base and m.end - base < e
               and text.startswith(lex.cue("name_determiners"), m.end - base) for m in mentions):
            continue  # 某街道各小区党支部: each body of a kind in the place, no name
        found.append(Mention(base + s, base + e, item, item, type_, "instance"))
    if not found:
        return mentions
    inside = [m for m in mentions if m.type != "Place" and any(
        f.start <= m.start and m.end <= f.end or m.start < f.start < m.end or m.start < f.end < m.end for f in found)]
    return [m for m in mentions if m not in inside] + found


def _covered(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Do the spans cover s..e end to end?"""
    while s < e:
        nxt = max((b for a, b in spans if a == s), default=None)
        if nxt is None:
            return False
        s = nxt
    return True


_SMALL_NUMBERS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_LIST_OF_BARE_NAMES = (
    r"((?:[\u4e00-\u9fff0-9]{2,6}、)+[\u4e00-\u9fff0-9]{2,6}?(?:[和及][\u4e00-\u9fff0-9]{2,6}?)?)"
    r"(?:(等)(?:(\d+|[一二两三四五六七八九十])个)?|(\d+|[一二两三四五六七八九十])个)(住宅|居民|商品房)?")


def _bare_names_re(lex: Lexicon) -> re.Pattern:
    """_LIST_OF_BARE_NAMES, with a word that sorts the counted places before their ending
    (惠泽、惠民、恒大3个新型社区: ggl:counted_place_modifiers)."""
    return lex.derived("bare-names", lambda: re.compile(
        _LIST_OF_BARE_NAMES + rf"(?:{lex.joined('counted_place_modifiers').pattern})?"))


def _past_existence(text: str, start: int, end: int, lex: Lexicon) -> int:
    """社区内有某某物业公司, 驻片单位有某某六中: a unit's name opens after a verb of there being
    (ggl:existence_verbs), unless the verb starts a word names hold (有色, 有限: ggl:existence_in_names)."""
    for w in lex.cue("existence_verbs"):
        k = text.rfind(w, start, end)
        if k >= 0 and not text.startswith(lex.cue("existence_in_names"), k):
            start = k + len(w)
    return start


def _paired_kinds(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """某街道党工委、办事处 (ggl:paired_kinds): the bare kind right after a named place's partner
    body is the same place's body, named in full (某街道办事处)."""
    pairs = lex.derived("paired-kinds", lambda: tuple(tuple(w.split(":", 1)) for w in lex.cue("paired_kinds")))
    out = []
    for m in mentions:
        firsts = tuple(a for a, b in pairs if b == m.label)
        if m.level == "type" and m.text == m.label and firsts and text[m.start - base - 1:m.start - base] in ("、", "和"):
            first = next((x for x in mentions if x.level == "instance" and x.type != "Place" and x.end == m.start - 1
                          and x.label.endswith(firsts)), None)
            place = first and next((x for x in mentions if x.is_named_place and x.start == first.start
                                    and first.label.startswith(x.label)), None)
            if place is not None:
                m = replace(m, label=place.label + m.label, level="instance", kind=None)
        out.append(m)
    return out


def _shared_ending(text: str, base: int, mentions: list[Mention], lex: Lexicon, known) -> list[Mention]:
    """Bare names listed before a count of places are places of the count's level
    (青龙、银泉、梅园等6个社区: 青龙社区, 银泉社区, 梅园社区; 金桥花园、桔香苑等8个小区: as
    written). Without 等 the count must be the
    number of names listed; a name that has an ending of its own is read as written."""
    out = list(mentions)
    for m in _bare_names_re(lex).finditer(text):
        ending = lex.suffix_re.match(text, m.end())
        if not ending or lex.suffix_level[ending.group(0)] not in ("street", "community", "compound"):
            continue
        kind = lex.kinds_re.match(text, m.end())
        if kind and kind.end() > ending.end():
            continue  # 3个社区党组织: the count is of bodies, read with the kinds
        places = tuple((x.start - base, x.end - base) for x in mentions if x.type == "Place")
        first_sep = text.index("、", m.start())
        start = max([_item_start(text, first_sep, lex, places)] + [b for a, b in places if b <= first_sep - 2])
        if start > first_sep - 2:
            continue
        if text.startswith(lex.cue("list_opening_verbs"), start) and first_sep - start >= 4:
            start += 1  # 社区有柳岸新城、…等居民小区
        items, pos = [], start
        for piece in re.split("[、和及]", text[start:m.end(1)]):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        count = m.group(3) or m.group(4)
        count = None if count is None else int(count) if count.isdigit() else _SMALL_NUMBERS[count]
        if count is not None and not m.group(2) and len(items) == count + 1 and text[items[0][1]] in "和及":
            items = items[1:]  # 辖A村和B、C两个小区: the village before 和 is none of the counted
        if count is not None and (len(items) > count if m.group(2) else len(items) != count):
            continue
        names = [text[a:b] for a, b in items]
        level = lex.suffix_level[ending.group(0)]
        if count is None and not (level == "compound" and m.group(5)):
            continue  # 研究停车、绿化等小区事务: without a count, only 等居民小区 (住宅, 商品房) says names come
        if any(not 2 <= len(n) <= 6 or any(c in NAME_STOPS for c in n)
               or any(lex.surface[k.group(0)].type != "Place" for k in lex.kinds_re.finditer(n))
               or lex.ending_of(n) and not PLACE_RANK["street"] <= PLACE_RANK[lex.level_of(n)] <= PLACE_RANK[level]
               for n in names):
            continue  # a name with a higher level's ending (盐湖区、临猗县两个社区: a community in each), or a
            # kind: not a list of bare names; 上南街 社区 is one name (青禾苑、某某新村等小区: read as written)
        same = [x for x in mentions if x.is_named_place and (x.start - base, x.end - base) in items]
        if any(x.start - base < b and a < x.end - base and x not in same for a, b in items for x in mentions):
            continue
        out = [x for x in out if x not in same]  # 箭道街 of 箭道街社区: the street-like name names a community
        for (a, b), name in zip(items, names):
            if lex.ending_of(name) and lex.level_of(name) == level:
                out.extend(x for x in same if (x.start - base, x.end - base) == (a, b))
                continue  # 青禾苑 before 小区: a name with its own ending, as read
            # a compound keeps the name it is written with (金桥花园、桔香苑等8个小区), as the golds write
            # it 17 times to 2; a community or street takes the ending (青龙社区)
            label = name if level == "compound" else name + ending.group(0)
            out.append(Mention(base + a, base + b, name, label, "Place", "instance", level))
            known.setdefault(label, level)
    return out


_STEM_AFTER = re.compile(r"[市县区州旗镇乡村委人籍日报网台党政府街道路]")


def _bare_stems(text: str, base: int, mentions: list[Mention], known: dict, lex: Lexicon) -> list[Mention]:
    """汉川从全市抽调…, 汉川将推行… after 汉川市: a city or county the report has named, written at a
    clause's head without its ending, is that place."""
    found = []
    for name, level in list(known.items()):
        stem = name[:-1]
        if level not in ("city", "district") or name[-1:] not in "市县" or len(stem) < 2 or stem not in text \
                or lex.ending_of(name) != name[-1:]:
            continue
        for found_at in re.finditer(re.escape(stem), text):
            k, e = found_at.start(), found_at.end()
            if (k and text[k - 1] not in "，。；：“（ \u3000") or _STEM_AFTER.match(text, e) or e >= len(text) \
                    or not _is_han(text[e]) or any(m.start - base < e and k < m.end - base for m in mentions):
                continue
            found.append(Mention(base + k, base + e, stem, name, "Place", "instance", level))
    return found


_COMPOUND_LIST = re.compile(r"([\u4e00-\u9fff·]{2,10}(?:、[\u4e00-\u9fff·]{2,10})*(?:[、和及][\u4e00-\u9fff·]{2,10}))"
                            r"(?:等(?:\d+|[一二两三四五六七八九十]+|多|若干|几)?个?|(?:\d+|[两三四五六七八九十]+)个)")


def _listed_compounds(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """健康家园、浦东国际、新康景园等3个老旧小区: the items of a list that a kind of compound closes
    are compounds, named as written (no ending of their own)."""
    found = []
    for m in _COMPOUND_LIST.finditer(text):
        kind = next((x for x in mentions if x.start - base == m.end() and x.type == "Place" and x.level == "type"
                     and x.place_level == "compound"), None)
        if kind is None or text[kind.end - base:kind.end - base + 1] not in ("", "的", "，", "。", "、", "；", "中", "内") \
                and not text.startswith(lex.cue("compound_works"), kind.end - base):
            continue  # 停车、卫生等小区事务: the kind heads another noun, the items are no compounds (A、B等3个小区改造 are)
        sep = min(k for k in (text.find(c, m.start(1)) for c in "、和及") if k >= 0)
        start = max(m.start(1), _item_start(text, sep, lex))
        for x in mentions:  # 南湖街道有A、B: the list starts after the place and the verb
            if start <= x.end - base <= sep:
                start = x.end - base
        opener = lex.joined("place_left_boundary").match(text, start)
        start = opener.end() if opener else start + (text[start:start + 1] in "有如")
        k = start
        for item in re.split("[、和及]", text[start:m.end(1)]):
            s, e = k, k + len(item)
            k = e + 1
            bad = [ch for ch in item if ch in lex.cue("place_name_bad_chars") and ch not in lex.cue("compound_name_chars")]
            if not 3 <= len(item) <= 10 or bad or lex.surface.get(item) or _verbs_inside(lex).search(item) or any(
                    x.start - base < e and s < x.end - base for x in mentions):
                continue
            found.append(Mention(base + s, base + e, item, item, "Place", "instance", "compound"))
    return found


def _item_start(text: str, sep: int, lex: Lexicon, inside: tuple = ()) -> int:
    """Where the first item of a list starts: after a stop word or a verb before it, not at a
    stop word inside a name read already (``inside``: its spans; the 和 of 和睦街道)."""
    i = sep
    while i > 0 and (text[i - 1] not in NAME_STOPS or any(a <= i - 1 < b for a, b in inside)) \
            and sep - i < 40:
        i -= 1
    for v in lex.name_breakers.finditer(text, i, sep):
        i = max(i, v.end())
    return _past_determiner(text, i, lex)


def _past_determiner(text: str, start: int, lex: Lexicon, limit: int | None = None) -> int:
    """Past a scope word or determiner that opens a name (辖区医院, 该公司, 各物业公司), if it
    ends by ``limit``."""
    found = lex.joined("scope_markers", "name_determiners").match(text, start)
    return found.end() if found and (limit is None or found.end() <= limit) else start


def _head_type(item: str, lex: Lexicon) -> str | None:
    """The class of the Party kind or unit head noun an item ends with (党支部, 派出所 …)."""
    for n in range(min(8, len(item) - 2), 1, -1):
        tail = item[-n:]
        kind = lex.surface.get(tail)
        if kind is not None and kind.type == "PartyOrganisation":
            return "PartyOrganisation"
        if tail in lex.unit_heads:
            return lex.unit_heads[tail][0]
    return None


_DEPARTMENT_LIST = re.compile(r"((?:(?:(?!等)[\u4e00-\u9fff]){2,4}、)+(?:(?!等)[\u4e00-\u9fff]){2,4})(?:等)?(?:相关)?(?:职能)?部门")


def _department_lists(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """住建、公安、综治等部门: each short name in the list is a department (住建部门), the
    kinds read inside the list (城管) give way to them."""
    out = list(mentions)
    verbs = lex.joined("verbs_not_names", "phrase_verbs", min_len=2)
    for m in _DEPARTMENT_LIST.finditer(text):
        items, pos = [], m.start(1)
        for n, part in enumerate(m.group(1).split("、")):
            s, e = pos, pos + len(part)
            pos = e + 1
            known = next((k for k in range(len(part) - 1) if lex.surface.get(part[k:])), None)
            if n == 0 and known:  # 唤来城管、环保…: the first item is the kind it ends with
                s, part = s + known, part[known:]
            elif n == 0 and len(part) > 2 and part[0] in lex.cue("verbs_not_names"):
                s, part = s + 1, part[1:]  # 让住建、公安等部门: the verb is no part of the name
            name = part.lstrip("市区县")
            if verbs.search(part) or len(name) < 2 or lex.surface.get(part) and lex.surface[part].type not in (
                    "GovernmentBody",) or part.endswith(tuple(lex.unit_heads)):  # 县住建局、县城管局等部门: named whole
                items = []
                break
            items.append((s, e, name))
        if len(items) < 2:
            continue
        inside = [x for x in out if x.type != "Place" and m.start(1) <= x.start - base < m.end(1)]
        out = [x for x in out if x not in inside]
        for s, e, name in items:
            out.append(Mention(base + s, base + e, text[s:e], name if name.endswith("部门") else name + "部门",
                               "GovernmentBody", "type"))  # (房管部门、住建部门: an item may bring its own head)
    return out


_CLAUSE_STOPS = "，。；：！？,;:!?（）()《》“”\"「」『』\n\t" + LIST_MARKS
UNIT_WORD = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:单位|机关|企业|部门)")  # 驻区中央和国家机关: a word for units
_UNIT_CLOSER = re.compile(r"等(?:(?:(?:\d+|[一二两三四五六七八九十百]+)[余多]?|多|若干)[家个]" + UNIT_WORD.pattern
                          + r"|(?:\d+|[一二两三四五六七八九十百]+)?[余多]?[家个]?(?:[\u4e00-\u9fff]{0,4}单位|(?P<kind>)))")

_COUNTED_CLOSER = re.compile(r"(?<![等\d余多])(?P<n>[2-9]|1\d|[二两三四五六七八九十])(?:[家个])")
_SMALL = dict(zip("一二两三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10)))


def _joins_field(text: str, at: int, place_ends: set, heads, head: int, government: bool, lex: Lexicon,
                 company: bool = False) -> bool:
    """Is the 和 at ``at`` inside a name: one character after a place (水城区广和物业), inside a
    company's name that has less than two characters of its own after it (某某润和物业服务有限公司,
    某某和顺物业管理有限公司), or inside a department's name right after its place (厦门市住房和建设局)
    — no unit's head and no other place between the place and 和, nor a place between 和 and the
    head (not 某市民政局和城管局, nor …和西山区住房城乡建设局)?"""
    if at - 1 in place_ends:
        return True
    if company:
        kind = lex.kinds_re.search(text, at + 1, head)
        if (kind.start() if kind else head) - at - 1 < 2:
            return True
    if not government or any(p in place_ends for p in range(at, head)):
        return False
    return any(at - k in place_ends and not any(h in text[at - k:at] for h in heads)
               and not any(p in place_ends for p in range(at - k + 1, at + 1)) for k in range(2, 8))


def _with_cpc(text: str, base: int, m: Mention) -> Mention:
    """按照中共某县委组织部: a named body written after 中共 is named with it."""
    at = m.start - base
    if m.level != "instance" or m.type not in ("PartyOrganisation", "GovernmentBody") or at < 2 \
            or not text.startswith("中共", at - 2) or m.label != m.text:
        return m
    return Mention(m.start - 2, m.end, "中共" + m.text, "中共" + m.label, m.type, m.level, m.place_level, m.kind,
                   m.quoted)


def _joint_in(text: str, s: int, e: int, base: int, mentions: list[Mention], lex: Lexicon) -> int | None:
    """Where an item that holds a coordinating word (与, 同, 及; ggl:coordination), or 和 after a
    name (莲垦社区和莲塘镇派出所), starts after it; None when the item holds none (住房和城乡建设局
    keeps its 和)."""
    joints = [w for w in lex.cue("coordination") if len(w) == 1 and w not in "、和"]
    for k in range(e - 1, s, -1):
        if text[k] in joints or text[k] == "和" and any(x.end - base == k for x in mentions):
            return k + 1
    return None


def _unit_lists(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """公路段、畜牧中心、水利局等驻地单位, A、B以及C等9家驻区机关: a list that 等 and a word for
    units close names one unit in each item of three characters or more, whatever its head noun;
    the kinds read inside an item (医院 in 中医院) give way to it. A list of kinds (学校、医院等单位;
    供电、供水等管线单位) names none."""
    out = list(mentions)
    closers = [(m, None) for m in _UNIT_CLOSER.finditer(text)]
    for m in _COUNTED_CLOSER.finditer(text):  # A、B、C3家单位, A、B和C3个党支部: as many items as counted
        kind = lex.kinds_re.match(text, m.end())
        if UNIT_WORD.match(text, m.end()) and not (kind and kind.end() > m.end() + 2) or kind and (
                lex.surface[kind.group(0)].type in ("Institution", "PartyOrganisation") and kind.end() > m.end()):
            closers.append((m, int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n")]))
    for m, counted in sorted(closers, key=lambda c: c[0].start()):
        kind = lex.kinds_re.match(text, m.end())
        # counted Party bodies (A、B和C3个党支部), not the Party bodies of counted units (5家单位党组织)
        party = counted is not None and kind is not None and \
            lex.surface[kind.group(0)].type == "PartyOrganisation" and not UNIT_WORD.match(text, m.end())
        if counted is None and m.group("kind") is not None:  # 等驻区单位, 等共建单位: a kind of unit closes the list
            if not kind or lex.surface[kind.group(0)].type != "Institution":
                continue
        seps: list[tuple[int, int]] = []   # (where a separator starts, its width), last first
        i, first = m.start(), None
        last = lex.pattern(tuple(w for w in lex.cue("coordination") if w != "、")).search(text, max(0, i - 12), i)
        if last and "、" not in text[last.end():i] and not any(
                x.start - base < last.start() < x.end - base for x in out):
            seps.append((last.start(), last.end() - last.start()))  # …、C以及D等: D is an item
            i = last.start()
        while True:
            j = text.rfind("、", max(0, i - 13), i)
            if j < 0 or any(ch in _CLAUSE_STOPS for ch in text[j + 1:i]):
                break
            joint = _joint_in(text, j + 1, i, base, out, lex)
            if joint is not None:  # A社区、B社区与C派出所、D卫生院等单位: the list opens after 与
                first = joint
                break
            seps.append((j, 1))
            i = j
        if not seps or all(w > 1 or text[j] != "、" for j, w in seps):
            continue
        if first is None:
            first = _item_start(text, seps[-1][0], lex)
            first = min([first] + [x.start - base for x in out if x.type != "Place" and x.end - base == seps[-1][0]
                                   and seps[-1][0] - 13 <= x.start - base < first])  # 岳塘区住房和城乡建设局、…
            bounds = [(first, seps[-1][0])]
        else:
            bounds = [(first, i)]
        ordered = list(reversed(seps))
        ends = [j for j, _ in ordered[1:]] + [m.start()]
        bounds += [(j + w, e) for (j, w), e in zip(ordered, ends)]
        items = []
        for s, e in bounds:
            item = text[s:e]
            if not 3 <= len(item) <= 12 or _NOT_IN_MODIFIER.search(item) or lex.name_breakers.search(item):
                items = []
                break
            items.append((s, e, item))
        if len(items) < 2 or any(lex.surface.get(item) for _, _, item in items) or (
                counted is not None and counted != len(items)):
            continue  # 学校、医院等单位: kinds, not names
        if party and any(_head_type(item, lex) != "PartyOrganisation" for _, _, item in items):
            continue  # 交通运输行业、快递行业2个行业党委: what each body is about, not its name
        for s, e, item in items:
            if any(x.start - base == s and x.end - base == e and x.type != "Place" for x in out):
                continue
            inside = [x for x in out if x.type != "Place" and s <= x.start - base and x.end - base <= e]
            out = [x for x in out if x not in inside]
            type_ = _head_type(item, lex) or lex.unit_heads.get(item[-1], ("Institution",))[0]
            out.append(Mention(base + s, base + e, item, item, type_, "instance"))
    return out
