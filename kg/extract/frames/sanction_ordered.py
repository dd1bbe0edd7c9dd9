"""Who an order to pay names: "Judge Y, who also ordered him to pay a $100,000 fine" —
"him" is the person the sentence is about (the one sentenced), never the judge whose
relative clause it is."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames.legal import parties
from kg.extract.frames.pronoun import person_referent, personal
from kg.extract.frames.syntax import children


def ordered_payers(r, ordered: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The parties an ordering verb's object names ("ordered X to pay"); a personal
    pronoun ("ordered him to pay") is the person the clause is about, not the nearest
    name before it (the judge in "by Judge Y, who ordered him to pay")."""
    found: list[int] = []
    for t in children(ordered, "dobj"):
        if personal(t):
            ref = person_referent(r, t)
            found += [ref] if ref is not None else []
        else:
            found += parties(r, t)
    return list(dict.fromkeys(found))
