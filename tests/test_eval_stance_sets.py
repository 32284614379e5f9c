"""The hand-written stance sets (tests/eval/stance*.toml) are well formed: each answer uses
the questions' vocabulary, and each evidence is a sentence of the case's own texts, so that
bench/stance.py measures the rules and not a typo. Sets whose texts are corpus files
(stance.toml) are checked against those files when ../shared/corpus is here."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from watchers.meaning.links import visible

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SETS = sorted((ROOT / "tests" / "eval").glob("stance*.toml"))

VOCABULARY = {
    ("ai-training", "value"): {"yes", "no", "unclear"},
    ("ai-training", "default"): {"yes", "no", "unclear"},
    ("ai-opt-out", "value"): {"setting", "form", "email", "none", "unclear"},
    ("ai-opt-out", "linked-accounts"): {"yes", "no", "unclear"},
    ("legal-basis", "value"): {"consent", "legitimate-interests", "contract", "unclear"},
    ("retention", "value"): {"stated", "not-stated"},
}
DATA = {"public-posts", "photos-videos", "messages", "ai-interactions", "metadata", "profile", "other"}
RIGHTS = {"access", "correction", "deletion", "portability", "objection", "restriction", "withdraw-consent",
          "complaint"}
ROUTES = VOCABULARY[("ai-opt-out", "value")]
# A link's target is not what a reader quotes; an address written bare in the sentence is.
LINK_SYNTAX = re.compile(r"\]\(|\(https?://")


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", visible(text).casefold()))


def cases() -> list[tuple[str, dict]]:
    return [(path.name, case) for path in SETS for case in tomllib.loads(path.read_text("utf-8"))["case"]]


def texts(case: dict) -> list[str] | None:
    """The case's texts; None when they are corpus files and the corpus is not here."""
    found = [document["text"] for document in case.get("document", [])]
    for entry in case.get("files", []):
        path = CORPUS / (entry if isinstance(entry, str) else entry["path"])
        if not path.exists():
            return None
        found.append(path.read_text("utf-8"))
    return found


def test_there_are_sets_and_every_case_id_is_unique():
    ids = [case["id"] for _, case in cases()]
    assert len(SETS) >= 2 and ids
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("name,case", cases(), ids=lambda value: value["id"] if isinstance(value, dict) else value)
def test_a_case_uses_the_vocabulary_and_quotes_its_own_texts(name, case):
    date.fromisoformat(case["date"])
    for (question, key), allowed in VOCABULARY.items():
        assert case[question][key] in allowed, (question, key, case[question][key])
    assert set(case["ai-training"]["data"]) <= DATA
    assert set(case["ai-opt-out"].get("others", [])) <= ROUTES
    assert set(case["rights"]["value"]) <= RIGHTS
    for key in ("value", "upcoming"):
        if case["effective"].get(key):
            date.fromisoformat(case["effective"][key])
    found = texts(case)
    if found is None:
        pytest.skip("its texts are ../shared/corpus files, not here")
    whole = "\n".join(found)
    for question in ("ai-training", "ai-opt-out", "effective", "legal-basis", "retention", "rights"):
        evidence = case[question].get("evidence", "")
        if "document" in case:  # inline texts: an exact sentence, without link syntax
            assert evidence in whole and not LINK_SYNTAX.search(evidence), (question, evidence)
        else:  # a recorded page: its words, as a reader sees them (links, emphasis, tables aside)
            assert words(evidence) in words(whole), (question, evidence)
    for link in case["ai-opt-out"]["links"]:
        assert link in whole, link
