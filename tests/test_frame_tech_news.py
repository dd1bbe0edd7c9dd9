"""News wordings of ``uses``: a firm whose products run on a technology uses it
("Veltra's phones run on Y's software"). Sentences written for these tests, through
the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veltra Corp's phones run on software made by Orbis Inc.",
            {("Veltra Corp", "software")},
        ),
        (
            "Veltra Corp's new phone will run on Orbis Inc's Helios operating system.",
            {("Veltra Corp", "Helios operating system")},
        ),
        ("Veltra Corp runs on Orbis Inc software.", {("Veltra Corp", "software")}),
        ("Veltra Corp's trains run on time.", set()),
        ("Tom Ng runs Veltra Corp's chip unit.", set()),
    ],
)
def test_what_a_firms_products_run_on(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "uses") == expected


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Veltra Corp's factories produce two million cars a year.",
            "develops",
            {("Veltra Corp", "cars")},
        ),
        (
            "Orbis Inc engineers designed the Helios chip.",
            "develops",
            {("Orbis Inc", "Helios chip")},
        ),
        ("Veltra Corp's customers make cars.", "develops", set()),
    ],
)
def test_a_firms_plants_and_staff_work_for_it(nlp, text: str, prop: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


def test_goods_used_from_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp uses chips from Orbis Inc in its phones.")
    assert facts(result, "supplies") == {("Orbis Inc", "Veltra Corp")}
    assert ("Orbis Inc", "semiconductors") in facts(result, "provides")


def test_goods_used_from_a_place_supply_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp uses chips from Taiwan in its phones.")
    assert facts(result, "supplies") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orbis Inc counts Veltra Corp among its customers.", {("Orbis Inc", "Veltra Corp")}),
        ("Veltra Corp is one of Orbis Inc's biggest customers.", {("Orbis Inc", "Veltra Corp")}),
        (
            "Orbis Inc counts Veltra Corp among its suppliers.",
            {("Veltra Corp", "Orbis Inc")},
        ),
        ("Veltra Corp is one of Orbis Inc's biggest shareholders.", set()),
    ],
)
def test_trading_partners_counted_among_or_one_of(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "supplies") == expected


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Zentel Corp said its routers had been developed in-house.",
            "develops",
            {("Zentel Corp", "routers")},
        ),
        ("Veltra Corp's antennas are made in Busan.", "develops", {("Veltra Corp", "antennas")}),
        # an agent names the maker; goods used are another's use
        (
            "Veltra Corp's phones were designed by Orbis Inc.",
            "develops",
            {("Orbis Inc.", "phones")},
        ),
        ("Veltra Corp's modems are used in trains.", "uses", set()),
        ("Veltra Corp's shares were sold on Monday.", "provides", set()),
    ],
)
def test_goods_made_with_no_agent_are_their_owners(
    nlp, text: str, prop: str, expected: set
) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


def test_a_likeness_is_no_part_of_a_products_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Voss AG launched a near-identical antenna and similar routers.")
    assert facts(result, "develops") == {("Voss AG", "antenna"), ("Voss AG", "routers")}
