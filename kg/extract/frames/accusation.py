"""Accusations (``accuses``): "the regulator accused X of …"."""

from __future__ import annotations

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.lexicon import VERB_PROPERTIES


class AccusationFrame(Frame):
    verbs = frozenset(v for v, p in VERB_PROPERTIES.items() if p == "accuses")

    def read_verb(self, clause: VerbClause) -> bool:
        r = self.reader
        rule = f"verb.accuses.{clause.lemma}.v1"
        for a in clause.actors:
            for t in clause.patients:
                r.fact(a, "accuses", t, clause.sent, rule, 0.7, clause.modality)
        return True
