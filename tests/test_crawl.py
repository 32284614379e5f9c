"""End-to-end: real Scrapy crawls of a server on 127.0.0.1, recorded in SQLite."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta


from vigie.loopback import Page

POLICY = """<!doctype html><html><head><title>Privacy</title><script>track()</script></head>
<body><nav>Home | Jobs | {nav}</nav>
<main><h1>Privacy Policy</h1><p>Last updated: 3 March 2026</p>
<p>We collect the information you give us when you create an account, and the content you post.</p>
<h2>How we use your data</h2>
<ul><li>To provide the service.</li><li>To keep it safe.</li><li>{clause}</li></ul>
<p>You can object at any time using <a href="/settings/ai?utm_source=mail">the objection form</a>.</p>
</main><footer>© 2026 request {nav}</footer></body></html>"""


def policy(clause: str = "To improve our services.", nav: str = "About") -> Page:
    return Page.html(POLICY.format(clause=clause, nav=nav))


def watch(site, path: str, **extra) -> dict:
    return {"id": "example" + path.replace("/", "-"), "url": site.url(path), "select": ["main"], **extra}


def checks(vigie) -> list[dict]:
    with sqlite3.connect(vigie.db) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM checks ORDER BY id")]


def test_first_record_then_unchanged_via_304_then_changed(site, vigie):
    site.serve("/privacy", policy())
    vigie.write([watch(site, "/privacy", locale="fr")])

    output = vigie.crawl().stdout
    assert "example-privacy  new" in output
    first_hit = site.hits_for("/privacy")[0]
    assert first_hit.headers["Accept-Language"] == "fr"
    assert first_hit.headers["User-Agent"].startswith("Vigie/")
    assert "If-None-Match" not in first_hit.headers

    vigie.crawl()
    second_hit = site.hits_for("/privacy")[1]
    assert second_hit.headers["If-None-Match"] == policy().etag  # the server's own validator
    assert second_hit.status == 304
    assert [c["outcome"] for c in checks(vigie)] == ["new", "not-modified"]

    site.serve("/privacy", policy(clause="To train our generative AI models."))
    vigie.crawl()
    assert [c["outcome"] for c in checks(vigie)] == ["new", "not-modified", "changed"]
    history = vigie.json("history", "example-privacy")
    assert [v["version"] for v in history] == [1, 2]
    assert "To train our generative AI models." in vigie("show", "example-privacy").stdout
    assert "To improve our services." in vigie("show", "example-privacy", "--version", "1").stdout

    (change,) = vigie.json("changes")
    assert (change["watch"], change["from_version"], change["to_version"]) == ("example-privacy", 1, 2)
    # An item of "How we use your data" is a use of members' data: the platform now says it trains
    # AI on them, so where it stands moves too (`stance`: the moved answers' excerpts come first).
    assert change["flags"] == ["ai-training", "stance"] and change["severity"] == "high"
    assert {e["flag"] for e in change["excerpts"][:-1]} == {"stance"}
    assert change["excerpts"][-1] == {"flag": "ai-training", "before": "To improve our services.",
                                      "after": "To train our generative AI models."}
    assert vigie.json("changes", "--severity", "high") == [change]
    assert vigie.json("changes", "--watch", "other") == []
    assert vigie.json("changes", "--since", "2999-01-01") == []
    diff = vigie("diff", "example-privacy").stdout  # not a terminal: no colour codes
    assert "! - To [-improve-]{+train+} our [-services-]{+generative AI models+}." in diff, diff
    assert "\x1b[" not in diff
    assert vigie("changes", "--since", "yesterday", check=False).returncode == 2


def test_unchanged_via_200_and_noise_outside_the_selector(site, vigie):
    vigie.write([watch(site, "/privacy")])
    site.serve("/privacy", Page.html(POLICY.format(clause="x" * 20, nav="A"), validators=False),
               Page.html(POLICY.format(clause="x" * 20, nav="A"), validators=False),
               Page.html(POLICY.format(clause="x" * 20, nav="B changed"), validators=False))
    for _ in range(3):
        vigie.crawl()
    rows = checks(vigie)
    assert [c["outcome"] for c in rows] == ["new", "unchanged", "unchanged"]
    assert all(not c["conditional"] for c in rows)  # no validators were ever offered
    with sqlite3.connect(vigie.db) as db:
        # Identical bytes are stored once; the page with new noise is a second raw page.
        assert db.execute("SELECT COUNT(*) FROM raw_pages").fetchone()[0] == 2
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 1


def test_an_unconditional_fetch_happens_from_time_to_time(site, vigie):
    site.serve("/privacy", policy())
    vigie.write([watch(site, "/privacy")])
    vigie.crawl()
    vigie.crawl("--set", "VIGIE_FULL_FETCH_EVERY_DAYS=0")
    assert "If-None-Match" not in site.hits_for("/privacy")[1].headers
    assert [c["outcome"] for c in checks(vigie)] == ["new", "unchanged"]


BAD_PAGES = {
    # path: (page, expected outcome, words in the reason)
    "/e500": (Page.html("<h1>oops</h1>", status=500), "error", "HTTP 500"),
    "/e404": (Page.html("<h1>gone</h1>", status=404), "error", "HTTP 404"),
    "/e403": (Page.html("<h1>no</h1>", status=403), "blocked", "HTTP 403"),
    "/stall": (Page(body=b"<main>late</main>", fault="stall:6"), "error", "timeout"),
    "/reset": (Page(body=b"<main>x</main>", fault="reset"), "error", ""),
    "/truncated": (Page.html(POLICY.format(clause="c", nav="n"), fault="truncate"), "error", "truncated"),
    "/bot": (Page.html("<html><body><h1>Just a moment...</h1><p>Checking your browser before "
                       "accessing the site.</p></body></html>"), "blocked", "bot check"),
    "/consent": (Page.html("<html><body><main><h1>Before you continue</h1><p>We use cookies. "
                           "Accept all / Reject all</p></main></body></html>"), "blocked", "consent wall"),
    "/nomatch": (Page.html("<html><body><div>A page with no main element but enough text "
                           + "to read. " * 30 + "</div></body></html>"), "error", "selector matched nothing"),
    "/short": (Page.html("<html><body><main><p>Coming soon.</p></main></body></html>"), "error", "implausibly short"),
    "/us": (policy(), "blocked", "expect text missing: 'Example Ireland Limited'"),
    "/placeholder": (Page.html("<html><body><main><p>This information is not available in your "
                               "location.</p>" + "<p>More text here.</p>" * 20 + "</main></body></html>"),
                     "blocked", "reject text present"),
    "/empty": (Page(body=b""), "error", "empty response body"),
}


def test_bad_pages_are_failed_checks_never_versions(site, vigie):
    watches = []
    for path, (page, _, _) in BAD_PAGES.items():
        site.serve(path, page)
        extra = {}
        if path == "/us":
            extra["expect"] = ["Example Ireland Limited"]
        if path == "/placeholder":
            extra["reject"] = ["This information is not available in your location"]
        watches.append(watch(site, path, **extra))
    # A login wall reached by redirect, as LinkedIn's authwall is.
    site.serve("/login-redirect", Page(status=302, headers={"Location": site.url("/authwall?trk=x")}))
    site.serve("/authwall", Page.html("<html><body><main><h1>Join LinkedIn</h1></main></body></html>"))
    watches.append(watch(site, "/login-redirect"))
    vigie.write(watches)

    result = vigie.crawl()
    assert result.returncode == 0  # blocked pages are reported, not fatal
    by_watch = {c["watch_id"]: c for c in checks(vigie)}
    for path, (_, outcome, reason) in BAD_PAGES.items():
        check = by_watch["example" + path.replace("/", "-")]
        assert (check["outcome"], path) == (outcome, path)
        assert reason in check["reason"], (path, check["reason"])
    redirected = by_watch["example-login-redirect"]
    assert redirected["outcome"] == "blocked" and "login wall" in redirected["reason"]
    with sqlite3.connect(vigie.db) as db:
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 0
    status = {row["watch"]: row for row in vigie.json("status")}
    assert status["example-e500"]["consecutive_failures"] == 1


def test_a_bad_page_between_two_good_ones_records_nothing(site, vigie):
    site.serve("/privacy", policy(), Page.html("<h1>down</h1>", status=503), policy())
    vigie.write([watch(site, "/privacy")])
    for _ in range(3):
        vigie.crawl()
    assert [c["outcome"] for c in checks(vigie)] == ["new", "error", "not-modified"]
    assert len(vigie.json("history", "example-privacy")) == 1


def test_retries_honour_retry_after(site, vigie):
    site.serve("/busy", Page.html("<h1>busy</h1>", status=429, headers={"Retry-After": "1"}), policy())
    vigie.write([watch(site, "/busy")])
    vigie("--set", "RETRY_TIMES=2", "crawl", "--all")
    hits = site.hits_for("/busy")
    assert [h.status for h in hits] == [429, 200]
    assert [c["outcome"] for c in checks(vigie)] == ["new"]


def test_non_utf8_pages_are_decoded(site, vigie):
    text = POLICY.format(clause="Données personnelles traitées à 5 € près, l’opposition reste possible.", nav="n")
    site.serve("/cp1252", Page(body=text.encode("cp1252"), content_type="text/html; charset=windows-1252"))
    meta_only = text.replace("<head>", '<head><meta charset="iso-8859-15">').replace("’", "'")
    site.serve("/latin9", Page(body=meta_only.encode("iso-8859-15"), content_type="text/html"))
    vigie.write([watch(site, "/cp1252"), watch(site, "/latin9")])
    vigie.crawl()
    assert "Données personnelles traitées à 5 € près, l’opposition" in vigie("show", "example-cp1252").stdout
    assert "Données personnelles traitées à 5 € près, l'opposition" in vigie("show", "example-latin9").stdout


def test_due_watches_only_unless_all(site, vigie):
    site.serve("/privacy", policy())
    vigie.write([watch(site, "/privacy", every="1d")])
    vigie("crawl")
    assert vigie("crawl").stdout.startswith("Nothing was due")
    assert len(site.hits_for("/privacy")) == 1


def test_invalid_watchlist_is_refused_and_nothing_is_fetched(site, vigie):
    site.serve("/privacy", policy())
    cases = [
        (watch(site, "/privacy", every="12 hours"), "field 'every'"),
        (watch(site, "/privacy", select=["main >> p"]), "field 'select'"),
        (watch(site, "/privacy", colour="blue"), "field 'colour': unknown field"),
        ({**watch(site, "/privacy"), "id": "bad id!"}, "field 'id'"),
        (watch(site, "/privacy", url="ftp://example.org/x"), "field 'url'"),
    ]
    for entry, message in cases:
        vigie.write([entry])
        result = vigie("crawl", "--all", check=False)
        assert result.returncode == 2, result.stderr
        assert str(vigie.watchlist) in result.stderr and message in result.stderr, result.stderr
    vigie.write([watch(site, "/privacy"), watch(site, "/privacy")])
    result = vigie("crawl", "--all", check=False)
    assert result.returncode == 2 and "watch 'example-privacy': field 'id': duplicate" in result.stderr
    assert site.hits == []


def test_read_commands(site, vigie):
    site.serve("/privacy", policy())
    vigie.write([watch(site, "/privacy", opt_out=[{"label": "Object", "url": "https://example.org/object"}],
                       tags=["ai"])])
    vigie.crawl()
    (listed,) = vigie.json("watches")
    assert listed["id"] == "example-privacy" and listed["every"] == "12h"
    assert listed["opt_out"] == [{"label": "Object", "url": "https://example.org/object"}]
    (version,) = vigie.json("history", "example-privacy")
    assert set(version) == {"version", "captured_at", "sha256", "chars"}
    (row,) = vigie.json("status")
    assert row["outcome"] == "new" and row["versions"] == 1 and row["consecutive_failures"] == 0
    wait = datetime.fromisoformat(row["next_check"]) - datetime.fromisoformat(row["last_check"])
    assert timedelta(hours=10, minutes=48) <= wait <= timedelta(hours=12)  # 12h less its jitter
    assert "NEXT CHECK" in vigie("status").stdout
    missing = vigie("show", "nope", check=False)
    assert missing.returncode == 1 and "no version of nope recorded yet" in missing.stderr


def test_bodies_over_the_size_cap_are_refused(site, vigie):
    site.serve("/huge", Page.html("<main>" + "<p>padding text</p>" * 20000 + "</main>"))
    vigie.write([watch(site, "/huge")])
    vigie.crawl("--set", "DOWNLOAD_MAXSIZE=100000")
    (check,) = checks(vigie)
    assert check["outcome"] == "error" and "larger than download max size" in check["reason"]


def test_pages_read_in_worker_processes_or_in_the_crawler_record_the_same(site, vigie, tmp_path):
    """Pages are read by a pool of processes (crawler/pipelines.py); VIGIE_READERS=0 reads
    them in the crawler's thread. Either way the same checks, versions and change."""
    results = []
    for readers in ("2", "0"):
        for n in range(6):  # each run sees the first page, then the second
            site.serve(f"/p{n}", policy(f"Clause {n}."), policy(f"Clause {n}, and we train AI models on posts."))
        vigie.db = tmp_path / f"readers-{readers}.db"
        # One platform each: a platform's answers move once, with whichever of its watches is
        # recorded first, and the order pages finish in is the network's.
        vigie.write([watch(site, f"/p{n}", platform=f"Example {n}") for n in range(6)])
        vigie.crawl("--set", f"VIGIE_READERS={readers}")
        vigie.crawl("--set", f"VIGIE_READERS={readers}")
        with sqlite3.connect(vigie.db) as db:
            results.append((db.execute("SELECT watch_id, number, sha256 FROM versions ORDER BY 1, 2").fetchall(),
                            db.execute("SELECT watch_id, severity, flags FROM changes ORDER BY 1").fetchall()))
    assert results[0] == results[1] and len(results[0][0]) == 12 and len(results[0][1]) == 6
