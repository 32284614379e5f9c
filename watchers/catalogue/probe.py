"""`vigie catalogue probe`: is each watch still true to its page? Pure: fetches in, reports out.

The crawl (crawler/probe.py) fetches every selected watch once, the way its check
would, and hands each `Fetch` here. `observe` reads it exactly as a check reads it
(`watchers.record.read_page`, the same verdict) and adds what a maintainer needs to
fix a watch: the status, where redirects ended, whether the selector matched, how
much text came out, its language, each `expect`/`reject` phrase. `other_render`
says when the page must be fetched once more the other way (an `http` watch with no
text may need the browser; a `browser` watch may do with plain HTTP), and `assess`
joins the readings into one `ProbeReport`: broken or not, why, and what to change.

Broken means the watch's check would fail as the watch is written (a wall, an HTTP
error, a selector gone, a wrong language, a render mode that no longer reads the
page). A browser watch that could not be rendered here (no Chromium) is not broken,
only unverified, as a real check would skip it. Nothing is ever recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from w3lib.url import canonicalize_url

from watchers.catalogue.watchlist import Watch
from watchers.page.extract import extract
from watchers.page.fetch import Fetch
from watchers.page.language import detect
from watchers.page.targets import masked, masked_text
from watchers.page.verdict import MIN_CHARS, judge_response
from watchers.record import read_page

RENDERS = ("http", "browser")
FAILED = ("blocked", "error")


class SelectionError(ValueError):
    """--platform / --watch name nothing; the message says what exists."""


@dataclass(frozen=True)
class Observation:
    """One fetch of a watch, in one render mode, read as its check would read it."""

    render: str  # how it was fetched: "http" or "browser"
    verdict: str  # "ok", "blocked", "error" (as a check would record it) or "skipped" (not fetched)
    reason: str | None = None
    status: int | None = None
    final_url: str | None = None
    selector_matched: bool | None = None  # None: no page to read (transport or HTTP failure, skip)
    chars: int | None = None  # characters of extracted text
    language: str | None = None  # ISO 639-1 code found in the text, None when it cannot be told
    expect: tuple[tuple[str, bool], ...] = ()  # (phrase, found)
    reject: tuple[tuple[str, bool], ...] = ()

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    @property
    def textless(self) -> bool:
        """The page answered, but the selector found nothing or next to no text."""
        return self.selector_matched is False or (self.chars is not None and self.chars < MIN_CHARS)

    def as_json(self) -> dict:
        return {"render": self.render, "status": self.status, "final_url": self.final_url,
                "selector_matched": self.selector_matched, "chars": self.chars, "language": self.language,
                "expect": [{"text": text, "found": found} for text, found in self.expect],
                "reject": [{"text": text, "found": found} for text, found in self.reject],
                "verdict": self.verdict, "reason": self.reason}


@dataclass(frozen=True)
class ProbeReport:
    """What the probe found for one watch."""

    watch: Watch
    reading: Observation  # in the watch's own render mode: what its check would see
    other: Observation | None  # the other render mode, when it was tried
    render_needed: str | None  # the plainest mode that reads the page; None if none did
    broken: bool
    problem: str | None  # why it is broken, with what to change
    notes: tuple[str, ...]  # what else a maintainer should know (not breaking)

    @property
    def result(self) -> str:
        return "broken" if self.broken else "skipped" if self.reading.verdict == "skipped" else "ok"

    def as_json(self) -> dict:
        watch = self.watch
        return {"watch": watch.id, "platform": watch.platform, "url": masked(watch.url), "locale": watch.locale,
                **self.reading.as_json(), "render_needed": self.render_needed,
                "other_render": self.other.as_json() if self.other else None,
                "result": self.result, "broken": self.broken, "problem": self.problem, "notes": list(self.notes)}


def select(watches: Sequence[Watch], platforms: Iterable[str] = (), ids: Iterable[str] = ()) -> list[Watch]:
    """The watches to probe: all of them, or those of the named platforms (any case) and/or
    with the named ids. Each option narrows the selection; naming nothing is an error."""
    platforms, ids = list(platforms), list(ids)
    known_ids = {w.id for w in watches}
    unknown = [i for i in ids if i not in known_ids]
    if unknown:
        raise SelectionError(f"unknown watch id(s): {', '.join(unknown)}; see `vigie watches`")
    known_platforms = {w.platform.casefold(): w.platform for w in watches}
    missing = [p for p in platforms if p.casefold() not in known_platforms]
    if missing:
        raise SelectionError(f"no watch of platform(s) {', '.join(missing)}; the platforms are "
                             f"{', '.join(sorted(known_platforms.values(), key=str.casefold))}")
    wanted_platforms = {p.casefold() for p in platforms}
    chosen = [w for w in watches
              if (not ids or w.id in ids) and (not platforms or w.platform.casefold() in wanted_platforms)]
    if not chosen:
        raise SelectionError("no watch is both of the --platform and among the --watch ids given")
    return chosen


def observe(watch: Watch, fetch: Fetch, render: str) -> Observation:
    """Read one fetch as the watch's check would (same verdict), and what the probe reports of it."""
    if fetch.skipped:
        return Observation(render, "skipped", fetch.skipped)
    where = {"render": render, "status": fetch.status,
             "final_url": masked(fetch.final_url) if fetch.final_url else None}
    failure = judge_response(fetch)
    if failure:
        return Observation(verdict=failure.outcome, reason=masked_text(failure.reason), **where)
    verdict = read_page(watch, fetch, previous_chars=None).verdict
    # The verdict names the first thing wrong; a maintainer wants every fact.
    extraction = extract(fetch.body, url=fetch.final_url or fetch.url, encoding=fetch.encoding,
                         select=watch.select, remove=watch.remove)
    folded = extraction.text.casefold()
    return Observation(
        verdict=verdict.outcome, reason=verdict.reason and masked_text(verdict.reason),
        selector_matched=extraction.matched, chars=len(extraction.text),
        language=detect(extraction.text) if extraction.text else None,
        expect=tuple((phrase, phrase.casefold() in folded) for phrase in watch.expect),
        reject=tuple((phrase, phrase.casefold() in folded) for phrase in watch.reject), **where)


def other_render(watch: Watch, reading: Observation) -> str | None:
    """The render mode to fetch the page in once more, or None: the browser for an http
    watch whose page answered without text (scripts may write it); plain HTTP for a browser
    watch that was read or could not be rendered (would HTTP do?)."""
    if watch.render == "http":
        return "browser" if not reading.ok and reading.textless else None
    return "http" if reading.ok or reading.verdict == "skipped" else None


def assess(watch: Watch, reading: Observation, other: Observation | None = None) -> ProbeReport:
    """The report on one watch from its reading in its own render mode and, maybe, in the other."""
    readable = {o.render for o in (reading, other) if o is not None and o.ok}
    render_needed = next((mode for mode in RENDERS if mode in readable), None)
    broken = reading.verdict in FAILED
    problem = reading.reason if broken else None
    notes: list[str] = []
    if broken and render_needed == "browser":
        problem = (f"needs render = browser: over HTTP, {reading.reason}; in the browser the page reads "
                   f"({other.chars} characters); set render = \"browser\"")
    elif other is not None and other.render == "browser" and not other.ok:
        notes.append(f"could not try the browser: {other.reason}" if other.verdict == "skipped"
                     else f"in the browser too: {other.reason}")
    if watch.render == "browser" and render_needed == "http":
        notes.append("plain HTTP would do: the page reads without scripts; render = \"http\" is lighter")
    elif reading.verdict == "skipped" and other is not None:
        notes.append(f"over plain HTTP: {other.reason or other.verdict}")
    if reading.final_url and _moved(masked(watch.url), reading.final_url):
        if reading.ok:
            notes.append(f"redirected to {reading.final_url}: if the move is permanent, set url to it")
        elif reading.final_url not in (reading.reason or ""):
            notes.append(f"redirected to {reading.final_url}")
    return ProbeReport(watch, reading, other, render_needed, broken, problem, tuple(notes))


def _moved(url: str, final_url: str) -> bool:
    """Did redirects end elsewhere (not merely at the same URL spelt another way)?"""
    return canonicalize_url(url) != canonicalize_url(final_url)


def exit_code(reports: Sequence[ProbeReport]) -> int:
    """1 when any probed watch is broken, 0 when all are fine (or only unverified)."""
    return 1 if any(report.broken for report in reports) else 0


def summary(reports: Sequence[ProbeReport]) -> str:
    counts = {result: sum(r.result == result for r in reports) for result in ("ok", "broken", "skipped")}
    parts = [f"{counts['ok']} ok", f"{counts['broken']} broken"]
    if counts["skipped"]:
        parts.append(f"{counts['skipped']} not verified (no browser here)")
    return f"{len(reports)} watch{'es' if len(reports) != 1 else ''} probed: {', '.join(parts)}"


def lines(reports: Sequence[ProbeReport]) -> list[str]:
    """The human report: a line per watch (result, HTTP status, characters, language,
    render mode) and, indented below it, why it is broken and the notes."""
    width = max((len(r.watch.id) for r in reports), default=5)
    out = [f"{'WATCH':<{width}}  {'RESULT':<7}  HTTP  {'CHARS':>7}  LANG  RENDER"]
    for report in reports:
        reading = report.reading
        render = report.watch.render
        if report.render_needed and report.render_needed != render:
            # A change the watch needs, or one it could make.
            render += f" → {report.render_needed}" if report.broken else f" ({report.render_needed} would do)"
        chars = "-" if reading.chars is None else f"{reading.chars:,}"
        out.append(f"{report.watch.id:<{width}}  {report.result:<7}  {reading.status or '-':<4}  {chars:>7}  "
                   f"{reading.language or '-':<4}  {render}")
        reasons = [report.problem] if report.problem else [reading.reason] if reading.verdict == "skipped" else []
        out += [f"{'':<{width}}  ↳ {text}" for text in [*reasons, *report.notes]]
    out.append(summary(reports))
    return out
