"""A diff as terminal text, for `vigie diff`: marked words, or colours on a terminal.

Policy text is hostile: control characters and bidi overrides in it are shown
escaped (watchers.terminal), never sent to the terminal as they are.
"""

from __future__ import annotations

from watchers.meaning.differ import Hunk
from watchers.terminal import printable

_RED, _GREEN, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[0m"


def format_hunks(hunks: list[Hunk], color: bool = False) -> str:
    """A readable diff: `[-deleted-]{+inserted+}` words, or red and green with `color`.

    Line numbers count from 1 in the new text; a move also gives its old line.
    """
    return "\n".join(line for hunk in hunks for line in _format(hunk, color))


def _format(hunk: Hunk, color: bool) -> list[str]:
    lines = [f"@@ line {hunk.new_start + 1} ({hunk.op}) @@"]
    lines += [f"  {_safe(line)}" for line in hunk.context_before]
    if hunk.op == "replace":
        lines += _inline(hunk.words, color)
    elif hunk.op == "move":
        where = f" (moved from line {hunk.old_start + 1} to line {hunk.new_start + 1})"
        lines += [f"~ {_safe(line)}{'' if k else where}" for k, line in enumerate(hunk.after)]
    else:
        sign, op = ("+", 1) if hunk.op == "insert" else ("-", -1)
        lines += [f"{sign} {_mark(_safe(line), op, True) if color else _safe(line)}"
                  for line in hunk.after or hunk.before]
    lines += [f"  {_safe(line)}" for line in hunk.context_after]
    return lines


def _inline(words: tuple[tuple[int, str], ...], color: bool) -> list[str]:
    """The word diff as one "! " line per paired line."""
    lines = [""]
    for op, text in words:
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append("")
            if part:
                lines[-1] += _mark(_safe(part), op, color)
    return [f"! {line}" for line in lines]


def _mark(text: str, op: int, color: bool) -> str:
    if not op:
        return text
    if text.isspace():  # a changed space (" " for "\xa0") would be invisible
        text = ascii(text)[1:-1]
    if color:
        return f"{_RED if op < 0 else _GREEN}{text}{_RESET}"
    return f"[-{text}-]" if op < 0 else f"{{+{text}+}}"


def _safe(text: str) -> str:
    return printable(text, lines=False)
