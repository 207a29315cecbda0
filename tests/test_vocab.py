"""The vocabulary: the Turtle is the one source, the loader checks it, the lexicon API the extractor reads."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import VocabularyError
from graph.vocab import (GG, GGK, ONTOLOGY, declared_terms, listing, load, normalise)

GOLD = Path(__file__).resolve().parent / "gold" / "seed" / "000_494ed71236812c41.json"

NEW_KIND = """
ggk:PropertyServiceStation a skos:Concept ; skos:inScheme ggk:scheme ; gg:entityClass gg:Facility ;
    skos:prefLabel "物业服务站"@zh , "property service station"@en ;
    skos:altLabel "物业驿站"@zh ;
    skos:broader ggk:ServicePosition .
"""


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Keep the parsed-vocabulary cache of these tests out of the user's cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def onto(tmp_path) -> Path:
    """A private copy of the ontology folder to edit."""
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- the terms ------------------------------------------------------------------------------

def test_python_namespace_holds_exactly_the_terms_the_turtle_declares():
    python_terms = set(GG.__annotations__)
    assert python_terms == declared_terms()


def test_kinds_namespace_names_only_the_scheme_and_kinds_are_data():
    turtle = declared_terms(namespace=str(GGK._NS))
    kinds = {k.name for k in load().kinds.values()}
    assert set(GGK.__annotations__) == turtle - kinds == {"scheme"}
    assert all(str(k.iri).startswith(str(GGK._NS)) for k in load().kinds.values())


def test_misspelt_term_raises():
    with pytest.raises(AttributeError):
        GG.coBuild  # noqa: B018
    assert str(GG.coBuilds) == "https://w3id.org/govgraph/ontology#coBuilds"


def test_classes_and_predicates_are_those_of_the_annotation_guide():
    v = load()
    assert set(v.classes) == {"PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee",
                              "PropertyCompany", "Institution", "SocialOrganisation", "Facility", "Role",
                              "Mechanism", "Policy", "Place"}
    assert set(v.predicates) == {"concurrentPost", "coBuilds", "supports", "subOrganisationOf", "leads",
                                 "participatesIn", "implements", "locatedIn"}
    assert [p for p, d in v.predicates.items() if d.symmetric] == ["coBuilds"]
    assert all(c.zh and c.en and c.comment for c in v.classes.values())


def test_every_predicate_has_its_relation_class_and_constructions():
    v = load()
    rows = {r["predicate"]: r for r in listing(v, "predicates")}
    assert set(rows) == {f"gg:{p}" for p in v.predicates}
    for p in v.predicates.values():
        assert p.relation_class is not None
        assert rows[f"gg:{p.name}"]["constructions"], p.name
    assert "post.people-to-unit-serve" in rows["gg:concurrentPost"]["constructions"]


# -- lookup and surface forms -----------------------------------------------------------------

@pytest.mark.parametrize("surface, label", [
    ("业主委员会", "业委会"), ("业委会", "业委会"),
    ("物业企业", "物业服务企业"), ("物业公司", "物业服务企业"), ("物业服务公司", "物业服务企业"),
    ("物业", "物业服务企业"),
    ("居民委员会", "居委会"), ("社区居委会", "居委会"), ("社区居民委员会", "居委会"),
    ("社区两委", "社区“两委”"), ('社区"两委"', "社区“两委”"), ("社区“两委”", "社区“两委”"),
    ("“两委”", "社区“两委”"), ('"两委"', "社区“两委”"), ("两委", "社区“两委”"),
    ("综窗", "综合窗口"), ("“综合窗口”", "综合窗口"), ("楼长", "楼栋长"), ("社区专职工作者", "社区工作者"),
    ("网格(小区)党支部", "网格（小区）党支部"), ("“双报到”单位", "双报到单位"), ("物业管理 员", "物业管理员"),
])
def test_lookup_resolves_aliases_quotes_and_brackets(surface, label):
    assert load().lookup(surface).zh == label


def test_lookup_of_an_unknown_word_is_none():
    assert load().lookup("蓬莱阁") is None
    assert load().lookup("") is None


def test_hidden_labels_are_marked():
    v = load()
    assert v.is_hidden("物业") and v.is_hidden("两委")
    assert not v.is_hidden("物业企业") and not v.is_hidden("业委会")


def test_surface_forms_cover_every_label_as_written():
    forms = load().surface_forms()
    assert forms["社区“两委”"].zh == forms['社区"两委"'].zh == forms["社区两委"].zh == "社区“两委”"
    assert forms["物业"].name == "PropertyCompany"
    assert forms["小区(网格)党支部"].zh == "小区（网格）党支部"
    for kind in load().kinds.values():
        for label in (kind.zh, *kind.alt, *kind.hidden):
            assert forms[label] is kind or forms[label] == kind


def test_normalise_is_idempotent():
    for form in load().surface_forms():
        assert normalise(normalise(form)) == normalise(form)


def test_hierarchies():
    v = load()
    assert "CommunityPartyOrganisation" in v.kinds["CommunityPartyCommittee"].broader
    assert v.lookup("小区（网格）党支部").broader == ("CompoundPartyBranch",)
    assert "PartyBranch" in v.ancestors("GridCompoundPartyBranch")
    assert "CommunityGrandPartyCommittee" in v.narrower("CommunityPartyCommittee")
    assert v.lookup("红色物业企业").broader == ("PropertyCompany",)


def test_kinds_of_place_have_levels_and_suffixes_map_to_levels():
    v = load()
    assert {k.zh: k.level for k in v.kinds_of("Place")}.items() >= {"小区": "compound", "社区": "community",
                                                           "街道": "street", "楼栋": "building", "网格": "grid",
                                                           "院落": "compound"}.items()
    assert all(k.level for k in v.kinds_of("Place"))
    assert all(k.level is None for k in v.kinds.values() if k.type != "Place")
    s = v.place_suffixes
    assert s["省"] == s["自治区"] == "province" and s["州"] == "city" and s["旗"] == "district"
    assert s["街道"] == s["镇"] == s["乡"] == "street" and s["村"] == "community"
    assert s["小区"] == "compound" and s["网格"] == "grid" and s["楼栋"] == "building"
    assert list(s) == sorted(s, key=lambda x: (-len(x), x))


def test_cue_lists():
    v = load()
    assert {"机制", "制度", "工程", "行动", "模式", "体系", "品牌", "工作法", "队伍", "格局", "流程", "试点",
            "标准", "方式"} <= set(v.mechanism_heads)
    assert {"余", "多", "超过", "以上", "近", "约", "逾"} <= set(v.approx_markers)
    assert {"和", "及", "与", "、"} <= set(v.cues["coordination"])
    assert "组织领导机制" in v.cues["non_mechanism"]


def test_vocabulary_covers_every_kind_and_unit_of_the_seed_gold():
    v = load()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for e in gold["entities"]:
        if e["level"] == "type":
            kind = v.lookup(e["label"])
            assert kind is not None and (kind.zh, kind.type) == (e["label"], e["type"]), e
    assert {q["unit"] for q in gold["quantities"]} <= set(v.units)
    roles = {r["role"] for r in gold["relations"] if r.get("role") and r["role"] != "主任"}
    assert all(v.lookup(part) for role in roles for part in role.split("、")), roles


# -- adding a kind is an edit to a .ttl file -----------------------------------------------

def test_adding_a_kind_is_a_turtle_edit_only(onto):
    assert load().lookup("物业服务站") is None
    with open(onto / "kinds.ttl", "a", encoding="utf-8") as fh:
        fh.write(NEW_KIND)
    v = load(onto)
    kind = v.lookup("物业驿站")
    assert (kind.name, kind.zh, kind.type, kind.broader) == ("PropertyServiceStation", "物业服务站", "Facility",
                                                             ("ServicePosition",))
    assert v.surface_forms()["物业服务站"] is kind
    assert [r["zh"] for r in listing(v, type_="Facility") if r["concept"] == "ggk:PropertyServiceStation"]


def test_environment_variable_points_at_another_folder(onto, monkeypatch):
    with open(onto / "kinds.ttl", "a", encoding="utf-8") as fh:
        fh.write(NEW_KIND)
    monkeypatch.setenv("GOVGRAPH_ONTOLOGY", str(onto))
    assert load().lookup("物业驿站").zh == "物业服务站"


def test_an_edit_is_seen_through_the_disk_cache(onto):
    assert load(onto).lookup("综窗").zh == "综合窗口"
    edit(onto / "kinds.ttl", 'skos:altLabel "综窗"@zh ,', "skos:altLabel")
    assert load(onto).lookup("综窗") is not None          # cached in this process
    assert load(onto, reload=True).lookup("综窗") is None  # a new read sees the edit
    assert load(onto, reload=True, cache=False).lookup("综窗") is None


# -- the loader's checks name the file and the term -------------------------------------------

@pytest.mark.parametrize("file, old, new, words", [
    ("kinds.ttl", 'skos:prefLabel "驻区单位"@zh , "resident unit"@en', 'skos:prefLabel "resident unit"@en',
     ["kinds.ttl", "ggk:ResidentUnit", "prefLabel@zh"]),
    ("kinds.ttl", '"业委会"@zh , "owners\' committee"@en', '"业委会"@zh',
     ["kinds.ttl", "ggk:OwnersCommittee", "@en"]),
    ("kinds.ttl", "gg:entityClass gg:PropertyCompany ;\n    skos:prefLabel \"物业服务企业\"",
     "gg:entityClass gg:Company ;\n    skos:prefLabel \"物业服务企业\"", ["gg:Company", "not declared"]),
    ("kinds.ttl", "gg:entityClass gg:PropertyCompany ;\n    skos:prefLabel \"物业服务企业\"",
     "gg:entityClass gg:Document ;\n    skos:prefLabel \"物业服务企业\"",
     ["kinds.ttl", "ggk:PropertyCompany", "not a declared entity class"]),
    ("cues.ttl", 'ggl:side_markers a gg:CueList ;\n', 'ggl:side_markers a gg:CueList ;\n    gg:cuez "跟"@zh ;\n',
     ["cues.ttl", "gg:cuez", "not declared"]),
    ("cues.ttl", "ggl:side_markers a gg:CueList", "ggl:side_markers a gg:CueLis", ["cues.ttl", "gg:CueLis", "not declared"]),
    ("kinds.ttl", 'skos:altLabel "社区两委"@zh', 'skos:altLabel "业主委员会"@zh',
     ["ggk:", "业主委员会", "one kind"]),
    ("kinds.ttl", "skos:broader ggk:CommunityPartyCommittee .", "skos:broader ggk:CommunityPartyComittee .",
     ["ggk:CommunityGrandPartyCommittee", "ggk:CommunityPartyComittee"]),
    ("govgraph.ttl", 'rdfs:label "角色"@zh , "role"@en ;', 'rdfs:label "role"@en ;',
     ["govgraph.ttl", "gg:Role", "rdfs:label@zh"]),
    ("kinds.ttl", "ggk:scheme a skos:ConceptScheme ;", "ggk:scheme a skos:ConceptScheme ;;; <",
     ["kinds.ttl", "cannot parse Turtle"]),
])
def test_a_broken_ontology_fails_naming_file_and_term(onto, file, old, new, words):
    edit(onto / file, old, new)
    with pytest.raises(VocabularyError) as err:
        load(onto)
    for word in words:
        assert word in str(err.value)


def test_missing_folder_is_a_vocabulary_error(tmp_path):
    with pytest.raises(VocabularyError, match="no ontology"):
        load(tmp_path / "nowhere")


def test_missing_required_cue_list(onto):
    edit(onto / "lexicon.ttl", "ggl:units a gg:CueList", "ggl:measure_words a gg:CueList")
    with pytest.raises(VocabularyError, match="ggl:units"):
        load(onto)


# -- the command ----------------------------------------------------------------------------

def test_vocab_command_lists_kinds_of_a_class_as_json():
    result = CliRunner().invoke(cli, ["vocab", "--kind", "OwnersCommittee", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["zh"] for r in rows} >= {"业委会", "业主大会", "业主代表大会", "自治组织", "小区议事会", "物业管理委员会"}
    assert next(r for r in rows if r["zh"] == "业委会")["aliases"] == ["业主委员会"]


def test_vocab_command_table_and_format_option():
    runner = CliRunner()
    table = runner.invoke(cli, ["vocab", "--kind", "角色"])
    assert table.exit_code == 0 and "楼栋长" in table.output and "楼长" in table.output
    csv = runner.invoke(cli, ["vocab", "--show", "predicates", "--format", "csv"])
    assert csv.exit_code == 0 and csv.output.startswith("predicate,zh,en,symmetric,constructions")
    assert "gg:coBuilds" in csv.output


def test_vocab_command_resolves_a_surface_form():
    result = CliRunner().invoke(cli, ["vocab", "物业公司", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["zh"] == "物业服务企业"


def test_vocab_command_bad_input_is_one_line(tmp_path):
    from graph.cli import main
    for args in (["vocab", "--kind", "Nonsense"], ["vocab", "业主委员"], ["vocab", "--ontology", str(tmp_path)]):
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == 1


def test_every_turtle_file_also_parses_with_rdflib():
    """The loader parses with pyoxigraph; rdflib-based tools (exports, pyshacl) must read the same files."""
    from rdflib import Graph
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        assert len(Graph().parse(path, format="turtle")) > 0, path.name


def test_generic_kinds_resolve_but_are_marked():
    v = load()
    assert v.lookup("党组织").generic and v.is_generic("党组织")
    assert not v.is_generic("社区党组织") and not v.is_generic("不是一种机构")
    assert {k.zh for k in v.kinds.values() if k.generic} <= {"党组织", "党委", "职务"}


@pytest.mark.parametrize("show, key, first", [
    ("classes", "class", "gg:CommunityCommittee"),
    ("levels", "level", "gg:province"),
    ("predicates", "predicate", None),
    ("cues", "list", None),
])
def test_listings(show, key, first):
    rows = listing(load(), show)
    assert rows and all(key in r for r in rows)
    if first:
        assert rows[0][key] == first


def test_listing_rejects_unknown_things():
    with pytest.raises(VocabularyError, match="cannot list"):
        listing(load(), "words")
    with pytest.raises(VocabularyError, match="did you mean"):
        listing(load(), surface="业主委员")


def test_disk_cache_keeps_only_recent_versions(onto, tmp_path):
    cache = tmp_path / "cache" / "govgraph"
    for i in range(12):
        edit(onto / "kinds.ttl", "ggk:scheme a skos:ConceptScheme ;", f"ggk:scheme a skos:ConceptScheme ; # {i}\n")
        load(onto, reload=True)
    assert 1 <= len(list(cache.glob("vocab-*.pickle"))) <= 8
