"""Hand-built graphs in the layout of docs/graph-model.md, and unit tests of reading
them into the drawable view (no browser, no extractor)."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.render.select import SelectionError, SelectOptions, find_entity, select_view
from kg.render.view import extract_view
from kg.store.namespace import ART, ENT, ENTITIES_GRAPH, EVI, KG, SAN

XSS_NAME = "<img src=x onerror=window.__pwned=1>Evil Corp"
XSS_SENTENCE = (
    "Evil Corp said </script><script>window.__pwned=2</script> and "
    '<svg onload="window.__pwned=3"> in its filing.'
)
XSS_TITLE = "<b onmouseover=window.__pwned=4>Breaking</b></title><script>window.__pwned=5</script>"
XSS_URL = "javascript:window.__pwned=6"


class GraphBuilder:
    """Adds entities, articles, facts with evidence and sanctions to a Dataset."""

    def __init__(self) -> None:
        self.ds = Dataset()
        self.entities = self.ds.graph(ENTITIES_GRAPH)

    def entity(self, slug: str, cls: str, label: str, *alts: str) -> URIRef:
        iri = ENT[slug]
        self.entities.add((iri, RDF.type, KG[cls]))
        self.entities.add((iri, RDFS.label, Literal(label)))
        for alt in alts:
            self.entities.add((iri, SKOS.altLabel, Literal(alt)))
        return iri

    def article(self, slug: str, title: str, date: str, source: str) -> Graph:
        iri = ART[slug]
        g = self.ds.graph(iri)
        g.add((iri, RDF.type, KG.Article))
        g.add((iri, DCTERMS.title, Literal(title)))
        g.add((iri, DCTERMS.date, Literal(date, datatype=XSD.date)))
        g.add(
            (
                iri,
                DCTERMS.source,
                URIRef(source) if source.startswith(("http", "javascript")) else Literal(source),
            )
        )
        return g

    def evidence(
        self,
        art: Graph,
        s: URIRef,
        p: URIRef,
        o: URIRef,
        sentence: str,
        confidence: float = 0.8,
        wording: str | None = None,
    ) -> None:
        key = hashlib.sha1(f"{s}{p}{o}{art.identifier}".encode()).hexdigest()[:12]
        e = EVI[key]
        art.add((e, RDF.type, KG.Evidence))
        art.add((e, RDF.subject, s))
        art.add((e, RDF.predicate, p))
        art.add((e, RDF.object, o))
        art.add((e, KG.article, art.identifier))
        art.add((e, KG.sentence, Literal(sentence)))
        art.add((e, KG.start, Literal(0)))
        art.add((e, KG.end, Literal(len(sentence))))
        art.add((e, KG.rule, Literal("test.v1")))
        art.add((e, KG.confidence, Literal(confidence)))
        art.add((e, KG.modality, Literal("asserted")))
        if wording:
            art.add((e, KG.wording, Literal(wording)))

    def fact(
        self, art: Graph, s: URIRef, prop: str, o: URIRef, sentence: str, confidence: float = 0.8
    ) -> None:
        art.add((s, KG[prop], o))
        for x in (s, o):
            art.add((x, KG.mentionedIn, art.identifier))
        self.evidence(art, s, KG[prop], o, sentence, confidence)

    def sanction(
        self,
        art: Graph,
        key: str,
        imposer: URIRef | None,
        target: URIRef,
        kind: str,
        sentence: str,
        amount: float | None = None,
        currency: str | None = None,
    ) -> URIRef:
        san = SAN[key]
        art.add((san, RDF.type, KG.Sanction))
        art.add((san, RDFS.label, Literal(f"{kind} on {key}")))
        art.add((san, KG.sanctionKind, KG[kind]))
        art.add((san, KG.target, target))
        self.evidence(art, san, KG.target, target, sentence, 0.9)
        if imposer is not None:
            art.add((san, KG.imposedBy, imposer))
            self.evidence(art, san, KG.imposedBy, imposer, sentence, 0.9)
        if amount is not None:
            art.add((san, KG.amount, Literal(amount)))
            art.add((san, KG.currency, Literal(currency)))
        return san


def sample_graph(xss: bool = False) -> Dataset:
    """A small news graph: sanctions on SenseTime and Alibaba, Huawei and 5G, a
    person charged; with ``xss``, an extra article full of script payloads."""
    b = GraphBuilder()
    treasury = b.entity("treasury", "Government", "US Treasury Department", "Treasury")
    samr = b.entity("samr", "Government", "State Administration for Market Regulation")
    doj = b.entity("doj", "Government", "Justice Department")
    sensetime = b.entity("sensetime", "Company", "SenseTime Group", "SenseTime")
    alibaba = b.entity("alibaba", "Company", "Alibaba Group", "Alibaba")
    huawei = b.entity("huawei", "Company", "Huawei Technologies", "Huawei")
    face = b.entity("facial-recognition", "Technology", "facial recognition")
    fiveg = b.entity("5g", "Technology", "5G networks", "5G")
    xu = b.entity("yanjun-xu", "Person", "Yanjun Xu", "Xu")
    mss = b.entity("mss", "Government", "Ministry of State Security")
    shenzhen = b.entity("shenzhen", "Location", "Shenzhen")

    a1 = b.article("a1", "US blacklists SenseTime", "2021-12-10", "https://example.org/a1")
    b.sanction(
        a1,
        "st",
        treasury,
        sensetime,
        "InvestmentBan",
        "The Treasury barred investment in SenseTime.",
    )
    b.fact(a1, sensetime, "develops", face, "SenseTime develops facial recognition.")
    a2 = b.article("a2", "Alibaba fined", "2021-04-10", "https://example.org/a2")
    b.sanction(
        a2,
        "ali",
        samr,
        alibaba,
        "Fine",
        "Regulators fined Alibaba $2.8 billion.",
        amount=2800000000.0,
        currency="USD",
    )
    a3 = b.article("a3", "Huawei and 5G", "2019-05-16", "https://example.org/a3")
    b.fact(a3, huawei, "develops", fiveg, "Huawei builds 5G networks.", 0.9)
    b.fact(a3, huawei, "basedIn", shenzhen, "Shenzhen-based Huawei.", 0.5)
    a4 = b.article("a4", "Spy convicted", "2021-11-05", "https://example.org/a4")
    b.fact(a4, doj, "charges", xu, "A jury convicted Yanjun Xu.", 0.95)
    b.fact(a4, xu, "worksFor", mss, "Xu, an officer of the Ministry of State Security.", 0.85)
    if xss:
        evil = b.entity("evil", "Company", XSS_NAME, "<script>window.__pwned=7</script>")
        a5 = b.article("a5", XSS_TITLE, "2022-01-01", XSS_URL)
        b.fact(a5, evil, "uses", face, XSS_SENTENCE)
        a6 = b.article("a6", "Data URL", "2022-01-02", "data:text/html,<script>alert(1)</script>")
        b.fact(a6, evil, "supplies", treasury, "Evil Corp supplies the Treasury.")
    return b.ds


def grouped_graph() -> Dataset:
    """Six export bans by one ministry on one date on six companies, one ban by it on
    another date, five people charged by one court, and two companies only ever
    mentioned (no edge)."""
    b = GraphBuilder()
    ministry = b.entity("ministry", "Government", "Ministry of Trade")
    court = b.entity("court", "Government", "District Court")
    art = b.article("g1", "Export bans announced", "2022-03-01", "https://example.org/g1")
    for i in range(6):
        firm = b.entity(f"firm-{i}", "Company", f"Firm Number {i}")
        san = b.sanction(art, f"ban-{i}", ministry, firm, "Ban", f"Firm Number {i} was banned.")
        art.add((san, KG.date, Literal("2022-03-01")))
    late = b.sanction(art, "ban-late", ministry, ENT["firm-0"], "Ban", "A later ban.")
    art.add((late, KG.date, Literal("2022-09-09")))
    for i in range(5):
        person = b.entity(f"person-{i}", "Person", f"Person Number {i}")
        b.fact(art, court, "charges", person, f"The court charged Person Number {i}.")
    for slug in ("loner-a", "loner-b"):
        b.entities.add((b.entity(slug, "Company", slug.title()), KG.mentionedIn, art.identifier))
    return b.ds


def test_repeated_sanctions_and_charges_fold_into_groups() -> None:
    from kg.render.group import find_groups

    view = extract_view(grouped_graph())
    groups = {g.label: g for g in find_groups(view)}
    assert sorted(groups) == [
        "5 people charged by District Court",
        "6 bans · 2022-03-01 · Ministry of Trade",
    ]
    bans = groups["6 bans · 2022-03-01 · Ministry of Trade"]
    assert {view.nodes[m].date for m in bans.members} == {"2022-03-01"}  # the late one stays
    # the group stands in for its members: one imposer edge, one edge per target
    assert sorted((e.prop, e.source == bans.id) for e in bans.edges) == [
        ("imposedBy", False),
        *[("target", True)] * 6,
    ]
    assert all(e.evidence for e in bans.edges)
    assert find_groups(view, min_size=7) == []


def names(selection_nodes: dict) -> set[str]:  # type: ignore[type-arg]
    return {n.label for n in selection_nodes.values()}


def test_view_reads_entities_classes_names_and_mentions() -> None:
    view = extract_view(sample_graph())
    huawei = view.nodes[str(ENT.huawei)]
    assert (huawei.label, huawei.cls, huawei.names) == (
        "Huawei Technologies",
        "Company",
        ("Huawei",),
    )
    assert huawei.articles == (str(ART.a3),)
    assert {n.cls for n in view.nodes.values()} == {
        "Government",
        "Company",
        "Technology",
        "Person",
        "Location",
        "Sanction",
    }


def test_sanction_reads_imposer_to_sanction_to_target_with_amount() -> None:
    view = extract_view(sample_graph())
    fine = view.nodes[str(SAN.ali)]
    assert (fine.kind, fine.currency) == ("Fine", "USD")
    assert float(fine.amount or 0) == 2.8e9
    drawn = {
        (e.source, e.prop, e.target) for e in view.edges if str(SAN.ali) in (e.source, e.target)
    }
    # drawn so that "imposer → sanction → target" reads in arrow direction
    assert drawn == {
        (str(ENT.samr), "imposedBy", str(SAN.ali)),
        (str(SAN.ali), "target", str(ENT.alibaba)),
    }


def test_every_edge_carries_its_evidence_sentence_and_article() -> None:
    view = extract_view(sample_graph())
    edge = next(e for e in view.edges if e.prop == "charges")
    (evidence_id,) = edge.evidence
    item = view.evidence[evidence_id]
    assert item.sentence == "A jury convicted Yanjun Xu."
    assert item.confidence == 0.95
    article = view.articles[item.article or ""]
    assert (article.title, article.date, article.source) == (
        "Spy convicted",
        "2021-11-05",
        "https://example.org/a4",
    )


def test_plain_graph_and_dataset_give_the_same_view() -> None:
    ds = sample_graph()
    flat = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        flat.add((s, p, o))
    a, b = extract_view(ds), extract_view(flat)
    assert a.nodes == b.nodes
    assert a.edges == b.edges


def test_untyped_object_of_a_fact_is_still_drawn() -> None:
    g = Graph()
    g.add((ENT.acme, RDF.type, KG.Company))
    g.add((ENT.acme, KG.uses, ENT["cloud-services"]))
    view = extract_view(g)
    assert view.nodes[str(ENT["cloud-services"])].cls == "Entity"
    assert view.nodes[str(ENT["cloud-services"])].label == "cloud services"


def test_class_filter_drops_other_classes_and_edges_to_them() -> None:
    chosen = select_view(
        extract_view(sample_graph()), SelectOptions(classes=frozenset({"Company", "Technology"}))
    ).view
    assert {n.cls for n in chosen.nodes.values()} == {"Company", "Technology"}
    assert {e.prop for e in chosen.edges} == {"develops"}


def test_date_range_keeps_facts_from_articles_in_range() -> None:
    chosen = select_view(
        extract_view(sample_graph()), SelectOptions(since="2021-04", until="2021-04-30")
    ).view
    assert names(chosen.nodes) == {
        "State Administration for Market Regulation",
        "Alibaba Group",
        "Fine on ali",
    }


def test_min_confidence_drops_weak_facts() -> None:
    chosen = select_view(extract_view(sample_graph()), SelectOptions(min_confidence=0.6)).view
    assert "basedIn" not in {e.prop for e in chosen.edges}
    assert "Shenzhen" not in names(chosen.nodes)
    assert "Huawei Technologies" in names(chosen.nodes)


def test_focus_by_other_name_keeps_the_neighbourhood_and_whole_sanctions() -> None:
    view = extract_view(sample_graph())
    chosen = select_view(view, SelectOptions(focus="alibaba", hops=1)).view
    assert names(chosen.nodes) == {
        "Alibaba Group",
        "Fine on ali",
        "State Administration for Market Regulation",
    }
    two = select_view(view, SelectOptions(focus="Xu", hops=2)).view
    assert names(two.nodes) == {"Yanjun Xu", "Justice Department", "Ministry of State Security"}


def test_unknown_focus_is_an_error_with_a_suggestion() -> None:
    with pytest.raises(SelectionError, match="did you mean 'Alibaba Group'"):
        find_entity(extract_view(sample_graph()), "Alibaba Grop")


def test_max_nodes_keeps_the_most_connected_and_says_what_was_left_out() -> None:
    view = extract_view(sample_graph())
    selection = select_view(view, SelectOptions(max_nodes=4))
    assert len(selection.view.nodes) == 4
    assert selection.capped == len(view.nodes) - 4
    assert "left out" in selection.notes[0]
    # every kept edge joins two kept nodes
    assert all(
        e.source in selection.view.nodes and e.target in selection.view.nodes
        for e in selection.view.edges
    )


def test_library_options_are_checked_like_the_command_line() -> None:
    import pytest

    from kg.render.select import SelectionError, SelectOptions

    assert SelectOptions(classes=frozenset({"company"})).classes == frozenset({"Company"})
    with pytest.raises(SelectionError, match="unknown class 'Compnay'"):
        SelectOptions(classes=frozenset({"Compnay"}))
    with pytest.raises(SelectionError, match="unknown property"):
        SelectOptions(properties=frozenset({"sells"}))
    with pytest.raises(SelectionError, match="YYYY"):
        SelectOptions(since="last year")
