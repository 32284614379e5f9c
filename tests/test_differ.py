"""watchers.meaning.differ: table-driven cases, the reconstruction property over random
edits, and real consecutive policy versions (../shared/corpus, when present)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from watchers.meaning.differ import Hunk, diff
from watchers.meaning.difftext import format_hunks

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PLATFORMS = ("facebook", "instagram", "tiktok")

INTRO = "We at Example want you to understand what information we collect."
DATA = "We collect the content you create, such as posts and comments."
ADS = "We use your information to show you personalised ads."
KEEP = "We keep your information for as long as your account exists."
RIGHTS = "You can access, correct and delete your information in Settings."


def text(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def non_blank(value: str) -> list[str]:
    return [line for line in value.splitlines() if line.strip()]


def summary(hunks: list[Hunk]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(hunk.op, hunk.before, hunk.after) for hunk in hunks]


def side(words: tuple[tuple[int, str], ...], keep: int) -> list[str]:
    """The segments of one text (keep=-1: old, 1: new) in a word diff."""
    return [chunk for op, chunk in words if op in (0, keep)]


def check(old: str, new: str, hunks: list[Hunk]) -> None:
    """Every hunk is consistent, and old with the hunks applied is new (blank lines aside)."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    assert [hunk.new_start for hunk in hunks] == sorted(hunk.new_start for hunk in hunks)
    removed: set[int] = set()
    for hunk in hunks:
        check_hunk(hunk, new_lines)
        at = [i for i in range(hunk.old_start, len(old_lines)) if old_lines[i].strip()][:len(hunk.before)]
        assert [old_lines[i] for i in at] == list(hunk.before)
        assert not removed & set(at)
        removed |= set(at)
    kept = iter([line for i, line in enumerate(old_lines) if line.strip() and i not in removed])
    result: list[str] = []
    for hunk in hunks:
        before_hunk = len(non_blank("\n".join(new_lines[:hunk.new_start])))
        result += [next(kept) for _ in range(before_hunk - len(result))]
        result += hunk.after
    assert result + list(kept) == non_blank(new)


def check_hunk(hunk: Hunk, new_lines: list[str]) -> None:
    assert hunk.op in ("replace", "insert", "delete", "move")
    assert all(line.strip() for line in hunk.before + hunk.after)
    assert bool(hunk.before) == (hunk.op != "insert") and bool(hunk.after) == (hunk.op != "delete")
    if hunk.op == "move":
        assert hunk.before == hunk.after
    if hunk.after:
        assert new_lines[hunk.new_start] == hunk.after[0]
    if hunk.op == "replace":
        assert "".join(side(hunk.words, -1)) == "\n".join(hunk.before)
        assert "".join(side(hunk.words, 1)) == "\n".join(hunk.after)
        assert_whole_tokens(hunk.words)
    else:
        assert hunk.words == ()
    preceding = non_blank("\n".join(new_lines[:hunk.new_start]))
    assert list(hunk.context_before) == preceding[len(preceding) - len(hunk.context_before):]


def assert_whole_tokens(words: tuple[tuple[int, str], ...]) -> None:
    """No change starts or ends inside a word or number, in either text."""
    for keep in (-1, 1):
        segments = [chunk for chunk in side(words, keep) if chunk]
        for left, right in zip(segments, segments[1:]):
            assert not (left[-1].isalnum() and right[0].isalnum()), (left, right)


CASES = [
    ("identical", text(INTRO, DATA), text(INTRO, DATA), []),
    ("word changed",
     text(INTRO, "We share your data with partners.", KEEP),
     text(INTRO, "We share your data with advertisers.", KEEP),
     [("replace", ("We share your data with partners.",), ("We share your data with advertisers.",))]),
    ("date changed",
     text(INTRO, "This policy is effective from 3 March 2026 and replaces the 2025 version."),
     text(INTRO, "This policy is effective from 14 September 2026 and replaces the 2026 version."),
     [("replace", ("This policy is effective from 3 March 2026 and replaces the 2025 version.",),
       ("This policy is effective from 14 September 2026 and replaces the 2026 version.",))]),
    ("sentence added inside a paragraph",
     text(INTRO, "We collect data. We keep it for 90 days.", RIGHTS),
     text(INTRO, "We collect data. We share it with partners. We keep it for 90 days.", RIGHTS),
     [("replace", ("We collect data. We keep it for 90 days.",),
       ("We collect data. We share it with partners. We keep it for 90 days.",))]),
    ("paragraph inserted", text(INTRO, DATA, KEEP), text(INTRO, DATA, ADS, KEEP), [("insert", (), (ADS,))]),
    ("paragraph deleted", text(INTRO, DATA, ADS, KEEP), text(INTRO, DATA, KEEP), [("delete", (ADS,), ())]),
    ("paragraph replaced", text(INTRO, ADS, KEEP),
     text(INTRO, "Advertisers never receive anything from us.", KEEP),
     [("replace", (ADS,), ("Advertisers never receive anything from us.",))]),
    ("paragraph moved", text(INTRO, DATA, ADS, KEEP, RIGHTS), text(INTRO, ADS, KEEP, RIGHTS, DATA),
     [("move", (DATA,), (DATA,))]),
    ("section moved with its underline",
     text(INTRO, "Ads\n---", ADS, "Keeping\n---", KEEP, RIGHTS),
     text(INTRO, "Keeping\n---", KEEP, RIGHTS, "Ads\n---", ADS),
     [("move", ("Ads", "---", ADS), ("Ads", "---", ADS))]),
    ("several independent changes",
     text(INTRO, DATA, ADS, KEEP, RIGHTS),
     text(INTRO.replace("what", "which"), DATA, ADS.replace("personalised ", ""), KEEP, RIGHTS + " Or write to us."),
     [("replace", (INTRO,), (INTRO.replace("what", "which"),)),
      ("replace", (ADS,), (ADS.replace("personalised ", ""),)),
      ("replace", (RIGHTS,), (RIGHTS + " Or write to us.",))]),
    ("blank lines only", "\n" + text(INTRO, DATA) + "\n\n", f"{INTRO}\n   \n\n\n{DATA}", []),
    ("link changed inside a line",
     text("Opt out in [Settings](https://example.com/old-settings) at any time."),
     text("Opt out in [Settings](https://example.com/privacy/new) at any time."),
     [("replace", ("Opt out in [Settings](https://example.com/old-settings) at any time.",),
       ("Opt out in [Settings](https://example.com/privacy/new) at any time.",))]),
    ("lines paired by similarity",
     text(INTRO, "- We collect your name.", "- We collect your email address.", KEEP),
     text(INTRO, "- We collect your full name.", "- We collect your location.",
          "- We collect your email address and phone number.", KEEP),
     [("replace", ("- We collect your name.",), ("- We collect your full name.",)),
      ("insert", (), ("- We collect your location.",)),
      ("replace", ("- We collect your email address.",), ("- We collect your email address and phone number.",))]),
    ("leftover lines deleted",
     text(INTRO, "| Name | 30 days |", "| Email | 90 days |", "| Photos | 1 year |", KEEP),
     text(INTRO, "| Email | 180 days |", KEEP),
     [("delete", ("| Name | 30 days |",), ()),
      ("replace", ("| Email | 90 days |",), ("| Email | 180 days |",)),
      ("delete", ("| Photos | 1 year |",), ())]),
    ("nested list item added",
     text(INTRO, "- Information you provide\n  - Posts\n- Device information"),
     text(INTRO, "- Information you provide\n  - Posts\n  - Messages\n- Device information"),
     [("insert", (), ("  - Messages",))]),
    ("a letter beyond U+20000 is coded like a longer token",
     text("Ab \U00020000 cd."), text("Ab \U00020000 ce."),
     [("replace", ("Ab \U00020000 cd.",), ("Ab \U00020000 ce.",))]),
    ("from nothing", "", text(INTRO, DATA), [("insert", (), (INTRO, DATA))]),
    ("to nothing", text(INTRO, DATA), "\n\n", [("delete", (INTRO, DATA), ())]),
]


@pytest.mark.parametrize("old, new, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_cases(old, new, expected):
    hunks = diff(old, new)
    assert summary(hunks) == expected
    check(old, new, hunks)


@pytest.mark.parametrize("old, new, deleted, inserted", [
    ("Effective from 3 March 2026 and the 2025 version.", "Effective from 14 September 2026 and the 2026 version.",
     ["3 March", "2025"], ["14 September", "2026"]),
    ("We share your data with partners.", "We share your data with advertisers.", ["partners"], ["advertisers"]),
    ("We keep it 1,000 days.", "We keep it 1,500 days.", ["1,000"], ["1,500"]),
    ("Opt out in [Settings](https://example.com/old-settings).",
     "Opt out in [Settings](https://example.com/privacy/new).",
     ["https://example.com/old-settings"], ["https://example.com/privacy/new"]),
    ("We collect data. We keep it.", "We collect data. We share it. We keep it.", [], [" We share it."]),
], ids=["date", "word", "number", "link", "sentence"])
def test_word_changes_are_whole_tokens(old, new, deleted, inserted):
    [hunk] = diff(text(INTRO, old), text(INTRO, new))
    assert [chunk for op, chunk in hunk.words if op < 0] == deleted
    assert [chunk for op, chunk in hunk.words if op > 0] == inserted


def test_replaced_lines_join_into_one_word_diff():
    old = text(INTRO, "- We collect your name.\n- We collect your email.", KEEP)
    new = text(INTRO, "- We collect your full name.\n- We collect your email address.", KEEP)
    [hunk] = diff(old, new)
    assert hunk.words == ((0, "- We collect your "), (1, "full "), (0, "name.\n- We collect your email"),
                          (1, " address"), (0, "."))


@pytest.mark.parametrize("context", [0, 1, 2])
def test_context_is_unchanged_lines_of_new(context):
    old = text(INTRO, DATA, ADS, KEEP, RIGHTS)
    [hunk] = diff(old, old.replace("personalised", "relevant"), context=context)
    assert hunk.context_before == (INTRO, DATA)[2 - context:]
    assert hunk.context_after == (KEEP, RIGHTS)[:context]
    assert (hunk.old_start, hunk.new_start) == (4, 4)


def test_context_stops_at_a_changed_line():
    hunks = diff(text(INTRO, DATA, ADS), text(INTRO, DATA + " Always.", KEEP, ADS))
    assert summary(hunks) == [("replace", (DATA,), (DATA + " Always.",)), ("insert", (), (KEEP,))]
    assert (hunks[0].context_after, hunks[1].context_before, hunks[1].context_after) == ((), (), (ADS,))


def test_format_plain():
    old = text(INTRO, DATA, ADS, KEEP, "Last updated 3 March 2026.", RIGHTS)
    new = text(INTRO, ADS, "New: we train AI models on public posts.", KEEP, "Last updated 14 September 2026.",
               RIGHTS, DATA)
    assert format_hunks(diff(old, new)) == "\n".join([
        "@@ line 5 (insert) @@",
        f"  {ADS}",
        "+ New: we train AI models on public posts.",
        f"  {KEEP}",
        "@@ line 9 (replace) @@",
        f"  {KEEP}",
        "! Last updated [-3 March-]{+14 September+} 2026.",
        f"  {RIGHTS}",
        "@@ line 13 (move) @@",
        f"  {RIGHTS}",
        f"~ {DATA} (moved from line 3 to line 13)",
    ])
    assert format_hunks(diff(old, text(INTRO, ADS, KEEP))).splitlines()[2:4] == ["- " + DATA, "  " + ADS]


def test_format_shows_each_paired_line():
    old = text(INTRO, "- Name: 30 days\n- Email: 90 days", KEEP)
    new = text(INTRO, "- Name: 60 days\n- Email address: 90 days", KEEP)
    assert format_hunks(diff(old, new)).splitlines()[2:4] == [
        "! - Name: [-30-]{+60+} days", "! - Email{+ address+}: 90 days"]


def test_format_color_paints_words_red_and_green():
    output = format_hunks(diff(text("Kept 30 days."), text("Kept 90 days.")), color=True)
    assert output.splitlines()[1] == "! Kept \x1b[31m30\x1b[0m\x1b[32m90\x1b[0m days."


@pytest.mark.parametrize("color", [False, True])
def test_format_does_not_let_the_text_drive_the_terminal(color):
    hostile = "Policy \x1b[2J\x1b]0;pwned\x07 \u202egnp.exe\u202c end"
    output = format_hunks(diff(text(INTRO), text(INTRO, hostile, "Also " + hostile)), color=color)
    assert "\\u001b[2J" in output and "\\u202e" in output
    assert not re.search("[\x07\u202e\u202c]", output)
    assert re.sub(r"\x1b\[(?:3[12]|0)m", "", output).count("\x1b") == 0


# Random edits: the reconstruction property.

VOCABULARY = ("we collect use share your data with partners for advertising research models training "
              "opt out settings cookies retention days 30 90 2025 2026 March September").split()


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choices(VOCABULARY, k=rng.randint(2, 10))).capitalize() + "."


def block(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return "## " + sentence(rng)
    if roll < 0.3:
        return "\n".join(f"{'  ' * rng.randint(0, 1)}- {sentence(rng)}" for _ in range(rng.randint(1, 3)))
    if roll < 0.4:
        return f"| {rng.choice(VOCABULARY)} | {rng.randint(1, 99)} days |"
    if roll < 0.5:
        return f"See [{rng.choice(VOCABULARY)}](https://example.com/{rng.choice(VOCABULARY)})."
    if roll < 0.55:
        return "---"
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))


def edit(rng: random.Random, blocks: list[str]) -> list[str]:
    blocks = list(blocks)
    for _ in range(rng.randint(1, 6)):
        k = rng.randrange(len(blocks)) if blocks else 0
        action = rng.choice(["word", "number", "sentence", "insert", "delete", "replace", "move", "copy"])
        if action == "insert" or not blocks:
            blocks.insert(k, block(rng))
        elif action == "delete":
            del blocks[k]
        elif action == "replace":
            blocks[k] = block(rng)
        elif action == "move":
            blocks.insert(rng.randrange(len(blocks)), blocks.pop(k))
        elif action == "copy":
            blocks.insert(rng.randrange(len(blocks)), blocks[k])
        elif action == "sentence":
            blocks[k] += " " + sentence(rng)
        else:
            words = blocks[k].split(" ")
            words[rng.randrange(len(words))] = rng.choice(VOCABULARY) if action == "word" else str(rng.randint(1, 2030))
            blocks[k] = " ".join(words)
    return blocks


def layout(rng: random.Random, blocks: list[str]) -> str:
    """The blocks with 1 to 3 blank lines between them: blank lines must not matter."""
    return "".join(block_ + "\n" * rng.randint(2, 4) for block_ in blocks)


@pytest.mark.parametrize("seed", range(200))
def test_random_edits_reconstruct_new(seed):
    rng = random.Random(seed)
    blocks = [block(rng) for _ in range(rng.randint(0, 25))]
    old, new = layout(rng, blocks), layout(rng, edit(rng, blocks))
    hunks = diff(old, new, context=rng.randint(0, 3))
    check(old, new, hunks)
    assert (hunks == []) == (non_blank(old) == non_blank(new))
    format_hunks(hunks, color=bool(seed % 2))


def corpus_pairs() -> list[tuple[str, Path, Path]]:
    pairs = []
    for platform in PLATFORMS:
        paths = sorted((CORPUS / platform).glob("*.md"))
        pairs += [(platform, old, new) for old, new in zip(paths, paths[1:])]
    return pairs


@pytest.mark.skipif(not corpus_pairs(), reason="no ../shared/corpus")
def test_real_consecutive_versions():
    for platform, old_path, new_path in corpus_pairs():
        old, new = old_path.read_text(encoding="utf-8"), new_path.read_text(encoding="utf-8")
        started = time.perf_counter()
        hunks = diff(old, new)
        elapsed = time.perf_counter() - started
        assert elapsed < 1, f"{platform} {new_path.name}: {elapsed:.2f} s"
        check(old, new, hunks)
