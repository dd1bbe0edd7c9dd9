"""``worksFor`` from titles and member lists in release wording, on sentences written
for these tests, through the real spaCy pipeline, with near misses."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officers of a body named before "and two of its officers"
        ("Treasury designated Unit 40211 and two of its officers, Colonel Ivan Petrovich "
         "Sorokin, the unit's commander, and Major Anton Olegovich Belov.",
         {("Ivan Petrovich Sorokin", "Unit 40211"), ("Anton Olegovich Belov", "Unit 40211")}),
        ("Treasury designated Unit 40211 and three of its officers, Colonel Ivan Sorokin, "
         "Major Anton Belov and Captain Oleg Mamin, who ran the operation.",
         {("Ivan Sorokin", "Unit 40211"), ("Oleg Mamin", "Unit 40211")}),
        ("Kestrel Ltd and its directors, Ana Ruiz and Tom Ng, were charged.",
         {("Ana Ruiz", "Kestrel Ltd"), ("Tom Ng", "Kestrel Ltd")}),
        # a title set off after the person's age and home town (and its state)
        ("Lars Ottesen, 51, of Tampa, the president of Kestrel Parts LLC, was charged.",
         {("Lars Ottesen", "Kestrel Parts LLC")}),
        ("Lars Ottesen, 51, of Tampa, Florida, the owner of Kestrel Parts LLC, was charged.",
         {("Lars Ottesen", "Kestrel Parts LLC")}),
        ("Prosecutors charged Lars Ottesen, 51, of Tampa, the chief executive of Kestrel "
         "Parts LLC, and Maria Lund, 40, of Orlando, its controller.",
         {("Lars Ottesen", "Kestrel Parts LLC")}),
    ],
)  # fmt: skip
def test_members_and_titles_past_a_home_town(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= facts(run(nlp, text), "worksFor")


@pytest.mark.parametrize(
    "text",
    [
        # a town described, not a title of the person
        "Lars Ottesen, 51, of Tampa, the home of Kestrel Parts LLC, was charged.",
        # the list after "its officers" is cut by the clause that names other people
        "Orvel Inc. and its officers, the court found, owed Ana Ruiz $5 million.",
        # "its" with no body named before it in the phrase
        "The agency praised its officers, Ana Ruiz and Tom Ng.",
    ],
)
def test_no_employer_from_a_near_miss(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "worksFor") == set()


def test_an_assistant_united_states_attorney_works_for_the_office(nlp) -> None:  # type: ignore[no-untyped-def]
    alone = "The case is prosecuted by Assistant United States Attorney Mark T. Ellison."
    assert facts(run(nlp, alone), "worksFor") == set()  # not for the country
    text = (
        "United States Attorney Dana Reyes of the Middle District of Georgia announced the "
        "plea. The case is prosecuted by Assistant United States Attorney Mark T. Ellison."
    )
    assert ("Mark T. Ellison", "Middle District of Georgia") in facts(run(nlp, text), "worksFor")
    # a country's envoy still works for the country
    envoy = "United States Ambassador Dana Reyes met the minister."
    assert ("Dana Reyes", "United States") in facts(run(nlp, envoy), "worksFor")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a judge of the U.S. courts works for the court, not the country
        ("The United States charged them. The defendants appeared before U.S. Magistrate "
         "Judge Laura Whitfield.", ("Laura Whitfield", "United States")),
        # a title named after a field ("National Security"), whatever title opens it
        ("Deputy National Security Advisor Lena Park spoke.", ("Lena Park", "National Security")),
    ],
)  # fmt: skip
def test_no_country_or_field_as_employer(nlp, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in facts(run(nlp, text), "worksFor")


def test_a_short_name_with_an_acronym_is_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "(Veldora APAC)" after "Veldora Asia Pacific Pte. Ltd." defines its short name:
    a title "at Veldora APAC" names the firm, not a second one."""
    text = (
        "Veldora Asia Pacific Pte. Ltd. (Veldora APAC) paid the fine. Rafe Lindqvist, a "
        "former sales director at Veldora APAC, pleaded guilty."
    )
    result = run(nlp, text)
    assert ("Rafe Lindqvist", "Veldora Asia Pacific Pte. Ltd.") in facts(result, "worksFor")
    assert "Veldora APAC" not in {e.name for e in result.entities}
