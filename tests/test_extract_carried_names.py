"""Names whose boundaries the model cuts in the wrong place: a product's kind measured
by a number or named by an acronym ("7-nanometer chips", "AI inference chips"), a
firm's name that begins with a place or ends after a seat in parentheses, a title run
into a name. Sentences and names invented for these tests, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed

pytestmark = pytest.mark.model


# ------------------------------------------ a product's kind: numbers and acronyms


@pytest.mark.parametrize(
    ("text", "technology"),
    [
        ("Qorvath Dynamics builds one-way attack drones for the army.",
         "one-way attack drones"),
        ("Ulmen Foundry Inc. makes 5-nanometer processors for phones.",
         "5-nanometer processors"),
        ("Fengtai Labs Ltd. is a designer of 3-nanometer wafers.", "3-nanometer wafers"),
        ("Helvar Systems designs AI accelerator chips for data centers.",
         "AI accelerator chips"),
        ("Morrow Data LLC supplies AI model training services to the navy.",
         "AI model training services"),
    ],
)  # fmt: skip
def test_a_measured_or_acronym_kind_stays_in_the_technology_name(
    nlp, text: str, technology: str
) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, text)
    assert found.get(technology) == "Technology"
    # the name cut after the number or the acronym is not found instead
    cut = technology.split("-", 1)[1] if "-" in technology else technology.split(" ", 1)[1]
    assert cut not in found


def test_a_number_counting_years_is_no_part_of_a_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Tarrow Robotics signed a 10-year deal to supply radar systems.")
    assert not any("10-year" in name for name in found)


def test_the_measured_kind_is_what_the_firm_develops(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Ulmen Foundry Inc. makes 5-nanometer processors for phones.")
    assert ("Ulmen Foundry Inc.", "5-nanometer processors") in facts(result, "develops")


# ------------------------------------------ a firm's name, whole


@pytest.mark.parametrize(
    ("text", "firm", "cut"),
    [
        # a city the model labels apart begins the name
        ("Commerce added Zhuhai Pengda Sensor Technologies to the Entity List on Monday.",
         "Zhuhai Pengda Sensor Technologies", "Pengda Sensor Technologies"),
        # only the first word labelled, the rest a run of proper nouns
        ("The tool was sold by Aurelis Cyber Labs S.A., a company based in Tirana.",
         "Aurelis Cyber Labs S.A.", "Cyber Labs S.A."),
        # a seat in brackets before the legal form
        ("Treasury designated Mirae Robotics (Malaysia) Sdn. Bhd. on Monday.",
         "Mirae Robotics (Malaysia) Sdn. Bhd.", "Sdn. Bhd."),
        # a legal form of two abbreviations, whose first stop ends no sentence
        ("Kestrel Quantum Inc. will partner with Kavir Qubit Systems Pvt. Ltd. of Pune.",
         "Kavir Qubit Systems Pvt. Ltd.", "Kavir Qubit Systems Pvt"),
    ],
)  # fmt: skip
def test_a_firm_name_the_model_cut_is_read_whole(nlp, text: str, firm: str, cut: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, text)
    assert found.get(firm) == "Company"
    assert cut not in found


def test_a_short_name_in_brackets_stays_an_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Treasury designated Jiangmen Taiyuan Optics Co., Ltd. (Jiangmen Taiyuan) on "
        "Monday. Jiangmen Taiyuan sold sensors."
    )
    result = run(nlp, text)
    firm = next(e for e in result.entities if e.name == "Jiangmen Taiyuan Optics Co., Ltd.")
    assert "Jiangmen Taiyuan" in firm.aliases
    assert ("Jiangmen Taiyuan Optics Co., Ltd.", "sensors") in facts(result, "provides")


def test_a_body_or_a_trade_word_before_a_firm_is_not_its_first_word(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "The Chinese firm Pengda Sensor Technologies sold lidar to the FBI.")
    assert found.get("Pengda Sensor Technologies") == "Company"
    assert not any(name.startswith(("firm", "Chinese", "The")) for name in found)


def test_a_firm_doing_business_under_a_second_name_is_one_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A jury charged Ostrava Cable Group Co. Ltd., dba Ostrava Cable Group (USA) Co. "
        "Ltd., with fraud. Ostrava later sold turbines."
    )
    firms = [e for e in run(nlp, text).entities if e.cls == "Company"]
    assert len(firms) == 1
    # named by its legal name (an entity's IRI is made from its name), the trade name
    # an alias
    assert firms[0].name == "Ostrava Cable Group Co. Ltd."
    assert "Ostrava Cable Group (USA) Co. Ltd." in firms[0].aliases


# ------------------------------------------ titles are no part of names


def test_a_plural_title_before_unlabelled_names_is_no_part_of_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case was investigated by HSI Denver and the FBI. Assistant U.S. Attorneys "
        "Dora Lenz and Mikel Aranda are prosecuting the case."
    )
    found = typed(nlp, text)
    assert found.get("Dora Lenz") == "Person"
    assert not any(name.startswith("Attorneys") for name in found)


@pytest.mark.parametrize(
    ("text", "person", "department"),
    [
        ('"The network is finished," said Under Secretary of the Treasury for Sanctions '
         "and Financial Intelligence Peter J. Almquist.", "Peter J. Almquist",
         "Treasury Department"),
        ('"Removals work," said Assistant Secretary of Commerce for Export Enforcement '
         "Dana Whitcombe.", "Dana Whitcombe", "Commerce Department"),
    ],
)  # fmt: skip
def test_a_posts_portfolio_is_no_part_of_its_department(
    nlp, text: str, person: str, department: str
) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "worksFor") == {(person, department)}
    assert not any(" for " in e.name for e in result.entities)


def test_an_organisations_own_for_phrase_stays_in_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"Boards rarely pay," said Carl Ebson, chairman of the Center for Board Studies.'
    assert facts(run(nlp, text), "worksFor") == {("Carl Ebson", "Center for Board Studies")}


def test_armed_forces_in_a_ministry_name_stay_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Vega, an official of Norvania's Ministry of Interior and Armed Forces Training "
        "(MIAFT), was charged."
    )
    found = typed(nlp, text)
    assert found.get("Ministry of Interior and Armed Forces Training") == "Government"


# ------------------------------------------ a field office named with its agency


def test_a_field_office_named_with_its_agency_keeps_the_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Agents of the FBI Denver Field Office arrested him. The FBI thanked them."
    result = run(nlp, text)
    names = {e.name for e in result.entities}
    assert "FBI Denver Field Office" in names and "FBI" in names
    assert ("FBI Denver Field Office", "FBI") in facts(result, "partOf")


def test_a_unit_named_with_its_agency_keeps_the_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The case was investigated by the FBI Cyber Threat Division in Denver."
    assert typed(nlp, text).get("FBI Cyber Threat Division") == "Government"


def test_a_field_office_after_a_possessive_keeps_its_own_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Agents of the FBI's Denver Field Office arrested him.")
    assert ("Denver Field Office", "FBI") in facts(result, "partOf")
