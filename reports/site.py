"""The static archive site: an index, a timeline per watch, every version, every diff, Atom feeds.

Where each page lives is reports/paths.py. `gather_index` and `gather_history`
read the store into plain data; the `render_*` functions only turn that data
into (path, text) pairs; `write_site` is the only part that touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Iterator

from reports import paths
from reports.feeds import render_feeds
from reports.gather import SEVERITIES, ChangeView, Link, WatchInfo, change_view, utc_iso, watch_infos
from reports.outdir import Refused, replacing
from reports.paths import diff_path, platform_slugs, relative, timeline_path, version_path, watch_slug
from reports.templating import page_environment
from watchers.store import Store, Version, status

# Written last into a finished site: its presence is what allows a re-run to
# replace the directory, so `--out` pointing at anything else is refused.
MARKER = ".vigie-site"


class SiteError(Refused):
    """The site cannot be written there; the message says what to do."""


@dataclass(frozen=True)
class WatchSummary:
    watch: WatchInfo
    slug: str
    versions: int
    latest_change: ChangeView | None
    status: dict  # as watchers.store.status gives it


@dataclass(frozen=True)
class Announced:
    watch: WatchInfo
    kind: str  # effective / updated
    date: str  # ISO
    detected_at: str
    upcoming: bool  # still to come at the time the site was written


@dataclass(frozen=True)
class PlatformSection:
    name: str
    slug: str
    watches: tuple[WatchSummary, ...]
    opt_outs: tuple[tuple[Link, WatchInfo], ...]  # current links, each with a watch listing it
    announced: tuple[Announced, ...]


@dataclass(frozen=True)
class SiteIndex:
    generated: datetime
    platforms: tuple[PlatformSection, ...]
    changes: tuple[ChangeView, ...]  # every change, oldest first, without diffs
    slugs: dict[str, str]  # watch id -> slug
    versions: int


@dataclass(frozen=True)
class WatchHistory:
    summary: WatchSummary
    platform: PlatformSection
    versions: tuple[Version, ...]
    changes: tuple[ChangeView, ...]  # with diffs


def gather_index(store: Store, now: datetime) -> SiteIndex:
    watches = watch_infos(store)
    hashes = {w: store.version_hashes(w) for w in watches}
    changes = [change_view(c, watches[c["watch_id"]], hashes[c["watch_id"]].get(c["to_version"], ""))
               for c in store.changes() if c["watch_id"] in watches]
    latest = {c.watch.id: c for c in changes}
    states = {row["watch"]: row for row in status(store, list(watches))}
    slugs = {w: watch_slug(w) for w in watches}
    names = platform_slugs({w.platform for w in watches.values()})
    today = now.date().isoformat()
    sections = []
    for name in sorted(names, key=str.casefold):
        mine = [w for w in watches.values() if w.platform == name]
        mine.sort(key=lambda w: (not w.active, w.title.casefold(), w.id))
        links: dict[str, tuple[Link, WatchInfo]] = {}
        for watch in mine:
            for link in watch.opt_outs if watch.active else ():
                links.setdefault(link.url, (link, watch))
        # The latest date each document announced, per kind: what users must act by.
        announced: dict[tuple[str, str], Announced] = {}
        for change in changes:
            if change.watch.platform == name:
                for d in change.dates:
                    if d.get("after"):
                        announced[(change.watch.id, d["kind"])] = Announced(
                            change.watch, d["kind"], d["after"], change.detected_at, d["after"] > today)
        sections.append(PlatformSection(
            name, names[name],
            tuple(WatchSummary(w, slugs[w.id], len(hashes[w.id]), latest.get(w.id), states[w.id]) for w in mine),
            tuple(links.values()),
            tuple(sorted(announced.values(), key=lambda a: (a.date, a.watch.id)))))
    return SiteIndex(now, tuple(sections), tuple(changes), slugs, sum(len(h) for h in hashes.values()))


def gather_history(store: Store, summary: WatchSummary, platform: PlatformSection) -> WatchHistory:
    """One watch's versions and its changes with their diffs (one watch in memory at a time)."""
    versions = {v.number: v for v in store.versions(summary.watch.id)}
    changes = tuple(
        change_view(c, summary.watch, versions[c["to_version"]].sha256,
                    (versions[c["from_version"]].text, versions[c["to_version"]].text))
        for c in store.changes(watch_id=summary.watch.id)
        if c["from_version"] in versions and c["to_version"] in versions)
    return WatchHistory(summary, platform, tuple(versions.values()), changes)


def _render(template: str, path: str, **context) -> tuple[str, str]:
    page = page_environment().get_template(template).render(url=partial(relative, path), **context)
    return path, page


def render_index(index: SiteIndex) -> Iterator[tuple[str, str]]:
    yield _render("site_index.html.j2", paths.INDEX, index=index, severities=SEVERITIES, paths=paths)


def render_history(history: WatchHistory, index: SiteIndex) -> Iterator[tuple[str, str]]:
    slug = history.summary.slug
    by_version = {c.to_version: c for c in history.changes}
    common = dict(history=history, watch=history.summary.watch, slug=slug, generated=index.generated,
                  paths=paths)
    yield _render("site_timeline.html.j2", timeline_path(slug), by_version=by_version, **common)
    numbers = [v.number for v in history.versions]
    for k, version in enumerate(history.versions):
        yield _render("site_version.html.j2", version_path(slug, version.number), version=version,
                      previous=numbers[k - 1] if k else None,
                      next=numbers[k + 1] if k + 1 < len(numbers) else None,
                      change=by_version.get(version.number),
                      following=by_version.get(numbers[k + 1]) if k + 1 < len(numbers) else None, **common)
    for change in history.changes:
        yield _render("site_diff.html.j2", diff_path(slug, change.from_version, change.to_version),
                      change=change, **common)


def write_site(store: Store, out: Path, now: datetime) -> dict[str, int]:
    """Write the whole site beside `out`, then swap it in: readers never see half a site."""
    counts = {"pages": 0, "feeds": 0}
    with replacing(out, lambda folder: (folder / MARKER).is_file(), "a site written by Vigie",
                   SiteError) as staging:
        index = gather_index(store, now)
        for path, text in render_index(index):
            _write(staging, path, text)
        for section in index.platforms:
            for summary in section.watches:  # one watch's texts in memory at a time
                for path, text in render_history(gather_history(store, summary, section), index):
                    _write(staging, path, text)
                    counts["pages"] += 1
        for path, text in render_feeds(index):
            _write(staging, path, text)
            counts["feeds"] += 1
        counts["pages"] += 1  # the index
        (staging / MARKER).write_text(f"Written by `vigie site` on {utc_iso(now)}; "
                                      "`vigie site` replaces this directory when re-run.\n", encoding="utf-8")
    return counts


def _write(root: Path, path: str, text: str) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
