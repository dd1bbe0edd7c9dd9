"""Names whose label runs over the words around them, by construction: a release's
dateline before its first name ("BOSTON - X Inc.", "DENVER, Colo. – X LLC"), a firm's
seat after "of" ("X Company of Akron, Ohio"), a field title read as an employer
("Deputy Homeland Security Advisor X"), a body whose name lists fields before a plural
("Roads and Bridges Services Administration"), a surname opening with a particle
("Joost van der Meulen"), a state's finance agency with a firm's legal form. Sentences
written for these tests, through the real spaCy pipeline, each with a near miss."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, names, run, typed

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    "dateline", ["BOSTON - ", "BOSTON – ", "BOSTON — ", "NEW BEDFORD, Mass. - "]
)
def test_a_dateline_is_no_part_of_the_first_name(nlp, dateline: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"{dateline}Meridale Robotics Inc., a maker of warehouse robots based in Lowell, "
        "Massachusetts, agreed to pay $3 million to settle the case."
    )
    result = run(nlp, text)
    assert "Meridale Robotics Inc." in names(result).values()
    assert ("Meridale Robotics Inc.", "Lowell, Massachusetts") in facts(result, "basedIn")


def test_a_hyphenated_capitalised_name_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the hyphen is unspaced, inside the name
    text = "KLA-Tencor Corp., based in Milpitas, California, makes wafer inspection tools."
    result = run(nlp, text)
    assert ("KLA-Tencor Corp.", "Milpitas, California") in facts(result, "basedIn")


# ---------------------------------------------------------------- a firm's seat


def test_a_firms_seat_after_of_is_where_it_is_based(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Garrison Metalworks Company of Akron, Ohio, sold the valves to Pemberton Dynamics Ltd."
    result = run(nlp, text)
    assert ("Garrison Metalworks Company", "Akron, Ohio") in facts(result, "basedIn")
    assert ("Garrison Metalworks Company", "Pemberton Dynamics Ltd.") in facts(result, "supplies")


def test_an_of_phrase_without_a_seat_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no firm word before "of", no state after the place
    found = typed(nlp, "Bank of America agreed to pay a penalty.")
    assert found.get("Bank of America") == "Company"


# ---------------------------------------------------------------- titles named after a field


@pytest.mark.parametrize(
    "title", ["Deputy National Security Advisor", "Assistant Homeland Security Adviser"]
)
def test_a_field_title_names_no_employer(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, f'"We will respond," said {title} Priya Holloway.')
    assert facts(result, "worksFor") == set()
    assert "Priya Holloway" in names(result).values()


def test_a_firm_before_an_adviser_title_stays_an_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a firm's legal form ends the name before the title
    found = typed(nlp, "The memo was signed by Orvane Systems Inc. Coordinator Dana Pell.")
    assert found.get("Orvane Systems Inc.") == "Company"


# ---------------------------------------------------------------- bodies and people


def test_a_body_listing_its_fields_keeps_its_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(
        nlp,
        "The Mental Health and Addiction Services Administration reviewed the grants.",
    )
    assert found.get("Mental Health and Addiction Services Administration") == "Government"


def test_a_lost_apostrophe_still_splits_two_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no list of fields before the plural
    found = typed(nlp, "Agents of the Criminal Divisions Fraud Section joined the case.")
    assert found.get("Fraud Section") == "Government"
    assert found.get("Criminal Division") == "Government"


def test_a_district_before_and_a_title_is_a_whole_body(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The charges were announced by U.S. Attorney Carla Venn of the Northern District "
        "of Iowa and Special Agent in Charge Omar Pell of the FBI's Omaha Field Office.",
    )
    assert ("Carla Venn", "Northern District of Iowa") in facts(result, "worksFor")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pieter van der Hoek, the chief executive of Velloro Marine, resigned.",
         "Pieter van der Hoek"),
        ("The report was written by Maria de la Fuente last year.", "Maria de la Fuente"),
    ],
)  # fmt: skip
def test_a_surname_particle_keeps_the_given_name(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(person) == "Person"


def test_a_title_before_a_particle_is_no_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Trial Attorney van Dam said the case was closed.")
    assert "Attorney van Dam" not in found


# ---------------------------------------------------------------- state finance agencies


@pytest.mark.parametrize(
    "agency",
    ["Overseas Development Finance Corporation", "Export Finance Norway",
     "Export-Import Bank of Korea"],
)  # fmt: skip
def test_a_state_finance_agency_is_government(nlp, agency: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, f"The {agency} agreed to lend $50 million to Tarvik Mining Co.")
    assert found.get(agency) == "Government"


def test_a_private_lender_named_for_development_stays_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Housing Development Finance Corporation agreed to lend $50 million.")
    assert found.get("Housing Development Finance Corporation") == "Company"


# ---------------------------------------------------------------- titles before a name


def test_a_countrys_name_inside_a_prosecutors_title_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "It is being prosecuted by Assistant United States Attorney Julia M. Pryce."
    assert facts(run(nlp, text), "worksFor") == set()


def test_the_country_acting_alone_is_still_named(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no title after the country's name
    found = typed(nlp, "The United States imposed sanctions on Velloro Marine Inc.")
    assert found.get("United States") == "Government"


def test_a_departments_portfolio_run_into_its_holders_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, '"We deliver," said Secretary of Agriculture Howard Lindqvist.')
    assert ("Howard Lindqvist", "Department of Agriculture") in facts(result, "worksFor")


def test_a_firm_after_of_and_a_title_keeps_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no department's field before the last two words
    found = typed(nlp, "She is an employee of Velloro Marine Systems.")
    assert found.get("Velloro Marine Systems") == "Company"


@pytest.mark.parametrize("person", ["Paul Hendricks", "Priya Natarajan-Holt"])
def test_a_remit_after_for_is_a_field_and_its_holder_a_person(nlp, person: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Assistant Secretary for Export Enforcement {person} said the case was closed."
    result = run(nlp, text)
    assert person in names(result).values()
    assert facts(result, "worksFor") == set()  # "Export Enforcement" is no body


def test_a_firm_after_a_coordinator_for_stays_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a legal form ends the words after "for"
    found = typed(nlp, "The Coordinator for Velloro Marine Inc. is Dana Pell.")
    assert found.get("Velloro Marine Inc.") == "Company"


# ---------------------------------------------------------------- legal forms before a name


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Hendra Wibisono, the owner of PT Cahaya Mitra Solusi, was indicted.",
         "PT Cahaya Mitra Solusi"),
        ("Cordell Systems Inc. and PT Telekomunikasi Arunika will form a joint venture.",
         "PT Telekomunikasi Arunika"),
    ],
)  # fmt: skip
def test_a_legal_form_before_a_name_is_the_firms(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(firm) == "Company"


# ---------------------------------------------------------------- short names in brackets


def test_a_bodys_bracketed_short_name_is_of_its_class(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The department thanked Indonesia's Corruption Eradication Commission (KPK) for its help."
    )
    assert typed(nlp, text).get("KPK") == "Government"


def test_a_short_name_not_in_brackets_after_a_body_keeps_its_class(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the short name stands apart from the body's name, no brackets
    text = "The Coastal Trade Commission fined Velloro Marine Corporation, and VMRX paid."
    assert typed(nlp, text).get("Coastal Trade Commission") == "Government"
    assert typed(nlp, text).get("VMRX") != "Government"


# ---------------------------------------------------------------- offices, headings, holders


@pytest.mark.parametrize("office", ["HSI Seattle", "HSI New York"])
def test_an_agencys_acronym_and_a_city_is_its_office(nlp, office: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, f"The case was investigated by {office} and the FBI.")
    assert found.get(office) == "Government"


def test_an_agencys_acronym_before_a_bodys_head_is_no_city_office(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "Academy" is an institution's head, not a city
    found = typed(nlp, "He trained at the FBI Academy in Quantico.")
    assert found.get("FBI Academy") == "Organization"


def test_a_heading_in_capitals_is_looked_up_as_written_in_title_case(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "THE WHITE HOUSE,\n    March 3, 2025.")
    assert found.get("White House") == "Government"


def test_a_surname_the_label_left_after_a_title_and_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Special Agent in Charge Lauren Pike of the FBI Portland Field Office and Special "
        "Agent in Charge Omar Reyes of HSI Seattle made the announcement."
    )
    found = typed(nlp, text)
    assert found.get("Lauren Pike") == "Person"
    assert "Lauren" not in found
