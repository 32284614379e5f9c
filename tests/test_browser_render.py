"""`render = "browser"` watches: rendered by scrapy-playwright in the system Chromium,
or skipped with the install hint where either is missing.

The page under test holds an empty <main> that a script fills after a delay, so
only a browser can read the policy: the same page fetched over plain HTTP fails.
"""

from __future__ import annotations

import importlib.util
import sqlite3

import pytest
from scrapy.settings import Settings

from crawler import browser
from vigie.loopback import Page

from conftest import CHROMIUM_LOOPBACK_ONLY

LOOPBACK = ("--set", f"VIGIE_CHROMIUM_ARGS={CHROMIUM_LOOPBACK_ONLY}")

POLICY = ("We collect the posts you publish and use them to train our generative AI models. "
          "You can object at any time in your privacy settings, before 27 May 2026.")
SCRIPTED = f"""<!doctype html><html><head><title>Privacy</title></head>
<body><nav>Home | Help</nav><main></main>
<script>
setTimeout(function () {{
  document.querySelector("main").innerHTML = "<h1>Privacy Policy</h1><p>{POLICY}</p>";
}}, 300);
</script></body></html>"""

CHROMIUM, WHY_NO_CHROMIUM = browser.find_chromium(None)
HAS_PLAYWRIGHT = importlib.util.find_spec("scrapy_playwright") is not None
needs_playwright = pytest.mark.skipif(not HAS_PLAYWRIGHT, reason=f"scrapy-playwright is not installed; {browser.HINT}")
needs_browser = pytest.mark.skipif(
    not HAS_PLAYWRIGHT or CHROMIUM is None,
    reason="browser rendering unavailable: " + (WHY_NO_CHROMIUM or "scrapy-playwright is not installed")
           + f"; {browser.HINT}")


def watches(site, *renders: str) -> list[dict]:
    return [{"id": f"example/{render}", "url": site.url("/privacy"), "select": ["main"], "render": render}
            for render in renders]


def rows(vigie, sql: str) -> list[dict]:
    with sqlite3.connect(vigie.db) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(sql)]


@needs_browser
def test_the_browser_reads_what_the_script_wrote_and_http_does_not(site, vigie):
    site.serve("/privacy", Page.html(SCRIPTED))
    vigie.write(watches(site, "browser", "http"))

    output = vigie.crawl(*LOOPBACK).stdout
    assert "example/browser  new" in output, output
    assert "example/http     error" in output, output
    text = vigie("show", "example/browser").stdout
    assert POLICY in text and "Privacy Policy" in text
    (http,) = rows(vigie, "SELECT reason FROM checks WHERE watch_id = 'example/http'")
    assert http["reason"].startswith(("implausibly short text", "selector matched nothing")), http

    # What is kept is the DOM Chromium built, and it says so.
    (raw,) = rows(vigie, """SELECT r.content_type FROM checks c JOIN raw_pages r ON r.sha256 = c.raw_sha256
                            WHERE c.watch_id = 'example/browser'""")
    assert raw["content_type"].endswith("rendered=chromium")
    assert POLICY.encode() in _raw_page(vigie, "example/browser")

    vigie.crawl(*LOOPBACK)
    outcomes = rows(vigie, "SELECT outcome FROM checks WHERE watch_id = 'example/browser' ORDER BY id")
    assert [r["outcome"] for r in outcomes] == ["new", "unchanged"]
    assert [v["version"] for v in vigie.json("history", "example/browser")] == [1]
    # Validators describe the HTML, not what its scripts add: a browser watch
    # always asks in full (and the failing http watch has none to send).
    hits = site.hits_for("/privacy")
    assert len(hits) == 4 and not any("If-None-Match" in h.headers for h in hits)
    assert all(h.headers.get("Accept-Language") == "en" for h in hits)


def test_without_a_browser_the_watch_is_skipped_with_the_hint(site, vigie):
    site.serve("/privacy", Page.html(SCRIPTED))
    vigie.write(watches(site, "browser"))
    for _ in range(2):
        result = vigie("--set", "VIGIE_CHROMIUM=/nonexistent/chromium", "crawl", "--watch", "example/browser")
        assert result.returncode == 0
        assert "example/browser  skipped" in result.stdout, result.stdout
        assert browser.HINT in result.stdout
    assert site.hits_for("/privacy") == []  # not fetched at all
    (status,) = vigie.json("status")
    assert (status["outcome"], status["versions"], status["consecutive_failures"]) == ("skipped", 0, 0)
    assert rows(vigie, "SELECT * FROM versions") == []


def test_only_a_browser_watch_switches_the_handler_on():
    http_only = [_watch("http")]
    settings = Settings({"DOWNLOAD_TIMEOUT": 30})
    assert browser.configure(settings, http_only) is None
    assert "http" not in settings.getdict("DOWNLOAD_HANDLERS")

    settings = Settings({"DOWNLOAD_TIMEOUT": 30, "VIGIE_CHROMIUM": "/nonexistent/chromium"})
    reason = browser.configure(settings, [*http_only, _watch("browser")])
    assert reason and browser.HINT in reason
    assert "/nonexistent/chromium" in reason or not HAS_PLAYWRIGHT
    assert "http" not in settings.getdict("DOWNLOAD_HANDLERS")


@needs_browser
def test_a_browser_watch_gets_the_system_chromium():
    settings = Settings({"DOWNLOAD_TIMEOUT": 30})
    assert browser.configure(settings, [_watch("http"), _watch("browser")]) is None
    assert settings.getdict("DOWNLOAD_HANDLERS") == {"http": browser.HANDLER}  # the scheme it uses
    launch = settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")
    assert launch["executable_path"] == CHROMIUM and launch["headless"]
    assert "--disable-background-networking" in launch["args"]
    assert browser.request_meta(_watch("http"), 10) == {}
    assert browser.request_meta(_watch("browser"), 10)["playwright"] is True


@needs_playwright
def test_playwright_failures_become_scrapy_download_errors():
    from playwright.async_api import Error, TimeoutError
    from scrapy.exceptions import DownloadConnectionRefusedError, DownloadFailedError, DownloadTimeoutError
    from twisted.python.failure import Failure

    from crawler.browser_handler import scrapy_error
    from crawler.spiders.policies import describe_failure

    timeout = scrapy_error(TimeoutError('Page.goto: Timeout 30000ms exceeded.\nCall log:\n  - navigating to "x"'))
    assert isinstance(timeout, DownloadTimeoutError)
    assert describe_failure(Failure(timeout), 30) == "timeout: no complete answer within 30s"
    refused = scrapy_error(Error("Page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/\nCall log: …"))
    assert isinstance(refused, DownloadConnectionRefusedError)
    crashed = scrapy_error(Error("Target crashed\nCall log: …"))
    assert isinstance(crashed, DownloadFailedError) and str(crashed) == "browser: Target crashed"


def test_without_scrapy_playwright_the_reason_says_what_to_install(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "scrapy_playwright.handler", None)
    reason = browser.unavailable(Settings())
    assert "scrapy-playwright is missing" in reason and browser.HINT in reason


def _watch(render: str):
    from watchers.catalogue.watchlist import Watch

    return Watch(id=f"example/{render}", platform="Example", title="Privacy Policy", kind="privacy-policy",
                 url="http://127.0.0.1:9/privacy", select=["main"], render=render)


def _raw_page(vigie, watch_id: str) -> bytes:
    from watchers.store.db import Store

    store = Store(vigie.db)
    try:
        return store.raw(store.last_check(watch_id, outcomes=["new"])["raw_sha256"])
    finally:
        store.close()
