"""The database schema, as migrations: each is applied once, in its own transaction,
and its number is kept in `meta.schema_version` (docs/schema.md describes the result).

A migration only ever adds (tables, columns, indexes): a database written by an
older Vigie opens in a newer one without losing a row.
"""

from __future__ import annotations

import sqlite_utils


def _schema_v1(db: sqlite_utils.Database) -> None:
    """The first tables. Safe to run again: sqlite-utils creates the full-text index
    with a script, which commits on its own, so a process killed during a new
    database's first migration leaves part of it, and the next open finishes it."""
    db["watches"].create(
        {"id": str, "platform": str, "title": str, "kind": str, "url": str,
         "locale": str, "render": str, "every_seconds": int, "config": str,
         "active": int, "first_seen": str, "updated_at": str},
        pk="id", if_not_exists=True,
    )
    db["raw_pages"].create(
        {"sha256": str, "codec": str, "base_sha256": str, "chain": int,
         "size": int, "stored_size": int, "content_type": str,
         "first_seen": str, "data": bytes},
        pk="sha256",
        foreign_keys=[("base_sha256", "raw_pages", "sha256")], if_not_exists=True,
    )
    db["checks"].create(
        {"id": int, "watch_id": str, "started_at": str, "finished_at": str,
         "url": str, "final_url": str, "outcome": str, "reason": str,
         "http_status": int, "conditional": int, "etag": str,
         "last_modified": str, "bytes": int, "raw_sha256": str,
         "rules_sha256": str, "version_number": int, "duration_ms": int},
        pk="id",
        foreign_keys=[("watch_id", "watches", "id"),
                      ("raw_sha256", "raw_pages", "sha256")], if_not_exists=True,
    )
    db["versions"].create(
        {"id": int, "watch_id": str, "number": int, "captured_at": str,
         "sha256": str, "chars": int, "text": str, "raw_sha256": str,
         "check_id": int},
        pk="id",
        foreign_keys=[("watch_id", "watches", "id"),
                      ("raw_sha256", "raw_pages", "sha256"),
                      ("check_id", "checks", "id")], if_not_exists=True,
    )
    db["checks"].create_index(["watch_id", "id"], if_not_exists=True)
    db["versions"].create_index(["watch_id", "number"], unique=True, if_not_exists=True)
    db["versions"].enable_fts(["text"], create_triggers=True, replace=True)
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


def _schema_v2(db: sqlite_utils.Database) -> None:
    """Classified changes between consecutive versions."""
    db["changes"].create(
        {"id": int, "watch_id": str, "from_version": int, "to_version": int, "detected_at": str,
         "severity": str, "flags": str, "summary": str, "excerpts": str, "dates": str},
        pk="id",
        foreign_keys=[("watch_id", "watches", "id")],
    )
    db["changes"].create_index(["watch_id", "to_version"], unique=True)
    db["changes"].create_index(["detected_at"])


def _schema_v3(db: sqlite_utils.Database) -> None:
    """The outbox: one delivery per (change, channel), written with the change."""
    db["deliveries"].create(
        {"id": int, "change_id": int, "channel": str, "status": str, "attempts": int,
         "last_error": str, "next_attempt_at": str, "sent_at": str, "created_at": str},
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        defaults={"status": "pending", "attempts": 0},
    )
    db["deliveries"].create_index(["change_id", "channel"], unique=True)
    db["deliveries"].create_index(["status", "next_attempt_at"])


def _schema_v4(db: sqlite_utils.Database) -> None:
    """Digests in the outbox: a delivery with a period and no change."""
    db["deliveries"].add_column("period", str)
    db["deliveries"].create_index(["channel", "period"], unique=True)


def _schema_v5(db: sqlite_utils.Database) -> None:
    """The opt-out links each version carries, found when it is recorded, so that
    alerts, reports and the site point to the page's current links without
    re-reading texts. Older rows keep NULL: readers find their links in the text."""
    db["versions"].add_column("opt_out_links", str)


def _schema_v6(db: sqlite_utils.Database) -> None:
    """The heads of every version (number, capture time, hash, length) readable from an
    index alone: the site's index and timelines list 200,000 versions without reading
    rows that each carry a few KB of text."""
    db["versions"].create_index(["watch_id", "number", "captured_at", "sha256", "chars"],
                                index_name="versions_heads", if_not_exists=True)


def _schema_v7(db: sqlite_utils.Database) -> None:
    """The changes that carry a date, found without reading every change: the dates to
    act before, which the weekly report and the site's index show."""
    db.execute("CREATE INDEX IF NOT EXISTS changes_dated ON changes (detected_at, id) WHERE dates != '[]'")


def _schema_v8(db: sqlite_utils.Database) -> None:
    """Reading at 10,000 watches without reading texts: the opt-out links of versions (stored
    after the text in each row, so SQLite walks the whole text to reach them) from an index,
    and the checks of a period (the weekly report's failing watches) by time."""
    db["versions"].create_index(["watch_id", "number", "opt_out_links"], index_name="versions_links",
                                if_not_exists=True)
    db["checks"].create_index(["started_at"], if_not_exists=True)


def _schema_v9(db: sqlite_utils.Database) -> None:
    """Where each platform stands, as it changed: one row per answer that a new version
    changed (`vigie stance`'s history), with the change whose alert says so."""
    db["stance_changes"].create(
        {"id": int, "platform": str, "question": str, "from_value": str, "to_value": str,
         "watch_id": str, "version_number": int, "at": str, "change_id": int},
        pk="id", foreign_keys=[("watch_id", "watches", "id"), ("change_id", "changes", "id")],
        if_not_exists=True,
    )
    db["stance_changes"].create_index(["platform", "id"], if_not_exists=True)


def _schema_v10(db: sqlite_utils.Database) -> None:
    """Versions imported from an archive (`vigie import ota-history`): each is recorded by a
    check of outcome `imported`, dated at the version's capture, whose `imported_from` says
    where it was read (NULL for every check Vigie made itself)."""
    db["checks"].add_column("imported_from", str)


def _schema_v11(db: sqlite_utils.Database) -> None:
    """What a change's summary is made of beyond its flags and dates (`facts`, JSON: sentence
    counts, the version a revert returns to, the answers it moved), so that the summary can
    be written in each reader's language (watchers.meaning.summary). NULL on older rows:
    their English `summary` is all there is."""
    db["changes"].add_column("facts", str)


def _schema_v12(db: sqlite_utils.Database) -> None:
    """Each platform's answers as last computed (watchers/store/answers.py), so that a change,
    the weekly report, `vigie stance` and the site do not read all its documents again. Derived
    from the versions, replaced when computed again: dropping a row loses nothing."""
    db["stance_answers"].create(
        {"platform": str, "key": str, "since": str, "until": str, "answers": str},
        pk="platform", not_null={"key", "since", "until", "answers"}, if_not_exists=True,
    )


# Append-only: each function brings the schema one version up.
MIGRATIONS = [_schema_v1, _schema_v2, _schema_v3, _schema_v4, _schema_v5, _schema_v6, _schema_v7, _schema_v8,
              _schema_v9, _schema_v10, _schema_v11, _schema_v12]
