"""The store: every check, version and raw page, in SQLite through sqlite-utils.

The schema is documented in docs/schema.md. Rows are only ever added (a watch
that leaves the watchlist is marked inactive, never deleted), and each check is
written in one transaction with the raw page and version it produced, so a
crash leaves either the whole check or nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import sqlite_utils

from watchers.catalogue.watchlist import Watch
from watchers.page.targets import masked
from watchers.store import rawcodec
from watchers.store.schema import MIGRATIONS

# A delta chain is at most this long, so reading a raw page costs a bounded
# number of decompressions however long the history grows.
KEYFRAME_EVERY = 16
GOOD_OUTCOMES = ("new", "changed", "unchanged", "not-modified")
FAILED_OUTCOMES = ("blocked", "error")


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


@dataclass(frozen=True)
class Version:
    watch_id: str
    number: int
    captured_at: str
    sha256: str
    chars: int
    text: str
    raw_sha256: str | None


class VersionHead(NamedTuple):
    number: int
    sha256: str
    chars: int


class NewerSchema(Exception):
    """The database has migrations this Vigie does not know: opening it could lose what they hold."""


class _Database(sqlite_utils.Database):
    """Transactions that take SQLite's write lock as they begin (BEGIN IMMEDIATE).

    A deferred transaction that reads, then writes, fails at once with "database is
    locked" if another process wrote meanwhile: SQLite cannot wait to upgrade a
    reader. Shard crawls write one database side by side (docs/scale.md); taking
    the lock first lets busy_timeout queue their transactions instead."""

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = _Database(self.path)
        # busy_timeout first, so that even switching a new database to WAL waits
        # for another process opening it. WAL: readers never block the crawler and
        # a kill mid-write loses nothing that was committed. busy_timeout: a
        # concurrent `vigie status` or shard crawl waits for a write instead of failing.
        self.db.execute("PRAGMA busy_timeout=10000")
        self._use_wal()
        self.db.execute("PRAGMA foreign_keys=ON")
        self._ensure_schema()
        self._synced_at_close = False

    def _use_wal(self, attempts: int = 100) -> None:
        """Switch to WAL. On a database another process is creating at the same moment, SQLite
        can answer "locked" at once instead of waiting (it will not wait where waiting could
        deadlock), so the switch is tried again for up to about ten seconds."""
        for attempt in range(attempts):
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == attempts - 1:
                    raise
                time.sleep(0.1)

    def sync_at_close(self) -> None:
        """For the crawler, which commits a transaction per check: the commits stop
        waiting for the disk (about a millisecond each) and `close` writes them all
        through. A kill still loses nothing committed (the WAL is in the OS's hands);
        a power cut loses at most the checks of the crawl in progress, which the
        next crawl repeats. Any commit of another connection (notify marking an
        alert sent) also writes them through first."""
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._synced_at_close = True

    def close(self) -> None:
        if self._synced_at_close:
            # In WAL mode a checkpoint syncs the log, then the database file. On a
            # full disk it fails, and the log keeps the commits: SQLite replays it.
            with suppress(sqlite3.Error):
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.close()

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row and return its rowid: the crawler's few rows per check,
        without sqlite-utils' schema lookups on every call."""
        columns = ", ".join(f"[{name}]" for name in row)
        with self.db.atomic():
            return self.db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(row))})",
                                   list(row.values())).lastrowid

    def _ensure_schema(self) -> None:
        """Apply the migrations this database has not had yet, each in its own transaction."""
        found = self._schema_version()
        if found > len(MIGRATIONS):
            self.db.close()
            raise NewerSchema(f"{self.path} was written by a newer Vigie (schema {found}; this Vigie knows "
                              f"{len(MIGRATIONS)}): upgrade Vigie (pip install -U vigie-policy), or point --db "
                              "at another database. Nothing was changed.")
        for number in range(found, len(MIGRATIONS)):
            with self.db.atomic():
                # Read again under the write lock: another process opening the
                # same old (or new) database may have applied it meanwhile.
                if self._schema_version() > number:
                    continue
                MIGRATIONS[number](self.db)
                self.db["meta"].upsert({"key": "schema_version", "value": str(number + 1)}, pk="key")

    def _schema_version(self) -> int:
        if "meta" not in self.db.table_names():
            return 0
        # The row is missing when a new database's first migration was cut short.
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- watches -------------------------------------------------------------

    def sync_watches(self, watches: Iterable[Watch]) -> None:
        """Mirror the watchlist into `watches`; removed watches become inactive."""
        now = utcnow()
        rows = [_watch_row(w, now) for w in watches]
        if not rows:
            with self.db.atomic():
                self.db.execute("UPDATE watches SET active = 0")
            return
        columns = list(rows[0])
        # One statement for all: 10,000 watches are mirrored in a tenth of a second.
        # A known watch keeps its first_seen.
        upsert = (f"INSERT INTO watches ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
                  f"ON CONFLICT(id) DO UPDATE SET "
                  + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "first_seen")))
        with self.db.atomic():
            self.db.execute("UPDATE watches SET active = 0")
            self.db.conn.executemany(upsert, rows)

    def add_watch(self, watch: Watch, active: bool) -> bool:
        """A watch's row unless it has one (its history is about to be imported); True if added.
        `active` says whether it is in the current watchlist, as `sync_watches` would."""
        row = {**_watch_row(watch, utcnow()), "active": int(active)}
        columns = ", ".join(row)
        with self.db.atomic():
            return self.db.execute(f"INSERT OR IGNORE INTO watches ({columns}) VALUES "
                                   f"({', '.join(':' + c for c in row)})", row).rowcount == 1

    # -- raw pages -----------------------------------------------------------

    def put_raw(self, watch_id: str, body: bytes, content_type: str | None) -> str:
        """Store a page once (content-addressed), as a delta on the watch's previous page."""
        digest = sha256(body)
        if self.db.execute("SELECT 1 FROM raw_pages WHERE sha256 = ?", [digest]).fetchone():
            return digest
        base = self.db.execute(
            """SELECT r.sha256, r.chain FROM checks c JOIN raw_pages r ON r.sha256 = c.raw_sha256
               WHERE c.watch_id = ? ORDER BY c.id DESC LIMIT 1""",
            [watch_id],
        ).fetchone()
        if base and base[1] + 1 < KEYFRAME_EVERY:
            codec, data = rawcodec.compress(body, self.raw(base[0]))
            base_sha, chain = base[0], base[1] + 1
        else:
            codec, data = rawcodec.compress(body)
            base_sha, chain = None, 0
        self._insert(
            "raw_pages",
            {"sha256": digest, "codec": codec, "base_sha256": base_sha, "chain": chain,
             "size": len(body), "stored_size": len(data), "content_type": content_type,
             "first_seen": utcnow(), "data": data},
        )
        return digest

    def raw(self, digest: str) -> bytes:
        row = self.db.execute(
            "SELECT codec, base_sha256, data FROM raw_pages WHERE sha256 = ?", [digest]
        ).fetchone()
        if row is None:
            raise KeyError(digest)
        codec, base_sha, data = row
        return rawcodec.decompress(codec, data, self.raw(base_sha) if base_sha else None)

    # -- checks and versions -------------------------------------------------

    def add_check(self, row: dict[str, Any]) -> int:
        return self._insert("checks", row)

    def add_version(self, watch_id: str, text: str, raw_sha: str | None, check_id: int,
                    captured_at: str, opt_out_links: list[tuple[str, str]] | None = None) -> int:
        number = self.db.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE watch_id = ?", [watch_id]
        ).fetchone()[0]
        self._insert(
            "versions",
            {"watch_id": watch_id, "number": number, "captured_at": captured_at,
             "sha256": sha256(text), "chars": len(text), "text": text,
             "raw_sha256": raw_sha, "check_id": check_id,
             "opt_out_links": None if opt_out_links is None else json.dumps(opt_out_links, ensure_ascii=False)},
        )
        return number

    def version_opt_out_links(self, watch_id: str, number: int) -> list[tuple[str, str]] | None:
        """The (label, url) opt-out links recorded with a version; None when they were
        not recorded (a version older than migration 5) or there is no such version."""
        row = self.db.execute("SELECT opt_out_links FROM versions WHERE watch_id = ? AND number = ?",
                              [watch_id, number]).fetchone()
        return None if row is None or row[0] is None else [tuple(link) for link in json.loads(row[0])]

    def latest_head(self, watch_id: str) -> VersionHead | None:
        """The watch's newest version without its text: most checks need no more."""
        row = self.db.execute("SELECT number, sha256, chars FROM versions WHERE watch_id = ? "
                              "ORDER BY number DESC LIMIT 1", [watch_id]).fetchone()
        return VersionHead(*row) if row else None

    def latest_number(self, watch_id: str) -> int | None:
        return self.db.execute("SELECT MAX(number) FROM versions WHERE watch_id = ?", [watch_id]).fetchone()[0]

    def last_check(self, watch_id: str, outcomes: Iterable[str] | None = None) -> dict | None:
        where, params = "watch_id = ?", [watch_id]
        if outcomes is not None:
            outcomes = list(outcomes)
            where += f" AND outcome IN ({', '.join('?' * len(outcomes))})"
            params += outcomes
        return self._row(f"SELECT * FROM checks WHERE {where} ORDER BY id DESC LIMIT 1", params)

    def last_full_fetch(self, watch_id: str) -> dict | None:
        """The latest check that got a whole page (not a 304), good or not."""
        return self._row("SELECT * FROM checks WHERE watch_id = ? AND raw_sha256 IS NOT NULL "
                         "ORDER BY id DESC LIMIT 1", [watch_id])

    def set_check_version(self, check_id: int, number: int) -> None:
        self.db.execute("UPDATE checks SET version_number = ? WHERE id = ?", [number, check_id])

    def _row(self, sql: str, params: list) -> dict | None:
        """The first row as a dict: db.query, unlike rows_where, looks no schema up (a check
        is read several times per fetch)."""
        return next(self.db.query(sql, params), None)

    def versions(self, watch_id: str) -> list[Version]:
        return [_version(row) for row in self.db["versions"].rows_where(
            "watch_id = ?", [watch_id], order_by="number")]

    def version_hashes(self, watch_id: str) -> dict[int, str]:
        """Version number -> sha256 of its text, without loading the texts."""
        return dict(self.db.execute(
            "SELECT number, sha256 FROM versions WHERE watch_id = ? ORDER BY number", [watch_id]).fetchall())

    def version(self, watch_id: str, number: int | None = None) -> Version | None:
        where, params = "watch_id = ?", [watch_id]
        if number is not None:
            where += " AND number = ?"
            params.append(number)
        rows = list(self.db["versions"].rows_where(where, params, order_by="number DESC", limit=1))
        return _version(rows[0]) if rows else None

    def add_change(self, row: dict[str, Any]) -> int:
        return self._insert("changes", row)

    # -- where platforms stand -------------------------------------------------

    def platforms(self) -> list[str]:
        """The platforms with at least one recorded version, by name."""
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT w.platform FROM watches w WHERE EXISTS (SELECT 1 FROM versions v WHERE "
            "v.watch_id = w.id) ORDER BY w.platform COLLATE NOCASE")]

    def platform_versions(self, platform: str) -> list[dict]:
        """The newest version of each active watch of a platform (watch id, kind, locale,
        number, capture time, text, opt-out links as stored), by watch id."""
        return list(self.db.query(
            """SELECT w.id AS watch, w.kind, w.locale, v.number, v.captured_at, v.text, v.opt_out_links
               FROM watches w JOIN versions v ON v.watch_id = w.id
                AND v.number = (SELECT MAX(number) FROM versions WHERE watch_id = w.id)
               WHERE w.platform = ? AND w.active = 1 ORDER BY w.id""", [platform]))

    def platform_heads(self, platform: str | None = None) -> dict[str, list[tuple[str, str, str, int]]]:
        """Per platform with a recorded version (or only the one named): (watch, kind, locale,
        newest version number) of each of its active watches with a version, by watch id:
        what its answers are computed from but the texts, which a version number names for
        good. One query, without texts."""
        only, params = ("AND w.platform = ?", [platform]) if platform is not None else ("", [])
        found: dict[str, list[tuple[str, str, str, int]]] = {}
        for name, watch, kind, locale, active, number in self.db.execute(
                f"""SELECT w.platform, w.id, w.kind, w.locale, w.active,
                           (SELECT MAX(number) FROM versions v WHERE v.watch_id = w.id) AS newest
                    FROM watches w WHERE newest IS NOT NULL {only} ORDER BY w.id""", params):
            mine = found.setdefault(name, [])
            if active:
                mine.append((watch, kind, locale, number))
        return found

    def kept_answers(self, platform: str) -> dict | None:
        """The platform's answers as last kept: {key, since, until, answers (JSON)}."""
        rows = list(self.db.query("SELECT key, since, until, answers FROM stance_answers WHERE platform = ?",
                                  [platform]))
        return rows[0] if rows else None

    def keep_answers(self, platform: str, key: str, since: str, until: str, answers: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO stance_answers (platform, key, since, until, answers) "
                            "VALUES (?, ?, ?, ?, ?)", [platform, key, since, until, answers])

    def add_stance_change(self, row: dict[str, Any]) -> int:
        return self._insert("stance_changes", row)

    def stance_changes(self, start: str | None = None, end: str | None = None) -> list[tuple]:
        """Every platform's answers as they changed (only those of versions captured in
        [start, end] when given), oldest first: (platform, question, from, to, at, watch,
        version, change id)."""
        where, params = "", []
        if start is not None and end is not None:
            where, params = "WHERE at >= ? AND at <= ?", [start, end]
        return self.db.execute(
            "SELECT platform, question, from_value, to_value, at, watch_id, version_number, change_id "
            f"FROM stance_changes {where} ORDER BY id", params).fetchall()

    def change(self, watch_id: str, to_version: int) -> dict | None:
        rows = self.changes(watch_id=watch_id, to_version=to_version)
        return rows[0] if rows else None

    def changes(self, since: str | None = None, watch_id: str | None = None,
                severities: Iterable[str] | None = None, to_version: int | None = None) -> list[dict]:
        """Stored changes, oldest first, with flags/excerpts/dates decoded."""
        where, params = ["1 = 1"], []
        if to_version is not None:
            where.append("to_version = ?")
            params.append(to_version)
        if since:
            where.append("detected_at >= ?")
            params.append(since)
        if watch_id:
            where.append("watch_id = ?")
            params.append(watch_id)
        if severities is not None:
            severities = list(severities)
            where.append(f"severity IN ({', '.join('?' * len(severities))})")
            params += severities
        rows = self.db["changes"].rows_where(" AND ".join(where), params, order_by="detected_at, id")
        return [_decode_change(row) for row in rows]

    def change_by_id(self, change_id: int) -> dict:
        return _decode_change(self.db["changes"].get(change_id))

    def add_delivery(self, change_id: int, channel: str, now: str) -> None:
        self._insert("deliveries", {"change_id": change_id, "channel": channel, "status": "pending",
                                    "attempts": 0, "next_attempt_at": now, "created_at": now})

    def add_digest_delivery(self, channel: str, period: str, now: str) -> int:
        """The outbox row of one digest; 0 if it already exists (a digest is created once)."""
        cursor = self.db.execute(
            """INSERT OR IGNORE INTO deliveries (change_id, channel, period, status, attempts,
               next_attempt_at, created_at) VALUES (NULL, ?, ?, 'pending', 0, ?, ?)""",
            [channel, period, now, now])
        self.db.conn.commit()
        return cursor.rowcount

    def has_digest(self, channel: str, period: str) -> bool:
        return self.db.execute("SELECT 1 FROM deliveries WHERE channel = ? AND period = ?",
                               [channel, period]).fetchone() is not None

    def changes_between(self, start: str, end: str) -> list[dict]:
        """Changes detected in (start, end] by Vigie's own checks: what a digest covers. A change
        imported from an archive (`vigie import ota-history`) is history, never news, even when
        its capture falls in the period."""
        rows = self.db["changes"].rows_where(
            """detected_at > ? AND detected_at <= ? AND NOT EXISTS (
                 SELECT 1 FROM versions v JOIN checks k ON k.id = v.check_id
                 WHERE v.watch_id = changes.watch_id AND v.number = changes.to_version
                 AND k.outcome = 'imported')""", [start, end], order_by="detected_at, id")
        return [_decode_change(row) for row in rows]

    def due_deliveries(self, now: str) -> list[dict]:
        """Pending deliveries whose retry time has come, oldest change first."""
        return list(self.db["deliveries"].rows_where(
            "status = 'pending' AND next_attempt_at <= ?", [now], order_by="change_id, id"))

    def next_attempt(self) -> str | None:
        """When the earliest pending delivery may be tried (again)."""
        return self.db.execute("SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending'").fetchone()[0]

    def delivery_summary(self) -> list[dict]:
        """Per channel: deliveries sent, pending, and the latest error of those pending."""
        return list(self.db.query(
            """SELECT channel, SUM(status = 'sent') AS sent, SUM(status = 'pending') AS pending,
                      MAX(CASE WHEN status = 'pending' THEN last_error END) AS last_error
               FROM deliveries GROUP BY channel ORDER BY channel"""))

    def mark_delivery(self, delivery_id: int, **fields: Any) -> None:
        self.db["deliveries"].update(delivery_id, fields)

    def checks_since(self, check_id: int) -> list[dict]:
        return list(self.db["checks"].rows_where("id > ?", [check_id], order_by="id"))

    def max_check_id(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(id), 0) FROM checks").fetchone()[0]

    def consecutive_failures(self, watch_id: str) -> tuple[int, str | None]:
        """(failed checks since the last good one, when the streak started)."""
        row = self.db.execute(
            f"""SELECT COUNT(*), MIN(started_at) FROM checks WHERE watch_id = ?
                AND outcome IN ('blocked', 'error')
                AND id > COALESCE((SELECT MAX(id) FROM checks WHERE watch_id = ?
                                   AND outcome IN {GOOD_OUTCOMES}), 0)""",
            [watch_id, watch_id],
        ).fetchone()
        return row[0], row[1]


def _watch_row(watch: Watch, now: str) -> dict[str, Any]:
    return {"id": watch.id, "platform": watch.platform, "title": watch.title, "kind": watch.kind,
            "url": masked(watch.url), "locale": watch.locale, "render": watch.render,
            "every_seconds": int(watch.every.total_seconds()),
            "config": json.dumps(watch.as_toml_dict(), ensure_ascii=False, sort_keys=True),
            "active": 1, "first_seen": now, "updated_at": now}


def _decode_change(row: dict) -> dict:
    return {**row, **{k: json.loads(row[k]) for k in ("flags", "excerpts", "dates")},
            "facts": json.loads(row["facts"]) if row.get("facts") else None}


def _version(row: dict) -> Version:
    return Version(row["watch_id"], row["number"], row["captured_at"], row["sha256"],
                   row["chars"], row["text"], row["raw_sha256"])

