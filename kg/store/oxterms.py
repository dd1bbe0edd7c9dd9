"""Oxigraph terms as rdflib's, without importing ``oxrdflib``.

A store build reads a few terms back (the entities already stored); importing
``oxrdflib`` for that (rdflib's SPARQL machinery with it) took ~0.1 s of every
build. :mod:`kg.store.oxrdf` re-exports these for the rdflib store view.

>>> import pyoxigraph as ox
>>> rdflib_term(ox.Literal("x")) == Literal("x")
True
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD


def plain(term: Any) -> Any:
    """``term``, with an ``xsd:string`` literal made a plain rdflib literal.

    >>> plain(Literal("a", datatype=XSD.string)).datatype is None
    True
    """
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def rdflib_term(term: Any) -> Any:
    """An Oxigraph term as rdflib's (plain literals for ``xsd:string``).

    >>> rdflib_term(ox.Literal("x")) == Literal("x")
    True
    >>> rdflib_term(ox.NamedNode("urn:a"))
    rdflib.term.URIRef('urn:a')
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return plain(Literal(term.value, datatype=URIRef(term.datatype.value)))
    raise TypeError(f"not an RDF term: {term!r}")


__all__ = ["plain", "rdflib_term"]
