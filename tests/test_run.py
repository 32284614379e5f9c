"""`vigie run`, the cron/systemd entry point: one cycle, one process at a time."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager

from vigie.loopback import Page
from watchers.store.db import Store

from conftest import FAST, mailto
from test_alerts import PAGE

HOLD_LOCK = """
import sys, time
from watchers.store.lock import exclusive
with exclusive(sys.argv[1], "run"):
    print("held", flush=True)
    time.sleep(120)
"""


@contextmanager
def lock_held_by_another_process(db):
    """Yields the pid of a process holding the database's lock; SIGKILLs it after."""
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout.readline().strip() == "held"
            yield holder.pid
        finally:
            os.kill(holder.pid, signal.SIGKILL)


def test_a_cycle_crawls_what_is_due_and_delivers_once(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause="To train our AI models on your posts.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"],
                  "every": "5m"}])
    vigie.add_channel("dpo", url=mailto(port))
    first = vigie(*FAST, "run").stdout
    assert "ex/privacy" in first and "new" in first and "Nothing to deliver." in first
    vigie(*FAST, "crawl", "--all")  # the policy changes; its alert waits in the outbox
    second = vigie(*FAST, "run").stdout
    assert "Nothing was due" in second and "dpo  ex/privacy v2 (high): sent" in second
    assert "Nothing to deliver." in vigie(*FAST, "run").stdout
    (mail,) = inbox.messages
    assert "AI" in mail["Subject"] or "HIGH" in mail["Subject"]


def test_a_second_process_is_refused_and_a_killed_holder_leaves_no_stale_lock(site, vigie):
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    Store(vigie.db).close()  # an empty database: reading commands refuse a missing one
    with lock_held_by_another_process(vigie.db) as pid:
        for command in (["crawl", "--all"], ["run"], ["notify"]):
            refused = vigie(*command, check=False)
            assert refused.returncode == 1, refused.stderr
            assert f"`vigie run` (pid {pid}" in refused.stderr and "wait for it" in refused.stderr
        vigie("notify", "--dry-run")  # reading needs no lock
    assert (vigie.db.parent / "vigie.db.lock").exists()  # left behind by the killed holder…
    assert "1 checks: 1 new" in vigie.crawl().stdout  # …and not in the way


def test_the_spider_alone_takes_the_lock(site, vigie, tmp_path):
    """Scrapyd and `scrapy crawl` run the spider without the CLI: it must refuse too."""
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    scrapy = [sys.executable, "-m", "scrapy", "crawl", "policies", "-a", "all=1",
              "-s", f"VIGIE_DB={vigie.db}", "-s", f"VIGIE_WATCHLIST={vigie.watchlist}"]
    with lock_held_by_another_process(vigie.db):
        refused = subprocess.run(scrapy, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
        assert "is already working on" in refused.stderr
    done = subprocess.run(scrapy, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [v["version"] for v in vigie.json("history", "ex/privacy")] == [1]


def test_sigterm_finishes_the_page_in_flight_and_the_next_run_does_the_rest(site, vigie):
    """A stop request mid-crawl: the page being fetched is recorded, nothing is
    half-written, and the next run checks exactly what was left."""
    slow = {"id": "ex/slow", "platform": "Example", "url": site.url("/slow"), "select": ["main"]}
    rest = [{"id": f"ex/rest-{n}", "platform": "Example", "url": site.url(f"/rest-{n}"), "select": ["main"]}
            for n in range(3)]
    site.serve("/slow", Page.html(PAGE.format(clause="To improve."), fault="stall:2"))
    for n in range(3):
        site.serve(f"/rest-{n}", Page.html(PAGE.format(clause="To improve.")))
    vigie.write([slow, *rest])
    command = [sys.executable, "-m", "vigie", "--db", str(vigie.db), "--watchlist", str(vigie.watchlist),
               "--set", "CONCURRENT_REQUESTS=1", "--set", "DOWNLOAD_TIMEOUT=30", "crawl"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as crawl:
        deadline = time.monotonic() + 30
        while not site.hits_for("/slow") and time.monotonic() < deadline:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGTERM)  # /slow is in flight, the rest wait their turn
        _, stderr = crawl.communicate(timeout=60)
    assert crawl.returncode == 1 and "Stopped by a signal" in stderr, stderr
    with sqlite3.connect(vigie.db) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT watch_id, outcome FROM checks").fetchall() == [("ex/slow", "new")]
    rerun = vigie(*FAST, "crawl").stdout
    assert "3 checks: 3 new" in rerun and "ex/slow" not in rerun  # only what was left was due


def test_quiet_runs_print_only_what_changed_or_failed(site, vigie):
    site.serve("/same", Page.html(PAGE.format(clause="To improve the service.")))
    site.serve("/moves", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause="To train our AI models on your posts.")))
    vigie.write([{"id": "ex/same", "platform": "Example", "url": site.url("/same"), "select": ["main"]},
                 {"id": "ex/moves", "platform": "Example", "url": site.url("/moves"), "select": ["main"]}])
    vigie.crawl()
    quiet = vigie("-q", *FAST, "crawl", "--all").stdout
    assert "ex/moves" in quiet and "changed" in quiet and "ex/same" not in quiet
    assert "2 checks: 1 changed, 1 not-modified" in quiet
    nothing_due = vigie("-q", *FAST, "run")
    assert nothing_due.stdout == "" and nothing_due.stderr == ""
