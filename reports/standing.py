"""Where each platform stands, read from the store into plain data (no markup): its answers
(`watchers.meaning.stance`) from the newest version of each of its watches, and their history
(table `stance_changes`). One reading for `vigie stance`, the site's "Where platforms stand"
page and the weekly report.

`answer()` reads every document of a platform (up to half a second each): the answers are
kept in the store when computed (`watchers.store.answers`: by a change, or by the first reader
that needs them), keyed on the platform's watches and their newest version numbers, and hold
until a date they announce comes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reports.gather import Link, WatchInfo, link
from reports.words import Note
from watchers.meaning.passages import as_read
from watchers.meaning.stance import QUESTIONS, UNANSWERED, Answer, Evidence
from watchers.meaning.stance.kept import answer_json
from watchers.meaning.summary import shown
from watchers.store import answers
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
    return answers.platform_answers(store, platform, today)[0]


def histories(store: Store, start: str | None = None, end: str | None = None) -> dict[str, tuple[AnswerChange, ...]]:
    """Every platform's answers as they changed (only those of versions captured in
    [start, end] when given: ISO 8601 UTC, as the store writes times), oldest first, in one query."""
    found: dict[str, list[AnswerChange]] = {}
    for platform, *row in store.stance_changes(start, end):
        found.setdefault(platform, []).append(AnswerChange(*row))
    return {platform: tuple(rows) for platform, rows in found.items()}


def platform_stances(store: Store, today: date, wanted: str | None = None) -> list[PlatformStance]:
    """Every platform with a recorded version (or the one named, whatever its case), with its
    answers now (kept or computed) and its history."""
    platforms = store.platforms()
    if wanted is not None:
        platforms = [p for p in platforms if p.casefold() == wanted.casefold()]
    history = histories(store)
    return [PlatformStance(p, platform_answers(store, p, today), history.get(p, ())) for p in platforms]


# -- as JSON (`vigie stance --json`) ---------------------------------------------------------------


def stance_json(stance: PlatformStance) -> dict:
    """The shape of `vigie stance --json`: {platform, answers: {QUESTION: {value, details,
    confidence, evidence: {watch, version, text}}}, history: [{question, from, to, at, watch,
    version}]}."""
    return {"platform": stance.platform,
            "answers": {question: answer_json(found) for question, found in stance.answers.items()},
            "history": [{"question": h.question, "from": h.before, "to": h.after, "at": h.at,
                         "watch": h.watch, "version": h.version} for h in stance.history]}


@dataclass(frozen=True)
class Standing:
    stances: tuple[PlatformStance, ...]  # every platform with a recorded version, by name
    computed: tuple[str, ...]  # the platforms whose answers were computed this time (not kept)


def standing_now(store: Store, today: date) -> Standing:
    """Every platform's stance, its answers as the store keeps them, computed (and kept) for the
    platforms whose documents changed since, or whose announced date came."""
    history = histories(store)
    stances, computed = [], []
    heads = store.platform_heads()
    for platform in sorted(heads, key=lambda p: (p.casefold(), p)):
        found = answers.kept(store, platform, heads[platform], today)
        if found is None:
            found = answers.answered(store, platform, store.platform_versions(platform), today)
            computed.append(platform)
        stances.append(PlatformStance(platform, found, history.get(platform, ())))
    return Standing(tuple(stances), tuple(computed))


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
