"""``kg link GRAPH --reference FILE --output GRAPH2``: link entities to a reference list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``link`` verb."""
    from kg.link import THRESHOLD

    parser = subparsers.add_parser(
        "link",
        help="link entities to a reference list (FtM JSON lines or id,name,type,aliases CSV)",
        description="Match the graph's companies, governments, organisations and people "
        "against a reference list: FollowTheMoney JSON lines (e.g. an OpenSanctions "
        "dataset you downloaded) or a CSV with columns id,name,type,aliases. Writes the "
        "graph with owl:sameAs links (named graph .../graph/links) for matches scoring "
        f"at least the threshold (default {THRESHOLD}) with no close second; prints "
        "what was linked and what was ambiguous.",
    )
    parser.add_argument("graph", metavar="GRAPH", help="graph file, store folder or URL")
    parser.add_argument("--reference", "-r", type=Path, required=True, help="FtM JSON lines or CSV")
    parser.add_argument("--output", "-o", type=Path, required=True, help="graph file to write")
    parser.add_argument(
        "--threshold", type=float, default=THRESHOLD, help="lowest score that links (0..1)"
    )
    parser.add_argument(
        "--base", help="IRI prefix for reference ids (default: OpenSanctions for FtM, URN for CSV)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Link, write the graph and print the report."""
    from kg.errors import InputError
    from kg.link import link

    if not 0.0 < args.threshold <= 1.0:
        raise InputError("--threshold", f"must be in (0, 1], got {args.threshold}")
    report = link(args.graph, args.reference, args.output, threshold=args.threshold, base=args.base)
    print(report.format())
    print(f"kg: wrote {args.output}", file=sys.stderr)
    return 0
