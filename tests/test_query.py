"""Read-only SPARQL: named queries, safe parameters, refused updates, the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal

from kg.cli import main
from kg.errors import QueryError
from kg.store.load import open_graph, wrap
from kg.store.query import bind_params, named_queries, run_named, run_query
from kg.store.results import format_result
from kg.store.sink import open_sink

sys.path.insert(0, str(Path(__file__).parent))
from test_store_rdf import seed_extraction


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("q") / "seed.trig"
    sink = open_sink(output=out)
    extraction, ids, resolved = seed_extraction()
    sink.write_article(extraction, ids, resolved)
    sink.close()
    return out


def rows(result: object) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]  # type: ignore[attr-defined]


def test_sanctions_named_query(graph_file: Path) -> None:
    result = run_named(open_graph(graph_file), "sanctions")
    table = {r[2]: r for r in rows(result)}
    assert set(table) == {"Alibaba", "SenseTime"}
    alibaba = table["Alibaba"]
    assert alibaba[1] == "China" and alibaba[3] == "Company" and alibaba[4] == "Fine"
    assert alibaba[5:8] == ("2800000000", "USD", "2021-04")
    assert table["SenseTime"][1] == "Treasury Department"
    # parameters filter by name or alias, in any case
    by_alias = run_named(open_graph(graph_file), "sanctions", {"target": "sensetime group"})
    assert [r[2] for r in rows(by_alias)] == ["SenseTime"]
    by_kind = run_named(open_graph(graph_file), "sanctions", {"kind": "fine"})
    assert [r[2] for r in rows(by_kind)] == ["Alibaba"]


def test_evidence_and_entities_named_queries(graph_file: Path) -> None:
    graph = open_graph(graph_file)
    evidence = rows(run_named(graph, "evidence", {"entity": "HUAWEI"}))
    assert {(r[0], r[1], r[2]) for r in evidence} == {("Huawei", "develops", "5G")}
    assert {r[9] for r in evidence} == {"svo.develops.v1", "svo.develops.v2"}
    assert all(r[5] == "Seed article" for r in evidence)
    sanction_evidence = rows(run_named(graph, "evidence", {"entity": "Alibaba"}))
    assert {r[1] for r in sanction_evidence} == {"target", "imposedBy"}
    governments = rows(run_named(graph, "entities", {"class": "Government"}))
    assert sorted(r[1] for r in governments) == ["China", "Treasury Department"]
    for name in named_queries():  # every shipped query runs on a real graph
        if name != "evidence":
            run_named(graph, name)


def test_named_query_parameter_checks(graph_file: Path) -> None:
    graph = open_graph(graph_file)
    with pytest.raises(QueryError, match="'entity' is required"):
        run_named(graph, "evidence")
    with pytest.raises(QueryError, match="unknown parameter 'colour'"):
        run_named(graph, "sanctions", {"colour": "red"})
    with pytest.raises(QueryError, match="unknown named query 'nope'"):
        run_named(graph, "nope")


INJECTIONS = [
    'ZTE" } } DELETE WHERE { ?s ?p ?o } #',
    "ZTE') } UNION { ?s ?p ?o } #",
    'x"^^<http://www.w3.org/2001/XMLSchema#string> ) } SELECT * WHERE { ?a ?b ?c',
    "\\u0022) } ?s ?p ?o #",
    '\\" } ?s ?p ?o #',
    "line\nbreak } #\n ?s ?p ?o",
    '""" } ?s ?p ?o . #',
    # engines expand code point escapes before parsing, even after an escaped backslash
    "\\U0000",
    "\\u0022 } ?s ?p ?o #",
    "\x012345",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameter_injection_cannot_change_the_query(graph_file: Path, value: str) -> None:
    graph = open_graph(graph_file)
    assert rows(run_named(graph, "sanctions", {"target": value})) == []
    echoed = run_query(graph, "SELECT ?v WHERE { }", {"v": value})
    assert echoed.rows == [(Literal(value),)]


@pytest.mark.parametrize("value", ["\\U0000", "\\u0041", "\x012345", "a\\", "\\\\u0022"])
def test_code_point_lookalikes_come_back_unchanged_on_both_engines(value: str) -> None:
    # both engines expand \uXXXX in the query text before parsing (rdflib reads 4 or 8
    # hex digits), so a value's backslash-u or a control character before digits
    # must not turn into another character or break the query
    for graph in (Graph(), wrap(ox.Store())):
        assert run_query(graph, "SELECT ?v WHERE { }", {"v": value}).rows == [(Literal(value),)]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_parameter_value_comes_back_unchanged(value: str) -> None:
    query = "SELECT ?v ?n WHERE { BIND(STRLEN(?v) AS ?n) }"
    expected = [(Literal(value), Literal(len(value)))]
    assert run_query(Graph(), query, {"v": value}).rows == expected  # rdflib's engine
    assert run_query(wrap(ox.Store()), query, {"v": value}).rows == expected  # Oxigraph


def test_values_block_goes_into_the_where_group() -> None:
    query = (
        "PREFIX x: <urn:x#> # a comment with WHERE {\n"
        "SELECT ?a WHERE { ?a x:p '{' . FILTER(?a != <urn:{>) }"
    )
    bound = bind_params(query, {"a": "z"})
    assert bound.index("VALUES") > bound.index("SELECT ?a WHERE {")
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    bound = bind_params(construct, {"o": "z"})
    assert bound.startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES")


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x#> DELETE WHERE { ?s ?p ?o }",
        "CLEAR DEFAULT",
        "LOAD <http://example.org/x.ttl>",
    ],
)
def test_updates_are_refused(graph_file: Path, update: str) -> None:
    before = graph_file.read_bytes()
    with pytest.raises(QueryError, match="SPARQL UPDATE is not allowed"):
        run_query(open_graph(graph_file), update)
    assert graph_file.read_bytes() == before


def test_malformed_query_is_one_line() -> None:
    with pytest.raises(QueryError) as info:
        run_query(Graph(), "SELECT ?s WHERE { ?s ?p ")
    assert str(info.value).startswith("query: malformed SPARQL query (")
    assert "\n" not in str(info.value)


def test_result_formats(graph_file: Path) -> None:
    result = run_named(open_graph(graph_file), "sanctions", {"kind": "Fine"})
    table = format_result(result, "table")
    assert table.splitlines()[0].split(" | ")[0].strip() == "sanction"
    assert "Alibaba" in table and "san:" in table
    csv_text = format_result(result, "csv")
    assert csv_text.splitlines()[1].startswith("https://w3id.org/kg-news/id/sanction/")
    doc = json.loads(format_result(result, "json"))
    binding = doc["results"]["bindings"][0]
    assert binding["amount"] == {
        "type": "literal",
        "value": "2800000000",
        "datatype": "http://www.w3.org/2001/XMLSchema#decimal",
    }


def test_cli_query(graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(graph_file), "sanctions", "--param", "target=alibaba"]) == 0
    out = capsys.readouterr().out
    assert "Alibaba" in out and "SenseTime" not in out
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Sanction }")
    assert main(["query", str(graph_file), "--file", str(rq), "--format", "csv"]) == 0
    assert capsys.readouterr().out == "n\n2\n"
    assert main(["query", str(graph_file), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "sanctions:" in listing and "--param entity=" in listing


def test_cli_errors(graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(graph_file), "SELECT ?s WHERE {"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: query: malformed SPARQL query") and err.count("\n") == 1
    assert main(["query", str(graph_file), "DROP ALL"]) == 1
    assert "not allowed" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .")
    assert main(["query", str(bad), "sanctions"]) == 1
    assert capsys.readouterr().err.startswith(f"kg: {bad}: not valid Turtle (line 1")
    assert main(["query", str(graph_file), "--file", str(tmp_path / "none.rq")]) == 1
    assert "none.rq: cannot read query" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["query", str(graph_file)])
    assert usage.value.code == 2
