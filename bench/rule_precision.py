"""How often each extraction rule is right on the tuned-on gold, and whether refitting
the rules' confidences to that would carry over.

    .venv/bin/python bench/rule_precision.py [--shared ../shared] [--min-n 3]

Every rule states a confidence when it fires. This scores the four tuned-on gold sets
(dev and news-dev from ``../shared/eval``; ``news-invented-a`` and ``releases-silver``
from ``bench/gold``) and prints, per (rule, stated confidence), the counted facts, the
right ones, the precision with its 90% Wilson interval, and a flag where the stated
confidence lies outside that interval (``<<`` stated too low, ``>>`` too high). The
check sets (val, releases-blind, news-invented-b) are never read here.

It then asks whether replacing stated confidences by measured ones would help on text
the measure did not see: each set in turn is left out, confidences are refitted on the
other three, and the left-out set's precision per band is printed for the stated
confidences and for two refits (every cell moved to its posterior
``(right + 4 * stated) / (n + 4)``; only cells whose interval excludes the stated value
moved). The refit is worth adopting only where the left-out bands rise better than the
stated ones. On the sets shipped in December 2026 they did not: tuned-on sets flatter
the rules that were written from them, and on the left-out releases the refitted top
band was right 0.80-0.88 of the time against 1.00 in the middle band.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.evaluate.gold import evaluate_gold
from kg.evaluate.goldreport import BANDS, ScoredFact, band_of

GOLD = Path(__file__).resolve().parent / "gold"
#: (name, (where the gold file is, its path), root of its "doc" paths): "shared" is
#: ../shared, "gold" is bench/gold.
TUNED = (
    ("dev", ("shared", "eval/dev.gold.jsonl"), "shared"),
    ("news-dev", ("shared", "eval/news-dev.gold.jsonl"), "shared"),
    ("news-invented-a", ("gold", "news-invented-a.gold.jsonl"), "gold"),
    ("releases-silver", ("gold", "releases-silver.gold.jsonl"), "shared"),
)
PRIOR_WEIGHT = 4.0
Cell = tuple[str, float]
Counts = dict[Cell, tuple[int, int]]


def count(facts: Iterable[ScoredFact]) -> Counts:
    """``(rule, stated confidence) -> (counted, right)`` over scored facts.

    >>> f = ScoredFact("d", "worksFor", "r", 0.7, True)
    >>> count([f, f, ScoredFact("d", "worksFor", "r", 0.7, False)])
    {('r', 0.7): (3, 2)}
    """
    seen: Counter[Cell] = Counter()
    right: Counter[Cell] = Counter()
    for fact in facts:
        if fact.rule is not None:
            key = (fact.rule, round(fact.confidence, 3))
            seen[key] += 1
            right[key] += fact.correct
    return {key: (seen[key], right[key]) for key in seen}


def wilson(right: int, n: int, z: float = 1.645) -> tuple[float, float]:
    """The Wilson score interval of a proportion (90% for the default ``z``).

    >>> [round(x, 2) for x in wilson(12, 13)]
    [0.72, 0.98]
    """
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n), (centre + spread) / (1 + z * z / n)


def posterior(right: int, n: int, stated: float) -> float:
    """The stated confidence updated by ``right`` of ``n``, as a Beta prior of weight 4.

    >>> posterior(3, 3, 0.55)
    0.743
    """
    return round((right + PRIOR_WEIGHT * stated) / (n + PRIOR_WEIGHT), 3)


def refit(counts: Counts, only_outside: bool) -> Callable[[ScoredFact], float]:
    """A confidence for each fact from ``counts``: the posterior of its cell, or, with
    ``only_outside``, only where the cell's interval excludes the stated value."""

    def confidence(fact: ScoredFact) -> float:
        stated = fact.confidence
        n, right = counts.get((fact.rule or "", round(stated, 3)), (0, 0))
        if not n:
            return stated
        low, high = wilson(right, n)
        if only_outside and low <= stated <= high:
            return stated
        return posterior(right, n, stated)

    return confidence


def bands_line(pairs: Iterable[tuple[float, bool]]) -> str:
    """Precision per band of ``(confidence, right)`` pairs, with counts.

    >>> bands_line([(0.9, True), (0.6, False), (0.75, True)])
    '0.50+ 0.00 (  1)  0.70+ 1.00 (  1)  0.85+ 1.00 (  1)'
    """
    seen: Counter[float] = Counter()
    right: Counter[float] = Counter()
    for conf, ok in pairs:
        seen[band_of(conf)] += 1
        right[band_of(conf)] += ok
    return "  ".join(
        f"{low:.2f}+ {right[low] / seen[low]:.2f} ({seen[low]:3d})"
        if seen[low]
        else f"{low:.2f}+  –"
        for low in BANDS[1:]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1] / ".." / "shared")
    parser.add_argument("--min-n", type=int, default=3, help="list cells counted this often")
    args = parser.parse_args()
    if not (args.shared / "eval" / "dev.gold.jsonl").is_file():
        sys.exit(f"{args.shared}: no eval/dev.gold.jsonl here; pass --shared DIR")
    places = {"shared": args.shared, "gold": GOLD}
    scored = {
        name: evaluate_gold(places[where] / file, root=places[root]).scored
        for name, (where, file), root in TUNED
    }
    counts = count(f for facts in scored.values() for f in facts)
    print(f"{'rule':44s} stated    n right     P  90% interval")
    for (rule, stated), (n, right) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
        low, high = wilson(right, n)
        flag = "<<" if stated < low else ">>" if stated > high else ""
        if n >= args.min_n or flag:
            print(
                f"{rule:44s} {stated:6.3f} {n:4d} {right:5d} {right / n:5.2f}"
                f"  [{low:.2f}, {high:.2f}] {flag}"
            )
    print("\nleft-out set: precision by band (counts) with stated and refitted confidences")
    for name, facts in scored.items():
        others = count(f for other, fs in scored.items() if other != name for f in fs)
        print(f"  {name:16s} stated        {bands_line((f.confidence, f.correct) for f in facts)}")
        for label, only in (("refit all", False), ("refit outside", True)):
            fitted = refit(others, only)
            print(f"  {'':16s} {label:13s} {bands_line((fitted(f), f.correct) for f in facts)}")


if __name__ == "__main__":
    main()
