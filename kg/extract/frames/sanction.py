"""Sanctions: designations, bans, fines, export controls, listed by verb or noun.

"The Treasury blacklisted X", "X was fined $2m by the regulator", "imposed a ban on
X", "added X to the Entity List", "ordered to pay a $40m penalty", "the U.S. ban on
X"; a government "targeting" people followed by "This includes A, B and C".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.syntax import agents, children, modality, money_in, preps, subject
from kg.extract.lexicon import (
    IMPOSE_VERBS,
    LIFT_VERBS,
    LIST_NAMES,
    MEASURE_WORDS,
    SANCTION_NOUNS,
    SANCTION_VERBS,
)

#: "added X to the Entity List": a sanction when the object is a named list.
LISTING_VERBS = frozenset({"add", "place", "put"})


class SanctionFrame(Frame):
    verbs = frozenset(SANCTION_VERBS) | IMPOSE_VERBS | LISTING_VERBS | {"target", "include", "pay"}
    nouns = frozenset(SANCTION_NOUNS)

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        super().__init__(reader)
        # the last "X is targeting …" frame: (governments, kind, sentence end)
        self._targeting: tuple[list[int], str, int] | None = None

    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma, sent = self.reader, clause.verb, clause.lemma, clause.sent
        if lemma == "target" and not clause.passive:
            # "The Department of State is targeting Russian oligarchs": a government
            # targeting people is sanctioning them; the names may follow ("This
            # includes A, …; B, …; and C")
            govs = [a for a in clause.actors if r.cls(a) == "Government"]
            if govs:
                self._targeting = (govs, "Designation", sent.end)
                r.sanction(
                    govs, clause.patients, "Designation", verb, sent, "sanction.target.v1",
                    clause.modality,
                )  # fmt: skip
            return True
        if lemma == "include" and self._targeting is not None and _demonstrative_subject(verb):
            govs, kind, frame_end = self._targeting
            if sent.start - frame_end <= 2:
                targets = r.named_in(sent)
                r.sanction(govs, targets, kind, verb, sent, "sanction.includes.v1", clause.modality)
            return True
        listable = lemma in SANCTION_VERBS or lemma in LISTING_VERBS
        listed_kind = _list_kind(verb) if listable else None
        if lemma in SANCTION_VERBS or listed_kind:
            kind = listed_kind or SANCTION_VERBS.get(lemma, "Other")
            if listed_kind is None and _refers_to_measures(verb):
                # "listed X as subject to the order's prohibitions": the measures the
                # article describes ("prohibit U.S. investments in …")
                kind = r.measure_kind() or kind
            r.sanction(
                clause.actors, clause.patients, kind, verb, sent, f"sanction.verb.{lemma}.v1",
                clause.modality,
            )  # fmt: skip
            return True
        if lemma in IMPOSE_VERBS:
            for measure in children(verb, "dobj"):
                measure_kind = SANCTION_NOUNS.get(measure.lemma_.lower())
                if measure_kind is None:
                    continue
                targets = [
                    e
                    for p in preps(verb, "on", "against") + preps(measure, "on", "against")
                    for e in r.entities(p)
                ]
                r.sanction(
                    clause.actors, targets, measure_kind, measure, sent, "sanction.impose.v1",
                    clause.modality,
                )  # fmt: skip
            return True
        if lemma == "pay" and not clause.passive:
            self._payment(clause)
            return True
        return False

    def _payment(self, clause: VerbClause) -> None:
        """ "X was ordered to pay $40m", "X will pay a $430 million penalty to the U.S."."""
        r, verb, sent = self.reader, clause.verb, clause.sent
        subjects = clause.subjects
        if not (money_in(verb) and subjects):
            return
        ordered = verb.head if verb.dep_ == "xcomp" else None
        imposers = r.entities(subject(ordered)) if ordered is not None else []
        if ordered is not None and ordered.lemma_ == "order":
            imposers = [e for t in agents(ordered) for e in r.entities(t)]
        # "pay a $430 million penalty to the U.S."
        imposers += [e for t in preps(verb, "to") for e in r.entities(t)]
        imposers = [i for i in imposers if r.cls(i) in {"Government", "Location"}]
        if imposers:
            r.sanction(imposers, subjects, "Fine", verb, sent, "sanction.pay.v1", clause.modality)
        # a plea agreement's fine is the prosecutors' doing
        prosecutor = r.prosecutor()
        if prosecutor is not None and prosecutor not in imposers:
            r.sanction(
                [prosecutor], subjects, "Fine", verb, sent, "sanction.pay.prosecutor.v1",
                clause.modality, confidence=0.55,
            )  # fmt: skip

    def read_noun(self, noun: Token, sent: Span) -> None:
        """ "the U.S. ban on Huawei", "Treasury's sanctions against SenseTime"."""
        r = self.reader
        kind = SANCTION_NOUNS.get(noun.lemma_.lower())
        if kind is None or (noun.head.lemma_.lower() in IMPOSE_VERBS and noun.dep_ == "dobj"):
            return
        if noun.head.lemma_.lower() in LIFT_VERBS:
            return  # "lifted its ban on X": a measure that ended is no sanction
        targets = [e for t in preps(noun, "on", "against") for e in r.entities(t)]
        if not targets:
            return
        imposers = [
            e
            for c in noun.children
            if c.dep_ in {"poss", "compound", "amod", "nmod"}
            for e in r.entities(c)
        ]
        imposers += [e for t in preps(noun, "by") for e in r.entities(t)]
        r.sanction(imposers, targets, kind, noun, sent, "sanction.noun.v1", modality(noun, sent))


def _demonstrative_subject(verb: Token) -> bool:
    """ "This includes …", "These include …": the subject points back."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"this", "these", "they"} for c in verb.children)


def _refers_to_measures(verb: Token) -> bool:
    """ "as subject to the prohibitions", "under these restrictions"."""
    doc = verb.doc
    return any(t.lemma_.lower() in MEASURE_WORDS for t in doc[verb.i : verb.i + 15])


def _list_kind(verb: Token) -> str | None:
    """ "added to the Entity List" → ExportControl: the kind a named list implies."""
    for obj in preps(verb, "to", "on"):
        phrase = " ".join(t.lower_ for t in obj.subtree)
        for name, kind in LIST_NAMES.items():
            if name in phrase:
                return kind
    return None
