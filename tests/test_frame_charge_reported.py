"""The charge frame where news names the charger outside the clause: a court the
verdict was given "at", the prosecutors or court that report a charge ("X was
charged with fraud, prosecutors in Y said"), the court someone "appeared at charged
with …", and a court named in the sentence before a sentence ("Y Court heard that …
X was jailed"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run
from tests.test_frame_technology import ParseRow, facts_on_parse

pytestmark = pytest.mark.model


def test_convicted_at_a_named_court(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Lena Farrow was convicted of false accounting at Kesterby Crown Court.")
    assert facts(result, "charges") == {("Kesterby Crown Court", "Lena Farrow")}


def test_jailed_at_a_court_then_sentenced_again_by_the_same_court(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Lena Farrow was jailed for three years at Kesterby Crown Court on Friday. "
        "Owen Rusk, her business partner, was sentenced to two years.",
    )
    found = facts(result, "charges")
    assert ("Kesterby Crown Court", "Lena Farrow") in found
    assert ("Kesterby Crown Court", "Owen Rusk") in found


def test_a_judge_at_a_named_court_acts_for_the_court(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "A judge at Kesterby Crown Court jailed Lena Farrow for three years.")
    assert facts(result, "charges") == {("Kesterby Crown Court", "Lena Farrow")}


def test_a_body_someone_worked_at_does_not_charge_them(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "Lena Farrow, a former official at the Coastal Trade Commission, was charged."
    )
    assert facts(result, "charges") == set()


def test_a_charge_reported_by_prosecutors_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Lena Farrow was charged with bribery on Monday, prosecutors in Milan said.")
    assert facts(result, "charges") == {("prosecutors in Milan", "Lena Farrow")}


def test_a_charge_reported_by_prosecutors_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Dutch prosecutors said Lena Farrow and Owen Rusk had been indicted.")
    found = facts(result, "charges")
    assert found == {("Dutch prosecutors", "Lena Farrow"), ("Dutch prosecutors", "Owen Rusk")}


def test_a_charge_reported_by_a_justice_department(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Lena Farrow has been charged with fraud, the Justice Department said.")
    assert facts(result, "charges") == {("Justice Department", "Lena Farrow")}


def test_a_regulator_reporting_a_conviction_did_not_convict(nlp) -> None:  # type: ignore[no-untyped-def]
    # a conviction is a court's: a regulator that reports it is no charger
    result = run(
        nlp, "Lena Farrow was convicted of fraud last year, the Coastal Trade Commission said."
    )
    assert facts(result, "charges") == set()


def test_unnamed_prosecutors_reporting_a_charge_give_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Lena Farrow was charged with bribery, prosecutors said.")
    assert facts(result, "charges") == set()


def test_reported_charge_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Farrow was charged , prosecutors in Milan said ." with the saying as the root and
    # the charge its complement (the model's usual parse)
    rows: list[ParseRow] = [  # word, head, dep, pos, tag, lemma, entity
        ("Farrow", 2, "nsubjpass", "PROPN", "NNP", "Farrow", "B-PERSON"),
        ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
        ("charged", 7, "ccomp", "VERB", "VBN", "charge", "O"),
        (",", 7, "punct", "PUNCT", ",", ",", "O"),
        ("prosecutors", 7, "nsubj", "NOUN", "NNS", "prosecutor", "O"),
        ("in", 4, "prep", "ADP", "IN", "in", "O"),
        ("Lyon", 5, "pobj", "PROPN", "NNP", "Lyon", "B-GPE"),
        ("said", 7, "ROOT", "VERB", "VBD", "say", "O"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert facts_on_parse(rows, "charges") == {("prosecutors in Lyon", "Farrow")}


@pytest.mark.parametrize(
    "text",
    [
        "Owen Rusk appeared at Kesterby Crown Court charged with theft.",
        "Owen Rusk, 38, appeared before Kesterby Crown Court on Tuesday charged with theft.",
    ],
)
def test_appeared_at_a_court_charged_with(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "charges") == {("Kesterby Crown Court", "Owen Rusk")}


def test_appeared_somewhere_as_a_charge_was_brought_is_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        facts(run(nlp, "Owen Rusk appeared calm as he was charged with theft."), "charges") == set()
    )


def test_appeared_in_an_unnamed_court_takes_whoever_charged_before(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The Coastal Fraud Office charged Owen Rusk in March. Rusk appeared in court "
        "charged with theft on Tuesday.",
    )
    assert facts(result, "charges") == {("Coastal Fraud Office", "Owen Rusk")}


def test_a_court_that_heard_the_case_jailed_the_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Kesterby Crown Court heard that Owen Rusk took the money over four years. "
        "Rusk was jailed for three years.",
    )
    assert facts(result, "charges") == {("Kesterby Crown Court", "Owen Rusk")}


def test_an_unnamed_court_that_heard_the_case_gives_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "The court heard that Owen Rusk took the money. Rusk was jailed for three years."
    )
    assert facts(result, "charges") == set()


def test_appeared_before_a_court_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Rusk appeared before Kesterby Court charged with theft ." in the model's slip:
    # "before" a clause marker and the court the subject of "charged"
    rows: list[ParseRow] = [  # word, head, dep, pos, tag, lemma, entity
        ("Rusk", 1, "nsubj", "PROPN", "NNP", "Rusk", "B-PERSON"),
        ("appeared", 1, "ROOT", "VERB", "VBD", "appear", "O"),
        ("before", 5, "mark", "SCONJ", "IN", "before", "O"),
        ("Kesterby", 4, "compound", "PROPN", "NNP", "Kesterby", "B-ORG"),
        ("Court", 5, "nsubj", "PROPN", "NNP", "Court", "I-ORG"),
        ("charged", 1, "advcl", "VERB", "VBN", "charge", "O"),
        ("with", 5, "prep", "ADP", "IN", "with", "O"),
        ("theft", 6, "pobj", "NOUN", "NN", "theft", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert facts_on_parse(rows, "charges") == {("Kesterby Court", "Rusk")}


def test_a_bare_surname_at_a_sentence_start_is_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Owen Rusk sold his shares in March. Rusk was charged with fraud by the "
        "Coastal Fraud Office.",
    )
    assert facts(result, "charges") == {("Coastal Fraud Office", "Owen Rusk")}


def test_a_surname_no_one_in_the_article_has_gives_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    stranger = run(
        nlp,
        "Owen Rusk sold his shares. Penrose was charged with fraud by the Coastal Fraud Office.",
    )
    assert ("Coastal Fraud Office", "Owen Rusk") not in facts(stranger, "charges")


def test_a_charge_after_the_us_attorney_was_named_is_that_office(nlp) -> None:  # type: ignore[no-untyped-def]
    # the office is named only through its attorney's title ("X, U.S. Attorney in Y"),
    # after an earlier charge sentence that found no prosecutor yet
    result = run(
        nlp,
        "A broker was indicted today on fraud charges. The case was announced by Nora "
        "Quist, U.S. Attorney in Denver. Kessler is charged with wire fraud and money laundering.",
    )
    assert ("U.S. Attorney in Denver", "Kessler") in facts(result, "charges")
