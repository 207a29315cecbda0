"""The SHACL shapes: a small hand-built graph conforms; broken copies fail and the report says why."""
import pytest
from rdflib import Graph

from graph.vocab import load, validate

pytest.importorskip("pyshacl")

PREFIXES = """
@prefix gg:   <https://w3id.org/govgraph/ontology#> .
@prefix ggk:  <https://w3id.org/govgraph/kind/> .
@prefix id:   <https://w3id.org/govgraph/id/> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
"""

# 279名社区“两委”成员通过法定程序兼任业委会成员 (德阳市), as the builder writes it.
GOOD = PREFIXES + """
id:doc a gg:Document ; gg:fileName "000_494ed71236812c41.txt" ; dcterms:identifier "sha256:494ed712" .
id:deyang a gg:Place ; rdfs:label "德阳市" ; gg:placeLevel gg:city .
id:twoCommittees a gg:CommunityCommittee , gg:TypeLevel ; rdfs:label "社区“两委”" ;
    org:classification ggk:CommunityTwoCommittees ; gg:place id:deyang .
id:owners a gg:OwnersCommittee , gg:TypeLevel ; rdfs:label "业委会" ; skos:altLabel "业主委员会" ;
    org:classification ggk:OwnersCommittee ; gg:place id:deyang .
id:twoCommittees gg:concurrentPost id:owners .
id:r1 a gg:ConcurrentPost ; gg:subject id:twoCommittees ; gg:object id:owners ;
    gg:predicate gg:concurrentPost ; gg:count "279"^^xsd:nonNegativeInteger ; gg:approximate false ;
    gg:role "业委会成员" ; gg:place id:deyang ; prov:wasDerivedFrom id:e1 .
id:e1 a gg:Evidence ; oa:hasSource id:doc ;
    oa:hasSelector [ a oa:TextPositionSelector ; oa:start "1204"^^xsd:nonNegativeInteger ;
                     oa:end "1230"^^xsd:nonNegativeInteger ] ,
                   [ a oa:TextQuoteSelector ; oa:exact "279名社区“两委”成员通过法定程序兼任业委会成员" ;
                     oa:prefix "，" ; oa:suffix "，" ] .
id:q1 a gg:Quantity ; gg:place id:deyang ; gg:subject id:compound ; gg:value 3194 ; gg:unit "个" ;
    gg:approximate false .
"""


def graph(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def test_good_graph_conforms():
    conforms, report = validate(graph(GOOD))
    assert conforms, report


def test_co_building_shortcut_counts_in_either_direction():
    text = GOOD.replace("id:twoCommittees gg:concurrentPost id:owners .", "id:owners gg:coBuilds id:twoCommittees .")
    text = text.replace("a gg:ConcurrentPost", "a gg:CoBuilding").replace(
        "gg:predicate gg:concurrentPost", "gg:predicate gg:coBuilds")
    conforms, report = validate(graph(text))
    assert conforms, report


@pytest.mark.parametrize("old, new, why", [
    ("prov:wasDerivedFrom id:e1 .", ".", "at least one evidence"),
    ('oa:start "1204"', 'oa:start "1300"', "below oa:end"),
    ('gg:count "279"^^xsd:nonNegativeInteger', 'gg:count "-3"^^xsd:integer', "non-negative integer"),
    ("gg:subject id:twoCommittees ;", "", "exactly one gg:subject"),
    ("id:twoCommittees gg:concurrentPost id:owners .", "", "no shortcut triple"),
    ("gg:predicate gg:concurrentPost", "gg:predicate gg:likes", "one of the eight"),
    ("oa:hasSource id:doc ;", "", "oa:hasSource"),
    ("gg:approximate false ;\n    gg:role", 'gg:approximate "maybe" ;\n    gg:role', "boolean"),
    ("gg:place id:deyang .\nid:owners", ".\nid:owners", "scoped by exactly one gg:place"),
])
def test_broken_graph_fails_and_says_why(old, new, why):
    assert old in GOOD
    conforms, report = validate(graph(GOOD.replace(old, new, 1)))
    assert not conforms
    assert why in report


def test_concept_with_two_chinese_preflabels_fails():
    text = PREFIXES + """
    ggk:scheme a skos:ConceptScheme .
    ggk:X a skos:Concept ; skos:inScheme ggk:scheme ; gg:entityClass gg:Institution ;
        skos:prefLabel "驻区单位"@zh , "辖区单位"@zh , "resident unit"@en .
    ggk:Y a skos:Concept ; skos:inScheme ggk:scheme ; gg:entityClass gg:Institution ;
        skos:prefLabel "共建单位"@zh .
    """
    conforms, report = validate(graph(text))
    assert not conforms
    assert "one skos:prefLabel per language" in report
    assert "English skos:prefLabel" in report


def test_the_kinds_scheme_itself_conforms():
    folder = load().folder
    conforms, report = validate(graph((folder / "kinds.ttl").read_text(encoding="utf-8")))
    assert conforms, report
