"""Targets a release names in the sentence after its counted lead, without a colon
("The entities are A and B", "They are A, B and C", "Among them is A, a maker of …",
"Also designated was his company, A"), on sentences written for these tests; and the
copulas after a lead that name no target (descriptions, owners)."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import run
from tests.test_frame_sanction_forms import sanctions

OFAC = "Office of Foreign Assets Control"


@pytest.mark.model
@pytest.mark.parametrize(
    "followup",
    [
        "The individuals are Ahmad Karimi and Javad Sohrabi.",
        "They are Ahmad Karimi and Javad Sohrabi.",
        "Among them are Ahmad Karimi and Javad Sohrabi, two currency dealers in Herat.",
    ],
)
def test_a_copula_after_a_counted_lead_names_its_targets(nlp, followup: str) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury sanctioned five people on Tuesday. " + followup
    targets = {t for gov, _, t in sanctions(run(nlp, text)) if gov == "Treasury Department"}
    assert {"Ahmad Karimi", "Javad Sohrabi"} <= targets


@pytest.mark.model
def test_among_them_is_one_firm_under_the_lists_keeper(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BIS added four companies to the Entity List. Among those added is Trenton "
        "Microsystems, a supplier to Karsten Holdings."
    )
    found = sanctions(run(nlp, text))
    assert ("Bureau of Industry and Security", "ExportControl", "Trenton Microsystems") in found
    assert not {t for _, _, t in found} & {"Karsten Holdings"}  # a customer, no target


@pytest.mark.model
@pytest.mark.parametrize(
    "followup",
    [
        "They are subsidiaries of Karsten Holdings.",
        "They are owned by Karsten Holdings.",
        "The firms are known to Karsten Holdings as reliable brokers.",
    ],
)
def test_a_copula_describing_the_counted_group_names_no_target(nlp, followup: str) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC designated three firms in Dubai. " + followup
    assert not {t for _, _, t in sanctions(run(nlp, text))}


@pytest.mark.model
def test_a_copula_without_a_lead_before_it_names_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harlow Freight moved cargo for three firms. They are Ardent Line and Vesta Cargo."
    assert not sanctions(run(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "followup",
    [
        "Also designated was his company, Ararat Commodities LLC.",
        "Also designated today was Ararat Commodities LLC, his trading firm.",
    ],
)
def test_a_passive_set_after_its_auxiliary_names_the_apposition(nlp, followup: str) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC designated Aram Petrosyan, a financier of the network. " + followup
    found = sanctions(run(nlp, text))
    assert (OFAC, "Designation", "Ararat Commodities LLC") in found
