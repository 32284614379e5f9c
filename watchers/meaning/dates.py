"""Effective and last-updated dates announced in a policy (pure).

Free-text date search invents dates ("We may", "di"); so a date is only taken
right after a label from the lexicon ("Last updated:", "À compter du", "gültig
ab", "a partir del", "will go into effect on"…) or right before one ("On 3
November 2025, we are updating…"), and only that short span is given to
dateparser, in the page's language (ECOSYSTEM.md B5).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from watchers.meaning.lexicon import lexicon, lexicons_for

_MONTH_WORD = r"[^\W\d_]{3,}\.?"
DATE_SPAN = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    rf"|\d{{1,2}}(?:er|st|nd|rd|th|º|\.)?\s+(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+|del\s+)?\d{{4}}"
    rf"|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    # "Last updated: July 2020", «Noviembre de 2025»: a month, read as its first day.
    rf"|{_MONTH_WORD}\s+(?:de\s+)?\d{{4}}\b"
)
# Between a label and its date: punctuation and an article or two ("on the", "le", "am").
# Between a label and its date: a colon, a dash or a middle dot ("Last updated · Apr 22, 2026", as designed pages
# print it), and a word or two ("on the", "en" before a month: « mise à jour en juin 2026 »).
_GAP = re.compile(r"[\s:–—·•-]*(?:(?:the|on|in|le|du|en|el|del|am|den|dem|im)\s+){0,2}")
_DIGIT = re.compile(r"\d")
# The months' names in the four languages, to read one misspelt by a letter.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "janvier", "février", "avril", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "enero",
          "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
          "diciembre")
_MISSPELT = re.compile(r"[^\W\d_]{5,}")
# Between a month and the exact date that follows it: "marzo de 2025 (14/03/2025)".
_BESIDE = re.compile(r"\s*[(,–—-]?\s*")
_PARSE = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
_MONTH_ONLY = re.compile(rf"{_MONTH_WORD}\s+(?:de\s+)?\d{{4}}")
_PARSE_MONTH = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first"}


@dataclass(frozen=True)
class LabelledDate:
    kind: str  # "effective" or "updated"
    date: date
    line: str  # the line that announces it, for excerpts


def find_dates(text: str, language: str) -> list[LabelledDate]:
    found: dict[tuple[str, date], LabelledDate] = {}
    lexicons = lexicons_for(language)
    for line in text.splitlines():
        # Most lines of a policy hold no date at all: one search rules them out.
        if not _DIGIT.search(line) or not DATE_SPAN.search(line):
            continue
        for lx in lexicons:
            own = language if lx is lexicons[0] else "en"
            for kind, label in _labels(lx.language).items():
                for match in label.finditer(line):
                    parsed = _date_after(line, match.end(), own)
                    if parsed and (kind, parsed) not in found:
                        found[(kind, parsed)] = LabelledDate(kind, parsed, line.strip())
            # "On 3 November 2025, we are updating…": the label follows the date.
            for span in DATE_SPAN.finditer(line) if lx.trailing_date_labels else ():
                rest = line[span.end():]
                if any(label.match(rest) for label in lx.trailing_date_labels):
                    parsed = _parse(span.group(0), own)
                    if parsed and ("effective", parsed) not in found:
                        found[("effective", parsed)] = LabelledDate("effective", parsed, line.strip())
    return list(found.values())


@cache
def _labels(language: str) -> dict[str, re.Pattern]:
    """Each kind's labels as one pattern: one search per line instead of one per label."""
    return {kind: re.compile("|".join(f"(?:{label.pattern})" for label in labels), re.IGNORECASE)
            for kind, labels in lexicon(language).date_labels.items()}


def with_iso_dates(text: str, language: str) -> str:
    """The text with every date it writes out replaced by its ISO form, so that
    "20 November 2024" and "November 20, 2024" read the same."""
    return DATE_SPAN.sub(lambda m: str(_parse(m.group(0), language) or m.group(0)), text)


def _date_after(line: str, position: int, language: str) -> date | None:
    gap = _GAP.match(line, position)
    span = DATE_SPAN.match(line, gap.end() if gap else position)
    if not span:
        return None
    parsed = _parse(span.group(0), language)
    # A month made exact beside it ("marzo de 2025 (14/03/2025)"): its day is the date.
    if parsed and _MONTH_ONLY.fullmatch(span.group(0)) and (exact := DATE_SPAN.match(line, _BESIDE.match(line, span.end()).end())):
        day = _parse(exact.group(0), language)
        if day and (day.year, day.month) == (parsed.year, parsed.month):
            return day
    return parsed


def _parse(span: str, locale: str) -> date | None:
    language = locale.split("-")[0].lower()
    languages = [language] if language == "en" else [language, "en"]
    # 02/04/2026 is 4 February in the US and 2 April everywhere else.
    order = "MDY" if locale in ("en", "en-US") else "DMY"
    settings = _PARSE_MONTH if _MONTH_ONLY.fullmatch(span) else {**_PARSE, "DATE_ORDER": order}
    import dateparser  # here: its import is a tenth of a second that only classifying needs

    parsed = dateparser.parse(span.rstrip("."), languages=languages, settings=settings)
    if parsed is None and (word := _MISSPELT.search(span)):
        # A month misspelt by a letter ("Octuber 24, 2024"): read as the month it is closest to.
        for month in difflib.get_close_matches(word.group(0).lower(), MONTHS, n=3, cutoff=0.85):
            parsed = dateparser.parse(span.replace(word.group(0), month).rstrip("."), languages=languages, settings=settings)
            if parsed:
                break
    return parsed.date() if parsed else None
