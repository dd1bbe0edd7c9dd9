"""The role frame (worksFor) on release wordings of a title after a name: "in charge
of", a portfolio before the employer, a body set off by a comma, a from-phrase, the
office of Assistant U.S. Attorneys listed before another title's body, and a known
body's office run on into one name. Sentences written for these tests, through the
real pipeline, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def works(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), "worksFor")


def rules(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.evidence.rule for f in run(nlp, text).facts if f.predicate == "worksFor"}


@pytest.mark.parametrize(
    "text",
    [
        "Assistant Attorney General Ann Ross in charge of the Antitrust Division made the "
        "following statement today.",
        "The statement was issued by Deputy Assistant Attorney General Ann Ross in charge of "
        "the Antitrust Division.",
    ],
)
def test_title_in_charge_of_a_body(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Ross", "Antitrust Division") in works(nlp, text)
    assert "nominal.title.in_charge.v1" in rules(nlp, text)


def test_in_charge_of_a_task_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Ross, a lawyer in charge of the appeal, met Tom Ng in Denver."
    assert works(nlp, text) == set()


def test_employer_after_a_portfolio(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Ross, Assistant Attorney General for National Security at the Department of "
        "Justice, announced the charges."
    )
    assert works(nlp, text) == {("Ann Ross", "Justice Department")}


def test_a_portfolio_alone_names_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Ross, Assistant Attorney General for National Security, announced the charges."
    assert works(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        '"The case shows our resolve," said Tom Ng, Special Agent in Charge, IRS Criminal '
        "Investigation.",
        "Tom Ng, Special Agent in Charge, IRS Criminal Investigation, thanked the agents.",
    ],
)
def test_body_set_off_by_a_comma(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Tom Ng", "IRS Criminal Investigation")}


def test_a_body_opening_a_new_clause_is_not_the_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Ng, Special Agent in Charge, said the IRS Criminal Investigation unit helped."
    assert works(nlp, text) == set()


def test_title_in_charge_of_a_body_after_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Charge" of "Special Agent in Charge" is no name ending the title walk
    text = '"We thank our partners," said Tom Ng, Special Agent in Charge of the FBI.'
    assert works(nlp, text) == {("Tom Ng", "FBI")}


def test_titled_name_from_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The case was investigated by Special Agent Tom Ng from the FBI's Dallas Field Office."
    assert ("Tom Ng", "Dallas Field Office") in works(nlp, text)
    assert "nominal.title.from.v1" in rules(nlp, text)


def test_titled_name_from_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Special Agent Tom Ng from Dallas testified at the trial."
    assert works(nlp, text) == set()


def test_prosecutors_listed_before_another_titles_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The U.S. Attorney's Office for the District of Oregon brought the case. It is "
        "prosecuted by Assistant U.S. Attorneys Ann Ross and Tom Ng, and Trial Attorney Kim "
        "Lee of the Criminal Division's Fraud Section."
    )
    found = works(nlp, text)
    office = "U.S. Attorney's Office for the District of Oregon"
    assert {("Ann Ross", office), ("Tom Ng", office)} <= found
    assert ("Kim Lee", "Fraud Section") in found
    assert ("Ann Ross", "Fraud Section") not in found
    assert ("Kim Lee", office) not in found


def test_prosecutors_with_their_own_body_keep_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The U.S. Attorney's Office for the District of Oregon brought the case. It is "
        "prosecuted by Assistant U.S. Attorney Ann Ross of the District of Idaho and Trial "
        "Attorney Kim Lee of the Fraud Section."
    )
    found = works(nlp, text)
    assert ("Ann Ross", "U.S. Attorney's Office for the District of Oregon") not in found


def test_office_run_on_into_a_known_bodys_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Immigration and Customs Enforcement (ICE) investigated the case. "
        '"We act," said Tom Ng, Acting Special Agent in Charge of U.S. Immigration and '
        "Customs Enforcement Office of Investigations in Boston."
    )
    found = works(nlp, text)
    assert any(o in {"ICE", "Immigration and Customs Enforcement"} for _, o in found)


# ---------------------------------------------------------------- "he" after a judge


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng pleaded guilty before U.S. District Judge Ann Ross of the District of Oregon. "
        "He was an employee of Veltra Corp until his arrest.",
        "Tom Ng was sentenced by U.S. District Judge Ann Ross. He worked at Veltra Corp from "
        "2010 to 2015.",
    ],
)
def test_he_is_the_defendant_not_the_judge_in_a_phrase(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = works(nlp, text)
    assert ("Tom Ng", "Veltra Corp") in found
    assert ("Ann Ross", "Veltra Corp") not in found


def test_he_may_still_be_the_object_named_last(nlp) -> None:  # type: ignore[no-untyped-def]
    found = works(nlp, "Ann Ross met Tom Ng in Salem. He was an engineer at Veltra Corp.")
    assert {p for p, _ in found} == {"Tom Ng"}


# ---------------------------------------------------------------- defendants' employment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veltra Corp employed Tom Ng as a network engineer.", {("Tom Ng", "Veltra Corp")}),
        (
            "Veltra Corp employed Tom Ng and Ann Ross from 2010 to 2014.",
            {("Tom Ng", "Veltra Corp"), ("Ann Ross", "Veltra Corp")},
        ),
        (
            "While employed as an engineer at Veltra Corp, Tom Ng copied the files.",
            {("Tom Ng", "Veltra Corp")},
        ),
        (
            "Tom Ng was the president of Veltra Corp and the owner of Kestrel Inc.",
            {("Tom Ng", "Veltra Corp"), ("Tom Ng", "Kestrel Inc.")},
        ),
    ],
)
def test_employment_of_a_defendant(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == expected


def test_a_state_employing_a_method_employs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp employed a new encryption method in 2014."
    assert works(nlp, text) == set()


def test_secretary_of_a_portfolio_works_for_its_department(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Commerce issued the rule. "
        '"We will act," said Secretary of Commerce Ann Ross.'
    )
    assert works(nlp, text) == {("Ann Ross", "Commerce Department")}
    assert works(nlp, '"We will act," said Secretary of Commerce Ann Ross.') == set()


def test_titles_of_a_list_share_the_last_ones_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kim Lee was a founding member and equity shareholder of Veltra Corp."
    assert works(nlp, text) == {("Kim Lee", "Veltra Corp.")}
    assert rules(nlp, text) == {"clause.role.shared_phrase.v1"}


def test_a_plural_title_after_a_list_of_names_is_all_of_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Ng and Ann Ross, both employees of Veltra Corp, were arrested."
    assert works(nlp, text) == {("Tom Ng", "Veltra Corp"), ("Ann Ross", "Veltra Corp")}
    met = "Tom Ng met Kim Lee and Ann Ross, both employees of Veltra Corp, in Salem."
    assert ("Tom Ng", "Veltra Corp") not in works(nlp, met)


def test_under_secretary_of_a_portfolio_for_a_field(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Commerce issued the rule. "
        '"We will act," said Under Secretary of Commerce for Industry and Security Ann Ross.'
    )
    assert works(nlp, text) == {("Ann Ross", "Commerce Department")}


def test_role_of_a_list_of_employers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Ng and Ann Ross were employees of Veltra Corp and Kestrel Inc., two computer "
        "security companies."
    )
    people, firms = {"Tom Ng", "Ann Ross"}, {"Veltra Corp", "Kestrel Inc."}
    assert works(nlp, text) == {(p, f) for p in people for f in firms}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The announcement was made by Special Agent in Charge of the Naval Criminal "
            "Investigative Service (NCIS) Northeast Field Office Ann Ross.",
            ("Ann Ross", "Northeast Field Office"),
        ),
        (
            "The announcement was made by Homeland Security Investigations (HSI) Special Agent "
            "in Charge Tom Ng.",
            ("Tom Ng", "Homeland Security Investigations"),
        ),
    ],
)
def test_a_bracketed_acronym_inside_a_title(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    # the bracket ends no sentence, and the title walk steps over it to the body
    assert len(list(nlp(text).sents)) == 1
    assert expected in works(nlp, text)


def test_a_division_employs_its_attorney_not_the_department_around_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by Trial Attorney Kim Lee of the Justice Department's "
        "Criminal Division."
    )
    assert works(nlp, text) == {("Kim Lee", "Criminal Division")}


def test_an_agency_around_its_field_office_still_employs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The case was investigated by Special Agent Tom Ng of the FBI's Dallas Field Office."
    assert works(nlp, text) == {("Tom Ng", "FBI"), ("Tom Ng", "Dallas Field Office")}


def test_public_office_of_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Attorney General of the United States Ann Ross announced the plea."
    assert works(nlp, text) == {("Ann Ross", "United States")}
    assert rules(nlp, text) == {"nominal.title.of_country.v1"}


def test_a_citizen_of_a_country_is_no_office(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A citizen of the United States, Ann Ross, was arrested."
    assert works(nlp, text) == set()


def test_a_unit_named_after_a_lost_possessive_and_a_missed_first_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Oregons" lost its apostrophe, so the tagger runs the district into its unit; the
    # list's first name may be missed by the tagger ("Tom J. Ng III") and still shares
    text = (
        "Prosecutors in the District of Oregon brought the case. It is handled by Assistant "
        "U.S. Attorneys Tom J. Ng III and Ann Ross of the District of Oregons Terrorism and "
        "International Narcotics Unit."
    )
    found = works(nlp, text)
    assert ("Ann Ross", "Terrorism and International Narcotics Unit") in found
    assert ("Ann Ross", "District of Oregon") in found


def test_a_name_after_a_plain_word_list_takes_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Agents from Salem And Portland and Ann Ross of Veltra Corp met on Monday."
    assert ("Ann Ross", "Veltra Corp") not in works(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng stole trade secrets from his former employer, Veltra Corp, in 2015.",
        "Tom Ng's former employer, Veltra Corp, reported the theft.",
        "Veltra Corp, Tom Ng's employer, reported the theft.",
    ],
)
def test_an_employer_named_beside_the_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Tom Ng", "Veltra Corp")}
    assert rules(nlp, text) == {"nominal.employer.v1"}


def test_an_employer_of_no_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp, a major employer in Salem, reported the theft to Tom Ng."
    assert works(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Ng worked in the Commerce Department from 2010 to 2015.", "Commerce Department"),
        (
            "Veltra Corp makes turbines. Tom Ng, who worked in Veltras research department "
            "from 2010 to 2015, was indicted.",
            "Veltra Corp",
        ),
    ],
)
def test_worked_in_a_body(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Tom Ng", expected)}


@pytest.mark.parametrize(
    "text", ["Tom Ng worked in Salem from 2010 to 2015.", "Tom Ng worked in sales for years."]
)
def test_worked_in_a_place_or_field(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == set()


def test_an_advisers_field_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, '"We will act," said National Security Advisor Tom Ng.') == set()
    text = '"We will act," said Veltra Corp adviser Tom Ng.'
    assert works(nlp, text) == {("Tom Ng", "Veltra Corp")}


def test_a_section_employs_its_attorney_not_the_division_around_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case is prosecuted by Trial Attorney Kim Lee of the Criminal Division's Fraud Section."
    )
    assert works(nlp, text) == {("Kim Lee", "Fraud Section")}


def test_a_us_attorney_works_for_the_office_the_release_names_for_the_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Acting U.S. Attorney Ann Ross for the Eastern District of Texas made the "
        "announcement. U.S. District Judge Tom Weller of the Eastern District of Texas "
        "accepted the plea. The case is being prosecuted by the U.S. Attorney's Office "
        "for the Eastern District of Texas."
    )
    found = facts(run(nlp, text), "worksFor")
    assert ("Ann Ross", "U.S. Attorney's Office for the Eastern District of Texas") in found
    assert ("Ann Ross", "Eastern District of Texas") not in found
    # a judge sits in the district's court, not in the prosecutors' office
    assert ("Tom Weller", "U.S. Attorney's Office for the Eastern District of Texas") not in found


def test_a_companys_department_behind_a_lost_apostrophe_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp makes turbines. A grand jury indicted Tom Ng, 36, the deputy "
        "director of Veltras Research and Development Department."
    )
    assert works(nlp, text) == {("Tom Ng", "Veltra Corp")}
