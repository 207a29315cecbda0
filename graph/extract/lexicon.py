"""Stage 2, extract: the vocabulary compiled for matching (patterns of kinds, place endings, head nouns, cues).

Every word the extractor looks for comes from ``ontology/`` through graph.vocab; this
module only compiles those words into patterns once per vocabulary.
"""
import re
from dataclasses import dataclass, field

from graph.read.patterns import LIST_MARKS
from graph.vocab import Vocabulary, load

OPEN_QUOTES = "“\"「『‘"
CLOSE_QUOTES = "”\"」』’"
QUOTE_RE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,48})[”\"」』]")
POLICY_RE = re.compile(r"《[^《》\n]{2,80}》")
PAREN_RE = re.compile(r"[（(][^（）()\n]{1,60}[）)]")
# 某县房产管理局（以下简称县房管局）: the short name a text declares for the body before it
SHORT_NAME = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[“\"]?([^（）()“”\"，。、]{2,12}?)[”\"]?[）)]")
BREAK = "，。；：、！？,;:!?（）()《》\n\t " + LIST_MARKS
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
_HALF_PUNCT = re.compile(r"(?<=[\u3400-\u9fff”’》）])[,;:!?]|[,;:!?](?=[\u3400-\u9fff“‘《（])")
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


def norm_text(text: str) -> str:
    """A unit's text as the rules read it: quotation marks unified (norm_quotes), and the
    half-width , ; : ! ? that some pages write between Chinese words made full-width (近年来,某街道…
    reads as 近年来，某街道…). Every character keeps its place, so quotes stay the page's own."""
    text = norm_quotes(text)
    return _HALF_PUNCT.sub(lambda m: _FULL[m.group(0)], text) if any(ch in text for ch in _FULL) else text


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
    constructions: tuple = ()
    _patterns: dict = field(default_factory=dict)
    _levels: list | None = None

    def cue(self, name: str) -> tuple[str, ...]:
        return self.cues.get(name, ())

    def pattern(self, words) -> re.Pattern:
        """A compiled alternation of words, longest first (cached; a cue list's own tuple is
        found by identity, without hashing its words again)."""
        by_id = self._patterns.get(("by-id",))
        if by_id is None:  # the cue lists live as long as the lexicon: their ids are stable
            by_id = self._patterns[("by-id",)] = {id(v): v for v in self.cues.values()}
        key = words if isinstance(words, tuple) else tuple(words)
        if by_id.get(id(key)) is key:
            got = self._patterns.get(("cue", id(key)))
            if got is None:
                got = self._patterns[("cue", id(key))] = re.compile(_alternation(key) or "(?!)")
            return got
        got = self._patterns.get(key)
        if got is None:
            got = self._patterns[key] = re.compile(_alternation(words) or "(?!)")  # longest first
        return got

    def derived(self, key: str, build):
        """A value a stage derives from the vocabulary (a pattern built of cue lists), built once per
        lexicon by ``build()`` and kept under ``key``."""
        got = self._patterns.get(("derived", key))
        if got is None:
            got = self._patterns[("derived", key)] = build()
        return got

    def joined(self, *names: str, min_len: int = 1) -> re.Pattern:
        """One alternation of the words of several cue lists (of at least ``min_len`` characters)."""
        key = ("joined", names, min_len)
        got = self._patterns.get(key)
        if got is None:
            got = self._patterns[key] = self.pattern(
                tuple(w for n in names for w in self.cue(n) if len(w) >= min_len))
        return got

    @property
    def committee_prefixes(self) -> dict[str, str]:
        """Words that open a committee's name before its place (``ggl:committee_prefixes``,
        ``prefix:Class``): prefix -> class."""
        got = self._patterns.get(("committee-prefixes",))
        if got is None:
            got = self._patterns[("committee-prefixes",)] = dict(w.split(":") for w in self.cue("committee_prefixes"))
        return got

    def in_full(self, label: str) -> str:
        """``label`` with a department's short name written out (某区住建局 → 某区住房和城乡建设局,
        ``ggl:department_short_names``, ``short:full``)."""
        got = self._patterns.get(("department-short-names",))
        if got is None:
            got = self._patterns[("department-short-names",)] = tuple(
                tuple(w.split(":")) for w in self.cue("department_short_names"))
        return next((label[:-len(short)] + full for short, full in got if label.endswith(short)), label)

    @property
    def unit_heads(self) -> dict[str, tuple[str, int, str]]:
        """head noun -> (class, the shortest modifier that makes a name, level) from
        ``ggl:unit_nouns`` (``head:Class``, ``head:Class:N`` for a head as common as 中心, and
        ``head:Class:N:type`` for a head whose named bodies are kinds, 党员服务队), longest first."""
        got = self._patterns.get(("unit-heads",))
        if got is None:
            got = {}
            for w in sorted(self.cue("unit_nouns"), key=len, reverse=True):
                head, type_, *rest = w.split(":")
                least, level = (rest + ["2", "instance"][len(rest):])[:2]
                got[head] = (type_, int(least), level)
            self._patterns[("unit-heads",)] = got
        return got

    @property
    def resultative_re(self) -> re.Pattern:
        """A verb and its result (建强, 做大, 用活, 唱响): ``ggl:resultative_verbs`` then
        ``ggl:resultative_complements``, one character each."""
        got = self._patterns.get(("resultative-re",))
        if got is None:
            got = self._patterns[("resultative-re",)] = re.compile(
                "[" + "".join(self.cue("resultative_verbs")) + "][" + "".join(self.cue("resultative_complements")) + "]")
        return got

    @property
    def unit_heads_re(self) -> re.Pattern:
        """The unit heads of ``ggl:unit_nouns`` as one alternation (a scheme's head inside one, 物业服务 of
        “好厝边”物业服务中心, ends no scheme)."""
        got = self._patterns.get(("unit-heads-re",))
        if got is None:
            got = self._patterns[("unit-heads-re",)] = self.pattern(tuple(self.unit_heads))
        return got

    @property
    def quoted_unit_heads(self) -> re.Pattern:
        """Unit heads of four or more characters naming a company or an institution (物业服务中心,
        卫生服务中心): after a quoted name they make it a unit's (“好厝边”物业服务中心)."""
        got = self._patterns.get(("quoted-unit-heads",))
        if got is None:
            got = self._patterns[("quoted-unit-heads",)] = self.pattern(tuple(
                h for h, (type_, _, _) in self.unit_heads.items()
                if len(h) >= 4 and type_ in ("PropertyCompany", "Institution")))
        return got

    @property
    def platform_names(self) -> dict[str, str]:
        """National companies and parties named alone (``ggl:platform_names``, ``name`` or
        ``name:Class``): name -> class, Institution where the entry names none."""
        got = self._patterns.get(("platform-names",))
        if got is None:
            got = self._patterns[("platform-names",)] = dict(
                (w.split(":") + ["Institution"])[:2] for w in self.cue("platform_names"))
        return got

    @property
    def name_breakers(self) -> re.Pattern:
        """Verbs no proper name of a unit holds (组建, 引入, 成立 …: 镇里还组建某某服务队 names
        某某服务队): the verb cue lists of two or more characters, less the verbs unit heads
        carry (服务 in 某某卫生服务中心, 管理 in 某某管理处) and the adjectives of
        ``ggl:brand_not_names``. A verb a kind carries (组织 in 党组织) breaks a name only where no
        kind is read over it: the finders check that."""
        return self.derived("name-breakers", lambda: self.pattern(self.name_breaker_words))

    @property
    def name_breaker_words(self) -> tuple[str, ...]:
        """The words of :attr:`name_breakers`."""
        def build():
            inside = tuple(h for h in self.unit_heads if h not in self.cue("topic_named_heads"))  # 领导 still breaks
            words = {w for name in ("verbs_not_names", "phrase_verbs", "founding_verbs", "people_introducers",
                                    "place_left_boundary", "appoint_verbs", "post_verbs", "adverbs", "unit_label_words")
                     for w in self.cue(name) if len(w) >= 2}
            adjectives = set(self.cue("brand_not_names")) | set(self.cue("trade_words"))  # 专业, 老旧; 运营
            return tuple(sorted(w for w in words if w not in adjectives and not any(w in k for k in inside)))
        return self.derived("name-breaker-words", build)

    @property
    def brandable(self) -> re.Pattern:
        """Kinds a brand name may stand before (某某物业公司, 某某物业, 某某物业公司党支部): the
        surface forms of ``ggl:brand_kinds``, and the Party bodies named after them."""
        got = self._patterns.get(("brandable",))
        if got is None:
            forms = self.cue("brand_kinds")
            got = self._patterns[("brandable",)] = self.pattern(tuple(
                w for w, k in self.surface.items()
                if w in forms or w.startswith(forms) and k.type == "PartyOrganisation"))
        return got

    def ending_of(self, place: str) -> str | None:
        """The longest place ending a name ends with (青松商务社区: 商务社区), or None."""
        got = self._patterns.get(("endings",))
        if got is None:
            got = self._patterns[("endings",)] = sorted(self.suffix_level, key=len, reverse=True)
        return next((sfx for sfx in got if place.endswith(sfx)), None)

    def level_of(self, place: str) -> str | None:
        """The level of a place name by its longest ending (青松商务社区: community), or None."""
        ending = self.ending_of(place)
        return self.suffix_level[ending] if ending else None

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
    from graph.extract.constructions import load_constructions
    got.constructions = load_constructions(vocab)
    _LEXICONS[id(vocab)] = got
    return got


ORGS = ("PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
        "PropertyCompany", "Institution", "SocialOrganisation")
ATTACHABLE = ORGS + ("Facility",)


def _has_verb(phrase: str, lex: Lexicon) -> bool:
    words = lex.cue("phrase_verbs")
    return any(w in phrase for w in words if len(w) >= 2) or any(
        phrase.startswith(w) for w in words if len(w) == 1) or any(
        w in phrase for w in lex.cue("verb_chars"))
