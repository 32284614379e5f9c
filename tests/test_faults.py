"""Fault injection: a page that was read well once starts misbehaving.

Every fault of the operations issue, played by a real socket on 127.0.0.1 and
met by a real crawl. Each must end as a failed check with the reason a user
can act on, and leave the store as it was: no new version, the previous one
intact, no change and so no alert. One fault is not a failure: malformed HTML
that still holds the policy is read as browsers read it (lxml recovers), so
it is the same text, "unchanged".

test_crawl.py meets the simpler faults on a first fetch; here they come after
a good version, which is when mishandling one would cost a false alert.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from typing import Callable

from conftest import mailto
from vigie.loopback import LoopbackSite, Page

POLICY = """<!doctype html><html><head><meta charset="utf-8"><title>Privacy</title></head>
<body><nav>Home | Jobs</nav>
<main><h1>Privacy Policy</h1><p>Example Ireland Limited is the controller of your data.</p>
<p>Données personnelles : vous pouvez vous opposer à l’entraînement de nos modèles d’IA, à tout moment,
depuis vos paramètres. Nous répondrons à votre demande sous un mois.</p>
<ul><li>To provide the service.</li><li>To keep it safe.</li></ul></main></body></html>"""
# The same words with unclosed and stray tags, no doctype, no </main>, </body>, </html>.
MALFORMED = """<html><head><title>Privacy</title><body><nav>Home | Jobs</div>
<main><h1>Privacy Policy</h1></span><p>Example Ireland Limited is the controller of your data.
<p>Données personnelles : vous pouvez vous opposer à l’entraînement de nos modèles d’IA, à tout moment,
depuis vos paramètres. Nous répondrons à votre demande sous un mois.</table>
<ul><li>To provide the service.<li>To keep it safe.</ul>"""
LOGIN = """<html><body><main><h1>Sign in</h1><p>Log in to continue to Example.</p>
<form><input name="email"><button>Continue</button></form></main></body></html>"""
CONSENT = """<html><body><main><h1>Before you continue to Example</h1><p>We use cookies and data to
deliver our services.</p><button>Reject all</button><button>Accept all</button></main></body></html>"""
CHALLENGE = """<html><head><title>Just a moment...</title></head><body><h1>Checking your browser
before accessing example.org</h1><p>This process is automatic.</p></body></html>"""
CAPTCHA = """<html><body><main><h1>One more step</h1><p>Please complete the security check to
access example.org.</p><div class="g-recaptcha"></div></main></body></html>"""
TIMEOUT = 1.5
MAX_SIZE = 8 * 1024 * 1024  # the shipped DOWNLOAD_MAXSIZE: the test uses the real cap


@dataclass(frozen=True)
class Fault:
    name: str
    page: Callable[[LoopbackSite, str], Page]  # (site, the watch's path) -> what it serves now
    outcome: str
    reason: str | None  # words the check's reason must contain
    watch: dict = field(default_factory=dict)  # extra watch fields
    hits: int | None = None  # requests the crawl must make (retries), when that is the point


FAULTS = [
    Fault("HTTP 500", lambda site, path: Page.html("<h1>Internal error</h1>", status=500),
          "error", "HTTP 500 Internal Server Error"),
    # One retry (RETRY_TIMES=1 below), after the second the server asked for.
    Fault("HTTP 503 with Retry-After", lambda site, path: Page.html(
        "<h1>Down for maintenance</h1>", status=503, headers={"Retry-After": "1"}),
        "error", "HTTP 503 Service Unavailable", hits=2),
    Fault("HTTP 429 with Retry-After", lambda site, path: Page.html(
        "<h1>Too many requests</h1>", status=429, headers={"Retry-After": "1"}),
        "blocked", "HTTP 429: rate limited", hits=2),
    # Past RETRY_AFTER_MAX: not waited for, the watch fails and waits its turn.
    Fault("HTTP 429 with a Retry-After of a day", lambda site, path: Page.html(
        "<h1>Too many requests</h1>", status=429, headers={"Retry-After": "86400"}),
        "blocked", "HTTP 429: rate limited (the server asks to wait 86400 s)", hits=1),
    Fault("stall past the timeout", lambda site, path: Page.html(POLICY, fault=f"stall:{TIMEOUT + 2}"),
          "error", f"timeout: no complete answer within {TIMEOUT:g}s"),
    Fault("connection reset", lambda site, path: Page.html(POLICY, fault="reset"),
          "error", "connection reset: the server dropped the connection"),
    Fault("truncated body", lambda site, path: Page.html(POLICY, fault="truncate"),
          "error", "truncated body"),
    Fault("redirect loop", lambda site, path: Page.redirect(site.url(path)),
          "error", "redirect loop"),
    # A cookie check that never sees its cookie (Vigie sends none): the same loop.
    Fault("cookie wall (cookie-check redirect)", lambda site, path: Page.redirect(
        site.url(path) + "?cookie_check=1", headers={"Set-Cookie": "seen=1; Path=/"}),
        "error", "redirect loop"),
    Fault("huge body (no Content-Length)", lambda site, path: Page.html(POLICY, fault=f"huge:{MAX_SIZE + 1}"),
          "error", "larger than the download size cap"),
    Fault("gzip bomb", lambda site, path: Page.gzip_bomb(POLICY, 8 * MAX_SIZE),
          "error", "larger than the download size cap once decompressed"),
    Fault("login wall", lambda site, path: Page.html(LOGIN), "blocked", "login wall: page says 'log in to continue'"),
    Fault("login wall (redirect)", lambda site, path: Page.redirect(site.url("/accounts/login?next=" + path)),
          "blocked", "login wall: redirected to"),
    Fault("cookie consent wall", lambda site, path: Page.html(CONSENT),
          "blocked", "consent wall: page says 'before you continue'"),
    Fault("bot wall (challenge, HTTP 403)", lambda site, path: Page.html(CHALLENGE, status=403),
          "blocked", "HTTP 403: access forbidden (bot protection?)"),
    Fault("bot wall (captcha, HTTP 200)", lambda site, path: Page.html(CAPTCHA),
          "blocked", "bot check: page says 'complete the security check'"),
    Fault("wrong region (missing expect)", lambda site, path: Page.html(
        POLICY.replace("Example Ireland Limited", "Example Inc.")),
        "blocked", "expect text missing: 'Example Ireland Limited'", watch={"expect": ["Example Ireland Limited"]}),
    Fault("malformed HTML, policy intact", lambda site, path: Page.html(MALFORMED), "unchanged", None),
    Fault("garbage bytes", lambda site, path: Page(body=random.Random(6).randbytes(6000)),
          "error", "undecodable text"),
    # Recorded, either would be a change full of "�" or "Ã©" now, and another one back
    # when the server is fixed: two false alerts. The header alone declares the charset.
    Fault("wrong charset: Windows-1252 bytes declared UTF-8", lambda site, path: Page.html(
        POLICY.replace('<meta charset="utf-8">', ""), encoding="cp1252"),
        "error", "characters are not valid utf-8 (wrong charset declared"),
    Fault("wrong charset: UTF-8 bytes declared ISO-8859-1", lambda site, path: Page.html(
        POLICY.replace('<meta charset="utf-8">', ""), content_type="text/html; charset=iso-8859-1"),
        "error", "wrong charset: UTF-8 text read as cp1252"),
]


def rows(db, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql).fetchall()


def test_every_fault_after_a_good_version_is_a_failed_check_and_changes_nothing(site, vigie, smtp):
    inbox, port, _ = smtp
    paths = {fault.name: f"/fault-{number}" for number, fault in enumerate(FAULTS)}
    ids = {name: "fault" + path for name, path in paths.items()}
    vigie.write([{"id": ids[f.name], "platform": "Example", "url": site.url(paths[f.name]), "select": ["main"],
                  **f.watch} for f in FAULTS])
    vigie.add_channel("dpo", url=mailto(port), min_severity="low")
    for path in paths.values():
        site.serve(path, Page.html(POLICY))
    site.serve("/accounts/login", Page.html(LOGIN))
    # All at once: the per-host limit is politeness, not what is tested here.
    parallel = ["--set", "CONCURRENT_REQUESTS_PER_DOMAIN=32", "--set", "CONCURRENT_REQUESTS=32"]
    assert f"{len(FAULTS)} checks: {len(FAULTS)} new" in vigie.crawl(*parallel).stdout
    versions = rows(vigie.db, "SELECT watch_id, number, sha256, text, raw_sha256 FROM versions ORDER BY id")

    for fault in FAULTS:
        site.serve(paths[fault.name], fault.page(site, paths[fault.name]))
    first_bad_hit, (last_good_check,) = len(site.hits), rows(vigie.db, "SELECT MAX(id) FROM checks")[0]
    vigie.crawl(*parallel, "--set", "RETRY_TIMES=1", "--set", f"DOWNLOAD_TIMEOUT={TIMEOUT}",
                "--set", "VIGIE_FULL_FETCH_EVERY_DAYS=0")  # no validators: every fault is played in full

    checks = {watch: (outcome, reason) for watch, outcome, reason in rows(
        vigie.db, f"SELECT watch_id, outcome, reason FROM checks WHERE id > {last_good_check}")}
    failures = []
    for fault in FAULTS:
        outcome, reason = checks[ids[fault.name]]
        if outcome != fault.outcome or (fault.reason or "") not in (reason or ""):
            failures.append(f"{fault.name}: got {outcome} ({reason}), want {fault.outcome} ({fault.reason})")
        hits = [hit for hit in site.hits[first_bad_hit:] if hit.path == paths[fault.name]]
        if fault.hits is not None and len(hits) != fault.hits:
            failures.append(f"{fault.name}: {len(hits)} requests, want {fault.hits}")
        if fault.hits == len(hits) == 2 and hits[1].at - hits[0].at < 0.9:
            failures.append(f"{fault.name}: retried after {hits[1].at - hits[0].at:.2f}s, Retry-After said 1s")
    assert not failures, "\n".join(failures)

    assert rows(vigie.db, "SELECT watch_id, number, sha256, text, raw_sha256 FROM versions ORDER BY id") == versions
    assert rows(vigie.db, "SELECT COUNT(*) FROM changes") == [(0,)]
    assert rows(vigie.db, "SELECT COUNT(*) FROM deliveries") == [(0,)]
    assert vigie("notify").stdout.startswith("Nothing to deliver") and inbox.messages == []
    status = {row["watch"]: row for row in vigie.json("status")}
    for fault in FAULTS:
        assert status[ids[fault.name]]["consecutive_failures"] == (fault.outcome != "unchanged"), fault.name
