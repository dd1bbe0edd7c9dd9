"""The same text gives the same entities in every run, whatever Python's hash seed.

A name chosen among equals by a set's iteration order changes with ``PYTHONHASHSEED``,
so two builds of one article could name one country differently (a bug once: "PRC"
or "People's Republic of China" in alternate runs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, sys
from kg.extract.pipeline import load_pipeline
from kg.extract.extractor import extract_doc
from kg.model import Article
text = sys.stdin.read()
ex = extract_doc(load_pipeline()(text), Article(id="a", text=text))
print(json.dumps(sorted([e.name, e.cls, sorted(e.aliases)] for e in ex.entities)))
"""

# a country named once by each of two names: a tie that must be broken the same way
# every time (invented text)
TEXT = (
    "In an annex to the order, the President listed the People’s Republic of China "
    "(PRC), including the Special Administrative Region of Macau, as a country of "
    "concern for investments in quantum computing."
)


@pytest.mark.model
def test_entities_do_not_depend_on_the_hash_seed() -> None:
    runs = []
    for seed in ("1", "2", "3", "5"):
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            input=TEXT,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        )
        runs.append(json.loads(proc.stdout))
    assert all(run == runs[0] for run in runs)
    assert [n for n, *_ in runs[0] if "China" in n] == ["People’s Republic of China"]


@pytest.mark.model
def test_parsed_documents_stay_serialisable(nlp) -> None:  # type: ignore[no-untyped-def]
    """kg's pipeline components must leave nothing on a Doc that spaCy cannot serialise:
    a user's ``nlp.pipe(texts, n_process=2)`` sends every Doc across processes."""
    from spacy.tokens import Doc

    doc = nlp("Regulator fines Orvane\n\nThe Coastal Commission fined Orvane $2m.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s.text.strip() for s in again.sents] == [s.text.strip() for s in doc.sents]
    assert len(list(again.sents)) >= 2  # the headline is its own sentence
