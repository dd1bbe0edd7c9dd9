"""Made-up graphs in the layout of ``docs/graph-model.md``, for the render tests and
benchmark: any size, deterministic for a seed, no spaCy.

>>> ds = synthetic_graph(50, seed=1)
>>> from kg.render.view import extract_view
>>> view = extract_view(ds)
>>> len(view.nodes)
50
>>> len(view.edges) > 50
True
"""

from __future__ import annotations

import random

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.model import RELATION_PROPERTIES, SANCTION_KINDS
from kg.store.namespace import ART, ENT, ENTITIES_GRAPH, EVI, KG, SAN


def _term(name: str) -> URIRef:
    return URIRef(f"{KG}{name}")


_CLASSES = ("Company", "Government", "Technology", "Person", "Organization", "Location")
_WEIGHTS = (40, 12, 15, 18, 8, 7)


def synthetic_graph(nodes: int, seed: int = 0, articles: int | None = None) -> Dataset:
    """A dataset with ``nodes`` drawable nodes (about 8% of them sanctions), about
    1.5 facts per node with preferential attachment (a few hubs, many leaves, like
    news), each with one evidence sentence from one of ``articles`` articles.

    >>> len(synthetic_graph(30, seed=2, articles=3).graph(ART["syn-00000"])) > 0
    True
    """
    rng = random.Random(seed)
    ds = Dataset()
    entities = ds.graph(ENTITIES_GRAPH)
    n_articles = articles or max(5, nodes // 10)
    article_graphs = []
    for i in range(n_articles):
        iri = ART[f"syn-{i:05d}"]
        g = ds.graph(iri)
        g.add((iri, RDF.type, KG.Article))
        g.add((iri, DCTERMS.title, Literal(f"Synthetic article {i}")))
        day = f"20{15 + i % 10:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        g.add((iri, DCTERMS.date, Literal(day, datatype=XSD.date)))
        g.add((iri, DCTERMS.source, URIRef(f"https://example.org/news/{i}")))
        article_graphs.append(g)

    n_sanctions = nodes * 8 // 100 if nodes >= 20 else 0
    ents: list[URIRef] = []
    cls_of: dict[URIRef, str] = {}
    for i in range(nodes - n_sanctions):
        cls = rng.choices(_CLASSES, _WEIGHTS)[0]
        iri = ENT[f"{cls.lower()}-{i}"]
        entities.add((iri, RDF.type, _term(cls)))
        entities.add((iri, RDFS.label, Literal(f"{cls} {i}")))
        entities.add((iri, SKOS.altLabel, Literal(f"{cls[:3]}{i}")))
        ents.append(iri)
        cls_of[iri] = cls

    # preferential attachment: endpoints drawn from a list where hubs recur
    urn: list[URIRef] = ents[:1]
    counter = 0

    def evidence(g: object, s: URIRef, p: URIRef, o: URIRef) -> None:
        nonlocal counter
        counter += 1
        e = EVI[f"syn-{counter}"]
        art = g.identifier  # type: ignore[attr-defined]
        sentence = f"Synthetic sentence {counter} about {s.rsplit('/', 1)[1]}."
        for t in (
            (e, RDF.type, KG.Evidence),
            (e, RDF.subject, s),
            (e, RDF.predicate, p),
            (e, RDF.object, o),
            (e, KG.article, art),
            (e, KG.sentence, Literal(sentence)),
            (e, KG.start, Literal(0)),
            (e, KG.end, Literal(len(sentence))),
            (e, KG.rule, Literal("synthetic.v1")),
            (e, KG.confidence, Literal(round(rng.uniform(0.4, 1.0), 2))),
            (e, KG.modality, Literal("asserted")),
        ):
            g.add(t)  # type: ignore[attr-defined]
        for x in (s, o):
            if x in cls_of:
                g.add((x, KG.mentionedIn, art))  # type: ignore[attr-defined]

    for index, iri in enumerate(ents[1:], start=1):
        links = 1 if rng.random() < 0.6 else 2
        for _ in range(links):
            other = rng.choice(urn) if rng.random() < 0.8 else ents[rng.randrange(index)]
            if other == iri:
                continue
            prop = _term(rng.choice(RELATION_PROPERTIES))
            g = rng.choice(article_graphs)
            g.add((iri, prop, other))
            evidence(g, iri, prop, other)
            urn += [iri, other]
    governments = [e for e in ents if cls_of[e] == "Government"] or ents[:1]
    targets = [e for e in ents if cls_of[e] in ("Company", "Person", "Organization")] or ents
    for i in range(n_sanctions):
        san = SAN[f"syn-{i}"]
        g = rng.choice(article_graphs)
        kind = rng.choice(SANCTION_KINDS)
        target, imposer = rng.choice(targets), rng.choice(governments)
        g.add((san, RDF.type, KG.Sanction))
        g.add((san, RDFS.label, Literal(f"{kind} {i}")))
        g.add((san, KG.sanctionKind, _term(kind)))
        g.add((san, KG.target, target))
        g.add((san, KG.imposedBy, imposer))
        if kind == "Fine":
            g.add((san, KG.amount, Literal(float(rng.randrange(1, 900)) * 1e6)))
            g.add((san, KG.currency, Literal("USD")))
        evidence(g, san, KG.target, target)
        evidence(g, san, KG.imposedBy, imposer)
    return ds
