"""`vigie schedule`: run cycles until stopped, each one a `vigie run` subprocess.

Scrapy's reactor cannot be restarted, and a long-lived process would carry
every cycle's memory; a child process per cycle starts clean each time, and
its crash is one failed cycle, not a dead service. Between cycles the
scheduler sleeps until the next thing is due: a watch (its `every`, less its
jitter), a digest on its calendar, or a delivery's retry. It holds the
database's lock throughout, lending it to its own children only.

SIGTERM/SIGINT: the cycle in progress is asked to stop gracefully (pages in
flight are recorded, nothing new starts), then the scheduler exits 0.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from watchers.catalogue.watchlist import ConfigError, Watchlist
from watchers.delivery.digests import next_digest
from watchers.record import next_due
from watchers.store.db import Store

# Re-read the watchlist at least this often, so edits apply without a restart;
# and never spin: a cycle that is due at once still waits a little.
MAX_SLEEP = timedelta(minutes=15)
MIN_SLEEP = timedelta(seconds=5)


def next_wake(store: Store, watchlist: Watchlist, now: datetime) -> datetime:
    """The earliest of: a watch due, a digest due, a delivery to retry."""
    candidates = [now + MAX_SLEEP]
    for watch in watchlist.watches:
        candidates.append(next_due(store, watch) or now)
    candidates += [next_digest(channel, now) for channel in watchlist.channels if channel.mode != "immediate"]
    retry = store.next_attempt()
    if retry:
        candidates.append(datetime.fromisoformat(retry))
    return max(min(candidates), now + MIN_SLEEP)


class Scheduler:
    def __init__(self, cycle_command: list[str], db: str, load: Callable[[], Watchlist],
                 log: Callable[[str], None]):
        self.cycle_command = cycle_command
        self.db = db
        self.load = load
        self.log = log
        self.stop = threading.Event()
        self.child: subprocess.Popen | None = None

    def request_stop(self, signum: int, _frame) -> None:
        self.stop.set()
        if self.child is not None and self.child.poll() is None:
            self.child.send_signal(signal.SIGTERM)  # the cycle stops gracefully

    def forever(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.request_stop)
        cycles = 0
        while not self.stop.is_set():
            cycles += 1
            started = datetime.now(timezone.utc)
            self.log(f"cycle {cycles} started")
            with subprocess.Popen(self.cycle_command) as self.child:
                code = self.child.wait()
            self.child = None
            self.log(f"cycle {cycles} ended with exit code {code} after "
                     f"{(datetime.now(timezone.utc) - started).total_seconds():.1f}s")
            if self.stop.is_set():
                break
            now = datetime.now(timezone.utc)
            wake = self._next_wake(now)
            self.log(f"next cycle at {wake.isoformat(timespec='seconds')}")
            self.stop.wait((wake - now).total_seconds())
        self.log(f"stopped after {cycles} cycle(s)")

    def _next_wake(self, now: datetime) -> datetime:
        try:
            watchlist = self.load()
        except ConfigError as error:  # the user is editing it: try again later
            self.log(f"configuration error, next try in {MAX_SLEEP}: {error}")
            return now + MAX_SLEEP
        try:
            store = Store(self.db)
            try:
                return next_wake(store, watchlist, now)
            finally:
                store.close()
        except (sqlite3.Error, OSError) as error:  # the next cycle will say it clearly, and exit 1
            self.log(f"cannot read the database, next try in {MAX_SLEEP}: {error}")
            return now + MAX_SLEEP


def cycle_command(global_args: list[str]) -> list[str]:
    return [sys.executable, "-m", "vigie", *global_args, "run"]
