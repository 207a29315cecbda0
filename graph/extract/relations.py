"""Stage 2, extract: the eight relations of a unit, by rules over its mentions and cue words.

Each rule reads one construction of the genre (a hierarchy chain, 与X联合构建, 从X选派N名Y
进驻Z, 以X为核心, A、B等组成的M …); the words come from ``ontology/`` cue lists, the
rules only say where to look. Every relation keeps the clause it was read from.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from graph.extract.context import (
    ACTORS,
    ORGS,
    PEOPLE,
    SCHEMES,
    Context,
    KeyFn,
    _count_after,
    _dedupe,
    _outermost,
    bare_place_at,
    chain_last,
    patterns,
    respective_pairs,
)
from graph.extract.lexicon import BREAK, CLOSE_QUOTES, SHORT_NAME, Lexicon, _has_verb
from graph.extract.matcher import ZH_NUMBER, count_value, match_construction
from graph.extract.mentions import QUOTE_RE, UNIT_WORD, _shared_head, is_place_chain
from graph.extract.model import PLACE_RANK, Mention, Relation
from graph.extract.places import place_chain
from graph.extract.units import HOLDER_ANAPHOR, Clause, Unit, wholes_in


# A section heading's ties of people (党支部进楼院 旧貌换新颜) are a slogan the section then
# tells: measured over the corpus, none was in the gold that the section's sentences did not give.
# (An article's title may state one: 某社区与8家驻区单位签约共建.)
_NOT_IN_HEADINGS = ("supports", "coBuilds", "participatesIn", "leads", "concurrentPost")


def relations_of(unit: Unit, lex: Lexicon, entity: KeyFn, skip: frozenset = frozenset()) -> Iterator[Relation]:
    """Every relation stated in one unit, each marked with the construction that stated it;
    registers every mention as an entity on the way. ``skip`` names constructions left out."""
    ctx = _Rules(unit, lex, entity)
    for clause in unit.clauses:
        for m in clause.mentions:
            if not (m.type == "Place" and m.level == "type"):
                ctx.key(m, clause)  # a bare kind taken up again is the specific one
    for clause in unit.clauses:
        found: list[Relation] = []
        for c in lex.constructions:
            if c.id in skip or unit.kind == "heading" and c.predicate in _NOT_IN_HEADINGS:
                continue
            if c.resolver is not None:
                found.extend(replace(rel, via=(c.id,)) for rel in getattr(ctx, RULES[c.resolver])(clause))
            else:
                found.extend(match_construction(c, ctx, clause))
        found = _without_sent_people(_without_uncounted_members(found, lex))
        yield from found
        yield from _named_members(ctx, clause, found)


def _named_members(ctx: "_Rules", clause: Clause, found: list[Relation]) -> Iterator[Relation]:
    """12家驻区单位党组织负责人担任街道“大工委”兼职委员，包括A、B、C: the units named after a word of
    ``ggl:member_list_openers`` take each tie the clause states of the kind of unit written before it."""
    words = ctx.lex.cue("member_list_openers")
    if not words or not found:
        return
    for w in ctx.lex.pattern(words).finditer(clause.text):
        at = clause.start + w.end()
        named = [m for m in ctx.list_after(clause, at, ORGS) if m.level == "instance"]
        if len(named) < 2:
            continue
        kinds = {ctx.key(m, clause) for m in clause.mentions if m.end <= clause.start + w.start()
                 and m.level == "type" and not m.quoted and (m.type == "Institution" or (
                     m.type == "PartyOrganisation" and UNIT_WORD.search(m.label)))}  # 驻区单位党组织
        for r in found:
            for side in ("subject", "object"):
                if getattr(r, side) in kinds:
                    for m in named:
                        yield replace(r, count=None, approx=False, **{side: ctx.key(m, clause)})


_COUNTED_GAP = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[个家名所支]")  # 包联184个社区: a figure before the receiver


def _without_uncounted_members(found: list[Relation], lex: Lexicon) -> list[Relation]:
    """A body's members named bare (党员 of ``ggl:member_nouns``, no figure) support nobody and hold
    no post of their own: the golds name the body that sends them or whose members they are, or a
    post (在职党员); 3500余名党员包楼栋 stays."""
    members = lex.cue("member_nouns")
    return [r for r in found if not (r.predicate in ("supports", "concurrentPost") and r.subject[0] in members
                                     and r.count is None)]


def _without_opening(text: str, words: tuple[str, ...]) -> str:
    """``text`` without one of ``words`` opening it (联合开展 → 开展)."""
    return next((text[len(w):] for w in words if text.startswith(w)), text)


def _without_sent_people(found: list[Relation]) -> list[Relation]:
    """Where a clause says who sent people in a role (X选派R进驻Y: X supports Y, role R; X选派R兼任Y
    委员: X holds the post), the people sent are not a second supporter or post holder of Y."""
    sent = {(r.role, r.object) for r in found if r.predicate == "supports" and r.role}
    posted = {r.object for r in found if r.predicate == "concurrentPost" and "post.sent-to-post" in r.via}
    return [r for r in found if not (r.predicate == "supports" and (r.subject[0], r.object) in sent)
            and not (r.predicate == "concurrentPost" and r.object in posted and "post.sent-to-post" not in r.via)]


_KIND_OPENING = re.compile(r"(?:目前|当前|同时|其中|此外)?(?:全[省市区县镇乡]|全街道)?(?:已有|共有|有)?"
                           r"(?:各|所有|\d+%?的?|[一二三四五六七八九十百千两]+)?个?")  # 全市36个, 各


_PURPOSE_REACH = 4  # comma phrases after a purpose phrase where its actor may open one


class _Rules(Context):
    """The eight relations, one method (or two) each."""

    def _counted_gap(self, clause: Clause, start: int, end: int) -> bool:
        """包联184个社区, 包联辖区7个社区, 包联城区12个社区: a figure (after a scope word or the county
        town's centre maybe) before the receiver."""
        gap = self.text_between(clause, start, end).lstrip("到")
        scope = self.lex.joined("scope_markers", "name_determiners", "town_centre_names").match(gap)
        return _COUNTED_GAP.fullmatch(gap[scope.end():] if scope else gap) is not None

    def located_in(self, clause: Clause) -> Iterator[Relation]:
        places = sorted((m for m in clause.mentions if m.is_named_place and not m.quoted), key=lambda m: (m.start, m.end))
        # (a zone named by its county, 杞县产业集聚区, comes after the county it opens with)
        for a, b in zip(places, places[1:]):
            if b.start == a.end and PLACE_RANK[b.place_level] > PLACE_RANK[a.place_level]:
                yield self.rel(b, "locatedIn", a, clause, a.start, b.end)
            elif self.text_between(clause, a.end, b.start) in ("（", "(") and self.text_between(
                    clause, b.end, b.end + 1) in ("）", ")") and PLACE_RANK[b.place_level] < PLACE_RANK[a.place_level]:
                yield self.rel(a, "locatedIn", b, clause, a.start, b.end + 1)  # 朝歌社区（朝歌街道）: its holder in brackets
        # the top of a chain sits in the place of the paragraph or article
        held = {}  # each place written in a chain: the place right before it (某市A社区)
        for i, p in enumerate(places):
            if i and places[i - 1].end == p.start:
                held[i] = places[i - 1]
                continue
            first = i
            while first and places[first - 1].place_level == p.place_level and self.text_between(
                    clause, places[first - 1].end, places[first].start) == "、":
                first -= 1
            if first < i and first in held:
                # 某市A社区、B社区、C社区: the items of a list share the holder written with the first
                yield Relation(self.key(p, clause), "locatedIn", self.key(held[first], clause),
                               self.evidence(clause, held[first].start, p.end))
                continue
            top_rank = PLACE_RANK.get(p.place_level, 0)
            outer = self._outer_place(clause, p)
            between = [lv for lv in clause.wholes if outer and outer[1] < PLACE_RANK.get(lv, 0) < top_rank]
            said = outer and outer[0] in self.text_between(clause, self.unit.start, p.start)  # 在某街道，A小区…
            if outer and not outer[2] and not said and between and p.place_level != "street":
                # a community in a paragraph about its city, in a report that names streets: which street
                # holds it is unsaid, so no parent; the place stays an entity (where the report names no
                # street, the city is its nearest named holder)
                self.unit.placed.add(self.key(p, clause))
                continue
            if outer and outer[0] != p.label and outer[1] < top_rank and p.place_level in (
                    "street", "community", "compound", "district"):
                yield Relation(self.key(p, clause), "locatedIn", (outer[0], None),
                               self.evidence(clause, p.start, self._chain_end(places, i)), place=outer[0])
        # a named body sits in the place its name starts with
        for m in clause.mentions:
            if m.level != "instance" or m.type in SCHEMES:
                continue
            inside = [p for p in clause.mentions if p.is_named_place and m.start <= p.start and p.end <= m.end
                      and p.end - p.start < m.end - m.start]  # a zone named by its county (杞县产业集聚区) too
            if inside:  # (a body in a quoted chain too: “某街道党工委—某社区党委”)
                yield self.rel(m, "locatedIn", max(inside, key=lambda p: p.end), clause, m.start, m.end)

    def _chain_end(self, places, i):
        end = places[i].end
        for p in places[i + 1:]:
            if p.start == end:
                end = p.end
            else:
                break
        return end

    def _outer_place(self, clause: Clause, p: Mention):
        """(label, rank, written) of the named place that holds a chain's top: the place in scope
        before the clause (named earlier in the paragraph), else the article's place; ``written``
        when it is named earlier in the clause itself."""
        top = PLACE_RANK.get(p.place_level, 0)
        for label in (clause.outer, self.unit.article_place):
            rank = self.unit_place_rank(label) if label else 0
            if label and 0 < rank < top and label != p.label:
                break
        else:
            label, rank = None, 0
        # a more specific place named earlier in the clause (某街道党工委以A社区、B社区为试点)
        earlier = [m for m in clause.mentions if m.is_named_place and m.end <= p.start and not m.quoted
                   and rank < PLACE_RANK.get(m.place_level, 0) < top]
        if earlier:
            return earlier[-1].label, PLACE_RANK[earlier[-1].place_level], True
        return (label, rank, False) if label else None

    def unit_place_rank(self, label: str) -> int:
        return PLACE_RANK.get(self.lex.level_of(label) or "", 0)

    # -- implements -----------------------------------------------------------------
    def implements(self, clause: Clause) -> Iterator[Relation]:
        schemes = self.schemes(clause)
        if not schemes:
            return
        actor = self.subject(clause) or self.convener(clause)
        if self.unit.kind == "title":  # 某市：“红色物业”让小区变了样 names a topic; 某市：创建“五型”社区 a deed
            schemes = [m for m in schemes if self.lex.pattern(self.cue("implement_verbs")).search(
                self.text_between(clause, clause.start, m.start))]
        taken_up = {w.split(":")[0] for w in self.cue("scheme_back_references")}
        schemes = [m for m in schemes if not self._honour(clause, m) and m.text not in taken_up
                   and not self._names_only(m)
                   and not self.unit.raw.endswith(self.cue("project_record_labels"), 0, m.start - self.unit.start)]
        # (共建项目：“M”: the record's partner runs it, construction implements.record-project)
        for m in schemes:  # (议事会 taking up a scheme named before: run where it was named)
            if self.text_between(clause, m.end, clause.end).lstrip("的").startswith(self.cue("circumstance_words")):
                # 在某党委“M”模式引领下，…: a circumstance; the body written right before it runs it
                owner = next((x for x in clause.top_mentions if x.type in ACTORS and 0 <= m.start - x.end <= 1
                              and self.text_between(clause, x.end, m.start) in ("", "的")), None)
                if owner is not None:
                    yield self.rel(owner, "implements", m, clause)
                continue
            kinds = self._place_kinds_acting(clause, m)
            if kinds:  # 全市36个社区建立了“M”: the kind of place runs it, not the city
                for k in kinds:
                    yield self.rel(k, "implements", m, clause)
                continue
            whole = self._whole_segment(clause, m)
            if whole is not None:  # 某市委组织部负责人说，全市推行“M”: the city runs it
                yield Relation((whole, None), "implements", self.key(m, clause), self.evidence(clause), place=whole)
                continue
            hosts = self._hosts_of(clause, m)
            if hosts:  # A和B联合举办的“M”活动: the bodies before the verb of the phrase describing M
                for body in hosts:
                    yield self.rel(body, "implements", m, clause)
                continue
            guided = self._guided(clause, m)
            if guided:  # A指导B建立“M”: B runs M
                for body in guided:
                    yield self.rel(body, "implements", m, clause)
                continue
            purpose = self._purpose_actor(clause, m)
            who = self._lead_before(clause, m) or self._segment_subject(clause, m) or purpose or actor
            if who is not None and any(w in m.text for w in self.cue("cross_post_words")) \
                    and self._holders_only(clause, m, who):
                who = None
            if who is not None and (who.start < m.start or who is purpose):
                # A与B、C共同打造X; A、B、C建立X. A kind of unit (驻区单位, 学校) runs no scheme: it was
                # right 5 times in 27 over the corpus.
                for body in [who] + self._joint_partners(clause, m) + self._co_subjects(clause, who, m):
                    if not (body.type == "Institution" and body.level == "type"):
                        yield self.rel(body, "implements", m, clause)
            else:
                place = clause.place
                head = self.text_between(clause, clause.start, m.start)
                members = clause.start + head.rfind("由") if head.endswith("的") and "由" in head else None
                if members is not None and clause.outer and not any(
                        x.is_named_place and not x.quoted and x.start < members for x in clause.mentions):
                    place = clause.outer  # 建立由A牵头，B、某镇党委参加的M: the members' places run nothing
                if place:
                    yield Relation((place, None), "implements", self.key(m, clause),
                                   self.evidence(clause), place=place)

    def _hosts_of(self, clause: Clause, scheme: Mention) -> list[Mention]:
        """A和B联合举办的“M”活动, 某局推出的“M”: the bodies listed right before a verb of hosting or
        running (ggl:host_verbs, ggl:implement_verbs) that ends, with 的, the phrase before the scheme."""
        found = self.lex.derived("hosted-by", lambda: re.compile(
            "(?:" + self.lex.joined("joint_markers").pattern + "|共同)?(?:"
            + self.lex.joined("host_verbs", "implement_verbs").pattern + ")的$")).search(
            self.text_between(clause, clause.start, scheme.start))
        if not found:
            return []
        return [b for b in self.list_before(clause, clause.start + found.start(), ACTORS)
                if b.type != "Place" and not (b.type == "Institution" and b.level == "type")]

    def _names_only(self, scheme: Mention) -> bool:
        """1.“银龄暖心”助老项目。: a line that is nothing but the scheme's name (a list's item, a
        caption) says no one runs it; a quoted remark (“交叉任职以后，…”) is no deed either."""
        rest = self.unit.text.replace(scheme.text, "", 1) if scheme.text in self.unit.text else None
        return rest is not None and re.fullmatch(r"[\s（(]*[一二三四五六七八九十\d]*[）)、.．]?[\s。.；;：:！!”]*", rest) is not None

    def _place_kinds_acting(self, clause: Clause, scheme: Mention) -> list[Mention]:
        """全市36个社区建立了“M”, 街道、社区全部建立M, 某街道各小区推行M: kinds of place that open
        the scheme's phrase and stand right before its verb run the scheme themselves."""
        head = self.text_between(clause, clause.start, scheme.start)
        start = clause.start + max(head.rfind(ch) for ch in "，；：") + 1
        ms = [x for x in _outermost([x for x in clause.mentions if start <= x.start and x.end <= scheme.start
                                     and not x.quoted])]
        if ms and ms[0].is_named_place:  # 某街道各社区: the kinds of the place named first
            start, ms = ms[0].end, ms[1:]
        kinds: list[Mention] = []
        for x in ms:
            if not (x.type == "Place" and x.level == "type"):
                break
            gap = self.text_between(clause, kinds[-1].end if kinds else start, x.start)
            if not (re.fullmatch("[、和及与]", gap) if kinds else _KIND_OPENING.fullmatch(gap)):
                break
            kinds.append(x)
        if not kinds:
            return []
        return kinds if self._verb_right_before(self.text_between(clause, kinds[-1].end, scheme.start)) else []

    def _verb_right_before(self, rest: str) -> bool:
        """Is ``rest``, the text between the actors and a scheme, its verb (with adverbs before it:
        全部, 普遍, 认真; or a means phrase: 按照属地化原则建立)?"""
        rest = rest.removesuffix("了")
        at, adverbs = 0, self.lex.pattern(self.cue("adverbs") + ("普遍", "认真"))
        while (adverb := adverbs.match(rest, at)) is not None:
            at = adverb.end()
        if rest.startswith(tuple(p for p in self.cue("adverbial_preps") if len(p) > 1), at):
            return len(rest) - at <= 20 and rest.endswith(self.cue("implement_verbs"))
        return self.lex.pattern(self.cue("implement_verbs")).fullmatch(rest, at) is not None

    def _guided(self, clause: Clause, scheme: Mention) -> list[Mention]:
        """A指导B建立“M”, A督促各社区落实M (ggl:guiding_verbs): the bodies or kinds of place guided,
        right before the scheme's verb, run it."""
        head = self.text_between(clause, clause.start, scheme.start)
        cut = max(head.rfind(ch) for ch in "，；：") + 1
        for g in self.lex.pattern(self.cue("guiding_verbs")).finditer(head, cut):
            at = clause.start + g.end()
            at += len(next((w for w in ("下辖", "辖区", "所辖") if clause.text.startswith(w, at - clause.start)), ""))
            bodies = self.list_after(clause, at, ORGS + ("Place",)) or [
                x for x in clause.mentions if x.type == "Place" and x.level == "type" and not x.quoted
                and at <= x.start and _KIND_OPENING.fullmatch(self.text_between(clause, at, x.start))]
            if not bodies:
                continue
            gap_start = bodies[-1].end
            if self.text_between(clause, gap_start, gap_start + 1) == "在":  # A指导B在某小区打造M: the site is where
                site = max((x.end for x in clause.mentions if x.type == "Place" and x.start == gap_start + 1), default=None)
                gap_start = site if site is not None else gap_start
            if self._verb_right_before(self.text_between(clause, gap_start, scheme.start)):
                return bodies
        return []

    def _honour(self, clause: Clause, scheme: Mention) -> bool:
        """获评全省“五化”示范社区, 被确定为“全国…示范市”: a title received, not a scheme run; so is each
        title of a list (获评“A”、“B”和“C”). (命名60个小区为“…”示范小区: the namer runs the programme.)"""
        head = self.text_between(clause, clause.start, scheme.start)
        got = [m for m in self.lex.pattern(self.cue("honour_verbs")).finditer(head)]
        if not got:
            return False
        titles = re.sub("“[^“”]*”", "", head[got[-1].end():])  # the titles listed before this one
        return re.fullmatch(r"(?:[^，。；、“”《》的]{0,8}[、和及])*[^，。；、“”《》的]{0,8}", titles) is not None

    def _co_subjects(self, clause: Clause, who: Mention, scheme: Mention) -> list[Mention]:
        """A、B、C建立“M”: the bodies listed with the actor right before the verb run M too."""
        listed = self.list_after(clause, who.start, ACTORS)
        if len(listed) < 2 or listed[0] is not who:
            return []
        rest = self.text_between(clause, listed[-1].end, scheme.start)
        rest = rest[declared.end():] if (declared := SHORT_NAME.match(rest)) else rest  # （以下简称某某）联合开展
        verb = self.lex.pattern(self.cue("implement_verbs")).match(_without_opening(rest, self.cue("joint_words")))
        if verb and listed[-1].end + len(verb.group(0)) + 2 >= scheme.start:
            return listed[1:]
        # A、B依据《P》，联合制定了《Q》: the listed subjects of a sentence of joint deeds, no other actor between
        opens = verb or rest.startswith(self.cue("means_verbs") + ("依据", "根据"))
        joint = "，" not in rest or any(w in rest for w in self.cue("joint_words"))
        others = any(listed[-1].end <= x.start < scheme.start and x.type in ORGS for x in clause.mentions)
        return listed[1:] if opens and joint and not others else []

    def _whole_segment(self, clause: Clause, scheme: Mention) -> str | None:
        """…，全市推行M / …，镇里推行M / 在全省开展的M中: the comma phrase of the scheme opens with a
        whole place (全市, 全区) or a colloquial one (镇里, 县里), the place of that level in scope runs
        the scheme."""
        head = self.text_between(clause, clause.start, scheme.start)
        end, found = len(head), None
        while found is None and end > 0:  # 全区坚持…，聚焦“M”: back over the phrases that name no actor
            cut = max(head.rfind("，", 0, end), head.rfind("；", 0, end)) + 1
            opening = head[cut:]
            found = next((lv for w, lv in wholes_in(opening, self.lex, 0, 3)
                          if w.start() == 0 or w.start() == 1 and opening.startswith("在") and opening.endswith("的")),
                         None) or next(
                (lv for ending, lv in self.lex.suffix_level.items() if opening.startswith(ending + "里")), None)  # 镇里
            if any(m.start >= clause.start + cut and m.end <= scheme.start and m.type in ACTORS
                   and (m.type != "Place" or found is None and m.is_named_place) for m in clause.mentions):
                return None  # 全市各社区党组织推行…: the bodies named act
            end = cut - 1
        return None if found is None else self._place_of_level(clause, found)

    def _place_of_level(self, clause: Clause, level: str) -> str | None:
        """The place of ``level`` in scope (全市 in a street's paragraph: the city named last)."""
        here = self.lex.level_of(clause.place or "")
        return clause.place if here == level else clause.wholes.get(level) or clause.place

    def _segment_subject(self, clause: Clause, scheme: Mention) -> Mention | None:
        """…，X推行M: a later comma phrase that opens with its own actor runs the scheme; so does
        it for the phrases after it that name none (…，X推行A，探索…，建立M)."""
        head = self.text_between(clause, clause.start, scheme.start)
        end = scheme.start
        if head.rstrip().endswith("的"):  # 建立由X领导，A、B共同参与的M: the phrases before the verb
            verbs = list(self.lex.pattern(self.cue("implement_verbs")).finditer(head))
            if not verbs:
                return None  # A、B共同参与的M: M is described, not run
            head, end = head[:verbs[-1].start()], clause.start + verbs[-1].start()
        for cut in [i for i, ch in enumerate(head) if ch == "，"][::-1]:
            start = clause.start + cut + 1
            seg = self._phrase_clause(clause, start, end)
            found = self._clause_subject(seg)
            bare = bare_place_at(seg, start)
            if found is None and bare is not None:
                # 某街道党工委负责人介绍，街道建立了“M”: the bare 街道 is the street named before it
                named = [x for x in clause.mentions if x.end <= start and x.is_named_place
                         and x.place_level == bare.place_level]
                return named[-1] if named else None
            if found is not None:
                return found
            end = start - 1
        return None

    def _holders_only(self, clause: Clause, scheme: Mention, who: Mention) -> bool:
        """A与B实现“双向进入、交叉任职”: A and B hold the posts, so the place runs the practice (True); but
        X推行A、B“交叉任职”: X, who puts it in place before the holders, runs it (False)."""
        holders = [b for b in self.people_before(clause, scheme.start, named_after=True) if b.type in ORGS]
        others = [b for b in holders if b is not who]
        puts = bool(others) and who.end <= others[0].start and self.lex.pattern(self.cue("implement_verbs")).search(
            self.text_between(clause, who.end, others[0].start)) is not None
        return len(holders) >= 2 and not puts

    def _phrase_clause(self, clause: Clause, start: int, end: int) -> Clause:
        """The comma phrase of ``clause`` from ``start`` to ``end``, as a clause of its own."""
        return Clause(start, end, clause.text[start - clause.start:end - clause.start],
                      [x for x in clause.mentions if start <= x.start and x.end <= end],
                      clause.place, clause.named_place, clause.outer)

    def _purpose_actor(self, clause: Clause, scheme: Mention) -> Mention | None:
        """为深化“M”工作，推动…，12月4日，X组织…: a scheme in the purpose phrase opening a sentence is
        run by the actor of the first later comma phrase that opens with one."""
        head = self.text_between(clause, clause.start, scheme.start)
        if not head.startswith(self.cue("purpose_openers")) or "，" in head:
            return None
        at = scheme.end
        for _ in range(_PURPOSE_REACH):
            comma = clause.text.find("，", at - clause.start)
            if comma < 0:
                return None
            start = clause.start + comma + 1
            end = clause.text.find("，", comma + 1)
            end = clause.end if end < 0 else clause.start + end
            found = self._clause_subject(self._phrase_clause(clause, start, end))
            if found is not None:
                return found
            at = end
        return None

    def _led_after_core(self, pos: int) -> list[Mention]:
        """The bodies the rest of the sentence lists as taking part (A、B共同参与, A、B协同运行)."""
        bodies = [m for c in self.unit.clauses for m in c.top_mentions
                  if m.start >= pos and not m.quoted and m.type in ORGS]
        if not bodies:
            return []
        rest = self.unit.text[bodies[-1].end - self.unit.start:]
        word = self.lex.joined("participation_words").search(rest)
        return bodies if word and word.start() <= 6 else []

    def _lead_before(self, clause: Clause, scheme: Mention) -> Mention | None:
        """X牵头组建M (in the same comma-bounded phrase): X runs M."""
        head = self.text_between(clause, clause.start, scheme.start)
        cut = max(head.rfind(ch) for ch in "，；：")
        for s, e, w in self.find(clause, ("牵头",)):
            if clause.start + cut < s < scheme.start:
                before = [m for m in self.list_before(clause, s, ORGS) if m.type in ORGS]
                if before:
                    return before[-1]
        return None

    def _joint_partners(self, clause: Clause, scheme: Mention) -> list[Mention]:
        """The partners of A与B、C共同…X / A携手B共同…X, and of A联合B开展X (a marker of joint deeds,
        ggl:joint_markers, needs no 共同): they run X too."""
        head = self.text_between(clause, clause.start, scheme.start)
        markers = tuple(dict.fromkeys(self.cue("partner_markers") + self.cue("joint_markers")))  # 会同 marks no partner
        found = {(m.start(), m.end(), p) for p in markers for m in re.finditer(re.escape(p), head)}
        words = [(m.start(), m.end()) for w in self.cue("joint_words") for m in re.finditer(re.escape(w), head)]
        found = sorted((f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)
                        and not any(a <= f[0] and f[1] <= b and (a, b) != f[:2] for a, b in words)),
                       key=lambda f: f[1], reverse=True)  # the 同 inside 会同 or 共同 is no marker
        partners, marker, at, adverb = [], None, 0, False
        for k, (at, end, marker) in enumerate(found):  # the last marker first
            partners = self.list_after(clause, clause.start + end, ACTORS)
            if partners:  # A联合B和C开展: the 和 inside the list the marker before opens is no marker
                wider = next(((a, e, w, more) for a, e, w in found[k + 1:]
                              if (more := self.list_after(clause, clause.start + e, ACTORS))
                              and more[-1] is partners[-1]), None)
                if wider is not None:
                    at, end, marker, partners = wider
            if partners or marker not in self.cue("joint_words"):
                break
            adverb = True  # A与B联合开展“M”: 联合 does the deed together, the partner is after 与
        if marker is None:
            return []
        if adverb:
            # …，与驻区单位党组织联合构建M: a kind as the partner runs nothing (as the seed's gold has it;
            # after 共同 the golds count one 3 times in 7)
            partners = [p for p in partners if p.level == "instance"]
        after = at + len(marker)
        joint = next((w for w in self.cue("joint_words") if w in head[after:]), None)
        if joint is not None:
            return [p for p in partners if p.end <= clause.start + after + head[after:].index(joint)]
        if marker not in self.cue("joint_markers") or not partners:
            return []
        rest = self.text_between(clause, partners[-1].end, scheme.start)  # 联合B开展“M”: B, then the verb
        return partners if self._verb_right_before(rest) else []

    # -- subOrganisationOf ----------------------------------------------------------
    def hierarchy(self, clause: Clause) -> Iterator[Relation]:
        seps = self.cue("chain_separators")
        orgs = [m for m in clause.mentions if m.type in ORGS and not (m.quoted and m.type in SCHEMES)]
        # A—B—C: each sits under the one before; a kind under a named step sits in that step's place
        # (某街道党工委—某社区党委—小区党支部: the compounds' branches of that community)
        keys: dict[int, tuple] = {}
        for a, b in zip(orgs, orgs[1:]):
            gap = re.sub("[“”‘’]", "", self.text_between(clause, a.end, b.start))  # 街道“大工委”—社区“大党委”:
            lead = b.label[:-len(b.text)] if b.text != b.label and b.label.endswith(b.text) else ""
            gap = gap[:-len(lead)] if lead and gap.endswith(lead) else gap  # 社区 before the quote is b's
            if a.type == b.type and a.level == "type" and b.level == "instance":
                continue  # 物业公司——某某物业服务有限公司: a kind, then its name
            if gap and gap in seps or gap in ("、", "+", "＋") and self._levels_follow(clause, orgs, b):
                above = keys.get(id(a)) or self.key(a, clause)
                chain = place_chain(a.label, 0, self.lex) if a.level == "instance" else []
                named = a.label[chain[-1][0]:chain[-1][1]] if chain and chain[-1][1] < len(a.label) else None
                level = self.lex.level_of(clause.place_at(b.start) or "")
                if named and level in (None, "compound"):
                    named = None  # a clause about a compound keeps its own place (one about a community
                    # takes the named step's: 某街道党工委—社区党委—… are the kinds of that street)
                place = named or (above[1] if a.level == "type" and id(a) in keys else None)
                below = self.entity(self.specific(b, clause), place) if place and b.level == "type" \
                    else self.key(b, clause)
                keys[id(b)] = below
                start, end = self.phrase(clause, [a, b])
                yield Relation(below, "subOrganisationOf", above, self.evidence(clause, start, end),
                               place=clause.place)
        # “社区—居民小组—居民治理网格”三级治理网格: each level of places under the one before, or
        # above it where the chain climbs (“网格—社区—街道”三级调处机制)
        for q in QUOTE_RE.finditer(clause.text):
            if not is_place_chain(q.group(1), self.lex, clause.text[q.end():q.end() + 4]):
                continue
            steps = [m for m in clause.top_mentions if m.type == "Place"
                     and clause.start + q.start(1) <= m.start and m.end <= clause.start + q.end(1)]
            ranks = [PLACE_RANK.get(m.place_level or "") for m in (steps[0], steps[-1])] if steps else []
            if ranks and None not in ranks and ranks[0] > ranks[1]:
                steps.reverse()
            for a, b in zip(steps, steps[1:]):
                yield self.rel(b, "subOrganisationOf", a, clause)
        # …—楼院党小组—党员中心户: a role written as the chain's last step sits under the body before it
        for b in clause.mentions:
            if b.type != "Role" or not orgs:
                continue
            a = max((o for o in orgs if o.end <= b.start), key=lambda o: o.end, default=None)
            gap = self.text_between(clause, a.end, b.start) if a is not None else None
            if a is not None and (gap in seps and any(
                    self.text_between(clause, o.end, a.start) in seps for o in orgs if o.end <= a.start)
                    or gap == "、" and self._levels_follow(clause, orgs, a)):  # …、楼栋党小组、党员中心户的四级组织体系
                yield self.rel(b, "subOrganisationOf", a, clause)
        # B向A报告工作
        for s, e, w in self.find(clause, self.cue("report_frames")):
            head = self.text_between(clause, clause.start, s)
            if "向" not in head:
                continue
            to = clause.start + head.rindex("向")
            targets = self.list_after(clause, to + 1, ORGS)
            reporters = [x for x in clause.mentions if x.end <= to and x.type in ORGS + ("Role",)]
            if targets and reporters:
                body = self.holder_body(clause, reporters[-1])
                if body.type in ORGS:
                    yield self.rel(body, "subOrganisationOf", targets[0], clause)
        # a Party cell formed in the sentence that forms a branch sits under the branch
        cells = [m for m in clause.mentions if m.type == "PartyOrganisation" and m.level == "type"
                 and any(m.label.endswith(c) for c in self.cue("cell_kinds"))]
        branches = [m for c in self.unit.clauses for m in c.mentions if m.type == "PartyOrganisation"
                    and m.level == "type" and any(m.label.endswith(b) for b in self.cue("branch_kinds"))]
        for cell in cells:
            above = [b for b in branches if b.start < cell.start]
            if above and id(cell) not in keys:  # a step of a chain is placed there
                yield self.rel(cell, "subOrganisationOf", above[-1], clause)

    def _levels_follow(self, clause: Clause, orgs: list[Mention], m: Mention) -> bool:
        """A、B、C三级组织体系 / “A+B+C”四级联动体系: the run of bodies through ``m`` ends in a
        count of levels, so it is written top to bottom."""
        end, run = m.end, [m]
        steps = orgs + [x for x in clause.top_mentions if x.type == "Role"]  # …、楼栋党小组、党员中心户的四级
        for x in sorted(steps, key=lambda x: x.start):
            if x.start >= end and self.text_between(clause, end, x.start) in ("、", "+", "＋"):
                end = x.end
                run.append(x)
        after = self.text_between(clause, end, end + 6).lstrip("”\"").removeprefix("的")
        if re.match("[一二三四五六七八九十两多0-9]+级", after):
            return True
        # “社区党总支+网格党支部+楼栋党小组”组织架构: Party bodies only, written as an organisation's frame
        return after.startswith(("组织架构", "组织体系", "组织网络")) and all(x.type == "PartyOrganisation" for x in run)

    # -- coBuilds -------------------------------------------------------------------
    def cobuilds(self, clause: Clause) -> Iterator[Relation]:
        words = self.find(clause, self.cue("cobuild_words"))
        done = set()
        for s, e, w in words:
            if w == "联合" and (re.search(r"(?:\d+|[一两几])[个家支所]$", self.text_between(clause, clause.start, s))
                               or any(m.start <= s and e <= m.end and m.type in ORGS for m in clause.mentions)):
                continue  # 依托5个联合工会, 1个“两新”组织联合党支部: 联合 inside a body's name, no co-building
            if w == "结对" and self.text_between(clause, e, e + 2) in ("帮扶", "帮助"):
                continue  # A与B结对帮扶: support (support.pair-and-help), not co-building
            if re.match(r"(?:结对)?(?:共建|联建)?单位", self.text_between(clause, s, s + 6)[len(w):]) and \
                    self.text_between(clause, max(clause.start, s - 3), s).endswith(("的", "的结对")):
                continue  # A和B都是X的共建单位: a noun naming partners (cobuild.named-partners), no act
            # 社区物业党建联建: two kinds written side by side before the word
            pair = self._adjacent_pair(clause, s)
            if pair:
                yield self.rel(pair[0], "coBuilds", pair[1], clause)
                continue
            partners, subjects = [], []
            head = self.text_between(clause, clause.start, s)
            singles = "".join(p for p in self.cue("partner_markers") if len(p) == 1)
            marks = [k for k, ch in enumerate(head) if ch in singles and not any(  # not 和 in 发展和改革局
                m.start <= clause.start + k < m.end for m in clause.mentions)]
            marker = marks[-1] if marks else -1
            if marker >= 0 and head[marker] not in "与同":
                # A与B、C和D等单位结对共建: 和 joins the list after 与, the partners are all of it
                for k in reversed(marks[:-1]):
                    listed = self.list_after(clause, clause.start + k + 1, ACTORS + ("Place",))
                    if head[k] in "与同" and listed and listed[-1].end > clause.start + marker:
                        marker = k
                        break
            if marker >= 0 and w != "联合" or (marker >= 0 and w == "联合" and not self.list_after(clause, e, ACTORS)):
                at = clause.start + marker
                partners = self.list_after(clause, at + 1, ACTORS + ("Place",))  # 与平安社区结对共建
                if not partners:  # 与(10个)社区结对共建: a kind of place stands for its Party organisation
                    counted = patterns(self.lex)["count_head"].match(self.text_between(clause, at + 1, s))
                    skip = counted.end() if counted else 0
                    partners = [m for m in clause.mentions if m.start == at + 1 + skip and m.type == "Place"
                                and m.level == "type"]
                if not partners:  # 与相邻的A、B联建: past a short modifier with 的
                    of = self.text_between(clause, at + 1, min(s, at + 12)).find("的")
                    partners = self.list_after(clause, at + 2 + of, ACTORS + ("Place",)) if of >= 0 else []
                partners = [p for p in partners if p.end <= s and not self._field_of(clause, p)]
                end = self.past_adverbs(clause, at)  # A已与B: the adverb is part of neither side
                before = self.list_before(clause, end, ACTORS + ("Place",)) or self._places_before(clause, end) or [
                    m for m in clause.mentions if m.type == "Place" and m.level == "type" and m.end == end][:1]
                # (各社区与驻区单位签订协议: a kind of place stands for its Party organisation on this side too)
                if not before and "作为" in head[:marker]:  # A、B作为共建单位，与C结成对子: the list before 作为
                    before = self.list_before(clause, clause.start + head.rindex("作为", 0, marker), ACTORS + ("Place",))
                if head[marker] not in "与同":  # A、B、C和D签订协议: 和 closes a list, only its last is the partner
                    before = before[-1:]
                subjects = before or [self.subject(clause)]  # A、B与C结对共建: each of A and B
            elif w in ("联合", "携手"):
                partners = self.list_after(clause, e, ACTORS + ("Place",), ("community",))
                # (联合新华社区: a named place too; 联合各社区: a kind of community, its bodies)
                before = self.list_before(clause, s, ACTORS)
                if before and self.text_between(clause, clause.start, before[0].start).endswith(self.cue("adverbial_preps")):
                    before = []  # A在街道党群服务中心联合B: the site is where, A joins B
                named = [m for m in clause.mentions if m.end <= s and (m.is_named_place or m.type in ACTORS)
                         and not m.quoted]
                bare = bare_place_at(clause, clause.start)  # 街道联合…: the street in scope
                bare = bare if bare is not None and bare.end <= s else None
                subjects = [before[-1] if before else (self.convener(clause, at=s) or self.subject(clause)
                                                       or self._last_named(named) or bare)]
            for subject in subjects:
                if subject is None:
                    continue
                for p in partners:
                    if p is subject or (p.start, subject.start) in done:
                        continue
                    done.add((p.start, subject.start))
                    count, approx = self.count_near(clause, p, partners)
                    mid = self.text_between(clause, subject.end, p.start)  # the partner's own figure, after the subject
                    if self.count_before(clause, subject.start)[0] is not None and re.search(r"\d", mid[-10:]):
                        count, approx = None, False  # 66个A与23个B结成对子: a figure on both sides (guide §6)
                    yield self.rel(subject, "coBuilds", p, clause, count=count, approx=approx)

    def _field_of(self, clause: Clause, m: Mention) -> bool:
        """小区治理, 社区建设 (a kind of place, then one of ``ggl:place_field_nouns``): a field of work, no
        partner (把城市网格党建和小区治理作为抓手)."""
        return m.type == "Place" and m.level == "type" and self.text_between(
            clause, m.end, m.end + 4).startswith(self.cue("place_field_nouns"))

    def _places_before(self, clause: Clause, pos: int) -> list[Mention]:
        """Named places listed right before ``pos`` (A社区、B社区与…): the places as partners."""
        out: list[Mention] = []
        cursor = pos
        for m in reversed(clause.top_mentions):
            if m.end > cursor:
                continue
            gap = self.text_between(clause, m.end, cursor)
            if not m.is_named_place or gap not in ("", "、", "和", "及") or not gap and out and \
                    PLACE_RANK.get(m.place_level, 0) < PLACE_RANK.get(out[-1].place_level, 0):
                break  # (某街道A社区与…: the street written before holds the community, it is no partner)
            out.append(m)
            cursor = m.start
        return list(reversed(out))

    def _as_party(self, m: Mention) -> Mention:
        """A generic place co-building (驻区单位与社区结对共建) stands for its Party organisation."""
        if m.type == "Place" and m.level == "type":
            kind = self.lex.vocab.lookup(m.text + "党组织")
            if kind is not None:
                return Mention(m.start, m.end, m.text, kind.zh, kind.type, "type", None, kind.name)
        return m

    def _adjacent_pair(self, clause: Clause, pos: int):
        head = self.text_between(clause, clause.start, pos)
        if head.endswith("党建"):
            pos -= 2
        ms = [m for m in clause.mentions if m.end <= pos and not m.quoted]
        if len(ms) < 2 or ms[-1].end != pos or ms[-2].end != ms[-1].start:
            return None
        out = [self._as_party(m) for m in ms[-2:]]  # 社区物业党建联建: 社区 is its Party organisation
        return out if all(m.type in ACTORS for m in out) else None

    def _last_named(self, ms: list[Mention]) -> Mention | None:
        if not ms:
            return None
        last = ms[-1]
        for m in ms:
            if m.start == last.start and m.end > last.end:
                last = m
        return last

    # -- concurrentPost -------------------------------------------------------------
    def posts(self, clause: Clause) -> Iterator[Relation]:
        for s, e, w in self.find(clause, self.cue("cross_post_words")):
            head = self.text_between(clause, clause.start, s)
            among = head.rfind("在")
            between = head[among:] if among >= 0 else ""
            among = among if "之间" in between and "，" not in between else -1
            if among >= 0:  # X在A、B和C之间推行…: among A, B and C
                bodies = [b for b in clause.top_mentions if b.start > clause.start + among and b.end <= s
                          and b.type in ORGS and not b.quoted]
            else:
                bodies = [b for b in self.people_before(clause, s, named_after=True) if b.type in ORGS]
            if len(bodies) < 2:
                continue
            to = head.rfind("到")
            givers = [b for b in bodies if to >= 0 and b.end <= clause.start + to]
            hosts = [b for b in bodies if to >= 0 and b.start > clause.start + to]
            if givers and hosts:
                for a in givers:  # A成员到B和C交叉任职: A's people hold posts in B and C, one way
                    for b in hosts:
                        yield self.rel(a, "concurrentPost", b, clause)
                continue
            # A与B、C交叉任职: people of each side hold posts in the other
            # (A、B和C is one list; the 同 of 某区同步推动 marks no side: sides stand on both sides of a marker)
            cut = max((k for k, ch in enumerate(head) if ch in self.cue("side_markers")
                       and any(0 <= clause.start + k - b.end <= 4 for b in bodies)
                       and any(0 <= b.start - clause.start - k - 1 <= 4 for b in bodies)), default=-1) if among < 0 else -1
            left = [b for b in bodies if b.start < clause.start + cut] if cut >= 0 else bodies[:-1]
            right = [b for b in bodies if b.start > clause.start + cut] if cut >= 0 else bodies[-1:]
            if not left or not right:
                left, right = bodies[:-1], bodies[-1:]
            count, approx = self.count_before(clause, left[0].start)
            pairs = [(a, b) for a in left for b in right]
            if cut < 0:  # A、B、C三方“双向进入、交叉任职”: among three or more, every pair (guide §6)
                pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]
            for a, b in pairs:
                if a.label != b.label:
                    yield self.rel(a, "concurrentPost", b, clause, count=count, approx=approx)
                    yield self.rel(b, "concurrentPost", a, clause)
        yield from self._passive_posts(clause)
        yield from self._two_posts(clause)
        for s, e, w in (self.find(clause, self.cue("post_verbs")) + self._post_joins(clause)
                        + self._lone_post_verbs(clause) + self._member_post_verbs(clause)):
            after = [m for m in clause.mentions if m.start >= e and not m.quoted]
            obj, role = None, None
            for m in after:
                if "，" in self.text_between(clause, e, m.start):
                    break  # …双向进入、交叉任职，社区党支部的触角延伸: the post is not in the next phrase
                if m.type in ACTORS:
                    obj = m
                    break
                post = self._community_post(clause, m)
                if post:  # 担任秀水苑社区副主任: the community stands for its body, the post is the role
                    obj, role = m, post
                    break
                if m.type == "Role":
                    body = self._body_of_role(m, places=True)
                    if body is not None:
                        obj, role = body, m.label
                    break
            objs = [obj] if obj is not None else self._posts_of_scheme(clause, after)
            group, post = (None, None) if objs else self._post_group(clause, s, e)
            if group is not None:  # 领导小组由县委书记任组长: a bare post in the group the sentence is about
                yield from self._post(clause, s, after, group, post)
                continue
            sent = self._sent_between(clause, clause.start, s)
            if not objs and any(m.type == "Role" for m in after[:1]) and not sent:
                # 各社区“大党委”…吸纳A、B担任兼职委员: the posts are in the Party body the sentence is about,
                # else in the one named last before the holders (市委组织部…，社区“大党委”…由A、B担任);
                # not where people are sent (X选派N名干部下沉小区担任党建指导员: the posts are where they go)
                holders = self.people_before(clause, s)
                first = min((h.start for h in holders), default=s)
                named = [m for c in self.unit.clauses for m in c.top_mentions
                         if m.type == "PartyOrganisation" and m.end <= first
                         and not self.unit.text.endswith("由", 0, m.start - self.unit.start)]  # not 由X牵头组建
                actor = self.subject(clause)
                if actor is None or actor.type != "PartyOrganisation" or actor not in named:
                    actor = named[-1] if named else actor
                objs = [actor] if actor is not None and actor.type in ORGS else []
            if not objs:
                continue
            if obj is None:
                role = next(m.label for m in after if m.type == "Role")
            for obj in objs:
                yield from self._post(clause, s, after, obj, role)
            if obj is not None:  # m: the mention that gave the first post
                for more, more_role in self._more_posts(clause, after, m.end):
                    yield from self._post(clause, s, after, more, more_role)

    def _lone_post_verbs(self, clause: Clause) -> list[tuple[int, int, str]]:
        """县委书记任组长, 办事处主任任常务副组长, 社区党委书记任社区“大党委”书记: 任 alone, right after a post
        holder (ggl:holder_nouns, ggl:lone_post_holders) and before a post written bare (ggl:group_posts) or a
        body's post, holds a post as 担任 does."""
        return [(s, e, w) for s, e, w in self.find(clause, ("任",))
                if self.text_between(clause, clause.start, s).endswith(self.cue("holder_nouns") + self.cue("lone_post_holders"))
                and (self._bare_post(clause, e) is not None or any(
                    m.start == e and m.type == "Role" and self._body_of_role(m) is not None for m in clause.mentions))]

    def _member_post_verbs(self, clause: Clause) -> list[tuple[int, int, str]]:
        """…任组长，妇联、团委等部门负责人为成员: a verb of being (ggl:member_post_verbs) right before a
        group's member post written bare (ggl:member_posts) holds that post as 担任 does."""
        return [(s, e, w) for s, e, w in self.find(clause, self.cue("member_post_verbs"))
                if self._bare_post(clause, e) in self.cue("member_posts")]

    def _bare_post(self, clause: Clause, pos: int) -> str | None:
        """The post written bare at ``pos`` (组长, “双组长”), followed by no more of its name, else None."""
        found = self.lex.derived("bare-post", lambda: re.compile(
            "“?(" + self.lex.joined("group_posts").pattern + ")”?(?=$|[，。；、和及的（(])")).match(
            self.text_between(clause, pos, clause.end))
        return found.group(1) if found else None

    def _post_group(self, clause: Clause, s: int, e: int) -> tuple[Mention | None, str | None]:
        """领导小组由某书记任组长, 成立工作专班，由某书记任组长: a post written bare (ggl:group_posts) is
        held in the body the sentence is about (written right before its 由) or sets up (after a
        founding verb before that 由): (body, post), else (None, None)."""
        post = self._bare_post(clause, e)
        at = self.unit.text.rfind("由", 0, s - self.unit.start)
        if post is None or at < 0:
            return None, None
        at += self.unit.start
        bodies = [m for c in self.unit.clauses for m in c.top_mentions if m.end <= at and m.type in ORGS + ("Facility",)]
        adverbs = tuple(self.cue("adverbs"))
        topic = [m for m in bodies if self.unit.text[m.end - self.unit.start:at - self.unit.start].strip("”") in ("",) + adverbs]
        if topic:  # (not a kind read at the end of a longer name: …片区治理临时党工委由某书记兼任常务副书记)
            before = self.unit.text[topic[-1].start - self.unit.start - 1:topic[-1].start - self.unit.start]
            cut = topic[-1].level == "instance" or not re.fullmatch(r"[\u4e00-\u9fff”]", before) or any(
                m.end == topic[-1].start for c in self.unit.clauses for m in c.mentions)
            return (topic[-1], post) if cut else (None, None)
        verbs = [m.end() + self.unit.start for m in self.lex.pattern(self.cue("founding_verbs")).finditer(
            self.unit.text, 0, at - self.unit.start)]
        founded = [m for m in bodies if verbs and m.start >= verbs[-1] and "，" not in self.unit.text[
            verbs[-1] - self.unit.start:m.start - self.unit.start]]
        return (founded[0], post) if founded else (None, None)

    def _sent_between(self, clause: Clause, start: int, end: int) -> bool:
        """Is a verb of sending people written between ``start`` and ``end`` (not 派出 in 派出所)?"""
        return any(start <= vs < end and not any(m.start <= vs < m.end for m in clause.mentions)
                   for vs, _, _ in self.find(clause, self.cue("send_verbs")))

    def _two_posts(self, clause: Clause) -> Iterator[Relation]:
        """某社区党委书记、居委会主任某某: one person holds a post in each body (not a list of
        people going on: …业委会主任和物业服务企业负责人)."""
        posts = self.lex.joined("post_words")
        for m in clause.top_mentions:
            if m.type != "PartyOrganisation":
                continue
            post = posts.match(self.text_between(clause, m.end, clause.end))
            if not post or not self.text_between(clause, m.end + post.end(), clause.end).startswith("、"):
                continue
            at = m.end + post.end() + 1
            role = next((x for x in clause.top_mentions if x.start == at and x.type == "Role"), None)
            body = self._body_of_role(role) if role is not None else None
            rest = self.text_between(clause, role.end, clause.end) if role is not None else ""
            if body is None or body.type not in ("CommunityCommittee", "OwnersCommittee", "PropertyCompany") \
                    or rest[:1] in ("、", "和", "及", "等", "与"):
                continue
            yield self.rel(m, "concurrentPost", body, clause, role=role.label)

    def _community_post(self, clause: Clause, m: Mention) -> str | None:
        """The post written right after a named community, street or compound (凤台社区书记,
        秀水苑社区副主任), else None."""
        if not m.is_named_place or m.place_level not in ("community", "street", "compound"):
            return None
        found = self.lex.joined("post_words", "holder_nouns").match(self.text_between(clause, m.end, clause.end))
        return found.group(0) if found else None

    def _more_posts(self, clause: Clause, after: list[Mention], end: int) -> list[tuple[Mention, str | None]]:
        """兼任业委会委员、物业企业监督员: after the first post (ending at ``end``), a list of
        posts, each in its own body: [(body, role)]."""
        out = []
        for m in after:
            if m.start < end or m.type not in ACTORS + ("Role",):
                continue
            body, role = (m, None) if m.type in ACTORS else (self._body_of_role(m, places=True), m.label)
            if body is None or body.type not in ACTORS or not re.fullmatch(
                    r"[^\s，。；、]{0,6}[、和及]", self.text_between(clause, end, m.start)):
                break
            if self.lex.pattern(self.cue("post_verbs")).search(re.split("[，。；]", self.text_between(
                    clause, m.end, clause.end))[0]):
                break  # 兼任业委会主任、物业企业负责人担任…: the next item holds a post of its own
            out.append((body, role))
            end = m.end
        return out

    def _post_joins(self, clause: Clause) -> list[tuple[int, int, str]]:
        """党支部书记兼居委会主任: 兼 right after a post (a role ending there), not 兼职 or 兼任 (ggl:post_joiners),
        joins a second post in another body, as a verb of holding a post does."""
        out = []
        for s, e, w in self.find(clause, self.cue("post_joiners")):
            if not self._joiner_at(clause, s) or not (any(
                    m.type == "Role" and m.end == s for m in clause.mentions) or self.text_between(
                    clause, clause.start, s).endswith(self.cue("post_words"))):
                continue
            nxt = next((m for m in clause.mentions if m.start >= e), None)
            body = self._body_of_role(nxt, places=True) if nxt is not None and nxt.type == "Role" else nxt
            if body is not None and body.type == "Place":
                continue  # 书记兼二级网格长: a post in a kind of place is no body's
            out.append((s, e, w))
        return out

    def _joiner_at(self, clause: Clause, pos: int) -> bool:
        """Does a word joining two posts (ggl:post_joiners: 兼) stand at ``pos``, not the verbs 兼职 or 兼任?"""
        word = next((w for w in self.cue("post_joiners") if self.text_between(clause, pos, pos + len(w)) == w), None)
        return word is not None and self.text_between(clause, pos + len(word), pos + len(word) + 1) not in ("职", "任")

    def _passive_posts(self, clause: Clause) -> Iterator[Relation]:
        """网格长由社区“两委”成员兼任: the post before 由, the people after it."""
        for s, e, w in self.find(clause, self.cue("post_verbs")):
            head = self.text_between(clause, clause.start, s)
            at = head.rfind("由")
            if at <= 0:
                continue
            posts = [m for m in clause.mentions if m.type == "Role" and m.end <= clause.start + at
                     and self.text_between(clause, m.end, clause.start + at).strip() in ("",) + self.cue("adverbs")]
            body = self._body_of_role(posts[-1], places=True) if posts else None
            role = posts[-1].label if posts else None
            if body is None:  # 某小区业委会主任由…兼任: a named body and its post word before 由
                named = [m for m in clause.top_mentions if m.type in ORGS and not m.quoted and m.end <= clause.start + at
                         and self._post_word(self.text_between(clause, m.end, clause.start + at))]
                body = named[-1] if named else None
                role = body.text + self._post_word(self.text_between(clause, body.end, clause.start + at)) if body else None
            if body is None:
                continue
            people = [p for p in self.list_after(clause, clause.start + at + 1, PEOPLE) if p.end <= s]
            for p in _dedupe([self.holder_body(clause, p) for p in people]):
                if p.label != body.label:
                    yield self.rel(p, "concurrentPost", body, clause, role=role)

    def _post_word(self, gap: str) -> str:
        """The post word (ggl:post_words) that ``gap`` is, past an adverb after it (主任则), else ""."""
        gap = gap.strip()
        for a in self.cue("adverbs"):
            if gap.endswith(a) and gap != a:
                gap = gap[:-len(a)]
                break
        return gap if gap in self.cue("post_words") else ""

    def _posts_of_scheme(self, clause: Clause, after: list[Mention]) -> list[Mention]:
        """担任兼职委员 with no body: the bodies of the 兼职委员制度 named in the sentence."""
        roles = [m for m in after if m.type == "Role"]
        if not roles:
            return []
        role = roles[0]
        out = []
        for scheme in self.sentence_schemes():
            if role.text not in scheme.text:
                continue
            text = scheme.text
            for km in self.lex.kinds_re.finditer(text):
                kind = self.lex.surface[km.group(0)]
                if kind.type not in ORGS:
                    continue
                out.append(Mention(scheme.start + km.start(), scheme.start + km.end(), km.group(0),
                                   kind.zh, kind.type, "type", None, kind.name))
                shared = _shared_head(text, km.start(), km.end(), kind, self.lex, [])
                if shared is not None:
                    k2, s2 = shared
                    out.append(Mention(scheme.start + s2, scheme.start + km.start(), text[s2:km.start()],
                                       k2.zh, k2.type, "type", None, k2.name))
        return out

    def _post(self, clause: Clause, s: int, after: list[Mention], obj: Mention, role: str | None):
        if role is None:
            rest = [m for m in after if m.start >= obj.end and m.type == "Role"]
            tail = self.text_between(clause, obj.end, clause.end)
            if rest and rest[0].start - obj.end <= 1:
                role = rest[0].label
            elif rest and re.match(r"[”’]?[、和及]", tail) and re.fullmatch(
                    r"[^，。；]*", self.text_between(clause, obj.end, rest[0].start)) and all(
                    m.type in ACTORS for m in after if obj.end <= m.start < rest[0].start):
                role = rest[0].label  # 担任街道“大工委”、社区“大党委”兼职委员: the post after the list
            else:
                mt = re.match(r"[^\s，。；、和及”’]{1,4}", tail)
                role = mt.group(0) if mt else None
        # the people: after 从 …, else the phrase before the verb
        head = self.text_between(clause, clause.start, s)
        source = self.lex.derived("news-source", lambda: re.compile(
            "从[^，]*(?:" + self.lex.joined("source_verbs").pattern + ")")).search(head)
        if source:  # 记者从某街道党工委了解到，…: the news's source, no people's origin
            head = head[:source.start()] + "，" * (source.end() - source.start()) + head[source.end():]
        if "从" in head:
            at = clause.start + head.rindex("从") + 1
            if self._sent_between(clause, at, s) and not any(
                    w in (role or "") for w in self.cue("part_time_posts")):
                return  # 从X选派N名干部担任Y第一书记: X supports Y (support.from-send-as-post)
            people = _dedupe([self.holder_body(clause, p) for p in self.list_after(clause, at, PEOPLE)])
        elif self._sent_between(clause, clause.start, s) and any(w in (role or "") for w in self.cue("guide_posts")):
            return  # X选派N名干部担任Y党支部党建指导员: X supports Y (support.send-as-guide)
        else:
            people = self.people_before(clause, s)
            if self._joiner_at(clause, s):
                people = people[-1:]  # A书记王某与B书记兼居委会主任李某: 兼 joins the post of the one holder before it
        people = [p for p in self._counted_units_named(clause, people) if p.label != obj.label]
        if not people and "从" not in head:  # 凤台社区书记兼任…: the community stands for its body (guide §6)
            people = [m for m in clause.mentions if m.end <= s and self._community_post(clause, m)
                      and re.fullmatch(r"[^，。；]{0,8}", self.text_between(clause, m.end, s))][-1:]
        if not people:
            return
        # 对7家物业公司，聘任企业负责人兼任…: a holder written as 其/企业 is counted where its body is
        ref = next((m for m in reversed(clause.mentions) if m.end <= people[0].start and m.label == people[0].label
                    and m.text != people[0].text), None) if HOLDER_ANAPHOR.fullmatch(people[0].text) else None
        count, approx = self.count_before(clause, (ref or people[0]).start)
        if count is None and "从" in head:  # 从驻区单位中推选9名党组织负责人担任…: the figure counts the holders drawn
            count, approx = self.count_before(clause, s)
        for p in people:
            if p.type == "Role" and obj.type == "Place" and obj.level == "type":
                continue  # 党员担任楼栋长: people of no body, a post in a kind of place: no body's post
            span = self.phrase(clause, [ref, p, obj]) if ref is not None else (None, None)  # the quote holds the figure
            yield self.rel(p, "concurrentPost", obj, clause, *span, role=role, count=count, approx=approx)

    def _counted_units_named(self, clause: Clause, people: list[Mention]) -> list[Mention]:
        """与A、B、C等3家单位签订协议，吸纳3家单位党组织负责人担任…: a kind counted as N家 takes up the N
        named units a list closed by 等N家 named before it in the sentence; else the people as found."""
        if len(people) != 1 or people[0].level != "type" or people[0].type not in ORGS:
            return people
        before = self.unit.text[:people[0].start - self.unit.start]
        counted = re.search(r"(\d+|" + ZH_NUMBER + ")家(?:驻区|共建|成员|联建)?$", before)
        if not counted:
            return people
        closer = before.rfind("等" + counted.group(1) + "家", 0, counted.start())
        if closer < 0:
            return people
        at = self.unit.start + closer
        holder = next((c for c in self.unit.clauses if c.start <= at < c.end), None)
        if holder is None:
            return people
        units = [m for m in self.list_before(holder, at, ORGS) if m.level == "instance"]
        n = int(count_value(counted.group(1)))
        return units[-n:] if len(units) >= n else people  # (A与B、C等2家: the last N are the counted ones)

    def supports(self, clause: Clause) -> Iterator[Relation]:
        send = self.find(clause, self.cue("send_verbs"))
        words = [w for w in self.find(clause, self.cue("support_words"))
                 if not self._inside_word(clause, w) and not self._names_a_scheme(clause, w)
                 and self.text_between(clause, max(clause.start, w[0] - 1), w[0]) not in ("与", "同", "和", "所")]
        # (与联系社区结对共建: the word after a partner marker describes the partner, it sends nobody; nor 所包联社区: the one they serve)
        # 选派N名X到社区: after a sending verb, 到 marks where they go
        for ss, se, _ in send:
            comma = min([clause.text.find(ch, se - clause.start) for ch in "，；。"
                         if clause.text.find(ch, se - clause.start) >= 0] or [len(clause.text)])
            at = clause.text.find("到", se - clause.start, comma)
            if at >= 0 and not any(ws < clause.start + at + 1 and clause.start + at < we for ws, we, _ in words):
                words.append((clause.start + at, clause.start + at + 1, "到"))
        yield from self._sent(clause, send)
        for s, e, w in sorted(words):
            if any(s < se and ss < e for ss, se, _ in send):
                continue
            targets = [m for m in clause.mentions if m.start == e or (
                m.start > e and m.start - e <= 4 and
                self.text_between(clause, e, m.start) in ("到",) + self.cue("scope_markers")) or (
                m.start > e and re.fullmatch(r"到?[^，。；、]{1,12}的", self.text_between(clause, e, m.start))) or (
                m.start > e and self._counted_gap(clause, e, m.start)) or (
                # 下沉居住地社区, 下沉到物业管理薄弱小区: a short modifier before a kind of place
                m.start > e and m.type == "Place" and m.level == "type"
                and re.fullmatch(r"到?[\u4e00-\u9fff]{1,6}", self.text_between(clause, e, m.start))
                and not _has_verb(self.text_between(clause, e, m.start), self.lex))]
            targets = [t for t in targets if (t.type in ORGS or t.type == "Place") and not t.quoted]
            if not targets:
                continue
            target = chain_last(clause, targets[0])
            inner = next((m for m in clause.mentions if target.is_named_place and m.type == "Place"
                          and m.level == "type" and 0 <= m.start - target.end <= 4 and re.fullmatch(
                              r"[\u4e00-\u9fff]{0,4}", self.text_between(clause, target.end, m.start))
                          and not _has_verb(self.text_between(clause, target.end, m.start), self.lex)), None)
            target = inner or target  # 送进某镇居民楼栋: the kind of place inside the named one
            counted_inside = any(m.type == "Place" and m.level == "type" and m.start > target.end
                                 and self._counted_gap(clause, target.end, m.start) for m in clause.mentions)
            if w in self.cue("liaison_words") and target.type != "Place":
                continue  # 当即联系物业公司: getting in touch, no support
            if w == "参与" and (not self.text_between(clause, target.end, target.end + 2).startswith("治理")
                               or self.text_between(clause, s - 1, s) == "同" or self.text_between(
                                   clause, target.end + 2, target.end + 3) == "的"):
                continue  # 参与小区治理, not 共同参与的…治理架构 or 参与社区治理的积极性 (a noun phrase)
            # who: 从X选派N名Y … ; else the phrase before the verb
            givers, role = [], None
            comma = clause.start + max(self.text_between(clause, clause.start, s).rfind(ch) for ch in "，；") + 1
            sends = [x for x in send if comma <= x[0] and x[1] <= s]
            lead = self.text_between(clause, comma, sends[-1][0]) if sends else ""
            origin = comma + lead.rindex("从") if sends and "从" in lead else None  # 某街道党工委从机关选派
            named_origin = self.list_after(clause, origin + 1, ORGS) if origin is not None else []
            if named_origin:
                givers = named_origin
                count, approx = _count_after(self.text_between(clause, sends[-1][1], s), self.lex)
            else:
                givers = self.people_before(clause, s, PEOPLE + ("Facility",), holders=False)
                count, approx = self.count_before(clause, givers[0].start) if givers else (None, False)
                if sends and (not givers or givers[0].start >= sends[-1][1]):
                    # 某镇党委选派26名镇干部包联村: the people or team sent (named or not: 42名干部) are
                    # the named sender's means; sent into a site (…党群服务中心), the send-into
                    # constructions read it
                    if not givers:
                        count, approx = _count_after(self.text_between(clause, sends[-1][1], s), self.lex)
                    site = any(m.type == "Facility" and m.start == target.start for m in clause.mentions)
                    sender = origin if origin is not None else sends[-1][0]
                    givers = [] if site else [g for g in self.people_before(clause, sender, ORGS + ("Place",), holders=False)
                                              if g.start >= comma and g.level == "instance"]
                if count is None and givers:  # 城管、公安等部门420名执法人员: the figure of the list
                    count, approx = self.count_before(clause, givers[-1].start)
            if self._counted_gap(clause, e, target.start) or counted_inside:
                count, approx = None, False  # 49个部门包联184个社区, 41名干部下沉到某社区23个网格: a figure on
                # both sides is no count (guide §6)
            tail = self.text_between(clause, target.end, clause.end)
            if "担任" in tail[:6]:
                roles = [m for m in clause.mentions if m.start >= target.end and m.type == "Role"]
                role = roles[0].label if roles else None
            listed = [chain_last(clause, t) for t in self.list_after(clause, target.start, ORGS + ("Place",))]
            pairs = respective_pairs(clause, givers, listed) or [(g, target) for g in givers]
            for g, t in pairs:
                if g.label == t.label:
                    continue
                yield self.rel(g, "supports", t, clause, role=role, count=count, approx=approx)

    def _whole_opening(self, clause: Clause, start: int, end: int) -> str | None:
        """全地区统筹向…选派: a phrase that opens with a whole place (全市, 全区) and names no actor
        before ``end`` stands for the place of that level in scope."""
        opening = self.text_between(clause, start, end)
        level = next((lv for w, lv in wholes_in(opening, self.lex, 0, 3) if w.start() == 0), None)
        if level is None or any(start <= m.start and m.end <= end and m.type in ACTORS for m in clause.mentions):
            return None
        return self._place_of_level(clause, level)

    def _names_a_scheme(self, clause: Clause, hit) -> bool:
        """“兼职委员”进社区工作新模式: a support word after a quote, in a phrase a scheme's head noun
        closes, is part of a campaign's name (not “一对一”进驻小区)."""
        s, e, _ = hit
        before = self.text_between(clause, s - 1, s)
        if not before or before not in CLOSE_QUOTES:
            return False
        rest = re.split("[，；。]", self.text_between(clause, e, clause.end))[0]
        return any(rest.endswith(h) for h in self.cue("mechanism_heads"))

    def _inside_word(self, clause: Clause, hit) -> bool:
        """A one-character cue inside a longer verb (进 in 推进, 包 in 打包) is not that cue."""
        s, e, w = hit
        if len(w) > 1:
            return False
        verbs = self.lex.joined("verbs_not_names", "implement_verbs", "phrase_verbs", "lead_verbs", min_len=2)
        i = s - clause.start
        return any(m.start() <= i < m.end() for m in verbs.finditer(clause.text, max(0, i - 3), i + 4))

    def _sent(self, clause: Clause, send) -> Iterator[Relation]:
        """X向Y选派N名Z: X supports Y with people in the role Z."""
        for s, e, w in send:
            head = self.text_between(clause, clause.start, s)
            at = head.rfind("向")
            if at < 0 or any(m.start <= clause.start + at < m.end for m in clause.mentions):
                continue  # 向阳派出所: 向 inside a name
            givers = [m for m in self.people_before(clause, clause.start + at, ORGS, holders=False)]
            if not givers and len(self.text_between(clause, self.segment_start(clause, clause.start + at),
                                                    clause.start + at)) <= 2:
                # X发挥牵头作用，向Y派驻Z: a comma phrase opening with 向 sends for the clause's subject
                subject = self.subject(clause)
                givers = [subject] if subject is not None and subject.type in ORGS else []
            if not givers:  # …，街道还向业委会选派…: a bare 街道 opening the phrase is the one in scope;
                # 青石区还向物业企业选派…: a named place opening it sends for its government
                opening = self.segment_start(clause, clause.start + at)
                bare = bare_place_at(clause, opening) or next(
                    (chain_last(clause, m) for m in clause.mentions if m.start == opening and m.is_named_place
                     and self.text_between(clause, opening - 1, opening) not in tuple("、和与及")), None)
                givers = [bare] if bare is not None and len(self.text_between(clause, bare.end, clause.start + at)) <= 2 else []
            whole = None if givers else self._whole_opening(clause, self.segment_start(clause, clause.start + at),
                                                            clause.start + at)  # 全地区统筹向村和社区选派…
            targets = [m for m in clause.mentions if clause.start + at < m.start < s
                       and (m.type in ORGS or m.type == "Place") and not m.quoted]
            # 向小区内物业公司派驻: a place before 内/里 only says where the body is
            targets = [m for m in targets if not (m.type == "Place" and any(
                t.type in ORGS and t.start > m.end and self.text_between(clause, m.end, m.end + 1) in ("内", "里")
                for t in targets))]
            if not (givers or whole) or not targets:
                continue
            roles = [m for m in clause.mentions if m.start >= e and m.type == "Role"]
            tail = self.text_between(clause, e, clause.end)
            count, approx = _count_after(tail[:16], self.lex)
            listed = [t for t in targets if t is targets[-1] or self.text_between(clause, t.end, t.end + 1) in "、和及与"]
            role = roles[0].label if roles else None
            for t in listed if whole else ():  # the place of the whole's level sends (place=: no scope of its own)
                yield Relation((whole, None), "supports", self.key(t, clause),
                               self.evidence(clause, *self.phrase(clause, [t])), place=whole, role=role,
                               count=count, approx=approx)
            for g in givers:
                for t in listed:  # 向A、B派驻: each body listed
                    if g.label != t.label:
                        yield self.rel(g, "supports", t, clause, role=role, count=count, approx=approx)

    # -- leads ----------------------------------------------------------------------
    def leads(self, clause: Clause) -> Iterator[Relation]:
        for s, e, w in self.find(clause, self.cue("core_frames")):
            head = self.text_between(clause, clause.start, s)
            if "以" not in head:
                continue
            leaders = self.list_before(clause, s, ORGS)
            in_sentence = self.sentence_schemes()
            after = [m for m in in_sentence if m.start >= e]
            scheme = after[0] if after else in_sentence[-1] if in_sentence else self.scheme_in_scope(clause, e)
            led = self._led_after_core(e) if not in_sentence else []
            if led:  # 以X为核心，A为基础，B、C共同参与的…架构 (no scheme in the sentence): X leads each body
                for lead in leaders:
                    for body in led:
                        yield self.rel(lead, "leads", body, clause, s - 12, e)
                continue
            for lead in leaders:
                if scheme is not None:
                    yield self.rel(lead, "leads", scheme, clause, s - 12, e)
        led_doers = {(m.start, m.end) for scheme in self.schemes(clause)
                     for m, _ in self.doers_of_scheme(clause, scheme)[1:]}
        for s, e, w in self.find(clause, self.cue("lead_verbs")):
            leaders = self.list_before(clause, self.past_adverbs(clause, s), ORGS)  # X每月召集…
            # A引领、B统筹、C监督的M: only the body named first leads (see participates)
            leaders = [m for m in leaders if (m.start, m.end) not in led_doers]
            if not leaders and w in ("牵头",):
                head = self.text_between(clause, clause.start, s)
                if "由" in head:
                    leaders = self.list_after(clause, clause.start + head.rindex("由") + 1, ORGS)
                elif (head.endswith("，") or (not head.strip() and clause is not self.unit.clauses[0])) and \
                        self.text_between(clause, e, e + 2) in self.cue("founding_verbs") + ("召开",):
                    # X把…作为…，牵头组建M: the body the sentence is about leads what it founds
                    subj = self.subject(clause)
                    leaders = [subj] if subj is not None and subj.type in ORGS else []
            if not leaders and w in ("统筹",):
                # 由X牵头，统筹A、B: the leader named earlier in the sentence
                for c in self.unit.clauses:
                    for fs, fe, fw in self.find(c, ("牵头",)):
                        h = self.text_between(c, c.start, fs)
                        if "由" in h and fs < s:
                            leaders = self.list_after(c, c.start + h.rindex("由") + 1, ORGS)
                if not leaders:
                    subj = self.subject(clause)
                    leaders = [subj] if subj is not None and subj.type in ORGS else []
            if not leaders:
                continue
            led = self.schemes(clause, e)
            founded = self.list_after(clause, e + 2, ORGS) if self.text_between(clause, e, e + 2) in self.cue(
                "founding_verbs") else []
            named = [m for m in self.schemes(clause) if founded and m.start >= founded[-1].end
                     and not any(ch in self.text_between(clause, founded[-1].end, m.start) for ch in "，；。")]
            if w == "牵头" and named:  # X牵头建立A、B、C三方联席会议制度: X leads the scheme they form
                founded = named[:1]
            if w == "牵头" and self.text_between(clause, e, e + 2) == "召开":
                # X牵头召开由A、B参加的“M”: the convener leads the meeting (not one of a later phrase)
                founded = [m for m in self.schemes(clause, e)
                           if not re.search("[，；]", self.text_between(clause, e, m.start))][:1]
            if w == "牵头" and founded:  # X牵头成立Y: X leads the body it founds
                for target in founded:
                    for lead in leaders:
                        yield self.rel(lead, "leads", target, clause)
                continue
            bodies = self.list_after(clause, e, ORGS) if w.endswith("的") else []
            if bodies and not (led and led[0].start - bodies[-1].end <= 2):
                # X领导下的A、B、C协同运转 (no scheme named after them): X leads the bodies
                for body in bodies:
                    for lead in leaders:
                        yield self.rel(lead, "leads", body, clause)
                continue
            if w.endswith("的") and led:
                target = led[0]
            elif w in ("统筹",):
                targets = []  # X统筹A、B: the constructions lead.verb-list and lead.verb-list-scheme
                if self.text_between(clause, e, e + 1) in "，、":
                    # 建立街道党工委统筹，各部门协同参与的“…”机制: the scheme of the clause
                    targets = [m for m in self.schemes(clause, e)][:1]
                for target in targets:
                    for lead in leaders:
                        yield self.rel(lead, "leads", target, clause)
                continue
            elif w == "召集":  # X召集A、B(，)召开M, or a scheme named before: not one of a later phrase
                target = next((m for m in self.schemes(clause, e)
                               if not re.search("[，；](?!召开)", self.text_between(clause, e, m.start))), None)
                earlier = [m for m in self.sentence_schemes() if m.end <= s]
                target = target or (earlier[-1] if earlier else None)
            elif self.text_between(clause, e, e + 1) in ("这", "该", "此"):
                target = None  # X领办这家中心: the object is the body just named, no scheme in scope
            else:
                target = self.scheme_in_scope(clause, e)
                if target is not None and target not in self.sentence_schemes():
                    target = None  # not a scheme of an earlier sentence
            if target is not None:
                for lead in leaders:
                    yield self.rel(lead, "leads", target, clause)
        openers = self.cue("prior_decision_openers")
        for s, e, w in self.find(clause, self.cue("prior_decision") + openers):
            if w in openers:  # 先由X议定, 须先经X研究: the decider follows
                deciders = self.list_after(clause, e, ORGS)
            else:
                deciders = self.list_before(clause, s, ORGS)
            # 先由A提出意见，再由B决定: A leads B; else the body whose matters come first (凡B…)
            then = clause.text.find("再由", e - clause.start)
            later = self.list_after(clause, clause.start + then + 2, ORGS) if then >= 0 else []
            others = later[:1] or [m for c in self.unit.clauses for m in c.mentions
                                   if m.type in ORGS and m not in deciders and m.start < s and not m.quoted][-1:]
            if deciders and others and others[0].label != deciders[0].label:
                lo, hi = min(others[0].start, s), max(others[0].end, deciders[0].end + 4)
                yield self.rel(deciders[0], "leads", others[0], clause, lo, hi)

    # -- participatesIn -------------------------------------------------------------
    def _quoted_list_of_kinds(self, name: str) -> bool:
        """“网格党支部、驻区单位、业委会”联动机制: the quotes hold only a list, two items or more of
        which are kinds of bodies or roles written whole (not “双向进入、交叉任职”)."""
        quoted = re.match(r"[“\"]([^”\"]+)[”\"]", name)
        items = quoted.group(1).split("、") if quoted else []
        whole = [w for w in items if w in self.lex.surface and self.lex.surface[w].type in PEOPLE]
        return len(whole) >= 2

    def _scheme_of_team(self, clause: Clause, members: list[Mention]) -> Mention | None:
        """依托“M”体系，组建由A、B组成的网格组: a team formed, in the sentence that names the one scheme
        it works under, is the scheme's; A and B take part in M. Not where the sentence names none
        before the members, or more than one."""
        if not members:
            return None
        here = self.sentence_schemes()
        before = [m for m in here if m.end <= members[0].start]
        return before[0] if len(before) == 1 and len(here) == 1 else None

    def _people_of_formula(self, inner: str, start: int, kinds: list) -> list[Mention]:
        """“微网格长+楼栋长+庭户长”体系, “网格员+物业+房东”模式: a part of a + formula that is no kind but ends
        in a word for people (ggl:people_endings) names the people of that part, a role labelled as written."""
        quoted = re.search(r"[“\"]([^”\"]*[+＋][^”\"]*)[”\"]", inner)
        if quoted is None:
            return []
        out, s = [], quoted.start(1)
        for word in re.split(r"[+＋]", quoted.group(1)):
            if (re.fullmatch(r"[\u4e00-\u9fff]{2,6}", word) and word.endswith(self.cue("people_endings"))
                    and not any(km.start() < s + len(word) and s < km.end() for km in kinds)):
                out.append(Mention(start + s, start + s + len(word), word, word, "Role", "type"))
            s += len(word) + 1
        return out

    def _formula_before(self, clause: Clause, pos: int) -> list[Mention]:
        """The bodies joined by + that end right before ``pos`` (社区党组织+物业公司“M”)."""
        out: list[Mention] = []
        for m in reversed(_outermost([m for m in clause.mentions if m.end <= pos and not m.quoted])):
            gap = self.text_between(clause, m.end, out[-1].start if out else pos)
            if m.type not in PEOPLE or gap not in (("+", "＋") if out else ("",)):
                break
            out.append(m)
        return list(reversed(out))

    def participates(self, clause: Clause) -> Iterator[Relation]:
        seen = set()

        def emit(p, scheme, role=None, count=None, approx=False, start=None, end=None):
            key = (p.label, scheme.label)
            if key in seen or p.type not in PEOPLE:
                return
            seen.add(key)
            yield self.rel(p, "participatesIn", scheme, clause, start, end, role=role, count=count, approx=approx)

        # A、B等组成的M; 以A、B为主体的M; A、B共同参与的M
        for s, e, w in self.find(clause, self.cue("member_frames")):
            scheme = next(iter(self.schemes(clause, e)), None)
            members = self.list_before(clause, s, PEOPLE)
            if scheme is None or scheme.start - e > 30 or any(
                    ch in self.text_between(clause, e, scheme.start) for ch in "，；。"):
                scheme = self._scheme_of_team(clause, members)
                if scheme is None:
                    continue
            for m in members:
                count, approx = self.count_near(clause, m, members)
                yield from emit(m, scheme, count=count, approx=approx)
        # 以A为基础
        for s, e, w in self.find(clause, self.cue("base_frames")):
            if w == "为主体":
                continue
            members = self.list_before(clause, s, PEOPLE)
            scheme = self.scheme_in_scope(clause, e)
            if scheme is not None:
                for m in members:
                    yield from emit(m, scheme)
        # a list written right before a scheme: 小区党支部、物业服务企业、业主委员会“三方办”机制
        for scheme in self.schemes(clause):
            if scheme.type != "Mechanism":
                continue
            members = self.list_before(clause, scheme.start, PEOPLE, skip_members=False)
            if len(members) < 2:  # 社区党组织+物业公司“1+1大于2”治理模式: a formula of bodies before the name
                members = self._formula_before(clause, scheme.start)
            if len(members) >= 2 and not any(w in scheme.text for w in self.cue("cross_post_words")):
                # A与B“双向进入、交叉任职” gives cross posts, not members of a scheme
                for m in members:
                    yield from emit(m, scheme)
            # roles and bodies named inside a quoted process (“居民申报—信息员采集—议事会评定”流程)
            # or listed at the head of an unquoted name (居委会、业委会、物业服务企业协调运行机制);
            # or the parts of a formula (“小区党支部+业委会+社区”共治平台)
            # or listed whole, item by item, inside the quotes (“网格党支部、驻区单位、业委会”联动机制)
            # (“A+B+C”的“M”: a quoted formula written before the scheme and 的 spells its parties)
            head = self.text_between(clause, clause.start, scheme.start)
            opened = head.rfind("“", 0, len(head) - 2) if head.endswith("”的") else -1
            spelled = [(clause.start + opened, head[opened:-1])] if opened >= 0 else []
            for start, inner in [(scheme.start, scheme.text)] + spelled:
                listed = "、" in inner and (not inner.startswith(("“", '"')) or self._quoted_list_of_kinds(inner))
                if not (any(sep in inner for sep in self.cue("chain_separators") + ("+", "＋")) or listed):
                    continue
                found = [(km, self.lex.surface[km.group(0)]) for km in self.lex.kinds_re.finditer(inner)]
                parts = [Mention(start + km.start(), start + km.end(), km.group(0), kind.zh, kind.type, "type", None,
                                 kind.name) for km, kind in found if kind.type in PEOPLE]
                if len({m.label for m in parts}) < 2:
                    continue  # “党建+物业”, “物业服务+养老服务”: one body beside a task names no parties
                parts += self._people_of_formula(inner, start, [km for km, _ in found])
                for mm in sorted(parts, key=lambda m: m.start):
                    yield from emit(mm, scheme)
        # A引领、B统筹、C监督的M: each body but a leader named first takes part in M
        lead_words = self.cue("lead_verbs") + self.cue("steer_verbs")
        for scheme in self.schemes(clause):
            for i, (m, verb) in enumerate(self.doers_of_scheme(clause, scheme)):
                if not (i == 0 and verb in lead_words):
                    yield from emit(m, scheme)
        # a kind named after a quoted scheme: 116个“双报到”单位
        for m in clause.mentions:
            if m.type in ("Institution", "Role") and m.level == "type" and ("“" in m.text or '"' in m.text):
                inner = re.search(r"[“\"]([^”\"]+)[”\"]", m.text)
                if inner and inner.group(1) not in self.cue("quoted_not_schemes"):  # “两新”组织
                    scheme_label = "“" + inner.group(1) + "”"
                    scheme = Mention(m.start, m.end, m.text, scheme_label, "Mechanism", "instance")
                    self.entity(scheme, None)
                    count, approx = self.count_before(clause, m.start)
                    yield from emit(m, scheme, count=count, approx=approx)  # the place in scope runs it? unsaid
        # A到社区报到: they take part in the scheme of reporting to one's community (“双报到”)
        report = self.lex.vocab.lookup(self.cue("report_scheme")[0]) if self.cue("report_scheme") else None
        for s, e, w in self.find(clause, ("报到",)):
            head = self.text_between(clause, clause.start, s)
            at = head.rfind("到")
            if report is None or at < 0 or not any(
                    m.type == "Place" and clause.start + at < m.start < s for m in clause.mentions):
                continue
            named = [m for m in self.unit.paragraph_mechanisms + self.sentence_schemes()
                     if m.type == "Mechanism" and m.label.startswith(report.zh)]  # “双报到”, “双报到”工作
            if not named and "双" not in self.text_between(clause, s - 2, s):
                continue  # 到社区报到 joins “双报到” where the paragraph names it (or writes 双报到)
            scheme = Mention(s, e, w, named[-1].label if named else report.zh, "Mechanism", "instance", None,
                             report.name)
            for m in self.people_before(clause, clause.start + at, PEOPLE, holders=False):
                count, approx = self.count_near(clause, m)
                yield from emit(m, scheme, count=count, approx=approx)
        # A、B参与志愿服务 (not 参与小区治理): they take part in the sentence's scheme
        for s, e, w in self.find(clause, ("参与", "参加", "加入")):
            after = [m for m in clause.mentions if m.start == e]
            if after and after[0].type == "Place":
                continue
            scheme = self.scheme_in_scope(clause, e)
            here = self.sentence_schemes()
            if scheme is None or scheme not in here:
                continue
            for m in self.people_before(clause, s):
                yield from emit(m, scheme)
        # 指定A担任R; 邀请A、B等担任R (people appointed to a role in the scheme in scope)
        for s, e, w in self.find(clause, self.cue("appoint_verbs")):
            post = self.text_between(clause, e, clause.end)
            if "担任" not in post:
                continue
            at = e + post.index("担任")
            members = self.list_before(clause, at, PEOPLE)
            roles = [m for m in clause.mentions if m.start >= at and m.type == "Role"]
            obj_orgs = [m for m in clause.mentions if m.start >= at and m.type in ACTORS]
            scheme = self.scheme_in_scope(clause)
            if scheme is None or obj_orgs or not roles:
                continue
            for m in members:
                yield from emit(m, scheme, role=roles[0].label)
        # 由A、B定期进行…; 经A、B商讨…; 组织A开展… (the scheme in scope)
        for s, e, w in self.find(clause, self.cue("agent_verbs")):
            if w == "由" and self.text_between(clause, s - 1, s) == "先":
                continue
            if any(m.start <= s and e <= m.end for m in clause.mentions):
                continue  # 组织 in 市委组织部: no verb inside a name
            if s != clause.start and self.text_between(clause, s - 1, s) not in BREAK and w == "由":
                if not self.text_between(clause, clause.start, s).endswith(("，", "")):
                    continue
            members = self.list_after(clause, e, PEOPLE)
            if not members:
                continue
            tail = self.text_between(clause, members[-1].end, clause.end)
            if tail.startswith(("组成", "共同组成")):  # 开展“M”行动，由A和B组成巡查队: a team of M
                scheme = self._scheme_of_team(clause, members)
                for m in members if scheme is not None else ():
                    yield from emit(m, scheme)
                continue
            if tail.startswith(("牵头", "为", "领导", "负责", "主持", "带队", "统一") + self.cue("lead_verbs")
                               + self.cue("steer_verbs") + self.cue("send_verbs")) or tail.startswith(self.cue("post_verbs")):
                continue  # 由X主持, 由X统筹, 由X选派…: X chairs, steers or sends; it takes no part as a member
            scheme = self.scheme_in_scope(clause, s, before=True)
            if scheme is None or scheme not in self.sentence_schemes():
                continue  # not a scheme of an earlier sentence: right 11 times in 103 over the corpus
            for m in members:
                yield from emit(m, scheme)

    def attendance(self, clause: Clause) -> Iterator[Relation]:
        """参会人员：A、B负责人，C代表；列席：D — the bodies and people a record's attendance line
        lists (ggl:attendance_labels) take part in the meeting the record is about: the first scheme
        its article named as a meeting or an event (Unit.meeting)."""
        label = self.lex.pattern(self.cue("attendance_labels")).match(self.unit.text.lstrip())
        meeting = self.unit.meeting
        if label is None or meeting is None:
            return
        start = self.unit.start + len(self.unit.text) - len(self.unit.text.lstrip()) + label.end()
        seen = set()
        for m in clause.top_mentions:
            if m.start < start or m.quoted or m.type not in PEOPLE:
                continue
            body = self.holder_body(clause, m)
            if body.label not in seen and body.label != meeting.label:
                seen.add(body.label)
                yield self.rel(body, "participatesIn", meeting, clause, m.start, m.end)


# The rules a construction names as its ``resolver`` (ontology/constructions/*.yaml): what a
# pattern cannot say yet. Each is one method of _Rules.
RULES = {
    "located_in": "located_in",
    "implements": "implements",
    "hierarchy": "hierarchy",
    "cobuilds": "cobuilds",
    "posts": "posts",
    "supports": "supports",
    "leads": "leads",
    "participates": "participates",
    "attendance": "attendance",
}
