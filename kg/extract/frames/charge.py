"""Charges: indictments, convictions, guilty pleas and sentences.

"A federal jury convicted X", "X was indicted by a grand jury", "the jury found X
guilty", "X pleaded guilty" (the prosecutors of the article charged X), and a
charge with no actor named ("X was charged in an indictment filed in the District
of Y") takes the court named in its phrases or whoever charged last.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.reader import ACTOR_CLASSES
from kg.extract.frames.syntax import subject
from kg.extract.lexicon import CHARGE_VERBS


class ChargeFrame(Frame):
    verbs = CHARGE_VERBS | {"find", "plead"}

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        super().__init__(reader)
        self._last_charger: int | None = None  # who charged someone last in the article

    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma, sent = self.reader, clause.verb, clause.lemma, clause.sent
        if lemma not in CHARGE_VERBS and not guilty(verb, lemma):
            return False
        actors, patients = clause.actors, clause.patients
        modality = clause.modality
        confidence = 0.85
        if lemma == "plead":
            # "X pleaded guilty before Judge Y in the Southern District of Z"; the
            # prosecutors who brought the case charged X too
            actors, patients = [], clause.subjects
            prosecutor = r.prosecutor()
            for p in patients:
                if prosecutor is not None and r.cls(p) in ACTOR_CLASSES - {"Government"}:
                    r.fact(
                        prosecutor, "charges", p, sent, "charges.plea.prosecutor.v1", 0.55,
                        modality,
                    )  # fmt: skip
        elif lemma == "find" and not patients:
            # "the jury found X guilty": X is the small clause's subject
            patients = [
                e
                for c in verb.children
                if c.lower_ == "guilty" or c.dep_ in {"ccomp", "oprd", "xcomp"}
                for e in r.entities(subject(c))
            ]
        if not actors:
            # "charged in an indictment filed in the District of X": the court named
            # in the verb's own phrases or its subject's ("an indictment filed in…"),
            # else whoever charged last in the article
            actors = self._body_in_phrases(verb, exclude=patients)
            subj = subject(verb)
            if not actors and subj is not None and subj.i not in r.index:
                actors = self._body_in_phrases(subj, exclude=patients)
            confidence = 0.7
            if not actors and self._last_charger is not None and lemma != "plead":
                actors, confidence = [self._last_charger], 0.55
        for a in actors:
            if r.cls(a) not in {"Government", "Location"}:
                continue
            r.promote(a)
            if confidence >= 0.7 and modality == "asserted":
                # "a federal jury found two nationals guilty": the jury acts on in
                # later sentences ("X and Y were convicted of …")
                self._last_charger = a
            for p in patients:
                if r.cls(p) in {"Person", "Company", "Organization"}:
                    r.fact(a, "charges", p, sent, f"charges.verb.{lemma}.v1", confidence, modality)
                    if confidence >= 0.7:
                        self._last_charger = a
        return True

    def _body_in_phrases(self, verb: Token, exclude: list[int]) -> list[int]:
        """A court, jury or prosecutor named in the verb's in/by/before phrases."""
        r = self.reader
        for t in verb.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in {"in", "by", "before"}:
                named = t.i in r.index and r.index[t.i].source in {"body", "gazetteer"}
                for e in r.entities(t):
                    if named and r.cls(e) == "Government" and e not in exclude:
                        return [e]
        return []


def guilty(verb: Token, lemma: str) -> bool:
    """ "found X guilty", "pleaded guilty": a conviction or plea."""
    if lemma not in {"find", "plead"}:
        return False
    return any(t.lower_ == "guilty" for t in verb.children) or any(
        t.lower_ == "guilty"
        for c in verb.children
        if c.dep_ in {"ccomp", "oprd", "xcomp", "dobj"}
        for t in (c.subtree if c.dep_ != "dobj" else c.children)
    )
