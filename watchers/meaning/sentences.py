"""Which sentences a new version removed, added, or only repeated (pure).

Sentences are compared by what a reader sees: case, punctuation, Markdown
markers, en-GB/en-US spelling, link tracking parameters and fragments do not
count. They are compared as multisets: real pages carry a sentence twice (the
current and the upcoming policy on one page, a summary box), and when one copy
goes while another stays, nothing was removed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from watchers.meaning.lexicon import lexicon
from watchers.meaning.links import LINK, comparable_url

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“«¿¡(\[]?[A-ZÀ-ÖØ-Þ0-9])")
WORD = re.compile(r"\w+")
ABBREVIATION = re.compile(r"(?:\b(?:Art|art|Abs|No|Nr|Inc|Ltd|Pte|Co|Corp|St|vs|etc|ca|cf|S|p|pp|z\.B|d\.h|e\.g|i\.e|U\.S)\.|\b[A-Z]\.|\b[a-z]\.(?<=\b[zdu]\.)|\b\d{1,2}\.)$")
# "20." is a German day only before a month or the rest of a date ("20. März", "15. 07. 2019"):
# "as set out in Section 11. You can…" ends there.
ORDINAL = re.compile(r"\b\d{1,2}\.$")
DAY_FOLLOWS = re.compile(r"\d|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b|(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.")


def joins(before: str, after: str) -> bool:
    """Does `after` go on the sentence `before` was cut from at an abbreviation's dot?"""
    return bool(ABBREVIATION.search(before)) and (not ORDINAL.search(before) or bool(DAY_FOLLOWS.match(after)))


# Pairs before -> after only when enough distinct words are shared: else they stand apart.
PAIRING_RATIO = 0.3
# A word found in more removed sentences than this says nothing about which
# one a new sentence rewrites ("the", "data"): it is left out of resemblance.
COMMON_WORD = 25


@dataclass(frozen=True)
class SentenceChanges:
    removed: list[str]  # sentences the new version no longer has (every copy gone), in order
    added: list[str]  # sentences the old version did not have
    copies_removed: list[str]  # repeated sentences of which a copy went and a copy stayed
    copies_added: list[str]  # sentences already present that appear once more
    reordered: bool  # the same sentences, in another order

    @property
    def wording(self) -> bool:
        """Did any sentence appear or disappear (not only copies or order)?"""
        return bool(self.removed or self.added)


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("#>-*| ").strip()
        if line and not set(line) <= set("-|: "):
            out += _rejoin_abbreviations([s.strip() for s in SENTENCE_END.split(line) if s.strip()])
    return out


def _rejoin_abbreviations(parts: list[str]) -> list[str]:
    """Undo splits after "Art.", "e.g.", "Inc.", "20." (German dates)…: they do not end a sentence."""
    joined: list[str] = []
    for part in parts:
        if joined and joins(joined[-1], part):
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def comparison_key(sentence: str, language: str) -> str:
    """The sentence as a reader compares it: its words, casefolded, with each
    link's label and its URL without tracking, and one spelling per word."""
    if "](" in sentence or "<http" in sentence:
        sentence = LINK.sub(lambda m: f" {m[1] or ''} {comparable_url(m[2] or m[3], language)} ", sentence)
    words = WORD.findall(sentence.casefold())
    respell = lexicon(language).respell
    return " ".join(words if respell is str else map(respell, words))


def changed_sentences(before: str, after: str, language: str) -> SentenceChanges:
    old, new = sentences(before), sentences(after)
    keys: dict[str, str] = {}  # each distinct sentence keyed once: pages repeat boilerplate
    for sentence in old + new:
        if sentence not in keys:
            keys[sentence] = comparison_key(sentence, language)
    old_keys, new_keys = [keys[s] for s in old], [keys[s] for s in new]
    old_count, new_count = Counter(old_keys), Counter(new_keys)

    def first_of_each(texts: list[str], mine: list[str], wanted) -> list[str]:
        seen, out = set(), []
        for sentence, key in zip(texts, mine):
            if key not in seen and wanted(key):
                seen.add(key)
                out.append(sentence)
        return out

    return SentenceChanges(
        removed=first_of_each(old, old_keys, lambda k: not new_count[k]),
        added=first_of_each(new, new_keys, lambda k: not old_count[k]),
        copies_removed=first_of_each(old, old_keys, lambda k: old_count[k] > new_count[k] > 0),
        copies_added=first_of_each(new, new_keys, lambda k: new_count[k] > old_count[k] > 0),
        reordered=old_count == new_count and old_keys != new_keys)


def pair(removed: list[str], added: list[str], min_ratio: float = PAIRING_RATIO) -> list[tuple[str, str]]:
    """Each added sentence faces the removed one it most resembles (old -> new).

    Resemblance is the share of distinct words in common, found through an index
    of words to sentences: comparing every pair is quadratic, and big rewrites
    change hundreds of sentences. With `min_ratio` 0, an added sentence sharing
    no word still takes the first removed one left (a re-pointed link, a new date).
    """
    words = [set(WORD.findall(sentence.casefold())) for sentence in removed]
    index: dict[str, list[int]] = defaultdict(list)
    for position, sentence_words in enumerate(words):
        for word in sentence_words:
            index[word].append(position)
    taken: set[int] = set()
    pairs = []
    for sentence in added:
        mine = set(WORD.findall(sentence.casefold()))
        shared: Counter = Counter()
        for word in mine:
            postings = index.get(word, ())
            if len(postings) <= COMMON_WORD:
                shared.update(postings)

        def resemblance(i: int) -> float:
            return shared[i] / max(len(words[i]), len(mine), 1)

        free = [i for i in shared if i not in taken]
        best = max(free, key=lambda i: (resemblance(i), -i), default=None)
        if best is None and min_ratio <= 0:
            best = next((i for i in range(len(removed)) if i not in taken), None)
        if best is not None and resemblance(best) >= min_ratio:
            taken.add(best)
            pairs.append((removed[best], sentence))
        else:
            pairs.append(("", sentence))
    return [(r, "") for i, r in enumerate(removed) if i not in taken] + pairs
