"""The ontology file, the Python namespace and the SHACL shapes agree, and the shapes
accept a well-formed graph and reject the broken ones for the right reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib import namespace as rdfns
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SKOS

from kg.evaluate.shapes import validate
from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES, SANCTION_KINDS, ResolvedEntity
from kg.store.namespace import ART, ENT, ENTITIES_GRAPH, EVI, KG, SAN

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
NS = str(KG._NS)

# DESIGN.md "Relations between entities": property -> (domain classes, range classes).
# "any" is any entity; "literal" a literal value.
DESIGN = {
    "imposedBy": ({"Sanction"}, {"Government"}),
    "target": ({"Sanction"}, {"Company", "Person", "Organization", "Government"}),
    "sanctionKind": ({"Sanction"}, {"SanctionKind"}),
    "amount": ({"Sanction"}, "literal"),
    "currency": ({"Sanction"}, "literal"),
    "date": ({"Sanction"}, "literal"),
    "reason": ({"Sanction"}, "literal"),
    "develops": ({"Company", "Organization", "Government"}, {"Technology"}),
    "provides": ({"Company"}, {"Technology"}),
    "uses": ({"Company", "Government", "Organization"}, {"Technology"}),
    "supplies": ({"Company"}, {"Government", "Company"}),
    "basedIn": ({"Company", "Organization"}, {"Location"}),
    "partOf": ({"Government", "Company"}, {"Government", "Company"}),
    "acquires": ({"Company"}, {"Company"}),
    "partnersWith": ({"Company", "Government"}, {"Company", "Government"}),
    "investsIn": ({"Company", "Government"}, {"Company"}),
    "worksFor": ({"Person"}, {"Company", "Government", "Organization"}),
    "accuses": ("any", "any"),
    "charges": ({"Government"}, {"Person", "Company"}),
    "relatedTo": ("any", "any"),
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _local(term: URIRef) -> str:
    return str(term)[len(NS) :]


def _terms(graph: Graph) -> set[str]:
    return {_local(s) for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(NS)}


# ---------------------------------------------------------------- ontology file


def test_namespace_and_ontology_hold_the_same_terms(ontology: Graph) -> None:
    assert _terms(ontology) == set(KG.__annotations__)


def test_ontology_covers_the_model_and_design(ontology: Graph) -> None:
    terms = _terms(ontology)
    assert set(ENTITY_CLASSES) | {"Article"} <= terms
    assert set(RELATION_PROPERTIES) <= terms
    assert set(DESIGN) <= terms
    kinds = ontology.value(KG.SanctionKind, OWL.oneOf)
    assert [_local(k) for k in Collection(ontology, kinds)] == list(SANCTION_KINDS)  # type: ignore[arg-type]


def test_every_term_has_a_label_and_a_comment(ontology: Graph) -> None:
    missing = [
        (term, what)
        for term in sorted(_terms(ontology))
        for what, prop in (("label", RDFS.label), ("comment", RDFS.comment))
        if not str(ontology.value(KG[term], prop) or "").strip()
    ]
    assert missing == []


def test_every_property_is_typed_with_domain_and_range_as_design_says(ontology: Graph) -> None:
    superclasses = {
        _local(c): {_local(p) for p in ontology.transitive_objects(c, RDFS.subClassOf)}  # type: ignore[arg-type]
        for c in ontology.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef)
    }

    def covers(declared: URIRef | None, wanted: set[str] | str) -> bool:
        if declared is None:
            return False
        name = _local(declared) if declared.startswith(NS) else str(declared)
        if wanted == "any":
            return name == "Entity"
        if wanted == "literal":
            return declared == RDFS.Literal or str(declared).startswith(str(rdfns.XSD))
        # the declared class is the one DESIGN names, or a superclass of all of them
        return all(name in superclasses.get(c, {c}) for c in wanted)

    problems = []
    for prop, (domain, range_) in DESIGN.items():
        kinds = set(ontology.objects(KG[prop], RDF.type))
        if not kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            problems.append(f"{prop}: not an owl:ObjectProperty or owl:DatatypeProperty")
        declared_domain = ontology.value(KG[prop], RDFS.domain)
        declared_range = ontology.value(KG[prop], RDFS.range)
        if not covers(declared_domain, domain):  # type: ignore[arg-type]
            problems.append(f"{prop}: domain {declared_domain} does not cover {domain}")
        if not covers(declared_range, range_):  # type: ignore[arg-type]
            problems.append(f"{prop}: range {declared_range} does not cover {range_}")
    assert problems == []


def test_shapes_use_only_ontology_terms_and_the_same_kinds() -> None:
    shapes = Graph().parse(SHAPES, format="turtle")
    used = {
        _local(t) for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(NS)
    }
    assert used - set(KG.__annotations__) == set()
    kind_list = next(
        shapes.objects(
            URIRef("https://w3id.org/kg-news/shapes#SanctionKind"),
            URIRef("http://www.w3.org/ns/shacl#in"),
        )
    )
    assert [_local(k) for k in Collection(shapes, kind_list)] == list(SANCTION_KINDS)  # type: ignore[arg-type]


# ---------------------------------------------------------------- SHACL shapes

SENTENCE = "Chinese regulators fined Alibaba $2.8 billion in April 2021."


def _evidence(ds: Dataset, graph: URIRef, name: str, s: URIRef, p: URIRef, o: URIRef) -> URIRef:
    g = ds.graph(graph)
    node = EVI[name]
    for pred, obj in (
        (RDF.type, KG.Evidence),
        (RDF.subject, s),
        (RDF.predicate, p),
        (RDF.object, o),
        (KG.article, graph),
        (KG.sentence, Literal(SENTENCE)),
        (KG.start, Literal(0)),
        (KG.end, Literal(len(SENTENCE))),
        (KG.rule, Literal("sanction.fine.v1")),
        (KG.confidence, Literal(Decimal("0.85"))),
        (KG.modality, Literal("asserted")),
    ):
        g.add((node, pred, obj))
    return node


def good_graph() -> Dataset:
    """A small graph in the layout of docs/graph-model.md, built triple by triple."""
    ds = Dataset()
    ents = ds.graph(ENTITIES_GRAPH)
    for slug, cls, label, alts in (
        ("chinese-regulators", KG.Government, "Chinese regulators", ()),
        ("alibaba", KG.Company, "Alibaba Group", ("Alibaba",)),
        ("cloud-services", KG.Technology, "cloud services", ()),
        ("hangzhou", KG.Location, "Hangzhou", ()),
        ("jack-ma", KG.Person, "Jack Ma", ("Ma",)),
    ):
        ents.add((ENT[slug], RDF.type, cls))
        ents.add((ENT[slug], RDFS.label, Literal(label)))
        for alt in alts:
            ents.add((ENT[slug], SKOS.altLabel, Literal(alt)))
    art = ART["a1"]
    g = ds.graph(art)
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.contentHash, Literal("ab" * 32)))
    g.add((art, DCTERMS.title, Literal("Alibaba fined")))
    g.add((art, DCTERMS.date, Literal("2021-04-10", datatype=rdfns.XSD.date)))
    for slug in ("chinese-regulators", "alibaba", "cloud-services", "hangzhou", "jack-ma"):
        g.add((ENT[slug], KG.mentionedIn, art))
    for s, p, o in (
        ("alibaba", KG.provides, "cloud-services"),
        ("alibaba", KG.basedIn, "hangzhou"),
        ("jack-ma", KG.worksFor, "alibaba"),
    ):
        g.add((ENT[s], p, ENT[o]))
        _evidence(ds, art, f"{s}-{o}", ENT[s], p, ENT[o])
    san = SAN["fine1"]
    g.add((san, RDF.type, KG.Sanction))
    g.add((san, RDFS.label, Literal("Fine on Alibaba")))
    g.add((san, KG.sanctionKind, KG.Fine))
    g.add((san, KG.imposedBy, ENT["chinese-regulators"]))
    g.add((san, KG.target, ENT["alibaba"]))
    g.add((san, KG.amount, Literal(Decimal("2800000000"), datatype=rdfns.XSD.decimal)))
    g.add((san, KG.currency, Literal("USD")))
    g.add((san, KG.date, Literal("2021-04", datatype=rdfns.XSD.gYearMonth)))
    _evidence(ds, art, "san-target", san, KG.target, ENT["alibaba"])
    _evidence(ds, art, "san-imposer", san, KG.imposedBy, ENT["chinese-regulators"])
    return ds


def _violated_shapes(report: str) -> set[str]:
    shapes = set()
    for block in report.split("Constraint Violation in ")[1:]:
        if "Severity: sh:Violation" in block:
            shapes.add(re.search(r"Source Shape: (\S+)", block).group(1))  # type: ignore[union-attr]
    return shapes


def _set(node: URIRef, prop: URIRef, value: object) -> Callable[[Dataset], None]:
    def change(ds: Dataset) -> None:
        for _, _, _, ctx in list(ds.quads((node, prop, None, None))):
            ds.graph(ctx).remove((node, prop, None))  # type: ignore[arg-type]
        if value is not None:
            ds.graph(ART["a1"]).add((node, prop, value))  # type: ignore[arg-type]

    return change


def test_good_graph_conforms() -> None:
    ok, report = validate(good_graph())
    assert ok, report


def test_graph_built_by_the_store_conforms() -> None:
    from kg.model import (
        Article,
        ArticleExtraction,
        Entity,
        Evidence,
        Fact,
        ResolvedEntity,
        Sanction,
    )
    from kg.store.rdf import article_quads, entities_graph_quads

    art = Article(id="a1", text=SENTENCE, title="T", date="2021-04-10", source="https://x.org/a")
    ev = Evidence("a1", SENTENCE, 0, len(SENTENCE), "sanction.fine.v1", 0.9)
    ext = ArticleExtraction(
        art,
        (Entity("g", "Chinese regulators", "Government"), Entity("c", "Alibaba", "Company")),
        facts=(Fact("c", "relatedTo", "g", ev, "angered"),),
        sanctions=(Sanction("c", "Fine", ev, "g", Decimal("2.8e9"), "USD", "2021-04"),),
    )
    ds = Dataset()
    resolved = [
        ResolvedEntity("chinese-regulators", "Chinese regulators", "Government"),
        ResolvedEntity("alibaba", "Alibaba", "Company"),
    ]
    for s, p, o, g in [
        *entities_graph_quads(ext, {"g": "chinese-regulators", "c": "alibaba"}, resolved),
        *article_quads(ext, {"g": "chinese-regulators", "c": "alibaba"}),
    ]:
        ds.graph(g).add((s, p, o))
    ok, report = validate(ds)
    assert ok, report


ALIBABA, SANCTION = ENT["alibaba"], SAN["fine1"]
EVIDENCE = EVI["alibaba-cloud-services"]

BROKEN: dict[str, tuple[Callable[[Dataset], None], str]] = {
    "entity without label": (_set(ALIBABA, RDFS.label, None), "kgsh:EntityLabel"),
    "malformed class votes": (
        _set(ALIBABA, KG.classVotes, Literal("Company:3")),
        "kgsh:EntityVotes",
    ),
    "entity with two labels": (
        lambda ds: ds.graph(ENTITIES_GRAPH).add((ALIBABA, RDFS.label, Literal("Alibaba Inc"))),
        "kgsh:EntityLabel",
    ),
    "entity with two classes": (
        lambda ds: ds.graph(ENTITIES_GRAPH).add((ALIBABA, RDF.type, KG.Organization)),
        "kgsh:EntityClass",
    ),
    "related node without class": (
        lambda ds: ds.graph(ART["a1"]).add((ALIBABA, KG.acquires, ENT["lazada"])),
        "kgsh:EntityClass",  # and no label either
    ),
    "sanction without kind": (_set(SANCTION, KG.sanctionKind, None), "kgsh:SanctionKind"),
    "sanction of an unknown kind": (
        _set(SANCTION, KG.sanctionKind, KG.Article),
        "kgsh:SanctionKind",
    ),
    "sanction without imposer or target": (
        lambda ds: (_set(SANCTION, KG.imposedBy, None)(ds), _set(SANCTION, KG.target, None)(ds)),
        "kgsh:SanctionShape",
    ),
    "sanction imposed by a company": (
        _set(SANCTION, KG.imposedBy, ALIBABA),
        "kgsh:SanctionImposer",
    ),
    "amount as a string": (
        _set(SANCTION, KG.amount, Literal("2.8 billion")),
        "kgsh:SanctionAmount",
    ),
    "currency not a code": (
        _set(SANCTION, KG.currency, Literal("dollars")),
        "kgsh:SanctionCurrency",
    ),
    "date as free text": (_set(SANCTION, KG.date, Literal("April")), "kgsh:SanctionDate"),
    "evidence without sentence": (_set(EVIDENCE, KG.sentence, None), "kgsh:EvidenceSentence"),
    "evidence without article": (_set(EVIDENCE, KG.article, None), "kgsh:EvidenceArticle"),
    "evidence without subject": (_set(EVIDENCE, RDF.subject, None), "kgsh:EvidenceSubject"),
    "evidence start after end": (_set(EVIDENCE, KG.start, Literal(999)), "kgsh:EvidenceStart"),
    "evidence offset as string": (_set(EVIDENCE, KG.end, Literal("61")), "kgsh:EvidenceEnd"),
    "evidence without rule": (_set(EVIDENCE, KG.rule, None), "kgsh:EvidenceRule"),
    "confidence above one": (
        _set(EVIDENCE, KG.confidence, Literal(Decimal("1.5"))),
        "kgsh:EvidenceConfidence",
    ),
    "unknown modality": (_set(EVIDENCE, KG.modality, Literal("rumoured")), "kgsh:EvidenceModality"),
    "article without content hash": (_set(ART["a1"], KG.contentHash, None), "kgsh:ArticleHash"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails_with_the_expected_shape(case: str) -> None:
    change, shape = BROKEN[case]
    ds = good_graph()
    change(ds)
    ok, report = validate(ds)
    assert not ok
    assert shape in _violated_shapes(report), report


def test_sanction_on_a_technology_only_warns() -> None:
    ds = good_graph()
    _set(SANCTION, KG.target, ENT["cloud-services"])(ds)
    ok, report = validate(ds)
    assert ok, report
    assert "kgsh:SanctionTarget" in report and "sh:Warning" in report


def test_unrelated_blank_nodes_are_not_entities() -> None:
    ds = good_graph()
    ds.graph(ART["a1"]).add((BNode(), RDFS.comment, Literal("a note")))
    assert validate(ds)[0]


def test_missing_pyshacl_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from kg.errors import KGError

    monkeypatch.setitem(sys.modules, "pyshacl", None)  # as if not installed
    with pytest.raises(
        KGError, match=r"needs pyshacl, an optional extra: pip install .kg\[shacl\]."
    ):
        validate(good_graph())


@pytest.mark.model
def test_a_real_build_conforms(tmp_path: Path) -> None:
    from kg.build import build_dataset

    (tmp_path / "a.txt").write_text(
        "title: Sanctions\ndate: 2021-12-10\nsource: https://example.org/a\n\n"
        "The Treasury Department sanctioned SenseTime, a Hong Kong-based AI firm. "
        "Deputy Treasury Secretary Wally Adeyemo announced the designation.\n\n"
        "Chinese regulators fined Alibaba $2.8 billion in April 2021."
    )
    (tmp_path / "b.html").write_text(
        "<title>Verdict</title><p>A federal jury convicted Yanjun Xu of economic espionage."
        "</p><p>Huawei develops 5G networks and sells surveillance software.</p>"
    )
    ds = build_dataset([tmp_path])
    assert len(set(ds.subjects(RDF.type, KG.Evidence))) > 0  # there is something to check
    ok, report = validate(ds)
    assert ok, report


# ---------------------------------------------------------------- alignment

SCHEMA = "https://schema.org/"
FTM = "https://schema.followthemoney.tech/#"
WIKIDATA = "http://www.wikidata.org/"
_MAPPINGS = (
    OWL.equivalentClass,
    OWL.equivalentProperty,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    SKOS.exactMatch,
    SKOS.closeMatch,
)


def _alignments(g: Graph) -> dict[str, set[str]]:
    """Each class and property of the ontology → the outside IRIs it is mapped to."""
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    terms = {s for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(NS)}
    return {
        _local(t): {str(o) for p in _MAPPINGS for o in g.objects(t, p) if not str(o).startswith(NS)}
        for t in terms
    }


def test_every_term_is_aligned_to_schema_org_and_classes_to_ftm_and_wikidata() -> None:
    terms = _alignments(Graph().parse(ONTOLOGY, format="turtle"))
    assert len(terms) > 40
    unmapped = sorted(t for t, targets in terms.items() if not any(SCHEMA in x for x in targets))
    assert unmapped == [], f"no schema.org mapping: {unmapped}"
    for cls in (*[c for c in ENTITY_CLASSES], "Article"):
        assert any(x.startswith(WIKIDATA) for x in terms[cls]), cls
    for cls in ("Company", "Person", "Government", "Organization", "Sanction", "Article"):
        assert any(x.startswith(FTM) for x in terms[cls]), cls
    assert any("w3.org/ns/org#" in x for x in terms["Government"] | terms["partOf"])


def test_a_query_in_schema_org_terms_answers_over_a_kg_graph() -> None:
    from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact
    from kg.store.rdf import article_quads, entities_graph_quads

    ev = Evidence("a", "Jane Roe runs Acme.", 0, 19, "test.v1", 0.9)
    ext = ArticleExtraction(
        Article("a", ev.sentence),
        (Entity("p", "Jane Roe", "Person"), Entity("c", "Acme", "Company")),
        facts=(Fact("p", "worksFor", "c", ev),),
    )
    ids = {"p": "jane-roe", "c": "acme"}
    resolved = [
        ResolvedEntity("jane-roe", "Jane Roe", "Person"),
        ResolvedEntity("acme", "Acme", "Company"),
    ]
    ds = Dataset(default_union=True)
    for s, p, o, g in [*article_quads(ext, ids), *entities_graph_quads(ext, ids, resolved)]:
        ds.graph(g).add((s, p, o))
    ds.graph(URIRef("urn:ontology")).parse(ONTOLOGY, format="turtle")
    query = (ROOT / "docs" / "schemaorg.rq").read_text()
    rows = [(str(r[0]), str(r[1])) for r in ds.query(query)]  # type: ignore[index]
    assert rows == [("Jane Roe", "Acme")]
