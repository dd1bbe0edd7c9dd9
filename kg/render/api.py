"""Render a graph to a self-contained HTML page: the library entry points.

>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from kg.store.namespace import ENT, KG
>>> g = Graph()
>>> _ = g.add((ENT.huawei, RDF.type, KG.Company))
>>> _ = g.add((ENT.huawei, RDFS.label, Literal("Huawei")))
>>> page, report = render_page(g, RenderOptions.of(title="Demo"))
>>> page.startswith("<!DOCTYPE html>"), report.nodes, report.layout
(True, 1, 'networkx')
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import KGError
from kg.render.page import PageOptions, build_page
from kg.render.select import SelectOptions, find_entity, select_view
from kg.render.view import extract_view


class RenderError(KGError):
    """The page cannot be written where asked."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What to draw (``select``: filters, focus, node cap, applied before the page is
    written; the page's own filters then work within what was drawn) and how to
    draw it (``page``: title, layout, height, grouping).

    :meth:`of` takes the fields of both by name, as the CLI and notebooks give them.

    >>> RenderOptions.of(focus="Huawei", title="Near Huawei").select.focus
    'Huawei'
    """

    select: SelectOptions = field(default_factory=SelectOptions)
    page: PageOptions = field(default_factory=PageOptions)

    @classmethod
    def of(cls, **values: Any) -> RenderOptions:
        """Options from flat field names of :class:`SelectOptions` and
        :class:`PageOptions`; sets may be given as lists.

        >>> options = RenderOptions.of(classes=["Company"], hops=2, height="500px")
        >>> sorted(options.select.classes), options.select.hops, options.page.height
        (['Company'], 2, '500px')
        >>> RenderOptions.of(colour="red")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        TypeError: unknown render option 'colour' (known: classes, focus, ...)
        """
        select_names = {f.name for f in fields(SelectOptions)}
        page_names = {f.name for f in fields(PageOptions)}
        unknown = sorted(set(values) - select_names - page_names)
        if unknown:
            known = ", ".join(sorted(select_names | page_names))
            raise TypeError(f"unknown render option {unknown[0]!r} (known: {known})")
        for key in ("classes", "properties"):
            if values.get(key) is not None:
                values[key] = frozenset(values[key])
        return cls(
            select=SelectOptions(**{k: v for k, v in values.items() if k in select_names}),
            page=PageOptions(**{k: v for k, v in values.items() if k in page_names}),
        )


@dataclass(slots=True)
class RenderReport:
    """What was drawn and what was left out; the CLI prints ``notes``."""

    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    omitted_nodes: int
    omitted_edges: int
    layout: str  # "networkx" (precomputed, the default) or "physics" (vis-network settles it)
    seconds: float = 0.0
    bytes: int = 0
    output: Path | None = None
    notes: list[str] = field(default_factory=list)


def render_page(graph: Graph, options: RenderOptions | None = None) -> tuple[str, RenderReport]:
    """The page for ``graph`` as a string, and the report of what it holds.

    >>> from kg.render.synthetic import synthetic_graph
    >>> page, report = render_page(synthetic_graph(200), RenderOptions.of(max_nodes=150))
    >>> report.nodes, report.total_nodes, report.layout, report.notes[0][:30]
    (150, 200, 'networkx', 'drew the 150 most connected no')
    """
    options = options or RenderOptions()
    started = time.perf_counter()
    view = extract_view(graph)
    selection = select_view(view, options.select)
    focus = find_entity(view, options.select.focus) if options.select.focus else None
    page = build_page(selection.view, options.page, focus)
    drawn = len(selection.view.nodes)
    report = RenderReport(
        nodes=drawn,
        edges=len(selection.view.edges),
        total_nodes=selection.total_nodes,
        total_edges=selection.total_edges,
        omitted_nodes=selection.omitted_nodes,
        omitted_edges=selection.omitted_edges,
        layout="networkx" if drawn > options.page.physics_threshold else "physics",
        seconds=time.perf_counter() - started,
        bytes=len(page.encode("utf-8")),
        notes=list(selection.notes),
    )
    return page, report


def to_html_string(graph: Graph, options: RenderOptions | None = None) -> str:
    """The self-contained HTML page for ``graph``.

    >>> from rdflib import Graph
    >>> "vis.Network" in to_html_string(Graph())
    True
    """
    return render_page(graph, options)[0]


def render_html(graph: Graph, output: Path, options: RenderOptions | None = None) -> RenderReport:
    """Write the page for ``graph`` to ``output`` atomically and report on it.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from rdflib import Graph
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     report = render_html(Graph(), Path(tmp) / "g.html")
    ...     report.output.name, report.output.stat().st_size > 100_000
    ('g.html', True)
    """
    page, report = render_page(graph, options)
    output = Path(output)
    if not output.parent.is_dir():
        raise RenderError(f"{output}: folder {output.parent} does not exist; create it first")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(page)
        os.replace(tmp, output)
    except OSError as err:
        raise RenderError(f"{output}: cannot write the page ({err.strerror})") from err
    report.output = output
    return report


def render_file(
    location: str | Path, output: Path, options: RenderOptions | None = None
) -> RenderReport:
    """Open a graph file or store folder (:func:`kg.store.load.open_graph`) and
    write its page to ``output``.

    >>> render_file("missing.trig", Path("out.html"))
    Traceback (most recent call last):
    ...
    kg.errors.GraphLoadError: missing.trig: no such file
    """
    from kg.store.load import open_graph

    return render_html(open_graph(location), output, options)
