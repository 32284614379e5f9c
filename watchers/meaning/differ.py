"""What changed between two versions of a policy text, in hunks people can read.

Pure: no I/O. The texts are the normalised Markdown of `watchers.page.extract`: one
block per line, blank lines between blocks. Blank lines carry no meaning, so the
diff only sees non-blank lines; positions are still reported as indices into
`text.splitlines()`.

Three passes keep 300 KB texts fast (see ECOSYSTEM.md B6):
1. diff-match-patch over lines coded as characters (never char mode over a
   whole document: that takes tens of seconds in pure Python);
2. identical lines deleted in one place and inserted in another become moves;
3. within each run of changed lines, old and new lines are paired by word
   similarity, and only the pairs are diffed word by word (tokens coded as
   characters, then `diff_cleanupSemantic`).
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from math import ceil
from typing import NamedTuple

from diff_match_patch import diff_match_patch

# A number or date ("2026", "1,000.50", "2025-04-19", "3rd") and a URL are one
# token each, so that a change reads "2025 → 2026", never "202[5→6]".
_TOKEN = re.compile(r"https?://[^\s()<>\[\]]+|\d+(?:[.,:/-]\d+)*\w*|\w+(?:['’]\w+)*|\s+|.")
_WORD = re.compile(r"\w+")
# A one-character token (space, punctuation) stands for itself and a longer one
# for a CJK letter from U+20000 on, so that diff_cleanupSemantic's boundary
# scores (space, punctuation, letter) still hold for the coded tokens.
_TOKEN_CHARS = 0x20000
# Time limits in seconds from the start of a call: past one, diff-match-patch
# returns a coarser but still valid diff, and paired lines are shown whole.
_LINE_SECONDS = 0.3  # the line diff
_WORD_SECONDS = 0.7  # all the word diffs
_HUNK_SECONDS = 0.2  # the word diff of one pair of lines (from its own start)
# Pairing an old line with a new one beats leaving both unpaired, even when
# they share no word: a rewritten paragraph is one replacement.
_PAIR_BONUS = 0.1
# Paired lines this dissimilar (and longer than a few words) are shown whole:
# a word diff of two unrelated paragraphs is noise, and the slowest to compute.
_MIN_SIMILARITY = 0.3
_FEW_WORDS = 20
# Pairing is quadratic in a run's size: a bigger run is split into chunks
# (down to single lines paired in order: then the whole run is rewritten anyway).
_MAX_CELLS = 50_000
_DMP = diff_match_patch()
# Deadlines are passed explicitly; a positive timeout also enables the half-match speedup.
_DMP.Diff_Timeout = _HUNK_SECONDS


@dataclass(frozen=True)
class Hunk:
    """One change: lines replaced, inserted, deleted or moved."""

    op: str  # "replace" | "insert" | "delete" | "move"
    before: tuple[str, ...]  # old lines (blank lines excluded)
    after: tuple[str, ...]  # new lines (blank lines excluded)
    old_start: int  # index in old.splitlines() of the first old line, or where it would be
    new_start: int  # same in new.splitlines()
    context_before: tuple[str, ...]  # unchanged lines of new just before the hunk
    context_after: tuple[str, ...]
    # replace only: (-1 deleted | 0 equal | 1 inserted, text) turning
    # "\n".join(before) into "\n".join(after)
    words: tuple[tuple[int, str], ...]


class _Run(NamedTuple):
    """Consecutive changed lines of the line diff, as indices of non-blank lines."""

    old_pos: int  # where the run starts in each text
    new_pos: int
    deleted: list[int]
    inserted: list[int]


# An aligned line: (old index or None, new index or None, old position, new
# position); an unpaired line is placed at the position of the other text.
_Item = tuple[int | None, int | None, int, int]
_OPS = {(True, True): "replace", (False, True): "insert", (True, False): "delete"}


def diff(old: str, new: str, context: int = 1) -> list[Hunk]:
    """The hunks turning `old` into `new`, in the order of `new`; [] when only blank lines differ."""
    if old == new:
        return []
    started = time.time()
    old_lines, new_lines = old.splitlines(), new.splitlines()
    old_at = [i for i, line in enumerate(old_lines) if line.strip()]
    new_at = [i for i, line in enumerate(new_lines) if line.strip()]
    a, b = [old_lines[i] for i in old_at], [new_lines[i] for i in new_at]
    changes = _changes(a, b, started + _LINE_SECONDS)
    changed = {j for _, items in changes for _, j, _, _ in items if j is not None}

    def start(at: list[int], pos: int, length: int) -> int:
        return at[pos] if pos < len(at) else length

    def unchanged(positions: range) -> tuple[str, ...]:
        lines = []
        for pos in positions:
            if len(lines) == context or pos in changed:
                break
            lines.append(b[pos])
        return tuple(lines)

    hunks = []
    for op, items in changes:
        _, _, old_pos, new_pos = items[0]
        before = tuple(a[i] for i, _, _, _ in items if i is not None)
        after = tuple(b[j] for _, j, _, _ in items if j is not None)
        hunks.append(Hunk(
            op, before, after,
            start(old_at, old_pos, len(old_lines)), start(new_at, new_pos, len(new_lines)),
            unchanged(range(new_pos - 1, -1, -1))[::-1], unchanged(range(new_pos + len(after), len(b))),
            tuple(_join_words(before, after, started + _WORD_SECONDS)) if op == "replace" else ()))
    return sorted(hunks, key=lambda hunk: (hunk.new_start, hunk.op != "delete"))


def _changes(a: list[str], b: list[str], deadline: float) -> list[tuple[str, list[_Item]]]:
    """Each hunk's operation and aligned lines."""
    runs = _line_runs(a, b, deadline)
    moves = _moves(a, b, [i for run in runs for i in run.deleted], [j for run in runs for j in run.inserted])
    changes = [("move", items) for items in _group([(i, j, i, j) for j, i in sorted(moves.items())])]
    moved_from = set(moves.values())
    for run in runs:
        aligned = _align(run, [i for i in run.deleted if i not in moved_from],
                         [j for j in run.inserted if j not in moves], a, b)
        changes += [(_OPS[items[0][0] is not None, items[0][1] is not None], items)
                    for items in _group(aligned)]
    return changes


def _line_runs(a: list[str], b: list[str], deadline: float) -> list[_Run]:
    """Runs of changed lines between unchanged ones, by diff-match-patch's line mode.

    Bisection costs lines × edits: a 270 KB rewrite took 0.5 s in one piece,
    14 ms cut at anchors (lines found once in each text, as in patience diff).
    """
    chars_a, chars_b, _ = _DMP.diff_linesToChars(
        "".join(line + "\n" for line in a), "".join(line + "\n" for line in b))
    runs: list[_Run] = []
    i = j = 0
    for anchor_i, anchor_j in _anchors(a, b) + [(len(a), len(b))]:
        run = None
        for op, chars in _DMP.diff_main(chars_a[i:anchor_i], chars_b[j:anchor_j], False, deadline):
            count = len(chars)  # one character per line
            if op == 0:
                i, j, run = i + count, j + count, None
                continue
            if run is None:
                run = _Run(i, j, [], [])
                runs.append(run)
            if op < 0:
                run.deleted.extend(range(i, i + count))
                i += count
            else:
                run.inserted.extend(range(j, j + count))
                j += count
        i, j = anchor_i + 1, anchor_j + 1  # an anchor is unchanged
    return runs


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """The longest chain of lines found once in each text and in the same order in both."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {line: j for j, line in enumerate(b) if count_b[line] == 1}
    pairs = [(i, where_b[line]) for i, line in enumerate(a) if count_a[line] == 1 and line in where_b]
    # Longest increasing subsequence of the new indices, by patience sorting.
    tail_j: list[int] = []  # smallest last new index of a chain of each length
    tail: list[int] = []  # the pair ending that chain
    previous = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        length = bisect_left(tail_j, j)
        previous[k] = tail[length - 1] if length else -1
        tail_j[length:length + 1], tail[length:length + 1] = [j], [k]
    chain = []
    k = tail[-1] if tail else -1
    while k >= 0:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def _moves(a: list[str], b: list[str], deleted: list[int], inserted: list[int]) -> dict[int, int]:
    """New index → old index of lines deleted in one place and inserted identically elsewhere.

    Only a line with a word starts a move: a "---" underline or table rule
    deleted here and inserted there is layout, not a moved paragraph. It can
    still follow the line before it, so a moved section moves whole.
    """
    pool: dict[str, deque[int]] = defaultdict(deque)
    for i in deleted:
        if _WORD.search(a[i]):
            pool[a[i]].append(i)
    free = set(deleted)
    moves: dict[int, int] = {}
    for j in inserted:
        previous = moves.get(j - 1)
        if previous is not None and previous + 1 in free and a[previous + 1] == b[j]:
            moves[j] = previous + 1
        else:
            candidates = pool.get(b[j], deque())
            while candidates and candidates[0] not in free:
                candidates.popleft()
            if not candidates:
                continue
            moves[j] = candidates.popleft()
        free.discard(moves[j])
    return moves


def _align(run: _Run, deleted: list[int], inserted: list[int], a: list[str], b: list[str]) -> list[_Item]:
    """The run's lines in order, each old line paired with its most similar new line."""
    chunks = max(1, ceil(len(deleted) * len(inserted) / _MAX_CELLS))
    pairs: list[tuple[int | None, int | None]] = []
    for k in range(chunks):
        pairs += _pair(deleted[k * len(deleted) // chunks:(k + 1) * len(deleted) // chunks],
                       inserted[k * len(inserted) // chunks:(k + 1) * len(inserted) // chunks], a, b)
    items: list[_Item] = []
    old_pos, new_pos = run.old_pos, run.new_pos
    for i, j in pairs:
        old_pos, new_pos = i if i is not None else old_pos, j if j is not None else new_pos
        items.append((i, j, old_pos, new_pos))
        old_pos, new_pos = old_pos + (i is not None), new_pos + (j is not None)
    return items


def _pair(deleted: list[int], inserted: list[int], a: list[str], b: list[str]) -> list[tuple[int | None, int | None]]:
    """Order-preserving pairing that maximises total similarity (dynamic programming)."""
    words_a = [_words(a[i]) for i in deleted]
    words_b = [_words(b[j]) for j in inserted]
    gain = [[_PAIR_BONUS + _similarity(x, y) for y in words_b] for x in words_a]
    best = [[0.0] * (len(inserted) + 1) for _ in range(len(deleted) + 1)]
    for x in range(1, len(deleted) + 1):
        row, above = best[x], best[x - 1]
        for y in range(1, len(inserted) + 1):
            row[y] = max(above[y], row[y - 1], above[y - 1] + gain[x - 1][y - 1])
    pairs: list[tuple[int | None, int | None]] = []
    x, y = len(deleted), len(inserted)
    while x or y:
        # Walking backwards, unpaired new lines are taken first, so that a
        # deletion reads before the insertion that fills its place.
        if x and y and best[x][y] == best[x - 1][y - 1] + gain[x - 1][y - 1]:
            x, y = x - 1, y - 1
            pairs.append((deleted[x], inserted[y]))
        elif y and best[x][y] == best[x][y - 1]:
            y -= 1
            pairs.append((None, inserted[y]))
        else:
            x -= 1
            pairs.append((deleted[x], None))
    return pairs[::-1]


def _words(line: str) -> frozenset[str]:
    return frozenset(_WORD.findall(line.lower()))


def _similarity(x: frozenset[str], y: frozenset[str]) -> float:
    """Dice coefficient of the two lines' word sets: cheap, and blind to word order."""
    return 2 * len(x & y) / (len(x) + len(y)) if x or y else 0.0


def _group(items: list[_Item]) -> list[list[_Item]]:
    """Items of one kind that follow each other in both texts, grouped as one hunk."""
    groups: list[list[_Item]] = []
    for item in items:
        last = groups[-1][-1] if groups else None
        if last is not None and all(
                (now is None) == (then is None) and (now is None or now == then + 1)
                for now, then in zip(item[:2], last[:2])):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _join_words(before: tuple[str, ...], after: tuple[str, ...], deadline: float) -> list[tuple[int, str]]:
    """Word diff of paired lines, merged into one diff of the joined lines."""
    ops: list[tuple[int, str]] = []
    for k, (old_line, new_line) in enumerate(zip(before, after)):
        x, y = _words(old_line), _words(new_line)
        if time.time() > deadline or len(x | y) > _FEW_WORDS and _similarity(x, y) < _MIN_SIMILARITY:
            pieces = [(-1, old_line), (1, new_line)]
        else:
            pieces = _word_diff(old_line, new_line, min(deadline, time.time() + _HUNK_SECONDS))
        for op, text in ([(0, "\n")] if k else []) + pieces:
            if ops and ops[-1][0] == op:
                ops[-1] = (op, ops[-1][1] + text)
            else:
                ops.append((op, text))
    return ops


def _word_diff(old: str, new: str, deadline: float) -> list[tuple[int, str]]:
    """diff-match-patch over tokens, each coded as one character (as diff_linesToChars does)."""
    codes: dict[str, str] = {}
    tokens: dict[str, str] = {}

    def encode(text: str) -> str:
        chars = []
        for token in _TOKEN.findall(text):
            if token not in codes:
                codes[token] = (token if len(token) == 1 and ord(token) < _TOKEN_CHARS
                                else chr(_TOKEN_CHARS + len(codes)))
                tokens[codes[token]] = token
            chars.append(codes[token])
        return "".join(chars)

    diffs = _DMP.diff_main(encode(old), encode(new), False, deadline)
    # Cleaned up while still coded, so that merging never splits a token.
    _DMP.diff_cleanupSemantic(diffs)
    return [(op, "".join(map(tokens.__getitem__, chars))) for op, chars in diffs]
