"""Where a one-worker store build spends its time: parsing, extraction, resolution.

    .venv/bin/python bench/phases.py [FOLDER]   # default ../shared/corpus, else data/

Wraps ``nlp.pipe``, ``extract_doc`` and ``Resolver.resolve`` with timers and runs
one ``kg build`` into a temporary store in this process; prints each phase's seconds,
the build's total and the parse share (time inside ``nlp.pipe`` / build time), the
figure ``bench_build.py`` reports as a median. Quicker than that bench, so handy for
comparing two checkouts in alternating runs.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import kg.build as build_module
import kg.extract.parallel as parallel
from kg.extract.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SECONDS = {"parse": 0.0, "extract": 0.0, "resolve": 0.0}


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` with its time added to ``SECONDS[name]``."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SECONDS[name] += time.perf_counter() - start

    return wrapper


def main() -> None:
    shared = ROOT.parent / "shared" / "corpus"
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else shared if shared.is_dir() else ROOT / "data"
    )
    parallel.extract_doc = timed("extract", parallel.extract_doc)  # type: ignore[assignment]
    build_module.Resolver.resolve = timed("resolve", build_module.Resolver.resolve)  # type: ignore[method-assign]
    nlp = load_pipeline()  # loaded before the clock starts, as in bench_build.py
    pipe = nlp.pipe

    def timed_pipe(*args: Any, **kwargs: Any) -> Iterator[Any]:
        docs = pipe(*args, **kwargs)
        while True:
            start = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                SECONDS["parse"] += time.perf_counter() - start
            yield doc

    nlp.pipe = timed_pipe  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as store:
        start = time.perf_counter()
        summary = build_module.build([folder], store=Path(store) / "store", workers=1)
        total = time.perf_counter() - start
    phases = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in SECONDS.items())
    print(f"{folder}: {summary.words:,} words; {phases}; build {total:.2f} s; "
          f"parse share {SECONDS['parse'] / total:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
