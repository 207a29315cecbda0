"""Exports: every format parses back, is byte-identical across builds, and the RDF conforms to the shapes."""
import csv
import json
import shutil
import subprocess
import zipfile

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.build import build
from graph.cli import cli
from graph.errors import QueryError
from graph.export import (EDGE_COLUMNS, EVIDENCE_COLUMNS, FORMATS, NODE_COLUMNS, csv_tables, export, flat_graph,
                          interchange)
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


def _xml_edges(data: bytes):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(data)
    return root, [e for e in root.iter() if e.tag.endswith("}edge")]


def test_graphml_and_gexf_carry_labels_and_every_quote_with_cobuilds_undirected(store):
    G = to_networkx(store)
    F = flat_graph(G)
    for _, d in F.nodes(data=True):
        assert {"label", "type", "level"} <= set(d) and all(isinstance(v, (str, int, float, bool)) for v in d.values())
    edge = next(d for _, _, d in F.edges(data=True) if d.get("count") == 279)
    assert edge["predicate"] == "concurrentPost" and "279名" in edge["quote"] and edge["source_label"]
    two = nx.MultiDiGraph()
    two.add_node("a", label="社区党委", type="PartyOrganisation")
    two.add_node("b", label="驻区单位", type="Institution")
    two.add_edge("a", "b", key="r", predicate="coBuilds", evidence=[
        {"document": "x.txt", "quote": "社区党委与驻区单位共建", "start": 3, "end": 14, "sentence": 1},
        {"document": "y.txt", "quote": "联建共建", "start": 0, "end": 4, "sentence": None}])
    [(_, _, flat)] = flat_graph(two).edges(data=True)
    assert flat["quote"] == "社区党委与驻区单位共建 | 联建共建"  # no quote dropped
    assert flat["evidence"] == "x.txt#1@3-14; y.txt@0-4" and flat["directed"] is False
    cobuilds = sum(d["predicate"] == "coBuilds" for *_, d in G.edges(data=True))
    root, edges = _xml_edges(export(store, "graphml")["-"])
    assert len(edges) == G.number_of_edges() and len(root.findall(".//{*}node")) == G.number_of_nodes()
    assert sum(e.get("directed") == "false" for e in edges) == cobuilds > 0
    assert "物业服务企业" in export(store, "graphml")["-"].decode("utf-8")  # not &#…; escaped
    data = export(store, "gexf")["-"]
    root, edges = _xml_edges(data)
    assert len(edges) == G.number_of_edges()
    assert sum(e.get("type") == "undirected" for e in edges) == cobuilds
    assert b"lastmodifieddate" not in data


def test_csv_nodes_edges_and_evidence(store, tmp_path):
    written = export(store, "csv", tmp_path / "graph.csv")
    assert sorted(written) == [str(tmp_path / f"graph.{t}.csv") for t in ("edges", "evidence", "nodes")]
    assert all(data.startswith("\ufeff".encode()) for data in written.values())  # Excel reads UTF-8
    nodes = list(csv.DictReader(open(tmp_path / "graph.nodes.csv", encoding="utf-8-sig")))
    edges = list(csv.DictReader(open(tmp_path / "graph.edges.csv", encoding="utf-8-sig")))
    evidence = list(csv.DictReader(open(tmp_path / "graph.evidence.csv", encoding="utf-8-sig")))
    G = to_networkx(store)
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert len(evidence) == sum(len(d["evidence"]) for *_, d in G.edges(data=True)) > 0
    ids = {n["id"]: n["label"] for n in nodes}
    assert all(ids[e["source"]] == e["source_label"] and ids[e["target"]] == e["target_label"] for e in edges)
    assert any(e["predicate"] == "concurrentPost" and e["count"] == "279" for e in edges)
    assert {e["directed"] for e in edges if e["predicate"] == "coBuilds"} == {"False"}
    assert all(r["document"] and r["quote"] and r["start"] for r in evidence if r["start"])
    assert export(store, "csv", tmp_path / "plain.csv", bom=False)[str(tmp_path / "plain.nodes.csv")][:2] == b"id"


def test_csv_into_a_folder_and_one_table(store, tmp_path):
    written = export(store, "csv", str(tmp_path / "tables") + "/")
    assert sorted(written) == [str(tmp_path / "tables" / f"{t}.csv") for t in ("edges", "evidence", "nodes")]
    assert list(export(store, "csv", table="edges")) == ["edges.csv"]
    with pytest.raises(QueryError):
        export(store, "ttl", table="edges")


def test_empty_csv_tables_keep_their_header():
    tables = csv_tables(nx.MultiDiGraph())
    assert [t.splitlines() for t in tables.values()] == [[",".join(NODE_COLUMNS)], [",".join(EDGE_COLUMNS)],
                                                         [",".join(EVIDENCE_COLUMNS)]]


def test_csv_opens_in_pandas_with_chinese_intact(store, tmp_path):
    pandas = pytest.importorskip("pandas")
    export(store, "csv", tmp_path / "g.csv")
    edges = pandas.read_csv(tmp_path / "g.edges.csv")
    assert list(edges.columns) == EDGE_COLUMNS
    assert "物业服务企业" in set(edges["source_label"]) | set(edges["target_label"])


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed (scripts/test-deps)")
def test_csv_opens_in_libreoffice_with_chinese_intact(store, tmp_path):
    export(store, "csv", tmp_path / "g.csv")
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with another soffice
    # LibreOffice 7.4 ignores the byte-order mark and reads CSV as Latin-1 unless told: 76 = UTF-8
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                           "--infilter=CSV:44,34,76", "--outdir", str(tmp_path), str(tmp_path / "g.edges.csv")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(tmp_path / "g.edges.xlsx") as book:
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert "物业服务企业" in strings and "source_label" in strings and "\ufeff" not in strings
    assert "ç" not in strings  # no mojibake (UTF-8 read as Latin-1)


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
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--store", str(store.path)])
    assert result.exit_code == 1 and "--table" in str(result.exception)  # never two tables run together
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--table", "edges", "--no-bom",
                                      "--store", str(store.path)])
    assert result.exit_code == 0 and result.output.startswith("id,source,source_label")
    assert "#" not in result.output.splitlines()[0]


def test_seed_through_the_real_pipeline_conforms_to_the_shapes(seed_path):
    store = Store()
    build([seed_path], store)
    conforms, report = validate(Graph().parse(data=export(store, "ttl")["-"].decode(), format="turtle"))
    assert conforms, report[:2000]
