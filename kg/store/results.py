"""Query answers as text: an aligned table, CSV, or SPARQL 1.1 JSON results.

>>> from rdflib import Literal, URIRef
>>> company = URIRef("https://w3id.org/kg-news/ontology#Company")
>>> r = QueryResult("SELECT", ["who", "n"], [(company, Literal(2)), (None, None)])
>>> print(format_result(r, "table"))
who        | n
-----------+--
kg:Company | 2
           |
>>> print(format_result(r, "csv"), end="")
who,n
https://w3id.org/kg-news/ontology#Company,2
,
"""

from __future__ import annotations

import csv
import io
import json

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.store.formats import PREFIXES
from kg.store.query import QueryResult

RESULT_FORMATS = ("table", "csv", "json")

# Longest namespace first, so ``kg:`` does not shadow a longer IRI prefix.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def short(term: Node | None) -> str:
    """A compact, readable form of a term: ``kg:Company``, a literal's text, ``_:b0``.

    >>> short(URIRef("https://w3id.org/kg-news/id/entity/zte"))
    'ent:zte'
    >>> short(Literal("x\\ny"))
    'x y'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in _BY_LENGTH:
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())  # one line per row, whatever the text holds


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)  # the only other kind of term
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as ``table`` (for people), ``csv`` or ``json`` (for programs).

    CSV and JSON keep full IRIs and exact literal values; JSON follows the W3C
    SPARQL 1.1 Query Results JSON format.
    """
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown result format {fmt!r}")
    if result.kind == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)})
        return "true" if result.boolean else "false"
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.vars)
        for row in result.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return buffer.getvalue()
    cells = [[short(t) for t in row] for row in result.rows]
    widths = [len(v) for v in result.vars]
    for row_cells in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row_cells, strict=True)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    for row_cells in cells:
        lines.append(" | ".join(c.ljust(w) for c, w in zip(row_cells, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines)


__all__ = ["RESULT_FORMATS", "format_result", "short"]
