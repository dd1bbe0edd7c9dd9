"""From plain data (:mod:`kg.model`) to RDF quads, laid out as ``docs/graph-model.md`` says.

Every IRI is a pure function of the input, so the same extraction gives an isomorphic
graph: entities from their resolved slug, articles from their id, evidence from a
hash of what it says and the article it comes from, sanctions from a hash of their
event key (:mod:`kg.events`), so that every article reporting one measure names it alike.

>>> from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact
>>> art = Article(id="doj_001", text="Huawei makes 5G gear.", title="T")
>>> ev = Evidence("doj_001", "Huawei makes 5G gear.", 0, 21, "svo.develops.v1", 0.8)
>>> ext = ArticleExtraction(
...     art,
...     entities=(Entity("e1", "Huawei", "Company"), Entity("e2", "5G", "Technology")),
...     facts=(Fact("e1", "develops", "e2", ev, "makes"),),
... )
>>> quads = list(article_quads(ext, {"e1": "huawei", "e2": "5g"}))
>>> (ENT["huawei"], KG.develops, ENT["5g"], article_iri("doj_001")) in quads
True
>>> len({q[3] for q in quads})  # all in the article's own named graph
1
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote, unquote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.events import event_key
from kg.fingerprint import extractor_fingerprint
from kg.model import ArticleExtraction, Evidence, ResolvedEntity, Sanction
from kg.store.namespace import ART, ENT, ENTITIES_GRAPH, EVI, KG, SAN

Quad = tuple[Node, Node, Node, URIRef]

# Characters left as they are in minted IRIs; everything else is %-escaped, so any
# article id or slug gives a valid IRI and the mapping can be reversed.
_SAFE = "-._~"
_DATE_FORMATS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article (also the name of its graph).

    >>> article_iri("doj_001")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/article/doj_001')
    >>> article_iri("corpus/a b.txt")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/article/corpus%2Fa%20b.txt')

    Any string has one, even one with a lone surrogate (a file name or argument Python
    could not decode), so asking for an odd id is answered, not a crash:

    >>> article_iri(chr(0xD800))
    rdflib.term.URIRef('https://w3id.org/kg-news/id/article/%ED%A0%80')
    """
    return ART[quote(article_id, safe=_SAFE, errors="surrogatepass")]


def article_id_of(iri: str) -> str:
    """The article id an article IRI was minted from (inverse of :func:`article_iri`).

    >>> article_id_of(article_iri("corpus/a b.txt"))
    'corpus/a b.txt'
    >>> article_id_of(article_iri(chr(0xD800))) == chr(0xD800)
    True
    """
    return unquote(str(iri)[len(str(ART)) :], errors="surrogatepass")


def entity_iri(entity_id: str) -> URIRef:
    """The IRI of a resolved entity, from its slug.

    >>> entity_iri("sensetime")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/entity/sensetime')
    """
    return ENT[quote(entity_id, safe=_SAFE)]


def entity_id_of(iri: str) -> str:
    """The slug an entity IRI was minted from (inverse of :func:`entity_iri`).

    >>> entity_id_of(entity_iri("zte"))
    'zte'
    """
    return unquote(str(iri)[len(str(ENT)) :])


def date_literal(value: str) -> Literal:
    """An ISO 8601 date as ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` by its
    precision; anything else stays a plain string rather than an invalid typed literal.

    >>> date_literal("2021-04").datatype == XSD.gYearMonth
    True
    >>> date_literal("2021-04-10T08:00:00Z").datatype == XSD.date
    True
    >>> date_literal("last spring").datatype is None
    True
    """
    text = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}T", text):
        text = text[:10]  # a timestamp: the day is what the graph keeps
    for pattern, datatype in _DATE_FORMATS:
        if pattern.match(text):
            return Literal(text, datatype=datatype)
    return Literal(value)


def _hash(*parts: object) -> str:
    payload = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def decimal_literal(value: Decimal | float) -> Literal:
    """An ``xsd:decimal`` in the short form Oxigraph also writes, so a graph read
    back from a store or a file compares equal to the one written.

    >>> str(decimal_literal(Decimal("2.8E+9"))), str(decimal_literal(1.0))
    ('2800000000', '1')
    """
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    return Literal(format(number.normalize(), "f"), datatype=XSD.decimal)


# The evidence node's terms, looked up once: KG is a DefinedNamespace, which checks
# every attribute access against the ontology, and each fact's evidence takes 12.
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_EVIDENCE, _ARTICLE, _SENTENCE, _START, _END = (
    KG.Evidence, KG.article, KG.sentence, KG.start, KG.end
)  # fmt: skip
_RULE, _CONFIDENCE, _MODALITY, _WORDING = KG.rule, KG.confidence, KG.modality, KG.wording


@lru_cache(maxsize=1 << 16, typed=True)
def _literal(value: str | int) -> Literal:
    # an evidence node's sentence (one per fact in it), offsets, rule and modality
    # recur, and rdflib's Literal() costs microseconds; a Literal is immutable
    return Literal(value)


@lru_cache(maxsize=4096)  # a few hundred distinct values; a Literal is immutable
def _confidence(value: float) -> Literal:
    # xsd:decimal as the ontology says; rounding keeps the literal short and stable.
    return decimal_literal(round(value, 4))


def _evidence_quads(
    evidence: Evidence,
    s: URIRef,
    p: URIRef,
    o: URIRef,
    graph: URIRef,
    wording: str | None = None,
) -> Iterator[Quad]:
    node = EVI[
        _hash(
            evidence.article_id,
            s,
            p,
            o,
            evidence.sentence,
            evidence.start,
            evidence.end,
            evidence.rule,
            evidence.confidence,
            evidence.modality,
            wording,
        )
    ]
    yield node, _TYPE, _EVIDENCE, graph
    yield node, _SUBJECT, s, graph
    yield node, _PREDICATE, p, graph
    yield node, _OBJECT, o, graph
    yield node, _ARTICLE, graph, graph
    yield node, _SENTENCE, _literal(evidence.sentence), graph
    yield node, _START, _literal(evidence.start), graph
    yield node, _END, _literal(evidence.end), graph
    yield node, _RULE, _literal(evidence.rule), graph
    yield node, _CONFIDENCE, _confidence(evidence.confidence), graph
    yield node, _MODALITY, _literal(evidence.modality), graph
    if wording:
        yield node, _WORDING, _literal(wording), graph


def sanction_label(kind: str, target_label: str) -> str:
    """A readable label for a sanction node.

    >>> sanction_label("Fine", "Alibaba")
    'Fine on Alibaba'
    >>> sanction_label("ExportControl", "ZTE")
    'Export control on ZTE'
    """
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", kind).lower()
    return f"{words[0].upper()}{words[1:]} on {target_label}"


def sanction_iri(
    sanction: Sanction, extraction: ArticleExtraction, entity_ids: Mapping[str, str]
) -> URIRef:
    """The IRI of the event a sanction report belongs to (:mod:`kg.events`): every
    article reporting one measure names the same node.

    >>> from kg.model import Article, ArticleExtraction, Entity, Evidence
    >>> ev = Evidence("a", "s", 0, 1, "r", 0.9)
    >>> def report(article, imposer):
    ...     ext = ArticleExtraction(Article(article, "."), (Entity("t", "ZTE", "Company"),
    ...         Entity("g", imposer, "Government")),
    ...         sanctions=(Sanction("t", "Designation", ev, "g"),))
    ...     return sanction_iri(ext.sanctions[0], ext, {"t": "zte", "g": imposer.lower()})
    >>> report("a1", "Commerce Department") == report("a2", "United States")
    True
    """
    imposer_id = entity_ids[sanction.imposer] if sanction.imposer is not None else None
    names: list[str] = []
    for entity in extraction.entities:
        if entity.key == sanction.imposer:
            names = [entity.name, *entity.aliases]
    if imposer_id is not None and not names:
        names = [imposer_id.replace("-", " ")]
    return SAN[_hash(*event_key(sanction, entity_ids[sanction.target], imposer_id, names))]


def _sanction_quads(
    sanction: Sanction,
    extraction: ArticleExtraction,
    entity_ids: Mapping[str, str],
    iri_of: Mapping[str, URIRef],
    graph: URIRef,
) -> Iterator[Quad]:
    # The node's label lives in the entities graph (sanction_label_quads): reports
    # name the target differently, and a node has one label.
    target = iri_of[sanction.target]
    imposer = iri_of[sanction.imposer] if sanction.imposer is not None else None
    amount = Decimal(sanction.amount) if sanction.amount is not None else None
    node = sanction_iri(sanction, extraction, entity_ids)
    yield node, RDF.type, KG.Sanction, graph
    yield node, KG.mentionedIn, graph, graph
    yield node, KG.sanctionKind, KG[sanction.kind], graph
    yield node, KG.target, target, graph
    yield from _evidence_quads(sanction.evidence, node, KG.target, target, graph)
    if imposer is not None:
        yield node, KG.imposedBy, imposer, graph
        yield from _evidence_quads(sanction.evidence, node, KG.imposedBy, imposer, graph)
    if amount is not None:
        yield node, KG.amount, decimal_literal(amount), graph
    if sanction.currency:
        yield node, KG.currency, Literal(sanction.currency), graph
    if sanction.date:
        yield node, KG.date, date_literal(sanction.date), graph
    if sanction.reason:
        yield node, KG.reason, Literal(sanction.reason), graph


def sanction_label_quads(
    extraction: ArticleExtraction,
    entity_ids: Mapping[str, str],
    entities: Iterable[ResolvedEntity],
) -> Iterator[Quad]:
    """The labels of the article's sanction nodes, for the entities graph: one per
    node, from the target's resolved name, rewritten by each article that reports it.

    >>> from kg.model import Article, ArticleExtraction, Entity, Evidence
    >>> ev = Evidence("a", "s", 0, 1, "r", 0.9)
    >>> ext = ArticleExtraction(Article("a", "."), (Entity("t", "ZTE", "Company"),),
    ...     sanctions=(Sanction("t", "Fine", ev),))
    >>> zte = ResolvedEntity("zte-corporation", "ZTE Corporation", "Company", ("ZTE",))
    >>> [str(q[2]) for q in sanction_label_quads(ext, {"t": zte.id}, [zte])]
    ['Fine on ZTE Corporation']
    """
    label_by_id = {e.id: e.label for e in entities}
    names = {e.key: e.name for e in extraction.entities}
    for sanction in extraction.sanctions:
        target_id = entity_ids[sanction.target]
        target = label_by_id.get(target_id) or names.get(sanction.target) or target_id
        node = sanction_iri(sanction, extraction, entity_ids)
        yield node, RDFS.label, Literal(sanction_label(sanction.kind, target)), ENTITIES_GRAPH


def _source_term(source: str) -> Node:
    return URIRef(source) if re.match(r"^https?://\S+$", source) else Literal(source)


def article_quads(extraction: ArticleExtraction, entity_ids: Mapping[str, str]) -> Iterator[Quad]:
    """Quads of the article's named graph: metadata, mentions, facts with their
    evidence, and sanction nodes with theirs.

    ``entity_ids`` maps each ``Entity.key`` of the extraction to the slug of the
    resolved entity. Duplicate facts give one triple with several evidence nodes;
    rdflib and Oxigraph drop the repeated quads.

    >>> from kg.model import Article, ArticleExtraction, Entity, Evidence, Sanction
    >>> from decimal import Decimal
    >>> art = Article(id="a1", text="China fined Alibaba $2.8 billion in April 2021.")
    >>> ev = Evidence("a1", art.text, 0, len(art.text), "sanction.fine.v1", 0.9)
    >>> ext = ArticleExtraction(art, (Entity("g", "China", "Government"),
    ...     Entity("c", "Alibaba", "Company")), sanctions=(Sanction("c", "Fine", ev, "g",
    ...     Decimal("2.8e9"), "USD", "2021-04"),))
    >>> quads = list(article_quads(ext, {"g": "china", "c": "alibaba"}))
    >>> sorted(str(o).rsplit("#")[-1] for s, p, o, g in quads if p == KG.sanctionKind)
    ['Fine']
    """
    article = extraction.article
    graph = article_iri(article.id)
    iri_of = {key: entity_iri(slug) for key, slug in entity_ids.items()}
    for key in _referenced_keys(extraction):
        if key not in iri_of:
            raise ValueError(f"{article.id}: entity key {key!r} has no resolved id")

    yield graph, RDF.type, KG.Article, graph
    yield graph, KG.contentHash, Literal(article.content_hash), graph
    yield graph, KG.extractedWith, Literal(extractor_fingerprint()), graph
    if article.title:
        yield graph, DCTERMS.title, Literal(article.title), graph
    if article.date:
        yield graph, DCTERMS.date, date_literal(article.date), graph
    if article.source:
        yield graph, DCTERMS.source, _source_term(article.source), graph
    if article.license:
        yield graph, DCTERMS.license, Literal(article.license), graph

    # Every entity a statement uses counts as mentioned, listed or not, so removing
    # another article never drops an entity this one still needs.
    listed = [e.key for e in extraction.entities if e.key in iri_of]
    for key in [*listed, *sorted(_referenced_keys(extraction) - set(listed))]:
        yield iri_of[key], KG.mentionedIn, graph, graph
    for fact in extraction.facts:
        s, p, o = iri_of[fact.subject], KG[fact.predicate], iri_of[fact.object]
        yield s, p, o, graph
        yield from _evidence_quads(fact.evidence, s, p, o, graph, fact.wording)
    for sanction in extraction.sanctions:
        yield from _sanction_quads(sanction, extraction, entity_ids, iri_of, graph)


def _referenced_keys(extraction: ArticleExtraction) -> set[str]:
    keys = {f.subject for f in extraction.facts} | {f.object for f in extraction.facts}
    keys |= {s.target for s in extraction.sanctions}
    keys |= {s.imposer for s in extraction.sanctions if s.imposer is not None}
    return keys


def entity_quads(entities: Iterable[ResolvedEntity]) -> Iterator[Quad]:
    """Quads of the entities graph: class, canonical label and other names.

    >>> e = ResolvedEntity("sensetime", "SenseTime Group Limited", "Company", ("SenseTime",))
    >>> [str(q[2]) for q in entity_quads([e])]  # doctest: +NORMALIZE_WHITESPACE
    ['https://w3id.org/kg-news/ontology#Company', 'SenseTime Group Limited', 'SenseTime']
    """
    for entity in entities:
        yield from _entity_quads(entity)


@lru_cache(maxsize=1 << 14)  # an entity is written with every article naming it
def _entity_quads(entity: ResolvedEntity) -> tuple[Quad, ...]:
    node = entity_iri(entity.id)
    quads: list[Quad] = [
        (node, RDF.type, KG[entity.cls], ENTITIES_GRAPH),
        (node, RDFS.label, Literal(entity.label), ENTITIES_GRAPH),
    ]
    for alias in entity.aliases:
        if alias != entity.label:
            quads.append((node, SKOS.altLabel, Literal(alias), ENTITIES_GRAPH))
    if entity.votes:
        quads.append((node, KG.classVotes, Literal(format_votes(entity.votes)), ENTITIES_GRAPH))
    return tuple(quads)


def format_votes(votes: Iterable[tuple[str, int]]) -> str:
    """Class votes as one literal, and back (:func:`parse_votes`).

    >>> format_votes([("Government", 3), ("Location", 12)])
    'Government=3 Location=12'
    >>> parse_votes("Government=3 Location=12")
    (('Government', 3), ('Location', 12))
    """
    return " ".join(f"{cls}={count}" for cls, count in sorted(votes))


def parse_votes(text: str) -> tuple[tuple[str, int], ...]:
    """The votes :func:`format_votes` wrote; anything malformed is left out."""
    found = []
    for part in text.split():
        cls, _, count = part.partition("=")
        if cls and count.isdigit():
            found.append((cls, int(count)))
    return tuple(sorted(found))


def entities_graph_quads(
    extraction: ArticleExtraction,
    entity_ids: Mapping[str, str],
    entities: Iterable[ResolvedEntity],
) -> list[Quad]:
    """What an article upserts into the entities graph: its resolved entities and the
    labels of its sanction nodes (every subject's triples are replaced as a whole)."""
    entities = list(entities)
    return [*entity_quads(entities), *sanction_label_quads(extraction, entity_ids, entities)]
