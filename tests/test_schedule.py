"""`vigie schedule`: when it wakes (pure), and a real scheduler process stopped by SIGTERM."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

from vigie.loopback import Page
from vigie.schedule import MAX_SLEEP, MIN_SLEEP, next_wake
from watchers.catalogue.watchlist import Watch, Watchlist
from watchers.delivery.channels import Channel
from watchers.record import jitter
from watchers.store.db import Store

from test_alerts import PAGE

UTC = timezone.utc


def watch(n: int, every: str = "12h") -> Watch:
    return Watch(id=f"ex/w{n}", platform="Example", title="Privacy Policy", kind="privacy-policy",
                 url=f"https://example.org/{n}", every=every)


def test_jitter_spreads_watches_within_a_tenth_of_their_interval():
    shares = {jitter(watch(n)) for n in range(50)}
    assert len(shares) == 50 and all(timedelta(0) <= j <= timedelta(hours=1.2) for j in shares)
    assert jitter(watch(7)) == jitter(watch(7))  # stable across runs: no random drift


def test_it_wakes_for_the_earliest_watch_digest_or_retry(tmp_path):
    store = Store(tmp_path / "v.db")
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    never_checked = Watchlist(watches=(watch(1),))
    assert next_wake(store, never_checked, now) == now + MIN_SLEEP  # due now, but never spin

    store.sync_watches([watch(1)])
    store.add_check({"watch_id": "ex/w1", "started_at": now.isoformat(timespec="seconds"), "outcome": "error"})
    checked = Watchlist(watches=(watch(1, every="10m"),))
    assert next_wake(store, checked, now) == now + timedelta(minutes=10) - jitter(watch(1, every="10m"))
    assert next_wake(store, Watchlist(watches=(watch(1, every="1d"),)), now) == now + MAX_SLEEP

    digest_at = (now + timedelta(minutes=10)).astimezone().strftime("%H:%M")
    daily = Channel(name="d", url="json://127.0.0.1/h", mode="daily", at=digest_at)
    with_digest = Watchlist(watches=(watch(1, every="1d"),), channels=(daily,))
    assert next_wake(store, with_digest, now) == now + timedelta(minutes=10)

    store.add_digest_delivery("d", "some-period", now.isoformat(timespec="seconds"))
    (delivery,) = store.due_deliveries(now.isoformat(timespec="seconds"))
    store.mark_delivery(delivery["id"], next_attempt_at=(now + timedelta(minutes=3)).isoformat(timespec="seconds"))
    assert next_wake(store, with_digest, now) == now + timedelta(minutes=3)  # a retry comes first


def test_a_scheduler_runs_cycles_holds_the_database_and_stops_cleanly(site, vigie):
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"],
                  "every": "5m"}])
    command = [sys.executable, "-m", "vigie", "--db", str(vigie.db), "--watchlist", str(vigie.watchlist),
               "schedule"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as scheduler:
        log: list[str] = []
        reader = threading.Thread(target=lambda: log.extend(line for line in scheduler.stderr), daemon=True)
        reader.start()
        # Stopped once it sleeps after its first cycle: a SIGTERM while the cycle still
        # closes would end it with no "next cycle at".
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("next cycle at" in line for line in log):
            time.sleep(0.2)
        assert _checks(vigie.db) == [("ex/privacy", "new")]
        refused = vigie("crawl", "--all", check=False)
        assert refused.returncode == 1 and f"`vigie schedule` (pid {scheduler.pid}" in refused.stderr
        scheduler.send_signal(signal.SIGTERM)
        stdout = scheduler.stdout.read()
        scheduler.wait(timeout=60)
        reader.join(timeout=60)
        stderr = "".join(log)
    assert scheduler.returncode == 0, stderr
    assert "cycle 1 ended with exit code 0" in stderr and "next cycle at" in stderr
    assert "stopped after 1 cycle(s)" in stderr and "1 checks: 1 new" in stdout
    assert vigie.crawl().returncode == 0  # the lock went with it


def _checks(db) -> list[tuple[str, str]]:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT watch_id, outcome FROM checks").fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []
