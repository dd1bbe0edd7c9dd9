"""Extraction quality on every gold set side by side: the table the README shows.

    .venv/bin/python bench/quality.py [--shared ../shared] [--markdown]

Tuned-on sets (dev releases, news-dev stories) and the check set (val releases)
stand next to each other, so a gap between them, the sign of rules that do not carry
over, is seen at once. Only scores are printed; for the error lists of the tuned-on
sets use ``kg evaluate --gold … --errors`` (never on val).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.evaluate.gold import evaluate_gold
from kg.evaluate.goldreport import GoldReport, Score
from kg.extract.frames import FRAME_PROPERTIES

SETS = (("dev", "dev.gold.jsonl"), ("news-dev", "news-dev.gold.jsonl"), ("val", "val.gold.jsonl"))


def _cell(score: Score | None) -> str:
    if score is None or not (score.gold or score.predicted):
        return "–"
    return f"{score.precision:.3f} / {score.recall:.3f} / **{score.f1:.3f}**"


def table(reports: dict[str, GoldReport]) -> str:
    """A markdown table: one row per measure, one column per gold set (P / R / F1)."""
    names = list(reports)
    lines = [
        "| P / R / F1 | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]

    def row(label: str, pick) -> None:  # type: ignore[no-untyped-def]
        lines.append(f"| {label} | " + " | ".join(_cell(pick(r)) for r in reports.values()) + " |")

    row("facts, all properties", lambda r: r.facts)
    for frame in FRAME_PROPERTIES:
        row(f"· {frame} frame", lambda r, f=frame: r.by_frame.get(f))
    row("entity typing", lambda r: r.typing)
    row("· Technology typing", lambda r: r.typing_by_class.get("Technology"))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1] / ".." / "shared")
    args = parser.parse_args()
    reports = {}
    for name, file in SETS:
        path = args.shared / "eval" / file
        if path.exists():
            reports[name] = evaluate_gold(path, root=args.shared)
    print(table(reports))
    for name, report in reports.items():
        bands = ", ".join(
            f"{low:.2f}+: {report.bands[low].precision:.2f} ({report.bands[low].predicted})"
            for low in sorted(report.bands)
        )
        print(f"\n{name}: precision by confidence band: {bands}")


if __name__ == "__main__":
    main()
