"""From a parsed article to plain data: entities, facts and sanctions.

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.model import Article
>>> nlp = load_pipeline()
>>> art = Article(id="t", text="The Treasury Department blacklisted SenseTime in 2021.")
>>> result = extract_doc(nlp(art.text), art)
>>> [(s.kind, s.date) for s in result.sanctions]
[('Designation', '2021')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.entities import group_mentions, normalize
from kg.extract.lexicon import MODALITY_WEIGHT
from kg.extract.mentions import EntityCluster, find_mentions
from kg.extract.relations import RawFact, RawSanction, RelationReader
from kg.extract.tokens import token_table
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Sanction

#: Texts longer than this are parsed in pieces (spaCy's own limit is 1,000,000).
MAX_CHUNK_CHARS = 100_000
_Stated = TypeVar("_Stated", Fact, Sanction)
#: The most a relation read off a noun phrase (a ``nominal.*`` rule) states inside a
#: list whose items are set off by semicolons ("investigated by the A Field Office of
#: the FBI; the B Division of C; ..."), where "of" and titles attach across items and
#: names run into each other: 25 of 36 such facts were right on the tuned-on sets
#: (December 2026), against 327 of 355 elsewhere.
LISTED_NOUN_PHRASE_CONFIDENCE = 0.65
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def extract_doc(doc: Doc, article: Article) -> ArticleExtraction:
    """Everything ``doc`` (the parse of ``article.text``) says, as plain data."""
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    doc.user_data["kg.article_source"] = article.source  # the issuer of a release
    doc.user_data["kg.article_title"] = article.title  # "FACT SHEET: …" names one too
    doc.user_data["kg.article_date"] = article.date  # what "today" means in it
    year = article.date[:4] if article.date and article.date[:4].isdigit() else _latest_year(doc)
    findings = RelationReader(doc, mentions, clusters, year).read()
    keys = _entity_keys(clusters)
    used = {f.subject for f in findings.facts} | {f.object for f in findings.facts}
    used |= {s.target for s in findings.sanctions}
    used |= {s.imposer for s in findings.sanctions if s.imposer is not None}
    entities = tuple(
        _entity(keys[i], cluster)
        for i, cluster in enumerate(clusters)
        if cluster.cls and (cluster.mentions or i in used)
    )
    valid = {e.key for e in entities}
    facts = _facts(findings.facts, keys, valid, article)
    sanctions = _sanctions(findings.sanctions, keys, valid, article)
    return ArticleExtraction(
        article=article,
        entities=entities,
        facts=facts,
        sanctions=sanctions,
        words=_word_count(doc),
    )


def extract_articles(
    articles: Iterable[Article], nlp: Language, batch_size: int = 16
) -> Iterator[ArticleExtraction]:
    """Parse articles in batches with ``nlp.pipe`` and extract each, in order."""
    pairs = ((a.text[: MAX_CHUNK_CHARS * 10], a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, article)


def _latest_year(doc: Doc) -> str | None:
    """Without a dated header, "in April" most likely means the latest year the article
    names."""
    text = token_table(doc).doc_text  # a slice of it is ``ent.text``, without Token objects
    years = [
        m.group()
        for ent in doc.ents
        if ent.label_ == "DATE"
        for m in _YEAR.finditer(text[ent.start_char : ent.end_char])
    ]
    return max(years) if years else None


#: Whether a word (by orth id) is punctuation or space: lexeme flags, the same for
#: every token of the word and in every vocab (ids are the strings' hashes), so read
#: once per word across documents instead of per token (``to_array`` of the flags).
_NOT_WORDS: dict[int, bool] = {}


def _word_count(doc: Doc) -> int:
    """Tokens that are neither punctuation nor space (no Token objects)."""
    if len(_NOT_WORDS) > 1 << 20:
        _NOT_WORDS.clear()  # a long-running process stays bounded
    known, vocab = _NOT_WORDS, doc.vocab
    # each distinct word with its count (numpy sorts the ids: no Python pass per token)
    ids, counts = numpy.unique(token_table(doc).column(ORTH), return_counts=True)
    total = 0
    for h, n in zip(ids.tolist(), counts.tolist(), strict=True):
        punct = known.get(h)
        if punct is None:
            lexeme = vocab[h]
            punct = known[h] = lexeme.is_punct or lexeme.is_space
        if not punct:
            total += n
    return total


def _entity_keys(clusters: list[EntityCluster]) -> list[str]:
    keys: list[str] = []
    seen: dict[str, int] = {}
    for cluster in clusters:
        base = f"{cluster.cls}:{normalize(cluster.name)}"
        n = seen.get(base, 0)
        seen[base] = n + 1
        keys.append(base if n == 0 else f"{base}#{n}")
    return keys


def _entity(key: str, cluster: EntityCluster) -> Entity:
    cls = cluster.cls
    if cls == "Location" and cluster.acting:
        cls = "Government"
    aliases = tuple(sorted(a for a in cluster.aliases if a != cluster.name))
    return Entity(key, cluster.name, cls, aliases, max(len(cluster.mentions), 1))


def _evidence(sent: Span, article: Article, rule: str, confidence: float, modality) -> Evidence:  # type: ignore[no-untyped-def]
    # one text per sentence: a long sentence with many facts is not copied for each
    cache = sent.doc.user_data.setdefault("kg.sentence_text", {})
    if sent.start not in cache:
        cache[sent.start] = token_table(sent.doc).span_text(sent.start, sent.end).strip()
    text = cache[sent.start]
    if rule.startswith("nominal.") and in_semicolon_list(text):
        confidence = min(confidence, LISTED_NOUN_PHRASE_CONFIDENCE)
    return Evidence(
        article.id,
        text,
        sent.start_char,
        sent.end_char,
        rule,
        round(min(max(confidence * MODALITY_WEIGHT.get(modality, 1.0), 0.0), 1.0), 3),
        modality,
    )


def in_semicolon_list(sentence: str) -> bool:
    """Whether a sentence holds a list of three or more items set off by semicolons
    (items long enough to hold commas themselves: agencies thanked, officials named).

    >>> in_semicolon_list("The case was investigated by the FBI; the IRS; and the DEA.")
    True
    >>> in_semicolon_list("He was charged; he pleaded guilty in May.")
    False
    """
    return sentence.count(";") >= 2


def _facts(
    raw: list[RawFact], keys: list[str], valid: set[str], article: Article
) -> tuple[Fact, ...]:
    out: dict[tuple[str, str, str, int, str], Fact] = {}
    for f in raw:
        s, o = keys[f.subject], keys[f.object]
        if s not in valid or o not in valid or s == o:
            continue
        ev = _evidence(f.sentence, article, f.rule, f.confidence, f.modality)
        out.setdefault(
            (s, f.predicate, o, ev.start, f.rule), Fact(s, f.predicate, o, ev, f.wording)
        )
    return corroborate(list(out.values()), lambda f: (f.subject, f.predicate, f.object))


def _sanctions(
    raw: list[RawSanction], keys: list[str], valid: set[str], article: Article
) -> tuple[Sanction, ...]:
    out: dict[tuple, Sanction] = {}  # type: ignore[type-arg]
    for s in raw:
        target = keys[s.target]
        imposer = keys[s.imposer] if s.imposer is not None else None
        if target not in valid or (imposer is not None and imposer not in valid):
            continue
        ev = _evidence(s.sentence, article, s.rule, s.confidence, s.modality)
        key = (target, imposer, s.kind, ev.start)
        out.setdefault(
            key,
            Sanction(target, s.kind, ev, imposer, s.amount, s.currency, s.date, s.reason),
        )
    # what the graph's "imposer sanctions target" fact is, whatever the kind
    return corroborate(list(out.values()), lambda s: (s.target, s.imposer))


def corroborate(
    items: list[_Stated], statement: Callable[[_Stated], Hashable]
) -> tuple[_Stated, ...]:
    """``items`` (one article's facts or sanctions) with each evidence's confidence
    raised by the other sentences of the article that make the same ``statement`` in
    the same modality: the noisy-OR of its own confidence and the best of each other
    sentence (:func:`with_support`).

    Why here: a fact's confidence is the highest of its evidence (SPARQL ``MAX`` in
    ``kg query``, the exports and the render), and no aggregate computes a noisy-OR.
    Done within one article, the stored number is what users see and what the gold
    scoring counts; a fact found in two articles keeps each article's own, so ``MAX``
    across articles stays an article's honest figure. Facts stated in two or more
    sentences of an article were right 63 of 65 times on the tuned-on sets (December
    2026). A negated statement neither lends nor takes support; threatened supports
    only threatened, alleged only alleged.
    """
    best: dict[Hashable, dict[int, float]] = defaultdict(dict)
    for item in items:
        ev = item.evidence
        if ev.modality != "negated":
            sentences = best[(statement(item), ev.modality)]
            sentences[ev.start] = max(ev.confidence, sentences.get(ev.start, 0.0))
    out: list[_Stated] = []
    for item in items:
        ev = item.evidence
        sentences = best.get((statement(item), ev.modality), {})
        others = [conf for start, conf in sentences.items() if start != ev.start]
        if ev.modality == "negated" or not others:
            out.append(item)
            continue
        raised = replace(ev, confidence=with_support(ev.confidence, others))
        out.append(replace(item, evidence=raised))
    return tuple(out)


def with_support(own: float, others: Iterable[float]) -> float:
    """The noisy-OR of an evidence's confidence and other sentences' (each taken as an
    independent chance of the statement being right), rounded as stored.

    >>> with_support(0.8, [0.7])
    0.94
    >>> with_support(0.7, [0.7, 0.5])
    0.955
    """
    unsure = 1.0 - own
    for conf in others:
        unsure *= 1.0 - conf
    return round(1.0 - unsure, 3)
