"""The graph page in real headless Chromium: it draws, searches, filters, shows
evidence, stays offline, and keeps article text inert."""

from __future__ import annotations

import shutil
import struct
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_render_data import XSS_NAME, XSS_SENTENCE, XSS_TITLE, grouped_graph, sample_graph

from kg.render import RenderOptions, display, render_html
from kg.render.browser import (
    browser_available,
    measure_overlap,
    move_view,
    start_chromium,
    wait_ready,
)
from kg.render.synthetic import synthetic_graph

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module, with a fresh profile and console log."""
    if not browser_available():
        pytest.skip("Chromium/ChromeDriver not installed (make browser-deps installs them)")
    profile = tempfile.mkdtemp(prefix="kg-chrome-")
    driver = start_chromium(profile)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver: Any, path: Path, timeout: float = 20.0) -> list[dict[str, Any]]:
    """Load ``path``, wait until the page says the network is drawn and still, and
    return the console messages logged meanwhile."""
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(path.as_uri())
    wait_ready(driver, timeout, str(path))
    logs: list[dict[str, Any]] = driver.get_log("browser")
    return logs


def node_index(driver: Any, label: str) -> int:
    index: int = driver.execute_script(
        "var want = arguments[0];"
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page.nodes;"
        "return d.findIndex(function (n) { return n.label === want; });",
        label,
    )
    assert index >= 0, label
    return index


def click_node(driver: Any, index: int) -> None:
    """Click where the node is drawn, as a user would."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#kg-network canvas")
    x, y = driver.execute_script(
        "var p = kgNetwork.canvasToDOM(kgNetwork.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        index,
    )
    rect = canvas.rect
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - rect["width"] / 2), int(y - rect["height"] / 2)
    ).click().perform()


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Decode an 8-bit RGB/RGBA PNG (what Chromium's screenshots are) to RGB pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for r in range(height):
        kind = raw[r * (stride + 1)]
        line = bytearray(raw[r * (stride + 1) + 1 : (r + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        previous = line
    pixels = [(row[c], row[c + 1], row[c + 2]) for row in rows for c in range(0, stride, channels)]
    return width, height, pixels


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "sample.html"
    render_html(sample_graph(), path, RenderOptions.of(title="Sample"))
    return path


@pytest.fixture(scope="module")
def xss_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xss") / "xss.html"
    render_html(sample_graph(xss=True), path, RenderOptions.of(title=XSS_TITLE))
    return path


def test_page_draws_a_graph_with_no_console_errors_and_no_network(
    browser: Any, sample_page: Path
) -> None:
    logs = open_page(browser, sample_page)
    assert [m for m in logs if m["level"] in ("SEVERE", "WARNING")] == []
    # nothing was fetched: no script, stylesheet, font or image from anywhere
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    canvas = browser.find_element("css selector", "#kg-network canvas")
    width, height, pixels = png_pixels(canvas.screenshot_as_png)
    assert width > 300 and height > 300
    drawn = [p for p in pixels if p != (255, 255, 255)]
    assert len(drawn) > 0.01 * len(pixels), "the canvas is blank"

    def near(p: tuple[int, int, int], q: tuple[int, int, int]) -> bool:
        return sum(abs(a - b) for a, b in zip(p, q, strict=True)) < 30

    # the class colours of the legend are on the canvas: company blue, sanction orange
    assert sum(near(p, (0x4E, 0x79, 0xA7)) for p in drawn) > 100
    assert sum(near(p, (0xF2, 0x8E, 0x2B)) for p in drawn) > 100


def test_search_by_another_name_focuses_that_node(browser: Any, sample_page: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    open_page(browser, sample_page)
    target = node_index(browser, "SenseTime Group")
    box = browser.find_element("id", "kg-search")
    box.send_keys("sensetime", Keys.ENTER)  # an altLabel, in another case
    time.sleep(0.6)  # the focus animation takes 300 ms
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == [target]
    centre_distance = browser.execute_script(
        "var p = kgNetwork.getPositions([arguments[0]])[arguments[0]];"
        "var v = kgNetwork.getViewPosition();"
        "return Math.hypot(p.x - v.x, p.y - v.y);",
        target,
    )
    assert centre_distance < 5, "the view did not move to the found node"
    assert browser.find_element("css selector", "#kg-panel h2").text == "SenseTime Group"
    assert "Found SenseTime Group" in browser.find_element("id", "kg-search-status").text


def test_search_for_an_unknown_name_says_so(browser: Any, sample_page: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    open_page(browser, sample_page)
    browser.find_element("id", "kg-search").send_keys("Nokia", Keys.ENTER)
    assert "No entity named" in browser.find_element("id", "kg-search-status").text
    assert browser.execute_script("return kgNetwork.getSelectedNodes()") == []


def test_class_filter_hides_that_class_and_its_edges(browser: Any, sample_page: Path) -> None:
    open_page(browser, sample_page)
    people = browser.execute_script(
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page.nodes;"
        "return d.map(function (n, i) { return n.cls === 'Person' ? i : -1; })"
        ".filter(function (i) { return i >= 0; });"
    )
    assert people
    browser.find_element("css selector", "#kg-classes input[value='Person']").click()
    assert browser.execute_script("return kgHiddenNodes()") == people
    hidden_edges = browser.execute_script(
        "return kgEdges.get({filter: function (e) { return e.hidden; }})"
        ".map(function (e) { return [e.from, e.to]; });"
    )
    assert hidden_edges and all(set(e) & set(people) for e in hidden_edges)
    # and back
    browser.find_element("css selector", "#kg-classes input[value='Person']").click()
    assert browser.execute_script("return kgHiddenNodes()") == []


def test_date_filter_hides_entities_from_other_dates(browser: Any, sample_page: Path) -> None:
    open_page(browser, sample_page)
    browser.execute_script(
        "var s = document.getElementById('kg-since'), u = document.getElementById('kg-until');"
        "s.value = '2021-04-01'; u.value = '2021-04-30';"
        "s.dispatchEvent(new Event('change')); u.dispatchEvent(new Event('change'));"
    )
    shown = browser.execute_script(
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page.nodes;"
        "var hidden = kgHiddenNodes();"
        "return d.filter(function (n, i) { return hidden.indexOf(i) < 0; })"
        ".map(function (n) { return n.label; }).sort();"
    )
    assert shown == ["Alibaba Group", "Fine on ali", "State Administration for Market Regulation"]


def test_clicking_a_node_shows_its_facts_and_evidence(browser: Any, sample_page: Path) -> None:
    open_page(browser, sample_page)
    xu = node_index(browser, "Yanjun Xu")
    click_node(browser, xu)
    panel = browser.find_element("id", "kg-panel")
    assert panel.get_attribute("data-node") == str(xu)
    text = panel.text
    assert "Yanjun Xu" in text and "Person" in text and "Xu" in text
    assert "A jury convicted Yanjun Xu." in text
    assert "Spy convicted · 2021-11-05" in text
    link = panel.find_element("css selector", ".kg-source a")
    assert link.get_attribute("href") == "https://example.org/a4"
    # the neighbourhood stays bright, the rest is dimmed
    opacity = browser.execute_script(
        "return [kgNodes.get(arguments[0]).opacity, kgNodes.get(arguments[1]).opacity];",
        xu,
        node_index(browser, "Huawei Technologies"),
    )
    assert opacity[0] == 1 and opacity[1] < 0.5


def test_clicking_an_edge_shows_its_evidence(browser: Any, sample_page: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(browser, sample_page)
    edge = browser.execute_script(
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page.edges;"
        "return d.findIndex(function (e) { return e.prop === 'develops' && e.evidence.length; });"
    )
    # the middle of the drawn (curved) edge, in page coordinates
    x, y = browser.execute_script(
        "var p = kgNetwork.body.edges[arguments[0]].edgeType.getPoint(0.5);"
        "var q = kgNetwork.canvasToDOM(p); return [q.x, q.y];",
        edge,
    )
    canvas = browser.find_element("css selector", "#kg-network canvas")
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - canvas.rect["width"] / 2), int(y - canvas.rect["height"] / 2)
    ).click().perform()
    panel = browser.find_element("id", "kg-panel")
    assert panel.get_attribute("data-edge") == str(edge)
    assert "develops" in panel.text
    assert "Evidence (1)" in panel.get_attribute("textContent")


def test_article_payloads_stay_inert(browser: Any, xss_page: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    logs = open_page(browser, xss_page)
    assert [m for m in logs if m["level"] == "SEVERE"] == []
    assert browser.title == XSS_TITLE  # shown as text, not markup
    evil = node_index(browser, XSS_NAME)
    browser.find_element("id", "kg-search").send_keys("Evil Corp", Keys.ENTER)
    time.sleep(0.4)
    panel = browser.find_element("id", "kg-panel")
    assert panel.find_element("css selector", "h2").text == XSS_NAME
    assert XSS_SENTENCE in panel.text
    assert "<script>window.__pwned=7</script>" in panel.text  # an other name, as text
    # the javascript: and data: sources are not links; only http(s) ever is
    hrefs = [a.get_attribute("href") for a in panel.find_elements("css selector", "a")]
    assert hrefs == []
    # hovering shows the tooltip as plain text
    click_node(browser, evil)
    canvas = browser.find_element("css selector", "#kg-network canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, 0, 0).perform()
    x, y = browser.execute_script(
        "var p = kgNetwork.canvasToDOM(kgNetwork.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        evil,
    )
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - canvas.rect["width"] / 2), int(y - canvas.rect["height"] / 2)
    ).perform()
    time.sleep(0.6)
    tooltip = browser.execute_script(
        "var t = document.querySelector('div.vis-tooltip'); return t ? t.textContent : null;"
    )
    assert tooltip is not None and XSS_NAME in tooltip
    injected = browser.execute_script(
        "return document.querySelectorAll('img, svg, iframe, object, embed, b').length"
    )
    assert injected == 0
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def test_large_graph_is_laid_out_in_python_and_ready_at_once(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    report = render_html(synthetic_graph(400, seed=3), path, RenderOptions())
    assert report.layout == "networkx"
    started = time.monotonic()
    logs = open_page(browser, path, timeout=15)
    assert time.monotonic() - started < 10
    assert [m for m in logs if m["level"] == "SEVERE"] == []
    physics = browser.execute_script("return kgNetwork.physics.physicsEnabled")
    assert physics is False
    # positions are the ones computed in Python (getPositions truncates to whole pixels)
    moved = browser.execute_script(
        "var d = JSON.parse(document.getElementById('kg-data').textContent).vis.nodes;"
        "var p = kgNetwork.getPositions();"
        "return d.filter(function (n) {"
        "  return Math.abs(p[n.id].x - n.x) >= 1 || Math.abs(p[n.id].y - n.y) >= 1; }).length;"
    )
    assert moved == 0


def test_notebook_display_runs_inline_with_no_file_left(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    shown = display(sample_graph(), height=500, title="Inline")
    assert list(workdir.iterdir()) == []
    # a stand-in for the notebook's output cell
    host = tmp_path / "notebook.html"
    # a notebook serves its page as UTF-8; without saying so, Chromium may guess
    # another encoding for a local file and the page's scripts would fail their hashes
    host.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        f"<body>{shown._repr_html_()}</body></html>",
        encoding="utf-8",
    )
    browser.get_log("browser")
    browser.get(host.as_uri())
    browser.switch_to.frame(browser.find_element("tag name", "iframe"))
    try:
        wait_ready(browser, 20, "the notebook frame")
        drawn = browser.execute_script("return kgNetwork.body.nodeIndices.length")
        assert drawn == shown.report.nodes
        # the names are placed in the cell as on the page: drawn, none on another
        labels = measure_overlap(browser)
        assert labels["labels"] >= 5 and labels["labels_overlapping"] == 0
    finally:
        browser.switch_to.default_content()
    assert [m for m in browser.get_log("browser") if m["level"] == "SEVERE"] == []


def test_a_sanction_reads_imposer_sanction_target(browser: Any, sample_page: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    open_page(browser, sample_page)
    browser.find_element("id", "kg-search").send_keys("Alibaba", Keys.ENTER)
    panel = browser.find_element("id", "kg-panel")
    fact = " ".join(panel.find_element("css selector", ".kg-facts li").text.split())
    assert fact == (
        "Fine on ali on Alibaba Group (imposed by State Administration for Market Regulation)"
    )
    # the imposer stays lit with the sanction, though two steps away
    imposer = node_index(browser, "State Administration for Market Regulation")
    assert browser.execute_script("return kgNodes.get(arguments[0]).opacity", imposer) == 1


def test_an_empty_graph_gives_a_working_page(browser: Any, tmp_path: Path) -> None:
    from rdflib import Graph

    path = tmp_path / "empty.html"
    report = render_html(Graph(), path)
    assert (report.nodes, report.edges) == (0, 0)
    logs = open_page(browser, path)
    assert [m for m in logs if m["level"] in ("SEVERE", "WARNING")] == []
    assert browser.find_element("id", "kg-stats").text == "0 nodes, 0 edges, 0 articles"


def test_property_and_sanction_kind_filters(browser: Any, sample_page: Path) -> None:
    open_page(browser, sample_page)
    hidden_props = (
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page.edges;"
        "return kgEdges.get({filter: function (e) { return e.hidden; }})"
        ".map(function (e) { return d[e.id].prop; }).sort();"
    )
    browser.find_element("css selector", "#kg-properties input[value='develops']").click()
    assert browser.execute_script(hidden_props) == ["develops", "develops"]
    assert browser.execute_script("return kgHiddenNodes()") == []  # the entities stay
    browser.find_element("css selector", "#kg-kinds input[value='Fine']").click()
    fine = node_index(browser, "Fine on ali")
    assert browser.execute_script("return kgHiddenNodes()") == [fine]
    assert browser.execute_script(hidden_props) == ["develops", "develops", "imposedBy", "target"]
    browser.find_element("id", "kg-reset").click()
    assert browser.execute_script("return kgHiddenNodes()") == []
    assert browser.execute_script(hidden_props) == []


@pytest.fixture(scope="module")
def grouped_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("grouped") / "grouped.html"
    render_html(grouped_graph(), path, RenderOptions.of(title="Grouped"))
    return path


def shown_labels(driver: Any) -> list[str]:
    """The page-data labels of the nodes vis-network shows now."""
    shown: list[str] = driver.execute_script(
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page.nodes;"
        "return kgNodes.get({filter: function (n) { return !n.hidden; }})"
        ".map(function (n) { return d[n.id].label; }).sort();"
    )
    return shown


def test_a_group_opens_on_click_and_folds_again(browser: Any, grouped_page: Path) -> None:
    logs = open_page(browser, grouped_page)
    assert [m for m in logs if m["level"] == "SEVERE"] == []
    group_label = "6 bans · 2022-03-01 · Ministry of Trade"
    folded = shown_labels(browser)
    assert group_label in folded and "5 people charged by District Court" in folded
    members = [f"Ban on ban-{i}" for i in range(6)] + [f"Person Number {i}" for i in range(5)]
    assert not set(members) & set(folded)
    assert "Ban on ban-late" in folded  # another date: not one of the group
    assert "2 groups folded" in browser.find_element("id", "kg-stats").text

    click_node(browser, node_index(browser, group_label))
    opened = shown_labels(browser)
    assert group_label not in opened
    assert [x for x in opened if x.startswith("Ban on ban-")] == [
        *[f"Ban on ban-{i}" for i in range(6)],
        "Ban on ban-late",
    ]
    panel = browser.find_element("id", "kg-panel")
    assert "Members (6)" in panel.get_attribute("textContent")
    assert "Ban on ban-3 → Firm Number 3" in panel.text
    assert "1 group folded" in browser.find_element("id", "kg-stats").text
    # every member's edges are drawn, and the group's own are not
    hidden_edges = browser.execute_script(
        "var d = JSON.parse(document.getElementById('kg-data').textContent).page;"
        "return kgEdges.get({filter: function (e) { return e.hidden; }})"
        ".map(function (e) { return d.nodes[d.edges[e.id].from].label + ' > ' +"
        " d.nodes[d.edges[e.id].to].label; });"
    )
    assert not any("Ban on ban-" in e for e in hidden_edges)
    assert sum(group_label in e for e in hidden_edges) == 7  # 1 imposer + 6 targets

    browser.find_element("id", "kg-group-toggle").click()
    assert shown_labels(browser) == folded
    assert "2 groups folded" in browser.find_element("id", "kg-stats").text


def test_searching_a_folded_member_opens_its_group(browser: Any, grouped_page: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    open_page(browser, grouped_page)
    browser.find_element("id", "kg-search").send_keys("Person Number 2", Keys.ENTER)
    time.sleep(0.5)
    assert "Person Number 2" in shown_labels(browser)
    assert browser.find_element("css selector", "#kg-panel h2").text == "Person Number 2"


def test_nodes_with_no_edge_are_hidden_until_asked_for(browser: Any, grouped_page: Path) -> None:
    open_page(browser, grouped_page)
    stats = browser.find_element("id", "kg-stats")
    assert "2 with no edge hidden" in stats.text
    assert not {"Loner-A", "Loner-B"} & set(shown_labels(browser))
    toggle = browser.find_element("id", "kg-isolated")
    assert "show the 2 nodes with no edge" in browser.find_element("id", "kg-isolated-box").text
    toggle.click()
    assert {"Loner-A", "Loner-B"} <= set(shown_labels(browser))
    assert "with no edge hidden" not in stats.text
    toggle.click()
    assert not {"Loner-A", "Loner-B"} & set(shown_labels(browser))


def test_labels_never_collide_and_more_appear_on_zoom(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    render_html(synthetic_graph(1000, seed=4), path, RenderOptions.of(max_nodes=None))
    open_page(browser, path, timeout=30)
    opening = measure_overlap(browser)
    assert opening["labels"] >= 10
    assert opening["labels_overlapping"] == 0
    assert opening["nodes_overlapping"] == 0
    # a node in view whose name did not fit: zoomed in on it, its name is drawn
    unlabelled = browser.execute_script(
        "var labelled = arguments[0], w = kgNetwork.body.container.clientWidth;"
        "var h = kgNetwork.body.container.clientHeight;"
        "return kgNodes.getIds().filter(function (id) {"
        "  if (kgNodes.get(id).hidden || labelled.indexOf(id) >= 0) return false;"
        "  var p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);"
        "  return p.x > 0 && p.x < w && p.y > 0 && p.y < h; });",
        opening["labelled"],
    )
    assert unlabelled, "every name fits at the opening view: the graph is too small to test"
    target = unlabelled[len(unlabelled) // 2]
    position = browser.execute_script(
        "return kgNetwork.getPositions([arguments[0]])[arguments[0]];", target
    )
    move_view(browser, position, opening["scale"] * 8)
    zoomed = measure_overlap(browser)
    assert target in zoomed["labelled"]
    assert zoomed["labels_overlapping"] == 0
    # labels keep their size on screen: the same pixel height at either zoom
    heights = browser.execute_script(
        "var lm = kgNetwork.body.nodes[arguments[0]].labelModule;"
        "return lm.size.height * kgNetwork.getScale();",
        target,
    )
    assert 12 <= heights <= 24


def test_hovering_a_node_always_shows_its_name(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    path = tmp_path / "big.html"
    render_html(synthetic_graph(1000, seed=4), path, RenderOptions.of(max_nodes=None))
    open_page(browser, path, timeout=30)
    opening = measure_overlap(browser)
    target = browser.execute_script(
        "var labelled = arguments[0], w = kgNetwork.body.container.clientWidth;"
        "var h = kgNetwork.body.container.clientHeight;"
        "return kgNodes.getIds().filter(function (id) {"
        "  if (kgNodes.get(id).hidden || labelled.indexOf(id) >= 0) return false;"
        "  var p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);"
        "  return p.x > 100 && p.x < w - 100 && p.y > 100 && p.y < h - 100; })[0];",
        opening["labelled"],
    )
    canvas = browser.find_element("css selector", "#kg-network canvas")
    x, y = browser.execute_script(
        "var p = kgNetwork.canvasToDOM(kgNetwork.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        target,
    )
    before = browser.execute_script("return window.__kgLabelPass")
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - canvas.rect["width"] / 2), int(y - canvas.rect["height"] / 2)
    ).perform()
    deadline = time.monotonic() + 10
    while browser.execute_script("return window.__kgLabelPass") <= before:
        assert time.monotonic() < deadline, "hovering placed no label"
        time.sleep(0.05)
    assert target in measure_overlap(browser)["labelled"]


def test_a_focus_page_always_names_its_entity(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "focus.html"
    render_html(grouped_graph(), path, RenderOptions.of(focus="Ministry of Trade", hops=1))
    open_page(browser, path)
    ministry = node_index(browser, "Ministry of Trade")
    assert ministry in measure_overlap(browser)["labelled"]
    assert (
        browser.execute_script(
            "return JSON.parse(document.getElementById('kg-data').textContent).page.focus"
        )
        == ministry
    )
