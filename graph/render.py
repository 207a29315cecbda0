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

STATIC = Path(__file__).resolve().parent / "static"
VIS_JS = STATIC / "vis-network.min.js"
DEFAULT_MAX_NODES = 3000
SPACING = 110              # pixels per unit of ideal edge length in the layout
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
# Vocabulary: class and predicate order, labels, symmetry (falls back to the graph)
# ---------------------------------------------------------------------------------

def _vocabulary():
    """The loaded vocabulary, or None while graph.vocab is missing or fails to load."""
    try:
        from graph.vocab import load
        return load()
    except Exception:  # noqa: BLE001 - styling must not depend on the ontology loading
        return None


def _names(container) -> list[str]:
    if container is None:
        return []
    if isinstance(container, dict):
        return [str(k) for k in container]
    out = []
    for item in container:
        name = getattr(item, "name", None) or getattr(item, "local", None) or item
        out.append(str(name).rsplit("#", 1)[-1].rsplit("/", 1)[-1])
    return out


def _label_of(container, name: str) -> str | None:
    item = container.get(name) if isinstance(container, dict) else None
    for attr in ("zh", "label", "pref_label", "prefLabel"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value:
            return value
    return None


def _styles(types: Iterable[str], predicates: Iterable[str]):
    """Style tables for the types and predicates present, ordered as the vocabulary lists them."""
    vocab = _vocabulary()
    classes = getattr(vocab, "classes", None)
    preds = getattr(vocab, "predicates", None)
    class_order = _names(classes)
    pred_order = _names(preds)
    types, predicates = set(types), set(predicates)

    def ordered(present, order):
        known = [name for name in order if name in present]
        return known + sorted(present - set(known))

    type_style = {}
    for name in ordered(types, class_order):
        i = class_order.index(name) if name in class_order else len(class_order) + len(type_style)
        type_style[name] = {"type": name, "label": _label_of(classes, name) or name,
                            "color": NODE_COLOURS[i % len(NODE_COLOURS)],
                            "shape": NODE_SHAPES[i % len(NODE_SHAPES)]}
    pred_style = {}
    for name in ordered(predicates, pred_order):
        i = pred_order.index(name) if name in pred_order else len(pred_order) + len(pred_style)
        if preds is not None and isinstance(preds, dict) and name in preds:
            symmetric = bool(getattr(preds[name], "symmetric", False))
        else:
            symmetric = name in _SYMMETRIC_FALLBACK
        pred_style[name] = {"predicate": name, "label": _label_of(preds, name) or name,
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
        known = {a.get("predicate") for *_, a in edges}
        vocab = _vocabulary()
        known |= set(_names(getattr(vocab, "predicates", None)))
        for name in relations:
            if name not in known:
                raise QueryError(f"no relation {name!r}", hint=_hint(name, known) or
                                 f"known relations: {', '.join(sorted(k for k in known if k))}")
        wanted = set(relations)
        edges = [e for e in edges if e[3].get("predicate") in wanted]
        filtered = True
    place_nodes: set = set()
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
# Layout: force-directed per component (numpy), components packed in shelves
# ---------------------------------------------------------------------------------

EXACT_LIMIT = 500   # components up to this size get exact all-pairs repulsion
NEAREST = 0.8      # median distance to the nearest node after scaling, in ideal edge lengths
COARSE = 12         # far field of bigger ones: a COARSE x COARSE grid of cell centroids


def _repulse_exact(pos, k):
    import numpy as np
    delta = pos[:, None, :] - pos[None, :, :]
    d2 = np.einsum("ijk,ijk->ij", delta, delta)
    np.fill_diagonal(d2, np.inf)
    np.maximum(d2, 1e-4, out=d2)
    return np.einsum("ij,ijk->ik", (k * k) / d2, delta)


def _repulse_grid(pos, k):
    """Fruchterman-Reingold grid variant: repulsion only between nodes closer than k (near field)."""
    import numpy as np
    n = len(pos)
    cell = 1.0 * k
    cx = np.floor(pos[:, 0] / cell).astype(np.int64)
    cy = np.floor(pos[:, 1] / cell).astype(np.int64)
    cx -= cx.min() - 1
    cy -= cy.min() - 1
    height = int(cy.max()) + 2
    key = cx * height + cy
    order = np.argsort(key, kind="stable")
    ukeys, starts, counts = np.unique(key[order], return_index=True, return_counts=True)
    disp = np.zeros_like(pos)
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        if dx == 0 and dy == 0:
            a = b = np.arange(len(ukeys))
        else:
            target = ukeys + dx * height + dy
            found = np.searchsorted(ukeys, target)
            found[found >= len(ukeys)] = 0
            ok = ukeys[found] == target
            a, b = np.nonzero(ok)[0], found[ok]
        if not len(a):
            continue
        ca, cb = counts[a], counts[b]
        sizes = ca * cb
        total = int(sizes.sum())
        owner = np.repeat(np.arange(len(a)), sizes)
        local = np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        i = order[starts[a][owner] + local // cb[owner]]
        j = order[starts[b][owner] + local % cb[owner]]
        if dx == 0 and dy == 0:
            keep = i < j
            i, j = i[keep], j[keep]
        delta = pos[i] - pos[j]
        d2 = np.maximum(np.einsum("ij,ij->i", delta, delta), 1e-4)
        near = d2 < cell * cell
        f = ((k * k) / d2 * near)[:, None] * delta
        for axis in (0, 1):
            disp[:, axis] += np.bincount(i, f[:, axis], n) - np.bincount(j, f[:, axis], n)
    return disp


def _repulse_far(pos, k, coarse=COARSE, chunk=2048):
    """Far-field repulsion from the mass centroids of a coarse grid, softened by the cell size."""
    import numpy as np
    lo = pos.min(axis=0)
    size = float((pos.max(axis=0) - lo).max()) / coarse + 1e-9
    cell = np.minimum(((pos - lo) / size).astype(np.int64), coarse - 1)
    key = cell[:, 0] * coarse + cell[:, 1]
    mass = np.bincount(key, minlength=coarse * coarse).astype(float)
    full = mass > 0
    centre = np.stack([np.bincount(key, pos[:, a], coarse * coarse)[full] / mass[full] for a in (0, 1)], axis=1)
    mass = mass[full]
    disp = np.empty_like(pos)
    soft = size * size
    for start in range(0, len(pos), chunk):
        delta = pos[start:start + chunk, None, :] - centre[None, :, :]
        d2 = np.einsum("ijk,ijk->ij", delta, delta) + soft
        disp[start:start + chunk] = np.einsum("ij,ijk->ik", (k * k) * mass / d2, delta)
    return disp


def _force_layout(n, ei, ej, rng, iterations=None):
    """Fruchterman-Reingold positions for one connected component, ideal edge length 1."""
    import numpy as np
    k = 1.0
    if iterations is None:
        iterations = 120 if n <= 300 else 80 if n <= EXACT_LIMIT else 50 if n <= 5000 else 40
    side = math.sqrt(n) * k
    pos = rng.uniform(-0.5, 0.5, (n, 2)) * side
    if n <= EXACT_LIMIT:
        repulse = _repulse_exact
    else:
        def repulse(p, k):
            return _repulse_far(p, k) + _repulse_grid(p, k)
    t = 0.1 * side + 1.0
    cooling = t / (iterations + 1)
    for _ in range(iterations):
        disp = repulse(pos, k)
        delta = pos[ei] - pos[ej]
        dist = np.sqrt(np.einsum("ij,ij->i", delta, delta)) + 1e-9
        f = (dist / k)[:, None] * delta
        for axis in (0, 1):
            disp[:, axis] += np.bincount(ej, f[:, axis], n) - np.bincount(ei, f[:, axis], n)
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp)) + 1e-9
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t = max(t - cooling, 0.02)
    # Scale so that a typical node's nearest neighbour is NEAREST units away (labels need room).
    sample = pos[rng.choice(n, min(n, 256), replace=False)]
    d2 = np.einsum("ijk,ijk->ij", sample[:, None, :] - pos[None, :, :], sample[:, None, :] - pos[None, :, :])
    d2.sort(axis=1)
    nearest = float(np.median(np.sqrt(d2[:, 1]))) if n > 1 else 1.0
    return pos * (NEAREST / nearest) if nearest > 0 else pos


def layout(nodes: list, pairs: Iterable[tuple], seed: int = 7, spacing: float = SPACING) -> dict:
    """Positions in pixels for ``nodes``: a force layout per connected component, packed in rows.

    Parameters
    ----------
    nodes : list of hashable
    pairs : iterable of (u, v) edges between them (direction, loops and repeats ignored)
    seed : random seed; the same input gives the same positions
    spacing : pixels per unit of ideal edge length

    Examples
    --------
    >>> pos = layout(["a", "b", "c"], [("a", "b")])
    >>> sorted(pos) == ["a", "b", "c"] and all(isinstance(v, int) for p in pos.values() for v in p)
    True
    >>> (ax, ay), (bx, by) = pos["a"], pos["b"]
    >>> 0.5 * SPACING < math.dist((ax, ay), (bx, by)) < 2 * SPACING
    True
    """
    import numpy as np
    rng = np.random.default_rng(seed)
    index = {n: i for i, n in enumerate(nodes)}
    simple = nx.Graph()
    simple.add_nodes_from(range(len(nodes)))
    simple.add_edges_from((index[u], index[v]) for u, v in pairs if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for comp in components:
        if len(comp) == 1:
            boxes.append((comp, np.zeros((1, 2))))
            continue
        local = {g: i for i, g in enumerate(comp)}
        sub = simple.subgraph(comp).edges()
        ei = np.fromiter((local[u] for u, _ in sub), dtype=np.int64, count=len(sub))
        ej = np.fromiter((local[v] for _, v in sub), dtype=np.int64, count=len(sub))
        boxes.append((comp, _force_layout(len(comp), ei, ej, rng)))
    # Shelf packing: biggest components first, rows no wider than a square's side.
    margin = 1.0
    area = sum((np.ptp(p[:, 0]) + 2 * margin) * (np.ptp(p[:, 1]) + 2 * margin) for _, p in boxes)
    row_width = max([math.sqrt(area) * 1.2] + [np.ptp(p[:, 0]) + 2 * margin for _, p in boxes])
    out = np.zeros((len(nodes), 2))
    x = y = row_height = 0.0
    for comp, p in boxes:
        w, h = np.ptp(p[:, 0]) + 2 * margin, np.ptp(p[:, 1]) + 2 * margin
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out[comp] = p - p.min(axis=0) + (x + margin, y + margin)
        x += w
        row_height = max(row_height, h)
    if len(nodes):
        out -= (out.max(axis=0) + out.min(axis=0)) / 2
    return {n: (int(round(out[i, 0] * spacing)), int(round(out[i, 1] * spacing))) for n, i in index.items()}


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
    place : keep relations in this place or any place located in it, and its entities
    focus : keep the neighbourhood of the entity with this label (or alias), ``depth`` hops
    max_nodes : above this many entities keep the most connected ones; ``omitted`` says
        how many entities and relations were left out (None when nothing was)
    positions : compute ``x``/``y`` for every node (a force layout; physics stays off)

    Returns
    -------
    dict with ``nodes`` and ``edges`` (vis-network items carrying their source attributes),
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
                          "degree": d, "group": group, "size": _SIZES[d] if d < len(_SIZES) else 44.0})

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
            "smooth": smooth})

    if positions:
        pos = layout(node_ids, [(u, v) for u, v, *_ in edges])
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
        "omitted": omitted,
    }


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


def _vis_library() -> str:
    text = VIS_JS.read_text(encoding="utf-8")
    if re.search(r"</script|<!--", text, re.IGNORECASE):  # would end the inline <script> early
        raise RuntimeError(f"{VIS_JS} cannot be inlined: it contains '</script' or '<!--'")
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
        parts = {"TITLE": html.escape(title), "VIS": _vis_library(), "DATA": _script_json(data),
                 "APP": _APP_JS, "CSS": _CSS}
    return re.sub(r"@@(TITLE|VIS|DATA|APP|CSS)@@", lambda m: parts[m.group(1)], _TEMPLATE)


class Page:
    """A rendered network page: ``html`` text, the ``data`` behind it, ``save(path)``.

    Displays inline in Jupyter (an iframe holding the page).
    """

    def __init__(self, html_text: str, data: dict):
        self.html = html_text
        self.data = data

    def save(self, path) -> Path:
        """Write the page as UTF-8 (whatever the platform encoding) and return its path."""
        path = Path(path)
        try:
            path.write_bytes(self.html.encode("utf-8"))
        except OSError as exc:
            raise GovgraphError(f"cannot write {path}: {exc.strerror or exc}") from None
        return path

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


_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222}
#app{display:flex;height:100vh}
#side{width:340px;min-width:260px;overflow:auto;border-right:1px solid #ddd;padding:10px 12px;background:#fafafa}
#net{flex:1;position:relative;min-width:0}
h1{font-size:16px;margin:0 0 6px}
h2{font-size:13px;margin:12px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:#555}
#stats{color:#555;font-size:12px}
#omitted{background:#fff4d6;border:1px solid #e6c35c;padding:6px;margin:6px 0;font-size:12px}
#omitted:empty{display:none}
input[type=search],select{width:100%;padding:4px 6px;font:inherit}
#matches{list-style:none;margin:2px 0;padding:0;max-height:180px;overflow:auto}
#matches li{padding:2px 4px;cursor:pointer}
#matches li:hover{background:#e8eefc}
.legend-row{display:flex;align-items:center;gap:6px;margin:2px 0}
.glyph{width:18px;text-align:center;font-size:15px}
.line{display:inline-block;width:28px;height:0;border-top-width:3px;border-top-style:solid}
.muted{color:#777;font-size:12px}
#details dl{margin:0}
#details dt{font-weight:600;margin-top:4px}
#details dd{margin:0 0 0 8px;word-break:break-word}
blockquote{margin:4px 0;padding:4px 8px;border-left:3px solid #999;background:#fff}
button{font:inherit}
.vis-tooltip{position:absolute;visibility:hidden;padding:4px 6px;white-space:pre-wrap;max-width:360px;
  background:#fffde8;border:1px solid #bbb;border-radius:3px;font-size:12px;pointer-events:none;z-index:5}
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>@@CSS@@</style>
</head>
<body>
<div id="app">
<aside id="side">
<h1>@@TITLE@@</h1>
<div id="stats"></div>
<div id="omitted"></div>
<h2>Search</h2>
<input id="search" type="search" placeholder="entity label or alias" autocomplete="off">
<ul id="matches"></ul>
<h2>Place</h2>
<select id="place"><option value="">all places</option></select>
<h2>Relations</h2>
<div id="predicates"></div>
<h2>Entities</h2>
<div id="types"></div>
<div id="levels"></div>
<h2>Selected</h2>
<div id="details"><p class="muted">Click an entity or a relation.</p></div>
<p><button id="reset" type="button">Reset view</button></p>
</aside>
<main id="net"></main>
</div>
<script>@@VIS@@</script>
<script type="application/json" id="govgraph-data">@@DATA@@</script>
<script>@@APP@@</script>
</body>
</html>
"""

_APP_JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("govgraph-data").textContent);
  var byId = new Map(), edgeById = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var big = data.edges.length > 3000 || data.nodes.length > 2000;

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function clear(x) { while (x.firstChild) x.removeChild(x.firstChild); }

  function fontSize(n) { return Math.round(Math.min(15 + 3 * Math.sqrt(n.degree), 40)); }  // hubs legible from afar
  var visNodes = data.nodes.map(function (n) {
    var item = Object.assign({}, n);
    item.font = {size: fontSize(n)};
    item.title = n.name + "\n" + n.type + (n.place ? " · " + n.place : "") + " · degree " + n.degree;
    return item;
  });
  var edgeStyle = new Map(data.legend.predicates.map(function (p) { return [p.predicate, p]; }));
  var visEdges = data.edges.map(function (e) {
    var style = edgeStyle.get(e.predicate);
    var item = Object.assign({color: style.color, dashes: style.dashes, arrows: style.directed ? "to" : ""}, e);
    var ev = e.evidence && e.evidence.length ? e.evidence[0].quote : "";
    item.title = e.predicate + (e.count !== null ? " ×" + e.count + (e.approx ? "+" : "") : "") + (ev ? "\n" + ev : "");
    return item;
  });
  var nodesDS = new vis.DataSet(visNodes), edgesDS = new vis.DataSet(visEdges);
  var state = {predicates: new Set(data.legend.predicates.map(function (p) { return p.predicate; })),
               place: "", shownNodes: null, shownEdges: null, highlighted: null};
  var nodesView = new vis.DataView(nodesDS, {filter: function (n) { return !state.shownNodes || state.shownNodes.has(n.id); }});
  var edgesView = new vis.DataView(edgesDS, {filter: function (e) { return !state.shownEdges || state.shownEdges.has(e.id); }});
  var options = {
    autoResize: true,
    physics: false,
    layout: {improvedLayout: false},
    groups: data.groups,
    interaction: {hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false},
    nodes: {font: {size: 16, color: "#222", strokeWidth: 3, strokeColor: "#ffffff",
                   face: 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'},
            scaling: {label: {drawThreshold: 6}}},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 1, arrowStrikethrough: false,
            arrows: {to: {scaleFactor: 0.6}}}
  };
  var container = document.getElementById("net");
  var network = new vis.Network(container, {nodes: nodesView, edges: edgesView}, options);

  // ----- places: the chosen place and everything located in it -----
  var children = new Map();
  data.places.forEach(function (p) {
    p.within.forEach(function (up) {
      if (!children.has(up)) children.set(up, []);
      children.get(up).push(p.name);
    });
  });
  function inside(place) {
    var seen = new Set([place]), todo = [place];
    while (todo.length) {
      (children.get(todo.pop()) || []).forEach(function (c) { if (!seen.has(c)) { seen.add(c); todo.push(c); } });
    }
    return seen;
  }
  function isPlaceNode(n) { return n.type === "Place"; }
  function nodeIn(n, places) { return places.has(n.place) || (isPlaceNode(n) && places.has(n.name)); }

  function refilter() {
    unhighlight();
    var everything = state.predicates.size === data.legend.predicates.length && !state.place;
    if (everything) {
      state.shownNodes = null; state.shownEdges = null;
    } else {
      var places = state.place ? inside(state.place) : null;
      var ns = new Set(), es = new Set();
      data.edges.forEach(function (e) {
        if (!state.predicates.has(e.predicate)) return;
        if (places && !(places.has(e.place) || nodeIn(byId.get(e.from), places) || nodeIn(byId.get(e.to), places))) return;
        es.add(e.id); ns.add(e.from); ns.add(e.to);
      });
      if (places) data.nodes.forEach(function (n) { if (nodeIn(n, places)) ns.add(n.id); });
      state.shownNodes = ns; state.shownEdges = es;
    }
    nodesView.refresh(); edgesView.refresh();
    showStats();
  }
  function showStats() {
    document.getElementById("stats").textContent =
      nodesView.length + " entities · " + edgesView.length + " relations shown";
  }

  // ----- neighbourhood highlight: dim what is not next to the chosen node -----
  var dimmedNodes = [], dimmedEdges = [];
  var DIM_NODE = {background: "#eeeeee", border: "#dddddd", highlight: {background: "#eeeeee", border: "#dddddd"}};
  function unhighlight() {
    if (!state.highlighted) return;
    state.highlighted = null;
    nodesDS.update(dimmedNodes.map(function (id) {
      var n = byId.get(id);
      return {id: id, color: data.groups[n.group].color, font: {color: "#222", size: fontSize(n)}};
    }));
    edgesDS.update(dimmedEdges.map(function (id) { return {id: id, color: edgeStyle.get(edgeById.get(id).predicate).color}; }));
    dimmedNodes = []; dimmedEdges = [];
  }
  function highlight(id) {
    unhighlight();
    var near = new Set(network.getConnectedNodes(id)); near.add(id);
    var edgesNear = new Set(network.getConnectedEdges(id));
    state.highlighted = id;
    dimmedNodes = nodesView.getIds().filter(function (n) { return !near.has(n); });
    nodesDS.update(dimmedNodes.map(function (id) {
      return {id: id, color: DIM_NODE, font: {color: "#bbbbbb", size: fontSize(byId.get(id))}};
    }));
    if (edgesView.length <= 5000) {
      dimmedEdges = edgesView.getIds().filter(function (e) { return !edgesNear.has(e); });
      edgesDS.update(dimmedEdges.map(function (e) { return {id: e, color: "#eeeeee"}; }));
    }
  }

  // ----- side panel, always textContent -----
  var details = document.getElementById("details");
  function row(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", Array.isArray(value) ? value.join("、") : value));
  }
  function showNode(id) {
    var n = byId.get(id); if (!n) return false;
    clear(details);
    details.appendChild(el("h3", n.name));
    var dl = el("dl");
    row(dl, "type", n.type); row(dl, "level", n.level); row(dl, "place", n.place);
    row(dl, "aliases", n.aliases); row(dl, "documents", n.documents); row(dl, "relations", n.degree);
    details.appendChild(dl);
    return true;
  }
  function endpoint(id) { var n = byId.get(id); return n ? n.name + (n.place ? "（" + n.place + "）" : "") : String(id); }
  function showEdge(id) {
    var e = edgeById.get(id); if (!e) return false;
    clear(details);
    details.appendChild(el("h3", endpoint(e.from) + (edgeStyle.get(e.predicate).directed ? " → " : " ↔ ") + endpoint(e.to)));
    var dl = el("dl");
    row(dl, "relation", e.predicate);
    if (e.count !== null) row(dl, "count", (e.approx ? "about " : "") + e.count);
    row(dl, "role", e.role); row(dl, "place", e.place);
    details.appendChild(dl);
    e.evidence.forEach(function (ev) {
      details.appendChild(el("blockquote", ev.quote, "quote"));
      var where = ev.document + (ev.start !== null && ev.start !== undefined ? " @" + ev.start + "–" + ev.end : "") +
                  (ev.sentence !== null && ev.sentence !== undefined ? " · sentence " + ev.sentence : "");
      details.appendChild(el("div", where, "muted source"));
    });
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); highlight(params.nodes[0]); }
    else if (params.edges.length) { unhighlight(); showEdge(params.edges[0]); }
    else { unhighlight(); }
  });

  function selectNode(id) {
    if (!byId.has(id)) return false;
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    showNode(id); highlight(id);
    return true;
  }
  function selectEdge(id) {
    if (!edgeById.has(id)) return false;
    network.selectEdges([id]);
    unhighlight();
    return showEdge(id);
  }

  // ----- search -----
  var search = document.getElementById("search"), matches = document.getElementById("matches");
  function find(text) {
    var q = text.trim().toLowerCase(); if (!q) return [];
    var out = [];
    for (var i = 0; i < data.nodes.length && out.length < 20; i++) {
      var n = data.nodes[i];
      if (state.shownNodes && !state.shownNodes.has(n.id)) continue;
      if (n.name.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) out.push(n);
    }
    return out;
  }
  search.addEventListener("input", function () {
    clear(matches);
    find(search.value).forEach(function (n) {
      var li = el("li", n.name + (n.place ? "（" + n.place + "）" : ""));
      li.addEventListener("click", function () { selectNode(n.id); });
      matches.appendChild(li);
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hit = find(search.value)[0]; if (hit) selectNode(hit.id); }
  });

  // ----- legend and filters -----
  var predBox = document.getElementById("predicates");
  data.legend.predicates.forEach(function (p) {
    var label = el("label", null, "legend-row");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = p.predicate;
    box.addEventListener("change", function () {
      if (box.checked) state.predicates.add(p.predicate); else state.predicates.delete(p.predicate);
      refilter();
    });
    var line = el("span", null, "line");
    line.style.borderTopColor = p.color;
    line.style.borderTopStyle = p.dashes ? "dashed" : "solid";
    label.appendChild(box); label.appendChild(line);
    label.appendChild(el("span", p.label + (p.label !== p.predicate ? " " + p.predicate : "") + (p.directed ? " →" : " ↔")));
    predBox.appendChild(label);
  });
  var typeBox = document.getElementById("types");
  data.legend.types.forEach(function (t) {
    var r = el("div", null, "legend-row");
    var g = el("span", t.glyph, "glyph"); g.style.color = t.color;
    r.appendChild(g); r.appendChild(el("span", t.label + (t.label !== t.type ? " " + t.type : "")));
    typeBox.appendChild(r);
  });
  var levelBox = document.getElementById("levels");
  data.legend.levels.forEach(function (lv) { levelBox.appendChild(el("div", lv.level + ": " + lv.label, "muted")); });
  var placeSel = document.getElementById("place");
  data.places.forEach(function (p) { var o = el("option", p.name); o.value = p.name; placeSel.appendChild(o); });
  placeSel.addEventListener("change", function () { state.place = placeSel.value; refilter(); });
  if (data.omitted) document.getElementById("omitted").textContent = data.omitted.note;
  document.getElementById("reset").addEventListener("click", function () {
    unhighlight(); network.unselectAll(); network.fit({animation: false});
  });
  showStats();
  network.fit({animation: false});

  var api = {
    network: network, data: data, ready: false, drawnAt: null,
    counts: function () { return {nodes: nodesView.length, edges: edgesView.length}; },
    selectNode: selectNode, selectEdge: selectEdge, find: function (t) { return find(t).map(function (n) { return n.id; }); },
    setPlace: function (p) { placeSel.value = p; state.place = p; refilter(); return api.counts(); },
    setPredicates: function (list) { state.predicates = new Set(list); 
      predBox.querySelectorAll("input").forEach(function (b) { b.checked = state.predicates.has(b.value); });
      refilter(); return api.counts(); },
    details: function () { return details.textContent; },
    dimmed: function () { return dimmedNodes.length; }
  };
  window.govgraph = api;
  network.once("afterDrawing", function () {
    api.ready = true; api.drawnAt = performance.now(); api.setupMs = api.drawnAt - t0;
  });
  network.redraw();
})();
"""
