"""The Python API: what the ``kg`` command line does, as functions for notebooks.

Each function is a thin call into the same library function the matching CLI verb
calls (``kg build`` → :func:`kg.build.build`, ``kg query`` →
:func:`kg.store.query.query_location`, ``kg render`` → :mod:`kg.render.api`,
``kg export`` → :mod:`kg.store.export`, ``kg remove`` →
:func:`kg.store.oxstore.remove_from_store`, ``kg evaluate`` → :mod:`kg.evaluate`);
what it adds is only the shape a notebook wants: graphs in memory instead of
files, answers as pandas DataFrames, the page shown inline. (``kg serve`` runs a
server until stopped; a notebook reads the store directly instead.)

Wherever a graph is read, it may be an rdflib graph already in memory or a
location: a graph file (``.ttl .trig .nq .nt .jsonld``), a store folder, or a
SPARQL endpoint URL.

>>> g = from_texts(["The Treasury Department sanctioned Huawei."])
>>> query(g, "sanctions")[["imposerName", "targetName", "sanctionKind"]].values.tolist()
[['Treasury Department', 'Huawei', 'Designation']]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd
from rdflib import Dataset, Graph

from kg.build import BuildSummary, Progress, build_dataset
from kg.build import build as _build
from kg.frames import to_frame
from kg.model import Article

if TYPE_CHECKING:
    import networkx as nx

    from kg.evaluate.carb import CarbScore
    from kg.evaluate.gold import GoldReport
    from kg.render.api import RenderOptions, RenderReport
    from kg.render.notebook import GraphPage

#: A graph in memory, or where to read one: a graph file, store folder or endpoint URL.
GraphLike = Graph | str | Path


def _graph(graph: GraphLike) -> Graph:
    if isinstance(graph, Graph):
        return graph
    from kg.store.load import open_graph as _open

    return _open(graph)


def _in_oxigraph(graph: Graph) -> Dataset:
    """``graph`` served by Oxigraph, as :func:`open_graph` serves files.

    Oxigraph answers SPARQL much faster than rdflib's own engine, and the networkx
    view's aggregate queries need its semantics (rdflib's ``GROUP_CONCAT`` fails on
    an unbound ``OPTIONAL``); a graph already there is returned as it is.
    """
    import pyoxigraph as ox

    from kg.store.load import wrap
    from kg.store.oxrdf import PlainOxigraphStore

    if isinstance(graph, Dataset) and isinstance(graph.store, PlainOxigraphStore):
        return graph
    store = ox.Store()
    if isinstance(graph, Dataset):
        data = graph.serialize(format="nquads", encoding="utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    else:
        data = graph.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    return wrap(store, private=True)


def build_into(
    inputs: str | Path | Sequence[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
) -> BuildSummary:
    """Build from files and folders into a graph file or a store, like ``kg build``.

    Args:
        inputs: files or folders of ``.txt .md .html .jsonl`` articles.
        output: graph file to write; its extension picks the format.
        store: store folder (or ``http(s)`` SPARQL endpoint) to add to instead.
        progress: called with (articles done, articles known, words done).
        encoding: of files without a byte-order mark (default UTF-8), as
            ``kg build --encoding``.

    Returns:
        What was built: counts by class and property, and every skipped input.

    Raises:
        KGError: when no article could be read or the target cannot be written.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Huawei develops 5G networks.")
    >>> summary = build_into(folder, store=folder / "store")
    >>> summary.articles, query(folder / "store", "facts")["relation"].tolist()
    (1, ['develops'])
    """
    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    return _build(paths, output=output, store=store, progress=progress, encoding=encoding)


def from_files(
    inputs: str | Path | Sequence[str | Path], *, encoding: str | None = None
) -> Dataset:
    """Build a graph in memory from files and folders of articles.

    Args:
        inputs: files or folders of ``.txt .md .html .jsonl`` articles (unreadable
            files are skipped, as ``kg build`` does).
        encoding: of files without a byte-order mark (default UTF-8).

    Returns:
        An rdflib dataset whose default graph is the union of the article graphs.

    Raises:
        KGError: when no article could be read at all.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text("Huawei develops 5G networks.")
    >>> g = from_files(path)
    >>> query(g, "facts")[["subject", "relation", "object"]].values.tolist()
    [['Huawei', 'develops', '5G networks']]
    >>> _ = path.write_bytes("The Treasury sanctioned Société Générale.".encode("cp1252"))
    >>> query(from_files(path, encoding="cp1252"), "sanctions")["targetName"].tolist()
    ['Société Générale']
    """
    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    return _in_oxigraph(build_dataset(paths, encoding=encoding))


def from_texts(texts: Iterable[str] | Mapping[str, str]) -> Dataset:
    """Build a graph in memory from article texts.

    Args:
        texts: the texts, whose ids become ``text-1``, ``text-2``, ...; or a mapping
            from article id to text.

    Returns:
        An rdflib dataset whose default graph is the union of the article graphs.

    Raises:
        KGError: when there is no text at all.

    >>> g = from_texts({"zte": "ZTE Corporation was fined by the Commerce Department."})
    >>> query(g, "articles")["article"].tolist()
    ['https://w3id.org/kg-news/id/article/zte']
    """
    items = (
        texts.items()
        if isinstance(texts, Mapping)
        else ((f"text-{i}", text) for i, text in enumerate(texts, 1))
    )
    return _in_oxigraph(build_dataset([Article(id=key, text=text) for key, text in items]))


def open_graph(location: str | Path) -> Dataset:
    """Open a graph file, a store folder (read-only) or a SPARQL endpoint URL.

    Raises:
        GraphLoadError: one line naming the location when it is missing or malformed.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.trig"
    >>> export(from_texts(["Huawei develops 5G networks."]), path)  # doctest: +ELLIPSIS
    [PosixPath('.../g.trig')]
    >>> len(query(open_graph(path), "entities"))
    2
    """
    from kg.store.load import open_graph as _open

    return _open(location)


def query(graph: GraphLike, sparql_or_name: str, **params: str | None) -> pd.DataFrame:
    """Run a read-only SPARQL query, or a named one, and return the answer as a table.

    Args:
        graph: a graph in memory, or a graph file, store folder or endpoint URL.
        sparql_or_name: SPARQL text, or the name of a shipped query
            (:func:`list_queries`: ``sanctions``, ``facts``, ``evidence``, ...).
        **params: values bound to the query's variables as string literals
            (``query(g, "sanctions", kind="Fine")``; ``**{"class": "Company"}``
            for a name that is a Python keyword).

    Returns:
        One column per variable with Python values: IRIs and strings as ``str``,
        numbers as ``int``/``float``/``Decimal``, ``xsd:date`` as ``datetime.date``
        (see :mod:`kg.frames`). The prefixes ``kg:``, ``rdfs:``, ``skos:``,
        ``dcterms:`` ... need no ``PREFIX`` line.

    Raises:
        QueryError: for malformed SPARQL, an update, or an unknown name or parameter.

    >>> g = from_texts(["Huawei develops 5G networks."])
    >>> query(g, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Technology }")["n"].tolist()
    [1]
    >>> query(g, "entities", name="hua")["label"].tolist()
    ['Huawei']
    """
    from kg.store.query import named_queries, query_location, run_named, run_query

    if not isinstance(graph, Graph):
        return to_frame(query_location(graph, sparql_or_name, params=params))  # type: ignore[arg-type]
    if sparql_or_name in named_queries():
        return to_frame(run_named(graph, sparql_or_name, params))  # type: ignore[arg-type]
    return to_frame(run_query(graph, sparql_or_name, params))


def remove_articles(store: str | Path, ids: str | Sequence[str]) -> list[str]:
    """Take articles, and what only they said, out of a store folder, like ``kg remove``.

    Args:
        store: a store folder made by :func:`build_into`.
        ids: article ids (the ``articles`` query lists them: the IRI's last part).

    Returns:
        The ids that were in the store (and are now gone).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Huawei develops 5G networks.")
    >>> _ = (folder / "b.txt").write_text("The Treasury Department sanctioned ZTE.")
    >>> _ = build_into(folder, store=folder / "store")
    >>> remove_articles(folder / "store", ["a", "missing"])
    ['a']
    >>> query(folder / "store", "articles")["article"].str.rsplit("/", n=1).str[-1].tolist()
    ['b']
    """
    from kg.store.oxstore import remove_from_store

    return remove_from_store(Path(store), [ids] if isinstance(ids, str) else list(ids))


def list_queries() -> pd.DataFrame:
    """The shipped named queries (``kg query --list``): name, description, parameters.

    >>> table = list_queries()
    >>> table.set_index("name").loc["sanctions", "params"]
    ['target', 'imposer', 'kind']
    """
    from kg.store.query import named_queries

    rows = [
        {"name": q.name, "description": q.description, "params": list(q.params)}
        for q in named_queries().values()
    ]
    return pd.DataFrame(rows, columns=["name", "description", "params"])


def _render_options(options: Mapping[str, Any]) -> RenderOptions:
    from kg.render.api import RenderOptions

    return RenderOptions.of(**options)


def render_html(graph: GraphLike, output: str | Path, **options: Any) -> RenderReport:
    """Write the interactive, self-contained HTML page of a graph, like ``kg render``.

    Args:
        graph: a graph in memory, or a graph file or store folder.
        output: the ``.html`` file to write (atomically).
        **options: :class:`~kg.render.api.RenderOptions` fields: ``focus``, ``hops``,
            ``classes``, ``properties``, ``since``, ``until``, ``min_confidence``,
            ``max_nodes``, ``title`` (see :meth:`~kg.render.api.RenderOptions.of`).

    Returns:
        What was drawn and what was left out (``report.notes`` says why).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> report = render_html(from_texts(["Huawei develops 5G networks."]), out, title="Demo")
    >>> report.nodes, report.edges, "<title>Demo</title>" in out.read_text()
    (2, 1, True)
    """
    from kg.render.api import render_file
    from kg.render.api import render_html as _render_html

    chosen = _render_options(options)
    if isinstance(graph, Graph):
        return _render_html(graph, Path(output), chosen)
    return render_file(graph, Path(output), chosen)


def show(graph: GraphLike, *, height: int = 640, **options: Any) -> GraphPage:
    """The interactive page, for a notebook cell to show inline (no server, no file).

    Args:
        graph: a graph in memory, or a graph file or store folder.
        height: the frame's height in pixels.
        **options: as for :func:`render_html` (``focus="Huawei", hops=2``, ...).

    >>> page = show(from_texts(["Huawei develops 5G networks."]), focus="Huawei")
    >>> page.report.nodes, page._repr_html_().startswith("<iframe")
    (2, True)
    """
    from kg.render.notebook import display

    _render_options(options)  # the same check and message as render_html()
    return display(_graph(graph), height=height, **options)


def export(
    graph: GraphLike, output: str | Path, sanctions: Literal["nodes", "edges"] = "nodes"
) -> list[Path]:
    """Write a graph in the format ``output``'s extension names, like ``kg export``.

    RDF (``.ttl .trig .nq .nt .jsonld``) keeps every triple; ``.graphml``, ``.gexf``
    and ``.csv`` (two files) hold the entity graph of :func:`to_networkx`.

    Returns:
        The files written.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.csv"
    >>> [p.name for p in export(from_texts(["Huawei develops 5G networks."]), out)]
    ['g.nodes.csv', 'g.edges.csv']
    """
    from kg.store.export import export as _export
    from kg.store.export import export_dataset

    if isinstance(graph, Graph):
        return export_dataset(_in_oxigraph(graph), Path(output), sanctions)
    return _export(graph, Path(output), sanctions)


def to_networkx(
    graph: GraphLike, sanctions: Literal["nodes", "edges"] = "nodes"
) -> nx.MultiDiGraph:
    """Entities and their relations as a ``networkx.MultiDiGraph`` for graph analytics.

    Nodes are keyed by IRI with ``label``, ``cls`` (ontology class), ``aliases`` and
    ``articles``; edges are keyed by property with ``relation``, ``evidence``,
    ``confidence`` and an example ``sentence``. ``sanctions="nodes"`` keeps each
    sanction as a node with ``target``/``imposedBy`` edges; ``"edges"`` collapses it
    to one ``sanctions`` edge from government to target, carrying ``kind``,
    ``amount``, ``currency`` and ``date``.

    >>> g = from_texts(["The Treasury Department sanctioned Huawei."])
    >>> nx_graph = to_networkx(g, sanctions="edges")
    >>> [(nx_graph.nodes[s]["label"], d["kind"], nx_graph.nodes[t]["label"])
    ...  for s, t, d in nx_graph.edges(data=True)]
    [('Treasury Department', 'Designation', 'Huawei')]
    """
    from kg.store.tonetworkx import to_networkx as _to_networkx

    return _to_networkx(_in_oxigraph(_graph(graph)), sanctions=sanctions)


def evaluate_gold(gold: str | Path, root: str | Path | None = None) -> GoldReport:
    """Build the articles a gold file names and score the graph, like ``kg evaluate --gold``.

    Args:
        gold: a ``*.gold.jsonl`` file (format in DESIGN.md).
        root: the folder its ``doc`` paths are relative to (default: the folder above
            the gold file's folder).

    Returns:
        Precision, recall and F1 for facts (overall and per property), entity typing
        and precision per confidence band; ``print(report.format())`` shows them.

    >>> import json, tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "a.txt").write_text("The Treasury Department sanctioned Huawei.")
    >>> gold = {"doc": "a.txt", "entities": [
    ...     {"id": "e1", "name": "Huawei", "type": "Company"},
    ...     {"id": "e2", "name": "Treasury Department", "type": "Government"}],
    ...     "facts": [{"s": "e2", "p": "sanctions", "o": "e1", "kind": "Designation"}]}
    >>> _ = (root / "a.gold.jsonl").write_text(json.dumps(gold))
    >>> evaluate_gold(root / "a.gold.jsonl", root=root).facts.f1
    1.0
    """
    from kg.evaluate.gold import evaluate_gold as _evaluate_gold

    return _evaluate_gold(gold, root=root)


def evaluate_carb(
    sentences: str | Path, gold: str | Path, write: str | Path | None = None
) -> CarbScore:
    """Score the open-triple extractor on CaRB, like ``kg evaluate --carb``.

    Args:
        sentences: one tokenised sentence a line (CaRB's ``dev.txt``).
        gold: CaRB's gold tuples (``.tsv``).
        write: where to save the system's tuples, if anywhere.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "s.txt").write_text("Huawei makes phones .\\n")
    >>> _ = (folder / "g.tsv").write_text("Huawei makes phones .\\tmakes\\tHuawei\\tphones\\n")
    >>> score = evaluate_carb(folder / "s.txt", folder / "g.tsv")
    >>> score.n_sentences, score.recall > 0
    (1, True)
    """
    from kg.evaluate.carb import evaluate_carb as _evaluate_carb

    return _evaluate_carb(
        Path(sentences), Path(gold), write=Path(write) if write is not None else None
    )


__all__ = [
    "GraphLike",
    "build_into",
    "evaluate_carb",
    "evaluate_gold",
    "export",
    "from_files",
    "from_texts",
    "list_queries",
    "open_graph",
    "query",
    "remove_articles",
    "render_html",
    "show",
    "to_networkx",
]
