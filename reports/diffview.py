"""The differ's hunks as display blocks: lines of (op, text) segments (pure).

Templates then only choose markup (<del>/<ins> in HTML, ~~/** in Markdown),
so every format shows the same diff, computed once by watchers.meaning.differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchers.meaning.differ import Hunk, diff

Segment = tuple[int, str]  # -1 deleted | 0 unchanged | 1 inserted, and its text


@dataclass(frozen=True)
class DiffBlock:
    op: str  # "replace" | "insert" | "delete" | "move", as watchers.meaning.differ.Hunk
    line: int  # 1-based line in the new text where the block is
    old_line: int  # same in the old text (a move's origin)
    context_before: tuple[str, ...]
    lines: tuple[tuple[Segment, ...], ...]
    context_after: tuple[str, ...]


@dataclass(frozen=True)
class DiffView:
    blocks: tuple[DiffBlock, ...]
    hidden: int  # blocks left out past the limit


def diff_view(old: str, new: str, limit: int | None = None) -> DiffView:
    hunks = diff(old, new)
    shown = hunks if limit is None else hunks[:limit]
    return DiffView(tuple(_block(h) for h in shown), len(hunks) - len(shown))


def _block(hunk: Hunk) -> DiffBlock:
    if hunk.op == "replace":
        lines = _split_lines(hunk.words)
    elif hunk.op == "move":
        lines = [((0, line),) for line in hunk.after]
    else:
        op = 1 if hunk.op == "insert" else -1
        lines = [((op, line),) for line in hunk.after or hunk.before]
    return DiffBlock(hunk.op, hunk.new_start + 1, hunk.old_start + 1, hunk.context_before,
                     tuple(lines), hunk.context_after)


def _split_lines(words: tuple[Segment, ...]) -> list[tuple[Segment, ...]]:
    """The word diff of paired lines (joined by "\\n") back into one line each."""
    lines: list[list[Segment]] = [[]]
    for op, text in words:
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append([])
            if part:
                lines[-1].append((op, part))
    return [tuple(line) for line in lines if line]

