"""Open a graph for reading: a graph file, a store folder, or a SPARQL endpoint URL.

Whatever the source, the result is an rdflib :class:`~rdflib.Dataset` whose default
graph is the union of the named graphs. A file's SPARQL reads their RDF merge, where a
triple several articles state is one triple; a store folder's and an endpoint's union
repeat it once per graph holding it (Oxigraph 0.5), so ad-hoc queries there need
``DISTINCT`` (the shipped queries are written so). Files and stores are served by Oxigraph
under rdflib's API (``oxrdflib``), so SPARQL over them is fast; stores open
read-only.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "bad.ttl"
>>> _ = path.write_text("@prefix x: <http://x/> .\\nx:a x:b .\\n")
>>> open_graph(path)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.GraphLoadError: ...bad.ttl: not valid Turtle (line 2 column 9: ...)
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import GraphLoadError
from kg.store.formats import bind_prefixes, format_of
from kg.store.oxrdf import PlainOxigraphStore

_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
}


def is_url(location: str | Path) -> bool:
    """True for an ``http(s)://`` location (a SPARQL endpoint).

    >>> is_url("http://127.0.0.1:7878/"), is_url("graph.ttl")
    (True, False)
    """
    return str(location).startswith(("http://", "https://"))


def wrap(store: ox.Store, *, private: bool = False) -> Dataset:
    """An rdflib dataset over an Oxigraph store, querying the union of its graphs.

    ``private``: the store is this dataset's own copy (a file loaded into memory), so
    SPARQL may read the merge of the graphs, each triple once, where Oxigraph's union
    would repeat a triple once per graph holding it (:mod:`kg.store.oxrdf`).
    """
    dataset = Dataset(store=PlainOxigraphStore(store=store, union_view=private), default_union=True)
    bind_prefixes(dataset)
    return dataset


def _syntax_message(err: Exception) -> str:
    message = err.msg if isinstance(err, SyntaxError) and err.msg else str(err)
    text = message.strip().splitlines()[0] if message.strip() else type(err).__name__
    # Oxigraph says "Parser error between line 3 column 9 and line 4 column 1: ..."
    match = re.match(r"Parser error (?:at|between) (line \d+ column \d+)[^:]*: (.*)", text)
    if match:
        return f"{match.group(1)}: {match.group(2)}"
    return text


def load_file(path: Path) -> ox.Store:
    """Parse a graph file into an in-memory Oxigraph store."""
    fmt = format_of(path)
    if not path.exists():
        raise GraphLoadError(f"{path}: no such file")
    if not path.is_file():
        raise GraphLoadError(f"{path}: not a file")
    store = ox.Store()
    try:
        store.load(path=str(path), format=_OX_FORMATS[fmt.name])
    except SyntaxError as err:
        raise GraphLoadError(f"{path}: not valid {fmt.label} ({_syntax_message(err)})") from err
    except (OSError, ValueError) as err:
        raise GraphLoadError(f"{path}: cannot read {fmt.label} ({_syntax_message(err)})") from err
    return store


def open_graph(location: str | Path) -> Dataset:
    """Open a graph file, a store folder (read-only) or a SPARQL endpoint URL.

    Raises :class:`~kg.errors.GraphLoadError` with one line naming the location when
    it is missing, malformed or not a graph.

    >>> open_graph("missing.trig")
    Traceback (most recent call last):
    ...
    kg.errors.GraphLoadError: missing.trig: no such file
    """
    if is_url(location):
        from kg.store.remote import open_remote

        return open_remote(str(location))
    path = Path(location)
    if path.is_dir():
        from kg.store.oxstore import open_store_read_only

        store, lock = open_store_read_only(path)
        dataset = wrap(store)
        if lock is not None:
            # The shared lock keeps builds out for as long as the dataset is in use.
            weakref.finalize(dataset, lock.close)
        return dataset
    return wrap(load_file(path), private=True)
