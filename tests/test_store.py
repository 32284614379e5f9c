"""The store: raw pages stored once as bounded delta chains, versions, full-text search."""

from __future__ import annotations

from watchers.store import KEYFRAME_EVERY, Store


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

    from watchers.schema import MIGRATIONS, _schema_v1

    path = tmp_path / "v.db"
    _schema_v1(sqlite_utils.Database(path))
    store = Store(path)
    assert int(store.db["meta"].get("schema_version")["value"]) == len(MIGRATIONS)
    assert store.db["versions_fts"].exists() and {t.name for t in store.db["versions"].triggers} >= {
        "versions_ai", "versions_ad", "versions_au"}


def test_two_processes_upgrading_one_database_at_once_both_open_it(tmp_path, monkeypatch):
    """Both read the old version; the other process applies the last migration first. This
    one's attempt then fails on the column that now exists: it must find the work done."""
    from watchers.schema import MIGRATIONS

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

    from watchers.actions import watch_actions
    from watchers.schema import MIGRATIONS

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
