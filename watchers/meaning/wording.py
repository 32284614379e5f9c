"""Does an edit of one sentence change the wording of a concept? (pure)

The classifier pairs each removed sentence with the added one it most resembles;
here each pair is asked, concept by concept (AI training, opt-out, legal basis,
and the practices privacy rankings score: collection, sharing, retention,
rights), whether the edit touched that concept's wording, or only a date, a
tense, a neighbouring clause or another concept's words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from watchers.meaning.lexicon import lexicons_for
from watchers.meaning.links import visible

PRACTICES = ("collection", "sharing", "retention", "rights")
# A return to an earlier text is news when it toggles these (an announced policy withdrawn).
TOGGLES = ("opt-out", "ai-training", "legal-basis")
WORD = re.compile(r"\w+")
CLAUSE = re.compile(r"[,;:|()]\s*|\s[–—-]\s")


class Concepts:
    """The page's lexicons (its language's, then English), each question asked once per
    classification: the same clauses are asked about for every flag."""

    def __init__(self, language: str):
        self.lexicons = lexicons_for(language)
        self.own = self.lexicons[0]  # the page's language: negation, conditions, filler words
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


def _clauses(sentence: str) -> set[str]:
    return {c.strip() for c in CLAUSE.split(visible(sentence)) if c.strip()}


def changes_concept(flag: str, before: str, after: str, lexicons: Concepts, kind: str) -> bool:
    """Does this old -> new sentence edit change wording of this concept?"""
    own = lexicons.own
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
        return _practice_changed(flag, before, after, changed, lexicons)
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


def _practice_changed(flag: str, before: str, after: str, changed: set[str], lexicons) -> bool:
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
    if flag != "sharing" or not any(lexicons.has(visible(s), "sharing-detail") for s in (before, after)):
        return False
    others = ("opt-out", "legal-basis", "collection", "retention", "rights")
    return not any(lexicons.has(c, other) for c in changed for other in others)
