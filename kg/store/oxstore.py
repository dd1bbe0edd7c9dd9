"""The persistent store: Oxigraph on disk, one named graph per article.

Layout of a store folder ``DIR``::

    DIR/oxigraph/   the Oxigraph (RocksDB) database; ``oxigraph serve --location`` it
    DIR/kg.lock     advisory lock: a writer holds it exclusively, readers shared

Each article is written by one SPARQL update (one transaction), entities included,
so a build killed with SIGKILL leaves whole articles only. A second writer is
refused at once rather than queued; so is a writer while a reader has the store open
(Oxigraph's read-only mode is undefined while another process writes).

>>> import tempfile, pathlib
>>> from kg.store.synthetic import synthetic_articles
>>> root = pathlib.Path(tempfile.mkdtemp()) / "store"
>>> sink = StoreSink(root)
>>> a = synthetic_articles(1)[0]
>>> sink.write_article(a.extraction, a.entity_ids, a.entities)
>>> sink.is_unchanged(a.extraction.article.id, a.extraction.article.content_hash)
True
>>> StoreSink(root)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.StoreError: ...store: another build is writing to this store (pid ...); ...
>>> sink.close()
>>> store, lock = open_store_read_only(root)
>>> len(store) > 0
True
>>> lock.close()
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import GraphLoadError, StoreError
from kg.model import ArticleExtraction, ResolvedEntity
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.oxterms import rdflib_term
from kg.store.rdf import article_id_of, article_iri, article_quads, entities_graph_quads
from kg.store.sink import entities_from_triples
from kg.store.updates import article_update, remove_update

DATA = "oxigraph"
LOCK = "kg.lock"


#: The flushed write-ahead log a build may leave in its store (bytes), dropped when the
#: store is next opened for writing; a larger one is dropped at close.
WAL_KEPT_BYTES = 64 << 20


def wal_bytes(root: Path) -> int:
    """The size of the write-ahead log files (``*.log``) of a store folder's database."""
    total = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(data_dir(root)):
            if entry.name.endswith(".log"):
                with contextlib.suppress(OSError):
                    total += entry.stat().st_size
    return total


def data_dir(root: Path) -> Path:
    """The Oxigraph database inside a store folder.

    >>> data_dir(Path("stores/news"))
    PosixPath('stores/news/oxigraph')
    """
    return root / DATA


#: What Oxigraph raises on a folder it cannot open: OSError, or RuntimeError for a
#: damaged database ("Corruption: CURRENT file does not end with newline").
OX_ERRORS = (OSError, RuntimeError)


def is_store(root: Path) -> bool:
    """True when ``root`` is a ``kg`` store folder."""
    return data_dir(root).is_dir()


def _try_flock(handle: IO[str], exclusive: bool) -> bool:
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def lock_store(root: Path, exclusive: bool) -> IO[str]:
    """Take the store's lock (exclusive for a writer, shared for a reader) or raise
    :class:`~kg.errors.StoreError` saying who holds it."""
    handle = open(root / LOCK, "a+", encoding="utf-8")  # noqa: SIM115 - held past return
    locked = _try_flock(handle, exclusive)
    if not locked and exclusive:
        # A dataset this process opened for reading may be garbage not yet collected
        # (rdflib graphs hold reference cycles); its shared lock goes with it.
        gc.collect()
        locked = _try_flock(handle, exclusive)
    if not locked:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        if exclusive and holder:
            raise StoreError(
                f"{root}: another build is writing to this store ({holder}); "
                "wait for it to finish or stop it"
            )
        if exclusive:
            raise StoreError(
                f"{root}: the store is open for reading (kg query, kg serve or a notebook); "
                "close the reader first"
            )
        raise StoreError(f"{root}: a build is writing to this store ({holder}); try again later")
    if exclusive:
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
    return handle


def unlock_store(handle: IO[str], writer: bool = False) -> None:
    """Release a lock taken by :func:`lock_store`."""
    with contextlib.suppress(OSError, ValueError):
        if writer:
            handle.truncate(0)  # the holder note describes a live writer only
        handle.close()  # closing the file releases the flock


def open_store_read_only(root: Path) -> tuple[ox.Store, IO[str] | None]:
    """Open a store folder (or a bare Oxigraph folder) read-only.

    Returns the store and the shared lock to hold while reading (close it when
    done). Raises :class:`~kg.errors.GraphLoadError` if ``root`` is not a store and
    :class:`~kg.errors.StoreError` while a build is writing to it.
    """
    if is_store(root):
        handle = lock_store(root, exclusive=False)
        try:
            return ox.Store.read_only(str(data_dir(root))), handle
        except OX_ERRORS as err:
            handle.close()
            raise GraphLoadError(f"{root}: cannot open the store ({err})") from err
    if (root / "CURRENT").is_file():  # an Oxigraph folder made by other tools
        try:
            return ox.Store.read_only(str(root)), None
        except OX_ERRORS as err:
            raise GraphLoadError(f"{root}: cannot open the Oxigraph store ({err})") from err
    raise GraphLoadError(f"{root}: not a kg store (no {DATA}/ folder inside)")


class StoreSink:
    """A :class:`~kg.store.sink.GraphSink` over an on-disk Oxigraph store."""

    def __init__(self, root: Path) -> None:
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root}: not a folder (a store is a folder)")
        # (a lock file alone: a store whose database could not be created)
        if root.is_dir() and any(p.name != LOCK for p in root.iterdir()) and not is_store(root):
            raise StoreError(f"{root}: folder is not empty and not a kg store; pick a new folder")
        try:  # a read-only or forbidden place: say so, not a traceback
            root.mkdir(parents=True, exist_ok=True)
            self._lock = lock_store(root, exclusive=True)
        except OSError as err:
            raise StoreError(f"{root}: cannot create the store ({err.strerror or err})") from err
        self.root = root
        self._store: ox.Store | None = None
        self._opening: Future[ox.Store] | None = None
        # True while the store is known to hold nothing: made by this sink, not yet written
        self._empty = not data_dir(root).exists()
        if self._empty:
            # Creating a database takes ~0.15 s (RocksDB writes and syncs a file per
            # column family) with the GIL released, and an empty store answers the
            # build's first questions (which entities, which articles are stored)
            # without looking: create it in a thread while the first texts parse.
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-open")
            self._opening = pool.submit(ox.Store, str(data_dir(root)))
            pool.shutdown(wait=False)  # the thread ends with its one task
            return
        try:
            self._store = ox.Store(str(data_dir(root)))
        except OX_ERRORS as err:
            unlock_store(self._lock, writer=True)
            raise StoreError(f"{root}: cannot open the store ({err})") from err

    @property
    def store(self) -> ox.Store:
        """The open database (waiting for its creation if that still runs)."""
        if self._store is None:
            if self._opening is None:
                raise StoreError(f"{self.root}: the store is closed")
            try:
                self._store = self._opening.result()
            except OX_ERRORS as err:
                raise StoreError(f"{self.root}: cannot create the store ({err})") from err
            finally:
                self._opening = None
        return self._store

    def is_unchanged(
        self, article_id: str, content_hash: str, extractor: str | None = None
    ) -> bool:
        """True when the store holds the article with this content hash (written by
        ``extractor``, when given: a store built by another release is extracted again)."""
        if self._empty:
            return False
        graph = ox.NamedNode(str(article_iri(article_id)))
        wanted = [(KG.contentHash, content_hash)]
        if extractor is not None:
            wanted.append((KG.extractedWith, extractor))
        return all(
            next(
                iter(
                    self.store.quads_for_pattern(graph, ox.NamedNode(str(p)), ox.Literal(v), graph)
                ),
                None,
            )
            is not None
            for p, v in wanted
        )

    def known_entities(self) -> list[ResolvedEntity]:
        """Every entity in the store's entities graph."""
        if self._empty:
            return []
        quads = self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITIES_GRAPH)))
        return entities_from_triples(
            (rdflib_term(q.subject), rdflib_term(q.predicate), rdflib_term(q.object)) for q in quads
        )

    def _mentions(self, graph: URIRef) -> list[URIRef]:
        node = ox.NamedNode(str(graph))
        quads = self.store.quads_for_pattern(None, ox.NamedNode(str(KG.mentionedIn)), node, node)
        return [URIRef(q.subject.value) for q in quads if isinstance(q.subject, ox.NamedNode)]

    def write_article(
        self,
        extraction: ArticleExtraction,
        entity_ids: Mapping[str, str],
        entities: Sequence[ResolvedEntity],
    ) -> None:
        """Replace the article's graph and upsert ``entities`` in one transaction."""
        self._empty = False  # before the write: a reader that sees it written asks the store
        graph = article_iri(extraction.article.id)
        exists = self.store.contains_named_graph(ox.NamedNode(str(graph)))
        update = article_update(
            graph,
            list(article_quads(extraction, entity_ids)),
            entities_graph_quads(extraction, entity_ids, entities),
            self._mentions(graph) if exists else (),
            replace=exists,
        )
        try:
            self.store.update(update)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"{self.root}: cannot write {extraction.article.id} ({err})") from err

    def remove_articles(self, ids: Sequence[str]) -> list[str]:
        """Remove articles (and entities only they mentioned); returns those present."""
        present = {str(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)}
        removed = [i for i in ids if str(article_iri(i)) in present]
        graphs = [article_iri(i) for i in removed]
        if graphs:
            mentions = [e for g in graphs for e in self._mentions(g)]
            self.store.update(remove_update(graphs, list(dict.fromkeys(mentions))))
        return removed

    def article_ids(self) -> list[str]:
        """Ids of the articles in the store, sorted."""
        graphs = (g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(article_id_of(g) for g in graphs if g != str(ENTITIES_GRAPH))

    def flush(self) -> None:
        """Write what the store holds in memory to disk (Oxigraph releases the GIL
        meanwhile); :class:`~kg.store.background.BackgroundWriter` calls it when idle."""
        try:
            self.store.flush()
        except OSError as err:
            raise StoreError(f"{self.root}: cannot write to disk ({err})") from err

    def close(self) -> None:
        """Flush to disk, drop a large write-ahead log and release the lock."""
        try:
            self.store.flush()
            self._store = None
            # RocksDB deletes a flushed write-ahead log only when it next opens the
            # database (a fresh store of a million triples took ~3x its size on disk).
            # Opening it replays the log, ~0.06 s for a corpus build's 4 MB (a tenth of
            # the build's own work): done only for a log past WAL_KEPT_BYTES; a smaller
            # one goes at the next build's open.
            if wal_bytes(self.root) > WAL_KEPT_BYTES:
                try:
                    reopened = ox.Store(str(data_dir(self.root)))
                except OSError:
                    # still locked: a reference cycle holds the old store. A full
                    # collection frees it (run only then: with spaCy loaded it takes ~0.1 s)
                    gc.collect()
                    reopened = ox.Store(str(data_dir(self.root)))
                del reopened
        finally:
            self._store = self._opening = None
            unlock_store(self._lock, writer=True)


def remove_from_store(root: Path, ids: Sequence[str]) -> list[str]:
    """``kg remove``: take articles out of a store; returns the ids that were there.

    Raises :class:`~kg.errors.GraphLoadError` if ``root`` is not a store.
    """
    if not is_store(root):
        raise GraphLoadError(f"{root}: not a kg store (no {DATA}/ folder inside)")
    sink = StoreSink(root)
    try:
        return sink.remove_articles(ids)
    finally:
        sink.close()
