"""Accusations (``accuses``): "the regulator accused X of …", "X was accused by Y",
"Y sued X", "Y filed a lawsuit against X", "a complaint filed against X by Y",
"Y's lawsuit against X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.legal import against, bringers, clause_parties, parties
from kg.extract.frames.legal_words import BRING_VERBS, CASE_NOUNS, SUE_VERBS
from kg.extract.frames.syntax import modality, preps, subject
from kg.extract.lexicon import VERB_PROPERTIES

#: Who can accuse or be accused.
PARTIES = frozenset({"Person", "Company", "Organization", "Government", "Location"})


class AccusationFrame(Frame):
    verbs = frozenset(v for v, p in VERB_PROPERTIES.items() if p == "accuses") | SUE_VERBS
    nouns = frozenset(n for n, p in CASE_NOUNS.items() if p == "accuses")

    def read_verb(self, clause: VerbClause) -> bool:
        r = self.reader
        rule = f"verb.accuses.{clause.lemma}.v1"
        confidence = 0.7 if clause.lemma not in SUE_VERBS else 0.75
        actors, patients = clause.actors, clause.patients
        if not (actors and patients):
            actors, patients = clause_parties(r, clause.verb, clause.passive)
        for a in actors:
            for t in patients:
                if r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, clause.sent, rule, confidence, clause.modality)
        return True

    def read_noun(self, noun: Token, sent: Span) -> None:
        """ "Y filed a lawsuit against X", "a complaint filed against X by Y"."""
        r = self.reader
        targets = against(r, noun)
        if not targets:
            return
        actors = bringers(r, noun)
        head = noun.head
        if not actors and noun.dep_ == "dobj" and head.lemma_.lower() in BRING_VERBS:
            actors = parties(r, subject(head))
        if not actors and noun.dep_ == "pobj" and head.lower_ == "against":
            return  # "the case against X" alone names no accuser
        if not actors and noun.dep_ == "dobj" and head.lemma_.lower() in BRING_VERBS:
            actors = [e for t in preps(head, "by") for e in r.entities(t)]
        mod = modality(head if noun.dep_ == "dobj" else noun, sent)
        for a in actors:
            for t in targets:
                if r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, sent, "accuses.noun.v1", 0.7, mod)
