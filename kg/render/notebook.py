"""Show the graph page inline in Jupyter: an ``<iframe srcdoc>``, no server, no file.

The iframe is sandboxed to scripts only, so the page cannot reach the notebook.

>>> from rdflib import Graph
>>> shown = display(Graph(), title="Empty", height=300)
>>> html = shown._repr_html_()
>>> html.startswith('<iframe sandbox="allow-scripts allow-popups') and 'height="300"' in html
True
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from rdflib import Graph

from kg.render.api import RenderOptions, RenderReport, render_page


@dataclass(frozen=True, slots=True)
class GraphPage:
    """A rendered page that Jupyter shows inline (it has ``_repr_html_``)."""

    html: str
    report: RenderReport
    height: int = 640

    def _repr_html_(self) -> str:
        # popups let a source link open in a new tab; nothing else leaves the frame
        return (
            '<iframe sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'style="width:100%;border:1px solid #ddd" height="{int(self.height)}" '
            f'srcdoc="{html.escape(self.html, quote=True)}"></iframe>'
        )


def display(graph: Graph, height: int = 640, **options: Any) -> GraphPage:
    """The page for ``graph``, for a notebook cell to show.

    ``options`` are the fields :meth:`~kg.render.api.RenderOptions.of` takes
    (``focus``, ``hops``, ``classes``, ``since``, ``title``, ...); sets may be lists.
    """
    render_options = RenderOptions.of(height=f"{int(height) - 4}px", **options)
    page, report = render_page(graph, render_options)
    return GraphPage(page, report, height)
