"""Technology facts and names in the constructions the paraphrase battery measures
(release and news wordings), on sentences written for these tests, not copied from
the battery: names before a plural company noun with a relative clause, the kinds a
category names with "including", trade words ending a firm's name, and the policy
term "advanced semiconductors" as one technology."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed

pytestmark = pytest.mark.model


def test_names_before_a_plural_company_noun_with_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department on Friday listed Ostrel Devices and Marrow Circuits Inc., "
        "firms that design and sell infrared sensors for weapons makers, on the Entity List."
    )
    result = run(nlp, text)
    firms = {"Ostrel Devices", "Marrow Circuits Inc."}
    assert facts(result, "develops") == {(f, "infrared sensors") for f in firms}
    assert facts(result, "provides") == {(f, "infrared sensors") for f in firms}


def test_a_category_and_the_kinds_it_includes_are_all_provided(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pellow Telecom sells network equipment, including routers and base stations, to Chile."
    assert facts(run(nlp, text), "provides") == {
        ("Pellow Telecom", "network equipment"),
        ("Pellow Telecom", "routers"),
        ("Pellow Telecom", "base stations"),
    }


def test_a_category_with_no_examples_names_only_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pellow Telecom sells network equipment to carriers in Chile."
    assert facts(run(nlp, text), "provides") == {("Pellow Telecom", "network equipment")}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The missiles were designed by Torvald Aeronautics.", "Torvald Aeronautics"),
        ("Cameras are used by Mirren Transit in its stations.", "Mirren Transit"),
        ("Despite the losses, Ebbing Systems still designs radar software.", "Ebbing Systems"),
    ],
)
def test_a_trade_word_ending_a_name_makes_it_a_firm(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text)[firm] == "Company"


def test_a_person_named_like_a_place_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, "Mr Lund met Sarah Whitfield in Oslo.")["Sarah Whitfield"] == "Person"


def test_advanced_semiconductors_is_one_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Under the award, Brackwell Microdevices will make advanced semiconductors in Ohio."
    wanted = {("Brackwell Microdevices", "advanced semiconductors")}
    assert facts(run(nlp, text), "develops") == wanted


def test_parts_named_by_their_machine_are_products(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hollins Marine builds patrol vessels and sells turbine blades to Ostvik Power."
    result = run(nlp, text)
    assert ("Hollins Marine", "patrol vessels") in facts(result, "develops")
    assert ("Hollins Marine", "turbine blades") in facts(result, "provides")


def test_a_role_in_making_is_the_listed_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department added Kestrow Avionics to the Entity List for its role in "
        "producing guidance modules for Iran's missile programme."
    )
    assert facts(run(nlp, text), "develops") == {("Kestrow Avionics", "guidance modules")}


@pytest.mark.parametrize(
    "text",
    [
        "Lanark Optics denied selling thermal cameras to Orvik Trading.",
        "Lanark Optics denies that it sold thermal cameras to Orvik Trading.",
    ],
)
def test_a_denied_sale_is_no_supply(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "provides") == set() and facts(result, "supplies") == set()


def test_a_sale_after_another_s_denial_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The court denied bail after Lanark Optics sold thermal cameras to Orvik Trading."
    assert facts(run(nlp, text), "provides") == {("Lanark Optics", "thermal cameras")}
