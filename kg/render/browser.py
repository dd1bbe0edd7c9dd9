"""Headless Chromium for the browser tests, the benchmark and the screenshots: one
way to start it, one way to wait for the page.

Needs ``selenium`` (a dev dependency) and Debian's ``chromium`` and
``chromium-driver`` (``make browser-deps``); nothing here runs when the page is
merely written.

>>> CHROMEDRIVER
'/usr/bin/chromedriver'
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: The window the page is judged in: a common laptop screen.
WINDOW = (1400, 900)


def browser_available() -> bool:
    """Whether Chromium and ChromeDriver are installed where Debian puts them."""
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


def start_chromium(profile: str | Path, window: tuple[int, int] = WINDOW) -> Any:
    """A headless Chromium with a fresh ``profile`` folder and its console log kept
    (``driver.get_log("browser")``). The caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--window-size={window[0]},{window[1]}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    # --window-size includes the window frame; the page itself must get the full window
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": window[0], "height": window[1], "deviceScaleFactor": 1, "mobile": False},
    )
    return driver


def wait_ready(driver: Any, timeout: float = 20.0, what: str = "page") -> None:
    """Wait until the graph page sets ``window.__kgReady`` (drawn, still, labels
    placed); ``TimeoutError`` naming ``what`` if it never does."""
    deadline = time.monotonic() + timeout
    while not driver.execute_script("return window.__kgReady === true"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not ready after {timeout:.0f}s")
        time.sleep(0.02)


#: vis-network's own boxes, in window pixels: every shown node's circle (half its
#: drawn width) and every label vis-network would draw, both when inside the window.
_MEASURE_JS = """
var net = window.kgNetwork, scale = net.getScale(), centre = net.getViewPosition();
var box = net.body.container.getBoundingClientRect();
var w = box.width, h = box.height;
function toScreen(x, y) { return [(x - centre.x) * scale + w / 2, (y - centre.y) * scale + h / 2]; }
var labels = [], nodes = [], ids = [];
net.body.nodeIndices.forEach(function (id) {
  var node = net.body.nodes[id];
  if (node.options.hidden) return;
  var c = toScreen(node.x, node.y);
  var r = node.shape.width / 2 * scale;
  if (c[0] + r > 0 && c[0] - r < w && c[1] + r > 0 && c[1] - r < h) nodes.push([c[0], c[1], r]);
  var lm = node.labelModule;
  if (!node.options.label || !lm.visible()) return;
  var a = toScreen(lm.size.left, lm.size.top);
  var b = [a[0] + lm.size.width * scale, a[1] + lm.size.height * scale];
  if (b[0] < 0 || a[0] > w || b[1] < 0 || a[1] > h) return;
  labels.push([a[0], a[1], b[0], b[1]]);
  ids.push(id);
});
var overL = 0;
labels.forEach(function (p, i) {
  if (labels.some(function (q, j) {
    return i !== j && p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
  })) overL++;
});
var overN = 0;
nodes.forEach(function (p, i) {
  if (nodes.some(function (q, j) {
    return i !== j && Math.hypot(p[0] - q[0], p[1] - q[1]) < p[2] + q[2];
  })) overN++;
});
return {scale: scale, labels: labels.length, labels_overlapping: overL, labelled: ids,
        nodes: nodes.length, nodes_overlapping: overN};
"""


def measure_overlap(driver: Any) -> dict[str, Any]:
    """What the graph page in ``driver`` draws now: ``labels`` drawn in the window
    and how many overlap another (``labels_overlapping``), which nodes carry them
    (``labelled``), ``nodes`` in the window and how many overlap another."""
    result: dict[str, Any] = driver.execute_script(_MEASURE_JS)
    return result


def move_view(driver: Any, centre: dict[str, float], scale: float, timeout: float = 30) -> None:
    """Move the view to ``centre`` (canvas pixels) at ``scale``, as a user's zoom
    would, and wait until the page has placed the labels for it."""
    before = driver.execute_script("return window.__kgLabelPass")
    driver.execute_script(
        "kgNetwork.moveTo({position: arguments[0], scale: arguments[1], animation: false});"
        "kgRelabel();",
        centre,
        scale,
    )
    deadline = time.monotonic() + timeout
    while driver.execute_script("return window.__kgLabelPass") <= before:
        if time.monotonic() > deadline:
            raise TimeoutError("the labels were never placed after the move")
        time.sleep(0.02)
