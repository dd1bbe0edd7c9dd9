"""Read-only SPARQL over a graph, named queries, and safely bound parameters.

Parameters are RDF literals placed in a ``VALUES`` block at the start of the query's
``WHERE`` group, written by :func:`sparql_string` (every quote, backslash and control
character escaped), so a value can never change the shape of the query; a parameter
that is not given is ``UNDEF`` (``BOUND(?name)`` is false).

>>> from rdflib import Graph
>>> result = run_query(Graph(), "SELECT ?who WHERE { }", {"who": 'ZTE" } DROP ALL #'})
>>> [str(row[0]) for row in result.rows]
['ZTE" } DROP ALL #']
>>> run_query(Graph(), "DROP ALL")
Traceback (most recent call last):
...
kg.errors.QueryError: query: SPARQL UPDATE is not allowed here (kg query only reads graphs)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node, Variable

from kg.errors import QueryError
from kg.store.formats import PREFIXES
from kg.store.oxrdf import union_as_stored

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query shipped as ``kg/store/queries/NAME.rq``.

    The file's leading comment is its description; ``# param NAME: help`` lines
    declare the parameters it accepts.
    """

    name: str
    description: str
    params: dict[str, str]
    text: str


@dataclass(slots=True)
class QueryResult:
    """A materialised query answer: rows of a SELECT, a boolean, or triples."""

    kind: str  # "SELECT", "ASK" or "CONSTRUCT" (also DESCRIBE)
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None


def sparql_string(value: str) -> str:
    """``value`` as a SPARQL string literal, with everything that could end it escaped.

    >>> print(sparql_string('say "hi" \\\\ bye'))
    "say \\"hi\\" \\\\ bye"
    """
    out = []
    previous = ""
    for char in value:
        if char in _ECHAR:
            out.append(_ECHAR[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F or 0xD800 <= ord(char) <= 0xDFFF:
            out.append(f"\\U{ord(char):08X}")
        elif char in "uU" and previous == "\\":
            # Engines expand \uXXXX in the whole query text before parsing, even after
            # an escaped backslash: the letter goes as a code point escape of its own.
            out.append(f"\\U{ord(char):08X}")
        else:
            out.append(char)
        previous = char
    # always the 8-digit form: rdflib reads 4 or 8 hex digits, so "\\u0001" + "2345"
    # would be read as one code point
    return '"' + "".join(out) + '"'


def _where_brace(query: str) -> int:
    """Offset of the ``{`` opening the query's top-level pattern, or -1.

    Skips comments, strings and IRIs; the pattern is the first ``{`` after the
    keyword ``WHERE`` or, for ``SELECT``/``ASK`` without it, the first ``{`` at all.
    """
    i, n, saw_where, first_brace = 0, len(query), False, -1
    kind = ""
    while i < n:
        char = query[i]
        if char == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if char in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else char
            i += len(quote)
            while i < n and not query.startswith(quote, i):
                i += 2 if query[i] == "\\" else 1
            i += len(quote)
            continue
        if char == "<":
            match = re.match(r"<[^<>\"{}|^`\\\s]*>", query[i:])
            if match:
                i += match.end()
                continue
        if char == "{":
            if saw_where:
                return i
            if first_brace < 0:
                first_brace = i
                if kind in ("SELECT", "ASK"):
                    return i
        word = re.match(r"[A-Za-z]+", query[i:]) if char.isalpha() else None
        if word:
            token = word.group(0).upper()
            if token == "WHERE":
                saw_where = True
            elif not kind and token in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                kind = token
            i += word.end()
            continue
        i += 1
    return -1


def bind_params(query: str, params: Mapping[str, str | None], source: str = "query") -> str:
    """``query`` with a ``VALUES`` row binding each parameter (``None`` is ``UNDEF``).

    >>> print(bind_params("SELECT ?x WHERE { ?x ?p ?name }", {"name": "Huawei"}))
    SELECT ?x WHERE { VALUES (?name) { ("Huawei") }  ?x ?p ?name }
    """
    if not params:
        return query
    for name in params:
        if not _NAME.match(name):
            raise QueryError(f"{source}: bad parameter name {name!r} (letters, digits and _)")
    at = _where_brace(query)
    if at < 0:
        raise QueryError(f"{source}: parameters need a query with a WHERE {{ ... }} pattern")
    names = " ".join(f"?{name}" for name in params)
    values = " ".join("UNDEF" if v is None else sparql_string(v) for v in params.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return query[: at + 1] + block + query[at + 1 :]


def _check_values(params: Mapping[str, str | None], source: str) -> None:
    """Refuse a parameter value no SPARQL engine can read, before anything runs."""
    for name, value in params.items():
        if value is not None and not _is_unicode(value):
            raise QueryError(f"{source}: parameter {name} is not valid Unicode text")


def _is_unicode(text: str) -> bool:
    """False for text with a lone surrogate (what a command line undecodable as UTF-8
    gives Python), which no SPARQL engine can read."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def _is_update(text: str) -> bool:
    # Parse only: running it, even on an empty store, could fetch a LOAD's URL.
    from rdflib.plugins.sparql.parser import parseUpdate

    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    try:
        parseUpdate(prologue + text)
    except Exception:  # pyparsing's errors: not an update either
        return False
    return True


def check_read_only(query: str, source: str = "query") -> None:
    """Raise :class:`QueryError` unless ``query`` is a well-formed read-only query.

    Oxigraph's parser decides, on a throw-away empty store, so the message is the
    same whatever graph the query then runs on.

    >>> check_read_only("SELECT * WHERE { ?s ?p }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: query: malformed SPARQL query (error at 1:25: expected one of ...)
    """
    if not _is_unicode(query):
        raise QueryError(f"{source}: the query is not valid Unicode text (a lone surrogate)")
    try:
        ox.Store().query(query, prefixes=PREFIXES)
        return
    except SyntaxError as err:
        query_error = err
    if _is_update(query):
        raise QueryError(
            f"{source}: SPARQL UPDATE is not allowed here (kg query only reads graphs)"
        )
    raise QueryError(f"{source}: malformed SPARQL query ({_first_line(query_error)})")


def run_query(
    graph: Graph,
    query: str,
    params: Mapping[str, str | None] | None = None,
    source: str = "query",
    *,
    shipped: bool = False,
) -> QueryResult:
    """Run a read-only SPARQL query on ``graph`` with ``params`` bound as literals.

    ``source`` names the query in error messages (a file name or a named query).
    ``shipped``: a named query, written to give each answer once over the union of
    graphs as Oxigraph serves it, so a graph file need not merge its graphs first.

    >>> from kg.store.namespace import KG
    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:x:zte"), KG.currency, Literal("USD")))
    >>> r = run_query(g, "SELECT ?s WHERE { ?s kg:currency ?c }", {"c": "USD"})
    >>> r.vars, [str(row[0]) for row in r.rows]
    (['s'], ['urn:x:zte'])
    """
    _check_values(params or {}, source)
    text = bind_params(query, params or {}, source)
    check_read_only(text, source)
    try:
        with union_as_stored(graph) if shipped else nullcontext():
            answer = graph.query(text, initNs=PREFIXES)
        if answer.type == "ASK":
            return QueryResult("ASK", boolean=bool(answer.askAnswer))
        if answer.type == "SELECT":
            names = [str(v) for v in answer.vars or []]
            rows: list[tuple[Node | None, ...]] = [
                tuple(row.get(Variable(n)) for n in names) for row in answer.bindings
            ]
            return QueryResult("SELECT", names, rows)
        triples: list[tuple[Node | None, ...]] = [tuple(t) for t in answer]  # type: ignore[arg-type]
        return QueryResult("CONSTRUCT", ["subject", "predicate", "object"], triples)
    except QueryError:
        raise
    except Exception as err:  # engines raise many types; the user needs one line
        raise QueryError(f"{source}: query failed ({_first_line(err)})") from err


def queries_dir() -> Path:
    """The folder of the named ``.rq`` queries shipped with ``kg``."""
    return Path(str(resources.files("kg.store") / "queries"))


def parse_named(name: str, text: str) -> NamedQuery:
    """Read a named query's description and parameters from its leading comment.

    >>> q = parse_named("x", "# Things.\\n# param kind: a class\\nSELECT * WHERE {}")
    >>> q.description, q.params
    ('Things.', {'kind': 'a class'})
    """
    description: list[str] = []
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        match = re.match(r"param\s+([A-Za-z_]\w*)\s*:\s*(.*)", body)
        if match:
            params[match.group(1)] = match.group(2)
        elif body:
            description.append(body)
    return NamedQuery(name, " ".join(description), params, text)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name.

    >>> {"sanctions", "evidence", "entities"} <= set(named_queries())
    True
    """
    found = {}
    for path in sorted(queries_dir().glob("*.rq")):
        found[path.stem] = parse_named(path.stem, path.read_text(encoding="utf-8"))
    return found


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; :class:`QueryError` listing the names if unknown.

    >>> named_query("sanctions").params["target"][:8]
    'optional'
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"unknown named query {name!r} (known: {', '.join(queries)})")
    return queries[name]


def prepare_named(
    name: str, params: Mapping[str, str] | None = None
) -> tuple[str, dict[str, str | None]]:
    """A named query's text and its parameters (every declared one; ``None`` if not
    given), after checking the names and the required ones.

    >>> prepare_named("evidence", {})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: evidence: parameter 'entity' is required (required; ...)
    """
    query = named_query(name)
    given = dict(params or {})
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        accepts = ", ".join(query.params) or "no parameters"
        raise QueryError(f"{name}: unknown parameter {unknown[0]!r} (accepts: {accepts})")
    for param, help_text in query.params.items():
        if help_text.startswith("required") and param not in given:
            raise QueryError(f"{name}: parameter {param!r} is required ({help_text})")
    bound: dict[str, str | None] = {p: given.get(p) for p in query.params}
    return query.text, bound


def run_named(graph: Graph, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a named query; every declared parameter not given is left unbound.

    >>> from rdflib import Graph
    >>> run_named(Graph(), "entities", {"colour": "red"})
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: entities: unknown parameter 'colour' (accepts: class, name)
    """
    text, bound = prepare_named(name, params)
    return run_query(graph, text, bound, source=name, shipped=True)


def query_location(
    location: str | Path,
    query: str | None = None,
    *,
    query_file: Path | None = None,
    params: Mapping[str, str] | None = None,
) -> QueryResult:
    """Open a graph file, store or endpoint read-only and run one query on it.

    ``query`` is SPARQL text or the name of a shipped query; ``query_file`` a ``.rq``
    file. The query is checked before the graph is opened, so a typo fails fast.

    >>> query_location("missing.ttl", "SELECT * WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.errors.GraphLoadError: missing.ttl: no such file
    """
    from kg.store.load import open_graph

    given = dict(params or {})
    _check_values(given, str(query_file or query or "query"))
    if query_file is not None:
        try:
            text = query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{query_file}: cannot read query ({err})") from err
        check_read_only(bind_params(text, given, str(query_file)), str(query_file))
        return run_query(open_graph(location), text, given, source=str(query_file))
    if query is None:
        raise QueryError("no query given")
    if query in named_queries():
        text, bound = prepare_named(query, given)
        check_read_only(bind_params(text, bound, query), query)
        return run_query(open_graph(location), text, bound, source=query, shipped=True)
    check_read_only(bind_params(query, given), "query")
    return run_query(open_graph(location), query, given)
