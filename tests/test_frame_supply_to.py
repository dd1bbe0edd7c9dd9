"""Goods sold or supplied to customers: every customer of a list of to-phrases is
supplied ("sells X to A and to B"), and the goods named before "to" are goods, not a
customer; a copula names a trading partner ("its largest customer is A"). Sentences
written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def test_every_joined_to_phrase_is_a_customer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Torvald Corp sells its software to hospitals and to the Ministry of Health."
    assert ("Torvald Corp", "Ministry of Health") in facts(run(nlp, text), "supplies")


def test_a_customer_list_after_one_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Torvald Corp has supplied drones to Azteca Motors Inc and the Ministry of Defence."
    assert facts(run(nlp, text), "supplies") == {
        ("Torvald Corp", "Azteca Motors Inc"),
        ("Torvald Corp", "Ministry of Defence"),
    }


def test_advice_given_to_a_body_supplies_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Torvald Corp provides advice to farmers and to the Ministry of Health."
    assert facts(run(nlp, text), "supplies") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Torvald Corp makes drones. Its largest customer is Azteca Motors Inc, which"
            " bought 300 last year.",
            {("Torvald Corp", "Azteca Motors Inc")},
        ),
        (
            "Torvald Corp makes drones. Torvald Corp's main suppliers are Daesan Energy Co"
            " and Kallis Lines Ltd.",
            {("Daesan Energy Co", "Torvald Corp"), ("Kallis Lines Ltd.", "Torvald Corp")},
        ),
        ("Torvald Corp makes drones. Its largest shareholder is Azteca Motors Inc.", set()),
    ],
)
def test_a_trading_partner_named_by_the_copula(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "supplies") == expected
