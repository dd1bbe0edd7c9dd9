"""Measure how readable the graph page is, in headless Chromium at 1400×900: the
share of drawn labels that overlap another label, at the opening view and zoomed
in 2× and 4× (about the same centre), the share of nodes in the window that carry
their name at each zoom, and the share of nodes that overlap another node at the
opening view.

    python bench/bench_labels.py [--graph NAME=FILE ...] [--sizes 1000 5000] [--json FILE]

Default graphs: ``out/graph.trig`` (``make demo``) as "demo", ``/tmp/corpus.trig``
as "corpus" (``kg build ../shared/corpus --output /tmp/corpus.trig``), and made-up
graphs of 1,000 and 5,000 nodes (:mod:`kg.render.synthetic`, drawn uncapped).

The boxes are vis-network's own: ``node.labelModule.size`` for a label (what it
last drew, in canvas pixels), counted when vis-network would draw it
(``labelModule.visible()``), the node is shown, and the box is inside the window;
and for a node, the circle of its drawn shape's half width. A label overlaps when
its box intersects another's by any area; a node, when its circle does.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from kg.render import RenderOptions, render_html
from kg.render.browser import (
    browser_available,
    measure_overlap,
    move_view,
    start_chromium,
    wait_ready,
)
from kg.render.synthetic import synthetic_graph
from kg.store.load import open_graph

ROOT = Path(__file__).resolve().parent.parent

#: Goals of issue 13.
LABEL_GOAL = 0.05
NODE_GOAL = 0.02


def zoom(driver: Any, factor: float, opening: dict[str, Any]) -> None:
    """Zoom to ``factor`` times the opening scale, about the opening centre, and
    wait for the page's label pass (it runs after the user zooms, too)."""
    move_view(driver, opening["centre"], opening["scale"] * factor)


def measure_page(driver: Any, page: Path) -> dict[str, Any]:
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get(page.as_uri())
    wait_ready(driver, 120, str(page))
    opening = {
        "scale": driver.execute_script("return kgNetwork.getScale()"),
        "centre": driver.execute_script("return kgNetwork.getViewPosition()"),
    }
    row: dict[str, Any] = {"drawn_nodes": driver.execute_script("return kgNodes.length")}
    for factor in (1, 2, 4):
        if factor > 1:
            zoom(driver, factor, opening)
        m = measure_overlap(driver)
        row[f"labels_{factor}x"] = m["labels"]
        # the share of nodes in the window that carry their name grows as you zoom
        row[f"named_{factor}x"] = round(m["labels"] / max(m["nodes"], 1), 3)
        row[f"label_overlap_{factor}x"] = round(m["labels_overlapping"] / max(m["labels"], 1), 4)
        if factor == 1:
            row["scale"] = round(m["scale"], 3)
            row["nodes_in_view"] = m["nodes"]
            row["node_overlap"] = round(m["nodes_overlapping"] / max(m["nodes"], 1), 4)
    row["console_errors"] = sum(1 for m in driver.get_log("browser") if m["level"] == "SEVERE")
    return row


def print_row(name: str, row: dict[str, Any], header: bool) -> None:
    if header:
        print(
            f"{'graph':>15} {'scale':>6} {'nodes':>6} {'node ovl':>8} "
            + " ".join(f"{'labels ' + f:>9} {'named':>6} {'ovl':>5}" for f in ("1x", "2x", "4x"))
            + f" {'err':>4}"
        )
    cells = " ".join(
        f"{row[f'labels_{f}']:>9} {row[f'named_{f}']:>6.0%} {row[f'label_overlap_{f}']:>5.1%}"
        for f in ("1x", "2x", "4x")
    )
    print(
        f"{name:>15} {row['scale']:>6} {row['nodes_in_view']:>6} {row['node_overlap']:>8.1%} "
        f"{cells} {row['console_errors']:>4}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", nargs="*", metavar="NAME=FILE", default=None)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000])
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    if not browser_available():
        print("bench_labels: Chromium not found; run `make browser-deps`", file=sys.stderr)
        return 1
    graphs: list[tuple[str, Any, RenderOptions]] = []
    named = (
        args.graph
        if args.graph is not None
        else [
            f"demo={ROOT / 'out' / 'graph.trig'}",
            "corpus=/tmp/corpus.trig",
        ]
    )
    for item in named:
        name, _, file = item.partition("=")
        if not Path(file).exists():
            print(f"bench_labels: {file}: no such graph; skipping {name}", file=sys.stderr)
            continue
        graphs.append((name, open_graph(file), RenderOptions.of(title=name)))
    for size in args.sizes:
        options = RenderOptions.of(max_nodes=None, title=f"{size} nodes")
        graphs.append((f"synthetic {size}", synthetic_graph(size, seed=1), options))
    rows = []
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        driver = start_chromium(Path(tmp) / "profile")
        try:
            for name, graph, options in graphs:
                page = Path(tmp) / "page.html"
                report = render_html(graph, page, options)
                row = {"graph": name, "nodes": report.nodes, "edges": report.edges}
                row |= measure_page(driver, page)
                rows.append(row)
                print_row(name, row, header=len(rows) == 1)
                worst = max(row[f"label_overlap_{f}x"] for f in (1, 2, 4))
                failed |= worst > LABEL_GOAL or row["node_overlap"] > NODE_GOAL
        finally:
            driver.quit()
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    if failed:
        print("bench_labels: over a goal (labels 5%, nodes 2%)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
