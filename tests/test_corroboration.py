"""Corroboration: within one article, sentences stating the same fact raise each
other's stored confidence; what ``kg query``, the render and the gold scoring show is
that stored number (the highest of a fact's evidence)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import Dataset

from kg import api
from kg.evaluate.gold import score_gold
from kg.evaluate.goldfile import GoldArticle, GoldEntity, GoldFact
from kg.extract.extractor import corroborate
from kg.model import Evidence, Fact, Sanction
from kg.render.view import extract_view
from kg.store.rdf import article_iri


def fact(start: int, confidence: float, rule: str = "r.v1", modality: str = "asserted") -> Fact:
    """A hand-built ``acme basedIn ohio`` stated by the sentence at ``start``."""
    ev = Evidence("a", f"sentence at {start}", start, start + 10, rule, confidence, modality)  # type: ignore[arg-type]
    return Fact("acme", "basedIn", "ohio", ev)


def statement(f: Fact) -> tuple[str, str, str]:
    return (f.subject, f.predicate, f.object)


def test_a_second_sentence_raises_both() -> None:
    out = corroborate([fact(0, 0.8), fact(50, 0.7)], statement)
    # 1 - 0.2 * 0.3: each sentence's evidence takes the other's support
    assert [f.evidence.confidence for f in out] == [0.94, 0.94]
    assert corroborate([fact(0, 0.8)], statement)[0].evidence.confidence == 0.8


def test_two_rules_in_one_sentence_are_one_sentence() -> None:
    out = corroborate([fact(0, 0.8, "r.v1"), fact(0, 0.7, "q.v1")], statement)
    assert [f.evidence.confidence for f in out] == [0.8, 0.7]
    # a second sentence counts its best rule once: 1 - 0.3 * 0.2
    out = corroborate([fact(0, 0.7), fact(60, 0.8, "r.v1"), fact(60, 0.5, "q.v1")], statement)
    assert [f.evidence.confidence for f in out] == [0.94, 0.94, 0.85]


def test_other_facts_and_modalities_do_not_support() -> None:
    other = Fact("acme", "basedIn", "texas", fact(50, 0.8).evidence)
    assert corroborate([fact(0, 0.8), other], statement)[0].evidence.confidence == 0.8
    alleged = fact(50, 0.72, modality="alleged")
    assert corroborate([fact(0, 0.8), alleged], statement)[0].evidence.confidence == 0.8
    negated = [fact(0, 0.32, modality="negated"), fact(50, 0.32, modality="negated")]
    assert [f.evidence.confidence for f in corroborate(negated, statement)] == [0.32, 0.32]


def test_sanctions_corroborate_by_imposer_and_target() -> None:
    def sanction(start: int, kind: str, imposer: str | None) -> Sanction:
        return Sanction("acme", kind, fact(start, 0.7).evidence, imposer)

    listed = [
        sanction(0, "Designation", "us"),
        sanction(40, "Fine", "us"),
        sanction(80, "Fine", None),
    ]
    out = corroborate(listed, lambda s: (s.target, s.imposer))
    assert [s.evidence.confidence for s in out] == [0.91, 0.91, 0.7]
    assert [s.kind for s in out] == ["Designation", "Fine", "Fine"]


TEXTS = {
    "once": "Veltra Inc. is based in Ohio. The company makes memory chips.",
    "twice": (
        "Veltra Inc. is based in Ohio. Analysts praised the results on Monday. "
        "Veltra Inc., which is based in Ohio, hired staff."
    ),
}


@pytest.fixture(scope="module")
def graph() -> Iterator[Dataset]:
    yield api.from_texts(TEXTS)


def evidence_confidences(graph: Dataset, article: str, prop: str = "basedIn") -> list[float]:
    """The stored confidences of the ``prop`` evidence ``article`` gives."""
    rows = api.query(
        graph,
        """PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?conf WHERE { ?ev a kg:Evidence ; kg:article ?a ; kg:confidence ?conf ;
                                 rdf:predicate kg:PROP . FILTER(?a = ?art) }""".replace(
            "?art", f"<{article_iri(article)}>"
        ).replace("PROP", prop),
    )
    return sorted(float(c) for c in rows["conf"])


def test_each_article_keeps_its_own_confidence(graph: Dataset) -> None:
    once, twice = evidence_confidences(graph, "once"), evidence_confidences(graph, "twice")
    assert len(once) == 1 and len(twice) == 2
    assert min(twice) > once[0]  # two sentences of one article: higher than one
    assert twice == [0.938, 0.938]  # 1 - 0.25 * 0.25, each stated at 0.75
    facts = api.query(graph, "facts", property="basedIn")
    assert facts["confidence"].astype(float).tolist() == [0.938]  # MAX over both articles


def test_query_render_and_scoring_show_the_stored_confidence(graph: Dataset) -> None:
    shown = float(api.query(graph, "facts", property="basedIn")["confidence"][0])
    view = extract_view(graph)
    (edge,) = [e for e in view.edges if e.prop == "basedIn"]
    assert max(view.evidence[e].confidence or 0.0 for e in edge.evidence) == shown
    entities = (GoldEntity("v", "Veltra Inc.", "Company"), GoldEntity("o", "Ohio", "Location"))
    gold = [
        GoldArticle(doc, entities, (GoldFact("v", "basedIn", "o"),)) for doc in ("once", "twice")
    ]
    report = score_gold(gold, graph, {doc: article_iri(doc) for doc in TEXTS})
    scored = {f.doc: f.confidence for f in report.scored if f.predicate == "basedIn"}
    assert scored == {"once": evidence_confidences(graph, "once")[0], "twice": shown}


def test_noun_phrase_relations_in_a_semicolon_list_state_less() -> None:
    office = "the Chicago Field Office of the Federal Bureau of Investigation"
    graph = api.from_texts(
        {
            "plain": f"The case was investigated by {office}.",
            "listed": (
                f"The case was investigated by {office}; the Internal Revenue Service;"
                " and the Drug Enforcement Administration."
            ),
            # a list with no noun-phrase relation in it changes nothing
            "verb": "Veltra Inc. is based in Ohio; it hired staff; it grew.",
        }
    )
    assert evidence_confidences(graph, "plain", "partOf") == [0.8]
    assert evidence_confidences(graph, "listed", "partOf") == [0.65]
    assert evidence_confidences(graph, "verb") == [0.75]
