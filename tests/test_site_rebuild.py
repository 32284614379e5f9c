"""Rebuilding the archive site: only the pages whose content changed are written again.

Stores are filled through `watchers.record.record`, the crawler's own path from a
fetched page to checks, versions and classified changes (no network needed).
"""

from __future__ import annotations

import json
import re
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import Vigie, watch_toml
from reports.paths import diff_path, platform_path, timeline_path, version_path, watch_slug
from reports.site import MARKER, write_site
from reports.sitemanifest import NAME as MANIFEST
from watchers.catalogue.watchlist import parse_watchlist
from watchers.page.fetch import Fetch
from watchers.record import record
from watchers.store.db import Store

WATCHES = [{"id": "acme/privacy", "platform": "Acme", "url": "https://acme.example/privacy"},
           {"id": "acme/ai", "platform": "Acme", "title": "AI notice", "kind": "ai-notice",
            "url": "https://acme.example/ai"},
           {"id": "beta/privacy", "platform": "Beta", "url": "https://beta.example/privacy"}]
CLAUSES = ["We keep your account information while your account is open.",
           "We may use your public posts to train our AI models. You can object in your settings.",
           "We share information with advertising partners to measure ads.",
           "We keep search history for 18 months."]


def page(watch_id: str, clauses: int, effective: str = "") -> bytes:
    """The watch's policy with its first `clauses` clauses (and the date it takes effect, if given)."""
    paragraphs = [f"Effective date: {effective}"] if effective else []
    paragraphs += [f"This policy explains how {watch_id} collects and uses personal information "
                   "when you use our services, and the choices you have about it."] * 3
    paragraphs += [f"{clause} ({watch_id})" for clause in CLAUSES[:clauses]]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>Privacy Policy</h1>{body}</main></body></html>".encode()


class Archive:
    def __init__(self, path: Path, watches: list[dict]):
        self.watches = {w.id: w for w in parse_watchlist(watch_toml(watches), "test")[0]}
        self.store = Store(path)
        self.store.sync_watches(self.watches.values())
        self.clock = datetime(2026, 11, 1, tzinfo=timezone.utc)

    def crawl(self, watch_id: str, clauses: int, effective: str = "") -> dict:
        self.clock += timedelta(hours=1)
        stamp = self.clock.isoformat(timespec="seconds")
        watch = self.watches[watch_id]
        return record(self.store, watch, Fetch(watch.id, watch.url, stamp, stamp, False, status=200,
                                               body=page(watch_id, clauses, effective), content_type="text/html"))


@pytest.fixture
def archive(tmp_path):
    archive = Archive(tmp_path / "vigie.db", WATCHES)
    for clauses in (1, 2):
        for watch_id in archive.watches:
            assert archive.crawl(watch_id, clauses)["outcome"] in ("new", "changed")
    with closing(archive.store):
        yield archive


def stamps(root: Path) -> dict[str, tuple[int, int]]:
    """Every file of the site: (inode, modification time), which change when a file is written."""
    return {p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in root.rglob("*") if p.is_file()}


def rewritten(before: dict, after: dict) -> set[str]:
    return {path for path, stamp in after.items() if before.get(path) != stamp}


def build(archive: Archive, out: Path, minutes: int = 0) -> dict[str, int]:
    return write_site(archive.store, out, archive.clock + timedelta(minutes=minutes))


def test_one_new_version_rewrites_its_watch_and_platform_pages_the_index_and_their_feeds(archive, tmp_path):
    out = tmp_path / "site"
    first = build(archive, out)
    assert first["written"] == len(stamps(out)) - 2  # all but the marker and the manifest
    before = stamps(out)

    # Nothing new: only the index (it says when it was written) is written again.
    assert build(archive, out, minutes=5)["written"] == 1
    assert rewritten(before, stamps(out)) == {"index.html"}

    before = stamps(out)
    assert archive.crawl("acme/ai", 3)["outcome"] == "changed"
    counts = build(archive, out, minutes=10)
    slug = watch_slug("acme/ai")
    (severity,) = archive.store.db.execute(
        "SELECT severity FROM changes WHERE watch_id = 'acme/ai' AND to_version = 3").fetchone()
    assert rewritten(before, stamps(out)) == {
        "index.html", MANIFEST, platform_path("acme"), timeline_path(slug),
        version_path(slug, 2),  # now links to version 3
        version_path(slug, 3), diff_path(slug, 2, 3),
        "feeds/all.atom", "feeds/platform-acme.atom", f"feeds/severity-{severity}.atom",
        "stance.html"}  # Acme's answers now quote version 3 of its AI notice
    assert counts["written"] == 10 and counts["removed"] == 0  # the manifest is not counted
    assert counts["answered"] == 0  # the change kept Acme's new answers in the store, Beta's were kept
    assert "version 3" in (out / version_path(slug, 2)).read_text(encoding="utf-8")

    # The same site, written in full, holds the same pages (the index aside: it is dated).
    full = tmp_path / "full"
    build(archive, full, minutes=10)
    for path in stamps(full):
        if path != "index.html":
            assert (full / path).read_bytes() == (out / path).read_bytes(), path


def test_a_platform_page_is_rewritten_when_what_it_shows_changes_and_only_then(archive, tmp_path):
    out = tmp_path / "site"
    # Beta announces the date its policy takes effect: its page and its row on the index show it to come.
    assert archive.crawl("beta/privacy", 3, effective="1 February 2027")["outcome"] == "changed"
    build(archive, out)
    beta = (out / platform_path("beta")).read_text(encoding="utf-8")
    assert "<strong>2027-02-01</strong> (still to come)" in beta
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<strong>2027-02-01</strong>") == 1

    # A new version of an Acme watch: Acme's page is written again, Beta's is not.
    before = stamps(out)
    assert archive.crawl("acme/privacy", 3)["outcome"] == "changed"
    build(archive, out, minutes=5)
    assert {p for p in rewritten(before, stamps(out)) if p.startswith("platform/")} == {platform_path("acme")}

    # The day after the date, nothing was crawled: Beta's page no longer says it is to come, Acme's stays.
    before = stamps(out)
    write_site(archive.store, out, datetime(2027, 2, 2, tzinfo=timezone.utc))
    assert {p for p in rewritten(before, stamps(out)) if p.startswith("platform/")} == {platform_path("beta")}
    assert "(still to come)" not in (out / platform_path("beta")).read_text(encoding="utf-8")
    assert "<strong>2027-02-01</strong>" not in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["missing", "unreadable", "other templates"])
def test_without_a_manifest_built_by_these_templates_the_site_is_written_in_full(archive, tmp_path, damage):
    out = tmp_path / "site"
    build(archive, out)
    manifest = out / MANIFEST
    if damage == "missing":
        manifest.unlink()
    elif damage == "unreadable":
        manifest.write_text('{"format": 2, "watches": [tru')
    else:  # as a Vigie with other templates (or another version of Vigie) left it
        data = json.loads(manifest.read_text())
        manifest.write_text(json.dumps({**data, "fingerprint": "0" * 32}))
    (out / "CNAME").write_text("archive.example.org\n")
    before = stamps(out)
    counts = build(archive, out, minutes=5)
    after = stamps(out)
    pages = set(after) - {MARKER, MANIFEST, "CNAME"}
    assert counts["written"] == len(pages) and rewritten(before, after) >= pages
    assert (out / "CNAME").read_text() == "archive.example.org\n"  # people's files stay
    assert json.loads(manifest.read_text())["watches"].keys() == archive.watches.keys()


def test_pages_of_a_watch_gone_from_the_store_are_removed_and_missing_pages_come_back(archive, tmp_path):
    out = tmp_path / "site"
    build(archive, out)
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (out / "watch" / "stale.html").write_text("left by an older run")
    gone = watch_slug("beta/privacy")
    assert (out / timeline_path(gone)).is_file()
    (out / version_path(watch_slug("acme/privacy"), 1)).unlink()

    # The site of another database that never had beta/privacy, written over the same folder.
    other = Archive(tmp_path / "other.db", WATCHES[:2])
    for clauses in (1, 2):
        for watch_id in other.watches:
            other.crawl(watch_id, clauses)
    with closing(other.store):
        counts = build(other, out)
    assert not (out / "watch" / gone).exists() and not (out / "feeds/platform-beta.atom").exists()
    assert not (out / platform_path("beta")).exists() and (out / platform_path("acme")).is_file()
    assert not (out / "watch" / "stale.html").exists() and counts["removed"] >= 2
    assert (out / version_path(watch_slug("acme/privacy"), 1)).is_file()
    assert (out / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n"
    assert not any(p.name.startswith(".") and "partial" in p.name for p in out.rglob("*"))


def test_the_command_says_what_it_wrote(archive, tmp_path):
    out = tmp_path / "site"
    vigie = Vigie(archive.store.path, tmp_path / "vigie.toml")
    assert "file(s) written, 0 removed" in vigie("site", "--out", str(out)).stdout
    again = vigie("site", "--out", str(out)).stdout
    # At most the index, which says when (to the minute) it was written.
    assert re.search(r"Wrote the archive site .*: 16 pages and 7 Atom feeds \([01] file\(s\) written, 0 removed\)",
                     again)
