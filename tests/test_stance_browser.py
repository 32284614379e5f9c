"""The stance page and the weekly report's stance section in headless Chromium: they render,
run nothing and fetch nothing, on a desktop and on a phone (tests/test_browser.py's checks).

Skips, saying why, where the playwright package or Chromium is missing.
"""

from __future__ import annotations

from contextlib import closing
from datetime import datetime, timezone

import pytest

from reports.paths import STANCE
from reports.site import write_site
from reports.weekly import period_start, write_weekly
from test_browser import PHONE, assert_png, browser, open_page  # noqa: F401 (browser: the fixture)
from test_stance_pages import EVIL_PLATFORM, crawl_both
from vigie.loopback import LoopbackSite
from watchers.store.db import Store


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    directory = tmp_path_factory.mktemp("stance-browser")
    with LoopbackSite() as site:
        vigie = crawl_both(directory, site)
    now = datetime.now(timezone.utc)
    with closing(Store(vigie.db)) as store:
        write_weekly(store, directory / "weekly.html", "html", period_start(None, now), now)
        write_site(store, directory / "site", now)
        write_weekly(store, directory / "weekly.fr.html", "html", period_start(None, now), now, "fr")
        write_site(store, directory / "site-fr", now, ("fr",))
    return directory


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_the_stance_page_renders_runs_nothing_and_fetches_nothing(browser, rendered, tmp_path, viewport):
    url = (rendered / "site" / STANCE).as_uri()
    page, seen = open_page(browser, url, viewport)
    assert seen["errors"] == [] and seen["requests"] == [url]
    assert page.locator("h1").inner_text() == "Where platforms stand"
    assert page.locator("script, img").count() == 0
    evil = page.locator("table.stance tbody tr").first
    assert EVIL_PLATFORM in evil.inner_text()
    assert "<script>alert(1)</script>" in evil.inner_text()  # shown as text
    if viewport:  # one block per platform: nothing wider than the screen
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    shot = tmp_path / "stance.png"
    page.screenshot(path=str(shot), full_page=True)
    assert_png(shot, (viewport or {"width": 1200})["width"])

    # From the table to the evidence, and from the history to the change.
    page.locator("#linkwell blockquote.evidence a").first.click()
    assert "/watch/linkwell~privacy-policy/v/" in page.url
    page.go_back()
    page.locator("#history\\~linkwell a", has_text="Trains AI on members' data: no → yes").click()
    assert page.url.endswith("/watch/linkwell~privacy-policy/diff/2-3.html")
    assert seen["errors"] == []
    page.close()


def test_the_weekly_stance_section_renders_on_a_phone(browser, rendered, tmp_path):
    url = (rendered / "weekly.html").as_uri()
    page, seen = open_page(browser, url, PHONE)
    assert seen["errors"] == [] and seen["requests"] == [url]
    section = page.locator("#stance")
    assert "Trains AI on members' data: no → yes" in section.inner_text()
    assert "<script>alert(1)</script>" in section.inner_text()
    assert page.locator("script, img").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot = tmp_path / "weekly-stance.png"
    section.screenshot(path=str(shot))
    assert shot.stat().st_size > 1000
    page.close()


def test_the_french_stance_page_and_weekly_section_render(browser, rendered):
    url = (rendered / "site-fr" / STANCE).as_uri()
    page, seen = open_page(browser, url, PHONE)
    assert seen["errors"] == [] and seen["requests"] == [url]
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Où en sont les plateformes"
    evil = page.locator("table.stance tbody tr").first
    assert "<script>alert(1)</script>" in evil.inner_text() and page.locator("script, img").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator("#history\\~linkwell a", has_text="Entraîne l’IA sur les données des membres : non → oui").click()
    assert page.url.endswith("/site-fr/watch/linkwell~privacy-policy/diff/2-3.html")
    page.close()

    url = (rendered / "weekly.fr.html").as_uri()
    page, seen = open_page(browser, url, PHONE)
    assert seen["errors"] == [] and seen["requests"] == [url]
    section = page.locator("#stance").inner_text()
    assert "Entraîne l’IA sur les données des membres : non → oui" in section and "<script>alert(1)</script>" in section
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.close()
