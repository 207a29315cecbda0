"""Stage 2, extract: what the relation rules read a clause with — lists, counts, subjects, the scheme in scope.

The rules (graph/extract/relations.py) say which construction signals which relation; this
module holds the reading they share: the coordinated mentions before or after a word, the
figure of a mention, the body or place a clause names as acting, the scheme a clause is
about, the body behind a post holder, and the evidence span of a relation.
"""
from __future__ import annotations

import re
from typing import Callable

from graph.extract.lexicon import ATTACHABLE, ORGS, SHORT_NAME, Lexicon
from graph.extract.model import PLACE_RANK, Evidence, Mention, Relation
from graph.extract.units import RUN_IN_DATE, RUN_IN_LABEL, RUN_IN_SPEAKER, Clause, Unit

ACTORS = ATTACHABLE
PEOPLE = ORGS + ("Role",)
SCHEMES = ("Mechanism", "Policy")
_RECORD_FIELDS = ("attendance_labels", "duty_unit_labels", "lead_unit_labels", "partner_record_labels")  # cue lists
LOCAL_LEVELS = ("street", "community", "compound")  # a named place of these stands for its bodies as a partner

KeyFn = Callable[[Mention, "str | None"], tuple]

_PATTERNS: dict[int, dict] = {}


def patterns(lex: Lexicon) -> dict[str, re.Pattern]:
    """The figure and list patterns, built from the measure words and markers of the vocabulary."""
    got = _PATTERNS.get(id(lex))
    if got is None:
        units = "|".join(lex.cue("unit_people"))
        approx = "|".join(lex.cue("approx_suffix"))
        coord = "|".join(lex.cue("coordination")) + "|" + "|".join(
            "[，,]" + w for w in lex.cue("comma_coordination"))  # A、B，以及C
        got = _PATTERNS[id(lex)] = {
            # 279名 … just before a mention (up to six characters of modifier between)
            "count": re.compile(rf"(\d+(?:\.\d+)?)({approx})?(?:{units})(?:[^\d，。；：、]{{0,6}})?$"),
            "count_after": re.compile(rf"(\d+)({approx})?(?:{units}|类)"),
            "count_head": re.compile(rf"^(\d+|若干)({approx})?(?:{units}|类)?"),
            # A、B等10家单位: the figure and noun that close a list of named items
            "closing_count": re.compile(rf"等\s*(?:(?:\d+|若干|[一二两三四五六七八九十]+)({approx})?(?:{units})"
                                        rf"[\u4e00-\u9fff]{{0,4}}|[\u4e00-\u9fff]{{0,4}}单位)$"),  # 等成员单位 too
            # what may stand between two items of a list: a coordinator, a figure, an adjective
            # (an alias in brackets is an item of its own: 业委会（物管会）、物业企业; a declared short name
            # is no item: 某县房产管理局（以下简称县房管局）、某镇人民政府)
            # (a figure may close the item before: 网格党支部6个、小区党支部12个)
            "gap": re.compile(rf"^(?:{SHORT_NAME.pattern})?\s*[（(）)]?(?:(?:\d+({approx})?(?:{units})\s*)?(?:{coord})\s*"
                              rf"(?:\d+|若干|一|多)?({approx})?(?:{units}|类)?"
                              rf"[\u4e00-\u9fff]{{0,2}}|(?:\d+|若干|一|多)?({approx})?(?:{units}|类)?)[（(]?\s*$"),
            # A、B等55家机关企事业单位: the named items before a kind that closes the list
            "closing_gap": re.compile(rf"^等\s*(?:(?:\d+|若干|[一二两三四五六七八九十]+)({approx})?(?:{units}))?$"),
        }
    return got


_TITLED_SCHEME = re.compile(r"《[^“》]{0,20}“([^”》]{2,20})”([^》“]{2,16})》")  # 《某某“Q”H共建协议书》


class Context:
    """One unit (a sentence, heading, title or byline) being read for relations."""

    def __init__(self, unit: Unit, lex: Lexicon, entity: KeyFn):
        self.unit, self.lex, self.entity = unit, lex, entity

    # -- helpers --------------------------------------------------------------------
    def key(self, m: Mention, clause: Clause) -> tuple:
        return self.entity(self.specific(m, clause), clause.place_at(m.start))

    def same_place(self, m: Mention, clause: Clause) -> Mention:
        """A bare place kind of the level of the place in scope (到社区报到 in a community's
        paragraph) is that place: the named community, not a community of it."""
        place = clause.place
        if m.type != "Place" or m.level != "type" or not place or m.label != m.text:
            return m
        level = self.lex.level_of(place)
        if level is None or level != m.place_level:
            return m
        return Mention(m.start, m.end, m.text, place, "Place", "instance", level, m.kind, m.quoted)

    def specific(self, m: Mention, clause: Clause) -> Mention:
        """A bare kind taken up again (党支部 after 小区（网格）党支部 in the same place) is that
        more specific kind: the latest named earlier in the article or the sentence."""
        if m.type == "Place":
            return self.same_place(m, clause)
        if m.level != "type" or m.type in ("Role",) + SCHEMES:
            return m
        earlier = list(self.unit.prior.get(clause.place, {}))  # oldest first
        earlier += [x.label for x in clause.mentions if x.level == "type" and x.start < m.start]
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

    def past_adverbs(self, clause: Clause, pos: int) -> int:
        """Where the adverbs (ggl:adverbs) written right before ``pos`` begin: A已与B, X每月召集."""
        words = sorted(self.cue("adverbs"), key=len, reverse=True)
        while True:
            head = self.text_between(clause, clause.start, pos)
            word = next((a for a in words if head.endswith(a)), None)
            if word is None:
                return pos
            pos -= len(word)

    def count_before(self, clause: Clause, pos: int) -> tuple[int | None, bool]:
        head = clause.text[:pos - clause.start]
        m = patterns(self.lex)["count"].search(head[-16:])
        if not m:
            return None, False
        at = pos - len(head[-16:]) + m.start()
        if any(x.start <= at < x.end for x in clause.mentions):
            return None, False  # 602所社区党支部与…: a figure inside a name counts nothing
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
        approx = "|".join(self.cue("approx_suffix"))
        found = re.match(rf"(\d+)({approx})?(?:{units})", after)
        if found:
            return int(found.group(1)), bool(found.group(2))
        if group:
            tail = clause.text[group[-1].end - clause.start:group[-1].end - clause.start + 10]
            found = re.match(rf"(?:{'|'.join(self.cue('enumeration_closers'))})(\d+)({approx})?(?:{units})", tail)
            if found:
                return int(found.group(1)), bool(found.group(2))
        return None, False

    def subject(self, clause: Clause) -> Mention | None:
        """The body, named site or named place a clause (else its sentence) names as acting."""
        for c in [clause] + [c for c in self.unit.clauses if c is not clause]:
            m = self._clause_subject(c)
            if m is not None:
                return m
            if c is clause and clause is not self.unit.clauses[0]:
                continue
            break
        return None

    def convener(self, clause: Clause, at: int | None = None) -> Mention | None:
        """由X牵头 at the head of the sentence (or, given ``at``, as the phrase right before it:
        …，由X牵头，联合Y): X acts."""
        if at is None:
            clause = self.unit.clauses[0]
            found = re.match(r"\s*由", clause.text)
            end = None
        else:
            found = re.search(r"由(?=[^，。；]{2,40}，$)", self.text_between(clause, clause.start, at))
            end = at - 1  # the leading word ends the phrase
        if not found:
            return None
        after = self.list_after(clause, clause.start + found.end(), ORGS)
        if after and self.text_between(clause, after[-1].end, after[-1].end + 2) in ("牵头", "负责", "统筹") \
                and end in (None, after[-1].end + 2):
            return after[0]
        return None

    def _clause_subject(self, c: Clause) -> Mention | None:
        text = c.text
        label = RUN_IN_LABEL.match(text)  # 【共驻共建】各社区党委推行…: a run-in heading before the subject
        i = label.end() if label and "：" not in text[label.end():label.end() + 24] else 0  # (【同期声】某某：a speaker)
        run_in = RUN_IN_DATE.match(text, i) or RUN_IN_SPEAKER.match(text, i)
        i = run_in.end() if run_in else i
        # skip a leading adverbial ending in a comma with no mention in it (今年以来，)
        comma = text.find("，", i)
        if 0 <= comma - i <= 12 and not any(c.start + i <= m.start < c.start + comma for m in c.mentions if not m.quoted):
            i = comma + 1
        colon = text.find("：", i)  # 整改措施：某社区党总支落实…: a short run-in label with no mention in it (记者：…？ asks)
        if 0 < colon - i <= 8 and "？" not in text and not any(c.start + i <= m.start < c.start + colon for m in c.mentions) \
                and not any(text[i:colon + 1] in self.cue(f) for f in _RECORD_FIELDS):
            i = colon + 1  # (参会单位：A、B: a record's field lists, no one acts)
        opener = next((w for w in self.lex.cue("deictic_openers") if text.startswith(w, i)), "")
        i += len(opener)  # 这是某社区党委打造“M”的缩影: the body after 这是 acts
        for w in self.lex.cue("scope_markers"):
            if text.startswith(w, i):
                i += len(w)
                break
        if text[i:i + 1] in tuple("省市区县镇乡") and any(m.start == c.start + i + 1 for m in c.mentions):
            i += 1  # 县物业行业党委, 区住建局: the level's one character says whose body it is
        start = c.start + i
        ms = [m for m in c.mentions if not m.quoted and m.start >= start]
        if not ms or ms[0].start != start:
            return None
        # a chain of places, maybe ending in a named body: take the last, most specific
        j = 0
        while (j + 1 < len(ms) and ms[j].is_named_place and ms[j + 1].start <= ms[j].end):
            j += 1
        cand = ms[j]
        if cand.is_named_place and j + 1 < len(ms) and ms[j + 1].type in ORGS and \
                self.text_between(c, cand.end, ms[j + 1].start) in self.cue("place_body_words"):
            cand = ms[j + 1]  # 某街道各社区党组织牵头: the bodies of the place act
        # a body written over its place (桃源社区党支部 starts where 桃源社区 starts)
        for m in ms:
            if m.start == cand.start and m.end > cand.end and m.type in ACTORS:
                cand = m
        if cand.is_named_place or cand.type in ORGS or cand.type == "Facility" and cand.level == "instance":
            return cand
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
        closing = patterns(self.lex)["closing_count"].search(self.text_between(clause, max(clause.start, pos - 12), pos))
        if closing and not any(m.start < pos - len(closing.group(0)) < m.end for m in ms):
            cursor = min(cursor, pos - len(closing.group(0)))
        for m in reversed(_outermost(ms)):
            gap = self.text_between(clause, m.end, cursor)
            gap = _strip_members(gap, self.lex) if skip_members else gap
            closed = len(out) == 1 and out[0].level == "type" and m.level == "instance" \
                and patterns(self.lex)["closing_gap"].match(gap)  # A、B等55家机关企事业单位: A and B too
            if out and not closed and not patterns(self.lex)["gap"].match(gap):
                break
            if not out and not (gap.strip() == "" or patterns(self.lex)["gap"].match(gap)
                                or _only_members(gap, self.lex)):
                break
            if m.type == "Place" and m.level == "type":
                break
            if m.type == "Place":
                cursor = m.start
                continue
            out.append(m)
            cursor = m.start
        return list(reversed(out))

    def list_after(self, clause: Clause, pos: int, types=PEOPLE, kinds_of_places: tuple = ()) -> list[Mention]:
        """The coordinated mentions that start right after ``pos``; with "Place" in ``types``, a
        named street, community or compound that heads nothing is an item too (与平安社区共建), and
        so is a kind of place of one of the levels ``kinds_of_places`` (联合各社区: its bodies)."""
        ms = [m for m in clause.mentions if m.start >= pos and not m.quoted and m.type in types + ("Place",)]
        starts = {m.start for m in ms}
        out: list[Mention] = []
        cursor = pos
        named_at = {m.start for m in ms if m.level == "instance" and m.type != "Place"}
        for m in _outermost(ms):
            gap = self.text_between(clause, cursor, m.start)
            if not out:
                if len(gap) > 8 or any(ch in gap for ch in "，。；：") or (gap and not _prefix_ok(gap, self.lex)):
                    break
            elif not patterns(self.lex)["gap"].match(gap):
                break
            if m.level == "type" and m.type != "Place" and m.end in named_at:
                cursor = m.end  # 联合共建单位某大学: a kind written right before a named body is its label
                continue
            if m.type == "Place" and m.level == "instance":
                word = next((w for w in self.cue("place_body_words") if clause.text.startswith(w, m.end - clause.start)
                             and m.end + len(w) in starts), None)
                if word:  # 与某街道各社区党委共建: the bodies of the place, not the place
                    cursor = m.end + len(word)
                    continue
                if "Place" in types and m.place_level in LOCAL_LEVELS and m.end not in starts:
                    out.append(m)
                cursor = m.end
                continue
            if m.type == "Place" and m.end in starts:
                cursor = m.end  # 联合小区物业: the kind of place only says whose body follows
                continue
            if m.type == "Place" and m.place_level not in kinds_of_places:
                break
            out.append(m)
            cursor = m.end
        return out

    def doers_of_scheme(self, clause: Clause, scheme: Mention) -> list[tuple[Mention, str]]:
        """A引领、B统筹、C监督的M: the bodies listed before a scheme, each with the short verb it does
        in it, in text order. Items without a body (居民主体) are passed over; fewer than two bodies
        make no list."""
        if self.text_between(clause, scheme.start - 1, scheme.start) != "的":
            return []
        ms = _outermost([m for m in clause.mentions if m.end < scheme.start and not m.quoted])
        out: list[tuple[Mention, str]] = []
        end = scheme.start - 1
        while end > clause.start:
            cut = self.text_between(clause, clause.start, end).rfind("、")
            start = clause.start + cut + 1
            inside = [m for m in ms if start <= m.start and m.end <= end]
            if cut < 0:
                inside = inside[-1:]  # the first item follows the clause's opening words
            if len(inside) == 1 and inside[0].type in PEOPLE and 1 <= end - inside[0].end <= 4 \
                    and (cut < 0 or inside[0].start == start):
                out.append((inside[0], self.text_between(clause, inside[0].end, end)))
            elif inside or end - start > 6:
                break
            if cut < 0:
                break
            end = start - 1
        return list(reversed(out)) if len(out) >= 2 else []

    def sentence_schemes(self) -> list[Mention]:
        """The schemes the unit (a sentence, heading or title) names, in text order."""
        return [m for c in self.unit.clauses for m in c.mentions if m.type == "Mechanism"]

    def schemes(self, clause: Clause, after: int | None = None) -> list[Mention]:
        return [m for m in clause.mentions if m.type in SCHEMES and (after is None or m.start >= after)]

    def scheme_in_scope(self, clause: Clause, pos: int | None = None, before: bool = False) -> Mention | None:
        """The scheme a clause is about: the next one named in it (the last one before ``pos``
        with ``before``), else one named earlier in the sentence or paragraph."""
        if pos is not None and before:
            earlier = [m for m in self.sentence_schemes() if m.end <= pos]
            if earlier:
                return earlier[-1]
        if pos is not None:
            later = [m for m in self.schemes(clause) if m.start >= pos and m.type == "Mechanism"]
            if later and (later[0].start - pos <= 30 or not self.unit.paragraph_mechanisms):
                return later[0]  # a scheme written far on is another one than the paragraph's
        here = self.sentence_schemes()
        if pos is not None and self.unit.paragraph_mechanisms and not any(m.end <= pos for m in here):
            return self.unit.paragraph_mechanisms[0]  # only far-off schemes after: the paragraph's
        if here:
            return here[-1] if pos is None else min(here, key=lambda m: abs(m.start - pos))
        if self.unit.paragraph_mechanisms:
            return self.unit.paragraph_mechanisms[0]
        return None

    def formula_scheme(self, clause: Clause, pos: int) -> Mention | None:
        """“1+2+N”体系。…“2”即A、B: the scheme whose quoted formula holds the part a gloss word
        (ggl:gloss_words) explains right before ``pos``, named in the sentence, its paragraph or
        the paragraph before."""
        head = clause.text[:pos - clause.start]
        part = None
        for w in self.cue("gloss_words"):
            k = head.rfind("”" + w)
            if k > 0 and (part is None or k > part[0]):
                q = head.rfind("“", 0, k)
                part = (k, head[q + 1:k]) if q >= 0 and 0 < k - q - 1 <= 3 else part
        if part is None:
            return None
        at = clause.start + part[0] - len(part[1]) - 1
        for group in ([m for m in self.sentence_schemes() if m.end <= at], self.unit.paragraph_mechanisms,
                      self.unit.before_mechanisms):
            formulas = [m for m in group if (f := _FORMULA.match(m.label)) and part[1] in f.group(1)]
            if formulas:
                return formulas[-1]
        return None

    def titled_scheme(self, clause: Clause, pos: int) -> Mention | None:
        """签订《“红色合伙人”党建联盟共建协议书》: the scheme an agreement's title names in quotes (with
        the head noun written after the quote, if it is a scheme's head), from the document right after ``pos``."""
        doc = next((m for m in clause.mentions if m.type == "Policy" and 0 <= m.start - pos <= 1), None)
        found = _TITLED_SCHEME.match(doc.text) if doc is not None else None
        word = next((w for w in sorted(self.cue("agreement_words"), key=len, reverse=True)
                     if found.group(2).endswith(w)), None) if found is not None else None
        if word is None:
            return None
        head = found.group(2)[:-len(word)]
        name = "“" + found.group(1) + "”" + (head if head.endswith(self.lex.vocab.mechanism_heads) else "")
        start = doc.start + found.start(1) - 1
        return Mention(start, start + len(name), name, name, "Mechanism", "instance", quoted=True)

    def task_scheme(self) -> Mention | None:
        """The scheme a task of a plan opened with: the first of its paragraph, or of its sentence,
        or, for a duty line standing as a paragraph of its own, the first of the paragraph before."""
        here = self.unit.paragraph_mechanisms or self.sentence_schemes() or self.unit.before_mechanisms
        return here[0] if here else None

    def holder_body(self, clause: Clause, m: Mention) -> Mention:
        """The body behind a post holder: 小区党支部书记 → 小区党支部; 业委会党员 → 业委会."""
        if m.type != "Role":
            return m
        before = [x for x in clause.mentions if x.type in ORGS and (x.end == m.start or _HOLDERS_COUNT.fullmatch(
            self.text_between(clause, x.end, m.start)))]  # 某派出所2名社区民警: the unit's people
        if before:
            return before[-1]
        inside = [x for x in clause.mentions if x.start == m.start and x.end < m.end and x.type in ORGS]
        if inside:
            return max(inside, key=lambda x: x.end)
        if m.text in self.cue("branch_posts"):  # 成立小区党支部后，支部书记兼任…: the branch named last
            branch = [x for c in self.unit.clauses for x in c.top_mentions if x.type == "PartyOrganisation"
                      and x.end <= m.start and x.label.endswith("支部")]
            if branch:  # the holder stays where it is written (its figure, the place in scope)
                b = branch[-1]
                return Mention(m.start, m.end, m.text, b.label, b.type, b.level, b.place_level, b.kind)
        return self._body_of_role(m) or m

    def segment_start(self, clause: Clause, pos: int, named_after: bool = False) -> int:
        """Where the phrase governing a verb at ``pos`` begins: the clause start, the last
        comma, a new counted item (、29名…) or right after a verb that introduces people
        (with ``named_after``, only where people are named after it: A与B实现“双向进入、交叉任职”)."""
        text = self.text_between(clause, clause.start, pos)
        cut = 0
        acts = self.lex.pattern(self.cue("support_words"))
        for i, ch in enumerate(text):
            if ch in "，,：:":
                cut = i + 1
            elif ch == "、" and i + 1 < len(text) and text[i + 1].isdigit():
                cut = i + 1
            elif ch == "、" and not acts.match(clause.text, i + 1) and any(
                    not any(m.start <= clause.start + a.start() < m.end for m in clause.mentions)
                    and text.count("“", 0, a.start()) == text.count("”", 0, a.start())
                    for a in acts.finditer(text, cut, i)):
                cut = i + 1  # 市级领导包县、县级领导包街乡、科级干部包社区: a new doer with each verb
                # (not 县直单位包联社区、下沉楼栋: one doer, two verbs)
        for w in self.cue("people_introducers"):
            k = text.rfind(w)
            while k >= 0 and (any(m.start <= clause.start + k < m.end for m in clause.mentions)
                              or text[k - 1:k] == "党"):
                k = text.rfind(w, 0, k)  # 组织 inside 社区党组织 (or 国有企业党组织) is not the verb
            if k >= 0 and k + len(w) > cut and text[k - 1:k] != "各" and (not named_after or any(
                    clause.start + k + len(w) <= m.start < pos and not m.quoted for m in clause.mentions)):
                cut = k + len(w)  # A、B各明确1名负责人担任…: A's and B's people
        return clause.start + cut

    def people_before(self, clause: Clause, pos: int, types=PEOPLE, holders: bool = True,
                      named_after: bool = False) -> list[Mention]:
        """The bodies or people acting on a verb at ``pos``: the mentions of its phrase, post
        holders mapped to their bodies (unless ``holders`` is false), adverbials
        (经业主大会选举) left out."""
        seg = self.segment_start(clause, pos, named_after)
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
            if m.type == "Role" and any(x is not m and x.type in ORGS and x.start < m.start < x.end for x in ms):
                continue  # 青禾物业经理: the company's manager, not a role of its own
            if m.is_named_place and any(x.start == m.end for x in ms):
                continue  # 某区某街道某社区党委选派…: a place of the chain before the body does not act
            out.append(m)
        out = _dedupe([self.holder_body(clause, m) if holders else m for m in out])
        bodies = [m for m in out if m.type in ORGS]
        if bodies:  # 业主委员会、物业服务企业负责人等人员中的党员: the bodies, not 党员
            out = [m for m in out if m.type in ORGS or m.label not in self.cue("member_nouns")]
        elif len(out) > 1:  # 外卖骑手党员: the riders, 党员 only says which of them
            out = [m for m in out if m.label not in self.cue("member_nouns")]
        return out

    # -- locatedIn ------------------------------------------------------------------
    def _body_of_role(self, m: Mention, places: bool = False):
        """业委会成员 → the 业委会 kind written inside the role's name (网格长 → 网格 with places)."""
        types = ORGS + ("Facility",) + (("Place",) if places else ())
        for k_s, k_e in ((0, i) for i in range(len(m.text) - 1, 1, -1)):
            head = m.text[k_s:k_e]
            kind = self.lex.surface.get(head) or self.lex.surface.get(head.replace("“", "").replace("”", ""))
            if kind is not None and kind.type == "Place" and m.text[k_e:] not in ("长",) + self.cue("post_words"):
                continue
            if kind is not None and kind.type != "Place" and m.text[k_e:] not in self.cue("holder_nouns"):
                continue  # 机关干部 is a role of its own, 业委会成员 a post in the 业委会
            if kind is not None and kind.type in types:
                return Mention(m.start, m.start + len(head), head, kind.zh, kind.type, "type", kind.level, kind.name)
        return None

    # -- supports -------------------------------------------------------------------

LIST_CLOSER = re.compile(r"等(?:\d+|若干|[一二两三四五六七八九十百]+)?[余多]?[个家名所支类]?")  # A、B等10家单位


def respective_pairs(clause: Clause, subjects: list[Mention], objects: list[Mention]) -> list | None:
    """A、B、C（等部门）分别包联X、Y、Z: two lists of one length with 分别 between them pair item
    by item; the kind that closes the first list (等区直部门) is no item of it. None otherwise."""
    if len(subjects) == len(objects) + 1 > 2 and LIST_CLOSER.fullmatch(
            clause.text[subjects[-2].end - clause.start:subjects[-1].start - clause.start]):
        subjects = subjects[:-1]
    if (1 < len(subjects) == len(objects) and subjects[-1].end <= objects[0].start
            and "分别" in clause.text[subjects[-1].end - clause.start:objects[0].start - clause.start]):
        return list(zip(subjects, objects))
    return None


def bare_place_at(clause: Clause, pos: int) -> Mention | None:
    """A kind of place written bare at ``pos`` (街道还…, 社区联合…): it stands for the place of
    that level in scope."""
    return next((m for m in clause.mentions if m.start == pos and m.type == "Place" and m.level == "type"), None)


def chain_last(clause: Clause, m: Mention) -> Mention:
    """A chain of places stands for its last, most specific one (包保某社区某小区: the compound)."""
    while m.is_named_place:
        nxt = next((x for x in clause.mentions if x.start == m.end and x.is_named_place
                    and PLACE_RANK.get(x.place_level, 0) > PLACE_RANK.get(m.place_level, 0)), None)
        if nxt is None:
            break
        m = nxt
    return m


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
    """Words allowed between a verb and the list it governs: 辖区, 14家, 周边800余个, 所包联 …"""
    g = gap
    for w in lex.cue("scope_markers") + ("驻区",):
        if g.startswith(w):
            g = g[len(w):]
            break
    g = g.removeprefix("内").removeprefix("的")
    g = re.sub(r"^所[\u4e00-\u9fff]{1,2}$", "", g)  # 与所包联社区党组织, 所在社区: the ones they serve, where they are
    g = patterns(lex)["count_head"].sub("", g)
    for w in ("各类", "各", "所有", "全部", "其他"):
        if g.startswith(w):
            g = g[len(w):]
    return len(g) <= 2


_HOLDERS_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)名")
_FORMULA = re.compile(r"“([0-9N+＋]{2,})”")  # “1+2+N”体系, “1236”模式: a scheme named by a formula


def _count_after(text: str, lex: Lexicon) -> tuple[int | None, bool]:
    m = patterns(lex)["count_after"].search(text)
    if not m:
        return None, False
    return int(m.group(1)), bool(m.group(2))
