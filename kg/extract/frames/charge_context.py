"""Charges a release states without a charging verb or actor of its own.

- "If convicted, X faces up to 20 years in prison", "X and Y each face a maximum
  penalty of 20 years": only the charged face a sentence; whoever the article says
  charged (the grand jury, the last charger, the releasing prosecutors) charged them
  (:func:`penalty_faced`);
- "According to the indictment (court documents), A and B shipped …": the case's
  papers tell what its defendants did (:func:`according_to_case`);
- "The indictment of X was announced by U.S. Attorney A of the District of Y": a
  U.S. Attorney acts for the office of the district he is named for
  (:func:`prosecutor_office`);
- "An indictment was unsealed today in the Eastern District of Y charging X", "A
  complaint filed in the District of Z charging X": the participle hangs on the verb
  of the case's unsealing or filing; the court named in that verb's phrases charges
  (:func:`case_verb`).
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from kg.extract.frames.syntax import children
from kg.extract.tokens import token_table

#: What only a defendant faces: a prison term or a statutory maximum.
_PENALTY_WORDS: Final = frozenset(
    {"prison", "imprisonment", "penalty", "sentence", "incarceration"}
)  # fmt: skip

#: Words of a term of years ("up to 20 years", "a maximum of five years").
_TERM_WORDS: Final = frozenset({"year", "month"})


def penalty_faced(verb: Token) -> bool:
    """ "X faces up to 20 years in prison", "faces a maximum penalty of 5 years",
    "if convicted, X faces a fine of $1 million": ``verb`` ("face") has as object a
    prison term or a statutory penalty (a fine only in a clause of conviction: "faces a
    fine" alone is as often a regulator's)."""
    objects = children(verb, "dobj")
    if not objects:
        return False
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    words |= {t.lemma_.lower() for p in children(verb, "prep") for t in p.subtree}
    if words & _PENALTY_WORDS:
        return True
    if words & _TERM_WORDS and "charge" not in words:
        return any(w in words for w in ("maximum", "up", "prison"))
    return "fine" in words and _if_convicted(verb)


def _if_convicted(verb: Token) -> bool:
    """ "If convicted, X faces …": an adverbial clause of conviction on ``verb``."""
    return any(c.lemma_.lower() in {"convict", "find"} for c in children(verb, "advcl"))


#: Filed papers that charge: with "charging X" a complaint is a criminal one.
_CHARGING_CASES: Final = frozenset({"indictment", "complaint", "information"})


def case_verb(verb: Token) -> Token | None:
    """The verb "unsealed"/"filed" of "An indictment was unsealed (today) in the
    District of Y charging X", on which the parse hangs the participle ``verb``: a
    passive verb whose subject is a case (indictment, complaint, information)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    head = verb.head
    if not children(head, "auxpass"):
        return None
    subjects = children(head, "nsubjpass")
    return head if any(s.lemma_.lower() in _CHARGING_CASES for s in subjects) else None


#: Verbs whose conjunct "and faces …" only adds the penalty to a fact they state.
_STATING_VERBS: Final = frozenset({"plead", "convict", "sentence", "charge", "indict", "find"})


def stated_before(verb: Token) -> bool:
    """ "X pleaded guilty … and faces five years in prison": ``verb`` is a conjunct of
    a plea or conviction, whose reading already says who charged X."""
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in _STATING_VERBS


#: Quantifiers a parse can leave as the subject of a list they float from.
_FLOATING: Final = frozenset({"each", "both", "all"})


def floated_names(subject: Token) -> list[Token]:
    """The names of "If convicted, A and B each face …" when the parse made "each" the
    subject and hung the names on the clause before it ("dep"); else none."""
    if subject.lower_ not in _FLOATING:
        return []
    verb = subject.head
    found = [c for c in subject.children if c.dep_ == "appos"]
    for clause in children(verb, "advcl"):
        found += [
            c for c in clause.children
            if c.dep_ in {"dep", "nsubj", "nsubjpass"} and c.i < subject.i and c.pos_ == "PROPN"
        ]  # fmt: skip
    return found


#: Case papers a release cites for what its defendants did.
SOURCE_CASES: Final = frozenset({"indictment", "document"})


def according_to_case(noun: Token) -> Token | None:
    """The verb of "According to the indictment, A and B shipped …" ("according to
    court documents"), for ``noun`` the indictment or the documents; else None ("the
    allegations in the indictment" are no source of a clause)."""
    lemma = noun.lemma_.lower()
    if lemma not in SOURCE_CASES or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    according = noun.head.head
    if according.lower_ != "according" or according.head.pos_ not in {"VERB", "AUX"}:
        return None
    if lemma == "document" and not any(c.lower_ == "court" for c in noun.children):
        return None  # "according to company documents"
    return according.head


def aged(name: Span) -> bool:
    """ "Viktor Lazarenko, 52, …": a name followed by an age, as a release introduces
    the people it charges."""
    doc, end = name.doc, name.end
    if end + 2 > len(doc) or token_table(doc).text[end] != ",":
        return False
    age = token_table(doc).text[end + 1]
    return age.isdigit() and 16 <= int(age) <= 99


#: Titles of a prosecutor who acts for an office: "U.S. Attorney A (of the District of Y)".
_PROSECUTOR_TITLES: Final = frozenset({"attorney"})


def prosecutor_office(r, person: Token) -> int | None:  # type: ignore[no-untyped-def]
    """The district or office "U.S. Attorney A of (for) the District of Y" names for A,
    whose charges are the office's; None for anyone else (a defence attorney has no
    district, an Assistant Attorney General is read by the role frame)."""
    titled = any(
        c.dep_ == "compound" and c.lower_ in _PROSECUTOR_TITLES and c.i < person.i
        for c in person.children
    )
    if not titled:
        return None
    for prep in children(person, "prep"):
        if prep.lower_ not in {"of", "for"}:
            continue
        for place in children(prep, "pobj"):
            for e in r.entities(place):
                if r.cls(e) == "Government" and "district" in r.clusters[e].name.lower():
                    return int(e)
    return None
