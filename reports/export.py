"""Research exports of the store: JSON Lines, CSV, and an Open Terms Archive-like dataset.

Reads the store, never writes it. Versions are streamed from one cursor (one version in
memory at a time), into a hidden `.<name>.partial-<pid>` folder beside `--out` that is
renamed into place only when everything, `manifest.json` last, is written: a folder at
`--out` is always a whole export, and an interrupted one leaves only the hidden folder
(removed when the export fails cleanly). The layouts are documented in docs/schema.md.
"""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any, Iterator

from reports.export_ota import write_ota
from reports.export_rows import FIELDS, TABLES, change_rows, version_rows, watch_rows, write_json
from reports.outdir import Refused, replacing
from watchers.store.db import Store, sha256

FORMATS = ("jsonl", "csv", "ota")
MANIFEST = "manifest.json"
class ExportError(Refused):
    """The export cannot be written; the message says what to do."""


@dataclass(frozen=True)
class ExportSummary:
    format: str
    path: Path
    watches: int
    versions: int
    changes: int
    raw_pages: int


# -- the export ------------------------------------------------------------------


def export(store: Store, fmt: str, out: Path, raw: bool = False) -> ExportSummary:
    """Write the whole store as `fmt` into the folder `out` (replacing an earlier export there)."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out).resolve()
    with replacing(out, _is_export, "a Vigie export", ExportError) as partial, _snapshot(store):
        counts = WRITERS[fmt](store, partial)
        counts["raw_pages"] = _write_raw(store, partial / "raw") if raw else 0
        manifest = {"generator": f"vigie-policy {_vigie_version()}", "format": fmt,
                    "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "complete": True, **counts}
        write_json(partial / MANIFEST, manifest)
    return ExportSummary(fmt, out, counts["watches"], counts["versions"], counts["changes"],
                         counts["raw_pages"])


@contextmanager
def _snapshot(store: Store) -> Iterator[None]:
    """One read transaction for the whole export: with WAL, a crawl writing meanwhile
    cannot make the export hold a change without its version, or the reverse."""
    conn = store.db.conn
    if conn.in_transaction:  # already inside one: it is the snapshot
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _vigie_version() -> str:
    try:
        return package_version("vigie-policy")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def _is_export(folder: Path) -> bool:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["generator"].startswith("vigie")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _write_raw(store: Store, folder: Path) -> int:
    """The raw page of every version, decompressed, named by its sha256."""
    folder.mkdir()
    count = 0
    for (digest,) in store.db.execute(
            "SELECT DISTINCT raw_sha256 FROM versions WHERE raw_sha256 IS NOT NULL ORDER BY raw_sha256"):
        body = store.raw(digest)
        if sha256(body) != digest:
            raise ExportError(f"raw page {digest} does not match its hash: the database may be "
                              "damaged; check it with `sqlite3 vigie.db 'PRAGMA integrity_check'`")
        (folder / digest).write_bytes(body)
        count += 1
    return count


def _write_jsonl(store: Store, folder: Path) -> dict[str, int]:
    counts = {}
    for table, rows in (("watches", watch_rows), ("versions", version_rows), ("changes", change_rows)):
        with open(folder / f"{table}.jsonl", "w", encoding="utf-8", newline="\n") as file:
            counts[table] = 0
            for row in rows(store):
                file.write(json.dumps(row, ensure_ascii=False) + "\n")
                counts[table] += 1
    return counts


def _csv_cell(value: Any, separator_joined: bool = False) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list) and separator_joined:
        return ";".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(store: Store, folder: Path) -> dict[str, int]:
    counts = {}
    for table, rows in (("watches", watch_rows), ("versions", version_rows), ("changes", change_rows)):
        with open(folder / f"{table}.csv", "w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, FIELDS[table])
            writer.writeheader()
            counts[table] = 0
            for row in rows(store):
                writer.writerow({k: _csv_cell(v, separator_joined=k == "flags") for k, v in row.items()})
                counts[table] += 1
    return counts


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "ota": write_ota}


# -- reading exports back ----------------------------------------------------------


def load_jsonl(folder: Path) -> dict[str, list[dict]]:
    """{"watches": [...], "versions": [...], "changes": [...]} from a `jsonl` export."""
    loaded = {}
    for table in TABLES:
        with open(Path(folder) / f"{table}.jsonl", encoding="utf-8") as file:
            loaded[table] = [json.loads(line) for line in file]
    return loaded


def load_csv(folder: Path) -> dict[str, list[dict]]:
    """The same rows as `load_jsonl`, from a `csv` export (types restored)."""
    csv.field_size_limit(sys.maxsize)  # a policy's text can exceed the default 128 KB
    integers = {"every_seconds", "version", "chars", "check_id", "http_status",
                "from_version", "to_version"}
    loaded = {}
    for table in TABLES:
        with open(Path(folder) / f"{table}.csv", encoding="utf-8", newline="") as file:
            rows = []
            for row in csv.DictReader(file):
                for key, value in row.items():
                    if key in integers:
                        row[key] = int(value) if value else None
                    elif key in ("config", "excerpts", "dates"):
                        row[key] = json.loads(value)
                    elif key == "flags":
                        row[key] = value.split(";") if value else []
                    elif key == "active":
                        row[key] = value == "1"
                    elif value == "" and key in ("fetch_url", "final_url", "raw_sha256"):
                        row[key] = None
                rows.append(row)
            loaded[table] = rows
    return loaded
