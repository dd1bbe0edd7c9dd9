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

from spacy.tokens import Doc, Span, Token

from kg.extract.entities import antecedent
from kg.extract.lexicon import (
    ALLEGATION_WORDS,
    CHARGE_VERBS,
    IMPOSE_VERBS,
    LIST_NAMES,
    SANCTION_NOUNS,
    SANCTION_VERBS,
    THREAT_WORDS,
    TITLE_WORDS,
    VERB_PROPERTIES,
    fix_lemma,
)
from kg.extract.mentions import EntityCluster, Mention, mention_index
from kg.extract.normalize import parse_date, parse_money
from kg.model import Modality

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
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

    def __init__(self, doc: Doc, mentions: list[Mention], clusters: list[EntityCluster]):
        self.doc = doc
        self.mentions = mentions
        self.clusters = clusters
        self.index = mention_index(mentions)
        self.found = Findings()

    # ------------------------------------------------------------ entity lookup
    def entity(self, token: Token) -> int | None:
        """The entity a token names or refers to."""
        mention = self.index.get(token.i)
        if mention is not None:
            return mention.entity
        if token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} or token.pos_ == "PRON":
            ref = antecedent(token, self.mentions, self.clusters)
            if ref is not None:
                return ref
        # "the firm SenseTime", "AI firm SenseTime": a mention inside the phrase
        for child in token.children:
            if child.dep_ in {"compound", "appos"} and child.i in self.index:
                return self.index[child.i].entity
        if token.dep_ == "relcl" or token.tag_ in {"WDT", "WP"}:
            return None
        return None

    def entities(self, token: Token | None) -> list[int]:
        """Entities of ``token`` and its conjuncts ("A and B")."""
        if token is None:
            return []
        found: list[int] = []
        for t in _conjuncts(token):
            if t.tag_ in {"WDT", "WP"} or t.lower_ in {"which", "who", "that"}:
                rel = _relative_antecedent(t)
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
        for sent in self.doc.sents:
            for token in sent:
                if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT":
                    self._verb_rules(token, sent)
                if token.pos_ == "NOUN":
                    self._noun_sanction(token, sent)
            self._nominal_rules(sent)
        return self.found

    def _verb_rules(self, verb: Token, sent: Span) -> None:
        lemma = fix_lemma(verb.text, verb.lemma_)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        subjects = self.entities(_subject(verb))
        agents = [e for t in _agents(verb) for e in self.entities(t)]
        objects = [e for t in _children(verb, "dobj", "attr") for e in self.entities(t)]
        if passive:
            actors, patients = agents, subjects
        else:
            actors, patients = subjects, objects
        modality = _modality(verb, sent)

        if lemma in SANCTION_VERBS or (lemma == "add" and _list_kind(verb)):
            kind = _list_kind(verb) or SANCTION_VERBS.get(lemma, "Other")
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
                self._sanction(imposers, subjects, "Fine", verb, sent, "sanction.pay.v1", modality)
        elif lemma in CHARGE_VERBS:
            if not actors:
                actors = self._nearest_government(sent, exclude=patients)
                confidence = 0.6
            else:
                confidence = 0.85
            for a in actors:
                if self.cls(a) not in {"Government", "Location"}:
                    continue
                self._promote(a)
                for p in patients:
                    if self.cls(p) in {"Person", "Company", "Organization"}:
                        self.fact(
                            a, "charges", p, sent, f"charges.verb.{lemma}.v1", confidence, modality
                        )
        elif lemma in VERB_PROPERTIES:
            self._property_verb(lemma, verb, actors, patients, passive, sent, modality)

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

    def _sanction(
        self,
        imposers: list[int],
        targets: list[int],
        kind: str,
        anchor: Token,
        sent: Span,
        rule: str,
        modality: Modality,
    ) -> None:
        imposers = [i for i in imposers if self.cls(i) in {"Government", "Location"}]
        money = _money_in(anchor) if kind == "Fine" else None
        date = _date_of(anchor)
        reason = _reason_of(anchor)
        for target in targets:
            if self.cls(target) not in ACTOR_CLASSES and self.cls(target) != "Location":
                continue
            for imposer in imposers or [None]:  # type: ignore[list-item]
                if imposer is not None:
                    self._promote(imposer)
                if self.cls(target) == "Location":
                    self._promote(target)
                confidence = 0.85 if imposer is not None else 0.6
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

    def _nominal_rules(self, sent: Span) -> None:
        seen: set[int] = set()
        for token in sent:
            mention = self.index.get(token.i)
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
        for token in sent:
            if token.lemma_.lower() in {"base", "headquarter"} and token.dep_ in {"amod", "acl"}:
                self._based_word(token, sent)

    def _titles(self, person: Mention, sent: Span) -> None:
        """ "Deputy Treasury Secretary Wally Adeyemo", "X, CEO of Huawei"."""
        root = person.span.root
        employers: list[tuple[int, float]] = []
        # title words to the left inside the person's own noun phrase
        left_tokens = [t for t in root.subtree if t.i < person.start]
        titled = any(t.lower_ in TITLE_WORDS for t in left_tokens)
        if titled:
            for t in left_tokens:
                ent = self.index.get(t.i)
                if ent is not None and self.cls(ent.entity) in ORG_CLASSES:
                    employers.append((ent.entity, 0.8))
        # "Breuer of the Criminal Division", "X, a scientist at Dow", "X, CEO of Y"
        anchors = [root] + [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            anchors += [c for c in root.head.children if c.dep_ == "attr"]
        for anchor in anchors:
            has_title = anchor.i != root.i and any(
                t.lower_ in TITLE_WORDS for t in anchor.subtree if t.i < anchor.i + 1
            )
            has_title = has_title or titled or anchor.lower_ in TITLE_WORDS
            if not has_title:
                continue
            for org, depth in self._prep_chain(anchor):
                employers.append((org, 0.8 - 0.1 * depth))
        for org, confidence in employers:
            if self.cls(org) in ORG_CLASSES:
                self.fact(person.entity, "worksFor", org, sent, "nominal.title.v1", confidence)

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
        heads += [c for c in root.children if c.dep_ in {"compound", "appos"}]
        if root.dep_ in {"compound", "appos"}:
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
        companies = self.entities(head)
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
        """ "Counterespionage Section of the National Security Division", "a unit of X"."""
        root = body.span.root
        cls = self.cls(body.entity)
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "within"}:
                for obj in _children(prep, "pobj"):
                    for e in self.entities(obj):
                        if self.cls(e) == cls and e != body.entity and cls == "Government":
                            self.fact(body.entity, "partOf", e, sent, "nominal.of.v1", 0.7)
        for c in root.children:
            if c.dep_ == "poss":
                for e in self.entities(c):
                    if self.cls(e) == cls:
                        self.fact(body.entity, "partOf", e, sent, "nominal.poss.v1", 0.7)
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


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for c in token.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
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
            return parse_money(ent.text)
    return None


def _date_of(token: Token) -> str | None:
    candidates = [token, *(p for p in token.children if p.dep_ in {"prep", "npadvmod"})]
    for c in candidates:
        for t in c.subtree if c.i != token.i else c.children:
            if t.ent_type_ == "DATE":
                ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
                date = parse_date(ent.text)
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
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in chain}
    if words & ALLEGATION_WORDS or ("according" in words and "indictment" in words):
        return "alleged"
    return "asserted"
