"""Benchmark (not a test): build and query a synthetic ~1M-triple graph, next to raw pyoxigraph.

    /work/venv/bin/python benchmarks/bench_store.py [--documents 350] [--keep DIR]

Measures, on the same synthetic extractions:
  build          graph.build: interchange JSON → triples → one transaction per document, on disk
  raw bulk_load  pyoxigraph Store.bulk_load of the same quads from an N-Quads file
  raw extend     pyoxigraph Store.extend of the same quads, one call per document
  rebuild        graph.build again, nothing changed (content hashes)
  replace 1      one changed document (DROP + INSERT DATA in one update)
and query latency: a bound SPARQL lookup through graph.store vs raw pyoxigraph, the
networkx projection, links / paths / interlocks on it.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.build import build, extraction_triples  # noqa: E402
from graph.network import to_networkx  # noqa: E402
from graph.errors import NoPath  # noqa: E402
from graph.query import brokers, interlocks, links, paths  # noqa: E402
from graph.store import Store, document_graph  # noqa: E402

TYPES = ["PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee", "PropertyCompany",
         "Institution", "SocialOrganisation", "Facility", "Role"]
PREDICATES = ["concurrentPost", "coBuilds", "supports", "subOrganisationOf", "leads", "participatesIn"]


def synthetic(n_docs: int, seed: int = 7) -> list[dict]:
    """Extractions that look like the real ones: 40 cities, shared kinds, instances, mechanisms."""
    rnd = random.Random(seed)
    cities = [f"城{i}市" for i in range(40)]
    kinds = [(f"机构{i}", TYPES[i % len(TYPES)]) for i in range(60)]
    mechanisms = [f"“机制{i}”机制" for i in range(400)]
    docs = []
    for d in range(n_docs):
        city = cities[d % len(cities)]
        text = "".join(rnd.choice("党建引领基层治理社区小区业委会物业服务企业共建联建兼任") for _ in range(20000))
        ents = {("place", city): {"label": city, "type": "Place", "level": "instance", "place": None}}
        for label, type_ in rnd.sample(kinds, 30):
            ents[(label, city)] = {"label": label, "type": type_, "level": "type", "place": city}
        for i in range(15):
            label = f"{city}第{d}街道{i}社区党支部"
            ents[(label, None)] = {"label": label, "type": "PartyOrganisation", "level": "instance", "place": None}
        mechs = rnd.sample(mechanisms, 15)
        for m in mechs:
            ents[(m, None)] = {"label": m, "type": "Mechanism", "level": "instance", "place": None}
        bodies = [e for e in ents.values() if e["type"] not in ("Place", "Mechanism")]
        rels = []
        for i in range(100):
            a, b = rnd.sample(bodies, 2)
            pred = rnd.choice(PREDICATES)
            if pred == "participatesIn" or pred == "leads":
                b = ents[(rnd.choice(mechs), None)]
            start = rnd.randrange(0, 19900)
            rels.append({"subject": a["label"], "subject_place": a["place"], "predicate": pred,
                         "object": b["label"], "object_place": b["place"],
                         "count": rnd.choice([None, None, rnd.randrange(1, 500)]), "approx": False,
                         "role": rnd.choice([None, "兼职委员"]) if pred == "concurrentPost" else None,
                         "place": city, "evidence": text[start:start + 40], "start": start, "end": start + 40,
                         "sentence": start // 40})
        for inst in [e for e in ents.values() if e["label"].endswith("社区党支部")]:
            rels.append({"subject": inst["label"], "subject_place": None, "predicate": "locatedIn",
                         "object": city, "object_place": None, "count": None, "approx": False, "role": None,
                         "place": None, "evidence": text[:30], "start": 0, "end": 30, "sentence": 0})
        qs = [{"place": city, "subject": "小区", "value": rnd.randrange(1, 5000), "unit": "个", "approx": False,
               "evidence": text[s:s + 12], "start": s, "end": s + 12, "sentence": s // 40}
              for s in (rnd.randrange(0, 19900) for _ in range(20))]
        docs.append({"document": f"{d:05d}.txt", "sha256": f"{d:064x}", "entities": list(ents.values()),
                     "relations": rels, "quantities": qs, "_text": text})
    return docs


def timed(fn, repeat: int = 1):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return (statistics.median(times), result)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=350)
    ap.add_argument("--keep", help="Build the store in this folder and keep it.")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="govgraph-bench-"))
    rows = []

    def row(what, seconds, note=""):
        rows.append((what, seconds, note))
        print(f"{what:<44} {seconds:9.3f} s  {note}", file=sys.stderr)

    docs = synthetic(args.documents)
    src = work / "json"
    src.mkdir()
    for d in docs:
        text = d.pop("_text")
        (src / (d["document"] + ".json")).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        d["_text"] = text
    files = sorted(src.glob("*.json"))

    # the same quads, raw: N-Quads + bulk_load, and extend per document
    t_gen = time.perf_counter()
    per_doc = []
    for d in docs:
        g = document_graph(d["document"])
        per_doc.append([ox.Quad(x.subject, x.predicate, x.object, g)
                        for x in extraction_triples({k: v for k, v in d.items() if k != "_text"})])
    t_gen = time.perf_counter() - t_gen
    row("triples generated in Python (part of build)", t_gen, "extraction_triples for every document")
    nq = work / "all.nq"
    with open(nq, "wb") as f:
        for quads in per_doc:
            ox.serialize(quads, f, format=ox.RdfFormat.N_QUADS)
    raw = ox.Store(str(work / "raw"))
    t, _ = timed(lambda: raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS))
    row("raw pyoxigraph bulk_load (N-Quads file)", t, f"{len(raw):,} quads")
    raw2 = ox.Store(str(work / "raw2"))
    t, _ = timed(lambda: [raw2.extend(q) for q in per_doc])
    row("raw pyoxigraph extend, one call per document", t, f"{len(raw2):,} quads")
    del per_doc, raw2

    # the govgraph build, end to end from interchange JSON
    folder = Path(args.keep) if args.keep else work / "store"
    if folder.exists():
        shutil.rmtree(folder)
    store = Store(folder)
    t, summary = timed(lambda: build(files, store))
    n = len(store)
    row("govgraph build (JSON → store, on disk)", t, f"{n:,} quads, {len(files)} documents")

    t, again = timed(lambda: build(files, store))
    row("govgraph build again (all unchanged)", t, f"{len(again.unchanged)} unchanged")
    changed = json.loads(files[0].read_text(encoding="utf-8"))
    changed["sha256"] = "f" * 64
    changed["relations"] = changed["relations"][:-1]
    one = work / "changed.json"
    one.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    t, rep = timed(lambda: build([one], store))
    row("govgraph build, one document replaced", t, f"replaced {rep.replaced}")

    # queries
    q = "SELECT ?r ?p ?o WHERE { ?e rdfs:label ?label . ?r gg:subject ?e ; gg:predicate ?p ; gg:object ?o }"
    store.clear_cache()
    t, res = timed(lambda: store.query(q, {"label": "机构3"}), repeat=5)
    row("SPARQL via graph.store (label bound)", t, f"{len(res)} rows")
    rawq = ("PREFIX gg: <https://w3id.org/govgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "SELECT ?r ?p ?o WHERE { ?e rdfs:label \"机构3\" . ?r gg:subject ?e ; gg:predicate ?p ; gg:object ?o }")
    t, res = timed(lambda: list(raw.query(rawq, use_default_graph_as_union=True)), repeat=5)
    row("raw pyoxigraph SPARQL (same query)", t, f"{len(res)} rows")
    q2 = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?r gg:predicate ?p } GROUP BY ?p"
    t, _ = timed(lambda: store.query(q2), repeat=3)
    row("SPARQL aggregate via graph.store", t, "relations by predicate")
    t, _ = timed(lambda: list(raw.query(q2.replace("gg:", "<https://w3id.org/govgraph/ontology#").replace(
        "predicate ", "predicate> "), use_default_graph_as_union=True)), repeat=3)
    row("raw pyoxigraph SPARQL aggregate", t, "")
    del store
    ro = Store.open(folder, read_only=True)
    t, G = timed(lambda: to_networkx(ro, cache=False))
    row("networkx projection (to_networkx)", t, f"{G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    t, G2 = timed(lambda: to_networkx(ro), repeat=3)
    row("networkx projection, cached (pickle)", t, "what every question after a build pays")
    label = next(d["label"] for d in G.nodes.values() if d.get("place") == "城3市")
    t, res = timed(lambda: links(G, label, place="城3市"), repeat=5)
    row("links on the projection", t, f"{len(res)} rows")
    def some_paths():
        try:
            return paths(G, "城3市第3街道0社区党支部", "城4市第4街道0社区党支部", max_hops=8)
        except NoPath:
            return []
    t, res = timed(some_paths, repeat=3)
    row("paths on the projection (≤8 hops, two cities)", t, f"{len(res)} paths")
    t, res = timed(lambda: interlocks(G, place="城3市"), repeat=3)
    row("interlocks on the projection (one city)", t, f"{len(res)} pairs")
    t, res = timed(lambda: brokers(G, top=10))
    row("brokers on the projection (whole graph)", t, res[0]["method"] if res else "")

    print("\n| step | seconds | note |\n| --- | ---: | --- |")
    for what, seconds, note in rows:
        print(f"| {what.strip()} | {seconds:.3f} | {note} |")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
