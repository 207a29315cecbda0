"""Stage 2, extract: a Document in, entities, relations and figures with their evidence out.

>>> from graph.read import read_text
>>> doc = read_text("某省某市：标题\\n\\n某市推动126个小区成立业主委员会。", "x.txt")
>>> [e.label for e in extract(doc).entities if e.type == "OwnersCommittee"]
['业委会']
"""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Iterable, Iterator

from graph.errors import InputError
from graph.extract.lexicon import lexicon
from graph.extract.mentions import LEVEL_DEPARTMENT
from graph.extract.model import (
    BOTH_SIDES,
    Entity,
    Evidence,
    Extraction,
    Mention,
    Quantity,
    Relation,
)
from graph.extract.quantities import quantities_of
from graph.extract.relations import relations_of
from graph.extract.units import units
from graph.vocab import Vocabulary

__all__ = ["extract", "extract_paths", "Extraction", "Entity", "Relation", "Quantity", "Evidence",
           "Mention"]


def extract(doc, vocab: Vocabulary | None = None, skip: Iterable[str] = ()) -> Extraction:
    """Entities, relations and quantities of one Document, each relation with its evidence and
    the ids of the constructions that stated it; ``skip`` leaves constructions out by id."""
    lex = lexicon(vocab)
    skip = frozenset(skip)
    result = Extraction(document=doc.name, sha256=getattr(doc, "sha256", ""))
    entities: dict[tuple, Entity] = {}
    aliases: dict[tuple, set] = {}
    relations: dict[tuple, Relation] = {}
    quantities: list[Quantity] = []

    def entity(m: Mention, place: str | None) -> tuple[str, str | None]:
        key = (m.label, place if m.level == "type" else None)
        if key not in entities:
            entities[key] = Entity(m.label, m.type, m.level, key[1])
        surface = m.text.strip()
        if surface and surface != m.label:
            aliases.setdefault(key, set()).add(surface)
        return key

    def relate(rel: Relation):
        if rel.subject == rel.object:
            return  # a body never stands in a relation to itself
        key = (rel.subject, rel.predicate, rel.object)
        if rel.predicate == "coBuilds" and (rel.object, rel.predicate, rel.subject) in relations:
            key = (rel.object, rel.predicate, rel.subject)
        old = relations.get(key)
        if old is None:
            relations[key] = rel
            return
        via = old.via + tuple(v for v in rel.via if v not in old.via)
        if (old.count is None and rel.count is not None) or (old.role is None and rel.role):
            old = replace(rel, count=rel.count if rel.count is not None else old.count,
                          approx=rel.approx if rel.count is not None else old.approx,
                          role=rel.role or old.role)
        relations[key] = replace(old, via=via)

    placed: set = set()  # named places said of nothing but standing in scope (units.Unit.placed)
    sides: tuple = ()  # the two sides of the co-building read last, for 双方 (model.BOTH_SIDES)
    for unit in units(doc, lex):
        counts = set()
        for rel in relations_of(unit, lex, entity, skip):
            if BOTH_SIDES in (rel.subject[0], rel.object[0]):
                for side in sides if rel.predicate != "coBuilds" else ():
                    relate(replace(rel, subject=side if rel.subject[0] == BOTH_SIDES else rel.subject,
                                   object=side if rel.object[0] == BOTH_SIDES else rel.object))
                continue  # 双方共同签署《X》: each side signs; before any co-building, no one
            if rel.predicate == "coBuilds":
                sides = (rel.subject, rel.object)
            relate(rel)
            if rel.count is not None:
                counts.add((rel.count, rel.evidence.start, rel.evidence.end))
        placed |= unit.placed
        quantities.extend(quantities_of(unit, lex, counts))

    entities.pop((BOTH_SIDES, None), None)  # the placeholder itself is no entity
    aliases.pop((BOTH_SIDES, None), None)
    moved = _level_places(entities, relations.values(), lex)
    named = _named_levels(entities, lex)
    named = {**named, **{k: named.get(v, v) for k, v in moved.items()}}
    if named:  # 县行政审批服务局 where the county's 汉阴县行政审批服务局 is named: that unit
        old_relations = list(relations.values())
        relations.clear()
        for rel in old_relations:
            relate(replace(rel, subject=named.get(rel.subject, rel.subject), object=named.get(rel.object, rel.object)))
        for key, full in named.items():
            for surface in set(aliases.pop(key, ())) | {entities.pop(key).label}:
                aliases.setdefault(full, set()).add(surface)
    short = _short_place_names(entities, lex)
    if short:  # 白石古莲城·夏荷里小区 named once, then 夏荷里小区; 通道侗族自治县, then 通道县: one place
        def full(key):
            return (short.get(key[0], key[0]) if key[1] is None else key[0], short.get(key[1], key[1]))
        old_relations = list(relations.values())
        relations.clear()
        for rel in old_relations:
            relate(replace(rel, subject=full(rel.subject), object=full(rel.object)))
        for key in [k for k in entities if full(k) != k]:
            e = entities.pop(key)
            new = full(key)
            entities.setdefault(new, replace(e, label=new[0], place=new[1]))
            aliases.setdefault(new, set()).update(set(aliases.pop(key, ())) | ({e.label} - {new[0]}))
        placed = {full(k) for k in placed}
        quantities = [replace(q, place=short.get(q.place, q.place)) for q in quantities]
    used = {r.subject for r in relations.values()} | {r.object for r in relations.values()} | placed
    in_passing = {w for name in ("member_nouns", "occupation_nouns", "kinds_named_in_passing") for w in lex.cue(name)}
    result.entities = sorted(
        (Entity(e.label, e.type, e.level, e.place, tuple(sorted(aliases.get(k, ()))))
         for k, e in entities.items() if _keep(e, k, used, in_passing, lex)),
        key=lambda e: (e.type, e.label, e.place or ""))
    result.relations = sorted(_leaders_lead(_nearest_places(relations.values())),
                              key=lambda r: (r.evidence.start, r.predicate, r.subject, r.object))
    result.quantities = _dedupe_quantities(quantities)
    return result


def _short_place_names(entities: dict, lex) -> dict:
    """A place named in full and elsewhere by a short name: short name -> full name, where one full
    name of the document ends so. A compound named with its estate's brand (白石古莲城·夏荷里小区)
    is short for the part after the dot (夏荷里小区); an autonomous county or prefecture (通道侗族自治县,
    恩施土家族苗族自治州) for its stem and its last character (通道县, 恩施州); a zone written with a
    short ending (青川经开区) for the one of ggl:place_short_endings written in full (青川经济技术开发区)."""
    names = [label for (label, _), e in entities.items() if e.type == "Place" and e.level == "instance"]
    endings = [w.split(":", 1) for w in lex.cue("place_short_endings")]
    out = {}
    for label in names:
        if "·" in label:
            continue
        hits = [f for f in names if "·" in f and f.rsplit("·", 1)[1] == label] or [
            f for f in names if "自治" in f and len(label) >= 3 and f != label and f.startswith(label[:-1])
            and f.endswith("自治" + label[-1])] or [
            label[:-len(short)] + full for short, full in endings
            if label.endswith(short) and len(label) > len(short) and label[:-len(short)] + full in names]
        if len(hits) == 1:
            out[label] = hits[0]
    return out


def _named_levels(entities: dict, lex) -> dict:
    """A body named by its level in a place (县行政审批服务局 in 汉阴县, 区住建局 in 青石区) is the
    unit the document names in full (汉阴县行政审批服务局, 中共某县委组织部): type-level key -> the unit's key."""
    out = {}
    prefixes = lex.committee_prefixes
    for (label, place), e in entities.items():  # 党支部 in 桂香小区 where 桂香小区党支部 is named: that body
        # (Party bodies only: measured, a named 居委会 or 业委会 folded so loses more than it wins)
        # (a kind naming a level stays a kind: 社区党委 in 桂香社区, the 网格党支部 of a town, one or many;
        # but a compound has one branch: 小区党支部 in 桂香小区 is the 桂香小区党支部 the document names)
        full = ((place or "") + label, None)
        if place and label.startswith("小区党") and place.endswith("小区"):
            full = (place + label[2:], None)  # 小区党支部 in 桂香小区: 桂香小区党支部
        if e.level == "type" and place and label.startswith(("党", "小区党")) and full in entities \
                and entities[full].type == e.type == "PartyOrganisation":
            out[(label, place)] = full
    for (label, place), e in entities.items():  # 某区住建局 where 某区住房和城乡建设局 is named: that unit
        full = (lex.in_full(label), None)
        if place is None and full[0] != label and full in entities and entities[full].type == e.type:
            out[(label, place)] = full
    for (label, place), e in entities.items():
        if (label, place) in out or label[:1] not in "省市区县" or len(label) < 3 or e.type not in ("GovernmentBody", "PartyOrganisation"):
            continue
        if e.level == "type" and place and place.endswith(label[0]) and lex.level_of(place) == lex.suffix_level.get(label[0]):
            full = [k for k in ((w + place + label[1:], None) for w in prefixes) if k in entities][:1] \
                or [k for k in ((place + lex.in_full(label)[1:], None),) if k in entities] \
                or [(place + label[1:], None)]  # 县委组织部 after 中共某县委组织部; 区住建局: 某区住房和城乡建设局
        else:  # read as a name (县行政审批服务局), or in a place below its level (区人民医院党委 in a
            # community): the one unit of the document that ends so
            full = [k for k in entities if k[1] is None and len(k[0]) > len(label) + 1
                    and lex.in_full(k[0]).endswith(lex.in_full(label)) and entities[k].level == "instance"]
        if len(full) == 1 and full[0] in entities and entities[full[0]].type == e.type:
            out[(label, place)] = out.get(full[0], full[0])
    return out


def _level_places(entities: dict, relations, lex) -> dict:
    """A department named by its level (区住建局, 市房管局) read in a smaller place (a community of
    the district) is the department of the place of that level above it: type-level key -> the key
    placed there, the places above one another read from the document's locatedIn relations."""
    parents: dict = {}
    for r in relations:
        if r.predicate == "locatedIn":
            parents.setdefault(r.subject[0], []).append(r.object[0])

    out = {}
    for (label, place), e in list(entities.items()):
        level = lex.suffix_level.get(label[:1])  # 区住建局: the level its first character names
        if e.level != "type" or not place or not level or not LEVEL_DEPARTMENT.fullmatch(label) \
                or lex.level_of(place) == level:
            continue
        seen, todo, found = {place}, list(parents.get(place, ())), None
        while todo and found is None:
            p = todo.pop(0)
            if p in seen:
                continue
            seen.add(p)
            if lex.level_of(p) == level:
                found = p
            todo.extend(parents.get(p, ()))
        if found is not None:
            out[(label, place)] = (label, found)
            entities.setdefault((label, found), replace(e, place=found))
    return out


def _nearest_places(rels) -> list[Relation]:
    """A place sits in its nearest holder only: 某社区 in 某街道 and 某街道 in 某市 make
    某社区 in 某市 (read from a sentence that named no street) redundant."""
    rels = list(rels)
    parents: dict = {}
    for r in rels:
        if r.predicate == "locatedIn":
            parents.setdefault(r.subject, set()).add(r.object)

    def above(p, seen=()):
        for q in parents.get(p, ()):
            if q not in seen:
                yield q
                yield from above(q, seen + (p,))

    drop = set()
    for child, ps in parents.items():
        for p in ps:
            if any(p in set(above(q)) for q in ps if q != p):
                drop.add((child, p))
    return [r for r in rels if not (r.predicate == "locatedIn" and (r.subject, r.object) in drop)]


def _leaders_lead(rels: list[Relation]) -> list[Relation]:
    """A body that leads a scheme does not also take part in it (以X为核心: X leads)."""
    leads = {(r.subject, r.object) for r in rels if r.predicate == "leads"}
    return [r for r in rels if not (r.predicate == "participatesIn" and (r.subject, r.object) in leads)]


def _keep(e: Entity, key, used, in_passing, lex) -> bool:
    """Places, named departments and documents, people named only as a body's members (党员) or by
    occupation or standing (教师, 老党员), kinds named in passing (议事厅), the posts of a body
    (业委会主任, 社区党组织书记: the body acts, the post is a relation's role) and schemes are
    entities only where something is said of them (measured over the corpus: named places and
    departments said of nothing were wrong four times in five)."""
    if e.type == "Place" or e.type == "Mechanism" or (e.level == "type" and e.label in in_passing) or (
            e.level == "instance" and e.type in ("GovernmentBody", "Policy")) or (
            e.type == "Role" and _post_of_body(e.label, lex)):
        return key in used
    return True


def _post_of_body(label: str, lex) -> bool:
    """业委会主任, 小区党支部书记, 物业项目经理: a kind of body and a post holder's noun."""
    holders = lex.cue("holder_nouns")
    return any(label[i:] in holders and (kind := lex.surface.get(label[:i])) is not None
               and kind.type not in ("Place", "Role", "Mechanism", "Facility") for i in range(2, len(label)))


def _dedupe_quantities(items: list[Quantity]) -> list[Quantity]:
    seen, out = set(), []
    for q in items:
        key = (q.place, q.subject, q.value, q.unit)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def extract_paths(paths: Iterable, vocab: Vocabulary | None = None) -> Iterator[Extraction | InputError]:
    """Read and extract every report under ``paths``; bad files come back as InputError."""
    from graph.read import read_paths

    for item in read_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield extract(item, vocab)


def dumps(extraction: Extraction, indent: int | None = 1) -> str:
    """The interchange JSON of one extraction (deterministic, Chinese unescaped)."""
    return json.dumps(extraction.to_json(), ensure_ascii=False, indent=indent)
