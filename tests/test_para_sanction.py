"""Sanction constructions the paraphrase battery found missing, on sentences written
for these tests (not the battery's): a subject the parse hangs on an auxiliary, a
colon list whose items carry descriptions naming places and armies, a measure noun
that is the subject of a passive "announced by", and targets named beside a role
noun ("its founder, X", "two of its units, A and B")."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import pairs, run, sanctions


@pytest.mark.model
def test_a_subject_hung_on_the_auxiliary_still_imposes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC is today designating Corvane Shipping Ltd. and Lisk Freight LLC."
    assert pairs(nlp, text) == {
        ("Office of Foreign Assets Control", "Corvane Shipping Ltd."),
        ("Office of Foreign Assets Control", "Lisk Freight LLC"),
    }


@pytest.mark.model
def test_places_and_armies_in_a_list_items_description_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury designated the following companies: Quorra Devices LLC, a "
        "Minsk-based maker of radios; Telvik Trading Ltd., a Singapore supplier of "
        "antennas; and Ardo Systems JSC, which sold parts to the Iranian Navy."
    )
    found = pairs(nlp, text)
    assert {target for _, target in found} == {
        "Quorra Devices LLC",
        "Telvik Trading Ltd.",
        "Ardo Systems JSC",
    }
    assert {imposer for imposer, _ in found} == {"Treasury Department"}


@pytest.mark.model
def test_a_measure_announced_by_a_body_is_that_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A $3 million penalty against Halden Telecom was announced by the Federal Reserve."
    assert pairs(nlp, text) == {("Federal Reserve", "Halden Telecom")}


@pytest.mark.model
def test_the_name_beside_a_role_noun_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    carried = (
        "The Treasury designated Verlo Shipping in May. "
        "The firm's director, Anton Belik, was also designated."
    )
    assert ("Treasury Department", "Anton Belik") in pairs(nlp, carried)
    frozen = (
        "The EU sanctioned Drava Metals, and Britain froze the assets of its founder, Ivan Kostic."
    )
    assert ("United Kingdom", "Ivan Kostic") in pairs(nlp, frozen)


@pytest.mark.model
def test_names_beside_a_counted_group_are_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC sanctioned Pavel Dorin and three of his firms, Dorin Capital and Vesk Energy."
    found = pairs(nlp, text)
    assert ("Office of Foreign Assets Control", "Dorin Capital") in found
    assert ("Office of Foreign Assets Control", "Vesk Energy") in found


@pytest.mark.model
def test_each_bulleted_line_is_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today the United States is acting against Belarus's banks.\n"
        "- Full blocking sanctions on Minvel Bank and its eight subsidiaries.\n"
        "- New debt restrictions on Grodno Savings Bank."
    )
    found = sanctions(run(nlp, text, source="https://www.whitehouse.gov/fact-sheets/x/"))
    assert ("United States", "Grodno Savings Bank", "asserted") in found


@pytest.mark.model
def test_a_named_member_of_an_included_role_noun_is_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department is adding 30 entities to the Entity List, including "
        "four affiliates of Tarvo Group (Tarvo) and the research center Ostend Photonics "
        "Institute."
    )
    found = pairs(nlp, text)
    assert ("Commerce Department", "Ostend Photonics Institute") in found
    assert ("Commerce Department", "Tarvo Group") not in found


@pytest.mark.model
def test_banned_apps_including_names_are_the_targets_not_their_country(nlp) -> None:  # type: ignore[no-untyped-def]
    found = pairs(nlp, "Nepal banned 12 Chinese apps, including Vidlo.")
    assert ("Nepal", "Vidlo") in found
    assert ("Nepal", "China") not in found


@pytest.mark.model
def test_a_forfeiture_ordered_of_a_surname_is_the_courts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal court in Denver sentenced Tomas Hruby to two years in prison. "
        "Hruby was also ordered to forfeit $900,000."
    )
    assert ("federal court", "Tomas Hruby") in pairs(nlp, text)


@pytest.mark.model
def test_a_passive_split_by_long_adverbials_is_still_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hollin Optics Ltd., a maker of lenses, was on Friday, after a review lasting "
        "a year, added to the Commerce Department's Entity List."
    )
    assert ("Commerce Department", "Hollin Optics Ltd.") in pairs(nlp, text)


@pytest.mark.model
def test_a_headlines_subject_parsed_as_a_compound_imposes(nlp) -> None:  # type: ignore[no-untyped-def]
    found = pairs(nlp, "EU fines Arvella Chemicals €90m over cartel")
    assert {imposer for imposer, _ in found} == {"European Union"}


@pytest.mark.model
def test_duties_set_on_goods_made_by_a_firm_fall_on_the_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department set duties of 40 percent on tyres made by Gansu Rubber Co."
    assert pairs(nlp, text) == {("Commerce Department", "Gansu Rubber Co.")}
