"""``kg render`` from the command line: options, messages, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_render_data import sample_graph

from kg.cli import main


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "sample.trig"
    sample_graph().serialize(path, format="trig")
    return path


def test_render_writes_the_page_and_says_what_it_holds(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "graph.html"
    assert main(["render", str(graph_file), "--output", str(out)]) == 0
    printed = capsys.readouterr()
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "13 nodes and 9 edges (of 13 and 9)" in printed.out
    assert "layout by networkx" in printed.out
    assert "sample.trig" in out.read_text(encoding="utf-8").split("</title>")[0]


def test_focus_draws_the_neighbourhood(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "focus.html"
    args = ["render", str(graph_file), "-o", str(out), "--focus", "Alibaba", "--hops", "1"]
    assert main(args) == 0
    assert "3 nodes and 2 edges" in capsys.readouterr().out


def test_filters_and_the_node_cap_note(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "f.html"
    args = ["render", str(graph_file), "-o", str(out), "--classes", "company,technology"]
    assert main([*args, "--min-confidence", "0.85"]) == 0
    assert "2 nodes and 1 edges" in capsys.readouterr().out
    assert main(["render", str(graph_file), "-o", str(out), "--since", "2021-11"]) == 0
    assert "7 nodes and 5 edges" in capsys.readouterr().out
    assert main(["render", str(graph_file), "-o", str(out), "--max-nodes", "5"]) == 0
    captured = capsys.readouterr()
    assert "5 nodes" in captured.out
    assert captured.err.startswith("kg: note: drew the 5 most connected nodes of 13")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--classes", "Compnay"], "unknown class 'Compnay'"),
        (["--properties", "owns"], "unknown property 'owns'"),
        (["--since", "last year"], "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--min-confidence", "2"], "expected a number from 0 to 1"),
        (["--hops", "-1"], "expected a whole number"),
    ],
)
def test_bad_options_are_usage_errors(
    graph_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render", str(graph_file), "-o", str(tmp_path / "x.html"), *extra])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Alibaba Grop"], "no entity named 'Alibaba Grop' in the graph; did you mean"),
        (["--focus", "Yanjun Xu", "--classes", "Company"], "the filters leave it out"),
    ],
)
def test_unknown_focus_is_one_line_and_exit_1(
    graph_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.html"
    assert main(["render", str(graph_file), "-o", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_missing_graph_and_missing_output_folder_exit_1(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(tmp_path / "nope.trig"), "-o", str(tmp_path / "x.html")]) == 1
    assert "nope.trig" in capsys.readouterr().err
    assert main(["render", str(graph_file), "-o", str(tmp_path / "no" / "x.html")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
