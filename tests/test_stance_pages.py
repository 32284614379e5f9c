"""Where platforms stand, where people see it: the site's stance page and the weekly report's
section, from real crawls on 127.0.0.1 of a policy that starts training AI on members' data
(tests/test_stance_alerts.py's pages) and of a hostile one, whose evidence carries markup.
"""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from markdown_it import MarkdownIt

from conftest import Vigie
from reports.paths import STANCE, diff_path, version_path, watch_slug
from reports.site import write_site
from reports.sitemanifest import NAME as MANIFEST
from reports.standing import platform_stances, stance_json, standing_now
from reports.weekly import gather_weekly, period_start, render_weekly
from test_report import assert_nothing_runs
from test_stance_alerts import versions as linkwell_versions
from vigie.loopback import LoopbackSite, Page
from watchers.meaning.stance import QUESTIONS
from watchers.meaning.stance import kept as kept_module
from watchers.store.db import Store

LINKWELL = "linkwell/privacy-policy"
EVIL = "evil/ai-notice"
EVIL_PLATFORM = 'Evil <Corp> & "Co"'
HOSTILE = """<html><body><main><h1>How Evil &lt;Corp&gt; uses AI</h1>
<p>Last updated: 2 September 2025</p>
{ai}
<h2>Your rights</h2>
<p>You have the right to access and delete your personal data.</p>
<p>This notice will go into effect on 27 May 2099.</p>
</main></body></html>"""
EVIL_DENIAL = "<p>We do not use your personal data to train artificial intelligence models.</p>"
EVIL_TRAINING = ("<p>We use the public posts of members &lt;script&gt;alert(1)&lt;/script&gt; "
                 "&quot;&gt;&lt;img src=x onerror=alert(2)&gt; to train our generative AI models.</p>"
                 "<p>You can object at any time in your settings: <a href='javascript:alert(3)'>Object now</a> "
                 "or <a href='https://evil.example/object?a=1&amp;b=2'>the objection form</a>.</p>")
EVIL_RETENTION = "<p>We keep your AI prompts for 30 days.</p>"


def evil(ai: str, extra: str = "") -> Page:
    return Page.html(HOSTILE.format(ai=ai + extra))


def crawl_both(directory: Path, site: LoopbackSite) -> Vigie:
    """Linkwell's four versions (v3 starts training by default) and Evil's two (v2 starts training,
    with markup in its sentences), each version recorded by a real crawl."""
    vigie = Vigie(directory / "vigie.db", directory / "vigie.toml")
    site.serve("/linkwell", *linkwell_versions())
    site.serve("/evil", evil(EVIL_DENIAL), *[evil(EVIL_TRAINING)] * 3)
    vigie.write([{"id": LINKWELL, "platform": "Linkwell", "url": site.url("/linkwell"), "select": ["main"]},
                 {"id": EVIL, "platform": EVIL_PLATFORM, "title": "AI <notice>", "kind": "ai-notice",
                  "url": site.url("/evil"), "select": ["main"]}])
    for _ in linkwell_versions():
        vigie.crawl()
    return vigie


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Vigie:
    with LoopbackSite() as site:
        return crawl_both(tmp_path_factory.mktemp("stance"), site)


@pytest.fixture(scope="module", params=["en", "fr"])
def built(crawled, tmp_path_factory, request):
    out = tmp_path_factory.mktemp(f"stance-site-{request.param}") / "site"
    with closing(Store(crawled.db)) as store:
        counts = write_site(store, out, datetime.now(timezone.utc), (request.param,))
    return out, counts, request.param


# The page's words in each language; the quoted sentences are the policies' own in both.
PAGE = {"en": {"platform": "Platform", "training": "Trains AI on members' data", "refusing": "How to refuse",
               "yes": "yes", "default": "by default: yes", "high": "high", "setting": "setting", "no": "no",
               "today": lambda day: day.isoformat()},
        "fr": {"platform": "Plateforme", "training": "Entraîne l’IA sur les données des membres",
               "refusing": "Comment refuser", "yes": "oui", "default": "par défaut : oui", "high": "élevée",
               "setting": "réglage", "no": "non", "today": lambda day: f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"}}
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")


def week() -> tuple[datetime, datetime]:
    now = datetime.now(timezone.utc) + timedelta(hours=1)
    return period_start(None, now), now


def test_the_stance_page_answers_each_question_with_its_evidence(built):
    out, counts, lang = built
    says = PAGE[lang]
    assert (out / STANCE).is_file()
    html = (out / STANCE).read_text(encoding="utf-8")
    assert_nothing_runs(html)
    tree = lxml.html.fromstring(html)
    (csp,) = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in csp and "script-src" not in csp
    headers = [" ".join(th.text_content().split())
               for th in tree.xpath("//table[contains(@class, 'stance')]/thead//th")]
    assert headers[0] == says["platform"] and len(headers) == 1 + len(QUESTIONS)
    assert says["training"] in headers and says["refusing"] in headers

    rows = tree.xpath("//table[contains(@class, 'stance')]/tbody/tr")
    assert [r.xpath("./td[1]//strong")[0].text_content() for r in rows] == [EVIL_PLATFORM, "Linkwell"]
    linkwell = tree.get_element_by_id("linkwell")
    cells = linkwell.xpath("./td")[1:]
    assert len(cells) == len(QUESTIONS)
    training = " ".join(cells[0].text_content().split())
    assert training.startswith(says["yes"]) and says["default"] in training and "train generative AI models" in training
    assert says["high"] in cells[0].xpath(".//span[contains(@class, 'conf')]")[0].text_content()
    # The evidence links to the version that says it, which holds the sentence.
    evidence = cells[0].xpath(".//blockquote[@class='evidence']//a/@href")[0]
    assert evidence in (f"watch/{watch_slug(LINKWELL)}/v/3.html", f"watch/{watch_slug(LINKWELL)}/v/4.html")
    assert "train generative AI models" in (out / evidence).read_text(encoding="utf-8")
    refusing = cells[1]
    assert refusing.text_content().strip().startswith(says["setting"])
    assert ("https://linkwell.example/settings/data-for-generative-ai-improvement"
            in refusing.xpath(".//a/@href"))


def test_hostile_evidence_is_shown_escaped_and_never_linked(built):
    out, _, _ = built
    html = (out / STANCE).read_text(encoding="utf-8")
    assert_nothing_runs(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "Evil &lt;Corp&gt; &amp; &#34;Co&#34;" in html
    tree = lxml.html.fromstring(html)
    row = tree.xpath("//table[contains(@class, 'stance')]/tbody/tr")[0]
    text = row.text_content()
    assert "<script>alert(1)</script>" in text and '"><img src=x onerror=alert(2)>' in text  # as text
    hrefs = row.xpath(".//a/@href")
    assert "https://evil.example/object?a=1&b=2" in hrefs
    assert not any("javascript" in h.lower() for h in hrefs)
    assert not tree.xpath("//img")


def test_history_rows_link_to_the_change_that_made_them(built):
    out, _, lang = built
    says = PAGE[lang]
    tree = lxml.html.fromstring((out / STANCE).read_text(encoding="utf-8"))
    history = tree.get_element_by_id("history~linkwell")
    items = [" ".join(li.text_content().split()) for li in history.xpath(".//li")]
    today = says["today"](datetime.now(timezone.utc).date())
    moved = f"{today} {says['training']}{' :' if lang == 'fr' else ':'} {says['no']} → {says['yes']}"
    assert any(i.startswith(moved) and "version 3" in i for i in items), items
    (link,) = [a.get("href") for a in history.xpath(".//li/a") if " ".join(a.text_content().split()) == moved]
    assert link == diff_path(watch_slug(LINKWELL), 2, 3) and (out / link).is_file()
    # The row links to its history and to the platform's page; the index and the platform's page to the row.
    assert tree.get_element_by_id("linkwell").xpath(".//a[@href='#history~linkwell']")
    assert tree.get_element_by_id("linkwell").xpath(".//a[@href='platform/linkwell.html']")
    index = lxml.html.fromstring((out / "index.html").read_text(encoding="utf-8"))
    assert index.xpath(f"//header//a[@href='{STANCE}']")
    platform = lxml.html.fromstring((out / "platform/linkwell.html").read_text(encoding="utf-8"))
    assert platform.xpath(f"//div[@class='panel']//a[@href='../{STANCE}#linkwell']")


def test_every_link_of_the_stance_page_resolves(built):
    out, _, _ = built
    page = out / STANCE
    tree = lxml.html.fromstring(page.read_text(encoding="utf-8"))
    checked = 0
    for href in tree.xpath("//a/@href"):
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            continue
        assert not parts.scheme and not parts.netloc and not href.startswith("/"), href
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        assert target.is_file(), href
        if parts.fragment:
            assert lxml.html.fromstring(target.read_text(encoding="utf-8")).xpath(
                f"//*[@id='{parts.fragment}']"), href
        checked += 1
    assert checked > 10


def kept_rows(store: Store) -> dict[str, dict]:
    return {row["platform"]: row for row in store.db.query("SELECT * FROM stance_answers")}


def undated(rows: dict[str, dict]) -> dict[str, dict]:
    """The rows but the day each was computed (a test may run across midnight)."""
    return {platform: {**row, "since": None} for platform, row in rows.items()}


def test_answers_are_computed_once_and_kept_in_the_store_and_a_change_keeps_its_own(site, tmp_path):
    vigie = crawl_both(tmp_path, site)
    out = tmp_path / "site"
    with closing(Store(vigie.db)) as store:
        # Each platform's last change computed its answers (for its alert) and kept them.
        kept = kept_rows(store)
        assert set(kept) == {"Linkwell", EVIL_PLATFORM}
        assert write_site(store, out, datetime.now(timezone.utc))["answered"] == 0
        assert "stance" not in json.loads((out / MANIFEST).read_text())
        page = (out / STANCE).stat()
        # Nothing kept: the site computes them, the same, and keeps them; the page stays as it was.
        with store.db.atomic():
            store.db.execute("DELETE FROM stance_answers")
        assert write_site(store, out, datetime.now(timezone.utc))["answered"] == 2
        assert undated(kept_rows(store)) == undated(kept)
        assert write_site(store, out, datetime.now(timezone.utc))["answered"] == 0
        assert (page.st_ino, page.st_mtime_ns) == ((out / STANCE).stat().st_ino, (out / STANCE).stat().st_mtime_ns)
        # `vigie stance` reads the same kept answers.
        assert [s.platform for s in platform_stances(store, datetime.now(timezone.utc).date())] == \
            [EVIL_PLATFORM, "Linkwell"] and undated(kept_rows(store)) == undated(kept)

    site.serve("/evil", evil(EVIL_TRAINING, EVIL_RETENTION))
    vigie("crawl", "--watch", EVIL)
    with closing(Store(vigie.db)) as store:
        # The change computed Evil's new answers (for its alert) and kept them: the site reads them.
        now = kept_rows(store)
        assert undated(now)["Linkwell"] == undated(kept)["Linkwell"]
        assert now[EVIL_PLATFORM]["key"] != kept[EVIL_PLATFORM]["key"]
        assert json.loads(now[EVIL_PLATFORM]["answers"])["retention"]["value"] == "stated"
        counts = write_site(store, out, datetime.now(timezone.utc))
        assert counts["answered"] == 0
        html = (out / STANCE).read_text(encoding="utf-8")
        assert "We keep your AI prompts for 30 days." in html
        # The same page as a site built from nothing, with nothing kept.
        with store.db.atomic():
            store.db.execute("DELETE FROM stance_answers")
        assert write_site(store, tmp_path / "full", datetime.now(timezone.utc))["answered"] == 2
    assert (tmp_path / "full" / STANCE).read_text(encoding="utf-8") == html


def test_answers_are_computed_again_when_an_announced_date_comes_or_the_rules_change(crawled, monkeypatch):
    with closing(Store(crawled.db)) as store:
        with store.db.atomic():
            store.db.execute("DELETE FROM stance_answers")
        first = standing_now(store, date(2099, 5, 1))
        assert EVIL_PLATFORM in first.computed
        evil_row = kept_rows(store)[EVIL_PLATFORM]
        assert evil_row["since"] == "2099-05-01" and evil_row["until"] == "2099-05-27"
        assert json.loads(evil_row["answers"])["effective"]["details"]["upcoming"]
        assert standing_now(store, date(2099, 5, 26)).computed == ()
        # Before the day they were computed, a date they take as reached may have been to come.
        assert EVIL_PLATFORM in standing_now(store, date(2099, 4, 30)).computed
        standing_now(store, date(2099, 5, 1))
        came = standing_now(store, date(2099, 5, 27))
        assert came.computed == (EVIL_PLATFORM,)
        (evil_now,) = [s for s in came.stances if s.platform == EVIL_PLATFORM]
        # The deadline passed: no longer announced as to come, and nothing left to wait for.
        assert evil_now.answers["effective"].details["upcoming"] == ""
        assert kept_rows(store)[EVIL_PLATFORM]["until"] == ""
        # Another release of the rules: every platform computed again.
        monkeypatch.setattr(kept_module, "rules_fingerprint", lambda: "other rules")
        assert set(standing_now(store, date(2099, 5, 27)).computed) == {s.platform for s in came.stances}
        with store.db.atomic():  # answers of 2099 for the module's other tests: computed again as they need
            store.db.execute("DELETE FROM stance_answers")


SAYS = {"en": {"moved": "Trains AI on members' data: no → yes", "version": "(linkwell/privacy-policy, version 3)",
               "now": "Where Linkwell stands now", "section": "## Where platforms stand", "none": "No answer changed this week."},
        "fr": {"moved": "Entraîne l’IA sur les données des membres : non → oui",
               "version": "(linkwell/privacy-policy, version 3)", "now": "Où en est Linkwell aujourd’hui",
               "section": "## Où en sont les plateformes", "none": "Aucune réponse n’a changé cette semaine."}}


@pytest.mark.parametrize("lang", SAYS)
def test_the_weekly_report_says_which_answers_changed_and_where_to_act(crawled, lang):
    says = SAYS[lang]
    with closing(Store(crawled.db)) as store:
        report = gather_weekly(store, *week())
        html = render_weekly(report, "html", lang)
        md = render_weekly(report, "md", lang)
        _, end = week()
        later = render_weekly(gather_weekly(store, end, end + timedelta(days=7)), "html", lang)
    assert [s.platform for s in report.stances] == [EVIL_PLATFORM, "Linkwell"]
    assert_nothing_runs(html)
    section = lxml.html.fromstring(html).get_element_by_id("stance")
    text = " ".join(section.text_content().split())
    assert says["moved"] in text and says["version"] in text
    assert "<script>alert(1)</script>" in text and "&lt;script&gt;alert(1)" in html
    hrefs = section.xpath(".//a/@href")
    assert "https://linkwell.example/settings/data-for-generative-ai-improvement" in hrefs
    assert "https://evil.example/object?a=1&b=2" in hrefs and not any("javascript" in h for h in hrefs)
    assert says["now"] in text and "train generative AI models" in text

    assert r"\<script\>alert\(1\)\</script\>" in md and says["section"] in md
    rendered = MarkdownIt("commonmark").render(md)
    assert_nothing_runs(rendered)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    quotes = [q.text_content() for q in lxml.html.fromstring(rendered).xpath("//li/blockquote")]
    assert any("train generative AI models" in q and "linkwell/privacy-policy, version" in q for q in quotes)
    assert all(h.startswith(("https://", "http://", "mailto:"))
               for h in lxml.html.fromstring(rendered).xpath("//a/@href"))

    assert says["none"] in " ".join(
        lxml.html.fromstring(later).get_element_by_id("stance").text_content().split())


def test_the_cli_and_the_site_read_the_same_answers(crawled):
    shown = crawled.json("stance")
    with closing(Store(crawled.db)) as store:
        mine = [stance_json(s) for s in platform_stances(store, datetime.now(timezone.utc).date())]
    assert json.loads(json.dumps(mine)) == shown
    (linkwell,) = [s for s in shown if s["platform"] == "Linkwell"]
    assert list(linkwell) == ["platform", "answers", "history"]
    assert list(linkwell["answers"]) == list(QUESTIONS)
    assert set(linkwell["answers"]["ai-training"]) == {"value", "details", "confidence", "evidence"}
    assert set(linkwell["answers"]["ai-training"]["evidence"]) == {"watch", "version", "text"}
    assert set(linkwell["history"][0]) == {"question", "from", "to", "at", "watch", "version"}
    assert version_path(watch_slug(LINKWELL), 1) == f"watch/{watch_slug(LINKWELL)}/v/1.html"


TABLED = """<html><body><main><h1>Tablo privacy policy</h1>
<p>Last updated: 2 September 2025</p>
<h2>Why we use your data and on which basis</h2>
<table><thead><tr><th>Purpose</th><th>Data</th><th>Legal basis</th></tr></thead>
<tbody><tr><td>Providing the service</td><td>Account data</td><td>Performance of a contract</td></tr>
<tr><td>Training our AI models</td><td>Public posts</td><td>Legitimate interests</td></tr></tbody></table>
<p>We use the public posts of members to train our AI models.</p>
</main></body></html>"""


def test_a_proof_taken_from_a_table_is_quoted_as_its_cells_not_its_pipes(vigie, tmp_path):
    """The basis is proved by a table row: the JSON keeps it as the text has it, the terminal
    and the site quote its cells."""
    _crawl_one(vigie, "Tablo", TABLED)
    (tablo,) = vigie.json("stance")
    basis = tablo["answers"]["legal-basis"]
    assert basis["value"] == "legitimate-interests" and basis["evidence"]["text"].startswith("|")
    quoted = "Training our AI models — Public posts — Legitimate interests"
    assert quoted in vigie("stance").stdout
    page = _stance_page_text(vigie, tmp_path)
    assert quoted in page and "| Legitimate" not in page


def _crawl_one(vigie: Vigie, platform: str, html: str) -> None:
    """A real crawl of one privacy policy served on loopback."""
    slug = platform.lower()
    with LoopbackSite() as site:
        site.serve(f"/{slug}", Page.html(html))
        vigie.write([{"id": f"{slug}/privacy-policy", "platform": platform, "url": site.url(f"/{slug}"), "select": ["main"]}])
        vigie.crawl()


def _stance_page_text(vigie: Vigie, tmp_path: Path) -> str:
    """The site's "Where platforms stand" page as a reader reads it."""
    with closing(Store(vigie.db)) as store:
        write_site(store, tmp_path / "site", datetime.now(timezone.utc), ("en",))
    return " ".join(lxml.html.fromstring((tmp_path / "site" / STANCE).read_text(encoding="utf-8")).text_content().split())


SPOKEN = """<html><body><main><h1>Quillo privacy policy</h1>
<p>We process your e-mail address to run your account.</p>
<p>Our assistant is powered by artificial intelligence that we build and improve continuously.</p>
</main></body></html>"""


def test_an_unanswered_question_the_texts_speak_of_says_what_to_read(vigie, tmp_path):
    """No rule reads whether Quillo trains on its members' data, but its page speaks of AI: the
    answer is "unclear" with a low confidence, and the terminal, the JSON and the site give the
    sentence to read (stance/doubt.py)."""
    _crawl_one(vigie, "Quillo", SPOKEN)
    (quillo,) = vigie.json("stance")
    training = quillo["answers"]["ai-training"]
    sentence = "Our assistant is powered by artificial intelligence that we build and improve continuously."
    assert (training["value"], training["confidence"], training["evidence"]["text"]) == ("unclear", "low", sentence)
    assert quillo["answers"]["retention"]["confidence"] == "medium"  # silent on keeping data
    assert f"read: “{sentence}”" in vigie("stance").stdout
    page = _stance_page_text(vigie, tmp_path)
    assert "the texts speak of it in words no rule reads: read the sentence quoted" in page and sentence in page
