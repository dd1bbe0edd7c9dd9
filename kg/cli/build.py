"""``kg build INPUT... (--output GRAPH | --store DIR|URL) [--workers N] [--dask ADDR]
[--encoding NAME]``."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time

from kg.build import Limits, Progress, build
from kg.cli import one_line
from kg.errors import KGError
from kg.ingest import MAX_BYTES
from kg.limits import ARTICLE_TIME_LIMIT

#: Exit status of a build that wrote the graph but skipped some articles.
SKIPPED = 3


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "build",
        help="build a graph from articles",
        description="Read .txt/.md/.html/.jsonl files and folders, extract entities and "
        "facts, and write a graph file (format from its extension: .ttl .trig .nq .jsonld) "
        "or add to a store. Exit status: 0 all articles built, 1 nothing built (the "
        f"reason on stderr), 2 bad usage, {SKIPPED} built but some articles skipped "
        "(each named on stderr as 'kg: skipped FILE: reason').",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--output", "-o", help="graph file to write (.ttl .trig .nq .jsonld)")
    target.add_argument("--store", help="store directory (or http(s) SPARQL endpoint) to add to")
    p.add_argument(
        "--workers",
        "-j",
        type=_workers,
        default=1,
        metavar="N",
        help="parse with N processes (0: one per core; default 1)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="distribute over a Dask cluster: scheduler address, or 'local' for a "
        "LocalCluster of --workers processes (needs the extra: pip install 'kg[dask]')",
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="encoding of files without a byte-order mark, e.g. latin-1 or cp1252 "
        "(default UTF-8; UTF-8/16/32 byte-order marks are always honoured)",
    )
    p.add_argument(
        "--max-article-bytes",
        type=_positive_int,
        default=MAX_BYTES,
        metavar="N",
        help=f"skip (and report) files or JSONL lines larger than N bytes (default {MAX_BYTES:,})",
    )
    p.add_argument(
        "--time-limit",
        type=_seconds,
        default=ARTICLE_TIME_LIMIT,
        metavar="SECONDS",
        help="skip (and report) an article that takes longer than this to extract "
        f"(default {ARTICLE_TIME_LIMIT:g}; 0: no limit)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.set_defaults(run=run)


def _whole_number(value: str, least: int, hint: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < least:
        raise argparse.ArgumentTypeError(hint)
    return n


def _workers(value: str) -> int:
    return _whole_number(value, 0, "must be 0 (all cores) or more") or (os.cpu_count() or 1)


def _positive_int(value: str) -> int:
    return _whole_number(value, 1, "must be at least 1")


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= n < float("inf"):  # NaN too
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a number of seconds: {value!r}")
    return n


def run(args: argparse.Namespace) -> int:
    if args.dask and not dask_installed():
        raise KGError("--dask needs Dask, an optional extra: pip install 'kg[dask]'")
    limits = Limits(max_bytes=args.max_article_bytes, seconds=args.time_limit or None)
    summary = build(
        args.inputs,
        output=args.output,
        store=args.store,
        workers=args.workers,
        dask=args.dask,
        progress=None if args.quiet else progress_printer(),
        limits=limits,
        encoding=args.encoding,
    )
    for problem in summary.problems:
        print(f"kg: skipped {one_line(problem)}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary.as_dict(), indent=2))
    elif not args.quiet:
        print(summary.format())
    # a script must be able to tell a complete graph from one with articles missing
    return SKIPPED if summary.skipped else 0


def dask_installed() -> bool:
    """Whether Dask's distributed scheduler can be imported (the ``kg[dask]`` extra).

    Checked before anything is read, so that ``--dask`` without it costs one line,
    not a model load and a half-started store.
    """
    return importlib.util.find_spec("distributed") is not None


def progress_printer(every: float = 5.0) -> Progress:
    """Progress on stderr: a live line on a terminal, a line every few seconds otherwise."""
    start = time.perf_counter()
    last = [0.0]
    live = sys.stderr.isatty()

    def show(done: int, expected: int, words: int) -> None:
        now = time.perf_counter()
        if not live and now - last[0] < every and done < expected:
            return
        last[0] = now
        elapsed = max(now - start, 1e-9)
        rate = words / elapsed
        eta = elapsed / done * (expected - done) if done and expected > done else 0.0
        line = f"{done}/{expected} articles, {rate:,.0f} words/s, ETA {eta:.0f} s"
        end = "" if live and done < expected else "\n"
        print(("\r" if live else "") + line, end=end, file=sys.stderr, flush=True)

    return show
