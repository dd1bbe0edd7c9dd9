"""The technology frame (develops, provides, uses, supplies) on sentences written for
these tests: product verbs active, passive and participial, provider and company
nouns, possessives, and the phrases that name no product."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract.extractor import extract_doc
from kg.extract.frames.product_phrase import product_bounds, relative_object
from kg.model import Article
from tests.test_extract_rules import facts, run

#: One word of a hand-built parse: word, head, dep, pos, tag, lemma, entity (IOB).
ParseRow = tuple[str, int, str, str, str, str, str]


def facts_on_parse(rows: list[ParseRow], predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) names of ``predicate`` facts extracted from a one-sentence
    parse given word by word, as the tagger and parser might have read it."""
    words, heads, deps, pos, tags, lemmas, ents = (list(c) for c in zip(*rows, strict=True))
    doc = Doc(
        English().vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    result = extract_doc(doc, Article(id="t", text=doc.text))
    names = {e.key: e.name for e in result.entities}
    return {(names[f.subject], names[f.object]) for f in result.facts if f.predicate == predicate}


pytestmark = pytest.mark.model


def found(nlp, text: str, predicate: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), predicate)


# ---------------------------------------------------------------- product verbs


def test_make_names_the_product_it_makes(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Veltra Corp", "memory chips") in found(
        nlp, "Veltra Corp makes memory chips in Busan.", "develops"
    )


def test_a_name_the_tokenizer_cut_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Veltra Corp", "5G equipment") in found(
        nlp, "Veltra Corp sold 5G equipment to Orbit Inc.", "provides"
    )


def test_make_a_profit_or_a_bid_is_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp made a profit last year. Veltra Corp also made a bid for Orbit Inc."
    result = run(nlp, text)
    assert not facts(result, "develops")
    assert not any(e.cls == "Technology" for e in result.entities)


def test_passive_product_verb_takes_the_by_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The wind turbines were built by Norska Energi AS."
    assert ("Norska Energi AS", "wind turbines") in found(nlp, text, "develops")


def test_participles_made_by_and_sold_by(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Regulators examined jackets made by Kellgar Corp and sold by Brenmark Stores Inc in Ohio."
    )
    assert ("Kellgar Corp", "jackets") in found(nlp, text, "develops")
    assert ("Brenmark Stores Inc", "jackets") in found(nlp, text, "provides")


def test_two_verbs_share_one_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pellucid Systems Inc designs and sells wireless routers."
    assert ("Pellucid Systems Inc", "wireless routers") in found(nlp, text, "provides")


def test_launch_says_the_firm_makes_and_sells_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orbit Mobile Ltd launched a new smartphone on Monday."
    assert ("Orbit Mobile Ltd", "smartphone") in found(nlp, text, "provides")
    assert ("Orbit Mobile Ltd", "smartphone") in found(nlp, text, "develops")


def test_a_version_of_a_product_names_the_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Zentra Software Inc unveiled the latest version of its database software."
    assert ("Zentra Software Inc", "database software") in found(nlp, text, "develops")


def test_the_owner_of_a_plan_to_launch(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Farmers opposed Veltra Corp's plans to introduce memory chips in Peru."
    assert ("Veltra Corp", "memory chips") in found(nlp, text, "provides")


def test_the_holder_of_a_contract_to_supply(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp won a contract to supply the Navy with surveillance drones."
    assert ("Veltra Corp", "Navy") in found(nlp, text, "supplies")
    assert ("Veltra Corp", "surveillance drones") in found(nlp, text, "provides")


def test_sell_to_a_company_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp sells memory chips to Orbit Mobile Ltd in Korea."
    assert ("Veltra Corp", "Orbit Mobile Ltd") in found(nlp, text, "supplies")
    assert ("Veltra Corp", "memory chips") in found(nlp, text, "provides")


def test_relative_clause_which_makes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp, which makes memory chips, hired 300 engineers."
    assert ("Veltra Corp", "memory chips") in found(nlp, text, "develops")


def test_uses_an_object_list_with_appositions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brenmark Stores Inc said it used security cameras, badges and other devices."
    assert ("Brenmark Stores Inc", "security cameras") in found(nlp, text, "uses")


def test_negated_product_verb_says_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kellgar Inc has not made or sold any jackets since 1990."
    result = run(nlp, text)
    assert not facts(result, "develops") and not facts(result, "provides")


def test_a_name_the_parser_calls_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sony Corp unveiled the PlayStation Portable in Tokyo."
    assert ("Sony Corp", "PlayStation Portable") in found(nlp, text, "provides")


def test_relies_on_uses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brenmark Inc relies on cloud computing services."
    assert ("Brenmark Inc", "cloud computing services") in found(nlp, text, "uses")


def test_supply_a_customer_with_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp supplies the Navy with surveillance drones."
    assert ("Veltra Corp", "surveillance drones") in found(nlp, text, "provides")
    assert ("Veltra Corp", "Navy") in found(nlp, text, "supplies")


def test_provide_advice_to_supplies_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp provided advice to Orbit Mobile Ltd in 2019."
    assert not found(nlp, text, "supplies")


def test_a_government_that_develops_is_no_vendor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department launched a new export licensing system."
    assert not found(nlp, text, "develops") and not found(nlp, text, "provides")


def test_relative_clause_object_is_what_its_subject_makes_and_sells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Avro Inc repaired the drones that Kestrel Corp designed, sold and serviced."
    assert ("Kestrel Corp", "drones") in found(nlp, text, "develops")
    assert ("Kestrel Corp", "drones") in found(nlp, text, "provides")
    assert ("Avro Inc", "drones") not in found(nlp, text, "develops")


def test_relative_clause_without_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Regulators tested the routers Pellucid Systems Inc makes."
    assert ("Pellucid Systems Inc", "routers") in found(nlp, text, "develops")


def test_relative_clause_with_its_own_object_is_not_about_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp lost money in the year that Orbit Inc launched a smartphone."
    assert ("Orbit Inc", "year") not in found(nlp, text, "provides")
    assert not any(o == "money" for _, o in found(nlp, text, "develops"))


def test_supplied_with_money_supplies_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp supplied Orbit Inc with working capital in 2019."
    assert not found(nlp, text, "supplies")


def test_goods_exported_to_a_country_supply_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp exported military drones to Iran in 2015."
    assert ("Kestrel Corp", "Iran") in found(nlp, text, "supplies")
    assert ("Kestrel Corp", "military drones") in found(nlp, text, "provides")


def test_advice_given_to_a_country_supplies_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp provided training to Iran in 2015."
    assert not found(nlp, text, "supplies")


def test_a_company_that_develops_is_the_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp is a Chinese company that designs and sells surveillance drones."
    assert ("Kestrel Corp", "surveillance drones") in found(nlp, text, "develops")
    assert ("Kestrel Corp", "surveillance drones") in found(nlp, text, "provides")


def test_a_company_the_relative_clause_does_not_describe(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Avro Inc hired a contractor that makes drones."
    assert not found(nlp, text, "develops")


def test_companies_such_as_a_list_act_for_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Firms such as Kestrel Corp and Avro Inc develop artificial intelligence."
    made = found(nlp, text, "develops")
    assert {
        ("Kestrel Corp", "artificial intelligence"),
        ("Avro Inc", "artificial intelligence"),
    } <= made


def test_provide_a_customer_with_goods_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp provided the Ruritanian army with surveillance drones."
    assert ("Veltra Corp", "Ruritanian army") in found(nlp, text, "supplies")
    assert not found(nlp, "Veltra Corp provided the Ruritanian army with training.", "supplies")


def test_customers_and_suppliers_include(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp's customers include Orbit Inc in Ohio. "
        "Orbit Inc's suppliers include Kellgar Corp in Texas."
    )
    supplied = found(nlp, text, "supplies")
    assert {("Veltra Corp", "Orbit Inc"), ("Kellgar Corp", "Orbit Inc")} <= supplied
    assert ("Orbit Inc", "Veltra Corp") not in supplied
    text = "Kellgar Corp sued Veltra Corp, and its customers include Orbit Inc in Ohio."
    assert not found(nlp, text, "supplies")


def test_a_customer_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orbit Inc, a customer of Veltra Corp, filed suit in Ohio."
    assert ("Veltra Corp", "Orbit Inc") in found(nlp, text, "supplies")


def test_release_verbs_of_making_selling_and_using(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp fabricates memory chips. Orbit Inc distributes surveillance cameras "
        "to Kellgar Corp in Ohio. Brenmark Inc leverages cloud computing services."
    )
    result = run(nlp, text)
    assert ("Veltra Corp", "memory chips") in facts(result, "develops")
    assert ("Orbit Inc", "Kellgar Corp") in facts(result, "supplies")
    assert ("Brenmark Inc", "cloud computing services") in facts(result, "uses")
    assert not found(nlp, "Veltra Corp delivered a speech in Ohio.", "provides")


def test_bought_from_a_company_it_supplies_the_buyer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp purchased routers and software from Orbit Inc for its plants."
    assert ("Orbit Inc", "Veltra Corp") in found(nlp, text, "supplies")
    assert ("Orbit Inc", "routers") in found(nlp, text, "provides")


def test_a_stake_bought_from_a_company_is_no_supply(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp bought a stake from Orbit Inc in May. "
        "Kellgar Corp did not buy drones from Orbit Inc in May."
    )
    assert not found(nlp, text, "supplies")


def test_a_short_name_of_a_company_acts_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A jury convicted Norvika Wind Power Co. Ltd. of theft. "
        "Norvika stole designs in order to produce its own wind turbines."
    )
    assert ("Norvika Wind Power Co. Ltd.", "wind turbines") in found(nlp, text, "develops")


def test_a_short_name_of_two_equally_named_companies_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norvika Wind Ltd. sued Norvika Solar Ltd. in May. "
        "Norvika stole designs in order to produce its own wind turbines."
    )
    assert not found(nlp, text, "develops")


def test_a_firm_kind_is_no_part_of_the_product(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp, a fabless semiconductor company, hired Orbit Inc.")
    assert not any("fabless" in e.name for e in result.entities)


def test_a_company_made_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp is listed. Orbit Inc banned Veltra-built routers and Chinese-made drones."
    made = found(nlp, text, "develops")
    assert ("Veltra Corp", "routers") in made
    assert not any(o == "drones" for _, o in made)  # a country of origin is no maker


def test_products_include(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp, whose products include thermal imaging cameras, hired Orbit Inc."
    assert ("Veltra Corp", "thermal imaging cameras") in found(nlp, text, "provides")
    text = "Orbit Inc's products include wireless routers and mobile phones."
    assert ("Orbit Inc", "wireless routers") in found(nlp, text, "provides")
    assert not found(nlp, "Orbit Inc's products do not include drones.", "provides")


# ---------------------------------------------------------------- nominalisations


def test_possessive_sales_of_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp's sales of smartphones rose 20% last year."
    assert ("Veltra Corp", "smartphones") in found(nlp, text, "provides")


def test_production_of_a_product_by_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The production of drones by Veltra Corp started in 2010."
    assert ("Veltra Corp", "drones") in found(nlp, text, "develops")


def test_specializes_in_the_production_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp specializes in the production of thermal imaging cameras."
    assert ("Kestrel Corp", "thermal imaging cameras") in found(nlp, text, "develops")
    text = "Kestrel Corp is engaged in the development of surveillance drones."
    assert ("Kestrel Corp", "surveillance drones") in found(nlp, text, "develops")


def test_a_crime_about_a_product_is_no_occupation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp was involved in the theft of drones and in the smuggling of drones."
    assert not found(nlp, text, "develops") and not found(nlp, text, "provides")


def test_a_state_exporting_goods_is_no_vendor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Ruritanian Defence Ministry's exports of drones grew in 2020."
    assert not found(nlp, text, "provides")


def test_an_investment_in_product_making_develops_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp announced a $2 billion investment in memory chip manufacturing."
    assert ("Veltra Corp", "memory chip") in found(nlp, text, "develops")
    text = "Orbit Inc announced plans to expand drone production in Texas."
    assert ("Orbit Inc", "drone") in found(nlp, text, "develops")


def test_making_a_law_boosts_is_no_developer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Ruritanian Chips Act will boost semiconductor production in Ohio."
    assert not found(nlp, text, "develops")
    assert not found(nlp, "Veltra Corp halted its investment in banking.", "develops")


def test_production_by_an_unnamed_company_names_no_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orbit Inc hired Veltra Corp. Orbit Inc funded the production of drones by the company."
    assert not found(nlp, text, "develops")


def test_sales_without_a_seller_say_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not found(nlp, "Sales of cars rose in Ohio.", "provides")


# ---------------------------------------------------------------- provider and company nouns


def test_maker_of_in_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp, the world's biggest maker of memory chips, hired 300 engineers."
    assert ("Veltra Corp", "memory chips") in found(nlp, text, "develops")


def test_one_of_the_makers_of_any_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Termex Corp is one of the largest makers of computer terminals."
    assert ("Termex Corp", "computer terminals") in found(nlp, text, "develops")


def test_a_supplier_to_a_company_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fiora Corp, a key supplier to Telco AG, cut 300 jobs."
    assert ("Fiora Corp", "Telco AG") in found(nlp, text, "supplies")


def test_a_provider_of_funding_provides_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Banco Uno is a provider of funding to Telco AG."
    assert not found(nlp, text, "provides") and not found(nlp, text, "supplies")


def test_supplier_of_a_product_to_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brenmark Inc is a supplier of network equipment to Telco AG."
    assert ("Brenmark Inc", "network equipment") in found(nlp, text, "provides")
    assert ("Brenmark Inc", "Telco AG") in found(nlp, text, "supplies")


def test_product_words_before_a_company_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mobile phone firm Orbit Mobile Ltd cut 200 jobs."
    assert ("Orbit Mobile Ltd", "Mobile phone") in found(nlp, text, "provides")


def test_is_a_product_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Teleca Inc is a long-distance telecoms firm based in Ohio."
    assert ("Teleca Inc", "long-distance telecoms") in found(nlp, text, "provides")


def test_maker_compound_develops(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "German chip maker Veltra AG reported higher sales."
    assert ("Veltra AG", "chip") in found(nlp, text, "develops")


def test_makers_such_as_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prices fell at memory chip makers such as Veltra Corp and Orbit Inc in May."
    made = found(nlp, text, "develops")
    assert {("Veltra Corp", "memory chip"), ("Orbit Inc", "memory chip")} <= made


def test_a_trade_before_a_company_noun_is_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Oil firm Petrana Inc and phone company Telca Inc hired the law firm Bax LLP."
    result = run(nlp, text)
    assert not facts(result, "provides") and not facts(result, "develops")


def test_a_customer_before_supplier_is_supplied(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kellgar Inc, a Brenmark supplier, agreed to pay a fine."
    assert ("Kellgar Inc", "Brenmark") in found(nlp, text, "supplies")


def test_act_as_a_possessive_provider(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp will act as Orbit Mobile Ltd's hosting provider."
    assert ("Veltra Corp", "Orbit Mobile Ltd") in found(nlp, text, "supplies")


# ---------------------------------------------------------------- possessives


def test_possessive_product_is_provided(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Users of Zentra Inc's online music service complained on Monday."
    assert ("Zentra Inc", "online music service") in found(nlp, text, "provides")


def test_possessive_format_is_developed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rivals use the Zentra Inc's ZMA format for songs."
    assert ("Zentra Inc", "ZMA format") in found(nlp, text, "develops")


def test_its_names_the_clause_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp is relying on its Orbit search engine to answer queries."
    assert ("Veltra Corp", "Orbit search engine") in found(nlp, text, "provides")
    assert ("Veltra Corp", "Orbit search engine") in found(nlp, text, "uses")


def test_its_of_another_clause_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sinara Corp took designs from Veltra Corp in order to build its own turbines."
    assert ("Veltra Corp", "turbines") not in found(nlp, text, "provides")
    assert found(nlp, text, "develops") == {("Sinara Corp", "turbines")}


def test_possessive_unit_or_stake_is_no_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Telco AG's mobile unit sold Telco AG's stake in Orbit Inc."
    result = run(nlp, text)
    assert not facts(result, "provides")


# ---------------------------------------------------------------- the phrase, on fixed parses


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_product_phrase_drops_determiner_owner_words_and_evaluation() -> None:
    # "the biggest new memory chips": only "memory chips" names the product
    doc = _doc(
        ["the", "biggest", "new", "memory", "chips"],
        [4, 4, 4, 4, 4],
        ["det", "amod", "amod", "compound", "ROOT"],
        ["DET", "ADJ", "ADJ", "NOUN", "NOUN"],
    )
    assert product_bounds(doc[4]) == (3, 5)


def test_generic_head_needs_a_noun_before_it() -> None:
    # "relevant equipment" names no product; "network equipment" does
    relevant = _doc(["relevant", "equipment"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"])
    network = _doc(["network", "equipment"], [1, 1], ["compound", "ROOT"], ["NOUN", "NOUN"])
    assert product_bounds(relevant[1]) is None
    assert product_bounds(network[1]) == (0, 2)


def test_a_noun_outside_the_lexicon_is_no_product() -> None:
    doc = _doc(["a", "profit"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])
    assert product_bounds(doc[1]) is None


def test_a_line_break_inside_the_phrase_is_no_gap() -> None:
    # "soft\ndrinks" as a wire story breaks its lines
    doc = _doc(
        ["its", "soft", "\n", "drinks"],
        [3, 3, 1, 3],
        ["poss", "amod", "dep", "ROOT"],
        ["PRON", "ADJ", "SPACE", "NOUN"],
    )
    assert product_bounds(doc[3]) == (1, 4)


def test_relative_clause_of_a_misplaced_apposition_names_the_company_before_it() -> None:
    # "Li worked at Norvex Corp, a company that makes coatings." with the apposition
    # hung on "Li", as the parser does after "employed as … at X, a company …"
    rows: list[ParseRow] = [  # word, head, dep, pos, tag, lemma, entity
        ("Li", 1, "nsubj", "PROPN", "NNP", "Li", "B-PERSON"),
        ("worked", 1, "ROOT", "VERB", "VBD", "work", "O"),
        ("at", 1, "prep", "ADP", "IN", "at", "O"),
        ("Norvex", 4, "compound", "PROPN", "NNP", "Norvex", "B-ORG"),
        ("Corp", 2, "pobj", "PROPN", "NNP", "Corp", "I-ORG"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("a", 7, "det", "DET", "DT", "a", "O"),
        ("company", 0, "appos", "NOUN", "NN", "company", "O"),
        ("that", 9, "nsubj", "PRON", "WDT", "that", "O"),
        ("makes", 7, "relcl", "VERB", "VBZ", "make", "O"),
        ("coatings", 9, "dobj", "NOUN", "NNS", "coating", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    made = facts_on_parse(rows, "develops")
    assert made == {("Norvex Corp", "coatings")}


def test_relative_object_on_a_fixed_parse() -> None:
    # "the drones (that) Orbit sold": the noun the clause hangs on is sold
    doc = _doc(
        ["the", "drones", "that", "Orbit", "sold"],
        [1, 1, 4, 4, 1],
        ["det", "ROOT", "dobj", "nsubj", "relcl"],
        ["DET", "NOUN", "PRON", "PROPN", "VERB"],
    )
    assert [t.i for t in relative_object(doc[4])] == [1]
    # "the firm that sold drones": the pronoun is the subject, the noun is no object
    doc = _doc(
        ["the", "firm", "that", "sold", "drones"],
        [1, 1, 3, 1, 3],
        ["det", "ROOT", "nsubj", "relcl", "dobj"],
        ["DET", "NOUN", "PRON", "VERB", "NOUN"],
    )
    assert relative_object(doc[3]) == []


# ---------------------------------------------------------------- state buyers, users, research


def test_a_state_body_that_buys_a_technology_uses_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The U.S. Army procured 400 quadcopter drones and thermal imaging cameras in 2023."
    assert facts(run(nlp, text), "uses") == {
        ("U.S. Army", "quadcopter drones"),
        ("U.S. Army", "thermal imaging cameras"),
    }
    # a firm that buys may sell the goods on: no use is said
    assert not facts(run(nlp, "Orlan Corp. purchased 400 drones in 2023."), "uses")
    # a purchase denied says nothing
    denied = "The Navy did not acquire any drones in 2023."
    assert not facts(run(nlp, denied), "uses")


def test_goods_bought_by_a_state_body_on_a_fixed_parse() -> None:
    # "The radars were purchased by the Navy." with the Navy labelled an organisation
    rows: list[ParseRow] = [  # word, head, dep, pos, tag, lemma, entity
        ("The", 1, "det", "DET", "DT", "the", "O"),
        ("radars", 3, "nsubjpass", "NOUN", "NNS", "radar", "O"),
        ("were", 3, "auxpass", "AUX", "VBD", "be", "O"),
        ("purchased", 3, "ROOT", "VERB", "VBN", "purchase", "O"),
        ("by", 3, "agent", "ADP", "IN", "by", "O"),
        ("the", 6, "det", "DET", "DT", "the", "O"),
        ("Navy", 4, "pobj", "PROPN", "NNP", "Navy", "B-ORG"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert facts_on_parse(rows, "uses") == {("Navy", "radars")}


def test_a_user_of_a_technology_uses_it_an_end_user_is_only_declared(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp., a major user of cloud computing services, reported higher costs."
    assert facts(run(nlp, text), "uses") == {("Orlan Corp.", "cloud computing services")}
    declared = "Orlan Corp. certified that it was the end user of the gyroscopes."
    assert not facts(run(nlp, declared), "uses")
    assert not facts(run(nlp, "Orlan Corp., a major user of funds, grew."), "uses")


def test_a_firm_that_researches_a_technology_develops_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp. researches quantum computing at its lab in Oslo."
    assert facts(run(nlp, text), "develops") == {("Orlan Corp.", "quantum computing")}


def test_who_holds_the_lead_in_a_technology_develops_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The grants will strengthen Veltra Inc.'s leadership in solid-state batteries."
    assert facts(run(nlp, text), "develops") == {("Veltra Inc.", "solid-state batteries")}
    oprd = (
        "The plan aims to keep Japan the leader in emerging fields, including quantum "
        "computing and biotechnology."
    )
    assert {("Japan", "quantum computing"), ("Japan", "biotechnology")} <= facts(
        run(nlp, oprd), "develops"
    )
    work = "The funds will restore Japan's leadership in the design and manufacture of drones."
    assert ("Japan", "drones") in facts(run(nlp, work), "develops")


def test_the_leadership_of_a_firm_or_a_party_leader_develops_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not facts(run(nlp, "The leadership of Veltra Inc. met with regulators."), "develops")
    assert not facts(run(nlp, "Party leader Ivan Petrov praised the drone program."), "develops")


def test_a_lead_held_sought_or_named_by_nationality_develops_the_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    def develops(text: str) -> set[tuple[str, str]]:
        return facts(run(nlp, text), "develops")

    assert ("Japan", "quantum computing") in develops(
        "The plan lets Japan act quickly to retain global leadership in quantum computing."
    )
    assert ("Japan", "robotics") in develops("Japan has long been at the forefront of robotics.")
    assert ("Japan", "artificial intelligence") in develops(
        "The grants support Japanese leadership in artificial intelligence."
    )
    assert ("Veltra Inc.", "lidar sensors") in develops(
        "Veltra Inc. is the leading innovator of lidar sensors."
    )
    # what the typing names no technology is no field of a lead
    assert not develops("Japan has long been at the forefront of fashion and spirit.")


def test_a_firm_operating_a_service_provides_it_a_navy_operating_drones_uses_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The law covers mobile applications operated by Veltra Inc. or Kestrel Corp."
    result = run(nlp, text)
    assert facts(result, "provides") == {
        ("Veltra Inc.", "mobile applications"),
        ("Kestrel Corp.", "mobile applications"),
    }
    assert not facts(result, "uses")
    assert facts(run(nlp, "The Navy operates unmanned surface drones."), "uses") == {
        ("Navy", "unmanned surface drones")
    }
