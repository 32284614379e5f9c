"""Real policy histories (../shared/corpus) replayed through real crawls.

Every distinct version must be recorded exactly once (a flip-flop back to an
earlier text is a new version with the earlier text's hash), and a version
served again with only its whitespace changed must record nothing. The watches
are English: TikTok's German captures of 2022 (asked for in English) must be
failed checks, "wrong language (de, expected en)", never versions.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS
from corpus_languages import language_of
import replay_corpus

pytestmark = pytest.mark.skipif(not (CORPUS / "manifest.json").is_file(),
                                reason=f"real corpus not present at {CORPUS}")


def content_key(markdown: str) -> str:
    """The text up to what Vigie deliberately ignores: whitespace, emphasis markers,
    the length of a heading's underline, and in-page anchor targets (page chrome
    that the recorder's own re-extractions keep renaming)."""
    markdown = re.sub(r"\]\(#[^)]*\)", "]", markdown)
    markdown = re.sub(r"(-{3,}|={3,})", "---", markdown).replace("**", "").replace("__", "")
    return " ".join(markdown.split())


def collapse(items: list) -> list:
    return [item for i, item in enumerate(items) if i == 0 or item != items[i - 1]]


def same_pattern(a: list, b: list) -> bool:
    """True when a[i] == a[j] exactly where b[i] == b[j]."""
    return len(a) == len(b) and all((a[i] == a[j]) == (b[i] == b[j])
                                    for i in range(len(a)) for j in range(len(a)))


def test_every_distinct_corpus_version_is_recorded_exactly_once(tmp_path):
    subprocess.run([sys.executable, str(Path(replay_corpus.__file__)), str(CORPUS), str(tmp_path)],
                   check=True, timeout=900)
    db = sqlite3.connect(tmp_path / "corpus.db")
    for platform, served in replay_corpus.plan(CORPUS).items():
        texts = [content_key((CORPUS / file).read_text(encoding="utf-8"))
                 for file, _ in served if language_of(file) == "en"]
        expected = collapse(texts)
        recorded = [sha for (sha,) in db.execute(
            "SELECT sha256 FROM versions WHERE watch_id = ? ORDER BY number", [platform])]
        assert same_pattern(recorded, expected), (platform, len(recorded), len(expected))

        checks = db.execute("SELECT outcome, reason FROM checks WHERE watch_id = ? ORDER BY id", [platform]).fetchall()
        assert len(checks) >= len(served)
        for cycle, ((file, variant), (outcome, reason)) in enumerate(zip(served, checks)):
            if language_of(file) != "en":
                assert (outcome, reason) == ("blocked", f"wrong language ({language_of(file)}, expected en)"), file
            elif variant:
                assert outcome == "unchanged", (platform, cycle)
            else:
                assert outcome not in ("blocked", "error"), (platform, cycle, reason)
        assert all(outcome not in ("blocked", "error") for outcome, _ in checks[len(served):])

    # SPEC "Speed and size": over a replayed history, stored raw bytes are at
    # most 20% of the bytes fetched.
    fetched, = db.execute("SELECT SUM(bytes) FROM checks").fetchone()
    stored, = db.execute("SELECT SUM(stored_size) FROM raw_pages").fetchone()
    assert stored <= 0.2 * fetched, (stored, fetched)
