"""A big map's layout, computed before the page opens.

In the browser vis-network's physics needs tens of milliseconds per step for a few hundred
actors on a busy machine and never settles a 2,000-actor map within its time budget.  Above
:data:`PRECOMPUTED_ABOVE` actors the map therefore carries positions from igraph's grid
Fruchterman-Reingold (C, about half a second for 2,000 actors), and the page draws them with
physics off.  Same nodes and edges, same positions: the start and igraph's generator are seeded.
"""
from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence

__all__ = ["PRECOMPUTED_ABOVE", "SPACING", "layout_positions"]

#: Maps with more actors than this are laid out here rather than by the browser's physics.
PRECOMPUTED_ABOVE = 300
#: Side of the layout's square, in map pixels, per square root of the number of actors.
SPACING = 70.0
_ITERATIONS = 500
_SPREAD = 0.55
_GAP = 60.0  # between packed parts, in map pixels


def _fr(g, seed: int) -> list[tuple[float, float]]:
    """Grid Fruchterman-Reingold of one connected igraph graph, scaled to map pixels, top-left at 0."""
    if g.vcount() == 1:
        return [(0.0, 0.0)]
    import igraph

    rng = random.Random(seed)
    side = math.sqrt(g.vcount())
    start = [[rng.uniform(-side, side), rng.uniform(-side, side)] for _ in range(g.vcount())]
    igraph.set_random_number_generator(rng)  # igraph's layout draws from it too: seeded, then given back
    try:
        coords = _spread(g.layout_fruchterman_reingold(seed=start, niter=_ITERATIONS, grid="auto").coords)
    finally:
        igraph.set_random_number_generator(random)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    scale = SPACING * side / (max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0)
    return [((x - min(xs)) * scale, (y - min(ys)) * scale) for x, y in coords]


def _spread(coords: list[list[float]]) -> list[tuple[float, float]]:
    """Open up the crowded middle: each point's distance from the centre r becomes R * (r / R) ** _SPREAD
    (R the farthest), so hubs and their neighbours stop piling up while the order around stays."""
    cx = sum(c[0] for c in coords) / len(coords)
    cy = sum(c[1] for c in coords) / len(coords)
    far = max(math.hypot(x - cx, y - cy) for x, y in coords) or 1.0
    out = []
    for x, y in coords:
        r = math.hypot(x - cx, y - cy)
        k = (r / far) ** _SPREAD * far / r if r else 0.0
        out.append((cx + (x - cx) * k, cy + (y - cy) * k))
    return out


def _shelves(boxes: list[tuple[float, float]], width: float, top: float) -> list[tuple[float, float]]:
    """Top-left corners packing boxes (w, h) in rows of at most ``width``, from ``top`` down."""
    corners, x, y, row = [], 0.0, top, 0.0
    for w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + _GAP, 0.0
        corners.append((x, y))
        x, row = x + w + _GAP, max(row, h)
    return corners


def layout_positions(nodes: Sequence[str], edges: Iterable[tuple[str, str]], seed: int = 7
                     ) -> dict[str, tuple[int, int]]:
    """``{node: (x, y)}`` in map pixels for ``nodes`` joined by ``edges`` (pairs of node ids; direction
    and repeats ignored): connected actors pulled together, all pushed apart.  The largest connected
    part is drawn on top, the smaller ones and lone actors packed in rows beneath it."""
    import igraph

    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[a], index[b]))) for a, b in edges if a != b})
    g = igraph.Graph(n=len(nodes), edges=pairs)
    parts = sorted((sorted(c) for c in g.connected_components()), key=lambda c: (-len(c), c[0]))
    laid = [_fr(g.induced_subgraph(c), seed) for c in parts]
    sizes = [(max(x for x, _ in xy), max(y for _, y in xy)) for xy in laid]
    if not parts:
        return {}
    width = max(sizes[0][0], SPACING * 8)
    corners = [(0.0, 0.0)] + _shelves(sizes[1:], width, sizes[0][1] + 2 * _GAP)
    out = {}
    for part, xy, (cx, cy) in zip(parts, laid, corners):
        for i, (x, y) in zip(part, xy):
            out[nodes[i]] = (round(cx + x - width / 2), round(cy + y))
    return out
