"""Constructions of official releases (Justice Department press releases, White House
fact sheets), on sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.extractor import extract_doc
from kg.extract.frames.role import _in_charge
from kg.model import Article, ArticleExtraction

pytestmark = pytest.mark.model

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"
WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


def run(nlp, text: str, source: str | None = None) -> ArticleExtraction:  # type: ignore[no-untyped-def]
    return extract_doc(nlp(text), Article(id="t", text=text, source=source))


def names(result: ArticleExtraction) -> dict[str, str]:
    return {e.key: e.name for e in result.entities}


def facts(result: ArticleExtraction, predicate: str) -> set[tuple[str, str]]:
    n = names(result)
    return {(n[f.subject], n[f.object]) for f in result.facts if f.predicate == predicate}


def sanctions(result: ArticleExtraction) -> set[tuple[str | None, str, str]]:
    n = names(result)
    return {(n[s.imposer] if s.imposer else None, s.kind, n[s.target]) for s in result.sanctions}


# ---------------------------------------------------------------- "Special Agent in Charge X"


def test_agent_in_charge_works_for_the_office_named_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Special Agent in Charge Martha Quill of the FBI's Denver Field Office announced it."
    found = facts(run(nlp, text, JUSTICE), "worksFor")
    assert ("Martha Quill", "FBI") in found
    assert ("Martha Quill", "Denver Field Office") in found


def test_director_in_charge_works_for_the_division(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Assistant Director in Charge Omar Tessel of the FBI's Chicago Division spoke."
    assert ("Omar Tessel", "FBI") in facts(run(nlp, text, JUSTICE), "worksFor")


def test_in_charge_is_no_part_of_a_later_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Special Agent in Charge Martha Quill of the FBI's Denver Field Office announced "
        'the case. "This matters," said FBI Special Agent in Charge Quill.'
    )
    result = run(nlp, text, JUSTICE)
    assert not any(e.name.startswith("Charge") for e in result.entities)


def test_a_person_put_in_charge_has_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The board put Martha Quill in charge of the Denver Field Office last year."
    assert ("Martha Quill", "Denver Field Office") not in facts(run(nlp, text), "worksFor")


def test_in_charge_reads_the_capitalised_title_word() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Agent", "in", "Charge", "Quill", "and", "in", "charge"])
    assert _in_charge(doc[1])
    assert not _in_charge(doc[5])
