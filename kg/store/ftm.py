"""``kg export GRAPH --output X.ftm.json``: FollowTheMoney entities as JSON lines.

What OpenSanctions tools (nomenklatura, yente, FtM's own exports) read. Each line is
one entity ``{"id", "schema", "properties"}``:

* Company → ``Company``, Person → ``Person``, Government → ``PublicBody``,
  Organization → ``Organization``; a Location that is a sanction's target (no FtM
  class of its own) → ``LegalEntity``; technologies have no FtM counterpart and stay out;
* each article → ``Article`` (title, date, URL); every other entity names the articles
  it comes from in ``proof`` (and ``sourceUrl`` where the article has one);
* Sanction → ``Sanction`` with ``entity`` (the target), ``authority`` (the imposers'
  names), ``startDate``, ``reason`` and, since FtM's Sanction has no amount,
  ``provisions`` ("Fine of 286992532 USD");
* worksFor → ``Employment``; partOf between companies, acquires and investsIn →
  ``Ownership``; partOf between government bodies → ``Membership``; any other
  relation between two exported entities → ``UnknownLink`` with the relation as ``role``.

``followthemoney`` is imported here only (it takes seconds to import): ``kg build``
never pays for it. Every entity is checked against FtM's model before it is written
(:func:`check_entity`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import StoreError
from kg.store.formats import atomic_open
from kg.store.namespace import ART, ENT, KG, SAN

#: Ontology class → FtM schema.
SCHEMATA = {
    "Company": "Company",
    "Person": "Person",
    "Government": "PublicBody",
    "Organization": "Organization",
}
_KINDS_TEXT = {
    "ExportControl": "Export control",
    "AssetFreeze": "Asset freeze",
    "InvestmentBan": "Investment ban",
    "VisaBan": "Visa ban",
}
_OWNERSHIP = {"acquires", "investsIn"}
_SKIP = {"relatedTo"}  # its wording lives in the evidence; too loose to be a link


def ftm_id(node: Node) -> str:
    """A stable FtM id for a graph node, from its IRI.

    >>> ftm_id(ENT["zte-corporation"]), ftm_id(ART["doj_001"])
    ('kg-entity-zte-corporation', 'kg-article-doj-001')
    """
    text = str(node)
    for prefix, ns in (("entity", ENT), ("article", ART), ("sanction", SAN)):
        if text.startswith(str(ns)):
            local = unquote(text[len(str(ns)) :])
            return f"kg-{prefix}-" + _id_safe(local)
    return "kg-" + _id_safe(text)[-80:]


def _id_safe(text: str) -> str:
    # FtM ids allow letters, digits, dots and hyphens only
    return "".join(c if (c.isascii() and c.isalnum()) or c in "-." else "-" for c in text)


def _cls(graph: Graph, node: Node) -> str | None:
    for cls in graph.objects(node, RDF.type):
        text = str(cls)
        if text.startswith(str(KG._NS)) and text != str(KG.Entity):
            return text[len(str(KG._NS)) :]
    return None


def _articles_of_statement(graph: Graph, s: Node, p: Node, o: Node) -> set[Node]:
    found: set[Node] = set()
    for evidence in graph.subjects(RDF.subject, s):
        if (evidence, RDF.predicate, p) in graph and (evidence, RDF.object, o) in graph:
            found.update(graph.objects(evidence, KG.article))
    return found


class _Writer:
    """Collects entities, each as FtM's JSON form; properties keep their order."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.entities: dict[str, dict[str, Any]] = {}
        self.urls = {
            a: str(u) for a, u in graph.subject_objects(DCTERMS.source) if isinstance(u, URIRef)
        }

    def add(self, entity_id: str, schema: str, **properties: Iterable[str]) -> None:
        props = self.entities.setdefault(
            entity_id, {"id": entity_id, "schema": schema, "properties": {}}
        )["properties"]
        for name, values in properties.items():
            for value in values:
                text = str(value).strip()
                if text and text not in props.setdefault(name, []):
                    props[name].append(text)
            if not props.get(name):
                props.pop(name, None)

    def sources(self, articles: Iterable[Node]) -> dict[str, list[str]]:
        articles = sorted(set(articles), key=str)
        return {
            "proof": [ftm_id(a) for a in articles],
            "sourceUrl": [self.urls[a] for a in articles if a in self.urls],
        }


def ftm_entities(graph: Graph) -> list[dict[str, Any]]:
    """The FtM entities for ``graph`` (a union of the article and entities graphs)."""
    out = _Writer(graph)
    exported: dict[Node, str] = {}
    for article in sorted(set(graph.subjects(RDF.type, KG.Article)), key=str):
        out.add(
            ftm_id(article),
            "Article",
            title=[str(t) for t in graph.objects(article, DCTERMS.title)],
            publishedAt=[str(d) for d in graph.objects(article, DCTERMS.date)],
            sourceUrl=out.urls.get(article, "").split() if article in out.urls else [],
        )
        exported[article] = "Article"
    sanction_targets = {
        t for s in graph.subjects(RDF.type, KG.Sanction) for t in graph.objects(s, KG.target)
    }
    for node in sorted({s for s in graph.subjects(KG.mentionedIn, None)}, key=str):
        cls = _cls(graph, node)
        schema = SCHEMATA.get(cls or "")
        if schema is None and cls == "Location" and node in sanction_targets:
            schema = "LegalEntity"
        if schema is None:
            continue
        label = graph.value(node, RDFS.label)
        if label is None:
            continue
        out.add(
            ftm_id(node),
            schema,
            name=[str(label)],
            alias=sorted(str(a) for a in graph.objects(node, SKOS.altLabel)),
            **out.sources(graph.objects(node, KG.mentionedIn)),
        )
        exported[node] = schema
    for sanction in sorted(set(graph.subjects(RDF.type, KG.Sanction)), key=str):
        targets = [t for t in graph.objects(sanction, KG.target) if t in exported]
        if not targets:
            continue
        kinds = sorted(str(k)[len(str(KG._NS)) :] for k in graph.objects(sanction, KG.sanctionKind))
        provisions = []
        for kind in kinds:
            text = _KINDS_TEXT.get(kind, kind)
            amounts = sorted({str(a) for a in graph.objects(sanction, KG.amount)})
            currency = " ".join(sorted({str(c) for c in graph.objects(sanction, KG.currency)}))
            provisions += [f"{text} of {a} {currency}".strip() for a in amounts] or [text]
        imposers = sorted(set(graph.objects(sanction, KG.imposedBy)), key=str)
        out.add(
            ftm_id(sanction),
            "Sanction",
            entity=[ftm_id(t) for t in targets],
            authority=[str(graph.value(i, RDFS.label) or "") for i in imposers],
            startDate=sorted(str(d) for d in graph.objects(sanction, KG.date)),
            reason=sorted(str(r) for r in graph.objects(sanction, KG.reason)),
            provisions=provisions,
            summary=[str(s) for s in graph.objects(sanction, RDFS.label)],
            **out.sources(graph.objects(sanction, KG.mentionedIn)),
        )
    for s, p, o in sorted(_relations(graph), key=lambda t: tuple(map(str, t))):
        name = str(p)[len(str(KG._NS)) :]
        if s not in exported or o not in exported or name in _SKIP:
            continue
        link = _link(name, exported[s], exported[o])
        if link is None:
            continue
        schema, source, target = link
        link_id = f"kg-link-{name}-{ftm_id(s)[3:]}-{ftm_id(o)[3:]}"
        fields: dict[str, list[str]] = {source: [ftm_id(s)], target: [ftm_id(o)]}
        if schema == "Ownership" and name == "partOf":  # the parent owns the part
            fields = {"owner": [ftm_id(o)], "asset": [ftm_id(s)]}
        if schema == "Membership":
            fields = {"member": [ftm_id(s)], "organization": [ftm_id(o)]}
        out.add(
            link_id,
            schema,
            **fields,
            role=[name] if schema in {"UnknownLink", "Ownership"} else [],
            **out.sources(_articles_of_statement(graph, s, p, o)),
        )
    return list(out.entities.values())


def _relations(graph: Graph) -> Iterator[tuple[Node, Node, Node]]:
    for s, p, o in graph.triples((None, None, None)):
        if str(p).startswith(str(KG._NS)) and isinstance(o, URIRef) and str(o).startswith(str(ENT)):
            name = str(p)[len(str(KG._NS)) :]
            if name not in {"mentionedIn", "target", "imposedBy", "article"}:
                yield s, p, o


_ORGS = {"Company", "PublicBody", "Organization"}


def _link(name: str, subject: str, obj: str) -> tuple[str, str, str] | None:
    """(FtM schema, subject property, object property) for a relation, or None.

    >>> _link("worksFor", "Person", "Company")
    ('Employment', 'employee', 'employer')
    >>> _link("partOf", "PublicBody", "PublicBody")[0], _link("partOf", "Company", "Company")[0]
    ('Membership', 'Ownership')
    """
    if name == "worksFor" and subject == "Person" and obj in _ORGS:
        return "Employment", "employee", "employer"
    if name == "partOf" and subject == "Company" and obj == "Company":
        return "Ownership", "asset", "owner"
    if name == "partOf" and obj in _ORGS:
        return "Membership", "member", "organization"
    if name in _OWNERSHIP and obj == "Company" and subject in _ORGS | {"Person"}:
        return "Ownership", "owner", "asset"
    if subject == "Article" or obj == "Article":
        return None
    return "UnknownLink", "subject", "object"


def check_entity(data: dict[str, Any], schemata: dict[str, str] | None = None) -> None:
    """Raise ``ValueError`` unless ``data`` passes FtM's model: a known, concrete schema;
    only that schema's properties; every required one present; values valid for their
    types; and (given ``schemata``: id → schema of every entity) references that point
    to entities of the range the property asks for.

    >>> check_entity({"id": "x", "schema": "Company", "properties": {"name": ["ACME"]}})
    >>> check_entity({"id": "y", "schema": "Sanction", "properties": {"reason": ["r"]}})
    Traceback (most recent call last):
    ...
    ValueError: y: Sanction lacks required entity
    """
    from followthemoney import model

    schema = model.get(data.get("schema", ""))
    entity_id = data.get("id") or "?"
    if schema is None or schema.abstract:
        raise ValueError(f"{entity_id}: no concrete FtM schema {data.get('schema')!r}")
    props = data.get("properties", {})
    for name in props:
        if name not in schema.properties:
            raise ValueError(f"{entity_id}: {schema.name} has no property {name!r}")
    for name in schema.required:
        if not props.get(name):
            raise ValueError(f"{entity_id}: {schema.name} lacks required {name}")
    schema.validate(data)  # type: ignore[arg-type]  # raises InvalidData on a bad value
    for name, values in props.items():
        prop = schema.properties[name]
        for value in values:
            if prop.type.name != "entity" and prop.type.clean(value) is None:
                raise ValueError(
                    f"{entity_id}: {name} value {value!r} is not a valid {prop.type.name}"
                )
        if prop.type.name == "entity" and schemata is not None:
            for value in values:
                ref = model.get(schemata.get(value, ""))
                if ref is None or (prop.range is not None and not ref.is_a(prop.range)):
                    raise ValueError(f"{entity_id}: {name} points to {value!r}, not a {prop.range}")


def write_ftm(graph: Graph, output: Path) -> list[Path]:
    """Write ``graph``'s FtM entities to ``output``, one JSON object a line, atomically."""
    entities = ftm_entities(graph)
    schemata = {e["id"]: e["schema"] for e in entities}
    for entity in entities:
        try:
            check_entity(entity, schemata)
        except Exception as err:  # FtM's InvalidData is not a ValueError
            detail = getattr(err, "errors", None) or err
            raise StoreError(f"{output}: entity fails the FtM model ({detail})") from err
    payload = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entities)
    try:
        with atomic_open(output) as handle:
            handle.write(payload.encode("utf-8"))
    except OSError as err:
        raise StoreError(f"{output}: cannot write ({err.strerror or err})") from err
    return [output]


__all__ = ["check_entity", "ftm_entities", "ftm_id", "write_ftm"]
