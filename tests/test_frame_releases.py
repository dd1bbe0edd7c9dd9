"""Constructions of official releases (Justice Department press releases, White House
fact sheets), on sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.role import _in_charge
from kg.model import ArticleExtraction
from tests.test_extract_rules import facts, names, run

pytestmark = pytest.mark.model

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"
WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


def sanctions(result: ArticleExtraction) -> set[tuple[str | None, str, str]]:
    n = names(result)
    return {(n[s.imposer] if s.imposer else None, s.kind, n[s.target]) for s in result.sanctions}


# ---------------------------------------------------------------- "Special Agent in Charge X"


def test_agent_in_charge_works_for_the_office_named_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Special Agent in Charge Martha Quill of the FBI's Denver Field Office announced it."
    found = facts(run(nlp, text, JUSTICE), "worksFor")
    assert ("Martha Quill", "FBI") in found
    assert ("Martha Quill", "Denver Field Office") in found


def test_director_in_charge_works_for_the_division(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Assistant Director in Charge Omar Tessel of the FBI's Chicago Division spoke."
    assert ("Omar Tessel", "FBI") in facts(run(nlp, text, JUSTICE), "worksFor")


def test_in_charge_is_no_part_of_a_later_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Special Agent in Charge Martha Quill of the FBI's Denver Field Office announced "
        'the case. "This matters," said FBI Special Agent in Charge Quill.'
    )
    result = run(nlp, text, JUSTICE)
    assert not any(e.name.startswith("Charge") for e in result.entities)


def test_a_person_put_in_charge_has_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The board put Martha Quill in charge of the Denver Field Office last year."
    assert ("Martha Quill", "Denver Field Office") not in facts(run(nlp, text), "worksFor")


def test_in_charge_reads_the_capitalised_title_word() -> None:
    words = ["Agent", "in", "Charge", "Quill", "and", "in", "charge"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert _in_charge(doc[1])
    assert not _in_charge(doc[5])


# ---------------------------------------------------------------- measures of the issuing state


def test_a_leader_directing_others_imposes_for_the_issuing_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, President Rowan is directing the Trade Representative to increase "
        "tariffs on $5 billion of imports from Belarus."
    )
    assert ("United States", "Tariff", "Belarus") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_passive_ban_in_a_fact_sheet_is_the_issuing_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Imports of steel from Belarus will be banned starting next year."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {("United States", "Ban", "Belarus")}


def test_the_same_ban_in_a_news_story_has_no_issuer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Imports of steel from Belarus will be banned starting next year."
    assert all(imposer is None for imposer, _, _ in sanctions(run(nlp, text)))


def test_a_named_government_acting_keeps_its_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department will restrict exports of advanced chips to Iran."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("Commerce Department", "ExportControl", "Iran")
    }


def test_an_order_is_no_target_of_its_own_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order will prohibit U.S. investments in the defense sector of Belarus: "
        "This E.O. will amend E.O. 13959 by creating a stronger framework."
    )
    assert not any("E.O" in target for _, _, target in sanctions(run(nlp, text, WHITE_HOUSE)))


# ---------------------------------------------------------------- the kind from what is restricted


def test_restricting_investments_is_an_investment_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order will restrict Chinese investments in American chip makers."
    assert ("United States", "InvestmentBan", "China") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_prohibiting_exports_to_a_country_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States will prohibit the export of aircraft parts to Belarus and Iran."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("United States", "ExportControl", "Belarus"),
        ("United States", "ExportControl", "Iran"),
    }


def test_restricting_access_to_technology_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The new controls will restrict Iran's access to vital technological inputs."
    assert ("United States", "ExportControl", "Iran") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_restricting_access_to_other_things_is_no_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rules restrict Iran's access to American universities."
    assert not any(kind == "ExportControl" for _, kind, _ in sanctions(run(nlp, text, WHITE_HOUSE)))


def test_a_proposed_prohibition_is_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rule would, if finalized, prohibit the import of connected vehicles from Iran."
    result = run(nlp, text, WHITE_HOUSE)
    assert [s.evidence.modality for s in result.sanctions] == ["threatened"]


def test_the_restricted_thing_is_read_from_the_object_of_a_hand_built_parse() -> None:
    from kg.extract.frames.sanction import _object_kind

    vocab = spacy.blank("en").vocab
    words = ["They", "restrict", "Chinese", "investments"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "amod", "dobj"],
              lemmas=["they", "restrict", "chinese", "investment"])  # fmt: skip
    assert _object_kind(doc[1]) == "InvestmentBan"
    words = ["They", "restrict", "the", "sale", "or", "import", "of", "drones"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 3, 5, 6],
              deps=["nsubj", "ROOT", "det", "dobj", "cc", "conj", "prep", "pobj"],
              lemmas=["they", "restrict", "the", "sale", "or", "import", "of", "drone"],
              )  # fmt: skip
    assert _object_kind(doc[1]) == "Ban"
    doc = Doc(vocab, words=["They", "restrict", "Orvane"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"], lemmas=["they", "restrict", "orvane"])  # fmt: skip
    assert _object_kind(doc[1]) is None


# ---------------------------------------------------------------- "X is a company based in Y"


def test_a_company_described_by_a_copula_is_based_where_it_says(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems is a company based in Wilmington, Del."
    assert ("Orvane Systems", "Wilmington, Del.") in facts(run(nlp, text, JUSTICE), "basedIn")


def test_a_past_copula_with_headquartered_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brantwell Inc. was a firm headquartered in Oakland, Calif., until 2012."
    assert ("Brantwell Inc.", "Oakland, Calif.") in facts(run(nlp, text, JUSTICE), "basedIn")


def test_a_person_described_as_based_somewhere_is_no_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kell is an engineer based in Oakland."
    assert facts(run(nlp, text, JUSTICE), "basedIn") == set()


# ---------------------------------------------------------------- "Assistant U.S. Attorneys A, B"


OFFICE = "U.S. Attorney Dana Kell of the Southern District of Ohio announced the plea. "


def test_assistant_us_attorneys_without_an_office_work_for_the_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OFFICE + "The case is being prosecuted by Assistant U.S. Attorney Greg Tanner."
    found = facts(run(nlp, text, JUSTICE), "worksFor")
    assert ("Greg Tanner", "Southern District of Ohio") in found


def test_a_list_of_assistant_attorneys_shares_the_office(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OFFICE + (
        "Assistant U.S. Attorneys Greg Tanner, Martin Bell and Chris Magdo are in charge "
        "of the prosecution."
    )
    found = facts(run(nlp, text, JUSTICE), "worksFor")
    assert {
        ("Greg Tanner", "Southern District of Ohio"),
        ("Martin Bell", "Southern District of Ohio"),
    } <= found


def test_the_districts_own_attorneys_office_is_the_employer_when_named(nlp) -> None:  # type: ignore[no-untyped-def]
    # the district named most, its attorney's office once, another district's office
    # once: the assistants work for their own district's office
    text = OFFICE + (
        "The case was filed in federal court in the Southern District of Ohio. The "
        "U.S. Attorney's Office for the Southern District of Ohio and the U.S. "
        "Attorney's Office for the District of Kansas investigated. Assistant U.S. "
        "Attorneys Greg Tanner and Martin Bell are prosecuting the case."
    )
    found = facts(run(nlp, text, JUSTICE), "worksFor")
    office = "U.S. Attorney's Office for the Southern District of Ohio"
    assert {("Greg Tanner", office), ("Martin Bell", office)} <= found
    assert not {e for p, e in found if p == "Greg Tanner"} - {office}


def test_an_office_named_in_the_sentence_is_not_overruled(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OFFICE + (
        "It is being prosecuted by Assistant U.S. Attorney Greg Tanner of the Fraud Unit."
    )
    found = facts(run(nlp, text, JUSTICE), "worksFor")
    assert ("Greg Tanner", "Southern District of Ohio") not in found


def test_without_a_district_office_no_employer_is_guessed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the plea. "
        "It was prosecuted by Assistant U.S. Attorney Greg Tanner."
    )
    assert not any(p == "Greg Tanner" for p, _ in facts(run(nlp, text, JUSTICE), "worksFor"))


# ---------------------------------------------------------------- "An indictment … against A"


def test_an_indictment_unsealed_against_names_is_the_issuing_prosecutors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the case. An indictment was unsealed today "
        "against Wu Ying, Dong Hai and Xia Lin."
    )
    found = facts(run(nlp, text, JUSTICE), "charges")
    assert {("Justice Department", "Wu Ying"), ("Justice Department", "Xia Lin")} <= found


def test_a_later_indictment_is_the_earlier_chargers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury indicted Tom Wen in May. A superseding indictment was filed "
        "against Tom Wen and Orvane Systems on Monday."
    )
    found = facts(run(nlp, text, JUSTICE), "charges")
    assert ("federal grand jury", "Orvane Systems") in found


def test_an_indictment_in_a_news_story_names_no_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the case. An indictment was unsealed today "
        "against Wu Ying, Dong Hai and Xia Lin."
    )
    assert facts(run(nlp, text), "charges") == set()


# ---------------------------------------------------------------- states acting together


def test_states_joining_an_act_are_partners(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States, joined by the European Union and Japan, is imposing new costs."
    found = facts(run(nlp, text, WHITE_HOUSE), "partnersWith")
    assert {("United States", "European Union"), ("United States", "Japan")} <= found


def test_a_government_partnering_with_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States is partnering with Kenya to build secure networks."
    assert ("United States", "Kenya") in facts(run(nlp, text, WHITE_HOUSE), "partnersWith")


def test_a_person_joining_a_company_still_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Tom Kell joined Orvane Systems in 2019.")
    assert ("Tom Kell", "Orvane Systems") in facts(result, "worksFor")
    assert facts(result, "partnersWith") == set()


def test_a_company_cooperating_with_a_department_is_no_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems cooperated with the Justice Department."
    assert facts(run(nlp, text, JUSTICE), "partnersWith") == set()
