"""Sanctions as official releases and wire stories state them, on sentences written
for these tests, through the real pipeline: Reuters amounts ("200,000 dlrs"), plea
fines and forfeitures in a Justice Department release, a fact sheet's measures on
named lists, investment bans on securities of named issuers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.extractor import extract_doc
from kg.model import Article, ArticleExtraction

pytestmark = pytest.mark.model

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"
WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


def run(nlp, text: str, source: str | None = None) -> ArticleExtraction:  # type: ignore[no-untyped-def]
    return extract_doc(nlp(text), Article(id="t", text=text, source=source))


def sanctions(result: ArticleExtraction) -> set[tuple[str | None, str, str]]:
    """(imposer, kind, target) of every asserted sanction found."""
    n = {e.key: e.name for e in result.entities}
    return {
        (n[s.imposer] if s.imposer else None, s.kind, n[s.target])
        for s in result.sanctions
        if s.evidence.modality == "asserted"
    }


def money(result: ArticleExtraction) -> set[tuple[Decimal | None, str | None]]:
    return {(s.amount, s.currency) for s in result.sanctions}


# ---------------------------------------------------------------- wire-style amounts


def test_a_fine_in_dlrs_has_its_amount_and_currency(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Coastal Trade Commission fined Orvane Systems 200,000 dlrs.")
    assert ("Coastal Trade Commission", "Fine", "Orvane Systems") in sanctions(result)
    assert money(result) == {(Decimal("200000"), "USD")}


def test_a_penalty_in_mln_stg_has_its_scale(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "The Coastal Trade Commission fined Orvane Systems 1.5 mln stg for late filings."
    )
    assert money(result) == {(Decimal("1500000"), "GBP")}


def test_dlrs_paid_for_a_plant_are_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems paid 200,000 dlrs to Kestrel Partners for the plant.")
    assert sanctions(result) == set()
