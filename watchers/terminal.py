"""Page text on a terminal: control characters and bidi overrides shown, never obeyed.

A page is hostile. An ANSI escape in it would clear the screen or plant an OSC-8
hyperlink whose text says "opt out here" and whose target is elsewhere; U+202E
and its kin reorder what is displayed. Every command that prints text that came
from a page (or from an imported watchlist) passes it through `printable`.
"""

from __future__ import annotations

import re

# C0 and C1 controls (ESC starts every terminal sequence), the line and
# paragraph separators, and the bidi marks, embeddings, overrides and isolates.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE_IN_LINES = re.compile(f"[{_CONTROLS}]")
_UNSAFE_IN_A_LINE = re.compile(f"[{_CONTROLS}\n]")


def printable(text: str, lines: bool = True) -> str:
    """`text` with every control and bidi character shown as a `\\uXXXX` escape.
    Tabs are kept, and line feeds too unless the text must stay on one line."""
    unsafe = _UNSAFE_IN_LINES if lines else _UNSAFE_IN_A_LINE
    return unsafe.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
