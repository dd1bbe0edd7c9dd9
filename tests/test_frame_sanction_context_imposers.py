"""Measures a release states with no government in their own sentence, and the
makers whose goods a list takes: the government acting in the sentences just before
("BIS issued a denial order. Under the order, X is denied …", "Treasury announced
sanctions. The sanctions target X", "Today's designation of X"); a measure's own
imposing clause ("travel bans imposed by the UK apply to X"); a measure the parse
made a clause ("which imposed asset freezes on X"); "added equipment produced by two
manufacturers to the Covered List" and the numbered list of the makers; a table
under a counted lead or an annex's heading ("Entity | Country"), each row's first
cell. Near misses: no government acting before, a government in the measure's own
sentence, a count the list or table does not match. On sentences written for these
tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures, run

pytestmark = pytest.mark.model


def test_a_passive_under_the_order_takes_the_body_that_issued_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department issued a denial order on Monday against an Armenian "
        "broker. Under the order, Vantor Logistics is denied all export privileges for "
        "five years."
    )
    found = asserted_measures(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Vantor Logistics") in found


def test_the_sanctions_pointed_back_to_take_the_body_that_announced_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department announced new sanctions on Tuesday. The sanctions target "
        "Brisa Naviera, which ships fuel to the regime."
    )
    found = asserted_measures(run(nlp, text))
    assert ("State Department", "Designation", "Brisa Naviera") in found


def test_todays_designation_of_a_firm_takes_the_body_acting_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department acted today against the gold trade of the junta. "
        "Today's designation of Kessel Bullion Corporation cuts off a major source of "
        "its revenue."
    )
    found = asserted_measures(run(nlp, text))
    assert ("Treasury Department", "Designation", "Kessel Bullion Corporation") in found


def test_no_government_acting_before_gives_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Analysts expect more pressure on the shipping sector this year. The sanctions "
        "target Brisa Naviera, which ships fuel to the regime."
    )
    found = asserted_measures(run(nlp, text))
    assert not [m for m in found if m[2] == "Brisa Naviera" and m[0] is not None]


def test_a_government_in_the_measures_own_sentence_is_not_overridden(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OFAC today designated Rostel Freight LLC. In parallel, Australia imposed "
        "financial sanctions and travel bans on Marta Kovic, a director of Rostel Freight."
    )
    found = asserted_measures(run(nlp, text))
    assert not [m for m in found if m[2] == "Marta Kovic" and m[0] == "OFAC"]


def test_bans_imposed_by_a_government_apply_to_their_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Travel bans imposed by the United Kingdom today apply to Piotr Halas, a director "
        "of Kordia Grain."
    )
    found = asserted_measures(run(nlp, text))
    assert {m[0] for m in found if m[2] == "Piotr Halas"} == {"United Kingdom"}


def test_a_government_which_imposed_asset_freezes_on_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OFAC acted in coordination with the Government of Japan, which today imposed "
        "asset freezes on Hoshino Trading Co. and its president, Daiki Mori."
    )
    found = {(m[0], m[2]) for m in asserted_measures(run(nlp, text))}
    assert ("Government of Japan", "Hoshino Trading Co.") in found
    assert ("Government of Japan", "Daiki Mori") in found


_MAKERS = (
    "The Federal Communications Commission (FCC) today added communications equipment "
    "produced by {count} manufacturers to the Covered List.\n\n"
    "1. Orvane Radio Co., Ltd., for the routers it produces.\n\n"
    "2. Teskel Modem Technologies Inc., for the cellular modems it produces.\n\n"
    '"Untrusted equipment has no place in our networks," said the Chairwoman.'
)


def test_equipment_produced_by_counted_makers_lists_the_makers(nlp) -> None:  # type: ignore[no-untyped-def]
    found = asserted_measures(run(nlp, _MAKERS.format(count="two")))
    assert ("FCC", "Ban", "Orvane Radio Co., Ltd.") in found
    assert ("FCC", "Ban", "Teskel Modem Technologies Inc.") in found


def test_makers_counted_otherwise_than_listed_are_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    found = asserted_measures(run(nlp, _MAKERS.format(count="three")))
    assert not [m for m in found if m[2] == "Orvane Radio Co., Ltd."]


_TABLE = (
    "The Bureau of Industry and Security (BIS) is adding {count} entities to the Entity "
    "List. The entities are listed below.\n\n"
    "Entity | Country\n"
    "Vostra Photonics Co., Ltd. | China\n"
    "Kellan Microwave Pte. Ltd. | Singapore\n"
)


def test_a_counted_lead_over_a_table_lists_each_rows_first_cell(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {(m[0], m[2]) for m in asserted_measures(run(nlp, _TABLE.format(count="two")))}
    bis = "Bureau of Industry and Security"
    assert (bis, "Vostra Photonics Co., Ltd.") in found
    assert (bis, "Kellan Microwave Pte. Ltd.") in found
    assert not [m for m in found if m[1] in {"China", "Singapore", "Entity"}]


def test_a_table_with_more_targets_counted_than_rows_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    found = asserted_measures(run(nlp, _TABLE.format(count="three")))
    assert not [m for m in found if m[2] == "Vostra Photonics Co., Ltd."]


def test_the_annex_as_a_table_under_a_fact_sheets_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the President signed an Executive Order blocking the property of "
        "suppliers of the drone program. The persons listed in the Annex are:\n\n"
        "Name | Country\n"
        "Tarvik Aerospace JSC | Russia\n"
        "Lumen Wave Electronics Limited | China\n"
    )
    source = "https://www.whitehouse.gov/fact-sheets/2026/03/fact-sheet-x/"
    found = {(m[0], m[2]) for m in asserted_measures(run(nlp, text, source))}
    assert ("United States", "Tarvik Aerospace JSC") in found
    assert ("United States", "Lumen Wave Electronics Limited") in found


_NOMINAL_LEAD = (
    "The Department of State is announcing the public designation of {count} Valdorian "
    "officials under Section 7031(c) for their involvement in significant corruption. "
    "Colonel Ivar Selk, commander of the border police, and Mira Oltan, a deputy "
    "governor, accepted payments to shield smuggling networks."
)


def test_the_designation_of_counted_officials_names_them_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {(m[0], m[2]) for m in asserted_measures(run(nlp, _NOMINAL_LEAD.format(count="two")))}
    assert ("State Department", "Ivar Selk") in found
    assert ("State Department", "Mira Oltan") in found
    assert not [m for m in found if "officials" in m[1]]  # the group is no target


def test_the_designation_of_more_officials_than_named_reads_none(nlp) -> None:  # type: ignore[no-untyped-def]
    found = asserted_measures(run(nlp, _NOMINAL_LEAD.format(count="three")))
    assert not [m for m in found if m[2] in {"Ivar Selk", "Mira Oltan"}]


def test_a_determination_imposing_prohibitions_is_its_issuers_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Commerce today issued a final determination imposing "
        "transaction prohibitions on Pellin Smart Home, a maker of connected doorbells."
    )
    found = {(m[0], m[2]) for m in asserted_measures(run(nlp, text))}
    assert found == {("Commerce Department", "Pellin Smart Home")}
