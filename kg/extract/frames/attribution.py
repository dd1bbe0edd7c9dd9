"""Attributions of a wrong, read for the accusation frame: "A, B and C jointly attribute
the campaign to X", "the intrusion was attributed by A to X", "A's attribution of the
attacks to X", "A said X was behind the attack", "A assesses that X is responsible for
the theft". Each party that attributes accuses the party the wrong is laid on; a profit
or a trend put down to something ("attributed its profits to strong sales") is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.cues import NAMING_VERBS
from kg.extract.frames.legal import parties
from kg.extract.frames.legal_words import (
    ACCOUNTABLE_WORDS,
    ATTACK_NOUNS,
    HARM_WORDS,
    PERPETRATE_VERBS,
    VAGUE_WRONGS,
)
from kg.extract.frames.syntax import agents, children, is_passive, preps, subject

if TYPE_CHECKING:
    from kg.extract.frames.reader import ArticleReader


def names_wrong(token: Token | None) -> bool:
    """The phrase names an attack or another wrong: its head noun, or a noun after its
    "of" ("a series of attacks", "a campaign of destructive cyber operations"); a vague
    one ("campaign", "activity") only with a word of harm ("malicious cyber activity")."""
    for _ in range(3):
        if token is None:
            return False
        word = token.lemma_.lower()
        if word in ATTACK_NOUNS and (
            word not in VAGUE_WRONGS
            or any(c.lower_ in HARM_WORDS for c in token.children if c.i < token.i)
        ):
            return True
        token = next(iter(preps(token, "of")), None)
    return False


def laid_on(r: ArticleReader, trigger: Token, word: str = "to", start: int = 0) -> list[int]:
    """The parties after "to" in an attribution ("attribute X to Y", "its attribution of
    X to Y"), or after another preposition ``word`` from token ``start`` on: the parse
    may hang it on the trigger, on the wrong it names, or on the verb that governs a
    nominal trigger."""
    heads = {trigger.i}
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        heads.add(trigger.head.i)  # "announced its attribution of X to Y"
    sent = trigger.sent
    for t in sent.doc[max(trigger.i + 1, start) : sent.end]:
        if t.lower_ != word or t.dep_ != "prep":
            continue
        if t.head.i not in heads and not _inside(t.head, trigger):
            continue
        found = [e for o in children(t, "pobj") for e in parties(r, o) or _named(r, o)]
        if found:
            return found
    return []


def _named(r: ArticleReader, noun: Token) -> list[int]:
    """The name a noun is given ("to a hacking group known as X", "… called X"): the
    party is the named one, not the noun (read only when the noun is no party)."""
    for verb in children(noun, "acl"):
        if verb.lemma_ not in NAMING_VERBS:
            continue
        names = [n for p in children(verb, "prep") if p.lower_ == "as" for n in children(p, "pobj")]
        names += children(verb, "oprd")
        found = [e for n in names for e in parties(r, n)]
        if found:
            return found
    return []


def _inside(token: Token, trigger: Token) -> bool:
    """``token`` hangs, through nouns and prepositions, on ``trigger``'s object ("the
    attacks on hospitals to X": "to" on "hospitals")."""
    for _ in range(6):
        if token.i == trigger.i:
            return True
        if token.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "compound"}:
            return False
        token = token.head
    return False


def attributed(trigger: Token) -> Token | None:
    """The wrong an attributing verb or noun names: the verb's object (a passive verb's
    subject), the noun's "of" ("the attribution of the attack")."""
    if trigger.pos_ == "NOUN":
        return next(iter(preps(trigger, "of")), None)
    if any(c.dep_ == "auxpass" for c in trigger.children):
        return subject(trigger)
    return next(iter(children(trigger, "dobj")), None)


def culprits(r: ArticleReader, clause: Token) -> list[int]:
    """Whom a stated finding lays a wrong on: "X was behind the attack", "X is
    responsible for the theft", "X carried out the attack", "the campaign was conducted
    by X", else nobody."""
    if any(c.dep_ == "neg" for c in clause.children):
        return []  # "X was not behind the attack"
    if clause.lemma_.lower() in PERPETRATE_VERBS:
        if clause.lemma_.lower() == "carry" and not any(c.lower_ == "out" for c in clause.children):
            return []  # "carried the goods", not "carried out the attack"
        if is_passive(clause):
            if not names_wrong(subject(clause)):
                return []
            return [e for a in agents(clause) for e in parties(r, a)]
        if not any(names_wrong(o) for o in children(clause, "dobj")):
            return []
        return parties(r, subject(clause))
    if clause.lemma_.lower() != "be":
        return []
    behind = [o for o in preps(clause, "behind") if names_wrong(o)]
    held = [
        o
        for c in children(clause, "acomp")
        if c.lower_ in ACCOUNTABLE_WORDS
        for o in preps(c, "for")
        if names_wrong(o)
    ]
    if not (behind or held):
        return []
    return parties(r, subject(clause))
