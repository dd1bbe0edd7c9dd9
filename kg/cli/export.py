"""``kg export GRAPH --output FILE``: a graph file, store or endpoint in another format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``export`` verb."""
    parser = subparsers.add_parser(
        "export",
        help="write a graph or store as .ttl .trig .nq .nt .jsonld .graphml .gexf .csv "
        "or .ftm.json",
        description="Export a graph file, store folder or SPARQL endpoint. The output's "
        "extension picks the format: RDF (.ttl .trig .nq .nt .jsonld, JSON-LD with a "
        "@context), the entity graph for network tools (.graphml .gexf), CSV "
        "(X.csv writes X.nodes.csv and X.edges.csv), or FollowTheMoney entities as "
        "JSON lines (X.ftm.json) for OpenSanctions tools.",
    )
    parser.add_argument("graph", metavar="GRAPH", help="graph file, store folder or URL")
    parser.add_argument("--output", "-o", type=Path, required=True, help="file to write")
    parser.add_argument(
        "--sanctions",
        choices=("nodes", "edges"),
        default="nodes",
        help="GraphML/GEXF/CSV: sanctions as nodes (default) or as imposer-to-target edges",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Export and name the files written."""
    from kg.store.export import export

    for path in export(args.graph, args.output, args.sanctions):
        print(f"kg: wrote {path}", file=sys.stderr)
    return 0
