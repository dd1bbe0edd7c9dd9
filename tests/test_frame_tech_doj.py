"""The technology frame on the wording of Justice Department releases (techrel19), on
sentences written for these tests: goods named before a passive relative clause
("the gyroscopes, which were made by X"), two passive verbs sharing one agent ("were
designed and sold by X"), a firm that steals a technology ("X stole Y from Z": X uses Y,
Z develops it), a firm contracted with or bought from for goods and services ("X
contracted with Z for $5m in products": Z supplies X), and goods of the seller's own
make ("sells its proprietary software": develops), goods a second verb takes by a
pronoun ("bought the drones and sold them to Z"), and the pleas and convictions of export
cases ("X pleaded guilty to exporting Y", "convicted X of exporting Y", "X caused the
export of Y")."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract.frames.product_phrase import own_make
from kg.extract.frames.technology import _joined_agents, _passive_subject
from tests.test_extract_rules import facts, run


def found(nlp, text: str, predicate: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), predicate)


# ---------------------------------------------------------------- passive relative clauses


@pytest.mark.model
def test_which_were_made_by_names_the_maker_of_the_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brandt shipped the gyroscopes, which were manufactured by Halvorsen Instruments "
        "Inc., to a buyer in Hong Kong."
    )
    assert ("Halvorsen Instruments Inc.", "gyroscopes") in found(nlp, text, "develops")


@pytest.mark.model
def test_that_is_built_by_and_a_singular_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The hackers took drawings of the fighter jet that is built by Orlan Aero Corp."
    assert ("Orlan Aero Corp.", "fighter jet") in found(nlp, text, "develops")


@pytest.mark.model
def test_two_passive_verbs_share_the_agent_of_the_second(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The routers were designed and sold by Kestrel Networks Corp."
    assert found(nlp, text, "develops") == {("Kestrel Networks Corp.", "routers")}
    assert found(nlp, text, "provides") == {("Kestrel Networks Corp.", "routers")}
    relative = (
        "Customers bought the routers, which were designed and sold by Kestrel Networks Corp."
    )
    assert ("Kestrel Networks Corp.", "routers") in found(nlp, relative, "develops")


@pytest.mark.model
def test_the_relative_pronoun_itself_is_never_the_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp., which was founded by Ivan Petrov in 2001, makes radars."
    assert found(nlp, text, "develops") == {("Orlan Corp.", "radars")}


def test_passive_subject_and_joined_agent_on_a_fixed_parse() -> None:
    # "the radars, which were designed and built by Orlan"
    words = ["the", "radars", ",", "which", "were", "designed", "and", "built", "by", "Orlan"]
    heads = [1, 1, 1, 5, 5, 1, 5, 5, 7, 8]
    deps = ["det", "ROOT", "punct", "nsubjpass", "auxpass", "relcl", "cc", "conj", "agent", "pobj"]
    tags = ["DT", "NNS", ",", "WDT", "VBD", "VBN", "CC", "VBN", "IN", "NNP"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _passive_subject(doc[5]) == doc[1]
    assert [t.text for t in _joined_agents(doc[5])] == ["Orlan"]
    assert _joined_agents(doc[7]) == []


# ---------------------------------------------------------------- stolen technology


@pytest.mark.model
def test_a_firm_that_steals_a_technology_uses_it_and_its_source_develops_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sinara Corp stole proprietary wind turbine technology from Veltra Inc. in order "
        "to build its own turbines."
    )
    assert ("Sinara Corp", "wind turbine technology") in found(nlp, text, "uses")
    assert ("Veltra Inc.", "wind turbine technology") in found(nlp, text, "develops")


@pytest.mark.model
def test_passive_theft_names_the_thief_by_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The navigation software was stolen from Veltra Inc. by Sinara Corp."
    assert found(nlp, text, "uses") == {("Sinara Corp.", "navigation software")}
    assert found(nlp, text, "develops") == {("Veltra Inc.", "navigation software")}


@pytest.mark.model
def test_a_person_who_steals_or_a_denied_theft_uses_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    person = "Wei Zhang stole navigation software from Orlan Corp."
    assert not found(nlp, person, "uses")
    denied = "Sinara Corp did not steal any software from Veltra Inc."
    assert not found(nlp, denied, "uses") and not found(nlp, denied, "develops")
    data = "The hackers stole data from Orlan Corp."
    assert not found(nlp, data, "develops")


# ---------------------------------------------------------------- contracts for goods


@pytest.mark.model
def test_contracted_with_a_firm_for_goods_says_it_supplies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2011, Sinara Corp had contracted with Veltra Inc. for more than $50 million "
        "in products and services."
    )
    assert found(nlp, text, "supplies") == {("Veltra Inc.", "Sinara Corp")}


@pytest.mark.model
def test_contracted_for_work_or_money_alone_says_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    work = "The Navy contracted with Orlan Corp. for the maintenance of its ships."
    assert not found(nlp, work, "supplies")
    money = "Sinara Corp contracted with Veltra Inc. for a loan of $5 million."
    assert not found(nlp, money, "supplies")


@pytest.mark.model
def test_purchased_goods_from_a_firm_with_the_amount_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sinara Corp agreed to purchase $70 million in products and services from Veltra Inc."
    assert found(nlp, text, "supplies") == {("Veltra Inc.", "Sinara Corp")}
    stake = "Sinara Corp bought a stake from Veltra Inc."
    assert not found(nlp, stake, "supplies")


# ---------------------------------------------------------------- the seller's own make


@pytest.mark.model
def test_goods_of_the_sellers_own_make_are_developed_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    proprietary = "Veltra Inc. sells its proprietary software to banks."
    assert found(nlp, proprietary, "develops") == {("Veltra Inc.", "proprietary software")}
    self_made = "Kestrel Corp. exported its self-designed chips to Iran."
    assert {s for s, _ in found(nlp, self_made, "develops")} == {"Kestrel Corp."}


@pytest.mark.model
def test_goods_of_no_stated_make_are_only_sold(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Inc. sells navigation software to banks."
    assert found(nlp, text, "provides") == {("Veltra Inc.", "navigation software")}
    assert not found(nlp, text, "develops")


def test_own_make_on_a_fixed_parse() -> None:
    # "self-developed equipment" and "proprietary software" are their seller's own
    words = ["self", "-", "developed", "equipment", "proprietary", "software", "relevant", "gear"]
    heads = [2, 2, 3, 3, 5, 5, 7, 7]
    deps = ["npadvmod", "punct", "amod", "ROOT", "amod", "ROOT", "amod", "ROOT"]
    lemmas = ["self", "-", "develop", "equipment", "proprietary", "software", "relevant", "gear"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert own_make(doc[3]) and own_make(doc[5])
    assert not own_make(doc[7])


# ---------------------------------------------------------------- goods taken up by a pronoun


@pytest.mark.model
def test_a_second_verb_sells_what_the_first_bought(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp. bought the drones and sold them to the Iranian Ministry of Defense."
    assert found(nlp, text, "provides") == {("Orlan Corp.", "drones")}
    assert found(nlp, text, "supplies") == {("Orlan Corp.", "Iranian Ministry of Defense")}


@pytest.mark.model
def test_a_pronoun_for_no_goods_sells_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp. received the order and shipped it to Iran."
    assert not found(nlp, text, "provides")


# ---------------------------------------------------------------- pleas and convictions


@pytest.mark.model
def test_a_firm_that_pleads_guilty_to_exporting_goods_provides_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chitron Electronics Inc. pleaded guilty to exporting gyroscopes to Iran."
    assert found(nlp, text, "provides") == {("Chitron Electronics Inc.", "gyroscopes")}
    person = "Wei Wu pleaded guilty to exporting gyroscopes to Iran."
    assert not found(nlp, person, "provides")


@pytest.mark.model
def test_a_firm_convicted_of_exporting_goods_provides_them_not_the_jury(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A federal jury convicted Chitron Electronics Inc. of exporting gyroscopes to Iran."
    assert found(nlp, text, "provides") == {("Chitron Electronics Inc.", "gyroscopes")}


@pytest.mark.model
def test_a_firm_that_caused_the_export_of_goods_provides_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chitron Electronics Inc. caused the export of gyroscopes to Iran."
    assert found(nlp, text, "provides") == {("Chitron Electronics Inc.", "gyroscopes")}
