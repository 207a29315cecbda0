"""The relation constructions of ontology/constructions/*.yaml: every example sentence gives
its triples through its construction, switching a construction off loses one of them, and a
broken file is refused naming the file and the construction."""
import shutil

import pytest

from graph.extract import extract
from graph.extract.constructions import ConstructionError, load_constructions
from graph.extract.lexicon import lexicon
from graph.read import read_text
from graph.vocab import load

CONSTRUCTIONS = lexicon().constructions
EXAMPLES = [(c, ex) for c in CONSTRUCTIONS for ex in c.examples]


def _by(construction, text, skip=()):
    """{(subject, predicate, object): relation} that ``construction`` states in ``text``."""
    x = extract(read_text(text, "example.txt"), skip=skip)
    return {(r.subject[0], r.predicate, r.object[0]): r for r in x.relations if construction.id in r.via}, x


def _holds(rel, extra: dict) -> bool:
    if "count" in extra and rel.count != extra["count"]:
        return False
    if "approx" in extra and rel.approx != extra["approx"]:
        return False
    role = extra.get("role")
    return not role or bool(rel.role and (role in rel.role or rel.role in role))


@pytest.mark.parametrize("construction,example", EXAMPLES,
                         ids=[f"{c.id}:{ex.text[:14]}" for c, ex in EXAMPLES])
def test_example_gives_its_triples(construction, example):
    got, _ = _by(construction, example.text)
    if not example.expect:
        assert got == {}, f"{construction.id} should state nothing in {example.text!r}"
    for s, p, o, extra in example.expect:
        assert (s, p, o) in got, f"{construction.id} misses {s} {p} {o} in {example.text!r}: {sorted(got)}"
        assert _holds(got[(s, p, o)], dict(extra)), (construction.id, got[(s, p, o)])
    for s, p, o in example.absent:
        assert (s, p, o) not in got, f"{construction.id} should not state {s} {p} {o} in {example.text!r}"


@pytest.mark.parametrize("construction", CONSTRUCTIONS, ids=[c.id for c in CONSTRUCTIONS])
def test_switching_a_construction_off_loses_an_example(construction):
    """No construction is dead weight: without it, one of its own examples goes missing."""
    lost = []
    for ex in construction.examples:
        x = extract(read_text(ex.text, "example.txt"), skip={construction.id})
        have = {(r.subject[0], r.predicate, r.object[0]) for r in x.relations}
        lost += [(s, p, o) for s, p, o, _ in ex.expect if (s, p, o) not in have]
    assert lost, f"{construction.id}: every example triple is also stated by another construction"


def test_every_relation_names_its_construction():
    doc = read_text("桂香社区党支部与辖区12家驻区单位结对共建，小区党支部统领业委会、物业企业和社会组织。", "x.txt")
    ids = {c.id for c in CONSTRUCTIONS}
    rels = extract(doc).relations
    assert rels and all(r.via and set(r.via) <= ids for r in rels)


def test_construction_ids_are_unique_and_every_predicate_has_one():
    ids = [c.id for c in CONSTRUCTIONS]
    assert len(ids) == len(set(ids))
    assert {c.predicate for c in CONSTRUCTIONS} == set(load().predicates)


# -- the loader refuses a broken file, naming it and the construction ---------------------

GOOD = """
- id: t.ok
  predicate: coBuilds
  pattern:
    - {slot: subject, class: [PartyOrganisation]}
    - {words: [与]}
    - {slot: object, class: [Institution]}
    - {words: [共建]}
  examples:
    - {text: 小区党支部与驻区单位共建。, expect: [[小区党支部, coBuilds, 驻区单位]]}
"""


@pytest.mark.parametrize("edit,message", [
    (("predicate: coBuilds", "predicate: coBuild"), "no predicate 'coBuild'"),
    (("class: [Institution]", "class: [Institutions]"), "no entity class 'Institutions'"),
    (("{words: [共建]}", "{cue: cobuild_wordz}"), "no cue list 'cobuild_wordz'"),
    (("{words: [共建]}", "{words: [共建], colour: red}"), "unknown key(s) colour"),
    (("slot: object", "slot: objekt"), "slot must be one of"),
    (("  examples:", "  resolver: cobuilds\n  examples:"), "either a 'pattern' or a 'resolver'"),
    (("expect: [[小区党支部, coBuilds, 驻区单位]]", "expect: []"), "needs at least one example"),
    (("expect: [[小区党支部, coBuilds, 驻区单位]]", "expect: [[小区党支部, leads, 驻区单位]]"),
     "expects 'leads'"),
    (("{slot: object, class: [Institution]}", "{slot: object, class: [Institution], until: nowhere}"),
     "until names a cue list"),
    (("{slot: object, class: [Institution]}", "{slot: object, class: [Institution], level: named}"),
     "level is one of"),
    (("{slot: object, class: [Institution]}", "{slot: object, class: [Institution], naming: nowhere}"),
     "naming names a cue list"),
    (("expect: [[小区党支部, coBuilds, 驻区单位]]}", "expect: [[小区党支部, coBuilds, 驻区单位]], absent: [[小区党支部]]}"),
     "absent [subject, predicate, object]"),
    (("expect: [[小区党支部, coBuilds, 驻区单位]]}", "expect: [[小区党支部, coBuilds, 驻区单位]], expected: []}"),
     "unknown key(s) expected"),
    (("- id: t.ok", "- id: t.ok\n  pairs: sideways"), "pairs must be one of"),
    (("    - {slot: subject, class: [PartyOrganisation]}\n", "    - {slot: subject, class: [PartyOrganisation]}\n    - {slot: role, class: [Role], resolve: guess}\n"),
     "resolve 'guess'"),
])
def test_loader_names_file_and_construction(tmp_path, edit, message):
    folder = tmp_path / "ontology"
    shutil.copytree(load().folder, folder)
    (folder / "constructions" / "zz_test.yaml").write_text(GOOD.replace(*edit), encoding="utf-8")
    with pytest.raises(ConstructionError) as err:
        load_constructions(load(folder))
    assert "zz_test.yaml" in str(err.value) and message in str(err.value)
    if "t.ok" in GOOD.replace(*edit):
        assert "'t.ok'" in str(err.value) or "every construction" in str(err.value)


def test_loader_accepts_the_good_file_and_refuses_a_duplicate(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(load().folder, folder)
    (folder / "constructions" / "zz_test.yaml").write_text(GOOD, encoding="utf-8")
    assert "t.ok" in {c.id for c in load_constructions(load(folder))}
    (folder / "constructions" / "zz_again.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ConstructionError, match="declared twice"):
        load_constructions(load(folder, reload=True))


def test_unparsable_yaml_is_one_line(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(load().folder, folder)
    (folder / "constructions" / "zz_test.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConstructionError, match="zz_test.yaml: cannot parse YAML") as err:
        load_constructions(load(folder))
    assert "\n" not in str(err.value)


def test_a_new_phrasing_is_a_pattern_and_no_python(tmp_path):
    """Adding a construction is a YAML edit: the extractor reads it."""
    folder = tmp_path / "ontology"
    shutil.copytree(load().folder, folder)
    (folder / "constructions" / "zz_test.yaml").write_text(GOOD.replace("{words: [与]}", "{words: [偕]}"),
                                                          encoding="utf-8")
    vocab = load(folder)
    x = extract(read_text("小区党支部偕驻区单位共建。", "x.txt"), vocab)
    assert [r.via for r in x.relations if r.predicate == "coBuilds"] == [("t.ok",)]


def test_extract_explain_names_file_and_construction(tmp_path):
    from click.testing import CliRunner

    from graph.cli import cli

    report = tmp_path / "r.txt"
    report.write_text("小区党支部统领业委会、物业企业和社会组织。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(report), "--explain"])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "业委会" in ln and "leads" in ln]
    assert lines and "leads.yaml:lead.verb-list" in lines[0] and "统领" in lines[0]
