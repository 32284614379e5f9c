"""Pages that only exist once their scripts ran: `render = "browser"` watches.

They are fetched by scrapy-playwright driving a system Chromium (Debian's
`chromium` package; never `playwright install`, which downloads a browser).
Both are optional: without them a browser watch is recorded as `skipped` with
the install hint, never as a failure, since nothing is wrong with the page.

The Playwright download handler is switched on per crawl, and only when a
selected watch needs it: a crawl of server-rendered pages starts no browser.
Requests without `meta["playwright"]` still go through Scrapy's own HTTP/1.1
handler, which the Playwright one extends (crawler/browser_handler.py).
"""

from __future__ import annotations

import os
import shlex
import shutil
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from watchers.catalogue.watchlist import Watch
from watchers.page.fetch import Fetch
from watchers.page.targets import url_problem

HANDLER = "crawler.browser_handler.BrowserDownloadHandler"
HINT = "install the browser extra: pip install 'vigie-policy[browser]' and Debian's chromium package"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
# No sandbox: CI containers run as root, where Chromium's sandbox refuses to
# start. The rest stops Chromium's own background connections (updates, sync,
# first-run setup), which a closed network refuses and which are not ours to make.
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync")
# A policy needs its text, not its pictures: skipping these saves most of a
# page's bytes and time, and changes nothing in the extracted text.
SKIPPED_RESOURCES = frozenset({"image", "media", "font"})
# True once one of the `select` selectors holds text, or when that cannot be
# checked here (a selector only lxml's cssselect understands, e.g. :contains()).
_HAS_TEXT = """selectors => selectors.some(selector => {
    try { return [...document.querySelectorAll(selector)].some(e => e.textContent.trim()); }
    catch (error) { return true; }
})"""


def find_chromium(setting: str | None) -> tuple[str | None, str]:
    """(executable, "") or (None, why not): the VIGIE_CHROMIUM setting or
    environment variable (a path or a command name), else the usual names on PATH."""
    wanted = setting or os.environ.get("VIGIE_CHROMIUM")
    if wanted:
        found = shutil.which(wanted)
        return (found, "") if found else (None, f"no Chromium executable at {wanted!r} (VIGIE_CHROMIUM)")
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found, ""
    return None, f"no Chromium on PATH ({', '.join(CANDIDATES)})"


def unavailable(settings: BaseSettings) -> str | None:
    """Why browser watches cannot be rendered here, with what to do; None if they can."""
    try:
        import scrapy_playwright.handler  # noqa: F401  (the import is the check)
    except ImportError as error:
        return f"not rendered: scrapy-playwright is missing ({error.name}); {HINT}"
    chromium, problem = find_chromium(settings.get("VIGIE_CHROMIUM"))
    return None if chromium else f"not rendered: {problem}; {HINT}"


def configure(settings: BaseSettings, watches: list[Watch]) -> str | None:
    """Switch the crawl's http/https handlers to Playwright when one of `watches`
    needs a browser and one is available. Returns why browser watches must be
    skipped, or None. Call before the crawler's settings freeze (from_crawler)."""
    if not any(w.render == "browser" for w in watches):
        return None
    problem = unavailable(settings)
    if problem:
        return problem
    chromium, _ = find_chromium(settings.get("VIGIE_CHROMIUM"))
    timeout_ms = settings.getfloat("DOWNLOAD_TIMEOUT") * 1000
    # Each scheme's handler is its own instance with its own Playwright driver:
    # only the schemes browser watches use get one.
    schemes = {urlsplit(w.url).scheme for w in watches if w.render == "browser"}
    handlers = {**settings.getdict("DOWNLOAD_HANDLERS"), **dict.fromkeys(schemes, HANDLER)}
    settings.set("DOWNLOAD_HANDLERS", handlers, priority="spider")
    for name, value in {
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium, "headless": True,
                                      "args": [*CHROMIUM_ARGS, *shlex.split(settings.get("VIGIE_CHROMIUM_ARGS") or "")],
                                      "timeout": max(timeout_ms, 30000)},
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": timeout_ms,
        # Each page is a renderer process: on a small machine a few at a time.
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": settings.getint("VIGIE_BROWSER_PAGES", 4),
        "PLAYWRIGHT_ABORT_REQUEST": skip_heavy_resource,
    }.items():
        settings.set(name, value, priority="spider")
    return None


def skip_heavy_resource(request) -> bool:
    """Images, media and fonts are not needed to read a policy; and no script on the page
    may reach a link-local or cloud-metadata address (watchers/page/targets.py)."""
    return request.resource_type in SKIPPED_RESOURCES or (
        request.url.startswith(("http://", "https://")) and url_problem(request.url, allow_private=True) is not None)


def request_meta(watch: Watch, settle_seconds: float) -> dict:
    """What makes scrapy-playwright render this watch's request (nothing for http watches)."""
    if watch.render != "browser":
        return {}
    from scrapy_playwright.page import PageMethod

    return {
        "playwright": True,
        # One context per locale: navigator.language follows the watch, as
        # Accept-Language does, for pages that pick their language in script.
        "playwright_context": f"locale-{watch.locale}",
        "playwright_context_kwargs": {"locale": watch.locale, "service_workers": "block"},
        "playwright_page_methods": [PageMethod(settle, list(watch.select), settle_seconds * 1000)],
    }


async def settle(page, selectors: list[str], timeout_ms: float) -> None:
    """Wait, at most `timeout_ms` in all, for the selected content to hold text and
    for the network to go quiet. Running out of time is no error: the page is
    taken as it is, and the verdict says what is wrong with it (no match, too short)."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    deadline = _clock() + timeout_ms
    if selectors:
        try:
            await page.wait_for_function(_HAS_TEXT, arg=selectors, timeout=timeout_ms)
        except PlaywrightTimeout:
            pass
    try:
        # Pages that keep polling never go idle: take them as they are by then.
        await page.wait_for_load_state("networkidle", timeout=max(deadline - _clock(), 1))
    except PlaywrightTimeout:
        pass


def rendered_content_type(encoding: str | None) -> str:
    """The stored page is the DOM Chromium built, serialised, not the bytes the
    server sent: its content type says so (raw_pages.content_type)."""
    return f"text/html; charset={encoding or 'utf-8'}; rendered=chromium"


def skipped(watch: Watch, reason: str) -> Fetch:
    """A browser watch that was not fetched, as a `Fetch` the recorder writes as `skipped`."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return Fetch(watch_id=watch.id, url=watch.url, started_at=now, finished_at=now,
                 conditional=False, skipped=reason)


def _clock() -> float:
    return time.monotonic() * 1000
