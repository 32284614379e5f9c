"""Shards: one watchlist split between crawls that share a database without talking.

Every watch in exactly one shard, the same one in every process; the locks
(shard crawls side by side, one per shard, one split at a time, never beside a
whole-database crawl, run or notify); and real crawls of two shards at once on a
new database. tests/test_scrapyd.py does the same with two Scrapyd processes.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from vigie.loopback import Page
from watchers.store.db import Store
from watchers.store.shards import BadShard, Shard, shard_of

from conftest import FAST, mailto, watch_toml
from test_alerts import PAGE

IDS = [f"site-{n}/privacy" for n in range(1000)]
# Holds the locks a crawl of the shard named (or of the whole database) takes, until killed.
HOLD = """
import sys, time
from watchers.store.lock import holding
from watchers.store.shards import Shard
shard = Shard.parse(sys.argv[2]) if sys.argv[2] != "-" else None
with holding(sys.argv[1], sys.argv[3], shard):
    print("held", flush=True)
    time.sleep(120)
"""


@contextmanager
def held(db: Path, shard: str | None, command: str):
    """Yields the pid of another process holding the locks of `shard` (None: the whole database)."""
    with subprocess.Popen([sys.executable, "-c", HOLD, str(db), shard or "-", command],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as holder:
        try:
            line = holder.stdout.readline().strip()
            assert line == "held", holder.stderr.read()
            yield holder.pid
        finally:
            os.kill(holder.pid, signal.SIGKILL)


def test_every_watch_is_in_exactly_one_shard_and_the_shards_are_even():
    for count in (1, 2, 3, 7):
        shards = [Shard(k, count) for k in range(1, count + 1)]
        owners = [[s for s in shards if s.holds(watch_id)] for watch_id in IDS]
        assert all(len(found) == 1 for found in owners)
        sizes = [sum(found == [s] for found in owners) for s in shards]
        assert min(sizes) > len(IDS) / count * 0.8, sizes  # a hash spreads them, no shard starves


def test_a_watch_is_in_the_same_shard_in_every_process():
    """sha256, not Python's hash(): another process (another hash seed) agrees."""
    script = "import json, sys; from watchers.store.shards import shard_of; print(json.dumps([shard_of(i, 5) for i in sys.argv[1:]]))"
    for seed in ("1", "2"):
        other = subprocess.run([sys.executable, "-c", script, *IDS[:200]], capture_output=True, text=True,
                               env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        assert json.loads(other.stdout) == [shard_of(i, 5) for i in IDS[:200]]


@pytest.mark.parametrize("text", ["0/2", "3/2", "1/0", "2", "1/2/3", "a/b", "-1/2", "1/5000", ""])
def test_a_bad_shard_is_refused_with_what_to_write(text, vigie):
    with pytest.raises(BadShard):
        Shard.parse(text)
    vigie.write([])
    refused = vigie("crawl", "--shard", text, check=False)
    assert refused.returncode == 2 and "--shard" in refused.stderr, refused.stderr
    assert not vigie.db.exists()


def test_shard_crawls_share_the_database_one_per_shard_and_never_beside_a_whole_crawl(vigie):
    vigie.write([])
    Store(vigie.db).close()
    with held(vigie.db, "1/2", "crawl --shard 1/2") as first, held(vigie.db, "2/2", "crawl --shard 2/2") as second:
        again = vigie("crawl", "--shard", "1/2", check=False)
        assert again.returncode == 1, again.stderr
        assert f"`vigie crawl --shard 1/2` (pid {first}" in again.stderr and "shard 1/2 of" in again.stderr
        for command in (["crawl"], ["run"], ["notify"]):
            whole = vigie(*command, check=False)
            assert whole.returncode == 1, whole.stderr
            # Both shard crawls named, not the last whole-database holder of the lock file.
            assert f"(pid {first}" in whole.stderr and f"(pid {second}" in whole.stderr, whole.stderr
        split_otherwise = vigie("crawl", "--shard", "3/3", check=False)  # would fetch some of 1/2's watches
        assert split_otherwise.returncode == 1 and f"(pid {first}" in split_otherwise.stderr, split_otherwise.stderr
    with held(vigie.db, None, "run") as run:
        refused = vigie("crawl", "--shard", "1/2", check=False)
        assert refused.returncode == 1 and f"`vigie run` (pid {run}" in refused.stderr, refused.stderr
    assert "Nothing was due" in vigie("crawl", "--shard", "1/2").stdout  # killed holders leave nothing stale
    # A lock file of another split, signed by a live process that no longer holds it (a reused pid).
    stale = {"pid": 1, "command": "crawl --shard 1/3", "since": "2026-01-01T00:00:00+00:00", "shard": "1/3"}
    Path(f"{vigie.db}.shard-1-of-3.lock").write_text(json.dumps(stale))
    assert "Nothing was due" in vigie("crawl", "--shard", "1/2").stdout


# One shard's writer: opens the (new) database when told, mirrors the watchlist,
# records ROUNDS fetches of each of its watches, every one a new version.
SHARD_WRITER = """
import sys, time
from watchers.catalogue.watchlist import parse_watchlist
from watchers.page.fetch import Fetch
from watchers.record import record
from watchers.store.db import Store, utcnow
from watchers.store.shards import Shard
path, start, shard, rounds, page = sys.argv[1], float(sys.argv[2]), Shard.parse(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
watches, _, _, _ = parse_watchlist(sys.stdin.read(), "test")
while time.time() < start:
    pass
store = Store(path)
store.sync_watches(watches)
for round in range(rounds):
    for watch in (w for w in watches if shard.holds(w.id)):
        body = page.format(clause=f"To keep the service running, {round} times a year.").encode()
        record(store, watch, Fetch(watch.id, watch.url, utcnow(), utcnow(), False, status=200, body=body,
                                   content_type="text/html; charset=utf-8"))
"""


def test_shard_writers_opening_a_new_database_at_once_lose_nothing(tmp_path):
    """Every shard's first crawl creates the schema and mirrors the watchlist at the same
    moment, then records side by side: SQLite must queue them, never refuse one."""
    from watchers.store.schema import MIGRATIONS

    path, shards, rounds = tmp_path / "v.db", 4, 4
    watchlist = watch_toml([{"id": f"ex/p{n}", "url": f"http://127.0.0.1:9/p{n}", "select": ["main"],
                             "allow_private": True} for n in range(12)])
    start = time.time() + 1.5
    writers = [subprocess.Popen([sys.executable, "-c", SHARD_WRITER, str(path), str(start), f"{k}/{shards}",
                                 str(rounds), PAGE], stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for k in range(1, shards + 1)]
    for writer in writers:
        _, stderr = writer.communicate(watchlist, timeout=120)
        assert writer.returncode == 0, stderr
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(len(MIGRATIONS)),)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM watches WHERE active = 1").fetchone() == (12,)
        per_watch = db.execute("SELECT COUNT(*), MAX(number) FROM versions GROUP BY watch_id").fetchall()
        assert per_watch == [(rounds, rounds)] * 12
        assert db.execute("SELECT COUNT(*) FROM changes").fetchone() == (12 * (rounds - 1),)


def loopback_watches(site, count: int) -> list[dict]:
    """Watches of pages at /P00, /P01…, each of its own platform (alert subjects name it)."""
    return [{"id": f"ex/p{n:02}", "platform": f"P{n:02}", "url": site.url(f"/P{n:02}"), "select": ["main"]}
            for n in range(count)]


def serve(site, watches: list[dict], clause: str, **page) -> None:
    for watch in watches:
        site.serve(f"/{watch['platform']}", Page.html(PAGE.format(clause=clause), **page))


def fetches(site, watches: list[dict]) -> list[int]:
    return [len(site.hits_for(f"/{watch['platform']}")) for watch in watches]


def alerted(inbox) -> list[str]:
    """The platforms of the alerts received, sorted: "[Vigie] HIGH: P04 Privacy Policy changed (…)"."""
    return sorted(message["Subject"].split(": ", 1)[1].split()[0] for message in inbox.messages)


def _crawl_shards(vigie, count: int) -> list[subprocess.CompletedProcess]:
    """`vigie crawl --all --shard K/count` for every K, all started at once."""
    command = [sys.executable, "-m", "vigie", "--db", str(vigie.db), "--watchlist", str(vigie.watchlist), *FAST]
    crawls = [subprocess.Popen([*command, "crawl", "--all", "--shard", f"{k}/{count}"], text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE) for k in range(1, count + 1)]
    done = []
    for crawl in crawls:
        stdout, stderr = crawl.communicate(timeout=180)
        assert crawl.returncode == 0, stderr
        done.append(subprocess.CompletedProcess(crawl.args, crawl.returncode, stdout, stderr))
    return done


def test_two_shard_crawls_at_once_fetch_every_page_once_and_alert_once(site, vigie, smtp):
    inbox, port, _ = smtp
    watches = loopback_watches(site, 20)
    serve(site, watches, "To improve the service.")
    vigie.write(watches)
    vigie.add_channel("dpo", url=mailto(port))

    crawls = _crawl_shards(vigie, 2)
    for k, crawl in enumerate(crawls, start=1):
        mine = [w["id"] for w in watches if Shard(k, 2).holds(w["id"])]
        assert mine and f"{len(mine)} checks: {len(mine)} new" in crawl.stdout, crawl.stdout
    assert fetches(site, watches) == [1] * len(watches)
    assert all([v["version"] for v in vigie.json("history", w["id"])] == [1] for w in watches)

    changed = watches[::4]
    serve(site, changed, "To train our AI models on your posts.")
    _crawl_shards(vigie, 2)
    assert fetches(site, watches) == [2] * len(watches)
    assert sorted(c["watch"] for c in vigie.json("changes")) == [w["id"] for w in changed]
    vigie("notify")  # once both shards are done, one delivery for the whole database
    assert alerted(inbox) == [w["platform"] for w in changed]  # one mail per change
    with sqlite3.connect(vigie.db) as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT change_id) FROM deliveries WHERE status = 'sent'"
                          ).fetchone() == (len(changed), len(changed))
        assert db.execute("SELECT COUNT(*) FROM watches WHERE active = 1").fetchone() == (len(watches),)
