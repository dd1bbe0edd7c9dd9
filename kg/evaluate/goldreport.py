"""What a gold evaluation measured, and how it prints.

>>> Score(3, 4, 3, 6).f1
0.6
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from kg.extract.frames import FRAME_PROPERTIES

#: Lower bounds of the confidence bands; the last band includes 1.0.
BANDS = (0.0, 0.5, 0.7, 0.85)


@dataclass
class Score:
    """Counts behind precision and recall.

    ``correct`` system items out of ``predicted``; ``found`` gold items out of ``gold``
    (the two sides can differ when several system items match one gold item).
    """

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold


@dataclass(frozen=True, slots=True)
class ErrorLine:
    """One miss or false positive, for ``--errors``."""

    doc: str
    what: str  # "miss", "false positive", "type", "missing entity"
    text: str
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class ScoredFact:
    """One counted fact of the graph: the rule and confidence of its best evidence, and
    whether the gold has it (what ``bench/rule_precision.py`` measures rules by)."""

    doc: str
    predicate: str
    rule: str | None
    confidence: float
    correct: bool
    #: The highest confidence of each distinct sentence stating the fact (its
    #: corroboration; ``bench/rule_precision.py`` tests whether it ranks facts).
    sentences: tuple[float, ...] = ()
    #: The sentence of the best evidence (``bench/rule_precision.py`` reads its shape).
    sentence: str | None = None
    #: The distinct rules of all its evidence (one rule firing in several sentences is
    #: support of another kind than several rules agreeing).
    rules: tuple[str, ...] = ()


@dataclass
class GoldReport:
    """Everything :func:`score_gold` measured; :meth:`format` prints it."""

    articles: int = 0
    facts: Score = field(default_factory=Score)
    by_property: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    typing: Score = field(default_factory=Score)
    #: Precision side by the graph's class, recall side by the gold type.
    typing_by_class: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    entities_found: int = 0  # gold entities matched by name, whatever the type
    unmatched_entities: int = 0  # graph entities that match no gold entity
    kind_agree: int = 0
    kind_total: int = 0
    #: ``sanctions`` facts scored as if the kind had to agree too.
    sanctions_with_kind: Score = field(default_factory=Score)
    amount_agree: int = 0
    amount_total: int = 0
    date_agree: int = 0
    date_total: int = 0
    sanctions_without_imposer: int = 0
    ignored_optional: int = 0
    bands: dict[float, Score] = field(default_factory=lambda: defaultdict(Score))
    scored: list[ScoredFact] = field(default_factory=list)
    errors: list[ErrorLine] = field(default_factory=list)
    gold_path: str = ""
    missing_docs: list[str] = field(default_factory=list)

    @property
    def by_frame(self) -> dict[str, Score]:
        """Fact scores summed over the properties of each extractor frame.

        >>> r = GoldReport(by_property={"partOf": Score(1, 1, 1, 2), "acquires": Score(0, 1, 0, 1)})
        >>> s = r.by_frame["ownership"]
        >>> (s.correct, s.predicted, s.found, s.gold)
        (1, 2, 1, 3)
        """
        frames: dict[str, Score] = {}
        for frame, properties in FRAME_PROPERTIES.items():
            total = Score()
            for prop in properties:
                if prop in self.by_property:
                    total.add(self.by_property[prop])
            if total.gold or total.predicted:
                frames[frame] = total
        return frames

    def as_dict(self) -> dict[str, object]:
        """The figures as JSON-ready data (rounded to 4 places).

        >>> GoldReport(articles=1, facts=Score(1, 2, 1, 1)).as_dict()["facts"]["f1"]
        0.6667
        """

        def score(s: Score) -> dict[str, object]:
            return {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "correct": s.correct,
                "predicted": s.predicted,
                "found": s.found,
                "gold": s.gold,
            }

        return {
            "gold": self.gold_path,
            "articles": self.articles,
            "facts": score(self.facts),
            "by_property": {p: score(s) for p, s in sorted(self.by_property.items())},
            "by_frame": {f: score(s) for f, s in self.by_frame.items()},
            "entity_typing": score(self.typing),
            "typing_by_class": {c: score(s) for c, s in sorted(self.typing_by_class.items())},
            "entities_found": self.entities_found,
            "unmatched_entities": self.unmatched_entities,
            "sanction_kind": {"agree": self.kind_agree, "of": self.kind_total},
            "sanctions_with_kind": score(self.sanctions_with_kind),
            "sanction_amount": {"agree": self.amount_agree, "of": self.amount_total},
            "sanction_date": {"agree": self.date_agree, "of": self.date_total},
            "ignored_optional": self.ignored_optional,
            "sanctions_without_imposer": self.sanctions_without_imposer,
            "confidence_bands": [
                {
                    "band": _band_name(low),
                    **score(band := self.bands.get(low, Score())),
                    "interval": list(wilson(band.correct, band.predicted))
                    if band.predicted
                    else None,
                }
                for low in BANDS
            ],
            "missing_docs": list(self.missing_docs),
            "errors": len(self.errors),
        }

    def format(self, errors: bool = False) -> str:
        """The figures as a table, and with ``errors`` every miss and false positive.

        >>> r = GoldReport(articles=1, facts=Score(2, 4, 2, 3))
        >>> print(r.format().splitlines()[3])
        facts (all)       0.500      0.667   0.571      2/4      2/3
        """
        out = [
            f"Gold evaluation: {self.articles} articles"
            + (f" ({self.gold_path})" if self.gold_path else ""),
            "",
            f"{'':<17} {'precision':<10} {'recall':<7} {'F1':<7} {'correct':>8} {'found':>8}",
            _row("facts (all)", self.facts),
        ]
        for prop in sorted(self.by_property):
            out.append(_row(f"  {prop}", self.by_property[prop]))
        if self.sanctions_with_kind.gold or self.sanctions_with_kind.predicted:
            out.append(_row("  sanctions+kind", self.sanctions_with_kind))
        out.append("facts by frame")
        for frame, score in self.by_frame.items():
            out.append(_row(f"  {frame}", score))
        out.append(_row("entity typing", self.typing))
        for cls in sorted(self.typing_by_class):
            out.append(_row(f"  {cls}", self.typing_by_class[cls]))
        out.append("")
        out.append(
            f"entities found by name: {self.entities_found}/{self.typing.gold}; "
            f"graph entities not in the gold (not counted): {self.unmatched_entities}"
        )
        if self.kind_total:
            share = self.kind_agree / self.kind_total
            out.append(
                f"sanction kind agrees on {self.kind_agree}/{self.kind_total} "
                f"matched sanctions ({share:.3f})"
            )
        for what, agree, total in (
            ("amount and currency", self.amount_agree, self.amount_total),
            ("date", self.date_agree, self.date_total),
        ):
            if total:
                out.append(f"sanction {what} agree on {agree}/{total} matched sanctions")
        out.append(
            f"facts matching only optional gold (not counted): {self.ignored_optional}; "
            f"sanctions without an imposer (no fact): {self.sanctions_without_imposer}"
        )
        if self.missing_docs:
            out.append(f"articles missing from the graph: {', '.join(self.missing_docs)}")
        out.append("")
        out.append("precision by confidence band (correct/counted facts, 90% interval)")
        for low in BANDS:
            score = self.bands.get(low, Score())
            line = (
                f"  {_band_name(low):<15} {score.precision:<7.3f} "
                f"{score.correct:>4}/{score.predicted:<5} {_interval(score)}"
            )
            out.append(line.rstrip())
        if errors:
            out.append("")
            out.append(f"errors ({len(self.errors)})")
            for err in self.errors:
                out.append(f"{err.doc}: {err.what}: {err.text}")
                if err.sentence:
                    out.append(f"    | {' '.join(err.sentence.split())}")
        return "\n".join(out)


def _row(name: str, score: Score) -> str:
    return (
        f"{name:<17} {score.precision:<10.3f} {score.recall:<7.3f} {score.f1:<7.3f} "
        f"{score.correct:>4}/{score.predicted:<4}{score.found:>4}/{score.gold:<4}"
    ).rstrip()


def wilson(right: int, n: int, z: float = 1.645) -> tuple[float, float]:
    """The Wilson score interval of a proportion (90% for the default ``z``): how far
    a band's precision over ``n`` facts can be trusted.

    >>> [round(x, 2) for x in wilson(12, 13)]
    [0.72, 0.98]
    >>> [round(x, 2) for x in wilson(7, 7)]
    [0.72, 1.0]
    """
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n), (centre + spread) / (1 + z * z / n)


def _interval(score: Score) -> str:
    if not score.predicted:
        return ""
    low, high = wilson(score.correct, score.predicted)
    return f"[{low:.2f}, {high:.2f}]"


def _band_name(low: float) -> str:
    bounds = [*BANDS, 1.0]
    high = bounds[bounds.index(low) + 1]
    return f"[{low:.2f}, {high:.2f}{']' if high == 1.0 else ')'}"


def band_of(confidence: float) -> float:
    """The lower bound of the band a confidence falls in.

    >>> band_of(0.7), band_of(1.0), band_of(0.49)
    (0.7, 0.85, 0.0)
    """
    return max(low for low in BANDS if confidence >= low) if confidence >= 0 else BANDS[0]
