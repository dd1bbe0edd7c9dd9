"""Check a graph against ``ontology/shapes.ttl`` (SHACL, via pyshacl).

pyshacl comes with the ``shacl`` extra (``pip install 'kg[shacl]'``; the ``dev``
extra includes it); it is imported only when a check runs. A :class:`rdflib.Dataset`
is checked as the union of its graphs, because an entity's type lives in the entities
graph and its mentions in the articles'.

>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from kg.store.namespace import ENT, KG
>>> g = Graph()
>>> _ = g.add((ENT.huawei, RDF.type, KG.Company)).add((ENT.huawei, RDFS.label, Literal("Huawei")))
>>> validate(g)[0]
True
>>> _ = g.add((ENT.huawei, RDF.type, KG.Person))
>>> ok, report = validate(g)
>>> ok, "exactly one of the classes" in report
(False, True)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from kg.errors import KGError
from kg.ontology_data import ontology_file


def shapes_path() -> Path:
    """The SHACL shapes file shipped in the package (see :mod:`kg.ontology_data`).

    >>> shapes_path().name
    'shapes.ttl'
    """
    return ontology_file("shapes.ttl")


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """Whether ``graph`` conforms to the shapes, and pyshacl's report text.

    Warnings (e.g. a sanction aimed at a Technology) are in the report but do not
    make the graph fail. Raises :class:`KGError` when pyshacl is not installed.
    """
    try:
        from pyshacl import validate as shacl_validate
    except ImportError as err:
        raise KGError(
            "checking shapes needs pyshacl, an optional extra: pip install 'kg[shacl]'"
        ) from err
    data = _flatten(graph)
    conforms, _, text = shacl_validate(
        data,
        shacl_graph=_shapes(),
        inference="none",
        allow_warnings=True,
        advanced=False,
    )
    return bool(conforms), str(text)


def _flatten(graph: Graph) -> Graph:
    """One plain graph with every triple of every named graph of a dataset.

    >>> from rdflib import Dataset, Literal, URIRef
    >>> ds = Dataset()
    >>> _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
    >>> len(_flatten(ds))
    1
    """
    if not hasattr(graph, "quads"):
        return graph
    flat = Graph()
    for prefix, namespace in graph.namespaces():
        flat.bind(prefix, namespace, override=False)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat
