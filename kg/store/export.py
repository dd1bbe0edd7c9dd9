"""``kg export``: write a graph file, store or endpoint in another format.

RDF formats (``.ttl .trig .nq .nt .jsonld``) keep every triple; ``.graphml`` and
``.gexf`` hold the entity graph of :func:`~kg.store.tonetworkx.to_networkx`;
``X.csv`` writes two files, ``X.nodes.csv`` and ``X.edges.csv``; ``X.ftm.json``
FollowTheMoney entities as JSON lines (:mod:`kg.store.ftm`). Every file is written
atomically.

>>> csv_paths(Path("out/graph.csv"))
(PosixPath('out/graph.nodes.csv'), PosixPath('out/graph.edges.csv'))
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import StoreError
from kg.store.formats import FORMATS, PREFIXES, atomic_open, write_dataset
from kg.store.load import open_graph
from kg.store.oxrdf import PlainOxigraphStore
from kg.store.tonetworkx import to_networkx

#: Everything ``kg export`` writes, by extension.
EXPORT_FORMATS = (*FORMATS, ".graphml", ".gexf", ".csv", ".ftm.json")
_OX_DUMP = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}


def csv_paths(output: Path) -> tuple[Path, Path]:
    """Where ``X.csv`` puts its nodes and edges."""
    stem = output.with_suffix("")
    return stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".edges.csv")


def _write(path: Path, writer: Callable[[IO[bytes]], object]) -> None:
    try:
        with atomic_open(path) as handle:
            writer(handle)
    except OSError as err:
        raise StoreError(f"{path}: cannot write ({err.strerror or err})") from err


def _csv_bytes(rows: list[dict[str, Any]], first: list[str]) -> bytes:
    columns = first + sorted({k for row in rows for k in row} - set(first))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_csv(graph: nx.MultiDiGraph, output: Path) -> list[Path]:
    """Nodes (``id`` first) and edges (``source, target, relation`` first) as CSV."""
    nodes_path, edges_path = csv_paths(output)
    nodes = [{"id": n, **d} for n, d in graph.nodes(data=True)]
    edges = [{"source": s, "target": t, **d} for s, t, d in graph.edges(data=True)]
    nodes_csv = _csv_bytes(nodes, ["id", "label", "cls"])
    edges_csv = _csv_bytes(edges, ["source", "target", "relation"])
    _write(nodes_path, lambda out: out.write(nodes_csv))
    _write(edges_path, lambda out: out.write(edges_csv))
    return [nodes_path, edges_path]


def export_dataset(
    dataset: Dataset, output: Path, sanctions: Literal["nodes", "edges"] = "nodes"
) -> list[Path]:
    """Write ``dataset`` to ``output`` in the format its extension names."""
    if output.name.lower().endswith(".ftm.json"):
        from kg.store.ftm import write_ftm  # FtM takes seconds to import: only when asked

        return write_ftm(dataset, output)
    suffix = output.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        allowed = " ".join(EXPORT_FORMATS)
        raise StoreError(f"{output}: cannot export to {suffix or 'no extension'!r} (use {allowed})")
    store = dataset.store
    if suffix in _OX_DUMP and isinstance(store, PlainOxigraphStore):
        # Oxigraph writes quads itself, much faster than rdflib's serialisers.
        fmt = _OX_DUMP[suffix]
        prefixes = PREFIXES if suffix == ".trig" else None
        _write(output, lambda out: store.dump(out, fmt, prefixes=prefixes))
        return [output]
    if suffix in FORMATS:
        write_dataset(dataset, output)
        return [output]
    graph = to_networkx(dataset, sanctions=sanctions)
    if suffix == ".csv":
        return write_csv(graph, output)
    if suffix == ".graphml":
        _write(output, lambda out: nx.write_graphml(graph, out))
    else:
        _write(output, lambda out: nx.write_gexf(graph, out))
    return [output]


def export(
    location: str | Path, output: Path, sanctions: Literal["nodes", "edges"] = "nodes"
) -> list[Path]:
    """Open a graph file, store or endpoint read-only and export it; returns the files.

    >>> export("missing.trig", Path("x.ttl"))
    Traceback (most recent call last):
    ...
    kg.errors.GraphLoadError: missing.trig: no such file
    """
    return export_dataset(open_graph(location), output, sanctions)
