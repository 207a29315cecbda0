"""Document metadata: from sidecars and title lines, into the graph, back out of every export (issue 13)."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from conftest import SEED
from make_formats import DATE, SITE, URL, html_page

from graph.build import build
from graph.cli import cli
from graph.errors import InputError
from graph.export import export, interchange
from graph.metadata import DCTERMS, normalise_date
from graph.network import reported, to_networkx
from graph.read import read_file
from graph.render import to_vis_data
from graph.store import Store

TEXT = SEED.read_text(encoding="utf-8")


def test_plain_text_takes_title_and_byline_lines_and_every_article():
    meta = read_file(SEED).meta
    doc = read_file(SEED)
    assert meta["title"] == doc.articles[0].title and meta["author"] == doc.articles[0].author
    assert meta["format"] == "text/plain" and "date" not in meta
    assert meta["articles"] == [{"title": a.title, "author": a.author} for a in doc.articles]


def test_sidecar_fills_and_overrides_and_counts_in_the_hash(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    before = read_file(report).sha256
    (tmp_path / "report.meta.json").write_text(json.dumps(
        {"date": "2023年5月2日", "publisher": "某省党建杂志", "source": "https://example.org/r"}, ensure_ascii=False),
        encoding="utf-8")
    doc = read_file(report)
    assert (doc.meta["date"], doc.meta["publisher"], doc.meta["source"]) == ("2023-05-02", "某省党建杂志",
                                                                             "https://example.org/r")
    assert doc.meta["title"] == doc.articles[0].title    # not in the sidecar: from the title line
    assert doc.sha256 != before                           # editing the sidecar rebuilds the document


@pytest.mark.parametrize("content, reason", [
    ('{"date": "next spring"}', "is not a date"),
    ('{"titel": "x"}', "unknown field 'titel'"),
    ('["x"]', "not a JSON object"),
    ("{oops", "not readable as JSON"),
])
def test_bad_sidecar_is_one_line_naming_it(tmp_path, content, reason):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_file(tmp_path / "r.txt")
    assert reason in str(exc.value) and "r.meta.json" in str(exc.value)


def test_dates_are_normalised():
    assert [normalise_date(x) for x in ("2023-5-2", "2023年05月", "2023", "2023.11.30")] == \
        ["2023-05-02", "2023-05", "2023", "2023-11-30"]
    with pytest.raises(InputError):
        normalise_date("2023-13-01")


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    """The seed as a web page dated 2023-05-12 and as a text dated 2022-03 by its sidecar."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "page.html").write_bytes(html_page(TEXT))
    (folder / "old.txt").write_text(TEXT, encoding="utf-8")
    (folder / "old.meta.json").write_text('{"date": "2022-03", "title": "旧报告"}', encoding="utf-8")
    store_dir = tmp_path_factory.mktemp("store")
    store = Store(store_dir)
    build([folder], store)
    return store, store_dir, folder


def test_the_graph_holds_dublin_core_on_each_document(dated_store):
    store = dated_store[0]
    rows = store.query("SELECT ?name ?title ?date ?pub ?src ?fmt WHERE { ?d a gg:Document ; gg:fileName ?name ; "
                       "dcterms:title ?title ; dcterms:format ?fmt . OPTIONAL { ?d dcterms:date ?date } "
                       "OPTIONAL { ?d dcterms:publisher ?pub } OPTIONAL { ?d dcterms:source ?src } } ORDER BY ?name")
    assert [(r["name"], r["title"], r["date"], r["pub"], r["src"], r["fmt"]) for r in rows] == [
        ("old.txt", "旧报告", "2022-03", None, None, "text/plain"),
        ("page.html", read_file(SEED).articles[0].title, DATE, SITE, URL, "text/html")]
    dtype = store.query("SELECT (DATATYPE(?d) AS ?t) WHERE { ?x dcterms:date ?d ; gg:fileName 'page.html' }")
    assert dtype == [{"t": "http://www.w3.org/2001/XMLSchema#date"}]
    articles = store.query("SELECT ?t WHERE { ?d gg:fileName 'page.html' ; dcterms:hasPart ?a . ?a dcterms:title ?t }")
    assert {r["t"] for r in articles} == {a.title for a in read_file(SEED).articles}


def test_interchange_json_carries_metadata_and_rebuilds_the_same(dated_store, tmp_path):
    store = dated_store[0]
    data = interchange(store)
    meta = {d["document"]: d["metadata"] for d in data["documents"]}
    assert meta["page.html"]["source"] == URL and meta["old.txt"]["date"] == "2022-03"
    assert len(meta["page.html"]["articles"]) == len(read_file(SEED).articles)
    path = tmp_path / "all.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = Store()
    build([path], again)
    assert interchange(again) == data


def test_exports_carry_document_dates_and_urls(dated_store, tmp_path):
    store = dated_store[0]
    files = export(store, "csv", tmp_path / "g.csv")
    edges = list(csv.DictReader((tmp_path / "g.edges.csv").open(encoding="utf-8")))
    assert files and {"dates", "urls"} <= set(edges[0])
    assert {e["dates"] for e in edges} >= {f"2022-03; {DATE}"}
    assert any(e["urls"] == URL for e in edges)
    for fmt in ("graphml", "gexf"):
        text = export(store, fmt)[next(iter(export(store, fmt)))].decode("utf-8")
        assert DATE in text and URL in text and "dates" in text
    ttl = export(store, "jsonld")[next(iter(export(store, "jsonld")))].decode("utf-8")
    assert DCTERMS + "date" in ttl and DATE in ttl


def test_reported_keeps_what_the_period_said(dated_store):
    G = to_networkx(dated_store[0])
    assert G.graph["documents"]["page.html"]["date"] == DATE
    recent = reported(G, since="2023-01-01")
    assert recent.number_of_edges() == G.number_of_edges()          # the page says everything the text says
    assert {e["document"] for *_, d in recent.edges(data=True) for e in d["evidence"]} == {"page.html"}
    old = reported(G, until="2022-12-31")
    assert {e["document"] for *_, d in old.edges(data=True) for e in d["evidence"]} == {"old.txt"}
    assert reported(G, since="2024").number_of_edges() == 0


def test_links_since_filters_by_document_date_and_shows_it(dated_store, capsys):
    store_dir = str(dated_store[1])
    runner = CliRunner()
    every = runner.invoke(cli, ["links", "物业服务企业", "--place", "德阳市", "--store", store_dir, "--json"])
    since = runner.invoke(cli, ["links", "物业服务企业", "--place", "德阳市", "--store", store_dir, "--json",
                                "--since", "2023-01-01"])
    assert every.exit_code == 0 and since.exit_code == 0, since.output
    every, since = json.loads(every.stdout), json.loads(since.stdout)
    relations = [r for r in every if r["predicate"] != "figure"]
    assert relations and {tuple(r["documents"]) for r in relations} == {("old.txt", "page.html")}
    assert {tuple(r["documents"]) for r in since} == {("page.html",)}      # figures of the period too
    assert {tuple(r["dates"]) for r in since} == {(DATE,)}
    table = runner.invoke(cli, ["links", "物业服务企业", "--place", "德阳市", "--store", store_dir, "--until", "2022"])
    assert "2022-03" in table.stdout and DATE not in table.stdout
    from graph.cli import main
    with pytest.raises(SystemExit) as info:
        main(["path", "a", "b", "--store", store_dir, "--since", "soon"])
    err = capsys.readouterr().err.strip()
    assert info.value.code == 1 and err.startswith("Error: --since: date 'soon' is not a date") and "\n" not in err


def test_the_page_shows_each_documents_title_date_and_source(dated_store):
    data = to_vis_data(to_networkx(dated_store[0]), positions=False)
    assert data["documents"]["page.html"] == {"title": read_file(SEED).articles[0].title, "date": DATE,
                                              "publisher": SITE, "source": URL}
    assert data["documents"]["old.txt"] == {"title": "旧报告", "date": "2022-03"}
    assert any(e["date"] == DATE for edge in data["edges"] for e in edge["evidence"])
