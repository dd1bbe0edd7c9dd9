"""The per-document shortcuts the frames take must answer as the slow tests they
replace: a negation found from the label columns is the modality's "negated", and a
list heading's colon is the first token ending in one after the verb."""

from __future__ import annotations

import pytest

from kg.extract.frames.sanction_followups import heading_colon
from kg.extract.frames.syntax import modality, negated

SENTENCES = [
    "Orvane Labs never worked for Pellucid Bank.",
    "Pellucid Bank denied that Orvane Labs had worked for it.",
    "Torvik Steel denies selling the turbines to Maravan.",
    "Kessler Freight did not dispute that it shipped the parts.",
    "Orvane Labs will acquire Pellucid Bank next year, the company said.",
    "Not a single firm refuted the claim that Maravan had paid the fine.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_negated_is_the_modalitys_negation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    for token in doc:
        assert negated(token) == (modality(token, token.sent) == "negated"), token.text


def test_denials_and_negations_found(nlp) -> None:  # type: ignore[no-untyped-def]
    worked = next(t for t in nlp(SENTENCES[0]) if t.lemma_ == "work")
    assert negated(worked)
    sold = next(t for t in nlp(SENTENCES[2]) if t.lemma_ == "sell")
    assert negated(sold)  # "denies selling": the denied act
    buys = next(t for t in nlp(SENTENCES[4]) if t.lemma_ == "acquire")
    assert not negated(buys)


def test_heading_colon_is_the_first_after_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Note: the entities added are the following (PLA):\n\nTorvik Steel makes parts.")
    verb = next(t for t in doc if t.lemma_ == "be")
    colon = heading_colon(verb, verb.sent)
    assert colon is not None and colon.text == "):"  # bracket and colon: one token
    makes = next(t for t in doc if t.lemma_ == "make")
    assert heading_colon(makes, makes.sent) is None  # no colon after it in its sentence
