"""Screenshots for the README at 1400×900: the demo graph, the corpus graph and a
focused neighbourhood, each as a new user first sees it.

    .venv/bin/kg build data --output out/graph.trig
    .venv/bin/kg build ../shared/corpus --output /tmp/corpus.trig
    .venv/bin/python bench/screenshots.py out/graph.trig /tmp/corpus.trig "ZTE Corporation" 1

Writes ``docs/screenshot-demo.png``, ``docs/screenshot-corpus.png`` and
``docs/screenshot-focus.png``; and ``docs/notebooks/explore-graph.png``, the inline
display of ``notebooks/explore.ipynb`` (the focus entity's two hops in the demo
graph, in a 1100-pixel-wide output cell).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.render import RenderOptions, display, render_html
from kg.render.browser import start_chromium, wait_ready
from kg.store.load import open_graph

DOCS = Path(__file__).resolve().parent.parent / "docs"


def shoot(driver: Any, page: Path, png: Path) -> None:
    """Open ``page``, wait for it to be drawn with its labels placed, and save it."""
    driver.get(page.as_uri())
    wait_ready(driver, 120, str(page))
    time.sleep(0.5)  # the label pass runs on the first frames after ready
    driver.save_screenshot(str(png))
    print(f"wrote {png}")


def shoot_cell(driver: Any, graph: Any, host: Path, focus: str) -> None:
    """The notebook's inline display, as its output cell shows it."""
    shown = display(graph, focus=focus, hops=2, max_nodes=80, height=520)
    host.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;width:1100px">'
        f"{shown._repr_html_()}</body></html>",
        encoding="utf-8",
    )
    driver.get(host.as_uri())
    driver.switch_to.frame(driver.find_element("tag name", "iframe"))
    try:
        wait_ready(driver, 60, "the notebook cell")
        time.sleep(0.5)
    finally:
        driver.switch_to.default_content()
    png = DOCS / "notebooks" / "explore-graph.png"
    driver.find_element("tag name", "iframe").screenshot(str(png))
    print(f"wrote {png}")


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 1
    demo, corpus, focus = open_graph(argv[0]), open_graph(argv[1]), argv[2]
    hops = int(argv[3]) if len(argv) > 3 else 1
    with tempfile.TemporaryDirectory() as tmp:
        pages = {
            "demo": (demo, RenderOptions.of(title="kg: the demo graph")),
            "corpus": (corpus, RenderOptions.of(title="kg: the corpus graph")),
            "focus": (corpus, RenderOptions.of(focus=focus, hops=hops, title=f"kg: {focus}")),
        }
        driver = start_chromium(Path(tmp) / "profile")
        try:
            for name, (graph, options) in pages.items():
                page = Path(tmp) / f"{name}.html"
                render_html(graph, page, options)
                shoot(driver, page, DOCS / f"screenshot-{name}.png")
            shoot_cell(driver, demo, Path(tmp) / "cell.html", focus)
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
