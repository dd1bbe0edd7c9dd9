"""Goods as a release names them and who makes, runs or sells them, for the technology
frame: an acronym in brackets inside the name ("computer numerically controlled (CNC)
lathes"), one product named by brand and kind ("the StepUp running application"), the
operator of an app or platform (provides it, as the verb says), a reseller, and goods
named by their kind sold to a named buyer ("supplies video analytics to the
Ministry"). Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brenford Tooling Corp., a manufacturer of computer numerically controlled (CNC) "
            "machine tools, opened a plant in Dayton.",
            {("Brenford Tooling Corp.", "computer numerically controlled (CNC) machine tools")},
        ),
        (
            "Halvard Marine AS, a maker of design automation (EDA) software, was listed.",
            {("Halvard Marine AS", "design automation (EDA) software")},
        ),
    ],
)
def test_an_acronym_in_brackets_stays_inside_the_goods_name(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "develops") == expected


def test_a_field_with_an_acronym_before_a_noun_of_work_is_no_goods_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "(AI) innovation" is no product, so the name does not run on to it
    text = "Orvane Labs, a developer of artificial intelligence (AI) innovation, grew."
    assert not any("innovation" in o for _, o in facts(run(nlp, text), "develops"))


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Wuhan Xinrui Software Co., developer of the StepUp running application, was named.",
            "develops",
            ("Wuhan Xinrui Software Co.", "StepUp running application"),
        ),
        # the brand the model calls a place (and tags an adjective) is still the brand
        (
            "Beijing Tianmu Interactive Ltd., operator of the Tianmu weather application, "
            "was named in the annex.",
            "provides",
            ("Beijing Tianmu Interactive Ltd.", "Tianmu weather application"),
        ),
        (
            "Wuhan Xinrui Software Co. developed the StepUp running application in 2019.",
            "develops",
            ("Wuhan Xinrui Software Co.", "StepUp running application"),
        ),
    ],
)
def test_one_product_named_by_brand_and_kind_keeps_its_brand(nlp, text, prop, expected) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), prop)
    assert expected in found
    assert not any(o == expected[1].split(" ", 1)[1] for _, o in found)  # not the kind alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ardent Media Ltd., operator of the Lumo music streaming application, was listed.",
            ("Ardent Media Ltd.", "Lumo music streaming application"),
        ),
        (
            "Pinecrest Digital, the operator of a ride-hailing platform in Almaty, was fined.",
            ("Pinecrest Digital", "ride-hailing platform"),
        ),
    ],
)
def test_the_operator_of_an_app_or_platform_provides_it(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert expected in facts(result, "provides")
    assert facts(result, "uses") == set()


def test_the_operator_of_equipment_uses_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: drones are not offered to others by their operator
    result = run(nlp, "Harlan Freight, an operator of cargo drones, signed the agreement.")
    assert facts(result, "uses") == {("Harlan Freight", "cargo drones")}
    assert facts(result, "provides") == set()


def test_a_reseller_provides_its_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlen Systems Inc., a Tulsa-based reseller of network switches, was fined."
    assert facts(run(nlp, text), "provides") == {("Orlen Systems Inc.", "network switches")}


@pytest.mark.parametrize(
    ("text", "seller", "goods", "buyer"),
    [
        (
            "Krontel LLC supplies video analytics to the State Border Committee.",
            "Krontel LLC",
            "video analytics",
            "State Border Committee",
        ),
        (
            "Geomap LLC, a Kazan data broker that sells location data to the National "
            "Guard, was named in the order.",
            "Geomap LLC",
            "location data",
            "National Guard",
        ),
    ],
)
def test_goods_named_by_kind_sold_to_a_named_buyer(nlp, text, seller, goods, buyer) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert (seller, goods) in facts(result, "provides")
    assert (seller, buyer) in facts(result, "supplies")


@pytest.mark.parametrize(
    "text",
    [
        "Krontel LLC provided funding and advice to the State Border Committee.",
        "Krontel LLC sold company shares to Orvis Bank.",
        # no named buyer: "analytics" alone vouches for nothing
        "Krontel LLC sells video analytics.",
    ],
)
def test_no_goods_without_a_named_buyer_or_with_money_sold(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "provides") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Photonics Inc., headquartered in Tucson, Arizona, designs and manufactures "
        "pump diodes, fiber couplers and laser-based welding systems.",
        "Corvane Photonics Inc. designs and manufactures pump diodes, fiber couplers and "
        "laser-based welding systems.",
    ],
)
def test_maker_verbs_read_as_nouns_make_every_item_of_the_list(nlp, text) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "develops")
    goods = {"pump diodes", "fiber couplers", "laser-based welding systems"}
    assert {("Corvane Photonics Inc.", g) for g in goods} <= found


def test_maker_verbs_after_an_apposition_make_every_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvane Photonics Inc., a Tucson company, designs and manufactures thermal cameras, "
        "night-vision goggles and infrared sensors."
    )
    goods = {"thermal cameras", "night-vision goggles", "infrared sensors"}
    assert facts(run(nlp, text), "develops") == {("Corvane Photonics Inc.", g) for g in goods}


def test_maker_verbs_before_no_goods_make_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "its products" names no goods
    text = (
        "Corvane Photonics Inc., headquartered in Tucson, designs and manufactures its "
        "products in Mexico."
    )
    assert facts(run(nlp, text), "develops") == set()


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Orlen Systems Inc., an Ohio-based distributor of industrial equipment, was fined.",
            "provides",
            {("Orlen Systems Inc.", "industrial equipment")},
        ),
        (
            "Orlen Systems Inc., a reseller of heavy machinery, was fined.",
            "provides",
            {("Orlen Systems Inc.", "heavy machinery")},
        ),
        (
            "Orlen Systems Inc. manufactures medical equipment at two plants.",
            "develops",
            {("Orlen Systems Inc.", "medical equipment")},
        ),
        # near misses: services and materials, and words that rate or relate the goods
        ("Orlen Capital Inc., a provider of financial services, was fined.", "provides", set()),
        (
            "Orlen Systems Inc., a supplier of related equipment and used components, was fined.",
            "provides",
            set(),
        ),
    ],
)
def test_a_kind_of_machine_a_trader_or_maker_deals_in(nlp, text, prop, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), prop) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Delvin Aerostructures Inc. builds composite parts for cargo drones.",
        "Composite parts for cargo drones are built by Delvin Aerostructures Inc.",
        # the parser hangs the relative clause on the firm's seat
        "Delvin Aerostructures Inc., a contractor based in Mobile, Alabama, that builds "
        "composite parts for cargo drones, was hacked.",
    ],
)
def test_parts_for_named_goods_are_goods(nlp, text) -> None:  # type: ignore[no-untyped-def]
    found = {(s, o.lower()) for s, o in facts(run(nlp, text), "develops")}  # "Composite …"
    assert found == {("Delvin Aerostructures Inc.", "composite parts")}


def test_parts_for_a_buyer_name_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the Navy is who the parts are for, not what
    assert (
        facts(run(nlp, "Delvin Aerostructures Inc. builds parts for the Navy."), "develops")
        == set()
    )


def test_an_annex_entry_with_the_country_in_brackets_describes_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Geomap LLC (Russia), a Kazan-based data broker that sells location data to the "
        "National Guard of the Russian Federation."
    )
    result = run(nlp, text)
    assert ("Geomap LLC", "location data") in facts(result, "provides")
    assert ("Geomap LLC", "National Guard of the Russian Federation") in facts(result, "supplies")


def test_an_annex_entry_whose_firm_buys_provides_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the broker buys the data
    text = "Geomap LLC (Russia), a Kazan-based data broker that buys location data from app makers."
    assert facts(run(nlp, text), "provides") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The gyroscopes were shipped to Orvane Trading LLC, a Dubai trading company, and then "
        "re-exported to Kavir Aerospace Co.",
        # the parser may tag the second verb a past tense
        "In fact, the gyroscopes were shipped to Orvane Trading Ltd., an Ankara trading "
        "company, and then reexported to Kavir Aerospace Co., a Tabriz maker of drones.",
    ],
)
def test_goods_shipped_to_a_firm_and_sent_on_are_its_supply(nlp, text) -> None:  # type: ignore[no-untyped-def]
    supplies = facts(run(nlp, text), "supplies")
    firm = next(s for s, _ in supplies)
    assert firm.startswith("Orvane Trading")
    assert supplies == {(firm, "Kavir Aerospace Co.")}


def test_goods_sent_on_by_a_person_supply_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a person who received and sent on the goods is no supplier firm
    text = (
        "In 2019 the gyroscopes were shipped to Dmitri Orlov, and then re-exported to "
        "Kavir Aerospace Co."
    )
    assert facts(run(nlp, text), "supplies") == set()


@pytest.mark.parametrize(
    ("text", "prop", "goods"),
    [
        (
            "Kestova Optics Ltd., a Chinese manufacturer of night-vision goggles and stabilized "
            "gimbals, was listed.",
            "develops",
            {"night-vision goggles", "stabilized gimbals"},
        ),
        (
            "Kestova Optics Ltd., a supplier of fiber lasers and cooled infrared detectors, was "
            "listed.",
            "provides",
            {"fiber lasers", "cooled infrared detectors"},
        ),
    ],
)
def test_the_last_item_of_a_makers_list_read_as_a_verb(nlp, text, prop, goods) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), prop) == {("Kestova Optics Ltd.", g) for g in goods}


def test_a_second_verb_after_a_makers_list_makes_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "employed" is the firm's own second verb
    text = (
        "Kestova Optics Ltd. is a maker of night-vision goggles and employed 300 workers in 2020."
    )
    assert facts(run(nlp, text), "develops") == {("Kestova Optics Ltd.", "night-vision goggles")}
