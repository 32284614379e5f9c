"""The archive site in the reader's language, and in several side by side: OUT/en/ and OUT/fr/
are whole sites (each with its own manifest, rebuilt incrementally), every page links to the
same page in the other language, and OUT/index.html lets the reader choose.

Stores are filled as in tests/test_site_rebuild.py: through the crawler's own `record`.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

from conftest import Vigie, watch_toml
from reports.paths import diff_path, platform_path, timeline_path, version_path, watch_slug
from reports.site import MARKER, SiteError, write_site
from reports.sitemanifest import NAME as MANIFEST
from test_report import assert_nothing_runs
# `archive`: the two-version store the rebuild tests use (a fixture, imported for pytest).
from test_site_rebuild import Archive, archive, rewritten, stamps  # noqa: F401

BOTH = ("en", "fr")
ATOM = "{http://www.w3.org/2005/Atom}"


def build(archive: Archive, out, langs=BOTH, minutes: int = 0) -> dict[str, int]:
    return write_site(archive.store, out, archive.clock + timedelta(minutes=minutes), langs)


def page(path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def test_both_languages_are_whole_sites_linked_page_to_page(archive, tmp_path):
    out = tmp_path / "site"
    with archive.store.db.atomic():  # none kept: the site computes them
        archive.store.db.execute("DELETE FROM stance_answers")
    counts = build(archive, out)
    assert counts["answered"] == 2  # the answers are computed once for both languages
    for lang in BOTH:
        assert (out / lang / MARKER).is_file() and (out / lang / MANIFEST).is_file()
    assert not (out / MANIFEST).exists() and (out / MARKER).is_file()
    # The same pages in each language.
    en = {p.relative_to(out / "en") for p in (out / "en").rglob("*") if p.is_file()}
    assert en == {p.relative_to(out / "fr") for p in (out / "fr").rglob("*") if p.is_file()}
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "en", "fr", "index.html"]

    # The door: each language named in its own words, linking to its index.
    door = page(out / "index.html")
    assert_nothing_runs(lxml.html.tostring(door, encoding="unicode"))
    links = {a.get("hreflang"): (a.get("href"), " ".join(a.text_content().split())) for a in door.xpath("//main//a")}
    assert links["en"] == ("en/index.html", "English — Policy archive")
    assert links["fr"] == ("fr/index.html", "Français — Archives des politiques")

    # Every page says its language and links to itself in the other one; every link resolves.
    slug = watch_slug("acme/ai")
    for path in ["index.html", "stance.html", platform_path("acme"), timeline_path(slug), version_path(slug, 2),
                 diff_path(slug, 1, 2)]:
        for lang, other in (("en", "fr"), ("fr", "en")):
            tree = page(out / lang / path)
            assert tree.get("lang") == lang
            (switch,) = tree.xpath(f"//nav[@class='languages']//a[@hreflang='{other}']")
            target = (out / lang / path).parent / switch.get("href")
            assert target.resolve() == (out / other / path).resolve(), (lang, path)
            assert tree.xpath(f"//head/link[@rel='alternate'][@hreflang='{other}']/@href") == [switch.get("href")]
            assert tree.xpath("//nav[@class='languages']//strong[@aria-current='page']/@lang") == [lang]
    assert page(out / "fr" / "index.html").xpath("//h1")[0].text_content() == "Archives des politiques"
    assert page(out / "en" / "index.html").xpath("//h1")[0].text_content() == "Policy archive"
    checked = 0
    for html in out.rglob("*.html"):
        for href in page(html).xpath("//a/@href | //link/@href"):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto", "data") or not parts.path:
                continue
            assert (html.parent / unquote(parts.path)).resolve().is_file(), (html, href)
            checked += 1
    assert checked > 100

    # The feeds say their language and point at their twin.
    feed = ET.parse(out / "fr" / "feeds/all.atom").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert feed.findtext(f"{ATOM}title") == "Vigie : tous les changements de politiques"
    (twin,) = feed.findall(f"{ATOM}link[@hreflang='en']")
    assert (out / "fr" / "feeds" / twin.get("href")).resolve() == (out / "en" / "feeds/all.atom").resolve()


def test_a_rebuild_rewrites_only_what_changed_in_each_language(archive, tmp_path):
    out = tmp_path / "site"
    build(archive, out)
    before = stamps(out)
    assert build(archive, out, minutes=5)["written"] == 2  # each language's index: they are dated
    assert rewritten(before, stamps(out)) == {"en/index.html", "fr/index.html"}

    before = stamps(out)
    assert archive.crawl("acme/ai", 3)["outcome"] == "changed"
    counts = build(archive, out, minutes=10)
    slug = watch_slug("acme/ai")
    (severity,) = archive.store.db.execute(
        "SELECT severity FROM changes WHERE watch_id = 'acme/ai' AND to_version = 3").fetchone()
    one = {"index.html", MANIFEST, platform_path("acme"), timeline_path(slug), version_path(slug, 2),
           version_path(slug, 3), diff_path(slug, 2, 3), "feeds/all.atom", "feeds/platform-acme.atom",
           f"feeds/severity-{severity}.atom", "stance.html"}
    assert rewritten(before, stamps(out)) == {f"{lang}/{path}" for lang in BOTH for path in one}
    assert counts["written"] == 2 * 10 and counts["removed"] == 0 and counts["answered"] == 0  # the change kept them


def test_changing_the_languages_of_a_folder_rewrites_it(archive, tmp_path):
    out = tmp_path / "site"
    build(archive, out, ("en",))
    english = (out / "index.html").read_text(encoding="utf-8")
    (out / "CNAME").write_text("archive.example.org\n")
    before = stamps(out)

    # The same folder in French: every page is written again (its key names the language).
    counts = build(archive, out, ("fr",), minutes=5)
    after = stamps(out)
    assert rewritten(before, after) >= set(after) - {MARKER, "CNAME"}
    assert counts["written"] == len(after) - 3  # all but the marker, the manifest and CNAME
    assert page(out / "index.html").get("lang") == "fr" and (out / "index.html").read_text() != english

    # Then both: the single-language pages at the top give way to fr/ and en/ and the door.
    counts = build(archive, out, BOTH, minutes=10)
    assert sorted(p.name for p in out.iterdir()) == sorted(["CNAME", MARKER, "en", "fr", "index.html"])
    assert counts["removed"] >= 10 and not (out / MANIFEST).exists()
    assert (out / "CNAME").read_text() == "archive.example.org\n"

    # And back to one language at the top.
    build(archive, out, ("en",), minutes=15)
    assert not (out / "fr").exists() and not (out / "en").exists()
    assert page(out / "index.html").get("lang") == "en" and (out / "CNAME").is_file()
    assert json.loads((out / MANIFEST).read_text())["watches"].keys() == archive.watches.keys()


def test_a_folder_that_is_not_a_site_is_refused(archive, tmp_path):
    other = tmp_path / "documents"
    other.mkdir()
    (other / "thesis.txt").write_text("mine")
    with pytest.raises(SiteError, match="not a site written by Vigie"):
        build(archive, other)
    assert [p.name for p in other.iterdir()] == ["thesis.txt"]


def test_the_command_chooses_the_language(archive, tmp_path):
    vigie = Vigie(archive.store.path, tmp_path / "vigie.toml")
    out = tmp_path / "site"
    both = vigie("site", "--out", str(out), "--lang", "en", "--lang", "fr").stdout
    assert " in en, fr. Open " in both and (out / "fr" / "stance.html").is_file()

    # Without --lang: the watchlist's top-level `lang`, then the environment's locale.
    vigie.watchlist.write_text(watch_toml([], lang="fr"), encoding="utf-8")
    vigie("site", "--out", str(tmp_path / "watchlist"))
    assert page(tmp_path / "watchlist" / "index.html").get("lang") == "fr"
    vigie.watchlist.write_text(watch_toml([]), encoding="utf-8")
    vigie("site", "--out", str(tmp_path / "locale"), env={**os.environ, "LANG": "fr_BE.UTF-8"})
    assert page(tmp_path / "locale" / "index.html").get("lang") == "fr"
    vigie("report", "weekly", "--out", str(tmp_path / "weekly.html"))
    assert page(tmp_path / "weekly.html").get("lang") == "en"

    refused = vigie("site", "--out", str(tmp_path / "de"), "--lang", "de", check=False)
    assert refused.returncode == 2 and "'de' is not a language Vigie writes in" in refused.stderr
    assert not (tmp_path / "de").exists()
    vigie.watchlist.write_text('lang = "xx"\n', encoding="utf-8")
    bad = vigie("report", "weekly", "--out", str(tmp_path / "xx.html"), check=False)
    assert bad.returncode == 2 and "lang: 'xx' is not a language Vigie writes in" in bad.stderr
