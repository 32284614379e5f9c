"""Writing an archive's history into the store: the history import's only writes.

Each imported version is one transaction: a check of outcome `imported` dated at the
capture (its `imported_from` says where the text was read), the version with its real
capture time, and the change the real classifier (`watchers.record.record_change`) finds
against the previous version. No channel is given to it, so no alert is queued: imported
history is the past. A run killed mid-way keeps every version it committed, and the next
run appends the rest (`ota_history.reconcile`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from watchers.catalogue.watchlist import Watch
from watchers.imports.ota import Problem, kind_of
from watchers.imports.ota_history import (Capture, Known, Stored, WatchReport, ordered, reconcile, resolve,
                                          sequence)
from watchers.imports.ota_layout import DocumentKey
from watchers.meaning.links import page_opt_out_links
from watchers.record import record_change
from watchers.store.db import Store, Version, sha256

IMPORTED = "imported"  # the outcome of the check that records an imported version


@dataclass
class ImportResult:
    reports: list[WatchReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    deliveries_queued: int = 0  # pending deliveries this run added: none, by design

    @property
    def added(self) -> int:
        return sum(r.added for r in self.reports)

    @property
    def changes(self) -> int:
        return sum(sum(r.changes.values()) for r in self.reports)


def import_history(store: Store, path: Path, captures: Sequence[Capture], watchlist: Iterable[Watch],
                   catalogue_ids: set[str], *, mapped: dict | None = None, locale: str = "en",
                   dry_run: bool = False) -> ImportResult:
    """Append the captures' history to the store, watch by watch (see the module's docstring)."""
    watches = {w.id: w for w in watchlist}
    known = [_known(w, w.id in catalogue_ids) for w in watches.values()]
    by_document: dict[DocumentKey, list[Capture]] = {}
    for capture in captures:
        by_document.setdefault(capture.document, []).append(capture)
    targets: dict[str, tuple] = {}  # watch id -> (target, documents, captures)
    for document, found in sorted(by_document.items()):
        exported = next((c.metadata["watch"] for c in found if c.metadata), None)
        target = resolve(document, known, exported_as=exported, mapped=mapped, locale=locale)
        entry = targets.setdefault(target.watch_id, (target, [], []))
        entry[1].append(document.label)
        entry[2].extend(found)
    result = ImportResult()
    pending_before = _pending(store)
    for watch_id, (target, documents, found) in targets.items():
        watch = watches.get(watch_id) or _new_watch(watch_id, found, locale)
        report = WatchReport(watch_id, target.how, target.why, documents, new_watch=watch_id not in watches)
        result.reports.append(report)
        _import_watch(store, path, watch, ordered(found), report, result.problems, dry_run, active=not report.new_watch)
    result.deliveries_queued = _pending(store) - pending_before
    return result


def _import_watch(store: Store, path: Path, watch: Watch, found: list[Capture], report: WatchReport,
                  problems: list[Problem], dry_run: bool, active: bool) -> None:
    hashed = []
    for capture in found:
        text = _text(capture, problems)
        if text is not None:
            hashed.append((capture, sha256(text)))
    report.read = len(hashed)
    planned, report.repeated = sequence(hashed)
    if planned:
        report.first, report.last = planned[0][0].captured_at, planned[-1][0].captured_at
    stored = [Stored(*row[:3], row[3] == IMPORTED) for row in store.db.execute(
        """SELECT v.number, v.captured_at, v.sha256, c.outcome FROM versions v
           LEFT JOIN checks c ON c.id = v.check_id WHERE v.watch_id = ? ORDER BY v.number""", [watch.id])]
    decision = reconcile(watch.id, stored, [(c.captured_at, digest) for c, digest in planned])
    report.refused = decision.refused
    report.already = min(decision.start, len(planned)) if not decision.refused else 0
    todo = planned[decision.start:]
    if decision.refused or not todo:
        return
    if dry_run:
        report.added = len(todo)
        return
    store.add_watch(watch, active)
    previous = store.version(watch.id) if stored else None
    for capture, digest in todo:
        text = _text(capture, problems, again=True)
        if text is None or sha256(text) != digest:  # the file changed under us: stop, a re-run resumes
            problems.append(Problem(capture.origin["file"], capture.document.label, "changed while being "
                                    "imported; run the import again", True))
            return
        previous = _write(store, path, watch, capture, text, previous, report)


def _write(store: Store, path: Path, watch: Watch, capture: Capture, text: str, previous: Version | None,
           report: WatchReport) -> Version:
    """One version, its check and its change, in one transaction."""
    with store.db.atomic():
        check_id = store.add_check({
            "watch_id": watch.id, "started_at": capture.captured_at, "finished_at": capture.captured_at,
            "url": (capture.metadata or {}).get("fetch"), "final_url": (capture.metadata or {}).get("final_url"),
            "outcome": IMPORTED, "reason": None, "http_status": None, "conditional": 0, "etag": None,
            "last_modified": None, "bytes": None, "raw_sha256": None, "rules_sha256": None,
            "version_number": None, "duration_ms": None,
            "imported_from": json.dumps({"path": str(path), **capture.origin}, ensure_ascii=False)})
        number = store.add_version(watch.id, text, None, check_id, capture.captured_at,
                                   page_opt_out_links(text, watch.locale))
        store.set_check_version(check_id, number)
        if previous is not None:
            # No channels: the change is classified and stored, and nobody is alerted.
            change = record_change(store, watch, previous, text, capture.captured_at, channels=())
            report.changes[change["severity"]] += 1
            if capture.technical_upgrade:
                report.technical_upgrades[change["severity"]] = report.technical_upgrades.get(change["severity"], 0) + 1
    report.added += 1
    return Version(watch.id, number, capture.captured_at, sha256(text), len(text), text, None)


def _text(capture: Capture, problems: list[Problem], again: bool = False) -> str | None:
    """The capture's text, or None (said once) when it cannot be a version."""
    try:
        data = capture.read()
    except OSError as error:
        problems.append(Problem(capture.origin["file"], capture.document.label, "cannot be read", True,
                                detail=str(error)))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if not again:
            problems.append(Problem(capture.origin["file"], capture.document.label, "not valid UTF-8: imported "
                                    "with U+FFFD for the bytes that are not", False))
    if not text.strip():
        # A policy is never empty: an empty capture is a failed recording, not "the policy was deleted".
        if not again:
            problems.append(Problem(capture.origin["file"], capture.document.label, "empty: not a version", True))
        return None
    return text


def _known(watch: Watch, catalogue: bool) -> Known:
    return Known(watch.id, watch.platform, watch.kind, watch.title, watch.locale, catalogue)


def _new_watch(watch_id: str, found: list[Capture], locale: str) -> Watch:
    """A watch for history the watchlist has no watch for: named after the archive's document
    (or as exported), with the URL the export recorded if any. Not validated as a watchlist
    entry: it is never fetched (the next crawl's mirror of the watchlist marks it inactive)."""
    metadata = next((c.metadata for c in reversed(found) if c.metadata), None) or {}
    document = found[0].document
    title = metadata.get("title") or document.terms_type + (f" #{document.document_id}" if document.document_id else "")
    kind = metadata.get("kind") or kind_of(document.terms_type)
    return Watch.model_construct(
        id=watch_id, platform=metadata.get("service") or document.service, title=title,
        kind=kind if kind in ("privacy-policy", "ai-notice", "opt-out", "terms", "other") else "other",
        url=metadata.get("fetch") or "", locale=metadata.get("locale") or locale, tags=("ota-history",))


def _pending(store: Store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'").fetchone()[0]
