"""The technology frame on export-control cases in releases (tech25), on sentences
written for these tests: goods named by an amount of them ("$4 million in X"), sales
that are only the content of a settled allegation, and product names that begin with
a technical acronym the model labels a firm or a people ("AI accelerator boards",
"GNSS receivers")."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- amounts of goods


@pytest.mark.parametrize(
    "amount",
    ["more than $4 million in", "$4 million worth of", "two consignments of", "900"],
)
def test_goods_shipped_by_their_amount_are_provided(nlp, amount: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Between 2020 and 2022, Tolland Circuits shipped {amount} thermal cameras to Belarus."
    assert facts(run(nlp, text), "provides") == {("Tolland Circuits", "thermal cameras")}


def test_an_amount_of_money_alone_names_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tolland Circuits exported $4 million to a bank in Belarus."
    assert facts(run(nlp, text), "provides") == set()


# ---------------------------------------------------------------- allegations


@pytest.mark.parametrize("noun", ["allegations", "claims", "charges"])
def test_a_sale_a_settlement_resolves_is_not_stated(nlp, noun: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Wexley Avionics agreed to pay $1 million to settle {noun} that it exported "
        "night-vision goggles to Syria."
    )
    result = run(nlp, text)
    assert facts(result, "provides") == set()
    assert facts(result, "supplies") == set()


def test_both_verbs_of_an_alleged_sale_are_not_stated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wexley Avionics resolved allegations that it bought gyroscopes and shipped "
        "them to a drone maker in Iran."
    )
    assert facts(run(nlp, text), "provides") == set()


def test_a_sale_stated_beside_a_settlement_is_still_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wexley Avionics, which sells night-vision goggles to police forces, agreed to "
        "pay $1 million to settle allegations of export violations."
    )
    assert facts(run(nlp, text), "provides") == {("Wexley Avionics", "night-vision goggles")}


# ---------------------------------------------------------------- acronym-led names


def test_a_product_named_after_an_acronym_labelled_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Qiantang Intelligent Equipment makes AI accelerator boards and rack-scale servers."
    assert facts(run(nlp, text), "develops") == {
        ("Qiantang Intelligent Equipment", "AI accelerator boards"),
        ("Qiantang Intelligent Equipment", "rack-scale servers"),
    }


def test_a_product_named_after_an_acronym_labelled_a_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harlan Electronics, a maker of GNSS receivers and inertial navigation modules, grew."
    assert facts(run(nlp, text), "develops") == {
        ("Harlan Electronics", "GNSS receivers"),
        ("Harlan Electronics", "inertial navigation modules"),
    }


def test_a_nationality_still_ends_a_product_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harlan Electronics sells Russian night-vision goggles."
    assert facts(run(nlp, text), "provides") == {("Harlan Electronics", "night-vision goggles")}


# ---------------------------------------------------------------- nominals and relatives


def test_the_export_of_goods_by_a_firm_whatever_they_are_called(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors described the export of radiation-hardened microcircuits by Dunmore Labs."
    assert facts(run(nlp, text), "provides") == {
        ("Dunmore Labs", "radiation-hardened microcircuits")
    }


def test_shipments_of_items_name_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The case concerned shipments of items by Dunmore Labs to Iran."
    assert facts(run(nlp, text), "provides") == set()


def test_the_buyer_that_uses_them_uses_the_goods_sold_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sarnow Optics sells thermal cameras and video analytics software to the Tula Police "
        "Department, which uses them to watch rallies."
    )
    assert facts(run(nlp, text), "uses") == {
        ("Tula Police Department", "thermal cameras"),
        ("Tula Police Department", "video analytics software"),
    }


def test_a_size_word_is_part_of_a_product_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brisco Motors, a producer of small engines and propellers, grew."
    assert ("Brisco Motors", "small engines") in facts(run(nlp, text), "develops")


def test_a_maker_of_goods_for_a_named_state_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brisco Optics, a producer of thermal cameras for the Belarusian Ministry of Defense, grew."
    )
    result = run(nlp, text)
    assert facts(result, "develops") == {("Brisco Optics", "thermal cameras")}
    assert facts(result, "supplies") == {("Brisco Optics", "Belarusian Ministry of Defense")}


def test_a_provider_of_no_goods_for_a_firm_supplies_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brisco Capital, a provider of financing for Orbit Corp., grew."
    assert facts(run(nlp, text), "supplies") == set()


def test_an_acronym_labelled_a_firm_inside_a_product_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Calder Wireless, a maker of Open RAN radios and base stations, grew."
    assert ("Calder Wireless", "Open RAN radios") in facts(run(nlp, text), "develops")


def test_a_firm_acronym_before_goods_still_owns_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Calder Wireless sells ZTE phones to farmers."
    assert facts(run(nlp, text), "provides") == {("Calder Wireless", "phones")}


def test_an_acronym_defined_inside_a_product_name_keeps_the_whole_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Calder Wireless designs open radio access network (Open RAN) radios for carriers."
    assert facts(run(nlp, text), "develops") == {
        ("Calder Wireless", "open radio access network (Open RAN) radios")
    }


def test_key_after_a_technical_word_is_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tarran Photonics develops quantum key distribution equipment for banks."
    assert facts(run(nlp, text), "develops") == {
        ("Tarran Photonics", "quantum key distribution equipment")
    }


def test_key_as_a_rating_is_no_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tarran Photonics sells the key network components to carriers."
    assert facts(run(nlp, text), "provides") == {("Tarran Photonics", "network components")}


def test_size_rates_a_firm_before_a_maker_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tarran Photonics, a small chip maker, grew."
    assert {o for _, o in facts(run(nlp, text), "develops")} <= {"chip", "chips"}
