"""Soak: `vigie schedule` for a while against a loopback site that changes and misbehaves.

Pages change on a seeded timeline; a seeded share of requests get a fault (every
kind tests/test_faults.py plays); the scheduler and its `vigie run` child are
SIGKILLed at random moments (any time, mid-crawl, mid-delivery) and restarted.
At the end it is stopped with SIGTERM, a last `vigie run` delivers what is
pending, and the figures are printed.

    python bench/soak.py --minutes 60    # the documented run
    python bench/soak.py --minutes 3     # does it work? (every watch is checked about once)

Honest by construction: the versions expected are derived from what the server
logged as served whole and fault-free, each matched to the check that recorded
it; a page served to a cycle that was killed before recording it is counted
apart, never silently dropped. Exit status 1 if anything was lost.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes
from pathlib import Path

from aiosmtpd.controller import Controller

from vigie.loopback import LoopbackSite, Page
from watchers.page.extract import extract
from watchers.store.db import sha256

CLAIMS = ["we use your public posts to train our generative AI models",
          "you can object to the use of your data for AI training in your privacy settings",
          "we share data with advertising partners on the basis of legitimate interests",
          "we do not use the content of your private messages to train AI models",
          "we keep your data for as long as your account is open, then for 90 days"]
GOOD = """<!doctype html><html><head><meta charset="utf-8"><title>Privacy</title></head><body>
<nav>Home | Jobs</nav><main><h1>{platform} Privacy Policy</h1>
<p>Example Ireland Limited is the controller of your data.</p>
<p>Données personnelles : vous pouvez vous opposer à l’entraînement de nos modèles d’IA.</p>
<ul><li>To provide the service.</li><li>Revision {revision}: {claim}.</li></ul></main></body></html>"""
WALLS = {"login-wall": "<main><h1>Sign in</h1><p>Log in to continue.</p></main>",
         "consent-wall": "<main><h1>Before you continue</h1><p>Accept all cookies?</p></main>",
         "bot-wall": "<main><h1>One more step</h1><p>Please complete the security check.</p></main>"}
FAULTS = ["http-500", "http-503-retry-after", "http-429-retry-after", "http-429-retry-after-long", "stall",
          "reset", "truncate", "redirect-loop", "huge", "gzip-bomb", *WALLS, "bot-challenge-403",
          "wrong-region", "garbage", "charset-cp1252-as-utf8", "charset-utf8-as-latin1", "malformed-html"]
TIMEOUT = 5
SETTINGS = ["--set", f"DOWNLOAD_TIMEOUT={TIMEOUT}", "--set", "RETRY_BACKOFF_BASE=1"]
KILL_SETTLE = 5.0  # a page served this long before a kill may not have been recorded


@dataclass
class Served(Page):
    watch: int = -1
    revision: int = 0
    kind: str = "good"  # "good", or one of FAULTS
    at: float = 0.0  # wall clock, to match the check that recorded it


def watch_id(watch: int) -> str:
    return f"site{watch:02d}/privacy"


def good_html(watch: int, revision: int) -> str:
    return GOOD.format(platform=f"Site{watch:02d}", revision=revision, claim=CLAIMS[revision % len(CLAIMS)])


def malformed(html: str) -> str:
    """The same words with unclosed and stray tags: lxml recovers, the text is the same."""
    for closing_tag in ("</li>", "</p>", "</main>", "</body>", "</html>"):
        html = html.replace(closing_tag, "")
    return html.replace("</h1>", "</h1></span>").replace("Jobs</nav>", "Jobs</div></nav>")


class Timeline:
    """What each watch's page says at each moment, and which faults it plays (seeded)."""

    def __init__(self, site: LoopbackSite, watches: int, seconds: float, change_every: float,
                 fault_share: float, seed: int):
        self.site, self.rng, self.lock = site, random.Random(seed), threading.Lock()
        self.start, self.fault_share, self.frozen = time.time(), fault_share, None
        self.changes = []
        for _ in range(watches):
            times, t = [], 0.0
            while (t := t + self.rng.expovariate(1 / change_every)) < seconds:
                times.append(t)
            self.changes.append(times)
        bomb = Page.gzip_bomb(good_html(0, 1), 32 << 20)
        self.bomb = bomb.body, bomb.headers
        for watch in range(watches):
            site.serve_with(f"/p{watch}", lambda watch=watch: self.pick(watch))

    def revision(self, watch: int) -> int:
        now = (self.frozen or time.time()) - self.start
        return 1 + sum(t <= now for t in self.changes[watch])

    def pick(self, watch: int) -> Served:
        with self.lock:
            faulty = self.frozen is None and self.rng.random() < self.fault_share
            kind = self.rng.choice(FAULTS) if faulty else "good"
            garbage = self.rng.randbytes(4000)
        page = self.page(watch, self.revision(watch), kind, garbage)
        page.watch, page.at = watch, time.time()
        return page

    def page(self, watch: int, revision: int, kind: str, garbage: bytes) -> Served:
        html, mark = good_html(watch, revision), {"revision": revision, "kind": kind}
        bare = html.replace('<meta charset="utf-8">', "")  # so that only the header declares a charset
        busy = "<h1>Just a moment...</h1>"
        make = {
            "http-500": lambda: Served.html(busy, status=500, **mark),
            "http-503-retry-after": lambda: Served.html(busy, status=503, headers={"Retry-After": "2"}, **mark),
            "http-429-retry-after": lambda: Served.html(busy, status=429, headers={"Retry-After": "2"}, **mark),
            "http-429-retry-after-long": lambda: Served.html(
                busy, status=429, headers={"Retry-After": "86400"}, **mark),
            "bot-challenge-403": lambda: Served.html(busy, status=403, **mark),
            "stall": lambda: Served.html(html, fault=f"stall:{TIMEOUT + 2}", **mark),
            "reset": lambda: Served.html(html, fault="reset", **mark),
            "truncate": lambda: Served.html(html, fault="truncate", **mark),
            "huge": lambda: Served.html(html, fault="huge:9000000", **mark),
            "redirect-loop": lambda: Served.redirect(self.site.url(f"/p{watch}"), **mark),
            "gzip-bomb": lambda: Served(body=self.bomb[0], headers=dict(self.bomb[1]), **mark),
            "wrong-region": lambda: Served.html(html.replace("Example Ireland Limited", "Example Inc."), **mark),
            "garbage": lambda: Served(body=garbage, **mark),
            "charset-cp1252-as-utf8": lambda: Served.html(bare, encoding="cp1252", **mark),
            "charset-utf8-as-latin1": lambda: Served.html(bare, content_type="text/html; charset=iso-8859-1", **mark),
            "malformed-html": lambda: Served.html(malformed(html), **mark),
            **{wall: lambda wall=wall: Served.html(f"<html><body>{WALLS[wall]}</body></html>", **mark)
               for wall in WALLS},
        }
        return make.get(kind, lambda: Served.html(html, **mark))()


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[float, bytes]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append((time.time(), envelope.content))
        return "250 OK"


def alert_key(content: bytes) -> tuple[str, int]:
    """(platform, to_version) of one alert email: the subject names the platform, the
    body the versions ("Version 1 → 2" in HTML, "v1→v2" in text)."""
    message = message_from_bytes(content)
    body = " ".join(part.get_payload(decode=True).decode() for part in message.walk() if not part.is_multipart())
    versions = re.search(r"Version \d+ → (\d+)|v\d+→v(\d+)", body)
    return re.search(r": (Site\d+) ", message["Subject"])[1], int(versions[1] or versions[2])


def rows(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def seconds(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


class Soak:
    def __init__(self, args, work: Path):
        self.args, self.work, self.rng = args, work, random.Random(args.seed)
        self.db, self.log = work / "vigie.db", open(work / "schedule.log", "ab")
        self.kills: list[tuple[float, str]] = []
        self.seen_versions: set[tuple] = set()
        self.integrity: list[str] = []

    def vigie(self, *command: str) -> list[str]:
        return [sys.executable, "-m", "vigie", "--db", str(self.db), "--watchlist",
                str(self.work / "vigie.toml"), *SETTINGS, *command]

    def write_watchlist(self, site: LoopbackSite, port: int) -> None:
        watch = ('[[watch]]\nid = "{id}"\nplatform = "Site{n:02d}"\ntitle = "Privacy Policy"\n'
                 'kind = "privacy-policy"\nurl = "{url}"\nselect = ["main"]\n'
                 'expect = ["Example Ireland Limited"]\nevery = "5m"\n\n')
        channel = (f'[[channel]]\nname = "dpo"\nmin_severity = "low"\n'
                   f'url = "mailto://127.0.0.1:{port}?from=vigie@example.org&to=dpo@example.org"\n')
        (self.work / "vigie.toml").write_text("include_catalogue = false\n\n" + "".join(
            watch.format(n=n, id=watch_id(n), url=site.url(f"/p{n}")) for n in range(self.args.watches))
            + channel, "utf-8")

    def start(self) -> subprocess.Popen:
        # A session of its own: one killpg takes the scheduler and its `vigie run` child.
        return subprocess.Popen(self.vigie("schedule"), stdout=self.log, stderr=self.log, start_new_session=True)

    def checkpoint(self) -> None:
        """After a kill: its integrity check, and the versions it holds, all to be found at the end."""
        self.integrity += [row[0] for row in rows(self.db, "PRAGMA integrity_check")]
        self.seen_versions |= set(rows(self.db, "SELECT watch_id, number, sha256 FROM versions"))

    def run(self, site: LoopbackSite, inbox: Inbox) -> None:
        end = time.time() + self.args.minutes * 60
        mean_gap = self.args.kill_every or max(10.0, self.args.minutes * 60 / 15)
        scheduler = self.start()
        try:
            while time.time() + (pause := self.rng.expovariate(1 / mean_gap)) < end:
                time.sleep(pause)
                mode = self.rng.choice(["any time", "mid-crawl", "mid-delivery"])
                hits, mails = len(site.hits), len(inbox.messages)
                # Wait for the next crawl or alert, but not forever: when none comes
                # (short runs), the kill lands at any time and is counted so.
                give_up = min(end, time.time() + min(3 * mean_gap, 330))
                while mode != "any time" and (len(site.hits) == hits if mode == "mid-crawl"
                                              else len(inbox.messages) == mails):
                    if time.time() >= give_up:
                        mode = "any time"
                    time.sleep(0.002)
                time.sleep(self.rng.uniform(0, 1.5) if mode == "mid-crawl" else self.rng.uniform(0, 0.05))
                if time.time() >= end:
                    break
                os.killpg(scheduler.pid, signal.SIGKILL)
                scheduler.wait()
                self.kills.append((time.time(), mode))
                self.checkpoint()
                scheduler = self.start()
            time.sleep(max(0.0, end - time.time()))
            scheduler.send_signal(signal.SIGTERM)
            if scheduler.wait(timeout=600) != 0:
                print(f"warning: the scheduler exited {scheduler.returncode} on SIGTERM", file=sys.stderr)
        finally:
            if scheduler.poll() is None:  # interrupted (Ctrl-C, an error): leave no scheduler behind
                os.killpg(scheduler.pid, signal.SIGKILL)

    def final_run(self) -> int:
        return subprocess.run(self.vigie("run"), stdout=self.log, stderr=self.log).returncode

    def account(self, site: LoopbackSite, inbox: Inbox) -> dict:
        """The figures, from the server's log, the mail server's inbox and the database."""
        served = [hit for hit in site.hits if isinstance(hit.page, Served)]
        whole = sorted((hit for hit in served if hit.complete and hit.page.kind in ("good", "malformed-html")),
                       key=lambda hit: hit.page.at)
        fates = match_checks(whole, self.db, [at for at, _ in self.kills])
        expected: dict[str, list[int]] = {}
        for hit, fate in zip(whole, fates):
            revisions = expected.setdefault(watch_id(hit.page.watch), [])
            if fate == "recorded" and revisions[-1:] != [hit.page.revision]:
                revisions.append(hit.page.revision)
        versions = rows(self.db, "SELECT watch_id, number, sha256, text, raw_sha256 FROM versions "
                                 "ORDER BY watch_id, number")
        recorded: dict[str, list[int]] = {}
        for watch, _, _, text, _ in versions:
            recorded.setdefault(watch, []).append(int(re.search(r"Revision (\d+):", text)[1]))
        missed = {(watch_id(hit.page.watch), hit.page.revision) for hit in whole} - {
            (watch, revision) for watch, revisions in recorded.items() for revision in revisions}
        good_bodies = {sha256(hit.page.body) for hit in whole if hit.status == 200}
        changes = rows(self.db, "SELECT w.platform, c.to_version, c.severity FROM changes c "
                                "JOIN watches w ON w.id = c.watch_id")
        wanted = Counter((platform, to) for platform, to, severity in changes if severity != "noise")
        received = Counter(alert_key(content) for _, content in inbox.messages)
        first_copy = {}
        for at, content in inbox.messages:
            first_copy.setdefault(alert_key(content), at)
        duplicates = [key for key, count in received.items() for _ in range(count - 1)]
        log = (self.work / "schedule.log").read_text(errors="replace")
        return {
            "kills (SIGKILL to scheduler and child)": Counter(mode for _, mode in self.kills),
            "cycles started": len(re.findall(r"cycle \d+ started", log)),
            "cycle exit codes": Counter(re.findall(r"ended with exit code (-?\d+)", log)),
            "requests served": len(served),
            "faults injected": Counter(hit.page.kind for hit in served if hit.page.kind != "good"),
            "checks by outcome": Counter(outcome for outcome, in rows(self.db, "SELECT outcome FROM checks")),
            "pages served whole, by fate": Counter(fate.split(":")[0] for fate in fates),
            "why a page served whole failed its check": Counter(f.split(": ", 1)[1] for f in fates if ": " in f),
            "versions expected": sum(map(len, expected.values())), "versions recorded": len(versions),
            "watches whose versions differ from the expected": sorted(
                w for w in set(expected) | set(recorded) if expected.get(w, []) != recorded.get(w, [])),
            "revisions served whole, never recorded (only to killed cycles or failed checks)": len(missed),
            "versions lost": len(self.seen_versions - {v[:3] for v in versions}),
            "versions made from a faulty page": sum(v[4] not in good_bodies for v in versions),
            "changes recorded, by severity": Counter(severity for _, _, severity in changes),
            "alerts expected": sum(wanted.values()), "alerts received": sum(received.values()),
            "alerts missing": sum((wanted - received).values()),
            "alerts not expected": sum((received - wanted - Counter(duplicates)).values()),
            "duplicates": len(duplicates),
            "duplicates followed within 1 s by a kill (the documented window)": sum(
                any(first_copy[key] <= at <= first_copy[key] + 1 for at, _ in self.kills) for key in duplicates),
            "deliveries not sent": rows(self.db, "SELECT COUNT(*) FROM deliveries "
                                                 "WHERE status NOT IN ('sent', 'empty')")[0][0],
            "integrity_check (after each kill and at the end)": Counter(
                self.integrity + [rows(self.db, "PRAGMA integrity_check")[0][0]]),
        }


def match_checks(whole: list, db: Path, kill_times: list[float]) -> list[str]:
    """For each page served whole, in serving order: "recorded" by a good check (each
    check matched once), "judged failed: reason" by a failed one, "lost to a kill" when
    its cycle was killed before recording it, else "unexplained" (a loss)."""
    checks: dict[str, list[tuple]] = {}
    for watch, *check in rows(db, "SELECT watch_id, id, started_at, finished_at, outcome, reason, raw_sha256 "
                                  "FROM checks ORDER BY id"):
        checks.setdefault(watch, []).append(check)
    used, fates = set(), []
    for hit in whole:
        page, body_sha = hit.page, sha256(hit.page.body) if hit.status == 200 else None
        # started_at is taken before the request leaves and both are floored to the second.
        near = [c for c in checks.get(watch_id(page.watch), [])
                if c[0] not in used and seconds(c[1]) <= page.at <= seconds(c[2]) + 1]
        good = [c for c in near if c[3] in ("new", "changed", "unchanged", "not-modified")
                and (c[5] == body_sha if body_sha else c[3] == "not-modified")]
        if good or near:
            used.add((good or near)[0][0])
        if good:
            fates.append("recorded")
        elif near:
            fates.append(f"judged failed: {near[0][4]}")
        elif any(page.at <= at <= page.at + KILL_SETTLE for at in kill_times):
            fates.append("lost to a kill before recording")
        else:
            fates.append("unexplained")
    return fates


def lost_anything(figures: dict) -> bool:
    window = figures["duplicates followed within 1 s by a kill (the documented window)"]
    return bool(figures["versions lost"] or figures["versions made from a faulty page"]
                or figures["watches whose versions differ from the expected"] or figures["alerts missing"]
                or figures["alerts not expected"] or figures["duplicates"] > window
                or figures["pages served whole, by fate"]["unexplained"] or figures["deliveries not sent"]
                or set(figures["integrity_check (after each kill and at the end)"]) != {"ok"})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--watches", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--change-every", type=float, default=12.0, help="mean minutes between a page's changes")
    parser.add_argument("--fault-share", type=float, default=0.3, help="share of requests that get a fault")
    parser.add_argument("--kill-every", type=float, help="mean seconds between kills (default: about 15 kills)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    # The pages are served on 127.0.0.1, which only an allowed watch fetches (watchers/page/targets.py).
    os.environ["VIGIE_ALLOW_PRIVATE"] = "1"
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stopped like Ctrl-C: the scheduler goes too
    work = args.keep or Path(tempfile.mkdtemp(prefix="vigie-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    sample = good_html(0, 1).encode()
    assert extract(sample, url="http://x/", select=["main"]) == extract(
        malformed(good_html(0, 1)).encode(), url="http://x/", select=["main"]), "malformed pages must read the same"
    soak, inbox, port = Soak(args, work), Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    started = time.time()
    with LoopbackSite() as site:
        timeline = Timeline(site, args.watches, args.minutes * 60, args.change_every * 60, args.fault_share, args.seed)
        soak.write_watchlist(site, port)
        print(f"soak: {args.minutes:g} min, {args.watches} watches every 5m, seed {args.seed}, in {work}", flush=True)
        soak.run(site, inbox)
        timeline.frozen = time.time()  # the last run reads the last revisions, without faults
        final = soak.final_run()
        time.sleep(0.5)
        figures = {"minutes": round((time.time() - started) / 60, 1), "final run exit code": final,
                   **soak.account(site, inbox)}
    controller.stop()
    for name, value in figures.items():
        print(f"{name}: {dict(value) if isinstance(value, Counter) else value}")
    if lost_anything(figures):
        print("LOST OR DUPLICATED SOMETHING: see the figures above")
        return 1
    print("nothing lost, nothing sent twice outside the documented window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
