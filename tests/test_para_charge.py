"""Charge and accusation constructions the paraphrase battery found missing, on
sentences written for these tests (not the battery's): a verdict the prosecutors
report ("the Justice Department announced that X was sentenced"), a verdict noun with
its possessive ("X's conviction by the Y court"), and a counted group whose names the
parse joins to the company after "of"."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run


@pytest.mark.model
def test_a_verdict_the_prosecutors_announce_is_their_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced that Wendy Arlow, 47, of Tulsa, was sentenced "
        "to three years in prison for smuggling rifle parts."
    )
    assert ("Justice Department", "Wendy Arlow") in facts(run(nlp, text), "charges")


@pytest.mark.model
def test_a_verdict_a_regulator_reports_names_no_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wendy Arlow was convicted of fraud last year, the Commerce Department said."
    assert facts(run(nlp, text), "charges") == set()


@pytest.mark.model
def test_a_possessive_conviction_by_a_court(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pieter Vos's conviction by the Rotterdam District Court was overturned in May."
    assert facts(run(nlp, text), "charges") == {("Rotterdam District Court", "Pieter Vos")}


@pytest.mark.model
def test_the_names_a_counted_group_announces_are_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The SEC charged two directors of Corlan Mining, Edith Barr and Samir Haddad, "
        "with insider trading."
    )
    found = facts(run(nlp, text), "charges")
    assert {o for _, o in found} == {"Edith Barr", "Samir Haddad"}
