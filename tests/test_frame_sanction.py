"""The sanction frame in news and fact-sheet wording, on sentences written for these
tests: payments that settle a case, court orders, injunctions, bills for fines, measures
only called for, and a fact sheet's nominal measures imposed by its issuer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Doc

from kg.extract.entities import group_mentions
from kg.extract.frames.issuer import issuer_kind
from kg.extract.mentions import find_mentions
from kg.extract.relations import RelationReader
from kg.model import ArticleExtraction
from tests.test_extract_rules import facts, names, run

pytestmark = pytest.mark.model


def sanctions(result: ArticleExtraction) -> set[tuple[str | None, str, str, str]]:
    """(imposer, target, kind, modality) of every sanction found."""
    n = names(result)
    return {
        (n[s.imposer] if s.imposer else None, n[s.target], s.kind, s.evidence.modality)
        for s in result.sanctions
    }


def amounts(result: ArticleExtraction) -> set[tuple[str, Decimal | None]]:
    n = names(result)
    return {(n[s.target], s.amount) for s in result.sanctions}


# ---------------------------------------------------------------- payments


def test_pay_to_settle_charges_brought_by_a_regulator_is_its_fine_and_its_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Orvane Systems agreed to pay $12m to settle charges brought by the Coastal "
        "Trade Commission.",
    )
    assert ("Coastal Trade Commission", "Orvane Systems", "Fine", "asserted") in sanctions(result)
    assert ("Orvane Systems", Decimal("12000000")) in amounts(result)
    assert ("Coastal Trade Commission", "Orvane Systems") in facts(result, "charges")


def test_a_lawsuit_settled_is_an_accusation_by_who_brought_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Orvane Systems will pay $3m to settle a civil suit brought by the Coastal "
        "Trade Commission.",
    )
    assert ("Coastal Trade Commission", "Orvane Systems") in facts(result, "accuses")
    assert ("Coastal Trade Commission", "Orvane Systems") not in facts(result, "charges")


def test_paying_the_regulator_an_amount_names_the_imposer_as_indirect_object(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Orvane Systems settled last year, paying the Coastal Trade Commission $40m in "
        "March to close the case.",
    )
    assert ("Coastal Trade Commission", "Orvane Systems", "Fine", "asserted") in sanctions(result)
    assert ("Orvane Systems", Decimal("40000000")) in amounts(result)


def test_the_regulator_that_says_a_penalty_was_agreed_imposed_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The Coastal Trade Commission said Orvane Systems agreed to pay penalties of "
        "$500,000 to settle the case.",
    )
    assert ("Coastal Trade Commission", "Orvane Systems", "Fine", "asserted") in sanctions(result)


def test_the_court_that_orders_a_payment_imposes_it_not_pays_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Paris court ordered Orvane Systems to pay a fine of $2m.")
    found = sanctions(result)
    assert ("Paris court", "Orvane Systems", "Fine", "asserted") in found
    assert not any(target == "Paris court" for _, target, _, _ in found)


def test_ordered_to_pay_after_a_plea_in_a_court_takes_that_court(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "In a federal court in Ohio, Orvane Systems pleaded guilty to fraud last week. "
        "It was then ordered to pay a fine of $9m.",
    )
    assert ("federal court", "Orvane Systems", "Fine", "asserted") in sanctions(result)
    assert ("federal court", "Orvane Systems") in facts(result, "charges")


def test_a_payment_to_a_company_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems agreed to pay $12m to Kestrel Partners for the plant.")
    assert sanctions(result) == set()


# ---------------------------------------------------------------- court orders and bills


def test_a_ban_by_a_court_injunction_is_the_courts(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "Orvane Systems was banned from bidding in the sale by a US court injunction."
    )
    assert ("US court", "Orvane Systems", "Ban", "asserted") in sanctions(result)


def test_an_injunction_parse_shape_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Vemora was banned from trading by a federal court injunction ." with the by-phrase
    # hung on "trading" (as the model often does), not on the passive verb
    words = ["Vemora", "was", "banned", "from", "trading", "by", "a", "federal", "court"]
    words += ["injunction", "."]
    heads = [2, 2, 2, 2, 3, 4, 9, 8, 9, 5, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "prep", "det", "amod"]
    deps += ["compound", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "VERB", "ADP", "DET", "ADJ", "NOUN", "NOUN", "PUNCT"]
    lemmas = ["Vemora", "be", "ban", "from", "trade", "by", "a", "federal", "court"]
    lemmas += ["injunction", "."]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
        ents=["B-ORG"] + ["O"] * 10, sent_starts=[True] + [False] * 10,
    )  # fmt: skip
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    found = RelationReader(doc, mentions, clusters).read()
    assert [
        (clusters[s.imposer].name, clusters[s.target].name, s.kind)
        for s in found.sanctions
        if s.imposer is not None
    ] == [("federal court", "Vemora", "Ban")]


def test_a_passive_ban_with_no_court_or_body_named_has_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems was banned from bidding by a vote of its own board.")
    assert all(imposer is None for imposer, *_ in sanctions(result))


def test_hitting_a_company_with_a_bill_for_fines_is_a_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The Russian government took over the plant after hitting Orvane Systems with a "
        "$3bn bill for back taxes and fines.",
    )
    assert ("Russian government", "Orvane Systems", "Fine", "asserted") in sanctions(result)
    assert ("Orvane Systems", Decimal("3000000000")) in amounts(result)


def test_hitting_with_a_tax_bill_alone_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Russian government hit Orvane Systems with a $3bn bill for back taxes.")
    assert sanctions(result) == set()


# ---------------------------------------------------------------- modality


def test_sanctions_only_called_for_are_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Lawmakers called for EU sanctions against Orvane Systems.")
    assert {m for *_, m in sanctions(result)} <= {"threatened"}


def test_a_measure_that_could_come_is_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The European Union could impose tariffs on Orvane Systems next year.")
    assert ("European Union", "Orvane Systems", "Tariff", "threatened") in sanctions(result)


# ---------------------------------------------------------------- fact sheets


WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2030/01/02/x/"


def test_a_fact_sheets_nominal_sanctions_are_the_issuing_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President acts today against the regime.\n\n"
        "- Full blocking sanctions on the country's largest lender, Dravik Bank.\n"
    )
    found = sanctions(run(nlp, text, source=WHITE_HOUSE))
    # blocking sanctions block (freeze) the target's property
    assert ("United States", "Dravik Bank", "AssetFreeze", "asserted") in found


def test_a_fact_sheets_restrictions_on_a_listed_group_reach_each_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President acts today against the regime.\n\n"
        "- New debt and equity restrictions on three firms: Orvane Systems, Kestrel "
        "Partners and Lumen Harbor Group.\n"
    )
    found = sanctions(run(nlp, text, source=WHITE_HOUSE))
    for firm in ("Orvane Systems", "Kestrel Partners", "Lumen Harbor Group"):
        assert ("United States", firm, "InvestmentBan", "asserted") in found


def test_the_same_bullets_in_a_news_story_have_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "- Full blocking sanctions on the country's largest lender, Dravik Bank.\n"
    found = sanctions(run(nlp, text, source="https://www.example-news.com/story/1"))
    assert all(imposer is None for imposer, *_ in found)


def test_the_issuer_is_read_from_the_source_address() -> None:
    assert issuer_kind(WHITE_HOUSE) == "state"
    assert issuer_kind("https://www.federalregister.gov/documents/2030/1") == "state"
    assert issuer_kind("https://www.justice.gov/opa/pr/x") == "prosecutor"
    assert issuer_kind("https://www.bbc.co.uk/news/business-1") is None
    assert issuer_kind(None) is None


# ---------------------------------------------------------------- trade measures


def test_tariffs_on_a_nationalitys_goods_target_that_country(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The United States imposed 100% tariffs on Japanese electronics.")
    assert ("United States", "Japan", "Tariff", "asserted") in sanctions(result)


def test_raising_tariffs_on_imports_from_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The United States raised tariffs on steel imports from China.")
    assert ("United States", "China", "Tariff", "asserted") in sanctions(result)


def test_raising_prices_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems raised prices on steel imports from China.")
    assert sanctions(result) == set()


def test_a_ban_on_imports_from_a_country_targets_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The EU has banned imports of beef from Britain.")
    assert ("European Union", "United Kingdom", "Ban", "asserted") in sanctions(result)


def test_slapping_sanctions_on_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Washington slapped sanctions on Libya in 1986.")
    assert ("United States", "Libya", "Ban", "asserted") in sanctions(result)


def test_the_name_right_after_a_fining_verb_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The Commission fined Vemora Group 5m euros ." parsed as the model sometimes does:
    # the name as a compound of the amount, no object of "fined"
    words = ["The", "Commission", "fined", "Vemora", "Group", "5m", "euros", "."]
    heads = [1, 2, 2, 4, 6, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "compound", "compound", "npadvmod", "punct"]
    pos = ["DET", "PROPN", "VERB", "PROPN", "PROPN", "NUM", "NOUN", "PUNCT"]
    lemmas = ["the", "Commission", "fine", "Vemora", "Group", "5m", "euro", "."]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
        sent_starts=[True] + [False] * 7,
    )  # fmt: skip
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    found = RelationReader(doc, mentions, clusters).read()
    pairs = {
        (clusters[s.imposer].name, clusters[s.target].name, s.kind)
        for s in found.sanctions
        if s.imposer is not None
    }
    assert pairs == {("Commission", "Vemora Group", "Fine")}


def test_threatened_and_planned_measures_are_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    threat = run(nlp, "The United States threatened to impose sanctions on Libya.")
    plan = run(nlp, "The European Union plans to impose tariffs on Orvane Systems.")
    assert sanctions(threat) == {("United States", "Libya", "Ban", "threatened")}
    assert sanctions(plan) == {("European Union", "Orvane Systems", "Tariff", "threatened")}


# ---------------------------------------------------------------- nationality of firms and people


@pytest.mark.parametrize(
    "text",
    [
        "Meridia imposed anti-dumping duties on Korean steel makers last week.",
        "Meridia keeps separate sanctions on Iranian drone makers.",
        "The Treasury blacklisted a Turkish supplier of drone engines.",
        "Meridia froze the assets of Russian businessman Pavel Orlov.",
        "Meridia froze the assets of Belarusian potash groups.",
    ],
)
def test_the_nationality_of_a_firm_or_person_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    targets = {target for _, target, *_ in sanctions(result)}
    assert not targets & {"South Korea", "Korea", "Iran", "Turkey", "Russia", "Belarus"}


def test_the_nationality_of_goods_is_still_their_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The United States imposed tariffs on Japanese electronics.")
    assert {target for _, target, *_ in sanctions(result)} == {"Japan"}


def test_a_headline_above_the_first_sentence_does_not_hide_its_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Regulator fines Dutch paint group Orvane over cartel\n\n"
        "The Coastal Trade Commission has fined Dutch paint group Orvane Systems NV 3 "
        "million euros for fixing prices.",
    )
    found = sanctions(result)
    assert ("Coastal Trade Commission", "Orvane Systems NV", "Fine", "asserted") in found


# ---------------------------------------------------------------- settling a body's charges


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems agreed to pay $12m to settle Coastal Trade Commission charges that "
        "it hid losses.",
        "Orvane Systems agreed to pay a $12m civil penalty to settle Coastal Trade "
        "Commission charges.",
        "Orvane Systems agreed to pay $12m to settle charges by the Coastal Trade "
        "Commission that it hid losses.",
    ],
)
def test_settling_charges_a_body_brought_is_its_fine_and_its_charge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert ("Coastal Trade Commission", "Orvane Systems", "Fine", "asserted") in sanctions(result)
    assert ("Coastal Trade Commission", "Orvane Systems") in facts(result, "charges")


def test_a_dateline_city_is_not_the_payer(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "LONDON, May 3 - Orvane Systems Corp agreed to pay a civil penalty to settle "
        "Coastal Trade Commission charges that it hid losses, the commission said.",
    )
    assert ("Coastal Trade Commission", "Orvane Systems Corp", "Fine", "asserted") in sanctions(
        result
    )


def test_settling_a_companys_lawsuit_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems will pay $2m to settle a lawsuit by Kestrel Partners.")
    assert not sanctions(result)
    assert not facts(result, "charges")


# ---------------------------------------------------------------- a measure carried over


def test_a_passive_measure_with_no_one_named_is_the_last_ones_government(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Britain froze the assets of businessman Pavel Orlov on Monday. His holding company, "
        "Orlova Group, was also sanctioned, along with its shipping unit, Baltic Kestrel "
        "Lines Ltd.",
    )
    found = sanctions(result)
    assert ("United Kingdom", "Orlova Group", "AssetFreeze", "asserted") in found
    assert ("United Kingdom", "Baltic Kestrel Lines Ltd.", "AssetFreeze", "asserted") in found


def test_a_passive_fine_after_another_takes_its_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The European Union fined Orvane Systems $3m last year. Kestrel Partners was fined "
        "2m euros.",
    )
    assert ("European Union", "Kestrel Partners", "Fine", "asserted") in sanctions(result)


@pytest.mark.parametrize(
    "text",
    [
        # a by-phrase names someone else
        "The European Union fined Orvane Systems $3m last year. Kestrel Partners was banned "
        "from bidding by a vote of its own board.",
        # no measure before it to carry
        "Kestrel Partners was fined 2m euros.",
    ],
)
def test_no_measure_is_carried_without_a_measure_before_or_over_a_named_actor(nlp, text) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, text))
    assert not [s for s in found if s[1] == "Kestrel Partners" and s[0] is not None]


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("The European Union placed Orvane Systems on its sanctions list in April 2021.",
         "European Union"),
        ("Orvane Systems was added to the EU sanctions list in 2021.", "European Union"),
    ],
)  # fmt: skip
def test_a_list_named_by_what_it_is_is_a_designation(nlp, text: str, imposer: str) -> None:  # type: ignore[no-untyped-def]
    assert (imposer, "Orvane Systems", "Designation", "asserted") in sanctions(run(nlp, text))


def test_a_list_of_anything_else_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The European Union placed Orvane Systems on its list of approved vendors.")
    assert not sanctions(result)


# ---------------------------------------------------------------- whom a measure reaches


def test_duties_that_apply_to_imports_from_firms_sanction_the_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The European Union imposed duties of 30% on Chinese bicycles on Tuesday. The duties "
        "apply to imports from Orvane Systems and Kestrel Partners.",
    )
    found = sanctions(result)
    assert ("European Union", "Orvane Systems", "Tariff", "asserted") in found
    assert ("European Union", "Kestrel Partners", "Tariff", "asserted") in found


def test_a_ban_that_covers_firms_names_its_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The new ban covers Orvane Systems and Kestrel Partners.")
    assert {(t, k) for _, t, k, _ in sanctions(result)} == {
        ("Orvane Systems", "Ban"),
        ("Kestrel Partners", "Ban"),
    }


@pytest.mark.parametrize(
    "text", ["The rules apply to Orvane Systems.", "The discount covers Orvane Systems."]
)
def test_what_is_no_measure_applies_to_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not sanctions(run(nlp, text))


def test_a_name_beside_a_conjoined_target_is_a_target_too(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "The Treasury sanctioned Orvane Systems and its chief executive, Pavel Orlov."
    )
    assert {t for _, t, *_ in sanctions(result)} == {"Orvane Systems", "Pavel Orlov"}


def test_a_conjoined_noun_naming_no_one_adds_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Treasury sanctioned Orvane Systems and its chief executive.")
    assert {t for _, t, *_ in sanctions(result)} == {"Orvane Systems"}


@pytest.mark.parametrize(
    "text",
    [
        "Brazil blocked Pinga, a messaging app made by Orvane Systems.",
        "Brazil has banned Pinga, the messaging app owned by Orvane Systems, and 12 other apps.",
    ],
)
def test_banning_a_product_reaches_the_firm_that_owns_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Brazil", "Orvane Systems", "Ban", "asserted") in sanctions(run(nlp, text))


def test_banning_goods_of_a_maker_named_in_passing_is_no_measure_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Brazil banned the sale of Pinga, a drink made by Orvane Systems.")
    assert not [s for s in sanctions(result) if s[1] == "Orvane Systems"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Kestrel Partners was fined 210m euros by the European Commission.", "210000000"),
        ("The European Commission fined Kestrel Partners 1.4 billion euros ($1.5bn) for fixing "
         "prices.", "1400000000"),
        ("Kestrel Partners agreed to pay a 500,000 dlrs civil penalty to settle Coastal Trade "
         "Commission charges.", "500000"),
    ],
)  # fmt: skip
def test_amounts_in_words_of_a_currency_are_read(nlp, text: str, amount: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kestrel Partners", Decimal(amount)) in amounts(run(nlp, text))


# ---------------------------------------------------------------- a measure received


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems received a $5m fine from the Coastal Trade Commission.",
        "Orvane Systems received penalties of $2m from the Coastal Trade Commission.",
        "Orvane Systems incurred a penalty imposed by the Coastal Trade Commission.",
        "Orvane Systems was hit with a 2 million euro fine by the Coastal Trade Commission.",
    ],
)
def test_a_fine_received_from_a_body_is_its_fine(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Coastal Trade Commission", "Orvane Systems", "Fine", "asserted") in sanctions(
        run(nlp, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems received a $5m payment from the Coastal Trade Commission.",
        "Orvane Systems received a letter from the Coastal Trade Commission about a fine for "
        "Kestrel Partners.",
    ],
)
def test_a_payment_or_a_letter_received_is_no_fine(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [s for s in sanctions(run(nlp, text)) if s[1] == "Orvane Systems"]


def test_a_measure_only_threatened_is_not_carried_to_the_next(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The European Union has threatened to sanction Orvane Systems. Kestrel Partners was "
        "sanctioned in 2019.",
    )
    assert not [s for s in sanctions(result) if s[1] == "Kestrel Partners" and s[0] is not None]


# ---------------------------------------------------------------- the body that announces


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        ("The United States will impose tariffs on Kestrel Partners, the Commerce Department "
         "said.", "Commerce Department", "Tariff"),
        ("The United States blacklisted Kestrel Partners, the Treasury said on Monday.",
         "Treasury Department", "Designation"),
    ],
)  # fmt: skip
def test_the_body_announcing_its_states_measure_imposes_it_too(nlp, text, body, kind) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, text))
    assert ("United States", "Kestrel Partners", kind, "asserted") in found
    assert (body, "Kestrel Partners", kind, "asserted") in found


def test_a_person_announcing_a_measure_imposes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The United States will impose tariffs on Kestrel Partners, Tom Ng said.")
    assert {imposer for imposer, *_ in sanctions(result)} == {"United States"}


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems was placed under sanctions by the European Union in 2021.",
        "The European Union put Orvane Systems under sanctions.",
        "Orvane Systems was among 12 companies sanctioned by the European Union on Monday.",
        "Orvane Systems is one of the firms sanctioned by the European Union.",
    ],
)
def test_placed_under_sanctions_or_among_those_sanctioned(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("European Union", "Orvane Systems", "Designation", "asserted") in sanctions(
        run(nlp, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems was among 12 companies praised by the European Union.",
        "The deal with Orvane Systems was placed under review by the European Union.",
    ],
)
def test_among_those_praised_or_under_review_is_no_sanction(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not sanctions(run(nlp, text))


def test_a_travel_ban_is_a_visa_ban_and_the_first_measure_is_the_one_carried(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Britain froze the assets of businessman Pavel Orlov and imposed a travel ban on Orlov. "
        "His holding company, Orlova Group, was also sanctioned.",
    )
    found = sanctions(result)
    assert ("United Kingdom", "Pavel Orlov", "VisaBan", "asserted") in found
    assert ("United Kingdom", "Orlova Group", "AssetFreeze", "asserted") in found
