"""Where organisations are based (``basedIn``).

Nationality adjectives on a company noun ("Chinese telecom firm Huawei", "Huawei,
a Chinese company") and "based"/"headquartered" ("Hong Kong-based AI firm X", "a
company based in Indianapolis").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame
from kg.extract.frames.syntax import preps
from kg.extract.lexicon import COMPANY_NOUNS, NATIONALITIES
from kg.extract.mentions import EntityCluster, Mention

#: Lemmas of the participles that place an organisation ("based", "headquartered").
BASED_WORDS = frozenset({"base", "headquarter"})


class LocationFrame(Frame):
    def read_mention(self, mention: Mention, sent: Span) -> None:
        if self.reader.cls(mention.entity) in {"Company", "Organization"}:
            self._nationality(mention, sent)

    def read_sentence(self, sent: Span) -> None:
        r = self.reader
        for i in range(sent.start, sent.end):
            if r.dep[i] in r.modifier_deps and r.lower_lemma(i) in BASED_WORDS:
                self._based_word(r.doc[i], sent)

    def _nationality(self, company: Mention, sent: Span) -> None:
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
                    country = self.country(mod)
                    if country is not None:
                        self.reader.fact(
                            company.entity, "basedIn", country, sent, "nominal.nationality.v1", 0.7
                        )

    def country(self, adjective: Token) -> int | None:
        """The country a nationality adjective names, as an entity of the article
        (added as a Location when the article never names it)."""
        r = self.reader
        name = NATIONALITIES.get(adjective.lower_)
        if name is None:
            return None
        for i, c in enumerate(r.clusters):
            if c.name == name or name in c.aliases:
                return i
        if name in r.found.countries:
            return r.found.countries[name]
        r.clusters.append(EntityCluster(name, "Location"))
        r.found.countries[name] = len(r.clusters) - 1
        return len(r.clusters) - 1

    def _based_word(self, based: Token, sent: Span) -> None:
        """ "Hong Kong-based firm X", "a company based in Indianapolis"."""
        r = self.reader
        places = [
            r.entity(c) for c in based.children if c.dep_ in {"npadvmod", "nsubj", "compound"}
        ]
        places += [r.entity(t) for t in preps(based, "in")]
        places_ok = [p for p in places if p is not None and r.cls(p) in {"Location", "Government"}]
        if not places_ok:
            # "Hong-Kong based": the place can sit just before the hyphen
            prev = r.index.get(based.i - 1) or r.index.get(based.i - 2)
            if prev is not None and r.cls(prev.entity) in {"Location", "Government"}:
                places_ok = [prev.entity]
        head = based.head
        companies = [e for e in r.entities(head) if r.cls(e) in {"Company", "Organization"}]
        if not companies and head.dep_ in {"compound", "amod"} and head.head.i in r.index:
            companies = [r.index[head.head.i].entity]  # "Hong Kong-based AI firm X"
        # "a company based in Indianapolis" (appos of X): the company is X
        if not companies and head.dep_ == "appos" and head.head.i in r.index:
            companies = [r.index[head.head.i].entity]
        if not companies:
            companies = [
                r.index[t.i].entity
                for t in [head.head, *head.children]
                if (t.i in r.index and t.dep_ in {"compound", "appos"})
                or (t == head.head and t.i in r.index)
            ]
        for c in companies:
            if r.cls(c) not in {"Company", "Organization"}:
                continue
            for p in places_ok:
                r.clusters[p].cls = "Location" if r.cls(p) == "Location" else r.cls(p)
                r.fact(c, "basedIn", p, sent, "nominal.based.v1", 0.8)
