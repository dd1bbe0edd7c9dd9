"""Sanctions as official releases and wire stories state them, on sentences written
for these tests, through the real pipeline: Reuters amounts ("200,000 dlrs"), plea
fines and forfeitures in a Justice Department release, a fact sheet's measures on
named lists, investment bans on securities of named issuers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Doc

from kg.extract.entities import group_mentions
from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.sanction_targets import securities_issuers
from kg.extract.mentions import find_mentions
from kg.model import ArticleExtraction
from tests.test_extract_rules import asserted_measures as sanctions
from tests.test_extract_rules import run

pytestmark = pytest.mark.model

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"
WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


def money(result: ArticleExtraction) -> set[tuple[Decimal | None, str | None]]:
    return {(s.amount, s.currency) for s in result.sanctions}


# ---------------------------------------------------------------- wire-style amounts


def test_a_fine_in_dlrs_has_its_amount_and_currency(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Coastal Trade Commission fined Orvane Systems 200,000 dlrs.")
    assert ("Coastal Trade Commission", "Fine", "Orvane Systems") in sanctions(result)
    assert money(result) == {(Decimal("200000"), "USD")}


def test_a_penalty_in_mln_stg_has_its_scale(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "The Coastal Trade Commission fined Orvane Systems 1.5 mln stg for late filings."
    )
    assert money(result) == {(Decimal("1500000"), "GBP")}


def test_dlrs_paid_for_a_plant_are_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems paid 200,000 dlrs to Kestrel Partners for the plant.")
    assert sanctions(result) == set()


def test_a_fine_to_a_regulator_named_after_the_amount(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Orvane Systems agreed to pay a fine of 1.5 mln dlrs to the Coastal Trade Commission.",
    )
    assert ("Coastal Trade Commission", "Fine", "Orvane Systems") in sanctions(result)


# ---------------------------------------------------------------- fines in a Justice release

PLEA = "The Justice Department announced the guilty plea of Orvane Systems today. "


def confidences(result: ArticleExtraction, imposer: str) -> set[float]:
    n = {e.key: e.name for e in result.entities}
    return {
        s.evidence.confidence
        for s in result.sanctions
        if s.imposer is not None and n[s.imposer] == imposer
    }


def test_a_plea_fine_in_the_prosecutors_release_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems agreed to pay a criminal fine of $40 million."
    result = run(nlp, text, JUSTICE)
    assert sanctions(result) == {("Justice Department", "Fine", "Orvane Systems")}
    assert money(result) == {(Decimal("40000000"), "USD")}
    assert confidences(result, "Justice Department") == {0.75}


def test_the_same_fine_in_a_news_story_is_a_weaker_guess(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, PLEA + "Orvane Systems agreed to pay a criminal fine of $40 million.")
    assert confidences(result, "Justice Department") == {0.55}


def test_a_sum_forfeited_is_a_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, PLEA + "Orvane Systems will forfeit $3 million in proceeds.", JUSTICE)
    assert ("Justice Department", "Fine", "Orvane Systems") in sanctions(result)
    assert money(result) == {(Decimal("3000000"), "USD")}


def test_forfeiting_a_right_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, PLEA + "Orvane Systems will forfeit its right to appeal.", JUSTICE)
    assert sanctions(result) == set()


def test_sentenced_to_pay_a_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "A federal judge sentenced Orvane Systems to pay a $5 million fine."
    result = run(nlp, text, JUSTICE)
    assert ("Justice Department", "Fine", "Orvane Systems") in sanctions(result)
    assert money(result) == {(Decimal("5000000"), "USD")}


def test_a_penalty_to_the_united_states_is_also_the_prosecutors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems agreed to pay a $9 million penalty to the United States."
    found = sanctions(run(nlp, text, JUSTICE))
    assert {
        ("United States", "Fine", "Orvane Systems"),
        ("Justice Department", "Fine", "Orvane Systems"),
    } <= found


def test_a_civil_penalty_to_a_regulator_is_not_the_prosecutors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + (
        "Orvane Systems also agreed to pay a civil penalty of $2 million to the Office "
        "of Foreign Assets Control."
    )
    assert sanctions(run(nlp, text, JUSTICE)) == {
        ("Office of Foreign Assets Control", "Fine", "Orvane Systems")
    }


def test_a_maximum_fine_one_faces_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems faces a maximum fine of $500,000 on each count."
    assert sanctions(run(nlp, text, JUSTICE)) == set()


# ---------------------------------------------------------------- a fact sheet's name lists


def test_names_after_a_colon_are_the_targets_not_the_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President acts today against the regime.\n\n"
        "- Full blocking sanctions on two Belarusian lenders: Dravik Bank and Morrow "
        "Credit Union.\n"
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert {
        ("United States", "AssetFreeze", "Dravik Bank"),
        ("United States", "AssetFreeze", "Morrow Credit Union"),
    } <= found
    assert not any(target == "Belarus" for *_, target in found)


def test_a_list_closing_a_long_phrase_on_dealings_in_debt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President acts today against the regime.\n\n"
        "- This includes restrictions on all dealings in new debt and new equity issued "
        "by four state-owned enterprises: Orvane Systems, Kestrel Partners, Lumen Harbor "
        "Group and Tarsk Mining.\n"
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    for firm in ("Orvane Systems", "Kestrel Partners", "Lumen Harbor Group", "Tarsk Mining"):
        assert ("United States", "InvestmentBan", firm) in found


def test_names_in_a_parenthesis_are_no_list_items(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President acts today against the regime.\n\n"
        "- Additional blocking sanctions on regime elites: Pavel Dorn (and his partner "
        "Ilse Varga), Oleg Tamm and Vera Lusk.\n"
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert {("United States", "AssetFreeze", "Pavel Dorn")} <= found
    assert ("United States", "AssetFreeze", "Oleg Tamm") in found
    assert not any(target == "Ilse Varga" for *_, target in found)


def test_a_colon_closing_some_other_phrase_lists_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President acts today against the regime.\n\n"
        "- Sanctions on the regime's lenders will follow three goals: Orvane Systems "
        "and Kestrel Partners agree on them.\n"
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert not any(target in {"Orvane Systems", "Kestrel Partners"} for *_, target in found)


# ---------------------------------------------------------------- a leader directing a measure


def test_a_named_president_directing_tariffs_imposes_for_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, President Rowan is directing his Trade Representative to increase tariffs "
        "under Section 12 of the Trade Act of 1990 on $5 billion of imports from Belarus."
    )
    assert ("United States", "Tariff", "Belarus") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_foreign_president_directing_tariffs_imposes_for_his_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, President Rowan of Belarus is directing his trade minister to increase "
        "tariffs on $5 billion of imports from Lithuania."
    )
    found = sanctions(run(nlp, text))
    assert ("Belarus", "Tariff", "Lithuania") in found


# ---------------------------------------------------------------- securities and property


def test_a_directive_prohibiting_purchases_of_securities_is_its_issuers_investment_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Treasury issued a directive that prohibits U.S. persons from purchasing "
        "securities of Orvane Systems."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("Treasury Department", "InvestmentBan", "Orvane Systems")}


def test_an_order_prohibiting_securities_issued_by_names_is_the_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order prohibits U.S. persons from purchasing securities issued by Orvane "
        "Systems and Kestrel Partners."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {
        ("United States", "InvestmentBan", "Orvane Systems"),
        ("United States", "InvestmentBan", "Kestrel Partners"),
    }


def test_the_date_of_the_securities_is_not_the_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Treasury issued a directive that prohibits U.S. banks from buying bonds issued "
        "after May 3, 2030 by Orvane Systems."
    )
    result = run(nlp, text, WHITE_HOUSE)
    assert ("Treasury Department", "InvestmentBan", "Orvane Systems") in sanctions(result)
    assert {s.date for s in result.sanctions} == {None}


def test_prohibiting_loans_to_a_company_names_no_securities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rule prohibits U.S. banks from lending to Orvane Systems."
    assert not any(kind == "InvestmentBan" for _, kind, _ in sanctions(run(nlp, text)))


def test_blocked_property_of_a_company_freezes_its_assets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "All property and interests in property of Orvane Systems that are in the "
        "United States are blocked."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("United States", "AssetFreeze", "Orvane Systems")}


def test_freezing_the_assets_of_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury Department froze the assets of Pavel Dorn."
    found = sanctions(run(nlp, text))
    assert found == {("Treasury Department", "AssetFreeze", "Pavel Dorn")}


def test_a_quoted_title_about_targeting_states_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today the FBI is issuing an advisory, “Russian SVR Targets Kestrel Partners "
        "Networks,” that gives details."
    )
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == set()


def test_names_listed_after_a_broken_parse_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "They ban bonds issued by Orvane Bank , the Tarsk Fund , or Lumen Group ." with the
    # later names hung on the verb, as the model does in long sentences
    words = ["They", "ban", "bonds", "issued", "by", "Orvane", "Bank", ",", "the", "Tarsk"]
    words += ["Fund", ",", "or", "Lumen", "Group", "."]
    heads = [1, 1, 1, 2, 3, 6, 4, 1, 10, 10, 1, 10, 10, 14, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "acl", "agent", "compound", "pobj", "punct", "det"]
    deps += ["compound", "appos", "punct", "cc", "compound", "conj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "PROPN"]
    pos += ["PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["they", "ban", "bond", "issue", "by", "Orvane", "Bank", ",", "the", "Tarsk"]
    lemmas += ["Fund", ",", "or", "Lumen", "Group", "."]
    ents = ["O"] * 5 + ["B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG"]
    ents += ["I-ORG", "O"]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
        sent_starts=[True] + [False] * 15,
    )  # fmt: skip
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    found, word = securities_issuers(ArticleReader(doc, mentions, clusters), doc[1])
    assert [clusters[e].name for e in found] == ["Orvane Bank", "Tarsk Fund", "Lumen Group"]
    assert word is not None and word.text == "bonds"


# ---------------------------------------------------------------- lists, orders, embargoes


def test_a_company_which_was_placed_on_a_departments_list_with_the_apostrophe_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kell was the president of Orvane Systems, which in 2014 was placed on the "
        "Commerce Departments Entity List."
    )
    result = run(nlp, text, JUSTICE)
    assert ("Commerce Department", "ExportControl", "Orvane Systems") in sanctions(result)
    assert {s.date for s in result.sanctions} == {"2014"}
    assert not any(target == "Kell" for *_, target in sanctions(result))


def test_a_denial_order_against_a_company_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department issued a Temporary Denial Order against Orvane Systems."
    found = sanctions(run(nlp, text, JUSTICE))
    assert found == {("Commerce Department", "ExportControl", "Orvane Systems")}


def test_an_order_that_denies_nothing_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The judge issued an order against Orvane Systems."
    assert sanctions(run(nlp, text, JUSTICE)) == set()


def test_a_country_subject_to_us_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Justice Department announced the case. Iran is subject to U.S. sanctions."
    assert ("United States", "Ban", "Iran") in sanctions(run(nlp, text, JUSTICE))


def test_the_embargo_in_a_justice_release_is_its_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Justice Department announced the case. Kell violated the embargo against Iran."
    assert sanctions(run(nlp, text, JUSTICE)) == {("United States", "Ban", "Iran")}


def test_the_embargo_in_a_news_story_has_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Justice Department announced the case. Kell violated the embargo against Iran."
    assert {imposer for imposer, *_ in sanctions(run(nlp, text))} <= {None}


def test_sanctions_that_target_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "These sanctions target Orvane Systems and Kestrel Partners."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {
        ("United States", "Designation", "Orvane Systems"),
        ("United States", "Designation", "Kestrel Partners"),
    }


def test_people_who_target_names_impose_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The hackers target Orvane Systems and Kestrel Partners."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == set()


def test_a_ban_on_goods_of_a_nationalitys_origin_targets_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order prohibits the importation into the United States of seafood and "
        "diamonds of Belarusian origin."
    )
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {("United States", "Ban", "Belarus")}


def test_a_nationality_inside_a_clause_is_no_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States banned imports of potash from firms that Belarusian officials own."
    assert not any(target == "Belarus" for *_, target in sanctions(run(nlp, text)))


# ---------------------------------------------------------------- sentencing fines


def test_sentenced_and_fined_shares_the_sentenced_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Pavel Dorn was sentenced to 24 months in prison and fined $10,000."
    result = run(nlp, text, JUSTICE)
    assert ("Justice Department", "Fine", "Pavel Dorn") in sanctions(result)
    assert money(result) == {(Decimal("10000"), "USD")}


def test_a_fine_in_a_sentence_is_the_courts_when_one_is_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orvane Systems pleaded guilty in federal court in Ohio. It was sentenced to five "
        "years of probation and a $2 million fine."
    )
    assert ("federal court", "Fine", "Orvane Systems") in sanctions(run(nlp, text, JUSTICE))


def test_a_fine_one_could_be_sentenced_to_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Pavel Dorn could be sentenced to 20 years in prison and a $1 million fine."
    assert sanctions(run(nlp, text, JUSTICE)) == set()


def test_a_total_including_a_criminal_fine_is_a_penalty(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + (
        "Under the plea agreement, Orvane Systems will pay a total of $40 million, "
        "including a $30 million criminal fine."
    )
    assert confidences(run(nlp, text, JUSTICE), "Justice Department") == {0.75}


# ---------------------------------------------------------------- lists a verb opens


def test_designating_the_following_entities_reaches_each_bullet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Department of the Treasury is designating the following entities:\n\n"
        "- Orvane Systems, a Minsk-based drone maker.\n"
        "- Kestrel Partners, a Belarusian bank.\n"
        "- Lumen Harbor Group, a shipping firm.\n\n"
        "These steps follow earlier action.\n"
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {
        ("Treasury Department", "Designation", "Orvane Systems"),
        ("Treasury Department", "Designation", "Kestrel Partners"),
        ("Treasury Department", "Designation", "Lumen Harbor Group"),
    }


def test_adding_the_following_companies_to_the_entity_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Commerce is adding the following companies to the Entity "
        "List: Tarsk Mining, Brantwell Inc. and Morrow Credit Union."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {
        ("Commerce Department", "ExportControl", "Tarsk Mining"),
        ("Commerce Department", "ExportControl", "Brantwell Inc."),
        ("Commerce Department", "ExportControl", "Morrow Credit Union"),
    }


def test_bullets_after_steps_name_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Department of the Treasury is taking the following steps:\n\n"
        "- Orvane Systems will receive guidance on compliance.\n"
        "- Kestrel Partners will host a forum.\n"
    )
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == set()


def test_a_president_in_a_justice_release_acts_for_the_united_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the case against Orvane Systems. China denied "
        "it. China protested. China said more. In 2018, President Obama sanctioned "
        "Orvane Systems."
    )
    found = sanctions(run(nlp, text, JUSTICE))
    assert ("United States", "Designation", "Orvane Systems") in found
    assert not any(imposer == "China" for imposer, *_ in found)


def test_the_office_inside_a_department_is_who_designates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Department of the Treasury's Office of Foreign Assets Control is "
        "designating Orvane Systems, a Belarus-based firm."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("Office of Foreign Assets Control", "Designation", "Orvane Systems")}


def test_a_department_alone_still_designates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury Department designated Orvane Systems."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("Treasury Department", "Designation", "Orvane Systems")}


def test_the_office_inside_a_department_imposes_and_is_paid(nlp) -> None:  # type: ignore[no-untyped-def]
    imposed = run(
        nlp,
        "The Department of the Treasury's Office of Foreign Assets Control imposed "
        "sanctions on Orvane Systems.",
    )
    assert sanctions(imposed) == {
        ("Office of Foreign Assets Control", "Designation", "Orvane Systems")
    }
    paid = run(
        nlp,
        "Orvane Systems agreed to pay a $3 million penalty to the Department of "
        "Commerce's Bureau of Industry and Security.",
    )
    assert sanctions(paid) == {("Bureau of Industry and Security", "Fine", "Orvane Systems")}


def test_a_date_on_the_verb_that_imposes_dates_the_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2018, the Commerce Department issued a Temporary Denial Order against Orvane Systems."
    )
    assert {s.date for s in run(nlp, text, JUSTICE).sanctions} == {"2018"}
    later = run(nlp, "The United States imposed sanctions on Belarus in March 2022.")
    assert {s.date for s in later.sanctions} == {"2022-03"}


# ---------------------------------------------------------------- an order's annex

REGISTER = "https://www.federalregister.gov/documents/2031/03/04/2031-00001/an-invented-order"

ORDER = (
    "By the authority vested in me as President, I hereby order:\n\n"
    "Section 1. (a) All property and interests in property that are in the United States "
    "of the following persons are blocked and may not be transferred, paid, exported, "
    "withdrawn, or otherwise dealt in:\n\n"
    "(i) the persons listed in the Annex to this order; and\n\n"
    "(ii) any person determined by the Secretary of the Treasury to be responsible for "
    "threats to the peace.\n\n"
    "THE WHITE HOUSE,\nMarch 2, 2031.\n\n"
)


def test_the_persons_listed_in_an_orders_annex_are_each_targeted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ORDER + (
        "ANNEX\n\nEntities\n\n1. Orvane Systems Limited\n2. Kestrel Partners Group\n\n"
        "Individuals\n\n1. DORN, Pavel; DOB 12 Jan 1960\n2. TAMM, Oleg; DOB 3 Mar 1971\n"
    )
    result = run(nlp, text, REGISTER)
    targets = {target for imposer, _, target in sanctions(result) if imposer == "United States"}
    assert targets == {
        "Orvane Systems Limited",
        "Kestrel Partners Group",
        "Pavel Dorn",
        "Oleg Tamm",
    }
    dorn = next(e for e in result.entities if e.name == "Pavel Dorn")
    assert dorn.cls == "Person"


def test_an_order_without_an_annex_lists_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ORDER + "Entities named elsewhere, such as Orvane Systems Limited, are not listed.\n"
    assert not any(t == "Orvane Systems Limited" for *_, t in sanctions(run(nlp, text, REGISTER)))


def test_a_person_listed_surname_first_keeps_that_form_as_an_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ORDER + "ANNEX\n\n1. DORN, Pavel Ivanovich; DOB 12 Jan 1960\n"
    result = run(nlp, text, REGISTER)
    dorn = next(e for e in result.entities if e.name == "Pavel Ivanovich Dorn")
    assert "DORN, Pavel Ivanovich" in dorn.aliases


def test_the_tariff_rate_on_a_nationalitys_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In May, President Rowan directed an increase from 25% to 100% on the tariff "
        "rate on Belarusian electric vehicles."
    )
    assert ("United States", "Tariff", "Belarus") in sanctions(run(nlp, text, WHITE_HOUSE))


def test_a_sanctions_lawyer_on_a_case_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Partners hired a sanctions lawyer on Belarus matters."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == set()


# ---------------------------------------------------------------- measures in general


def test_measures_against_end_users_including_a_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "This includes measures against military end users, including the Russian "
        "Ministry of Defense."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("United States", "Other", "Russian Ministry of Defense")}


def test_the_government_adopting_measures_imposes_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The EU adopted restrictive measures against Pavel Dorn."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == {("European Union", "Other", "Pavel Dorn")}


def test_a_companys_measures_are_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems took measures against the Belarusian hackers."
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == set()


def test_the_subject_of_the_next_clause_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In addition to sweeping restrictions on the defense sector, the United States "
        "government will impose restrictions on sensitive U.S. technologies."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert not any(target.startswith("United States") for *_, target in found)


# ---------------------------------------------------------------- targets described as such


def test_sanctioned_countries_such_as_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems shipped goods to sanctioned countries such as Iran and Syria."
    found = sanctions(run(nlp, text, JUSTICE))
    assert {
        ("United States", "Ban", "Iran"),
        ("United States", "Ban", "Syria"),
    } <= found


def test_countries_such_as_names_without_a_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems shipped goods to countries such as Iran and Syria."
    assert sanctions(run(nlp, text, JUSTICE)) == set()


def test_country_related_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems evaded Iran-related sanctions."
    assert sanctions(run(nlp, text, JUSTICE)) == {("United States", "Ban", "Iran")}


def test_an_entity_on_a_departments_entity_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + (
        "Orvane Systems shipped goods to Kestrel Partners, an entity on the Commerce "
        "Department's Entity List."
    )
    found = sanctions(run(nlp, text, JUSTICE))
    assert ("Commerce Department", "ExportControl", "Kestrel Partners") in found


def test_a_company_designated_by_an_office(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Kestrel Partners, a company designated by OFAC in 2012, received the goods."
    result = run(nlp, text, JUSTICE)
    assert sanctions(result) == {
        ("Office of Foreign Assets Control", "Designation", "Kestrel Partners")
    }
    assert {s.date for s in result.sanctions} == {"2012"}


def test_a_company_founded_by_someone_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Kestrel Partners, a company founded by Dorn in 2012, received the goods."
    assert sanctions(run(nlp, text, JUSTICE)) == set()


# ---------------------------------------------------------------- powers granted


def test_a_power_to_impose_sanctions_is_no_sanction_yet(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The Secretary of the Treasury is hereby authorized to impose sanctions on Orvane Systems.",
        "The order authorizes the Treasury Department to block the property of Orvane Systems.",
        "Treasury will be able to sanction Orvane Systems.",
        "The directive provides authority to expand sanctions on Belarus.",
    ):
        result = run(nlp, text, REGISTER)
        assert {s.evidence.modality for s in result.sanctions} <= {"threatened"}, text


def test_a_sanction_beside_an_unrelated_permission_stays_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury sanctioned Orvane Systems, which allowed Dorn to travel."
    assert ("Treasury Department", "Designation", "Orvane Systems") in sanctions(run(nlp, text))


def test_a_purchase_in_a_justice_release_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLEA + "Orvane Systems paid $12,000 to Kestrel Partners for the chips."
    assert sanctions(run(nlp, text, JUSTICE)) == set()


def test_a_plea_agreement_that_requires_a_payment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        PLEA + "The plea agreement requires that Orvane Systems pay the U.S. government $9 million."
    )
    assert ("Justice Department", "Fine", "Orvane Systems") in sanctions(run(nlp, text, JUSTICE))


def test_listed_names_the_tagger_missed_are_still_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "- New debt and equity restrictions on five state-owned enterprises: Sberbank, "
        "Velmorag, Tarskneft, Gazprom Neft and Russian Railways.\n"
    )
    targets = {t for i, _, t in sanctions(run(nlp, text, WHITE_HOUSE)) if i == "United States"}
    assert {"Sberbank", "Velmorag", "Tarskneft", "Gazprom Neft", "Russian Railways"} <= targets


def test_listed_officials_are_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "- Blocking sanctions on three officials: Ivan Petrov, Olgerd Velmorag and Tarsk "
        "Umbrevich.\n"
    )
    result = run(nlp, text, WHITE_HOUSE)
    people = {e.name for e in result.entities if e.cls == "Person"}
    assert {"Ivan Petrov", "Olgerd Velmorag", "Tarsk Umbrevich"} <= people


def test_a_clause_after_the_colon_adds_no_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "- Sanctions on three firms: the measures will take effect soon, and Treasury "
        "will publish guidance.\n"
    )
    assert sanctions(run(nlp, text, WHITE_HOUSE)) == set()


def test_every_bullet_of_a_designation_list_is_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Department of the Treasury is designating the following entities:\n\n"
        "- Orvane Systems, a Minsk-based drone maker.\n"
        "- Velmorag Trading, a Belarusian bank.\n"
        "- Lumen Harbor Group, a shipping firm.\n\n"
        "These steps follow earlier action.\n"
    )
    targets = {t for _, _, t in sanctions(run(nlp, text, WHITE_HOUSE))}
    assert targets == {"Orvane Systems", "Velmorag Trading", "Lumen Harbor Group"}


def test_restricting_access_to_dollar_transactions_is_no_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "This action will restrict Dravik Bank's access to transactions made in the dollar."
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert found == {("United States", "Other", "Dravik Bank")}


def test_a_list_with_no_keeper_named_takes_the_articles_keeper(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department investigated. Orvane Systems was added to the Entity List in 2019."
    )
    assert sanctions(run(nlp, text, JUSTICE)) == {
        ("Commerce Department", "ExportControl", "Orvane Systems")
    }
    other = "The FBI investigated. Orvane Systems was added to the Entity List in 2019."
    assert {imposer for imposer, *_ in sanctions(run(nlp, other, JUSTICE))} <= {None}
