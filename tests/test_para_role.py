"""Role constructions the paraphrase battery found missing, on sentences written for
these tests: a release's title run by the tagger into the name it stands before
("Trial Attorneys A", "in Charge A"), names listed after "including" or "such as" a
plural title, two titles sharing one employer phrase, a title before the name as the
agent of "headed by", and employment denied or negated."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title words are no part of the names of the list it opens
        (
            "Senior Trial Attorneys Wendell Ambrose and Lucia Ferrante of the Tax "
            "Division's Southern Criminal Enforcement Section handled the case.",
            {
                ("Wendell Ambrose", "Southern Criminal Enforcement Section"),
                ("Lucia Ferrante", "Southern Criminal Enforcement Section"),
            },
        ),
        # "Special Agent in Charge": "Charge" is the title's last word
        (
            "Special Agent in Charge Imogen Castellanos of the FBI's Phoenix Field Office "
            "thanked the agents.",
            {("Imogen Castellanos", "Phoenix Field Office"), ("Imogen Castellanos", "FBI")},
        ),
    ],
)
def test_titled_names_in_releases(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert expected <= facts(result, "worksFor")
    assert all(typed(nlp, text)[person] == "Person" for person, _ in expected)


@pytest.mark.model
def test_formal_title_for_a_field_at_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # "for" names the post's field; "at the Department of Commerce" its body
    text = (
        "“We acted quickly,” said Marta Quist, Assistant Secretary for Export "
        "Enforcement at the Department of Commerce."
    )
    assert ("Marta Quist", "Commerce Department") in facts(run(nlp, text), "worksFor")


@pytest.mark.model
def test_title_list_and_titled_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    # two titles share the employer phrase after the last one
    text = "Ilse Marwood, the founder and chairwoman of Bexley Ceramics, testified."
    assert facts(run(nlp, text), "worksFor") == {("Ilse Marwood", "Bexley Ceramics")}
    # a passive "headed by" whose agent is a title before the name
    text = (
        "The inquiry was run by the Customs Service, whose Fraud Unit is headed by "
        "Special Agent in Charge Owen Thistlewood."
    )
    assert ("Owen Thistlewood", "Fraud Unit") in facts(run(nlp, text), "worksFor")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two directors of Penhallow Foods, including Rosa Tamsin and Idris Vale, "
            "voted against the bid.",
            {("Rosa Tamsin", "Penhallow Foods"), ("Idris Vale", "Penhallow Foods")},
        ),
        (
            "Managers at Corvell Freight such as Hanna Lindgren objected to the plan.",
            {("Hanna Lindgren", "Corvell Freight")},
        ),
    ],
)
def test_names_listed_after_a_plural_title(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "worksFor") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a list after a noun that is no title names no employees
        "Critics of Penhallow Foods, including Rosa Tamsin, spoke at the meeting.",
        # employment denied, or negated
        "Corvell Freight denied that Hanna Lindgren had worked for the firm.",
        "Hanna Lindgren never worked for Corvell Freight.",
    ],
)
def test_no_employment(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "worksFor") == set()
