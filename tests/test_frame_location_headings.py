"""``basedIn`` from a country set as a heading over a list of firms (a release that
groups the parties it lists by country), on texts written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.frames.location_headings import is_heading
from tests.test_extract_rules import facts, run

_LIST = (
    "The Bureau named four traders in Norway and Peru.\n\n"
    "The traders are:\n\n"
    "Norway\n"
    "- Fjordlys Trading Co., Ltd., a broker that paid for the parts;\n"
    "- Kvitberg Shipping Co., Ltd., a freight forwarder that moved them.\n\n"
    "Peru\n"
    "- Andes Cobre Trading Co., which resold the parts to a buyer in Lima.\n\n"
    "The Bureau said Halvard Marine Co., Ltd. helped the traders."
)


def test_a_heading_stands_alone_on_its_line() -> None:
    text = "Norway\n- A Co.\nsold in Norway and Peru\nPeru:\n"
    assert is_heading(text, 0, 6)
    assert not is_heading(text, 23, 29)  # a word of a line of prose
    assert is_heading(text, 39, 43)  # a colon may follow
    assert not is_heading("Norway", 0, 6)  # no line after it: nothing listed


@pytest.mark.model
def test_firms_listed_under_a_country_are_based_there(nlp) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, _LIST), "basedIn")
    assert {
        ("Fjordlys Trading Co., Ltd.", "Norway"),
        ("Kvitberg Shipping Co., Ltd.", "Norway"),
        ("Andes Cobre Trading Co.", "Peru"),
    } <= found
    # each firm only under its own heading; prose after the list is not an item
    assert ("Andes Cobre Trading Co.", "Norway") not in found
    assert not any(firm.startswith("Halvard") for firm, _ in found)


@pytest.mark.model
def test_a_numbered_list_under_a_heading_with_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order covers these companies.\n\nArmenia:\n"
        "1. Yerevan Pulse Electronics LLC, which imported the radios.\n"
        "2. Sevan Route Logistics LLC, which shipped them north.\n"
    )
    assert {
        ("Yerevan Pulse Electronics LLC", "Armenia"),
        ("Sevan Route Logistics LLC", "Armenia"),
    } <= facts(run(nlp, text), "basedIn")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # people listed under a country have no seat
        "The Department designated these persons.\n\nNorway\n"
        "- Lars Holmvik, a Norwegian national who paid for the parts;\n"
        "- Ingrid Solberg, who signed the contracts.\n",
        # a country that ends a line of prose is no heading
        "The Bureau named traders in\nNorway\nand said Fjordlys Trading Co., Ltd. paid.\n",
    ],
)
def test_no_seat_without_a_heading_over_firms(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not facts(run(nlp, text), "basedIn")
