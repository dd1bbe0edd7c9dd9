"""Firms named by their trade and lists of firms, for the technology frame: "X, a
facial recognition company", "suppliers of Y such as A and B", "X is a chipmaker that
produces Y", and a product released. Sentences written for these tests, through the
real pipeline, and one hand-built parse."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run
from tests.test_frame_technology import ParseRow, facts_on_parse

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sensa Group, a facial recognition company, was fined.",
            {("Sensa Group", "facial recognition")},
        ),
        (
            "Orbis Inc is a Chinese artificial intelligence company.",
            {("Orbis Inc", "artificial intelligence")},
        ),
        # goods say nothing of who made them; other words name no trade
        ("German car firm Veltra Corp posted a loss.", set()),
        ("Kappa Ltd, a market research firm, grew.", set()),
    ],
)
def test_a_firm_named_by_a_technology_develops_it(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "develops") == expected


def test_suppliers_of_goods_such_as_named_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suppliers of semiconductor manufacturing equipment such as Brixen Corp and "
        "Tallis Ltd face new rules."
    )
    assert facts(run(nlp, text), "provides") == {
        ("Brixen Corp", "semiconductor manufacturing equipment"),
        ("Tallis Ltd", "semiconductor manufacturing equipment"),
    }


def test_suppliers_of_goods_such_as_other_goods_name_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Suppliers of electronic components such as capacitors were questioned."
    assert facts(run(nlp, text), "provides") == set()


def test_a_firm_noun_with_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Zentra Semiconductor is a chipmaker that produces memory chips."
    assert facts(run(nlp, text), "develops") == {("Zentra Semiconductor", "memory chips")}


def test_a_released_product_is_made_and_offered(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orbis Inc released a new large language model in May.")
    assert facts(result, "develops") == {("Orbis Inc", "large language model")}
    assert facts(result, "provides") == {("Orbis Inc", "large language model")}
    assert facts(run(nlp, "Orbis Inc released its quarterly results."), "develops") == set()


def test_a_technology_firm_on_a_fixed_parse() -> None:
    # "Sensa Group, a facial recognition company, grew." as the parser reads it
    rows: list[ParseRow] = [  # word, head, dep, pos, tag, lemma, entity
        ("Sensa", 1, "compound", "PROPN", "NNP", "Sensa", "B-ORG"),
        ("Group", 8, "nsubj", "PROPN", "NNP", "Group", "I-ORG"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("a", 6, "det", "DET", "DT", "a", "O"),
        ("facial", 5, "amod", "ADJ", "JJ", "facial", "O"),
        ("recognition", 6, "compound", "NOUN", "NN", "recognition", "O"),
        ("company", 1, "appos", "NOUN", "NN", "company", "O"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("grew", 8, "ROOT", "VERB", "VBD", "grow", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ]
    made = facts_on_parse(rows, "develops")
    assert made == {("Sensa Group", "facial recognition")}


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Veltra Inc. manufactures microwave integrated circuits.",
            "develops",
            {("Veltra Inc.", "integrated circuits")},
        ),
        (
            "Veltra LLC designs, manufactures and sells memory chips.",
            "provides",
            {("Veltra LLC", "memory chips")},
        ),
        (
            "Veltra LLC designs, manufactures and sells memory chips.",
            "develops",
            {("Veltra LLC", "memory chips")},
        ),
        # the plural nouns they also are
        ("Veltra Inc. designs are popular in Europe.", "develops", set()),
    ],
)
def test_verbs_after_a_firms_name_the_parser_reads_as_nouns(
    nlp, text: str, prop: str, expected: set
) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


def test_a_misread_verb_is_no_part_of_the_products_name(nlp) -> None:  # type: ignore[no-untyped-def]
    names = {e.name for e in run(nlp, "Veltra Inc. manufactures memory chips.").entities}
    assert "memory chips" in names and not any("manufactures" in n for n in names)


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Orbis Inc. is a global leader in the design of lidar sensors.",
            "develops",
            {("Orbis Inc.", "lidar sensors")},
        ),
        (
            "Kestrel Corp, a pioneer in the development of memory chips, grew.",
            "develops",
            {("Kestrel Corp", "memory chips")},
        ),
        (
            "Veltra Inc. is engaged in the business of selling aircraft parts.",
            "provides",
            {("Veltra Inc.", "aircraft parts")},
        ),
        (
            "Veltra Inc. was a supplier of components to the U.S. Army.",
            "supplies",
            {("Veltra Inc.", "U.S. Army")},
        ),
        # funding is no goods
        ("Veltra Inc. was a provider of funding to the Kestrel Corp.", "supplies", set()),
    ],
)
def test_a_firms_line_of_work(nlp, text: str, prop: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Systems builds satellites for NASA.", {("Kestrel Systems", "NASA")}),
        (
            "Veltra Corp produced drones for the Russian military.",
            {("Veltra Corp", "Russian military")},
        ),
        # a price, or a use, names no client
        ("Veltra Corp sells drones for $2,000.", set()),
    ],
)
def test_goods_made_for_a_named_client_supply_it(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "supplies") == expected


def test_whose_goods_are_the_firms_the_clause_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp, whose routers power many networks, grew.")
    assert ("Veltra Corp", "routers") in facts(result, "provides")


def test_a_misread_verb_before_a_technology_head_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the mention typing's own walk over a head's modifiers (mentions.py)
    names = {e.name for e in run(nlp, "TSMC manufactures chips for Apple and Nvidia.").entities}
    assert not any("manufactures" in n for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veltra Corp, Orbis Inc and Kestrel Ltd make memory chips.",
            {
                ("Veltra Corp", "memory chips"),
                ("Orbis Inc", "memory chips"),
                ("Kestrel Ltd", "memory chips"),
            },
        ),
        (
            "Veltra Corp and Orbis Inc, two Chinese drone makers, were fined.",
            {("Veltra Corp", "drone"), ("Orbis Inc", "drone")},
        ),
        # an apposition that describes one firm is no list
        ("Veltra Corp, an Orbis Inc unit, makes memory chips.", {("Veltra Corp", "memory chips")}),
        ("Veltra Corp and Orbis Inc, a drone maker, were fined.", {("Orbis Inc", "drone")}),
    ],
)
def test_lists_of_firms_parsed_as_appositions(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "develops") == expected


def test_relying_on_a_firm_for_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Army relies on Veltra Corp for surveillance cameras.")
    assert facts(result, "uses") == {("Army", "surveillance cameras")}
    assert facts(result, "supplies") == {("Veltra Corp", "Army")}
    assert facts(result, "provides") == {("Veltra Corp", "surveillance cameras")}
    result = run(nlp, "Orbis Inc relies on Veltra Corp for funding.")
    assert facts(result, "supplies") == set()


def test_whose_customers_and_suppliers_include(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp, whose customers include Orbis Inc, makes memory chips.")
    assert facts(result, "supplies") == {("Veltra Corp", "Orbis Inc")}
    result = run(nlp, "Veltra Corp, whose suppliers include Orbis Inc, makes memory chips.")
    assert facts(result, "supplies") == {("Orbis Inc", "Veltra Corp")}


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "The deal enables Orbis Inc to sell drones to farmers.",
            "provides",
            {("Orbis Inc", "drones")},
        ),
        (
            "The subsidies will allow Veltra Corp to build advanced chips.",
            "develops",
            {("Veltra Corp", "advanced chips")},
        ),
        # the enabler is no maker
        ("Orbis Inc helped the students build robots.", "develops", set()),
    ],
)
def test_a_firm_enabled_to_make_or_sell(nlp, text: str, prop: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


def test_its_own_goods_made_are_not_also_offered(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp plans to develop its own memory chips.")
    assert facts(result, "develops") == {("Veltra Corp", "memory chips")}
    assert facts(result, "provides") == set()


def test_a_maker_of_a_generic_kind_names_no_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, "Finnish equipment maker Kaito Oy grew."), "develops") == set()
    assert facts(run(nlp, "Finnish drone maker Kaito Oy grew."), "develops") == {
        ("Kaito Oy", "drone")
    }


def test_the_company_behind_a_product_made_it(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orbis Inc, the company behind the Helix chatbot, raised money.")
    assert facts(result, "develops") == {("Orbis Inc", "chatbot")}
    result = run(nlp, "Orbis Inc, the company behind the merger, raised money.")
    assert facts(result, "develops") == set()


def test_a_flagship_is_no_part_of_a_products_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Veltra Corp's flagship smartphone sold well.")
    assert facts(result, "provides") == {("Veltra Corp", "smartphone")}


@pytest.mark.model
def test_a_product_read_off_its_pronoun_is_stated_under_the_lowest_band(nlp) -> None:  # type: ignore[no-untyped-def]
    # "its booking platform": more often something the firm runs than a product it
    # offers; the firm's own name before the noun keeps the lowest band
    def provided(text: str) -> dict[str, float]:
        result = run(nlp, text)
        names = {e.key: e.name for e in result.entities}
        return {
            names[f.object]: f.evidence.confidence
            for f in result.facts
            if f.predicate == "provides"
        }

    by_pronoun = provided("Halvex Corp expanded its booking platform to Spain.")
    by_name = provided("Halvex Corp's booking platform reopened after the outage.")
    assert 0 < by_pronoun["booking platform"] < 0.5
    assert 0.5 <= by_name["booking platform"] < 0.7
