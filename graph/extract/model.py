"""Stage 2, extract: the data the extractor produces (entities, relations, figures, evidence)."""
from __future__ import annotations

from dataclasses import dataclass, field

PLACE_RANK = {"province": 1, "city": 2, "district": 3, "street": 4, "community": 5,
              "compound": 6, "grid": 7, "building": 8}
BOTH_SIDES = "双方"  # the label of a mention standing for the two sides of the last co-building (双方共同签署…)


@dataclass(frozen=True)
class Mention:
    """A span of the repaired text that names an entity.

    ``doc.text[start:end] == text``; ``label`` is the canonical name (after alias
    resolution), ``level`` is ``"instance"`` for proper names and ``"type"`` for kinds.
    """

    start: int
    end: int
    text: str
    label: str
    type: str
    level: str
    place_level: str | None = None   # for places: province, city, … building
    kind: str | None = None          # concept local name in the vocabulary, if any
    quoted: bool = False             # inside a quotation or a policy title

    @property
    def is_named_place(self) -> bool:
        return self.type == "Place" and self.level == "instance"


@dataclass(frozen=True)
class Entity:
    label: str
    type: str
    level: str
    place: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.label, self.place if self.level == "type" else None)


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: the exact quote and its span in the repaired text."""

    start: int
    end: int
    quote: str
    sentence: int | None = None


@dataclass(frozen=True)
class Relation:
    subject: tuple[str, str | None]   # entity key (label, place or None)
    predicate: str
    object: tuple[str, str | None]
    evidence: Evidence
    count: int | None = None
    approx: bool = False
    role: str | None = None
    place: str | None = None
    via: tuple[str, ...] = ()        # ids of the constructions that stated it (ontology/constructions)


@dataclass(frozen=True)
class Quantity:
    place: str | None
    subject: str
    value: float
    unit: str
    approx: bool
    evidence: Evidence


@dataclass
class Extraction:
    """Everything extracted from one document, in the interchange shape of annotation.md §5."""

    document: str
    sha256: str = ""
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    def to_json(self) -> dict:
        def ev(e: Evidence) -> dict:
            return {"evidence": e.quote, "start": e.start, "end": e.end, "sentence": e.sentence}

        def number(v: float):
            return int(v) if float(v).is_integer() else v

        return {
            "document": self.document,
            "sha256": self.sha256,
            "entities": [{"label": e.label, "type": e.type, "level": e.level, "place": e.place,
                          "aliases": list(e.aliases)} for e in self.entities],
            "relations": [{"subject": r.subject[0], "subject_place": r.subject[1],
                           "predicate": r.predicate,
                           "object": r.object[0], "object_place": r.object[1],
                           "role": r.role, "count": r.count, "approx": r.approx,
                           "place": r.place, "via": list(r.via), **ev(r.evidence)}
                          for r in self.relations],
            "quantities": [{"place": q.place, "subject": q.subject, "value": number(q.value),
                            "unit": q.unit, "approx": q.approx, **ev(q.evidence)}
                           for q in self.quantities],
        }
