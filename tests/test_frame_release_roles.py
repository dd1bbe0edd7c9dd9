"""Roles (worksFor) in the wordings of official releases: titles with their office
before the name, lists of officials sharing one office, "for" naming an employer or a
portfolio. Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def works(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), "worksFor")


# ---------------------------------------------------------------- the office before the name


def test_a_title_with_its_district_before_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The charges were announced by U.S. Attorney for the Northern District of Ohio "
        "Harold T. Brimley."
    )
    assert ("Harold T. Brimley", "Northern District of Ohio") in works(nlp, text)


def test_a_portfolio_before_the_name_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Assistant Attorney General for National Security Harold T. Brimley spoke."
    assert works(nlp, text) == set()


# ---------------------------------------------------------------- "for" after the title


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged Ann Ross, 41, a sales manager for Kestrel Dynamics Corp, with fraud.",
        "Ann Ross, an engineer for Kestrel Dynamics Corp, was arrested on Monday.",
    ],
)
def test_a_lower_case_title_for_a_company_works_for_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Ross", "Kestrel Dynamics Corp") in works(nlp, text)


def test_a_formal_title_for_a_district_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "U.S. Attorney Harold T. Brimley for the Northern District of Ohio spoke."
    assert ("Harold T. Brimley", "Northern District of Ohio") in works(nlp, text)


# ---------------------------------------------------------------- "in" after the title


def test_an_official_in_a_ministry_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A letter from Li Wei, an official in the Ministry of Railways, was found."
    assert ("Li Wei", "Ministry of Railways") in works(nlp, text)


def test_a_judge_in_a_district_sits_there_but_is_no_employee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Ross pleaded guilty before U.S. District Judge Harold T. Brimley in the "
        "Northern District of Ohio."
    )
    assert ("Harold T. Brimley", "Northern District of Ohio") not in works(nlp, text)


def test_an_analyst_in_a_city_works_for_no_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Ross, an analyst in Chicago, said prices fell."
    assert works(nlp, text) == set()


# ---------------------------------------------------------------- lists of officials


def test_a_long_list_of_assistant_attorneys_shares_the_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Assistant U.S. Attorneys Harold T. Brimley, Ann C. Ross, Peter J. Ostrowski and "
        "Mary K. Delgado of the Northern District of Ohio are prosecuting the case."
    )
    found = works(nlp, text)
    for name in ("Harold T. Brimley", "Ann C. Ross", "Peter J. Ostrowski", "Mary K. Delgado"):
        assert (name, "Northern District of Ohio") in found


def test_a_senior_holder_of_the_same_title_shares_the_section(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by Trial Attorney Harold T. Brimley and Senior Trial "
        "Attorney Ann C. Ross of the Criminal Division's Fraud Section."
    )
    found = works(nlp, text)
    assert ("Harold T. Brimley", "Fraud Section") in found
    assert ("Ann C. Ross", "Fraud Section") in found


def test_another_title_in_the_list_does_not_share_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by Assistant U.S. Attorney Harold T. Brimley and Trial "
        "Attorney Ann C. Ross of the Criminal Division's Fraud Section."
    )
    found = works(nlp, text)
    assert ("Ann C. Ross", "Fraud Section") in found
    assert ("Harold T. Brimley", "Fraud Section") not in found


# ---------------------------------------------------------------- a title referring back


def test_another_engineer_takes_no_earlier_engineers_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A former Kestrel Dynamics Corp engineer was convicted on Monday. The case grew "
        "out of an inquiry into another engineer who lived in Ohio. That engineer, Tom "
        "Ng, was sentenced last year."
    )
    assert ("Tom Ng", "Kestrel Dynamics Corp") not in works(nlp, text)


def test_two_titled_officials_keep_their_own_offices(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Treasury Secretary Harold Brimley and Commerce Secretary Ann Ross announced the "
        "measures. The Treasury Department and the Commerce Department acted together."
    )
    found = works(nlp, text)
    assert ("Harold Brimley", "Treasury Department") in found
    assert ("Ann Ross", "Treasury Department") not in found


# ---------------------------------------------------------------- verbs of working


@pytest.mark.parametrize(
    "text",
    [
        "Ann Ross worked as a software developer for Kestrel Dynamics Corp until 2014.",
        "Ann Ross, a citizen of Canada who worked as an engineer for Kestrel Dynamics Corp, "
        "was arrested.",
        "Ann Ross, formerly employed by Kestrel Dynamics Corp, was arrested.",
        "Ann Ross, 45, an engineer formerly employed at Kestrel Dynamics Corp, was arrested.",
        "At the time, Ann Ross was employed as a scientist at Kestrel Dynamics Corp in Ohio.",
    ],
)
def test_working_and_employment_in_release_wordings(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Ross", "Kestrel Dynamics Corp") in works(nlp, text)


def test_employed_by_a_company_describing_no_person_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The methods employed by Kestrel Dynamics Corp were outdated."
    assert works(nlp, text) == set()


# ---------------------------------------------------------------- apostrophes lost


def test_a_known_company_with_its_apostrophe_lost_employs_the_titled(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Huawei sells telecommunications equipment. Huaweis chief financial officer Meng "
        "Wanzhou was arrested in Canada."
    )
    assert ("Meng Wanzhou", "Huawei") in works(nlp, text)


def test_a_department_of_a_company_named_with_its_apostrophe_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A grand jury indicted Kestrel Wind Group Co. Ltd. and Li Wei, the deputy director "
        "of Kestrels Research and Development Department, for theft."
    )
    assert ("Li Wei", "Kestrel Wind Group Co. Ltd.") in works(nlp, text)


# ---------------------------------------------------------------- names cut short


def test_a_district_cut_short_before_a_list_is_the_articles_office(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by the U.S. Attorneys Office for the Southern District of "
        "Ohio. U.S. Attorney Ann Ross of the Southern District of Ohio and Special Agent in "
        "Charge Tom Ng of the FBI announced the charges."
    )
    found = works(nlp, text)
    assert ("Ann Ross", "U.S. Attorneys Office for the Southern District of Ohio") in found
    assert ("Ann Ross", "Southern District") not in found


def test_a_district_cut_short_with_no_office_named_is_read_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "U.S. Attorney Ann Ross of the Southern District of Ohio and Special Agent in "
        "Charge Tom Ng of the FBI announced the charges."
    )
    assert ("Ann Ross", "Southern District of Ohio") in works(nlp, text)


def test_an_unknown_acronym_is_the_employer_not_a_later_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senior Counsel Harold T. Brimley of CCSX and Assistant U.S. Attorneys Ann C. Ross "
        "and Tom Ng for the Western District of Ohio prosecuted the case."
    )
    found = works(nlp, text)
    assert ("Harold T. Brimley", "Western District of Ohio") not in found
    assert ("Ann C. Ross", "Western District of Ohio") in found


def test_a_body_run_on_into_the_next_title_is_cut_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by Assistant U.S. Attorney Harold Brimley of the District "
        "of Vermont and Trial Attorneys Ann Ross and Peter Ostrowski of the Criminal "
        "Division's Fraud Section, with help from Digital Investigative Analyst Mary Delgado."
    )
    found = works(nlp, text)
    assert ("Harold Brimley", "District of Vermont") in found
    assert ("Ann Ross", "Fraud Section") in found
    assert not any(person == "Mary Delgado" for person, _ in found)
    assert not any(org.endswith("Attorneys") for _, org in found)
    assert ("Ann Ross", "District of Vermont") not in found


def test_a_us_attorney_named_bare_heads_the_articles_office(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by the U.S. Attorneys Office for the District of Vermont. "
        "Fraud hurts everyone, said U.S. Attorney Harold Brimley."
    )
    found = works(nlp, text)
    assert ("Harold Brimley", "U.S. Attorneys Office for the District of Vermont") in found


def test_an_assistant_attorney_general_is_no_district_prosecutor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by the U.S. Attorneys Office for the District of Vermont. "
        "Fraud hurts everyone, said Assistant Attorney General Harold Brimley."
    )
    assert works(nlp, text) == set()


def test_a_portfolio_title_works_for_the_division_of_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Assistant Attorney General for National Security Harold T. Brimley made the "
        "announcement. The National Security Division prosecuted the case."
    )
    assert works(nlp, text) == {("Harold T. Brimley", "National Security Division")}


def test_he_in_a_that_clause_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = "Tom Ng said that he worked for Kestrel Dynamics Corp for ten years."
    assert ("Tom Ng", "Kestrel Dynamics Corp") in works(nlp, said)
    unnamed = (
        "Ann Ross was introduced to an official, who indicated that he worked for the "
        "Ministry of Railways."
    )
    assert ("Ann Ross", "Ministry of Railways") not in works(nlp, unnamed)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng was a Kestrel Dynamics Corp employee from 2001 to 2009.",
        "Tom Ng was Kestrel Dynamics Corp's chief engineer until 2009.",
    ],
)
def test_a_copula_with_the_employer_named_before_the_title(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Tom Ng", "Kestrel Dynamics Corp") in works(nlp, text)


def test_a_copula_with_a_place_before_the_title_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Tom Ng was an Ohio engineer until 2009.") == set()


def test_becoming_an_officer_of_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    found = works(nlp, "Tom Ng became the chief executive of Kestrel Dynamics Corp in 2010.")
    assert ("Tom Ng", "Kestrel Dynamics Corp") in found
    assert works(nlp, "Tom Ng became a critic of Kestrel Dynamics Corp.") == set()
