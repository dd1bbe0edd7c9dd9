"""kg's own work in a store build, without the parse: CPU seconds per phase, or a profile.

The texts are parsed once and kept in a DocBin (``--docs``, parsed again only when
missing); each build then gets its ``Doc``s from there instead of from ``nlp.pipe``,
so everything timed is kg's: mention finding, the frames, resolution, the store
writer thread. CPU time (``time.thread_time``) is measured, not wall time, so a
busy shared host skews the figures less; compare two checkouts in alternating runs.

    .venv/bin/python bench/profile_work.py                      # corpus + news, 3 builds
    .venv/bin/python bench/profile_work.py --profile 40         # cProfile, top 40 by own time
    PYTHONPATH=/path/to/other/checkout .venv/bin/python bench/profile_work.py  # its kg
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

import kg.build as build_module
import kg.extract.extractor as extractor
import kg.extract.parallel as parallel
from kg.extract.pipeline import load_pipeline
from kg.ingest import iter_articles
from kg.store.oxstore import StoreSink

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CPU: dict[str, float] = {}


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` with the CPU time of its thread added to ``CPU[name]``."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[name] = CPU.get(name, 0.0) + time.thread_time() - start

    return wrapper


def parsed(folders: list[str], cache: Path) -> bytes:
    """The DocBin of the folders' texts, parsed now if ``cache`` does not exist."""
    if not cache.exists():
        nlp = load_pipeline()
        texts = [a.text for a in iter_articles(folders) if not isinstance(a, Exception)]
        docs = DocBin(store_user_data=True)
        for doc in nlp.pipe(texts, batch_size=16):
            docs.add(doc)
        cache.write_bytes(docs.to_bytes())
    return cache.read_bytes()


def build_from(folders: list[str], data: bytes, profile: cProfile.Profile | None) -> float:
    """One store build whose parse is a look-up of fresh copies of the cached docs
    (decoded before the clock and ``profile`` start); returns its process CPU seconds."""
    nlp = load_pipeline()
    docs = {d.text: d for d in DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)}

    def cached_pipe(texts: Any, **_: Any) -> Iterator[Doc]:
        for text in texts:
            yield docs[text]

    nlp.pipe = cached_pipe  # type: ignore[method-assign,assignment]
    with tempfile.TemporaryDirectory() as store:
        start = time.process_time()
        if profile is not None:
            profile.enable()
        build_module.build(folders, store=Path(store) / "s", workers=1)
        if profile is not None:
            profile.disable()
        return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders", nargs="*", default=[str(SHARED / "corpus"), str(SHARED / "news")]
    )
    parser.add_argument("--docs", type=Path, default=Path(tempfile.gettempdir()) / "kg-docs.spacy")
    parser.add_argument("--builds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions")
    args = parser.parse_args()
    data = parsed(args.folders, args.docs)
    parallel.extract_doc = timed("extract", parallel.extract_doc)  # type: ignore[assignment]
    extractor.find_mentions = timed("  find_mentions", extractor.find_mentions)  # type: ignore[assignment]
    extractor.group_mentions = timed("  group_mentions", extractor.group_mentions)  # type: ignore[assignment]
    reader = extractor.RelationReader
    reader.read = timed("  relations", reader.read)  # type: ignore[method-assign]
    build_module.Resolver.resolve = timed("resolve", build_module.Resolver.resolve)  # type: ignore[method-assign]
    StoreSink.write_article = timed("store writes (thread)", StoreSink.write_article)  # type: ignore[method-assign]
    profile = cProfile.Profile() if args.profile else None
    total = 0.0
    for _ in range(args.builds):
        total += build_from(args.folders, data, profile)
    n = args.builds
    print(f"{', '.join(args.folders)}: CPU seconds per build (mean of {n})")
    for name, seconds in CPU.items():
        print(f"  {name:24} {seconds / n:6.3f}")
    print(f"  {'process, all threads':24} {total / n:6.3f}")
    if profile is not None:
        stats = pstats.Stats(profile).sort_stats("tottime")
        stats.dump_stats(Path(tempfile.gettempdir()) / "kg-work.prof")  # for print_callers
        stats.print_stats(args.profile)


if __name__ == "__main__":
    main()
