"""Measures named by the noun of the act that imposes them, the target in its
of-phrase: "the designation of X (by the Treasury)", "Treasury's designations of A
and B", "the addition of X to the Entity List", "the blacklisting of X".

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "The Treasury announced the designation of Volta Media Ltd. on Monday."
>>> result = extract_doc(load_pipeline()(text), Article(id="d", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> [(names[s.imposer], s.kind, names[s.target]) for s in result.sanctions]
[('Treasury Department', 'Designation', 'Volta Media Ltd.')]
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.frames.sanction_lists import ACTOR_TARGETS
from kg.extract.frames.sanction_words import POST_NOUNS
from kg.extract.frames.syntax import agents, children, preps
from kg.extract.lexicon import IMPOSE_VERBS

#: Nouns of designating, whose of-phrase names who is designated.
DESIGNATING_NOUNS: Final = frozenset({"designation", "blacklisting", "sanctioning"})

#: Nouns of putting a name on a list, a measure when the list is a sanctions list
#: ("the addition of X to the Entity List", "the listing of X on the SDN List").
LISTING_NOUNS: Final = frozenset({"addition", "listing", "placement", "inclusion"})


def act_targets(r, noun: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The firms, people, bodies named in the of-phrase of a noun of imposing ("the
    designation of A and B"), not places ("the designation of the region as …") nor
    people given a post ("the designation of X as its chair")."""
    objects = preps(noun, "of")
    # "as its chair": an appointment (the as-phrase on the noun or on the name)
    posts = [t for o in [noun, *objects] for t in preps(o, "as")]
    if any(t.lemma_.lower() in POST_NOUNS for t in posts):
        return []
    found = [e for t in objects for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS]
    return list(dict.fromkeys(found))


def imposing_clauses(noun: Token) -> list[Token]:
    """ "the sanctions imposed on X (by Y)", "the tariffs Y levied on X": the clauses
    on a measure's noun that impose it, whose on-phrase names the target."""
    return [
        c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in IMPOSE_VERBS
    ]


def clause_imposers(r, clause: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Who imposes in such a clause: its by-phrase ("imposed on X by the EU") or its
    own subject ("the sanctions the EU imposed"; not the measure it describes)."""
    return [e for t in agents(clause) + children(clause, "nsubj") for e in r.entities(t)]


def described_as_sanctioned(r, verb: Token) -> tuple[list[int], list[int]]:  # type: ignore[no-untyped-def]
    """ "Orvane Systems, a US-sanctioned chipmaker", "the EU-sanctioned businessman
    X": the targets the described noun stands for (itself a name, the name beside it,
    or the name it is set beside) and the government named before the hyphen; ([], [])
    without a named government ("a sanctioned bank" says not whose)."""
    imposers = [
        e
        for c in verb.children
        if c.dep_ in {"npadvmod", "compound", "nmod"}
        for e in r.entities(c)
        if r.cls(e) in {"Government", "Location"}
    ]
    noun = verb.head
    if not imposers or noun.pos_ not in {"NOUN", "PROPN"}:
        return [], []
    described = [noun, *children(noun, "appos")]
    if noun.dep_ == "appos":
        described.append(noun.head)  # "X, a US-sanctioned chipmaker"
    if noun.dep_ == "compound":
        described.append(noun.head)  # "the US-sanctioned chipmaker X"
    targets = [
        e for t in described if t.i in r.index for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS
    ]
    return list(dict.fromkeys(targets)), imposers
