"""The interactive HTML graph page (pyvis / vis-network) and its notebook display.

>>> from rdflib import Graph
>>> page = to_html_string(Graph(), RenderOptions.of(title="Empty"))
>>> "<title>Empty</title>" in page
True
"""

from kg.render.api import (
    RenderError,
    RenderOptions,
    RenderReport,
    render_file,
    render_html,
    render_page,
    to_html_string,
)
from kg.render.notebook import GraphPage, display
from kg.render.select import SelectionError

__all__ = [
    "GraphPage",
    "RenderError",
    "RenderOptions",
    "RenderReport",
    "SelectionError",
    "display",
    "render_file",
    "render_html",
    "render_page",
    "to_html_string",
]
