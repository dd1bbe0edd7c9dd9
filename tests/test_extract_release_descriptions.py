"""Names, roles and technologies in the descriptions of releases (relc24n), on
sentences written for these tests: legal forms of the Emirates' free zones, Russian
joint-stock companies and Baltic firms; "its chairman" after a sentence about a firm;
what a described firm designs, makes, operates or supplies."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.test_extract_rules import facts, run, typed

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- legal forms


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Saltmarsh Components FZCO, a Sharjah-based trading firm, shipped the parts to Iran.",
         "Saltmarsh Components FZCO"),
        ("Ostrava Trade FZE, a Fujairah-based broker, re-exported the chips.", "Ostrava Trade FZE"),
        ("Bosphorus Motion Dynamics A.S., an Ankara-based distributor, sold servo motors.",
         "Bosphorus Motion Dynamics A.S."),
        ("The parts went through Daugava Tools SIA, a Riga-based trading company.",
         "Daugava Tools SIA"),
    ],
)  # fmt: skip
def test_a_foreign_legal_form_ends_the_firms_name(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, text)
    assert found.get(firm) == "Company"
    # the legal form alone is no firm: the place is the whole firm's seat
    assert not any(name in found for name in ("FZCO", "FZE", "A.S.", "SIA"))
    assert {s for s, _ in facts(run(nlp, text), "basedIn")} <= {firm}


def test_a_russian_legal_form_opens_a_hyphenated_firm_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "- NPO Baltika-Servo, a Belarusian manufacturer of guidance systems for drones. "
        "The company's general director, Ivan Sorokin, was named today."
    )
    found = typed(nlp, text)
    assert found.get("NPO Baltika-Servo") == "Company"
    assert "Servo" not in found
    assert ("Ivan Sorokin", "NPO Baltika-Servo") in facts(run(nlp, text), "worksFor")


@pytest.mark.parametrize("name", ["Volga Rotor Design Bureau", "Kama Engine Design Bureau"])
def test_a_design_bureau_is_a_firm_not_a_government_office(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"The Department of State is designating the {name}, a Kazan-based developer "
        "of attack helicopters, together with its chief designer, Pyotr Zorin."
    )
    found = typed(nlp, text)
    assert found.get(name) == "Company"
    result = run(nlp, text)
    assert ("Pyotr Zorin", name) in facts(result, "worksFor")
    assert (name, "attack helicopters") in facts(result, "develops")


# ---------------------------------------------------------------- "its" opening a sentence


@pytest.mark.parametrize(
    "second",
    [
        "In 2024, Marmara Avionics sold 300 modules to Kavir Trading.",
        "Marmara Avionics has shipped modules to Kavir Trading since 2022.",
    ],
)
def test_its_opening_a_sentence_is_the_last_sentences_subject(nlp, second: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marmara Avionics Systems A.S. (Marmara Avionics), an Ankara-based distributor, "
        f"sells navigation modules to airlines. {second} Its chairman, Emre Yilmaz, "
        "arranged the shipments."
    )
    assert facts(run(nlp, text), "worksFor") == {("Emre Yilmaz", "Marmara Avionics Systems A.S.")}


def test_its_inside_a_sentence_still_takes_the_nearest_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lindqvist Radar AB sold radar units to Orvane Systems. Lindqvist later "
        "bought Tessel Corp. and its chief executive, Maja Berg, joined the board."
    )
    assert facts(run(nlp, text), "worksFor") == {("Maja Berg", "Tessel Corp.")}


# ---------------------------------------------------------------- technology phrases


@pytest.mark.parametrize(
    ("text", "firm", "technology"),
    [
        ("Yangtze Optics Co., Ltd. develops deep ultraviolet (DUV) lithography systems.",
         "Yangtze Optics Co., Ltd.", "deep ultraviolet (DUV) lithography systems"),
        ("Tessel Networks supplies 5G radio access network equipment to carriers.",
         "Tessel Networks", "5G radio access network equipment"),
    ],
)  # fmt: skip
def test_a_technology_phrase_keeps_its_whole_term(
    nlp, text: str, firm: str, technology: str
) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert {(firm, technology)} <= facts(result, "develops") | facts(result, "provides")


def test_a_rating_or_a_nationality_stays_out_of_a_technology_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp. sells leading chip equipment and Chinese military drones."
    assert facts(run(nlp, text), "provides") == {
        ("Veltra Corp.", "chip equipment"),
        ("Veltra Corp.", "military drones"),
    }


def test_an_adjective_of_a_compound_noun_belongs_to_the_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    """On a hand-built parse: "inertial" modifies "guidance", a noun of the phrase, so
    "inertial guidance systems" is the term; a rating on the head would stay out."""
    from kg.extract.mentions import find_mentions

    words = ["They", "sold", "inertial", "guidance", "systems", "."]
    doc = Doc(
        nlp.vocab, words=words, pos=["PRON", "VERB", "ADJ", "NOUN", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "JJ", "NN", "NNS", "."],
        lemmas=["they", "sell", "inertial", "guidance", "system", "."],
        heads=[1, 1, 3, 4, 1, 1], deps=["nsubj", "ROOT", "amod", "compound", "dobj", "punct"],
    )  # fmt: skip
    names = {m.name: m.cls for m in find_mentions(doc)}
    assert names.get("inertial guidance systems") == "Technology"


# ---------------------------------------------------------------- what a described firm does


@pytest.mark.parametrize(
    ("text", "firm", "technology"),
    [
        ("Guangzhou Hengyu Data Co., Ltd., an operator of exascale supercomputers, was "
         "listed.", "Guangzhou Hengyu Data Co., Ltd.", "exascale supercomputers"),
        ("- Wuxi Tianyun Computing Co., Ltd., a Wuxi-based operator of a high-performance "
         "computing cluster that trains models for the army;",
         "Wuxi Tianyun Computing Co., Ltd.", "high-performance computing cluster"),
    ],
)  # fmt: skip
def test_the_operator_of_a_machine_uses_it(nlp, text: str, firm: str, technology: str) -> None:  # type: ignore[no-untyped-def]
    assert (firm, technology) in facts(run(nlp, text), "uses")


def test_an_operator_named_by_its_trade_still_provides_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tessel Corp., an online game operator, signed a deal."
    result = run(nlp, text)
    assert ("Tessel Corp.", "online game") in facts(result, "provides")
    assert not facts(result, "uses")


def test_a_firm_that_supplies_parts_to_another_provides_them_and_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(ii) Baiyun Cryogenics Co., Ltd., which supplies dilution refrigerators to "
        "Hefei Zhenxin Quantum Co., Ltd.; and"
    )
    result = run(nlp, text)
    assert ("Baiyun Cryogenics Co., Ltd.", "dilution refrigerators") in facts(result, "provides")
    assert ("Baiyun Cryogenics Co., Ltd.", "Hefei Zhenxin Quantum Co., Ltd.") in facts(
        result, "supplies"
    )


# ---------------------------------------------------------------- roles in descriptions


def test_a_firms_short_name_taken_for_a_place_still_employs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Those covered include Arvid Kallstrom, the founder and chief executive of "
        "Veltrix Intelligence AB, a Stockholm-based vendor of phone hacking software, "
        "and Dmitri Sarkisov, Veltrix's head of sales for Eastern Europe and Central Asia."
    )
    assert facts(run(nlp, text), "worksFor") == {
        ("Arvid Kallstrom", "Veltrix Intelligence AB"),
        ("Dmitri Sarkisov", "Veltrix Intelligence AB"),
    }


def test_a_city_before_a_title_employs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not facts(run(nlp, "Moscow's head of police, Ivan Petrov, spoke."), "worksFor")


@pytest.mark.parametrize(
    "text",
    [
        "The items went to Tessel Corp., where Maria Lund worked as chief engineer.",
        "The men shipped the items through Tessel Corp., a trading company in Riga, "
        "Latvia, where Maria Lund served as managing director.",
    ],
)
def test_where_someone_serves_as_a_title_is_the_firm_that_employs_them(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Maria Lund", "Tessel Corp.") in facts(run(nlp, text), "worksFor")


def test_a_place_where_someone_serves_employs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not facts(
        run(nlp, "Anna Berg moved to Riga, where Maria Lund served as mayor."), "worksFor"
    )


@pytest.mark.parametrize(
    ("text", "person", "department"),
    [
        ('"We will act," said Under Secretary of the Treasury for Terrorism and '
         "Financial Intelligence Bradley Whitfield.", "Bradley Whitfield", "Treasury Department"),
        ('"We will act," said Under Secretary of Commerce for Industry and Security '
         "Victor Alcorta.", "Victor Alcorta", "Commerce Department"),
    ],
)  # fmt: skip
def test_the_person_named_after_a_posts_field_holds_the_post(
    nlp, text: str, person: str, department: str
) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert typed(nlp, text).get(person) == "Person"
    assert (person, department) in facts(result, "worksFor")


def test_a_posts_field_alone_names_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will act," said the Under Secretary of the Treasury for Terrorism and '
        "Financial Intelligence."
    )
    assert "Person" not in typed(nlp, text).values()


# ---------------------------------------------------------------- names the model left unlabelled


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("- Marlin Bay Computing Pte. Ltd., a Singapore-incorporated reseller, sold chips.",
         "Marlin Bay Computing Pte. Ltd."),
        ("- Suzhou Ruida Electronic Design Automation Co., a Shanghai-based developer of "
         "chip design software.", "Suzhou Ruida Electronic Design Automation Co."),
        ("- Tasman Cross Rare Earths Ltd., headquartered in Perth, will supply oxides to "
         "Veridian Magnetics.", "Tasman Cross Rare Earths Ltd."),
    ],
)  # fmt: skip
def test_capitalised_words_before_a_legal_form_are_a_firms_name(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(firm) == "Company"
    assert {s for s, _ in facts(run(nlp, text), "basedIn")} <= {firm}


def test_a_word_opening_the_sentence_is_no_part_of_the_firms_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Today Kestrel Ltd. said it would appeal.")
    assert found.get("Kestrel Ltd.") == "Company"
    assert "Today Kestrel Ltd." not in found


def test_a_bullet_lists_joiner_is_no_part_of_the_last_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The additions include three makers of engines:\n"
        "- Ningbo Haoyu Power Technology Co., Ltd.;\n"
        "- Wenzhou Feilong Motor Co., Ltd.; and\n"
        "- Xiamen Lanting Aero Parts Co., Ltd., which also supplies propellers to "
        "NPO Sever-Avtomatika.\n"
    )
    found = typed(nlp, text)
    for firm in (
        "Ningbo Haoyu Power Technology Co., Ltd.",
        "Wenzhou Feilong Motor Co., Ltd.",
        "Xiamen Lanting Aero Parts Co., Ltd.",
    ):
        assert found.get(firm) == "Company"
    assert not any(name.endswith("and") for name in found)
    assert ("Xiamen Lanting Aero Parts Co., Ltd.", "NPO Sever-Avtomatika") in facts(
        run(nlp, text), "supplies"
    )


# ---------------------------------------------------------------- subsidiaries described


def test_the_companys_subsidiary_in_a_city_is_the_firms_part_based_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvane Photonics Inc. agreed to pay a penalty. Corvane Photonics GmbH, the "
        "company's subsidiary in Munich, sold lasers to Tabriz Automation Co."
    )
    result = run(nlp, text)
    assert typed(nlp, text).get("Munich") == "Location"
    assert facts(result, "partOf") == {("Corvane Photonics GmbH", "Corvane Photonics Inc.")}
    assert ("Corvane Photonics GmbH", "Munich") in facts(result, "basedIn")


@pytest.mark.parametrize(
    "text",
    [
        "Ravel Group has bought a 15% stake in Lumio, the streaming service, for $300m.",
        "Ravel Group said its stake in Lumio, a streaming service, was worth $300m.",
    ],
)
def test_a_stake_in_a_name_the_model_took_for_a_place_is_in_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Only a subsidiary or unit "in" a place is seated there; a stake is in a firm."""
    assert typed(nlp, text).get("Lumio") == "Company"
    assert ("Ravel Group", "Lumio") in facts(run(nlp, text), "investsIn")


def test_its_subsidiary_after_a_name_is_the_earlier_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commission added Zhongwei Radio Co., Ltd., a maker of radio equipment, and "
        "ZWR Networks America Inc., its U.S. subsidiary, to the list."
    )
    assert ("ZWR Networks America Inc.", "Zhongwei Radio Co., Ltd.") in facts(
        run(nlp, text), "partOf"
    )


def test_its_unit_before_a_name_makes_no_part_of_the_name_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Holdings sued four firms. The firms named are gas giant Vostgaz, its "
        "unit Vostneft, and state oil firm Rosvest."
    )
    assert ("Vostgaz", "Kestrel Holdings") not in facts(run(nlp, text), "partOf")


# ---------------------------------------------------------------- goods named again, reasons


def test_its_goods_after_a_description_are_the_goods_described(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "- Dravo Optics JSC, a producer of thermal imaging cameras based in Kazan. "
        "Dravo Optics sells its cameras to Baltika-Servo for drones."
    )
    provided = facts(run(nlp, text), "provides")
    assert ("Dravo Optics JSC", "thermal imaging cameras") in provided
    assert ("Dravo Optics JSC", "cameras") not in provided


def test_its_goods_with_nothing_named_before_are_themselves(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Kestrel Corp.", "cameras") in facts(
        run(nlp, "Kestrel Corp. sells its cameras to the army."), "provides"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau of Industry and Security added eleven entities to the Entity List "
        "for acquiring advanced computing chips.",
        "The Bureau of Industry and Security today announced the addition of eleven "
        "entities to the Entity List for acquiring, or attempting to acquire, advanced "
        "computing chips and supercomputer components.",
    ],
)
def test_who_is_listed_for_acquiring_goods_acquired_them_not_the_lister(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not facts(run(nlp, text), "uses")


def test_a_state_body_that_procures_goods_uses_them(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Army", "drones") in facts(
        run(nlp, "The Army procured drones from Kestrel Corp."), "uses"
    )
