"""The rows every export format writes, streamed from the store (one version in memory
at a time), and the field names that document them (docs/schema.md, "Exports")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from watchers.store.db import Store

TABLES = ("watches", "versions", "changes")
WATCH_FIELDS = ("id", "platform", "title", "kind", "url", "locale", "render", "every_seconds",
                "active", "first_seen", "updated_at", "config")
VERSION_FIELDS = ("watch", "platform", "title", "kind", "url", "locale", "version", "captured_at",
                  "sha256", "chars", "check_id", "fetch_url", "final_url", "http_status",
                  "raw_sha256", "text")
CHANGE_FIELDS = ("watch", "from_version", "to_version", "detected_at", "severity", "flags",
                 "summary", "excerpts", "dates")
FIELDS = {"watches": WATCH_FIELDS, "versions": VERSION_FIELDS, "changes": CHANGE_FIELDS}


def watch_rows(store: Store) -> Iterator[dict]:
    for row in store.db.query(f"SELECT {', '.join(WATCH_FIELDS)} FROM watches ORDER BY id"):
        yield {**row, "active": bool(row["active"]), "config": json.loads(row["config"] or "{}")}


def version_rows(store: Store) -> Iterator[dict]:
    """Every version with its watch and the check that recorded it, by watch then number."""
    yield from store.db.query(
        """SELECT v.watch_id AS watch, w.platform, w.title, w.kind, w.url, w.locale,
                  v.number AS version, v.captured_at, v.sha256, v.chars, v.check_id,
                  c.url AS fetch_url, c.final_url, c.http_status, v.raw_sha256, v.text
           FROM versions v JOIN watches w ON w.id = v.watch_id
           LEFT JOIN checks c ON c.id = v.check_id
           ORDER BY v.watch_id, v.number""")


def change_rows(store: Store) -> Iterator[dict]:
    """Every change, oldest first (as `vigie changes --json`)."""
    for row in store.db.query(f"SELECT watch_id AS watch, {', '.join(CHANGE_FIELDS[1:])} FROM changes "
                              "ORDER BY detected_at, id"):
        yield {**row, **{k: json.loads(row[k] or "[]") for k in ("flags", "excerpts", "dates")}}


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
