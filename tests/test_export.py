"""Exports: every format parses back, is byte-identical across builds, and the RDF conforms to the shapes."""
import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.build import build
from graph.cli import cli
from graph.errors import QueryError
from graph.export import FORMATS, export, interchange
from graph.network import to_networkx
from graph.store import Store
from graph.vocab import validate


def built(tmp_path, gold_extraction, name):
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(gold_extraction, ensure_ascii=False), encoding="utf-8")
    store = Store(tmp_path / name)
    build([source], store)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory, gold_extraction):
    return built(tmp_path_factory.mktemp("export"), gold_extraction, "a")


def data_triples(store):
    from graph.store import ONTOLOGY_GRAPH
    return {q.triple for q in store.quads() if q.graph_name != ONTOLOGY_GRAPH}


def test_two_builds_export_byte_identical_files(tmp_path, gold_extraction):
    a = built(tmp_path, gold_extraction, "one")
    b = built(tmp_path, gold_extraction, "two")
    for fmt in FORMATS:
        assert export(a, fmt) == export(b, fmt), fmt


@pytest.mark.parametrize("fmt,rdf_format", [("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)])
def test_triple_formats_round_trip(store, fmt, rdf_format):
    data = export(store, fmt)["-"]
    parsed = list(ox.parse(data, format=rdf_format))
    assert len(parsed) == len(data_triples(store))
    assert len(Graph().parse(data=data.decode(), format="turtle" if fmt == "ttl" else "nt")) == len(parsed)
    if fmt == "ttl":
        assert data.startswith(b"@prefix") and b"gg:concurrentPost" in data


@pytest.mark.parametrize("fmt,rdf_format", [("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_dataset_formats_round_trip(store, fmt, rdf_format):
    data = export(store, fmt)["-"]
    quads = list(ox.parse(data, format=rdf_format))
    expected = [q for q in store.quads() if q.graph_name.value.endswith(".txt")]
    assert len(quads) == len(expected)
    assert {q.graph_name.value for q in quads} == {q.graph_name.value for q in expected}
    ds = Dataset()
    ds.parse(data=data.decode(), format="trig" if fmt == "trig" else "json-ld")
    assert len(list(ds.quads((None, None, None, None)))) == len(quads)


def test_exported_graph_conforms_to_the_shapes(store):
    data = export(store, "ttl")["-"].decode()
    conforms, report = validate(Graph().parse(data=data, format="turtle"))
    assert conforms, report[:2000]


def test_counts_and_offsets_keep_their_declared_datatype(store):
    data = export(store, "nt")["-"].decode()
    assert '"279"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>' in data
    assert "XMLSchema#integer>" not in data.split("oa#start>")[1].split("\n")[0]


def test_graphml_and_gexf_open_with_scalar_attributes(store):
    G = to_networkx(store)
    H = nx.read_graphml(io.BytesIO(export(store, "graphml")["-"]))
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    for _, d in H.nodes(data=True):
        assert {"label", "type", "level"} <= set(d) and all(isinstance(v, (str, int, float, bool)) for v in d.values())
    edge = next(d for _, _, d in H.edges(data=True) if d.get("count") == 279)
    assert edge["predicate"] == "concurrentPost" and "279名" in edge["quote"]
    X = nx.read_gexf(io.BytesIO(export(store, "gexf")["-"]))
    assert (X.number_of_nodes(), X.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert b"lastmodifieddate" not in export(store, "gexf")["-"]


def test_csv_nodes_and_edges(store, tmp_path):
    written = export(store, "csv", tmp_path / "graph.csv")
    assert sorted(written) == [str(tmp_path / "graph.edges.csv"), str(tmp_path / "graph.nodes.csv")]
    nodes = list(csv.DictReader(open(tmp_path / "graph.nodes.csv", encoding="utf-8")))
    edges = list(csv.DictReader(open(tmp_path / "graph.edges.csv", encoding="utf-8")))
    G = to_networkx(store)
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    assert any(e["predicate"] == "concurrentPost" and e["count"] == "279" for e in edges)


def test_interchange_json_builds_back_the_same_store(store, tmp_path):
    data = interchange(store)
    [doc] = data["documents"]
    assert doc["document"] == "000_494ed71236812c41.txt" and len(doc["sha256"]) == 64
    source = tmp_path / "round.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = Store()
    build([source], again)
    assert data_triples(again) == data_triples(store)
    assert export(again, "ttl") == export(store, "ttl")


def test_unknown_format_is_a_query_error(store):
    with pytest.raises(QueryError, match="unknown export format"):
        export(store, "xlsx")


def test_cli_export_to_file_and_stdout(store, tmp_path):
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(cli, ["export", "--format", "ttl", "-o", str(out), "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == export(store, "ttl")["-"]
    result = CliRunner().invoke(cli, ["export", "--format", "json", "--store", str(store.path)])
    assert result.exit_code == 0 and json.loads(result.output)["documents"][0]["relations"]


def test_seed_through_the_real_pipeline_conforms_to_the_shapes(seed_path):
    store = Store()
    build([seed_path], store)
    conforms, report = validate(Graph().parse(data=export(store, "ttl")["-"].decode(), format="turtle"))
    assert conforms, report[:2000]
