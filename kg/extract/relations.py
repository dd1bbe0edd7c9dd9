"""Typed facts and sanctions from one parsed article, frame by frame.

The frames (:mod:`kg.extract.frames`) each read one kind of statement; this module
runs them over the sentences of an article in a fixed order and returns what they
found. A sentence where no frame found anything goes to the open extractor
(``relatedTo``).

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.mentions import find_mentions
>>> from kg.extract.entities import group_mentions
>>> doc = load_pipeline()("The Treasury Department blacklisted SenseTime.")
>>> mentions = find_mentions(doc)
>>> clusters = group_mentions(doc, mentions)
>>> found = RelationReader(doc, mentions, clusters).read()
>>> [(clusters[s.imposer].name, s.kind, clusters[s.target].name) for s in found.sanctions]
[('Treasury Department', 'Designation', 'SenseTime')]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import numpy as np
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.frames.accusation import AccusationFrame
from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.charge import ChargeFrame
from kg.extract.frames.location import LocationFrame
from kg.extract.frames.ownership import OwnershipFrame
from kg.extract.frames.reader import ArticleReader, Findings, RawFact, RawSanction
from kg.extract.frames.related import read_related
from kg.extract.frames.role import RoleFrame
from kg.extract.frames.sanction import SanctionFrame
from kg.extract.frames.technology import TechnologyFrame
from kg.extract.lexicon import fix_lemma
from kg.extract.mentions import EntityCluster, Mention
from kg.extract.tokens import token_table

__all__ = ["FRAMES", "Findings", "RawFact", "RawSanction", "RelationReader"]

#: The frames in the order they read a verb: the first to claim a verb ends its
#: reading (a sanction verb is not read again as a property verb).
FRAMES: tuple[type[Frame], ...] = (
    RoleFrame,
    SanctionFrame,
    ChargeFrame,
    OwnershipFrame,
    AccusationFrame,
    TechnologyFrame,
    LocationFrame,
)


class RelationReader:
    """Reads the statements of one article, given its mentions and entities."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        clusters: list[EntityCluster],
        year: str | None = None,
    ):
        self.reader = ArticleReader(doc, mentions, clusters, year)
        self.frames = [frame(self.reader) for frame in FRAMES]
        # which frames read a lemma: positions in FRAMES, the same for every document
        self._by_verb, self._by_noun = _lexicon(FRAMES)
        self._mention_frames = [f for f in self.frames if _overrides(f, "read_mention")]
        if len(_LEMMAS) > 1 << 20:
            _LEMMAS.clear()  # a long-running process stays bounded
        self._sentence_frames = [f for f in self.frames if _overrides(f, "read_sentence")]

    def read(self) -> Findings:
        r = self.reader
        doc = r.doc
        found = r.found
        triggers = self._triggers()
        starts = [i for i, _ in triggers]
        verb, noun_frames, frames = self._verb, self._by_noun.get, self.frames
        lower_lemmas = r.lower_lemmas
        for sent in doc.sents:
            before = len(found.facts) + len(found.sanctions)
            first, last = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            for i, lemma in triggers[first:last]:
                if lemma is not None:
                    verb(doc[i], sent, lemma)  # the Token only for a frame's verb
                else:
                    for k in noun_frames(lower_lemmas[i], ()):
                        frames[k].read_noun(doc[i], sent)
            if self._mention_frames:
                self._mentions(sent)
            for frame in self._sentence_frames:
                frame.read_sentence(sent)
            if len(found.facts) + len(found.sanctions) == before:
                read_related(r, sent)
        return found

    def _triggers(self) -> list[tuple[int, str | None]]:
        """The words a frame reads, in text order: (index, lemma) for a verb some frame
        reads (or "enter"), (index, None) for a noun some frame reads; a word that is
        both comes twice, verb first. The tags are tested on whole-document arrays
        (numpy), so Python visits only the candidate words, not every word."""
        r = self.reader
        doc = r.doc
        words = token_table(doc).text
        pos, dep = r.tag_array[:, 0], r.tag_array[:, 1]  # read once, by the reader
        root = doc.vocab.strings["ROOT"]
        predicates = (pos == VERB) | (pos == AUX) | (dep == root)  # (np.isin: 20x slower)
        by_verb, by_noun, lemmas, lower_lemmas = (
            self._by_verb,
            self._by_noun,
            r.lemma,
            r.lower_lemmas,
        )
        found: list[tuple[int, str | None]] = []
        # an adjective heading a subject or object is a noun the tagger misread ("the
        # £30m fine imposed on X": "fine" as ADJ)
        argument = (dep == doc.vocab.strings["nsubj"]) | (dep == doc.vocab.strings["nsubjpass"])
        nouns = (pos == NOUN) | ((pos == ADJ) & argument)
        candidates = np.flatnonzero(predicates | nouns).tolist()
        is_predicate, is_noun = predicates.tolist(), nouns.tolist()
        known = _LEMMAS.get  # (the look-up inline: ~10,000 predicates per build)
        for i in candidates:
            if is_predicate[i]:
                lemma = known((words[i], lemmas[i])) or self._lemma(words[i], lemmas[i])
                if lemma in by_verb or lemma == "enter":
                    found.append((i, lemma))
            if is_noun[i] and lower_lemmas[i] in by_noun:
                found.append((i, None))
        return found

    def _lemma(self, form: str, lemma_id: int) -> str:
        """``fix_lemma(token.text, token.lemma_)`` from the token's text and lemma id,
        looked up once per (form, lemma) pair (across documents: ids are string hashes)."""
        key = (form, lemma_id)
        lemma = _LEMMAS.get(key)
        if lemma is None:
            lemma = _LEMMAS[key] = fix_lemma(form, self.reader.doc.vocab.strings[lemma_id])
        return lemma

    def _verb(self, verb: Token, sent: Span, lemma: str) -> None:
        if lemma == "enter" and any(
            c.lemma_.lower() == "plea" and any(g.lower_ == "guilty" for g in c.children)
            for c in verb.children
            if c.dep_ == "dobj"
        ):
            lemma = "plead"  # "enter a guilty plea"
        readers = self._by_verb.get(lemma)
        if not readers:
            return  # most verbs: no frame reads them, so their arguments are not looked up
        clause = VerbClause(self.reader, verb, lemma, sent)
        for k in readers:
            if self.frames[k].read_verb(clause):
                return

    def _mentions(self, sent: Span) -> None:
        index = self.reader.index
        seen: set[int] = set()
        for i in self.reader.named_tokens(sent.start, sent.end):
            mention = index[i]
            if id(mention) in seen:
                continue
            seen.add(id(mention))
            for frame in self._mention_frames:
                frame.read_mention(mention, sent)


#: ``RelationReader._lemma``'s answers by (form, lemma id), shared by all documents.
_LEMMAS: dict[tuple[str, int], str] = {}


@cache
def _lexicon(
    frames: tuple[type[Frame], ...],
) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The positions in ``frames`` of the frames that read each verb lemma and each
    noun lemma, in order (``verbs`` and ``nouns`` are class constants)."""
    by_verb: dict[str, list[int]] = {}
    by_noun: dict[str, list[int]] = {}
    for k, frame in enumerate(frames):
        for lemma in frame.verbs:
            by_verb.setdefault(lemma, []).append(k)
        for lemma in frame.nouns:
            by_noun.setdefault(lemma, []).append(k)
    return (
        {lemma: tuple(ks) for lemma, ks in by_verb.items()},
        {lemma: tuple(ks) for lemma, ks in by_noun.items()},
    )


def _overrides(frame: Frame, hook: str) -> bool:
    return getattr(type(frame), hook) is not getattr(Frame, hook)
