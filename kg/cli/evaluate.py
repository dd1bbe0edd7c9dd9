"""``kg evaluate --gold FILE.jsonl [--root DIR] [--errors]`` and
``kg evaluate --carb SENTENCES.txt --gold GOLD.tsv [--write SYSTEM.tsv]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.errors import KGError
from kg.evaluate.gold import ErrorLine, evaluate_gold


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "evaluate",
        help="score extraction against gold facts or the CaRB benchmark",
        description="Gold mode (--gold FILE.jsonl): build a graph from the articles the gold "
        "names and print precision, recall and F1 for facts (overall and per property), "
        "entity typing, and precision per confidence band. CaRB mode (--carb SENTENCES.txt "
        "--gold GOLD.tsv): run the open-triple extractor and score it with CaRB's method.",
    )
    p.add_argument(
        "--gold",
        required=True,
        type=Path,
        metavar="GOLD",
        help="gold facts (.gold.jsonl), or with --carb the CaRB gold (.tsv)",
    )
    p.add_argument("--carb", type=Path, metavar="SENTENCES.txt", help="CaRB sentence file")
    p.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="folder the gold 'doc' paths are relative to (default: the folder above the "
        "gold file's folder)",
    )
    p.add_argument(
        "--errors", action="store_true", help="list every miss and false positive with its sentence"
    )
    p.add_argument("--json", action="store_true", help="gold mode: print the figures as JSON")
    p.add_argument("--write", type=Path, metavar="SYSTEM.tsv", help="CaRB: save the system tuples")
    p.set_defaults(run=run, parser=p)


def run(args: argparse.Namespace) -> int:
    if args.carb is not None:
        if args.root is not None or args.errors or args.json:
            args.parser.error("--root, --errors and --json belong to gold mode, not --carb")
        return _run_carb(args.carb, args.gold, args.write)
    if args.write is not None:
        args.parser.error("--write needs --carb (it saves CaRB system tuples)")
    if sys.stderr.isatty():
        print("kg: building the graph of the gold articles…", file=sys.stderr)
    report = evaluate_gold(args.gold, root=args.root)
    if args.json:
        data = report.as_dict()
        if args.errors:
            data["error_lines"] = [_error_data(e) for e in report.errors]
        print(json.dumps(data, indent=2))
    else:
        print(report.format(errors=args.errors))
    return 0


def _error_data(error: ErrorLine) -> dict[str, str | None]:
    """One ``--errors`` line as JSON-ready data."""
    return {"doc": error.doc, "what": error.what, "text": error.text, "sentence": error.sentence}


def _run_carb(sentences: Path, gold: Path, write: Path | None) -> int:
    try:
        from kg.evaluate.carb import evaluate_carb
    except ImportError as err:
        raise KGError(f"the CaRB mode is not available in this installation: {err}") from err
    score = evaluate_carb(sentences, gold, write=write)
    print(score.format())
    return 0
