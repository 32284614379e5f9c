"""The weekly report: what changed across platforms in a period, for analysts.

`gather_weekly` reads the store into a `WeeklyReport` (plain data);
`render_weekly` turns it into one self-contained HTML page (inline CSS, no
script, a Content-Security-Policy that forbids any fetch) or Markdown for
pasting. Noise (formatting, flip-flops) is counted, not shown in full: a
reader's attention goes to what can change what users must do.

"Where platforms stand" lists the answers (reports/standing.py) that a version of the
period changed, and the current answers of those platforms only: computing a platform's
answers reads all its documents, so the others are not computed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reports.gather import (SEVERITIES, ChangeView, Failing, Link, WatchInfo, changes_with_diffs,
                            failing_throughout, utc_iso, watch_infos)
from reports.i18n import DEFAULT
from reports.standing import AnswerChange, AnswerView, histories, opt_out_links, platform_answers, views
from reports.templating import page_environment
from watchers.delivery.channels import SEVERITY_RANK
from watchers.store.db import Store

FORMATS = ("html", "md")
DEFAULT_PERIOD = timedelta(days=7)
# Diff blocks shown per change: a rewritten policy has hundreds, and the report
# is read, not searched; the site's diff pages and `vigie diff` show them all.
MAX_BLOCKS = 25


@dataclass(frozen=True)
class PlatformRow:
    platform: str
    counts: dict[str, int]  # severity -> changes
    total: int


@dataclass(frozen=True)
class NoiseRow:
    platform: str
    title: str
    watch_id: str
    count: int
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Deadline:
    """An effective date a page announced that is still to come: what readers must act by."""

    date: str  # ISO
    watch: WatchInfo
    announced: str  # when Vigie saw it announced


@dataclass(frozen=True)
class StanceMoves:
    """A platform whose answers changed in the period: what changed, where it stands now, where to act."""

    platform: str
    changes: tuple[AnswerChange, ...]  # oldest first
    answers: tuple[AnswerView, ...]  # as of the end of the period, from its newest versions
    act: tuple[Link, ...]  # its opt-out links


@dataclass(frozen=True)
class WeeklyReport:
    start: datetime
    end: datetime
    summary: tuple[PlatformRow, ...]  # every platform watched, even those without a change
    totals: PlatformRow
    changes: tuple[ChangeView, ...]  # high, then medium, then low; with their diffs
    noise: tuple[NoiseRow, ...]  # per watch
    failing: tuple[Failing, ...]
    act_before: tuple[Deadline, ...]  # soonest first
    stances: tuple[StanceMoves, ...] = ()  # by platform name


def period_start(since: str | None, now: datetime) -> datetime:
    """The start of the period: an ISO date or time (UTC unless it says otherwise), or a week before now."""
    if not since:
        return now - DEFAULT_PERIOD
    start = datetime.fromisoformat(since)
    return start if start.tzinfo else start.replace(tzinfo=timezone.utc)


def format_for(path: Path, requested: str | None) -> str:
    """The format asked for, else the file's suffix decides (.md, .markdown), else HTML."""
    if requested:
        return requested
    return "md" if path.suffix.lower() in (".md", ".markdown") else "html"


def gather_weekly(store: Store, start: datetime, end: datetime, limit: int = MAX_BLOCKS) -> WeeklyReport:
    watches = watch_infos(store)
    since, until = utc_iso(start), utc_iso(end)
    stored = [c for c in store.changes(since=since) if c["detected_at"] <= until and c["watch_id"] in watches]
    full = [c for c in stored if c["severity"] != "noise"]
    full.sort(key=lambda c: (-SEVERITY_RANK[c["severity"]], watches[c["watch_id"]].platform.casefold(),
                             c["detected_at"], c["watch_id"]))

    platforms = {w.platform for w in watches.values() if w.active} | {watches[c["watch_id"]].platform for c in stored}
    rows = []
    for platform in sorted(platforms, key=str.casefold):
        mine = [c for c in stored if watches[c["watch_id"]].platform == platform]
        rows.append(_row(platform, mine))

    noise: dict[str, list[dict]] = {}
    for change in stored:
        if change["severity"] == "noise":
            noise.setdefault(change["watch_id"], []).append(change)
    noise_rows = [NoiseRow(watches[w].platform, watches[w].title, w, len(cs),
                           tuple(sorted({f for c in cs for f in c["flags"]})))
                  for w, cs in sorted(noise.items(), key=lambda item: (watches[item[0]].platform.casefold(), item[0]))]

    return WeeklyReport(start, end, tuple(rows), _row("All platforms", stored),
                        tuple(changes_with_diffs(store, watches, full, limit)), tuple(noise_rows),
                        tuple(failing_throughout(store, watches, since, until)),
                        _deadlines(store, watches, end), _stances(store, watches, since, until, end))


def _stances(store: Store, watches: dict[str, WatchInfo], since: str, until: str,
             end: datetime) -> tuple[StanceMoves, ...]:
    """The platforms with an answer changed by a version captured in the period; only theirs are computed."""
    moved = []
    for platform, changes in sorted(histories(store, since, until).items(), key=lambda item: item[0].casefold()):
        answers = platform_answers(store, platform, end.date())
        mine = sorted((w for w in watches.values() if w.platform == platform), key=lambda w: w.id)
        moved.append(StanceMoves(platform, changes, views(answers, {w.id: w.title for w in mine}),
                                 opt_out_links(mine, answers)))
    return tuple(moved)


def _deadlines(store: Store, watches: dict[str, WatchInfo], end: datetime) -> tuple[Deadline, ...]:
    """Per active watch, the effective date it last announced, if it is still to come at `end`."""
    latest: dict[str, Deadline] = {}
    # Only the changes that carry an effective date are decoded, oldest first: a later
    # announcement replaces an earlier one.
    for watch_id, detected_at, dates in store.db.execute(
            """SELECT watch_id, detected_at, dates FROM changes
               WHERE dates != '[]' AND dates LIKE '%"effective"%' ORDER BY detected_at, id"""):
        watch = watches.get(watch_id)
        for announced in json.loads(dates) if watch and watch.active else ():
            if announced["kind"] == "effective" and announced.get("after"):
                latest[watch.id] = Deadline(announced["after"], watch, detected_at)
    today = end.date().isoformat()
    return tuple(sorted((d for d in latest.values() if d.date > today), key=lambda d: (d.date, d.watch.id)))


def _row(platform: str, changes: list[dict]) -> PlatformRow:
    counts = {s: sum(c["severity"] == s for c in changes) for s in SEVERITIES}
    return PlatformRow(platform, counts, len(changes))


def render_weekly(report: WeeklyReport, fmt: str, lang: str = DEFAULT) -> str:
    """The report in `lang` (a language of reports.i18n.available(): the caller chooses)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    template = page_environment(lang).get_template(f"weekly.{fmt}.j2")
    return template.render(report=report, severities=SEVERITIES, week=(report.end - report.start).days == 7)


def write_weekly(store: Store, out: Path, fmt: str, start: datetime, end: datetime,
                 lang: str = DEFAULT) -> WeeklyReport:
    """Render and write the report; a reader never sees a half-written file."""
    report = gather_weekly(store, start, end)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    partial.write_text(render_weekly(report, fmt, lang), encoding="utf-8")
    os.replace(partial, out)
    return report
