"""``kg query GRAPH (QUERY | --file Q.rq | NAME)``: read-only SPARQL over a file or store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def register(subparsers: Any) -> None:
    """Add the ``query`` verb."""
    parser = subparsers.add_parser(
        "query",
        help="run a SPARQL query (or a named one) on a graph file, store or endpoint",
        description="Run a read-only SPARQL query on a graph file (.ttl .trig .nq .nt "
        ".jsonld), a store folder or a SPARQL endpoint URL. QUERY is SPARQL text or the "
        "name of a shipped query (see --list); parameters are bound as literals.",
    )
    parser.add_argument("graph", metavar="GRAPH", help="graph file, store folder or URL")
    parser.add_argument("query", metavar="QUERY", nargs="?", help="SPARQL text or a query name")
    parser.add_argument("--file", type=Path, help="read the query from this .rq file")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument(
        "--param",
        type=_param,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to the string VALUE (repeatable)",
    )
    parser.add_argument("--list", action="store_true", help="list the named queries and exit")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Run the query and print its answer."""
    from kg.store.query import named_queries, query_location
    from kg.store.results import format_result

    if args.list:
        for query in named_queries().values():
            print(f"{query.name}: {query.description}")
            for name, help_text in query.params.items():
                print(f"    --param {name}=...  {help_text}")
        return 0
    if (args.query is None) == (args.file is None):
        args.parser.error("give a QUERY (SPARQL text or a name) or --file Q.rq, not both")
    result = query_location(args.graph, args.query, query_file=args.file, params=dict(args.param))
    sys.stdout.write(format_result(result, args.format).rstrip("\n") + "\n")
    return 0
