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
from collections.abc import Iterable, Iterator

from spacy.attrs import IS_PUNCT, IS_SPACE
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
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def extract_doc(doc: Doc, article: Article) -> ArticleExtraction:
    """Everything ``doc`` (the parse of ``article.text``) says, as plain data."""
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    doc.user_data["kg.article_source"] = article.source  # the issuer of a release
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


def _word_count(doc: Doc) -> int:
    """Tokens that are neither punctuation nor space (array access: no Token objects)."""
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int(len(doc) - (flags.sum(axis=1) > 0).sum()) if len(doc) else 0


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
    return Evidence(
        article.id,
        cache[sent.start],
        sent.start_char,
        sent.end_char,
        rule,
        round(min(max(confidence * MODALITY_WEIGHT.get(modality, 1.0), 0.0), 1.0), 3),
        modality,
    )


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
    return tuple(out.values())


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
    return tuple(out.values())
