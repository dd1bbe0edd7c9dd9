"""State bodies named in lower case by their place or kind: "a US court", "a federal
court", "a Lima bankruptcy court", "Peru's environment ministry", "the Soviet regime".

Capitalised official names are read by :mod:`kg.extract.bodies`; news mostly names a
body by its country or city and what it is. The place word is part of the body's
name, so the place itself is not an actor there ("a US court" says nothing of the
US acting).

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("A US bankruptcy court and Peru's environment ministry agreed.")
>>> [doc[s:e].text for s, e in state_body_spans(doc)]
['US bankruptcy court', "Peru's environment ministry"]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import NATIONALITIES
from kg.extract.tokens import token_table
from kg.extract.typing_words import PLACE_NAMES, STATE_BODY_HEADS, STATE_BODY_QUALIFIERS

_PLACE_LABELS = frozenset({"GPE", "NORP"})


def _is_place(token: Token) -> bool:
    return (
        token.ent_type_ in _PLACE_LABELS
        or token.lower_ in PLACE_NAMES
        or token.lower_ in NATIONALITIES
    )


def state_body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of lower-case state bodies qualified by a place or kind."""
    out: list[tuple[int, int]] = []
    for i in token_table(doc).where_lower(doc, STATE_BODY_HEADS):  # (no step per token)
        head = doc[i]
        if head.pos_ != "NOUN" or not head.text.islower():
            continue
        bounds = _qualified(head)
        if bounds is not None:
            out.append(bounds)
    return out


def _qualified(head: Token) -> tuple[int, int] | None:
    """ "US bankruptcy court": walk left over lower-case nouns to a place or qualifier."""
    doc = head.doc
    start: int | None = None
    i = head.i - 1
    while i >= head.left_edge.i:
        t = doc[i]
        if t.tag_ == "POS" and i - 1 >= 0 and _is_place(doc[i - 1]):
            i -= 1
            continue  # "Peru's": the possessive joins the place to the body
        if _is_place(t):
            start = i
            while start - 1 >= 0 and doc[start - 1].ent_type_ == t.ent_type_ != "":
                start -= 1  # "New York"
            break
        if t.lower_ in STATE_BODY_QUALIFIERS:
            start = i
            i -= 1
            continue
        if t.pos_ in {"NOUN", "ADJ"} and t.text.islower() and t.dep_ in {"compound", "amod"}:
            i -= 1
            continue
        break
    if start is None:
        return None
    return start, head.i + 1
