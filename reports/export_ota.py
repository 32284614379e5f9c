"""The Open Terms Archive-like export: one folder per service, one Markdown file per
document, every version under history/ with its metadata (docs/schema.md, "Exports")."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from reports.export_rows import CHANGE_FIELDS, version_rows, write_json
from watchers.imports.ota import KIND_TERMS_TYPES
from watchers.store.db import Store

OTA_RESERVED = {"history", "raw", "readme.md", "manifest.json"}


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


def write_ota(store: Store, folder: Path) -> dict[str, int]:
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
        write_json(history / f"{stem}.json", metadata)
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
