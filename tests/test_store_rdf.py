"""Writing plain extractions as RDF: layout, stable IRIs, every file format."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.errors import GraphLoadError, StoreError
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, ResolvedEntity, Sanction
from kg.store.load import open_graph
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.rdf import (
    article_iri,
    article_quads,
    entities_graph_quads,
    entity_iri,
)
from kg.store.sink import open_sink
from kg.store.synthetic import synthetic_articles

TEXT = (
    "The Treasury Department blacklisted SenseTime. "
    "China fined Alibaba $2.8 billion in April 2021. "
    'Huawei makes 5G gear <img src=x onerror=alert(1)> "quoted" \\ back.'
)


def seed_extraction() -> tuple[ArticleExtraction, dict[str, str], list[ResolvedEntity]]:
    art = Article(
        id="seed",
        text=TEXT,
        title="Seed article",
        date="2021-12-10",
        source="https://example.org/seed",
    )

    def ev(start: int, end: int, rule: str, conf: float = 0.9) -> Evidence:
        return Evidence("seed", TEXT[start:end], start, end, rule, conf)

    entities = (
        Entity("t", "Treasury Department", "Government"),
        Entity("s", "SenseTime", "Company"),
        Entity("c", "China", "Government"),
        Entity("a", "Alibaba", "Company"),
        Entity("h", "Huawei", "Company"),
        Entity("g", "5G", "Technology"),
    )
    facts = (
        Fact("h", "develops", "g", ev(96, 160, "svo.develops.v1"), "makes"),
        # the same fact stated again: one triple, two evidence nodes
        Fact("h", "develops", "g", ev(0, 46, "svo.develops.v2", 0.5), "builds"),
    )
    sanctions = (
        Sanction("s", "Designation", ev(0, 46, "sanction.v1"), "t"),
        Sanction(
            "a",
            "Fine",
            ev(47, 95, "sanction.fine.v1"),
            "c",
            Decimal("2800000000"),
            "USD",
            "2021-04",
            "monopoly",
        ),
    )
    ids = {
        "t": "treasury",
        "s": "sensetime",
        "c": "china",
        "a": "alibaba",
        "h": "huawei",
        "g": "5g",
    }
    resolved = [
        ResolvedEntity("treasury", "Treasury Department", "Government", ("Treasury",)),
        ResolvedEntity("sensetime", "SenseTime", "Company", ("SenseTime Group",)),
        ResolvedEntity("china", "China", "Government"),
        ResolvedEntity("alibaba", "Alibaba", "Company", ("Alibaba Group",)),
        ResolvedEntity("huawei", "Huawei", "Company"),
        ResolvedEntity("5g", "5G", "Technology"),
    ]
    return ArticleExtraction(art, entities, facts, sanctions), ids, resolved


def build_dataset() -> Dataset:
    extraction, ids, resolved = seed_extraction()
    ds = Dataset(default_union=True)
    quads = list(article_quads(extraction, ids))
    ds.addN(quads + entities_graph_quads(extraction, ids, resolved))  # type: ignore[arg-type]
    return ds


def test_article_graph_holds_metadata_facts_evidence_and_sanctions() -> None:
    ds = build_dataset()
    art = article_iri("seed")
    g = ds.graph(art)
    assert (art, DCTERMS.title, Literal("Seed article")) in g
    assert (art, DCTERMS.date, Literal("2021-12-10", datatype=XSD.date)) in g
    assert (art, DCTERMS.source, URIRef("https://example.org/seed")) in g
    assert (entity_iri("huawei"), KG.develops, entity_iri("5g")) in g
    assert (entity_iri("alibaba"), KG.mentionedIn, art) in g
    # duplicated fact: one triple, one evidence node per statement of it
    evidence = set(g.subjects(RDF.predicate, KG.develops))
    assert len(evidence) == 2
    assert {str(g.value(e, KG.rule)) for e in evidence} == {"svo.develops.v1", "svo.develops.v2"}
    fine = next(s for s in g.subjects(KG.sanctionKind, KG.Fine))
    # one label per sanction node, in the entities graph (reports name targets differently)
    assert g.value(fine, RDFS.label) is None
    assert ds.graph(ENTITIES_GRAPH).value(fine, RDFS.label) == Literal("Fine on Alibaba")
    assert (fine, KG.mentionedIn, art) in g
    assert g.value(fine, KG.amount) == Literal("2800000000", datatype=XSD.decimal)
    assert g.value(fine, KG.date) == Literal("2021-04", datatype=XSD.gYearMonth)
    assert g.value(fine, KG.imposedBy) == entity_iri("china")
    # evidence for both sanction edges, pointing back to the article
    fine_evidence = set(g.subjects(RDF.subject, fine))
    assert {g.value(e, RDF.predicate) for e in fine_evidence} == {KG.target, KG.imposedBy}
    assert all(g.value(e, KG.article) == art for e in fine_evidence)
    entities = ds.graph(ENTITIES_GRAPH)
    assert (entity_iri("treasury"), SKOS.altLabel, Literal("Treasury")) in entities
    assert (entity_iri("treasury"), RDF.type, KG.Government) in entities


def test_same_input_gives_isomorphic_graph() -> None:
    first, second = build_dataset(), build_dataset()
    for name in (article_iri("seed"), ENTITIES_GRAPH):
        assert isomorphic(first.graph(name), second.graph(name))
    # and no blank nodes: IRIs themselves are stable, not just the shape
    assert set(first.quads()) == set(second.quads())


def test_missing_entity_id_is_an_error() -> None:
    extraction, ids, _ = seed_extraction()
    del ids["h"]
    with pytest.raises(ValueError, match="'h'"):
        list(article_quads(extraction, ids))


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".nq", ".jsonld"])
def test_file_sink_round_trips_every_format(tmp_path: Path, suffix: str) -> None:
    extraction, ids, resolved = seed_extraction()
    batch = synthetic_articles(4, seed=5)
    out = tmp_path / f"graph{suffix}"
    sink = open_sink(output=out)
    sink.write_article(extraction, ids, resolved)
    for item in batch:
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    sink.close()

    expected = Graph()
    for s, p, o, _ in build_dataset().quads():
        expected.add((s, p, o))
    for item in batch:
        for s, p, o, _ in article_quads(item.extraction, item.entity_ids):
            expected.add((s, p, o))
        for s, p, o, _ in entities_graph_quads(item.extraction, item.entity_ids, item.entities):
            expected.add((s, p, o))
    loaded = open_graph(out)
    union = Graph()
    for s, p, o, _ in loaded.quads((None, None, None, None)):
        union.add((s, p, o))
    assert to_isomorphic(union) == to_isomorphic(expected)
    if suffix in (".trig", ".nq"):  # named graphs survive
        graphs = {str(g.identifier) for g in loaded.graphs()}
        assert str(article_iri("seed")) in graphs and str(ENTITIES_GRAPH) in graphs
    if suffix == ".jsonld":
        assert '"@context"' in out.read_text()


def test_file_sink_replaces_a_rewritten_article(tmp_path: Path) -> None:
    extraction, ids, resolved = seed_extraction()
    sink = open_sink(output=tmp_path / "g.trig")
    sink.write_article(extraction, ids, resolved)
    smaller = ArticleExtraction(extraction.article, extraction.entities[:2], (), ())
    sink.write_article(smaller, ids, resolved[:2])
    sink.close()
    g = open_graph(tmp_path / "g.trig")
    assert (entity_iri("huawei"), KG.develops, entity_iri("5g")) not in g
    assert len(list(g.subjects(RDF.type, KG.Sanction))) == 0


def test_file_sink_failure_leaves_no_partial_file(tmp_path: Path) -> None:
    extraction, ids, resolved = seed_extraction()
    out = tmp_path / "g.ttl"
    out.mkdir()  # the final rename cannot replace a folder: writing fails at the end
    (out / "keep").write_text("x")
    sink = open_sink(output=out)
    sink.write_article(extraction, ids, resolved)
    with pytest.raises(StoreError, match=r"g\.ttl: cannot write the graph"):
        sink.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl"]  # no temp file left
    assert (out / "keep").read_text() == "x"


def test_unknown_output_format_fails_before_building(tmp_path: Path) -> None:
    with pytest.raises(GraphLoadError, match=r"g\.xml: unknown graph format"):
        open_sink(output=tmp_path / "g.xml")
    with pytest.raises(StoreError, match="folder"):
        open_sink(output=tmp_path / "missing" / "g.ttl").close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "bad.ttl",
            "@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b .\n",
            "not valid Turtle (line 3",
        ),
        ("bad.trig", "<urn:g> { <urn:a> <urn:b> }", "not valid TriG"),
        ("bad.nq", "<urn:a> <urn:b> .\n", "not valid N-Quads (line 1"),
        ("bad.jsonld", "{not json", "not valid JSON-LD"),
        ("bin.ttl", "\x00\x01\x02", "not valid Turtle"),
    ],
)
def test_malformed_graph_file_is_one_line_naming_the_file(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(GraphLoadError) as info:
        open_graph(path)
    text = str(info.value)
    assert text.startswith(f"{path}: ") and message in text
    assert "\n" not in text


def test_missing_or_wrong_location(tmp_path: Path) -> None:
    with pytest.raises(GraphLoadError, match="no such file"):
        open_graph(tmp_path / "none.ttl")
    with pytest.raises(GraphLoadError, match="not a kg store"):
        open_graph(tmp_path)
    with pytest.raises(GraphLoadError, match="unknown graph format"):
        open_graph(tmp_path / "x.csv")
