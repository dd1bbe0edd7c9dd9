"""Open triples for pre-tokenised sentences (CaRB's one-sentence-a-line files).

The tokens of the file are kept as spaCy's tokens, so the words of every triple
are the benchmark's words; Penn Treebank bracket escapes (``-LRB-``) are read as
brackets by the model through their norms.

>>> from kg.extract.pipeline import load_pipeline
>>> [[t.relation for t in ts] for ts in extract_tokenised(load_pipeline(), ["ZTE sold chips ."])]
[['sold']]
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.openie import extract_clauses, to_open_triple
from kg.model import OpenTriple

PTB_NORMS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}


def tokenised_doc(nlp: Language, sentence: str) -> Doc:
    """An unparsed Doc whose tokens are the sentence's space-separated words.

    >>> from kg.extract.pipeline import load_pipeline
    >>> [t.norm_ for t in tokenised_doc(load_pipeline(), "Ann -LRB- 42 -RRB-")]
    ['ann', '(', '42', ')']
    """
    words = sentence.split()
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    for tok in doc:
        if tok.text in PTB_NORMS:
            tok.norm_ = PTB_NORMS[tok.text]
    return doc


def extract_tokenised(nlp: Language, sentences: Sequence[str]) -> list[list[OpenTriple]]:
    """Parse each sentence as given and return its open triples, in input order."""
    docs = (tokenised_doc(nlp, s) for s in sentences if s.strip())
    out: list[list[OpenTriple]] = []
    parsed = iter(nlp.pipe(docs, batch_size=64))
    for sentence in sentences:
        if not sentence.strip():
            out.append([])
            continue
        doc = next(parsed)
        # CaRB scores a tuple without a second argument as zero against every gold tuple.
        triples = []
        for sent in doc.sents:
            text = sent.text
            triples += [to_open_triple(c, text) for c in extract_clauses(sent) if c.objects]
        out.append(triples)
    return out
