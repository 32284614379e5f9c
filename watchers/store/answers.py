"""Where each platform stands now: its answers (`watchers.meaning.stance`) from the newest
version of each of its active watches, kept in the store (table `stance_answers`) when they
are computed, under a key naming everything they were computed from (`stance.kept`).

A change records them (in its own transaction), and the weekly report, `vigie stance` and the
site take them from there; a reader that finds them missing, out of date or past an announced
date computes them and keeps them for the next when the database takes writes (`answered`).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from watchers.meaning.stance import Answer, answer
from watchers.meaning.stance.history import documents
from watchers.meaning.stance.kept import Head, dumps, holds, key, loads, valid_until
from watchers.store.db import Store


def platform_answers(store: Store, platform: str, today: date) -> tuple[dict[str, Answer], bool]:
    """The platform's answers on `today`, and whether they were computed (not kept)."""
    found = kept(store, platform, store.platform_heads(platform).get(platform, []), today)
    if found is not None:
        return found, False
    return answered(store, platform, store.platform_versions(platform), today), True


def kept(store: Store, platform: str, heads: list[Head], today: date) -> dict[str, Answer] | None:
    """The answers kept for these documents, if they hold on `today`."""
    row = store.kept_answers(platform)
    if row and row["key"] == key(platform, heads) and holds(row["since"], row["until"], today):
        return loads(row["answers"])
    return None


def computed(store: Store, platform: str, rows: list[dict], today: date, keep: bool = True) -> dict[str, Answer]:
    """The answers of these documents (`Store.platform_versions` rows), kept for the next reader
    unless told not to (documents that are no longer the newest). Always as read back from
    their JSON: kept and computed answers then compare and render alike."""
    found = answer(documents(rows), today)
    text = dumps(found)
    if keep:
        store.keep_answers(platform, key(platform, heads(rows)), today.isoformat(), valid_until(found), text)
    answers = loads(text)
    assert answers is not None  # dumps wrote it a moment ago
    return answers


def heads(rows: list[dict]) -> list[Head]:
    return [(row["watch"], row["kind"], row["locale"], row["number"]) for row in rows]


def answered(store: Store, platform: str, rows: list[dict], today: date) -> dict[str, Answer]:
    """A reader's `computed`: kept if the database takes writes now. A read-only copy of an
    archive still answers, and so does a store a crawl holds past its busy timeout."""
    found = computed(store, platform, rows, today, keep=False)
    try:
        store.keep_answers(platform, key(platform, heads(rows)), today.isoformat(), valid_until(found), dumps(found))
    except sqlite3.OperationalError:
        pass  # computed again by the next reader
    return found
