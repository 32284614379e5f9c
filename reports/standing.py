"""Where each platform stands, read from the store into plain data (no markup): its answers
(`watchers.meaning.stance`) from the newest version of each of its watches, and their history
(table `stance_changes`). One reading for `vigie stance`, the site's "Where platforms stand"
page and the weekly report.

`answer()` reads every document of a platform (milliseconds each): the site keeps the answers
it computed in its manifest (`cached_stances`), keyed on the platform's watches and their
newest version numbers, and computes again only the platforms whose versions changed.

Answers depend on the day only through the dates a document announces: a date still to come
becomes the date in force once it is reached. `answer()` reports the earliest of them that can
change an answer (`effective` → `upcoming`), so answers computed on one day hold until that
date; then they are computed again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date

from reports.gather import Link, WatchInfo, link
from reports.sitemanifest import key
from reports.words import Note
from watchers.meaning.passages import as_read
from watchers.meaning.stance import QUESTIONS, UNANSWERED, Answer, Evidence, answer
from watchers.meaning.stance.history import documents
from watchers.meaning.summary import shown
from watchers.store.db import Store


@dataclass(frozen=True)
class AnswerChange:
    """One row of a platform's history: an answer a new version changed."""

    question: str
    before: str  # the answers as people read them (`stance.history.shown`)
    after: str
    at: str  # the version's capture time, ISO 8601 UTC
    watch: str
    version: int
    change_id: int | None  # the change whose alert says so


@dataclass(frozen=True)
class PlatformStance:
    platform: str
    answers: dict[str, Answer]  # by question, in QUESTIONS' order
    history: tuple[AnswerChange, ...]  # oldest first


# -- reading -----------------------------------------------------------------------------


def platform_answers(store: Store, platform: str, today: date) -> dict[str, Answer]:
    """The platform's answers now: from the newest version of each of its active watches."""
    return answer(documents(store.platform_versions(platform)), today)


def histories(store: Store, start: str | None = None, end: str | None = None) -> dict[str, tuple[AnswerChange, ...]]:
    """Every platform's answers as they changed (only those of versions captured in
    [start, end] when given: ISO 8601 UTC, as the store writes times), oldest first, in one query."""
    found: dict[str, list[AnswerChange]] = {}
    for platform, *row in store.stance_changes(start, end):
        found.setdefault(platform, []).append(AnswerChange(*row))
    return {platform: tuple(rows) for platform, rows in found.items()}


def platform_stances(store: Store, today: date, wanted: str | None = None) -> list[PlatformStance]:
    """Every platform with a recorded version (or the one named, whatever its case), with its
    answers computed now and its history."""
    platforms = store.platforms()
    if wanted is not None:
        platforms = [p for p in platforms if p.casefold() == wanted.casefold()]
    history = histories(store)
    return [PlatformStance(p, platform_answers(store, p, today), history.get(p, ())) for p in platforms]


# -- as JSON (`vigie stance --json`, the site's manifest) -------------------------------------


def answer_json(found: Answer) -> dict:
    return {"value": list(found.value) if isinstance(found.value, tuple) else found.value,
            "details": found.details, "confidence": found.confidence,
            "evidence": asdict(found.evidence) if found.evidence else None}


def answer_from_json(data: dict) -> Answer:
    value = data["value"]
    evidence = data["evidence"]
    return Answer(tuple(value) if isinstance(value, list) else value, dict(data["details"]),
                  Evidence(str(evidence["watch"]), int(evidence["version"]), str(evidence["text"]))
                  if evidence else None, str(data["confidence"]))


def stance_json(stance: PlatformStance) -> dict:
    """The shape of `vigie stance --json`: {platform, answers: {QUESTION: {value, details,
    confidence, evidence: {watch, version, text}}}, history: [{question, from, to, at, watch,
    version}]}."""
    return {"platform": stance.platform,
            "answers": {question: answer_json(found) for question, found in stance.answers.items()},
            "history": [{"question": h.question, "from": h.before, "to": h.after, "at": h.at,
                         "watch": h.watch, "version": h.version} for h in stance.history]}


# -- kept between builds of the site ---------------------------------------------------------


def newest_versions(store: Store) -> dict[str, tuple[tuple[str, str, str, int], ...]]:
    """Per platform with a recorded version: (watch, kind, locale, newest version number) of each
    of its active watches with a version — everything its answers are computed from but the
    texts, which a version number names for good. One query, without texts."""
    found: dict[str, list[tuple[str, str, str, int]]] = {}
    for platform, watch, kind, locale, active, number in store.db.execute(
            """SELECT w.platform, w.id, w.kind, w.locale, w.active,
                      (SELECT MAX(number) FROM versions v WHERE v.watch_id = w.id) AS newest
               FROM watches w WHERE newest IS NOT NULL ORDER BY w.id"""):
        mine = found.setdefault(platform, [])
        if active:
            mine.append((watch, kind, locale, number))
    return {platform: tuple(rows) for platform, rows in found.items()}


def valid_until(answers: dict[str, Answer]) -> str:
    """The day from which these answers may differ (an announced date is reached), or "" for never."""
    effective = answers.get("effective")
    return str(effective.details.get("upcoming") or "") if effective else ""


@dataclass(frozen=True)
class Standing:
    stances: tuple[PlatformStance, ...]  # every platform with a recorded version, by name
    cache: dict[str, dict]  # platform -> {"key", "until", "answers"}: to keep for the next build
    computed: tuple[str, ...]  # the platforms whose answers were computed this time


def cached_stances(store: Store, today: date, cache: dict[str, dict], salt: str) -> Standing:
    """Every platform's stance, its answers taken from `cache` (as a previous call returned it)
    when its key is unchanged and they still hold today; computed otherwise.

    The key is over `salt` (the site's fingerprint: the code and rules that compute answers)
    and the platform's watches with their kinds, locales and newest version numbers. Answers
    are always returned as read back from their JSON, so that cached and computed answers render
    alike."""
    history = histories(store)
    stances, kept, computed = [], {}, []
    heads = newest_versions(store)
    for platform in sorted(heads, key=lambda p: (p.casefold(), p)):
        row_key = key(salt, platform, heads[platform])
        answers = _kept(cache.get(platform), row_key, today)
        if answers is None:
            fresh = platform_answers(store, platform, today)
            # Through JSON, as the next build will read them back.
            cache_entry = {"key": row_key, "until": valid_until(fresh),
                           "answers": json.loads(json.dumps({q: answer_json(a) for q, a in fresh.items()}))}
            answers = _kept(cache_entry, row_key, today) or fresh
            computed.append(platform)
        else:
            cache_entry = cache[platform]
        kept[platform] = cache_entry
        stances.append(PlatformStance(platform, answers, history.get(platform, ())))
    return Standing(tuple(stances), kept, tuple(computed))


def _kept(entry: object, row_key: str, today: date) -> dict[str, Answer] | None:
    """The answers of a cache entry, if it is for this key and they still hold today."""
    if not (isinstance(entry, dict) and entry.get("key") == row_key and _holds(entry.get("until"), today)):
        return None
    try:
        return {q: answer_from_json(entry["answers"][q]) for q in QUESTIONS}
    except (KeyError, TypeError, ValueError, AttributeError):  # a manifest edited by hand: computed again
        return None


def _holds(until: object, today: date) -> bool:
    return until == "" or (isinstance(until, str) and today.isoformat() < until)


# -- for people: what each answer says, without markup ----------------------------------------
# Values and notes as stored, in English names: templates write them in the reader's words
# (the `label`, `answer` and `note` filters of reports/templating.py).


@dataclass(frozen=True)
class AnswerView:
    question: str
    value: str  # as people read it (`shown`)
    notes: tuple[Note, ...]  # which data, by default, linked accounts, not in effect yet, the retention period…
    links: tuple[Link, ...]  # ways to refuse (safe links only are linked)
    upcoming: str  # an announced date still to come: the deadline to act ("" when none)
    confidence: str
    evidence: Evidence | None
    document: str  # the title of the evidence's watch (its id when unknown), "" without evidence
    quote: str  # the evidence as people read it (a table row's cells without its pipes)


def view(question: str, found: Answer, titles: dict[str, str] | None = None) -> AnswerView:
    details = found.details
    notes: list[Note] = []
    links: list[Link] = []
    upcoming = ""
    if question == "ai-training":
        if details.get("data"):
            notes.append(Note("data", ", ".join(map(str, details["data"]))))
        if details.get("default") not in (None, ""):
            notes.append(Note("default", str(details["default"])))
    elif question == "ai-opt-out":
        links = [link(str(url), str(url)) for url in details.get("links", [])]
        links += [link(str(address), f"mailto:{address}") for address in details.get("others", [])]
        if details.get("linked-accounts") not in (None, ""):
            notes.append(Note("linked-accounts", str(details["linked-accounts"])))
    elif question == "effective":
        upcoming = str(details.get("upcoming") or "")
        if upcoming and shown(found.value) == upcoming:  # every date it gives is still to come
            notes.append(Note("not-in-effect"))
    elif question == "retention" and details.get("detail"):
        notes.append(Note("detail", str(details["detail"])))  # the policy's words
    else:
        notes += [Note(name, shown(tuple(v)) if isinstance(v, list) else str(v))
                  for name, v in details.items() if v not in ("", [], None)]
    proof = found.evidence
    if proof and (not found.value or found.value in UNANSWERED):
        notes.append(Note("unread"))  # a sentence to read, not a proof (stance/doubt.py)
    document = (titles or {}).get(proof.watch, proof.watch) if proof else ""
    return AnswerView(question, shown(found.value), tuple(notes), tuple(links), upcoming, found.confidence,
                      proof, document, as_read(proof.text) if proof else "")


def views(answers: dict[str, Answer], titles: dict[str, str] | None = None) -> tuple[AnswerView, ...]:
    """The answers as people read them, in the questions' order; `titles`: watch id -> title."""
    return tuple(view(question, answers[question], titles) for question in QUESTIONS if question in answers)


def opt_out_links(watches: Iterable[WatchInfo], answers: dict[str, Answer]) -> tuple[Link, ...]:
    """Where to act: the opt-out links of the platform's active watches (the pages' own, then
    the watchlist's), then the links its answer on refusing names; each URL once."""
    found: dict[str, Link] = {}
    for watch in watches:
        for option in watch.opt_outs if watch.active else ():
            found.setdefault(option.url, option)
    for option in view("ai-opt-out", answers["ai-opt-out"]).links if "ai-opt-out" in answers else ():
        found.setdefault(option.url, option)
    return tuple(found.values())
