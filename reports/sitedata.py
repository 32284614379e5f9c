"""What the site and its feeds are rendered from: the store read into plain data (no markup).

Shared by reports/site.py and reports/feeds.py, so that neither imports the
other. `gather_index` reads what every page's key needs, in a few queries and
without texts; a watch's `WatchHistory` is then cut from it. Summaries,
excerpts and texts are read only for the pages that are rendered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import NamedTuple

from reports.gather import ChangeView, Link, WatchInfo, change_view, watch_infos
from reports.paths import diff_path, platform_slugs, version_path, watch_slug
from reports.standing import AnswerChange, AnswerView, PlatformStance
from reports.standing import views as answer_views
from watchers.store.db import Store
from watchers.store.overview import changes_by_id, status, version_digests


@dataclass(frozen=True)
class WatchSummary:
    watch: WatchInfo
    slug: str
    versions: int
    latest_change: ChangeRef | None  # read in full (`views`) only when its platform's page is rendered
    status: dict  # as watchers.store.overview.status gives it


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
    announced: tuple[Announced, ...]  # by date

    # The platform's row on the index.
    @property
    def versions(self) -> int:
        return sum(s.versions for s in self.watches)

    @property
    def latest_change(self) -> ChangeRef | None:
        return max((s.latest_change for s in self.watches if s.latest_change), key=ORDER, default=None)

    @property
    def failing(self) -> int:
        return sum(1 for s in self.watches if s.status.get("consecutive_failures"))

    @property
    def next_date(self) -> Announced | None:
        """The first date announced that is still to come."""
        return next((a for a in self.announced if a.upcoming), None)


class ChangeRef(NamedTuple):
    """A stored change without its texts (summary, excerpts, dates): what a page's key and
    a feed's choice of entries need. `views` reads the rest for the pages rendered."""

    id: int  # a change's row is never rewritten: its id identifies it for good
    watch_id: str
    from_version: int
    to_version: int
    detected_at: str
    severity: str


ORDER = attrgetter("detected_at", "id")  # oldest first, as Store.changes gives them


@dataclass(frozen=True)
class SiteIndex:
    generated: datetime
    platforms: tuple[PlatformSection, ...]
    changes: tuple[ChangeRef, ...]  # every change, in no particular order
    slugs: dict[str, str]  # watch id -> slug
    versions: int
    digests: dict[str, str]  # watch id -> digest of its versions' heads (watchers.store.overview.version_digests)
    watches: dict[str, WatchInfo]


@dataclass(frozen=True)
class WatchHistory:
    summary: WatchSummary
    platform: PlatformSection
    digest: str  # of its versions' heads: the versions themselves are read when its pages are rendered
    changes: tuple[ChangeRef, ...]  # oldest first


def views(store: Store, watches: dict[str, WatchInfo], refs: Iterable[ChangeRef]) -> list[ChangeView]:
    """The changes in full (without diffs), in the order given, read in one query."""
    refs = list(refs)
    rows = changes_by_id(store, [r.id for r in refs])
    return [change_view(rows[r.id], watches[r.watch_id], rows[r.id]["to_sha256"] or "") for r in refs]


def gather_index(store: Store, now: datetime) -> SiteIndex:
    watches = watch_infos(store)
    versions = {w: counted for w, counted in version_digests(store).items() if w in watches}
    # In the table's order (a sequential read): whoever needs another order sorts a few.
    changes = tuple(ChangeRef(*row) for row in store.db.execute(
        "SELECT id, watch_id, from_version, to_version, detected_at, severity FROM changes")
        if row[1] in watches)
    newest: dict[str, ChangeRef] = {}
    for change in changes:
        if change.watch_id not in newest or ORDER(change) > ORDER(newest[change.watch_id]):
            newest[change.watch_id] = change
    states = {row["watch"]: row for row in status(store, list(watches))}
    slugs = {w: watch_slug(w) for w in watches}
    names = platform_slugs({w.platform for w in watches.values()})
    today = now.date().isoformat()
    by_platform: dict[str, list[WatchInfo]] = {}
    for watch in watches.values():
        by_platform.setdefault(watch.platform, []).append(watch)
    # The latest date each document announced, per kind: what users must act by.
    announced: dict[str, dict[tuple[str, str], Announced]] = {}
    for watch_id, detected_at, dates in store.db.execute(
            "SELECT watch_id, detected_at, dates FROM changes WHERE dates != '[]' ORDER BY detected_at, id"):
        watch = watches.get(watch_id)
        for d in json.loads(dates) if watch else ():
            if d.get("after"):
                announced.setdefault(watch.platform, {})[(watch_id, d["kind"])] = Announced(
                    watch, d["kind"], d["after"], detected_at, d["after"] > today)
    sections = []
    for name in sorted(names, key=str.casefold):
        mine = sorted(by_platform[name], key=lambda w: (not w.active, w.title.casefold(), w.id))
        links: dict[str, tuple[Link, WatchInfo]] = {}
        for watch in mine:
            for link in watch.opt_outs if watch.active else ():
                links.setdefault(link.url, (link, watch))
        sections.append(PlatformSection(
            name, names[name],
            tuple(WatchSummary(w, slugs[w.id], versions.get(w.id, (0, ""))[0], newest.get(w.id), states[w.id])
                  for w in mine),
            tuple(links.values()),
            tuple(sorted(announced.get(name, {}).values(), key=lambda a: (a.date, a.watch.id)))))
    return SiteIndex(now, tuple(sections), changes, slugs, sum(count for count, _ in versions.values()),
                     {w: digest for w, (_, digest) in versions.items()}, watches)


def histories(index: SiteIndex) -> Iterator[WatchHistory]:
    """Each watch's history, platform by platform, from the index alone."""
    changes: dict[str, list[ChangeRef]] = {}
    for change in index.changes:
        changes.setdefault(change.watch_id, []).append(change)
    for mine in changes.values():
        mine.sort(key=ORDER)
    for section in index.platforms:
        for summary in section.watches:
            # Versions are numbered 1, 2, 3… and never removed.
            yield WatchHistory(summary, section, index.digests.get(summary.watch.id, ""), tuple(
                c for c in changes.get(summary.watch.id, ())
                if 1 <= c.from_version <= summary.versions and 1 <= c.to_version <= summary.versions))


@dataclass(frozen=True)
class StanceCell:
    answer: AnswerView
    evidence_path: str | None  # the version page that proves it


@dataclass(frozen=True)
class StanceHistoryRow:
    change: AnswerChange
    path: str | None  # the page of the change that made it (else of its version)


@dataclass(frozen=True)
class StanceRow:
    """A platform on the "Where platforms stand" page: one cell per question, then its history."""

    platform: str
    slug: str
    cells: tuple[StanceCell, ...]
    history: tuple[StanceHistoryRow, ...]  # newest first


def stance_rows(index: SiteIndex, stances: Iterable[PlatformStance]) -> tuple[StanceRow, ...]:
    """The page's rows, with the site paths of each answer's evidence and each history row's
    change: everything the page shows (its key is over them)."""
    stances = list(stances)
    slugs = {section.name: section.slug for section in index.platforms}
    wanted = {h.change_id for s in stances for h in s.history if h.change_id is not None}
    refs = {c.id: c for c in index.changes if c.id in wanted} if wanted else {}
    versions = {s.watch.id: s.versions for section in index.platforms for s in section.watches}
    titles = {watch.id: watch.title for watch in index.watches.values()}

    def page_of(watch: str, version: int, change_id: int | None = None) -> str | None:
        if watch not in index.slugs:
            return None
        ref = refs.get(change_id) if change_id is not None else None
        if ref is not None and ref.watch_id == watch and ref.to_version == version:
            return diff_path(index.slugs[watch], ref.from_version, ref.to_version)
        return version_path(index.slugs[watch], version) if 1 <= version <= versions.get(watch, 0) else None

    rows = []
    for stance in stances:
        cells = tuple(StanceCell(v, page_of(v.evidence.watch, v.evidence.version) if v.evidence else None)
                      for v in answer_views(stance.answers, titles))
        history = tuple(StanceHistoryRow(h, page_of(h.watch, h.version, h.change_id))
                        for h in reversed(stance.history))
        rows.append(StanceRow(stance.platform, slugs.get(stance.platform, ""), cells, history))
    return tuple(rows)

