"""Group what repeats: many sanctions of one kind, date and imposer, or a long run
of people charged by one actor, become one node that the page expands on click.

A group stands in for its members: its edges are the members' edges with the
member replaced by the group (the same neighbour and property once, evidence
merged). The page draws the group and hides the members until it is expanded.

>>> from kg.render.view import GraphView, ViewEdge, ViewNode
>>> view = GraphView(nodes={"us": ViewNode("us", "United States", "Government")})
>>> for i in range(5):
...     view.nodes[f"s{i}"] = ViewNode(f"s{i}", "ban", "Sanction", kind="InvestmentBan",
...                                    date="2021-08-02")
...     view.nodes[f"c{i}"] = ViewNode(f"c{i}", f"Company {i}", "Company")
...     view.edges += [ViewEdge(f"i{i}", "us", f"s{i}", "imposedBy", "imposes"),
...                    ViewEdge(f"t{i}", f"s{i}", f"c{i}", "target", "on")]
>>> [group] = find_groups(view)
>>> group.label, len(group.members), len(group.edges)
('5 investment bans · 2021-08-02 · United States', 5, 6)
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.render.view import GraphView, ViewEdge

#: Fewest repeated members worth folding into one group node.
GROUP_MIN = 5


@dataclass(frozen=True, slots=True)
class Group:
    """One group node: its label, the class it is drawn as, its members (node ids,
    hidden while collapsed) and the edges it has in their stead."""

    id: str
    label: str
    cls: str
    members: tuple[str, ...]
    edges: tuple[ViewEdge, ...]
    kind: str | None = None


def plural_kind(kind: str, count: int) -> str:
    """A sanction kind as words, plural when ``count`` is not 1.

    >>> plural_kind("InvestmentBan", 59), plural_kind("Fine", 1), plural_kind("AssetFreeze", 2)
    ('investment bans', 'fine', 'asset freezes')
    """
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).lower()
    if count == 1:
        return words
    return words + ("es" if words.endswith(("s", "x", "z", "ch", "sh")) else "s")


def find_groups(view: GraphView, min_size: int = GROUP_MIN) -> list[Group]:
    """The groups of ``view``: sanctions sharing imposer, kind and date, and nodes
    whose only edges are ``charges`` from one actor; ``min_size`` or more members
    each (``min_size`` 0 means no grouping).

    >>> from kg.render.view import GraphView, ViewEdge, ViewNode
    >>> view = GraphView(nodes={"doj": ViewNode("doj", "DOJ", "Government")})
    >>> for i in range(6):
    ...     view.nodes[f"p{i}"] = ViewNode(f"p{i}", f"P{i}", "Person")
    ...     view.edges.append(ViewEdge(f"e{i}", "doj", f"p{i}", "charges", "charges"))
    >>> [(g.label, g.cls, len(g.edges)) for g in find_groups(view)]
    [('6 people charged by DOJ', 'Person', 1)]
    >>> find_groups(view, min_size=7)
    []
    """
    if min_size <= 0:
        return []
    incident: dict[str, list[ViewEdge]] = defaultdict(list)
    for edge in view.edges:
        incident[edge.source].append(edge)
        incident[edge.target].append(edge)

    runs: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for node in view.nodes.values():
        edges = incident.get(node.id, [])
        if node.cls == "Sanction":
            imposers = sorted({e.source for e in edges if e.prop == "imposedBy"})
            if len(imposers) <= 1:
                imposer = imposers[0] if imposers else ""
                runs[("sanction", imposer, node.kind or "Other", node.date or "")].append(node.id)
        elif edges and all(e.prop == "charges" and e.target == node.id for e in edges):
            actors = {e.source for e in edges}
            if len(actors) == 1:
                runs[("charges", actors.pop())].append(node.id)

    groups = []
    for key, members in sorted(runs.items()):
        if len(members) < min_size:
            continue
        members.sort()
        if key[0] == "sanction":
            _, imposer, kind, date = key
            parts = [f"{len(members)} {plural_kind(kind, len(members))}", date]
            if imposer:
                parts.append(view.nodes[imposer].label)
            label, cls, group_kind = " · ".join(p for p in parts if p), "Sanction", kind
        else:
            classes = Counter(view.nodes[m].cls for m in members)
            cls = classes.most_common(1)[0][0]
            who = "people" if cls == "Person" else "entities"
            label = f"{len(members)} {who} charged by {view.nodes[key[1]].label}"
            group_kind = None
        group_id = "group:" + hashlib.sha1("|".join(members).encode()).hexdigest()[:16]
        own = _group_edges(group_id, set(members), incident)
        groups.append(Group(group_id, label, cls, tuple(members), own, group_kind))
    return groups


def _group_edges(
    group_id: str, members: set[str], incident: dict[str, list[ViewEdge]]
) -> tuple[ViewEdge, ...]:
    """The members' edges with each member replaced by the group, once per
    (neighbour, property, direction), their evidence merged."""
    merged: dict[tuple[str, str, str], list[str]] = {}
    labels: dict[tuple[str, str, str], str] = {}
    for member in sorted(members):
        for edge in incident.get(member, []):
            source = group_id if edge.source in members else edge.source
            target = group_id if edge.target in members else edge.target
            if source == target:
                continue
            key = (source, edge.prop, target)
            merged.setdefault(key, [])
            merged[key] += [e for e in edge.evidence if e not in merged[key]]
            labels.setdefault(key, edge.label)
    return tuple(
        ViewEdge(
            "g" + hashlib.sha1("|".join(key).encode()).hexdigest()[:16],
            key[0],
            key[2],
            key[1],
            labels[key],
            tuple(evidence),
        )
        for key, evidence in sorted(merged.items())
    )
