"""Location constructions the paraphrase battery found missing, on sentences written
for these tests: a seat noun whose owner is a relative "whose" or a pronoun of the
sentence before ("Its headquarters are in Y"), a seat moved "to" a
place, a seat in a list with other offices, "incorporated / organized under the laws
of Y", and a plural business noun with its names set beside it as the subject of
"based in"."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of the seat is the name a "whose" clause describes
        (
            "Tessaro Bank, whose headquarters is in Vienna, raised its dividend.",
            {("Tessaro Bank", "Vienna")},
        ),
        # a plural "headquarters" as a copula's subject, its owner a pronoun
        (
            "Norvane Textiles reported lower sales. Its headquarters are in Porto.",
            {("Norvane Textiles", "Porto")},
        ),
        # a seat moved to a place: the place it is in now
        (
            "Last spring Brevik Analytics relocated its headquarters to Munich.",
            {("Brevik Analytics", "Munich")},
        ),
        # the legal seat of a release's firm
        (
            "Ostrand Holdings Inc. was incorporated under the laws of Delaware.",
            {("Ostrand Holdings Inc.", "Delaware")},
        ),
        (
            "Meiwa Trading is a company organized under the laws of Japan.",
            {("Meiwa Trading", "Japan")},
        ),
        # a plural noun's names, each based where the clause says
        (
            "Two suppliers, Korvel Metals and Drachen Parts, are based in Austria.",
            {("Korvel Metals", "Austria"), ("Drachen Parts", "Austria")},
        ),
    ],
)
def test_based_in_constructions(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
def test_counted_noun_refers_back_to_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orsk Valves and Tambov Gears were fined. Both companies are based in Samara."
    assert facts(run(nlp, text), "basedIn") == {
        ("Orsk Valves", "Samara"),
        ("Tambov Gears", "Samara"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swedish chip designer Lumos Silicon hired 40 engineers.", {("Lumos Silicon", "Sweden")}),
        # a designer of clothes is a person's trade, no business noun
        ("Italian fashion designer Carla Venturi opened a shop.", set()),
    ],
)
def test_designer_with_its_compound(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
def test_seat_is_not_a_later_office(nlp) -> None:  # type: ignore[no-untyped-def]
    # "offices in Lisbon" is a second item: the seat is Warsaw only
    text = "Polmar Insurance keeps its headquarters in Warsaw and branches in Lisbon."
    assert facts(run(nlp, text), "basedIn") == {("Polmar Insurance", "Warsaw")}


@pytest.mark.model
def test_an_event_organized_somewhere_places_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The conference was organized in Geneva by the Arvelle Foundation."
    assert facts(run(nlp, text), "basedIn") == set()
