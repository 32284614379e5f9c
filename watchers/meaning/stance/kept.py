"""A platform's answers as they are kept between computations (pure but for reading Vigie's
own rule files): as JSON, under a key naming everything they were computed from, with the
days they hold.

Computing a platform's answers reads every document of the platform (a Facebook policy takes
half a second). Those documents are the newest version of each of its watches, and a version
number names its text for good: the key is over the watches with their kinds, locales and
newest version numbers, and over the rules (`rules_fingerprint`, so that a new release of the
rules computes them again).

Answers depend on the day only through the dates a document announces: a date still to come
becomes the date in force once it is reached. `answer()` reports the earliest of them that can
change an answer (`effective` → `upcoming`), so answers computed on one day hold from that day
until that date (`holds`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from functools import cache
from pathlib import Path

from watchers.meaning.stance import QUESTIONS, Answer, Evidence

Head = tuple[str, str, str, int]  # watch id, kind, locale, newest version number


def key(platform: str, heads: Iterable[Head]) -> str:
    """The key of answers computed from these documents by these rules."""
    return hashlib.sha256(repr((rules_fingerprint(), platform, tuple(heads))).encode("utf-8")).hexdigest()[:32]


@cache
def rules_fingerprint() -> str:
    """Of every file the answers are computed with: the meaning package (rules and lexicons)
    and the page package (which language a page is read in)."""
    digest = hashlib.sha256()
    for package in ("meaning", "page"):
        folder = Path(__file__).parents[2] / package
        for path in sorted(p for p in folder.rglob("*") if p.suffix in (".py", ".toml")):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def valid_until(answers: dict[str, Answer]) -> str:
    """The day from which these answers may differ (an announced date is reached), or "" for never."""
    effective = answers.get("effective")
    return str(effective.details.get("upcoming") or "") if effective else ""


def holds(since: str, until: str, today: date) -> bool:
    """Do answers computed on `since`, which may differ from `until`, hold on `today`? Before
    `since` a date they take as reached may still have been to come."""
    day = today.isoformat()
    return since <= day and (until == "" or day < until)


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


def dumps(answers: dict[str, Answer]) -> str:
    return json.dumps({question: answer_json(found) for question, found in answers.items()}, ensure_ascii=False)


def loads(text: str) -> dict[str, Answer] | None:
    """The answers `dumps` wrote, or None if `text` is not that (then they are computed again)."""
    try:
        data = json.loads(text)
        return {question: answer_from_json(data[question]) for question in QUESTIONS}
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
