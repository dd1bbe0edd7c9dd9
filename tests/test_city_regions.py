"""A town written with its state or country is one place named whole ("Grove City,
Ohio"), the bare town its alias; on sentences written for these tests, through the
real spaCy pipeline, with near misses that must stay apart."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def _places(result) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    return {e.name: set(e.aliases) for e in result.entities if e.cls == "Location"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participle, "in" phrase, "of" phrase, a firm's seat before its noun
        ("Velmont Dynamics, a valve maker headquartered in Grove City, Ohio, hired 40 staff.",
         ("Velmont Dynamics", "Grove City, Ohio")),
        ("The funds went to Orrin Trading Co., a company in Wuhan, China, that resold them.",
         ("Orrin Trading Co.", "Wuhan, China")),
        ("Grants went to Bluefield Telephone Cooperative of Tuba City, Arizona, last year.",
         ("Bluefield Telephone Cooperative", "Tuba City, Arizona")),
        ("Korvia Mobile Inc., the group's Austin, Texas, subsidiary, sold the radios.",
         ("Korvia Mobile Inc.", "Austin, Texas")),
        # a list of firms, each with its own town and state
        ("The buyers were Pellam Foods, a grocer based in Dayton, Ohio, and Marrow Freight, "
         "a carrier based in Tulsa, Oklahoma.", ("Marrow Freight", "Tulsa, Oklahoma")),
        # a state abbreviated as releases write it
        ("Halcyon Labs, a drug maker based in Waltham, Mass., paid the fine.",
         ("Halcyon Labs", "Waltham, Mass.")),
    ],
)  # fmt: skip
def test_a_seat_written_town_and_region_is_one_place(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert expected in facts(result, "basedIn")
    town = expected[1].split(",")[0]
    assert town in _places(result)[expected[1]]  # the bare town still finds it


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # a list of towns, one of them a city-state: no "Tokyo, Singapore"
        ("Orvel Inc. has offices in Tokyo, Singapore, and Seoul.", {"Tokyo", "Singapore"}),
        # "New York" here is a town of the list, not Boston's state
        ("Orvel Inc. has offices in Boston, New York, and Chicago.", {"Boston", "New York"}),
        # an article before the country: written apart, kept apart
        ("Orvel Inc., a firm headquartered in Rotterdam, the Netherlands, paid the fine.",
         {"Rotterdam"}),
    ],
)  # fmt: skip
def test_lists_of_places_are_not_joined(nlp, text: str, towns: set[str]) -> None:  # type: ignore[no-untyped-def]
    places = _places(run(nlp, text))
    assert towns <= set(places)
    assert not [name for name in places if "," in name]


def test_a_state_the_model_took_for_a_person_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "Lars Ottesen, 51, of Tampa, Florida, the president of Kestrel Parts LLC, was charged."
    )
    assert "Florida" in _places(result)
    assert ("Florida", "Kestrel Parts LLC") not in facts(result, "worksFor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model ran the firm's name on into its town
        ("Contracts went to Dunmore Aviation Corporation of Salina, Kansas, in May.",
         ("Dunmore Aviation Corporation", "Salina, Kansas")),
        # the town before a state fused with "-based" (the state stays a fact of its own)
        ("Orvel Labs sold the boards to Korvia Inc., an Austin, Texas-based distributor.",
         ("Korvia Inc.", "Austin, Texas")),
        # a legal form written before the name belongs to it
        ("The money moved through PT Sinar Abadi Niaga, a company in Surabaya.",
         ("PT Sinar Abadi Niaga", "Surabaya")),
    ],
)  # fmt: skip
def test_firm_and_town_named_apart(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in facts(run(nlp, text), "basedIn")


def test_a_firm_named_for_a_town_keeps_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Bank" is no firm word by itself: "First National Bank of Omaha" is the bank's name
    result = run(nlp, "First National Bank of Omaha, Nebraska, made the loans.")
    assert "First National Bank of Omaha" in {e.name for e in result.entities}
