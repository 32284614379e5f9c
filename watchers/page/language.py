"""Which language is a page's text in? Pure, and fast enough for every check.

A platform that ignores Accept-Language serves its policy in another language
(Telegram has answered English requests in German for years); recorded, that
page would be a false change now and another when the right language returns.

The method is stop-word counting (profiles in `languages.toml`): on a policy
page the function words of its language are thousands of tokens, far more than
any quoted address, court name or language menu in another one, so a language
is named only when it clearly dominates, and none is named on short or mixed
pages. A statistical identifier was not worth its cost here (see ECOSYSTEM.md
§B5: lingua is 96 MB and slow to load; fasttext-langdetect downloads at run time).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from importlib import resources

import tomli

# Below this many stop-word hits the text is too short to say (about 60 words
# of running text): a form, a placeholder, a heading.
MIN_HITS = 25
# The winner must outweigh the runner-up this many times: a bilingual page, or
# an English policy with a long French annex, gets no verdict rather than a wrong one.
DOMINANCE = 3.0
# Only this much of a long page is read, in evenly spread slices, so that a
# 300 KB policy costs the same as a 20 KB one while every part of it is sampled.
SAMPLE_CHARS = 8_000
SLICES = 16
# Link targets are not prose: "?lang=de" or "/fr-fr/" in a URL say nothing
# about the language a reader sees. Matched on case-folded text, with each
# Markdown link target split off first ("](" → " "): a simple pattern is
# several times faster than one that finds URLs anywhere.
_URL = re.compile(r"(?:https?://|www\.|mailto:)\S*")
_PUNCTUATION = ".,;:!?()[]{}\"*_«»“”„‘`#|<>/\\-–—…"


@cache
def _weights() -> dict[str, dict[str, float]]:
    """word → {language: weight}; a word shared by n languages weighs 1/n in each."""
    data = tomli.loads((resources.files("watchers.page") / "languages.toml").read_text("utf-8"))
    owners: dict[str, list[str]] = defaultdict(list)
    for language, profile in data.items():
        for word in profile["words"]:
            owners[word.casefold()].append(language)
    return {word: {language: 1 / len(langs) for language in langs} for word, langs in owners.items()}


@cache
def supported() -> frozenset[str]:
    """The languages `detect` can name."""
    return frozenset(language for weights in _weights().values() for language in weights)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language that clearly dominates `text`, among
    those in languages.toml; None when the text is too short or mixed."""
    scores = _scores(_sample(text))
    if sum(scores.values()) < MIN_HITS:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if score >= DOMINANCE * runner_up else None


def language_problem(text: str, locale: str) -> str | None:
    """Why `text` cannot be the watch's `locale` ("wrong language (de, expected en)"),
    or None: right language, no clear language, or a locale we cannot judge."""
    expected = locale.split("-")[0].lower()
    if expected not in supported():
        return None
    found = detect(text)
    if found is None or found == expected:
        return None
    return f"wrong language ({found}, expected {expected})"


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    size, step = SAMPLE_CHARS // SLICES, len(text) // SLICES
    parts = []
    for start in range(0, step * SLICES, step):
        part = text[start:start + size]
        # Whole words only: a slice starting inside a URL or a word would
        # count its tail as a word of its own.
        first, last = part.find(" "), part.rfind(" ")
        parts.append(part[first + 1:last] if 0 <= first < last else "")
    return "\n".join(parts)


def _scores(text: str) -> dict[str, float]:
    weights = _weights()
    # Split on whitespace and stripped of punctuation rather than a word regex:
    # twice as fast, and only the stop words have to come out right. Elided
    # articles are split off first ("l'utilisation", "qu'il").
    prose = text.casefold().replace("](", " ").replace("'", " ").replace("\u2019", " ")
    scores: dict[str, float] = defaultdict(float)
    for token, count in Counter(_URL.sub(" ", prose).split()).items():
        for language, weight in weights.get(token.strip(_PUNCTUATION), {}).items():
            scores[language] += weight * count
    return scores
