"""Technologies and products: ``develops``, ``provides``, ``uses`` and ``supplies``.

"Huawei develops 5G equipment", "X sells surveillance cameras to the police" (and
supplies the police), "X, a maker of drones", "a leading provider of cloud services".
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.reader import ORG_CLASSES
from kg.extract.frames.syntax import preps, subject
from kg.extract.lexicon import PROVIDER_NOUNS, VERB_PROPERTIES
from kg.extract.mentions import Mention

_PROPERTIES = frozenset({"develops", "provides", "uses"})


class TechnologyFrame(Frame):
    verbs = frozenset(v for v, p in VERB_PROPERTIES.items() if p in _PROPERTIES)

    def read_verb(self, clause: VerbClause) -> bool:
        if clause.passive:
            return True  # "was used by": the actor is rarely named well enough
        r, verb, lemma = self.reader, clause.verb, clause.lemma
        prop = VERB_PROPERTIES[lemma]
        rule = f"verb.{prop}.{lemma}.v1"
        receivers = [e for t in preps(verb, "to") for e in r.entities(t)]
        for a in clause.actors:
            if r.cls(a) not in ORG_CLASSES:
                continue
            if prop == "provides":
                for rec in receivers:
                    if r.cls(rec) in {"Government", "Company"}:
                        r.fact(
                            a, "supplies", rec, clause.sent, f"verb.supplies.{lemma}.v1", 0.7,
                            clause.modality,
                        )  # fmt: skip
            for o in clause.patients:
                ocls = r.cls(o)
                if ocls == "Technology":
                    r.fact(a, prop, o, clause.sent, rule, 0.75, clause.modality)
                elif prop == "provides" and ocls in {"Government", "Company"} and lemma == "supply":
                    r.fact(a, "supplies", o, clause.sent, rule, 0.65, clause.modality)
        return True

    def read_mention(self, mention: Mention, sent: Span) -> None:
        if self.reader.cls(mention.entity) == "Technology":
            self._provider_of(mention, sent)

    def _provider_of(self, tech: Mention, sent: Span) -> None:
        """ "Lam Research is a leading provider of process technology", "X, a maker of
        drones": provides/develops through the noun that names the company's role."""
        r = self.reader
        root = tech.span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "provider of A and B"
        if root.dep_ != "pobj" or root.head.lower_ != "of":
            return
        role = root.head.head
        prop = PROVIDER_NOUNS.get(role.lemma_.lower())
        if prop is None:
            return
        companies: list[int] = []
        if role.dep_ == "attr":
            companies = r.entities(subject(role.head))
        elif role.dep_ == "appos" and role.head.i in r.index:
            companies = [r.index[role.head.i].entity]
        for company in companies:
            if r.cls(company) in {"Company", "Organization"}:
                r.fact(company, prop, tech.entity, sent, f"nominal.{prop}.v1", 0.75)
