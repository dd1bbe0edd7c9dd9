"""SPARQL 1.1 Update requests that write one article (or remove some) all at once.

The embedded store and a remote SPARQL server run the same request; each is one
transaction on Oxigraph, so a build killed at any point leaves every article either
complete or absent. Terms are written in N-Triples form by Oxigraph itself, so
article text cannot break out of its literal.

>>> from rdflib import URIRef
>>> print(remove_update([URIRef("urn:a")], []))
DROP SILENT GRAPH <urn:a>
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.rdf import Quad


def nt(term: Node) -> str:
    """A term in N-Triples syntax (also valid SPARQL), escaped by Oxigraph.

    >>> nt(Literal('say "hi"\\n'))
    '"say \\\\"hi\\\\"\\\\n"'
    >>> nt(Literal("2.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")))
    '"2.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    # the exact classes tested first: a build writes ~1000 terms per article, and
    # ``isinstance`` against rdflib's classes costs more than the escaping
    if type(term) is URIRef:
        return _iri(term)  # the URIRef is its own cache key (it equals its string)
    if type(term) is Literal or isinstance(term, Literal):
        if term.language:
            return str(ox.Literal(str(term), language=term.language))
        if term.datatype:
            return str(ox.Literal(str(term), datatype=_named(str(term.datatype))))
        return str(ox.Literal(str(term)))
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, BNode):
        return str(ox.BlankNode(str(term)))
    raise TypeError(f"cannot write {term!r} as an RDF term")


@lru_cache(maxsize=1 << 16)
def _iri(value: str) -> str:
    # predicates, classes, graphs and entities recur in every article: escape each once
    return str(ox.NamedNode(value))


@lru_cache(maxsize=64)
def _named(value: str) -> ox.NamedNode:
    # the few datatypes (xsd:integer, xsd:decimal, xsd:date …), made once each
    return ox.NamedNode(value)


def insert_data(quads: Iterable[Quad]) -> str:
    """``INSERT DATA`` for ``quads``, grouped by graph (empty string for no quads).

    >>> from kg.store.namespace import KG
    >>> print(insert_data([(URIRef("urn:s"), KG.uses, URIRef("urn:o"), URIRef("urn:g"))]))
    INSERT DATA {
    GRAPH <urn:g> {
    <urn:s> <https://w3id.org/kg-news/ontology#uses> <urn:o> .
    }
    }
    """
    by_graph: dict[URIRef, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append(f"{nt(s)} {nt(p)} {nt(o)} .")
    if not by_graph:
        return ""
    parts = ["INSERT DATA {"]
    for graph, lines in by_graph.items():
        parts.append(f"GRAPH {nt(graph)} {{")
        parts.extend(dict.fromkeys(lines))  # drop repeated quads, keep order
        parts.append("}")
    parts.append("}")
    return "\n".join(parts)


def _delete_entities(ids: Sequence[URIRef]) -> str:
    values = " ".join(nt(e) for e in ids)
    return (
        f"DELETE {{ GRAPH {nt(ENTITIES_GRAPH)} {{ ?e ?p ?o }} }} "
        f"WHERE {{ VALUES ?e {{ {values} }} GRAPH {nt(ENTITIES_GRAPH)} {{ ?e ?p ?o }} }}"
    )


#: Scratch graph holding, within one update request, the entities an article's old
#: version mentioned (when the writer cannot read them first, as on a remote server).
CANDIDATES = URIRef("urn:kg:scratch:orphan-candidates")


def _remember_mentions(graph: URIRef) -> str:
    return (
        f"INSERT {{ GRAPH {nt(CANDIDATES)} {{ ?e {nt(KG.mentionedIn)} {nt(graph)} }} }} "
        f"WHERE {{ GRAPH {nt(graph)} {{ ?e {nt(KG.mentionedIn)} {nt(graph)} }} }}"
    )


def _delete_orphans(candidates: Sequence[URIRef] | None) -> str:
    # Entities no article mentions any more leave the entities graph too, so a
    # removed or rewritten article takes away what only it had introduced.
    mention = nt(KG.mentionedIn)
    if candidates is None:
        source = f"GRAPH {nt(CANDIDATES)} {{ ?e {mention} ?old }}"
    else:
        source = f"VALUES ?e {{ {' '.join(nt(e) for e in candidates)} }}"
    return (
        f"DELETE {{ GRAPH {nt(ENTITIES_GRAPH)} {{ ?e ?p ?o }} }} "
        f"WHERE {{ {source} GRAPH {nt(ENTITIES_GRAPH)} {{ ?e ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?e {mention} ?a }} FILTER(?g != {nt(CANDIDATES)}) }} }}"
    )


def article_update(
    graph: URIRef,
    article: Sequence[Quad],
    entities: Sequence[Quad],
    old_mentions: Sequence[URIRef] | None = (),
    replace: bool = True,
) -> str:
    """One update that replaces an article's graph and upserts entities.

    ``old_mentions`` are the entities the stored version of the article mentioned
    (``None``: let the server find them); those left unmentioned afterwards are
    removed. ``replace=False`` says the graph is known not to exist yet (dropping a
    missing graph still costs Oxigraph a scan).
    """
    operations = []
    if old_mentions is None:
        operations.append(_remember_mentions(graph))
    if replace:
        operations.append(f"DROP SILENT GRAPH {nt(graph)}")
    subjects = list(dict.fromkeys(q[0] for q in entities if isinstance(q[0], URIRef)))
    if subjects:
        operations.append(_delete_entities(subjects))
    insert = insert_data([*article, *entities])
    if insert:
        operations.append(insert)
    if old_mentions is None:
        operations += [_delete_orphans(None), f"DROP SILENT GRAPH {nt(CANDIDATES)}"]
    elif old_mentions:
        operations.append(_delete_orphans(old_mentions))
    return " ;\n".join(operations)


def remove_update(graphs: Sequence[URIRef], old_mentions: Sequence[URIRef] | None) -> str:
    """One update that drops article graphs and the entities only they mentioned
    (``old_mentions``, or ``None`` to let the server find them)."""
    operations = []
    if old_mentions is None:
        operations += [_remember_mentions(g) for g in graphs]
    operations += [f"DROP SILENT GRAPH {nt(g)}" for g in graphs]
    if old_mentions is None:
        operations += [_delete_orphans(None), f"DROP SILENT GRAPH {nt(CANDIDATES)}"]
    elif old_mentions:
        operations.append(_delete_orphans(old_mentions))
    return " ;\n".join(operations)
