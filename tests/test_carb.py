"""The CaRB scorer against the benchmark's reference figures, its matching rules on
hand-made cases, and the open-triple extractor's figures on CaRB dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate.carb import (
    CarbExtraction,
    evaluate_carb,
    normalize_sentence,
    pair_score,
    read_gold,
    read_tabbed,
    score_carb,
    score_extractions,
    write_tabbed,
)

S = "The ministry said the firm would pay a fine ."


def ex(rel: str, *args: str, conf: float = 1.0, sentence: str = S) -> CarbExtraction:
    return CarbExtraction(sentence, conf, rel, args)


@pytest.mark.shared
def test_reproduces_openie5_dev_reference_figures(shared_dir: Path) -> None:
    carb = shared_dir / "eval" / "carb"
    score = score_carb(read_tabbed(carb / "openie5_dev.tabbed.tsv"), carb / "gold_dev.tsv")
    assert score.precision == pytest.approx(0.526, abs=0.01)
    assert score.recall == pytest.approx(0.406, abs=0.01)
    assert score.f1 == pytest.approx(0.458, abs=0.01)
    assert score.auc == pytest.approx(0.24, abs=0.01)
    assert score.n_sentences == len(
        {normalize_sentence(g.sentence) for g in read_gold(carb / "gold_dev.tsv")}
    )


def test_said_type_relations_try_the_arguments_swapped() -> None:
    gold = ex("said", "The ministry", "the firm would pay a fine")
    swapped = ex("said", "the firm would pay a fine", "The ministry")
    assert pair_score(gold, swapped) == (1.0, 1.0)
    # Other relations are compared in order only.
    gold_pay = ex("would pay", "the firm", "a fine")
    assert pair_score(gold_pay, ex("would pay", "a fine", "the firm")) == (2 / 6, 2 / 6)


def test_system_be_matches_any_form_of_be() -> None:
    gold = ex("was", "the firm", "a supplier")
    assert pair_score(gold, ex("be", "the firm", "a supplier")) == (1.0, 1.0)
    # ... but a gold "be" is not matched by a system "was".
    assert pair_score(ex("be", "the firm", "a supplier"), gold) == (0.0, 0.0)


def test_no_shared_relation_word_or_missing_argument_scores_zero() -> None:
    gold = ex("would pay", "the firm", "a fine")
    assert pair_score(gold, ex("owes", "the firm", "a fine")) == (0.0, 0.0)
    assert pair_score(gold, ex("would pay", "the firm")) == (0.0, 0.0)
    # Words are counted once each; extra system words lower precision only.
    assert pair_score(gold, ex("would pay", "the firm", "a fine today")) == (6 / 7, 1.0)


def test_arguments_beyond_the_second_are_joined() -> None:
    gold = ex("paid", "the firm", "a fine", "in 2021")
    assert pair_score(gold, ex("paid", "the firm", "a fine in 2021")) == (1.0, 1.0)


def test_empty_system_output_scores_zero() -> None:
    score = score_extractions([], [ex("would pay", "the firm", "a fine")])
    assert (score.precision, score.recall, score.f1, score.auc) == (0.0, 0.0, 0.0, 0.0)
    assert score.n_sentences == 1


def test_curve_ranks_by_confidence() -> None:
    """A wrong tuple ranked above a right one costs area under the curve."""
    gold = [ex("would pay", "the firm", "a fine")]
    right = ex("would pay", "the firm", "a fine", conf=0.9)
    wrong = ex("said", "The ministry", "nothing", conf=0.5)
    good = score_extractions([right, wrong], gold)
    bad = score_extractions(
        [
            ex("would pay", "the firm", "a fine", conf=0.5),
            ex("said", "The ministry", "nothing", conf=0.9),
        ],
        gold,
    )
    assert good.f1 == 1.0
    assert bad.f1 < 1.0
    assert good.auc > bad.auc


def test_sentences_match_without_spaces_and_punctuation() -> None:
    gold = [ex("would pay", "the firm", "a fine", sentence="The firm ( ZTE ) would pay .")]
    system = [ex("would pay", "the firm", "a fine", sentence="The firm -LRB- ZTE -RRB- would pay.")]
    assert score_extractions(system, gold).f1 == 1.0


def test_tabbed_round_trip_and_bad_lines(tmp_path: Path) -> None:
    rows = [ex("would pay", "the firm", "a fine", conf=0.25), ex("said", "The ministry\tx")]
    path = tmp_path / "sys.tsv"
    write_tabbed(rows, path)
    back = read_tabbed(path)
    assert back[0] == rows[0]
    assert back[1].args == ("The ministry x",)
    assert [p.name for p in tmp_path.iterdir()] == ["sys.tsv"]
    path.write_text("a sentence\tnot-a-number\trel\targ\n")
    with pytest.raises(InputError, match=r"sys.tsv: line 1: confidence 'not-a-number'"):
        read_tabbed(path)
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "missing.tsv")


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.shared
def test_extractor_meets_the_carb_dev_floors(shared_dir: Path, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    carb = shared_dir / "eval" / "carb"
    out = tmp_path / "system.tsv"
    score = evaluate_carb(carb / "dev.txt", carb / "gold_dev.tsv", write=out, nlp=nlp)
    assert score.f1 >= 0.48
    assert score.auc >= 0.27
    # The written output scores the same as the run that wrote it.
    again = score_carb(read_tabbed(out), carb / "gold_dev.tsv")
    assert again.f1 == pytest.approx(score.f1, abs=1e-9)
