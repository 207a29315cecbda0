"""Stage 2, extract: find the mentions of places, bodies, kinds, roles, mechanisms and policies in a text.

Matching is split from annotating (as spaCy's SpanRuler does): the patterns come from
the vocabulary in ``ontology/`` (kinds and their labels, place suffixes, mechanism head
nouns, cue words); this module only compiles them and finds spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract.model import PLACE_RANK, Mention
from graph.vocab import Vocabulary, load

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
OPEN_QUOTES = "“\"「『‘"
CLOSE_QUOTES = "”\"」』’"
QUOTE_RE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,48})[”\"」』]")
POLICY_RE = re.compile(r"《[^《》\n]{2,80}》")
PAREN_RE = re.compile(r"[（(][^（）()\n]{1,60}[）)]")
BREAK = "，。；：、！？,;:!?（）()《》\n "
# Places with a name go from the province down to the compound; grids and buildings
# are only ever type-level here.
NAMED_LEVELS = ("province", "city", "district", "street", "community", "compound")


def norm_quotes(text: str) -> str:
    """Unify quotation marks to full-width “…” (the label convention of the guide)."""
    text = text.translate(_CORNER_QUOTES)
    if '"' not in text and "＂" not in text:
        return text
    out, open_ = [], True
    for ch in text:
        if ch in "\"＂":
            out.append("“" if open_ else "”")
            open_ = not open_
        elif ch in "「『":
            out.append("“")
        elif ch in "」』":
            out.append("”")
        else:
            out.append(ch)
    return "".join(out)


_CORNER_QUOTES = str.maketrans({"「": "“", "『": "“", "」": "”", "』": "”"})
_STARTERS = re.compile("[" + re.escape(BREAK + OPEN_QUOTES + CLOSE_QUOTES) + "■]")


@dataclass
class Lexicon:
    """The vocabulary compiled for matching; built once per Vocabulary."""

    vocab: Vocabulary
    kinds_re: re.Pattern
    surface: dict
    heads_re: re.Pattern
    heads: tuple
    suffix_re: re.Pattern
    suffix_level: dict
    cues: dict
    _patterns: dict = field(default_factory=dict)
    _levels: list | None = None

    def cue(self, name: str) -> tuple[str, ...]:
        return self.cues.get(name, ())

    def pattern(self, words) -> re.Pattern:
        """A compiled alternation of words, longest first (cached)."""
        key = words if isinstance(words, tuple) else tuple(words)
        got = self._patterns.get(key)
        if got is None:
            got = self._patterns[key] = re.compile(_alternation(words) or "(?!)")  # longest first
        return got

    @property
    def levels(self) -> list[str]:
        """Surface forms of place kinds (社区, 街道 …), longest first."""
        if self._levels is None:
            self._levels = sorted((w for w, k in self.surface.items() if k.type == "Place" and k.level),
                                  key=len, reverse=True)
        return self._levels


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)) if w)


_LEXICONS: dict[int, Lexicon] = {}


def lexicon(vocab: Vocabulary | None = None) -> Lexicon:
    """The compiled lexicon of a vocabulary (default: the project's ontology), built once."""
    vocab = vocab or load()
    got = _LEXICONS.get(id(vocab))
    if got is not None and got.vocab is vocab:
        return got
    surface = {norm_quotes(s): k for s, k in vocab.surface_forms().items()}
    suffix_level = {s: lvl for s, lvl in vocab.place_suffixes.items() if lvl in NAMED_LEVELS}
    heads = tuple(sorted(set(vocab.mechanism_heads) | set(vocab.cues.get("mechanism_place_heads", ())),
                         key=len, reverse=True))
    cues = {k: tuple(v) for k, v in vocab.cues.items()}
    cues["implement_verbs"] = vocab.predicates["implements"].triggers
    cues["not_place_names"] = cues.get("non_place_words", ())
    got = Lexicon(
        vocab=vocab,
        kinds_re=re.compile(_alternation(surface)),
        surface=surface,
        heads_re=re.compile(f"(?:{_alternation(heads)})"),
        heads=heads,
        suffix_re=re.compile(_alternation(suffix_level)),
        suffix_level=suffix_level,
        cues=cues,
    )
    _LEXICONS[id(vocab)] = got
    return got


# --------------------------------------------------------------------------- places

def _name_ok(name: str, suffix: str, lex: Lexicon) -> bool:
    """Is ``name + suffix`` plausibly a proper place name?"""
    if not name or len(name) > 8:
        return False
    if not _NAME_CHARS.fullmatch(name):
        return False
    if lex.pattern(lex.cue("place_name_bad_start") + lex.cue("verbs_not_names")).match(name):
        return False
    if lex.pattern(lex.cue("place_name_bad_chars")).search(name):
        return False
    if name + suffix in lex.cue("not_place_names"):
        return False
    if name in lex.surface or (name + suffix) in lex.surface:
        return False
    if len(suffix) == 1 and len(name) < 2:
        return False
    if lex.pattern(tuple(w for w in lex.cue("verbs_not_names") + lex.cue("post_verbs") if len(w) >= 2)).search(name):
        return False
    if suffix == "区" and name[-1] in "".join(lex.cue("district_bad_last_char")):
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return True


_HAN_SET = None  # filled below
_NAME_CHARS = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]+")


def _han_set():
    global _HAN_SET
    if _HAN_SET is None:
        _HAN_SET = frozenset(chr(c) for c in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)))
    return _HAN_SET


_SUFFIXES: list = [None, None]


def _suffix_positions(text: str, lex: Lexicon) -> dict:
    """Where a place-name ending starts in ``text`` (position -> match); one text cached."""
    if _SUFFIXES[0] is not text:
        first = {sfx[0] for sfx in lex.suffix_level}
        _SUFFIXES[0] = text
        _SUFFIXES[1] = {j: m for j, ch in enumerate(text) if ch in first
                        for m in (lex.suffix_re.match(text, j),) if m}
    return _SUFFIXES[1]


def place_chain(text: str, pos: int, lex: Lexicon, known: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Parse a chain of place names starting at ``pos``: [(start, end, level), ...].

    Each segment is a name followed by a place suffix (省, 市, 区, 街道, 社区, 小区 …);
    the name is the shortest that makes a plausible place. ``known`` maps place names
    already found in the document to their level, and matches them first.
    """
    out = []
    i = pos
    suffixes = _suffix_positions(text, lex)
    while i < len(text):
        seg = None
        name = known_at(known, text, i) if known else None
        if name:
            seg = (i, i + len(name), known[name])
        if seg is None:
            for j in range(i + 1, min(len(text), i + 9) + 1):
                m = suffixes.get(j)
                if m is None:
                    continue
                name, suffix = text[i:j], m.group(0)
                nonplace = lex.cue("non_place_words")
                if text[j:m.end() + 1] in nonplace or text[m.end() - 1:m.end() + 1] in nonplace:
                    continue  # 专业市场, 区域: the suffix starts another word
                if text[j - 1:m.end()] in nonplace and len(suffix) == 1:
                    continue  # 补齐城市: the name's last character makes a common word with the suffix
                probe = name + suffix
                if known and any(probe.find(k, 1) >= 0 for k in known if len(k) > len(suffix)):
                    break  # 隶属某某街道: the known name starts later
                if _name_ok(name, suffix, lex):
                    seg = (i, m.end(), lex.suffix_level[suffix])
                    break
                # a name never runs across a character that cannot be inside it
                if text[j - 1] in BREAK:
                    break
        if seg is None:
            break
        if out and PLACE_RANK.get(seg[2], 0) <= PLACE_RANK.get(out[-1][2], 0):
            break
        out.append(seg)
        i = seg[1]
    return out


class Known(dict):
    """The place names found so far in a document (name -> level)."""

    _lengths: tuple | None = None

    def __setitem__(self, key, value):
        self._lengths = None
        super().__setitem__(key, value)

    def setdefault(self, key, value=None):
        if key not in self:
            self._lengths = None
        return super().setdefault(key, value)

    def lengths(self) -> tuple[int, ...]:
        if self._lengths is None:
            self._lengths = tuple(sorted({len(k) for k in self}, reverse=True))
        return self._lengths


def known_at(known: dict, text: str, i: int) -> str | None:
    """The longest known place name written at ``i``, or None."""
    if not known:
        return None
    lengths = known.lengths() if isinstance(known, Known) else sorted({len(k) for k in known}, reverse=True)
    for n in lengths:
        if text[i:i + n] in known:
            return text[i:i + n]
    return None


def chain_starts(text: str, lex: Lexicon, known: dict[str, str]) -> list[int]:
    """Positions where a place chain may begin: clause starts, after a cue word, known names."""
    starts = {0}
    starts.update(m.end() for m in _STARTERS.finditer(text))
    for m in lex.pattern(lex.cue("place_left_boundary") + lex.cue("name_openers")).finditer(text):
        starts.add(m.end())
    for name in known:
        i = text.find(name)
        while i >= 0:
            starts.add(i)
            i = text.find(name, i + 1)
    return sorted(s for s in starts if s < len(text))


# --------------------------------------------------------------------------- mechanisms

def _head_after(text: str, pos: int, lex: Lexicon, limit: int = 10) -> int | None:
    """End of the phrase starting at ``pos`` that ends in a mechanism head noun and ends the
    noun phrase (“三方办”机制，; “双强党支部”选树为重点), or None.

    A verb inside the phrase means the quote was not a name's modifier (“一对一”进驻小区).
    """
    stop = pos
    while stop < len(text) and stop - pos < limit and text[stop] not in BREAK and text[stop] not in OPEN_QUOTES:
        stop += 1
    best = None
    for i in range(pos, stop):
        m = lex.heads_re.match(text, i, stop)
        if not m:
            continue
        for end in range(m.end(), i, -1):
            if text[i:end] not in lex.heads:
                continue
            if _ends_phrase(text, end, lex) and not _has_verb(text[pos:i], lex):
                best = end if best is None else max(best, end)
    return best


def _ends_phrase(text: str, end: int, lex: Lexicon) -> bool:
    if end >= len(text) or text[end] in BREAK or text[end] in "。）)" or text[end] in OPEN_QUOTES:
        return True
    return any(text.startswith(w, end) for w in lex.cue("after_head"))


def _has_verb(phrase: str, lex: Lexicon) -> bool:
    words = lex.cue("phrase_verbs")
    return any(w in phrase for w in words if len(w) >= 2) or any(
        phrase.startswith(w) for w in words if len(w) == 1) or any(
        w in phrase for w in lex.cue("verb_chars"))


def mechanism_spans(text: str, lex: Lexicon, schemes: dict | None = None) -> list[tuple[int, int, str]]:
    """Quoted names with their head noun (“三方办”机制), unheaded quoted schemes acted upon
    (开展“回头看”), and unquoted names after an implementing verb (建立党建联席会议制度).

    Returns (start, end, label) with the label as written, quotes unified, parenthetical
    explanations dropped.
    """
    out = []
    verbs = lex.cue("implement_verbs")
    for m in QUOTE_RE.finditer(text):
        start, qend = m.start(), m.end()
        inner = m.group(1)
        after = qend
        paren = PAREN_RE.match(text, after)
        skip = paren.end() if paren else after
        if lex.surface.get(norm_quotes(inner)) and lex.surface[norm_quotes(inner)].type not in ("Mechanism",):
            continue  # a quoted kind: “综合窗口”, “社区名师工作室”
        if _is_kind_chain(inner, lex):
            continue  # “街道党工委—社区党委—小区党支部”: a hierarchy, not a scheme's name
        head_end = _head_after(text, skip, lex)
        if head_end is not None and not _bad_head(text[skip:head_end], lex):
            label = norm_quotes(text[start:qend]) + text[skip:head_end]
            out.append((start, head_end, label))
            continue
        if any(inner.endswith(h) for h in lex.vocab.mechanism_heads):
            out.append((start, qend, norm_quotes(text[start:qend])))
            continue
        if _acted_on(text, start, verbs, lex) and _ends_clause(text, skip, lex):
            out.append((start, qend, norm_quotes(text[start:qend])))
        elif schemes and norm_quotes(text[start:qend]) in schemes:
            # the short name of a scheme the document named in full (“三事分流” after “三事分流”工作法)
            out.append((start, qend, schemes[norm_quotes(text[start:qend])]))
    return out


def _is_kind_chain(inner: str, lex: Lexicon) -> bool:
    seps = [sep for sep in lex.cue("chain_separators") if sep in inner]
    if not seps:
        return False
    parts = re.split("|".join(re.escape(s) for s in seps), inner)
    return len(parts) >= 2 and all(lex.surface.get(p.strip()) is not None for p in parts if p.strip())


def _bad_head(phrase: str, lex: Lexicon) -> bool:
    return any(phrase.endswith(w) for w in lex.cue("non_mechanism_heads"))


def _acted_on(text: str, start: int, verbs, lex: Lexicon) -> bool:
    """A verb such as 开展/实施/依托 stands shortly before ``start`` in the same clause."""
    window = text[max(0, start - 12):start]
    for ch in BREAK + CLOSE_QUOTES:
        if ch in window:
            window = window[window.rindex(ch) + 1:]
    verbs = [v for v in verbs if v not in lex.cue("headed_only_verbs")]
    if any(window.endswith(f) for f in lex.cue("participation_frames")):
        return True
    return any(v in window for v in verbs)


def _ends_clause(text: str, pos: int, lex: Lexicon) -> bool:
    if pos >= len(text) or text[pos] in BREAK or text[pos] in "。）)":
        return True
    rest = text[pos:pos + 4]
    return any(rest.startswith(w) for w in lex.cue("after_scheme")) or any(
        rest.startswith(v) for v in lex.cue("implement_verbs"))


def unquoted_mechanisms(text: str, lex: Lexicon, taken: list[tuple[int, int]],
                        min_body: int = 2) -> list[tuple[int, int, str]]:
    """Unquoted named schemes right after an implementing verb: 建立定期报送、定期提醒3项制度."""
    out = []
    verbs = sorted(lex.cue("implement_verbs"), key=len, reverse=True)
    if not verbs:
        return out
    verb_re = lex.pattern(tuple(verbs))
    for vm in verb_re.finditer(text):
        i = vm.end()
        while True:  # skip adverbs and further verbs: 建立健全, 全面推行
            nm = verb_re.match(text, i)
            if nm:
                i = nm.end()
                continue
            break
        # the phrase runs to the first head noun before a clause break
        j = i
        stops = "。；！？\n" if text.startswith("以", i) else "，。；：！？\n"
        while j < len(text) and text[j] not in stops and j - i < (120 if text.startswith("以", i) else 40):
            j += 1
        phrase = text[i:j]
        if any(ch in phrase for ch in OPEN_QUOTES + "《"):
            continue
        best = None
        for hm in lex.heads_re.finditer(text, i, j):
            end = hm.end()
            if end < len(text) and text[end] not in BREAK and text[end] not in "。" and not _followed_by_break(text, end):
                continue
            best = (hm.start(), end)
            if not text.startswith("以", i):
                break
        if best is None:
            continue
        hs, he = best
        if any(s < he and hs < e for s, e in taken):
            continue
        head = text[hs:he]
        body = text[i:hs]
        if not body or _bad_head(head, lex) or head in lex.cue("quoted_only_heads") or "等" in body:
            continue
        if text.startswith(("、", "等"), he):
            continue  # an item of a list of projects (A试点、B建设等25个项目)
        # X、Y、Z3项制度 → X制度, Y制度, Z制度
        dist = re.fullmatch(r"(.+?)(\d+|[一二两三四五六七八九十]+)(项|个|种|类)", body)
        if dist and "、" in dist.group(1):
            pos = i
            for part in dist.group(1).split("、"):
                out.append((pos, pos + len(part), part + head))
                pos += len(part) + 1
            continue
        lead = next((w for w in lex.cue("lead_verbs") if w.endswith("的") and w in body), None)
        if lead:  # 社区党委领导下的居委会、业委会协调运行机制: the leader is not in the name
            body = body[body.rindex(lead) + len(lead):]
        elif "的" in body and "，" in text[i:hs]:
            body = body[body.rindex("的") + 1:]
        # 市、区、街道、社区党建联席会议制度 → the scope list is not part of the name
        parts = body.split("、")
        if len(parts) > 1 and all(p in lex.suffix_level or p in lex.cue("scope_words") for p in parts[:-1]):
            last = parts[-1]
            for sfx in sorted(lex.suffix_level, key=len, reverse=True):
                if last.startswith(sfx) and len(last) > len(sfx) + 1:
                    last = last[len(sfx):]
                    break
            body = last
        if len(body) < min_body or body in lex.cue("generic_scheme_words"):
            continue
        start = hs - len(body)
        if text[start:hs] != body:
            start = text.rfind(body, i, hs)
        out.append((start, he, body + head))
    return out


def _followed_by_break(text: str, pos: int) -> bool:
    return text[pos] in BREAK or text[pos] in "。" or text.startswith("为", pos) or text.startswith("等", pos)


# --------------------------------------------------------------------------- all mentions of a unit

ATTACHABLE = ("PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
              "PropertyCompany", "Institution", "SocialOrganisation", "Facility")


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_mentions(text: str, base: int, lex: Lexicon, known: dict[str, str],
                  unquoted: bool = True, memory: Memory | None = None) -> list[Mention]:
    """Every mention in one unit of text (a sentence, heading, title or byline).

    ``text`` is the unit's text, ``base`` its offset in the document, ``known`` the
    place names found so far in the document (name -> level), updated in place.
    """
    norm = norm_quotes(text)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []   # spans no other mention may overlap
    quoted: list[tuple[int, int]] = []

    def add(start, end, label, type_, level, place_level=None, kind=None, is_quoted=False, block=True):
        out.append(Mention(base + start, base + end, text[start:end], label, type_, level,
                           place_level, kind, is_quoted))
        if block:
            taken.append((start, end))

    for m in POLICY_RE.finditer(norm):
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
        if not _overlaps(taken, start, end):
            add(start, end, label, "Mechanism", "instance", is_quoted=True)

    # named places, and named bodies built on them (新港街道党工委, 金谷社区党支部)
    pos_done = -1
    for start in chain_starts(norm, lex, known):
        if start < pos_done or _overlaps(taken, start, start + 1):
            continue
        body = _party_body(norm, start, lex, known) if "委" in norm[start:start + 16] else None
        if body:
            b_end, chain, label, type_ = body
            for s, e, lvl in chain:
                add(s, e, norm[s:e], "Place", "instance", lvl, block=False)
                known.setdefault(norm[s:e], lvl)
            add(start, b_end, label, type_, "instance")
            pos_done = b_end
            continue
        named = _named_org(norm, start, lex)
        if named and not _overlaps(quoted, start, named[0]):
            chain = place_chain(norm, start, lex, known)
            for s, e, lvl in chain:
                if e <= named[0] and norm[s:e] in known:
                    add(s, e, norm[s:e], "Place", "instance", lvl, block=False)
            add(start, named[0], norm[start:named[0]], named[1], "instance", kind=named[2])
            pos_done = named[0]
            continue
        chain = place_chain(norm, start, lex, known)
        if not chain or _overlaps(quoted, start, chain[-1][1]):
            continue
        last_s, last_e, last_lvl = chain[-1]
        body_end, body_type, body_kind = _attached_kind(norm, chain, lex)
        opened = any(norm.endswith(w, 0, start) for w in lex.cue("name_openers"))
        if not (len(chain) > 1 or body_end or norm[chain[0][0]:chain[0][1]] in known or opened
                or PLACE_RANK[chain[0][2]] <= PLACE_RANK["district"]):
            continue  # a lone 某某社区 at a clause start is too often a phrase (加强社区…)
        for s, e, lvl in chain:
            add(s, e, norm[s:e], "Place", "instance", lvl, block=False)
            known.setdefault(norm[s:e], lvl)
        taken.append((start, last_e))
        pos_done = last_e
        if body_end:
            add(last_s, body_end, norm[last_s:body_end], body_type, "instance", kind=body_kind)
            pos_done = body_end
        elif PLACE_RANK[last_lvl] <= PLACE_RANK["street"]:
            unit = _named_unit(norm, chain, lex)
            if unit is not None:
                add(start if len(chain) == 1 else last_s, unit[0], norm[start if len(chain) == 1 else last_s:unit[0]],
                    unit[1], "instance")
                pos_done = unit[0]

    # a named unit taken up again by a short form (公司党支部 after 某某物业服务有限公司党支部)
    if memory is not None and memory.shorts:
        for m in re.finditer(_alternation(memory.shorts), norm):
            if not _overlaps(taken, m.start(), m.end()):
                label = memory.shorts[m.group(0)]
                add(m.start(), m.end(), label, memory.types[label], "instance")

    # kinds of body, role, facility and place from the vocabulary (a stray space from print,
    # 物业管理 员, does not hide a kind)
    squeezed, where = _squeeze(norm)
    for m in lex.kinds_re.finditer(squeezed):
        s, e = where[m.start()], where[m.end() - 1] + 1
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
        inside = any(qs < s and e < qe for qs, qe in quoted)
        add(s, e, kind.zh, kind.type, "type", kind.level if kind.type == "Place" else None, kind.name,
            is_quoted=inside)
        shared = _shared_head(norm, s, e, kind, lex, taken)
        if shared is not None:
            k2, s2 = shared
            add(s2, s, k2.zh, k2.type, "type", None, k2.name, block=False)
    out.extend(_composed_roles(norm, base, out, lex))
    out = _committee_departments(norm, base, out, lex)
    if memory is not None:
        for m in out:
            memory.remember(m, lex)
    return sorted(out, key=lambda m: (m.start, -m.end))


@dataclass
class Memory:
    """What a document has named so far, for names written short later on."""

    schemes: dict = field(default_factory=dict)   # “三事分流” -> “三事分流”工作法
    shorts: dict = field(default_factory=dict)    # 供电公司党委 -> 某某供电公司党委
    types: dict = field(default_factory=dict)     # a named unit -> its class
    clashes: set = field(default_factory=set)     # short forms two units share

    def copy(self) -> "Memory":
        return Memory(dict(self.schemes), dict(self.shorts), dict(self.types), set(self.clashes))

    def remember(self, m: Mention, lex: Lexicon) -> None:
        """A scheme's short name, and the short forms of a named unit: every ending of its name
        that starts at an institution noun (某某供电公司党委 → 供电公司党委, 公司党委)."""
        q = QUOTE_RE.match(m.label) if m.type == "Mechanism" else None
        if q and q.end() < len(m.label):
            self.schemes.setdefault(q.group(0), m.label)
        if not (m.level == "instance" and m.type in ATTACHABLE and m.text == m.label):
            return
        self.types[m.label] = m.type
        for noun in lex.cue("institution_nouns"):
            at = m.label.find(noun, 1)
            while at > 0:
                short = m.label[at:]
                if len(short) >= 4 and lex.surface.get(short) is None and short not in self.clashes:
                    if self.shorts.get(short, m.label) != m.label:
                        self.clashes.add(short)
                        self.shorts.pop(short, None)
                    else:
                        self.shorts[short] = m.label
                at = m.label.find(noun, at + 1)


def _squeeze(text: str) -> tuple[str, list[int]]:
    """The text without spaces between CJK characters, and each kept character's offset."""
    if " " not in text and "\u3000" not in text:
        return text, range(len(text))
    out, where = [], []
    for i, ch in enumerate(text):
        if ch in " \u3000" and 0 < i < len(text) - 1 and _is_han(text[i - 1]) and _is_han(text[i + 1]):
            continue
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _committee_departments(text: str, base: int, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """县委 + 社会工作部 → 县委社会工作部: a Party committee's department is one body."""
    depts = lex.cue("party_departments")
    out = list(mentions)
    for a in mentions:
        if a.type != "GovernmentBody" or a.level != "type" or not a.label.endswith("委"):
            continue
        for b in mentions:
            if b.start == a.end and b.type == "GovernmentBody" and b.text in depts:
                out = [m for m in out if m is not a and m is not b]
                out.append(Mention(a.start, b.end, text[a.start - base:b.end - base], a.label + b.label,
                                   "GovernmentBody", "type", None, b.kind))
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


def _named_org(text: str, start: int, lex: Lexicon):
    """A body with a proper name that ends in an institution noun and a Party kind
    (市水务集团党委, 某区第十二中学党支部): (end, type, kind) or None."""
    insts = lex.cue("institution_nouns")
    window = text[start + 1:start + 14]
    if not lex.pattern(insts).search(window):
        return None
    for j in range(start + 1, min(len(text), start + 14)):
        if text[j - 1] in BREAK or text[j - 1] in OPEN_QUOTES + CLOSE_QUOTES:
            return None
        inst = next((w for w in insts if text.startswith(w, j)), None)
        if inst is None:
            continue
        k = lex.kinds_re.match(text, j + len(inst))
        if not k:
            continue
        kind = lex.surface[k.group(0)]
        if kind.type not in ("PartyOrganisation",):
            continue
        name = text[start:j]
        if any(name.startswith(w) for w in lex.cue("verbs_not_names")) or any(
                ch in name for ch in "的和与及等在对将是了把为从向由被、"):
            return None
        if lex.surface.get(text[start:j + len(inst)]):
            return None
        return k.end(), kind.type, kind.name
    return None


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


def _stands_alone(text: str, s: int, e: int, lex: Lexicon) -> bool:
    after = text[e:e + 1]
    if any(text.startswith(w, e) for w in lex.cue("cobuild_words") + ("党建",)):
        return True
    return not after or after in BREAK or after in "和与及等。" or after in CLOSE_QUOTES


def _kind_prefixes(text: str, i: int, lex: Lexicon):
    """Every kind surface form that starts at ``i``, longest first."""
    for n in range(min(16, len(text) - i), 1, -1):
        kind = lex.surface.get(text[i:i + n])
        if kind is not None:
            yield i + n, kind, text[i:i + n]


def _attached_kind(text: str, chain, lex: Lexicon):
    """A kind of body written right after (or over the suffix of) a named place, maybe with a
    short modifier between (某某街道综合党委): (end, type, kind name) or Nones."""
    last_s, last_e, _ = chain[-1]
    suffix_start = last_e
    for sfx in lex.suffix_level:
        if text.endswith(sfx, last_s, last_e):
            suffix_start = max(last_s + 1, last_e - len(sfx))
            break
    starts = [suffix_start, last_e]
    # a modifier of up to four characters before a Party kind: 综合党委, 联合党支部
    for gap in range(1, 5):
        j = last_e + gap
        if j >= len(text) or any(ch in BREAK or ch in OPEN_QUOTES for ch in text[last_e:j]):
            break
        starts.append(j)
    for n, i in enumerate(starts):
        for end, kind, surface in _kind_prefixes(text, i, lex):
            if end <= last_e or kind.type not in ATTACHABLE or lex.vocab.is_hidden(surface):
                continue
            if n >= 2 and (kind.type != "PartyOrganisation" or _has_verb(text[last_e:i], lex)
                           or any(w in text[last_e:i] for w in lex.cue("place_name_bad_chars"))):
                continue
            return end, kind.type, kind.name
    return None, None, None


def _party_body(text: str, start: int, lex: Lexicon, known):
    """中共XX市委组织部 / 中共XX区委 / XX市委组织部: a Party committee (or its department) named
    by its place; without 中共 the department must be written."""
    party = text.startswith("中共", start)
    chain = place_chain(text, start + 2 if party else start, lex, known)
    if not chain:
        return None
    end = chain[-1][1]
    committee = next((w for w in lex.cue("party_committee_suffixes") if text.startswith(w, end)), None)
    if committee is None:
        return None
    end += len(committee)
    dept = next((w for w in sorted(lex.cue("party_departments"), key=len, reverse=True)
                 if text.startswith(w, end)), None)
    if dept:
        end += len(dept)
        return end, chain, text[start:end], "GovernmentBody"
    if not party:
        return None
    return end, chain, text[start:end], "PartyOrganisation"


def _named_unit(text: str, chain, lex: Lexicon):
    """A department or unit named by its place (某区住建局, 某区人民医院): (end, type) or None."""
    end = chain[-1][1]
    for gap in range(0, 5):
        j = end + gap
        if j > len(text) or any(ch in BREAK or ch in OPEN_QUOTES or ch in CLOSE_QUOTES for ch in text[end:j]):
            break
        for noun, type_ in _unit_nouns(lex):
            if text.startswith(noun, j) and not _has_verb(text[end:j], lex) and not lex.pattern(
                    lex.cue("place_name_bad_chars")).search(text[end:j]):
                return j + len(noun), type_
    return None


def _unit_nouns(lex: Lexicon):
    out = []
    for word in lex.cue("unit_nouns"):
        noun, _, type_ = word.partition(":")
        out.append((noun, type_))
    return out
