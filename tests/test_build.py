"""Build and store: extraction → RDF quads, named graphs per document, merging, incremental builds, remove."""
import copy
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.build import build, entity_iri, extraction_triples, load_ontology, remove, summary
from graph.cli import cli
from graph.errors import InputError, StoreError
from graph.network import to_networkx
from graph.read import read_file
from graph.store import GG, ID, ONTOLOGY_GRAPH, Store, document_graph, store_path
from graph.vocab import load

OA = "http://www.w3.org/ns/oa#"


def write(tmp_path, extraction, name="x.json"):
    path = tmp_path / name
    path.write_text(json.dumps(extraction, ensure_ascii=False), encoding="utf-8")
    return path


def triples_of(store):
    return {(q.subject.value, q.predicate.value, str(q.object), q.graph_name.value) for q in store.quads()}


# -- the quads of one document --------------------------------------------------------------


def test_no_blank_nodes_and_every_quote_matches_its_offsets(gold_extraction, seed_path):
    text = read_file(seed_path).text
    triples = extraction_triples(gold_extraction, text, load())
    assert not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)
    by_subject = {}
    for t in triples:
        by_subject.setdefault(t.subject.value, {})[t.predicate.value] = t.object.value
    positions = {s: p for s, p in by_subject.items() if s.endswith("/position")}
    assert len(positions) > 50
    for pos, props in positions.items():
        quote = by_subject[pos[: -len("/position")] + "/quote"][OA + "exact"]
        assert text[int(props[OA + "start"]):int(props[OA + "end"])] == quote


def test_every_relation_is_a_node_with_evidence_and_a_shortcut_triple(gold_extraction):
    store = Store()
    store.replace_document("seed.txt", "s", extraction_triples(gold_extraction, vocab=load()))
    rows = store.query("""SELECT ?r ?p ?ev WHERE { ?r a gg:Relation ; gg:subject ?s ; gg:object ?o ;
                          gg:predicate ?p ; prov:wasDerivedFrom ?ev . ?s ?p ?o }""")
    assert len({r["r"] for r in rows}) == len({(r["subject"], r["subject_place"], r["predicate"], r["object"],
                                                 r["object_place"], r.get("role"), r.get("count"), r.get("place"))
                                                for r in gold_extraction["relations"]})
    classes = {r["c"] for r in store.query("SELECT DISTINCT ?c WHERE { ?r a gg:Relation, ?c }")}
    assert GG + "ConcurrentPost" in classes and GG + "Location" in classes


def test_type_level_entities_carry_kind_and_place_and_aliases_resolve(gold_extraction):
    ex = copy.deepcopy(gold_extraction)
    ex["entities"].append({"label": "业主委员会", "type": "OwnersCommittee", "level": "type", "place": "德阳市"})
    ex["entities"].append({"label": "辖区单位", "type": "Institution", "level": "type", "place": "德阳市"})
    store = Store()
    store.replace_document("seed.txt", "s", extraction_triples(ex, vocab=load()))
    G = to_networkx(store)
    owners = entity_iri("业委会", "OwnersCommittee", "德阳市", "type").value
    assert G.nodes[owners]["label"] == "业委会" and "业主委员会" in G.nodes[owners]["aliases"]
    units = entity_iri("驻区单位", "Institution", "德阳市", "type").value  # a kind as the text wrote it
    assert G.nodes[units]["label"] == "驻区单位" and "辖区单位" in G.nodes[units]["aliases"]
    kinds = store.query("SELECT ?e ?k WHERE { ?e org:classification ?k }", {"e": ox.NamedNode(owners)})
    assert [r["k"] for r in kinds] == ["https://w3id.org/govgraph/kind/OwnersCommittee"]
    rows = store.query("SELECT ?e ?k WHERE { ?e org:classification ?k ; rdfs:label ?l }", {"l": "业委会"})
    assert {r["k"] for r in rows} == {"https://w3id.org/govgraph/kind/OwnersCommittee"}


def test_unknown_predicate_or_type_is_an_input_error():
    base = {"document": "d.txt", "entities": [{"label": "甲", "type": "Place", "level": "instance"}]}
    with pytest.raises(InputError, match="unknown predicate"):
        extraction_triples({**base, "relations": [{"subject": "甲", "predicate": "owns", "object": "甲"}]})
    with pytest.raises(InputError, match="unknown type"):
        extraction_triples({"document": "d.txt", "entities": [{"label": "甲", "type": "Thing"}]})


def test_relation_to_an_unlisted_entity_is_skipped_and_reported():
    ex = {"document": "d.txt", "entities": [{"label": "甲市", "type": "Place", "level": "instance"}],
          "relations": [{"subject": "无名机构", "subject_place": None, "predicate": "locatedIn",
                         "object": "甲市", "object_place": None, "evidence": "无名机构位于甲市"}]}
    skipped = []
    triples = extraction_triples(ex, skipped=skipped)
    assert skipped and "无名机构" in skipped[0]
    assert not any(t.predicate == ox.NamedNode(GG + "locatedIn") for t in triples)


# -- the store: incremental, idempotent, atomic -----------------------------------------------


def test_build_is_incremental_and_idempotent(tmp_path, gold_extraction):
    store = Store(tmp_path / "store")
    path = write(tmp_path, gold_extraction)
    first = build([path], store)
    assert first.added == [gold_extraction["document"]] and first.documents == 1
    assert first.relations["implements"] > first.relations["leads"] > 0
    before = triples_of(store)
    again = build([path], store)
    assert again.unchanged == [gold_extraction["document"]] and not again.added and not again.replaced
    assert triples_of(store) == before

    changed = copy.deepcopy(gold_extraction)
    changed["sha256"] = "0" * 64
    dropped = changed["relations"].pop()
    third = build([write(tmp_path, changed)], store)
    assert third.replaced == [gold_extraction["document"]]
    assert sum(third.relations.values()) == sum(first.relations.values()) - 1
    assert store.documents() == {gold_extraction["document"]: "0" * 64}
    G = to_networkx(store)
    edges = {(G.nodes[u]["label"], d["predicate"], G.nodes[v]["label"], d["count"]) for u, v, d in G.edges(data=True)}
    assert (dropped["subject"], dropped["predicate"], dropped["object"], dropped["count"]) not in edges
    assert (changed["relations"][0]["subject"], changed["relations"][0]["predicate"],
            changed["relations"][0]["object"], changed["relations"][0]["count"]) in edges


def test_entities_and_relations_merge_across_documents(tmp_path, gold_extraction):
    second = copy.deepcopy(gold_extraction)
    second["document"], second["sha256"] = "second.txt", "1" * 64
    second["relations"] = [r for r in second["relations"] if r["subject"] == "社区“两委”"]
    second["entities"] = [e for e in second["entities"] if e["label"] in ("社区“两委”", "业委会", "德阳市")]
    store = Store()
    build([write(tmp_path, gold_extraction, "a.json"), write(tmp_path, second, "b.json")], store)
    G = to_networkx(store)
    owners = entity_iri("业委会", "OwnersCommittee", "德阳市", "type").value
    assert G.nodes[owners]["documents"] == sorted([gold_extraction["document"], "second.txt"])
    two = entity_iri("社区“两委”", "CommunityCommittee", "德阳市", "type").value
    [(_, _, edge)] = [e for e in G.out_edges(two, data=True) if e[1] == owners]
    assert {e["document"] for e in edge["evidence"]} == {gold_extraction["document"], "second.txt"}
    assert edge["count"] == 279 and edge["role"] == "业委会成员"

    remove(store, gold_extraction["document"])
    G = to_networkx(store)
    assert G.nodes[owners]["documents"] == ["second.txt"]
    assert {e["document"] for _, v, e in G.out_edges(two, data=True) for e in e["evidence"]} == {"second.txt"}
    assert entity_iri("金谷社区党支部").value not in G


def test_remove_unknown_document_names_the_known_ones(gold_extraction):
    store = Store()
    store.replace_document("a.txt", "1", [])
    with pytest.raises(InputError, match="no document b.txt") as err:
        remove(store, "b.txt")
    assert "a.txt" in err.value.hint


def test_an_interrupted_write_leaves_the_previous_version(gold_extraction):
    store = Store()
    store.replace_document("seed.txt", "old", extraction_triples(gold_extraction))
    before = triples_of(store)

    def interrupted():
        yield from extraction_triples(gold_extraction)[:50]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.replace_document("seed.txt", "new", interrupted())
    assert triples_of(store) == before and store.documents() == {"seed.txt": "old"}


def test_replacing_swaps_the_whole_graph():
    store = Store()
    a, b = ox.NamedNode(ID + "instance/a"), ox.NamedNode(ID + "instance/b")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.replace_document("d.txt", "1", [ox.Triple(a, label, ox.Literal('引号" } 注入'))])
    store.replace_document("d.txt", "2", [ox.Triple(b, label, ox.Literal("乙"))])
    graph = document_graph("d.txt")
    labels = {q.object.value for q in store.quads(graph) if q.predicate == label}
    assert labels == {"乙"} and store.documents() == {"d.txt": "2"}


def test_store_on_disk_reopens_read_only(tmp_path, gold_extraction):
    store = Store(tmp_path / "s")
    store.replace_document("d.txt", "1", extraction_triples(gold_extraction))
    n = len(store)
    del store
    ro = Store.open(tmp_path / "s", read_only=True)
    assert len(ro) == n and ro.documents() == {"d.txt": "1"}
    with pytest.raises(StoreError, match="read-only"):
        ro.replace_document("e.txt", "2", [])
    with pytest.raises(StoreError, match="no govgraph store"):
        Store.open(tmp_path / "missing", read_only=True)


def test_store_folder_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GOVGRAPH_STORE", str(tmp_path / "env"))
    assert store_path() == tmp_path / "env"
    assert store_path(tmp_path / "flag") == tmp_path / "flag"


def test_ontology_graph_is_loaded_once():
    store = Store()
    assert load_ontology(store) is True
    assert load_ontology(store) is False
    labels = store.query("SELECT ?l WHERE { GRAPH ?g { gg:coBuilds rdfs:label ?l } }")
    assert "共建" in {r["l"] for r in labels}
    assert store.documents() == {}
    assert any(q.graph_name == ONTOLOGY_GRAPH for q in store.quads())


def test_bad_input_is_reported_and_the_rest_built(tmp_path, gold_extraction):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    store = Store()
    result = build([bad, write(tmp_path, gold_extraction)], store)
    assert result.added == [gold_extraction["document"]]
    assert len(result.failed) == 1 and "bad.json" in result.failed[0][1]


# -- the CLI --------------------------------------------------------------------------------


def test_cli_build_twice_then_remove(tmp_path, gold_extraction):
    path = write(tmp_path, gold_extraction)
    runner = CliRunner()
    store = str(tmp_path / "store")
    result = runner.invoke(cli, ["build", str(path), "--store", store, "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {"what": "documents", "name": "added", "count": 1} in rows
    assert {"what": "relations", "name": "concurrentPost", "count": 18} in rows
    result = runner.invoke(cli, ["build", str(path), "--store", store])
    assert "unchanged" in result.output and result.exit_code == 0
    result = runner.invoke(cli, ["remove", gold_extraction["document"], "--store", store])
    assert result.exit_code == 0 and "Removed" in result.output
    assert Store.open(store).documents() == {}


def test_cli_remove_unknown_is_one_line(tmp_path):
    from graph.cli import main
    Store(tmp_path / "s")  # an empty store
    with pytest.raises(SystemExit) as exit_:
        main(["remove", "nope.txt", "--store", str(tmp_path / "s")])
    assert exit_.value.code == 1


# -- the real pipeline on the seed ------------------------------------------------------------


def test_build_seed_through_the_real_pipeline(tmp_path, seed_path):
    store = Store(tmp_path / "s")
    result = build([seed_path.parent], store)
    assert result.added == [seed_path.name] and not result.failed
    assert result.entities and result.relations and result.quantities > 0
    again = build([seed_path.parent], store)
    assert again.unchanged == [seed_path.name]
    s = summary(store)
    assert s.documents == 1 and s.relations == result.relations


def test_an_extractor_crash_fails_one_document_not_the_build(tmp_path, seed_path, monkeypatch, gold_extraction):
    import graph.build as gb

    def broken(doc):
        raise ValueError("boom")

    monkeypatch.setattr(gb, "_extract", broken)
    store = Store()
    result = build([seed_path, write(tmp_path, {**gold_extraction, "document": "other.txt"})], store)
    assert result.added == ["other.txt"]
    assert [name for name, _ in result.failed] == [seed_path.name] and "boom" in result.failed[0][1]


def test_projection_cache_is_dropped_on_every_write(tmp_path, gold_extraction):
    store = Store(tmp_path / "s")
    build([write(tmp_path, gold_extraction)], store)
    G = to_networkx(store)
    assert list((tmp_path / "s" / "cache").glob("network-*.json"))
    assert to_networkx(store).number_of_edges() == G.number_of_edges()  # from the cache
    remove(store, gold_extraction["document"])
    assert not list((tmp_path / "s" / "cache").glob("network-*.json"))
    assert to_networkx(store).number_of_edges() == 0
