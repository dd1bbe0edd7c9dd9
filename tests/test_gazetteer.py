"""The gazetteer's phrase matchers: patterns made with the loaded pipeline's own
tokenizer, which splits every entry as a blank English tokenizer does."""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from kg.extract.gazetteer import load_gazetteer
from kg.extract.mentions import find_mentions
from kg.extract.pipeline import loaded_pipeline

pytestmark = pytest.mark.model


def test_the_pipeline_splits_every_entry_as_blank_english_does(nlp) -> None:  # type: ignore[no-untyped-def]
    blank = English(vocab=nlp.vocab)
    for entry in load_gazetteer().entries:
        ours = [t.text for t in nlp.make_doc(entry.name)]
        assert ours == [t.text for t in blank.make_doc(entry.name)], entry.name


def test_a_doc_finds_the_pipeline_that_made_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert loaded_pipeline(nlp("Kestrel sells chips.").vocab) is nlp
    assert loaded_pipeline(English().vocab) is None


def test_gazetteer_names_are_found_in_docs_of_either_vocab(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Ltd. sold facial recognition to the police of the Hikvision group."
    for doc in (nlp(text), English()(text)):
        found = {m.name: (m.source, m.cls) for m in find_mentions(doc)}
        assert found["facial recognition"] == ("gazetteer", "Technology")  # any case
        assert found["Hikvision"] == ("gazetteer", "Company")  # exact case
