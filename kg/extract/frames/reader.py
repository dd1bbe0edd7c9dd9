"""What every frame shares about one article: its entities, how a token maps to
one, and where statements go.

A frame asks the reader "which entities does this token name?" (through
conjunctions, relative pronouns, name lists and back-references), "what is the
article's own state, its prosecutor, the kind of measures it describes?", and hands
its statements to :meth:`ArticleReader.fact` and :meth:`ArticleReader.sanction`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import cast

import numpy as np
from spacy.attrs import DEP, LEMMA, POS
from spacy.tokens import Doc, Span, Token

from kg.extract.entities import antecedent
from kg.extract.frames.sanction_dates import governing_date
from kg.extract.frames.syntax import (
    children,
    conjuncts,
    date_of,
    is_passive,
    money_in,
    reason_of,
    relative_antecedent,
    subject,
)
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    COUNTRY_NAMES,
    LEADER_TITLES,
    LIST_NOUNS,
    MEASURE_WORDS,
    PROSECUTOR_WORDS,
    RESTRICTED_THINGS,
    SANCTION_NOUNS,
)
from kg.extract.mentions import EntityCluster, Mention, mention_index
from kg.extract.normalize import parse_date
from kg.extract.tokens import token_table
from kg.extract.typing_words import FIRM_JOB_NOUNS, PERSON_TITLE_NOUNS
from kg.model import Modality

#: Nouns that a name can be attached to ("the firm SenseTime", "the agency OFAC").
NAMING_NOUNS = COMPANY_NOUNS | {
    "agency", "department", "ministry", "regulator", "government", "group",
    "organization", "organisation", "entity", "defendant", "university", "outlet", "unit",
}  # fmt: skip
#: Who sits at a court and acts for it ("a jury at Southwark Crown Court").
_SITTING = frozenset({"jury", "judge", "magistrate", "juries", "judges"})
#: Nouns for people that a person's name is set beside ("a Chinese engineer, Li Qiang").
PERSON_NOUNS = (
    PERSON_TITLE_NOUNS | FIRM_JOB_NOUNS | {"businessman", "businesswoman", "man", "woman"}
)
ACTOR_CLASSES = frozenset({"Company", "Government", "Organization", "Person"})
ORG_CLASSES = frozenset({"Company", "Government", "Organization"})


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


#: Lower-cased lemmas by lemma id, shared by all articles: spaCy's ids are hashes of
#: the strings, the same in every document, and a lemma recurs in every article.
_LOWER_LEMMAS: dict[int, str] = {}


class ArticleReader:
    """The entities of one article and the statements found in it so far."""

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
        self.runs = _list_runs(doc, mentions)
        self._state: int | bool | None = False  # the article's own state, found lazily
        self._measure: str | bool | None = False  # measure_kind(), found lazily
        self._prosecutor: int | bool | None = False  # prosecutor(), found lazily
        self._prosecutor_seen = 0  # how many clusters there were when it was found
        # Tags as arrays: frames scan them without making a Token for every word.
        # (columns of the document's one array: see kg.extract.tokens.COLUMNS)
        table = token_table(doc)
        self.tag_array = np.stack([table.column(a) for a in (POS, DEP, LEMMA)], axis=1)
        self.pos, self.dep, self.lemma = (column.tolist() for column in self.tag_array.T)
        self.modifier_deps = {doc.vocab.strings["amod"], doc.vocab.strings["acl"]}
        if len(_LOWER_LEMMAS) > 1 << 20:
            _LOWER_LEMMAS.clear()  # a long-running process stays bounded
        self._lower = _LOWER_LEMMAS
        self._words_with: dict[tuple[frozenset[int], frozenset[int]], list[int]] = {}

    def lower_lemma(self, i: int) -> str:
        """The lower-cased lemma of token ``i`` (looked up once per lemma id)."""
        return self._lower_of(self.lemma[i])

    def _lower_of(self, key: int) -> str:
        """The lower-cased lemma of lemma id ``key``."""
        value = self._lower.get(key)
        if value is None:
            value = self._lower[key] = self.doc.vocab.strings[key].lower()
        return value

    @cached_property
    def lower_lemmas(self) -> list[str]:
        """Every token's :meth:`lower_lemma`, by index: a frame that scans every word
        of a sentence indexes this list instead of calling the method per word."""
        lower = self._lower
        for key in [key for key in self._distinct_ids[0] if key not in lower]:
            self._lower_of(key)  # each distinct lemma once, then a look-up per token
        return [lower[key] for key in self.lemma]

    def lemma_mask(self, words: frozenset[str] | set[str]) -> np.ndarray:
        """Whether each token's lower-cased lemma is in ``words`` (a boolean array):
        the article's distinct lemmas tested, then one array comparison per lemma in
        ``words`` (instead of a Python test per token)."""
        lemmas, lower = self.tag_array[:, 2], self._lower
        hits = np.zeros(len(lemmas), dtype=bool)
        for key in self._distinct_ids[0]:
            if (lower.get(key) or self._lower_of(key)) in words:
                hits |= lemmas == key
        return hits

    def lemma_positions(self, words: frozenset[str] | set[str]) -> list[int]:
        """The tokens whose lower-cased lemma is in ``words``, in order."""
        return cast("list[int]", np.flatnonzero(self.lemma_mask(words)).tolist())

    def words_with(
        self, lemmas: frozenset[int], deps: frozenset[int], start: int, end: int
    ) -> list[int]:
        """The tokens from ``start`` up to ``end`` whose lemma id is in ``lemmas`` or
        whose dependency label id is in ``deps``, in order: a frame's sentence scan
        visits these only, not every word. The article's list is made in one pass per
        pair of sets, then bisected per sentence."""
        key = (lemmas, deps)
        found = self._words_with.get(key)
        if found is None:
            # one array comparison per id (the sets are small): faster than a Python
            # test per word, and than np.isin (which sorts)
            # (only the ids the article holds: a frame's trigger set has dozens)
            hits = np.zeros(len(self.lemma), dtype=bool)
            for column, ids in (
                (self.tag_array[:, 2], lemmas & self._distinct_ids[0]),
                (self.tag_array[:, 1], deps & self._distinct_ids[1]),
            ):
                for i in ids:
                    hits |= column == i
            found = self._words_with[key] = np.flatnonzero(hits).tolist()
        return found[bisect_left(found, start) : bisect_left(found, end)]

    @cached_property
    def _distinct_ids(self) -> tuple[frozenset[int], frozenset[int]]:
        """The article's distinct lemma ids and dependency label ids."""
        return frozenset(self.lemma), frozenset(self.dep)

    @cached_property
    def _named_tokens(self) -> list[int]:
        """The tokens of the article a mention covers, in order (``index``'s keys)."""
        return sorted(self.index)

    def named_tokens(self, start: int, end: int) -> list[int]:
        """The tokens from ``start`` up to ``end`` that a mention covers, in order: a
        sentence's mentions found without a look-up for each of its words."""
        tokens = self._named_tokens
        return tokens[bisect_left(tokens, start) : bisect_left(tokens, end)]

    # ------------------------------------------------------------ entity lookup
    def entity(self, token: Token) -> int | None:
        """The entity a token names or refers to."""
        if token.lower_ in _SITTING:
            court = self._court_sat_at(token)
            if court is not None:
                return court  # "a jury at Southwark Crown Court": the court acts through it
        mention = self.index.get(token.i)
        if mention is not None:
            # the children from the token table (asked again and again of the same name)
            table = token_table(self.doc)
            indefinite = mention.source in {"propn", "ner"} and any(
                dep == "det" and table.lower[c] in {"a", "an"}
                for c, dep in table.children(self.doc, token.i)
            )
            if indefinite:
                return None  # "designate a Cybersecurity Coordinator": no named entity
            return mention.entity
        if token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} or token.pos_ == "PRON":
            ref = antecedent(token, self.mentions, self.clusters)
            if ref is not None:
                return ref
        # "the firm SenseTime", "AI firm SenseTime": a mention inside the phrase (but
        # "U.S. investments" is no mention of the United States)
        if token.lemma_.lower() not in NAMING_NOUNS:
            return self.person_named(token)
        if token.dep_ == "appos" and token.head.i in self.index:
            return self.index[token.head.i].entity  # "Dow, a company (based in …)"
        for child in token.children:
            if child.dep_ in {"compound", "appos"} and child.i in self.index:
                named = self.index[child.i].entity
                # "a U.S. company", "the Chinese firm" name no company
                country = self.clusters[named].name in COUNTRY_NAMES
                return named if self.cls(named) != "Location" and not country else None
        return None

    def _court_sat_at(self, token: Token) -> int | None:
        """The named court a jury or judge sits at: "a jury at Southwark Crown Court",
        "a judge at the High Court in London" (not "a jury in Boston": a seat)."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "of"}:
                continue
            for obj in children(prep, "pobj"):
                mention = self.index.get(obj.i)
                court = mention is not None and "court" in mention.name.lower()
                if court and self.cls(mention.entity) == "Government":  # type: ignore[union-attr]
                    return mention.entity  # type: ignore[union-attr]
        return None

    def person_named(self, token: Token) -> int | None:
        """The person a job noun is set beside: "charged a Chinese engineer, Li Qiang"
        (only a person's name: in "the Veltra boss" Veltra is the employer)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in PERSON_NOUNS:
            return None
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.index:
                named = self.index[child.i].entity
                return named if self.cls(named) == "Person" else None
        return None

    def listed(self, token: Token) -> list[int]:
        """ "the following 59 entities", "these companies": the items of a name list."""
        if token.lemma_.lower() not in LIST_NOUNS or not self.runs:
            return []
        words = {c.lower_ for c in token.children if c.dep_ in {"amod", "det", "nummod"}}
        if "following" in words or "below" in {c.lower_ for c in token.children}:
            after = [run for start, run in self.runs if start > token.i]
            return after[0] if after else []
        if words & {"these", "those"}:
            before = [run for start, run in self.runs if start < token.i]
            after = [run for start, run in self.runs if start > token.i]
            return before[-1] if before else (after[0] if after else [])
        return []

    def entities(self, token: Token | None) -> list[int]:
        """Entities of ``token`` and its conjuncts ("A and B")."""
        if token is None:
            return []
        listed = self.listed(token)
        if listed:
            return listed
        found: list[int] = []
        for t in conjuncts(token):
            if t.tag_ in {"WDT", "WP"} or t.lower_ in {"which", "who", "that"}:
                rel = relative_antecedent(t)
                if rel is not None and t.head.tag_ in {"VBP"} | (
                    {"VBD"} if t.head.lower_ == "were" else set()
                ):
                    # "A, B and C, who were officers…": all of them
                    # a list of names may be parsed as conjuncts or appositions
                    while rel.dep_ in {"conj", "appos"} and rel.head.i in self.index:
                        rel = rel.head
                    for c in conjuncts(rel, {"conj", "appos"}):
                        e = self.entity(c)
                        if e is not None and e not in found:
                            found.append(e)
                    continue
                if rel is not None:
                    # "the State Department and Commerce's BIS, which added X": a clause
                    # after a coordination, its verb not plural, tells of the conjunct
                    # it follows (the parse hangs it on the first)
                    # (any parse: an antecedent after its pronoun keeps the parse's)
                    before = [c for c in conjuncts(rel) if c.i < t.i]
                    rel = max(before, key=lambda c: c.i) if before else rel
                ent = self.entity(rel) if rel is not None else None
                if (
                    rel is not None
                    and t.dep_ == "dobj"
                    and (ent is None or self.cls(ent) in {"Technology", "Location"})
                ):
                    # "X, a maker of lenses in Jena, which it acquired": an object
                    # relative after a description tells of the name described
                    ent = self._described_name(rel, ent)
            else:
                ent = self.entity(t)
            if ent is not None and ent not in found:
                found.append(ent)
        return found

    def cls(self, entity: int) -> str:
        return self.clusters[entity].cls

    def _described_name(self, token: Token, ent: int | None) -> int | None:
        """The firm or body an apposition ("X, a maker of lenses in Jena") describes,
        from a word inside it; ``ent`` when ``token`` is in no such apposition."""
        for _ in range(6):
            if token.dep_ == "appos":
                named = self.index.get(token.head.i)
                if named is not None and self.cls(named.entity) in ORG_CLASSES:
                    return named.entity
                return ent
            if token.dep_ not in {"pobj", "prep", "nmod", "compound", "conj"}:
                return ent
            token = token.head
        return ent

    def named_in(self, sent: Span) -> list[int]:
        """The people and organisations a sentence names as its own participants, not
        as modifiers or in descriptions ("Putin associate", "spokesperson for X")."""
        out: list[int] = []
        for m in self.mentions:
            if not sent.start <= m.start < sent.end or m.entity in out:
                continue
            root = m.root
            listed = root.dep_ == "pobj" and root.head.lower_ in {"including", "like"}
            if root.dep_ in {"compound", "poss", "pobj", "amod", "nmod", "npadvmod"} and not listed:
                continue
            if self.cls(m.entity) in {"Person", "Company", "Organization"}:
                out.append(m.entity)
        return out

    def nearest_government(self, sent: Span, exclude: list[int]) -> list[int]:
        """The first government body the sentence names, other than ``exclude``."""
        govs = [
            m.entity
            for m in self.mentions
            if sent.start <= m.start < sent.end
            and self.cls(m.entity) == "Government"
            and m.entity not in exclude
        ]
        return govs[:1]

    def inside_chain(self, body: Mention) -> list[tuple[int, float]]:
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

    def prep_chain(self, token: Token, depth: int = 0) -> Iterator[tuple[int, int]]:
        """Organisations reached through of/at/for/with prepositions, nearest first."""
        if depth > 3:
            return
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "for", "with", "in"}:
                continue
            for obj in children(prep, "pobj"):
                for e in self.entities(obj):
                    if self.cls(e) in ORG_CLASSES:
                        yield e, depth
                yield from self.prep_chain(obj, depth + 1)

    # ------------------------------------------------------------ the article
    def measure_kind(self) -> str | None:
        """The kind of the restrictive measures an article describes, by what they
        restrict: investments/securities, imports, exports, visas or property."""
        if self._measure is False:
            votes: dict[str, int] = {}
            lower = token_table(self.doc).lower  # word tables: no Token made per word
            for i in self.lemma_positions(MEASURE_WORDS):
                # the words just around it: "prohibit U.S. investments in …"
                words = set(lower[max(i - 4, 0) : i + 12])
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
        if self._prosecutor is None and len(self.clusters) > self._prosecutor_seen:
            # a prosecutor a frame named since ("X, U.S. Attorney in Boston"): look again
            self._prosecutor = False
        if self._prosecutor is False:
            self._prosecutor_seen = len(self.clusters)
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
        """The article's own state: the state of a government's own release (a fact
        sheet or a Justice Department release about China is the United States'), else
        the article's most-mentioned country acting as government."""
        if self._state is False:
            from kg.extract.frames.issuer import national_state  # issuer reads this module

            best: tuple[int, int] | None = None
            for i, c in enumerate(self.clusters):
                if c.cls in {"Government", "Location"} and c.name in COUNTRY_NAMES:
                    score = len(c.mentions)
                    if best is None or score > best[0]:
                        best = (score, i)
            issued = national_state(self)
            self._state = issued if issued is not None else best[1] if best else None
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
        if token.pos_ == "PRON" and mention is None:
            # "He also signed …" after "President Ruiz": the person it refers back to
            person = self.entity(token)
            for m in self.clusters[person].mentions if person is not None else []:
                if m.start > 0 and token_table(self.doc).lower[m.start - 1] in LEADER_TITLES:
                    return self.state()
        return None

    def country(self, name: str, aliases: frozenset[str] = frozenset()) -> int:
        """The country ``name`` as an entity of the article: the cluster named so (or
        by one of ``aliases``), else a Location added for it once."""
        for i, c in enumerate(self.clusters):
            if c.name == name or name in c.aliases or c.name in aliases or c.aliases & aliases:
                return i
        if name in self.found.countries:
            return self.found.countries[name]
        self.clusters.append(EntityCluster(name, "Location"))
        self.found.countries[name] = len(self.clusters) - 1
        return len(self.clusters) - 1

    def promote(self, entity: int) -> None:
        """A place that acts (imposes, charges, is sanctioned) is the state: Government."""
        if self.clusters[entity].cls == "Location":
            self.clusters[entity].acting += 1

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
        """Record ``subject predicate obj`` (a statement about oneself is dropped)."""
        if subject == obj:
            return
        self.found.facts.append(
            RawFact(subject, predicate, obj, sent, rule, confidence, modality, wording)
        )

    def sanction(
        self,
        imposers: list[int],
        targets: list[int],
        kind: str,
        anchor: Token,
        sent: Span,
        rule: str,
        modality: Modality,
        confidence: float | None = None,
        date: str | None = None,
    ) -> None:
        """Record a measure of ``kind`` by each imposer on each target.

        Without a named imposer, a leader acting ("The President ordered…") stands for
        the article's state, and a passive measure ("X was fined") takes the government
        named in the same sentence. Amount, date and reason come from ``anchor``'s
        phrases (``date``, when given, is the one the caller read elsewhere)."""
        imposers = [i for i in imposers if self.cls(i) in {"Government", "Location"}]
        fixed = confidence
        guessed = False
        if not imposers and anchor.pos_ in {"VERB", "AUX"} and not is_passive(anchor):
            leader = subject(anchor)
            state = self.leader_state(leader) if leader is not None else None
            if state is not None:
                imposers = [state]
        elif not imposers and anchor.pos_ == "VERB" and is_passive(anchor):
            # "X was fined $2.8 billion after Chinese regulators docked the company":
            # the government acting in the same sentence
            imposers = self.nearest_government(sent, exclude=targets)
            guessed = bool(imposers)
        money = money_in(anchor) if kind == "Fine" else None
        date = date or date_of(anchor, self.year) or governing_date(anchor, self.year)
        date = date or self.effective_date(sent)
        reason = reason_of(anchor)
        for target in targets:
            if self.cls(target) not in ACTOR_CLASSES and self.cls(target) != "Location":
                continue
            for imposer in imposers or [None]:  # type: ignore[list-item]
                if imposer == target:
                    continue  # no body sanctions itself
                if imposer is not None:
                    self.promote(imposer)
                if self.cls(target) == "Location":
                    self.promote(target)
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


def _list_runs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, list[int]]]:
    """Runs of adjacent name-list paragraphs: (first token, their entities in order)."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group >= 0:
            groups.setdefault(m.group, []).append(m)
    runs: list[tuple[int, list[int]]] = []
    last_end = -1
    text = token_table(doc).doc_text  # ``doc.text`` joins every token again per call
    for number in sorted(groups):
        items = groups[number]
        start = items[0].start
        between = text[doc[last_end - 1 if runs else 0].idx : items[0].span.start_char]
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
