"""Run the notebooks with a real Jupyter kernel, and render them as static HTML.

The kernel is this interpreter (``sys.executable -m ipykernel_launcher``), whatever
kernelspecs are or are not installed, so a fresh ``make`` venv runs them as it is;
it starts in ``notebooks/`` (the notebooks read ``../data``) and imports ``kg``
from this checkout.

    python tests/nbrun.py            # execute both and write docs/notebooks/*.html

>>> page = to_html(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hi <b>")]))
>>> "<h1>Hi &lt;b&gt;</h1>" in page
True
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
DOCS = ROOT / "docs" / "notebooks"


class ThisPython(KernelSpecManager):
    """Every kernel name means this interpreter with ipykernel."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        return KernelSpec(argv=argv, display_name="Python 3 (kg)", language="python")


def execute(path: Path, timeout: int = 300) -> nbformat.NotebookNode:
    """Execute the notebook at ``path`` top to bottom; the first error raises
    ``nbclient.exceptions.CellExecutionError`` naming the cell."""
    notebook = nbformat.read(path, as_version=4)
    previous = os.environ.get("PYTHONPATH")
    # the kernel imports kg from this checkout, as pytest's own imports do
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), previous]))
    try:
        manager = KernelManager(kernel_name="python3", kernel_spec_manager=ThisPython())
        client = NotebookClient(
            notebook,
            km=manager,
            timeout=timeout,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()
    finally:
        if previous is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = previous
    return notebook


def errors(notebook: nbformat.NotebookNode) -> list[str]:
    """``ename: evalue`` of every error output (none when all cells ran)."""
    return [
        f"{out.get('ename')}: {out.get('evalue')}"
        for cell in notebook.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]


def _markdown(text: str) -> str:
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # rich brings it with spaCy; plain text if not
        return f"<pre>{html.escape(text)}</pre>"
    return str(MarkdownIt("commonmark", {"html": False}).render(text))


def _output(out: Any) -> str:
    kind = out.get("output_type")
    if kind == "stream":
        return f'<pre class="stream">{html.escape(out.get("text", ""))}</pre>'
    if kind == "error":
        message = f"{out.get('ename', '')}: {out.get('evalue', '')}"
        return f'<pre class="error">{html.escape(message)}</pre>'
    data = out.get("data", {})
    if "text/html" in data:
        # produced by pandas and kg's own page, which escape the article text they show
        return f'<div class="html">{data["text/html"]}</div>'
    if "text/plain" in data:
        return f"<pre>{html.escape(data['text/plain'])}</pre>"
    return ""


_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
pre { background: #f6f8fa; padding: .6em; overflow-x: auto; font-size: 13px; }
pre.code { border-left: 3px solid #4a7bd0; }
pre.error { background: #fde8e8; }
div.html { overflow-x: auto; font-size: 13px; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: 2px 6px; }
"""


def to_html(notebook: nbformat.NotebookNode, title: str = "notebook") -> str:
    """A static page of the notebook: prose, code and the outputs it was saved with."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>',
        f"<style>{_STYLE}</style></head><body>",
    ]
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            parts.append(_markdown(cell.source))
        elif cell.cell_type == "code":
            parts.append(f'<pre class="code"><code>{html.escape(cell.source)}</code></pre>')
            parts.extend(_output(out) for out in cell.get("outputs", []))
    parts.append("</body></html>")
    return "\n".join(parts)


def main() -> int:
    """Execute every notebook and write its rendered copy to ``docs/notebooks/``."""
    DOCS.mkdir(parents=True, exist_ok=True)
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        notebook = execute(path)
        out = DOCS / f"{path.stem}.html"
        tmp = out.with_suffix(".html.tmp")
        tmp.write_text(to_html(notebook, f"kg: {path.stem}"), encoding="utf-8")
        os.replace(tmp, out)
        print(f"wrote {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
