"""The store: raw pages stored once as bounded delta chains, versions, full-text search,
and writers in several processes at once (shard crawls)."""

from __future__ import annotations

import subprocess
import sys
import time

from watchers.store.db import KEYFRAME_EVERY, Store

from conftest import watch_toml
from test_alerts import PAGE


def page(n: int) -> bytes:
    return (b"<html><body>" + b"<p>The same long paragraph of policy text.</p>" * 400
            + f"<p>revision {n}</p></body></html>".encode())


def test_raw_pages_round_trip_as_short_delta_chains(tmp_path):
    store = Store(tmp_path / "v.db")
    store.sync_watches([])
    store.db["watches"].insert({"id": "w", "platform": "P", "title": "T", "kind": "other", "url": "u",
                                "locale": "en", "render": "http", "every_seconds": 60, "config": "{}",
                                "active": 1, "first_seen": "t", "updated_at": "t"})
    digests = []
    for n in range(KEYFRAME_EVERY + 3):
        digest = store.put_raw("w", page(n), "text/html")
        store.add_check({"watch_id": "w", "outcome": "unchanged", "raw_sha256": digest, "started_at": "t"})
        digests.append(digest)
    assert store.put_raw("w", page(0), "text/html") == digests[0]  # stored once
    rows = list(store.db.query("SELECT codec, chain, size, stored_size FROM raw_pages ORDER BY rowid"))
    assert len(rows) == KEYFRAME_EVERY + 3
    assert max(r["chain"] for r in rows) == KEYFRAME_EVERY - 1
    assert [r["codec"] for r in rows].count("zstd") == 2  # the first page and one keyframe
    assert sum(r["stored_size"] for r in rows) < sum(r["size"] for r in rows) / 50
    assert [store.raw(d) for d in digests] == [page(n) for n in range(KEYFRAME_EVERY + 3)]


def test_versions_are_numbered_and_searchable(tmp_path):
    store = Store(tmp_path / "v.db")
    store.db["watches"].insert({"id": "w", "platform": "P", "title": "T", "kind": "other", "url": "u",
                                "locale": "en", "render": "http", "every_seconds": 60, "config": "{}",
                                "active": 1, "first_seen": "t", "updated_at": "t"})
    for text in ("We sell nothing.", "We train generative models on public posts."):
        check = store.add_check({"watch_id": "w", "outcome": "changed", "started_at": "t"})
        store.add_version("w", text, None, check, "2026-11-23T00:00:00+00:00")
    assert [v.number for v in store.versions("w")] == [1, 2]
    assert store.version("w").text.startswith("We train")
    hits = list(store.db["versions"].search("generative"))
    assert [h["number"] for h in hits] == [2]
    store.add_check({"watch_id": "w", "outcome": "error", "started_at": "2026-11-23T01:00:00+00:00"})
    store.add_check({"watch_id": "w", "outcome": "blocked", "started_at": "2026-11-23T02:00:00+00:00"})
    assert store.consecutive_failures("w") == (2, "2026-11-23T01:00:00+00:00")


def test_a_first_migration_cut_short_is_finished_on_the_next_open(tmp_path):
    """Killed after the first migration's full-text script committed, before its version was
    written: the next open must not fail on tables that already exist."""
    import sqlite_utils

    from watchers.store.schema import MIGRATIONS, _schema_v1

    path = tmp_path / "v.db"
    _schema_v1(sqlite_utils.Database(path))
    store = Store(path)
    assert int(store.db["meta"].get("schema_version")["value"]) == len(MIGRATIONS)
    assert store.db["versions_fts"].exists() and {t.name for t in store.db["versions"].triggers} >= {
        "versions_ai", "versions_ad", "versions_au"}


def test_two_processes_upgrading_one_database_at_once_both_open_it(tmp_path, monkeypatch):
    """Both read the old version; the other process applies the last migration first. This
    one's attempt then fails on the column that now exists: it must find the work done."""
    from watchers.store.schema import MIGRATIONS

    path = tmp_path / "v.db"
    Store(path).close()  # the other process: already up to date
    reads = []
    current = Store._schema_version

    def stale_first(self) -> int:
        reads.append(1)
        return len(MIGRATIONS) - 1 if len(reads) == 1 else current(self)

    monkeypatch.setattr(Store, "_schema_version", stale_first)
    Store(path).close()
    assert len(reads) == 2  # the failed attempt was followed by a fresh look


def test_a_database_from_before_the_opt_out_links_column_opens_and_reads_them_from_the_text(tmp_path):
    """Migration 5 adds versions.opt_out_links; rows written before it keep NULL, and the
    links to act on are then read in the version's text."""
    import sqlite_utils

    from watchers.delivery.actions import watch_actions
    from watchers.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    for migrate in MIGRATIONS[:4]:
        migrate(old)
    old["meta"].upsert({"key": "schema_version", "value": "4"}, pk="key")
    old["watches"].insert({"id": "w", "platform": "P", "title": "T", "kind": "other", "url": "u",
                           "locale": "en", "render": "http", "every_seconds": 60, "config": "{}",
                           "active": 1, "first_seen": "t", "updated_at": "t"})
    old["versions"].insert({"watch_id": "w", "number": 1, "captured_at": "t", "sha256": "x", "chars": 1,
                            "text": "Use [the objection form](https://ex.org/objection) to object.",
                            "raw_sha256": None, "check_id": None})
    old.conn.close()

    store = Store(path)
    assert int(store.db["meta"].get("schema_version")["value"]) == len(MIGRATIONS)
    assert store.version_opt_out_links("w", 1) is None
    (action,) = watch_actions(store, "w", "en", [])
    assert (action.label, action.url, action.source) == ("the objection form", "https://ex.org/objection", "page")
    check = store.add_check({"watch_id": "w", "outcome": "changed", "started_at": "t"})
    store.add_version("w", "No link now.", None, check, "t", [])
    assert store.version_opt_out_links("w", 2) == []


# Another process in the middle of a write transaction, for a second.
WRITING = """
import sys, time
from watchers.store.db import Store
store = Store(sys.argv[1])
with store.db.atomic():
    store.db.execute("INSERT OR REPLACE INTO meta VALUES ('test', 'writing')")
    print("writing", flush=True)
    time.sleep(1)
"""


def test_a_check_waits_for_another_process_writing_instead_of_failing(tmp_path):
    """A check's transaction reads (the raw page's base) before it writes; begun as a
    plain deferred BEGIN, SQLite would refuse it at once ("database is locked")
    while another shard's crawl writes, and the crawl would stop on a storage error."""
    from watchers.catalogue.watchlist import parse_watchlist
    from watchers.page.fetch import Fetch
    from watchers.record import record
    from watchers.store.db import utcnow

    (watch,), _, _, _ = parse_watchlist(watch_toml([{"id": "ex/p", "url": "http://127.0.0.1:9/p",
                                                  "allow_private": True}]), "test")
    store = Store(tmp_path / "v.db")
    store.sync_watches([watch])
    with subprocess.Popen([sys.executable, "-c", WRITING, str(store.path)], stdout=subprocess.PIPE,
                          text=True) as writer:
        assert writer.stdout.readline().strip() == "writing"
        started = time.monotonic()
        row = record(store, watch, Fetch(watch.id, watch.url, utcnow(), utcnow(), False, status=200,
                                         body=PAGE.format(clause="To run it.").encode(), content_type="text/html"))
        waited = time.monotonic() - started
    assert row["outcome"] == "new" and 0.5 < waited < 10, waited


def test_a_new_database_opened_by_several_processes_at_once_is_migrated_once(tmp_path):
    """Crawls of several shards started together on a new database all create its schema."""
    from watchers.store.schema import MIGRATIONS

    script = ("import sys, time\n"
              "from watchers.store.db import Store\n"
              "while time.time() < float(sys.argv[2]): pass\n"
              "Store(sys.argv[1]).sync_watches([])\n")
    path, start = tmp_path / "v.db", time.time() + 1.5
    openers = [subprocess.Popen([sys.executable, "-c", script, str(path), str(start)], stderr=subprocess.PIPE,
                                text=True) for _ in range(4)]
    for opener in openers:
        _, stderr = opener.communicate(timeout=60)
        assert opener.returncode == 0, stderr
    store = Store(path)
    assert store.db["meta"].get("schema_version")["value"] == str(len(MIGRATIONS))
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
