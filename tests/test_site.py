"""The static archive site and its Atom feeds, from a real crawl of hostile pages on 127.0.0.1."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

from reports.paths import platform_slugs, watch_slug
from reports.site import SiteError, write_site
from test_report import ACME_ID, assert_nothing_runs, build_hostile_store
from watchers.store.db import Store

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
ACME = "watch/acme~privacy.policy_v-2"


# What the site says in each language about the hostile store (the policy text is the same).
SAYS = {
    "en": {"opt out": "Opt out now", "announced": "updated date 2026-05-09", "failing": "failing: 2 checks",
           "entry": "HIGH · Acme — Privacy <Policy>: version 1 → 2"},
    "fr": {"opt out": "S’opposer maintenant", "announced": "date de mise à jour : 9 mai 2026",
           "failing": "en échec : 2 vérifications", "entry": "HAUTE · Acme — Privacy <Policy> : version 1 → 2"},
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build_hostile_store(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module", params=list(SAYS))
def built(hostile, request, tmp_path_factory):
    """The site in each language (one language at the top of its folder)."""
    out = tmp_path_factory.mktemp(f"site-{request.param}") / "site"
    now = datetime.now(timezone.utc)
    with closing(Store(hostile.db)) as store:
        write_site(store, out, now, (request.param,))
    return hostile, out, now, request.param


def files(root: Path, suffix: str) -> list[Path]:
    return sorted(p for p in root.rglob(f"*{suffix}") if p.is_file())


def test_stable_citable_paths(built):
    _, site, _, _ = built
    for path in ["index.html", "platform/acme.html", "platform/beta.html", "platform/gamma-co.html",
                 f"{ACME}/index.html", f"{ACME}/v/1.html", f"{ACME}/v/2.html",
                 f"{ACME}/diff/1-2.html", "watch/beta~terms/diff/1-2.html", "watch/gamma~privacy/index.html",
                 "feeds/all.atom", "feeds/platform-acme.atom", "feeds/platform-beta.atom",
                 "feeds/platform-gamma-co.atom", "feeds/severity-high.atom", "feeds/severity-noise.atom"]:
        assert (site / path).is_file(), path
    assert not (site / "watch/gamma~privacy/v").exists()  # it never had a version


def test_no_page_or_feed_can_run_anything(built):
    _, site, _, lang = built
    pages = files(site, ".html")
    # The index, the stance page, the platforms' pages, timelines, Acme's and Beta's versions and diffs.
    assert len(pages) == 2 + 3 + 3 + 2 + 2 + 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert_nothing_runs(html)
        tree = lxml.html.fromstring(html)
        assert tree.get("lang") == lang
        assert "default-src 'none'" in tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
        assert tree.xpath("//meta[@name='viewport']") and not tree.xpath("//*[@src]")
    for feed in files(site, ".atom"):
        text = feed.read_text(encoding="utf-8")
        assert "<script" not in text.lower() and "<img" not in text.lower()
        assert ET.parse(feed).getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        for content in ET.parse(feed).getroot().iter(f"{ATOM}content"):
            assert content.get("type") == "html"
            assert_nothing_runs(f"<div>{content.text}</div>")


def test_every_internal_link_resolves(built):
    _, site, _, _ = built
    checked = 0
    for page in files(site, ".html"):
        tree = lxml.html.fromstring(page.read_text(encoding="utf-8"))
        for href in tree.xpath("//a/@href | //link/@href"):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto", "data"):
                continue
            assert not parts.scheme and not parts.netloc and not href.startswith("/"), (page, href)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file() and site.resolve() in target.parents, (page, href)
            if parts.fragment:
                assert lxml.html.fromstring(target.read_text(encoding="utf-8")).xpath(
                    f"//*[@id='{parts.fragment}']"), (page, href)
            checked += 1
    for feed in files(site, ".atom"):
        for link in ET.parse(feed).getroot().iter(f"{ATOM}link"):
            assert (feed.parent / unquote(link.get("href"))).resolve().is_file(), (feed, link.get("href"))
            checked += 1
    assert checked > 50


def test_index_platform_timeline_version_and_diff_pages(built):
    _, site, _, lang = built
    says = SAYS[lang]
    # The index: a row per platform, linking to its page.
    index = lxml.html.fromstring((site / "index.html").read_text(encoding="utf-8"))
    rows = {row.get("id"): row for row in index.xpath("//main//tbody/tr")}
    assert list(rows) == ["acme", "beta", "gamma-co"]
    cells = [" ".join(td.text_content().split()) for td in rows["acme"].xpath("td")]
    assert cells[:3] == ["Acme", "1", "2"] and "Privacy <Policy>" in cells[3] and cells[4] == "0"
    assert rows["acme"].xpath(".//a/@href") == ["platform/acme.html", f"{ACME}/diff/1-2.html"]
    assert " ".join(rows["gamma-co"].xpath("td")[4].text_content().split()) == "1"  # failing
    assert not index.xpath("//div[@class='panel']") and "HTTP 503" not in index.text_content()

    # A platform's page: its opt-out-now panel, the dates it announced, its watches.
    acme = lxml.html.fromstring((site / "platform/acme.html").read_text(encoding="utf-8"))
    panel = acme.xpath("//div[@class='panel']")[0].text_content()
    assert says["opt out"] in panel and 'Object "><img src=x onerror=alert(1)>' in panel
    assert says["announced"] in " ".join(panel.split())
    assert "https://acme.example/object?a=1&b=2" in acme.xpath("//main//a/@href")
    assert f"../{ACME}/index.html" in acme.xpath("//main//a/@href")
    assert "../stance.html#acme" in acme.xpath("//main//a/@href")
    gamma = lxml.html.fromstring((site / "platform/gamma-co.html").read_text(encoding="utf-8"))
    shown = " ".join(gamma.xpath("//main")[0].text_content().split())
    assert says["failing"] in shown and "HTTP 503" in shown and "Gamma & Co" in shown
    assert not gamma.xpath("//a[contains(@href, 'stance.html')]")  # no version, no row on the stance page

    timeline = (site / ACME / "index.html").read_text(encoding="utf-8")
    assert 'href="v/2.html"' in timeline and 'href="diff/1-2.html"' in timeline
    assert "Privacy &lt;Policy&gt;" in timeline
    assert 'href="../../platform/acme.html"' in timeline  # the crumbs: its platform's page

    version = lxml.html.fromstring((site / ACME / "v/2.html").read_text(encoding="utf-8"))
    text = version.xpath("//div[@class='text']")[0]
    assert "To train our AI models on your posts <script>alert(3)</script>." in text.text_content()
    assert '"><img src=x onerror=alert(1)>' in text.text_content()
    assert "[Opt out now](javascript:alert(2))" in text.text_content()  # shown, not linked
    assert {a.get("href") for a in text.iter("a")} == {"https://acme.example/ai-objection",
                                                       "mailto:dpo@acme.example"}

    diff = (site / ACME / "diff/1-2.html").read_text(encoding="utf-8")
    assert "Last updated: <del>3 March</del><ins>9 May</ins> 2026" in diff
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in diff
    assert {"en": "opt-out-link", "fr": "lien d’opposition"}[lang] in diff
    assert 'href="../v/1.html"' in diff and 'href="../v/2.html"' in diff


def feed_entries(path: Path) -> tuple[ET.Element, list[ET.Element]]:
    root = ET.parse(path).getroot()
    return root, root.findall(f"{ATOM}entry")


def test_feeds_have_atom_essentials_and_stable_ids(built, tmp_path):
    hostile, site, now, lang = built
    for path in files(site, ".atom"):
        root, entries = feed_entries(path)
        assert root.tag == f"{ATOM}feed"
        for name in ("id", "title", "updated"):
            assert (root.findtext(f"{ATOM}{name}") or "").strip(), (path, name)
        assert RFC3339.match(root.findtext(f"{ATOM}updated"))
        assert root.find(f"{ATOM}author/{ATOM}name") is not None  # required unless every entry has one
        for entry in entries:
            for name in ("id", "title", "updated"):
                assert (entry.findtext(f"{ATOM}{name}") or "").strip(), (path, name)
            assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
            assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").endswith(".html")
            assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")

    _, everything = feed_entries(site / "feeds/all.atom")
    titles = [e.findtext(f"{ATOM}title") for e in everything]
    assert len(titles) == 2 and SAYS[lang]["entry"] in titles
    assert len(feed_entries(site / "feeds/severity-high.atom")[1]) == 1
    assert feed_entries(site / "feeds/platform-gamma-co.atom")[1] == []
    (page,) = feed_entries(site / "feeds/platform-acme.atom")[0].findall(f"{ATOM}link[@type='text/html']")
    assert page.get("href") == "../platform/acme.html"  # a platform's feed is the feed of its page
    acme = next(e for e in everything if "Acme" in e.findtext(f"{ATOM}title"))
    assert {c.get("term") for c in acme.findall(f"{ATOM}category")} >= {"high", "ai-training", "opt-out-link"}
    content = acme.findtext(f"{ATOM}content")
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in content  # escaped HTML, escaped again as XML

    # Written again a day later: same ids, same entries, so readers show nothing twice.
    with closing(Store(hostile.db)) as store:
        write_site(store, tmp_path / "again", now + timedelta(days=1), (lang,))
    for path in files(site, ".atom"):
        again = tmp_path / "again" / path.relative_to(site)
        assert ([e.findtext(f"{ATOM}id") for e in feed_entries(path)[1]]
                == [e.findtext(f"{ATOM}id") for e in feed_entries(again)[1]])
        assert feed_entries(path)[0].findtext(f"{ATOM}id") == feed_entries(again)[0].findtext(f"{ATOM}id")


def test_rerunning_replaces_the_site_and_refuses_other_folders(hostile, tmp_path):
    out = tmp_path / "site"
    hostile.vigie("site", "--out", str(out))
    (out / "stale.html").write_text("left from an older run")
    result = hostile.vigie("site", "--out", str(out))
    assert "Wrote the archive site" in result.stdout and "14 pages and 8 Atom feeds" in result.stdout
    assert not (out / "stale.html").exists() and (out / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging or retired copies left

    other = tmp_path / "documents"
    other.mkdir()
    (other / "thesis.txt").write_text("mine")
    refused = hostile.vigie("site", "--out", str(other), check=False)
    assert refused.returncode == 2 and "not a site written by Vigie" in refused.stderr
    assert [p.name for p in other.iterdir()] == ["thesis.txt"]
    with closing(Store(hostile.db)) as store, pytest.raises(SiteError):
        write_site(store, other / "thesis.txt", datetime.now(timezone.utc))


def test_slugs_are_path_safe_and_distinct():
    ids = ["a/b", "a~b", "a.b/c_d-e", "A/b", "a/B", "x/./y"]
    slugs = [watch_slug(i) for i in ids if "~" not in i]
    assert len(set(slugs)) == len(slugs) and all("/" not in s and s == s.lower() for s in slugs)
    assert watch_slug("a.b/c_d-e") == "a.b~c_d-e" and f"watch/{watch_slug(ACME_ID)}" == ACME
    names = platform_slugs({"Acme", "ACME", "Gamma & Co", "Ünïcode", "日本"})
    assert len(set(names.values())) == 5
    assert names["Gamma & Co"] == "gamma-co" and names["Ünïcode"] == "unicode"
    assert all(re.fullmatch(r"[a-z0-9-]+", slug) for slug in names.values())
