"""Screenshots for the README: the corpus graph and a focused neighbourhood.

    .venv/bin/kg build ../shared/corpus --output out/corpus.trig
    .venv/bin/python bench/screenshots.py out/corpus.trig "ZTE Corporation" 1

Writes ``docs/screenshot-corpus.png`` and ``docs/screenshot-focus.png``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench_render import start_browser

from kg.render import RenderOptions, render_html
from kg.store.load import open_graph

DOCS = Path(__file__).resolve().parent.parent / "docs"


def shoot(page: Path, png: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        driver = start_browser(profile)
        try:
            driver.get(page.as_uri())
            deadline = time.monotonic() + 120
            while not driver.execute_script("return window.__kgReady === true"):
                if time.monotonic() > deadline:
                    raise SystemExit(f"{page}: never ready")
                time.sleep(0.2)
            time.sleep(1.0)
            driver.save_screenshot(str(png))
        finally:
            driver.quit()


def main() -> None:
    graph_path, focus = sys.argv[1], sys.argv[2]
    hops = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    graph = open_graph(graph_path)
    with tempfile.TemporaryDirectory() as tmp:
        whole, near = Path(tmp) / "corpus.html", Path(tmp) / "focus.html"
        render_html(graph, whole, RenderOptions(title="kg: the corpus graph"))
        render_html(graph, near, RenderOptions(focus=focus, hops=hops, title=f"kg: {focus}"))
        shoot(whole, DOCS / "screenshot-corpus.png")
        shoot(near, DOCS / "screenshot-focus.png")


if __name__ == "__main__":
    main()
