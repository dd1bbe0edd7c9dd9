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

import math
from collections.abc import Iterable, Sequence

import networkx as nx

#: Nodes placed by the spring layout itself; it costs O(n²) memory and time per step.
CORE_SIZE = 300
#: Pixels between neighbouring nodes in the final drawing.
SPACING = 90.0


def compute_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Pixel positions for ``nodes``, keyed by node id."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((s, t) for s, t in edges if s != t)
    pos: dict[str, tuple[float, float]] = {}
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    if not components:
        return pos
    main = graph.subgraph(components[0])
    pos.update(_place_component(main, seed))
    # pack the other components in rows under the main one
    min_x = min(x for x, _ in pos.values())
    max_x = max(x for x, _ in pos.values())
    cursor_x, cursor_y = min_x, max(y for _, y in pos.values()) + 2 * SPACING
    row_height = 0.0
    width = max(max_x - min_x, 12 * SPACING)
    for component in components[1:]:
        local = _place_component(graph.subgraph(component), seed)
        xs = [x for x, _ in local.values()]
        ys = [y for _, y in local.values()]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if cursor_x + w > min_x + width:
            cursor_x, cursor_y = min_x, cursor_y + row_height + SPACING
            row_height = 0.0
        for node, (x, y) in local.items():
            pos[node] = (cursor_x + x - min(xs), cursor_y + y - min(ys))
        cursor_x += w + SPACING
        row_height = max(row_height, h)
    return pos


def _place_component(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    ranked = sorted(graph.nodes, key=lambda v: (-graph.degree(v), v))
    core = ranked[:CORE_SIZE]
    core_graph = graph.subgraph(core)
    raw = nx.spring_layout(core_graph, seed=seed, iterations=80)
    # spring_layout fits [-1, 1]; spread so nodes stand about SPACING apart
    scale = SPACING * math.sqrt(len(core)) * 0.9
    pos = {v: (float(raw[v][0]) * scale, float(raw[v][1]) * scale) for v in core}
    _attach_rest(graph, pos)
    return pos


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
            # leaves point away from the centre so rings do not overlap the core
            away = math.atan2(py, px) if (px, py) != (0.0, 0.0) else 0.0
            per_ring = 10
            for index, kid in enumerate(kids):
                ring, slot = divmod(index, per_ring)
                count = min(per_ring, len(kids) - ring * per_ring)
                spread = math.pi * 1.6 if len(kids) > 3 else math.pi * 0.8
                angle = away + (slot - (count - 1) / 2) * (spread / max(count, 1))
                radius = SPACING * (0.9 + 0.6 * ring)
                pos[kid] = (px + radius * math.cos(angle), py + radius * math.sin(angle))
                frontier.append(kid)
