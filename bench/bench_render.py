"""Benchmark ``kg render``: graphs of 100, 1,000 and 5,000 nodes, time to write the
page in Python and time until headless Chromium has the network drawn and still.

    python bench/bench_render.py [--sizes 100 1000 5000] [--repeat 3] [--json FILE]

"Ready" is when the page sets ``window.__kgReady``: after the first draw with the
final positions (for small graphs, after vis-network's physics has stabilised and
been switched off; above 150 nodes the positions come from networkx and physics is
off from the start). ``browser ms`` is ``performance.now()`` at that moment, i.e.
from navigation start: it includes parsing the page, running vis-network and
drawing. Each figure is the median of ``--repeat`` page loads in a fresh tab.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.render import RenderOptions, render_html
from kg.render.browser import browser_available, start_chromium, wait_ready
from kg.render.synthetic import synthetic_graph


def time_page(driver: Any, page: Path, timeout: float = 120.0) -> tuple[float, float, int]:
    """(browser ms to ready, wall ms to ready, console errors) for one page load."""
    driver.get("about:blank")
    driver.get_log("browser")
    started = time.perf_counter()
    driver.get(page.as_uri())
    wait_ready(driver, timeout, str(page))
    wall = (time.perf_counter() - started) * 1000
    ready_at = float(driver.execute_script("return window.__kgReadyAt"))
    errors = sum(1 for m in driver.get_log("browser") if m["level"] == "SEVERE")
    return ready_at, wall, errors


def run(sizes: list[int], repeat: int) -> list[dict[str, Any]]:
    rows = []
    work = Path(tempfile.mkdtemp(prefix="kg-bench-render-"))
    driver = start_chromium(work / "profile")
    try:
        for size in sizes:
            graph = synthetic_graph(size, seed=1)
            page = work / f"graph-{size}.html"
            started = time.perf_counter()
            report = render_html(graph, page, RenderOptions.of(max_nodes=None))
            render_s = time.perf_counter() - started
            loads = [time_page(driver, page) for _ in range(repeat)]
            rows.append(
                {
                    "nodes": report.nodes,
                    "edges": report.edges,
                    "layout": report.layout,
                    "render_s": round(render_s, 2),
                    "page_mb": round(report.bytes / 1e6, 2),
                    "browser_ms": round(statistics.median(b for b, _, _ in loads)),
                    "wall_ms": round(statistics.median(w for _, w, _ in loads)),
                    "console_errors": max(e for _, _, e in loads),
                }
            )
            print_row(rows[-1], header=len(rows) == 1)
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    return rows


def print_row(row: dict[str, Any], header: bool) -> None:
    if header:
        print(
            f"{'nodes':>6} {'edges':>6} {'layout':>9} {'render s':>9} {'page MB':>8} "
            f"{'browser ms':>11} {'wall ms':>8} {'errors':>7}"
        )
    print(
        f"{row['nodes']:>6} {row['edges']:>6} {row['layout']:>9} {row['render_s']:>9} "
        f"{row['page_mb']:>8} {row['browser_ms']:>11} {row['wall_ms']:>8} "
        f"{row['console_errors']:>7}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    if not browser_available():
        print("bench_render: Chromium not found; run `make browser-deps`", file=sys.stderr)
        return 1
    rows = run(args.sizes, args.repeat)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    slow = [r for r in rows if r["nodes"] <= 1000 and r["browser_ms"] > 5000]
    if slow:
        print(f"bench_render: over the 5 s goal at {slow[0]['nodes']} nodes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
