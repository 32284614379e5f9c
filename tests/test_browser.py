"""The report and the site in headless Chromium: they render, run nothing and fetch nothing.

Drives Debian's `chromium` through the `playwright` package (never `playwright
install`: no browser download). Skips, saying why, where either is missing.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import struct
import threading
from contextlib import closing
from datetime import datetime, timezone
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import CHROMIUM_LOOPBACK_ONLY
from reports.site import write_site
from reports.weekly import period_start, write_weekly
from test_report import build_hostile_store
from watchers.store.db import Store

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                               "(pip install -e '.[test]')")
CHROMIUM = os.environ.get("VIGIE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH: apt-get install chromium "
                                "(or set VIGIE_CHROMIUM to its path)")
# No sandbox: CI containers run as root; the rest keeps Chromium from calling home.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-dev-shm-usage", *shlex.split(CHROMIUM_LOOPBACK_ONLY)]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    directory = tmp_path_factory.mktemp("browser")
    hostile = build_hostile_store(directory)
    now = datetime.now(timezone.utc)
    with closing(Store(hostile.db)) as store:
        write_weekly(store, directory / "weekly.html", "html", period_start(None, now), now)
        write_weekly(store, directory / "weekly.fr.html", "html", period_start(None, now), now, "fr")
        write_site(store, directory / "site", now)
        write_site(store, directory / "both", now, ("en", "fr"))
    return directory


@pytest.fixture(scope="module")
def static_server(rendered):
    """The site served by a plain static server on 127.0.0.1, as a user would publish it."""
    handler = functools.partial(_QuietHandler, directory=str(rendered / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except sync_api.Error as error:
            pytest.skip(f"Chromium at {CHROMIUM} does not start under playwright: {error}")
        yield chromium
        chromium.close()


def open_page(browser, url: str, viewport: dict | None = None):
    """Open `url`, recording console errors, page errors, dialogs and every request made."""
    page = browser.new_page(viewport=viewport or {"width": 1200, "height": 900})
    seen = {"errors": [], "requests": []}
    page.on("console", lambda message: seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.on("dialog", lambda dialog: (seen["errors"].append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: seen["requests"].append(request.url))
    response = page.goto(url, wait_until="load")
    assert response is None or response.ok, url
    return page, seen


def assert_png(path, min_width: int) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert width >= min_width and height > 300 and len(data) > 10_000, (width, height, len(data))


def test_the_weekly_report_renders_without_errors(browser, rendered, tmp_path):
    for name, viewport in (("desktop", None), ("phone", PHONE)):
        page, seen = open_page(browser, (rendered / "weekly.html").as_uri(), viewport)
        assert seen["errors"] == []
        assert seen["requests"] == [(rendered / "weekly.html").as_uri()]  # nothing else was fetched
        assert page.locator("h1").inner_text().startswith("Weekly report: ")
        assert page.locator("article").count() == 1
        assert page.locator("script, img").count() == 0
        assert "<script>alert(3)</script>" in page.locator("article").inner_text()  # shown as text
        # Readable on a phone: nothing wider than the screen but the scrollable tables.
        if viewport:
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        shot = tmp_path / f"report-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert_png(shot, (viewport or {"width": 1200})["width"])
        page.close()


def test_the_site_renders_from_a_static_server_and_from_disk(browser, rendered, static_server, tmp_path):
    page, seen = open_page(browser, f"{static_server}/index.html", PHONE)
    assert seen["errors"] == []
    assert all(url.startswith(static_server) for url in seen["requests"]), seen["requests"]
    assert page.locator("h1").inner_text() == "Policy archive"
    shot = tmp_path / "site-index.png"
    page.screenshot(path=str(shot), full_page=True)
    assert_png(shot, PHONE["width"])

    # Following links works on the server: index → platform → timeline → diff.
    page.locator("main a", has_text="Acme").click()
    assert page.url.endswith("/platform/acme.html") and page.locator("h1").inner_text() == "Acme"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator("a", has_text="Privacy <Policy>").first.click()
    page.locator("a", has_text="diff 1 → 2").click()
    assert page.url.endswith("/watch/acme~privacy.policy_v-2/diff/1-2.html")
    assert page.locator("del", has_text="3 March").count() == 1
    assert seen["errors"] == []
    page.close()

    for path in ("index.html", "platform/acme.html", "watch/acme~privacy.policy_v-2/v/2.html"):
        page, seen = open_page(browser, (rendered / "site" / path).as_uri())
        assert seen["errors"] == [] and len(seen["requests"]) == 1
        page.close()


def test_the_french_weekly_report_renders_without_errors(browser, rendered):
    url = (rendered / "weekly.fr.html").as_uri()
    page, seen = open_page(browser, url, PHONE)
    assert seen["errors"] == [] and seen["requests"] == [url]
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text().startswith("Rapport hebdomadaire : du ")
    assert page.locator("article").count() == 1 and page.locator("script, img").count() == 0
    assert "<script>alert(3)</script>" in page.locator("article").inner_text()  # shown as text
    assert "Ce qui a changé dans le texte" in page.locator("article").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.close()


def test_the_site_in_two_languages_links_each_page_to_its_twin(browser, rendered, tmp_path):
    door = (rendered / "both" / "index.html").as_uri()
    page, seen = open_page(browser, door, PHONE)
    page.locator("a[hreflang=fr]").click()
    assert page.url.endswith("/both/fr/index.html") and page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Archives des politiques"
    page.locator("main a", has_text="Acme").click()
    assert page.url.endswith("/both/fr/platform/acme.html")
    page.locator("a", has_text="Privacy <Policy>").first.click()
    page.locator("a", has_text="différences 1 → 2").click()
    assert page.url.endswith("/both/fr/watch/acme~privacy.policy_v-2/diff/1-2.html")
    assert page.locator("del", has_text="3 March").count() == 1  # the policy's words, in any language
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot = tmp_path / "diff-fr.png"
    page.screenshot(path=str(shot), full_page=True)
    assert_png(shot, PHONE["width"])
    page.locator("nav.languages a[hreflang=en]").click()
    assert page.url.endswith("/both/en/watch/acme~privacy.policy_v-2/diff/1-2.html")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Privacy <Policy>: version 1 → 2"
    assert seen["errors"] == [] and all(url.startswith("file://") for url in seen["requests"])
    page.close()
