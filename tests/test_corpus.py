"""The whole shared corpus builds: no traceback, a well-formed graph, every class.

This is issue 2's acceptance check, run on `../shared/corpus` (69 texts) when it is
beside the checkout; it takes about a minute.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.build import build
from kg.evaluate.shapes import validate
from kg.store.namespace import KG

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus_graph(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    out = tmp_path_factory.mktemp("corpus") / "corpus.trig"
    summary = build([corpus_dir], output=out)
    assert summary.articles >= 68
    assert summary.problems == []
    ds = Dataset(default_union=True)
    ds.parse(out, format="trig")
    return ds


def test_corpus_graph_conforms_to_the_shapes(corpus_graph: Dataset) -> None:
    conforms, report = validate(corpus_graph)
    assert conforms, report


@pytest.mark.parametrize(
    "cls", [KG.Company, KG.Government, KG.Sanction, KG.Technology, KG.Person, KG.Location]
)
def test_corpus_graph_has_instances_of(corpus_graph: Dataset, cls) -> None:  # type: ignore[no-untyped-def]
    from rdflib.namespace import RDF

    assert next(corpus_graph.subjects(RDF.type, cls), None) is not None


@pytest.mark.parametrize(
    "prop", [KG.imposedBy, KG.target, KG.sanctionKind, KG.charges, KG.worksFor, KG.basedIn]
)
def test_corpus_graph_has_statements_of(corpus_graph: Dataset, prop) -> None:  # type: ignore[no-untyped-def]
    assert next(corpus_graph.subject_objects(prop), None) is not None


def test_every_fact_has_evidence_with_its_article(corpus_graph: Dataset) -> None:
    rows = corpus_graph.query(
        """PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT (COUNT(*) AS ?n) WHERE {
          ?s kg:worksFor ?o .
          FILTER NOT EXISTS {
            ?e rdf:subject ?s ; rdf:predicate kg:worksFor ; rdf:object ?o ;
               kg:sentence ?sentence ; kg:article ?a .
            ?a a kg:Article ; kg:contentHash ?hash .
          }
        }"""
    )
    assert next(iter(rows))[0].toPython() == 0
