"""Node positions computed in Python, so the page is readable the moment it opens.

The largest connected part is split into communities (networkx's Louvain, seeded);
each community is laid out on its own (a spring layout of its best connected core,
the other nodes on rings around their placed neighbour), and the communities are
then placed as discs by a spring layout of the community graph and pushed apart
until no two discs overlap. Smaller components are packed in rows below. Last,
nodes closer than their radii allow are pushed apart, so no node covers another.
The result is deterministic: the same graph gives the same picture.

>>> pos = compute_layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos)
['a', 'b', 'c']
>>> all(isinstance(v, float) for xy in pos.values() for v in xy)
True
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

#: Nodes of one community placed by the spring layout itself (O(n²) per step); the
#: rest go on rings around their placed neighbour.
CORE_SIZE = 120
#: Pixels between neighbouring nodes in the final drawing.
SPACING = 90.0
#: Radius assumed for a node when none is given.
DEFAULT_RADIUS = 15.0
#: Free pixels left between two nodes' edges after overlap removal.
PAD = 16.0
#: Communities smaller than this are not worth a disc of their own.
MIN_COMMUNITY = 8
#: Share of a community's nodes inside the disc kept clear of other communities.
EXTENT_SHARE = 0.8


def compute_layout(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    radius: Mapping[str, float] | None = None,
    seed: int = 7,
) -> dict[str, tuple[float, float]]:
    """Pixel positions for ``nodes``, keyed by node id; ``radius`` (pixels, per
    node) is what overlap removal keeps clear. Components with no edge between
    them are packed in rows below the largest.

    >>> pos = compute_layout(["a", "b", "lonely"], [("a", "b")])
    >>> pos["lonely"][1] > max(pos["a"][1], pos["b"][1])
    True
    >>> pos = compute_layout(["a", "b"], [("a", "b")], radius={"a": 50.0, "b": 50.0})
    >>> math.dist(pos["a"], pos["b"]) >= 100
    True
    """
    radius = radius or {}
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((s, t) for s, t in edges if s != t)
    pos: dict[str, tuple[float, float]] = {}
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    if not components:
        return pos
    pos.update(_place_communities(_induced(graph, components[0]), seed))
    _remove_overlaps(pos, radius)
    if len(components) > 1:
        _pack_below(graph, components[1:], pos, radius, seed)
    return pos


def _induced(graph: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph with nodes and edges in sorted order:
    networkx's subgraph views may iterate a set, whose order changes from one run
    to the next, and the layouts depend on the order.

    >>> g = nx.Graph([("b", "a"), ("c", "b")])
    >>> list(_induced(g, {"c", "b"}).nodes)
    ['b', 'c']
    """
    chosen = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(chosen))
    sub.add_edges_from(
        sorted(tuple(sorted((s, t))) for s, t in graph.edges(chosen) if s in chosen and t in chosen)
    )
    return sub


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


def _place_communities(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """The component as community discs, each laid out alone, kept apart."""
    n = graph.number_of_nodes()
    if n < 2 * MIN_COMMUNITY:
        return _place_component(graph, seed)
    found = nx.community.louvain_communities(graph, seed=seed, resolution=1.0)
    # tiny communities join the neighbouring community they have most edges to
    communities = sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))
    big = [c for c in communities if len(c) >= MIN_COMMUNITY] or communities[:1]
    owner = {v: i for i, c in enumerate(big) for v in c}
    for small in communities:
        if small <= owner.keys():
            continue
        for v in sorted(small, key=lambda v: (-graph.degree(v), v)):
            votes = [owner[w] for w in graph.neighbors(v) if w in owner]
            owner[v] = max(set(votes), key=lambda i: (votes.count(i), -i)) if votes else 0
    for v in sorted(graph.nodes):
        owner.setdefault(v, 0)
    members: dict[int, list[str]] = {}
    for v, i in owner.items():
        members.setdefault(i, []).append(v)
    if len(members) == 1:
        return _place_component(graph, seed)

    local: dict[int, dict[str, tuple[float, float]]] = {}
    extent: dict[int, float] = {}
    for i, vs in members.items():
        sub = _induced(graph, vs)
        placed: dict[str, tuple[float, float]] = {}
        parts = sorted(nx.connected_components(sub), key=lambda c: (-len(c), min(c)))
        offset = 0.0
        for part in parts:  # a community may fall apart once small ones moved in
            piece = _place_component(_induced(sub, part), seed)
            cx = sum(x for x, _ in piece.values()) / len(piece)
            cy = sum(y for _, y in piece.values()) / len(piece)
            if placed:
                # beside what is placed, on a ring around it
                offset += SPACING
                angle = offset / (SPACING * 3)
                reach = max(math.hypot(x, y) for x, y in placed.values()) + SPACING
                cx, cy = cx - reach * math.cos(angle), cy - reach * math.sin(angle)
            placed.update({v: (x - cx, y - cy) for v, (x, y) in piece.items()})
        local[i] = placed
        # a disc holds most of the community; its far leaves may reach into the gap
        # between discs (overlap removal keeps them off other nodes)
        spread = sorted(math.hypot(x, y) for x, y in placed.values())
        extent[i] = spread[int(EXTENT_SHARE * (len(spread) - 1))] + SPACING / 2

    # the community graph, edges weighted by the edges between communities
    meta = nx.Graph()
    meta.add_nodes_from(members)
    for s, t in graph.edges:
        a, b = owner[s], owner[t]
        if a != b:
            w = meta.get_edge_data(a, b, {"weight": 0})["weight"]
            meta.add_edge(a, b, weight=w + 1)
    raw = nx.spring_layout(meta, seed=seed, weight="weight", iterations=100)
    # start packed too tight; the discs are then pushed apart just enough
    scale = max(extent.values())
    centre = {i: (float(raw[i][0]) * scale, float(raw[i][1]) * scale) for i in members}
    _separate_discs(centre, extent)
    pos = {}
    for i, placed in local.items():
        cx, cy = centre[i]
        pos.update({v: (cx + x, cy + y) for v, (x, y) in placed.items()})
    return pos


def _separate_discs(
    centre: dict[int, tuple[float, float]], extent: Mapping[int, float], rounds: int = 300
) -> None:
    """Push discs apart until none overlaps another (few discs: pairwise is fine),
    then pull the whole picture in where that leaves no overlap."""
    keys = sorted(centre)
    xy = {k: list(centre[k]) for k in keys}
    for _ in range(rounds):
        moved = False
        for a_index, a in enumerate(keys):
            for b in keys[a_index + 1 :]:
                dx, dy = xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]
                dist = math.hypot(dx, dy)
                need = extent[a] + extent[b]
                if dist >= need:
                    continue
                if dist < 1e-6:
                    dx, dy, dist = 1.0, float(b - a), math.hypot(1.0, b - a)
                push = (need - dist) / 2 / dist
                xy[a][0] -= dx * push
                xy[a][1] -= dy * push
                xy[b][0] += dx * push
                xy[b][1] += dy * push
                moved = True
        if not moved:
            break
    for k in keys:
        centre[k] = (xy[k][0], xy[k][1])


def _pack_below(
    graph: nx.Graph,
    components: list[set[str]],
    pos: dict[str, tuple[float, float]],
    radius: Mapping[str, float],
    seed: int,
) -> None:
    """Lay out the smaller components one by one and pack them in rows below the
    main one; rows are about as wide as the block is tall, so the picture stays compact."""
    pieces = []
    area = 0.0
    for component in components:
        local = _place_component(_induced(graph, component), seed)
        _remove_overlaps(local, radius)
        x0 = min(x - radius.get(v, DEFAULT_RADIUS) for v, (x, _) in local.items())
        y0 = min(y - radius.get(v, DEFAULT_RADIUS) for v, (_, y) in local.items())
        local = {v: (x - x0, y - y0) for v, (x, y) in local.items()}
        w = max(x + radius.get(v, DEFAULT_RADIUS) for v, (x, _) in local.items())
        h = max(y + radius.get(v, DEFAULT_RADIUS) for v, (_, y) in local.items())
        pieces.append((local, w, h))
        area += (w + SPACING) * (h + SPACING)
    min_x = min(x for x, _ in pos.values())
    max_x = max(x for x, _ in pos.values())
    width = max(max_x - min_x, math.sqrt(area) * 1.3)
    left = (min_x + max_x - width) / 2
    bottom = max(y + radius.get(v, DEFAULT_RADIUS) for v, (_, y) in pos.items())
    cursor_x, cursor_y = left, bottom + 2 * SPACING
    row_height = 0.0
    for local, w, h in pieces:
        if cursor_x > left and cursor_x + w > left + width:
            cursor_x, cursor_y = left, cursor_y + row_height + SPACING / 2
            row_height = 0.0
        for node, (x, y) in local.items():
            pos[node] = (cursor_x + x, cursor_y + y)
        cursor_x += w + SPACING / 2
        row_height = max(row_height, h)


def _place_component(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    core = _core(graph)
    raw = nx.spring_layout(_induced(graph, core), seed=seed, iterations=60)
    # spring_layout fits [-1, 1]; leave room between core nodes for the whole component
    # (a small one gets more room per node: it has the whole window to itself)
    scale = SPACING * math.sqrt(len(core)) * (1.3 if n < 40 else 0.5)
    pos = {v: (float(raw[v][0]) * scale, float(raw[v][1]) * scale) for v in core}
    _attach_rest(graph, pos)
    return pos


def _remove_overlaps(
    pos: dict[str, tuple[float, float]], radius: Mapping[str, float], rounds: int = 25
) -> None:
    """Push apart any two nodes closer than their radii and PAD allow, round after
    round until none is; a grid keeps each round linear in the node count."""
    keys = sorted(pos)
    xy = [list(pos[k]) for k in keys]
    r = [radius.get(k, DEFAULT_RADIUS) for k in keys]
    cell = 2 * max(r, default=DEFAULT_RADIUS) + PAD
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (x, y) in enumerate(xy):
            grid.setdefault((int(x // cell), int(y // cell)), []).append(i)
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
                            need = r[i] + r[j] + PAD
                            if dist >= need:
                                continue
                            if dist < 1e-6:  # same spot: split them along a fixed axis
                                ddx, ddy, dist = float(j - i), 1.0, math.hypot(j - i, 1.0)
                            # a little past the minimum, so the next round settles
                            push = (need * 1.02 - dist) / 2 / dist
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
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
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
            away = math.atan2(py - cy, px - cx) if (px, py) != (cx, cy) else 0.0
            spread = min(2 * math.pi * 0.85, 0.5 * len(kids) + 0.6)
            radius = max(SPACING, 0.55 * SPACING * len(kids) / spread)
            for index, kid in enumerate(kids):
                angle = away + spread * ((index + 0.5) / len(kids) - 0.5)
                ring = radius * (1.0 + 0.25 * (index % 3)) if len(kids) > 12 else radius
                pos[kid] = (px + ring * math.cos(angle), py + ring * math.sin(angle))
                frontier.append(kid)
