"""Sanctions in their nominal and phrasal forms, on sentences written for these tests,
through the real pipeline: "the designation of X (by Y)", "the addition of X to the
Entity List", "raising the tariff rate on X", "tariffs of 25 percent on X", "restricted
exports to X Ltd."; and what is no measure ("the designation of X as its chair")."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.sanction_kinds import named_measure
from kg.extract.frames.sanction_objects import amount_phrases
from tests.test_extract_rules import asserted_measures as sanctions
from tests.test_extract_rules import run

WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


# ---------------------------------------------------------------- designations as nouns


@pytest.mark.model
def test_the_designation_of_a_firm_by_a_department(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The designation of Orvane Systems by the Treasury Department was announced on Monday."
    assert sanctions(run(nlp, text)) == {("Treasury Department", "Designation", "Orvane Systems")}


@pytest.mark.model
def test_a_departments_designation_of_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury Department's designation of Volta Media Ltd. followed its support."
    assert ("Treasury Department", "Designation", "Volta Media Ltd.") in sanctions(run(nlp, text))


@pytest.mark.model
def test_a_designation_announced_reaches_each_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department announced the designation of Volta Media Ltd. and Orvane Systems."
    )
    assert sanctions(run(nlp, text)) == {
        ("Treasury Department", "Designation", "Volta Media Ltd."),
        ("Treasury Department", "Designation", "Orvane Systems"),
    }


@pytest.mark.model
def test_a_designation_only_considered_is_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury Department is considering the designation of Volta Media Ltd."
    result = run(nlp, text)
    assert result.sanctions and not sanctions(result)


@pytest.mark.model
def test_a_designation_as_a_post_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The board announced the designation of Anna Sokol as its chair."
    assert not run(nlp, text).sanctions


@pytest.mark.model
def test_a_place_designated_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The designation of Hong Kong as a special zone was announced by the State Department."
    assert not run(nlp, text).sanctions


# ---------------------------------------------------------------- additions to a list


@pytest.mark.model
def test_the_addition_of_a_firm_to_the_entity_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department announced the addition of Volta Media Ltd. to the Entity List."
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Volta Media Ltd.")
    }


@pytest.mark.model
def test_an_addition_in_a_fact_sheet_is_the_issuers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The addition of Volta Media Ltd. to the Entity List restricts its access to chips."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("United States", "ExportControl", "Volta Media Ltd.")}


@pytest.mark.model
def test_an_addition_to_another_list_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The board approved the addition of Volta Media Ltd. to its list of suppliers."
    assert not run(nlp, text).sanctions


# ---------------------------------------------------------------- tariffs and exports


@pytest.mark.model
def test_raising_the_tariff_rate_on_goods_from_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States will raise the tariff rate on steel from Vietnam."
    assert sanctions(run(nlp, text)) == {("United States", "Tariff", "Vietnam")}


@pytest.mark.model
def test_a_leader_raising_the_tariff_rate_in_a_fact_sheet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The President is raising the tariff rate on Chinese semiconductors from 25% to 50%."
    assert ("United States", "Tariff", "China") in sanctions(run(nlp, text, WHITE_HOUSE))


@pytest.mark.model
def test_tariffs_of_a_percentage_on_imports_from_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the President signed an order imposing tariffs of 25 percent on imports "
        "from Vietnam."
    )
    assert ("United States", "Tariff", "Vietnam") in sanctions(run(nlp, text, WHITE_HOUSE))


@pytest.mark.model
def test_exports_to_a_firm_restricted(nlp) -> None:  # type: ignore[no-untyped-def]
    for verb in ("restricted", "prohibited"):
        text = f"The Commerce Department {verb} exports to Volta Media Ltd."
        assert sanctions(run(nlp, text)) == {
            ("Commerce Department", "ExportControl", "Volta Media Ltd.")
        }


@pytest.mark.model
def test_exports_from_a_firm_restricted_by_a_firm_have_no_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems restricted exports to Volta Media Ltd. after the dispute."
    assert all(imposer is None for imposer, _, _ in sanctions(run(nlp, text)))


# ---------------------------------------------------------------- hand-built parses


def _doc(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        lemmas=[w.lower() for w in words],
        ents=ents,
    )


def test_amount_phrases_reads_the_on_phrase_hung_on_the_size() -> None:
    # "tariffs of 25 percent on imports": "on imports" parsed under "percent"
    words = ["tariffs", "of", "25", "percent", "on", "imports"]
    heads = [0, 0, 3, 1, 3, 4]
    deps = ["ROOT", "prep", "nummod", "pobj", "prep", "pobj"]
    doc = _doc(words, heads, deps, ["O", "O", "B-PERCENT", "I-PERCENT", "O", "O"])
    assert [t.text for t in amount_phrases(doc[0])] == ["imports"]
    # "tariffs of steel on ships": no size, no phrase taken
    plain = _doc(
        ["tariffs", "of", "steel", "on", "ships"],
        [0, 0, 1, 2, 3],
        ["ROOT", "prep", "pobj", "prep", "pobj"],
        ["O"] * 5,
    )
    assert amount_phrases(plain[0]) == []


def test_named_measure_reads_the_measure_a_rate_is_of() -> None:
    doc = _doc(["the", "tariff", "rate"], [2, 2, 2], ["det", "compound", "ROOT"], ["O"] * 3)
    assert named_measure(doc[2]).text == "tariff"
    other = _doc(["the", "interest", "rate"], [2, 2, 2], ["det", "compound", "ROOT"], ["O"] * 3)
    assert named_measure(other[2]).text == "rate"


# ---------------------------------------------------------------- dealings barred


@pytest.mark.model
def test_persons_kept_from_engaging_in_transactions_with_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The order prohibits U.S. persons from engaging in any transaction with Volta Media Ltd.",
        "U.S. persons are prohibited from engaging in transactions with Volta Media Ltd.",
        "The order prohibits U.S. persons from dealing with Volta Media Ltd.",
    ):
        assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
            ("United States", "Ban", "Volta Media Ltd.")
        }, text


@pytest.mark.model
def test_talks_with_a_firm_prohibited_are_no_dealings(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order prohibits U.S. persons from engaging in talks with Volta Media Ltd."
    assert not run(nlp, text, WHITE_HOUSE).sanctions


# ---------------------------------------------------------------- action taken against


@pytest.mark.model
def test_a_sanctions_body_taking_action_against_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today, Treasury took action against Orvane Bank and Volta Media Ltd."
    assert sanctions(run(nlp, text)) == {
        ("Treasury Department", "Designation", "Orvane Bank"),
        ("Treasury Department", "Designation", "Volta Media Ltd."),
    }


@pytest.mark.model
def test_commerce_taking_action_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department took action against Volta Media Ltd."
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Volta Media Ltd.")
    }


@pytest.mark.model
def test_we_taking_action_in_a_fact_sheet_is_the_issuers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today, we are taking action against Volta Media Ltd. and Orvane Bank."
    assert ("United States", "Designation", "Volta Media Ltd.") in sanctions(
        run(nlp, text, WHITE_HOUSE)
    )


@pytest.mark.model
def test_action_by_a_regulator_or_a_firm_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not run(
        nlp, "The Federal Trade Commission took action against Volta Media Ltd."
    ).sanctions
    text = "Orvane Bank took legal action against Volta Media Ltd."
    assert not run(nlp, text, WHITE_HOUSE).sanctions


# ---------------------------------------------------------------- news wordings


@pytest.mark.model
def test_sanctions_imposed_on_a_firm_by_a_union(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The sanctions imposed on Orvane Systems by the European Union took effect on Friday."
    assert sanctions(run(nlp, text)) == {("European Union", "Designation", "Orvane Systems")}


@pytest.mark.model
def test_sanctions_a_union_imposed_on_a_firm_are_dated_by_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The sanctions the European Union imposed on Orvane Systems in 2022 remain in force."
    result = run(nlp, text)
    assert sanctions(result) == {("European Union", "Designation", "Orvane Systems")}
    assert {s.date for s in result.sanctions} == {"2022"}


@pytest.mark.model
def test_a_firm_under_a_states_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems, which is under US sanctions, denied the claims."
    assert sanctions(run(nlp, text)) == {("United States", "Designation", "Orvane Systems")}


@pytest.mark.model
def test_a_firm_under_investigation_is_under_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems, which is under US investigation, denied the claims."
    assert not run(nlp, text).sanctions


@pytest.mark.model
def test_hit_with_sanctions_is_a_designation_by_their_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems was hit with US sanctions in 2022.")
    assert sanctions(result) == {("United States", "Designation", "Orvane Systems")}
    assert {s.date for s in result.sanctions} == {"2022"}


@pytest.mark.model
def test_firms_barred_from_selling_to_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The US has barred American companies from selling chips to Huawei."
    assert sanctions(run(nlp, text)) == {("United States", "ExportControl", "Huawei")}


@pytest.mark.model
def test_a_firm_barred_from_selling_is_itself_banned(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The court barred Orvane Systems from selling the drug to hospitals."
    assert sanctions(run(nlp, text)) == {("court", "Ban", "Orvane Systems")}


# ---------------------------------------------------------------- a state as target


@pytest.mark.model
def test_sanctions_on_any_state_by_its_name_are_a_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    # a state outside the nationality list too (Sudan), typed as a government here
    text = "The firm violated U.S. sanctions against Iran and Sudan, prosecutors said."
    found = sanctions(run(nlp, text))
    assert ("United States", "Ban", "Sudan") in found
    assert ("United States", "Designation", "Sudan") not in found


# ---------------------------------------------------------------- blocking sanctions


@pytest.mark.model
def test_full_blocking_sanctions_freeze_assets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "- Full blocking sanctions on Orvane Bank and Volta Media Ltd."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("United States", "AssetFreeze", "Orvane Bank"),
        ("United States", "AssetFreeze", "Volta Media Ltd."),
    }


def test_restricted_kind_of_blocking_sanctions_on_a_hand_built_doc() -> None:
    from kg.extract.frames.sanction_targets import restricted_kind

    doc = _doc(["full", "blocking", "sanctions"], [2, 2, 2], ["amod", "amod", "ROOT"], ["O"] * 3)
    assert restricted_kind(doc[2]) == "AssetFreeze"
    plain = _doc(["new", "sanctions"], [1, 1], ["amod", "ROOT"], ["O"] * 2)
    assert restricted_kind(plain[1]) is None


# ---------------------------------------------------------------- dates


@pytest.mark.model
def test_the_year_of_a_laws_name_is_no_date_of_the_tariff(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States will raise tariffs under Section 301 of the Trade Act of 1974 "
        "on steel from Vietnam."
    )
    result = run(nlp, text)
    assert sanctions(result) == {("United States", "Tariff", "Vietnam")}
    assert {s.date for s in result.sanctions} == {None}


# ---------------------------------------------------------------- measures violated

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"


@pytest.mark.model
def test_goods_sent_to_a_country_in_violation_of_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Orvane Systems shipped goods to Syria in violation of U.S. sanctions.",
        "Petrov conspired to export items to Iran in violation of the U.S. trade embargo.",
    ):
        country = "Syria" if "Syria" in text else "Iran"
        assert sanctions(run(nlp, text, JUSTICE)) == {("United States", "Ban", country)}, text


@pytest.mark.model
def test_goods_sent_to_a_firm_in_violation_of_sanctions_name_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems shipped goods to Acme Corp in violation of U.S. sanctions."
    assert not run(nlp, text).sanctions


# ---------------------------------------------------------------- imposers from context


@pytest.mark.model
def test_a_passive_fine_after_a_government_acted_is_that_governments(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Commission closed its inquiry into the cartel on Tuesday. "
        "Volta Media Ltd. was fined 5 million euros."
    )
    assert sanctions(run(nlp, text)) == {("European Commission", "Fine", "Volta Media Ltd.")}


@pytest.mark.model
def test_a_passive_fine_after_a_firm_acted_has_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orvane Systems closed its plant in Ohio on Tuesday. "
        "Volta Media Ltd. was fined 5 million euros."
    )
    assert all(imposer is None for imposer, *_ in sanctions(run(nlp, text)))


@pytest.mark.model
def test_hit_with_a_bill_for_fines_by_the_government_the_sentence_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The dispute between Orvane Systems and the Freedonian government escalated when "
        "Orvane Systems was hit with a bill of $2bn in back taxes and fines."
    )
    found = sanctions(run(nlp, text))
    assert {(i, k) for i, k, t in found if t == "Orvane Systems"} == {
        ("Freedonian government", "Fine")
    }


@pytest.mark.model
def test_a_passive_fine_after_a_government_only_threatened_has_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Commission has threatened to fine Orvane Systems. "
        "Volta Media Ltd. was fined 5 million euros."
    )
    found = sanctions(run(nlp, text))
    assert not [i for i, _, t in found if t == "Volta Media Ltd." and i is not None]


# ---------------------------------------------------------------- order and fact-sheet wordings


@pytest.mark.model
def test_the_purchase_of_a_firms_securities_prohibited_in_the_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The purchase or sale of any publicly traded securities of Volta Media Ltd. by any "
        "United States person is prohibited."
    )
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("United States", "InvestmentBan", "Volta Media Ltd.")
    }


@pytest.mark.model
def test_export_controls_on_goods_to_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department imposed export controls on chips to Russia in 2031."
    result = run(nlp, text)
    assert sanctions(result) == {("Commerce Department", "ExportControl", "Russia")}
    assert {s.date for s in result.sanctions} == {"2031"}


@pytest.mark.model
def test_goods_from_a_country_facing_a_tariff_in_a_fact_sheet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Imports from Canada will face an additional 10% tariff."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {("United States", "Tariff", "Canada")}


@pytest.mark.model
def test_a_firm_that_has_faced_sanctions_since_a_year(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems has faced US sanctions since 2019.")
    assert sanctions(result) == {("United States", "Designation", "Orvane Systems")}


@pytest.mark.model
def test_a_measure_faced_ahead_or_at_most_is_only_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Russia faces new sanctions from the European Union.",
        "Orvane Systems faces a maximum fine of $1 million.",
    ):
        result = run(nlp, text, JUSTICE)
        assert result.sanctions and not sanctions(result), text


@pytest.mark.model
def test_competition_faced_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not run(nlp, "Orvane Systems faces stiff competition from Volta Media Ltd.").sanctions


# ---------------------------------------------------------------- headings and bullets


@pytest.mark.model
def test_a_capitalised_bullet_measure_taken_for_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Export Controls on Orvane Systems and Volta Media Ltd."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("United States", "ExportControl", "Orvane Systems"),
        ("United States", "ExportControl", "Volta Media Ltd."),
    }


@pytest.mark.model
def test_a_capitalised_relief_heading_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not run(nlp, "Sanctions Relief for Orvane Bank.", WHITE_HOUSE).sanctions


def test_noun_kind_reads_a_measure_parsed_as_a_name() -> None:
    from kg.extract.frames.sanction_kinds import noun_kind

    doc = Doc(
        spacy.blank("en").vocab,
        words=["Sanctions", "on", "Orvane"],
        heads=[0, 0, 1],
        deps=["ROOT", "prep", "pobj"],
        pos=["PROPN", "ADP", "PROPN"],
        lemmas=["Sanctions", "on", "Orvane"],
    )
    assert noun_kind(doc[0]) == "Designation"
    assert noun_kind(doc[2]) is None


# ---------------------------------------------------------------- targeting and goods' makers


@pytest.mark.model
def test_sanctions_targeting_a_group_including_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury imposed sanctions targeting Russia's largest banks, including Orvane Bank."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("Treasury Department", "Designation", "Orvane Bank")
    }


@pytest.mark.model
def test_a_ban_on_the_sale_of_a_firms_goods_reaches_the_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The Federal Communications Commission banned the sale of gear made by Orvane Systems.",
        "The sale of Orvane Systems equipment was banned by the Federal Communications Commission.",
    ):
        assert sanctions(run(nlp, text)) == {("FCC", "Ban", "Orvane Systems")}, text


@pytest.mark.model
def test_the_import_of_a_firms_products_prohibited_by_an_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order prohibits the import of products made by Volta Media Ltd."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {("United States", "Ban", "Volta Media Ltd.")}


# ---------------------------------------------------------------- settlements joined to payments


@pytest.mark.model
def test_a_settlement_with_a_bureau_joined_to_a_payment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the plea. Orvane Systems also entered into a "
        "settlement agreement with the Bureau of Industry and Security and agreed to pay a "
        "$10 million penalty."
    )
    found = sanctions(run(nlp, text, JUSTICE))
    assert ("Bureau of Industry and Security", "Fine", "Orvane Systems") in found
    assert ("Justice Department", "Fine", "Orvane Systems") not in found


@pytest.mark.model
def test_a_meeting_with_a_bureau_joined_to_a_payment_names_no_payee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orvane Systems held a meeting with the Bureau of Industry and Security and agreed "
        "to pay $10 million to Volta Media Ltd. for its plant."
    )
    assert not sanctions(run(nlp, text))


@pytest.mark.model
def test_a_fine_received_beside_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orvane Systems received a sentence of three years of probation and a fine of "
        "$10,000 from the court."
    )
    result = run(nlp, text)
    assert sanctions(result) == {("court", "Fine", "Orvane Systems")}
    assert {s.amount for s in result.sanctions} == {Decimal("10000")}


# ---------------------------------------------------------------- assets immobilised, cut off


@pytest.mark.model
def test_assets_immobilised_are_frozen(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury is immobilizing any assets of Orvane Bank held in the United States."
    assert sanctions(run(nlp, text)) == {("Treasury Department", "AssetFreeze", "Orvane Bank")}


@pytest.mark.model
def test_a_bank_cut_off_from_the_financial_system(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "- Cutting off Orvane Bank from the U.S. financial system."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {("United States", "Other", "Orvane Bank")}


@pytest.mark.model
def test_access_to_technology_cut_off_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Washington cut off Huawei's access to American chips in 2019.")
    assert sanctions(result) == {("United States", "ExportControl", "Huawei")}
    assert {s.date for s in result.sanctions} == {"2019"}


@pytest.mark.model
def test_a_firm_cutting_off_supplies_or_a_client_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Orvane Systems cut off supplies to Volta Media Ltd.",
        "Volta Media Ltd. cut off Orvane Systems from its network.",
    ):
        assert not run(nlp, text).sanctions, text


# ---------------------------------------------------------------- "US-sanctioned X"


@pytest.mark.model
def test_a_firm_described_as_sanctioned_by_a_state(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Orvane Systems, a US-sanctioned chipmaker, reported a loss.",
        "The US-blacklisted chipmaker Orvane Systems reported a loss.",
    ):
        found = sanctions(run(nlp, text))
        assert found == {("United States", "Designation", "Orvane Systems")}, text


@pytest.mark.model
def test_a_firm_listed_in_a_city_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Last year she bought shares in Orvane Resources, a London-listed mining group."
    assert not run(nlp, text).sanctions


# ---------------------------------------------------------------- investing barred


@pytest.mark.model
def test_persons_barred_from_investing_in_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "Americans were banned from investing in Orvane Systems in 2021.", WHITE_HOUSE
    )
    assert sanctions(result) == {("United States", "InvestmentBan", "Orvane Systems")}


@pytest.mark.model
def test_investors_nationality_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The US government has barred American investors from buying shares of Orvane Systems."
    found = sanctions(run(nlp, text))
    assert found == {("US government", "InvestmentBan", "Orvane Systems")}


# ---------------------------------------------------------------- short names


@pytest.mark.model
def test_a_short_name_after_the_full_one_is_the_firm_fined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Commission fined Orvane Systems 5 million euros on Tuesday. Its rival "
        "Kestrelbach Coatings also took part in the cartel. Kestrelbach was fined 2 million euros."
    )
    found = sanctions(run(nlp, text))
    assert ("European Commission", "Fine", "Kestrelbach Coatings") in found


@pytest.mark.model
def test_a_surname_after_the_full_name_is_the_person_fined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ivan Petrov and Anna Sokol met in Vienna. Petrov was fined 2 million euros by the "
        "Coastal Trade Commission."
    )
    assert sanctions(run(nlp, text)) == {("Coastal Trade Commission", "Fine", "Ivan Petrov")}


@pytest.mark.model
def test_a_measure_only_violated_is_stated_in_the_lowest_band(nlp) -> None:  # type: ignore[no-untyped-def]
    # the destination of goods "in violation of U.S. sanctions" is inferred, the measure
    # background to the offence; a measure naming its own target keeps its band
    inferred = run(nlp, "Orvane Systems shipped valves to Syria in violation of U.S. sanctions.")
    named = run(nlp, "Orvane Systems violated U.S. sanctions against Syria.")
    assert [s.evidence.confidence < 0.7 for s in inferred.sanctions] == [True]
    assert [s.evidence.confidence >= 0.85 for s in named.sanctions] == [True]
