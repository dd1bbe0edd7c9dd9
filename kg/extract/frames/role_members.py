"""Members of a body listed after the body: "Unit 40211 and two of its officers,
Colonel A, the unit's commander, and Major B", "Kestrel Ltd and its directors: A
and B".

The possessive of the member noun ("its officers") points back to the body named
just before ("X and two of its …", "X and its …"); the names of the list that
follows the noun are its members. The parser seldom hangs those names on the noun
(they come out as the sentence's subject or as items of the body's own list), so
the list is read in word order: person names after the noun's comma, up to a
clause of their own ("who …") or the sentence's end.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from kg.extract.frames.reader import ArticleReader
from kg.extract.tokens import token_table

#: Plural nouns of the people of a body: "its officers", "their executives".
MEMBER_NOUNS: Final = frozenset(
    {"officer", "official", "executive", "employee", "director", "member", "manager",
     "agent", "operative", "commander"}
)  # fmt: skip

#: Words that open what the listed people did or are: the list ends there.
_STOPS: Final = frozenset({"who", "which", "that", "whom", ";", ":", "("})

#: Body classes whose members these are.
_BODIES: Final = frozenset({"Company", "Government", "Organization"})


def members_listed(r: ArticleReader, noun: Token, sent: Span) -> tuple[int | None, list[int]]:
    """The body ``noun`` ("officers") belongs to and the people listed after it;
    ``(None, [])`` when the wording is not "X and (N of) its officers, A and B"."""
    if noun.tag_ not in {"NNS", "NNPS"} or not any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children
    ):
        return None, []
    owner = _owner(r, noun)
    if owner is None:
        return None, []
    lower = token_table(r.doc).lower
    if noun.i + 1 >= sent.end or lower[noun.i + 1] not in {",", ":", "-", "–", "—"}:
        return None, []
    people: list[int] = []
    i = noun.i + 2
    while i < sent.end:
        token = r.doc[i]
        if lower[i] in _STOPS or (token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod"):
            break
        mention = r.index.get(i)
        if mention is not None:
            if r.cls(mention.entity) == "Person" and mention.entity not in people:
                people.append(mention.entity)
            i = max(i + 1, mention.end)
            continue
        i += 1
    return owner, people


def _owner(r: ArticleReader, noun: Token) -> int | None:
    """The body named just before "(N of) its …": "Unit 40211 and two of its
    officers", "Kestrel Ltd and its directors"."""
    item = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        item = noun.head.head  # "two" of "two of its officers"
    if item.dep_ != "conj":
        return None
    mention = r.index.get(item.head.i)
    if mention is None or r.cls(mention.entity) not in _BODIES:
        return None
    return mention.entity


def the_defendants(r: ArticleReader, noun: Token) -> list[int]:
    """The people "the defendants" names in a release: every person the article
    introduces as a defendant is, by the release's convention, with an age after the
    name ("Ana Ruiz, 38, of Plano", "- Ana Ruiz, 38, the chief …"); none for any other
    noun ("the victims worked for …") or without the definite article."""
    if noun.lower_ != "defendants" or not any(c.lower_ == "the" for c in noun.children):
        return []
    text = token_table(r.doc).text
    n = len(text)
    found = [
        m.entity
        for m in r.mentions
        if m.end + 2 < n
        and text[m.end] == ","
        and text[m.end + 1].isdecimal()
        and text[m.end + 2] in {",", ";", "and"}
        and 14 <= int(text[m.end + 1]) <= 105
        and r.cls(m.entity) == "Person"
    ]
    return list(dict.fromkeys(found))
