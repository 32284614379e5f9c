"""From the store to the plain dataclasses that the report, the site and the feeds render.

No markup here. Watches are read from the store's `watches` table (the
watchlist as of the last crawl), not from a watchlist file: a report or an
archive renders any database, e.g. `vigie --db vigie-demo/vigie.db site`,
without the file it was crawled with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from reports.diffview import DiffView, diff_view
from reports.templating import safe_link
from watchers.delivery.actions import every_watch_actions
from watchers.delivery.channels import SEVERITY_RANK
from watchers.store.db import FAILED_OUTCOMES, Store

SEVERITIES = tuple(sorted(SEVERITY_RANK, key=SEVERITY_RANK.get, reverse=True))  # high … noise


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    href: str | None  # None when the URL is not http(s)/mailto: shown as text, never linked
    # Opt-out links only: "page" (on the newest version) or "watchlist", and
    # whether the page dropped this watchlist link since the version before.
    source: str = ""
    gone: bool = False


@dataclass(frozen=True)
class WatchInfo:
    id: str
    platform: str
    title: str
    kind: str
    url: Link
    active: bool
    opt_outs: tuple[Link, ...]  # to act on: the page's current opt-out links, then the watchlist's


@dataclass(frozen=True)
class ChangeView:
    watch: WatchInfo
    from_version: int
    to_version: int
    detected_at: str
    severity: str
    flags: tuple[str, ...]
    summary: str
    excerpts: tuple[dict, ...]  # {"flag", "before", "after"}
    dates: tuple[dict, ...]  # {"kind", "before", "after", "upcoming"}
    to_sha256: str  # with the watch and versions, what identifies the change for good
    diff: DiffView | None  # None when not wanted (feeds, indexes)
    facts: dict | None = None  # what its summary says beyond flags and dates (watchers.meaning.summary)


@dataclass(frozen=True)
class Failing:
    watch: WatchInfo
    checks: int  # failed checks in the period (all of them)
    since: str  # the first of them
    reason: str | None  # the latest one's


def link(label: str, url: str) -> Link:
    return Link(label, url, safe_link(url))


def utc_iso(moment: datetime) -> str:
    """The store's time format (ISO 8601 UTC, seconds), so that strings compare as times."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def watch_infos(store: Store) -> dict[str, WatchInfo]:
    """Every watch the store knows, including those no longer in the watchlist (their history stays)."""
    rows = list(store.db["watches"].rows_where(order_by="id"))
    configured = {}
    for row in rows:
        config = json.loads(row["config"] or "{}")
        configured[row["id"]] = [(o.get("label") or o.get("url", ""), o.get("url", ""))
                                 for o in config.get("opt_out", ())]
    actions = every_watch_actions(store, ((row["id"], row["locale"] or "en", configured[row["id"]]) for row in rows))
    return {row["id"]: WatchInfo(row["id"], row["platform"], row["title"], row["kind"],
                                 link(row["url"], row["url"]), bool(row["active"]),
                                 tuple(Link(a.label, a.url, safe_link(a.url), a.source, a.gone)
                                       for a in actions[row["id"]]))
            for row in rows}


def change_view(change: dict, watch: WatchInfo, to_sha256: str,
                texts: tuple[str, str] | None = None, limit: int | None = None) -> ChangeView:
    """A stored change (as `Store.changes` returns it), with its diff when `texts` (old, new) are given."""
    return ChangeView(watch, change["from_version"], change["to_version"], change["detected_at"],
                      change["severity"], tuple(change["flags"]), change["summary"],
                      tuple(change["excerpts"]), tuple(change["dates"]), to_sha256,
                      diff_view(*texts, limit=limit) if texts else None, change.get("facts"))


def changes_with_diffs(store: Store, watches: dict[str, WatchInfo], changes: list[dict],
                       limit: int | None = None) -> list[ChangeView]:
    """Views of these stored changes with their diffs (at most `limit` blocks each)."""
    views = []
    for change in changes:
        watch = watches.get(change["watch_id"])
        # Both texts in one query: a report shows thousands of changes.
        texts = {number: (text, digest) for number, text, digest in store.db.execute(
            "SELECT number, text, sha256 FROM versions WHERE watch_id = ? AND number IN (?, ?)",
            [change["watch_id"], change["from_version"], change["to_version"]])}
        if watch and change["from_version"] in texts and change["to_version"] in texts:
            (old, _), (new, digest) = texts[change["from_version"]], texts[change["to_version"]]
            views.append(change_view(change, watch, digest, (old, new), limit))
    return views


def failing_throughout(store: Store, watches: dict[str, WatchInfo], start: str, end: str) -> list[Failing]:
    """Active watches that were checked in [start, end] and failed every time.

    A watch that failed all week is worse news than one change: we know
    nothing of its policy for that period, so reports say so with the reason.
    """
    failed = ", ".join(f"'{outcome}'" for outcome in FAILED_OUTCOMES)
    rows = store.db.execute(
        f"""SELECT watch_id, COUNT(*), SUM(outcome IN ({failed})), MIN(started_at),
                   (SELECT reason FROM checks AS latest WHERE latest.watch_id = checks.watch_id
                    AND started_at >= ? AND started_at <= ? ORDER BY id DESC LIMIT 1)
            FROM checks WHERE started_at >= ? AND started_at <= ? GROUP BY watch_id ORDER BY watch_id""",
        [start, end, start, end]).fetchall()
    return [Failing(watches[watch_id], count, since, reason)
            for watch_id, count, failures, since, reason in rows
            if count == failures and watch_id in watches and watches[watch_id].active]
