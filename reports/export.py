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
import os
import shutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version as package_version
from pathlib import Path
from typing import Any, Iterator

from watchers.store import Store, sha256

FORMATS = ("jsonl", "csv", "ota")
MANIFEST = "manifest.json"
TABLES = ("watches", "versions", "changes")
WATCH_FIELDS = ("id", "platform", "title", "kind", "url", "locale", "render", "every_seconds",
                "active", "first_seen", "updated_at", "config")
VERSION_FIELDS = ("watch", "platform", "title", "kind", "url", "locale", "version", "captured_at",
                  "sha256", "chars", "check_id", "fetch_url", "final_url", "http_status",
                  "raw_sha256", "text")
CHANGE_FIELDS = ("watch", "from_version", "to_version", "detected_at", "severity", "flags",
                 "summary", "excerpts", "dates")
FIELDS = {"watches": WATCH_FIELDS, "versions": VERSION_FIELDS, "changes": CHANGE_FIELDS}
# Vigie kind -> Open Terms Archive terms type (github.com/OpenTermsArchive/terms-types).
# OTA has no type for AI-training notices or opt-out pages (its collections fold such
# pages into "Privacy Policy"); Vigie keeps their histories apart under its own names,
# which `vigie import ota` maps back.
KIND_TERMS_TYPES = {
    "privacy-policy": "Privacy Policy",
    "terms": "Terms of Service",
    "ai-notice": "Generative AI Policy",
    "opt-out": "Opt-out Page",
}
OTA_RESERVED = {"history", "raw", "readme.md", MANIFEST}


class ExportError(Exception):
    """The export cannot be written; the message says what to do."""


@dataclass(frozen=True)
class ExportSummary:
    format: str
    path: Path
    watches: int
    versions: int
    changes: int
    raw_pages: int


# -- rows, streamed from the store ---------------------------------------------


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


# -- the export ------------------------------------------------------------------


def export(store: Store, fmt: str, out: Path, raw: bool = False) -> ExportSummary:
    """Write the whole store as `fmt` into the folder `out` (replacing an earlier export there)."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out).resolve()
    _check_destination(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.parent / f".{out.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        with _snapshot(store):
            counts = WRITERS[fmt](store, partial)
            counts["raw_pages"] = _write_raw(store, partial / "raw") if raw else 0
        manifest = {"generator": f"vigie-policy {_vigie_version()}", "format": fmt,
                    "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "complete": True, **counts}
        _write_json(partial / MANIFEST, manifest)
        _move_into_place(partial, out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
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


def _check_destination(out: Path) -> None:
    if out.is_file():
        raise ExportError(f"{out} is a file; give --out a folder path (it is created)")
    if out.is_dir() and any(out.iterdir()) and not _is_export(out):
        raise ExportError(f"{out} already holds files that are not a Vigie export; "
                          "give --out a new or empty folder")


def _is_export(folder: Path) -> bool:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["generator"].startswith("vigie")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _move_into_place(partial: Path, out: Path) -> None:
    if not out.exists():
        os.rename(partial, out)
        return
    previous = out.parent / f".{out.name}.previous-{os.getpid()}"
    os.rename(out, previous)
    os.rename(partial, out)
    shutil.rmtree(previous, ignore_errors=True)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


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


# -- the Open Terms Archive-like dataset -------------------------------------------


def terms_type(kind: str, title: str) -> str:
    return KIND_TERMS_TYPES.get(kind) or _fs_name(title)


def _fs_name(name: str) -> str:
    cleaned = "".join("-" if c in '/\\:*?"<>|' or ord(c) < 32 or ord(c) == 127 else c for c in name)
    cleaned = cleaned.strip().strip(".").strip()[:120] or "_"
    return cleaned + "_" if cleaned.casefold() in OTA_RESERVED else cleaned


def ota_names(watches: list[dict]) -> dict[str, tuple[str, str]]:
    """watch id -> (service folder, document name). Several watches of one service with the
    same terms type (locales, regions) are told apart as OTA does for several documents of
    one type: `<Terms type> #<document id>`, the document id being the watch id."""
    names = {w["id"]: (_fs_name(w["platform"]), terms_type(w["kind"], w["title"])) for w in watches}
    seen: dict[tuple[str, str], int] = {}
    for service, document in names.values():
        key = (service.casefold(), document.casefold())
        seen[key] = seen.get(key, 0) + 1
    return {watch_id: (service, document if seen[(service.casefold(), document.casefold())] == 1
                       else f"{document} #{watch_id.replace('/', '_')}")
            for watch_id, (service, document) in names.items()}


def _stamp(captured_at: str) -> str:
    """'2026-11-23T10:00:00+00:00' -> '2026-11-23T10-00-00Z', as OTA's datasets name files."""
    try:
        moment = datetime.fromisoformat(captured_at).astimezone(timezone.utc)
        return moment.strftime("%Y-%m-%dT%H-%M-%SZ")
    except ValueError:
        return _fs_name(captured_at.replace(":", "-"))


def _write_ota(store: Store, folder: Path) -> dict[str, int]:
    watches = list(store.db.query(
        "SELECT id, platform, title, kind FROM watches WHERE id IN (SELECT watch_id FROM versions)"))
    names = ota_names(watches)
    counts = {"watches": len(watches), "versions": 0, "changes": 0}
    latest: dict | None = None
    for row in version_rows(store):
        service, document = names[row["watch"]]
        history = folder / "history" / service / document
        history.mkdir(parents=True, exist_ok=True)
        stem = _stamp(row["captured_at"])
        if (history / f"{stem}.md").exists():  # two versions in one second
            stem = f"{stem} (v{row['version']})"
        (history / f"{stem}.md").write_bytes(row["text"].encode("utf-8"))
        change = store.change(row["watch"], row["version"])
        metadata = {
            "service": row["platform"], "terms_type": document, "watch": row["watch"],
            "kind": row["kind"], "title": row["title"], "locale": row["locale"],
            "version": row["version"], "fetch": row["fetch_url"] or row["url"],
            "final_url": row["final_url"], "http_status": row["http_status"],
            "captured_at": row["captured_at"], "sha256": row["sha256"], "chars": row["chars"],
            "snapshot_id": row["raw_sha256"], "check_id": row["check_id"],
            "change": {k: change[k] for k in CHANGE_FIELDS[1:]} if change else None,
        }
        _write_json(history / f"{stem}.json", metadata)
        counts["versions"] += 1
        counts["changes"] += change is not None
        if latest and latest["watch"] != row["watch"]:
            _write_latest(folder, names, latest)
        latest = row
    if latest:
        _write_latest(folder, names, latest)
    (folder / "README.md").write_text(_ota_readme(counts), encoding="utf-8")
    return counts


def _write_latest(folder: Path, names: dict, row: dict) -> None:
    service, document = names[row["watch"]]
    (folder / service).mkdir(exist_ok=True)
    (folder / service / f"{document}.md").write_bytes(row["text"].encode("utf-8"))


def _ota_readme(counts: dict[str, int]) -> str:
    mapping = "\n".join(f"- `{kind}` → {name}" for kind, name in KIND_TERMS_TYPES.items())
    return f"""# Vigie export — Open Terms Archive layout

{counts['versions']} versions of {counts['watches']} documents, exported by Vigie on
{datetime.now(timezone.utc):%Y-%m-%d}.

```
<Service>/<Terms type>.md                                   the latest version
history/<Service>/<Terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md    every version (OTA dataset layout)
history/<Service>/<Terms type>/<YYYY-MM-DDTHH-MM-SSZ>.json  its metadata: fetch URL, captured_at,
                                                            sha256, snapshot_id, the change it made
raw/<sha256>                                                the raw pages (with --raw)
```

Each Markdown file holds the normalised text exactly: its bytes hash to the `sha256` in
its metadata. `snapshot_id` is the sha256 of the raw page the version was read from.
Several documents of one service with the same terms type are named
`<Terms type> #<watch id, / as _>`, as Open Terms Archive names several documents of one
type.

Vigie kinds map to terms types as follows (other watches use their title):

{mapping}
"""


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "ota": _write_ota}


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


def load_ota(folder: Path) -> dict[str, list[dict]]:
    """Versions (with their text) and changes read back from an `ota` export."""
    versions, changes = [], []
    for meta_path in sorted((Path(folder) / "history").glob("*/*/*.json")):
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".md").read_bytes().decode("utf-8")
        # The same keys as the other formats' version rows, beside OTA's own names.
        versions.append({**metadata, "platform": metadata["service"], "fetch_url": metadata["fetch"],
                         "raw_sha256": metadata["snapshot_id"], "text": text})
        if metadata["change"]:
            changes.append({"watch": metadata["watch"], **metadata["change"]})
    versions.sort(key=lambda v: (v["watch"], v["version"]))
    return {"versions": versions, "changes": changes}
