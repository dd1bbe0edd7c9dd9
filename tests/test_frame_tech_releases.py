"""The technology frame on the wording of official releases (tech17), on sentences
written for these tests: firms named by one technology word ("AI companies – A, B
and C"), and the phrases that name no product."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def found(nlp, text: str, predicate: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), predicate)


# ---------------------------------------------------------------- one-word tech firms


def test_firms_listed_after_a_dash_develop_the_technology_of_their_trade(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Secretary hosted five leading AI companies in Washington on Monday – "
        "Microsoft, Google and Amazon – to agree on safety tests."
    )
    assert {"Microsoft", "Google", "Amazon"} == {
        s for s, o in found(nlp, text, "develops") if o.lower() in {"ai", "artificial intelligence"}
    }


def test_a_firm_described_by_one_technology_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp., a fabless semiconductor company, opened an office in Ohio."
    assert {("Veltra Corp.", "semiconductors")} <= found(nlp, text, "develops") | {
        (s, o + "s") for s, o in found(nlp, text, "develops")
    }


def test_firms_listed_with_such_as(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two robotics companies such as Qubitron Inc. and Ionix Corp. signed the pledge."
    assert {s for s, _ in found(nlp, text, "develops")} == {"Qubitron Inc.", "Ionix Corp."}


def test_a_trade_or_a_vague_word_names_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp., a phone company, and Orbit Inc., a technology company, met "
        "Kestrel Ltd., a consulting firm."
    )
    result = run(nlp, text)
    assert not [f for f in result.facts if f.predicate in {"develops", "provides"}]
