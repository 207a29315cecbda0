"""Benchmark of the render stage: page building against pyvis's per-element calls, layout, and the browser.

Run: ``python benchmarks/bench_render.py [--sizes 1000 5000 20000] [--no-browser] [--pyvis-max 20000]``.
Synthetic graphs: scale-free, directed, about two edges per node, the attributes of
``graph.network.to_networkx``. Browser times are measured in headless Chromium
(``/usr/bin/chromium``): from navigation to the page's first drawing (``govgraph.ready``),
and the time a click on the biggest hub takes to highlight its neighbourhood.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graph.render import layout, to_html, to_vis_data

TYPES = ["PartyOrganisation", "GovernmentBody", "CommunityCommittee", "OwnersCommittee", "PropertyCompany",
         "Institution", "SocialOrganisation", "Facility", "Role", "Mechanism", "Policy", "Place"]
PREDICATES = ["concurrentPost", "coBuilds", "supports", "subOrganisationOf", "leads", "participatesIn",
              "implements", "locatedIn"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free MultiDiGraph of ``n`` entities and about ``2n`` relations with evidence."""
    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    G = nx.MultiDiGraph()
    places = [f"地{i}市" for i in range(max(1, n // 200))]
    for i in base.nodes:
        typed = rng.random() < 0.6
        G.add_node(f"e{i}", label=f"实体{i}号组织", type=rng.choice(TYPES), level="type" if typed else "instance",
                   place=rng.choice(places) if typed else None, aliases=[], documents=[f"doc{i % 50}.txt"])
    for k, (u, v) in enumerate(base.edges):
        if rng.random() < 0.5:
            u, v = v, u
        quote = f"实体{u}号组织与实体{v}号组织开展合作共建"
        G.add_edge(f"e{u}", f"e{v}", key=f"r{k}", predicate=rng.choice(PREDICATES),
                   count=rng.choice([None, None, 3, 14, 279]), approx=False, role=None,
                   place=rng.choice(places), evidence=[{"document": f"doc{k % 50}.txt", "quote": quote,
                                                        "start": k, "end": k + len(quote), "sentence": k}])
    return G


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def pyvis_per_element(G: nx.MultiDiGraph) -> float:
    """The per-element pyvis calls (add_node / add_edge): the baseline the issue measured."""
    from pyvis.network import Network
    net = Network(directed=True)
    start = time.perf_counter()
    for n, a in G.nodes(data=True):
        net.add_node(n, label=a["label"], title=a["type"])
    for u, v, a in G.edges(data=True):
        net.add_edge(u, v, title=a["predicate"])
    return time.perf_counter() - start


def browser_times(pages: dict[str, Path], timeout: float = 300) -> dict[str, tuple[float, float | None]]:
    """Seconds from navigation to first drawing, and to highlight the biggest hub, per page."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,900", "--disable-background-networking", "--proxy-server=127.0.0.1:9"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(timeout)
    out = {}
    try:
        for name, path in pages.items():
            start = time.perf_counter()
            driver.get(path.resolve().as_uri())
            while not driver.execute_script("return !!(window.govgraph && window.govgraph.ready)"):
                if time.perf_counter() - start > timeout:
                    break
                time.sleep(0.02)
            drawn = time.perf_counter() - start
            click = driver.execute_async_script("""
                var done = arguments[0], g = window.govgraph;
                var hub = g.data.nodes.reduce(function (a, b) { return b.degree > a.degree ? b : a; });
                var t = performance.now();
                g.selectNode(hub.id);
                g.network.once('afterDrawing', function () { done((performance.now() - t) / 1000); });
                g.network.redraw();""")
            out[name] = (drawn, click)
    finally:
        driver.quit()
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--pyvis-max", type=int, default=20000, help="skip the pyvis baseline above this size")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="govgraph-bench-"))
    pages = {}
    rows = []
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from render_graphs import gold_graph
        seed = gold_graph()
        data = to_vis_data(seed)
        pages["seed"] = folder / "seed.html"
        pages["seed"].write_text(to_html(data), encoding="utf-8")
    except Exception as exc:  # noqa: BLE001 - the seed page is optional here
        print(f"(no seed page: {exc})")
    for n in args.sizes:
        G = synthetic(n)
        data, t_data = timed(to_vis_data, G, max_nodes=None, positions=False)
        page, t_html = timed(to_html, data)
        pos, t_layout = timed(layout, [x["id"] for x in data["nodes"]], [(e["from"], e["to"]) for e in data["edges"]])
        for node in data["nodes"]:
            node["x"], node["y"] = pos[node["id"]]
        path = folder / f"n{n}.html"
        path.write_text(to_html(data), encoding="utf-8")
        pages[f"{n}"] = path
        t_pyvis = pyvis_per_element(G) if n <= args.pyvis_max else None
        rows.append({"nodes": n, "edges": G.number_of_edges(), "page_s": round(t_data + t_html, 3),
                     "layout_s": round(t_layout, 3), "pyvis_per_element_s": t_pyvis and round(t_pyvis, 3),
                     "speedup": t_pyvis and round(t_pyvis / (t_data + t_html), 1),
                     "html_MB": round(path.stat().st_size / 1e6, 1)})
        print(json.dumps(rows[-1]), flush=True)
    if not args.no_browser:
        for name, (drawn, click) in browser_times(pages).items():
            print(json.dumps({"page": name, "first_draw_s": round(drawn, 2),
                              "highlight_hub_s": click and round(click, 3)}), flush=True)


if __name__ == "__main__":
    main()
