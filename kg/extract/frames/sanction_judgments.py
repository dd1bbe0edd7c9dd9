"""Court judgments that restrain a company: "the Microsoft final judgment", "the final
judgment prevented X from …", "a consent decree against X". An antitrust release
reports them as the department's remedy: a measure of kind ``Other`` on the company.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("The final judgment prevented Kestrel Dynamics from bundling.")
>>> [t.text for t in doc if restraining_judgment(t)]
['judgment']
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.frames.syntax import children, preps

#: Nouns of a court's final order.
JUDGMENT_NOUNS: Final = frozenset({"judgment", "judgement", "decree"})

#: Verbs whose subject judgment restrains their object: "prevented X from …".
_RESTRAINING_VERBS: Final = frozenset(
    {"prevent", "prohibit", "bar", "ban", "restrict", "require", "block", "stop"}
)


def restraining_judgment(noun: Token) -> bool:
    """A final judgment or a consent decree ("the final judgment", "a consent decree"),
    not any judgment ("in our judgment")."""
    if noun.lemma_.lower() not in JUDGMENT_NOUNS:
        return False
    words = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    return bool(words & {"final", "consent"})


def judgment_parties(noun: Token) -> list[Token]:
    """The phrases naming whom a judgment restrains: its modifier ("the Microsoft
    final judgment", "Microsoft's"), its against-phrase, or the object of the verb it
    is the subject of ("the final judgment prevented Microsoft from …")."""
    found = [c for c in noun.children if c.dep_ in {"nmod", "poss", "compound"}]
    found += preps(noun, "against")
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in _RESTRAINING_VERBS:
        found += children(head, "dobj")
    return found


def proposed(noun: Token) -> bool:
    """ "the proposed final judgment": one the court has not entered yet."""
    return any(c.lower_ == "proposed" for c in noun.children)
