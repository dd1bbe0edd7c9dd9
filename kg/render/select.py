"""Choose what to draw: filters, a focus neighbourhood, and a cap on the node count.

Pure functions over :class:`~kg.render.view.GraphView`; the result says what was
left out, so the CLI can tell the user (the library never prints).

>>> from kg.render.view import GraphView, ViewEdge, ViewNode
>>> view = GraphView()
>>> for name, cls in [("a", "Company"), ("b", "Technology"), ("c", "Person")]:
...     view.nodes[name] = ViewNode(name, name.upper(), cls)
>>> view.edges = [ViewEdge("e1", "a", "b", "develops", "develops"),
...               ViewEdge("e2", "c", "a", "worksFor", "worksFor")]
>>> chosen = select_view(view, SelectOptions(classes=frozenset({"Company", "Technology"})))
>>> sorted(chosen.view.nodes), chosen.omitted_nodes
(['a', 'b'], 1)
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.errors import KGError
from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES
from kg.render.view import GraphView, ViewEdge, ViewNode

#: Default cap on drawn nodes: beyond this a browser page gets sluggish.
DEFAULT_MAX_NODES = 1000
#: Properties drawn as edges: the sanction's two plus every relation.
EDGE_PROPERTIES = ("imposedBy", "target", *RELATION_PROPERTIES)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SelectionError(KGError):
    """A focus entity, class or property the user asked for does not exist."""


def known_names(values: Iterable[str], allowed: Iterable[str], what: str) -> frozenset[str]:
    """``values`` spelled as in ``allowed`` (any case); an unknown one is an error.

    >>> sorted(known_names(["company", "Person"], ENTITY_CLASSES, "class"))
    ['Company', 'Person']
    >>> known_names(["Compnay"], ENTITY_CLASSES, "class")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.render.select.SelectionError: unknown class 'Compnay'; choose from Company, ...
    """
    allowed = tuple(allowed)
    lookup = {name.casefold(): name for name in allowed}
    chosen = set()
    for value in values:
        if value.casefold() not in lookup:
            raise SelectionError(f"unknown {what} {value!r}; choose from {', '.join(allowed)}")
        chosen.add(lookup[value.casefold()])
    if not chosen:
        raise SelectionError(f"give at least one {what}")
    return frozenset(chosen)


def check_date(value: str) -> str:
    """``value`` if it is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; else an error."""
    if not _DATE.match(value):
        raise SelectionError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class SelectOptions:
    """What to keep. ``None`` means no restriction.

    ``since``/``until`` are ISO dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
    compared with the dates of the articles a fact or entity comes from.
    """

    focus: str | None = None
    hops: int = 1
    classes: frozenset[str] | None = None
    properties: frozenset[str] | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    max_nodes: int | None = DEFAULT_MAX_NODES

    def __post_init__(self) -> None:
        # The library checks what the CLI checks, so a typo in a notebook
        # (classes={"Compnay"}) fails instead of drawing an empty graph.
        if self.classes is not None:
            names = known_names(self.classes, ENTITY_CLASSES, "class")
            object.__setattr__(self, "classes", names)
        if self.properties is not None:
            names = known_names(self.properties, EDGE_PROPERTIES, "property")
            object.__setattr__(self, "properties", names)
        for bound in (self.since, self.until):
            if bound is not None:
                check_date(bound)
        if not 0.0 <= self.min_confidence <= 1.0:
            raise SelectionError(f"min_confidence must be from 0 to 1, got {self.min_confidence}")
        if self.hops < 0:
            raise SelectionError(f"hops must be 0 or more, got {self.hops}")


@dataclass(slots=True)
class Selection:
    """The chosen view and what was left out of it."""

    view: GraphView
    total_nodes: int
    total_edges: int
    omitted_nodes: int = 0
    omitted_edges: int = 0
    capped: int = 0  # nodes dropped by max_nodes (after the filters)
    notes: list[str] = field(default_factory=list)


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day a partial ISO date covers.

    >>> date_bounds("2021"), date_bounds("2021-04"), date_bounds("2021-04-09T10:00:00")
    (('2021-01-01', '2021-12-31'), ('2021-04-01', '2021-04-31'), ('2021-04-09', '2021-04-09'))
    """
    day = value.strip()[:10]
    if len(day) == 4:
        return f"{day}-01-01", f"{day}-12-31"
    if len(day) == 7:
        # "-31" is past every month's end, which is all a string comparison needs
        return f"{day}-01", f"{day}-31"
    return day, day


def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether ``date`` overlaps ``[since, until]``; an unknown date never does.

    >>> in_range("2021-04", "2021-04-15", None), in_range("2020", "2021", None)
    (True, False)
    >>> in_range(None, None, "2020")
    False
    """
    if date is None:
        return False
    first, last = date_bounds(date)
    if since and last < date_bounds(since)[0]:
        return False
    return not (until and first > date_bounds(until)[1])


def find_entity(view: GraphView, name: str) -> str:
    """The id of the node named ``name`` (label, other name or IRI; any case).

    >>> from kg.render.view import ViewNode
    >>> view = GraphView(nodes={"x": ViewNode("x", "SenseTime", "Company", ("SenseTime Group",))})
    >>> find_entity(view, "sensetime group")
    'x'
    >>> try:
    ...     find_entity(view, "SensTime")
    ... except SelectionError as err:
    ...     print(err)
    no entity named 'SensTime' in the graph; did you mean 'SenseTime'?
    """
    wanted = name.strip().casefold()
    for node in view.nodes.values():
        if node.id == name or node.id.rsplit("/", 1)[-1] == name:
            return node.id
    matches = [
        n.id
        for n in view.nodes.values()
        if wanted == n.label.casefold() or wanted in (a.casefold() for a in n.names)
    ]
    if matches:
        # the best connected of equal names is almost always the one meant
        degree = _degrees(view.edges)
        return max(matches, key=lambda i: (degree.get(i, 0), i))
    names = sorted({n.label for n in view.nodes.values()})
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise SelectionError(f"no entity named {name!r} in the graph{hint}")


def _degrees(edges: list[ViewEdge]) -> dict[str, int]:
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    return degree


def _edge_passes(view: GraphView, edge: ViewEdge, options: SelectOptions) -> bool:
    if options.properties is not None and edge.prop not in options.properties:
        return False
    dated = options.since is not None or options.until is not None
    if not dated and options.min_confidence <= 0:
        return True
    for evidence_id in edge.evidence:
        item = view.evidence[evidence_id]
        if (item.confidence if item.confidence is not None else 0.0) < options.min_confidence:
            continue
        if dated:
            article = view.articles.get(item.article or "")
            if not in_range(article.date if article else None, options.since, options.until):
                continue
        return True
    return False


def select_view(view: GraphView, options: SelectOptions) -> Selection:
    """Apply the filters, then the focus, then the node cap, in that order.

    Nodes that lose every edge to a filter go too; nodes that never had an edge
    stay unless the date range excludes all the articles they appear in. The cap
    keeps the most connected part: the largest connected components first and,
    within one, the nodes with most edges (nearest the focus, with ``focus``).

    >>> from kg.render.view import ViewNode
    >>> view = GraphView(nodes={i: ViewNode(i, i, "Company") for i in "abc"})
    >>> view.edges = [ViewEdge("e", "a", "b", "partOf", "partOf")]
    >>> chosen = select_view(view, SelectOptions(max_nodes=2))
    >>> sorted(chosen.view.nodes), chosen.capped
    (['a', 'b'], 1)
    """
    total_nodes, total_edges = len(view.nodes), len(view.edges)
    before = _degrees(view.edges)
    dated = options.since is not None or options.until is not None
    nodes = {
        i: n for i, n in view.nodes.items() if options.classes is None or n.cls in options.classes
    }
    edges = [
        e
        for e in view.edges
        if e.source in nodes and e.target in nodes and _edge_passes(view, e, options)
    ]
    after = _degrees(edges)

    def keep(node_id: str) -> bool:
        if after.get(node_id):
            return True
        if before.get(node_id):
            return False
        if not dated:
            return True
        node = nodes[node_id]
        dates = [view.articles[a].date for a in node.articles if a in view.articles]
        return any(in_range(d, options.since, options.until) for d in dates)

    nodes = {i: n for i, n in nodes.items() if keep(i)}
    distance: dict[str, int] = {}
    if options.focus is not None:
        start = find_entity(view, options.focus)
        if start not in nodes:
            raise SelectionError(f"{options.focus!r} is in the graph but the filters leave it out")
        distance = _neighbourhood(start, edges, nodes, options.hops)
        nodes = {i: n for i, n in nodes.items() if i in distance}
        edges = [e for e in edges if e.source in nodes and e.target in nodes]

    capped = 0
    if options.max_nodes is not None and len(nodes) > options.max_nodes:
        ranked = _rank(nodes, edges, distance)
        kept = set(ranked[: options.max_nodes])
        capped = len(nodes) - len(kept)
        nodes = {i: n for i, n in nodes.items() if i in kept}
        edges = [e for e in edges if e.source in nodes and e.target in nodes]

    used = {e for edge in edges for e in edge.evidence}
    articles = {a for n in nodes.values() for a in n.articles}
    articles |= {view.evidence[e].article or "" for e in used}
    chosen = GraphView(
        nodes=nodes,
        edges=edges,
        evidence={i: view.evidence[i] for i in sorted(used)},
        articles={i: a for i, a in view.articles.items() if i in articles},
    )
    selection = Selection(
        chosen,
        total_nodes,
        total_edges,
        omitted_nodes=total_nodes - len(nodes),
        omitted_edges=total_edges - len(edges),
        capped=capped,
    )
    if capped:
        selection.notes.append(
            f"drew the {len(nodes)} most connected nodes of {len(nodes) + capped}; "
            f"left out {capped} nodes and their edges (raise --max-nodes, or narrow "
            "with --focus, --classes or --since)"
        )
    return selection


def _neighbourhood(
    start: str, edges: list[ViewEdge], nodes: Mapping[str, ViewNode], hops: int
) -> dict[str, int]:
    """Hop distance from ``start``; a sanction counts as part of the edge it stands
    for, so its imposer and targets always come with it."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        adjacent[edge.source].add(edge.target)
        adjacent[edge.target].add(edge.source)
    cls = {i: n.cls for i, n in nodes.items()}
    distance = {start: 0}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if distance[current] >= hops and cls.get(current) != "Sanction":
            continue
        for other in sorted(adjacent[current]):
            if other in distance:
                continue
            # stepping through a sanction node costs no extra hop
            step = 0 if cls.get(current) == "Sanction" else 1
            if cls.get(current) == "Sanction" and distance[current] > hops:
                continue
            distance[other] = distance[current] + step
            if cls.get(other) == "Sanction" or distance[other] <= hops:
                queue.append(other)
    return {i: d for i, d in distance.items() if d <= hops or cls.get(i) == "Sanction"}


def _rank(
    nodes: Mapping[str, ViewNode], edges: list[ViewEdge], distance: dict[str, int]
) -> list[str]:
    degree = _degrees(edges)
    parent = {i: i for i in nodes}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for edge in edges:
        parent[root(edge.source)] = root(edge.target)
    size: dict[str, int] = defaultdict(int)
    for i in nodes:
        size[root(i)] += 1
    return sorted(
        nodes,
        key=lambda i: (distance.get(i, 0), -size[root(i)], -degree.get(i, 0), i),
    )
