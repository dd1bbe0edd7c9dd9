"""The technology frame on the wording of official releases (tech17), on sentences
written for these tests: firms named by one technology word ("AI companies – A, B
and C"), and the phrases that name no product."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def found(nlp, text: str, predicate: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), predicate)


# ---------------------------------------------------------------- one-word tech firms


def test_firms_listed_after_a_dash_develop_the_technology_of_their_trade(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Secretary hosted five leading AI companies in Washington on Monday – "
        "Microsoft, Google and Amazon – to agree on safety tests."
    )
    assert {"Microsoft", "Google", "Amazon"} == {
        s for s, o in found(nlp, text, "develops") if o.lower() in {"ai", "artificial intelligence"}
    }


def test_a_firm_described_by_one_technology_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp., a fabless semiconductor company, opened an office in Ohio."
    assert {("Veltra Corp.", "semiconductors")} <= found(nlp, text, "develops") | {
        (s, o + "s") for s, o in found(nlp, text, "develops")
    }


def test_firms_listed_with_such_as(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two robotics companies such as Qubitron Inc. and Ionix Corp. signed the pledge."
    assert {s for s, _ in found(nlp, text, "develops")} == {"Qubitron Inc.", "Ionix Corp."}


def test_a_trade_or_a_vague_word_names_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp., a phone company, and Orbit Inc., a technology company, met "
        "Kestrel Ltd., a consulting firm."
    )
    result = run(nlp, text)
    assert not [f for f in result.facts if f.predicate in {"develops", "provides"}]


# ---------------------------------------------------------------- examples of a category


def test_the_examples_of_a_category_of_goods_are_the_products(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Corp. exported controlled items, such as accelerometers and gyroscopes, to Iran."
    )
    assert found(nlp, text, "provides") == {
        ("Kestrel Corp.", "accelerometers"),
        ("Kestrel Corp.", "gyroscopes"),
    }
    assert ("Kestrel Corp.", "Iran") in found(nlp, text, "supplies")


def test_examples_of_no_goods_or_a_denied_sale_give_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Corp. sells services such as consulting and training. "
        "Orbit Inc. did not sell products such as routers."
    )
    assert found(nlp, text, "provides") == set()


# ---------------------------------------------------------------- shipments


def test_shipments_of_goods_to_a_country_or_buyer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Corp. made shipments of gyroscopes to Iran. Orbit Inc.'s shipments of "
        "accelerometers to the Iranian military continued."
    )
    assert {("Kestrel Corp.", "gyroscopes"), ("Orbit Inc.", "accelerometers")} <= found(
        nlp, text, "provides"
    )
    assert {("Kestrel Corp.", "Iran"), ("Orbit Inc.", "Iranian military")} <= found(
        nlp, text, "supplies"
    )


def test_shipments_without_a_shipper_give_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The shipments of drones to Iran ended in May."
    assert found(nlp, text, "provides") == set() and found(nlp, text, "supplies") == set()


# ---------------------------------------------------------------- trade secrets


def test_a_firms_trade_secrets_about_a_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lin stole trade secrets related to wind turbine technology from Zentra Inc. in 2019. "
        "He also took trade secrets about lithium batteries belonging to Kestrel Ltd."
    )
    assert found(nlp, text, "develops") == {
        ("Zentra Inc.", "wind turbine technology"),
        ("Kestrel Ltd.", "lithium batteries"),
    }


def test_the_thief_or_an_agency_develops_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Ltd. stole trade secrets related to drones from the Army. "
        "Lin stole trade secrets from Zentra Inc. and sold them."
    )
    assert found(nlp, text, "develops") == set()


# ---------------------------------------------------------------- procurement for a state


def test_a_firm_that_procures_goods_for_a_state_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Corp. procured thermal imaging cameras for the Iranian military. "
        "Orbit Inc. purchased gyroscopes on behalf of Veltra Ltd."
    )
    assert found(nlp, text, "supplies") == {
        ("Kestrel Corp.", "Iranian military"),
        ("Orbit Inc.", "Veltra Ltd."),
    }


def test_buying_for_a_price_or_a_stake_supplies_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp. bought drones for $5 million. Orbit Inc. bought a stake for the army."
    assert found(nlp, text, "supplies") == set()


# ---------------------------------------------------------------- firm descriptions


def test_ownership_words_are_no_part_of_the_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp. is a Chinese state-owned telecommunications equipment manufacturer."
    assert found(nlp, text, "develops") == {("Kestrel Corp.", "telecommunications equipment")}


# ---------------------------------------------------------------- plants


def test_a_firm_that_builds_or_runs_a_plant_named_by_its_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp. announced a $20 billion investment to build a new memory chip "
        "factory in Ohio. Trellan Inc., a company that established a MMIC manufacturing "
        "facility in Chengdu, was listed."
    )
    assert {("Veltra Corp.", "memory chip"), ("Trellan Inc.", "MMIC")} <= found(
        nlp, text, "develops"
    )


def test_a_plant_named_by_no_product_makes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp. will build a new factory in Ohio and operates a power plant in Utah."
    assert found(nlp, text, "develops") == set()


# ---------------------------------------------------------------- a person's firm


def test_the_firm_a_person_exported_through_provides_the_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lin exported the gyroscopes to Iran through his company, Kestrel Corp., in 2019. "
        "Wu used Orbit Inc. to export night vision goggles to China."
    )
    assert found(nlp, text, "provides") == {
        ("Kestrel Corp.", "gyroscopes"),
        ("Orbit Inc.", "night vision goggles"),
    }
    assert found(nlp, text, "supplies") == {("Kestrel Corp.", "Iran"), ("Orbit Inc.", "China")}


def test_a_person_alone_or_a_firm_by_name_only_is_no_front(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lin exported the gyroscopes to Iran in 2019 after meeting Kestrel Corp. staff."
    assert found(nlp, text, "provides") == set()


# ---------------------------------------------------------------- theft and trade nouns


def test_a_firms_proprietary_technology_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orbis stole Veltra Corp.'s proprietary battery technology in 2018."
    assert ("Veltra Corp.", "battery technology") in found(nlp, text, "develops")


def test_trade_secrets_from_a_firm_relating_to_a_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The conspirators stole trade secrets from Veltra Corp. relating to DRAM."
    assert found(nlp, text, "develops") == {("Veltra Corp.", "DRAM")}


def test_a_foundry_and_an_exporter(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trellan Ltd., a Taiwan semiconductor foundry, and Kestrel Ltd., an electronics "
        "exporter in Hong Kong, were charged."
    )
    assert {s for s, _ in found(nlp, text, "develops")} == {"Trellan Ltd."}
    assert found(nlp, text, "provides") == {("Kestrel Ltd.", "electronics")}


def test_an_arms_dealer_names_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "Kestrel Ltd., an arms dealer, was charged.", "provides") == set()


# ---------------------------------------------------------------- adoption


def test_a_bodys_adoption_of_a_technology_is_its_use(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order speeds the Defense Department's adoption of cloud computing."
    assert found(nlp, text, "uses") == {("Defense Department", "cloud computing")}


# ---------------------------------------------------------------- market power


def test_a_firms_hold_on_a_market_says_it_sells_the_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp. maintained its monopoly in PC operating systems. Orbit Inc. holds a "
        "40 percent share of the DRAM market."
    )
    assert found(nlp, text, "provides") == {
        ("Veltra Corp.", "PC operating systems"),
        ("Orbit Inc.", "DRAM"),
    }


def test_a_share_of_a_firm_or_of_a_commodity_market_is_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp. bought a 10 percent share of Orbit Inc. Kestrel Ltd. gained a "
        "larger share of the oil market."
    )
    assert found(nlp, text, "provides") == set()


def test_a_firm_that_specializes_in_the_design_of_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Ltd. specializes in the design of radar systems."
    assert found(nlp, text, "develops") == {("Kestrel Ltd.", "radar systems")}


# ---------------------------------------------------------------- punished for it


def test_the_firm_designated_for_supplying_goods_supplies_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Treasury designated Kestrel Ltd. for supplying drone components to the Iranian "
        "military. The Department of Commerce added Orbit Inc. to the Entity List for "
        "selling surveillance technology to the Chinese police."
    )
    assert found(nlp, text, "provides") == {
        ("Kestrel Ltd.", "drone components"),
        ("Orbit Inc.", "surveillance technology"),
    }
    assert found(nlp, text, "supplies") == {
        ("Kestrel Ltd.", "Iranian military"),
        ("Orbit Inc.", "Chinese police"),
    }
    rules = {f.evidence.rule for f in run(nlp, text).facts if f.predicate == "provides"}
    assert rules == {"verb.provides.supply.target.v1", "verb.provides.sell.target.v1"}


def test_the_agency_that_designates_supplies_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury designated Kestrel Ltd. in May for its role in a fraud scheme."
    assert found(nlp, text, "supplies") == set() and found(nlp, text, "provides") == set()


def test_the_firm_charged_with_exporting_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A grand jury charged Orbit Inc. with exporting gyroscopes to Iran."
    assert found(nlp, text, "provides") == {("Orbit Inc.", "gyroscopes")}
    assert found(nlp, text, "supplies") == {("Orbit Inc.", "Iran")}


# ---------------------------------------------------------------- unnamed buyers


def test_goods_sold_to_unnamed_buyers_in_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Ltd. sold drones to customers in Iran and Syria."
    assert found(nlp, text, "supplies") == {("Kestrel Ltd.", "Iran"), ("Kestrel Ltd.", "Syria")}


def test_advice_to_buyers_in_a_country_supplies_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "Kestrel Ltd. sold advice to customers in Iran.", "supplies") == set()


# ---------------------------------------------------------------- lines of business


def test_a_firms_line_of_business_names_what_it_sells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp.'s cloud computing division grew fast last year."
    assert found(nlp, text, "provides") == {("Veltra Corp.", "cloud computing")}


def test_selling_a_business_supplies_its_buyer_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp. sold its smartphone business to Orbit Inc. Kestrel Ltd.'s "
        "investment banking unit grew."
    )
    assert found(nlp, text, "supplies") == set()
    assert ("Kestrel Ltd.", "investment banking") not in found(nlp, text, "provides")


# ---------------------------------------------------------------- contractors


def test_a_contractor_for_an_agency_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Ltd., a contractor for the Department of Defense, was hacked. "
        "Orbit Inc., a Pentagon contractor, was hacked too."
    )
    assert {s for s, _ in found(nlp, text, "supplies")} == {"Kestrel Ltd.", "Orbit Inc."}


def test_a_defense_contractor_names_no_customer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Ltd., a defense contractor, was hacked."
    assert found(nlp, text, "supplies") == set() and found(nlp, text, "provides") == set()


# ---------------------------------------------------------------- goods "for use" by a state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veltra Corp exported integrated circuits for use in the space programs of "
            "China and Russia.",
            {("China", "integrated circuits"), ("Russia", "integrated circuits")},
        ),
        (
            "Lin sold gyroscopes to Kestrel Corp for use by the Iranian military.",
            {("Iranian military", "gyroscopes")},
        ),
        ("The firm shipped drones for use in Russia's war.", {("Russia", "drones")}),
        # a place alone names no user, nor do goods that are no technology
        ("Orbis Inc sold thermal cameras for use in China.", set()),
        ("Orbis Inc bought land for use by the Army.", set()),
    ],
)
def test_goods_for_use_by_a_state_are_used_by_it(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert found(nlp, text, "uses") == expected


def test_a_state_whose_programs_use_goods_acts_as_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp exported integrated circuits for use in the space programs of China."
    types = {e.name: e.cls for e in run(nlp, text).entities}
    assert types["China"] == "Government"
