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

Oxigraph 0.5 does not deduplicate the union of named graphs (oxigraph issue #1919):
a triple that N graphs hold matches N times, and a join of k such patterns N**k
times. A store made with ``union_view=True`` (a private in-memory copy, such as a
graph file loaded for reading) therefore answers SPARQL over the RDF merge of its
named graphs instead, written into its empty default graph before the first query,
where each triple is once. ``GRAPH ?g`` still sees the named graphs; ``triples``,
``quads``, ``contexts`` and :meth:`PlainOxigraphStore.dump` never show that copy.

>>> store = ox.Store()
>>> for g in ("urn:g1", "urn:g2"):
...     store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("x"),
...                       ox.NamedNode(g)))
>>> ds = Dataset(store=PlainOxigraphStore(store=store, union_view=True), default_union=True)
>>> len(ds.query("SELECT * WHERE { ?s ?p ?o . ?s ?p ?o2 }"))
1
>>> len(ds.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")), len(list(ds.quads()))
(2, 2)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.store.oxterms import plain, rdflib_term


class PlainOxigraphStore(OxigraphStore):
    """:class:`oxrdflib.OxigraphStore` returning plain string literals.

    ``union_view=True`` lets the store answer union queries over the merge of its
    named graphs, kept in its default graph (see the module's docstring); only for a
    store nobody else reads or writes.
    """

    def __init__(self, *args: Any, union_view: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._union_view = union_view
        self._merged = False

    def _merge(self) -> bool:
        """Write the merge of the named graphs into the default graph, once; False
        when the default graph holds data of its own (then the union is queried)."""
        if self._merged or not self._union_view:
            return self._merged
        inner = self._inner
        self._union_view = False
        if next(inner.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is not None:
            return False
        # One graph at a time: the engine copies it without materialising the whole
        # union, and re-adding a triple already there costs no memory.
        blank = False
        for graph in list(inner.named_graphs()):
            if isinstance(graph, ox.NamedNode):
                inner.update(f"ADD {graph} TO DEFAULT")
            else:
                blank = True
        if blank:
            inner.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?g)) }")
        self._merged = True
        return True

    def triples(
        self, triple_pattern: Any, context: Any = None
    ) -> Iterator[tuple[tuple[Node, Node, Node], Any]]:
        if self._merged and _is_default(context):
            return  # the default graph is only the merge, a view for queries
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            if self._merged and context is None:
                names = list(contexts)
                if any(_is_default(c) for c in names):
                    continue
                contexts = iter(names)
            yield (s, p, plain(o)), contexts

    def contexts(self, triple: Any = None) -> Any:
        for graph in super().contexts(triple):
            if not (self._merged and _is_default(graph)):
                yield graph

    def __len__(self, context: Any = None) -> int:
        if self._merged and _is_default(context):
            return 0
        return super().__len__(context)

    def query(
        self, query: Any, initNs: Any, initBindings: Any, queryGraph: Any, **kwargs: Any
    ) -> Any:
        if queryGraph == "__UNION__" and self._merge():
            queryGraph = "__DEFAULT__"  # neither the union nor a named graph: the default
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
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
        """The Oxigraph store underneath."""
        return self._inner

    def dump(self, output: Any, fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> None:
        """Write every quad in ``fmt`` with Oxigraph's fast serialiser (never the merge
        kept for queries)."""
        if not self._merged:
            self._inner.dump(output, fmt, prefixes=prefixes)
            return
        named = (q for q in self._inner if not isinstance(q.graph_name, ox.DefaultGraph))
        ox.serialize(named, output, fmt, prefixes=prefixes)


@contextmanager
def union_as_stored(graph: Any) -> Iterator[None]:
    """Run queries that are written for the union as Oxigraph gives it (each pattern
    that may repeat read through ``SELECT DISTINCT``, as the shipped ones are) without
    first writing the merge: it costs a copy of the distinct triples, which only ad-hoc
    SPARQL needs."""
    store = getattr(graph, "store", None)
    if not isinstance(store, PlainOxigraphStore) or store._merged:
        yield
        return
    saved, store._union_view = store._union_view, False
    try:
        yield
    finally:
        store._union_view = saved


def _is_default(graph: Any) -> bool:
    identifier = getattr(graph, "identifier", graph)
    return identifier is not None and identifier == DATASET_DEFAULT_GRAPH_ID


__all__ = ["PlainOxigraphStore", "plain", "rdflib_term", "union_as_stored"]
