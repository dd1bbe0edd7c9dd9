"""The public API (``import kg``) on real small inputs: real spaCy, rdflib, Oxigraph."""

from __future__ import annotations

import datetime
import inspect
import numbers
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.cli import main as cli_main

pytestmark = pytest.mark.model

ZTE = (
    "title: ZTE pays\ndate: 2017-03-07\n\n"
    "ZTE Corporation has agreed to pay a $430,488,798 penalty to the U.S. government. "
    "The Treasury Department sanctioned Huawei. Huawei develops 5G networks.\n"
)
ENTITY_LIST = (
    "title: Entity List\ndate: 2019-05-16\n\n"
    "The Commerce Department added Huawei to the Entity List.\n"
)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "zte.txt").write_text(ZTE, encoding="utf-8")
    (folder / "entity-list.md").write_text(ENTITY_LIST, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def graph(articles: Path, nlp: object) -> kg.GraphLike:
    return kg.from_files(articles)


def test_from_texts_builds_a_graph_from_strings() -> None:
    graph = kg.from_texts(["Huawei develops 5G networks.", "The Treasury sanctioned ZTE."])
    facts = kg.query(graph, "facts")
    assert facts[["subject", "relation", "object"]].values.tolist() == [
        ["Huawei", "develops", "5G networks"]
    ]
    assert kg.query(graph, "sanctions")["targetName"].tolist() == ["ZTE"]
    ids = kg.query(graph, "articles")["article"].str.rsplit("/", n=1).str[-1].tolist()
    assert ids == ["text-1", "text-2"]


def test_from_texts_with_ids() -> None:
    graph = kg.from_texts({"memo-7": "Huawei develops 5G networks."})
    assert kg.query(graph, "articles")["article"].tolist() == [
        "https://w3id.org/kg-news/id/article/memo-7"
    ]


def test_from_texts_with_nothing_to_read_is_a_kg_error() -> None:
    with pytest.raises(kg.KGError, match="no readable articles"):
        kg.from_texts([])


def test_query_gives_python_values(graph: kg.GraphLike) -> None:
    articles = kg.query(graph, "articles").set_index("title")
    assert articles.loc["ZTE pays", "date"] == datetime.date(2017, 3, 7)
    assert isinstance(articles.loc["Entity List", "date"], datetime.date)
    assert isinstance(articles.loc["ZTE pays", "entities"], numbers.Integral)
    assert articles.index.tolist() == ["ZTE pays", "Entity List"]  # ordered by date

    fines = kg.query(graph, "sanctions", kind="Fine")
    assert fines["amount"].tolist() == [Decimal("430488798")]
    assert fines["currency"].tolist() == ["USD"]
    sanction_iri = fines["sanction"].iloc[0]
    assert isinstance(sanction_iri, str)
    assert sanction_iri.startswith("https://w3id.org/kg-news/id/sanction/")


def test_query_sparql_text_with_parameters_and_ask(graph: kg.GraphLike) -> None:
    sparql = "SELECT ?label WHERE { ?e a kg:Company ; rdfs:label ?label . FILTER(?label = ?name) }"
    assert kg.query(graph, sparql, name="Huawei")["label"].tolist() == ["Huawei"]
    # a value is a literal, never query text
    assert kg.query(graph, sparql, name='Huawei" || true || "').empty
    ask = kg.query(graph, "ASK { ?s kg:sanctionKind kg:ExportControl }")
    assert ask["ask"].tolist() == [True]


def test_named_queries_with_parameters(graph: kg.GraphLike) -> None:
    huawei = kg.query(graph, "sanctions", target="huawei")
    assert sorted(huawei["imposerName"]) == ["Commerce Department", "Treasury Department"]
    assert sorted(huawei["sanctionKind"]) == ["Designation", "ExportControl"]
    evidence = kg.query(graph, "evidence", entity="Huawei")
    assert "The Commerce Department added Huawei to the Entity List." in set(evidence["sentence"])
    assert set(kg.list_queries()["name"]) >= {"sanctions", "facts", "evidence", "entities"}


def test_query_errors_are_one_line_kg_errors(graph: kg.GraphLike) -> None:
    with pytest.raises(kg.QueryError, match="entity' is required"):
        kg.query(graph, "evidence")
    with pytest.raises(kg.QueryError, match="unknown parameter 'colour'"):
        kg.query(graph, "entities", colour="red")
    before = len(graph)  # type: ignore[arg-type]
    with pytest.raises(kg.QueryError, match="UPDATE is not allowed"):
        kg.query(graph, "DELETE WHERE { ?s ?p ?o }")
    assert len(graph) == before  # type: ignore[arg-type]


def test_a_file_and_a_store_answer_like_the_graph_in_memory(
    graph: kg.GraphLike, articles: Path, tmp_path: Path
) -> None:
    path = tmp_path / "g.trig"
    assert kg.export(graph, path) == [path]
    in_memory = kg.query(graph, "sanctions").drop(columns="sanction")
    assert kg.query(path, "sanctions").drop(columns="sanction").equals(in_memory)
    assert kg.query(kg.open_graph(path), "sanctions").drop(columns="sanction").equals(in_memory)

    summary = kg.build_into(articles, store=tmp_path / "store")
    assert (summary.articles, summary.sanctions) == (2, 3)
    from_store = kg.query(tmp_path / "store", "sanctions").drop(columns="sanction")
    assert from_store.equals(in_memory)


def test_api_and_cli_give_the_same_answer(
    graph: kg.GraphLike, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.nq"
    kg.export(graph, path)
    assert cli_main(["query", str(path), "sanctions", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    frame = kg.query(path, "sanctions")
    assert lines[0].split(",") == list(frame.columns)
    assert len(lines) - 1 == len(frame)


def test_to_networkx_with_sanctions_as_nodes(graph: kg.GraphLike) -> None:
    g = kg.to_networkx(graph)
    assert isinstance(g, nx.MultiDiGraph)
    by_label = {d["label"]: (n, d["cls"]) for n, d in g.nodes(data=True) if d["cls"] != "Sanction"}
    assert by_label["Huawei"][1] == "Company"
    assert by_label["Treasury Department"][1] == "Government"
    sanctions = [n for n, d in g.nodes(data=True) if d["cls"] == "Sanction"]
    assert len(sanctions) == 3
    huawei = by_label["Huawei"][0]
    imposers = sorted(
        g.nodes[imposer]["label"]
        for san in sanctions
        if g.has_edge(san, huawei, key="target")
        for _, imposer, key in g.out_edges(san, keys=True)
        if key == "imposedBy"
    )
    assert imposers == ["Commerce Department", "Treasury Department"]
    assert g.has_edge(huawei, by_label["5G networks"][0], key="develops")


def test_to_networkx_with_sanctions_as_edges(graph: kg.GraphLike) -> None:
    g = kg.to_networkx(graph, sanctions="edges")
    assert not any(d["cls"] == "Sanction" for _, d in g.nodes(data=True))
    edges = sorted(
        (g.nodes[s]["label"], d["kind"], g.nodes[t]["label"])
        for s, t, d in g.edges(data=True)
        if d["relation"] == "sanctions"
    )
    # "agreed to pay a penalty to the U.S. government": the payee imposes the fine
    assert edges == [
        ("Commerce Department", "ExportControl", "Huawei"),
        ("Treasury Department", "Designation", "Huawei"),
        ("U.S. government", "Fine", "ZTE Corporation"),
    ]
    with pytest.raises(ValueError, match="sanctions must be"):
        kg.to_networkx(graph, sanctions="both")  # type: ignore[arg-type]


def test_render_to_a_file_and_show_inline(graph: kg.GraphLike, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    report = kg.render_html(graph, out, title="Sanctions <demo>", focus="Huawei", hops=1)
    page = out.read_text(encoding="utf-8")
    assert "<title>Sanctions &lt;demo&gt;</title>" in page
    assert report.output == out and report.nodes >= 4 and report.nodes < report.total_nodes
    shown = kg.show(graph, focus="ZTE Corporation", classes=["Company", "Sanction"], height=300)
    assert shown.report.nodes >= 2
    assert 'height="300"' in shown._repr_html_()
    with pytest.raises(TypeError, match="unknown render option 'colour'"):
        kg.render_html(graph, out, colour="red")


def test_export_the_networkx_view(graph: kg.GraphLike, tmp_path: Path) -> None:
    written = kg.export(graph, tmp_path / "g.graphml", sanctions="edges")
    back = nx.read_graphml(written[0])
    assert {d["label"] for _, d in back.nodes(data=True)} >= {"Huawei", "ZTE Corporation"}


def test_public_names_are_exported_and_documented_with_examples() -> None:
    assert sorted(kg.__all__) == sorted(set(kg.__all__))
    for name in kg.__all__:
        value = getattr(kg, name)
        if inspect.isfunction(value):
            assert value.__doc__ and ">>>" in value.__doc__, name
            assert value.__module__ == "kg.api", name


def test_importing_the_model_does_not_load_the_heavy_libraries() -> None:
    code = "import sys, kg.model; "
    code += "print([m for m in ('rdflib', 'pandas', 'spacy') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
