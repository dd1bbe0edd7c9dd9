"""``kg render GRAPH --output graph.html``: the interactive page, self-contained and offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kg.model import ENTITY_CLASSES
from kg.render.select import EDGE_PROPERTIES, SelectionError, check_date, known_names


def _names(allowed: tuple[str, ...], what: str) -> Any:
    def parse(text: str) -> frozenset[str]:
        try:
            return known_names(filter(None, (p.strip() for p in text.split(","))), allowed, what)
        except SelectionError as err:  # bad usage: argparse's exit 2
            raise argparse.ArgumentTypeError(str(err)) from None

    return parse


def _date(text: str) -> str:
    try:
        return check_date(text)
    except SelectionError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}")
    return value


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return int(text)


def register(subparsers: Any) -> None:
    """Add the ``render`` verb."""
    parser = subparsers.add_parser(
        "render",
        help="write an interactive HTML page of a graph (works offline)",
        description="Draw a graph file (.ttl .trig .nq .jsonld) or store folder as one "
        "self-contained HTML page: search, filters, and the evidence behind every fact. "
        "The options below choose what is drawn; the page filters further.",
    )
    parser.add_argument("graph", metavar="GRAPH", help="graph file or store folder")
    parser.add_argument("--output", "-o", type=Path, required=True, help="the .html file to write")
    parser.add_argument("--title", default=None, help="page title (default: the graph's name)")
    parser.add_argument("--focus", metavar="ENTITY", help="draw only around this entity (any name)")
    parser.add_argument(
        "--hops", type=_count, default=1, help="with --focus: how many steps out (default 1)"
    )
    parser.add_argument(
        "--classes",
        type=_names(ENTITY_CLASSES, "class"),
        metavar="C1,C2",
        help=f"draw only these classes ({', '.join(ENTITY_CLASSES)})",
    )
    parser.add_argument(
        "--properties",
        type=_names(EDGE_PROPERTIES, "property"),
        metavar="P1,P2",
        help="draw only these properties (imposedBy and target are the sanction edges)",
    )
    parser.add_argument("--since", type=_date, help="only facts from articles dated on/after")
    parser.add_argument("--until", type=_date, help="only facts from articles dated on/before")
    parser.add_argument(
        "--min-confidence", type=_confidence, default=0.0, help="drop facts below this (0-1)"
    )
    parser.add_argument(
        "--max-nodes",
        type=_count,
        default=1000,
        help="draw at most this many nodes, the most connected first (0: no limit; default 1000)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the page and print what it holds (and what was left out)."""
    from kg.render.api import RenderOptions, render_file

    options = RenderOptions.of(
        focus=args.focus,
        hops=args.hops,
        classes=args.classes,
        properties=args.properties,
        since=args.since,
        until=args.until,
        min_confidence=args.min_confidence,
        max_nodes=args.max_nodes or None,
        title=args.title or f"Knowledge graph: {Path(args.graph).name}",
    )
    report = render_file(args.graph, args.output, options)
    for note in report.notes:
        print(f"kg: note: {note}", file=sys.stderr)
    print(
        f"wrote {report.output}: {report.nodes} nodes and {report.edges} edges "
        f"(of {report.total_nodes} and {report.total_edges}), layout by {report.layout}, "
        f"{report.bytes / 1e6:.1f} MB in {report.seconds:.1f}s"
    )
    return 0
