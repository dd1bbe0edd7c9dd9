"""Build a graph: read articles, extract, resolve entities, write to a sink.

The one orchestration the CLI, the API and the evaluation share. Articles stream
through: nothing holds the whole corpus, and each article is written as soon as it
is extracted, so a store keeps every completed article if the build is stopped.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("The Treasury Department sanctioned Huawei.")
>>> summary = build([folder], output=folder / "g.ttl")
>>> summary.articles, summary.sanctions
(1, 1)
"""

from __future__ import annotations

import codecs
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.errors import InputError, KGError
from kg.fingerprint import extractor_fingerprint
from kg.ingest import MAX_BYTES, iter_articles
from kg.limits import ARTICLE_TIME_LIMIT
from kg.model import Article, ArticleExtraction
from kg.resolve import Resolver
from kg.store.background import BackgroundWriter
from kg.store.sink import GraphSink, open_sink

#: Called with (articles done, articles expected, words so far) after each article;
#: the expected count is an estimate from a quick scan of the inputs (0 if unknown).
Progress = Callable[[int, int, int], None]


@dataclass(frozen=True)
class Limits:
    """Resource limits per article: larger or slower articles are reported and skipped.

    >>> Limits().max_bytes
    10485760
    """

    max_bytes: int = MAX_BYTES
    seconds: float | None = ARTICLE_TIME_LIMIT


@dataclass
class BuildSummary:
    """What a build did: counts a user checks, and every problem met."""

    articles: int = 0
    unchanged: int = 0
    words: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)
    sanctions: int = 0
    sanction_kinds: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    target: str = ""

    @property
    def skipped(self) -> int:
        """Articles that could not be read or extracted."""
        return len(self.problems)

    def format(self) -> str:
        """A short human summary.

        >>> print(BuildSummary(articles=2, seconds=1.5, target="g.ttl").format())
        Built g.ttl from 2 articles (0 words) in 1.5 s
          entities: none
          facts: none
          sanctions: 0
        """
        lines = [
            f"Built {self.target} from {self.articles} articles ({self.words:,} words)"
            f" in {self.seconds:.1f} s"
        ]
        if self.unchanged:
            lines.append(f"  unchanged and skipped: {self.unchanged}")
        if self.problems:
            lines.append(f"  skipped for problems: {len(self.problems)}")
        lines.append("  entities: " + (_counts(self.entities) or "none"))
        lines.append("  facts: " + (_counts(self.facts) or "none"))
        kinds = f" ({_counts(self.sanction_kinds)})" if self.sanction_kinds else ""
        lines.append(f"  sanctions: {self.sanctions}{kinds}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        """The summary as JSON-ready data."""
        return {
            "target": self.target,
            "articles": self.articles,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "words": self.words,
            "entities": dict(self.entities),
            "facts": dict(self.facts),
            "sanctions": self.sanctions,
            "sanction_kinds": dict(self.sanction_kinds),
            "problems": list(self.problems),
            "seconds": round(self.seconds, 3),
        }


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def build(
    inputs: Sequence[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    dask: str | None = None,
    limits: Limits | None = None,
    encoding: str | None = None,
) -> BuildSummary:
    """Build from files/folders into a graph file (``output``) or a store.

    ``workers`` processes parse in parallel (``dask``: a scheduler address or
    ``"local"``); the graph is the same whatever the parallelism. ``encoding`` is
    that of files without a byte-order mark (default UTF-8; an HTML page's own
    ``<meta charset>`` is used only when no encoding is given).

    Raises:
        KGError: when no article at all could be read, the target cannot be written,
            or ``encoding`` names no text encoding.
    """
    encoding = text_encoding(encoding)
    sink = open_sink(output=output, store=store)
    if store is not None:
        # a store applies its writes without the GIL: let them overlap parsing
        sink = BackgroundWriter(sink)
    summary = BuildSummary(target=str(output or store))
    try:
        write_into(
            sink,
            inputs,
            summary,
            progress=progress,
            workers=workers,
            dask=dask,
            limits=limits,
            encoding=encoding,
        )
    except BaseException:
        # A file is written only by a build that succeeds; a store keeps the articles
        # it completed, and closing it releases its lock.
        if store is not None:
            sink.close()
        raise
    sink.close()
    return summary


def build_dataset(
    inputs: Sequence[str | Path] | Iterable[Article], *, encoding: str | None = None
) -> Dataset:
    """Build in memory and return the dataset (union of named graphs).

    ``inputs`` are paths, or :class:`~kg.model.Article` objects; ``encoding`` as
    for :func:`build`.
    """
    from kg.store.filesink import FileSink

    encoding = text_encoding(encoding)
    sink = FileSink(Path("memory.trig"))
    summary = BuildSummary(target="memory")
    write_into(sink, list(inputs), summary, encoding=encoding)  # type: ignore[arg-type]
    return sink.dataset


def text_encoding(name: str | None) -> str | None:
    """``name`` checked as a text encoding Python can decode (``None`` stays ``None``).

    >>> text_encoding("Latin-1"), text_encoding(None)
    ('Latin-1', None)
    >>> text_encoding("latin-9x")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: unknown encoding 'latin-9x' (e.g. utf-8, latin-1, cp1252)
    >>> text_encoding("rot13")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: 'rot13' is not a text encoding (e.g. utf-8, latin-1, cp1252)
    """
    if name is None:
        return None
    hint = "(e.g. utf-8, latin-1, cp1252)"
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        raise KGError(f"unknown encoding {name!r} {hint}") from None
    # base64, rot13, zlib... are codecs too, but bytes.decode() refuses them
    if not getattr(info, "_is_text_encoding", True):
        raise KGError(f"{name!r} is not a text encoding {hint}")
    return name


def write_into(
    sink: GraphSink,
    inputs: Sequence[str | Path] | Sequence[Article],
    summary: BuildSummary,
    *,
    progress: Progress | None = None,
    workers: int = 1,
    dask: str | None = None,
    limits: Limits | None = None,
    encoding: str | None = None,
) -> None:
    """Stream ``inputs`` through extraction and resolution into ``sink``.

    ``encoding``: of files without a byte-order mark (see :func:`build`).
    """
    limits = limits or Limits()
    start = time.perf_counter()
    resolver = Resolver(sink.known_entities())
    seen = 0
    # An unchanged article written by another release of the extractor is extracted
    # again: the store must not keep one release's facts beside another's.
    extractor = extractor_fingerprint()

    def fresh_articles() -> Iterator[Article]:
        nonlocal seen
        items: Iterable[Article | InputError]
        if inputs and all(isinstance(i, Article) for i in inputs):
            items = inputs  # type: ignore[assignment]
        else:
            items = iter_articles(
                inputs,  # type: ignore[arg-type]
                max_bytes=limits.max_bytes,
                encoding=encoding,
            )
        for item in items:
            if isinstance(item, InputError):
                summary.problems.append(str(item))
                continue
            seen += 1
            if sink.is_unchanged(item.id, item.content_hash, extractor):
                summary.unchanged += 1
                continue
            yield item

    expected = 0 if progress is None else estimate_articles(inputs)
    articles = fresh_articles()
    first = next(articles, None)
    stream: Iterable[ArticleExtraction] = ()
    if first is not None:
        # spaCy is imported only when there is something to parse: an unchanged
        # rebuild of a store costs a directory walk and a hash per article.
        from kg.extract.parallel import extract_stream

        stream = extract_stream(
            itertools.chain([first], articles),
            workers=workers,
            dask=dask,
            time_limit_s=limits.seconds,
        )
    for extraction in stream:
        if extraction.errors:
            summary.problems.extend(extraction.errors)
        else:
            entity_ids, entities = resolver.resolve(extraction)
            sink.write_article(extraction, entity_ids, entities)
            _count(summary, extraction)
        if progress is not None:
            done = summary.articles + summary.unchanged + summary.skipped
            progress(done, max(expected, seen), summary.words)
    summary.seconds = time.perf_counter() - start
    if summary.articles == 0 and summary.unchanged == 0:
        where = ", ".join(str(i) for i in inputs) if inputs else "(no input)"
        if summary.problems:  # say why, or the user only learns that nothing was built
            raise KGError(
                f"no article could be built, {len(summary.problems)} skipped; "
                f"first: {summary.problems[0]}"
            )
        raise KGError(f"{where}: no readable articles (.txt, .md, .html, .jsonl) found")
    summary.entities = Counter(e.cls for e in resolver.entities())


def _count(summary: BuildSummary, extraction: ArticleExtraction) -> None:
    summary.articles += 1
    summary.words += extraction.words
    for fact in extraction.facts:
        summary.facts[fact.predicate] += 1
    summary.sanctions += len(extraction.sanctions)
    for sanction in extraction.sanctions:
        summary.sanction_kinds[sanction.kind] += 1
        summary.facts["target"] += 1
        if sanction.imposer:
            summary.facts["imposedBy"] += 1


def estimate_articles(inputs: Sequence[str | Path] | Sequence[Article]) -> int:
    """A quick count of the articles ``inputs`` hold, for progress and ETA.

    Counts article files, and lines of JSONL files, without reading anything else.

    >>> estimate_articles([])
    0
    """
    from kg.ingest import FORMATS

    total = 0
    for item in inputs:
        if isinstance(item, Article):
            total += 1
            continue
        path = Path(item)
        files = (
            (p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if path.is_dir()
            else [path]
        )
        for f in files:
            suffix = f.suffix.lower()
            if suffix == ".jsonl":
                # newlines in fixed-size chunks: one 200 MB line is never held whole
                with f.open("rb") as fh:
                    total += sum(
                        chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")
                    )
            elif suffix in FORMATS:
                total += 1
    return total
