"""Whom "he" or "she" opening a clause refers to in a release: the person the text is
about, not the last name it mentioned.

"X pleaded guilty before U.S. District Judge Y. He was an employee of Z until his
arrest": "He" is X, not the judge named inside a phrase of the sentence before.
Among the people named in the pronoun's sentence (before it) and the two sentences
before, the nearest one who is not a preposition's object ("before/by Judge Y",
"with Special Agent Y") is taken: a clause's subject or object ("X met Y. He …" is
still Y). The reader's plain back-reference (the last person named) is the fallback.

>>> sorted(PERSONAL), sorted(_IN_PHRASE)
(['he', 'she'], ['pobj'])
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames.reader import ArticleReader

#: Subject pronouns of a person.
PERSONAL = frozenset({"he", "she"})
#: Dependencies of a name inside a phrase, seldom the one a later "he" means.
_IN_PHRASE = frozenset({"pobj"})


def personal(token: Token) -> bool:
    """ "he", "she", "him", or "her" as an object (not "her" as a possessive)."""
    word = token.lower_
    return word in PERSONAL or word == "him" or (word == "her" and token.dep_ != "poss")


def person_referent(r: ArticleReader, token: Token) -> int | None:
    """The person "he"/"she" ``token`` refers to (see the module), else the reader's
    back-reference (also for any other token); "his"/"her" as possessives too."""
    possessive = token.lower_ in {"his", "her"} and token.dep_ == "poss"
    if not personal(token) and not possessive:
        return r.entity(token)
    doc = token.doc
    sent = token.sent
    start = sent.start
    for _ in range(2):  # the two sentences before
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for m in reversed(r.mentions):
        if m.start >= token.i or m.start < start:
            continue
        if r.cls(m.entity) == "Person" and m.root.dep_ not in _IN_PHRASE:
            return m.entity
    return r.entity(token)
