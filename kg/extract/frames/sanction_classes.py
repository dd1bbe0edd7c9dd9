"""Classes a measure names instead of its targets, and the sentences that say who is
in them: an order "prohibits U.S. investments in countries of concern" and, in its
annex, "identifies the People's Republic of China as a country of concern".

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("The order identifies Freedonia as a country of concern.")
>>> [t.text for t in doc if class_named(t)]
['identifies']
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.frames.syntax import preps

#: Verbs that place a named country or firm in a class: "identified X as a …".
CLASSING_VERBS: Final = frozenset({"identify", "designate", "determine", "name", "deem", "list"})

#: Nouns of the classes measures are aimed at, read with "of concern" or "foreign":
#: "a country of concern", "an entity of concern", "a foreign adversary".
_CLASS_NOUNS: Final = frozenset({"country", "nation", "jurisdiction", "entity", "adversary"})


def class_named(verb: Token) -> bool:
    """Whether ``verb`` places its object in a class of concern ("as a country of
    concern", "as foreign adversaries")."""
    if verb.lemma_.lower() not in CLASSING_VERBS:
        return False
    return any(_class_noun(t) for t in preps(verb, "as"))


def _class_noun(noun: Token) -> bool:
    """ "country of concern", "foreign adversary": a class measures are aimed at."""
    if noun.lemma_.lower() not in _CLASS_NOUNS:
        return False
    of_concern = any(t.lemma_.lower() == "concern" for t in preps(noun, "of"))
    foreign = noun.lemma_.lower() == "adversary" and any(
        c.dep_ == "amod" and c.lower_ == "foreign" for c in noun.children
    )
    return of_concern or foreign


def military_company_named(verb: Token) -> bool:
    """Whether ``verb`` places its object among the military companies a list of
    designations names ("identified X and its affiliate Y as Chinese military
    companies under Section 1260H", "designated X as a Chinese military company"):
    the Defense Department's list, a designation of its own."""
    if verb.lemma_.lower() not in CLASSING_VERBS:
        return False
    return any(
        t.lemma_.lower() in {"company", "companies"}
        and any(c.lower_ == "military" for c in t.children if c.dep_ in {"amod", "compound"})
        for t in preps(verb, "as")
    )


#: Capitalised words of the legal classes whose naming is itself a designation: "a
#: Specially Designated Global Terrorist", "a Foreign Terrorist Organization", "a
#: Significant Foreign Narcotics Trafficker", "a Transnational Criminal Organization".
_LISTED_CLASS_WORDS: Final = frozenset({"Terrorist", "Trafficker", "Kingpin", "Criminal"})


def listed_class(verb: Token) -> bool:
    """Whether ``verb`` names its object as one of a designating class ("identified X
    as a primary money laundering concern" (FinCEN's finding), "named X a Specially
    Designated Global Terrorist"); not "identified X as a drug trafficker"."""
    if verb.lemma_.lower() not in CLASSING_VERBS:
        return False
    nouns = preps(verb, "as") + [c for c in verb.children if c.dep_ == "oprd"]
    if verb.dep_ == "acl" and not nouns:
        # "issued an order identifying X … as …": the as-phrase hung on "issued"
        nouns = preps(verb.head.head, "as")
    words = {t.text for n in nouns for t in n.subtree}
    return bool(words & _LISTED_CLASS_WORDS) or {"laundering", "concern"} <= words
