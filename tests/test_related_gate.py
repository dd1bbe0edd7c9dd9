"""The open extractor's ``relatedTo`` facts are the same with and without the gate
that skips verbs which cannot have a named object (a speed gate, no rule)."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP
from spacy.strings import StringStore

import kg.extract.frames.related as related
from kg.extract.extractor import extract_doc
from kg.extract.openie import SUBJECT_DEPS
from kg.model import Article

#: Invented sentences: direct, passive (agent), relative-clause, coordinated and
#: clausal-subject objects, and verbs whose only named words are their subjects.
SENTENCES = [
    "Globex Corp. praised Initech Ltd. for its cooperation.",
    "Initech Ltd. was praised by Globex Corp. last year.",
    "Acme Inc. welcomed Initech Ltd., which Globex Corp. praised.",
    "Globex Corp. met Initech Ltd. and Acme Inc. in Geneva.",
    "Globex Corp. and Acme Inc. said they would work with Initech Ltd. next year.",
    "Globex Corp., which Acme Inc. once praised, grew quickly.",
    "Globex Corp. is aware of Initech Ltd. and its plans.",
    "Globex Corp. agreed to buy Initech Ltd. and Acme Inc.",
    "Globex Corp. hired a lawyer for Initech Ltd. in March.",
]


def test_label_ids_are_the_parse_arrays_ids(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Globex Corp. was praised by Initech Ltd. in May.")
    ids = dict(zip((t.dep_ for t in doc), doc.to_array(DEP).tolist(), strict=True))
    assert ids["nsubjpass"] in related._SUBJECT_IDS
    assert {ids["agent"], ids["prep"]} <= related._OBJECT_EDGES
    assert {StringStore()[d] for d in SUBJECT_DEPS} == related._SUBJECT_IDS


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_gate_keeps_every_related_fact(nlp, text: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def facts() -> list[tuple[str, str, str, str | None]]:
        result = extract_doc(nlp(text), Article(id="t", text=text))
        names = {e.key: e.name for e in result.entities}
        return [(names[f.subject], f.predicate, names[f.object], f.wording) for f in result.facts]

    gated = facts()
    monkeypatch.setattr(related, "_may_name_object", lambda *args: True)
    assert gated == facts()
