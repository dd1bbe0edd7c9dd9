"""Fines read from payments, on sentences written for these tests, through the real
pipeline: "ordered him to pay a fine", "a total of $13 million,
including $10 million to the Justice Department and $3 million to OFAC" (each payee),
"agreed to pay $4 million to resolve its liability …, OFAC said" (the speaker); and a
payment that resolves a dispute between firms, which no government reports; "reached
settlement agreements with BIS and OFAC" (each office, not its department)."""

from __future__ import annotations

import pytest

from kg.model import ArticleExtraction
from tests.test_extract_rules import names, run

pytestmark = pytest.mark.model

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"


def fines(result: ArticleExtraction) -> set[tuple[str | None, str]]:
    """(imposer, target) of every asserted fine found."""
    n = names(result)
    return {
        (n[s.imposer] if s.imposer else None, n[s.target])
        for s in result.sanctions
        if s.evidence.modality == "asserted" and s.kind == "Fine"
    }


def test_the_court_ordered_him_to_pay_a_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The court sentenced Dmitri Valkov to 30 months in prison. "
        "It also ordered him to pay a fine of $40,000."
    )
    assert ("court", "Dmitri Valkov") in fines(run(nlp, text))


def test_each_payee_of_a_total_is_an_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the resolution today. Velmora Shipping will pay "
        "a total of $9 million, including $6 million to the Department of Justice and "
        "$3 million to OFAC."
    )
    found = fines(run(nlp, text, JUSTICE))
    assert ("Justice Department", "Velmora Shipping") in found
    assert ("Office of Foreign Assets Control", "Velmora Shipping") in found


def test_a_payment_to_resolve_liability_that_a_regulator_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Velmora Shipping agreed to pay $2 million to resolve its civil liability for "
        "apparent export violations, OFAC said."
    )
    assert fines(run(nlp, text)) == {("Office of Foreign Assets Control", "Velmora Shipping")}


def test_a_payment_a_firm_reports_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Velmora Shipping agreed to pay $2 million to resolve the dispute with Kestrel "
        "Partners, the company said."
    )
    assert fines(run(nlp, text)) == set()


def test_settlement_agreements_with_two_offices_are_their_fines(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Velmora Shipping reached settlement agreements with the Commerce Department's "
        "Bureau of Industry and Security and the Treasury Department's Office of Foreign "
        "Assets Control."
    )
    assert fines(run(nlp, text)) == {
        ("Bureau of Industry and Security", "Velmora Shipping"),
        ("Office of Foreign Assets Control", "Velmora Shipping"),
    }


def test_a_settlement_agreement_between_firms_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Velmora Shipping reached a settlement agreement with Kestrel Partners."
    assert fines(run(nlp, text)) == set()


# ---------------------------------------------------------------- penalties, forfeitures as nouns

OPENING = "The Justice Department announced the resolution today. "


def test_a_penalty_imposed_in_the_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A $4 million civil penalty was imposed on Velmora Shipping by the SEC."
    assert fines(run(nlp, text)) == {("SEC", "Velmora Shipping")}


def test_the_forfeiture_of_an_amount_by_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "The forfeiture of $30 million by Velmora Shipping is among the largest."
    assert fines(run(nlp, text, JUSTICE)) == {("Justice Department", "Velmora Shipping")}


def test_a_forfeiture_money_judgment_a_firm_agreed_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "Velmora Shipping agreed to a forfeiture money judgment of $3 million."
    assert fines(run(nlp, text, JUSTICE)) == {("Justice Department", "Velmora Shipping")}


def test_a_forfeiture_without_an_amount_names_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "The forfeiture rules of Velmora Shipping were discussed."
    assert fines(run(nlp, text, JUSTICE)) == set()
