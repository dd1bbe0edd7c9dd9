"""Roles: who works for whom (``worksFor``).

Titles around a name ("Deputy Treasury Secretary Wally Adeyemo", "X, CEO of
Huawei"), role clauses ("X was an engineer at Y", "X served as the manager of Y")
and employment verbs ("joined Y", "was hired by Y", "works for Y").
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.reader import ORG_CLASSES
from kg.extract.frames.syntax import children, is_title, preps, subject
from kg.extract.lexicon import VERB_PROPERTIES
from kg.extract.mentions import Mention

#: "X was an engineer at Y", "X served as …": worksFor through a title noun.
ROLE_VERBS = frozenset({"be", "serve", "work"})
#: "joined Y", "hired by Y", "works for Y".
EMPLOYMENT_VERBS = frozenset(v for v, p in VERB_PROPERTIES.items() if p == "worksFor")


class RoleFrame(Frame):
    verbs = ROLE_VERBS | EMPLOYMENT_VERBS | {"employ"}

    def read_verb(self, clause: VerbClause) -> bool:
        lemma = clause.lemma
        if lemma in ROLE_VERBS:
            self._role_clause(clause)
        if lemma in EMPLOYMENT_VERBS:
            self._employment(clause)
            return True
        if lemma == "employ" and clause.passive:
            # "X was employed at/by Y"
            r = self.reader
            named = [x for t in preps(clause.verb, "at", "by") for x in r.entities(t)]
            for p in clause.patients:
                for e in clause.actors + named:
                    if r.cls(p) == "Person" and r.cls(e) in ORG_CLASSES:
                        r.fact(
                            p, "worksFor", e, clause.sent, "verb.worksFor.employed.v1", 0.75,
                            clause.modality,
                        )  # fmt: skip
            return True
        return False

    def _employment(self, clause: VerbClause) -> None:
        r, verb, lemma = self.reader, clause.verb, clause.lemma
        hired = clause.passive and lemma == "hire"
        people = clause.patients if hired else clause.actors
        if hired:
            employers = clause.actors
        elif lemma == "join" and not clause.passive:
            employers = clause.patients
        else:
            employers = [e for t in preps(verb, "for", "at", "with") for e in r.entities(t)]
        for p in people:
            for e in employers:
                if r.cls(p) == "Person" and r.cls(e) in ORG_CLASSES:
                    r.fact(
                        p, "worksFor", e, clause.sent, f"verb.worksFor.{lemma}.v1", 0.75,
                        clause.modality,
                    )  # fmt: skip

    def _role_clause(self, clause: VerbClause) -> None:
        """ "X was an engineer at Y", "A and B, who were officers in Unit 1",
        "X served as the manager of Y": worksFor through a title noun."""
        r, verb = self.reader, clause.verb
        roles = children(verb, "attr") if clause.lemma == "be" else preps(verb, "as")
        roles = [t for t in roles if is_title(t)]
        if not roles:
            return
        people = [p for p in r.entities(subject(verb)) if r.cls(p) == "Person"]
        for role in roles:
            # the nearest organisation only: "officers in Unit 1 of the Third Department"
            # means Unit 1
            targets = [t for t in preps(role, "of", "at", "for", "in", "with") if t.i in r.index]
            for target in sorted(targets, key=lambda t: t.i)[:1]:
                org, conf = r.inside_chain(r.index[target.i])[0]
                if r.cls(org) not in ORG_CLASSES:
                    continue
                for person in people:
                    r.fact(
                        person, "worksFor", org, clause.sent, "clause.role.v1", conf - 0.05,
                        clause.modality,
                    )  # fmt: skip

    def read_mention(self, mention: Mention, sent: Span) -> None:
        if self.reader.cls(mention.entity) == "Person":
            self._titles(mention, sent)

    def _titles(self, person: Mention, sent: Span) -> None:
        """ "Deputy Treasury Secretary Wally Adeyemo", "X, CEO of Huawei", "Assistant U.S.
        Attorney X of the Southern District of Indiana", "A and B of the Fraud Section"."""
        r = self.reader
        doc = r.doc
        left_titled = False
        employers: list[tuple[int, float]] = []
        # the title just before the name, inside its noun phrase
        i = person.start - 1
        while i >= sent.start and person.start - i <= 7:
            tok = doc[i]
            before = r.index.get(i - 1)
            shared = before is not None and r.cls(before.entity) == "Person"
            if tok.lower_ in {"and", ","} and before is not None and shared:
                i = before.start - 1  # "Trial Attorneys A and B": B shares A's title
                continue
            if is_title(tok):
                left_titled = True
            elif i not in r.index and not (tok.text[:1].isupper() or tok.text == "-"):
                break
            mention = r.index.get(i)
            if mention is not None and mention.entity != person.entity:
                if r.cls(mention.entity) in ORG_CLASSES:
                    employers.append((mention.entity, 0.8))
                i = mention.start
            i -= 1
        if not left_titled:
            employers = []
        # after the name: [and NAME] [, title words] of/for/at/with [the] BODY
        j = person.end
        titled = left_titled
        while j < sent.end and j - person.end <= 12:
            tok = doc[j]
            mention = r.index.get(j)
            if tok.lower_ == "and" and j + 1 in r.index:
                nxt = r.index[j + 1]
                if r.cls(nxt.entity) == "Person":
                    j = nxt.end  # "A and B of the Section": they share it
                    continue
            if mention is not None:
                break
            if is_title(tok):
                titled = True
            elif tok.lower_ in {"of", "for", "at", "with"} and titled:
                k = j + 1
                while k < sent.end and doc[k].lower_ in {"the", "its"}:
                    k += 1
                target = r.index.get(k)
                # "Assistant Attorney General for National Security": a portfolio
                portfolio = (
                    tok.lower_ == "for"
                    and target is not None
                    and (target.source not in {"body", "gazetteer"})
                )
                if target is not None and r.cls(target.entity) in ORG_CLASSES and not portfolio:
                    employers.extend(r.inside_chain(target))
                break
            elif not (
                tok.text in {",", "-", "’s", "'s"}
                or tok.lower_ in {"a", "an", "the", "in", "and", "senior", "former"}
                or (tok.text[:1].isupper() and not tok.is_sent_start)
            ):
                break  # only a title may stand between a name and its employer
            j += 1
        for org, confidence in employers:
            if r.cls(org) in ORG_CLASSES:
                r.fact(person.entity, "worksFor", org, sent, "nominal.title.v2", confidence)
