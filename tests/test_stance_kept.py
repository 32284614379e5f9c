"""A platform's answers kept in the store (watchers/store/answers.py): computed once for the
platform's newest versions, read back by whoever comes next, computed again when another
version comes, when an announced date is reached or when the rules change; and a change
takes its "before" answers from them, with the same alert as when computed afresh."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date

import pytest

from test_kill import read_only
from test_store import watch_toml
from watchers.catalogue.watchlist import parse_watchlist
from watchers.meaning.stance import kept as kept_rules
from watchers.record import record_change
from watchers.store import answers
from watchers.store.db import Store

DAY = date(2026, 12, 1)
POLICY = "# Privacy Policy\n\nWe use your public posts to train our AI models, based on our legitimate interests.\n"
SILENT = "# AI at Pixelle\n\nOur assistant helps you write captions.\n"
REFUSING = ("# AI at Pixelle\n\nYou can object to the use of your posts for AI training in "
            "Settings > Privacy > AI training.\n")
ANNOUNCING = POLICY + "\nFrom 27 May 2099, we will also use your private messages to train our AI models.\n"


@pytest.fixture
def store(tmp_path):
    watches, _, _, _ = parse_watchlist(watch_toml([
        {"id": "p/policy", "platform": "Pixelle", "url": "http://127.0.0.1:9/policy", "allow_private": True},
        {"id": "p/ai", "platform": "Pixelle", "kind": "ai-notice", "url": "http://127.0.0.1:9/ai",
         "allow_private": True}]), "test")
    with closing(Store(tmp_path / "v.db")) as opened:
        opened.sync_watches(watches)
        opened.watches = {w.id: w for w in watches}
        yield opened


def add(store: Store, watch: str, text: str, at: str = "2026-11-30T06:00:00Z") -> int:
    check = store.add_check({"watch_id": watch, "outcome": "changed", "started_at": at})
    return store.add_version(watch, text, None, check, at)


@contextmanager
def answering(monkeypatch) -> Iterator[list]:
    """Each computation of a platform's answers meanwhile."""
    calls: list = []
    real = answers.answer
    monkeypatch.setattr(answers, "answer", lambda *args: calls.append(args) or real(*args))
    try:
        yield calls
    finally:
        monkeypatch.undo()


def test_answers_are_computed_once_and_again_only_when_a_version_comes(store, monkeypatch):
    add(store, "p/policy", POLICY)
    add(store, "p/ai", SILENT)
    first, computed = answers.platform_answers(store, "Pixelle", DAY)
    assert computed and first["ai-training"].value == "yes" and first["ai-opt-out"].value == "unclear"
    with answering(monkeypatch) as calls:
        assert answers.platform_answers(store, "Pixelle", DAY) == (first, False)
    assert calls == []

    add(store, "p/ai", REFUSING)
    now, computed = answers.platform_answers(store, "Pixelle", DAY)
    assert computed and now["ai-opt-out"].value == "setting"
    # A watch that leaves the watchlist takes its document out of the answers: computed again.
    store.sync_watches([store.watches["p/policy"]])
    alone, computed = answers.platform_answers(store, "Pixelle", DAY)
    assert computed and alone["ai-opt-out"].value == "unclear"


def test_answers_hold_from_the_day_they_were_computed_until_the_date_they_announce(store, monkeypatch):
    add(store, "p/policy", ANNOUNCING)
    found, _ = answers.platform_answers(store, "Pixelle", DAY)
    row = store.kept_answers("Pixelle")
    assert (row["since"], row["until"]) == ("2026-12-01", "2099-05-27")
    assert found["effective"].details["upcoming"] == "2099-05-27"
    assert answers.platform_answers(store, "Pixelle", date(2099, 5, 26))[1] is False
    assert answers.platform_answers(store, "Pixelle", date(2099, 5, 27))[1] is True
    assert answers.platform_answers(store, "Pixelle", date(2026, 11, 30))[1] is True  # before they were computed
    monkeypatch.setattr(kept_rules, "rules_fingerprint", lambda: "the next release of the rules")
    assert answers.platform_answers(store, "Pixelle", date(2026, 11, 30))[1] is True


def test_kept_answers_that_cannot_be_read_are_computed_again(store):
    add(store, "p/policy", POLICY)
    found, _ = answers.platform_answers(store, "Pixelle", DAY)
    row = store.kept_answers("Pixelle")
    store.keep_answers("Pixelle", row["key"], row["since"], row["until"], '{"ai-training": "yes"}')
    assert answers.platform_answers(store, "Pixelle", DAY) == (found, True)


def test_a_change_takes_its_before_answers_from_the_store_and_alerts_as_if_computed_afresh(store, monkeypatch):
    add(store, "p/policy", POLICY)
    add(store, "p/ai", SILENT)
    add(store, "p/ai", REFUSING)

    def change(kept: bool) -> dict:
        if kept:  # the answers as the last change (or reader) left them: before this version came
            answers.computed(store, "Pixelle", [row if row["watch"] != "p/ai" else
                                                {**row, "number": 1, "text": SILENT, "opt_out_links": None}
                                                for row in store.platform_versions("Pixelle")], DAY)
        else:
            with store.db.atomic():
                store.db.execute("DELETE FROM stance_answers")
        with answering(monkeypatch) as calls, store.db.atomic():
            row = record_change(store, store.watches["p/ai"], store.version("p/ai", 1), REFUSING,
                                "2026-12-01T08:00:00Z")
            store.db.execute("DELETE FROM stance_changes WHERE change_id = ?", [row["id"]])  # recorded again below
            store.db.execute("DELETE FROM changes WHERE id = ?", [row["id"]])
        assert len(calls) == (1 if kept else 2)  # after only, when before is kept
        return {name: value for name, value in row.items() if name != "id"}

    afresh, from_store = change(kept=False), change(kept=True)
    assert from_store == afresh
    assert json.loads(afresh["facts"])["stance"] == [{"question": "ai-opt-out", "from": "unclear", "to": "setting"}]
    # The change kept the new answers for the next reader.
    assert answers.platform_answers(store, "Pixelle", DAY)[1] is False


def test_a_noise_change_keeps_the_answers_of_the_new_versions_without_comparing_them(store, monkeypatch):
    add(store, "p/policy", POLICY)
    add(store, "p/ai", REFUSING)
    bold = POLICY.replace("public posts", "**public posts**")
    add(store, "p/policy", bold)
    with answering(monkeypatch) as calls, store.db.atomic():
        row = record_change(store, store.watches["p/policy"], store.version("p/policy", 1), bold,
                            "2026-12-01T08:00:00Z")
    assert row["severity"] == "noise" and "stance" not in json.loads(row["facts"])
    assert len(calls) == 1  # the new versions' answers only: nothing to compare
    found, computed = answers.platform_answers(store, "Pixelle", DAY)
    assert not computed and found["ai-training"].evidence.version == 2  # the bold version's sentence


def test_a_reader_still_answers_when_the_database_will_not_take_its_answers(store):
    add(store, "p/policy", POLICY)
    crawl = sqlite3.connect(store.path)
    crawl.execute("BEGIN IMMEDIATE")  # a crawl's transaction, held past the reader's patience
    store.db.execute("PRAGMA busy_timeout=100")
    try:
        found, computed = answers.platform_answers(store, "Pixelle", DAY)
    finally:
        crawl.rollback()
        crawl.close()
    assert computed and found["ai-training"].value == "yes" and store.kept_answers("Pixelle") is None
    assert answers.platform_answers(store, "Pixelle", DAY) == (found, True)  # and now kept
    assert answers.platform_answers(store, "Pixelle", DAY) == (found, False)


def test_vigie_stance_reads_a_read_only_database(store):
    add(store, "p/policy", POLICY)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with read_only(store.path):
        shown = subprocess.run([sys.executable, "-m", "vigie", "--db", str(store.path), "stance", "--json"],
                               capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    (pixelle,) = json.loads(shown.stdout)
    assert pixelle["answers"]["ai-training"]["value"] == "yes" and store.kept_answers("Pixelle") is None
