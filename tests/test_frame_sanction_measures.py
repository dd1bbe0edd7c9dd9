"""Measures of official releases: licences revoked, debarment, investments banned,
classes of concern, lists with "including", sentences with "ordered to pay", tariffs on
goods from a country; on sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.extractor import extract_doc
from kg.extract.frames.sanction_classes import class_named
from kg.model import Article, ArticleExtraction
from tests.test_extract_rules import names, run

pytestmark = pytest.mark.model

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"
WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


def sanctions(result: ArticleExtraction) -> set[tuple[str | None, str, str]]:
    n = names(result)
    return {(n[s.imposer] if s.imposer else None, s.kind, n[s.target]) for s in result.sanctions}


def rules(result: ArticleExtraction) -> set[str]:
    return {s.evidence.rule for s in result.sanctions}


# ---------------------------------------------------------------- licences withdrawn


def test_export_licences_revoked_are_an_export_control_on_their_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department revoked the export licenses of Kestrel Dynamics."
    found = sanctions(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Kestrel Dynamics") in found


def test_export_privileges_denied_to_a_firm_reach_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Bureau of Industry and Security denied export privileges to Orvane Systems."
    found = sanctions(run(nlp, text))
    assert ("Bureau of Industry and Security", "ExportControl", "Orvane Systems") in found


def test_a_licence_suspended_by_a_release_is_the_issuers_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order suspends the licenses of Volta Bank to operate in the United States."
    assert ("United States", "Ban", "Volta Bank") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_measure_revoked_is_no_licence_withdrawn(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department revoked the order against Kestrel Dynamics last year."
    result = run(nlp, text)
    assert "sanction.licence.withdrawn.v1" not in rules(result)
    assert not sanctions(result)


# ---------------------------------------------------------------- debarment


def test_a_firm_debarred_by_a_department_is_banned_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics was debarred from government contracting by the Department of Defense."
    found = sanctions(run(nlp, text))
    assert ("Defense Department", "Ban", "Kestrel Dynamics") in found


# ---------------------------------------------------------------- investments banned


def test_a_ban_on_investment_in_a_country_is_an_investment_ban_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Executive Order bans new U.S. investment in the Russian Federation."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Russian Federation") in found


def test_investment_prohibited_in_the_passive_reaches_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Under the order, new investment in Freedonia is prohibited."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Freedonia") in found


def test_a_ban_on_investment_only_proposed_is_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Senators urged the administration to ban new investment in Freedonia."
    result = run(nlp, text, WHITE_HOUSE)
    assert all(s.evidence.modality != "asserted" for s in result.sanctions)


# ---------------------------------------------------------------- classes of concern


def test_a_country_identified_as_of_concern_takes_the_orders_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President signed an Executive Order that prohibits certain U.S. investments "
        "in countries of concern. In an annex to the order, the President identified "
        "Freedonia as a country of concern."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Freedonia") in found


def test_a_firm_named_an_entity_of_concern_in_the_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rule prohibits investments in entities of concern. Kestrel Micro was "
        "identified as an entity of concern by the Treasury Department."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("Treasury Department", "InvestmentBan", "Kestrel Micro") in found


def test_a_class_named_with_no_measure_described_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The report identified Freedonia as a country of concern for human rights."
    assert not sanctions(run(nlp, text, WHITE_HOUSE))


def test_identified_as_a_partner_is_no_class_of_concern(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order prohibits investments in countries of concern. The President "
        "identified Freedonia as a trusted partner."
    )
    assert not sanctions(run(nlp, text, WHITE_HOUSE))


def test_class_named_reads_the_as_phrase_on_a_hand_built_doc() -> None:
    words = ["They", "named", "Freedonia", "as", "a", "foreign", "adversary"]
    heads = [1, 1, 1, 1, 6, 6, 3]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj"]
    lemmas = ["they", "name", "Freedonia", "as", "a", "foreign", "adversary"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert class_named(doc[1])
    friendly = Doc(
        spacy.blank("en").vocab,
        words=[*words[:5], "close", "adversary"],
        heads=heads,
        deps=deps,
        lemmas=[*lemmas[:5], "close", "adversary"],
    )
    assert not class_named(friendly[1])  # an adversary is a class only when "foreign"


# ---------------------------------------------------------------- lists with "including"


def test_entities_added_to_the_entity_list_including_names_reach_each(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department is adding 20 entities to the Entity List, including "
        "Volta Systems and Kestrel Micro."
    )
    found = sanctions(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Volta Systems") in found
    assert ("Commerce Department", "ExportControl", "Kestrel Micro") in found


def test_a_list_to_the_object_names_the_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department added Volta Systems and two other firms to the Entity List."
    found = sanctions(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Volta Systems") in found


def test_firms_a_company_works_with_including_names_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Volta Systems is adding 20 suppliers to its network, including Kestrel Micro."
    assert not sanctions(run(nlp, text))


# ---------------------------------------------------------------- sentenced and ordered to pay


def test_sentenced_and_ordered_to_pay_a_fine_is_a_fine_on_the_defendant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The U.S. Attorney's Office for the District of Oregon prosecuted the case. "
        "Harlan Voss was sentenced to 36 months in prison and ordered to pay a $20,000 fine."
    )
    result = run(nlp, text, JUSTICE)
    found = {(i, t) for i, k, t in sanctions(result) if k == "Fine"}
    assert ("U.S. Attorney's Office for the District of Oregon", "Harlan Voss") in found
    assert {s.amount for s in result.sanctions} == {20000}


# ---------------------------------------------------------------- tariffs on goods from


def test_a_tariff_on_goods_from_countries_reaches_each_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The President imposed a 25 percent tariff on steel from Canada and Mexico."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "Tariff", "Canada") in found
    assert ("United States", "Tariff", "Mexico") in found


# ---------------------------------------------------------------- the date that governs


def test_the_date_of_signing_dates_the_orders_prohibition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On June 3, 2031, the President signed an Executive Order that prohibits the "
        "purchase of securities of Volta Holdings."
    )
    result = run(nlp, text, WHITE_HOUSE)
    assert {s.date for s in result.sanctions} == {"2031-06-03"}


def test_today_in_a_release_is_the_releases_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today, the Treasury Department designated Volta Bank."
    result = extract_doc(
        nlp(text), Article(id="t", text=text, source=WHITE_HOUSE, date="2031-06-03")
    )
    assert {s.date for s in result.sanctions} == {"2031-06-03"}


def test_today_without_the_articles_day_gives_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today, the Treasury Department designated Volta Bank."
    assert {s.date for s in run(nlp, text, WHITE_HOUSE).sanctions} == {None}


def test_a_date_of_another_act_above_the_measure_is_not_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2031, Volta Bank said that Treasury had designated Kestrel Capital."
    result = run(nlp, text)
    assert [s.date for s in result.sanctions] == [None]


# ---------------------------------------------------------------- dealings prohibited


def test_an_order_prohibiting_transactions_with_a_firm_bans_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order prohibits any transaction with Volta Media Ltd. by any United States person."
    assert ("United States", "Ban", "Volta Media Ltd.") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_transactions_with_a_firm_prohibited_in_the_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Any transaction by any United States person with Volta Media Ltd. is prohibited."
    assert ("United States", "Ban", "Volta Media Ltd.") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_the_prohibited_actions_listed_after_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The following actions are prohibited: any transaction by any person, or with "
        "respect to any property, subject to the jurisdiction of the United States, with "
        "Volta Media Ltd. or its subsidiaries."
    )
    assert ("United States", "Ban", "Volta Media Ltd.") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_prohibited_meeting_with_a_firm_is_no_dealing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rules prohibit any meeting with Volta Media Ltd. after hours."
    assert not sanctions(run(nlp, text, WHITE_HOUSE))


# ---------------------------------------------------------------- conjoined measures


def test_a_penalty_and_a_denial_of_export_privileges_on_one_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bureau of Industry and Security imposed a $10 million civil penalty and a "
        "seven-year denial of export privileges on Kestrel Dynamics."
    )
    found = sanctions(run(nlp, text))
    assert ("Bureau of Industry and Security", "Fine", "Kestrel Dynamics") in found
    assert ("Bureau of Industry and Security", "ExportControl", "Kestrel Dynamics") in found


def test_a_denial_of_the_charges_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics issued a denial of the charges against Harlan Voss."
    assert not sanctions(run(nlp, text))


# ---------------------------------------------------------------- judgments restraining a firm

ANTITRUST = (
    "The Department of Justice announced the result today. The Department of Justice "
    "filed the case in 2010. "
)


def test_a_final_judgment_preventing_a_firm_is_the_departments_remedy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ANTITRUST + "The final judgment prevented Kestrel Dynamics from bundling its apps."
    found = sanctions(run(nlp, text, JUSTICE))
    assert ("Justice Department", "Other", "Kestrel Dynamics") in found


def test_the_firms_final_judgment_in_effect_since_a_year_is_dated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ANTITRUST + "The Kestrel final judgment, which has been in effect since 2012, expired."
    result = run(nlp, text, JUSTICE)
    n = names(result)
    assert {(n[s.target], s.date) for s in result.sanctions} == {("Kestrel", "2012")}


def test_a_proposed_final_judgment_is_only_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ANTITRUST + "The proposed final judgment would prevent Kestrel Dynamics from bundling."
    result = run(nlp, text, JUSTICE)
    assert result.sanctions and all(s.evidence.modality != "asserted" for s in result.sanctions)


def test_a_judgment_outside_a_prosecutors_release_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The final judgment prevented Kestrel Dynamics from bundling its apps."
    assert not sanctions(run(nlp, text))


def test_a_judgment_that_is_no_court_order_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ANTITRUST + "In our judgment, Kestrel Dynamics acted fairly."
    assert not sanctions(run(nlp, text, JUSTICE))


# ---------------------------------------------------------------- the kind on a country


def test_sanctions_against_a_country_are_a_ban_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics violated U.S. sanctions against Iran and Syria."
    found = sanctions(run(nlp, text, JUSTICE))
    assert ("United States", "Ban", "Iran") in found
    assert ("United States", "Ban", "Syria") in found


def test_sanctions_on_a_bank_stay_a_designation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department imposed sanctions on Volta Bank. The Treasury "
        "Department imposed sanctions on Iran."
    )
    found = sanctions(run(nlp, text))
    assert ("Treasury Department", "Designation", "Volta Bank") in found
    assert ("Treasury Department", "Ban", "Iran") in found


# ---------------------------------------------------------------- fact-sheet lists


def test_blocked_assets_of_a_man_and_his_wife_named_beside(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury is blocking the assets of Ivan Petrov and his wife, Olga Petrova."
    found = {(k, t) for _, k, t in sanctions(run(nlp, text, WHITE_HOUSE))}
    # blocked assets, as blocked property, are frozen
    assert {("AssetFreeze", "Ivan Petrov"), ("AssetFreeze", "Olga Petrova")} <= found


def test_including_names_on_the_second_of_two_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Treasury is sanctioning Freedonian elites and their family members, including "
        "Ivan Petrov and Olga Petrova."
    )
    found = {t for _, _, t in sanctions(run(nlp, text, WHITE_HOUSE))}
    assert {"Ivan Petrov", "Olga Petrova"} <= found


def test_a_tariff_directed_on_goods_from_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The President has also directed a 100 percent tariff on electric vehicles from China."
    assert ("United States", "Tariff", "China") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_tariff_on_goods_from_a_country_only_called_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Unions called for a 100 percent tariff on electric vehicles from China."
    result = run(nlp, text, WHITE_HOUSE)
    assert all(s.evidence.modality != "asserted" for s in result.sanctions)


# ---------------------------------------------------------------- exports: the destination


def test_a_prohibited_export_reaches_its_destination_not_its_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order prohibits the export of goods from the United States to Freedonia "
        "without a license."
    )
    found = {t for _, _, t in sanctions(run(nlp, text, WHITE_HOUSE))}
    assert "Freedonia" in found
    assert "United States" not in found


# ---------------------------------------------------------------- names set beside a group


def test_officials_sanctioned_and_named_beside(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department sanctioned two Freedonian officials, Ivan Petrov and "
        "Olga Petrova, for their role in the crackdown."
    )
    found = sanctions(run(nlp, text))
    assert ("Treasury Department", "Designation", "Ivan Petrov") in found
    assert ("Treasury Department", "Designation", "Olga Petrova") in found


def test_a_ministry_and_its_minister_named_beside(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States imposed sanctions on the Freedonian Ministry of Defense and its "
        "minister, Ivan Petrov."
    )
    assert ("United States", "Designation", "Ivan Petrov") in sanctions(run(nlp, text))


def test_officials_who_met_named_beside_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury Department met two Freedonian officials, Ivan Petrov and Olga Petrova."
    assert not sanctions(run(nlp, text))


# ---------------------------------------------------------------- "today's action targets"


def test_todays_action_targets_names_in_a_fact_sheet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today's action targets Volta Bank, Kestrel Capital and Brightwater Holdings."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert {("United States", "Designation", n) for n in ["Volta Bank", "Kestrel Capital"]} <= found


def test_commerces_action_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department's action targets Volta Systems and Kestrel Micro."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("Commerce Department", "ExportControl", "Volta Systems") in found


def test_an_action_in_a_news_story_has_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The lawsuit's action targets Volta Systems and Kestrel Micro."
    assert all(i is None for i, _, _ in sanctions(run(nlp, text)))


# ---------------------------------------------------------------- settlements with a body


def test_a_settlement_for_money_reached_by_a_regulator_with_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC reached a $100 million settlement with Kestrel Dynamics."
    found = sanctions(run(nlp, text))
    assert ("Office of Foreign Assets Control", "Fine", "Kestrel Dynamics") in found


def test_a_firm_agreeing_to_a_settlement_with_a_department(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics agreed to a $10 million settlement with the Commerce Department."
    assert ("Commerce Department", "Fine", "Kestrel Dynamics") in sanctions(run(nlp, text))


def test_a_firm_that_settled_with_a_regulator_for_an_amount(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics settled with the Securities and Exchange Commission for $10 million."
    result = run(nlp, text)
    assert {(k, t) for _, k, t in sanctions(result)} == {("Fine", "Kestrel Dynamics")}
    assert {s.amount for s in result.sanctions} == {10000000}


def test_a_settlement_between_two_firms_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics reached a $10 million settlement with Volta Systems."
    assert not sanctions(run(nlp, text))


def test_settling_with_a_regulator_without_an_amount_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics settled with the Securities and Exchange Commission last year."
    assert not sanctions(run(nlp, text))


# ---------------------------------------------------------------- a country's sector


def test_sanctions_on_a_countrys_sector_reach_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States imposed sanctions on Iran's oil sector."
    result = run(nlp, text)
    assert ("United States", "Ban", "Iran") in sanctions(result)
    assert rules(result) == {"sanction.impose.sector.v1"}


def test_investment_banned_in_a_countrys_sector(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order prohibits investment in Freedonia's energy sector."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Freedonia") in found


def test_a_firms_sector_is_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States imposed sanctions on Volta Bank's lending industry."
    assert ("United States", "Ban", "Volta Bank") not in sanctions(run(nlp, text))


# ---------------------------------------------------------------- on a list


def test_a_firm_which_is_on_the_entity_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the charges. Voss shipped the parts to "
        "Kestrel Dynamics, which is on the Entity List."
    )
    found = sanctions(run(nlp, text, JUSTICE))
    assert ("United States", "ExportControl", "Kestrel Dynamics") in found


def test_on_a_departments_list_since_a_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Dynamics has been on the Commerce Department's Entity List since 2019."
    result = run(nlp, text)
    assert ("Commerce Department", "ExportControl", "Kestrel Dynamics") in sanctions(result)
    assert {s.date for s in result.sanctions} == {"2019"}


def test_a_listing_reported_before_is_not_restated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department placed Kestrel Dynamics on the Entity List in 2014. "
        "Because it was on the Entity List, Kestrel Dynamics needed a license."
    )
    result = run(nlp, text)
    assert {s.evidence.rule for s in result.sanctions} == {"sanction.verb.place.v1"}


def test_on_the_board_or_on_the_verge_is_no_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voss was on the board of Kestrel Dynamics. Kestrel Dynamics was on the verge of collapse."
    )
    assert not sanctions(run(nlp, text))


# ---------------------------------------------------------------- sentences with a fine

OREGON = "The U.S. Attorney's Office for the District of Oregon prosecuted the case. "


def test_a_fine_after_supervised_release_in_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OREGON + (
        "Harlan Voss was sentenced to 24 months in prison, followed by three years of "
        "supervised release, and a $50,000 fine."
    )
    result = run(nlp, text, JUSTICE)
    assert {(k, t) for _, k, t in sanctions(result)} == {("Fine", "Harlan Voss")}
    assert {s.amount for s in result.sanctions} == {50000}


def test_the_judge_who_orders_a_payment_is_never_fined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OREGON + (
        "In addition to the prison term, Judge Mara Quill ordered Harlan Voss to pay a "
        "fine of $50,000."
    )
    assert "Mara Quill" not in {t for _, _, t in sanctions(run(nlp, text, JUSTICE))}


# ---------------------------------------------------------------- an order's operative words


def test_transactions_involving_a_firm_are_prohibited(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sec. 3. Any transaction by a United States person involving Volta Media Ltd. "
        "is prohibited."
    )
    assert ("United States", "Ban", "Volta Media Ltd.") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_the_importation_of_goods_of_a_countrys_origin_is_banned(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sec. 1. The importation into the United States of any product of Iranian "
        "origin is prohibited."
    )
    assert ("United States", "Ban", "Iran") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_rate_of_duty_applying_to_imports_from_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sec. 2. An additional 25 percent ad valorem rate of duty shall apply to all "
        "imports from Iran."
    )
    assert ("United States", "Tariff", "Iran") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_rate_of_interest_applying_to_loans_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A rate of interest of 5 percent shall apply to all loans from Volta Bank."
    assert not sanctions(run(nlp, text, WHITE_HOUSE))
