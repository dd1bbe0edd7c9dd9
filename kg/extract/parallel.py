"""Extraction over many articles: one process, a process pool, or a Dask cluster.

Parsing is nearly all the cost, so the work is spread in batches of articles; each
worker loads the spaCy pipeline once and sends back plain
:class:`~kg.model.ArticleExtraction` objects (never ``Doc``s). Results come back in
input order, whatever the parallelism, so the graph is the same as a one-process
build. At most a few batches are in flight at a time: memory stays flat however
long the input.

>>> from kg.model import Article
>>> arts = [Article(id="a", text="Huawei sells 5G networks."), Article(id="b", text="")]
>>> [e.article.id for e in extract_stream(arts)]
['a', 'b']
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from kg.errors import KGError
from kg.extract.extractor import extract_doc
from kg.extract.pipeline import load_pipeline
from kg.model import Article, ArticleExtraction

#: Articles per task sent to a worker: enough to keep ``nlp.pipe`` batching, few
#: enough that a crash loses little work.
DEFAULT_CHUNK = 16


def extract_batch(articles: list[Article], batch_size: int = 16) -> list[ArticleExtraction]:
    """Parse and extract ``articles`` in this process; a failing article is reported.

    An article whose extraction raises comes back with ``errors`` set, so one bad
    article never stops the others.
    """
    nlp = load_pipeline()
    out: list[ArticleExtraction] = []
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article in articles:
        try:
            doc = next(docs)
            out.append(extract_doc(doc, article))
        except Exception as err:
            out.append(_failed(article, err))
            # the pipe generator is spent after an error inside it: restart after this one
            rest = articles[len(out) :]
            docs = nlp.pipe((a.text for a in rest), batch_size=batch_size)
    return out


def _failed(article: Article, err: BaseException | str) -> ArticleExtraction:
    where = article.path or article.id
    reason = err if isinstance(err, str) else f"{type(err).__name__}: {err}"
    return ArticleExtraction(article=article, errors=(f"{where}: extraction failed ({reason})",))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def extract_stream(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    dask: str | None = None,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator[ArticleExtraction]:
    """Extractions of ``articles`` in input order.

    Args:
        workers: processes on this machine (1: this process).
        dask: a Dask scheduler address (``tcp://host:8786``) or ``"local"`` for a
            ``LocalCluster`` of ``workers`` processes; overrides ``workers``.
        chunk: articles per task.
    """
    if dask:
        yield from _dask_stream(articles, dask, max(workers, 1), chunk)
    elif workers <= 1:
        for batch in _chunks(articles, chunk):
            yield from extract_batch(batch)
    else:
        yield from _pool_stream(articles, workers, chunk)


def _pool_stream(
    articles: Iterable[Article], workers: int, chunk: int
) -> Iterator[ArticleExtraction]:
    context = multiprocessing.get_context("fork" if _can_fork() else "spawn")
    pending: deque[tuple[list[Article], Future[list[ArticleExtraction]]]] = deque()
    batches = _chunks(articles, chunk)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=load_pipeline)
    try:
        for batch in batches:
            pending.append((batch, pool.submit(extract_batch, batch)))
            if len(pending) >= 2 * workers:
                batch0, future = pending.popleft()
                results, pool = _result_or_isolate(batch0, future, pool, workers, context)
                yield from results
        while pending:
            batch0, future = pending.popleft()
            results, pool = _result_or_isolate(batch0, future, pool, workers, context)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result_or_isolate(
    batch: list[Article],
    future: Future[list[ArticleExtraction]],
    pool: ProcessPoolExecutor,
    workers: int,
    context: Any,
) -> tuple[list[ArticleExtraction], ProcessPoolExecutor]:
    """The batch's results; if a worker died, find the article that killed it.

    A dead worker breaks the whole pool, so the batch is run again one article at a
    time in single-use pools: the article that crashes is reported, the rest go on.
    """
    try:
        return future.result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        results = [_isolated(article, context) for article in batch]
        fresh = ProcessPoolExecutor(workers, mp_context=context, initializer=load_pipeline)
        return results, fresh


def _isolated(article: Article, context: Any) -> ArticleExtraction:
    with ProcessPoolExecutor(1, mp_context=context) as single:
        try:
            return single.submit(extract_batch, [article]).result()[0]
        except BrokenProcessPool:
            return _failed(article, "the worker process died")


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _dask_stream(
    articles: Iterable[Article], address: str, workers: int, chunk: int
) -> Iterator[ArticleExtraction]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:  # pragma: no cover - dask is a dependency
        raise KGError("--dask needs the 'dask[distributed]' package") from err
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout=30)
    except OSError as err:
        raise KGError(f"cannot reach the Dask scheduler at {address}: {err}") from err
    try:
        in_flight = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending: deque[tuple[list[Article], Any]] = deque()
        for batch in _chunks(articles, chunk):
            pending.append((batch, client.submit(extract_batch, batch, pure=False)))
            if len(pending) >= in_flight:
                yield from _dask_result(*pending.popleft())
        while pending:
            yield from _dask_result(*pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(batch: list[Article], future: Any) -> list[ArticleExtraction]:
    try:
        return list(future.result())
    except Exception as err:
        return [_failed(article, f"Dask task failed: {err}") for article in batch]
