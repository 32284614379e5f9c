"""What a change between two versions means: flags, severity, the sentences why (pure).

Sentence level, over the whole text: the sentences that disappeared and the
ones that appeared are what changed (a paragraph that only moved changes no
sentence). Each concept of the lexicon is looked for in those sentences only,
so an AI clause that stayed the same never flags a change elsewhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from difflib import SequenceMatcher

from watchers.meaning.dates import LabelledDate, find_dates, with_iso_dates
from watchers.meaning.links import LINK, comparable_url, is_opt_out_link, links, visible
from watchers.meaning.passages import as_read
from watchers.meaning.sentences import SentenceChanges, changed_sentences, comparison_key, pair
from watchers.meaning.summary import summarise
from watchers.meaning.wording import PRACTICES, TOGGLES, Concepts, changes_concept

FLAGS = ("opt-out", "opt-out-link", "date", "ai-training", "legal-basis", "collection", "sharing",
         "retention", "rights", "stance", "revert", "cosmetic")
SEVERITIES = ("high", "medium", "low", "noise")
# What privacy rankings score beyond AI and opt-outs: medium, each its own flag.


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
    excerpts: tuple[Excerpt, ...] = ()
    dates: tuple[DateChange, ...] = ()
    facts: dict = field(default_factory=dict)  # what the summary says beyond flags and dates

    @property
    def summary(self) -> str:
        """In English; `watchers.meaning.summary.summarise` writes it in other languages."""
        return summarise(self.flags, [asdict(d) for d in self.dates], self.facts)


def classify(before: str, after: str, *, language: str = "en", kind: str = "privacy-policy",
             history: Sequence[tuple[int, str]] = (), opt_out_urls: tuple[str, ...] = (),
             today: date | None = None) -> Classification:
    """Classify the change `before` -> `after`. `history` holds (number, sha256 of
    the text) of the versions older than `before`, oldest first: a return to one
    of them is a revert."""
    result = _classify(before, after, language, kind, opt_out_urls, today or date.today())
    after_sha = _sha256(after)
    returns_to = [number for number, sha in history if sha == after_sha]
    if not returns_to:
        return result
    # What the return toggles shows in either direction: re-adding "we do not
    # train on your messages" raises nothing, removing it did.
    undone = _classify(after, before, language, kind, opt_out_urls, today).flags
    toggled = [flag for flag in TOGGLES if flag in result.flags or flag in undone]
    # A page oscillating A/B/A/B alerts at most once: a transition seen before is a capture flip-flop.
    chain = [sha for _, sha in history] + [_sha256(before)]
    seen = set(zip(chain, chain[1:]))
    flags = tuple(f for f in FLAGS if f in result.flags or f == "revert")
    revert = {"version": returns_to[-1], "toggled": []}
    if toggled and (_sha256(before), after_sha) not in seen:
        return Classification(flags, _severity([*result.flags, *toggled], kind), result.excerpts, result.dates,
                              {**result.facts, "revert": {**revert, "toggled": toggled}})  # an announced change withdrawn?
    return Classification(flags, "noise", result.excerpts, result.dates, {**result.facts, "revert": revert})


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _classify(before: str, after: str, language: str, kind: str, opt_out_urls: tuple[str, ...],
              today: date) -> Classification:
    changes = changed_sentences(before, after, language)
    removed, added = changes.removed, changes.added
    lexicons = Concepts(language)
    link_excerpts = _opt_out_link_changes(before, after, removed, added, language, opt_out_urls)
    if not link_excerpts and _is_cosmetic(changes, language):
        return Classification(("cosmetic",), "noise")

    excerpts: list[Excerpt] = []
    flags: list[str] = []

    # Old -> new sentence pairs; an edit confined to a link belongs to opt-out-link.
    pairs = [p for p in pair(removed, added) if not _link_only(*p)]
    # A heading that comes or goes ("Delete your information or account") names a
    # section; how to exercise a right is in its sentences.
    headings = {line.lstrip("#").strip() for line in (before + "\n" + after).splitlines() if line.startswith("#")}
    for flag in ("ai-training", "opt-out", "legal-basis") + PRACTICES:
        hits = [(b, a) for b, a in pairs if not (flag == "rights" and {b, a} - {""} <= headings)
                and changes_concept(flag, b, a, lexicons, kind)]
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
        date_changes = _date_changes(old_dates, new_dates, today) or _announced(removed, added, language, today)
    if date_changes:
        flags.append("date")
        kinds = {c.kind for c in date_changes}
        old_lines = {d.line for d in old_dates if d.kind in kinds}
        new_lines = {d.line for d in new_dates if d.kind in kinds}
        lines = pair(sorted(old_lines - new_lines), sorted(new_lines - old_lines), min_ratio=0.0)
        excerpts += [Excerpt("date", b, a) for b, a in lines]

    flags = [f for f in FLAGS if f in flags]
    facts = {"removed": len(removed), "added": len(added), "reordered": changes.reordered,
             "copies_removed": len(changes.copies_removed), "copies_added": len(changes.copies_added)}
    # Excerpts are quoted as read: a table row's cells, not its pipes (stance proofs are too).
    excerpts = [Excerpt(e.flag, as_read(e.before), as_read(e.after)) for e in excerpts]
    return Classification(tuple(flags), _severity(flags, kind), tuple(excerpts), tuple(date_changes), facts)


def _is_cosmetic(changes: SentenceChanges, language: str) -> bool:
    """Nothing a reader would call new wording: no sentence appeared or went
    (they compare without case, punctuation, spelling variants and link
    tracking), or only typos and the way dates are written changed."""
    if changes.copies_removed or changes.copies_added or changes.reordered:
        return False
    removed, added = changes.removed, changes.added
    if not removed and not added:
        return True
    if _only_typos("\n".join(removed), "\n".join(added), language):
        return True
    # "20 November 2024" -> "November 20, 2024": the same dates, written differently.
    return len(removed) == len(added) and all(
        comparison_key(with_iso_dates(b, language), language) == comparison_key(with_iso_dates(a, language), language)
        for b, a in zip(removed, added))


def _only_typos(before: str, after: str, language: str) -> bool:
    """Every changed word is a near-identical spelling of the old one (no digits)."""
    old, new = comparison_key(before, language).split(), comparison_key(after, language).split()
    if len(old) != len(new):
        return False
    pairs = [(a, b) for a, b in zip(old, new) if a != b]
    return len(pairs) <= 3 and all(
        not any(ch.isdigit() for ch in a + b) and min(len(a), len(b)) >= 4
        and SequenceMatcher(None, a, b).ratio() >= 0.75 for a, b in pairs)


def _link_only(before: str, after: str) -> bool:
    """Same words, different link: a URL re-pointed, a label changed, a link added or dropped."""
    return bool(before and after) and (visible(before) == visible(after)
                                       or LINK.sub("<link>", before) == LINK.sub("<link>", after))


def _link_keys(text: str, language: str) -> set[tuple[str, str]]:
    return {(label, comparable_url(url, language)) for label, url in links(text)}


def _opt_out_links(changed: list[str], elsewhere: set, language: str, wanted: set[str]) -> list[str]:
    """Sentences among `changed` holding an opt-out link found nowhere in the other version."""
    return [sentence for sentence in changed
            if any((label, comparable_url(url, language)) not in elsewhere
                   and is_opt_out_link(label, url, sentence, language, wanted)
                   for label, url in links(sentence))]


def _opt_out_link_changes(before: str, after: str, removed: list[str], added: list[str],
                          language: str, opt_out_urls: tuple[str, ...]) -> list[Excerpt]:
    # Links only differ inside changed sentences; the whole texts are only
    # scanned for links, which is cheap, not for wording.
    wanted = {comparable_url(u, language) for u in opt_out_urls}
    gone = _opt_out_links(removed, _link_keys(after, language), language, wanted)
    came = _opt_out_links(added, _link_keys(before, language), language, wanted)
    # A re-pointed or relabelled link may share no word with the old one: pair anyway.
    return [Excerpt("opt-out-link", b, a) for b, a in pair(gone, came, min_ratio=0.0)]


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


def _announced(removed: list[str], added: list[str], language: str, today: date) -> list[DateChange]:
    """A new sentence announcing a date the page already showed elsewhere ("On 3 November
    2025, we updated this notice…" beside "Effective 3 November 2025"): still news."""
    was = {(d.kind, d.date) for d in find_dates("\n".join(removed), language)}
    new = sorted({(d.kind, d.date) for d in find_dates("\n".join(added), language)} - was)
    return [DateChange(kind, None, when.isoformat(), upcoming=when > today) for kind, when in new[-1:]]


def _severity(flags: list[str], kind: str) -> str:
    if {"opt-out", "opt-out-link", "ai-training", "stance"} & set(flags):
        return "high"
    if "date" in flags and kind in ("ai-notice", "opt-out"):
        return "high"
    if {"legal-basis", "date", *PRACTICES} & set(flags):
        return "medium"
    return "low"


