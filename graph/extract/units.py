"""Stage 2, extract: walk a Document as units (title, byline, heading, sentence) with their mentions and place scope.

The place of a statement (annotation guide §1): the most specific place named in its
sentence (a clause ending in ；counts as a sentence); else the nearest place named
earlier in the same paragraph; else the article's place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from graph.extract.lexicon import ORGS, Lexicon, norm_text
from graph.extract.mentions import Memory, find_mentions
from graph.extract.model import PLACE_RANK, Mention
from graph.extract.places import NAME_STOPS, Known, place_chain

CLAUSE_END = "；;"
MAX_CLAUSE = 400  # a run-on "sentence" longer than this (print garbage) is read in comma-bounded pieces


@dataclass
class Clause:
    start: int                      # offsets in the document's repaired text
    end: int
    text: str                       # quotes unified (same length as the original)
    mentions: list[Mention]
    place: str | None               # the place in scope
    named_place: str | None         # the most specific place named in this clause, if any
    outer: str | None = None        # the place in scope before this clause names its own
    wholes: dict = field(default_factory=dict)  # place level -> the place of that level named last (全市 → 某市)

    def place_at(self, pos: int) -> str | None:
        """The place in scope at ``pos``: the clause's, unless the clause names its place only after
        ``pos`` (a named place sets the place for the rest of its sentence, guide §1: 全市共成立
        业委会党组织92个，…某小区… — 92 is the city's)."""
        if self.named_place and self.outer and not any(
                m.is_named_place and not m.quoted and m.start <= pos for m in self.mentions):
            return self.outer
        return self.place

    @cached_property
    def top_mentions(self) -> list[Mention]:
        """The mentions not inside a longer one, in text order."""
        ms = self.mentions
        return [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         and o.end - o.start > m.end - m.start for o in ms)]


@dataclass
class Unit:
    kind: str                       # title, byline, heading or sentence
    start: int
    end: int
    text: str                       # quotes unified (same length as raw)
    raw: str                        # exactly doc.text[start:end]
    sentence: int | None            # index into doc.sentences
    paragraph: tuple                # units of one paragraph share this key
    article_place: str | None       # the article's place, or its section's where a heading names one
    author: str | None
    mentions: list[Mention]
    clauses: list[Clause] = field(default_factory=list)
    prior: dict = field(default_factory=dict)  # place -> {label: order} of kinds of body named earlier in the article
    lead: bool = False              # a short first sentence that heads its paragraph (健全组织体系。)
    paragraph_mechanisms: list[Mention] = field(default_factory=list)  # schemes named earlier in the paragraph
    before_mechanisms: list[Mention] = field(default_factory=list)  # the schemes of the paragraph before
    placed: set = field(default_factory=set)  # keys of named places the relation rules found standing in scope
    host: Mention | None = None     # the Party body the article named last outside partners' records
    meeting: Mention | None = None  # the first scheme the article named with a meeting or an event in its name

    @property
    def place(self) -> str | None:
        named = [c.named_place for c in self.clauses if c.named_place]
        return named[-1] if named else (self.clauses[0].place if self.clauses else self.article_place)


def _raw_units(doc):
    """(kind, start, end, sentence index, paragraph key, article index) in text order."""
    items = []
    for ai, art in enumerate(doc.articles):
        if art.title_span:
            items.append(("title", *art.title_span, None, ("t", ai), ai))
        if art.author_span:
            items.append(("byline", *art.author_span, None, ("b", ai), ai))
    for hi, h in enumerate(doc.headings):
        items.append(("heading", h.start, h.end, None, ("h", hi), h.article))
    for si, s in enumerate(doc.sentences):
        # a run-on sentence (print garbage) is read in pieces of a few clauses
        for a, b in _bounded(doc.text, s.start, s.end, MAX_CLAUSE * 3):
            items.append(("sentence", a, b, si, ("p", s.paragraph), s.article))
    return sorted(items, key=lambda x: (x[1], x[2]))


def _bounded(text: str, start: int, end: int, limit: int = MAX_CLAUSE) -> list[tuple[int, int]]:
    """Split a stretch longer than ``limit`` at its last comma before the limit (or at the
    limit), so that the rules stay near-linear on run-on text."""
    out = []
    while end - start > limit:
        cut = max(text.rfind(ch, start, start + limit) for ch in "，,、")
        cut = cut + 1 if cut > start else start + limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _in_scope(ms: list[Mention], outer: str | None, known: dict) -> list[Mention]:
    """The mentions whose places may set a clause's place: a place written only inside a unit's
    name (某区房产局 in a community's paragraph) never replaces a more specific place in scope."""
    held = [x for x in ms if x.type == "Place" and any(
        u.type != "Place" and u.level == "instance" and u.start <= x.start and x.end <= u.end
        and not (u.type == "PartyOrganisation" and u.end - x.end <= 4) for u in ms)]
    if not held or outer is None or outer not in known:
        return ms
    rank = PLACE_RANK.get(known[outer], 0)
    return [x for x in ms if x not in held or PLACE_RANK.get(x.place_level or "", 0) >= rank]


def _listed(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Does the named place ``m``, or the body named with it, close a list of names with 等
    (A、B、某某安置区等6个小区党支部)? The other names may be no places known as such, so the one
    place of the list does not set the clause's place."""
    if m.type != "Place":
        return False
    outer = [x for x in ms if x.start <= m.start and m.end <= x.end]
    start, end = min(x.start for x in outer), max(x.end for x in outer)
    return text.startswith("等", end) and text[start - 1:start] == "、"


def _bordering(text: str, m: Mention, start: int, lex: Lexicon) -> bool:
    """Is the named place ``m`` in a phrase of bounds (东起…，西至某某新村和某路) or of belonging
    (隶属某镇管理), a neighbour or a parent of the place described rather than a place the clause is in?"""
    if not m.is_named_place:
        return False
    k = max(text.rfind(ch, start, m.start) for ch in "，；：")
    k = k + 1 if k >= 0 else start
    if text.startswith(lex.cue("belonging_words"), k):  # the place itself, not a body of it (隶属某社区党委)
        return text.startswith(("管理", "，", "。", "；"), m.end) or m.end == len(text)
    return text.startswith(lex.cue("boundary_words"), k)


def _most_specific(mentions: list[Mention]) -> str | None:
    """The most specific place named; where two places of that level are named (所辖A村、B村),
    neither is the clause's place: the most specific level named once is."""
    by_rank: dict[int, set] = {}
    last: dict[int, str] = {}
    for m in mentions:
        if m.is_named_place and not m.quoted:
            r = PLACE_RANK.get(m.place_level or "", 0)
            by_rank.setdefault(r, set()).add(m.label)
            last[r] = m.label
    for r in sorted(by_rank, reverse=True):
        if len(by_rank[r]) == 1:
            return last[r]
    return None


def _first_person(text: str, start: int, end: int, mentions: list[Mention], own: dict,
                  lex: Lexicon) -> list[Mention]:
    """我社区, 我市 (ggl:first_person_words, in a report its author writes): the article's own place of
    that level (``own``: level -> the place its title or byline names), as a Place mention; 我社区党支部
    is that place's Party body of the kind written (a named body)."""
    out = list(mentions)
    words = tuple(w + sfx for w in lex.cue("first_person_words") for sfx in lex.suffix_level if own.get(
        lex.suffix_level[sfx]))
    for m in lex.pattern(words).finditer(text, start, end) if words else ():
        if any(x.start < m.end() and m.start() < x.end and x.level == "instance" for x in out):
            continue
        sfx = next(sfx for sfx in sorted(lex.suffix_level, key=len, reverse=True) if m.group(0).endswith(sfx))
        level = lex.suffix_level[sfx]
        party = next((x for x in out if x.start == m.end() - len(sfx) and x.level == "type"
                      and x.type == "PartyOrganisation" and x.text.startswith(sfx)), None)
        if party is not None and own[level].endswith(sfx):  # 我社区党支部: the Party body of the report's community
            out = [x for x in out if x is not party]
            out.append(Mention(m.start(), party.end, text[m.start():party.end], own[level] + party.text[len(sfx):],
                               "PartyOrganisation", "instance"))
            continue
        out = [x for x in out if not (x.type == "Place" and x.level == "type" and m.start() < x.end and x.start < m.end())]
        out.append(Mention(m.start(), m.end(), m.group(0), own[level], "Place", "instance", level))
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def _anaphora(text: str, start: int, end: int, mentions: list[Mention], last_named: dict,
              lex: Lexicon, named: dict | None = None) -> list[Mention]:
    """该社区, 本街道 (also inside 该社区党委): the place of that level named last, as a Place
    mention over the words; a bare 社区 opening a sentence (社区已协调解决…): the community that
    opened a sentence last (``named``: level -> that place); then remember the places this unit
    names."""
    out = list(mentions)
    for m in lex.pattern(tuple(a + sfx for a in lex.cue("anaphors") for sfx in lex.suffix_level)).finditer(
            text, start, end):
        level = lex.suffix_level[m.group(0)[1:]]
        ref = last_named.get(level)
        if ref is None:
            continue
        out = [x for x in out if not (x.type == "Place" and x.level == "type" and x.start == m.start() + 1)]
        out.append(Mention(m.start(), m.end(), m.group(0), ref.label, "Place", "instance", level, ref.kind))
    head = re.match(r"(?:[^，。；]{0,8}，)?", text[start:end]).end() + start
    for x in list(out):
        topic = (named or {}).get(x.place_level) if x.place_level in ("community", "street") else None
        if x.start == head and x.type == "Place" and x.level == "type" \
                and x.text == x.label and topic is not None \
                and not any(k.end() > x.end for k in [lex.kinds_re.match(text, x.start, min(end, x.end + 8))] if k):
            out.remove(x)
            out.append(Mention(x.start, x.end, x.text, topic.label, "Place", "instance", x.place_level, topic.kind))
    out.sort(key=lambda x: (x.start, -x.end))
    cursor = head  # a chain of named places opening a sentence (某区某镇某社区坚持…): what the next ones are about
    for x in out:
        if x.is_named_place and x.place_level:
            last_named[x.place_level] = x
            if named is not None and x.start == cursor and x.text == x.label:
                named[x.place_level] = x
                cursor = x.end
    return out


def _kind_short_forms(text: str, start: int, end: int, mentions: list[Mention], last: dict,
                      lex: Lexicon) -> list[Mention]:
    """对暂不具备组建条件的企业，由…选派…: a bare short noun of ``ggl:kind_short_forms`` (企业:class)
    after 的 or a determiner (各, 该, 其, 其余) takes up the kind of that class the text named last (物业服务企业),
    within ``_SHORT_FORM_REACH`` characters; then remember the kinds this unit names."""
    out = list(mentions)
    for entry in lex.cue("kind_short_forms"):
        word, cls = entry.split(":")
        ref = last.get(cls)
        if ref is None:
            continue
        for m in re.finditer(re.escape(word), text[start:end]):
            s, e = start + m.start(), start + m.end()
            if s - ref.end > _SHORT_FORM_REACH or not text[max(start, s - 1):s] in ("的", "各", "该", "其", "余") \
                    or any(x.start < e and s < x.end for x in out) or not _ends_noun(text, e, end, lex):
                continue
            out.append(Mention(s, e, word, ref.label, ref.type, ref.level, ref.place_level, ref.kind))
    out.sort(key=lambda x: (x.start, -x.end))
    for x in out:
        if x.level == "type" and x.type in ("PropertyCompany", "Institution", "SocialOrganisation"):
            last[x.type] = x
    return out


_SHORT_FORM_REACH = 400


def _unit_anaphora(text: str, start: int, end: int, mentions: list[Mention], named: list,
                   lex: Lexicon, own: list | None = None) -> list[Mention]:
    """该公司与某小区党支部结对共建, 该局将…: an anaphor (ggl:anaphors) before a unit's head of
    ``ggl:anaphor_unit_heads`` (head, or head:ending|ending for the names it takes up) is the unit of
    that head the text named last (某某建筑工程有限公司, 某区住建局), as a mention over the words; 本支部,
    我公司 (ggl:first_person_words before ggl:first_person_unit_heads) are first the unit of that head
    the article's title or byline names (``own``: its author writes). Then remember the units this
    unit names."""
    out = list(mentions)
    heads = dict((e.split(":") + [e])[:2] for e in lex.cue("anaphor_unit_heads"))
    words = lex.derived("unit-anaphors", lambda: lex.pattern(tuple(  # 该公司, 本支部, 我公司
        a + h for a in lex.cue("anaphors") for h in heads) + tuple(
        a + h for a in lex.cue("first_person_words") for h in lex.cue("first_person_unit_heads"))))
    for m in words.finditer(text, start, end):
        if any(x.start < m.end() and m.start() < x.end for x in out):
            continue
        head = max((h for h in heads if m.group(0).endswith(h)), key=len)
        endings = tuple(heads[head].split("|"))
        mine = m.group(0).startswith(lex.cue("first_person_words") + ("本",))  # 本支部, 我公司: the author's
        ref = next((u for u in (own or []) if mine and u.label.endswith(endings)), None) or next(
            (u for u in reversed(named) if u.label.endswith(endings)), None)
        if ref is not None:
            out.append(Mention(m.start(), m.end(), m.group(0), ref.label, ref.type, "instance"))
    # 中心建立…, 中心1名党员负责人…: a bare head opening a clause, before a verb or a figure, is the one
    # unit of that head the text has named (none when it named two)
    for m in lex.pattern(tuple(heads)).finditer(text, start, end) if heads else ():
        if m.start() > start and text[m.start() - 1] not in "。，；：！？" or any(
                x.start < m.end() and m.start() < x.end for x in out) or not _ends_noun(text, m.end(), end, lex):
            continue
        endings = tuple(heads[m.group(0)].split("|"))
        refs = {u.label: u for u in named if u.label.endswith(endings) and len(u.label) > len(m.group(0)) + 1}
        if len(refs) == 1:
            ref = next(iter(refs.values()))
            out.append(Mention(m.start(), m.end(), m.group(0), ref.label, ref.type, "instance"))
    out.sort(key=lambda x: (x.start, -x.end))
    named.extend(x for x in out if x.level == "instance" and x.type in ORGS and x.text == x.label)
    return out


def _ends_noun(text: str, e: int, end: int, lex: Lexicon) -> bool:
    """Does a short noun end at ``e`` (企业，; 企业由…; 企业开展…), not go on into a word (企业家, 企业党组织)?"""
    return e >= end or text[e] in NAME_STOPS or not "\u4e00" <= text[e] <= "\u9fff" or bool(
        lex.name_breakers.match(text, e)) or text.startswith(lex.cue("adverbs"), e)


def _quoted_parts(mentions: list[Mention]) -> list[Mention]:
    """推行“网格吹哨、部门报到”机制，由网格员“吹哨”、A和B“报到”: a short quoted word inside the quoted
    name of a scheme the sentence named before it is that scheme, not a scheme of its own."""
    schemes = [m for m in mentions if m.type == "Mechanism"]
    out = []
    for m in mentions:
        inner = m.text[1:-1] if m.type == "Mechanism" and m.text == m.label and m.text[:1] == "“" \
            and m.text[-1:] == "”" else ""
        whole = next((n for n in schemes if n.end <= m.start and inner and len(inner) <= 6
                      and inner in n.label and n.label != m.label), None) if inner else None
        out.append(m if whole is None else Mention(m.start, m.end, m.text, whole.label, "Mechanism", whole.level,
                                                   None, whole.kind, m.quoted))
    return out


_JOIN_VERBS = re.compile("(?:参与|参加|加入)到?")


def _scheme_taken_up(text: str, start: int, end: int, mentions: list[Mention], earlier: list[Mention],
                     lex: Lexicon) -> list[Mention]:
    """启动“有事好商量”协商议事机制…。议事会由某书记主持，邀请A、B参加: a sentence that opens with a
    word taking up a scheme (``ggl:scheme_back_references``, word:key) names the scheme of its
    paragraph written last whose name holds the key, as a Mechanism mention over the word; so does
    the word after a verb of joining (…搭建“某某”治理平台。A、B参与平台运行)."""
    starts = [start] + [j.end() for j in _JOIN_VERBS.finditer(text, start, end)]
    for at in starts:
        for entry in lex.cue("scheme_back_references"):
            word, key = entry.split(":")
            if not text.startswith(word, at) or any(m.start < at + len(word) and at < m.end for m in mentions):
                continue
            if at != start and any(m.type == "Mechanism" and key in m.label for m in mentions):
                continue  # 建立某联席会议制度，…参加联席会议: the sentence's own scheme
            ref = next((m for m in reversed(earlier) if key in m.label), None)
            if ref is not None:
                mentions = sorted(mentions + [Mention(at, at + len(word), word, ref.label, "Mechanism", "instance",
                                                      None, ref.kind)], key=lambda x: (x.start, -x.end))
                break
    return mentions


_INSIDE_WORD = tuple("健安完齐周保成")  # 健全社区, 完全, 齐全: 全 inside a word names no whole place


def wholes_in(text: str, lex: Lexicon, start: int = 0, end: int | None = None):
    """(match, level) of each whole place written in text[start:end]: 全市, 全区, 全小区 …"""
    pattern = lex.pattern(tuple("全" + ending for ending in lex.suffix_level))
    for w in pattern.finditer(text, start, len(text) if end is None else end):
        if not text.endswith(_INSIDE_WORD, 0, w.start()):
            yield w, lex.suffix_level[w.group(0)[1:]]


_MANY_PLACES = re.compile(r"[^，。；]{0,6}?(?:\d+|[两三四五六七八九十]+)个(社区|村|街道|小区)")


def _whole(text: str, last_named: dict, lex: Lexicon, known: dict, outer: str | None) -> str | None:
    """全省已建立党组织的物业服务企业1104家 in a street's paragraph: a clause that speaks of a whole
    place (全省, 全市; not 健全社区) broader than the place in scope and names none is about the
    place of that level named last; of the scope's own level or narrower, the scope stands. One that
    opens with many places of the scope's level (8个社区党委) is about the place above them."""
    level = next((lv for _, lv in wholes_in(text, lex, 0, 12)), None)  # opening the clause (目前全市…)
    many = _MANY_PLACES.match(text)
    if level is None and many is not None and outer is not None and known.get(outer) == lex.suffix_level.get(many.group(1)):
        # 8个社区党委均隶属… in a community's paragraph: many places of the scope's level are the
        # places of the one above it, named last
        rank = PLACE_RANK[known[outer]]
        above = [ref for ref in last_named.values() if PLACE_RANK.get(ref.place_level, rank) < rank]
        return max(above, key=lambda ref: PLACE_RANK[ref.place_level]).label if above else None
    if level is None or outer is None:
        return None
    if PLACE_RANK.get(level, 0) >= PLACE_RANK.get(known.get(outer, ""), 0):
        return None
    ref = last_named.get(level)
    return ref.label if ref is not None else None


HOLDER_ANAPHOR = re.compile(r"其(?:所在|所属)?(?P<noun>企业|公司|单位|党组织|支部)?|(?P<bare>企业|公司)")


def _byline_full_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A byline's body is named in full with the places written before it (■某区某街道党工委,
    来源：某县某街道办事处): the places chained right before a named body open its name."""
    places = {m.end: m for m in mentions if m.is_named_place}
    out = []
    for m in mentions:
        start = m.start
        while m.level == "instance" and m.type in ORGS and m.text == m.label and start in places and \
                PLACE_RANK.get(places[start].place_level, 0) < PLACE_RANK.get(_opening_level(m, mentions), 0):
            start = places[start].start
        if start != m.start:
            name = text[start:m.end]
            m = Mention(start, m.end, name, name, m.type, m.level, m.place_level, m.kind, m.quoted)
        out.append(m)
    return out


def _opening_level(m: Mention, mentions: list[Mention]) -> str | None:
    """The level of the named place a body's name opens with (街道 in 某街道党工委)."""
    return next((p.place_level for p in mentions if p.is_named_place and p.start == m.start and p.end < m.end), None)


def _its_holders(text: str, start: int, end: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """其（企业）负责人, 其党组织书记: the body the sentence named last before 其 (of the kind the
    noun after 其 names, where one is written), as a mention over 其… so that its post holder reads
    as that body's (对党员多的物业企业，聘任其企业负责人担任兼职委员); a bare 企业/公司 before a post
    holder, inside no other name, likewise (对已组建党组织的物业公司，聘任企业负责人兼任…)."""
    out = list(mentions)
    holders = lex.joined("holder_nouns")
    for m in HOLDER_ANAPHOR.finditer(text, start, end):
        if not holders.match(text, m.end()) or any(x.start <= m.start() < x.end for x in out):
            continue
        noun = m.group("noun") or m.group("bare")  # 对某某物业公司，聘任企业负责人…: a bare 企业 too
        before = [x for x in out if x.end <= m.start() and x.type in ORGS and x.start >= start]
        if noun in ("企业", "公司"):
            before = [x for x in before if x.type in ("PropertyCompany", "Institution")]
        elif noun in ("党组织", "支部"):
            before = [x for x in before if x.type == "PartyOrganisation"]
        if not before:
            continue
        ref = before[-1]
        out.append(Mention(m.start(), m.end(), text[m.start():m.end()], ref.label, ref.type, ref.level,
                           ref.place_level, ref.kind))
    return sorted(out, key=lambda x: (x.start, -x.end))


RUN_IN_LABEL = re.compile(r"\s*[【〔\[][^】〕\]]{1,16}[】〕\]]\s*")  # 【共驻共建】 opening a paragraph
RUN_IN_SPEAKER = re.compile(r"[^，。；：“”]{2,24}[：:]“")  # 某单位负责人王某：“某社区党委…” (a speaker's words)
RUN_IN_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?\s+|\d{4}年\s+")  # 2023年3月　某社区成立… (a record's date)


_LEAD_OPENER = re.compile(r"(?:近年来|近年以来|今年以来|去年以来|近期|近日|目前|当前|\d{4}年(?:以来|\d{1,2}月(?:\d{1,2}日)?)?)[，,]?")


def _opening_place(doc, ai: int, lex: Lexicon, known: dict) -> str | None:
    """An article whose title and byline name no place is about the place of a city's, a district's
    or a street's level that its first sentence opens with (近年来，某某县坚持…), or the line under
    its title that names the issuer (a reply's 某某县住房和城乡建设局)."""
    art = doc.articles[ai]
    if art.place or art.title and place_chain(art.title, 0, lex, known):
        return None
    first = next((x for x in doc.sentences if x.article == ai), None)
    if first is None:
        return None
    issuer = next((h.text for h in doc.headings if h.article == ai and h.start < first.start), None)
    for line in (issuer, first.text):
        text = norm_text(line or "")
        opener = _LEAD_OPENER.match(text)
        at = opener.end() if opener else 0
        at += next((len(w) for w in lex.committee_prefixes if text.startswith(w, at)), 0)
        chain = place_chain(text, at, lex, known)  # 政协某县委员会提案…: the committee's place too
        if chain and chain[0][0] == at and chain[-1][2] in ("city", "district", "street"):
            return text[chain[-1][0]:chain[-1][1]]
    return None


def _article_place(art, lex: Lexicon, known: dict | None = None) -> str | None:
    """The article's place as the reader found it, read again with the extractor's place grammar
    (the title's 广西梧州市 is 梧州市 of 广西); a title's run of bare names (河北秦皇岛海港区,
    福建泉州) is the place the text names with its ending (海港区, 泉州市)."""
    if art is None:
        return None
    title = art.title or ""
    if not art.place:  # 某某社区举行…仪式: a title that opens with a named community is about it
        chain = place_chain(title, 0, lex, known)
        return title[chain[-1][0]:chain[-1][1]] if chain and chain[-1][2] in ("community", "compound") else None
    if art.place in title:  # 向阳街道和平社区关于…的报告: the title's chain runs on to the community
        at = title.index(art.place)
        chain = place_chain(title, at, lex, known)
        if len(chain) > 1 and chain[0][0] == at and chain[0][1] == at + len(art.place):
            return title[chain[-1][0]:chain[-1][1]]
    chain = place_chain(art.place, 0, lex)
    if len(chain) > 1 and chain[-1][1] == len(art.place):
        return art.place[chain[-1][0]:]
    if known:
        def stem(k: str) -> str:  # 泉州市 → 泉州: the name less its ending
            ending = lex.ending_of(k)
            return k[:-len(ending)] if ending else ""

        tails = [k for k in known if len(k) >= 3 and k != art.place and k not in lex.suffix_level  # not 高新区
                 and (art.place.endswith(k) or 2 <= len(stem(k)) < len(art.place) and art.place.endswith(stem(k)))]
        if tails:
            return max(tails, key=len)
    return art.place


def units(doc, lex: Lexicon) -> list[Unit]:
    """The document's units with mentions and place scope, in text order."""
    raw = _raw_units(doc)
    known = Known()
    # first pass: learn the document's place names, so that a name met later in the
    # middle of a clause (如今在X区，…) is recognised too; a unit is read again only if a
    # name learnt after it occurs in it
    first: list = []
    memory = Memory()  # schemes and units named so far, for their short forms
    for kind, s, e, *_ in raw:
        before = set(known)
        first.append((before, find_mentions(doc.text[s:e], s, lex, known, unquoted=kind == "sentence",
                                            memory=memory)))
    out: list[Unit] = []
    para_place: dict[tuple, str] = {}
    para_mechs: dict[tuple, list[Mention]] = {}
    seen_para: set = set()
    prior: dict[int, dict] = {}
    last_named: dict[str, Mention] = {}  # place level -> the last named place of that level
    last_kinds: dict[str, Mention] = {}  # entity class -> the last kind of that class named (企业 takes it up)
    last_units: list[Mention] = []  # the named units so far, for 该公司, 该医院
    topics: dict[str, Mention] = {}  # place level -> the named place that opened a sentence last
    article_places = [_article_place(a, lex, known) or _opening_place(doc, k, lex, known)
                      for k, a in enumerate(doc.articles)]
    art_own: dict[int, dict] = {}  # article -> level -> the place its title or byline names (for 我市)
    own_units: dict[int, list[Mention]] = {}  # article -> the units its title and byline name (for 本局, 我支部)
    hosts: dict[int, Mention] = {}  # article -> the Party body named last outside partners' records
    meetings: dict[int, Mention] = {}  # article -> the first scheme it named as a meeting or an event
    section_place: dict[int, str | None] = {}  # article -> the place its current heading names
    last_para, para_before = None, []  # the paragraph of the last sentence, the schemes of the one before
    duty_paras, duties = set(), tuple(lex.cue("lead_unit_labels") + lex.cue("duty_unit_labels"))
    for n, (kind, s, e, si, pkey, ai) in enumerate(raw):
        text = norm_text(doc.text[s:e])
        before, mentions = first[n]
        if any(name in text for name in known.keys() - before):
            mentions = find_mentions(doc.text[s:e], s, lex, Known(known), unquoted=kind == "sentence",
                                     memory=memory.copy())
        label = RUN_IN_LABEL.match(text) if kind == "sentence" and pkey not in seen_para else None
        if label and label.end() < len(text.rstrip()):
            # 【小区治理】…: a run-in heading opens a section; a bare 社区 no longer means the one before
            for level in ("community", "compound", "grid", "building"):
                last_named.pop(level, None)
                topics.pop(level, None)
        art = doc.articles[ai] if 0 <= ai < len(doc.articles) else None
        if art is not None and art_own.get(ai) is None:
            art_own[ai] = {lv: p for p in art.places + ((article_places[ai],) if article_places[ai] else ())
                           if (lv := lex.level_of(p))}
        mentions = _first_person(doc.text, s, e, mentions, art_own.get(ai) or {}, lex)
        mentions = _anaphora(doc.text, s, e, mentions, last_named, lex, topics)
        mentions = _kind_short_forms(doc.text, s, e, mentions, last_kinds, lex)
        mentions = _unit_anaphora(doc.text, s, e, mentions, last_units, lex, own_units.get(ai))
        if kind == "byline":
            mentions = _byline_full_names(doc.text, mentions)
        if kind in ("title", "byline"):
            own_units.setdefault(ai, []).extend(
                m for m in mentions if m.level == "instance" and m.type in ORGS and m.text == m.label)
        mentions = _its_holders(doc.text, s, e, mentions, lex)
        if kind == "sentence":  # the schemes of its paragraph so far, else of the paragraph before
            if pkey not in para_mechs and last_para is not None and last_para != pkey:
                # a duty line standing as a paragraph of its own (牵头单位：X) passes on the task's schemes
                # to the duty line after it (配合单位：Y)
                para_before = para_mechs.get(last_para) or (para_before if last_para in duty_paras else [])
            if last_para != pkey and text.lstrip("（(").startswith(duties):
                duty_paras.add(pkey)  # a paragraph that opens with a duty label
            mentions = _scheme_taken_up(doc.text, s, e, mentions, para_mechs.get(pkey) or para_before, lex)
            mentions = _quoted_parts(mentions)
            last_para = pkey
        if kind == "heading":
            # a heading that names a place (一、某某社区：…) is the article's place for its section
            section_place[ai] = _most_specific(mentions)
        scope = section_place.get(ai) or (article_places[ai] if art else None)
        unit = Unit(kind, s, e, text, doc.text[s:e], si, pkey, scope, art.author if art else None, mentions)
        unit.lead = kind == "sentence" and pkey not in seen_para and len(text) <= 16 and text.endswith("。")
        seen_para.add(pkey)
        unit.paragraph_mechanisms = list(para_mechs.get(pkey, []))
        unit.before_mechanisms = list(para_before) if kind == "sentence" else []
        unit.host = hosts.get(ai)
        unit.meeting = meetings.get(ai)
        if ai not in meetings:  # 参会人员：… of a record: the meeting it is about (participate.attendance-line)
            heads = lex.cue("meeting_words") + lex.cue("event_heads")
            found = next((m for m in mentions if m.type == "Mechanism" and any(w in m.label for w in heads)), None)
            if found is not None:
                meetings[ai] = found
        if not lex.pattern(lex.cue("partner_record_labels")).search(text):  # 共建单位：X is a partner, no host
            named = [m for m in mentions if m.type == "PartyOrganisation" and m.level == "instance"]
            hosts[ai] = named[-1] if named else hosts.get(ai)
        # clauses at semicolons
        cstart = 0
        sentence_place = None
        pieces = []
        for i, ch in enumerate(text):
            if ch in CLAUSE_END:
                pieces.append((cstart, i + 1))
                cstart = i + 1
        if cstart < len(text):
            pieces.append((cstart, len(text)))
        pieces = [p for piece in pieces for p in _bounded(text, *piece)]
        for cs, ce in pieces:
            ms = [m for m in mentions if s + cs <= m.start < s + ce]
            outer = sentence_place or para_place.get(pkey) or unit.article_place
            named = _most_specific(_in_scope([m for m in ms if not _listed(doc.text, m, ms)
                                              and not _bordering(doc.text, m, s + cs, lex)], outer, known)) \
                or sentence_place
            place = named or _whole(text[cs:ce], last_named, lex, known, outer) or outer
            unit.clauses.append(Clause(s + cs, s + ce, text[cs:ce], ms, place, named, outer,
                                       {lv: m.label for lv, m in last_named.items()}))
            # a place counts as named, written on its own or inside a body's name (某社区党委),
            # for the rest of its sentence and of its paragraph
            sentence_place = named
            if named:
                para_place[pkey] = named
        para_mechs.setdefault(pkey, []).extend(m for m in mentions if m.type in ("Mechanism",))
        seen = prior.setdefault(ai, {})
        unit.prior = {k: dict(v) for k, v in seen.items()}  # a few distinct labels per place
        for c in unit.clauses:
            for m in c.mentions:
                if m.level == "type" and m.type not in ("Place", "Role", "Mechanism", "Policy"):
                    labels = seen.setdefault(c.place, {})
                    labels.pop(m.label, None)
                    labels[m.label] = m.start  # latest last
        out.append(unit)
    return out
