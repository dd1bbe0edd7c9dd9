"""Node positions computed in Python, so a large page is usable the moment it opens.

vis-network's own physics needs seconds to minutes to settle a few thousand nodes.
Here networkx's spring layout places the best connected core (it is quadratic, so
the core is capped); every other node is then put beside its placed neighbour, a
hub's leaves on a ring around it, and components with no core node are packed in
rows below. The result is deterministic: the same graph gives the same picture.

>>> pos = compute_layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos)
['a', 'b', 'c']
>>> all(isinstance(v, float) for xy in pos.values() for v in xy)
True
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence

import networkx as nx

#: Nodes placed by the spring layout itself; it costs O(n²) memory and time per step.
CORE_SIZE = 450
#: Pixels between neighbouring nodes in the final drawing.
SPACING = 90.0
#: Closest two node centres may come after overlap removal.
MIN_GAP = 60.0


def compute_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Pixel positions for ``nodes``, keyed by node id; components with no edge
    between them are packed in rows.

    >>> pos = compute_layout(["a", "b", "lonely"], [("a", "b")])
    >>> pos["lonely"][1] > max(pos["a"][1], pos["b"][1])
    True
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((s, t) for s, t in edges if s != t)
    pos: dict[str, tuple[float, float]] = {}
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    if not components:
        return pos
    pos.update(_place_component(graph.subgraph(components[0]), seed))
    if len(components) == 1:
        return pos
    # the other components, laid out one by one, packed in rows below the main one;
    # rows are about as wide as the block is tall, so the whole picture stays compact
    pieces = []
    area = 0.0
    for component in components[1:]:
        local = _place_component(graph.subgraph(component), seed)
        x0 = min(x for x, _ in local.values())
        y0 = min(y for _, y in local.values())
        local = {v: (x - x0, y - y0) for v, (x, y) in local.items()}
        w = max(x for x, _ in local.values())
        h = max(y for _, y in local.values())
        pieces.append((local, w, h))
        area += (w + SPACING) * (h + SPACING)
    min_x = min(x for x, _ in pos.values())
    max_x = max(x for x, _ in pos.values())
    width = max(max_x - min_x, math.sqrt(area) * 1.3)
    left = (min_x + max_x - width) / 2
    cursor_x, cursor_y = left, max(y for _, y in pos.values()) + 2 * SPACING
    row_height = 0.0
    for local, w, h in pieces:
        if cursor_x > left and cursor_x + w > left + width:
            cursor_x, cursor_y = left, cursor_y + row_height + SPACING
            row_height = 0.0
        for node, (x, y) in local.items():
            pos[node] = (cursor_x + x, cursor_y + y)
        cursor_x += w + SPACING
        row_height = max(row_height, h)
    return pos


def main_component(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> set[str]:
    """The largest connected component (ties: the one with the smallest id).

    >>> sorted(main_component(["a", "b", "c"], [("a", "b")]))
    ['a', 'b']
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    components: list[set[str]] = list(nx.connected_components(graph))
    if not components:
        return set()
    return min(components, key=lambda c: (-len(c), min(c)))


def _place_component(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    core = _core(graph)
    raw = nx.spring_layout(graph.subgraph(core), seed=seed, iterations=60)
    # spring_layout fits [-1, 1]; leave room between core nodes for the whole component
    scale = SPACING * math.sqrt(n) * 0.6
    pos = {v: (float(raw[v][0]) * scale, float(raw[v][1]) * scale) for v in core}
    _attach_rest(graph, pos)
    _remove_overlaps(pos)
    return pos


def _remove_overlaps(pos: dict[str, tuple[float, float]], iterations: int = 5) -> None:
    """Push apart nodes closer than MIN_GAP, a few rounds, using a grid so each round
    is linear in the node count (spring layouts clump hubs' leaves together)."""
    gap = MIN_GAP
    keys = sorted(pos)
    xy = [list(pos[k]) for k in keys]
    for _ in range(iterations):
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (x, y) in enumerate(xy):
            grid.setdefault((int(x // gap), int(y // gap)), []).append(i)
        moved = False
        for (cx, cy), members in grid.items():
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    others = grid.get((cx + dx, cy + dy))
                    if not others:
                        continue
                    for i in members:
                        for j in others:
                            if j <= i:
                                continue
                            ddx, ddy = xy[j][0] - xy[i][0], xy[j][1] - xy[i][1]
                            dist = math.hypot(ddx, ddy)
                            if dist >= gap:
                                continue
                            if dist < 1e-6:  # same spot: split them along a fixed axis
                                ddx, ddy, dist = float(j - i), 1.0, math.hypot(j - i, 1.0)
                            push = (gap - dist) / 2 / dist
                            xy[i][0] -= ddx * push
                            xy[i][1] -= ddy * push
                            xy[j][0] += ddx * push
                            xy[j][1] += ddy * push
                            moved = True
        if not moved:
            break
    for k, (x, y) in zip(keys, xy, strict=True):
        pos[k] = (x, y)


def _core(graph: nx.Graph) -> list[str]:
    """Up to CORE_SIZE nodes grown best-first from the biggest hub, so the core is
    connected (an unconnected core node would drift to the edge of the picture)."""
    start = min(graph.nodes, key=lambda v: (-graph.degree(v), v))
    core = [start]
    seen = {start}
    heap = [(-graph.degree(v), v) for v in graph.neighbors(start)]
    heapq.heapify(heap)
    seen.update(v for _, v in heap)
    while heap and len(core) < CORE_SIZE:
        _, v = heapq.heappop(heap)
        core.append(v)
        for w in graph.neighbors(v):
            if w not in seen:
                seen.add(w)
                heapq.heappush(heap, (-graph.degree(w), w))
    return core


def _attach_rest(graph: nx.Graph, pos: dict[str, tuple[float, float]]) -> None:
    """Place unplaced nodes breadth-first on rings around their placed neighbour."""
    frontier = list(pos)
    while len(pos) < graph.number_of_nodes():
        children: dict[str, list[str]] = {}
        claimed: set[str] = set()
        for parent in frontier:
            for other in sorted(graph.neighbors(parent)):
                if other not in pos and other not in claimed:
                    claimed.add(other)
                    children.setdefault(parent, []).append(other)
        if not children:  # cannot happen in a connected component; guard anyway
            break
        frontier = []
        for parent, kids in children.items():
            px, py = pos[parent]
            # leaves fan out away from the centre, where there is room
            away = math.atan2(py, px) if (px, py) != (0.0, 0.0) else 0.0
            spread = min(2 * math.pi * 0.85, 0.5 * len(kids) + 0.6)
            radius = max(SPACING, 0.55 * SPACING * len(kids) / spread)
            for index, kid in enumerate(kids):
                angle = away + spread * ((index + 0.5) / len(kids) - 0.5)
                ring = radius * (1.0 + 0.25 * (index % 3)) if len(kids) > 12 else radius
                pos[kid] = (px + ring * math.cos(angle), py + ring * math.sin(angle))
                frontier.append(kid)
