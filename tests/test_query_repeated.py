"""Queries stay right, and small, when several articles report one fact.

Each article's statements live in its own named graph, so a sanction (one node, named by
its event key) and a fact between entities that four articles report are four copies of
the same triples; Oxigraph 0.5's union of graphs matches such a triple once per copy.
Built for real from invented articles, read as a file, a store folder and (in
test_store_remote.py) an Oxigraph server.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.api import build_into
from kg.store.export import export_dataset
from kg.store.load import open_graph
from kg.store.query import run_named, run_query
from kg.store.tonetworkx import to_networkx

# Invented: four outlets report one measure and one supply deal in their own words.
ARTICLES = {
    "wire_a": "Morning briefing\n\nThe Treasury Department sanctioned Veltra Systems. "
    "Korvan Labs supplies Veltra Systems with optical sensors.\n",
    "wire_b": "Market notes\n\nThe Treasury Department sanctioned Veltra Systems. "
    "Analysts said Korvan Labs supplies Veltra Systems with optical sensors.\n",
    "wire_c": "Tech roundup\n\nThe Treasury Department sanctioned Veltra Systems. "
    "Korvan Labs supplies Veltra Systems with optical sensors, filings show.\n",
    "wire_d": "Daily digest\n\nThe Treasury Department sanctioned Veltra Systems. "
    "Korvan Labs supplies Veltra Systems with optical sensors.\n",
}
N = len(ARTICLES)


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("repeated")
    texts = write_articles(root / "texts")
    build_into(texts, output=root / "g.trig")
    build_into(texts, store=root / "store")
    return {"file": root / "g.trig", "store": root / "store"}


def table(graph: Dataset, name: str, **params: str) -> list[dict[str, str]]:
    result = run_named(graph, name, params)
    return [
        {v: "" if t is None else str(t) for v, t in zip(result.vars, row, strict=True)}
        for row in result.rows
    ]


def check_named_queries(graph: Dataset) -> None:
    """What every way of reading the graph must answer (shared with the server test)."""
    sanctions = table(graph, "sanctions")
    assert [(r["imposerName"], r["targetName"], r["sanctionKind"]) for r in sanctions] == [
        ("Treasury Department", "Veltra Systems", "Designation")
    ]
    assert len(table(graph, "sanctions", target="veltra", imposer="treasury")) == 1

    facts = table(graph, "facts", entity="Korvan")
    supplies = [r for r in facts if r["relation"] == "supplies"]
    assert [(r["subject"], r["object"], r["evidence"]) for r in supplies] == [
        ("Korvan Labs", "Veltra Systems", str(N))
    ]
    assert len(facts) == len({(r["subject"], r["relation"], r["object"]) for r in facts})

    evidence = table(graph, "evidence", entity="Veltra Systems")
    assert len(evidence) == len({tuple(r.values()) for r in evidence})
    per_property = Counter(r["property"] for r in evidence)
    assert per_property["target"] == N and per_property["supplies"] == N
    assert len({r["article"] for r in evidence if r["property"] == "target"}) == N

    entities = {r["label"]: r for r in table(graph, "entities")}
    assert len(entities) == len(table(graph, "entities"))
    assert entities["Veltra Systems"]["articles"] == str(N)
    assert entities["Treasury Department"]["articles"] == str(N)

    articles = table(graph, "articles")
    assert len(articles) == N
    assert all(int(r["evidence"]) >= 3 for r in articles)

    counts = {(r["what"], r["name"]): int(r["count"]) for r in table(graph, "counts")}
    assert counts[("property", "target")] == 1
    assert counts[("property", "imposedBy")] == 1
    assert counts[("property", "supplies")] == 1
    assert counts[("class", "Sanction")] == 1
    assert counts[("property", "mentionedIn")] >= 3 * N  # one per article, not merged


@pytest.mark.parametrize("source", ["file", "store"])
def test_named_queries_give_each_answer_once(built: dict[str, Path], source: str) -> None:
    check_named_queries(open_graph(built[source]))


@pytest.mark.parametrize("source", ["file", "store"])
def test_networkx_export_holds_one_edge_per_fact(built: dict[str, Path], source: str) -> None:
    for mode in ("nodes", "edges"):
        g = to_networkx(open_graph(built[source]), sanctions=mode)
        keys = Counter((s, t, k) for s, t, k in g.edges(keys=True))
        assert max(keys.values()) == 1
        supplies = [d for _, _, d in g.edges(data=True) if d["relation"] == "supplies"]
        assert [d["evidence"] for d in supplies] == [N]
        sanctions = [d for _, _, d in g.edges(data=True) if d["relation"] == "sanctions"]
        if mode == "edges":
            assert [(d["kind"], d["evidence"]) for d in sanctions] == [("Designation", 2 * N)]


def test_ad_hoc_sparql_on_a_file_reads_the_merge(built: dict[str, Path], tmp_path: Path) -> None:
    before = tmp_path / "before.trig"
    export_dataset(open_graph(built["file"]), before)

    graph = open_graph(built["file"])
    joined = "SELECT ?san ?t ?k WHERE { ?san a kg:Sanction ; kg:target ?t ; kg:sanctionKind ?k }"
    assert len(run_query(graph, joined).rows) == 1
    total = run_query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:target ?o }")
    assert int(total.rows[0][0]) == 1  # type: ignore[arg-type]
    # GRAPH ?g still sees each article's own statement
    per_graph = run_query(graph, "SELECT ?g WHERE { GRAPH ?g { ?s kg:target ?o } }")
    assert len(per_graph.rows) == N

    # the merge is only a view for queries: the dataset's quads and its export are unchanged
    quads = list(graph.quads((None, kg_target(), None, None)))
    assert len(quads) == N
    after = tmp_path / "after.trig"
    export_dataset(graph, after)
    assert after.read_bytes() == before.read_bytes()


def kg_target() -> object:
    from kg.store.namespace import KG

    return KG.target
