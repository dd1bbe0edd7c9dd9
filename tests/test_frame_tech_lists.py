"""The technology frame on lists of goods in official releases (tech27), on sentences
written for these tests: the items of a seller's or maker's list beside a known
product, a list of services whose items have their own modifiers, and "re-exported"."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def found(nlp, text: str, predicate: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), predicate)


def test_every_item_of_a_shipped_list_beside_known_goods_is_provided(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arvale Trading Limited, a distributor that shipped flight controllers, laser "
        "rangefinders and thermal cores to Kestova Drone Works through intermediaries."
    )
    assert {o for _, o in found(nlp, text, "provides")} == {
        "flight controllers",
        "laser rangefinders",
        "thermal cores",
    }


def test_a_made_list_with_unknown_heads_gives_each_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sarvak Navigation Co. produces inertial navigation units and GPS antennas."
    assert {o for _, o in found(nlp, text, "develops")} == {
        "inertial navigation units",
        "GPS antennas",
    }


def test_plural_nouns_alone_are_no_products_without_a_known_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arvale Trading Limited shipped rangefinders and cores to Kestova Drone Works."
    assert not found(nlp, text, "provides")


def test_a_user_list_vouches_for_no_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Halden police used surveillance cameras, informants and wristbands."
    assert {o for _, o in found(nlp, text, "uses")} <= {"surveillance cameras"}


def test_a_service_list_splits_into_items_and_drops_what_is_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mekong Halo Digital Co. provides office space, internet connectivity and "
        "virtual private network services to programmers in Vientiane."
    )
    assert {o for _, o in found(nlp, text, "provides")} == {
        "internet connectivity",
        "virtual private network services",
    }


def test_modifiers_sharing_one_head_still_join(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Tools Inc. sold etch, deposition and clean tools to Orbis Fab."
    sold = found(nlp, text, "provides")
    assert ("Kestrel Tools Inc.", "etch, deposition and clean tools") in sold


def test_re_exported_goods_are_provided(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bosna Dis Ticaret A.S., an Istanbul-based trading company, re-exported "
        "U.S.-origin microcontrollers and radio-frequency transceivers to Russia."
    )
    assert {o for _, o in found(nlp, text, "provides")} >= {
        "microcontrollers",
        "radio-frequency transceivers",
    }


def test_re_exported_is_one_word_read_as_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The chips were re-exported to Russia by Halvern LLC.")
    word = next(t for t in doc if t.lower_ == "re-exported")
    assert (word.lemma_, word.tag_) == ("re-export", "VBN")


@pytest.mark.parametrize(
    "text",
    [
        "The entities are described below:\n(a) Lumora Photonics, a maker of quantum "
        "sensors\n(b) Danvers Cryo, a maker of dilution refrigerators",
        "The following firms were added\n1. Lumora Photonics, a maker of quantum "
        "sensors\n2. Danvers Cryo, a maker of dilution refrigerators",
    ],
)
def test_a_lettered_or_numbered_line_starts_a_sentence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    starts = {s.text.strip().lstrip("(ab12.) ")[:6] for s in nlp(text).sents}
    assert {"Lumora", "Danver"} <= starts
    assert found(nlp, text, "develops") >= {
        ("Lumora Photonics", "quantum sensors"),
        ("Danvers Cryo", "dilution refrigerators"),
    }


def test_a_fragment_list_the_parser_hung_on_the_name_is_the_verb_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # a bullet with no main verb: the items after the first read as appositions
    text = (
        "Kowloon Xinda Electronics Trading Limited, a distributor that shipped flight "
        "controllers, GNSS receiver modules and gate arrays to Kazan Drone Systems."
    )
    assert {o for _, o in found(nlp, text, "provides")} == {
        "flight controllers",
        "GNSS receiver modules",
        "gate arrays",
    }
    assert found(nlp, text, "supplies") == {
        ("Kowloon Xinda Electronics Trading Limited", "Kazan Drone Systems")
    }


def test_a_name_in_apposition_after_the_fragment_is_no_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kowloon Xinda Electronics Trading Limited, a distributor that shipped flight "
        "controllers, Hong Kong Orbis Limited and Kestrel Ltd. were named."
    )
    assert {o for _, o in found(nlp, text, "provides")} <= {"flight controllers"}


def test_a_listed_firm_for_the_goods_it_makes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2. Hangzhou Beidou Satellite Technology Co., Ltd. (Beidou SatTech), for the "
        "satellite user terminals and ground station equipment it manufactures."
    )
    firm = "Hangzhou Beidou Satellite Technology Co., Ltd."
    assert found(nlp, text, "develops") == {
        (firm, "satellite user terminals"),
        (firm, "ground station equipment"),
    }


def test_assemblies_and_modules_named_by_their_kind_are_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Weida Optics Co. sold camera assemblies and GNSS modules to Orlov Drone Works."
    assert {o for _, o in found(nlp, text, "provides")} == {"camera assemblies", "GNSS modules"}


def test_an_ing_modifier_read_as_a_verb_opens_the_goods_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(a) Wuxi Quantum Dynamics Co., Ltd. develops superconducting quantum computers "
        "and dilution refrigerators, and provides quantum cloud computing services to "
        "research institutes;"
    )
    firm = "Wuxi Quantum Dynamics Co., Ltd."
    assert found(nlp, text, "develops") == {
        (firm, "superconducting quantum computers"),
        (firm, "dilution refrigerators"),
    }
    assert found(nlp, text, "provides") == {(firm, "quantum cloud computing services")}
