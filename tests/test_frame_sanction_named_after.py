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


# ---------------------------------------------------------------- the measure carried


@pytest.mark.model
@pytest.mark.parametrize("action", ["This action", "Today's action"])
def test_this_action_targets_under_the_measure_just_stated(nlp, action: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department added Orvik Tech to the Entity List. "
        f"{action} also targets Lanford Semiconductor, its supplier."
    )
    found = sanctions(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Lanford Semiconductor") in found


@pytest.mark.model
def test_action_against_an_unnamed_network_is_carried_to_the_passive_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OFAC today took action against a network supplying drone parts to Russia. "
        "Orsolya Varga and Kelemen Trade LLC were designated for their role in the scheme."
    )
    targets = {t for gov, _, t in sanctions(run(nlp, text)) if gov == OFAC}
    assert {"Orsolya Varga", "Kelemen Trade LLC"} <= targets


@pytest.mark.model
def test_action_taken_by_a_regulator_is_not_a_sanctions_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    # a consumer regulator's action is enforcement: the designation after it is no one's
    text = (
        "The Federal Trade Commission took action against a group of robocallers. "
        "Nexa Dialer was later designated."
    )
    assert ("Federal Trade Commission", "Designation", "Nexa Dialer") not in sanctions(
        run(nlp, text)
    )


# ---------------------------------------------------------------- denied privileges


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tessaro Optics was denied export privileges by the Commerce Department.",
        "The Commerce Department denied Tessaro Optics export privileges for ten years.",
        "The Commerce Department denied the export privileges of Tessaro Optics.",
        "The Commerce Department denied export privileges to Tessaro Optics.",
    ],
)
def test_export_privileges_denied_in_every_form(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Tessaro Optics") in found


@pytest.mark.model
def test_a_firm_denied_entry_is_no_licence_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not sanctions(run(nlp, "Tessaro Optics was denied entry to the trade fair."))


# ---------------------------------------------------------------- naming a class


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Financial Crimes Enforcement Network (FinCEN) today identified Caspara Bank "
        "as a foreign financial institution of primary money laundering concern.",
        "FinCEN today named Caspara Bank a primary money laundering concern.",
        "Caspara Bank was identified by FinCEN as a primary money laundering concern.",
    ],
)
def test_a_money_laundering_concern_named_by_fincen(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    fincen = "Financial Crimes Enforcement Network"
    assert (fincen, "Designation", "Caspara Bank") in sanctions(run(nlp, text))


@pytest.mark.model
def test_a_terrorist_named_by_the_state_department(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Department of State named Amir Saberi a Specially Designated Global Terrorist."
    assert ("State Department", "Designation", "Amir Saberi") in sanctions(run(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police identified Amir Saberi as a drug trafficker.",
        "Analysts identified Caspara Bank as a conduit for money laundering.",
    ],
)
def test_a_description_named_by_no_sanctions_body_is_no_designation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not sanctions(run(nlp, text))


# ---------------------------------------------------------------- who acts, and through whom


@pytest.mark.model
def test_asset_freezes_imposed_through_a_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse makes "freezes" a verb; the government acts through its ministry
    text = (
        "Concurrently, His Majesty's Government in the United Kingdom, through the "
        "Foreign, Commonwealth and Development Office (FCDO), is imposing asset freezes "
        "on Tomas Vrba and Lykos Trading Ltd."
    )
    found = sanctions(run(nlp, text))
    fcdo = "Foreign, Commonwealth and Development Office"
    assert {
        (fcdo, "AssetFreeze", "Tomas Vrba"),
        (fcdo, "AssetFreeze", "Lykos Trading Ltd."),
    } <= found
    assert not {gov for gov, _, _ in found} - {fcdo, "United Kingdom"}


@pytest.mark.model
def test_a_firm_selling_through_another_adds_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not sanctions(run(nlp, "Lykos Trading Ltd. sold the parts through Vrba Holdings."))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Financial Crimes Enforcement Network (FinCEN) today issued an order "
            "identifying Varsk Exchange LLC, a virtual currency exchange, as a primary "
            "money laundering concern.",
            "Financial Crimes Enforcement Network",
        ),
        (
            "The State Department issued a determination designating Varsk Exchange LLC.",
            "State Department",
        ),
    ],
)
def test_the_body_that_issued_an_instrument_imposes_its_measure(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (body, "Designation", "Varsk Exchange LLC") in sanctions(run(nlp, text))


@pytest.mark.model
def test_an_instrument_that_condemns_imposes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The State Department issued a statement condemning Varsk Exchange LLC."
    assert not sanctions(run(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "opening",
    [
        "Following today's action by the Commerce Department,",
        "Under the Commerce Department's rule,",
    ],
)
def test_subject_to_a_requirement_under_a_bodys_action(nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{opening} Zelmora Freight is subject to a license requirement for all items."
    assert ("Commerce Department", "ExportControl", "Zelmora Freight") in sanctions(run(nlp, text))


@pytest.mark.model
def test_an_action_by_no_government_gives_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Following an action by Harlow Bank, Zelmora Freight is subject to a license requirement."
    )
    assert "Harlow Bank" not in {gov for gov, _, _ in sanctions(run(nlp, text))}
