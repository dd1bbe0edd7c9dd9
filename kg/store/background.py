"""Write a store in a thread of its own while the next articles are parsed.

Oxigraph (and the HTTP client of a remote store) releases the GIL while it applies
an update, so a build whose writes wait in a queue parses the next batch in the
meantime instead of waiting for the disk. One thread writes, in the order the
articles were handed over, each article in its own transaction as before: a build
killed at any point still leaves every article either complete or absent.

>>> import tempfile, pathlib
>>> from kg.store.synthetic import synthetic_articles
>>> from kg.store.oxstore import StoreSink
>>> sink = BackgroundWriter(StoreSink(pathlib.Path(tempfile.mkdtemp()) / "s"))
>>> a = synthetic_articles(1)[0]
>>> sink.write_article(a.extraction, a.entity_ids, a.entities)
>>> sink.is_unchanged(a.extraction.article.id, a.extraction.article.content_hash)
True
>>> sink.close()
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Mapping, Sequence

from kg.model import ArticleExtraction, ResolvedEntity
from kg.store.sink import GraphSink

#: Articles that may wait for the writer; a full queue makes the build wait, so
#: memory stays bounded however far parsing runs ahead.
QUEUE_DEPTH = 32

_Write = tuple[ArticleExtraction, Mapping[str, str], Sequence[ResolvedEntity]]


class BackgroundWriter:
    """A :class:`~kg.store.sink.GraphSink` that hands ``write_article`` to a thread.

    Reads (``is_unchanged``) see the articles still waiting in the queue, so the
    build behaves as if every write had already happened. The first write that
    fails stops the writer; the error is raised by the next ``write_article`` or
    by ``close``, and the articles written before it stay in the store.
    """

    def __init__(self, sink: GraphSink, depth: int = QUEUE_DEPTH) -> None:
        self._sink = sink
        self._queue: queue.Queue[_Write | None] = queue.Queue(maxsize=depth)
        self._lock = threading.Lock()
        # article id -> content hashes queued and not yet written, oldest first
        self._pending: dict[str, list[str]] = {}
        self._error: BaseException | None = None
        self._raised = False
        self._closed = False
        self._thread = threading.Thread(target=self._write_all, name="kg-store-writer")
        self._thread.daemon = True  # never keeps a failing process alive
        self._thread.start()

    # ------------------------------------------------------------ the thread
    def _write_all(self) -> None:
        # A store that keeps writes in memory (Oxigraph's RocksDB) is flushed whenever
        # the queue runs dry, while the next batch parses: the flush at ``close``,
        # after the last article, is then of that article's batch only, not of the
        # whole build (it was a twentieth of kg's own time in a build).
        flush = getattr(self._sink, "flush", None)
        written = False
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                if written and flush is not None and self._error is None:
                    written = False
                    try:
                        flush()
                    except BaseException as err:  # handed to the build at its next call
                        self._error = err
                item = self._queue.get()
            if item is None:
                break
            extraction, entity_ids, entities = item
            try:
                if self._error is None:
                    self._sink.write_article(extraction, entity_ids, entities)
                    written = True
            except BaseException as err:  # handed to the build at its next call
                self._error = err
            finally:
                with self._lock:
                    hashes = self._pending[extraction.article.id]
                    hashes.pop(0)
                    if not hashes:
                        del self._pending[extraction.article.id]
                self._queue.task_done()
        self._queue.task_done()

    def _raise_error(self) -> None:
        if self._error is not None and not self._raised:
            self._raised = True
            raise self._error

    # ------------------------------------------------------------ GraphSink
    def is_unchanged(
        self, article_id: str, content_hash: str, extractor: str | None = None
    ) -> bool:
        """True when the article is stored, or queued, with this content hash (a queued
        article was extracted by this process, so by the current extractor)."""
        with self._lock:
            queued = self._pending.get(article_id)
            if queued:
                return queued[-1] == content_hash and self._error is None
        return self._sink.is_unchanged(article_id, content_hash, extractor)

    def known_entities(self) -> list[ResolvedEntity]:
        """Entities already stored (asked before the first write)."""
        self._queue.join()
        return self._sink.known_entities()

    def write_article(
        self,
        extraction: ArticleExtraction,
        entity_ids: Mapping[str, str],
        entities: Sequence[ResolvedEntity],
    ) -> None:
        """Queue the article; waits while the queue is full."""
        self._raise_error()
        with self._lock:
            self._pending.setdefault(extraction.article.id, []).append(
                extraction.article.content_hash
            )
        self._queue.put((extraction, entity_ids, entities))

    def remove_articles(self, ids: Sequence[str]) -> list[str]:
        """Wait for the queued writes, then remove."""
        self._queue.join()
        self._raise_error()
        return self._sink.remove_articles(ids)

    def close(self) -> None:
        """Write what is queued, stop the thread and close the store."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        try:
            self._raise_error()
        finally:
            self._sink.close()


__all__ = ["QUEUE_DEPTH", "BackgroundWriter"]
