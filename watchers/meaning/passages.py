"""A policy's text as passages with their surroundings (pure).

The extractor writes one paragraph, list item or table row per line. A question like
"on which legal basis is AI trained?" needs more than a sentence: policies state a
purpose in one place and its legal basis and data categories beside it, in the other
cells of a table row, under field labels of a table flattened into paragraphs
("Legitimate interests relied on:"), or in the next bullets of a block under a bold
title. This module reads that layout in general terms (headings, titles, labels, list
items, table cells with their column headers, the block a passage belongs to), so the
rules can ask for a passage's neighbours without knowing any platform's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from watchers.meaning.links import visible
from watchers.meaning.sentences import SENTENCE_END, joins

ATX = re.compile(r"^#{1,6}\s+")
SETEXT = re.compile(r"^(?:=+|-+)$")
RULE = re.compile(r"^(?:[*_-]\s*){3,}$")
LIST_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
BOLD_LINE = re.compile(r"^(?:\*\*|__)[^*_].*(?:\*\*|__)\s*[.:]?$")
# "**Legitimate Interest relied upon**: …", "**Ihre Rechte:** …", "Legal basis: consent".
INLINE_LABEL = re.compile(r"^(?:(?:\*\*|__)([^*_:]{2,90}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)|([^:*_\[\]]{2,60}):)\s+(?=\S)")
TABLE_SEPARATOR = re.compile(r"^\s*:?-{3,}:?\s*$")
BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
EMPHASIS = re.compile(r"[*_]{1,3}")
# A block stops after this many passages: a list of purposes is not one purpose.
MAX_BLOCK = 40
# A label more than this many passages back does not introduce the passage.
LEAD_REACH = 3


@dataclass(eq=False)
class Passage:
    at: int  # position in Layout.passages
    line: int  # line number in the text (0-based)
    text: str  # as written (Markdown links kept), without list or heading markers
    kind: str  # heading | title | label | item | para | cell
    section: int  # `at` of the heading it sits under, -1 before the first
    row: int = -1  # a table cell's row (the row's line number)
    column: str = ""  # a table cell's column header
    level: int = 0  # a heading's level (1 for "#" or "===", 2 for "##" or "---"…)
    parent: int = -1  # a heading's enclosing heading
    # Computed on first use (a policy has thousands of passages, most never asked twice).
    _plain: str | None = field(default=None, repr=False)
    _label: str | None = field(default=None, repr=False)
    _sentences: list[str] | None = field(default=None, repr=False)

    @property
    def plain(self) -> str:
        """What a reader sees: links replaced by their labels."""
        if self._plain is None:
            self._plain = visible(self.text)
        return self._plain

    @property
    def label(self) -> str:
        """The field this passage names before its content ("Legal basis: …"), if any."""
        if self._label is None:
            if self.kind == "label":
                self._label = self.plain.rstrip(": ")
            else:
                match = INLINE_LABEL.match(self.plain)
                name = (match[1] or match[2] or "").strip() if match else ""
                self._label = name if len(name.split()) <= 8 else ""
        return self._label

    @property
    def sentences(self) -> list[str]:
        """The passage's sentences as written (links kept)."""
        if self._sentences is None:
            joined: list[str] = []
            for part in (s.strip() for s in SENTENCE_END.split(self.text)):
                if not part:
                    continue
                if joined and joins(joined[-1], part):
                    joined[-1] += " " + part
                else:
                    joined.append(part)
            self._sentences = joined
        return self._sentences


@dataclass
class Layout:
    passages: list[Passage] = field(default_factory=list)
    rows: dict[int, list[Passage]] = field(default_factory=dict)

    def block(self, p: Passage) -> list[Passage]:
        """The passages that belong with `p`: the other cells of its table row, or the
        ones after it up to the next heading, title or table, or, in a flattened table,
        up to the next repetition of the field label that introduced it."""
        if p.row >= 0:
            return [q for q in self.rows[p.row] if q is not p]
        lead = self.lead(p)
        out = []
        for q in self.passages[p.at + 1:p.at + 1 + MAX_BLOCK]:
            if q.kind == "heading" or q.section != p.section or q.row >= 0:
                break
            if q.kind == "title" and p.kind != "title":
                break
            if lead is not None and q.kind == "label" and q.plain == lead.plain:
                break
            out.append(q)
        return out

    def lead(self, p: Passage) -> Passage | None:
        """The field label just before `p` that `p` fills, if any."""
        for q in reversed(self.passages[max(0, p.at - LEAD_REACH):p.at]):
            if q.kind == "label" and q.section == p.section:
                return q
            if q.kind in ("heading", "title"):
                return None
        return None

    def intro(self, p: Passage) -> Passage | None:
        """The paragraph or label a list item's list hangs from."""
        if p.kind != "item":
            return None
        for q in reversed(self.passages[max(0, p.at - MAX_BLOCK):p.at]):
            if q.kind != "item":
                return q if q.kind in ("para", "label") and q.section == p.section else None
        return None

    def heading(self, p: Passage) -> Passage | None:
        return self.passages[p.section] if p.section >= 0 else None

    def headings(self, p: Passage) -> list[Passage]:
        """The headings `p` sits under, nearest first ("Highlights" under "How long do we keep…")."""
        out, at = [], p.section
        while at >= 0:
            out.append(self.passages[at])
            at = self.passages[at].parent
        return out

    def context(self, p: Passage) -> str:
        """What says what `p` is about: its heading, the title or lead-in above it."""
        parts = [q.plain for q in (self.heading(p), self.intro(p), self.lead(p), self.title(p)) if q is not None]
        return " \n".join(parts)

    def title(self, p: Passage) -> Passage | None:
        for q in reversed(self.passages[max(0, p.at - MAX_BLOCK):p.at]):
            if q.kind == "title":
                return q
            if q.kind == "heading":
                return None
        return None


def read_layout(text: str) -> Layout:
    layout = Layout()
    section = -1
    table: list[tuple[int, list[str]]] = []
    lines = text.splitlines()

    def add(line: int, body: str, kind: str, **extra) -> Passage:
        passage = Passage(len(layout.passages), line, body, kind, section, **extra)
        layout.passages.append(passage)
        return passage

    def add_heading(line: int, body: str, level: int) -> None:
        nonlocal section
        parent = section
        while parent >= 0 and layout.passages[parent].level >= level:
            parent = layout.passages[parent].parent
        section = len(layout.passages)
        add(line, body, "heading", level=level, parent=parent)

    for number, raw in enumerate(lines + [""]):
        stripped = raw.strip()
        if table and not stripped.startswith("|"):
            _add_table(table, add, layout)
            table = []
        if not stripped:
            continue
        if stripped.startswith("|"):
            table.append((number, _cells(stripped)))
            continue
        previous = lines[number - 1].strip() if number else ""
        if SETEXT.match(stripped) and previous and layout.passages and layout.passages[-1].line == number - 1 \
                and layout.passages[-1].kind not in ("item", "cell"):
            heading = layout.passages.pop()
            add_heading(heading.line, heading.text, 1 if stripped[0] == "=" else 2)
            continue
        if RULE.match(stripped):
            continue
        if ATX.match(stripped):
            add_heading(number, ATX.sub("", stripped).strip("# "), len(stripped) - len(stripped.lstrip("#")))
        elif LIST_ITEM.match(stripped):
            add(number, LIST_ITEM.sub("", stripped), "item")
        elif BOLD_LINE.match(stripped):
            add(number, stripped, "label" if stripped.rstrip("*_ ").endswith(":") else "title")
        elif stripped.endswith(":") and not stripped.startswith(">"):
            add(number, stripped, "label")
        else:
            add(number, stripped.lstrip("> "), "para")
    return layout


def as_read(line: str) -> str:
    """A line as a reader quotes it: a table row's cells joined by " — " (a proof taken from a
    table is a row, and its pipes are layout, not words); any other line unchanged. The
    sentence splitter drops a row's opening pipe, so a row is also a line that ends with one
    and has a cell border inside ("Public posts | Training | Consent |")."""
    row = line.strip()
    if not row.startswith("|"):
        if not (row.endswith("|") and not row.endswith("\\|") and " | " in row):
            return line
        row = "| " + row
    return " — ".join(cell for cell in _cells(row) if cell and not TABLE_SEPARATOR.match(cell))


def _cells(row: str) -> list[str]:
    inner = row.strip()[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", inner)]


def _add_table(rows: list[tuple[int, list[str]]], add, layout: Layout) -> None:
    """Cells become passages (one per `<br>` segment) that know their column's header;
    a row whose only cell is a `###` heading titles the rows below it (an audience)."""
    header: list[str] = []
    if len(rows) >= 2 and all(TABLE_SEPARATOR.match(c) for c in rows[1][1] if c):
        header = [EMPHASIS.sub("", visible(c)).strip("# ").strip() for c in rows[0][1]]
        rows = rows[2:]
    for number, cells in rows:
        if all(TABLE_SEPARATOR.match(c) for c in cells if c):
            continue
        filled = [c for c in cells if c]
        if len(filled) == 1 and filled[0].startswith("#"):
            add(number, filled[0].strip("# "), "title")
            continue
        passages = []
        for column, cell in enumerate(cells):
            for segment in BR.split(cell):
                segment = LIST_ITEM.sub("", segment.strip()).strip()
                if segment:
                    name = header[column] if column < len(header) else ""
                    passages.append(add(number, segment.lstrip("# "), "cell", row=number, column=name))
        layout.rows[number] = passages
