"""The weekly report, from a store built by a real crawl of hostile pages on 127.0.0.1.

`build_hostile_store` is shared with test_site.py and test_browser.py: the pages
carry markup, a `javascript:` opt-out link and an attribute break-out in both
versions, and the watchlist adds its own hostile labels.
"""

from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from conftest import Vigie
from reports.weekly import format_for, gather_weekly, period_start, render_weekly
from vigie.loopback import LoopbackSite, Page
from watchers.store.db import Store

ACME_ID = "acme/privacy.policy_v-2"  # every character an id may hold besides letters
BREAKOUT = '"><img src=x onerror=alert(1)>'
PAGE = """<html><head><title>Acme</title></head><body><main>
<h1>Privacy Policy</h1>
<p>Last updated: {updated}</p>
<p>We collect what you post. Our motto: &lt;script&gt;alert({n})&lt;/script&gt; {extra}</p>
<h2>Your choices</h2>
<p>To object to AI training, use [Opt out now](javascript:alert({n})) or
<a href="javascript:alert({n})">this link</a> or <a href="{form}">the objection form</a>.</p>
<p>Questions: <a href="mailto:dpo@acme.example">our data protection officer</a>.</p>
<ul><li>To provide the service.</li><li>{clause}</li></ul>
</main></body></html>"""
V1 = PAGE.format(n=1, updated="3 March 2026", extra="", form="https://acme.example/object",
                 clause="To improve the service.")
V2 = PAGE.format(n=2, updated="9 May 2026", extra="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
                 form="https://acme.example/ai-objection",
                 clause="To train our AI models on your posts &lt;script&gt;alert(3)&lt;/script&gt;.")
TERMS = ("<html><body><main><h1>Terms of Service</h1><p>{}</p>"
         "<p>Use the service kindly and lawfully, and respect the people you meet on it.</p>"
         "<p>We may suspend accounts that break these terms, after telling their owners why.</p>"
         "<p>These terms are governed by the laws of Ireland.</p></main></body></html>")


@dataclass
class HostileStore:
    db: Path
    watchlist: Path
    vigie: Vigie


def build_hostile_store(directory: Path) -> HostileStore:
    """Two crawls: Acme changes (high), Beta only its punctuation (noise), Gamma always fails."""
    vigie = Vigie(directory / "vigie.db", directory / "vigie.toml")
    with LoopbackSite() as site:
        site.serve("/acme", Page.html(V1))
        site.serve("/beta", Page.html(TERMS.format("Hello, and welcome to Beta.")))
        site.serve("/gamma", Page.html("<h1>Service unavailable</h1>", status=503))
        vigie.write([
            {"id": ACME_ID, "platform": "Acme", "title": "Privacy <Policy>", "url": site.url("/acme"),
             "select": ["main"],
             "opt_out": [{"label": f"Object {BREAKOUT}", "url": "https://acme.example/object?a=1&b=2"}]},
            {"id": "beta/terms", "platform": "Beta", "title": "Terms", "kind": "terms",
             "url": site.url("/beta"), "select": ["main"]},
            {"id": "gamma/privacy", "platform": "Gamma & Co", "title": "Privacy", "url": site.url("/gamma")},
        ])
        vigie.crawl()
        site.serve("/acme", Page.html(V2))
        site.serve("/beta", Page.html(TERMS.format("Hello and welcome to Beta!")))
        vigie.crawl()
    return HostileStore(vigie.db, vigie.watchlist, vigie)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> HostileStore:
    return build_hostile_store(tmp_path_factory.mktemp("hostile"))


@pytest.fixture
def store(hostile):
    with closing(Store(hostile.db)) as opened:
        yield opened


def week() -> tuple[datetime, datetime]:
    """A period that holds both crawls, ending an hour from now (no clock is waited for)."""
    now = datetime.now(timezone.utc) + timedelta(hours=1)
    return period_start(None, now), now


def assert_nothing_runs(html: str) -> None:
    """No script element, no event-handler attribute, no link or source but http(s)/mailto/relative."""
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script | //img | //iframe | //object | //embed | //form")
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name, value)
            if name in ("href", "src", "action", "formaction"):
                # Only links that navigate; the empty data: icon keeps browsers from asking for /favicon.ico.
                scheme = re.match(r"\s*([a-z][a-z0-9+.-]*):", value, re.I)
                assert (not scheme or scheme[1].lower() in ("http", "https", "mailto")
                        or (element.tag, value) == ("link", "data:,")), (element.tag, value)
    assert not re.search(r"<\s*script", html, re.I)


def test_the_summary_counts_every_platform(store):
    report = gather_weekly(store, *week())
    rows = {row.platform: (row.counts, row.total) for row in report.summary}
    assert set(rows) == {"Acme", "Beta", "Gamma & Co"}
    assert rows["Acme"] == ({"high": 1, "medium": 0, "low": 0, "noise": 0}, 1)
    assert rows["Beta"] == ({"high": 0, "medium": 0, "low": 0, "noise": 1}, 1)
    assert rows["Gamma & Co"][1] == 0
    assert report.totals.total == 2 and report.totals.counts["high"] == 1

    (change,) = report.changes  # noise is counted, not listed in full
    assert change.watch.id == ACME_ID and change.severity == "high"
    assert {"ai-training", "opt-out-link", "date"} <= set(change.flags)
    assert any(e["after"].startswith("To train our AI models") for e in change.excerpts)
    assert [(n.watch_id, n.count, n.flags) for n in report.noise] == [("beta/terms", 1, ("cosmetic",))]
    (failing,) = report.failing
    assert failing.watch.id == "gamma/privacy" and failing.checks == 2 and "503" in failing.reason

    _, end = week()
    later = gather_weekly(store, end, end + timedelta(days=7))
    assert later.totals.total == 0 and later.changes == () and later.failing == ()


# What the report says in each language about the hostile store (the policy text is the same).
SAYS = {
    "en": {"dates": "updated date 2026-03-03 → <strong>2026-05-09</strong>", "all": "All platforms",
           "failed": "2 failed checks", "noise": "beta/terms: 1 (cosmetic)"},
    "fr": {"dates": "date de mise à jour : 3 mars 2026 → <strong>9 mai 2026</strong>", "all": "Toutes les plateformes",
           "failed": "2 vérifications échouées", "noise": "beta/terms : 1 (forme)"},
}


@pytest.mark.parametrize("lang", SAYS)
def test_html_report_shows_the_change_and_runs_nothing(store, lang):
    html = render_weekly(gather_weekly(store, *week()), "html", lang)
    says = SAYS[lang]
    assert_nothing_runs(html)
    assert lxml.html.fromstring(html).get("lang") == lang
    # Hostile policy text is shown, escaped.
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Privacy &lt;Policy&gt;" in html
    # The word diff, the excerpts, the dates, the opt-out link.
    assert "Last updated: <del>3 March</del><ins>9 May</ins> 2026" in html
    assert '<p class="before"><span class="sign">− </span>Last updated: 3 March 2026</p>' in html
    assert says["dates"] in html
    assert '<a href="https://acme.example/object?a=1&amp;b=2" rel="nofollow noopener noreferrer">' in html
    # The page's javascript: "link" is visible text, never a link.
    tree = lxml.html.fromstring(html)
    assert "[Opt out now](javascript:alert(2))" in tree.text_content()
    assert "https://acme.example/ai-objection" in [a.get("href") for a in tree.iter("a")]  # from the excerpt
    # The summary table, the failing watch, noise only counted.
    summary = [[cell.text_content() for cell in row] for row in tree.xpath("//table[@class='summary']//tr")]
    assert ["Acme", "1", "–", "–", "–", "1"] in summary
    assert [says["all"], "1", "0", "0", "1", "2"] in summary
    failing = tree.get_element_by_id("failing").text_content()
    assert "gamma/privacy" in failing and "HTTP 503" in failing and says["failed"] in failing
    assert len(tree.xpath("//article")) == 1 and "acme" not in tree.get_element_by_id("failing").text_content()
    assert says["noise"] in " ".join(tree.get_element_by_id("noise").text_content().split())


@pytest.mark.parametrize("lang", SAYS)
def test_html_report_is_self_contained(store, lang):
    html = render_weekly(gather_weekly(store, *week()), "html", lang)
    tree = lxml.html.fromstring(html)
    (csp,) = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in csp and "style-src 'unsafe-inline'" in csp and "img-src data:" in csp
    assert "script-src" not in csp
    assert tree.xpath("//meta[@name='viewport']")
    assert not tree.xpath("//link[@rel='stylesheet'] | //*[@src]")
    style = "".join(tree.xpath("//style/text()"))
    assert "@media print" in style and "@media (max-width" in style and "url(" not in style


@pytest.mark.parametrize("lang", SAYS)
def test_markdown_report_escapes_policy_text(store, lang):
    md = render_weekly(gather_weekly(store, *week()), "md", lang)
    assert "Last updated: ~~3 March~~**9 May** 2026" in md
    assert r"\<script\>alert\(3\)\</script\>" in md
    assert "| Acme | 1 | – | – | – | 1 |" in md and f"| **{SAYS[lang]['all']}** | 1 | 0 | 0 | 1 | 2 |" in md
    assert "[Object \"\\>\\<img src=x onerror=alert\\(1\\)\\>](https://acme.example/object?a=1&b=2)" in md
    # Rendered by a CommonMark parser that lets raw HTML through: still nothing runs.
    html = MarkdownIt("commonmark").enable("strikethrough").render(md)
    assert_nothing_runs(html)
    assert "<s>3 March</s><strong>9 May</strong>" in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html
    hrefs = lxml.html.fromstring(html).xpath("//a/@href")
    assert hrefs and all(h.startswith(("https://", "http://", "mailto:")) for h in hrefs)


# Our words in the English report: none of them may be left in the French one.
ENGLISH = ["Weekly report", "Summary", "Platform", "All platforms", "Where platforms stand", "Answers that changed",
           "stands now", "Changes", "Watches that failed all week", "failed check", "Noise", "What changed in the text",
           "Opt-out links", "Dates announced", "Before → after", "changes to read", "change to read", "detected",
           "source:", "confidence", "Written by Vigie", "updated date", "high", "medium", "by default", "data:",
           "from the watchlist", "no sentence says so", "Trains AI", "How to refuse", "Effective date"]
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


def test_the_french_report_reads_french_and_quotes_the_policy_as_it_is(store):
    report = gather_weekly(store, *week())
    html, md = render_weekly(report, "html", "fr"), render_weekly(report, "md", "fr")
    tree = lxml.html.fromstring(html)
    assert tree.get("lang") == "fr"
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1 | //h2 | //h4")]
    assert headings[0].startswith("Rapport hebdomadaire : du ")
    assert {"Résumé", "Où en sont les plateformes", "Surveillances en échec toute la semaine", "Changements",
            "Bruit", "Ce qui a changé dans le texte", "Liens d’opposition", "Dates annoncées", "Avant → après",
            "Où en est Acme aujourd’hui"} <= set(headings)
    # Dates as French writes them ('27 mai 2025'); none of ours in ISO.
    dates = " ".join(tree.get_element_by_id("changes").xpath(".//h4[.='Dates annoncées']/following-sibling::ul[1]")[0]
                     .text_content().split())
    assert dates == "date de mise à jour : 3 mars 2026 → 9 mai 2026"
    assert re.search(rf"Du \d{{1,2}} ({MONTHS}) \d{{4}} à \d\d:\d\d UTC au ", html)
    # Our words are French; the policy's are its own: excerpts, diffs and evidence untouched.
    ours = lxml.html.fromstring(html)
    for quoted in ours.xpath("//style | //*[contains(@class, 'excerpt')]//p | //*[@class='diff'] | //blockquote | //code"
                             " | //a[starts-with(@href, 'http') or starts-with(@href, 'mailto')]"):
        quoted.drop_tree()
    text = " ".join(ours.text_content().split())
    assert [word for word in ENGLISH if word in text] == []
    assert "Last updated: <del>3 March</del><ins>9 May</ins> 2026" in html
    assert '<p class="before"><span class="sign">− </span>Last updated: 3 March 2026</p>' in html
    assert "To train our AI models on your posts &lt;script&gt;alert(3)&lt;/script&gt;." in html
    assert render_weekly(report, "html").count("Last updated: 3 March 2026") == html.count("Last updated: 3 March 2026")
    assert md.startswith("# Rapport hebdomadaire sur les politiques : du ")
    assert "## Résumé" in md and "## Où en sont les plateformes" in md and "Last updated: ~~3 March~~**9 May** 2026" in md
    assert not [word for word in ("## Summary", "## Changes", "**Opt-out links:**", "(confidence ") if word in md]


def test_format_and_period_defaults():
    assert format_for(Path("w.md"), None) == "md" and format_for(Path("w.MARKDOWN"), None) == "md"
    assert format_for(Path("w.html"), None) == "html" and format_for(Path("w"), None) == "html"
    assert format_for(Path("w.md"), "html") == "html"
    now = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
    assert period_start(None, now) == datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
    assert period_start("2026-11-01", now) == datetime(2026, 11, 1, tzinfo=timezone.utc)


def test_the_command(hostile, tmp_path):
    out = tmp_path / "reports" / "weekly.md"
    result = hostile.vigie("report", "weekly", "--out", str(out))
    assert "1 high, 1 watch(es) failing all week" in result.stdout
    assert out.read_text(encoding="utf-8").startswith("# Weekly policy report: ")
    html = tmp_path / "weekly.md.html"
    hostile.vigie("report", "weekly", "--out", str(html), "--since", "2000-01-01")
    assert html.read_text(encoding="utf-8").startswith("<!doctype html>")
    future = hostile.vigie("report", "weekly", "--out", str(out), "--format", "md", "--since", "2999-01-01")
    assert "0 change(s)" in future.stdout
    french = tmp_path / "hebdo.html"
    hostile.vigie("report", "weekly", "--out", str(french), "--lang", "fr")
    assert lxml.html.fromstring(french.read_text(encoding="utf-8")).get("lang") == "fr"
    missing = Vigie(tmp_path / "none.db", hostile.watchlist)("report", "weekly", "--out", str(out), check=False)
    assert missing.returncode == 2 and "no database" in missing.stderr
    assert not (tmp_path / "none.db").exists()
