"""Oxigraph under rdflib's API (``oxrdflib``), giving back terms as rdflib makes them.

Oxigraph follows RDF 1.1, where a plain string is an ``xsd:string`` literal, and
``oxrdflib`` hands those back with the datatype spelled out. rdflib's own
``Literal("x")`` has no datatype and does not compare equal to that, so code
written against an in-memory graph would quietly stop matching. This store
returns plain literals, as rdflib's memory store does.

>>> import pyoxigraph as ox
>>> from rdflib import Dataset, Literal, URIRef
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("x")))
>>> ds = Dataset(store=PlainOxigraphStore(store=store), default_union=True)
>>> ds.value(URIRef("urn:s"), URIRef("urn:p")) == Literal("x")
True
>>> [row[0] == Literal("x") for row in ds.query("SELECT ?o WHERE { ?s ?p ?o }")]
[True]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import URIRef
from rdflib.term import Node

from kg.store.oxterms import plain, rdflib_term


class PlainOxigraphStore(OxigraphStore):
    """:class:`oxrdflib.OxigraphStore` returning plain string literals."""

    def triples(
        self, triple_pattern: Any, context: Any = None
    ) -> Iterator[tuple[tuple[Node, Node, Node], Any]]:
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, plain(o)), contexts

    def query(self, *args: Any, **kwargs: Any) -> Any:
        result = super().query(*args, **kwargs)
        if result.type == "SELECT":
            result.bindings = [{k: plain(v) for k, v in row.items()} for row in result.bindings]
        elif result.type == "CONSTRUCT" and result.graph is not None:
            triples = [(s, p, plain(o)) for s, p, o in result.graph]
            result.graph.remove((None, None, None))
            for triple in triples:
                result.graph.add(triple)
        return result

    def add_graph(self, graph: Any) -> None:
        # rdflib's ``Dataset.graph(name)`` registers the graph even to read it; on a
        # read-only store that would fail, and an existing graph needs nothing.
        name = ox.NamedNode(str(graph.identifier)) if isinstance(graph.identifier, URIRef) else None
        if name is not None and self._inner.contains_named_graph(name):
            return
        try:
            super().add_graph(graph)
        except RuntimeError:
            if not self._read_only():
                raise

    def _read_only(self) -> bool:
        try:
            self._inner.add_graph(ox.NamedNode("urn:kg:probe"))
        except RuntimeError:
            return True
        self._inner.remove_graph(ox.NamedNode("urn:kg:probe"))
        return False

    @property
    def ox_store(self) -> ox.Store:
        """The Oxigraph store underneath (for its fast dump)."""
        return self._inner


__all__ = ["PlainOxigraphStore", "plain", "rdflib_term"]
