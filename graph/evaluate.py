"""Evaluate: score an extraction against gold annotations (both in the interchange JSON shape).

The matching rules (docs/annotation.md, "How scoring matches"):

- Labels are compared after NFKC, with quotes, spaces, 《》 and dashes removed, and with
  aliases resolved: a gold entity's own ``aliases`` stand for it, and so do the surface forms
  the annotation guide names as one kind (:data:`GUIDE_ALIASES`: 业主委员会 = 业委会,
  物业公司 = 物业服务企业 …; a test holds each against the vocabulary). With
  ``aliases="vocabulary"`` every altLabel and hiddenLabel of ``ontology/kinds.ttl`` stands for
  its prefLabel: a looser match, since the vocabulary folds in forms that annotators keep
  apart (区直单位 and 区直部门, 楼长 and 楼栋长).
- Place names are compared by their last administrative part without its suffix:
  某省青石市, 青石市 and 青石 are one place; 桂香社区 keeps its 社区.
- A mechanism also matches by its quoted name, or with its head noun dropped
  (“民情日记”工作机制 = “民情日记” = 民情日记工作).
- Type-level entities match by (label, place); instances by label alone, and a system
  entity given a place matches an instance only where the instance's name holds that place.
- ``coBuilds`` matches in either direction. Counts and roles are scored on matched
  relations only (a role is right when one contains the other).
- Quantities match on place, value and unit, and on subject where the gold names one
  (one containing the other).

Relations are reported per document, micro-averaged, per predicate and as a macro average
of F1 over the predicates the gold holds.

>>> gold = {"document": "r.txt",
...         "entities": [{"label": "业委会", "type": "OwnersCommittee", "level": "type", "place": "临江市"}],
...         "relations": [{"subject": "社区“两委”", "subject_place": "临江市", "predicate": "concurrentPost",
...                        "object": "业委会", "object_place": "临江市", "count": 9}]}
>>> system = {"document": "r.txt",
...           "entities": [{"label": "业主委员会", "type": "OwnersCommittee", "level": "type", "place": "江南省临江市"}],
...           "relations": [{"subject": '社区"两委"', "subject_place": "临江", "predicate": "concurrentPost",
...                          "object": "业主委员会", "object_place": "临江市", "count": 9}]}
>>> report = score(system, gold)
>>> report["micro"]["entities"]["f1"], report["micro"]["relations"]["f1"], report["documents"]["r"]["counts_right"]
(1.0, 1.0, '1/1')
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

from graph.errors import InputError

#: Head nouns dropped from a mechanism's name when matching (the scoring convention of the
#: annotation guide; deliberately narrower than the extractor's cue list, which also holds
#: words such as 服务 or 管理 that would merge unrelated names once dropped).
HEAD_NOUNS = ("工作机制", "工作法", "机制", "制度", "工程", "行动", "模式", "体系", "品牌",
              "工作", "队伍", "活动", "试点", "方式", "原则", "理念", "格局", "建设", "创建")

_STRIP = re.compile(r"[\"'“”‘’「」『』〝〞＂＇《》〈〉\s·・•—–\-]")
_QUOTED = re.compile(r"[\"“「『](.+?)[\"”」』]")
_PLACE_PART = re.compile(r".+?(?:自治区|特别行政区|省|自治州|地区|盟|市|区|县|旗|街道|镇|乡|社区|村|小区)")
_PLACE_SUFFIX = re.compile(r"(?<=..)(?:自治区|特别行政区|省|自治州|地区|盟|市|县|旗)$|(?<=..)(?<![社小片街园城])区$")
_PARTS = ("entities", "relations", "quantities")


def _strip(label) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", str(label)))


#: Surface forms the annotation guide names as one kind → the canonical label (compared after
#: normalisation). Each is an alias of that prefLabel in the vocabulary too (tested).
GUIDE_ALIASES = {
    "业主委员会": "业委会",
    "物业企业": "物业服务企业",
    "物业公司": "物业服务企业",
    "物业服务公司": "物业服务企业",
    "物业": "物业服务企业",
    "居民委员会": "居委会",
    "社区居委会": "居委会",
    "社区居民委员会": "居委会",
    "居委": "居委会",
}
ALIAS_SOURCES = ("guide", "vocabulary")


def alias_table(source: str | dict = "guide", vocab=None) -> dict[str, str]:
    """The alias table of a source: ``"guide"`` (:data:`GUIDE_ALIASES`), ``"vocabulary"``
    (every alt- and hiddenLabel of the vocabulary, and the guide's), or a dict of your own."""
    if isinstance(source, dict):
        return {_strip(k): _strip(v) for k, v in source.items()}
    if source == "guide":
        return dict(GUIDE_ALIASES)
    if source == "vocabulary":
        return {**vocabulary_aliases(vocab), **GUIDE_ALIASES}
    raise InputError(f"unknown alias source {source!r}", hint="one of " + ", ".join(ALIAS_SOURCES))


def vocabulary_aliases(vocab=None) -> dict[str, str]:
    """Every alt- and hiddenLabel of the vocabulary's kinds → its prefLabel, both normalised.

    >>> vocabulary_aliases()["业主委员会"], vocabulary_aliases()["物业公司"]
    ('业委会', '物业服务企业')
    """
    if vocab is None:
        from graph.vocab import load
        vocab = load()
    out = {}
    for kind in vocab.kinds.values():
        canonical = _strip(kind.zh)
        for alias in kind.alt + kind.hidden:
            if _strip(alias) != canonical:
                out[_strip(alias)] = canonical
    return out


class Matcher:
    """Normalises labels, places and mechanism names under one alias table."""

    def __init__(self, aliases: dict[str, str]):
        self.aliases = aliases

    def norm(self, label) -> str:
        if label is None:
            return ""
        text = _strip(label)
        return self.aliases.get(text, text)

    def place(self, place) -> str:
        """某省青石市 -> 青石; 青石市 -> 青石; 某市柳岸区 -> 柳岸; 桂香社区 -> 桂香社区."""
        text = self.norm(place)
        parts = _PLACE_PART.findall(text)
        if parts and "".join(parts) == text:
            text = parts[-1]
        return _PLACE_SUFFIX.sub("", text)

    @staticmethod
    def core(name: str) -> str:
        """Drop trailing head nouns: 民情日记工作机制 -> 民情日记."""
        changed = True
        while changed:
            changed = False
            for head in HEAD_NOUNS:
                if name.endswith(head) and len(name) - len(head) >= 2:
                    name, changed = name[: -len(head)], True
                    break
        return name

    def names(self, entity: dict) -> set[str]:
        labels = [entity.get("label")] + list(entity.get("aliases", []) or [])
        names = {self.norm(a) for a in labels}
        if entity.get("type") == "Place":
            names |= {self.place(a) for a in labels}
        if entity.get("type") == "Mechanism":
            for label in labels:
                quoted = _QUOTED.findall(unicodedata.normalize("NFKC", str(label or "")))
                if len(quoted) == 1 and len(self.norm(quoted[0])) >= 2:
                    names.add(self.norm(quoted[0]))
            names |= {self.core(n) for n in list(names)}
        return {n for n in names if n}


class _GoldIndex:
    """Maps any surface form of a gold entity to its canonical (label, place) key."""

    def __init__(self, gold: dict, m: Matcher):
        self.m = m
        self.typed: dict[tuple[str, str], tuple[str, str]] = {}
        self.instances: dict[str, tuple[str, str]] = {}
        self.types: dict[tuple[str, str], str] = {}
        for e in gold.get("entities", []):
            if not e.get("label"):
                continue
            type_level = e.get("level") == "type"
            key = (m.norm(e["label"]), m.place(e.get("place")) if type_level else "")
            self.types[key] = e.get("type", "")
            for name in m.names(e):
                if type_level:
                    self.typed.setdefault((name, key[1]), key)
                else:
                    self.instances.setdefault(name, key)

    def key(self, label, place) -> tuple[str, str]:
        m = self.m
        name, where = m.norm(label), m.place(place)
        candidates = [name, m.place(label), m.core(name)]
        for n in candidates:
            if (n, where) in self.typed:
                return self.typed[(n, where)]
        for n in candidates:
            if n in self.instances:
                inst = self.instances[n]
                if not where or where in inst[0] or where in m.place(inst[0]):
                    return inst
        return (name, where)


def _prf(tp: int, n_system: int, n_gold: int) -> dict:
    p = tp / n_system if n_system else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "system": n_system, "gold": n_gold,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def _sets(system: set, gold: set) -> dict:
    return _prf(len(system & gold), len(system), len(gold))


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _quantities(system: list, gold: list, m: Matcher) -> dict:
    def head(q):
        try:
            value = float(q.get("value"))
        except (TypeError, ValueError):
            value = None
        return (m.place(q.get("place")), value, m.norm(q.get("unit")))

    left = list(system)
    tp = 0
    for g in gold:
        gs = m.norm(g.get("subject"))
        for i, s in enumerate(left):
            ss = m.norm(s.get("subject"))
            if head(s) == head(g) and (not gs or (ss and (gs in ss or ss in gs))):
                tp += 1
                del left[i]
                break
    return _prf(tp, len(system), len(gold))


def score_document(system: dict, gold: dict, *, aliases: str | dict = "guide") -> dict:
    """The figures of one document: entities, relations (also per predicate), counts and roles
    right on matched relations, quantities, and the missed and spurious relation keys.

    ``aliases``: ``"guide"``, ``"vocabulary"`` or a dict surface form → canonical label.
    """
    m = aliases if isinstance(aliases, Matcher) else Matcher(alias_table(aliases))
    idx = _GoldIndex(gold, m)

    def entity_key(e):
        return idx.key(e.get("label"), e.get("place") if e.get("level") == "type" else None)

    def relation_key(rel):
        s = idx.key(rel.get("subject"), rel.get("subject_place"))
        o = idx.key(rel.get("object"), rel.get("object_place"))
        pred = rel.get("predicate") or ""
        if pred == "coBuilds" and o < s:
            s, o = o, s
        return (s, pred, o)

    sys_entities = {entity_key(e): e for e in system.get("entities", []) if e.get("label")}
    gold_entities = {entity_key(e) for e in gold.get("entities", []) if e.get("label")}
    typed_right = sum(1 for k in sys_entities.keys() & gold_entities
                      if sys_entities[k].get("type") == idx.types.get(k))

    rel_sys = {relation_key(r): r for r in system.get("relations", [])}
    rel_gold = {relation_key(r): r for r in gold.get("relations", [])}
    per_predicate = {pred: _sets({k for k in rel_sys if k[1] == pred}, {k for k in rel_gold if k[1] == pred})
                     for pred in sorted({k[1] for k in rel_gold} | {k[1] for k in rel_sys})}

    counts = Counter()
    for key in rel_sys.keys() & rel_gold.keys():
        g, s = rel_gold[key], rel_sys[key]
        if g.get("count") is not None:
            counts["count_gold"] += 1
            counts["count_right"] += int(_as_int(s.get("count")) == _as_int(g.get("count")))
        if g.get("role"):
            counts["role_gold"] += 1
            gr, sr = m.norm(g.get("role")), m.norm(s.get("role"))
            counts["role_right"] += int(bool(sr) and (sr in gr or gr in sr))

    return {
        "entities": _sets(set(sys_entities), gold_entities),
        "types_right": f"{typed_right}/{len(sys_entities.keys() & gold_entities)}",
        "relations": _sets(set(rel_sys), set(rel_gold)),
        "per_predicate": per_predicate,
        "counts_right": f"{counts['count_right']}/{counts['count_gold']}",
        "roles_right": f"{counts['role_right']}/{counts['role_gold']}",
        "quantities": _quantities(system.get("quantities", []), gold.get("quantities", []), m),
        "missed_relations": sorted(str(k) for k in set(rel_gold) - set(rel_sys)),
        "spurious_relations": sorted(str(k) for k in set(rel_sys) - set(rel_gold)),
    }


def micro(results: dict[str, dict]) -> dict:
    """Figures summed over documents; per-predicate F1 and its macro average over the
    predicates the gold holds (a predicate only the system produced counts in micro, not macro)."""
    total = {}
    for part in _PARTS:
        total[part] = _prf(*(sum(r[part][k] for r in results.values()) for k in ("tp", "system", "gold")))
    per_pred = Counter()
    for r in results.values():
        for pred, fig in r["per_predicate"].items():
            for k in ("tp", "system", "gold"):
                per_pred[(pred, k)] += fig[k]
    f1s = {}
    for pred in sorted({p for p, _ in per_pred}):
        if per_pred[(pred, "gold")]:
            f1s[pred] = _prf(per_pred[(pred, "tp")], per_pred[(pred, "system")], per_pred[(pred, "gold")])["f1"]
    total["per_predicate_f1"] = f1s
    total["relations_macro_f1"] = round(sum(f1s.values()) / len(f1s), 3) if f1s else 0.0
    return total


# -- inputs: a dict, a list of dicts, a file or a folder ------------------------------------------

def _load(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not JSON ({exc})",
                         hint="give interchange JSON files, e.g. from `govgraph extract --out DIR`") from None
    return _checked(data, str(path))


def _checked(data, where: str) -> dict:
    if not isinstance(data, dict):
        raise InputError(f"{where}: not an interchange JSON object (document, entities, relations, quantities)")
    for part in _PARTS:
        items = data.get(part, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f"{where}: {part!r} must be a list of objects")
    return data


def _name(data: dict, fallback: str) -> str:
    return Path(str(data.get("document") or fallback)).stem


def _documents(source, role: str) -> dict[str, dict]:
    """name → interchange dict, from a dict, a list of dicts, a JSON file or a folder of them."""
    if isinstance(source, dict):
        data = _checked(source, role)
        return {_name(data, role): data}
    if isinstance(source, (list, tuple)):
        out = {}
        for i, item in enumerate(source):
            data = _checked(item, f"{role} item {i}")
            name = _name(data, f"{role}-{i}")
            if name in out:
                raise InputError(f"{role}: two documents named {name!r}")
            out[name] = data
        return out
    path = Path(os.fspath(source))
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files and role == "gold":
            raise InputError(f"{path}: no *.json gold files in this folder")
        return {f.stem: _load(f) for f in files}
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    return {path.stem: _load(path)}


def score(system, gold, *, aliases: str | dict = "guide", vocab=None) -> dict:
    """Score system output against gold: ``{"documents": {name: figures}, "micro": figures}``.

    Each of ``system`` and ``gold`` is an interchange dict, a list of them, a JSON file or a
    folder of JSON files. Gold documents are paired with the system document of the same name
    (the file stem, or the stem of its ``document`` field); a single system document is paired with a
    single gold one whatever their names. A gold document without its system document scores
    as an empty extraction and is listed under ``"missing"``. ``aliases``: ``"guide"`` (the
    default, the figures of the annotation guide's scorer), ``"vocabulary"`` or a dict.

    Raises
    ------
    InputError
        A file that does not exist, is not JSON, or is not in the interchange shape.
    """
    matcher = Matcher(alias_table(aliases, vocab))
    golds = _documents(gold, "gold")
    systems = _documents(system, "system")
    if len(golds) == 1 and len(systems) == 1 and not (isinstance(system, os.PathLike | str)
                                                      and Path(system).is_dir()):
        (name, g), s = next(iter(golds.items())), next(iter(systems.values()))
        systems = {name: s}
    by_document = {**{_name(s, n): s for n, s in systems.items()}, **systems}
    results, missing = {}, []
    for name, g in golds.items():
        found = by_document.get(name, by_document.get(_name(g, name)))
        if found is None:
            missing.append(name)
        results[name] = score_document(found or {}, g, aliases=matcher)
    report = {"documents": results, "micro": micro(results)}
    if missing:
        report["missing"] = missing
    return report


def report_lines(report: dict, show: bool = False) -> list[str]:
    """The figures as text: a line per document, one per predicate, then the micro line."""
    out = []
    for name, r in report["documents"].items():
        out.append(f"{name}: entities F1 {r['entities']['f1']:.3f} (types {r['types_right']})"
                   f"  relations P {r['relations']['precision']:.3f} R {r['relations']['recall']:.3f}"
                   f" F1 {r['relations']['f1']:.3f}  quantities F1 {r['quantities']['f1']:.3f}"
                   f"  counts {r['counts_right']}  roles {r['roles_right']}")
        for pred, fig in r["per_predicate"].items():
            out.append(f"    {pred:18} P {fig['precision']:.3f} R {fig['recall']:.3f} F1 {fig['f1']:.3f}"
                       f"  ({fig['tp']}/{fig['gold']} gold, {fig['system']} found)")
        if show:
            out += [f"    missed   {k}" for k in r["missed_relations"]]
            out += [f"    spurious {k}" for k in r["spurious_relations"]]
    mi = report["micro"]
    if len(report["documents"]) > 1:
        for pred, f1 in mi["per_predicate_f1"].items():
            out.append(f"  {pred:18} F1 {f1:.3f}")
    out.append(f"micro: entities F1 {mi['entities']['f1']:.3f}  relations F1 {mi['relations']['f1']:.3f}"
               f" (P {mi['relations']['precision']:.3f} R {mi['relations']['recall']:.3f}),"
               f" macro over predicates {mi['relations_macro_f1']:.3f}"
               f"  quantities F1 {mi['quantities']['f1']:.3f}")
    return out
