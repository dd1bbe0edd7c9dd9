"""Read the drawable view out of an RDF graph: plain nodes, edges, evidence, articles.

This module knows the graph layout of ``docs/graph-model.md`` and nothing about HTML.
It accepts an ``rdflib.Dataset`` (all named graphs are read, as their union) or a
plain ``rdflib.Graph``, and walks the triples once.

>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from kg.store.namespace import ENT, KG
>>> g = Graph()
>>> _ = g.add((ENT.huawei, RDF.type, KG.Company))
>>> _ = g.add((ENT.huawei, RDFS.label, Literal("Huawei")))
>>> _ = g.add((ENT["5g"], RDF.type, KG.Technology))
>>> _ = g.add((ENT.huawei, KG.develops, ENT["5g"]))
>>> view = extract_view(g)
>>> [(n.label, n.cls) for n in view.nodes.values()]
[('5g', 'Technology'), ('Huawei', 'Company')]
>>> [(e.source, e.prop, e.target) for e in view.edges]  # doctest: +NORMALIZE_WHITESPACE
[('https://w3id.org/kg-news/id/entity/huawei', 'develops',
  'https://w3id.org/kg-news/id/entity/5g')]
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES, SANCTION_KINDS
from kg.store.namespace import KG

#: Class shown for a node that a fact names but that has no ``rdf:type``.
UNTYPED = "Entity"

_CLASS_BY_IRI = {URIRef(str(KG) + c): c for c in ENTITY_CLASSES}
_RELATION_BY_IRI = {URIRef(str(KG) + p): p for p in RELATION_PROPERTIES}
_KIND_BY_IRI = {URIRef(str(KG) + k): k for k in SANCTION_KINDS}


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article as the page shows it: title, date, source URL (all as given)."""

    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One evidence sentence for one statement."""

    id: str
    article: str | None
    sentence: str
    rule: str | None = None
    confidence: float | None = None
    modality: str | None = None
    wording: str | None = None


@dataclass(slots=True)
class ViewNode:
    """An entity or a sanction, ready to draw.

    ``articles`` are the articles it is mentioned in (``kg:mentionedIn``); sanction
    nodes also carry ``kind``, ``amount``, ``currency`` and ``date``.
    """

    id: str
    label: str
    cls: str
    names: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    kind: str | None = None
    amount: str | None = None
    currency: str | None = None
    date: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class ViewEdge:
    """A drawn edge: ``source`` and ``target`` are node ids in drawing direction.

    ``prop`` is the ontology property. For ``imposedBy`` the drawing runs from the
    imposer to the sanction (the RDF triple runs the other way), so that
    "imposer → sanction → target" reads left to right.
    """

    id: str
    source: str
    target: str
    prop: str
    label: str
    evidence: tuple[str, ...] = ()


@dataclass(slots=True)
class GraphView:
    """Everything the page draws, as plain data keyed by IRI strings."""

    nodes: dict[str, ViewNode] = field(default_factory=dict)
    edges: list[ViewEdge] = field(default_factory=list)
    evidence: dict[str, EvidenceItem] = field(default_factory=dict)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)


def iter_triples(graph: Graph) -> Iterator[tuple[Node, Node, Node]]:
    """Every triple of ``graph``; for a dataset, of all its named graphs together.

    >>> from rdflib import Dataset, URIRef
    >>> ds = Dataset()
    >>> ds.graph(URIRef("urn:g1")).add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    <Graph identifier=urn:g1 (<class 'rdflib.graph.Graph'>)>
    >>> len(list(iter_triples(ds)))
    1
    """
    if isinstance(graph, ConjunctiveGraph | Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def format_amount(value: str | None) -> str | None:
    """A money amount for a label: ``2800000000.0`` becomes ``2.8 billion``.

    >>> format_amount("2800000000.0"), format_amount("1500000"), format_amount("950")
    ('2.8 billion', '1.5 million', '950')
    >>> format_amount("n/a")
    'n/a'
    """
    if value is None:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion")):
        if abs(number) >= size:
            return f"{_trim(number / size)} {word}"
    if abs(number) >= 10**6:
        return f"{_trim(number / 10**6)} million"
    return _trim(number)


def _trim(number: Decimal) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _first(values: list[str]) -> str | None:
    return min(values) if values else None


def _local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri.replace("-", " ") or iri


def _edge_id(subject: str, prop: str, obj: str) -> str:
    return "e" + hashlib.sha1(f"{subject}|{prop}|{obj}".encode()).hexdigest()[:16]


def extract_view(graph: Graph) -> GraphView:
    """Read entities, sanctions, facts and their evidence out of ``graph``.

    Unknown predicates are ignored; a fact naming an untyped node still draws it
    (class ``Entity``, labelled from its IRI), so nothing said is hidden.

    >>> from rdflib import Graph
    >>> from kg.store.namespace import ENT, KG
    >>> g = Graph()
    >>> _ = g.add((ENT.acme, KG.uses, ENT["cloud-services"]))
    >>> sorted((n.label, n.cls) for n in extract_view(g).nodes.values())
    [('acme', 'Entity'), ('cloud services', 'Entity')]
    """
    types: dict[str, str] = {}
    labels: dict[str, list[str]] = defaultdict(list)
    alts: dict[str, list[str]] = defaultdict(list)
    mentions: dict[str, set[str]] = defaultdict(set)
    facts: list[tuple[str, str, str]] = []
    sanction_props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    articles: set[str] = set()
    evidence_nodes: set[str] = set()
    evidence_props: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    article_props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    sanction_keys = {"imposedBy", "target", "sanctionKind", "amount", "currency", "date", "reason"}
    evidence_keys = {"article", "sentence", "rule", "confidence", "modality", "wording"}
    article_keys = {DCTERMS.title: "title", DCTERMS.date: "date", DCTERMS.source: "source"}

    # namespace attribute lookups are slow in rdflib; resolve them once, not per triple
    rdf_type, label_p, alt_p, mentioned_p = RDF.type, RDFS.label, SKOS.altLabel, KG.mentionedIn
    article_cls, evidence_cls = KG.Article, KG.Evidence
    reified = {RDF.subject: "subject", RDF.predicate: "predicate", RDF.object: "object"}
    prefix = str(KG)
    kg_terms = {URIRef(prefix + name): name for name in evidence_keys | sanction_keys}
    for s, p, o in iter_triples(graph):
        subject = str(s)
        if p == rdf_type:
            if o in _CLASS_BY_IRI:
                types.setdefault(subject, _CLASS_BY_IRI[o])  # type: ignore[index]
            elif o == article_cls:
                articles.add(subject)
            elif o == evidence_cls:
                evidence_nodes.add(subject)
        elif p == label_p:
            labels[subject].append(str(o))
        elif p == alt_p:
            alts[subject].append(str(o))
        elif p == mentioned_p:
            mentions[subject].add(str(o))
        elif p in _RELATION_BY_IRI and isinstance(o, URIRef):
            facts.append((subject, _RELATION_BY_IRI[p], str(o)))  # type: ignore[index]
        elif p in reified:
            evidence_props[subject][reified[p]].append(o)  # type: ignore[index]
        elif p in article_keys:
            article_props[subject][article_keys[p]].append(str(o))  # type: ignore[index]
        elif p in kg_terms:
            name = kg_terms[p]  # type: ignore[index]
            if name in evidence_keys:
                evidence_props[subject][name].append(o)
            if name in sanction_keys:
                value = _KIND_BY_IRI.get(o, str(o)) if name == "sanctionKind" else str(o)  # type: ignore[call-overload]
                sanction_props[subject][name].append(value)

    view = GraphView()
    for iri in sorted(articles | set(article_props)):
        props = article_props.get(iri, {})
        view.articles[iri] = ArticleInfo(
            iri,
            _first(props.get("title", [])),
            _first(props.get("date", [])),
            _first(props.get("source", [])),
        )

    for iri, cls in sorted(types.items()):
        label = _first(labels.get(iri, [])) or _local_name(iri)
        names = tuple(sorted({*labels.get(iri, []), *alts.get(iri, [])} - {label}))
        node = ViewNode(iri, label, cls, names, tuple(sorted(mentions.get(iri, ()))))
        if cls == "Sanction":
            sp = sanction_props.get(iri, {})
            node.kind = _first(sp.get("sanctionKind", [])) or "Other"
            node.amount = _first(sp.get("amount", []))
            node.currency = _first(sp.get("currency", []))
            node.date = _first(sp.get("date", []))
            node.reason = _first(sp.get("reason", []))
            if not labels.get(iri):
                node.label = node.kind
        view.nodes[iri] = node

    by_statement: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for iri in sorted(evidence_nodes):
        ep = evidence_props.get(iri, {})
        if not (ep.get("subject") and ep.get("predicate") and ep.get("object")):
            continue
        pred = str(ep["predicate"][0])
        prop = pred[len(str(KG)) :] if pred.startswith(str(KG)) else pred
        key = (str(ep["subject"][0]), prop, str(ep["object"][0]))
        by_statement[key].append(iri)
        view.evidence[iri] = EvidenceItem(
            id=iri,
            article=_first([str(v) for v in ep.get("article", [])]),
            sentence=_first([str(v) for v in ep.get("sentence", [])]) or "",
            rule=_first([str(v) for v in ep.get("rule", [])]),
            confidence=_to_float(ep.get("confidence", [])),
            modality=_first([str(v) for v in ep.get("modality", [])]),
            wording=_first([str(v) for v in ep.get("wording", [])]),
        )

    def ensure_node(iri: str) -> None:
        if iri not in view.nodes:
            view.nodes[iri] = ViewNode(
                iri, _first(labels.get(iri, [])) or _local_name(iri), UNTYPED
            )

    seen: set[tuple[str, str, str]] = set()
    statements: list[tuple[str, str, str]] = list(facts)
    for iri, sp in sanction_props.items():
        statements += [(iri, "imposedBy", o) for o in sp.get("imposedBy", [])]
        statements += [(iri, "target", o) for o in sp.get("target", [])]
    for subject, prop, obj in sorted(statements):
        if (subject, prop, obj) in seen or subject == obj:
            continue
        seen.add((subject, prop, obj))
        ensure_node(subject)
        ensure_node(obj)
        evidence = tuple(by_statement.get((subject, prop, obj), ()))
        source, target = (obj, subject) if prop == "imposedBy" else (subject, obj)
        label = {"imposedBy": "imposes", "target": "on"}.get(prop, prop)
        if prop == "relatedTo":
            wordings = sorted({w for e in evidence if (w := view.evidence[e].wording)})
            label = wordings[0] if wordings else prop
        view.edges.append(
            ViewEdge(_edge_id(subject, prop, obj), source, target, prop, label, evidence)
        )
    return view


def _to_float(values: list[Node]) -> float | None:
    numbers = []
    for value in values:
        try:
            numbers.append(float(value.toPython() if isinstance(value, Literal) else str(value)))
        except (TypeError, ValueError):
            continue
    return max(numbers) if numbers else None
