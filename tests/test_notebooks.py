"""The notebooks run end to end with a real Jupyter kernel and show what they promise."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbrun import NOTEBOOKS, errors, execute

pytestmark = [pytest.mark.notebook, pytest.mark.model, pytest.mark.slow]


def _outputs(notebook: nbformat.NotebookNode, marker: str) -> list[dict]:
    """The outputs of the code cell whose source contains ``marker``."""
    cells = [c for c in notebook.cells if c.cell_type == "code" and marker in c.source]
    assert len(cells) == 1, f"expected one cell with {marker!r}"
    return list(cells[0].outputs)


def _text(outputs: list[dict]) -> str:
    return "".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in outputs)


@pytest.mark.parametrize("name", ["explore.ipynb", "sparql.ipynb"])
def test_notebooks_are_stored_without_outputs(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_explore_runs_and_answers_the_analysts_questions() -> None:
    notebook = execute(NOTEBOOKS / "explore.ipynb")
    assert errors(notebook) == []
    # sanctions come back with real dates, not strings
    assert "reported dates are date" in _text(_outputs(notebook, "SANCTIONS = "))
    # the evidence behind a fact names its sentence, rule and confidence
    evidence = _text(_outputs(notebook, "first = evidence.iloc[0]"))
    assert "rule " in evidence and "confidence " in evidence
    # the focused graph is drawn inline, as a sandboxed page holding its nodes
    shown = _outputs(notebook, "kg.show(")
    page = next(o["data"]["text/html"] for o in shown if "text/html" in o.get("data", {}))
    assert page.startswith("<iframe sandbox=") and "vis.Network" in page
    assert int(_text(shown).split()[0]) > 1  # "N nodes and M edges around ..."


def test_sparql_runs_every_query_to_a_table() -> None:
    notebook = execute(NOTEBOOKS / "sparql.ipynb")
    assert errors(notebook) == []
    tables = [
        cell for cell in notebook.cells if cell.cell_type == "code" and "kg.query(" in cell.source
    ]
    assert len(tables) >= 12
    for cell in tables:  # every query cell ends in a DataFrame shown as HTML
        html = [o for o in cell.outputs if "text/html" in o.get("data", {})]
        assert html and "<table" in html[-1]["data"]["text/html"], cell.source[:60]
    assert "Evidence" in json.dumps(_outputs(notebook, "?c a owl:Class"))
