"""Whom a payment is a fine to when the paying clause names no payee: the body the
payer settled with in a clause joined to it ("X entered into a settlement agreement
with BIS and agreed to pay a $10 million penalty").

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = ("Volta Media Ltd. reached a settlement with the Office of Foreign Assets "
...         "Control and agreed to pay $10 million.")
>>> result = extract_doc(load_pipeline()(text), Article(id="d", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> [(names[s.imposer], s.kind, names[s.target]) for s in result.sanctions]
[('Office of Foreign Assets Control', 'Fine', 'Volta Media Ltd.')]
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.frames.legal import ACTING, actor_entities
from kg.extract.frames.syntax import preps

#: Nouns of an agreement settling a case with a body: "a settlement (agreement) with X".
SETTLING_NOUNS: Final = frozenset({"settlement", "agreement"})


def settling_bodies(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The government bodies a payer settled with in a clause joined to the paying one:
    "entered into a settlement agreement with BIS and agreed to pay …", "reached a
    settlement with OFAC and will pay …"."""
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "agreed to pay"
    joined = [c for c in clause.children if c.dep_ == "conj"]
    if clause.dep_ == "conj":
        joined.append(clause.head)
    found = [
        e
        for other in joined
        for t in other.subtree
        if t.lemma_.lower() in SETTLING_NOUNS and t.i < clause.i
        for w in preps(t, "with")
        for e in actor_entities(r, w)
        if r.cls(e) in ACTING
    ]
    return list(dict.fromkeys(found))
