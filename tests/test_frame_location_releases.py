"""``basedIn`` in the wording of prosecutors' releases, on sentences written for these
tests, through the real spaCy pipeline, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, a company located in Y" parsed as two subjects; the model took X for a person
        ("Ostrava Trading, a company located in Shenzhen, China, bought the chips.",
         ("Ostrava Trading", "Shenzhen, China")),
        # "U.S.-based" is one token
        ("Regulators fined Ostrava Trading, a U.S.-based maker of marine sensors.",
         ("Ostrava Trading", "United States")),
        # the name after the noun's relative clause, set off by commas
        ("Ms. Tam ran the payments through a Denver-based firm she owned, Corvid Hill Media, "
         "LLC, in 2019.", ("Corvid Hill Media, LLC", "Denver")),
        # registered or incorporated somewhere
        ("Veltrax LLC, a company incorporated in Delaware, exported the parts.",
         ("Veltrax LLC", "Delaware")),
        ("The parts went to Kestrel Ltd, a company registered in Hong Kong.",
         ("Kestrel Ltd", "Hong Kong")),
        # a nationality on the noun a list of examples follows
        ("Chinese companies such as Kestrel Systems and Norvia Technologies bought the chips.",
         ("Norvia Technologies", "China")),
        ("The rule targets Chinese firms, including Kestrel Systems and Norvia Technologies.",
         ("Kestrel Systems", "China")),
        # a city named whole before its seat participle (no product named "Dubai-registered")
        ("Tessaly Freight LLC, a Dubai-registered firm, moved the goods.",
         ("Tessaly Freight LLC", "Dubai")),
        # a plural set after the last item of a list describes every item
        ("Altyn Koru LLC and Qazyna Parts LLC, two front companies in Kazakhstan, bought radios.",
         ("Altyn Koru LLC", "Kazakhstan")),
        ("Altyn Koru LLC and Qazyna Parts LLC, two front companies in Kazakhstan, bought radios.",
         ("Qazyna Parts LLC", "Kazakhstan")),
        ("Altyn Koru LLC, Tengri Parts LLC and Qazyna Parts LLC, three trading firms in "
         "Armenia, bought radios.", ("Altyn Koru LLC", "Armenia")),
    ],
)  # fmt: skip
def test_where_a_firm_is_based_in_release_wording(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in facts(run(nlp, text), "basedIn")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, a lawyer based in Boston, filed the suit.",  # a person is no business
        "Tom Ng, 44, of Plano, Texas, pleaded guilty.",  # a defendant's home town
        "The firm registered in Delaware last year.",  # no firm named
        "Rivals such as Kestrel Systems bought the chips in Chinese markets.",  # no nationality
    ],
)
def test_no_seat_for_people_or_unnamed_firms(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
def test_a_plural_after_a_list_describes_its_items_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Altyn Koru LLC sold radios to Qazyna Parts LLC and Tengri Parts LLC, "
        "two companies in Kazakhstan."
    )
    found = facts(run(nlp, text), "basedIn")
    assert ("Tengri Parts LLC", "Kazakhstan") in found
    assert ("Altyn Koru LLC", "Kazakhstan") not in found  # the seller is no item of the list


@pytest.mark.model
def test_a_city_registered_firm_names_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Tessaly Freight LLC, a Dubai-registered firm, moved the goods.")
    assert not [e.name for e in result.entities if e.cls == "Technology"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvel Labs, a unit of Marlow Industries Inc. in Ohio, sold the valves.",
         {("Marlow Industries Inc.", "Ohio")}),
        # a year after the parent is no place
        ("Orvel Labs sold the valves to a subsidiary of Marlow Industries Inc. in 2019.", set()),
        # customers are no part of a firm: their "in" is not its seat
        ("Orvel Labs sold the valves to customers of Marlow Industries Inc. in Ohio.", set()),
    ],
)  # fmt: skip
def test_the_parent_of_a_subsidiary_named_with_its_seat(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "basedIn")
    assert {f for f in found if f[0] == "Marlow Industries Inc."} == expected
