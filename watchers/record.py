"""From watch to check: what to ask for, and what to record from the answer.

`plan` decides which watches are due and which validators to send; `record`
turns one `Fetch` into one row of `checks` and, when the normalised text
changed, one new row of `versions`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from watchers.catalogue.watchlist import Watch
from watchers.delivery.channels import Channel
from watchers.meaning.classify import FLAGS, Excerpt, classify
from watchers.meaning.links import page_opt_out_links
from watchers.meaning.passages import as_read
from watchers.meaning.stance import Answer
from watchers.meaning.stance.history import Shift, shifts
from watchers.meaning.summary import shown, summarise
from watchers.page.fetch import Fetch
from watchers.page.targets import masked, masked_text
from watchers.page.verdict import Verdict, judge_page, judge_response
from watchers.store.answers import computed, heads, kept
from watchers.store.db import Store, Version, VersionHead, sha256

# Validators alone are trusted for at most this long: servers that keep an ETag
# while changing the page exist, so a full fetch happens at least this often.
FULL_FETCH_EVERY = timedelta(days=7)
# Bumped whenever extraction changes its output, so that stored raw pages are
# re-read instead of trusted through the same-bytes shortcut below.
EXTRACTOR_VERSION = 1
JITTER = 0.1
# Outcomes that carry a full page read as the policy (304s carry no page).
READ_OUTCOMES = ("new", "changed", "unchanged")


@dataclass(frozen=True)
class FetchPlan:
    watch: Watch
    headers: dict[str, str]
    conditional: bool


def rules_fingerprint(watch: Watch) -> str:
    """Everything that decides how a page becomes text (and whether it is accepted)."""
    rules = [EXTRACTOR_VERSION, watch.select, watch.remove, watch.expect, watch.reject]
    return sha256(json.dumps(rules))


def jitter(watch: Watch) -> timedelta:
    """A fixed share, up to a tenth, of the watch's interval, taken off it: watches
    checked together drift apart, so one host is not hit by all of them at once."""
    share = int(sha256(watch.id)[:8], 16) / 0xFFFFFFFF
    return watch.every * JITTER * share


def next_due(store: Store, watch: Watch) -> datetime | None:
    """When the watch is next due; None if it was never checked (due now)."""
    last = store.last_check(watch.id)
    return None if last is None else datetime.fromisoformat(last["started_at"]) + watch.every - jitter(watch)


def is_due(store: Store, watch: Watch, now: datetime) -> bool:
    due = next_due(store, watch)
    return due is None or due <= now


def unconditional(watch: Watch) -> FetchPlan:
    """A first visit: the watch's language and no validators (what a probe asks with)."""
    return FetchPlan(watch, {"Accept-Language": watch.accept_language}, conditional=False)


def plan(store: Store, watch: Watch, now: datetime,
         full_fetch_every: timedelta = FULL_FETCH_EVERY) -> FetchPlan:
    headers = dict(unconditional(watch).headers)
    good = store.last_check(watch.id, outcomes=READ_OUTCOMES + ("not-modified",))
    full = store.last_full_fetch(watch.id)
    fresh = full is not None and datetime.fromisoformat(full["started_at"]) + full_fetch_every > now
    # A rendered page's text comes from its scripts too, which the HTML's
    # validators do not cover: browser watches are always fetched in full.
    if good and fresh and watch.render == "http" and good["rules_sha256"] == rules_fingerprint(watch):
        # Echo the server's own validators, never our clock: servers compare
        # If-Modified-Since textually or against their own notion of time.
        if good["etag"]:
            headers["If-None-Match"] = good["etag"]
        if good["last_modified"]:
            headers["If-Modified-Since"] = good["last_modified"]
    return FetchPlan(watch, headers, conditional=len(headers) > 1)


@dataclass(frozen=True)
class Reading:
    """A page read as a policy: the verdict and, for a good page, the opt-out links its text carries."""

    verdict: Verdict
    opt_out_links: list[tuple[str, str]] | None = None


def read_page(watch: Watch, fetch: Fetch, previous_chars: int | None) -> Reading:
    """Pure and the costly part of a check: the crawler runs it in worker processes."""
    verdict = judge_page(watch, fetch, previous_chars)
    return Reading(verdict, page_opt_out_links(verdict.text, watch.locale) if verdict.ok else None)


def needs_reading(store: Store, watch: Watch, fetch: Fetch) -> tuple[bool, int | None]:
    """Must this fetch's page be read (`read_page`) to be recorded, and how long was the
    previous version? Not for a skip, a 304, an HTTP failure, or the same bytes read by
    the same rules as last time. The crawler reads pages in worker processes
    (crawler/pipelines.py) and hands `record` the reading."""
    if fetch.skipped or _not_modified(store, watch, fetch) or judge_response(fetch):
        return False, None
    latest = store.latest_head(watch.id)
    return not _same_page(store, watch, fetch, latest), latest and latest.chars


def record(store: Store, watch: Watch, fetch: Fetch, channels: tuple[Channel, ...] = (),
           reading: Reading | None = None) -> dict:
    """Record one fetch as one check (and maybe one version); returns the check row.
    `reading`: the page already read by `read_page`, when `needs_reading` said it must be."""
    rules = rules_fingerprint(watch)
    row = {
        "watch_id": watch.id, "started_at": fetch.started_at, "finished_at": fetch.finished_at,
        # What is stored is read by reports, exports and people: no password in it.
        "url": masked(fetch.url), "final_url": fetch.final_url and masked(fetch.final_url),
        "http_status": fetch.status,
        "conditional": int(fetch.conditional), "etag": fetch.etag,
        "last_modified": fetch.last_modified, "bytes": len(fetch.body),
        "rules_sha256": rules, "duration_ms": fetch.duration_ms,
        "raw_sha256": None, "version_number": None, "reason": None,
    }
    if fetch.skipped:
        # Not a failure: nothing was asked of the site. Never alerted, never in a failure streak.
        return _write(store, row, "skipped", fetch.skipped)
    previous_good = _not_modified(store, watch, fetch)
    if previous_good:
        # A 304 may omit validators; keep the ones that earned it.
        row["etag"] = fetch.etag or previous_good["etag"]
        row["last_modified"] = fetch.last_modified or previous_good["last_modified"]
        return _write(store, row, "not-modified")
    failure = judge_response(fetch)
    if failure:
        return _write(store, row, failure.outcome, failure.reason)

    latest = store.latest_head(watch.id)
    if _same_page(store, watch, fetch, latest):
        # Same bytes read by the same rules: same text. Skipping extraction is
        # what makes a re-check of unchanged pages cheap.
        verdict_text = None
    else:
        reading = reading or read_page(watch, fetch, latest.chars if latest else None)
        verdict = reading.verdict
        if not verdict.ok:
            with store.db.atomic():
                row["raw_sha256"] = store.put_raw(watch.id, fetch.body, fetch.content_type)
                return _write(store, row, verdict.outcome, verdict.reason)
        verdict_text = verdict.text

    with store.db.atomic():
        row["raw_sha256"] = store.put_raw(watch.id, fetch.body, fetch.content_type)
        if verdict_text is None or (latest and sha256(verdict_text) == latest.sha256):
            row["version_number"] = latest.number
            return _write(store, row, "unchanged")
        row["outcome"] = "changed" if latest else "new"
        check_id = store.add_check(row)
        row["id"] = check_id
        row["version_number"] = store.add_version(watch.id, verdict_text, row["raw_sha256"],
                                                  check_id, fetch.finished_at, reading.opt_out_links)
        store.set_check_version(check_id, row["version_number"])
        if latest:
            # In the same transaction as the version: a version never lacks its change.
            record_change(store, watch, store.version(watch.id, latest.number), verdict_text,
                          fetch.finished_at, channels)
        return row


def record_change(store: Store, watch: Watch, previous: Version, text: str, detected_at: str,
                  channels: tuple[Channel, ...] = ()) -> dict:
    """Classify previous -> text (the watch's newest version) and store the change,
    with a pending delivery for each immediate channel that wants it (the outbox:
    a change is never recorded without its alerts, nor an alert without its change)."""
    hashes = store.version_hashes(watch.id)
    earlier = [(number, sha) for number, sha in sorted(hashes.items()) if number < previous.number]
    today = date.fromisoformat(detected_at[:10])
    result = classify(previous.text, text, language=watch.locale, kind=watch.kind,
                      history=earlier, opt_out_urls=tuple(o.url for o in watch.opt_out), today=today)
    number = max(hashes)
    # Noise (formatting, a flip-flop back to a text seen before) moves nothing a reader must know.
    moved = stance_shifts(store, watch, previous, today, compare=result.severity != "noise")
    flags, severity, facts, excerpts = result.flags, result.severity, result.facts, list(result.excerpts)
    if any(shift.alerting for shift in moved) and "revert" not in flags:
        # A return to an earlier text that matters says so itself, at the severity of what it toggles.
        flags = tuple(f for f in FLAGS if f in flags or f == "stance")
        severity = "high"
        alerting = [s for s in moved if s.alerting]
        facts = {**facts, "stance": [{"question": s.question, "from": shown(s.before.value),
                                      "to": shown(s.after.value)} for s in alerting]}
        # First: an alert shows its first excerpts, and the answers' proofs are what the reader needs.
        excerpts = [Excerpt("stance", _proof(s.before), _proof(s.after)) for s in alerting] + excerpts
    dates = [asdict(d) for d in result.dates]
    row = {"watch_id": watch.id, "from_version": previous.number, "to_version": number,
           "detected_at": detected_at, "severity": severity, "flags": json.dumps(flags),
           "summary": summarise(flags, dates, facts, platform=watch.platform),
           "excerpts": json.dumps([asdict(e) for e in excerpts], ensure_ascii=False),
           "dates": json.dumps(dates), "facts": json.dumps(facts, ensure_ascii=False)}
    row["id"] = store.add_change(row)
    for shift in moved:
        store.add_stance_change({"platform": watch.platform, "question": shift.question,
                                 "from_value": shown(shift.before.value), "to_value": shown(shift.after.value),
                                 "watch_id": watch.id, "version_number": number, "at": detected_at,
                                 "change_id": row["id"]})
    wanted = {**row, "flags": flags}
    for channel in channels:
        if channel.mode == "immediate" and channel.wants(wanted, watch):
            store.add_delivery(row["id"], channel.name, detected_at)
    return row


def stance_shifts(store: Store, watch: Watch, previous: Version, today: date, compare: bool = True) -> list[Shift]:
    """The platform's answers that the watch's newest version changed: the answers from the
    newest version of each of the platform's watches, against the same with `previous`. The
    new answers are kept (`watchers.store.answers`), even when not compared (noise), so that
    readers find them."""
    rows = store.platform_versions(watch.platform)
    if not any(row["watch"] == watch.id for row in rows):  # a watch no longer in the watchlist
        return []
    if not compare:
        computed(store, watch.platform, rows, today)
        return []
    links = store.version_opt_out_links(watch.id, previous.number)
    before = [{**row, "number": previous.number, "captured_at": previous.captured_at, "text": previous.text,
               "opt_out_links": json.dumps(links or [])} if row["watch"] == watch.id else row for row in rows]
    # As the last change (or reader) kept them, unless another watch's version came since.
    was = kept(store, watch.platform, heads(before), today) \
        or computed(store, watch.platform, before, today, keep=False)
    return shifts(was, computed(store, watch.platform, rows, today))


def _proof(answer: Answer) -> str:
    """The sentence that proves an answer, as an alert's excerpt (the answer itself is in the
    summary, which `facts` lets every reader's language write)."""
    return as_read(answer.evidence.text) if answer.evidence else ""


def _not_modified(store: Store, watch: Watch, fetch: Fetch) -> dict | None:
    """The check whose validators earned this 304, if it is one."""
    if fetch.status != 304 or not fetch.conditional:
        return None
    return store.last_check(watch.id, outcomes=READ_OUTCOMES + ("not-modified",))


def _same_page(store: Store, watch: Watch, fetch: Fetch, latest: VersionHead | None) -> bool:
    last_read = store.last_check(watch.id, outcomes=READ_OUTCOMES)
    return bool(last_read and latest and last_read["raw_sha256"] == sha256(fetch.body)
                and last_read["rules_sha256"] == rules_fingerprint(watch))


def _write(store: Store, row: dict, outcome: str, reason: str | None = None) -> dict:
    row.update(outcome=outcome, reason=reason and masked_text(reason))
    row["id"] = store.add_check(row)
    return row
