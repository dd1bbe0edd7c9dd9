"""The designation release's memory: the measures stated so far, and the lists that
name their targets later.

A release states a measure once with a count ("OFAC designated five entities and three
individuals") and names the targets after it: in a passive with no one named ("X,
its director, is designated today"), under a heading and bullets ("The additions
include:", "They include:" right after the lead), or in "Those covered include A and
B". ``LeadMemory`` keeps the last measure (its governments and kind, per kind too)
and the counted leads, and reads those follow-ups under the measure they continue.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.frames.base import VerbClause
from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.sanction_context import clause_modality as _modality
from kg.extract.frames.sanction_followups import (
    among_group,
    covered_among,
    covered_subject,
    heading_colon,
    heading_names,
    heading_subject,
    pronoun_heading,
    subject_to_kind,
)
from kg.extract.frames.sanction_kinds import record
from kg.extract.frames.sanction_lists import _bullet_items
from kg.extract.frames.sanction_words import PERSON_GROUPS, TARGET_GROUPS
from kg.extract.frames.syntax import children, preps
from kg.extract.tokens import sentence_bounds


class LeadMemory:
    """The measures a release has stated, for the sentences that continue them (a
    mixin of the sanction frame, which calls ``_init_leads`` and ``_remember``)."""

    reader: ArticleReader

    def _init_leads(self) -> None:
        # the governments of the last measure a verb stated, and its kind
        self._last: tuple[list[int], str] | None = None
        self._last_sent = -1  # where it was stated
        self._kinds: dict[str, list[int]] = {}  # the governments of the last measure of each kind
        # the counted leads stated so far ("designated five entities and three
        # individuals"): governments, kind, the classes the group counts
        self._leads: list[tuple[list[int], str, frozenset[str]]] = []
        self._last_group: frozenset[str] = frozenset()  # the last measure's, if a lead

    def _remember(
        self, imposers: list[int], kind: str, sent: Span, counted: frozenset[str] = frozenset()
    ) -> None:
        """Keep the last measure stated for later passive ones; within one sentence
        the first measure is the main one ("froze X's assets and imposed a travel ban":
        an asset freeze). ``counted``: the classes of the counted group a lead names
        ("six entities and three individuals")."""
        self._kinds[kind] = imposers
        self._last_group = counted
        if counted:
            self._leads.append((imposers, kind, counted))
        if self._last is not None and self._last_sent == sent.start:
            merged = self._last[0] + [i for i in imposers if i not in self._last[0]]
            self._last = (merged, self._last[1])
            return
        self._last, self._last_sent = (imposers, kind), sent.start

    def _lead_for(self, patients: list[int]) -> tuple[list[int], str]:
        """The measure a passive with no one named carries: the last one stated, unless
        that was a counted lead whose group cannot hold the patients ("OFAC designated
        five entities and three individuals … . State is designating one entity. X,
        its director, is designated today": the lead that counted individuals)."""
        assert self._last is not None
        classes = {self.reader.cls(p) for p in patients}
        if not self._last_group or classes <= self._last_group:
            return self._last
        for imposers, kind, group in reversed(self._leads):
            if classes <= group:
                return imposers, kind
        return self._last

    def _heading_list(self, clause: VerbClause) -> bool:
        """ "The additions include several firms that …:" / "The individuals subject to
        visa restrictions are:" and bullets below ("- A, a maker of …;"): each bullet's
        name, under the last measure stated (of the kind the heading names)."""
        r, verb, sent = self.reader, clause.verb, clause.sent
        colon = heading_colon(verb, sent)  # first: few sentences have a colon
        if colon is None:
            return False
        # "Those designated include:", "The individuals named today are:"
        group = heading_subject(verb) or among_group(verb) or covered_subject(verb)
        # "OFAC is designating six entities … . They include:": only right after the
        # measure the pronoun points back to
        previous = sentence_bounds(sent.doc[sent.start - 1])[0] if sent.start > 0 else None
        after_last = previous is not None and self._last_sent == previous
        if group is None and self._last is not None and after_last:
            group = pronoun_heading(verb)
        if group is None:
            return False
        kind = subject_to_kind(group)
        govs = self._kinds.get(kind) if kind is not None else None
        if kind is None and self._last is not None:
            govs, kind = self._last
        if not govs or kind is None:
            return False
        nouns = [group, *children(verb, "dobj", "attr")]
        person = any(n.lemma_.lower() in PERSON_GROUPS for n in nouns)
        targets = _bullet_items(r, colon, "Person" if person else "Company") or []
        if not targets:
            return False
        # "The additions include A as well as three makers …:": A too
        targets += [e for e in heading_names(r, verb) if e not in targets]
        record(
            r, govs, targets, kind, verb, clause.sent, "sanction.heading.bullets.v1",
            _modality(clause), 0.7,
        )  # fmt: skip
        return True

    def _named_after_lead(self, clause: VerbClause) -> bool:
        """ "OFAC designated two companies … . The entities are A and B", "They are A,
        B and C", "Among them is A, a maker of …": a copula right after a counted lead
        names its targets without a colon (the heading path reads the colon form)."""
        r, verb, sent = self.reader, clause.verb, clause.sent
        if self._last is None or not self._last_group or sent.start == 0:
            return False
        if sentence_bounds(sent.doc[sent.start - 1])[0] != self._last_sent:
            return False
        if not (heading_subject(verb) or pronoun_heading(verb) or _among_back(verb)):
            return False
        targets = [e for e in r.named_in(sent) if r.cls(e) in _NAMED_TARGETS]
        if not targets:
            return False
        govs, kind = self._lead_for(targets)
        record(r, govs, targets, kind, verb, sent, "sanction.lead.named.v1", _modality(clause), 0.7)
        return True

    def _covered_include(self, clause: VerbClause) -> bool:
        """ "The Department is imposing visa restrictions on seven individuals. Those
        covered include A, the founder of C, and B": the names, under the measure
        stated in the sentences just before."""
        r, verb, sent = self.reader, clause.verb, clause.sent
        among = covered_among(verb) is not None  # "Among those covered are A and B"
        if self._last is None or (covered_subject(verb) is None and not among):
            return False
        doc, start = sent.doc, sent.start
        for _ in range(2):  # the measure, at most two sentences back
            if start <= 0:
                return False
            start = sentence_bounds(doc[start - 1])[0]
            if start == self._last_sent:
                break
        else:
            return False
        targets = heading_names(r, verb, ("nsubj",) if among else ("dobj", "attr"))
        if not targets:
            return False
        govs, kind = self._last
        record(
            r,
            govs,
            targets,
            kind,
            verb,
            sent,
            "sanction.covered.includes.v1",
            _modality(clause),
            0.7,
        )
        return True


#: Who a lead's follow-up names as its targets.
_NAMED_TARGETS = frozenset({"Person", "Company", "Organization"})

#: "Among them is X", "Among those are X": the group a lead just counted.
_BACK_WORDS = frozenset({"them", "those", "these"})


def _among_back(verb: Token) -> Token | None:
    """The "them" of "Among them is X" (or a definite target group: "Among the
    entities is X"); None for any other copula."""
    for group in preps(verb, "among"):
        definite = any(c.lower_ in {"the", "these", "today"} for c in group.lefts)
        if group.lower_ in _BACK_WORDS or (group.lemma_.lower() in TARGET_GROUPS and definite):
            return group
    return None
