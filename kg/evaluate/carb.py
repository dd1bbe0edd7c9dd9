"""The CaRB open-extraction benchmark, scored the way its own scorer does by default.

CaRB (Bhardwaj, Aggarwal & Mausam, EMNLP-IJCNLP 2019) compares system tuples with
gold tuples word by word. This module re-implements the benchmark's default mode
(``../shared/eval/carb/README.md`` describes it): tuples are made binary, a system
tuple scores against a gold tuple only when their relations share a word, the
precision side is a greedy one-to-one matching and the recall side takes each gold
tuple's best match, at every confidence threshold; F1 is the best point of the
curve and AUC the area under it.

>>> gold = [CarbExtraction("Ann met Bob .", 1.0, "met", ("Ann", "Bob"))]
>>> system = [CarbExtraction("Ann met Bob .", 0.9, "met", ("Ann", "Bob"))]
>>> score = score_extractions(system, gold)
>>> (score.precision, score.recall, score.f1, score.auc)
(1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
import os
import re
import string
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    from spacy.language import Language

#: Relations of reported speech: the gold's arguments may be in either order.
SAID_WORDS = ("said", "told", "added", "adds", "says")
FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")

#: Penn Treebank escapes of brackets, as CaRB's sentence files write them.
PTB_ESCAPES = (
    ("(", "-LRB-"),
    (")", "-RRB-"),
    ("[", "-LSB-"),
    ("]", "-RSB-"),
    ("{", "-LCB-"),
    ("}", "-RCB-"),
)
_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")


@dataclass(frozen=True, slots=True)
class CarbExtraction:
    """One tuple of a CaRB file: its sentence, confidence, relation and arguments."""

    sentence: str
    confidence: float
    relation: str
    args: tuple[str, ...]

    def __post_init__(self) -> None:
        if math.isnan(self.confidence):
            raise ValueError("confidence must be a number, got NaN")


@dataclass(frozen=True, slots=True)
class CarbScore:
    """The benchmark's figures: the best-F1 point of the curve and the area under it."""

    precision: float
    recall: float
    f1: float
    auc: float
    n_sentences: int  # gold sentences scored
    n_extractions: int  # system tuples on those sentences
    seconds: float = 0.0  # parse and extraction time, when the extractor was run
    sentences_run: int = 0  # input sentences the extractor ran over

    def format(self) -> str:
        """A small table for the command line.

        >>> print(CarbScore(0.5, 0.25, 1 / 3, 0.2, 10, 20).format())
        CaRB (default mode)  sentences 10  extractions 20
        precision  recall  F1     AUC
        0.500      0.250   0.333  0.200
        """
        head = f"CaRB (default mode)  sentences {self.n_sentences}  "
        head += f"extractions {self.n_extractions}"
        if self.seconds and self.sentences_run:
            rate = self.sentences_run / self.seconds
            head += f"  {self.seconds:.1f} s ({rate:.0f} sentences/s)"
        return (
            f"{head}\nprecision  recall  F1     AUC\n"
            f"{self.precision:<10.3f} {self.recall:<7.3f} {self.f1:<6.3f} {self.auc:.3f}"
        )


def normalize_sentence(sentence: str) -> str:
    """The key CaRB matches sentences on: no spaces, no punctuation, brackets unescaped.

    >>> normalize_sentence("Huawei ( China ) said so .")
    'HuaweiChinasaidso'
    >>> normalize_sentence("Huawei -LRB- China -RRB- said so.")
    'HuaweiChinasaidso'
    """
    key = sentence.replace(" ", "")
    for plain, escaped in PTB_ESCAPES:
        key = key.replace(escaped, plain)
    return _PUNCT.sub("", key)


def _binary(ex: CarbExtraction) -> tuple[str, ...]:
    """Arguments 2..n joined into one second argument, as the benchmark does."""
    if len(ex.args) >= 2:
        return (ex.args[0], " ".join(ex.args[1:]))
    return ex.args


def _match(
    gold_rel: str, gold_args: Sequence[str], rel: str, args: Sequence[str]
) -> tuple[float, float]:
    """Pair (precision, recall) of one system tuple against one gold tuple."""
    sys_words = rel.split()
    gold_words = gold_rel.split()
    sys_total = len(sys_words)
    gold_total = len(gold_words)
    matched = 0
    for word in gold_words:
        if word in sys_words:
            matched += 1
            sys_words.remove(word)
    # A system "be" stands for any form of "be" in the gold relation.
    if "be" in sys_words and any(form in gold_words for form in FORMS_OF_BE):
        matched += 1
        sys_words.remove("be")
    if matched == 0:
        return (0.0, 0.0)
    sys_matched = gold_matched = matched
    for i, gold_arg in enumerate(gold_args):
        gold_words = gold_arg.split()
        gold_total += len(gold_words)
        if i >= len(args):
            if i < 2:
                return (0.0, 0.0)
            continue
        sys_words = args[i].split()
        sys_total += len(sys_words)
        found = 0
        for word in gold_words:
            if word in sys_words:
                found += 1
                sys_words.remove(word)
        sys_matched += found
        gold_matched += found
    precision = sys_matched / sys_total if sys_total else 0.0
    recall = gold_matched / gold_total if gold_total else 0.0
    return (precision, recall)


def pair_score(gold: CarbExtraction, system: CarbExtraction) -> tuple[float, float]:
    """CaRB's default-mode (precision, recall) of ``system`` against ``gold``.

    Relations must share a word; said-type gold relations also try the system's
    arguments swapped and keep the better pair.

    >>> g = CarbExtraction("s", 1, "said", ("the ministry", "it would act"))
    >>> pair_score(g, CarbExtraction("s", 1, "said", ("it would act", "the ministry")))
    (1.0, 1.0)
    >>> pair_score(g, CarbExtraction("s", 1, "acted", ("the ministry", "it")))
    (0.0, 0.0)
    """
    gold_args = _binary(gold)
    sys_args = _binary(system)
    straight = _match(gold.relation, gold_args, system.relation, sys_args)
    if not any(word in gold.relation for word in SAID_WORDS) or len(system.args) < 2:
        return straight
    swapped = (" ".join(system.args[1:]), system.args[0])
    reverse = _match(gold.relation, gold_args, system.relation, swapped)
    return max(straight, reverse)


def _group(extractions: Iterable[CarbExtraction]) -> dict[str, list[CarbExtraction]]:
    """Extractions by normalised sentence; like the benchmark, a later raw sentence
    with the same key replaces an earlier one."""
    by_raw: dict[str, list[CarbExtraction]] = defaultdict(list)
    for ex in extractions:
        by_raw[ex.sentence.strip()].append(ex)
    return {normalize_sentence(raw): exs for raw, exs in by_raw.items()}


def _greedy_precision(scores: list[list[tuple[float, float]]], cols: list[int]) -> float:
    """Sum of pair precisions over a greedy one-to-one matching of gold rows to columns."""
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    total = 0.0
    for _ in range(min(len(scores), len(cols))):
        best, best_row, best_col = -1.0, -1, -1
        for i, row in enumerate(scores):
            if i in used_rows:
                continue
            for j in cols:
                if j not in used_cols and row[j][0] > best:
                    best, best_row, best_col = row[j][0], i, j
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def score_extractions(
    system: Sequence[CarbExtraction], gold: Sequence[CarbExtraction]
) -> CarbScore:
    """Score system tuples against gold tuples (both as :class:`CarbExtraction`).

    >>> gold = [CarbExtraction("A b c .", 1, "b", ("A", "c"))]
    >>> score_extractions([], gold).f1
    0.0
    """
    predicted = _group(system)
    gold_by_sent = _group(gold)
    thresholds = sorted({ex.confidence for exs in predicted.values() for ex in exs})
    index = {conf: k for k, conf in enumerate(thresholds)}
    n = len(thresholds)
    p_num, p_den = [0.0] * n, [0] * n
    r_num, r_den = [0.0] * n, [0] * n
    n_extractions = 0
    for key, gold_exs in gold_by_sent.items():
        sys_exs = predicted.get(key, [])
        n_extractions += len(sys_exs)
        scores = [[pair_score(g, s) for s in sys_exs] for g in gold_exs]
        prev = 0
        for conf in sorted({s.confidence for s in sys_exs}):
            c = index[conf]
            cols = [j for j, s in enumerate(sys_exs) if s.confidence >= conf]
            recall = sum(max((row[j][1] for j in cols), default=0.0) for row in scores)
            precision = _greedy_precision(scores, cols)
            for k in range(prev, c + 1):
                p_num[k] += precision
                p_den[k] += len(cols)
                r_num[k] += recall
                r_den[k] += len(gold_exs)
            prev = c + 1
        for k in range(prev, n):
            r_den[k] += len(gold_exs)
    precisions = [a / b if b > 0 else 1.0 for a, b in zip(p_num, p_den, strict=True)]
    recalls = [a / b if b > 0 else 0.0 for a, b in zip(r_num, r_den, strict=True)]
    if not thresholds:
        return CarbScore(0.0, 0.0, 0.0, 0.0, len(gold_by_sent), 0)
    f1s = [_f1(p, r) for p, r in zip(precisions, recalls, strict=True)]
    best = max(range(n), key=lambda k: (f1s[k], -k))
    # The curve runs from the lowest threshold (highest recall) to the point (0, 1).
    xs = [*recalls, 0.0]
    ys = [*precisions, 1.0]
    area = sum((xs[k] - xs[k + 1]) * (ys[k] + ys[k + 1]) / 2 for k in range(len(xs) - 1))
    return CarbScore(
        precision=precisions[best],
        recall=recalls[best],
        f1=f1s[best],
        auc=area,
        n_sentences=len(gold_by_sent),
        n_extractions=n_extractions,
    )


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def read_gold(path: Path) -> list[CarbExtraction]:
    """Read a CaRB gold file: ``sentence TAB relation TAB arg1 [TAB arg2 ...]``.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "gold.tsv")
    ...     _ = p.write_text("Ann met Bob .\\tmet\\tAnn\\tBob \\n")
    ...     read_gold(p)[0].args
    ('Ann', 'Bob')
    """
    rows = []
    for lineno, line in enumerate(_read_lines(path), 1):
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise InputError(
                str(path), f"line {lineno}: expected sentence TAB relation TAB args, got {line!r}"
            )
        args = tuple(arg.strip() for arg in fields[2:])
        rows.append(CarbExtraction(fields[0].strip(), 1.0, fields[1].strip(), args))
    return rows


def read_tabbed(path: Path) -> list[CarbExtraction]:
    """Read CaRB's tabbed system format: ``sentence TAB confidence TAB relation TAB args``.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "sys.tsv")
    ...     write_tabbed([CarbExtraction("Ann met Bob .", 0.8, "met", ("Ann", "Bob"))], p)
    ...     read_tabbed(p)
    [CarbExtraction(sentence='Ann met Bob .', confidence=0.8, relation='met', args=('Ann', 'Bob'))]
    """
    rows = []
    for lineno, line in enumerate(_read_lines(path), 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 3:
            raise InputError(
                str(path),
                f"line {lineno}: expected sentence TAB confidence TAB relation TAB args, "
                f"got {len(fields)} field(s)",
            )
        try:
            confidence = float(fields[1])
        except ValueError as err:
            raise InputError(
                str(path), f"line {lineno}: confidence {fields[1]!r} is not a number"
            ) from err
        rows.append(CarbExtraction(fields[0], confidence, fields[2], tuple(fields[3:])))
    return rows


def write_tabbed(extractions: Iterable[CarbExtraction], path: Path) -> None:
    """Write tuples in CaRB's tabbed system format, atomically (temp file, then rename).

    Tabs and newlines inside fields become spaces, so every tuple stays one line.
    """

    def clean(text: str) -> str:
        return " ".join(text.split())

    lines = []
    for ex in extractions:
        fields = [clean(ex.sentence), repr(float(ex.confidence)), clean(ex.relation)]
        fields += [clean(arg) for arg in ex.args]
        lines.append("\t".join(fields) + "\n")
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.writelines(lines)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_lines(path: Path) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise InputError(str(path), "no such file") from err
    except UnicodeDecodeError as err:
        raise InputError(
            str(path), f"not UTF-8 (byte 0x{err.object[err.start]:02x} at offset {err.start})"
        ) from err
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror}") from err
    return text.splitlines()


def score_carb(system: Sequence[CarbExtraction], gold_path: Path) -> CarbScore:
    """Score system tuples against a CaRB gold file, in the benchmark's default mode.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "gold.tsv")
    ...     _ = p.write_text("Ann met Bob .\\tmet\\tAnn\\tBob\\n")
    ...     s = score_carb([CarbExtraction("Ann met Bob .", 0.5, "met", ("Ann",))], p)
    >>> s.f1
    0.0
    """
    return score_extractions(system, read_gold(gold_path))


def evaluate_carb(
    sentences_path: Path,
    gold_path: Path,
    write: Path | None = None,
    nlp: Language | None = None,
) -> CarbScore:
    """Run the open-triple extractor over a sentence file and score it against CaRB gold.

    The sentence file holds one tokenised sentence a line (CaRB's ``dev.txt``); its
    tokens are kept as spaCy's tokens so the output's words are the gold's words.
    ``write`` saves the system output in the tabbed format.
    """
    from kg.extract.openie_carb import extract_tokenised

    sentences = [line.strip() for line in _read_lines(sentences_path) if line.strip()]
    gold = read_gold(gold_path)
    if nlp is None:
        from kg.extract.pipeline import load_pipeline

        nlp = load_pipeline()
    start = time.perf_counter()
    system = [
        CarbExtraction(sentence, triple.confidence, triple.relation, (triple.arg1, *triple.args))
        for sentence, triples in zip(sentences, extract_tokenised(nlp, sentences), strict=True)
        for triple in triples
    ]
    seconds = time.perf_counter() - start
    if write is not None:
        write_tabbed(system, write)
    score = score_extractions(system, gold)
    return CarbScore(
        score.precision,
        score.recall,
        score.f1,
        score.auc,
        score.n_sentences,
        score.n_extractions,
        seconds,
        len(sentences),
    )
