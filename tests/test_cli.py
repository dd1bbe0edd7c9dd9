"""The command line as a whole: help, option order, and a reader that goes away."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.cli import COMMANDS, VerbParser, main, make_parser


def test_every_verb_is_registered_and_documented() -> None:
    help_text = make_parser().format_help()
    for verb in COMMANDS:
        assert verb in help_text


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "<https://w3id.org/kg-news/id/entity/zte> a kg:Company .\n",
        encoding="utf-8",
    )
    for _ in range(3):  # the race between writer and reader differs run to run
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "query", str(graph), "--list"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # as `| head -0` would
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert "Traceback" not in err
        assert proc.returncode in (0, 141)


# One command line per verb, with its options written after the positionals and
# the same options written first (and, where there are two positionals, between
# them). A new verb parses the same way without a row here; add one to show it.
ORDERINGS: dict[str, list[list[str]]] = {
    "build": [
        ["build", "a.txt", "b", "--output", "g.trig", "--workers", "2", "--encoding", "latin-1"],
        ["build", "--output", "g.trig", "--workers", "2", "--encoding", "latin-1", "a.txt", "b"],
        ["build", "a.txt", "--output", "g.trig", "b", "--workers", "2", "--encoding", "latin-1"],
    ],
    "query": [
        ["query", "g.trig", "SELECT * WHERE {}", "--format", "csv", "--param", "a=b"],
        ["query", "--format", "csv", "--param", "a=b", "g.trig", "SELECT * WHERE {}"],
        ["query", "g.trig", "--format", "csv", "--param", "a=b", "SELECT * WHERE {}"],
    ],
    "render": [
        ["render", "g.trig", "--output", "g.html", "--focus", "ZTE", "--hops", "2"],
        ["render", "--output", "g.html", "--focus", "ZTE", "--hops", "2", "g.trig"],
    ],
    "export": [
        ["export", "g.trig", "--output", "g.graphml", "--sanctions", "edges"],
        ["export", "--output", "g.graphml", "--sanctions", "edges", "g.trig"],
    ],
    "remove": [
        ["remove", "store", "a", "b"],  # no options but --help: "--" still ends them
        ["remove", "store", "--", "a", "b"],
    ],
    "serve": [
        ["serve", "store", "--port", "7000", "--writable"],
        ["serve", "--port", "7000", "--writable", "store"],
    ],
    "evaluate": [
        ["evaluate", "--gold", "g.tsv", "--carb", "s.txt", "--write", "w.tsv"],
        ["evaluate", "--write", "w.tsv", "--carb", "s.txt", "--gold", "g.tsv"],
    ],
}


def _parsed(argv: list[str]) -> dict[str, object]:
    """What a command line means, without the callables argparse stores."""
    return {
        k: v for k, v in vars(make_parser().parse_args(argv)).items() if k not in ("run", "parser")
    }


def test_every_verb_parses_options_anywhere() -> None:
    # a verb added to COMMANDS gets intermixed parsing from add_subparsers() itself;
    # the table above shows it working for each verb it names
    subparsers: Any = next(a for a in make_parser()._actions if a.dest == "command")
    assert set(ORDERINGS) <= set(COMMANDS) == set(subparsers.choices)
    for verb, parser in subparsers.choices.items():
        assert isinstance(parser, VerbParser), verb


@pytest.mark.parametrize("verb", sorted(ORDERINGS))
def test_options_may_stand_before_or_after_the_positionals(verb: str) -> None:
    first, *others = ORDERINGS[verb]
    expected = _parsed(first)
    for argv in others:
        assert _parsed(argv) == expected, argv


def test_a_query_after_the_format_option_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://w3id.org/kg-news/id/entity/zte> a kg:Company ; rdfs:label "ZTE" .\n',
        encoding="utf-8",
    )
    sparql = "SELECT ?name WHERE { ?c a kg:Company ; rdfs:label ?name }"
    assert main(["query", str(graph), "--format", "csv", sparql]) == 0
    assert capsys.readouterr().out.splitlines() == ["name", "ZTE"]
    assert main(["query", "--format", "json", str(graph), sparql]) == 0
    assert '"value": "ZTE"' in capsys.readouterr().out


def test_a_missing_positional_is_still_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "--output", "g.html"])
    assert exit_info.value.code == 2
    assert "GRAPH" in capsys.readouterr().err


@pytest.mark.model
def test_build_and_render_with_options_first(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Treasury Department sanctioned Huawei.", encoding="utf-8")
    graph, page = tmp_path / "g.trig", tmp_path / "g.html"
    assert main(["build", "--quiet", "--output", str(graph), str(tmp_path / "a.txt")]) == 0
    assert main(["render", "--output", str(page), "--focus", "Huawei", str(graph)]) == 0
    assert "Huawei" in page.read_text(encoding="utf-8")
