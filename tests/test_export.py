"""``kg export``: every format from a store, readable by the tools it is meant for."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.errors import StoreError
from kg.store.export import export
from kg.store.load import open_graph
from kg.store.sink import open_sink
from kg.store.synthetic import synthetic_articles
from kg.store.tonetworkx import to_networkx

pytestmark = pytest.mark.xdist_group("store")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("export") / "store"
    sink = open_sink(store=root)
    for item in synthetic_articles(12, seed=8):
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    sink.close()
    return root


def union(location: Path) -> Graph:
    graph = Graph()
    for s, p, o, _ in open_graph(location).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".nq", ".nt", ".jsonld"])
def test_rdf_exports_round_trip(store: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    assert export(store, out) == [out]
    assert isomorphic(union(out), union(store))
    if suffix in (".trig", ".nq"):
        names = {str(g.identifier) for g in open_graph(out).graphs()}
        assert names == {str(g.identifier) for g in open_graph(store).graphs()}
    if suffix == ".jsonld":
        assert '"kg": "https://w3id.org/kg-news/ontology#"' in out.read_text()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_network_exports_open_in_networkx(store: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    export(store, out)
    read = nx.read_graphml(out) if suffix == ".graphml" else nx.read_gexf(out)
    expected = to_networkx(open_graph(store))
    assert read.number_of_nodes() == expected.number_of_nodes()
    assert read.number_of_edges() == expected.number_of_edges()
    classes = {d.get("cls") for _, d in read.nodes(data=True)}
    assert {"Company", "Government", "Sanction"} <= classes
    relations = {d.get("relation") for *_, d in read.edges(data=True)}
    assert {"target", "imposedBy"} <= relations


def test_csv_export_writes_nodes_and_edges(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    written = export(store, out, sanctions="edges")
    assert [p.name for p in written] == ["g.nodes.csv", "g.edges.csv"]
    assert not out.exists()
    with written[0].open() as handle:
        nodes = list(csv.DictReader(handle))
    with written[1].open() as handle:
        edges = list(csv.DictReader(handle))
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    sanctions = [e for e in edges if e["relation"] == "sanctions"]
    assert len(sanctions) == 12 and all(e["kind"] and e["currency"] == "USD" for e in sanctions)
    assert "Sanction" not in {n["cls"] for n in nodes}  # sanctions are edges here


def test_export_errors_and_cli(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(StoreError, match=r"g\.xlsx: cannot export to '\.xlsx'"):
        export(store, tmp_path / "g.xlsx")
    assert main(["export", str(store), "--output", str(tmp_path / "g.trig")]) == 0
    assert f"wrote {tmp_path / 'g.trig'}" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "none.ttl"), "-o", str(tmp_path / "x.nq")]) == 1
    assert "none.ttl: no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.nq").exists()
