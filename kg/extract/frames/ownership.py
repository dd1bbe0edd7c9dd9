"""Ownership and structure: ``partOf``, ``acquires``, ``investsIn``, ``partnersWith``.

"Unit 61398 of the Third Department", "the Treasury's Office of Foreign Assets
Control", "X, a subsidiary of Y"; "Y bought X", "invested in X", "partnered with X".
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.reader import ORG_CLASSES
from kg.extract.frames.syntax import preps
from kg.extract.lexicon import VERB_PROPERTIES
from kg.extract.mentions import Mention

#: Nouns in apposition that make the name before them a part of what follows.
PART_NOUNS = frozenset(
    {"part", "subsidiary", "unit", "division", "arm", "agency", "component", "affiliate"}
)
_PROPERTIES = frozenset({"acquires", "investsIn", "partnersWith"})


class OwnershipFrame(Frame):
    verbs = frozenset(v for v, p in VERB_PROPERTIES.items() if p in _PROPERTIES)

    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma = self.reader, clause.verb, clause.lemma
        prop = VERB_PROPERTIES[lemma]
        rule = f"verb.{prop}.{lemma}.v1"
        if prop == "investsIn":
            targets = [e for t in preps(verb, "in") for e in r.entities(t)]
            for a in clause.actors:
                for t in targets:
                    r.fact(a, "investsIn", t, clause.sent, rule, 0.7, clause.modality)
        elif prop == "partnersWith":
            partners = [e for t in preps(verb, "with") for e in r.entities(t)]
            for a in clause.actors:
                for t in partners:
                    # a company "cooperating with" prosecutors is no partnership
                    if r.cls(a) == r.cls(t) and r.cls(a) in ORG_CLASSES:
                        r.fact(a, "partnersWith", t, clause.sent, rule, 0.7, clause.modality)
        elif not clause.passive:  # "was bought by": the actor is rarely named well enough
            for a in clause.actors:
                if r.cls(a) not in ORG_CLASSES:
                    continue
                for o in clause.patients:
                    if r.cls(o) == "Company":
                        r.fact(a, "acquires", o, clause.sent, rule, 0.75, clause.modality)
        return True

    def read_mention(self, mention: Mention, sent: Span) -> None:
        if self.reader.cls(mention.entity) in {"Government", "Company"}:
            self._part_of(mention, sent)

    def _part_of(self, body: Mention, sent: Span) -> None:
        """ "Unit 61398 of the Third Department", "the Treasury's Office of Foreign
        Assets Control", "X, part of Y"."""
        r = self.reader
        root = body.span.root
        cls = r.cls(body.entity)
        if body.part_of is not None:
            outer = r.index.get(body.part_of)
            if outer is not None and r.cls(outer.entity) == cls == "Government":
                r.fact(body.entity, "partOf", outer.entity, sent, "nominal.body.v1", 0.8)
        # "X, part of / a subsidiary of Y"
        for appos in (c for c in root.children if c.dep_ == "appos"):
            if appos.lemma_.lower() in PART_NOUNS:
                for org, _ in r.prep_chain(appos):
                    if r.cls(org) == cls:
                        r.fact(body.entity, "partOf", org, sent, "nominal.partof.v1", 0.8)
                        break
