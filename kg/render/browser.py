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
