"""What a change between two versions means: flags, severity, the sentences why (pure).

Sentence level, over the whole text: the sentences that disappeared and the
ones that appeared are what changed (a paragraph that only moved changes no
sentence). Each concept of the lexicon is looked for in those sentences only,
so an AI clause that stayed the same never flags a change elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from watchers.dates import LabelledDate, find_dates, with_iso_dates
from watchers.lexicon import lexicon, lexicons_for
from watchers.links import LINK, comparable_url, is_opt_out_link, links, visible
from watchers.sentences import SentenceChanges, changed_sentences, comparison_key, pair

FLAGS = ("opt-out", "opt-out-link", "date", "ai-training", "legal-basis", "collection", "sharing",
         "retention", "rights", "stance", "revert", "cosmetic")
SEVERITIES = ("high", "medium", "low", "noise")
# What privacy rankings score beyond AI and opt-outs: medium, each its own flag.
PRACTICES = ("collection", "sharing", "retention", "rights")
# A return to an earlier text is news when it toggles these (an announced policy withdrawn).
TOGGLES = ("opt-out", "ai-training", "legal-basis")
WORD = re.compile(r"\w+")
CLAUSE = re.compile(r"[,;:|()]\s*|\s[–—-]\s")


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
    where = f"version {returns_to[-1]}"
    if toggled and (_sha256(before), after_sha) not in seen:
        return Classification(flags, _severity([*result.flags, *toggled], kind),
                              f"Back to the text of {where}, which toggles {', '.join(toggled)} wording "
                              f"(an announced change withdrawn?): " + result.summary,
                              result.excerpts, result.dates)
    return Classification(flags, "noise", f"Back to the text of {where} (flip-flop): " + result.summary,
                          result.excerpts, result.dates)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _classify(before: str, after: str, language: str, kind: str, opt_out_urls: tuple[str, ...],
              today: date) -> Classification:
    changes = changed_sentences(before, after, language)
    removed, added = changes.removed, changes.added
    lexicons = _Concepts(language)
    link_excerpts = _opt_out_link_changes(before, after, removed, added, language, opt_out_urls)
    if not link_excerpts and _is_cosmetic(changes, language):
        return Classification(("cosmetic",), "noise",
                              "Formatting, punctuation, spelling variants, link tracking or date style only.")

    own = lexicon(language)
    excerpts: list[Excerpt] = []
    flags: list[str] = []

    # Old -> new sentence pairs; an edit confined to a link belongs to opt-out-link.
    pairs = [p for p in pair(removed, added) if not _link_only(*p)]
    # A heading that comes or goes ("Delete your information or account") names a
    # section; how to exercise a right is in its sentences.
    headings = {line.lstrip("#").strip() for line in (before + "\n" + after).splitlines() if line.startswith("#")}
    for flag in ("ai-training", "opt-out", "legal-basis") + PRACTICES:
        hits = [(b, a) for b, a in pairs if not (flag == "rights" and {b, a} - {""} <= headings)
                and _pair_has(flag, b, a, lexicons, own, kind)]
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
    return Classification(tuple(flags), _severity(flags, kind), _summary(flags, date_changes, changes),
                          tuple(excerpts), tuple(date_changes))


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


class _Concepts:
    """The page's lexicons (its language's, then English), each question asked once per
    classification: the same clauses are asked about for every flag."""

    def __init__(self, language: str):
        self.lexicons = lexicons_for(language)
        self._memo: dict[tuple[str, str], bool] = {}

    def has(self, text: str, concept: str) -> bool:
        key = (text, concept)
        if key not in self._memo:
            self._memo[key] = any(c.matches(text) for c in self.of(concept))
        return self._memo[key]

    def of(self, concept: str) -> list:
        return [lx.concepts[concept] for lx in self.lexicons if concept in lx.concepts]


def _denies(sentence: str, own) -> bool:
    """A negated statement, not counting conditions ("if you do not opt out, we will…")."""
    return own.concepts["negation"].matches(own.concepts["condition"].any.sub(" ", sentence))


def _link_only(before: str, after: str) -> bool:
    """Same words, different link: a URL re-pointed, a label changed, a link added or dropped."""
    return bool(before and after) and (visible(before) == visible(after)
                                       or LINK.sub("<link>", before) == LINK.sub("<link>", after))


def _clauses(sentence: str) -> set[str]:
    return {c.strip() for c in CLAUSE.split(visible(sentence)) if c.strip()}


def _pair_has(flag: str, before: str, after: str, lexicons, own, kind: str) -> bool:
    """Does this old -> new sentence edit change wording of this concept?"""
    if before and after and flag in TOGGLES and _only_dates_or_tense(before, after, own):
        return False
    if flag == "ai-training":
        # Sentence level: widening what trains the models is an AI-training change
        # even when the clause naming the models stayed put. Adding a denial ("we do
        # not use your messages to train") is reassurance, not news.
        if not before and _denies(after, own):
            return False
        concepts = (flag, "ai-training-on-ai-pages") if kind in ("ai-notice", "opt-out") else (flag,)
        if any(s and lexicons.has(visible(s), c) for s in (before, after) for c in concepts):
            return True
        # "…for this purpose" on an AI page points back to the training, unless it is the objection.
        return kind in ("ai-notice", "opt-out") and any(
            s and lexicons.has(visible(s), "ai-anaphora") and not lexicons.has(visible(s), "opt-out")
            for s in (before, after))
    # Clause level: an objection clause left untouched in a sentence whose legal
    # basis changed is not new opt-out wording, and the other way round.
    old, new = _clauses(before), _clauses(after)
    changed = (old ^ new) if before and after else (old or new)
    if flag == "legal-basis":
        # Legal obligations added to what decides how long data is kept are a retention criterion.
        if before and after and any(lexicons.has(visible(s), "retention") for s in (before, after)):
            return False
        # Naming a basis as what one can object to or withdraw is opt-out wording.
        return any(lexicons.has(c, flag) and not lexicons.has(c, "opt-out") for c in changed)
    if flag in PRACTICES:
        return _practice_changed(flag, before, after, old, changed, lexicons)
    if before and after and _words_unchanged(flag, before, after, lexicons):
        # "the right to object or to ask for restriction" -> "the right to object": the
        # edit is a right or a practice; the objection is as it was. (A basis is not:
        # what one can object to is the objection's scope.)
        edit = " ".join(_edited_words(before, after))
        if any(lexicons.has(edit, other) for other in ("rights-named", "collection", "sharing", "retention")):
            return False
    if any(lexicons.has(c, flag) for c in changed):
        return True
    # An edit elsewhere in an opt-out sentence changes the opt-out ("…except for
    # data already used"), unless the edit is the legal basis it relies on.
    return not any(lexicons.has(c, "legal-basis") for c in changed) and any(
        s and lexicons.has(visible(s), flag) for s in (before, after))


def _words_unchanged(flag: str, before: str, after: str, lexicons) -> bool:
    """Every span of wording of this concept in each version is in the other one too."""
    old, new = visible(before), visible(after)
    return all(word.casefold() in other.casefold()
               for mine, other in ((old, new), (new, old))
               for concept in lexicons.of(flag) for word in concept.words(mine))


def _new_words(concept: str, sentence: str, other: str, lexicons) -> list[str]:
    """The spans of wording of `concept` in `sentence` that the other version's sentence lacks."""
    other = visible(other).casefold()
    return [word for c in lexicons.of(concept) for word in c.words(visible(sentence)) if word.casefold() not in other]


def _edited_words(before: str, after: str) -> list[str]:
    """The words an edit deleted or inserted, in order (compared without case)."""
    old, new = WORD.findall(visible(before)), WORD.findall(visible(after))
    ops = SequenceMatcher(None, [w.casefold() for w in old], [w.casefold() for w in new], autojunk=False)
    return [word for tag, i1, i2, j1, j2 in ops.get_opcodes() if tag != "equal" for word in old[i1:i2] + new[j1:j2]]


def _only_dates_or_tense(before: str, after: str, own) -> bool:
    """The edit changes only a date, a verb's tense or small words ("we are updating" ->
    "we updated", "From 3 November 2025, we will…"): nothing new about what the sentence says."""
    edited = [word.casefold() for word in _edited_words(before, after)]
    filler = own.concepts["filler"]
    words = [w for w in edited if not w.isdigit()]
    # Numbers are dates only beside a month or as a year: "18 months" -> "24 months" is not filler.
    dated = len(words) < len(edited) and (any(filler.matches(w) and w.isalpha() and len(w) > 2 for w in words)
                                          or any(len(w) == 4 for w in edited if w.isdigit()))
    return bool(edited) and (dated or len(words) == len(edited)) and all(filler.matches(w) for w in words)


def _practice_changed(flag: str, before: str, after: str, old: set[str], changed: set[str],
                      lexicons) -> bool:
    """Collection, sharing, retention, rights: did the edit touch the practice's own words?"""
    if flag == "rights":
        # "…and to object to processing" added to a list of rights is the objection, not the
        # rights; and in a sentence about objecting, a contact route is the objection's.
        rights = {c for c in changed if not lexicons.has(c, "opt-out")}
        if any(s and lexicons.has(visible(s), "opt-out") for s in (before, after)):
            if before and after:
                return lexicons.has(" ".join(_edited_words(before, after)), "rights-named")
            rights = {c for c in rights if lexicons.has(c, "rights-named")}
        if changed and not rights:
            return False
        changed = rights
    if flag == "sharing" and any(s and lexicons.has(s, "sharing-inbound") for s in (before, after)):
        return False  # data coming in ("partners share information with us") is collection
    if not (before and after):
        # A sentence that came or went: the whole of it (a list of countries splits no clause).
        return (any(lexicons.has(c, flag) for c in changed) if flag == "rights"
                else lexicons.has(visible(before or after), flag))
    if not any(lexicons.has(visible(s), flag) for s in (before, after)):
        return False
    # The practice's own words changed ("for 18 months" -> "for 24 months"); words found
    # on both sides did not, and then the edit is elsewhere in the sentence.
    if _new_words(flag, before, after, lexicons) or _new_words(flag, after, before, lexicons):
        return True
    # An edit elsewhere in a sentence about this practice changes it when it names a new
    # detail of it (a data category, a recipient, a period, a right, a contact).
    detail = f"{flag}-detail"
    if _new_words(detail, before, after, lexicons) or _new_words(detail, after, before, lexicons):
        return True
    # A sentence naming whom data goes to is specific enough that any edit of no
    # other concept in it changes the sharing ("…, such as AI companies, to train their models").
    if not any(lexicons.has(visible(s), "sharing-detail") for s in (before, after)):
        return False
    others = ("opt-out", "legal-basis") + tuple(f for f in PRACTICES if f != flag)
    return flag == "sharing" and not any(lexicons.has(c, other) for c in changed for other in others)


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


_FLAG_WORDS = {"ai-training": "AI-training wording changed", "opt-out": "opt-out wording changed",
               "opt-out-link": "opt-out link changed", "legal-basis": "legal basis wording changed",
               "collection": "what data is collected changed", "sharing": "whom data is shared with changed",
               "retention": "how long data is kept changed",
               "rights": "how to exercise rights, whom to contact or how to complain changed"}


def _summary(flags: list[str], dates: list[DateChange], changes: SentenceChanges) -> str:
    parts = [_FLAG_WORDS[f] for f in flags if f in _FLAG_WORDS]
    for change in dates:
        when = (f"{change.before} → {change.after}" if change.before and change.after
                else f"now {change.after}" if change.after else f"{change.before} no longer shown")
        parts.append(f"{change.kind} date {when}" + (" (upcoming)" if change.upcoming else ""))
    if not parts:
        if changes.wording:
            parts.append(f"other text changed: {len(changes.removed)} sentence(s) removed, "
                         f"{len(changes.added)} added")
        elif changes.reordered:
            parts.append("paragraphs moved; no sentence changed")
    copies = len(changes.copies_removed), len(changes.copies_added)
    if copies[0]:
        parts.append(f"one copy of {copies[0]} repeated sentence(s) removed (still in the text)")
    if copies[1]:
        parts.append(f"{copies[1]} sentence(s) already in the text repeated")
    text = "; ".join(parts) or "no sentence changed"
    return text[0].upper() + text[1:] + "."
