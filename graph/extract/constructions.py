"""Stage 2, extract: the relation constructions of ``ontology/constructions/*.yaml``, loaded and checked.

A construction is data, as a spaCy Matcher pattern is: an ``id``, the ``predicate`` it
states, and either a ``pattern`` (a sequence of elements matched over a clause's mentions
and cue words, see graph.extract.matcher) or a ``resolver`` (a named rule of
graph.extract.relations for what a pattern cannot say), with example sentences and the
triples they must give. The loader checks every name (predicate, class, cue list, slot,
resolver) and names the file and the construction at fault.

>>> from graph.vocab import load
>>> cs = load_constructions(load())
>>> c = next(c for c in cs if c.id == "post.people-to-unit-serve")
>>> c.predicate, [e.what for e in c.pattern][:3]
('concurrentPost', ['count', 'slot:subject', 'cue:to_markers'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import VocabularyError

SLOTS = ("subject", "object", "role")
PAIRS = ("each", "both", "cross")
ELEMENT_KEYS = {"slot", "class", "list", "holder", "cue", "words", "count", "gap", "optional",
                "resolve", "cross_clause", "not", "until", "level", "naming"}
LEVELS = ("instance", "type", "unplaced")  # unplaced: named, with no named place opening the name
CONSTRUCTION_KEYS = {"id", "predicate", "pattern", "resolver", "pairs", "role", "examples", "note"}
DEFAULT_GAP = 2       # characters of modifier allowed before an element (not before the first)
RESOLVERS = ("clause_subject", "founded_or_subject", "phrase_subject", "scheme_in_scope", "scheme_in_sentence", "place_in_scope", "host_body", "record_partner", "task_scheme", "formula_scheme", "titled_scheme")


class ConstructionError(VocabularyError):
    """A construction file that does not parse or names something that does not exist."""


@dataclass(frozen=True)
class Element:
    """One step of a pattern: a slot filled by mentions, a cue word, a figure, or a resolver."""

    slot: str | None = None          # subject / object / role
    classes: tuple[str, ...] = ()    # entity classes a slot takes
    list: bool = False               # A、B和C: the coordination starting here
    holder: bool = True              # 业委会成员 → 业委会 (a post holder stands for its body)
    cue: str | None = None           # a cue list of ontology/*.ttl
    words: tuple[str, ...] = ()      # or words written out (markers: 由, 从, 向, 到, 与 …)
    count: bool = False              # a figure: 7名, 14家, 800余个
    gap: int = DEFAULT_GAP           # characters allowed between the previous element and this one
    optional: bool = False
    resolve: str | None = None       # fill the slot from a named resolver, not from the text here
    cross_clause: bool = False       # the gap may hold a comma
    absent: bool = False             # ``not: true``: the pattern fails where this element would match
    until: str | None = None         # a cue list whose words end a ``list`` (A、B与C: the list is A、B)
    level: str | None = None         # only named (instance), named with no place opening the name
                                     # (unplaced: 青禾物业, not 青石市中医院), or only type-level mentions
    naming: str | None = None        # a cue list: only mentions (or resolved schemes) whose written text holds one of its words

    @property
    def what(self) -> str:
        if self.count:
            return "count"
        if self.absent:
            return "not:" + "/".join(self.classes or self.words or (self.cue or "",))
        if self.slot:
            return f"slot:{self.slot}"
        if self.cue:
            return f"cue:{self.cue}"
        return "words:" + "/".join(self.words)


@dataclass(frozen=True)
class Example:
    text: str
    expect: tuple[tuple[str, str, str, tuple], ...]   # (subject, predicate, object, (("count", 7), …))
    absent: tuple[tuple[str, str, str], ...] = ()      # triples the text must not give


@dataclass(frozen=True)
class Construction:
    id: str
    predicate: str
    file: str
    pattern: tuple[Element, ...] = ()
    resolver: str | None = None
    pairs: str = "each"
    role: str | None = None          # a slot whose label is the relation's role
    examples: tuple[Example, ...] = field(default=(), compare=False)
    note: str = ""


def constructions_dir(vocab) -> Path:
    return Path(vocab.folder) / "constructions"


def load_constructions(vocab, folder: Path | None = None, rules: tuple[str, ...] | None = None
                       ) -> tuple[Construction, ...]:
    """Every construction of the vocabulary's ``constructions/`` folder, in file then list order.

    ``rules`` names the resolvers a construction may use (default: graph.extract.relations.RULES).
    """
    import yaml

    if rules is None:
        from graph.extract.relations import RULES
        rules = tuple(RULES)
    folder = folder or constructions_dir(vocab)
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not files:
        raise ConstructionError(f"no constructions at {folder}: expected .yaml files")
    out, seen = [], {}
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ConstructionError(f"{path.name}: cannot parse YAML: {first}") from None
        if not isinstance(data, list):
            raise ConstructionError(f"{path.name}: expected a list of constructions")
        for item in data:
            c = _construction(item, path.name, vocab, rules)
            if c.id in seen:
                raise ConstructionError(f"{path.name}: construction {c.id!r} is declared twice "
                                        f"(also in {seen[c.id]})")
            seen[c.id] = path.name
            out.append(c)
    return tuple(out)


def _construction(item, file: str, vocab, rules) -> Construction:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise ConstructionError(f"{file}: every construction needs an 'id'")
    cid = item["id"]

    def fail(message: str):
        raise ConstructionError(f"{file}: construction {cid!r}: {message}")

    unknown = set(item) - CONSTRUCTION_KEYS
    if unknown:
        fail(f"unknown key(s) {', '.join(sorted(unknown))}")
    predicate = item.get("predicate")
    if predicate not in vocab.predicates:
        fail(f"no predicate {predicate!r}; one of {', '.join(sorted(vocab.predicates))}")
    if ("pattern" in item) == ("resolver" in item):
        fail("give either a 'pattern' or a 'resolver'")
    resolver = item.get("resolver")
    if resolver is not None and resolver not in rules:
        fail(f"no resolver {resolver!r}; one of {', '.join(sorted(rules))}")
    pattern = tuple(_element(e, fail, vocab) for e in item.get("pattern") or ())
    if "pattern" in item:
        slots = [e.slot for e in pattern if e.slot]
        if not pattern:
            fail("an empty pattern")
        if "subject" not in slots or ("object" not in slots and item.get("pairs") != "cross"):
            fail("a pattern needs a subject and an object slot (or pairs: cross)")
        if pattern[0].resolve or pattern[0].absent:
            fail("the first element must be matched in the text, not resolved or negated")
    pairs = item.get("pairs", "each")
    if pairs not in PAIRS:
        fail(f"pairs must be one of {', '.join(PAIRS)}")
    role = item.get("role")
    if role is not None and role not in {e.slot for e in pattern}:
        fail(f"role names slot {role!r}, which the pattern does not have")
    examples = tuple(_example(x, fail) for x in item.get("examples") or ())
    if not any(x.expect for x in examples):
        fail("needs at least one example with an expected triple")
    for ex in examples:
        for s, p, o, _ in ex.expect:
            if p != predicate:
                fail(f"example {ex.text!r} expects {p!r}, not this construction's {predicate!r}")
    return Construction(cid, predicate, file, pattern, resolver, pairs, role, examples,
                        str(item.get("note", "")))


def _element(raw, fail, vocab) -> Element:
    if not isinstance(raw, dict):
        fail(f"pattern element {raw!r} is not a mapping")
    unknown = set(raw) - ELEMENT_KEYS
    if unknown:
        fail(f"pattern element {raw}: unknown key(s) {', '.join(sorted(unknown))}")
    kinds = [k for k in ("slot", "cue", "words", "count") if raw.get(k)]
    if not kinds and raw.get("class"):
        kinds = ["class"]  # mentions the pattern passes over without binding them
    if len(kinds) != 1:
        fail(f"pattern element {raw}: give exactly one of slot, class, cue, words, count")
    slot = raw.get("slot")
    if slot is not None and slot not in SLOTS:
        fail(f"pattern element {raw}: slot must be one of {', '.join(SLOTS)}")
    classes = raw.get("class") or ()
    classes = (classes,) if isinstance(classes, str) else tuple(classes)
    for c in classes:
        if c not in vocab.classes:
            fail(f"no entity class {c!r}")
    if slot and not classes and not raw.get("resolve"):
        fail(f"slot {slot!r} needs a class")
    cue = raw.get("cue")
    if cue is not None and cue not in vocab.cues:
        fail(f"no cue list {cue!r} (declare ggl:{cue} in ontology/cues.ttl)")
    words = raw.get("words") or ()
    words = (words,) if isinstance(words, str) else tuple(words)
    if any(not isinstance(w, str) or not w for w in words):
        fail(f"pattern element {raw}: words must be non-empty strings")
    until = raw.get("until")
    if until is not None and (until not in vocab.cues or not raw.get("list")):
        fail(f"pattern element {raw}: until names a cue list, on a list slot")
    resolve = raw.get("resolve")
    if raw.get("not") and (slot or raw.get("optional") or resolve):
        fail(f"pattern element {raw}: a 'not' element takes a class, cue, words or count, no slot")
    if resolve is not None and (resolve not in RESOLVERS or not slot):
        fail(f"resolve {resolve!r}: one of {', '.join(RESOLVERS)}, on a slot")
    gap = raw.get("gap", DEFAULT_GAP)
    if not isinstance(gap, int) or gap < 0:
        fail(f"pattern element {raw}: gap must be a whole number")
    level = raw.get("level")
    if level is not None and (level not in LEVELS or not classes):
        fail(f"pattern element {raw}: level is one of {', '.join(LEVELS)}, on an element with a class")
    naming = raw.get("naming")
    if naming is not None and (naming not in vocab.cues or not classes):
        fail(f"pattern element {raw}: naming names a cue list, on an element with a class")
    return Element(slot, classes, bool(raw.get("list")), bool(raw.get("holder", True)), cue, words,
                   bool(raw.get("count")), gap, bool(raw.get("optional")), resolve,
                   bool(raw.get("cross_clause")), bool(raw.get("not")), until, level, naming)


def _example(raw, fail) -> Example:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        fail(f"example {raw!r} needs a 'text'")
    unknown = set(raw) - {"text", "expect", "absent"}
    if unknown:
        fail(f"example {raw['text']!r}: unknown key(s) {', '.join(sorted(unknown))}")
    absent = []
    for t in raw.get("absent") or ():
        if not isinstance(t, list) or len(t) != 3 or not all(isinstance(x, str) for x in t):
            fail(f"example {raw['text']!r}: absent [subject, predicate, object]")
        absent.append(tuple(t))
    triples = []
    for t in raw.get("expect") or ():
        if not isinstance(t, list) or len(t) not in (3, 4) or not all(isinstance(x, str) for x in t[:3]):
            fail(f"example {raw['text']!r}: expect [subject, predicate, object, {{count, role}}]")
        extra = t[3] if len(t) == 4 else {}
        if not isinstance(extra, dict) or set(extra) - {"count", "role", "approx"}:
            fail(f"example {raw['text']!r}: the fourth item takes count, role, approx")
        triples.append((t[0], t[1], t[2], tuple(sorted(extra.items()))))
    return Example(raw["text"], tuple(triples), tuple(absent))
