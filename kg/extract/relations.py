"""Typed facts and sanctions from one parsed article.

Rules read spaCy's dependency parse: a verb's actor and patient (active or passive),
its prepositional objects, and nominal patterns (titles, "X-based", nationality
adjectives, "part of"). Each rule has a versioned name and a base confidence; the
statement keeps the sentence, offsets and modality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.attrs import DEP, LEMMA, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.entities import antecedent
from kg.extract.lexicon import (
    ALLEGATION_WORDS,
    CHARGE_VERBS,
    COMPANY_NOUNS,
    COUNTRY_NAMES,
    IMPOSE_VERBS,
    LEADER_TITLES,
    LIFT_VERBS,
    LIST_NAMES,
    LIST_NOUNS,
    MEASURE_WORDS,
    PROSECUTOR_WORDS,
    PROVIDER_NOUNS,
    RESTRICTED_THINGS,
    SANCTION_NOUNS,
    SANCTION_VERBS,
    THREAT_WORDS,
    TITLE_WORDS,
    VERB_PROPERTIES,
    fix_lemma,
)
from kg.extract.mentions import EntityCluster, Mention, mention_index
from kg.extract.normalize import parse_date, parse_money
from kg.extract.openie import extract_clauses
from kg.model import Modality

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: Nouns that a name can be attached to ("the firm SenseTime", "the agency OFAC").
NAMING_NOUNS = COMPANY_NOUNS | {
    "agency", "department", "ministry", "regulator", "government", "group",
    "organization", "organisation", "entity", "defendant", "university", "outlet", "unit",
}  # fmt: skip
ACTOR_CLASSES = {"Company", "Government", "Organization", "Person"}
ORG_CLASSES = {"Company", "Government", "Organization"}


@dataclass(slots=True)
class RawFact:
    subject: int  # cluster index
    predicate: str
    object: int
    sentence: Span
    rule: str
    confidence: float
    modality: Modality = "asserted"
    wording: str | None = None


@dataclass(slots=True)
class RawSanction:
    target: int
    kind: str
    sentence: Span
    rule: str
    confidence: float
    imposer: int | None = None
    amount: Decimal | None = None
    currency: str | None = None
    date: str | None = None
    reason: str | None = None
    modality: Modality = "asserted"


@dataclass(slots=True)
class Findings:
    facts: list[RawFact] = field(default_factory=list)
    sanctions: list[RawSanction] = field(default_factory=list)
    countries: dict[str, int] = field(default_factory=dict)  # nationality → cluster


class RelationReader:
    """Reads the statements of one article, given its mentions and entities."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        clusters: list[EntityCluster],
        year: str | None = None,
    ):
        self.doc = doc
        self.year = year  # the article's year, for dates written without one
        self.mentions = mentions
        self.clusters = clusters
        self.index = mention_index(mentions)
        self.found = Findings()
        self._runs = _list_runs(doc, mentions)
        self._state: int | bool | None = False  # the article's own state, found lazily
        self._measure: str | bool | None = False  # measure_kind(), found lazily
        self._prosecutor: int | bool | None = False  # prosecutor(), found lazily
        self._last_charger: int | None = None
        # the last "X is targeting …" frame: (governments, kind, sentence end)
        self._frame: tuple[list[int], str, int] | None = (
            None  # who charged someone last in the article
        )

    # ------------------------------------------------------------ entity lookup
    def entity(self, token: Token) -> int | None:
        """The entity a token names or refers to."""
        mention = self.index.get(token.i)
        if mention is not None:
            indefinite = any(c.lower_ in {"a", "an"} for c in token.children if c.dep_ == "det")
            if indefinite and mention.source in {"propn", "ner"}:
                return None  # "designate a Cybersecurity Coordinator": no named entity
            return mention.entity
        if token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} or token.pos_ == "PRON":
            ref = antecedent(token, self.mentions, self.clusters)
            if ref is not None:
                return ref
        # "the firm SenseTime", "AI firm SenseTime": a mention inside the phrase (but
        # "U.S. investments" is no mention of the United States)
        if token.lemma_.lower() not in NAMING_NOUNS:
            return None
        if token.dep_ == "appos" and token.head.i in self.index:
            return self.index[token.head.i].entity  # "Dow, a company (based in …)"
        for child in token.children:
            if child.dep_ in {"compound", "appos"} and child.i in self.index:
                named = self.index[child.i].entity
                # "a U.S. company", "the Chinese firm" name no company
                country = self.clusters[named].name in COUNTRY_NAMES
                return named if self.cls(named) != "Location" and not country else None
        if token.dep_ == "relcl" or token.tag_ in {"WDT", "WP"}:
            return None
        return None

    def listed(self, token: Token) -> list[int]:
        """ "the following 59 entities", "these companies": the items of a name list."""
        if token.lemma_.lower() not in LIST_NOUNS or not self._runs:
            return []
        words = {c.lower_ for c in token.children if c.dep_ in {"amod", "det", "nummod"}}
        if "following" in words or "below" in {c.lower_ for c in token.children}:
            after = [run for start, run in self._runs if start > token.i]
            return after[0] if after else []
        if words & {"these", "those"}:
            before = [run for start, run in self._runs if start < token.i]
            after = [run for start, run in self._runs if start > token.i]
            return before[-1] if before else (after[0] if after else [])
        return []

    def measure_kind(self) -> str | None:
        """The kind of the restrictive measures an article describes, by what they
        restrict: investments/securities, imports, exports, visas or property."""
        if self._measure is False:
            votes: dict[str, int] = {}
            for token in self.doc:
                if token.lemma_.lower() not in MEASURE_WORDS:
                    continue
                # the words just around it: "prohibit U.S. investments in …"
                words = {t.lower_ for t in self.doc[max(token.i - 4, 0) : token.i + 12]}
                for word, kind in RESTRICTED_THINGS.items():
                    if word in words:
                        votes[kind] = votes.get(kind, 0) + 1
            self._measure = max(votes, key=lambda k: votes[k]) if votes else None
        return self._measure if isinstance(self._measure, str) else None

    def effective_date(self, sent: Span) -> str | None:
        """ "The prohibitions … shall take effect on August 2, 2021": the date the
        measures of the sentence just before take effect."""
        nxt = sent.end
        if nxt >= len(self.doc):
            return None
        following = self.doc[nxt].sent
        words = {t.lemma_.lower() for t in following}
        if not (("take" in words and "effect" in words) or "effective" in words):
            return None
        if not words & (MEASURE_WORDS | set(SANCTION_NOUNS)):
            return None
        for ent in following.ents:
            if ent.label_ == "DATE":
                date = parse_date(ent.text, self.year)
                if date:
                    return date
        return None

    def prosecutor(self) -> int | None:
        """The article's prosecuting department: its most-mentioned government body
        named for justice or prosecution ("Department of Justice", "U.S. Attorney's
        Office"), or None."""
        if self._prosecutor is False:
            best: tuple[int, int] | None = None
            for i, c in enumerate(self.clusters):
                words = set(c.name.lower().replace("’", "'").split())
                if c.cls == "Government" and words & PROSECUTOR_WORDS:
                    score = len(c.mentions)
                    if best is None or score > best[0]:
                        best = (score, i)
            self._prosecutor = best[1] if best else None
        return self._prosecutor if isinstance(self._prosecutor, int) else None

    def state(self) -> int | None:
        """The article's own state: its most-mentioned country acting as government."""
        if self._state is False:
            best: tuple[int, int] | None = None
            for i, c in enumerate(self.clusters):
                if c.cls in {"Government", "Location"} and c.name in COUNTRY_NAMES:
                    score = len(c.mentions)
                    if best is None or score > best[0]:
                        best = (score, i)
            self._state = best[1] if best else None
        return self._state if isinstance(self._state, int) else None

    def leader_state(self, token: Token) -> int | None:
        """ "The President signed…": a head of state or government acts for the state."""
        words = [token] + [c for c in token.children if c.dep_ == "compound"]
        mention = self.index.get(token.i)
        if mention is not None:
            words += [t for t in mention.span]
            if mention.start > 0:
                words.append(self.doc[mention.start - 1])
        if any(w.lower_ in LEADER_TITLES for w in words):
            return self.state()
        return None

    def entities(self, token: Token | None) -> list[int]:
        """Entities of ``token`` and its conjuncts ("A and B")."""
        if token is None:
            return []
        listed = self.listed(token)
        if listed:
            return listed
        found: list[int] = []
        for t in _conjuncts(token):
            if t.tag_ in {"WDT", "WP"} or t.lower_ in {"which", "who", "that"}:
                rel = _relative_antecedent(t)
                if rel is not None and t.head.tag_ in {"VBP"} | (
                    {"VBD"} if t.head.lower_ == "were" else set()
                ):
                    # "A, B and C, who were officers…": all of them
                    # a list of names may be parsed as conjuncts or appositions
                    while rel.dep_ in {"conj", "appos"} and rel.head.i in self.index:
                        rel = rel.head
                    for c in _conjuncts(rel, {"conj", "appos"}):
                        e = self.entity(c)
                        if e is not None and e not in found:
                            found.append(e)
                    continue
                ent = self.entity(rel) if rel is not None else None
            else:
                ent = self.entity(t)
            if ent is not None and ent not in found:
                found.append(ent)
        return found

    def cls(self, entity: int) -> str:
        return self.clusters[entity].cls

    # ------------------------------------------------------------ output
    def fact(
        self,
        subject: int,
        predicate: str,
        obj: int,
        sent: Span,
        rule: str,
        confidence: float,
        modality: Modality = "asserted",
        wording: str | None = None,
    ) -> None:
        if subject == obj:
            return
        self.found.facts.append(
            RawFact(subject, predicate, obj, sent, rule, confidence, modality, wording)
        )

    # ------------------------------------------------------------ the rules
    def read(self) -> Findings:
        doc = self.doc
        # Tags come from arrays: a Token object is made only where a rule may read it.
        pos, dep, lemma = (column.tolist() for column in doc.to_array([POS, DEP, LEMMA]).T)
        root = doc.vocab.strings["ROOT"]
        lemma_lower = _LowerLemmas(doc)
        for sent in doc.sents:
            before = len(self.found.facts) + len(self.found.sanctions)
            for i in range(sent.start, sent.end):
                if pos[i] in _PREDICATE_POS or dep[i] == root:
                    self._verb_rules(doc[i], sent)
                if pos[i] == NOUN and lemma_lower[lemma[i]] in SANCTION_NOUNS:
                    self._noun_sanction(doc[i], sent)
            self._nominal_rules(sent, dep, lemma, lemma_lower)
            if len(self.found.facts) + len(self.found.sanctions) == before:
                self._related(sent)
        return self.found

    def _related(self, sent: Span) -> None:
        """ "Huawei showcased its software to police": a relation between two named
        entities that no typed rule covers, kept with its wording (``relatedTo``).

        Only sentences without a typed statement and with two entities are read, so
        the open extractor adds little to the time of the typed rules."""
        if len(sent) > 60:
            return  # long enumerations: the open extractor's spans get unreliable there
        named = {
            m.entity
            for i in range(sent.start, sent.end)
            if (m := self.index.get(i)) is not None and self.cls(m.entity) != "Location"
        }
        if len(named) < 2 or not any(self.cls(e) in ORG_CLASSES for e in named):
            return
        clauses = extract_clauses(
            sent, keep_subject=lambda span: bool(self._span_entities(span)), nominal=False
        )
        for clause in clauses:
            if clause.confidence < 0.4 or clause.verb is None:
                continue
            subjects = self._span_entities(clause.subject)
            for obj in clause.objects:
                for s_ent in subjects:
                    for o_ent in self._span_entities(obj):
                        self.fact(
                            s_ent, "relatedTo", o_ent, sent, "openie.related.v1",
                            round(clause.confidence * 0.8, 3), clause.modality,
                            clause.relation,
                        )  # fmt: skip

    def _span_entities(self, span: Span) -> list[int]:
        """The entity an argument span names: the mention at its head, if any."""
        mention = self.index.get(span.root.i)
        if mention is None or self.cls(mention.entity) == "Location":
            return []
        return [mention.entity]

    def _verb_rules(self, verb: Token, sent: Span) -> None:
        lemma = fix_lemma(verb.text, verb.lemma_)
        if lemma == "enter" and any(
            c.lemma_.lower() == "plea" and any(g.lower_ == "guilty" for g in c.children)
            for c in verb.children
            if c.dep_ == "dobj"
        ):
            lemma = "plead"  # "enter a guilty plea"
        if lemma not in _RULE_VERBS and not _guilty(verb, lemma):
            return  # most verbs: no rule reads them, so their arguments are not looked up
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        subjects = self.entities(_subject(verb))
        agents = [e for t in _agents(verb) for e in self.entities(t)]
        objects = [e for t in _children(verb, "dobj", "attr") for e in self.entities(t)]
        if passive:
            actors, patients = agents, subjects
        else:
            actors, patients = subjects, objects
        modality = _modality(verb, sent)

        if lemma in _ROLE_VERBS:
            self._role_clause(verb, lemma, sent, modality)
        if lemma == "target" and not passive:
            # "The Department of State is targeting Russian oligarchs": a government
            # targeting people is sanctioning them; the names may follow ("This
            # includes A, …; B, …; and C")
            govs = [a for a in actors if self.cls(a) == "Government"]
            if govs:
                self._frame = (govs, "Designation", sent.end)
                self._sanction(
                    govs, patients, "Designation", verb, sent, "sanction.target.v1", modality
                )
            return
        if lemma == "include" and self._frame is not None and _demonstrative_subject(verb):
            govs, kind, frame_end = self._frame
            if sent.start - frame_end <= 2:
                targets = self._named_in(sent)
                self._sanction(govs, targets, kind, verb, sent, "sanction.includes.v1", modality)
            return
        if lemma in SANCTION_VERBS or (lemma in _LISTING_VERBS and _list_kind(verb)):
            kind = _list_kind(verb) or SANCTION_VERBS.get(lemma, "Other")
            if _list_kind(verb) is None and _refers_to_measures(verb):
                # "listed X as subject to the order's prohibitions": the measures the
                # article describes ("prohibit U.S. investments in …")
                kind = self.measure_kind() or kind
            self._sanction(
                actors, patients, kind, verb, sent, f"sanction.verb.{lemma}.v1", modality
            )
        elif lemma in IMPOSE_VERBS:
            for measure in _children(verb, "dobj"):
                measure_kind = SANCTION_NOUNS.get(measure.lemma_.lower())
                if measure_kind is None:
                    continue
                targets = [
                    e
                    for p in _preps(verb, "on", "against") + _preps(measure, "on", "against")
                    for e in self.entities(p)
                ]
                self._sanction(
                    actors, targets, measure_kind, measure, sent, "sanction.impose.v1", modality
                )
        elif lemma == "pay" and not passive:
            amount = _money_in(verb)
            if amount and subjects:
                ordered = verb.head if verb.dep_ == "xcomp" else None
                imposers = self.entities(_subject(ordered)) if ordered is not None else []
                if ordered is not None and ordered.lemma_ == "order":
                    imposers = [e for t in _agents(ordered) for e in self.entities(t)]
                # "pay a $430 million penalty to the U.S."
                imposers += [e for t in _preps(verb, "to") for e in self.entities(t)]
                imposers = [i for i in imposers if self.cls(i) in {"Government", "Location"}]
                if imposers:
                    self._sanction(
                        imposers, subjects, "Fine", verb, sent, "sanction.pay.v1", modality
                    )
                # a plea agreement's fine is the prosecutors' doing
                prosecutor = self.prosecutor()
                if prosecutor is not None and prosecutor not in imposers:
                    self._sanction(
                        [prosecutor], subjects, "Fine", verb, sent,
                        "sanction.pay.prosecutor.v1", modality, confidence=0.55,
                    )  # fmt: skip
        elif lemma in CHARGE_VERBS or _guilty(verb, lemma):
            confidence = 0.85
            if lemma == "plead":
                # "X pleaded guilty before Judge Y in the Southern District of Z"; the
                # prosecutors who brought the case charged X too
                actors, patients = [], subjects
                prosecutor = self.prosecutor()
                for p in patients:
                    if prosecutor is not None and self.cls(p) in ACTOR_CLASSES - {"Government"}:
                        self.fact(
                            prosecutor, "charges", p, sent, "charges.plea.prosecutor.v1", 0.55,
                            modality,
                        )  # fmt: skip
            elif lemma == "find" and not patients:
                # "the jury found X guilty": X is the small clause's subject
                patients = [
                    e
                    for c in verb.children
                    if c.lower_ == "guilty" or c.dep_ in {"ccomp", "oprd", "xcomp"}
                    for e in self.entities(_subject(c))
                ]
            if not actors:
                # "charged in an indictment filed in the District of X": the court named
                # in the verb's own phrases or its subject's ("an indictment filed in…"),
                # else whoever charged last in the article
                actors = self._body_in_phrases(verb, exclude=patients)
                subject = _subject(verb)
                if not actors and subject is not None and subject.i not in self.index:
                    actors = self._body_in_phrases(subject, exclude=patients)
                confidence = 0.7
                if not actors and self._last_charger is not None and lemma != "plead":
                    actors, confidence = [self._last_charger], 0.55
            for a in actors:
                if self.cls(a) not in {"Government", "Location"}:
                    continue
                self._promote(a)
                if confidence >= 0.7 and modality == "asserted":
                    # "a federal jury found two nationals guilty": the jury acts on in
                    # later sentences ("X and Y were convicted of …")
                    self._last_charger = a
                for p in patients:
                    if self.cls(p) in {"Person", "Company", "Organization"}:
                        self.fact(
                            a, "charges", p, sent, f"charges.verb.{lemma}.v1", confidence, modality
                        )
                        if confidence >= 0.7:
                            self._last_charger = a
        elif lemma in VERB_PROPERTIES:
            self._property_verb(lemma, verb, actors, patients, passive, sent, modality)

    def _role_clause(self, verb: Token, lemma: str, sent: Span, modality: Modality) -> None:
        """ "X was an engineer at Y", "A and B, who were officers in Unit 1",
        "X served as the manager of Y": worksFor through a title noun."""
        roles = _children(verb, "attr") if lemma == "be" else _preps(verb, "as")
        roles = [r for r in roles if _is_title(r)]
        if not roles:
            return
        people = [p for p in self.entities(_subject(verb)) if self.cls(p) == "Person"]
        for role in roles:
            # the nearest organisation only: "officers in Unit 1 of the Third Department"
            # means Unit 1
            targets = [
                t for t in _preps(role, "of", "at", "for", "in", "with") if t.i in self.index
            ]
            for target in sorted(targets, key=lambda t: t.i)[:1]:
                org, conf = self._inside_chain(self.index[target.i])[0]
                if self.cls(org) not in ORG_CLASSES:
                    continue
                for person in people:
                    self.fact(
                        person, "worksFor", org, sent, "clause.role.v1", conf - 0.05, modality
                    )
            if lemma == "work" and not people:
                return

    def _property_verb(
        self,
        lemma: str,
        verb: Token,
        actors: list[int],
        patients: list[int],
        passive: bool,
        sent: Span,
        modality: Modality,
    ) -> None:
        prop = VERB_PROPERTIES[lemma]
        rule = f"verb.{prop}.{lemma}.v1"
        if prop == "worksFor":
            people = patients if (passive and lemma == "hire") else actors
            employers = (
                actors
                if (passive and lemma == "hire")
                else [e for t in _preps(verb, "for", "at", "with") for e in self.entities(t)]
            )
            if lemma == "join" and not passive:
                employers = patients
            for p in people:
                for e in employers:
                    if self.cls(p) == "Person" and self.cls(e) in ORG_CLASSES:
                        self.fact(p, "worksFor", e, sent, rule, 0.75, modality)
            return
        if lemma == "employ" and passive:
            for p in patients:
                for e in actors + [x for t in _preps(verb, "at", "by") for x in self.entities(t)]:
                    if self.cls(p) == "Person" and self.cls(e) in ORG_CLASSES:
                        self.fact(
                            p, "worksFor", e, sent, "verb.worksFor.employed.v1", 0.75, modality
                        )
            return
        if prop == "investsIn":
            targets = [e for t in _preps(verb, "in") for e in self.entities(t)]
            for a in actors:
                for t in targets:
                    self.fact(a, "investsIn", t, sent, rule, 0.7, modality)
            return
        if prop == "partnersWith":
            partners = [e for t in _preps(verb, "with") for e in self.entities(t)]
            for a in actors:
                for t in partners:
                    # a company "cooperating with" prosecutors is no partnership
                    if self.cls(a) == self.cls(t) and self.cls(a) in ORG_CLASSES:
                        self.fact(a, "partnersWith", t, sent, rule, 0.7, modality)
            return
        if prop == "accuses":
            for a in actors:
                for t in patients:
                    self.fact(a, "accuses", t, sent, rule, 0.7, modality)
            return
        if passive:
            return  # "was used by": the actor is rarely named well enough
        receivers = [e for t in _preps(verb, "to") for e in self.entities(t)]
        for a in actors:
            if self.cls(a) not in ORG_CLASSES:
                continue
            if prop == "provides":
                for r in receivers:
                    if self.cls(r) in {"Government", "Company"}:
                        self.fact(
                            a, "supplies", r, sent, f"verb.supplies.{lemma}.v1", 0.7, modality
                        )
            for o in patients:
                ocls = self.cls(o)
                if prop in {"develops", "provides", "uses"} and ocls == "Technology":
                    self.fact(a, prop, o, sent, rule, 0.75, modality)
                elif prop == "provides" and ocls in {"Government", "Company"} and lemma == "supply":
                    self.fact(a, "supplies", o, sent, rule, 0.65, modality)
                elif prop == "acquires" and ocls == "Company":
                    self.fact(a, "acquires", o, sent, rule, 0.75, modality)

    def _named_in(self, sent: Span) -> list[int]:
        """The people and organisations a sentence names as its own participants, not
        as modifiers or in descriptions ("Putin associate", "spokesperson for X")."""
        out: list[int] = []
        for m in self.mentions:
            if not sent.start <= m.start < sent.end or m.entity in out:
                continue
            root = m.span.root
            listed = root.dep_ == "pobj" and root.head.lower_ in {"including", "like"}
            if root.dep_ in {"compound", "poss", "pobj", "amod", "nmod", "npadvmod"} and not listed:
                continue
            if self.cls(m.entity) in {"Person", "Company", "Organization"}:
                out.append(m.entity)
        return out

    def _sanction(
        self,
        imposers: list[int],
        targets: list[int],
        kind: str,
        anchor: Token,
        sent: Span,
        rule: str,
        modality: Modality,
        confidence: float | None = None,
    ) -> None:
        imposers = [i for i in imposers if self.cls(i) in {"Government", "Location"}]
        fixed = confidence
        guessed = False
        if not imposers and anchor.pos_ in {"VERB", "AUX"} and not _is_passive(anchor):
            leader = _subject(anchor)
            state = self.leader_state(leader) if leader is not None else None
            if state is not None:
                imposers = [state]
        elif not imposers and anchor.pos_ == "VERB" and _is_passive(anchor):
            # "X was fined $2.8 billion after Chinese regulators docked the company":
            # the government acting in the same sentence
            imposers = self._nearest_government(sent, exclude=targets)
            guessed = bool(imposers)
        money = _money_in(anchor) if kind == "Fine" else None
        date = _date_of(anchor, self.year) or self.effective_date(sent)
        reason = _reason_of(anchor)
        for target in targets:
            if self.cls(target) not in ACTOR_CLASSES and self.cls(target) != "Location":
                continue
            for imposer in imposers or [None]:  # type: ignore[list-item]
                if imposer == target:
                    continue  # no body sanctions itself
                if imposer is not None:
                    self._promote(imposer)
                if self.cls(target) == "Location":
                    self._promote(target)
                confidence = 0.85 if imposer is not None else 0.6
                if guessed:
                    confidence = 0.65
                if fixed is not None:
                    confidence = fixed
                self.found.sanctions.append(
                    RawSanction(
                        target, kind, sent, rule, confidence, imposer,
                        money[0] if money else None, money[1] if money else None,
                        date, reason, modality,
                    )
                )  # fmt: skip

    def _noun_sanction(self, noun: Token, sent: Span) -> None:
        """ "the U.S. ban on Huawei", "Treasury's sanctions against SenseTime"."""
        kind = SANCTION_NOUNS.get(noun.lemma_.lower())
        if kind is None or (noun.head.lemma_.lower() in IMPOSE_VERBS and noun.dep_ == "dobj"):
            return
        if noun.head.lemma_.lower() in LIFT_VERBS:
            return  # "lifted its ban on X": a measure that ended is no sanction
        targets = [e for t in _preps(noun, "on", "against") for e in self.entities(t)]
        if not targets:
            return
        imposers = [
            e
            for c in noun.children
            if c.dep_ in {"poss", "compound", "amod", "nmod"}
            for e in self.entities(c)
        ]
        imposers += [e for t in _preps(noun, "by") for e in self.entities(t)]
        self._sanction(
            imposers, targets, kind, noun, sent, "sanction.noun.v1", _modality(noun, sent)
        )

    def _nominal_rules(
        self, sent: Span, dep: list[int], lemma: list[int], lemma_lower: _LowerLemmas
    ) -> None:
        seen: set[int] = set()
        for i in range(sent.start, sent.end):
            mention = self.index.get(i)
            if mention is None or id(mention) in seen:
                continue
            seen.add(id(mention))
            cls = self.cls(mention.entity)
            if cls == "Person":
                self._titles(mention, sent)
            if cls in {"Company", "Organization"}:
                self._based_in(mention, sent)
            if cls in {"Government", "Company"}:
                self._part_of(mention, sent)
            if cls == "Technology":
                self._provider_of(mention, sent)
        modifier = {self.doc.vocab.strings["amod"], self.doc.vocab.strings["acl"]}
        for i in range(sent.start, sent.end):
            if lemma_lower[lemma[i]] in {"base", "headquarter"} and dep[i] in modifier:
                self._based_word(self.doc[i], sent)

    def _provider_of(self, tech: Mention, sent: Span) -> None:
        """ "Lam Research is a leading provider of process technology", "X, a maker of
        drones": provides/develops through the noun that names the company's role."""
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
            companies = self.entities(_subject(role.head))
        elif role.dep_ == "appos" and role.head.i in self.index:
            companies = [self.index[role.head.i].entity]
        for company in companies:
            if self.cls(company) in {"Company", "Organization"}:
                self.fact(company, prop, tech.entity, sent, f"nominal.{prop}.v1", 0.75)

    def _titles(self, person: Mention, sent: Span) -> None:
        """ "Deputy Treasury Secretary Wally Adeyemo", "X, CEO of Huawei", "Assistant U.S.
        Attorney X of the Southern District of Indiana", "A and B of the Fraud Section"."""
        doc = self.doc
        left_titled = False
        employers: list[tuple[int, float]] = []
        # the title just before the name, inside its noun phrase
        i = person.start - 1
        while i >= sent.start and person.start - i <= 7:
            tok = doc[i]
            before = self.index.get(i - 1)
            if (
                tok.lower_ in {"and", ","}
                and before is not None
                and self.cls(before.entity) == "Person"
            ):
                i = before.start - 1  # "Trial Attorneys A and B": B shares A's title
                continue
            if _is_title(tok):
                left_titled = True
            elif i not in self.index and not (tok.text[:1].isupper() or tok.text == "-"):
                break
            mention = self.index.get(i)
            if mention is not None and mention.entity != person.entity:
                if self.cls(mention.entity) in ORG_CLASSES:
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
            mention = self.index.get(j)
            if tok.lower_ == "and" and j + 1 in self.index:
                nxt = self.index[j + 1]
                if self.cls(nxt.entity) == "Person":
                    j = nxt.end  # "A and B of the Section": they share it
                    continue
            if mention is not None:
                break
            if _is_title(tok):
                titled = True
            elif tok.lower_ in {"of", "for", "at", "with"} and titled:
                k = j + 1
                while k < sent.end and doc[k].lower_ in {"the", "its"}:
                    k += 1
                target = self.index.get(k)
                # "Assistant Attorney General for National Security": a portfolio
                portfolio = (
                    tok.lower_ == "for"
                    and target is not None
                    and (target.source not in {"body", "gazetteer"})
                )
                if target is not None and self.cls(target.entity) in ORG_CLASSES and not portfolio:
                    employers.extend(self._inside_chain(target))
                break
            elif not (
                tok.text in {",", "-", "’s", "'s"}
                or tok.lower_ in {"a", "an", "the", "in", "and", "senior", "former"}
                or (tok.text[:1].isupper() and not tok.is_sent_start)
            ):
                break  # only a title may stand between a name and its employer
            j += 1
        for org, confidence in employers:
            if self.cls(org) in ORG_CLASSES:
                self.fact(person.entity, "worksFor", org, sent, "nominal.title.v2", confidence)

    def _inside_chain(self, body: Mention) -> list[tuple[int, float]]:
        """A named employer and the bodies around it: the innermost named one first.

        "the Criminal Division's Fraud Section" → Fraud Section (0.8), Criminal Division
        (0.6); "the Boston Field Office of the FBI" → Field Office (0.8), FBI (0.6).
        """
        chain = [body]

        # a body named right after (possessive) sits inside this one: go down
        def after(m: Mention) -> Mention | None:
            # "the Treasury's Office", or "the Treasurys Office" with the apostrophe lost
            for i in (m.end, m.end + 1):
                found = self.index.get(i)
                if found is not None and found.part_of == m.start:
                    return found
            return None

        nxt = after(body)
        while nxt is not None and len(chain) < 4:
            chain.append(nxt)
            nxt = after(nxt)
        inner = chain[-1]
        out = [(inner.entity, 0.8)]
        # the owners named before a possessive are less often meant as the employer
        out.extend((m.entity, 0.5) for m in chain[:-1])
        # and up: the body it is part of ("Field Office of the FBI")
        up = inner
        while up.part_of is not None and len(out) < 5:
            outer = self.index.get(up.part_of)
            if outer is None or (outer.start >= up.start and outer.part_of == up.start):
                break
            if outer.entity not in {e for e, _ in out}:
                out.append((outer.entity, 0.65))
            up = outer
        return out

    def _prep_chain(self, token: Token, depth: int = 0) -> Iterator[tuple[int, int]]:
        """Organisations reached through of/at/for/with prepositions, nearest first."""
        if depth > 3:
            return
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "for", "with", "in"}:
                continue
            for obj in _children(prep, "pobj"):
                ents = self.entities(obj)
                for e in ents:
                    if self.cls(e) in ORG_CLASSES:
                        yield e, depth
                yield from self._prep_chain(obj, depth + 1)

    def _based_in(self, company: Mention, sent: Span) -> None:
        """Nationality adjectives: "Chinese telecommunications firm Huawei" → China."""
        root = company.span.root
        heads = [root]
        # "Chinese telecom firm Huawei", "Huawei, a Chinese company": only a company noun
        # lends its nationality ("the Iranian customer, ZTE" does not)
        heads += [
            c
            for c in root.children
            if c.dep_ in {"compound", "appos"} and c.lemma_.lower() in COMPANY_NOUNS
        ]
        if root.dep_ in {"compound", "appos"} and root.head.lemma_.lower() in COMPANY_NOUNS:
            heads.append(root.head)
        for head in heads:
            for mod in head.children:
                if mod.dep_ in {"amod", "compound"} and mod.ent_type_ == "NORP":
                    country = self._country(mod)
                    if country is not None:
                        self.fact(
                            company.entity, "basedIn", country, sent, "nominal.nationality.v1", 0.7
                        )

    def _country(self, adjective: Token) -> int | None:
        from kg.extract.lexicon import NATIONALITIES

        name = NATIONALITIES.get(adjective.lower_)
        if name is None:
            return None
        for i, c in enumerate(self.clusters):
            if c.name == name or name in c.aliases:
                return i
        if name in self.found.countries:
            return self.found.countries[name]
        self.clusters.append(EntityCluster(name, "Location"))
        self.found.countries[name] = len(self.clusters) - 1
        return len(self.clusters) - 1

    def _based_word(self, based: Token, sent: Span) -> None:
        """ "Hong Kong-based firm X", "a company based in Indianapolis"."""
        places = [
            self.entity(c) for c in based.children if c.dep_ in {"npadvmod", "nsubj", "compound"}
        ]
        places += [self.entity(t) for t in _preps(based, "in")]
        places_ok = [
            p for p in places if p is not None and self.cls(p) in {"Location", "Government"}
        ]
        if not places_ok:
            # "Hong-Kong based": the place can sit just before the hyphen
            prev = self.index.get(based.i - 1) or self.index.get(based.i - 2)
            if prev is not None and self.cls(prev.entity) in {"Location", "Government"}:
                places_ok = [prev.entity]
        head = based.head
        companies = [e for e in self.entities(head) if self.cls(e) in {"Company", "Organization"}]
        if not companies and head.dep_ in {"compound", "amod"} and head.head.i in self.index:
            companies = [self.index[head.head.i].entity]  # "Hong Kong-based AI firm X"
        # "a company based in Indianapolis" (appos of X): the company is X
        if not companies and head.dep_ == "appos" and head.head.i in self.index:
            companies = [self.index[head.head.i].entity]
        if not companies:
            companies = [
                self.index[t.i].entity
                for t in [head.head, *head.children]
                if (t.i in self.index and t.dep_ in {"compound", "appos"})
                or (t == head.head and t.i in self.index)
            ]
        for c in companies:
            if self.cls(c) not in {"Company", "Organization"}:
                continue
            for p in places_ok:
                self.clusters[p].cls = "Location" if self.cls(p) == "Location" else self.cls(p)
                self.fact(c, "basedIn", p, sent, "nominal.based.v1", 0.8)

    def _part_of(self, body: Mention, sent: Span) -> None:
        """ "Unit 61398 of the Third Department", "the Treasury's Office of Foreign
        Assets Control", "X, part of Y"."""
        root = body.span.root
        cls = self.cls(body.entity)
        if body.part_of is not None:
            outer = self.index.get(body.part_of)
            if outer is not None and self.cls(outer.entity) == cls == "Government":
                self.fact(body.entity, "partOf", outer.entity, sent, "nominal.body.v1", 0.8)
        # "X, part of / a subsidiary of Y"
        for appos in (c for c in root.children if c.dep_ == "appos"):
            if appos.lemma_.lower() in {
                "part",
                "subsidiary",
                "unit",
                "division",
                "arm",
                "agency",
                "component",
                "affiliate",
            }:
                for org, _ in self._prep_chain(appos):
                    if self.cls(org) == cls:
                        self.fact(body.entity, "partOf", org, sent, "nominal.partof.v1", 0.8)
                        break

    def _body_in_phrases(self, verb: Token, exclude: list[int]) -> list[int]:
        """A court, jury or prosecutor named in the verb's in/by/before phrases."""
        for t in verb.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in {"in", "by", "before"}:
                named = t.i in self.index and self.index[t.i].source in {"body", "gazetteer"}
                for e in self.entities(t):
                    if named and self.cls(e) == "Government" and e not in exclude:
                        return [e]
        return []

    def _nearest_government(self, sent: Span, exclude: list[int]) -> list[int]:
        govs = [
            m.entity
            for m in self.mentions
            if sent.start <= m.start < sent.end
            and self.cls(m.entity) == "Government"
            and m.entity not in exclude
        ]
        return govs[:1]

    def _promote(self, entity: int) -> None:
        """A place that acts (imposes, charges, is sanctioned) is the state: Government."""
        if self.clusters[entity].cls == "Location":
            self.clusters[entity].acting += 1


# ---------------------------------------------------------------- parse helpers


def _is_title(token: Token) -> bool:
    """ "Attorney", "attorneys", "CEO": a word of a job title."""
    word = token.lower_
    return word in TITLE_WORDS or word.removesuffix("s") in TITLE_WORDS


def _demonstrative_subject(verb: Token) -> bool:
    """ "This includes …", "These include …": the subject points back."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"this", "these", "they"} for c in verb.children)


def _refers_to_measures(verb: Token) -> bool:
    """ "as subject to the prohibitions", "under these restrictions"."""
    doc = verb.doc
    return any(t.lemma_.lower() in MEASURE_WORDS for t in doc[verb.i : verb.i + 15])


_PREDICATE_POS = frozenset({VERB, AUX})


class _LowerLemmas(dict[int, str]):
    """Lower-cased lemma strings by lemma id, looked up once per id and doc."""

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self.strings = doc.vocab.strings

    def __missing__(self, key: int) -> str:
        value: str = self.strings[key].lower()
        self[key] = value
        return value


#: "X was an engineer at Y", "X served as …": worksFor through a title noun.
_ROLE_VERBS = frozenset({"be", "serve", "work"})
#: "added X to the Entity List": a sanction when the object is a named list.
_LISTING_VERBS = frozenset({"add", "place", "put"})
#: Every lemma some branch of ``RelationReader._verb_rules`` reads (with "find" and
#: "plead", read when "guilty" follows); a new branch adds its lemmas here.
_RULE_VERBS = (
    _ROLE_VERBS
    | _LISTING_VERBS
    | frozenset({"target", "include", "pay"})
    | frozenset(SANCTION_VERBS)
    | IMPOSE_VERBS
    | CHARGE_VERBS
    | frozenset(VERB_PROPERTIES)
)


def _guilty(verb: Token, lemma: str) -> bool:
    """ "found X guilty", "pleaded guilty": a conviction or plea."""
    if lemma not in {"find", "plead"}:
        return False
    return any(t.lower_ == "guilty" for t in verb.children) or any(
        t.lower_ == "guilty"
        for c in verb.children
        if c.dep_ in {"ccomp", "oprd", "xcomp", "dobj"}
        for t in (c.subtree if c.dep_ != "dobj" else c.children)
    )


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _list_runs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, list[int]]]:
    """Runs of adjacent name-list paragraphs: (first token, their entities in order)."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group >= 0:
            groups.setdefault(m.group, []).append(m)
    runs: list[tuple[int, list[int]]] = []
    last_end = -1
    for number in sorted(groups):
        items = groups[number]
        start = items[0].start
        between = doc.text[doc[last_end - 1 if runs else 0].idx : items[0].span.start_char]
        between = between.split(None, 1)[1] if len(between.split(None, 1)) > 1 else ""
        # adjacent if only line breaks and the next list's heading lie between them
        heading_only = "\n" not in between.strip()
        entities = [m.entity for m in items]
        if runs and heading_only:
            runs[-1][1].extend(e for e in entities if e not in runs[-1][1])
        else:
            runs.append((start, list(dict.fromkeys(entities))))
        last_end = items[-1].end
    return runs


def _conjuncts(token: Token, deps: frozenset[str] | set[str] = frozenset({"conj"})) -> list[Token]:
    out = [token]
    for c in token.children:
        if c.dep_ in deps:
            out.extend(_conjuncts(c, deps))
    return out


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _preps(token: Token, *words: str) -> list[Token]:
    return [
        obj
        for prep in token.children
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in words
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _agents(verb: Token) -> list[Token]:
    return [
        obj for a in verb.children if a.dep_ == "agent" for obj in a.children if obj.dep_ == "pobj"
    ]


def _subject(verb: Token | None) -> Token | None:
    """The subject of ``verb``, inherited through conjunction, xcomp and relative clauses."""
    seen = 0
    while verb is not None and seen < 4:
        seen += 1
        for c in verb.children:
            if c.dep_ in SUBJECTS:
                return c
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ in {"relcl", "acl"}:
            return verb.head
        return None
    return None


def _relative_antecedent(pronoun: Token) -> Token | None:
    clause = pronoun.head
    while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ in {"relcl", "acl"} else None


def _list_kind(verb: Token) -> str | None:
    for obj in _preps(verb, "to", "on"):
        phrase = " ".join(t.lower_ for t in obj.subtree)
        for name, kind in LIST_NAMES.items():
            if name in phrase:
                return kind
    return None


def _money_in(token: Token) -> tuple[Decimal, str | None] | None:
    for t in token.subtree:
        if t.ent_type_ == "MONEY":
            ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
            money = parse_money(ent.text)
            if money is not None and money[1] is None and ent.start > 0:
                # the model often leaves the currency sign out of the entity: "$ 286,992,532"
                sign = parse_money("1 " + t.doc[ent.start - 1].text)
                money = (money[0], sign[1] if sign else None)
            return money
    return None


def _date_of(token: Token, year: str | None = None) -> str | None:
    """The date in the measure's own phrases ("in April 2021"; "in April" takes the
    article's year)."""
    candidates = [token, *(p for p in token.children if p.dep_ in {"prep", "npadvmod"})]
    for c in candidates:
        for t in c.subtree if c.i != token.i else c.children:
            if t.ent_type_ == "DATE":
                ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
                date = parse_date(ent.text, year)
                if date:
                    return date
    return None


def _reason_of(token: Token) -> str | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            text = " ".join(t.text for t in prep.subtree)
            if 3 < len(text) < 200:
                return text
    return None


def _modality(token: Token, sent: Span) -> Modality:
    """negated > threatened > alleged > asserted, from the words around the predicate."""
    chain = [token]
    head = token
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        chain.append(head)
    for t in chain[:2]:
        if any(c.dep_ == "neg" for c in t.children):
            return "negated"
    for t in chain:
        if any(
            c.lower_ in THREAT_WORDS and c.dep_ in {"aux", "mark", "advmod"} for c in t.children
        ):
            return "threatened"
        if t.i != token.i and t.lemma_.lower() in THREAT_WORDS:
            return "threatened"
    words = _sentence_words(sent) | {t.lemma_.lower() for t in chain}
    if words & ALLEGATION_WORDS or ("according" in words and "indictment" in words):
        return "alleged"
    return "asserted"


def _sentence_words(sent: Span) -> frozenset[str]:
    """The sentence's lower-cased words, computed once per sentence and doc.

    Every predicate asks; without the cache a 100,000-character sentence with
    thousands of verbs took minutes (verbs x words).
    """
    cache = sent.doc.user_data.setdefault("kg.sentence_words", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = frozenset(t.lower_ for t in sent)
    words: frozenset[str] = cache[key]
    return words
