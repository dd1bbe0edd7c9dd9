"""Find sanction nodes that look like one real measure reported twice.

Two ``Sanction`` nodes are duplicates when they share target and kind, their amounts
are equal after rounding (or both have none) in one currency, their imposers are
compatible (the same, one ``partOf`` the other, of one state, or one side names
none) and their dates are compatible (one a prefix of the other, or one missing).
Event resolution on write (:mod:`kg.events`) should leave none; this is how a test
and a user check that it did.

>>> from rdflib import Dataset, Literal
>>> from kg.store.namespace import ENT, KG, SAN
>>> g = Dataset(default_union=True)
>>> for node, imposer in ((SAN.a, ENT.doj), (SAN.b, ENT.usa)):
...     _ = g.add((node, RDF.type, KG.Sanction)).add((node, KG.sanctionKind, KG.Fine))
...     _ = g.add((node, KG.target, ENT.zte)).add((node, KG.imposedBy, imposer))
...     _ = g.add((node, KG.amount, Literal(430488798)))
>>> _ = g.add((ENT.doj, KG.partOf, ENT.usa))
>>> [(str(a)[-1], str(b)[-1]) for a, b in duplicate_sanctions(g)]
[('a', 'b')]
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from kg.events import jurisdiction, rounded_amount
from kg.store.namespace import KG


def _amount(graph: Graph, node: Node) -> str:
    values = []
    for value in graph.objects(node, KG.amount):
        try:
            values.append(format(rounded_amount(Decimal(str(value))), "f"))
        except InvalidOperation:
            values.append(str(value))
    return ",".join(sorted(values))


def _ancestors(graph: Graph, node: Node) -> set[Node]:
    seen = {node}
    todo = [node]
    while todo:
        for parent in graph.objects(todo.pop(), KG.partOf):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _imposers_compatible(graph: Graph, left: set[Node], right: set[Node]) -> bool:
    if not left or not right or left & right:
        return True
    for a, b in itertools.product(left, right):
        if a in _ancestors(graph, b) or b in _ancestors(graph, a):
            return True
        names_a = [str(n) for n in graph.objects(a, RDFS.label | SKOS.altLabel)]
        names_b = [str(n) for n in graph.objects(b, RDFS.label | SKOS.altLabel)]
        state = jurisdiction(names_a)
        if state is not None and state == jurisdiction(names_b):
            return True
    return False


def _dates_compatible(left: set[str], right: set[str]) -> bool:
    if not left or not right:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in left for b in right)


def duplicate_sanctions(graph: Graph) -> list[tuple[Node, Node]]:
    """Pairs of sanction nodes that one real measure should have been, sorted."""
    groups: dict[tuple[str, ...], list[Node]] = defaultdict(list)
    for node in set(graph.subjects(RDF.type, KG.Sanction)):
        for target in set(graph.objects(node, KG.target)):
            for kind in set(graph.objects(node, KG.sanctionKind)):
                currency = ",".join(sorted(str(c) for c in graph.objects(node, KG.currency)))
                key = (str(target), str(kind), _amount(graph, node), currency)
                groups[key].append(node)
    pairs = set()
    for nodes in groups.values():
        for a, b in itertools.combinations(sorted(set(nodes), key=str), 2):
            imposers_a = set(graph.objects(a, KG.imposedBy))
            imposers_b = set(graph.objects(b, KG.imposedBy))
            dates_a = {str(d) for d in graph.objects(a, KG.date)}
            dates_b = {str(d) for d in graph.objects(b, KG.date)}
            if _imposers_compatible(graph, imposers_a, imposers_b) and _dates_compatible(
                dates_a, dates_b
            ):
                pairs.add((a, b))
    return sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1])))
