"""SPARQL answers as pandas DataFrames of Python values, for notebooks.

Terms become what a Python user expects: IRIs and plain strings ``str``, numbers
``int``/``float``/``Decimal``, ``xsd:date`` a ``datetime.date``, ``xsd:dateTime`` a
``datetime.datetime``, booleans ``bool``; an unbound variable is missing
(``pandas.isna`` is true: ``None``, or ``NaN``/``<NA>`` in a string or number
column). Partial dates (``xsd:gYear``, ``xsd:gYearMonth``, e.g. a sanction "in April
2021") stay ISO strings such as ``"2021-04"``: they have no day to be a ``date``.

>>> from rdflib import Literal, URIRef, XSD
>>> from kg.store.query import QueryResult
>>> r = QueryResult("SELECT", ["who", "when", "n"],
...                 [(URIRef("urn:x:zte"), Literal("2017-03-07", datatype=XSD.date),
...                   Literal(3))])
>>> df = to_frame(r)
>>> df.loc[0, "who"], df.loc[0, "when"], int(df.loc[0, "n"])
('urn:x:zte', datetime.date(2017, 3, 7), 3)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
from rdflib import BNode, Literal
from rdflib.term import Node

from kg.store.query import QueryResult


def to_python(term: Node | None) -> Any:
    """One RDF term as a Python value (``None`` for an unbound variable).

    >>> from decimal import Decimal
    >>> from rdflib import Literal, URIRef, XSD
    >>> to_python(URIRef("https://w3id.org/kg-news/id/entity/zte"))
    'https://w3id.org/kg-news/id/entity/zte'
    >>> to_python(Literal("2800000000", datatype=XSD.decimal))
    Decimal('2800000000')
    >>> to_python(Literal("2021-04", datatype=XSD.gYearMonth))
    '2021-04'
    """
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        if term.ill_typed:
            return str(term)  # keep the lexical form rather than fail on bad data
        value = term.toPython()
        # rdflib hands back the Literal itself for types it has no Python class for
        return str(value) if isinstance(value, Literal) else value
    return str(term)


def _column(values: Sequence[Any]) -> pd.Series | list[Any]:
    """A column whose dtype fits its values; missing values stay missing."""
    present = [v for v in values if v is not None]
    if not present:
        return pd.Series(values, dtype=object)
    if all(isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="boolean")
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="Int64" if len(present) < len(values) else "int64")
    if all(isinstance(v, float) for v in present):
        return pd.Series(values, dtype="float64")
    if all(isinstance(v, str) for v in present):
        return pd.Series(values)  # pandas' own string dtype
    # Decimals, dates and mixtures keep their exact Python objects
    return pd.Series(values, dtype=object)


def to_frame(result: QueryResult) -> pd.DataFrame:
    """A query answer as a DataFrame: one column per variable, one row per answer.

    ``ASK`` gives one column ``ask`` with one boolean; ``CONSTRUCT``/``DESCRIBE`` give
    the columns ``subject``, ``predicate``, ``object``.

    >>> from kg.store.query import QueryResult
    >>> to_frame(QueryResult("ASK", boolean=True))
        ask
    0  True
    """
    if result.kind == "ASK":
        return pd.DataFrame({"ask": [bool(result.boolean)]})
    columns: dict[str, Any] = {}
    for i, name in enumerate(result.vars):
        columns[name] = _column([to_python(row[i]) for row in result.rows])
    frame = pd.DataFrame(columns, columns=list(result.vars))
    return frame.reset_index(drop=True)


__all__ = ["to_frame", "to_python"]
