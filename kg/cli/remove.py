"""``kg remove STORE ARTICLE...``: take articles (and what only they said) out of a store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``remove`` verb."""
    parser = subparsers.add_parser(
        "remove",
        help="remove articles from a store",
        description="Remove articles by id from a store folder: their graphs, and the "
        "entities no other article mentions. Ids are the build's article ids "
        "(list them with `kg query STORE articles`).",
    )
    parser.add_argument("store", metavar="STORE", type=Path, help="store folder")
    parser.add_argument("articles", metavar="ARTICLE", nargs="+", help="article id")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Remove the articles; exit 1 if none of them was in the store."""
    from kg.store.oxstore import remove_from_store

    removed = remove_from_store(args.store, args.articles)
    missing = [a for a in args.articles if a not in removed]
    for article in missing:
        print(f"kg: {args.store}: no article {article!r} in the store", file=sys.stderr)
    print(f"removed {len(removed)} article(s) from {args.store}", file=sys.stderr)
    return 0 if removed or not args.articles else 1
