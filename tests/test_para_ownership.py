"""Ownership facts in the constructions the paraphrase battery measures, on sentences
written for these tests (not copied from the battery): members listed by "include",
a state's holding in a firm, agents of joined participles, money moved between firms,
funding rounds, stakes held by a named holder, and firms referred to by their trade."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def test_units_listed_by_include(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Among other firms, Brannock Holdings' units include Sefton Logistics and Kaiwa Media."
    assert facts(run(nlp, text), "partOf") == {
        ("Sefton Logistics", "Brannock Holdings"),
        ("Kaiwa Media", "Brannock Holdings"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The backers of Quill Robotics are Tarn Ventures and Oakhurst Capital.",
        "Quill Robotics' investors include Tarn Ventures and Oakhurst Capital.",
    ],
)
def test_investors_listed_by_include_or_be(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == {
        ("Tarn Ventures", "Quill Robotics"),
        ("Oakhurst Capital", "Quill Robotics"),
    }


def test_customers_listed_by_include_are_no_investors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Quill Robotics' customers include Tarn Ventures and Oakhurst Capital."
    assert facts(run(nlp, text), "investsIn") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Petrova Gas, which is majority-owned by the Polish government, raised prices.",
        "The Polish government, which owns 70% of Petrova Gas, approved the plan.",
    ],
)
def test_a_firm_a_state_owns_is_its_holding_not_its_part(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "investsIn") == {("Polish government", "Petrova Gas")}
    assert facts(result, "partOf") == set()


def test_the_agent_of_a_joined_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sarnia Shipping is owned or controlled by Ostend Trading, OFAC said."
    assert facts(run(nlp, text), "partOf") == {("Sarnia Shipping", "Ostend Trading")}


@pytest.mark.parametrize(
    "text",
    [
        "Quill Robotics raised $12 million from Tarn Ventures last year.",
        "Tarn Ventures ploughed $12 million into Quill Robotics last year.",
        "Tarn Ventures led a $12 million funding round in Quill Robotics.",
        "Quill Robotics is funded by Tarn Ventures.",
        "A 10% stake in Quill Robotics held by Tarn Ventures was sold.",
    ],
)
def test_money_put_into_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == {("Tarn Ventures", "Quill Robotics")}


@pytest.mark.parametrize(
    "text",
    [
        "Quill Robotics raised prices for Tarn Ventures.",  # no money moved
        "Tarn Ventures led the first round of talks with Quill Robotics.",  # no funding
    ],
)
def test_no_investment_without_money(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == set()


def test_a_firm_named_by_its_trade_refers_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brisco Motors had a strong year. In May the carmaker agreed to buy Lyle Batteries."
    assert facts(run(nlp, text), "acquires") == {("Brisco Motors", "Lyle Batteries")}


@pytest.mark.parametrize(
    "text",
    [
        "The $900m purchase of Lyle Batteries by Brisco Motors closed in June.",
        "Brisco Motors said that it had taken over Lyle Batteries.",
    ],
)
def test_acquisitions_the_parser_hangs_apart(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "acquires") == {("Brisco Motors", "Lyle Batteries")}


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("The court halted Brisco Motors' planned takeover of Lyle Batteries.", "acquires"),
        ("Brisco Motors pulled out of talks to acquire Lyle Batteries.", "acquires"),
        ("Talks on an alliance between Brisco Motors and Lyle Batteries stalled.", "partnersWith"),
    ],
)
def test_deals_not_made_are_no_facts(nlp, text: str, prop: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), prop) == set()


def test_taking_over_a_role_is_no_acquisition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brisco Motors took over the lead role from Lyle Batteries."
    assert facts(run(nlp, text), "acquires") == set()


def test_two_firms_working_together_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brisco Motors is working with Lyle Batteries on a solid-state cell."
    assert facts(run(nlp, text), "partnersWith") == {("Brisco Motors", "Lyle Batteries")}


def test_a_firm_working_with_prosecutors_is_no_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brisco Motors worked with federal prosecutors and the Justice Department."
    assert facts(run(nlp, text), "partnersWith") == set()


def test_a_body_of_a_possessed_body_is_part_of_the_possessed_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Agents from the Cyber Crime Unit of the State Department's Diplomatic Security "
        "Service made the arrest."
    )
    assert ("Cyber Crime Unit", "Diplomatic Security Service") in facts(run(nlp, text), "partOf")
    assert ("Cyber Crime Unit", "State Department") not in facts(run(nlp, text), "partOf")
