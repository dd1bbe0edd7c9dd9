"""Throughput of `kg build` against raw spaCy `nlp.pipe`, in one run on the same texts.

Texts: the public-domain releases (``../shared/corpus`` without the news article, or
``data/`` when ../shared is absent), repeated until there are at least ``--words``
words. Each measurement runs in a fresh process, so model loading is excluded from
the timings (it is reported apart) and peak memory (RSS of the process tree) is its own.

    .venv/bin/python bench/bench_build.py                 # 300,000 words
    .venv/bin/python bench/bench_build.py --words 100000  # a smaller run

Prints a table of words/s and the ratio of each `kg build` to raw `nlp.pipe` at the
same parallelism, plus peak memory of 100k- and 300k-word builds into a store.
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
load_pipeline()  # loaded before the clock starts, as in RAW
args = json.loads(sys.argv[1])
start = time.perf_counter()
summary = build([args["input"]], store=args["store"], workers=args["workers"], dask=args["dask"])
print(json.dumps({"seconds": time.perf_counter() - start, "words": summary.words,
                  "articles": summary.articles}))
"""


def make_corpus(folder: Path, min_words: int) -> int:
    """Copy the source texts into ``folder`` as many times as needed; returns words."""
    source = SHARED_CORPUS if SHARED_CORPUS.is_dir() else ROOT / "data"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        words = make_corpus(corpus, args.words)
        print(f"{words:,} words in {len(list(corpus.iterdir()))} texts; {cores} cores\n")
        rows = []
        raw1, _ = run_measured(RAW, str(corpus), "1")
        rawn, _ = run_measured(RAW, str(corpus), str(cores))
        for label, workers, dask, raw in (
            ("kg build, 1 worker", 1, None, raw1),
            (f"kg build, {cores} workers", cores, None, rawn),
            (f"kg build --dask local ({cores})", cores, "local", rawn),
        ):
            result, peak = build_once(corpus, workers, dask)
            rows.append((label, result, raw, peak))
        print(f"{'run':34} {'words/s':>10} {'raw nlp.pipe':>13} {'ratio':>6} {'peak MB':>8}")
        print(f"{'raw nlp.pipe, 1 process':34} {raw1['words'] / raw1['seconds']:>10,.0f}")
        print(f"{f'raw nlp.pipe, n_process={cores}':34} {rawn['words'] / rawn['seconds']:>10,.0f}")
        for label, result, raw, peak in rows:
            rate = result["words"] / result["seconds"]
            raw_rate = raw["words"] / raw["seconds"]
            print(
                f"{label:34} {rate:>10,.0f} {raw_rate:>13,.0f} {rate / raw_rate:>6.2f} {peak:>8.0f}"
            )
        if not args.skip_memory:
            small = work / "small"
            small_words = make_corpus(small, args.words // 3)
            _, peak_small = build_once(small, 1, None)
            peak_big = rows[0][3]  # the one-worker build above, on the whole corpus
            growth = peak_big / peak_small - 1
            print(
                f"\npeak memory, 1 worker into a store: {small_words:,} words"
                f" {peak_small:.0f} MB, {words:,} words {peak_big:.0f} MB ({growth:+.0%})"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
