"""``kg build INPUT... (--output GRAPH | --store DIR|URL)``."""

from __future__ import annotations

import argparse
import json
import sys
import time

from kg.build import build


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "build",
        help="build a graph from articles",
        description="Read .txt/.md/.html/.jsonl files and folders, extract entities and "
        "facts, and write a graph file (format from its extension: .ttl .trig .nq .jsonld) "
        "or add to a store.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--output", "-o", help="graph file to write (.ttl .trig .nq .jsonld)")
    target.add_argument("--store", help="store directory (or http(s) SPARQL endpoint) to add to")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or summary")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    show = not args.quiet and not args.json and sys.stderr.isatty()
    summary = build(
        args.inputs,
        output=args.output,
        store=args.store,
        progress=_progress_printer() if show else None,
    )
    if show:
        print(file=sys.stderr)
    for problem in summary.problems:
        print(f"kg: skipped {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary.as_dict(), indent=2))
    elif not args.quiet:
        print(summary.format())
    return 0


def _progress_printer():  # type: ignore[no-untyped-def]
    start = time.perf_counter()

    def show(done: int, known: int, words: int) -> None:
        rate = words / max(time.perf_counter() - start, 1e-9)
        print(f"\r{done}/{known} articles, {rate:,.0f} words/s", end="", file=sys.stderr)

    return show
