"""The multilingual lexicon: concepts (AI training, opt-out, legal basis,
negation…) and date labels as regular expressions, one TOML file per language.

The classifier only asks "does this sentence have this concept in this
language?"; the wording lives in the data files so it can grow without touching
logic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import tomli

LANGUAGES = ("en", "fr", "de", "es")


@dataclass(frozen=True)
class Concept:
    any: re.Pattern  # the `any` patterns as one alternation: one search per sentence, not fifteen
    all: tuple[tuple[re.Pattern, ...], ...]

    def matches(self, sentence: str) -> bool:
        return bool(self.any.search(sentence)) or any(
            all(p.search(sentence) for p in group) for group in self.all)

    def words(self, sentence: str) -> list[str]:
        """The spans of `sentence` that make it have the concept."""
        found = [m.group(0) for m in self.any.finditer(sentence)]
        for group in self.all:
            matches = [p.search(sentence) for p in group]
            if all(matches):
                found += [m.group(0) for m in matches]
        return found


@dataclass(frozen=True)
class Lexicon:
    language: str
    concepts: dict[str, Concept]
    date_labels: dict[str, tuple[re.Pattern, ...]]  # kind ("effective" / "updated") -> label patterns
    # Labels that come after the date they announce ("On 3 November 2025, we are updating…").
    trailing_date_labels: tuple[re.Pattern, ...]
    respell: Callable[[str], str]  # a casefolded word -> the one spelling its variants share


def _compile(pattern: str) -> re.Pattern:
    return re.compile(accents_optional(pattern), re.IGNORECASE)


def alternation(patterns: Iterable[str]) -> str:
    """One pattern matching where any of `patterns` does, first ones first ("(?!)" for none).

    Each run of patterns that begin with a word boundary shares it: `re` then tries the run
    only where a word begins or ends, not at every character. Same matches, same spans; a
    quarter off a stance reading, which searches lists of fifty patterns in every sentence
    (Facebook's policy: 760 -> 570 ms, `python bench/reading.py`)."""
    parts: list[str] = []
    run: list[str] = []
    for pattern in [*patterns, None]:  # None closes the last run
        if pattern is not None and pattern.startswith("\\b"):
            run.append(f"(?:{pattern[2:]})")
            continue
        if run:
            parts.append("\\b(?:" + "|".join(run) + ")")
            run = []
        if pattern is not None:
            parts.append(f"(?:{pattern})")
    return "|".join(parts) or "(?!)"


# Pages written without their accents ("desactiver", "Parametres", "informacion": a form or a
# mail typed on a keyboard without them), and French spelled after the 1990 reform, which drops
# the circumflex on i and u ("entrainer", "aout"), say what the accented wording says.
_PLAIN = dict(zip("éèêëàâçùûîïôáíóúñÉÈÊËÀÂÇÙÛÎÏÔÁÍÓÚÑ", "eeeeaacuuiioaiounEEEEAACUUIIOAIOUN"))


def accents_optional(pattern: str) -> str:
    """`pattern` with each French or Spanish accented letter outside a character class also
    matching the plain letter (a class is left as written: "[À-Ö]" is a range). German umlauts
    are left alone: without them German writes "ue", not "u"."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        plain = _PLAIN.get(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif plain and not in_class:
            char = f"[{char}{plain}]"
        out.append(char)
    return "".join(out)


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of a language; unknown languages fall back to English."""
    language = language.split("-")[0].lower()
    if language not in LANGUAGES:
        language = "en"
    data = tomli.loads((resources.files("watchers.meaning.lexicon") / f"{language}.toml").read_text("utf-8"))
    concepts = {
        name: Concept(_compile(alternation(spec.get("any", ()))),
                      tuple(tuple(map(_compile, group)) for group in spec.get("all", ())))
        for name, spec in data["concepts"].items()
    }
    dates = dict(data["dates"])
    trailing = tuple(map(_compile, dates.pop("effective_after_date", ())))
    labels = {kind: tuple(map(_compile, patterns)) for kind, patterns in dates.items()}
    return Lexicon(language, concepts, labels, trailing, _respeller(data.get("spelling", {})))


def _respeller(spelling: dict) -> Callable[[str], str]:
    """One spelling for the variants of a word (en-GB "organisation", en-US
    "organization"): fixed words first, then ending rules. Identity without rules."""
    words = spelling.get("words", {})
    rules = [(re.compile(pattern), replacement) for pattern, replacement in spelling.get("rules", ())]
    if not words and not rules:
        return str

    @lru_cache(maxsize=65536)  # policies reuse a few thousand words
    def respell(word: str) -> str:
        if word in words:
            return words[word]
        for pattern, replacement in rules:
            new, count = pattern.subn(replacement, word)
            if count:
                return new
        return word

    return respell


def lexicons_for(language: str) -> tuple[Lexicon, ...]:
    """The page's language first, then English: non-English pages borrow English
    terms ("opt-out", "AI"), while English pages need nothing else."""
    own = lexicon(language)
    return (own,) if own.language == "en" else (own, lexicon("en"))
