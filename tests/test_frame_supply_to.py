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


def test_a_deal_to_supply_read_as_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Daesan Energy Co signed a deal to supply batteries to Azteca Motors Inc."
    assert {o for _, o in facts(run(nlp, text), "supplies")} == {"Azteca Motors Inc."}


@pytest.mark.parametrize(
    "text",
    [
        "Azteca Motors Inc buys its batteries from Daesan Energy Co.",
        "Azteca Motors Inc has purchased its new batteries from Daesan Energy Co.",
    ],
)
def test_goods_a_firm_buys_are_not_its_products(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(s != "Azteca Motors Inc" for s, _ in facts(run(nlp, text), "provides"))


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Orbis Inc produces around 40% of the world's memory chips.",
            "develops",
            {("Orbis Inc", "memory chips")},
        ),
        (
            "Veltra Corp gets most of its screens from Orbis Inc.",
            "supplies",
            {("Orbis Inc.", "Veltra Corp")},
        ),
        (
            "Veltra Corp buys half of its batteries from Orbis Inc.",
            "supplies",
            {("Orbis Inc.", "Veltra Corp")},
        ),
        ("Veltra Corp got a loan from Orbis Inc.", "supplies", set()),
    ],
)
def test_a_share_of_the_goods_names_the_goods(nlp, text: str, prop: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


def test_customers_listed_after_a_plural_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orbis Inc sells engines to airlines such as Azteca Air Ltd and Kallis Air Ltd."
    assert facts(run(nlp, text), "supplies") == {
        ("Orbis Inc", "Azteca Air Ltd"),
        ("Orbis Inc", "Kallis Air Ltd."),
    }


def test_what_is_supplied_to_someone_is_never_the_customer(nlp) -> None:  # type: ignore[no-untyped-def]
    # even where the goods' name is read as a firm's and the receivers are unnamed
    text = "Orbis Inc supplies Veltra Corp to airlines and to the navy."
    assert facts(run(nlp, text), "supplies") == set()
