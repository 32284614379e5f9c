"""What a change between two versions means: flags, severity, the sentences why (pure).

Sentence level, over the whole text: the sentences that disappeared and the
ones that appeared are what changed (a paragraph that only moved changes no
sentence). Each concept of the lexicon is looked for in those sentences only,
so an AI clause that stayed the same never flags a change elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from watchers.dates import LabelledDate, find_dates, with_iso_dates
from watchers.lexicon import lexicon, lexicons_for
from watchers.normalise import clean_url

FLAGS = ("opt-out", "opt-out-link", "date", "ai-training", "legal-basis", "revert", "cosmetic")
SEVERITIES = ("high", "medium", "low", "noise")
LINK = re.compile(r"\[([^\]]*)\]\((\S+?)\)|<(https?://[^>\s]+)>")
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“«¿¡(\[]?[A-ZÀ-ÖØ-Þ0-9])")
WORD = re.compile(r"\w+")
CLAUSE = re.compile(r"[,;:|()]\s*|\s[–—-]\s")
ABBREVIATION = re.compile(r"(?:\b(?:Art|Abs|No|Nr|Inc|Ltd|Co|Corp|St|vs|etc|ca|cf|S|p|pp|z\.B|d\.h|e\.g|i\.e|U\.S)\.|\b[A-Z]\.|\b\d{1,2}\.)$")
# Opt-out pages and settings, recognisable from the URL alone.
OPT_OUT_URL = re.compile(r"opt[-_]?out|object|objection|right-to-object|widerspruch|oposici|opposition"
                         r"|data-for-(?:generative-)?ai|ai-data|ai-improvement|privacy-settings|/settings/",
                         re.IGNORECASE)
# Pairs before -> after only when enough distinct words are shared: else they stand apart.
PAIRING_RATIO = 0.3
# A word found in more removed sentences than this says nothing about which
# one a new sentence rewrites ("the", "data"): it is left out of resemblance.
COMMON_WORD = 25


@dataclass(frozen=True)
class Excerpt:
    flag: str
    before: str
    after: str


@dataclass(frozen=True)
class DateChange:
    kind: str  # effective / updated
    before: str | None  # ISO dates
    after: str | None
    upcoming: bool  # the new date is still to come: something changes then


@dataclass(frozen=True)
class Classification:
    flags: tuple[str, ...]
    severity: str
    summary: str
    excerpts: tuple[Excerpt, ...] = ()
    dates: tuple[DateChange, ...] = ()


def classify(before: str, after: str, *, language: str = "en", kind: str = "privacy-policy",
             earlier_sha256: Collection[str] = (), opt_out_urls: tuple[str, ...] = (),
             today: date | None = None) -> Classification:
    """Classify the change `before` -> `after`; `earlier_sha256` holds the hashes of
    older versions' texts (before `before`), to recognise flip-flops."""
    result = _classify(before, after, language, kind, opt_out_urls, today or date.today())
    if hashlib.sha256(after.encode("utf-8")).hexdigest() in earlier_sha256:
        # A flip-flop is noise whatever it toggles; the flags still say what it toggled.
        return Classification(result.flags + ("revert",), "noise",
                              "Back to the text of an earlier version (flip-flop): " + result.summary,
                              result.excerpts, result.dates)
    return result


def _classify(before: str, after: str, language: str, kind: str, opt_out_urls: tuple[str, ...],
              today: date) -> Classification:
    removed, added = _changed_sentences(before, after)
    lexicons = lexicons_for(language)
    link_excerpts = _opt_out_link_changes(before, after, removed, added, lexicons, opt_out_urls)
    if not link_excerpts and _is_cosmetic(before, after, removed, added, language):
        return Classification(("cosmetic",), "noise", "Formatting, punctuation or date style only.")

    own = lexicon(language)
    excerpts: list[Excerpt] = []
    flags: list[str] = []

    # Old -> new sentence pairs; an edit confined to a link belongs to opt-out-link.
    pairs = [p for p in _pair(removed, added) if not _link_only(*p)]
    for flag in ("ai-training", "opt-out", "legal-basis"):
        hits = [(b, a) for b, a in pairs if _pair_has(flag, b, a, lexicons, own, kind)]
        if hits:
            flags.append(flag)
            excerpts += [Excerpt(flag, b, a) for b, a in hits]

    if link_excerpts:
        flags.append("opt-out-link")
        excerpts += link_excerpts

    # A labelled date can only have changed in a changed sentence: read the
    # whole texts' dates only when one of those announces a date.
    date_changes: list[DateChange] = []
    if find_dates("\n".join(removed + added), language):
        old_dates, new_dates = find_dates(before, language), find_dates(after, language)
        date_changes = _date_changes(old_dates, new_dates, today)
    if date_changes:
        flags.append("date")
        kinds = {c.kind for c in date_changes}
        old_lines = {d.line for d in old_dates if d.kind in kinds}
        new_lines = {d.line for d in new_dates if d.kind in kinds}
        lines = _pair(sorted(old_lines - new_lines), sorted(new_lines - old_lines), min_ratio=0.0)
        excerpts += [Excerpt("date", b, a) for b, a in lines]

    flags = [f for f in FLAGS if f in flags]
    severity = _severity(flags, kind)
    return Classification(tuple(flags), severity, _summary(flags, date_changes, removed, added),
                          tuple(excerpts), tuple(date_changes))


def _is_cosmetic(before: str, after: str, removed: list[str], added: list[str], language: str) -> bool:
    # Comparing only the changed sentences (in document order) is enough, and
    # much cheaper than canonicalising two whole 200 KB texts; with no changed
    # sentence, what changed is Markdown markers or the order of paragraphs.
    old, new = ("\n".join(removed), "\n".join(added)) if removed or added else (before, after)
    if canonical(old) == canonical(new) or _only_typos(old, new):
        return True
    # "20 November 2024" -> "November 20, 2024": the same dates, written differently.
    return bool(removed) and len(removed) == len(added) and all(
        canonical(with_iso_dates(b, language)) == canonical(with_iso_dates(a, language))
        for b, a in zip(removed, added))


def canonical(text: str) -> str:
    """Text without what a reader does not see as content: case, punctuation,
    Markdown markers, link query strings and fragments (opt-out links, whose
    query can matter, are compared separately)."""
    text = LINK.sub(lambda m: f" {m[1] or ''} {re.split(r'[?#]', m[2] or m[3])[0]} ", text)
    return " ".join(WORD.findall(text.casefold()))


def _bare_url(url: str) -> str:
    """The URL as the extractor would record it (tracking parameters removed), without fragment."""
    return (clean_url(url, url) or url).split("#", 1)[0].rstrip("/")


def _only_typos(before: str, after: str) -> bool:
    """Every changed word is a near-identical spelling of the old one (no digits)."""
    old, new = canonical(before).split(), canonical(after).split()
    if len(old) != len(new):
        return False
    pairs = [(a, b) for a, b in zip(old, new) if a != b]
    return len(pairs) <= 3 and all(
        not any(ch.isdigit() for ch in a + b) and min(len(a), len(b)) >= 4
        and SequenceMatcher(None, a, b).ratio() >= 0.75 for a, b in pairs)


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
        if joined and ABBREVIATION.search(joined[-1]):
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def _changed_sentences(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = Counter(sentences(before)), Counter(sentences(after))
    return [s for s in old if old[s] > new[s]], [s for s in new if new[s] > old[s]]


def _has(sentence: str, concept: str, lexicons) -> bool:
    return any(concept in lx.concepts and lx.concepts[concept].matches(sentence) for lx in lexicons)


def _denies(sentence: str, own) -> bool:
    """A negated statement, not counting conditions ("if you do not opt out, we will…")."""
    return own.concepts["negation"].matches(own.concepts["condition"].any.sub(" ", sentence))


def _visible(sentence: str) -> str:
    """What a reader sees: links replaced by their labels."""
    return LINK.sub(lambda m: m[1] if m[1] is not None else m[3], sentence)


def _link_only(before: str, after: str) -> bool:
    """Same words, different link: a URL re-pointed, a label changed, a link added or dropped."""
    return bool(before and after) and (_visible(before) == _visible(after)
                                       or LINK.sub("<link>", before) == LINK.sub("<link>", after))


def _clauses(sentence: str) -> set[str]:
    return {c.strip() for c in CLAUSE.split(_visible(sentence)) if c.strip()}


def _pair_has(flag: str, before: str, after: str, lexicons, own, kind: str) -> bool:
    """Does this old -> new sentence edit change wording of this concept?"""
    if flag == "ai-training":
        # Sentence level: widening what trains the models is an AI-training change
        # even when the clause naming the models stayed put. Adding a denial ("we do
        # not use your messages to train") is reassurance, not news.
        if not before and _denies(after, own):
            return False
        concepts = (flag, "ai-training-on-ai-pages") if kind in ("ai-notice", "opt-out") else (flag,)
        return any(s and _has(_visible(s), c, lexicons) for s in (before, after) for c in concepts)
    # Clause level: an objection clause left untouched in a sentence whose legal
    # basis changed is not new opt-out wording, and the other way round.
    old, new = _clauses(before), _clauses(after)
    changed = (old ^ new) if before and after else (old or new)
    if flag == "legal-basis":
        # Naming a basis as what one can object to or withdraw is opt-out wording.
        return any(_has(c, flag, lexicons) and not _has(c, "opt-out", lexicons) for c in changed)
    if any(_has(c, flag, lexicons) for c in changed):
        return True
    # An edit elsewhere in an opt-out sentence changes the opt-out ("…except for
    # data already used"), unless the edit is the legal basis it relies on.
    return not any(_has(c, "legal-basis", lexicons) for c in changed) and any(
        s and _has(_visible(s), flag, lexicons) for s in (before, after))


def _pair(removed: list[str], added: list[str], min_ratio: float = PAIRING_RATIO) -> list[tuple[str, str]]:
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


def _link_keys(text: str) -> Iterator[tuple[str, str]]:
    for match in LINK.finditer(text):
        yield (match[1] or "").strip(), _bare_url(match[2] or match[3])


def _opt_out_links(changed: list[str], elsewhere: set, lexicons, wanted: set[str]) -> list[str]:
    """Sentences among `changed` holding an opt-out link found nowhere in the other version."""
    found = []
    for sentence in changed:
        for label, url in _link_keys(sentence):
            if (label, url) not in elsewhere and (
                    url in wanted or OPT_OUT_URL.search(url) or _has(label, "opt-out", lexicons)
                    or _has(_visible(sentence), "opt-out", lexicons)):
                found.append(sentence)
                break
    return found


def _opt_out_link_changes(before: str, after: str, removed: list[str], added: list[str],
                          lexicons, opt_out_urls: tuple[str, ...]) -> list[Excerpt]:
    # Links only differ inside changed sentences; the whole texts are only
    # scanned for links, which is cheap, not for wording.
    wanted = {_bare_url(u) for u in opt_out_urls}
    gone = _opt_out_links(removed, set(_link_keys(after)), lexicons, wanted)
    came = _opt_out_links(added, set(_link_keys(before)), lexicons, wanted)
    # A re-pointed or relabelled link may share no word with the old one: pair anyway.
    return [Excerpt("opt-out-link", b, a) for b, a in _pair(gone, came, min_ratio=0.0)]


def _date_changes(old: list[LabelledDate], new: list[LabelledDate], today: date) -> list[DateChange]:
    changes = []
    for kind in ("effective", "updated"):
        was = sorted({d.date for d in old if d.kind == kind})
        now = sorted({d.date for d in new if d.kind == kind})
        if was != now:
            latest = now[-1] if now else None
            changes.append(DateChange(kind, was[-1].isoformat() if was else None,
                                      latest.isoformat() if latest else None,
                                      upcoming=bool(latest and latest > today)))
    return changes


def _severity(flags: list[str], kind: str) -> str:
    if {"opt-out", "opt-out-link", "ai-training"} & set(flags):
        return "high"
    if "date" in flags and kind in ("ai-notice", "opt-out"):
        return "high"
    if {"legal-basis", "date"} & set(flags):
        return "medium"
    return "low"


_FLAG_WORDS = {"ai-training": "AI-training wording changed", "opt-out": "opt-out wording changed",
               "opt-out-link": "opt-out link changed", "legal-basis": "legal basis wording changed"}


def _summary(flags: list[str], dates: list[DateChange], removed: list[str], added: list[str]) -> str:
    parts = [_FLAG_WORDS[f] for f in flags if f in _FLAG_WORDS]
    for change in dates:
        when = (f"{change.before} → {change.after}" if change.before and change.after
                else f"now {change.after}" if change.after else f"{change.before} no longer shown")
        parts.append(f"{change.kind} date {when}" + (" (upcoming)" if change.upcoming else ""))
    if not parts:
        if not removed and not added:
            return "Paragraphs moved or repeated; no sentence changed."
        return f"Other text changed: {len(removed)} sentence(s) removed, {len(added)} added."
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."
