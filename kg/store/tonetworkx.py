"""The knowledge graph as a networkx graph, for drawing, analysis and GraphML/GEXF.

Nodes are entities (and, by default, sanctions), keyed by IRI, with ``label``,
``cls`` (ontology class), ``aliases`` and ``articles`` (how many mention them).
Edges are the relations between entities, keyed by property name, with ``relation``,
``evidence`` (how many sentences state it), ``confidence`` (the highest),
``sentence`` and ``article`` (one example). Every attribute is a string or number,
so GraphML and GEXF take the graph as it is.

``sanctions="nodes"`` keeps each sanction as a node (``cls`` "Sanction") with
``target`` and ``imposedBy`` edges; ``"edges"`` draws one ``sanctions`` edge from
the imposer to the target instead, carrying the kind, amount, currency and date
(a sanction with no known imposer is then left out).

>>> from kg.store.filesink import FileSink
>>> from kg.store.synthetic import synthetic_articles
>>> import tempfile, pathlib
>>> sink = FileSink(pathlib.Path(tempfile.mkdtemp()) / "g.trig")
>>> for a in synthetic_articles(3, seed=1):
...     sink.write_article(a.extraction, a.entity_ids, a.entities)
>>> g = to_networkx(sink.dataset)
>>> sorted({d["cls"] for _, d in g.nodes(data=True)})[:3]
['Company', 'Government', 'Location']
>>> sum(1 for *_, k in g.edges(keys=True) if k == "target")
3
>>> h = to_networkx(sink.dataset, sanctions="edges")
>>> sum(1 for *_, d in h.edges(data=True) if d["relation"] == "sanctions")
3
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import networkx as nx
from rdflib import Graph

from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES
from kg.store.formats import PREFIXES
from kg.store.oxrdf import union_as_stored

_KG = PREFIXES["kg"]
_ENTITY_CLASSES = " ".join(f"kg:{c}" for c in ENTITY_CLASSES if c != "Sanction")
_RELATIONS = " ".join(f"kg:{p}" for p in RELATION_PROPERTIES)

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

# Facts and sanction nodes recur in the graph of every article that reports them, and the
# union of graphs repeats such a triple once per article: each pattern that can recur is
# read through its own SELECT DISTINCT, so the joins see it once (work and answers
# proportional to the distinct data, however many articles repeat it).
ENTITIES = (
    _PROLOGUE
    + f"""
SELECT ?e ?label ?cls (COALESCE(?mentions, 0) AS ?articles) (COALESCE(?names, "") AS ?aliases)
WHERE {{
  VALUES ?cls {{ {_ENTITY_CLASSES} }}
  {{ SELECT DISTINCT ?e ?cls WHERE {{ ?e a ?cls }} }}
  {{ SELECT DISTINCT ?e ?label WHERE {{ ?e rdfs:label ?label }} }}
  OPTIONAL {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?mentions)
             WHERE {{ ?e kg:mentionedIn ?a }} GROUP BY ?e }}
  OPTIONAL {{ SELECT ?e (GROUP_CONCAT(DISTINCT ?alias; separator=" | ") AS ?names)
             WHERE {{ ?e skos:altLabel ?alias }} GROUP BY ?e }}
}}"""
)

FACTS = (
    _PROLOGUE
    + f"""
SELECT ?s ?p ?o (COUNT(DISTINCT ?ev) AS ?evidence) (MAX(?conf) AS ?confidence)
       (SAMPLE(?sent) AS ?sentence) (SAMPLE(?art) AS ?article) (SAMPLE(?word) AS ?wording)
WHERE {{
  {{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_RELATIONS} }} ?s ?p ?o }} }}
  OPTIONAL {{ SELECT DISTINCT ?ev ?s ?p ?o ?conf ?sent ?art ?word WHERE {{
               ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                   kg:confidence ?conf ; kg:sentence ?sent ; kg:article ?art .
               OPTIONAL {{ ?ev kg:wording ?word }} }} }}
}} GROUP BY ?s ?p ?o"""
)

SANCTIONS = (
    _PROLOGUE
    + """
SELECT ?san (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) ?target (SAMPLE(?i) AS ?imposer)
       (SAMPLE(?am) AS ?amount) (SAMPLE(?cur) AS ?currency) (SAMPLE(?d) AS ?date)
       (COALESCE(SAMPLE(?n), 0) AS ?evidence) (SAMPLE(?best) AS ?confidence)
       (SAMPLE(?sent) AS ?sentence) (SAMPLE(?art) AS ?article)
WHERE {
  { SELECT DISTINCT ?san WHERE { ?san a kg:Sanction } }
  { SELECT DISTINCT ?san ?target WHERE { ?san kg:target ?target } }
  OPTIONAL { SELECT ?san (SAMPLE(?x) AS ?l) WHERE { ?san rdfs:label ?x } GROUP BY ?san }
  OPTIONAL { SELECT ?san (SAMPLE(?x) AS ?k) WHERE { ?san kg:sanctionKind ?x } GROUP BY ?san }
  OPTIONAL { SELECT ?san (SAMPLE(?x) AS ?i) WHERE { ?san kg:imposedBy ?x } GROUP BY ?san }
  OPTIONAL { SELECT ?san (SAMPLE(?x) AS ?am) WHERE { ?san kg:amount ?x } GROUP BY ?san }
  OPTIONAL { SELECT ?san (SAMPLE(?x) AS ?cur) WHERE { ?san kg:currency ?x } GROUP BY ?san }
  OPTIONAL { SELECT ?san (SAMPLE(?x) AS ?d) WHERE { ?san kg:date ?x } GROUP BY ?san }
  OPTIONAL { SELECT ?san (COUNT(DISTINCT ?ev) AS ?n) (MAX(?conf) AS ?best)
                    (SAMPLE(?s) AS ?sent) (SAMPLE(?a) AS ?art)
             WHERE { ?ev rdf:subject ?san ; kg:confidence ?conf ; kg:sentence ?s ;
                         kg:article ?a } GROUP BY ?san }
} GROUP BY ?san ?target"""
)


def _local(term: Any) -> str:
    text = str(term)
    return text[len(_KG) :] if text.startswith(_KG) else text


def _attrs(**values: Any) -> dict[str, Any]:
    # GraphML and GEXF cannot hold None; numbers stay numbers.
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        python = value.toPython() if hasattr(value, "toPython") else value
        if isinstance(python, Decimal):
            python = float(python)
        out[key] = python if isinstance(python, int | float) else str(python)
    return out


def to_networkx(graph: Graph, sanctions: Literal["nodes", "edges"] = "nodes") -> nx.MultiDiGraph:
    """Entities and their relations (and sanctions) as a ``networkx.MultiDiGraph``."""
    if sanctions not in ("nodes", "edges"):
        raise ValueError(f"sanctions must be 'nodes' or 'edges', not {sanctions!r}")
    with union_as_stored(graph):
        return _to_networkx(graph, sanctions)


def _to_networkx(graph: Graph, sanctions: str) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for e, label, cls, articles, aliases in graph.query(ENTITIES):  # type: ignore[misc]
        out.add_node(
            str(e),
            **_attrs(label=label, cls=_local(cls), articles=articles, aliases=aliases or ""),
        )
    for s, p, o, evidence, confidence, sentence, article, wording in graph.query(FACTS):  # type: ignore[misc]
        if str(s) in out and str(o) in out:
            relation = _local(p)
            out.add_edge(
                str(s),
                str(o),
                key=relation,
                **_attrs(
                    relation=relation,
                    evidence=evidence,
                    confidence=confidence,
                    sentence=sentence,
                    article=article,
                    wording=wording,
                ),
            )
    for row in graph.query(SANCTIONS):
        san, label, kind, target, imposer, amount, currency, date = row[:8]  # type: ignore[index, misc]
        evidence, confidence, sentence, article = row[8:]  # type: ignore[index, misc]
        details = _attrs(
            kind=_local(kind) if kind is not None else None,
            amount=float(amount) if amount is not None else None,
            currency=currency,
            date=date,
            evidence=evidence,
            confidence=confidence,
            sentence=sentence,
            article=article,
        )
        if str(target) not in out:
            continue
        if sanctions == "nodes":
            out.add_node(str(san), **_attrs(label=label, cls="Sanction"), **details)
            out.add_edge(str(san), str(target), key="target", relation="target")
            if imposer is not None and str(imposer) in out:
                out.add_edge(str(san), str(imposer), key="imposedBy", relation="imposedBy")
        elif imposer is not None and str(imposer) in out:
            out.add_edge(
                str(imposer),
                str(target),
                key=f"sanctions {san}",
                relation="sanctions",
                sanction=str(san),
                **details,
            )
    return out
