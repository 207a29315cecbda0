"""Stage 4, render: node positions for the network page, a force layout per component (numpy), packed in rows.

Computed in Python so that the page opens with physics off and draws at once. Small
components get exact Fruchterman-Reingold repulsion; big ones a far field from the
centroids of a coarse grid plus exact repulsion between close nodes, so each
iteration costs O(n) rather than O(n^2).
"""
from __future__ import annotations

import math
from typing import Iterable

import networkx as nx
import numpy as np

SPACING = 110       # pixels per layout unit
EXACT_LIMIT = 200   # components up to this size get exact all-pairs repulsion
NEAREST = 0.8       # median distance to the nearest node after scaling, in ideal edge lengths
ASPECT = 1.5        # width : height the packed components aim for
COARSE = 12         # far field of bigger ones: a COARSE x COARSE grid of cell centroids


def _repulse_exact(pos, k):
    """All-pairs Fruchterman-Reingold repulsion k^2/d."""
    dx = pos[:, 0, None] - pos[:, 0]
    dy = pos[:, 1, None] - pos[:, 1]
    d2 = dx * dx + dy * dy
    np.fill_diagonal(d2, np.inf)
    w = (k * k) / np.maximum(d2, 1e-4)
    return np.stack([(w * dx).sum(axis=1), (w * dy).sum(axis=1)], axis=1)


def _repulse_grid(pos, k):
    """Fruchterman-Reingold grid variant: repulsion only between nodes closer than k (near field)."""
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
    cx, cy = centre[:, 0].astype(np.float32), centre[:, 1].astype(np.float32)
    weight = ((k * k) * mass).astype(np.float32)
    for start in range(0, len(pos), chunk):
        dx = pos[start:start + chunk, 0, None].astype(np.float32) - cx
        dy = pos[start:start + chunk, 1, None].astype(np.float32) - cy
        w = weight / (dx * dx + dy * dy + soft)
        disp[start:start + chunk, 0] = (w * dx).sum(axis=1)
        disp[start:start + chunk, 1] = (w * dy).sum(axis=1)
    return disp


def _force_layout(n, ei, ej, rng, iterations=None):
    """Fruchterman-Reingold positions for one connected component, ideal edge length 1."""
    k = 1.0
    if iterations is None:
        iterations = 120 if n <= EXACT_LIMIT else 60 if n <= 5000 else 40
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


def _shelves(sizes, row_width):
    """Top-left corners of boxes (w, h) placed left to right in rows no wider than ``row_width``."""
    corners, x, y, row_height = [], 0.0, 0.0, 0.0
    for w, h in sizes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        corners.append((x, y))
        x += w
        row_height = max(row_height, h)
    return corners


def _pack(parts):
    """Place component layouts (biggest first) in shelves; the row width that best fills a screen."""
    margins = [0.45 if len(p) == 1 else 0.6 for p in parts]
    sizes = [(np.ptp(p[:, 0]) + 2 * m, np.ptp(p[:, 1]) + 2 * m) for p, m in zip(parts, margins)]
    if not sizes:
        return []
    area = sum(w * h for w, h in sizes)
    widest = max(w for w, _ in sizes)
    best = None
    for factor in np.linspace(0.5, 2.5, 21):
        corners = _shelves(sizes, max(widest, math.sqrt(area * ASPECT) * factor))
        width = max(x + w for (x, _), (w, _) in zip(corners, sizes))
        height = max(y + h for (_, y), (_, h) in zip(corners, sizes))
        extent = max(width / ASPECT, height)  # what a screen of that aspect must show
        if best is None or extent < best[0] - 1e-9:
            best = (extent, corners)
    return [p - p.min(axis=0) + (x + m, y + m) for p, m, (x, y) in zip(parts, margins, best[1])]


def node_positions(nodes: list, pairs: Iterable[tuple], seed: int = 7, spacing: float = SPACING) -> dict:
    """Positions in pixels for ``nodes``: a force layout per connected component, packed in rows.

    Parameters
    ----------
    nodes : list of hashable
    pairs : iterable of (u, v) edges between them (direction, loops and repeats ignored)
    seed : random seed; the same input gives the same positions
    spacing : pixels per unit of ideal edge length

    Examples
    --------
    >>> pos = node_positions(["a", "b", "c"], [("a", "b")])
    >>> sorted(pos) == ["a", "b", "c"] and all(isinstance(v, int) for p in pos.values() for v in p)
    True
    >>> (ax, ay), (bx, by) = pos["a"], pos["b"]
    >>> 0.5 * SPACING < math.dist((ax, ay), (bx, by)) < 2 * SPACING
    True
    """
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
    out = np.zeros((len(nodes), 2))
    for comp, offset in zip((c for c, _ in boxes), _pack([p for _, p in boxes])):
        out[comp] = offset
    if len(nodes):
        out -= (out.max(axis=0) + out.min(axis=0)) / 2
    return {n: (int(round(out[i, 0] * spacing)), int(round(out[i, 1] * spacing))) for n, i in index.items()}
