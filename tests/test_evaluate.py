"""The scorer: each matching rule on a tiny gold, pairing of files and folders, the CLI, bad input."""
import json

import pytest
from click.testing import CliRunner

from graph.cli import cli, main
from graph.errors import InputError
from graph.evaluate import GUIDE_ALIASES, alias_table, score, score_document
from graph.vocab import load

from conftest import SEED_GOLD


def E(label, type_, place=None, **kw):
    return {"label": label, "type": type_, "level": "type" if place else "instance", "place": place, **kw}


def R(s, pred, o, sp=None, op=None, **kw):
    return {"subject": s, "subject_place": sp, "predicate": pred, "object": o, "object_place": op, **kw}


def doc(entities=(), relations=(), quantities=(), name="r.txt"):
    return {"document": name, "entities": list(entities), "relations": list(relations),
            "quantities": list(quantities)}


def rel_f1(system, gold, **kw):
    return score_document(system, gold, **kw)["relations"]["f1"]


def ent_f1(system, gold, **kw):
    return score_document(system, gold, **kw)["entities"]["f1"]


# -- matching rules -------------------------------------------------------------------------------

def test_guide_aliases_match_one_kind():
    gold = doc([E("物业服务企业", "PropertyCompany", "临江市")])
    assert ent_f1(doc([E("物业公司", "PropertyCompany", "临江市")]), gold) == 1.0
    assert ent_f1(doc([E("物业中心", "PropertyCompany", "临江市")]), gold) == 0.0


def test_every_guide_alias_is_an_alias_of_that_kind_in_the_vocabulary():
    v = load()
    for alias, canonical in GUIDE_ALIASES.items():
        assert v.lookup(alias).zh == canonical, alias


def test_vocabulary_aliases_on_request():
    gold = doc([E("楼栋长", "Role", "临江市")])
    system = doc([E("楼长", "Role", "临江市")])
    assert ent_f1(system, gold) == 0.0
    assert ent_f1(system, gold, aliases="vocabulary") == 1.0
    assert ent_f1(system, gold, aliases={"楼长": "楼栋长"}) == 1.0


def test_the_gold_own_aliases_match():
    gold = doc([E("兴华街道党工委", "PartyOrganisation", aliases=["兴华党工委"])])
    assert ent_f1(doc([E("兴华党工委", "PartyOrganisation")]), gold) == 1.0


def test_quotes_spaces_and_dashes_do_not_matter():
    gold = doc([E("社区“两委”", "CommunityCommittee", "临江市")])
    assert ent_f1(doc([E('社区"两委" ', "CommunityCommittee", "临江市")]), gold) == 1.0


@pytest.mark.parametrize("place", ["临江市", "临江", "江南省临江市"])
def test_place_names_are_normalised(place):
    gold = doc([E("业委会", "OwnersCommittee", "临江市")])
    assert ent_f1(doc([E("业委会", "OwnersCommittee", place)]), gold) == 1.0


def test_a_community_keeps_its_suffix_and_another_place_does_not_match():
    gold = doc([E("业委会", "OwnersCommittee", "金山社区")])
    assert ent_f1(doc([E("业委会", "OwnersCommittee", "金山")]), gold) == 0.0
    assert ent_f1(doc([E("业委会", "OwnersCommittee", "临江市")]), doc([E("业委会", "OwnersCommittee", "北湖市")])) == 0.0


@pytest.mark.parametrize("label", ["“民情日记”工作机制", "“民情日记”", "民情日记工作", "民情日记"])
def test_a_mechanism_matches_by_its_quoted_core_or_without_its_head_noun(label):
    gold = doc([E("“民情日记”工作机制", "Mechanism")])
    assert ent_f1(doc([E(label, "Mechanism")]), gold) == 1.0


def test_an_unquoted_gold_mechanism_matches_without_its_head_noun():
    gold = doc([E("民情日记工作机制", "Mechanism")])
    assert ent_f1(doc([E("民情日记工作", "Mechanism")]), gold) == 1.0


@pytest.mark.parametrize("label", ["临江市", "临江", "江南省临江市"])
def test_a_place_entity_matches_by_its_normalised_name(label):
    assert ent_f1(doc([E(label, "Place")]), doc([E("临江市", "Place")])) == 1.0


def test_instances_match_by_label_and_a_place_only_where_the_name_holds_it():
    gold = doc([E("金山社区党支部", "PartyOrganisation")])
    assert ent_f1(doc([E("金山社区党支部", "PartyOrganisation")]), gold) == 1.0
    hit = R("金山社区党支部", "leads", "业委会", None, "临江市")
    gold_r = doc([E("金山社区党支部", "PartyOrganisation"), E("业委会", "OwnersCommittee", "临江市")], [hit])
    inside = R("金山社区党支部", "leads", "业委会", "金山社区", "临江市")
    elsewhere = R("金山社区党支部", "leads", "业委会", "北湖市", "临江市")
    assert rel_f1(doc(relations=[inside]), gold_r) == 1.0
    assert rel_f1(doc(relations=[elsewhere]), gold_r) == 0.0


def test_cobuilds_matches_either_way_and_other_relations_do_not():
    ents = [E("驻区单位", "Institution", "临江市"), E("社区党委", "PartyOrganisation", "临江市")]
    gold = doc(ents, [R("社区党委", "coBuilds", "驻区单位", "临江市", "临江市"),
                      R("社区党委", "leads", "驻区单位", "临江市", "临江市")])
    swapped = doc(ents, [R("驻区单位", "coBuilds", "社区党委", "临江市", "临江市"),
                         R("驻区单位", "leads", "社区党委", "临江市", "临江市")])
    per = score_document(swapped, gold)["per_predicate"]
    assert per["coBuilds"]["f1"] == 1.0 and per["leads"]["tp"] == 0


def test_counts_and_roles_are_scored_on_matched_relations():
    ents = [E("社区“两委”", "CommunityCommittee", "临江市"), E("业委会", "OwnersCommittee", "临江市")]
    gold = doc(ents, [R("社区“两委”", "concurrentPost", "业委会", "临江市", "临江市", count=9, role="业委会成员")])
    right = doc(ents, [R("社区“两委”", "concurrentPost", "业委会", "临江市", "临江市", count="9", role="成员")])
    wrong = doc(ents, [R("社区“两委”", "concurrentPost", "业委会", "临江市", "临江市", count=8, role="主任")])
    assert (score_document(right, gold)["counts_right"], score_document(right, gold)["roles_right"]) == ("1/1", "1/1")
    assert (score_document(wrong, gold)["counts_right"], score_document(wrong, gold)["roles_right"]) == ("0/1", "0/1")


def test_quantities_match_on_place_value_unit_and_subject():
    gold = doc(quantities=[{"place": "临江市", "subject": "小区", "value": 31, "unit": "个"},
                           {"place": "临江市", "subject": None, "value": 5, "unit": "名"}])
    system = doc(quantities=[{"place": "江南省临江市", "subject": "老旧小区", "value": 31.0, "unit": "个"},
                             {"place": "临江市", "subject": "党员", "value": 5, "unit": "名"},
                             {"place": "临江市", "subject": "小区", "value": 31, "unit": "家"}])
    q = score_document(system, gold)["quantities"]
    assert (q["tp"], q["system"], q["gold"]) == (2, 3, 2)


def test_a_system_figure_matches_one_gold_figure_only():
    figure = {"place": "临江市", "subject": "小区", "value": 31, "unit": "个"}
    q = score_document(doc(quantities=[figure]), doc(quantities=[figure, dict(figure)]))["quantities"]
    assert (q["tp"], q["system"], q["gold"]) == (1, 1, 2)


def test_missed_and_spurious_relations_are_listed():
    gold = doc(relations=[R("甲街道", "locatedIn", "临江市")])
    result = score_document(doc(relations=[R("乙街道", "locatedIn", "临江市")]), gold)
    assert [("甲街道" in k, "乙街道" in k) for k in result["missed_relations"] + result["spurious_relations"]] \
        == [(True, False), (False, True)]


def test_macro_averages_over_the_predicates_the_gold_holds():
    g1 = doc(relations=[R("甲街道", "locatedIn", "临江市")], name="a.txt")
    g2 = doc(relations=[R("甲街道", "leads", "乙街道")], name="b.txt")
    s1 = doc(relations=[R("甲街道", "locatedIn", "临江市"), R("甲街道", "supports", "乙街道")], name="a.txt")
    micro = score([s1], [g1, g2])["micro"]
    assert micro["per_predicate_f1"] == {"leads": 0.0, "locatedIn": 1.0}
    assert micro["relations_macro_f1"] == 0.5
    assert (micro["relations"]["tp"], micro["relations"]["system"], micro["relations"]["gold"]) == (1, 2, 2)


def test_the_seed_gold_scores_perfectly_against_itself():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    micro = score(gold, gold)["micro"]
    assert micro["relations"]["f1"] == micro["entities"]["f1"] == micro["quantities"]["f1"] == 1.0


# -- files, folders, pairing ----------------------------------------------------------------------

def _write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_folders_pair_by_name_and_a_missing_system_file_scores_zero(tmp_path):
    gold_a = doc(relations=[R("甲街道", "locatedIn", "临江市")], name="a.txt")
    gold_b = doc(relations=[R("乙街道", "locatedIn", "临江市")], name="b.txt")
    _write(tmp_path / "gold" / "a.json", gold_a)
    _write(tmp_path / "gold" / "b.json", gold_b)
    _write(tmp_path / "sys" / "a.json", gold_a)
    report = score(tmp_path / "sys", tmp_path / "gold")
    assert report["documents"]["a"]["relations"]["f1"] == 1.0
    assert report["documents"]["b"]["relations"]["f1"] == 0.0 and report["missing"] == ["b"]


def test_a_system_folder_against_one_gold_file_pairs_by_document(tmp_path):
    gold = doc(relations=[R("甲街道", "locatedIn", "临江市")], name="a.txt")
    _write(tmp_path / "gold.json", gold)
    _write(tmp_path / "sys" / "a.json", gold)
    assert score(tmp_path / "sys", tmp_path / "gold.json")["documents"]["gold"]["relations"]["f1"] == 1.0


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    ("[1, 2]", "not an interchange JSON object"),
    ('{"relations": {"a": 1}}', "'relations' must be a list"),
])
def test_bad_files_raise_input_error(tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        score(bad, SEED_GOLD)


def test_missing_paths_and_empty_gold_folders_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        score(tmp_path / "nope.json", SEED_GOLD)
    with pytest.raises(InputError, match="no \\*.json gold files"):
        score(SEED_GOLD, tmp_path)
    with pytest.raises(InputError, match="unknown alias source"):
        alias_table("thesaurus")


# -- the command ----------------------------------------------------------------------------------

def test_cli_prints_figures_and_shows_relations(tmp_path):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    system = dict(gold, relations=gold["relations"][1:])
    _write(tmp_path / "sys.json", system)
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "sys.json"), str(SEED_GOLD), "--show"])
    assert result.exit_code == 0, result.output
    assert "relations P 1.000" in result.output and "micro:" in result.output
    first = gold["relations"][0]
    assert [line for line in result.output.splitlines() if line.strip().startswith("missed")] \
        and first["subject"] in result.output  # Chinese round-trips unescaped


def test_cli_json_is_the_python_result(tmp_path):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    _write(tmp_path / "sys.json", dict(gold, relations=gold["relations"][1:]))
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "sys.json"), str(SEED_GOLD), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == score(tmp_path / "sys.json", SEED_GOLD)
    assert gold["relations"][0]["subject"] in result.output  # unescaped


def test_cli_bad_input_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["evaluate", str(bad), str(SEED_GOLD)])
    assert exit_.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.json" in err[0] and "Traceback" not in err[0]
