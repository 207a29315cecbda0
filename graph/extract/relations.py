"""Stage 2, extract: the eight relations of a unit, by rules over its mentions and cue words.

Each rule reads one construction of the genre (a hierarchy chain, 与X联合构建, 从X选派N名Y
进驻Z, 以X为核心, A、B等组成的M …); the words come from ``ontology/`` cue lists, the
rules only say where to look. Every relation keeps the clause it was read from.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from graph.extract.mentions import BREAK, Lexicon, _shared_head
from graph.extract.model import PLACE_RANK, Evidence, Mention, Relation
from graph.extract.units import Clause, Unit

ORGS = ("PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
        "PropertyCompany", "Institution", "SocialOrganisation")
ACTORS = ORGS + ("Facility",)
PEOPLE = ORGS + ("Role",)
SCHEMES = ("Mechanism", "Policy")
COUNT_RE = re.compile(r"(\d+(?:\.\d+)?)(余|多)?(名|个|家|支|位|户|人|所)(?:[^\d，。；：、]{0,6})?$")
GAP_RE = re.compile(r"^\s*(?:(?:[、和及与或]|以及)\s*(?:\d+|若干|一|多)?(?:余|多)?(?:名|个|家|位|支|类)?"
                    r"[\u4e00-\u9fff]{0,2}|(?:\d+|若干|一|多)?(?:余|多)?(?:名|个|家|位|支|类)?)\s*$")

KeyFn = Callable[[Mention, "str | None"], tuple]


def relations_of(unit: Unit, lex: Lexicon, entity: KeyFn) -> Iterator[Relation]:
    """Every relation stated in one unit; registers every mention as an entity on the way."""
    for clause in unit.clauses:
        for m in clause.mentions:
            if not (m.type == "Place" and m.level == "type"):
                entity(m, clause.place)
    ctx = _Context(unit, lex, entity)
    for clause in unit.clauses:
        yield from ctx.located_in(clause)
        yield from ctx.implements(clause)
        yield from ctx.hierarchy(clause)
        yield from ctx.cobuilds(clause)
        yield from ctx.posts(clause)
        yield from ctx.supports(clause)
        yield from ctx.leads(clause)
        yield from ctx.participates(clause)


class _Context:
    def __init__(self, unit: Unit, lex: Lexicon, entity: KeyFn):
        self.unit, self.lex, self.entity = unit, lex, entity

    # -- helpers --------------------------------------------------------------------
    def key(self, m: Mention, clause: Clause) -> tuple:
        return self.entity(self.specific(m, clause), clause.place)

    def specific(self, m: Mention, clause: Clause) -> Mention:
        """A bare kind taken up again (党支部 after 小区（网格）党支部 in the same place) is that
        more specific kind: the latest named earlier in the article or the sentence."""
        if m.level != "type" or m.type in ("Place", "Role") + SCHEMES:
            return m
        earlier = list(self.unit.prior.get(clause.place, ()))
        earlier += [x.label for c in self.unit.clauses for x in c.mentions
                    if x.level == "type" and x.start < m.start and c.place == clause.place]
        for label in reversed(earlier):
            if label != m.label and label.endswith(m.label):
                return Mention(m.start, m.end, m.text, label, m.type, m.level, m.place_level, m.kind)
        return m

    def rel(self, s: Mention, pred: str, o: Mention, clause: Clause, start: int | None = None,
            end: int | None = None, **kw) -> Relation:
        if start is None and end is None:
            start, end = self.phrase(clause, [s, o])
        return Relation(self.key(s, clause), pred, self.key(o, clause),
                        self.evidence(clause, start, end), place=clause.place, **kw)

    def phrase(self, clause: Clause, mentions: list[Mention]) -> tuple[int, int]:
        """The comma-delimited stretch of a clause that holds the given mentions: the quote."""
        inside = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
        if not inside:
            return clause.start, clause.end
        lo, hi = min(m.start for m in inside), max(m.end for m in inside)
        text = clause.text
        i = lo - clause.start
        while i > 0 and text[i - 1] not in "，。；：,;:" and not (text[i - 1] == "、" and text[i].isdigit()):
            i -= 1
        j = hi - clause.start
        while j < len(text) and text[j] not in "，。；,;" and not (
                text[j] == "、" and j + 1 < len(text) and text[j + 1].isdigit()):
            j += 1
        return clause.start + i, clause.start + j

    def evidence(self, clause: Clause, start: int | None = None, end: int | None = None) -> Evidence:
        s = clause.start if start is None else max(clause.start, start)
        e = clause.end if end is None else min(clause.end, end)
        raw = self.raw(s, e)
        # trim closing punctuation and spaces, keep offsets exact
        while raw and raw[-1] in "。；;，,、 \n":
            raw, e = raw[:-1], e - 1
        while raw and raw[0] in " \n":
            raw, s = raw[1:], s + 1
        return Evidence(s, e, raw, self.unit.sentence)

    def raw(self, s: int, e: int) -> str:
        u = self.unit
        return u.raw[s - u.start:e - u.start]

    def local(self, clause: Clause, offset: int) -> int:
        return offset - clause.start

    def cue(self, name: str):
        return self.lex.cue(name)

    def find(self, clause: Clause, words) -> list[tuple[int, int, str]]:
        """Occurrences (doc offsets) of any cue word in the clause, longest first at a place."""
        out = []
        if not words:
            return out
        for m in self.lex.pattern(words).finditer(clause.text):
            out.append((clause.start + m.start(), clause.start + m.end(), m.group(0)))
        return out

    def text_between(self, clause: Clause, a: int, b: int) -> str:
        return clause.text[a - clause.start:b - clause.start]

    def count_before(self, clause: Clause, pos: int) -> tuple[int | None, bool]:
        head = clause.text[:pos - clause.start]
        m = COUNT_RE.search(head[-16:])
        if not m:
            return None, False
        value = float(m.group(1))
        approx = bool(m.group(2)) or any(head[-16:][:m.start()].endswith(w) for w in self.lex.cue("approx_prefix"))
        return (int(value) if value.is_integer() else None), approx

    def count_near(self, clause: Clause, m: Mention, group: list[Mention] = ()) -> tuple[int | None, bool]:
        """The figure of a mention: written before it (14家驻区单位), after it (党支部46个), or
        after the list it closes (医院、学校等17家驻区单位)."""
        count = self.count_before(clause, m.start)
        if count[0] is not None:
            return count
        units = "|".join(self.cue("unit_people"))
        after = clause.text[m.end - clause.start:m.end - clause.start + 8]
        found = re.match(rf"(\d+)(余|多)?(?:{units})", after)
        if found:
            return int(found.group(1)), bool(found.group(2))
        if group:
            tail = clause.text[group[-1].end - clause.start:group[-1].end - clause.start + 10]
            found = re.match(rf"(?:{'|'.join(self.cue('enumeration_closers'))})(\d+)(余|多)?(?:{units})", tail)
            if found:
                return int(found.group(1)), bool(found.group(2))
        return None, False

    def subject(self, clause: Clause) -> Mention | None:
        """The body or named place a clause (else its sentence) names as acting."""
        for c in [clause] + [c for c in self.unit.clauses if c is not clause]:
            m = self._clause_subject(c)
            if m is not None:
                return m
            if c is clause and clause is not self.unit.clauses[0]:
                continue
            break
        return None

    def _clause_subject(self, c: Clause) -> Mention | None:
        text = c.text
        i = 0
        # skip a leading adverbial ending in a comma with no mention in it (今年以来，)
        comma = text.find("，")
        if 0 <= comma <= 12 and not any(m.start < c.start + comma for m in c.mentions if not m.quoted):
            i = comma + 1
        for w in self.lex.cue("scope_markers"):
            if text.startswith(w, i):
                i += len(w)
                break
        start = c.start + i
        ms = [m for m in c.mentions if not m.quoted and m.start >= start]
        if not ms or ms[0].start != start:
            return None
        first = ms[0]
        # a chain of places, maybe ending in a named body: take the last, most specific
        j = 0
        while (j + 1 < len(ms) and ms[j].is_named_place and ms[j + 1].start <= ms[j].end):
            j += 1
        cand = ms[j]
        # a body written over its place (金谷社区党支部 starts where 金谷社区 starts)
        for m in ms:
            if m.start == cand.start and m.end > cand.end and m.type in ACTORS:
                cand = m
        if cand.is_named_place or (cand.type in ORGS and cand is not None):
            return cand
        del first
        return None

    def list_before(self, clause: Clause, pos: int, types=PEOPLE, skip_members: bool = True) -> list[Mention]:
        """The coordinated mentions that end right before ``pos`` (A、B和C等 …)."""
        ms = [m for m in clause.mentions if m.end <= pos and not m.quoted and m.type in types + ("Place",)]
        out: list[Mention] = []
        cursor = pos
        tail = self.text_between(clause, max(clause.start, pos - 8), pos)
        for closer in sorted(self.cue("enumeration_closers") + self.cue("member_nouns"), key=len, reverse=True):
            if tail.endswith(closer):
                cursor = pos - len(closer)
                break
        for m in reversed(_outermost(ms)):
            gap = self.text_between(clause, m.end, cursor)
            gap = _strip_members(gap, self.lex) if skip_members else gap
            if out and not GAP_RE.match(gap):
                break
            if not out and not (gap.strip() == "" or GAP_RE.match(gap) or _only_members(gap, self.lex)):
                break
            if m.type == "Place" and m.level == "type":
                break
            if m.type == "Place":
                cursor = m.start
                continue
            out.append(m)
            cursor = m.start
        return list(reversed(out))

    def list_after(self, clause: Clause, pos: int, types=PEOPLE) -> list[Mention]:
        """The coordinated mentions that start right after ``pos``."""
        ms = [m for m in clause.mentions if m.start >= pos and not m.quoted and m.type in types + ("Place",)]
        out: list[Mention] = []
        cursor = pos
        for m in _outermost(ms):
            gap = self.text_between(clause, cursor, m.start)
            if not out:
                if len(gap) > 8 or any(ch in gap for ch in "，。；：") or (gap and not _prefix_ok(gap, self.lex)):
                    break
            elif not GAP_RE.match(gap):
                break
            if m.type == "Place" and m.level == "instance":
                cursor = m.end
                continue
            if m.type == "Place":
                break
            out.append(m)
            cursor = m.end
        return out

    def schemes(self, clause: Clause, after: int | None = None) -> list[Mention]:
        return [m for m in clause.mentions if m.type in SCHEMES and (after is None or m.start >= after)]

    def scheme_in_scope(self, clause: Clause, pos: int | None = None, before: bool = False) -> Mention | None:
        """The scheme a clause is about: the next one named in it (the last one before ``pos``
        with ``before``), else one named earlier in the sentence or paragraph."""
        if pos is not None and before:
            earlier = [m for c in self.unit.clauses for m in c.mentions if m.type == "Mechanism" and m.end <= pos]
            if earlier:
                return earlier[-1]
        if pos is not None:
            later = [m for m in self.schemes(clause) if m.start >= pos and m.type == "Mechanism"]
            if later and (later[0].start - pos <= 30 or not self.unit.paragraph_mechanisms):
                return later[0]  # a scheme written far on is another one than the paragraph's
        here = [m for c in self.unit.clauses for m in c.mentions if m.type == "Mechanism"]
        if pos is not None and self.unit.paragraph_mechanisms and not any(m.end <= pos for m in here):
            return self.unit.paragraph_mechanisms[0]  # only far-off schemes after: the paragraph's
        if here:
            return here[-1] if pos is None else min(here, key=lambda m: abs(m.start - pos))
        if self.unit.paragraph_mechanisms:
            return self.unit.paragraph_mechanisms[0]
        return None

    def holder_body(self, clause: Clause, m: Mention) -> Mention:
        """The body behind a post holder: 小区党支部书记 → 小区党支部; 业委会党员 → 业委会."""
        if m.type != "Role":
            return m
        before = [x for x in clause.mentions if x.end == m.start and x.type in ORGS]
        if before:
            return before[-1]
        inside = [x for x in clause.mentions if x.start == m.start and x.end < m.end and x.type in ORGS]
        if inside:
            return max(inside, key=lambda x: x.end)
        return self._body_of_role(m) or m

    def segment_start(self, clause: Clause, pos: int) -> int:
        """Where the phrase governing a verb at ``pos`` begins: the clause start, the last
        comma, a new counted item (、29名…) or right after a verb that introduces people."""
        text = self.text_between(clause, clause.start, pos)
        cut = 0
        for i, ch in enumerate(text):
            if ch in "，,：:":
                cut = i + 1
            elif ch == "、" and i + 1 < len(text) and text[i + 1].isdigit():
                cut = i + 1
        for w in self.cue("people_introducers"):
            k = text.rfind(w)
            while k >= 0 and any(m.start <= clause.start + k < m.end for m in clause.mentions):
                k = text.rfind(w, 0, k)  # 组织 inside 社区党组织 is not the verb
            if k >= 0 and k + len(w) > cut:
                cut = k + len(w)
        return clause.start + cut

    def people_before(self, clause: Clause, pos: int, types=PEOPLE) -> list[Mention]:
        """The bodies or people acting on a verb at ``pos``: the mentions of its phrase, post
        holders mapped to their bodies, adverbials (经业主大会选举) left out."""
        seg = self.segment_start(clause, pos)
        ms = [m for m in clause.mentions if seg <= m.start and m.end <= pos and not m.quoted
              and m.type in types]
        out = []
        for m in ms:
            before = self.text_between(clause, max(seg, m.start - 2), m.start)
            if any(before.endswith(p) for p in self.cue("adverbial_preps")):
                continue
            if any(x is not m and x.start <= m.start and m.end <= x.end and (x.end - x.start) > (m.end - m.start)
                   for x in ms):
                continue
            out.append(m)
        out = _dedupe([self.holder_body(clause, m) for m in out])
        bodies = [m for m in out if m.type in ORGS]
        if bodies:  # 业主委员会、物业服务企业负责人等人员中的党员: the bodies, not 党员
            out = [m for m in out if m.type in ORGS or m.label not in self.cue("member_nouns")]
        elif len(out) > 1:  # 外卖骑手党员: the riders, 党员 only says which of them
            out = [m for m in out if m.label not in self.cue("member_nouns")]
        return out

    # -- locatedIn ------------------------------------------------------------------
    def located_in(self, clause: Clause) -> Iterator[Relation]:
        places = [m for m in clause.mentions if m.is_named_place and not m.quoted]
        for a, b in zip(places, places[1:]):
            if b.start == a.end and PLACE_RANK[b.place_level] > PLACE_RANK[a.place_level]:
                yield self.rel(b, "locatedIn", a, clause, a.start, b.end)
        # the top of a chain sits in the place of the paragraph or article
        parent = self.unit.article_place
        for i, p in enumerate(places):
            if i and places[i - 1].end == p.start:
                continue
            top_rank = PLACE_RANK.get(p.place_level, 0)
            outer = self._outer_place(clause, p)
            if outer and outer[0] != p.label and outer[1] < top_rank and p.place_level in ("street", "community", "compound", "district"):
                yield Relation(self.key(p, clause), "locatedIn", (outer[0], None),
                               self.evidence(clause, p.start, self._chain_end(places, i)), place=outer[0])
        del parent
        # a named body sits in the place its name starts with
        for m in clause.mentions:
            if m.level != "instance" or m.type in ("Place",) + SCHEMES:
                continue
            inside = [p for p in places if m.start <= p.start and p.end <= m.end]
            if inside:
                yield self.rel(m, "locatedIn", inside[-1], clause, m.start, m.end)

    def _chain_end(self, places, i):
        end = places[i].end
        for p in places[i + 1:]:
            if p.start == end:
                end = p.end
            else:
                break
        return end

    def _outer_place(self, clause: Clause, p: Mention):
        """(label, rank) of the named place that holds a chain's top: the place in scope
        before the clause (named earlier in the paragraph), else the article's place."""
        top = PLACE_RANK.get(p.place_level, 0)
        for label in (clause.outer, self.unit.article_place):
            rank = self.unit_place_rank(label) if label else 0
            if label and 0 < rank < top and label != p.label:
                return label, rank
        return None

    def unit_place_rank(self, label: str) -> int:
        for suffix, level in self.lex.suffix_level.items():
            if label.endswith(suffix):
                return PLACE_RANK.get(level, 0)
        return 0

    # -- implements -----------------------------------------------------------------
    def implements(self, clause: Clause) -> Iterator[Relation]:
        schemes = self.schemes(clause)
        if not schemes:
            return
        actor = self.subject(clause)
        for m in schemes:
            if actor is not None and actor.start < m.start:
                yield self.rel(actor, "implements", m, clause)
            else:
                place = clause.place
                if place:
                    yield Relation((place, None), "implements", self.key(m, clause),
                                   self.evidence(clause), place=place)

    # -- subOrganisationOf ----------------------------------------------------------
    def hierarchy(self, clause: Clause) -> Iterator[Relation]:
        seps = self.cue("chain_separators")
        orgs = [m for m in clause.mentions if m.type in ORGS and not (m.quoted and m.type in SCHEMES)]
        # A—B—C: each sits under the one before
        for a, b in zip(orgs, orgs[1:]):
            gap = self.text_between(clause, a.end, b.start)
            if gap and gap in seps:
                yield self.rel(b, "subOrganisationOf", a, clause)
        # A下设B; B隶属于A
        for s, e, w in self.find(clause, self.cue("hierarchy_words")):
            before = self.list_before(clause, s, ORGS) or [
                m for m in self.people_before(clause, s, ORGS) if m.type in ORGS]
            after = self.list_after(clause, e, ORGS)
            if not before or not after:
                continue
            if w == "下设":
                for b in after:
                    count, approx = self.count_near(clause, b, after)
                    yield self.rel(b, "subOrganisationOf", before[-1], clause, count=count, approx=approx)
            else:
                for b in before:
                    count, approx = self.count_near(clause, b, before)
                    yield self.rel(b, "subOrganisationOf", after[0], clause, count=count, approx=approx)
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
            if above:
                yield self.rel(cell, "subOrganisationOf", above[-1], clause)

    # -- coBuilds -------------------------------------------------------------------
    def cobuilds(self, clause: Clause) -> Iterator[Relation]:
        words = self.find(clause, self.cue("cobuild_words"))
        done = set()
        for s, e, w in words:
            # 社区物业党建联建: two kinds written side by side before the word
            pair = self._adjacent_pair(clause, s)
            if pair:
                yield self.rel(pair[0], "coBuilds", pair[1], clause)
                continue
            partners, subject = [], None
            head = self.text_between(clause, clause.start, s)
            marker = max((head.rfind(p) for p in ("与", "同", "和")), default=-1)
            if marker >= 0 and w != "联合" or (marker >= 0 and w == "联合" and not self.list_after(clause, e, ACTORS)):
                at = clause.start + marker
                partners = self.list_after(clause, at + 1, ACTORS)
                partners = [p for p in partners if p.end <= s]
                before = [m for m in self.list_before(clause, at, ACTORS + ("Place",))]
                subject = before[-1] if before else self.subject(clause)
            elif w in ("联合", "携手"):
                partners = self.list_after(clause, e, ACTORS)
                before = self.list_before(clause, s, ACTORS)
                named = [m for m in clause.mentions if m.end <= s and (m.is_named_place or m.type in ACTORS)
                         and not m.quoted]
                subject = before[-1] if before else (self._last_named(named) or self.subject(clause))
            if not partners or subject is None:
                continue
            subject = self._as_party(subject)
            partners = [self._as_party(p) for p in partners]
            for p in partners:
                if p is subject or (p.start, subject.start) in done:
                    continue
                done.add((p.start, subject.start))
                count, approx = self.count_near(clause, p, partners)
                yield self.rel(subject, "coBuilds", p, clause, count=count, approx=approx)

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
        out = []
        for m in ms[-2:]:
            if m.type == "Place" and m.level == "type":
                kind = self.lex.vocab.lookup(m.text + "党组织")
                if kind is None:
                    return None
                m = Mention(m.start, m.end, m.text, kind.zh, kind.type, "type", None, kind.name)
            elif m.type not in ACTORS:
                return None
            out.append(m)
        return out

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
            bodies = [b for b in self.people_before(clause, s) if b.type in ORGS]
            if len(bodies) < 2:
                continue
            # A与B、C交叉任职: people of each side hold posts in the other
            head = self.text_between(clause, clause.start, s)
            cut = max(head.rfind(p) for p in self.cue("partner_markers") if len(p) == 1)
            left = [b for b in bodies if b.start < clause.start + cut] if cut >= 0 else bodies[:-1]
            right = [b for b in bodies if b.start > clause.start + cut] if cut >= 0 else bodies[-1:]
            if not left or not right:
                left, right = bodies[:-1], bodies[-1:]
            count, approx = self.count_before(clause, left[0].start)
            for a in left:
                for b in right:
                    if a.label != b.label:
                        yield self.rel(a, "concurrentPost", b, clause, count=count, approx=approx)
                        yield self.rel(b, "concurrentPost", a, clause)
        for s, e, w in self.find(clause, self.cue("post_verbs")):
            after = [m for m in clause.mentions if m.start >= e and not m.quoted]
            obj, role = None, None
            for m in after:
                if m.type in ACTORS:
                    obj = m
                    break
                if m.type == "Role":
                    body = self._body_of_role(m, places=True)
                    if body is not None:
                        obj, role = body, m.label
                    break
            objs = [obj] if obj is not None else self._posts_of_scheme(clause, after)
            if not objs:
                continue
            if obj is None:
                role = next(m.label for m in after if m.type == "Role")
            for obj in objs:
                yield from self._post(clause, s, after, obj, role)

    def _posts_of_scheme(self, clause: Clause, after: list[Mention]) -> list[Mention]:
        """担任兼职委员 with no body: the bodies of the 兼职委员制度 named in the sentence."""
        roles = [m for m in after if m.type == "Role"]
        if not roles:
            return []
        role = roles[0]
        out = []
        for scheme in (m for c in self.unit.clauses for m in c.mentions if m.type == "Mechanism"):
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
            if rest and rest[0].start - obj.end <= 1:
                role = rest[0].label
            else:
                tail = self.text_between(clause, obj.end, clause.end)
                mt = re.match(r"[^\s，。；、和及]{1,4}", tail)
                role = mt.group(0) if mt else None
        # the people: after 从 …, else the phrase before the verb
        head = self.text_between(clause, clause.start, s)
        if "从" in head:
            at = clause.start + head.rindex("从") + 1
            people = _dedupe([self.holder_body(clause, p) for p in self.list_after(clause, at, PEOPLE)])
        else:
            people = self.people_before(clause, s)
        people = [p for p in people if p.label != obj.label]
        if not people:
            return
        count, approx = self.count_before(clause, people[0].start)
        for p in people:
            yield self.rel(p, "concurrentPost", obj, clause, role=role, count=count, approx=approx)

    def _body_of_role(self, m: Mention, places: bool = False):
        """业委会成员 → the 业委会 kind written inside the role's name (网格长 → 网格 with places)."""
        types = ORGS + ("Facility",) + (("Place",) if places else ())
        for k_s, k_e in ((0, i) for i in range(len(m.text) - 1, 1, -1)):
            head = m.text[k_s:k_e]
            kind = self.lex.surface.get(head)
            if kind is not None and kind.type == "Place" and m.text[k_e:] not in ("长",) + self.cue("post_words"):
                continue
            if kind is not None and kind.type != "Place" and m.text[k_e:] not in self.cue("holder_nouns"):
                continue  # 机关干部 is a role of its own, 业委会成员 a post in the 业委会
            if kind is not None and kind.type in types:
                return Mention(m.start, m.start + len(head), head, kind.zh, kind.type, "type", kind.level, kind.name)
        return None

    # -- supports -------------------------------------------------------------------
    def supports(self, clause: Clause) -> Iterator[Relation]:
        send = self.find(clause, self.cue("send_verbs"))
        for s, e, w in self.find(clause, self.cue("support_words")):
            if any(s < se and ss < e for ss, se, _ in send):
                continue
            targets = [m for m in clause.mentions if m.start == e or (
                m.start > e and m.start - e <= 4 and
                self.text_between(clause, e, m.start) in ("到",) + self.cue("scope_markers"))]
            targets = [t for t in targets if t.type in ORGS or (t.type == "Place" and t.level == "type")]
            if not targets:
                continue
            target = targets[0]
            if w == "参与" and not self.text_between(clause, target.end, target.end + 2).startswith("治理"):
                continue
            # who: 从X选派N名Y … ; else the phrase before the verb
            givers, role = [], None
            comma = clause.start + max(self.text_between(clause, clause.start, s).rfind(ch) for ch in "，；") + 1
            sends = [x for x in send if comma <= x[0] and x[1] <= s]
            lead = self.text_between(clause, comma, sends[-1][0]) if sends else ""
            if sends and "从" in lead:
                at = comma + lead.rindex("从") + 1
                givers = self.list_after(clause, at, ORGS)
                count, approx = _count_after(self.text_between(clause, sends[-1][1], s))
            else:
                givers = self.people_before(clause, s, PEOPLE + ("Facility",))
                count, approx = self.count_before(clause, givers[0].start) if givers else (None, False)
                if count is None and givers:  # 城管、公安等部门420名执法人员: the figure of the list
                    count, approx = self.count_before(clause, givers[-1].start)
            tail = self.text_between(clause, target.end, clause.end)
            if "担任" in tail[:6]:
                roles = [m for m in clause.mentions if m.start >= target.end and m.type == "Role"]
                role = roles[0].label if roles else None
            for g in givers:
                if g.label == target.label:
                    continue
                yield self.rel(g, "supports", target, clause, role=role, count=count, approx=approx)

    # -- leads ----------------------------------------------------------------------
    def leads(self, clause: Clause) -> Iterator[Relation]:
        for s, e, w in self.find(clause, self.cue("core_frames")):
            head = self.text_between(clause, clause.start, s)
            if "以" not in head:
                continue
            leaders = self.list_before(clause, s, ORGS)
            scheme = self.scheme_in_scope(clause, e)
            for lead in leaders:
                if scheme is not None:
                    yield self.rel(lead, "leads", scheme, clause, s - 12, e)
        for s, e, w in self.find(clause, self.cue("lead_verbs")):
            leaders = self.list_before(clause, s, ORGS)
            if not leaders and w in ("牵头",):
                head = self.text_between(clause, clause.start, s)
                if "由" in head:
                    leaders = self.list_after(clause, clause.start + head.rindex("由") + 1, ORGS)
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
            if w == "牵头" and founded:  # X牵头成立Y: X leads the body it founds
                for target in founded:
                    for lead in leaders:
                        yield self.rel(lead, "leads", target, clause)
                continue
            if w.endswith("的") and led:
                target = led[0]
            elif w in ("统筹",):
                for target in self.list_after(clause, e, ORGS):
                    for lead in leaders:
                        yield self.rel(lead, "leads", target, clause)
                continue
            else:
                target = self.scheme_in_scope(clause, e)
            if target is not None:
                for lead in leaders:
                    yield self.rel(lead, "leads", target, clause)
        for s, e, w in self.find(clause, self.cue("prior_decision")):
            if w == "先由":
                deciders = self.list_after(clause, e, ORGS)
            else:
                deciders = self.list_before(clause, s, ORGS)
            others = [m for c in self.unit.clauses for m in c.mentions
                      if m.type in ORGS and m not in deciders and m.start < s and not m.quoted]
            if deciders and others:
                yield self.rel(deciders[0], "leads", others[-1], clause,
                               others[-1].start, deciders[0].end + 4)

    # -- participatesIn -------------------------------------------------------------
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
            if scheme is None or scheme.start - e > 30 or any(
                    ch in self.text_between(clause, e, scheme.start) for ch in "，；。"):
                continue
            members = self.list_before(clause, s, PEOPLE)
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
            members = self.list_before(clause, scheme.start, ORGS, skip_members=False)
            if len(members) >= 2:
                for m in members:
                    yield from emit(m, scheme)
            # roles and bodies named inside a quoted process (“居民申报—信息员采集—议事会评定”流程)
            # or listed at the head of an unquoted name (居委会、业委会、物业服务企业协调运行机制)
            inner = scheme.text
            if any(sep in inner for sep in self.cue("chain_separators") + ("+", "＋")) or (
                    "、" in inner and not inner.startswith(("“", '"'))):
                for km in self.lex.kinds_re.finditer(inner):
                    kind = self.lex.surface[km.group(0)]
                    if kind.type in PEOPLE:
                        mm = Mention(scheme.start + km.start(), scheme.start + km.end(), km.group(0),
                                     kind.zh, kind.type, "type", None, kind.name)
                        yield from emit(mm, scheme)
        # a kind named after a quoted scheme: 116个“双报到”单位
        for m in clause.mentions:
            if m.type in ("Institution", "Role") and m.level == "type" and ("“" in m.text or '"' in m.text):
                inner = re.search(r"[“\"]([^”\"]+)[”\"]", m.text)
                if inner:
                    scheme_label = "“" + inner.group(1) + "”"
                    scheme = Mention(m.start, m.end, m.text, scheme_label, "Mechanism", "instance")
                    self.entity(scheme, None)
                    count, approx = self.count_before(clause, m.start)
                    yield from emit(m, scheme, count=count, approx=approx)
                    if clause.place:
                        yield Relation((clause.place, None), "implements", (scheme_label, None),
                                       self.evidence(clause), place=clause.place)
        # A、B参与志愿服务 (not 参与小区治理): they take part in the sentence's scheme
        for s, e, w in self.find(clause, ("参与", "参加", "加入")):
            after = [m for m in clause.mentions if m.start == e]
            if after and after[0].type == "Place":
                continue
            scheme = self.scheme_in_scope(clause, e)
            here = [m for c in self.unit.clauses for m in c.mentions if m.type == "Mechanism"]
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
            if s != clause.start and self.text_between(clause, s - 1, s) not in BREAK and w == "由":
                if not self.text_between(clause, clause.start, s).endswith(("，", "")):
                    continue
            members = self.list_after(clause, e, PEOPLE)
            if not members:
                continue
            tail = self.text_between(clause, members[-1].end, clause.end)
            if tail.startswith(("组成", "牵头", "为", "领导", "负责")) or tail.startswith(self.cue("post_verbs")):
                continue
            scheme = self.scheme_in_scope(clause, s, before=True)
            if scheme is None:
                continue
            for m in members:
                yield from emit(m, scheme)


def _outermost(ms: list[Mention]) -> list[Mention]:
    """The mentions not inside another one (南宁市 inside 南宁市某医院党委 goes), in text order."""
    return [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end
                                     and (o.end - o.start) > (m.end - m.start) for o in ms)]


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in ms:
        if m.label not in seen:
            seen.add(m.label)
            out.append(m)
    return out


def _strip_members(gap: str, lex: Lexicon) -> str:
    for w in sorted(lex.cue("member_nouns"), key=len, reverse=True):
        if gap.startswith(w):
            return gap[len(w):]
    return gap


def _only_members(gap: str, lex: Lexicon) -> bool:
    g = gap.strip()
    return not g or g in lex.cue("member_nouns") or g in lex.cue("enumeration_closers")


def _prefix_ok(gap: str, lex: Lexicon) -> bool:
    """Words allowed between a verb and the list it governs: 辖区, 14家, 周边800余个 …"""
    g = gap
    for w in lex.cue("scope_markers") + ("驻区",):
        if g.startswith(w):
            g = g[len(w):]
            break
    g = g.removeprefix("内").removeprefix("的")
    g = re.sub(r"^(\d+|若干)(余|多)?(名|个|家|位|支|类)?", "", g)
    for w in ("各类", "各", "所有", "全部", "其他"):
        if g.startswith(w):
            g = g[len(w):]
    return len(g) <= 2


def _count_after(text: str) -> tuple[int | None, bool]:
    m = re.search(r"(\d+)(余|多)?(名|个|家|支|位)", text)
    if not m:
        return None, False
    return int(m.group(1)), bool(m.group(2))
