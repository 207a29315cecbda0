"""Stage 4, render: the networkx graph as plain vis data, then one self-contained, offline HTML page.

Two steps, like displacy: :func:`to_vis_data` selects, cuts, styles and lays out the
graph as plain lists (tested exactly); :func:`to_html` wraps that data and the
vendored vis-network library into one UTF-8 page that makes no network request.
:func:`render` does both and returns a :class:`Page` that shows inline in a notebook.

vis-network is used directly rather than through pyvis: pyvis links Bootstrap from a
CDN even with ``cdn_resources='in_line'``, writes a ``lib/`` folder into the working
directory with ``'local'``, writes with the platform encoding, builds its lists with
a scan per ``add_node``/``add_edge`` call (quadratic), leaves physics running on big
graphs and has no legend. The library file is the one pyvis ships, kept as shipped.
"""
from __future__ import annotations

import contextlib
import difflib
import functools
import gc
import html
import json
import math
import re
from collections import Counter, defaultdict, deque
from pathlib import Path
from typing import Iterable

import networkx as nx

from graph.errors import GovgraphError, QueryError, UnknownEntity
from graph.positions import node_positions

STATIC = Path(__file__).resolve().parent / "static"
VIS_JS = STATIC / "vis-network.min.js"
DEFAULT_MAX_NODES = 3000
PLACE_TYPE = "Place"       # the entity type of places (interfaces: entity types)
LOCATED_IN = "locatedIn"   # the predicate that nests places
_SYMMETRIC_FALLBACK = frozenset({"coBuilds"})  # only when the vocabulary cannot be loaded

# Colour-blind-safe-ish palettes; classes and predicates take them in vocabulary order.
NODE_COLOURS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
                "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939")
NODE_SHAPES = ("dot", "square", "triangle", "diamond", "star", "hexagon", "triangleDown")
SHAPE_GLYPHS = {"dot": "●", "square": "■", "triangle": "▲", "diamond": "◆", "star": "★",
                "hexagon": "⬢", "triangleDown": "▼"}
EDGE_COLOURS = ("#c0392b", "#2471a3", "#229954", "#7d3c98", "#d68910", "#6e2c00",
                "#17a589", "#5d6d7e", "#a93226", "#1a5276")
EDGE_DASHES = (False, [8, 4], [2, 4], [12, 4, 2, 4])


# ---------------------------------------------------------------------------------
# Vocabulary: class and predicate order, Chinese labels, symmetry
# ---------------------------------------------------------------------------------

def _vocabulary():
    """The loaded vocabulary, or None while graph.vocab is missing or fails to load."""
    try:
        from graph.vocab import load
        return load()
    except Exception:  # noqa: BLE001 - styling must not depend on the ontology loading
        return None


def _styles(types: Iterable[str], predicates: Iterable[str]):
    """Style tables for the types and predicates present, ordered as the vocabulary lists them."""
    vocab = _vocabulary()
    classes = vocab.classes if vocab else {}
    preds = vocab.predicates if vocab else {}
    types, predicates = set(types), set(predicates)

    def ordered(present, order):
        known = [name for name in order if name in present]
        return [(order.index(name), name) for name in known] + \
            [(len(order) + i, name) for i, name in enumerate(sorted(present - set(known)))]

    type_style = {}
    for i, name in ordered(types, list(classes)):
        type_style[name] = {"type": name, "label": getattr(classes.get(name), "zh", None) or name,
                            "color": NODE_COLOURS[i % len(NODE_COLOURS)],
                            "shape": NODE_SHAPES[i % len(NODE_SHAPES)]}
    pred_style = {}
    for i, name in ordered(predicates, list(preds)):
        symmetric = preds[name].symmetric if name in preds else name in _SYMMETRIC_FALLBACK
        pred_style[name] = {"predicate": name, "label": getattr(preds.get(name), "zh", None) or name,
                            "color": EDGE_COLOURS[i % len(EDGE_COLOURS)],
                            "dashes": EDGE_DASHES[i % len(EDGE_DASHES)],
                            "directed": not symmetric}
    return type_style, pred_style


_SIZES = [round(min(10 + 4 * math.sqrt(d), 44), 1) for d in range(200)]


def _group_style(style: dict, level: str) -> dict:
    """vis-network group options for one entity type at one level: filled, or tinted with a dashed outline."""
    colour = style["color"]
    if level == "type":
        return {"shape": style["shape"], "borderWidth": 3, "shapeProperties": {"borderDashes": [5, 3]},
                "color": {"background": _tint(colour), "border": colour,
                          "highlight": {"background": _tint(colour, 0.4), "border": "#111111"},
                          "hover": {"background": _tint(colour, 0.4), "border": colour}}}
    return {"shape": style["shape"], "borderWidth": 1, "shapeProperties": {"borderDashes": False},
            "color": {"background": colour, "border": colour,
                      "highlight": {"background": colour, "border": "#111111"},
                      "hover": {"background": colour, "border": colour}}}


def _tint(colour: str, amount: float = 0.75) -> str:
    """Mix a #rrggbb colour with white.

    >>> _tint("#000000", 0.5)
    '#808080'
    """
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


# ---------------------------------------------------------------------------------
# Selection: relation, place, focus, and the max-nodes cut
# ---------------------------------------------------------------------------------

def _place_parents(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Place label -> labels of the places it is located in (one step), from locatedIn edges."""
    parents: dict[str, set[str]] = defaultdict(set)
    nodes = G.nodes
    for u, v, attrs in G.edges(data=True):
        if attrs.get("predicate") == LOCATED_IN and nodes[u].get("type") == PLACE_TYPE \
                and nodes[v].get("type") == PLACE_TYPE:
            parents[nodes[u].get("label")].add(nodes[v].get("label"))
    return parents


def _within(place: str, parents: dict[str, set[str]]) -> set[str]:
    """The place and every place located in it, transitively."""
    children: dict[str, set[str]] = defaultdict(set)
    for child, ups in parents.items():
        for up in ups:
            children[up].add(child)
    seen, todo = {place}, [place]
    while todo:
        for child in children[todo.pop()]:
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _all_places(G: nx.MultiDiGraph) -> set[str]:
    places = {a.get("place") for _, a in G.nodes(data=True)} | \
             {a.get("place") for _, _, a in G.edges(data=True)} | \
             {a.get("label") for _, a in G.nodes(data=True) if a.get("type") == PLACE_TYPE}
    places.discard(None)
    return places


def _hint(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(set(choices)), n=3, cutoff=0.3)
    return f"did you mean {', '.join(close)}?" if close else None


def _in_place(G, u, v, attrs, places: set[str]) -> bool:
    nodes = G.nodes
    return (attrs.get("place") in places
            or any(nodes[n].get("place") in places
                   or (nodes[n].get("type") == PLACE_TYPE and nodes[n].get("label") in places)
                   for n in (u, v)))


def _select(G, relations, place, focus, depth):
    """Nodes and edges (u, v, key, attrs) left after the relation, place and focus filters."""
    edges = [(u, v, k, a) for u, v, k, a in G.edges(keys=True, data=True)]
    filtered = False
    if relations:
        from graph.query import relation_names
        wanted = relation_names(relations, known={a.get("predicate") for *_, a in edges} - {None})
        edges = [e for e in edges if e[3].get("predicate") in wanted]
        filtered = True
    place_nodes: set = set()
    inside: set = set()
    if place is not None:
        places = _all_places(G)
        if place not in places:
            raise UnknownEntity(f"no place {place!r} in the graph", hint=_hint(place, places))
        inside = _within(place, _place_parents(G))
        edges = [e for e in edges if _in_place(G, e[0], e[1], e[3], inside)]
        place_nodes = {n for n, a in G.nodes(data=True) if a.get("place") in inside
                       or (a.get("type") == PLACE_TYPE and a.get("label") in inside)}
        filtered = True
    nodes = {n for e in edges for n in e[:2]} | place_nodes if filtered else set(G.nodes)
    focus_nodes: list = []
    if focus is not None:
        if depth is None or int(depth) < 0:
            raise QueryError(f"depth must be 0 or more, not {depth!r}")
        focus_nodes = sorted(n for n, a in G.nodes(data=True)
                             if a.get("label") == focus or focus in (a.get("aliases") or ()))
        if not focus_nodes:
            labels = [a.get("label") for _, a in G.nodes(data=True) if a.get("label")]
            raise UnknownEntity(f"no entity {focus!r} in the graph", hint=_hint(focus, labels))
        if place is not None:  # the focus of that place only
            elsewhere = sorted({G.nodes[n].get("place") or "(no place)" for n in focus_nodes})
            touched = {x for e in edges for x in e[:2]}
            focus_nodes = [n for n in focus_nodes if n in place_nodes
                           or (G.nodes[n].get("place") is None and n in touched)]
            if not focus_nodes:
                raise UnknownEntity(f"no entity {focus!r} in {place}",
                                    hint=f"{focus} is known in {', '.join(elsewhere)}")
        adjacency: dict = defaultdict(set)
        for u, v, *_ in edges:
            adjacency[u].add(v)
            adjacency[v].add(u)
        reach = {n: 0 for n in focus_nodes}
        queue = deque(focus_nodes)
        while queue:
            n = queue.popleft()
            if reach[n] < int(depth):
                for m in adjacency[n]:
                    if m not in reach:
                        reach[m] = reach[n] + 1
                        queue.append(m)
        nodes = set(reach)
        edges = [e for e in edges if e[0] in nodes and e[1] in nodes]
    return nodes, edges, focus_nodes


def _cut(G, nodes, edges, focus_nodes, max_nodes):
    """Keep the ``max_nodes`` most connected nodes (focus first); say what was left out."""
    if max_nodes is None or len(nodes) <= max_nodes:
        return nodes, edges, None
    degree = Counter()
    for u, v, *_ in edges:
        degree[u] += 1
        degree[v] += 1
    first = set(focus_nodes)
    ranked = sorted(nodes, key=lambda n: (n not in first, -degree[n], G.nodes[n].get("label") or "", n))
    kept = set(ranked[:max_nodes])
    kept_edges = [e for e in edges if e[0] in kept and e[1] in kept]
    left_nodes, left_edges = len(nodes) - len(kept), len(edges) - len(kept_edges)
    note = (f"Showing the {len(kept)} most connected of {len(nodes)} entities: "
            f"{left_nodes} entities and {left_edges} relations left out "
            f"(raise --max-nodes, or narrow with --relation, --place or --focus).")
    return kept, kept_edges, {"nodes": left_nodes, "edges": left_edges, "max_nodes": max_nodes,
                              "total_nodes": len(nodes), "total_edges": len(edges), "note": note}


# ---------------------------------------------------------------------------------
# Plain data
# ---------------------------------------------------------------------------------

@contextlib.contextmanager
def _no_gc():
    """Pause the cyclic garbage collector while building many small dicts (it would rescan the graph)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def to_vis_data(G: nx.MultiDiGraph, relations: Iterable[str] | None = None, place: str | None = None,
                focus: str | None = None, depth: int = 1, max_nodes: int | None = DEFAULT_MAX_NODES,
                positions: bool = True) -> dict:
    """The graph as plain data for vis-network: nodes, edges, legend, and what was left out.

    Parameters
    ----------
    G : the MultiDiGraph of :func:`graph.network.to_networkx`
    relations : keep only relations with these predicates (local names, e.g. ``coBuilds``)
    relations : may also be named in Chinese (共建) or in any case (cobuilds)
    place : keep relations in this place or any place located in it, and its entities
        (those tied by none of them are ``unconnected``)
    focus : keep the neighbourhood of the entity with this label (or alias), ``depth`` hops
    max_nodes : above this many entities keep the most connected ones; ``omitted`` says
        how many entities and relations were left out (None when nothing was)
    positions : compute ``x``/``y`` for every node (a force layout; physics stays off)

    Returns
    -------
    dict with ``nodes`` and ``edges`` (vis-network items carrying their source attributes;
    a node with no relation shown, other than the focus, is marked ``unconnected``: the
    page hides it until asked),
    ``legend`` (``types``, ``levels``, ``predicates`` present), ``places`` (for the place
    filter: name and the places it is located in), ``omitted``.

    Raises
    ------
    QueryError for an unknown relation or a bad depth / max_nodes;
    UnknownEntity for a place or focus label not in the graph.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="社区党委", type="PartyOrganisation", level="type", place="某市",
    ...            aliases=[], documents=["r.txt"])
    >>> G.add_node("b", label="驻区单位", type="Institution", level="type", place="某市",
    ...            aliases=[], documents=["r.txt"])
    >>> _ = G.add_edge("a", "b", key="r1", predicate="coBuilds", count=14, approx=False, role=None,
    ...                place="某市", evidence=[{"document": "r.txt", "quote": "联建", "start": 3,
    ...                "end": 5, "sentence": 0}])
    >>> data = to_vis_data(G, positions=False)
    >>> [(n["id"], n["label"], n["degree"]) for n in data["nodes"]]
    [('a', '社区党委\\n（某市）', 1), ('b', '驻区单位\\n（某市）', 1)]
    >>> [(e["from"], e["to"], e["predicate"], e["count"], e["width"]) for e in data["edges"]]
    [('a', 'b', 'coBuilds', 14, 5.41)]
    >>> [(p["predicate"], p["directed"]) for p in data["legend"]["predicates"]]
    [('coBuilds', False)]
    """
    if max_nodes is not None and int(max_nodes) < 1:
        raise QueryError(f"max_nodes must be 1 or more, not {max_nodes!r}")
    with _no_gc():
        return _vis_data(G, list(relations or []), place, focus, depth, max_nodes, positions)


def _vis_data(G, relations, place, focus, depth, max_nodes, positions):
    nodes, edges, focus_nodes = _select(G, relations, place, focus, depth)
    nodes, edges, omitted = _cut(G, nodes, edges, focus_nodes, None if max_nodes is None else int(max_nodes))
    focus = set(focus_nodes)

    node_ids = sorted(nodes, key=str)
    edges.sort(key=lambda e: (str(e[2]), str(e[0]), str(e[1])))
    degree = Counter()
    for u, v, *_ in edges:
        degree[u] += 1
        degree[v] += 1
    type_style, pred_style = _styles((G.nodes[n].get("type") or "Thing" for n in node_ids),
                                     (a.get("predicate") or "related" for *_, a in edges))
    groups: dict[str, dict] = {}
    out_nodes = []
    for n in node_ids:
        a = G.nodes[n]
        name, kind = a.get("label") or str(n), a.get("type") or "Thing"
        level, where = a.get("level") or "instance", a.get("place")
        group = f"{kind}/{level}"
        if group not in groups:
            groups[group] = _group_style(type_style[kind], level)
        d = degree[n]
        out_nodes.append({"id": n, "label": f"{name}\n（{where}）" if where else name, "name": name,
                          "type": kind, "level": level, "place": where,
                          "aliases": list(a.get("aliases") or ()), "documents": list(a.get("documents") or ()),
                          "degree": d, "unconnected": d == 0 and n not in focus,
                          "group": group, "size": _SIZES[d] if d < len(_SIZES) else 44.0})

    parallel: dict[tuple, int] = defaultdict(int)
    out_edges = []
    for u, v, key, a in edges:
        predicate = a.get("predicate") or "related"
        count = a.get("count")
        pair = (u, v) if str(u) <= str(v) else (v, u)
        rank = parallel[pair]
        parallel[pair] = rank + 1
        smooth = False if rank == 0 else {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
                                          "roundness": round(0.2 * ((rank + 1) // 2), 2)}
        out_edges.append({
            "id": key, "from": u, "to": v, "predicate": predicate, "count": count,
            "approx": bool(a.get("approx")), "role": a.get("role"), "place": a.get("place"),
            "evidence": list(a.get("evidence") or ()),
            "width": round(1.5 + min(5.0, math.log2(1 + count)), 2) if count else 1.5,
            "smooth": smooth, **({"review": a["review"]} if a.get("review") else {})})

    if positions:
        pos = node_positions(node_ids, [(u, v) for u, v, *_ in edges])
        for node in out_nodes:
            node["x"], node["y"] = pos[node["id"]]

    parents = _place_parents(G)
    shown_places = sorted({n["place"] for n in out_nodes if n["place"]}
                          | {e["place"] for e in out_edges if e["place"]}
                          | {n["name"] for n in out_nodes if n["type"] == PLACE_TYPE})
    levels = sorted({n["level"] for n in out_nodes})
    return {
        "nodes": out_nodes,
        "edges": out_edges,
        "groups": groups,
        "legend": {
            "types": [dict(s, glyph=SHAPE_GLYPHS.get(s["shape"], "●")) for s in type_style.values()],
            "levels": [{"level": lv, "label": {"type": "a kind of body in a place (dashed outline)",
                                               "instance": "a named body (filled)"}.get(lv, lv)}
                       for lv in levels],
            "predicates": list(pred_style.values()),
        },
        "places": [{"name": p, "within": sorted(parents.get(p, ()))} for p in shown_places],
        "documents": _documents(G, out_nodes, out_edges),
        "omitted": omitted,
    }


def _documents(G, nodes: list[dict], edges: list[dict]) -> dict[str, dict]:
    """Title, date, publisher and source of the documents the page shows (``graph.metadata``)."""
    meta = G.graph.get("documents") or {}
    shown = {d for n in nodes for d in n["documents"]} | {e["document"] for x in edges for e in x["evidence"]}
    return {d: {k: v for k, v in meta[d].items() if k in ("title", "date", "publisher", "source")}
            for d in sorted(x for x in shown if x in meta)}


# ---------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------

def _script_json(data) -> str:
    """JSON safe inside a <script> element: no '<', '>', '&', U+2028 or U+2029 left raw.

    >>> _script_json({"a": "</script><b>&\\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """A file of graph/static, checked to be safe to inline in a <script> or <style> element."""
    path = STATIC / name
    text = path.read_text(encoding="utf-8")
    if name != "page.html" and re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise GovgraphError(f"{path} cannot be inlined: it contains '</script', '</style' or '<!--'")
    return text


def to_html(data: dict, title: str = "govgraph network") -> str:
    """One self-contained HTML page (str) showing ``data`` from :func:`to_vis_data`.

    The page loads nothing from the network (a Content-Security-Policy forbids it), embeds
    the data as escaped JSON, and builds every text it shows with ``textContent``.

    >>> page = to_html({"nodes": [], "edges": [], "legend": {"types": [], "levels": [], "predicates": []},
    ...                 "places": [], "omitted": None}, title="<x>")
    >>> page.startswith("<!DOCTYPE html>") and "<title>&lt;x&gt;</title>" in page and "<script src" not in page
    True
    """
    with _no_gc():
        parts = {"TITLE": html.escape(title), "VIS": _asset(VIS_JS.name), "DATA": _script_json(data),
                 "APP": _asset("render.js"), "CSS": _asset("render.css")}
        return re.sub(r"@@(TITLE|VIS|DATA|APP|CSS)@@", lambda m: parts[m.group(1)], _asset("page.html"))


class Page:
    """A rendered network page: ``html`` text, the ``data`` behind it, ``save(path)``.

    Displays inline in Jupyter (an iframe holding the page).
    """

    def __init__(self, html_text: str, data: dict):
        self.html = html_text
        self.data = data

    def save(self, path) -> Path:
        """Write the page as UTF-8 (whatever the platform encoding) and return its path."""
        from graph.output import write_atomic
        return write_atomic(path, self.html.encode("utf-8"))  # whole or not at all

    def _repr_html_(self) -> str:
        return ('<iframe style="width:100%;height:640px;border:1px solid #ddd" '
                f'sandbox="allow-scripts" srcdoc="{html.escape(self.html, quote=True)}"></iframe>')

    def __repr__(self) -> str:
        shown = f"{len(self.data['nodes'])} nodes, {len(self.data['edges'])} edges"
        return f"<Page {shown}{', cut' if self.data.get('omitted') else ''}>"


def render(G: nx.MultiDiGraph, path=None, *, relations: Iterable[str] | None = None,
           place: str | None = None, focus: str | None = None, depth: int = 1,
           max_nodes: int | None = DEFAULT_MAX_NODES, title: str | None = None) -> Page:
    """The interactive network page for ``G``; written to ``path`` as UTF-8 when given.

    Filters as in :func:`to_vis_data`. Returns a :class:`Page`.
    """
    data = to_vis_data(G, relations=relations, place=place, focus=focus, depth=depth, max_nodes=max_nodes)
    if title is None:
        bits = [", ".join(relations) if relations else None, place, f"around {focus}" if focus else None]
        title = "govgraph network" + "".join(f" · {b}" for b in bits if b)
    page = Page(to_html(data, title=title), data)
    if path is not None:
        page.save(path)
    return page
