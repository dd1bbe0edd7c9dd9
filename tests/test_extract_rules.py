"""Typed-fact and entity rules on sentences written for these tests (not dev gold),
through the real spaCy pipeline, with negative cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.extractor import extract_doc
from kg.extract.lists import list_blocks
from kg.model import Article, ArticleExtraction

pytestmark = pytest.mark.model


def run(nlp, text: str, source: str | None = None) -> ArticleExtraction:  # type: ignore[no-untyped-def]
    """Extract one invented article (``source``: the release's source line, when the
    issuer matters) through the real pipeline."""
    return extract_doc(nlp(text), Article(id="t", text=text, source=source))


def names(result: ArticleExtraction) -> dict[str, str]:
    return {e.key: e.name for e in result.entities}


def facts(result: ArticleExtraction, predicate: str) -> set[tuple[str, str]]:
    n = names(result)
    return {(n[f.subject], n[f.object]) for f in result.facts if f.predicate == predicate}


def typed(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Entity name → class; every alias maps to its entity's class too."""
    out: dict[str, str] = {}
    for e in run(nlp, text).entities:
        out[e.name] = e.cls
        for alias in e.aliases:
            out.setdefault(alias, e.cls)
    return out


def sanctions(result: ArticleExtraction) -> set[tuple[str | None, str, str]]:
    n = names(result)
    return {
        (n[s.imposer] if s.imposer else None, n[s.target], s.evidence.modality)
        for s in result.sanctions
    }


def asserted_measures(result: ArticleExtraction) -> set[tuple[str | None, str, str]]:
    """(imposer, kind, target) of every asserted sanction in ``result``."""
    n = names(result)
    return {
        (n[s.imposer] if s.imposer else None, s.kind, n[s.target])
        for s in result.sanctions
        if s.evidence.modality == "asserted"
    }


def pairs(nlp, text: str) -> set[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    """(imposer, target) of every asserted sanction found in ``text``."""
    return {(i, t) for i, t, mod in sanctions(run(nlp, text)) if mod == "asserted"}


# ---------------------------------------------------------------- name lists


def test_list_paragraph_items_are_split_on_semicolons_and_final_and() -> None:
    text = "Annex: Orion Shipping Co., Ltd.; Vega Trading Limited; and Polaris Labs Inc."
    (block,) = list_blocks(text)
    assert [text[s:e] for s, e in block.items] == [
        "Orion Shipping Co., Ltd.",
        "Vega Trading Limited",
        "Polaris Labs Inc.",
    ]


def test_prose_with_a_colon_and_semicolons_is_no_list() -> None:
    assert list_blocks("The minister said: sanctions work; tariffs do not.") == []


def test_the_following_entities_points_at_the_list_below(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department designated the following two companies today.\n\n"
        "Shipping Sector: Orion Shipping Co., Ltd.; and Vega Trading Limited."
    )
    found = sanctions(run(nlp, text))
    assert ("State Department", "Orion Shipping Co., Ltd.", "asserted") in found
    assert ("State Department", "Vega Trading Limited", "asserted") in found
    # the heading names a sector, not an entity
    assert not any("Sector" in e.name for e in run(nlp, text).entities)


def test_the_president_acts_for_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States will act. The President listed the following entities.\n\n"
        "Annex: Orion Shipping Co., Ltd.; and Vega Trading Limited."
    )
    found = sanctions(run(nlp, text))
    assert ("United States", "Vega Trading Limited", "asserted") in found


# ---------------------------------------------------------------- government bodies


def test_possessive_chain_of_bodies_gives_part_of(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "The case was handled by the Commerce Department's Office of Export Enforcement."
    )
    assert ("Office of Export Enforcement", "Commerce Department") in facts(result, "partOf")


def test_lost_apostrophe_still_splits_the_chain(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Help came from the Criminal Divisions Fraud Section and the FBI."
    result = run(nlp, text)
    assert ("Fraud Section", "Criminal Division") in facts(result, "partOf")


def test_body_of_a_body_is_split(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agents belong to the Denver Field Office of the FBI."
    assert ("Denver Field Office", "FBI") in facts(run(nlp, text), "partOf")


def test_district_name_is_kept_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lin Wei was charged in an indictment filed in the Eastern District of Virginia."
    result = run(nlp, text)
    assert ("Eastern District of Virginia", "Lin Wei") in facts(result, "charges")


def test_treasury_department_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Treasury Department fined Initech Ltd. $3 million.")
    assert facts(result, "partOf") == set()
    assert [e.name for e in result.entities if e.cls == "Government"] == ["Treasury Department"]


# ---------------------------------------------------------------- titles → worksFor


def test_title_then_of_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Assistant U.S. Attorney Jane Roe of the Northern District of Ohio is prosecuting."
    result = run(nlp, text)
    assert facts(result, "worksFor") == {("Jane Roe", "Northern District of Ohio")}
    # the "U.S." and "Attorney" of her title are no entities
    assert {e.name for e in result.entities} == {"Jane Roe", "Northern District of Ohio"}


def test_coordinated_names_share_title_and_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trial Attorneys John Smith and Mary Jones of the Criminal Division's Fraud Section "
        "prosecuted the case."
    )
    works = facts(run(nlp, text), "worksFor")
    assert ("John Smith", "Fraud Section") in works
    assert ("Mary Jones", "Fraud Section") in works


def test_a_name_alone_is_no_employment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "John Smith of the Fraud Section met reporters."
    assert facts(run(nlp, text), "worksFor") == set()


# ---------------------------------------------------------------- modality


def test_may_ban_is_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, "The Commerce Department may ban Acme Robotics Inc. next year."))
    assert found == {("Commerce Department", "Acme Robotics Inc.", "threatened")}


def test_did_not_sell_is_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Globex Corp. did not sell drones to the Iranian government.")
    assert {f.evidence.modality for f in result.facts} == {"negated"}


def test_jury_convicts(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "A federal jury convicted Peter Novak of fraud.")
    assert facts(result, "charges") == {("federal jury", "Peter Novak")}


def test_relative_clause_role_covers_every_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defendants: Chen Bo, Liu Yang, and Zhao Lei, who were officers in Unit 11223 "
        "of the Second Department of the Army."
    )
    works = facts(run(nlp, text), "worksFor")
    for person in ("Chen Bo", "Liu Yang", "Zhao Lei"):
        assert (person, "Unit 11223") in works


def test_copula_title_at_company(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Li Ming was an engineer at Huawei. Li Ming likes tea.")
    assert facts(result, "worksFor") == {("Li Ming", "Huawei")}


def test_found_guilty_and_pleaded_guilty_are_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(
        run(nlp, "A federal jury in Boston found Peter Novak guilty of fraud."), "charges"
    ) == {("federal jury", "Peter Novak")}
    text = (
        "Acme Bank pleaded guilty today before U.S. District Judge Ann Roe "
        "in the Southern District of Ohio."
    )
    assert ("Southern District of Ohio", "Acme Bank") in facts(run(nlp, text), "charges")


def test_indictment_filed_in_a_district_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, a separate indictment filed in the District of Minnesota was unsealed, "
        "charging Huang Li with stealing a trade secret."
    )
    assert facts(run(nlp, text), "charges") == {("District of Minnesota", "Huang Li")}


def test_cooperating_with_prosecutors_is_no_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Initech Ltd. must cooperate fully with the Department of Justice."
    assert facts(run(nlp, text), "partnersWith") == set()


def test_listing_under_the_prohibitions_takes_their_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States will prohibit investments in the securities of military firms. "
        "The President listed the following entities as subject to the order's "
        "prohibitions.\n\nAnnex: Orion Shipping Co., Ltd.; and Vega Trading Limited."
    )
    kinds = {s.kind for s in run(nlp, text).sanctions}
    assert kinds == {"InvestmentBan"}


def test_an_arrest_is_no_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, "FBI agents arrested Peter Novak in Boston."), "charges") == set()


def test_a_bare_office_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Staff at the Office met the Anti-Fraud Unit of the Treasury.")
    names = {e.name for e in result.entities if e.cls == "Government"}
    assert "Office" not in names
    assert "Anti-Fraud Unit" in names


def test_role_clause_takes_the_nearest_body_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chen Bo and Liu Yang, who were officers in Unit 11223 of the Second Department."
    works = facts(run(nlp, text), "worksFor")
    assert ("Chen Bo", "Unit 11223") in works
    assert ("Chen Bo", "Second Department") not in works


def test_technology_phrases_keep_coordinated_noun_modifiers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Acme sells metrology and inspection equipment and military guidance systems."
    techs = {e.name for e in run(nlp, text).entities if e.cls == "Technology"}
    assert techs == {"metrology and inspection equipment", "military guidance systems"}


def test_provider_of_technology_is_provides(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Globex Corp. is a leading provider of process technology."
    assert facts(run(nlp, text), "provides") == {("Globex Corp.", "process technology")}
    # evaluative adjectives stay out of the technology's name
    assert "leading" not in " ".join(e.name for e in run(nlp, text).entities)


def test_unit_of_a_divisions_section_nests_correctly(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "It is prosecuted by the Bank Integrity Unit of the Criminal Divisions Money "
        "Laundering Section."
    )
    part_of = facts(run(nlp, text), "partOf")
    assert ("Bank Integrity Unit", "Money Laundering Section") in part_of
    assert ("Money Laundering Section", "Criminal Division") in part_of


def test_country_possessive_without_apostrophe(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The division cooperated with Chinas Ministry of Commerce."
    names = {e.name for e in run(nlp, text).entities}
    assert "Ministry of Commerce" in names


def test_indefinite_role_is_no_sanction_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Operators must designate a Cybersecurity Coordinator within a week."
    assert run(nlp, text).sanctions == ()


def test_the_jury_that_convicted_earlier_convicts_later_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Following a trial, a federal jury in Boston found two Chinese nationals guilty of "
        "exporting electronics. Zhen Wu and Acme Electronics Inc. were convicted of "
        "unlawfully exporting defense articles. The jury also convicted Lin Tao."
    )
    assert facts(run(nlp, text), "charges") == {
        ("federal jury", "Zhen Wu"),
        ("federal jury", "Acme Electronics Inc."),
        ("federal jury", "Lin Tao"),
    }


def test_aka_names_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Zhen Wu aka Alex Wu was convicted of fraud.")
    assert [e.aliases for e in result.entities if e.name == "Zhen Wu"] == [("Alex Wu",)]


def test_a_plea_is_not_charged_by_the_last_jury(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A federal jury convicted Lin Tao. Bo Li previously pleaded guilty to fraud."
    assert facts(run(nlp, text), "charges") == {("federal jury", "Lin Tao")}


def test_grouping_stays_fast_with_hundreds_of_names(nlp) -> None:  # type: ignore[no-untyped-def]
    import time

    text = "List: " + "; ".join(f"Orion{i} Shipping Co., Ltd." for i in range(300))
    doc = nlp(text)
    started = time.perf_counter()
    result = extract_doc(doc, Article(id="t", text=text))
    # was quadratic (every name against every entity): seconds; now well under one
    assert time.perf_counter() - started < 1.0
    assert len(result.entities) == 300


def test_a_lifted_ban_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "The Commerce Department lifted its ban on Initech Ltd.").sanctions == ()


def test_threatened_and_denied_measures_have_low_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    threat = run(nlp, "The Treasury Department threatened to sanction Initech Ltd.").sanctions
    done = run(nlp, "The Treasury Department sanctioned Initech Ltd.").sanctions
    denied = run(nlp, "The Commerce Department did not fine Initech Ltd.").sanctions
    assert [s.evidence.modality for s in threat] == ["threatened"]
    assert [s.evidence.modality for s in denied] == ["negated"]
    assert threat[0].evidence.confidence < 0.5 < done[0].evidence.confidence
    assert denied[0].evidence.confidence < threat[0].evidence.confidence


def test_allegedly_is_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Globex Corp. allegedly sold surveillance software to the Iranian government."
    assert {f.evidence.modality for f in run(nlp, text).facts} == {"alleged"}


def test_inline_list_after_a_sentence_keeps_the_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department designated the following entities: Orion Shipping Co., "
        "Ltd.; Vega Trading Limited; and Polaris Labs Inc."
    )
    found = sanctions(run(nlp, text))
    assert {t for _, t, _ in found} == {
        "Orion Shipping Co., Ltd.",
        "Vega Trading Limited",
        "Polaris Labs Inc.",
    }
    assert {i for i, _, _ in found} == {"Treasury Department"}


def test_bullet_list_of_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department sanctioned the following companies:\n"
        "- Orion Shipping Co., Ltd.\n- Vega Trading Limited\n- Polaris Labs Inc.\n"
    )
    targets = {t for _, t, _ in sanctions(run(nlp, text))}
    assert targets == {"Orion Shipping Co., Ltd.", "Vega Trading Limited", "Polaris Labs Inc."}


def test_bullets_of_sentences_are_no_name_list() -> None:
    text = "Steps:\n- The agency will publish rules.\n- Firms must report.\n"
    assert list_blocks(text) == []


def test_targeting_then_this_includes_names_the_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State is targeting additional oligarchs close to the regime. "
        "This includes Ivan Petrov, a close associate of senior officials; Olga Smirnova, "
        "spokesperson for the Foreign Ministry; and Boris Orlov, one of the wealthiest men."
    )
    found = {(i, t) for i, t, _ in sanctions(run(nlp, text))}
    assert found == {
        ("State Department", "Ivan Petrov"),
        ("State Department", "Olga Smirnova"),
        ("State Department", "Boris Orlov"),
    }


def test_hackers_targeting_companies_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The hackers targeted Westinghouse Electric Co. and Alcoa Inc. for years."
    assert run(nlp, text).sanctions == ()


def test_acronym_of_a_body_stays_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "It was prosecuted by the Asset Forfeiture and Money Laundering Section (AFMLS). "
        "AFMLS said so. AFMLS thanked the FBI. AFMLS will appeal."
    )
    classes = {e.name: e.cls for e in run(nlp, text).entities}
    assert classes["Asset Forfeiture and Money Laundering Section"] == "Government"


def test_technology_stays_technology_before_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The order bans investments in Chinese surveillance technology firms."
    result = run(nlp, text)
    assert {e.cls for e in result.entities if e.name == "surveillance technology"} == {"Technology"}
    assert facts(result, "basedIn") == set()


def test_plea_agreement_fine_and_charge_by_the_prosecutors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Justice announced the case today. Initech Ltd. has agreed to "
        "enter a guilty plea and to pay a $30 million penalty to the U.S. The Department "
        "of Justice thanked the FBI."
    )
    result = run(nlp, text)
    # the gazetteer's canonical name for the Department of Justice
    assert ("Justice Department", "Initech Ltd.") in facts(result, "charges")
    fines = {(i, t) for i, t, _ in sanctions(result)}
    assert ("Justice Department", "Initech Ltd.") in fines
    assert ("United States", "Initech Ltd.") in fines
    amounts = {s.amount for s in result.sanctions}
    assert amounts == {Decimal("30000000")}


def test_dateline_and_photo_credit_are_no_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "WASHINGTON – The Justice Department today charged Li Wei with fraud.\n\n"
        "Li Wei leaves court. (AP Photo/John Doe)"
    )
    names = {e.name for e in run(nlp, text).entities}
    assert names == {"Justice Department", "Li Wei"}


def test_washington_acting_in_a_sentence_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Washington blacklisted Initech Ltd. in 2021."
    assert {i for i, _, _ in sanctions(run(nlp, text))} == {"United States"}


def test_untyped_relation_between_named_entities_is_related_to(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Globex Corp. praised Initech Ltd. for its cooperation.")
    assert [(f.predicate, f.wording) for f in result.facts] == [("relatedTo", "praised")]
    # a typed fact in the sentence leaves no relatedTo beside it
    typed = run(nlp, "Globex Corp. acquired Initech Ltd. in 2019.")
    assert {f.predicate for f in typed.facts} == {"acquires"}


def test_month_without_year_takes_the_articles_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Initech Ltd. was fined $2 million in April by Chinese regulators."
    result = extract_doc(nlp(text), Article(id="t", text=text, date="2021-12-14"))
    assert [(s.date, s.amount, s.currency) for s in result.sanctions] == [
        ("2021-04", Decimal("2000000"), "USD")
    ]


def test_effective_date_of_listed_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President listed the following entities as subject to the prohibitions. "
        "The prohibitions shall take effect on August 2, 2021.\n\n"
        "Annex: Orion Shipping Co., Ltd.; and Vega Trading Limited."
    )
    assert {s.date for s in run(nlp, text).sanctions} == {"2021-08-02"}
