"""Throughput of `kg build` against raw spaCy `nlp.pipe`, in one run on the same texts.

Texts: the public-domain releases (``../shared/corpus`` without the news article, or
``data/`` when ../shared is absent), repeated until there are at least ``--words``
words. Each measurement runs in a fresh process, so model loading is excluded from
the timings (it is reported apart) and peak memory (RSS of the process tree) is its own.

    .venv/bin/python bench/bench_build.py                 # 300,000 words
    .venv/bin/python bench/bench_build.py --words 100000  # a smaller run
    .venv/bin/python bench/bench_build.py --texts /work/shared/corpus  # from a worktree

Prints a table of words/s and the ratio of each `kg build` to raw `nlp.pipe` at the
same parallelism (medians of ``--repeat`` alternating runs, with the range of the
ratios), plus peak memory of 100k- and 300k-word builds into a store. Because the
machine may speed up or slow down between runs, it also gives the parse share of
each one-worker build: the time spent inside ``nlp.pipe`` over the build's time,
both measured in the same run with parsing and kg's work interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from statistics import median

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

RAW = r"""
import json, sys, time
from pathlib import Path
from kg.extract.pipeline import load_pipeline
from kg.ingest import iter_articles
texts = [a.text for a in iter_articles([sys.argv[1]]) if not isinstance(a, Exception)]
n_process = int(sys.argv[2])
nlp = load_pipeline()
start = time.perf_counter()
words = 0
for doc in nlp.pipe(texts, batch_size=16, n_process=n_process):
    words += sum(1 for t in doc if not t.is_punct and not t.is_space)
print(json.dumps({"seconds": time.perf_counter() - start, "words": words}))
"""

BUILD = r"""
import json, sys, time
from kg.build import build
from kg.extract.pipeline import load_pipeline
nlp = load_pipeline()  # loaded before the clock starts, as in RAW
# Time spent inside the parser, interleaved with kg's own work in this same run
# (one-process builds only: elsewhere the parse runs in other processes).
parse = [0.0]
pipe = nlp.pipe
def timed_pipe(*args, **kwargs):
    docs = pipe(*args, **kwargs)
    while True:
        start = time.perf_counter()
        try:
            doc = next(docs)
        except StopIteration:
            return
        finally:
            parse[0] += time.perf_counter() - start
        yield doc
nlp.pipe = timed_pipe
args = json.loads(sys.argv[1])
start = time.perf_counter()
summary = build([args["input"]], store=args["store"], workers=args["workers"], dask=args["dask"])
print(json.dumps({"seconds": time.perf_counter() - start, "words": summary.words,
                  "articles": summary.articles, "parse_seconds": parse[0]}))
"""


def default_texts() -> Path:
    """``../shared/corpus`` beside the checkout, else the checkout's ``data/`` (a
    worktree under ``wt/`` has no ``../shared``: give ``--texts`` there)."""
    return SHARED_CORPUS if SHARED_CORPUS.is_dir() else ROOT / "data"


def make_corpus(folder: Path, min_words: int, source: Path | None = None) -> int:
    """Copy the texts of ``source`` (default :func:`default_texts`) into ``folder`` as
    many times as needed; returns words."""
    source = source or default_texts()
    texts = sorted(p for p in source.glob("*.txt") if not p.name.startswith("000_"))
    words, copy = 0, 0
    folder.mkdir(parents=True, exist_ok=True)
    while words < min_words:
        for path in texts:
            text = path.read_text(encoding="utf-8")
            (folder / f"{copy:03d}_{path.name}").write_text(text, encoding="utf-8")
            words += len(text.split())
        copy += 1
    return words


def run_measured(code: str, *args: str) -> tuple[dict[str, float], float]:
    """Run ``code`` in a fresh interpreter; (its JSON result, peak RSS of its tree in MB)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        parent = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                procs = [parent, *parent.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs if p.is_running())
                peak[0] = max(peak[0], rss / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"measurement failed (exit {proc.returncode})")
    return json.loads(out.strip().splitlines()[-1]), peak[0]


def build_once(corpus: Path, workers: int, dask: str | None) -> tuple[dict[str, float], float]:
    store = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    shutil.rmtree(store)
    try:
        spec = {"input": str(corpus), "store": str(store), "workers": workers, "dask": dask}
        return run_measured(BUILD, json.dumps(spec))
    finally:
        shutil.rmtree(store, ignore_errors=True)


def rate(result: dict[str, float]) -> float:
    """Words per second of one measurement."""
    return result["words"] / result["seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument(
        "--repeat", type=int, default=5, help="raw/build pairs per configuration (median)"
    )
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--texts", type=Path, default=None, help="folder of .txt texts (default: ../shared/corpus)"
    )
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        source = args.texts or default_texts()
        words = make_corpus(corpus, args.words, source)
        print(f"{words:,} words in {len(list(corpus.iterdir()))} texts of {source}; {cores} cores")
        print(f"each figure: the median of {args.repeat} runs, raw and kg runs alternating\n")
        configs = (
            ("kg build, 1 worker", 1, None, "1"),
            (f"kg build, {cores} workers", cores, None, str(cores)),
            (f"kg build --dask local ({cores})", cores, "local", str(cores)),
        )
        # Raw and kg runs alternate, so a machine that speeds up or slows down during
        # the bench (a shared host does) moves both sides of each ratio alike.
        raws: dict[str, list[float]] = {}
        rows: dict[str, tuple[list[float], list[float], list[float]]] = {}
        shares: list[float] = []  # parse time / build time, within each 1-worker build
        for turn in range(args.repeat):
            for label, workers, dask, n_process in configs:
                # which side runs first alternates too, so a drift does not favour one
                if turn % 2 == 0:
                    raw, _ = run_measured(RAW, str(corpus), n_process)
                    result, peak = build_once(corpus, workers, dask)
                else:
                    result, peak = build_once(corpus, workers, dask)
                    raw, _ = run_measured(RAW, str(corpus), n_process)
                raws.setdefault(n_process, []).append(rate(raw))
                rates, ratios, peaks = rows.setdefault(label, ([], [], []))
                rates.append(rate(result))
                ratios.append(rate(result) / rate(raw))
                peaks.append(peak)
                if workers == 1 and dask is None:
                    shares.append(result["parse_seconds"] / result["seconds"])
        header = ("run", "words/s", "raw nlp.pipe", "ratio", "(range)", "peak MB")
        print("{:34} {:>10} {:>13} {:>6} {:>12} {:>8}".format(*header))
        print(f"{'raw nlp.pipe, 1 process':34} {median(raws['1']):>10,.0f}")
        print(f"{f'raw nlp.pipe, n_process={cores}':34} {median(raws[str(cores)]):>10,.0f}")
        for label, _, _, n_process in configs:
            rates, ratios, peaks = rows[label]
            spread = f"{min(ratios):.2f}-{max(ratios):.2f}"
            print(
                f"{label:34} {median(rates):>10,.0f} {median(raws[n_process]):>13,.0f}"
                f" {median(ratios):>6.2f} {spread:>12} {max(peaks):>8.0f}"
            )
        print(
            f"\nparse share of a 1-worker build (time inside nlp.pipe / build time, same run):"
            # three decimals: the floor is 0.90, and two would round 0.895 up to it
            f" {median(shares):.3f} (range {min(shares):.3f}-{max(shares):.3f})"
        )
        if not args.skip_memory:
            small = work / "small"
            small_words = make_corpus(small, args.words // 3, source)
            _, peak_small = build_once(small, 1, None)
            peak_big = max(rows[configs[0][0]][2])  # the one-worker builds above
            growth = peak_big / peak_small - 1
            print(
                f"\npeak memory, 1 worker into a store: {small_words:,} words"
                f" {peak_small:.0f} MB, {words:,} words {peak_big:.0f} MB ({growth:+.0%})"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
