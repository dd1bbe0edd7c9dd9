"""Graph file formats: which extension means what, and atomic writing.

TriG and N-Quads keep the named graphs; Turtle and JSON-LD flatten them into one graph
(the union, which is what queries see anyway).

>>> format_of("out/graph.trig").name
'trig'
>>> format_of("graph.xml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.GraphLoadError: graph.xml: unknown graph format '.xml' (use .ttl, .trig, ...)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.errors import GraphLoadError, StoreError
from kg.store.namespace import ART, ENT, EVI, KG, SAN


@dataclass(frozen=True, slots=True)
class GraphFormat:
    """One RDF serialisation ``kg`` reads and writes."""

    name: str  # short name used in messages
    rdflib: str  # rdflib's serializer/parser plugin name
    label: str  # how a user calls it, e.g. "Turtle"
    datasets: bool  # keeps named graphs


FORMATS: dict[str, GraphFormat] = {
    ".ttl": GraphFormat("turtle", "turtle", "Turtle", False),
    ".trig": GraphFormat("trig", "trig", "TriG", True),
    ".nq": GraphFormat("nquads", "nquads", "N-Quads", True),
    ".nt": GraphFormat("ntriples", "nt", "N-Triples", False),
    ".jsonld": GraphFormat("json-ld", "json-ld", "JSON-LD", False),
}

#: Prefixes written into Turtle/TriG and the JSON-LD ``@context``.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "ent": str(ENT),
    "art": str(ART),
    "san": str(SAN),
    "evi": str(EVI),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "xsd": str(XSD),
}


def format_of(path: str | Path) -> GraphFormat:
    """The format a graph file's extension names; :class:`GraphLoadError` if none."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        allowed = ", ".join(FORMATS)
        raise GraphLoadError(f"{path}: unknown graph format {suffix or '(none)'!r} (use {allowed})")
    return FORMATS[suffix]


def bind_prefixes(graph: Graph) -> None:
    """Bind ``kg``'s prefixes so files read ``kg:Company`` rather than full IRIs."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Write to a temporary file beside ``path``, then rename it over ``path``.

    A failure (or a kill) part-way never leaves a half-written ``path``.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_open(target) as out:
    ...     _ = out.write(b"hello")
    >>> target.read_bytes()
    b'hello'
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise StoreError(f"{target}: folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def flatten(dataset: Dataset) -> Graph:
    """The union of a dataset's graphs as one plain graph (for Turtle and JSON-LD)."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write_dataset(dataset: Dataset, path: str | Path) -> None:
    """Serialise ``dataset`` to ``path`` in the format its extension names, atomically.

    >>> import tempfile, pathlib
    >>> from rdflib import URIRef
    >>> ds = Dataset()
    >>> ds.add((KG.Company, RDF.type, KG.Entity, URIRef("urn:g")))  # doctest: +ELLIPSIS
    <Graph identifier=... (<class 'rdflib.graph.Dataset'>)>
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.nq"
    >>> write_dataset(ds, out)
    >>> out.read_text().count("urn:g")
    1
    """
    fmt = format_of(path)
    write: Callable[[IO[bytes]], None]
    if fmt.datasets:
        bind_prefixes(dataset)

        def write(out: IO[bytes]) -> None:
            dataset.serialize(destination=out, format=fmt.rdflib, encoding="utf-8")

    else:
        graph = flatten(dataset)
        options: dict[str, Any] = {}
        if fmt.name == "json-ld":
            options = {"context": dict(PREFIXES), "auto_compact": True}

        def write(out: IO[bytes]) -> None:
            graph.serialize(destination=out, format=fmt.rdflib, encoding="utf-8", **options)

    try:
        with atomic_open(path) as handle:
            write(handle)
    except OSError as err:
        raise StoreError(f"{path}: cannot write the graph ({err.strerror or err})") from err
