"""Forms of supplying goods, for the technology frame: "supplied X with hundreds of
Y, along with Z", "X is a unit of W, and it supplies Y to Z" (the pronoun is the
clause's topic, not the last name), a list's last item whose first word the parser
read as a verb ("makes sensors and stabilized gimbals"), and owners listed before
a product ("Orbitel and Kavix radio equipment"). Sentences written for these tests,
through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed

pytestmark = pytest.mark.model


def test_supplied_a_customer_with_an_amount_of_goods_and_more(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvane Logistics LLC supplied the Zarvan Navy with hundreds of quadcopters "
        "and cargo drones since 2023, along with thermal imaging cameras."
    )
    result = run(nlp, text)
    assert facts(result, "provides") == {
        ("Corvane Logistics LLC", "quadcopters"),
        ("Corvane Logistics LLC", "cargo drones"),
        ("Corvane Logistics LLC", "thermal imaging cameras"),
    }
    assert facts(result, "supplies") == {("Corvane Logistics LLC", "Zarvan Navy")}


def test_along_with_a_firm_names_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvane Logistics LLC supplied the Zarvan Navy with hundreds of workers, "
        "along with Brixen Corp."
    )
    result = run(nlp, text)
    assert facts(result, "provides") == set()
    assert facts(result, "supplies") == set()


def test_it_in_a_joined_clause_is_the_first_clause_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Velmora Networks Co. is a subsidiary of Tarsis Group, and it supplies fiber "
        "optic cables to the Kestrel Navy."
    )
    result = run(nlp, text)
    assert facts(result, "provides") == {("Velmora Networks Co.", "fiber optic cables")}
    assert facts(result, "supplies") == {("Velmora Networks Co.", "Kestrel Navy")}


def test_it_after_a_relative_clause_keeps_its_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    # no joined clause: "it" says what the firm that said it does
    text = (
        "Velmora Networks Co. sold its stake to Tarsis Group, which said it supplies "
        "fiber optic cables to the Kestrel Navy."
    )
    assert facts(run(nlp, text), "provides") == {("Tarsis Group", "fiber optic cables")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvane Optics Ltd. makes infrared sensors and stabilized gimbals.",
            {
                ("Corvane Optics Ltd.", "infrared sensors"),
                ("Corvane Optics Ltd.", "stabilized gimbals"),
            },
        ),
        # a real second verb: its object is no product of the first
        (
            "Corvane Optics Ltd. makes infrared sensors and hired engineers.",
            {("Corvane Optics Ltd.", "infrared sensors")},
        ),
    ],
)
def test_a_last_item_read_as_a_verb(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "develops") == expected


def test_a_misread_item_keeps_the_customer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Velmora Networks Co. was founded in 2009. It supplies fiber optic cables and "
        "signal boosters to the Kestrel Navy."
    )
    result = run(nlp, text)
    assert facts(result, "provides") == {
        ("Velmora Networks Co.", "fiber optic cables"),
        ("Velmora Networks Co.", "signal boosters"),
    }
    assert facts(result, "supplies") == {("Velmora Networks Co.", "Kestrel Navy")}


def test_owners_listed_before_a_product_are_not_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Delmar Wireless will replace Huawei and ZTE radio equipment with new gear."
    types = typed(nlp, text)
    assert {n for n, c in types.items() if c == "Technology"} == {"radio equipment"}
    assert types["ZTE"] == "Company"
