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
