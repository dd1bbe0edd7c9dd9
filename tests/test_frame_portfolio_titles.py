"""Titles named after a portfolio or a body noun ("Trade Minister X", "Energy
Secretary X", "a ministry spokesman, X"): the person works for the article's
ministry or department of that portfolio, not for a made-up body named by the bare
word ("Commerce"). Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def works(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), "worksFor")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ministry of Trade of Ruritania said exports fell. Trade Minister Anna"
            " Kovac said the figures were poor.",
            "Ministry of Trade of Ruritania",
        ),
        (
            "The US Energy Department announced new rules. Energy Secretary Anna Kovac"
            " said the rules would save money.",
            "US Energy Department",
        ),
        (
            "The Foreign Ministry of Ruritania protested. Foreign Minister Anna Kovac"
            " called the decision unfair.",
            "Foreign Ministry of Ruritania",
        ),
        (
            "The Ministry of Defence of Ruritania rejected the claim. A ministry"
            " spokesman, Anna Kovac, said the report was false.",
            "Ministry of Defence of Ruritania",
        ),
    ],
)
def test_portfolio_title_works_for_the_articles_body(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Anna Kovac", body)}


def test_a_secretary_serves_the_department_not_a_foreign_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department fined Orbis Inc. on Monday. Commerce Secretary Ann Lee"
        " said the fine was fair. Later the Ministry of Commerce of Ruritania objected."
    )
    assert works(nlp, text) == {("Ann Lee", "Commerce Department")}


def test_a_bare_portfolio_word_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    # no department of that portfolio in the article: nothing rather than "Commerce"
    text = "Commerce Secretary Ann Lee said the fine was fair."
    assert all(org != "Commerce" for _, org in works(nlp, text))


def test_a_company_officer_is_not_sent_to_a_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ministry of Technology of Ruritania praised Veltra Corp on Monday. Veltra"
        " Corp chief technology officer Ivan Petrov thanked the ministry."
    )
    assert works(nlp, text) == {("Ivan Petrov", "Veltra Corp")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ministry of Defence of Ruritania rejected the claim. Anna Kovac, a"
            " spokeswoman for the ministry, said the report was false.",
            "Ministry of Defence of Ruritania",
        ),
        (
            "Veltra Corp reported losses. Anna Kovac, a spokeswoman for the company, said"
            " the figures were poor.",
            "Veltra Corp",
        ),
    ],
)
def test_a_title_for_the_body_named_before(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Anna Kovac", body)}


def test_a_title_for_an_unnamed_body_names_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Anna Kovac, a spokeswoman for the ministry, said the report was false."
    assert works(nlp, text) == set()
