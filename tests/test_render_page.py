"""The written page, read as HTML (no browser): offline, escaped, well-formed data."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from test_render_data import XSS_NAME, XSS_SENTENCE, XSS_TITLE, grouped_graph, sample_graph

from kg.render import RenderOptions, render_html, to_html_string
from kg.render.page import safe_json
from kg.render.synthetic import synthetic_graph


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> Collector:
    collector = Collector()
    collector.feed(page)
    return collector


def page_data(page: str) -> dict:  # type: ignore[type-arg]
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def test_page_loads_nothing_from_the_network() -> None:
    page = to_html_string(sample_graph())
    html = parse(page)
    linked = [(t, k, v) for t, k, v in html.attrs if k in ("src", "href", "srcset", "action")]
    assert linked == []  # everything is inline; source links are made on click, in the DOM
    assert "<link" not in page
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page)
    assert "@import" not in page
    csp = next(v for t, k, v in html.attrs if k == "content" and "default-src" in v)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_article_text_never_appears_as_markup() -> None:
    page = to_html_string(sample_graph(xss=True), RenderOptions.of(title=XSS_TITLE))
    html = parse(page)
    # the payloads' tags never became elements
    assert not {"img", "svg", "b", "iframe"} & set(html.tags)
    assert html.tags.count("script") == 3  # data, vis-network, the page's own
    assert html.tags.count("title") == 1
    head = page.split("<style>")[0]
    assert "&lt;b onmouseover=window.__pwned=4&gt;Breaking&lt;/b&gt;&lt;/title&gt;" in head
    for payload in (XSS_NAME, XSS_SENTENCE, "</script><script>", "javascript:window"):
        assert payload not in page
    data = page_data(page)
    # ... yet the data carries the text exactly, for textContent to show
    labels = {n["label"] for n in data["page"]["nodes"]}
    assert XSS_NAME in labels
    assert XSS_SENTENCE in {e["sentence"] for e in data["page"]["evidence"]}
    # only http(s) sources survive as URLs
    urls = {a["title"]: a["url"] for a in data["page"]["articles"]}
    assert urls[XSS_TITLE] is None and urls["Data URL"] is None
    assert urls["Spy convicted"] == "https://example.org/a4"


def test_json_in_script_escapes_everything_that_could_end_it() -> None:
    text = safe_json({"x": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"x": "</script><!-- & \u2028\u2029 >"}


def test_sanction_label_reads_kind_amount_and_legend_lists_classes() -> None:
    data = page_data(to_html_string(sample_graph()))
    texts = {n["text"] for n in data["page"]["nodes"]}
    assert "Fine\n2.8 billion USD" in texts
    assert "Investment Ban" in texts
    legend = {c["name"]: (c["colour"], c["shape"]) for c in data["page"]["classes"]}
    assert legend["Company"] == ("#4e79a7", "dot")
    assert legend["Sanction"][1] == "star"
    # node size grows with connections and mentions
    pairs = zip(data["page"]["nodes"], data["vis"]["nodes"], strict=True)
    size = {n["label"]: v["size"] for n, v in pairs}
    assert size["Yanjun Xu"] > size["Shenzhen"]
    # labels start empty: the page draws those that fit at the zoom it opens with
    assert {v["label"] for v in data["vis"]["nodes"]} == {""}


def test_positions_come_from_python_unless_physics_is_asked_for() -> None:
    small = page_data(to_html_string(sample_graph(), RenderOptions.of(physics_threshold=50)))
    assert small["vis"]["options"]["physics"]["enabled"] is True
    assert "x" not in small["vis"]["nodes"][0]
    for graph in (sample_graph(), synthetic_graph(300, seed=2)):
        data = page_data(to_html_string(graph))
        assert data["vis"]["options"]["physics"] == {"enabled": False}
        assert data["vis"]["options"]["layout"]["improvedLayout"] is False
        xy = [(n["x"], n["y"]) for n in data["vis"]["nodes"]]
        assert len(set(xy)) == len(xy) == len(data["page"]["nodes"])  # all placed, apart


def test_layout_is_deterministic() -> None:
    assert to_html_string(synthetic_graph(300, seed=2)) == to_html_string(
        synthetic_graph(300, seed=2)
    )


def test_layout_is_the_same_in_every_process() -> None:
    """Set order changes with each interpreter's hash seed; the picture must not."""
    import hashlib
    import os
    import subprocess
    import sys

    script = (
        "import hashlib; from kg.render import to_html_string;"
        "from kg.render.synthetic import synthetic_graph;"
        "print(hashlib.sha1(to_html_string(synthetic_graph(300, seed=2)).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        env = os.environ | {"PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        digests.add(done.stdout.strip())
    page = to_html_string(synthetic_graph(300, seed=2))
    assert digests == {hashlib.sha1(page.encode()).hexdigest()}


def test_render_html_writes_atomically_and_leaves_no_temp_files(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    out.write_text("old")
    report = render_html(sample_graph(), out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]
    assert report.bytes == out.stat().st_size
    assert (report.nodes, report.edges) == (13, 9)


def test_no_node_is_placed_on_another() -> None:
    import math

    data = page_data(to_html_string(synthetic_graph(1000, seed=5), RenderOptions.of()))
    drawn = [v for v in data["vis"]["nodes"] if not v.get("hidden")]
    cells: dict[tuple[int, int], list[dict]] = {}  # type: ignore[type-arg]
    for v in drawn:
        cells.setdefault((int(v["x"] // 100), int(v["y"] // 100)), []).append(v)
    touching = set()
    for (cx, cy), here in cells.items():
        near = [
            w for dx in (-1, 0, 1) for dy in (-1, 0, 1) for w in cells.get((cx + dx, cy + dy), [])
        ]
        for v in here:
            for w in near:
                gap = math.dist((v["x"], v["y"]), (w["x"], w["y"])) - v["size"] - w["size"]
                if v["id"] != w["id"] and gap < 0:
                    touching.add(v["id"])
    assert len(drawn) > 900 and touching == set()


def test_the_page_opens_folded_with_nodes_without_edges_hidden() -> None:
    data = page_data(to_html_string(grouped_graph()))
    page, vis = data["page"], data["vis"]
    hidden = {page["nodes"][v["id"]]["label"] for v in vis["nodes"] if v.get("hidden")}
    members = {f"Ban on ban-{i}" for i in range(6)} | {f"Person Number {i}" for i in range(5)}
    assert hidden == members | {"Loner-A", "Loner-B"}
    assert page["isolated"] == 2
    assert [len(g["members"]) for g in page["groups"]] == [5, 6]
    # a member's own edges wait, hidden, for the group to open
    member_ids = {i for g in page["groups"] for i in g["members"]}
    for edge, vis_edge in zip(page["edges"], vis["edges"], strict=True):
        assert bool(vis_edge.get("hidden")) == bool({edge["from"], edge["to"]} & member_ids)
    # groups are offered a label first, before the best connected node
    assert page["order"][:2] == [g["node"] for g in reversed(page["groups"])]
