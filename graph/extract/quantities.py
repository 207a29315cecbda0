"""Stage 2, extract: the figures a report gives (全市3194个小区), with place, unit and evidence."""
from __future__ import annotations

import re
from typing import Iterator

from graph.extract.mentions import Lexicon
from graph.extract.model import Evidence, Quantity
from graph.extract.units import Unit

SUBJECT_STOP = "，。；：、和及与（）()“”《》 \n"


def _number_re(lex: Lexicon) -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(lex.vocab.units, key=len, reverse=True))
    pre = "|".join(re.escape(w) for w in lex.cue("approx_prefix"))
    post = "|".join(re.escape(w) for w in lex.cue("approx_suffix"))
    return re.compile(rf"(?P<pre>{pre})?(?P<num>\d+(?:\.\d+)?)(?P<post1>{post})?(?P<unit>{units})(?P<post2>{post})?")


_CACHE: dict[int, re.Pattern] = {}


def quantities_of(unit: Unit, lex: Lexicon, used_counts: set[int] | frozenset = frozenset()) -> Iterator[Quantity]:
    """Every reported figure of a unit, except dates, ordinals and numbers inside names."""
    pattern = _CACHE.setdefault(id(lex), _number_re(lex))
    quoted = [(m.start - unit.start, m.end - unit.start) for m in unit.mentions if m.quoted]
    skip_units = lex.cue("non_quantity_units")
    for clause in unit.clauses:
        base = clause.start - unit.start
        for m in pattern.finditer(clause.text):
            s, e = base + m.start(), base + m.end()
            if any(qs <= s < qe for qs, qe in quoted):
                continue
            unit_word = m.group("unit")
            if unit_word in skip_units or (s > 0 and unit.text[s - 1] in "第.+"):
                continue
            if s > 0 and unit.text[s - 1].isdigit():
                continue
            value = float(m.group("num"))
            if value.is_integer() and int(value) in used_counts and unit_word in lex.cue("unit_people"):
                continue
            if value == 1 and unit_word in ("名", "位") and "、" in clause.text[m.end() - base:m.end() - base + 12]:
                continue
            approx = bool(m.group("pre") or m.group("post1") or m.group("post2"))
            subject = _subject(unit.text, s, e)
            if not subject:
                continue
            ev_s, ev_e = unit.start + s, unit.start + e
            # the evidence runs from the figure's phrase start to the subject
            ps = s
            while ps > 0 and unit.text[ps - 1] not in "，。；：":
                ps -= 1
            pe = e
            while pe < len(unit.text) and unit.text[pe] not in "，。；：":
                pe += 1
            ev_s, ev_e = unit.start + ps, unit.start + pe
            yield Quantity(clause.place, subject, value, unit_word, approx,
                           Evidence(ev_s, ev_e, unit.raw[ps:pe], unit.sentence))


def _subject(text: str, s: int, e: int) -> str:
    """What is counted: the noun phrase after the figure, else the one before it."""
    j = e
    while j < len(text) and text[j] not in SUBJECT_STOP and j - e < 14:
        j += 1
    after = text[e:j]
    after = re.split(r"的|以上|左右", after)[0] if after else after
    if len(after) >= 2 and not re.match(r"^(以上|左右|增至|压缩至|之)", after):
        return after
    i = s
    while i > 0 and text[i - 1] not in SUBJECT_STOP and s - i < 14:
        i -= 1
    before = text[i:s]
    before = re.sub(r"^(全市|全区|全县|全省|全镇|主城区|目前|累计|已|先后)+", "", before)
    before = re.sub(r"^.*?(建立|建成|组建|划分|设立|召开|审议|整改|解决|开展|认领|发现|整治|提出|形成|细化|规划建设|创建)", "", before)
    return before if len(before) >= 2 else after
