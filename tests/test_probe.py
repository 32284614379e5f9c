"""`vigie catalogue probe`: each watch fetched once through the real crawler, nothing recorded.

Every probe here is the `vigie` command run against pages a server on 127.0.0.1
serves, drifted the ways catalogue pages drift: the selector gone, the language
switched, a wall, a redirect, text that only scripts write. The script case runs
a real headless Chromium, and is skipped with the reason where there is none.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from vigie.loopback import Page
from watchers.catalogue.probe import SelectionError, assess, exit_code, observe, other_render, select
from watchers.catalogue.watchlist import Watch, load_watchlist
from watchers.page.fetch import Fetch

from conftest import FAST
from test_browser_render import LOOPBACK, needs_browser

ENGLISH = """<h1>Privacy Policy</h1><p>Last updated: 3 March 2026. Example Ireland Limited is the controller.</p>
<p>We collect the information that you give us when you create an account, and the content that you post.
We use it to provide the service, to keep it safe, and to improve it. You can object to this at any time in
your settings, and we will stop unless we have a compelling reason to continue.</p>
<p>We share your data with the companies that help us run the service, and only for that purpose. We keep it
for as long as your account is open, and you can ask us for a copy of it or for its deletion.</p>"""
GERMAN = """<h1>Datenschutzrichtlinie</h1><p>Zuletzt aktualisiert: 3. März 2026. Example Ireland Limited ist der
Verantwortliche.</p><p>Wir erheben die Informationen, die du uns gibst, wenn du ein Konto erstellst, und die
Inhalte, die du postest. Wir nutzen sie, um den Dienst bereitzustellen, ihn sicher zu halten und ihn zu
verbessern. Du kannst dem jederzeit in deinen Einstellungen widersprechen, und wir hören damit auf, es sei
denn, wir haben einen zwingenden Grund.</p><p>Wir teilen deine Daten mit den Unternehmen, die uns bei dem
Betrieb des Dienstes helfen, und nur zu diesem Zweck. Wir speichern sie, solange dein Konto besteht, und du
kannst eine Kopie oder die Löschung verlangen.</p>"""
SCRIPTED = f"""<!doctype html><html><head><title>Privacy</title></head><body><main></main><script>
setTimeout(function () {{ document.querySelector("main").innerHTML = {json.dumps(ENGLISH)}; }}, 300);
</script></body></html>"""
CONSENT = """<html><body><main><h1>Before you continue</h1><p>We use cookies and data to deliver our
services. Accept all cookies / Reject all cookies</p></main></body></html>"""
LOGIN = """<html><body><main><h1>Sign in</h1><p>Log in to continue to Example.</p>
<form><input name="email"><button>Log in</button></form></main></body></html>"""

# The fields of each object `--json` prints (documented in docs/catalogue.md).
FIELDS = {"watch", "platform", "url", "locale", "render", "status", "final_url", "selector_matched", "chars",
          "language", "expect", "reject", "verdict", "reason", "render_needed", "other_render", "result",
          "broken", "problem", "notes"}
READING_FIELDS = {"render", "status", "final_url", "selector_matched", "chars", "language", "expect", "reject",
                  "verdict", "reason"}


def page(body: str, **kwargs) -> Page:
    return Page.html(f"<!doctype html><html><head><title>Privacy</title></head><body><nav>Home | Help</nav>"
                     f"<main>{body}</main><footer>© 2026</footer></body></html>", **kwargs)


def watch(site, path: str, **extra) -> dict:
    return {"id": "example" + path.replace("/", "-"), "url": site.url(path), "select": ["main"], **extra}


def probe(vigie, *options: str, settings: tuple[str, ...] = ()) -> tuple[int, list[dict]]:
    """`vigie catalogue probe --json`; its exit code and the per-watch objects."""
    result = vigie(*FAST, *LOOPBACK, *settings, "catalogue", "probe", *options, "--json", check=False)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def recorded(vigie) -> tuple[int, int]:
    """(checks, versions) in the database."""
    with sqlite3.connect(vigie.db) as db:
        return tuple(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("checks", "versions"))


def test_a_healthy_page_is_ok_and_nothing_is_recorded(site, vigie):
    site.serve("/privacy", page(ENGLISH))
    vigie.write([watch(site, "/privacy", expect=["Example Ireland Limited"], reject=["Log in to continue"])])

    code, (report,) = probe(vigie)
    assert code == 0
    assert set(report) == FIELDS
    assert report == {
        "watch": "example-privacy", "platform": "Example", "url": site.url("/privacy"), "locale": "en",
        "render": "http", "status": 200, "final_url": site.url("/privacy"), "selector_matched": True,
        "chars": report["chars"], "language": "en",
        "expect": [{"text": "Example Ireland Limited", "found": True}],
        "reject": [{"text": "Log in to continue", "found": False}],
        "verdict": "ok", "reason": None, "render_needed": "http", "other_render": None,
        "result": "ok", "broken": False, "problem": None, "notes": []}
    assert 500 < report["chars"] < 1000
    # No database is needed, and none is created.
    assert not vigie.db.exists()

    result = vigie(*FAST, "catalogue", "probe")
    assert result.returncode == 0, result.stderr
    header, line, summary = result.stdout.splitlines()
    assert header.split() == ["WATCH", "RESULT", "HTTP", "CHARS", "LANG", "RENDER"]
    assert line.split() == ["example-privacy", "ok", "200", f"{report['chars']:,}", "en", "http"]
    assert summary == "1 watch probed: 1 ok, 0 broken"
    assert not vigie.db.exists()

    # Asked for as a check asks: the watch's language, Vigie's user agent.
    hits = site.hits_for("/privacy")
    assert len(hits) == 2
    assert all(h.headers["Accept-Language"] == "en" and h.headers["User-Agent"].startswith("Vigie/") for h in hits)


def test_a_probe_records_nothing_in_an_existing_database(site, vigie):
    site.serve("/privacy", page(ENGLISH))
    vigie.write([watch(site, "/privacy", locale="en-GB")])
    vigie.crawl()
    before = recorded(vigie)
    assert before == (1, 1)

    code, (report,) = probe(vigie)
    assert code == 0 and report["verdict"] == "ok"
    assert recorded(vigie) == before
    # Fetched in full: the validators the crawl recorded are not sent.
    crawled, probed = site.hits_for("/privacy")
    assert probed.status == 200 and "If-None-Match" not in probed.headers and "If-Modified-Since" not in probed.headers
    assert probed.headers["Accept-Language"] == "en-GB,en;q=0.9"


DRIFTS = {
    # name: (pages served at /privacy, other pages, watch fields, verdict, reason, what else to check)
    "selector gone": (page(ENGLISH).body.replace(b"main>", b"div>"), {}, {}, "error",
                      "selector matched nothing: main", {"selector_matched": False, "chars": 0}),
    "language switched": (page(GERMAN).body, {}, {}, None, "wrong language (de, expected en)",
                          {"selector_matched": True, "language": "de"}),
    "consent wall": (CONSENT.encode(), {}, {}, "blocked", "consent wall: page says 'before you continue'", {}),
    "region pin lost": (page(ENGLISH.replace("Example Ireland Limited", "Example Inc.")).body, {},
                        {"expect": ["Example Ireland Limited"]}, "blocked",
                        "expect text missing: 'Example Ireland Limited'",
                        {"expect": [{"text": "Example Ireland Limited", "found": False}], "language": "en"}),
    "page gone": (Page.html("<h1>Not found</h1>", status=404), {}, {}, "error", "HTTP 404 Not Found",
                  {"status": 404, "selector_matched": None, "chars": None}),
    "redirected to a login page": (Page.redirect("/accounts/login?next=/privacy"),
                                   {"/accounts/login": Page.html(LOGIN)}, {}, "blocked",
                                   "login wall: redirected to http://", {"status": 200}),
}


@pytest.mark.parametrize("drift", DRIFTS)
def test_a_drifted_page_is_broken_with_its_reason(site, vigie, drift):
    served, others, fields, verdict, reason, expected = DRIFTS[drift]
    site.serve("/privacy", served if isinstance(served, Page) else Page(body=served))
    for path, other in others.items():
        site.serve(path, other)
    vigie.write([watch(site, "/privacy", **fields)])

    code, (report,) = probe(vigie)
    assert code == 1, report
    assert report["broken"] and report["result"] == "broken"
    assert reason in report["reason"] and report["problem"] == report["reason"], report
    assert report["verdict"] == (verdict or report["verdict"]) and report["verdict"] in ("blocked", "error")
    assert {key: report[key] for key in expected} == expected
    if drift == "redirected to a login page":
        assert report["final_url"] == site.url("/accounts/login?next=/privacy")
    # Where the page answered without text, the browser was tried too (or why not is said).
    other = report["other_render"]
    if report["selector_matched"] is False or (report["chars"] is not None and report["chars"] < 100):
        assert other["render"] == "browser" and other["verdict"] != "ok"
        assert report["render_needed"] is None
        assert any(note.startswith(("in the browser too: ", "could not try the browser: "))
                   for note in report["notes"]), report["notes"]
    else:
        assert other is None
    assert not vigie.db.exists()


def test_a_page_that_moved_is_ok_and_its_final_url_reported(site, vigie):
    site.serve("/en/privacy", Page.redirect("/en-gb/privacy", status=301))
    site.serve("/en-gb/privacy", page(ENGLISH))
    vigie.write([watch(site, "/en/privacy")])

    code, (report,) = probe(vigie)
    assert code == 0
    assert (report["verdict"], report["status"], report["final_url"]) == ("ok", 200, site.url("/en-gb/privacy"))
    assert report["notes"] == [f"redirected to {site.url('/en-gb/privacy')}: if the move is permanent, set url to it"]


@needs_browser
def test_text_written_by_scripts_needs_the_browser(site, vigie):
    site.serve("/scripted", Page.html(SCRIPTED))
    site.serve("/static", page(ENGLISH))
    vigie.write([watch(site, "/scripted"), watch(site, "/static", render="browser")])

    code, (scripted, static) = probe(vigie)
    assert code == 1
    # Over HTTP the http watch reads nothing; in Chromium the script writes the policy.
    assert (scripted["verdict"], scripted["chars"], scripted["selector_matched"]) == ("error", 0, True)
    assert scripted["broken"] and scripted["render_needed"] == "browser"
    assert scripted["problem"].startswith("needs render = browser: over HTTP, implausibly short text")
    rendered = scripted["other_render"]
    assert set(rendered) == READING_FIELDS
    assert (rendered["render"], rendered["verdict"], rendered["language"]) == ("browser", "ok", "en")
    assert rendered["chars"] > 500
    # A browser watch whose page reads without scripts: fine, and said to be lighter over HTTP.
    assert (static["verdict"], static["broken"], static["render_needed"]) == ("ok", False, "http")
    assert static["other_render"]["render"] == "http" and static["other_render"]["verdict"] == "ok"
    assert any(note.startswith("plain HTTP would do") for note in static["notes"])
    # Each page once in each mode.
    assert len(site.hits_for("/scripted")) == 2 and len(site.hits_for("/static")) == 2

    human = vigie(*FAST, *LOOPBACK, "catalogue", "probe", check=False)
    assert human.returncode == 1
    assert re.search(r"^example-scripted +broken +200 +0 +- +http → browser$", human.stdout, re.M), human.stdout
    assert re.search(r"^example-static +ok +200 +[\d,]+ +en +browser \(http would do\)$", human.stdout, re.M)
    assert "↳ needs render = browser" in human.stdout
    assert human.stdout.rstrip().endswith("2 watches probed: 1 ok, 1 broken")
    assert not vigie.db.exists()


def test_without_a_browser_the_probe_says_what_it_could_not_try(site, vigie):
    site.serve("/scripted", Page.html(SCRIPTED))
    site.serve("/static", page(ENGLISH))
    vigie.write([watch(site, "/scripted"), watch(site, "/static", render="browser")])
    no_browser = ("--set", "VIGIE_CHROMIUM=/nonexistent/chromium")

    code, (scripted, static) = probe(vigie, settings=no_browser)
    assert code == 1
    assert scripted["broken"] and scripted["render_needed"] is None
    assert scripted["problem"] == "implausibly short text: 0 characters"
    assert scripted["other_render"]["verdict"] == "skipped"
    assert any(note.startswith("could not try the browser: not rendered") for note in scripted["notes"])
    # As a check would, the browser watch is skipped: unverified, not broken; HTTP was tried.
    assert (static["verdict"], static["result"], static["broken"]) == ("skipped", "skipped", False)
    assert static["other_render"]["verdict"] == "ok" and static["render_needed"] == "http"
    # The http watch's page once over HTTP; the browser watch's once over HTTP, never rendered.
    assert len(site.hits_for("/scripted")) == 1 and len(site.hits_for("/static")) == 1

    code, _ = probe(vigie, "--watch", "example-static", settings=no_browser)
    assert code == 0


def test_platform_and_watch_select_what_is_probed(site, vigie):
    for path in ("/a", "/b", "/c"):
        site.serve(path, page(ENGLISH))
    vigie.write([watch(site, "/a", platform="Alpha"), watch(site, "/b", platform="Alpha"),
                 watch(site, "/c", platform="Gamma")])

    def probed(*options: str) -> list[str]:
        site.hits.clear()
        code, reports = probe(vigie, *options)
        assert code == 0
        assert sorted(h.path for h in site.hits) == sorted(r["url"].removeprefix(site.base) for r in reports)
        return [r["watch"] for r in reports]

    assert probed() == ["example-a", "example-b", "example-c"]
    assert probed("--platform", "alpha") == ["example-a", "example-b"]
    assert probed("--platform", "Gamma", "--platform", "ALPHA") == ["example-a", "example-b", "example-c"]
    assert probed("--watch", "example-c") == ["example-c"]
    assert probed("--platform", "Alpha", "--watch", "example-b", "--watch", "example-c") == ["example-b"]

    site.hits.clear()
    for options, message in ((("--watch", "nope"), "unknown watch id(s): nope"),
                             (("--platform", "Beta"), "no watch of platform(s) Beta; the platforms are Alpha, Gamma"),
                             (("--platform", "Gamma", "--watch", "example-a"), "no watch is both")):
        result = vigie("catalogue", "probe", *options, check=False)
        assert result.returncode == 2 and message in result.stderr, result.stderr
    assert site.hits == []


def test_the_catalogue_is_selected_by_platform_without_fetching():
    catalogue = load_watchlist(None).watches
    linkedin = select(catalogue, platforms=["linkedin"])
    assert linkedin and {w.platform for w in linkedin} == {"LinkedIn"}
    assert len(select(catalogue)) == len(catalogue)
    with pytest.raises(SelectionError, match="the platforms are .*LinkedIn"):
        select(catalogue, platforms=["Myspace"])


def test_two_pages_at_a_time_per_host(site, vigie):
    for n in range(6):
        site.serve(f"/p{n}", page(ENGLISH, fault="stall:0.4"))
    vigie.write([watch(site, f"/p{n}") for n in range(6)])
    code, reports = probe(vigie)
    assert code == 0 and [r["verdict"] for r in reports] == ["ok"] * 6
    assert site.max_in_flight == 2


def test_the_json_fields_are_documented():
    docs = (Path(__file__).resolve().parent.parent / "docs" / "catalogue.md").read_text(encoding="utf-8")
    missing = [name for name in sorted(FIELDS) if f"`{name}`" not in docs]
    assert not missing, f"fields of `vigie catalogue probe --json` missing from docs/catalogue.md: {missing}"


# The report's rules, fed fetches as the crawler builds them (no network).

def _watch(render: str = "http", **fields) -> Watch:
    return Watch(id="example/p", platform="Example", title="Privacy Policy", kind="privacy-policy",
                 url="https://user:secret@example.org/p", select=["main"], render=render, **fields)


def _fetch(body: str = "", status: int = 200, final_url: str = "https://user:secret@example.org/p",
           skipped: str | None = None) -> Fetch:
    return Fetch("example/p", "https://user:secret@example.org/p", "2026-12-01T00:00:00+00:00",
                 "2026-12-01T00:00:01+00:00", conditional=False, final_url=None if skipped else final_url,
                 status=None if skipped else status, body=body.encode(), encoding="utf-8", skipped=skipped)


def test_the_report_follows_the_readings():
    good, empty = page(ENGLISH).body.decode(), "<html><body><main></main></body></html>"
    http = _watch()
    reading = observe(http, _fetch(good), "http")
    assert reading.ok and reading.language == "en" and other_render(http, reading) is None
    assert reading.final_url == "https://***@example.org/p"  # no password printed
    report = assess(http, reading)
    assert (report.result, report.render_needed, report.notes) == ("ok", "http", ())

    textless = observe(http, _fetch(empty), "http")
    assert textless.verdict == "error" and other_render(http, textless) == "browser"
    report = assess(http, textless, observe(http, _fetch(good), "browser"))
    assert report.broken and report.render_needed == "browser"
    assert report.problem.startswith("needs render = browser: over HTTP, implausibly short text: 0 characters")

    # An HTTP failure is not a render question.
    gone = observe(http, _fetch("<h1>Gone</h1>", status=410), "http")
    assert gone.selector_matched is None and other_render(http, gone) is None

    browser = _watch("browser")
    skipped = observe(browser, _fetch(skipped="not rendered: no Chromium"), "browser")
    assert other_render(browser, skipped) == "http"
    report = assess(browser, skipped, observe(browser, _fetch(empty), "http"))
    assert (report.result, report.broken, report.render_needed) == ("skipped", False, None)
    assert report.notes == ("over plain HTTP: implausibly short text: 0 characters",)

    moved = assess(http, observe(http, _fetch(good, final_url="https://example.org/en-gb/p"), "http"))
    assert moved.notes == ("redirected to https://example.org/en-gb/p: if the move is permanent, set url to it",)

    assert exit_code([]) == 0 and exit_code([moved, report]) == 0
    assert exit_code([moved, assess(http, gone)]) == 1
