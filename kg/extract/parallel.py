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
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from typing import Any

from kg.errors import KGError
from kg.extract.extractor import extract_doc
from kg.extract.pipeline import load_pipeline
from kg.limits import ARTICLE_TIME_LIMIT
from kg.model import Article, ArticleExtraction

Work = Callable[[list[Article]], list[ArticleExtraction]]

#: Articles per task sent to a worker: enough to keep ``nlp.pipe`` batching, few
#: enough that a crash loses little work.
DEFAULT_CHUNK = 16


#: Longer time limits than this are no limit at all.
MAX_TIMER_S = 1e8


class ArticleTimeout(Exception):
    """Raised inside a worker when an article takes longer than its time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` if the block runs longer than ``seconds``.

    Uses a real-time timer signal, so it works only in a process's main thread (a
    process-pool worker, or a one-process build); elsewhere (Dask's worker threads)
    it does nothing.

    >>> with time_limit(5):
    ...     pass
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    # NaN, infinity or a century are no limit (setitimer raises on them)
    if seconds is None or not 0 < seconds < MAX_TIMER_S or not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_batch(
    articles: list[Article],
    batch_size: int = 16,
    time_limit_s: float | None = ARTICLE_TIME_LIMIT,
) -> list[ArticleExtraction]:
    """Parse and extract ``articles`` in this process; a failing article is reported.

    An article whose extraction raises, or takes longer than ``time_limit_s``, comes
    back with ``errors`` set, so one bad article never stops the others. The batch is
    parsed with ``nlp.pipe``; if the batch as a whole runs out of time, its articles
    are parsed one at a time to find the slow one.
    """
    try:
        limit = None if time_limit_s is None else time_limit_s * len(articles)
        with time_limit(limit):
            return _extract_piped(articles, batch_size, time_limit_s)
    except ArticleTimeout:
        return [_extract_one(article, time_limit_s) for article in articles]


def _extract_piped(
    articles: list[Article], batch_size: int, time_limit_s: float | None = None
) -> list[ArticleExtraction]:
    nlp = load_pipeline()
    out: list[ArticleExtraction] = []
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article in articles:
        try:
            doc = next(docs)
        except ArticleTimeout:
            raise
        except Exception:
            # nlp.pipe parses ahead in batches, so the text that broke it may be a later
            # one (a lone surrogate failed all 16 of its batch): parse the rest one at a
            # time, and only the culprit is reported
            return out + [_extract_one(a, time_limit_s) for a in articles[len(out) :]]
        try:
            out.append(extract_doc(doc, article))
        except ArticleTimeout:
            raise
        except Exception as err:  # a failure in extraction is this article's alone
            out.append(_failed(article, err))
    return out


def _extract_one(article: Article, time_limit_s: float | None) -> ArticleExtraction:
    nlp = load_pipeline()
    try:
        with time_limit(time_limit_s):
            return extract_doc(nlp(article.text), article)
    except ArticleTimeout:
        return _failed(article, f"took longer than {time_limit_s:g} s; raise --time-limit")
    except Exception as err:  # any failure is this article's alone
        return _failed(article, err)


def _failed(article: Article, err: BaseException | str) -> ArticleExtraction:
    where = article.path or article.id
    reason = err if isinstance(err, str) else f"{type(err).__name__}: {err}"
    if isinstance(err, ValueError) and "[E088]" in str(err):  # spaCy's paragraph, shortened
        limit = load_pipeline().max_length
        reason = f"{len(article.text):,} characters, over the parser's limit of {limit:,}; split it"
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
    time_limit_s: float | None = ARTICLE_TIME_LIMIT,
) -> Iterator[ArticleExtraction]:
    """Extractions of ``articles`` in input order.

    Args:
        workers: processes on this machine (1: this process).
        dask: a Dask scheduler address (``tcp://host:8786``) or ``"local"`` for a
            ``LocalCluster`` of ``workers`` processes; overrides ``workers``.
        chunk: articles per task.
        time_limit_s: seconds one article may take (None: no limit); not applied
            on Dask, whose workers run tasks in threads.
    """
    work = partial(extract_batch, time_limit_s=time_limit_s)
    if dask:
        yield from _dask_stream(articles, dask, max(workers, 1), chunk, work)
    elif workers <= 1:
        for batch in _chunks(articles, chunk):
            yield from work(batch)
    else:
        yield from _pool_stream(articles, workers, chunk, work)


def _pool_stream(
    articles: Iterable[Article], workers: int, chunk: int, work: Work
) -> Iterator[ArticleExtraction]:
    # Each process holds a pipeline (~200 MB) and parsing is CPU-bound: more processes
    # than cores only use memory (`--workers 1000` forked 1000 pipelines at once).
    workers = min(workers, os.cpu_count() or 1)
    context = multiprocessing.get_context("fork" if _can_fork() else "spawn")
    pending: deque[tuple[list[Article], Future[list[ArticleExtraction]]]] = deque()
    batches = _chunks(articles, chunk)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=load_pipeline)
    try:
        for batch in batches:
            pending.append((batch, pool.submit(work, batch)))
            if len(pending) >= 2 * workers:
                batch0, future = pending.popleft()
                results, pool = _result_or_isolate(batch0, future, pool, workers, context, work)
                yield from results
        while pending:
            batch0, future = pending.popleft()
            results, pool = _result_or_isolate(batch0, future, pool, workers, context, work)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result_or_isolate(
    batch: list[Article],
    future: Future[list[ArticleExtraction]],
    pool: ProcessPoolExecutor,
    workers: int,
    context: Any,
    work: Work,
) -> tuple[list[ArticleExtraction], ProcessPoolExecutor]:
    """The batch's results; if a worker died, find the article that killed it.

    A dead worker breaks the whole pool, so the batch is run again one article at a
    time in single-use pools: the article that crashes is reported, the rest go on.
    """
    try:
        return future.result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        results = [_isolated(article, context, work) for article in batch]
        fresh = ProcessPoolExecutor(workers, mp_context=context, initializer=load_pipeline)
        return results, fresh


def _isolated(article: Article, context: Any, work: Work) -> ArticleExtraction:
    with ProcessPoolExecutor(1, mp_context=context) as single:
        try:
            return single.submit(work, [article]).result()[0]
        except BrokenProcessPool:
            return _failed(article, "the worker process died")


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _dask_stream(
    articles: Iterable[Article], address: str, workers: int, chunk: int, work: Work
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
            pending.append((batch, client.submit(work, batch, pure=False)))
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
