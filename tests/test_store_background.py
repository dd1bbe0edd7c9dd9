"""The store writer thread: same store as writing in line, errors reach the build."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.errors import StoreError
from kg.model import Article, ArticleExtraction
from kg.store.background import BackgroundWriter
from kg.store.load import open_graph
from kg.store.oxstore import StoreSink
from kg.store.synthetic import SyntheticArticle, synthetic_articles


def _write_all(sink: StoreSink | BackgroundWriter, batch: list[SyntheticArticle]) -> None:
    for item in batch:
        sink.write_article(item.extraction, item.entity_ids, item.entities)


def _rewritten(item: SyntheticArticle, text: str) -> SyntheticArticle:
    """The same article id with other text (so another content hash)."""
    article = dataclasses.replace(item.extraction.article, text=text)
    extraction = dataclasses.replace(item.extraction, article=article)
    return dataclasses.replace(item, extraction=extraction)


def test_background_store_is_isomorphic_to_writing_in_line(tmp_path: Path) -> None:
    batch = synthetic_articles(60, seed=5)
    batch.append(_rewritten(batch[3], "A corrected version of article three."))
    inline = StoreSink(tmp_path / "inline")
    _write_all(inline, batch)
    inline.close()
    threaded = BackgroundWriter(StoreSink(tmp_path / "threaded"), depth=4)
    _write_all(threaded, batch)
    threaded.close()
    a, b = open_graph(tmp_path / "inline"), open_graph(tmp_path / "threaded")
    names = {g.identifier for g in a.graphs() if len(g)}
    assert names == {g.identifier for g in b.graphs() if len(g)}
    assert len(names) == 61  # 60 articles and the entities graph
    assert all(isomorphic(a.graph(n), b.graph(n)) for n in names)


class _SlowDisk(StoreSink):
    """A store whose writes wait until the test lets them through."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.go = threading.Event()

    def write_article(self, *args: object) -> None:  # type: ignore[override]
        self.go.wait(timeout=30)
        super().write_article(*args)  # type: ignore[arg-type]


def test_queued_articles_count_as_stored(tmp_path: Path) -> None:
    """A repeated article in the same build is seen as unchanged while its first copy
    still waits for the disk; a changed one is not."""
    item = synthetic_articles(1, seed=2)[0]
    article = item.extraction.article
    disk = _SlowDisk(tmp_path / "s")
    sink = BackgroundWriter(disk)
    _write_all(sink, [item])
    assert not disk.is_unchanged(article.id, article.content_hash)  # not on disk yet
    assert sink.is_unchanged(article.id, article.content_hash)
    assert not sink.is_unchanged(article.id, "0" * 64)
    assert not sink.is_unchanged("another-article", article.content_hash)
    disk.go.set()
    sink.close()
    reopened = StoreSink(tmp_path / "s")
    assert reopened.is_unchanged(article.id, article.content_hash)
    reopened.close()


class _DiskFullOn(StoreSink):
    """A store whose disk fills up at one article (the failure a writer can meet)."""

    def __init__(self, root: Path, failing_id: str) -> None:
        super().__init__(root)
        self.failing_id = failing_id

    def write_article(self, extraction: ArticleExtraction, *args: object) -> None:  # type: ignore[override]
        if extraction.article.id == self.failing_id:
            raise StoreError(f"{self.root}: cannot write {self.failing_id} (No space left)")
        super().write_article(extraction, *args)  # type: ignore[arg-type]


def test_a_failed_write_reaches_the_build_and_earlier_articles_stay(tmp_path: Path) -> None:
    batch = synthetic_articles(10, seed=3)
    failing = batch[4].extraction.article.id
    sink = BackgroundWriter(_DiskFullOn(tmp_path / "s", failing), depth=2)
    with pytest.raises(StoreError, match="No space left"):
        _write_all(sink, batch)
        sink.close()  # the error surfaces here if the writes outran the thread
    sink.close()  # closing again (as the build does after an error) is quiet
    store = StoreSink(tmp_path / "s")
    stored = [i.extraction.article for i in batch if _stored(store, i.extraction.article)]
    store.close()
    assert [a.id for a in stored] == [i.extraction.article.id for i in batch[:4]]


def _stored(store: StoreSink, article: Article) -> bool:
    return store.is_unchanged(article.id, article.content_hash)


class _CountedFlushes(StoreSink):
    """A store that counts its flushes."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.flushes = 0

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def test_an_idle_writer_flushes_what_it_wrote(tmp_path: Path) -> None:
    """The writer puts its writes on disk while the build parses on, so that the flush
    at close, after the last article, is not of the whole build; and only once per
    idle spell (nothing new written: nothing to flush)."""
    sink = _CountedFlushes(tmp_path / "s")
    writer = BackgroundWriter(sink)
    batch = synthetic_articles(3, seed=2)
    _write_all(writer, batch)
    deadline = time.monotonic() + 30
    while sink.flushes == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sink.flushes == 1
    time.sleep(0.2)
    assert sink.flushes == 1
    writer.close()
    graph = open_graph(tmp_path / "s")
    assert sum(1 for g in graph.graphs() if len(g)) == 4  # 3 articles and the entities graph
