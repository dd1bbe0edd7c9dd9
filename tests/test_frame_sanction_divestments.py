"""Divestment orders as measures on the one made to sell: "CFIUS ordered X to divest
its stake in Y", the passive "X was ordered to divest", "a divestment order against
X"; a sale of the firm's own accord is none. On sentences written for these tests,
through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures, run

pytestmark = pytest.mark.model

WHITE_HOUSE = "https://www.whitehouse.gov/presidential-actions/2031/01/an-invented-order/"


def test_a_committee_ordering_a_firm_to_divest_restricts_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Committee on Foreign Investment in the United States (CFIUS) ordered Lumivox "
        "Holdings to divest its stake in Harbor Lane Data within 120 days."
    )
    found = asserted_measures(run(nlp, text))
    assert ("CFIUS", "InvestmentBan", "Lumivox Holdings") in found
    assert not [t for _, _, t in found if t == "Harbor Lane Data"]  # what is sold is no target


def test_a_firm_ordered_to_divest_in_the_passive_is_the_issuers_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Halvern Capital was ordered to divest its stake in Corvane Networks."
    found = asserted_measures(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Halvern Capital") in found


def test_a_divestment_order_against_a_firm_is_an_investment_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury issued a divestment order against Halvern Capital on Friday."
    found = asserted_measures(run(nlp, text))
    assert ("Treasury Department", "InvestmentBan", "Halvern Capital") in found


def test_a_firm_selling_its_stake_of_its_own_accord_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Halvern Capital divested its stake in Corvane Networks last year."
    assert not run(nlp, text).sanctions


def test_an_acquisition_prohibited_and_its_divestment_ordered_restrict_the_acquirer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President prohibited the acquisition of Corvane Networks by Halvern Capital "
        "and ordered its divestment."
    )
    found = asserted_measures(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Halvern Capital") in found
    assert not [t for _, _, t in found if t == "Corvane Networks"]  # the firm sold


def test_the_divestment_of_a_firms_stake_ordered_restricts_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The President ordered the divestment of Halvern Capital's stake in Corvane Networks."
    found = asserted_measures(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Halvern Capital") in found


def test_a_boards_own_divestment_names_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The board of Orlin Group ordered the divestment of Halvern Capital's stake in Tavi Labs."
    )
    assert not run(nlp, text).sanctions
