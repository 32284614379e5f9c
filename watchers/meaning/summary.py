"""A change's summary, written in the reader's language from the facts kept with it (pure).

A stored change keeps what its summary is made of: its flags, its dates and `facts`
(how many sentences came and went, the version a revert returns to, the answers it
moved). The sentence is written when someone reads it, through a `Reader` that knows
the reader's catalogue and how their language writes dates (`reports.i18n`). The stored
`summary` column is the English sentence, for the command line and the exports.

Messages are English text marked with `N_` so Babel's extractor finds them; the reader
translates them when the sentence is written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol


def N_(message: str) -> str:
    """Mark a message for the catalogue; it is translated where it is read."""
    return message


class Reader(Protocol):
    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def day(self, value: str) -> str: ...


class English:
    """The messages as written, dates as ISO: what is stored and what the terminal shows."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def day(self, value: str) -> str:
        return value


ENGLISH = English()

FLAG_SENTENCES = {
    "ai-training": N_("AI-training wording changed"),
    "opt-out": N_("opt-out wording changed"),
    "opt-out-link": N_("opt-out link changed"),
    "legal-basis": N_("legal basis wording changed"),
    "collection": N_("what data is collected changed"),
    "sharing": N_("whom data is shared with changed"),
    "retention": N_("how long data is kept changed"),
    "rights": N_("how to exercise rights, whom to contact or how to complain changed"),
}
# A date change, by its kind (watchers.meaning.dates) and what happened to it.
DATE_SENTENCES = {
    ("effective", "moved"): N_("effective date %(before)s → %(after)s"),
    ("effective", "new"): N_("effective date now %(after)s"),
    ("effective", "gone"): N_("effective date %(before)s no longer shown"),
    ("updated", "moved"): N_("updated date %(before)s → %(after)s"),
    ("updated", "new"): N_("updated date now %(after)s"),
    ("updated", "gone"): N_("updated date %(before)s no longer shown"),
}
DATE_KINDS = {"effective": N_("effective date"), "updated": N_("updated date")}
COSMETIC = N_("Formatting, punctuation, spelling variants, link tracking or date style only.")


def summarise(flags: Sequence[str], dates: Sequence[Mapping[str, Any]], facts: Mapping[str, Any],
              reader: Reader = ENGLISH, platform: str = "") -> str:
    """The summary of a change with these flags, date changes (DateChange as dicts) and facts."""
    _ = reader.gettext
    text = _(COSMETIC) if "cosmetic" in flags else _body(flags, dates, facts, reader)
    revert = facts.get("revert")
    if revert:
        where = {"version": revert["version"]}
        if revert.get("toggled"):
            toggled = ", ".join(_(FLAG_NAMES.get(f, f)) for f in revert["toggled"])
            text = _("Back to the text of version %(version)d, which toggles %(toggled)s wording "
                     "(an announced change withdrawn?): ") % {**where, "toggled": toggled} + text
        else:
            text = _("Back to the text of version %(version)d (flip-flop): ") % where + text
    moved = facts.get("stance")
    if moved:
        text = _("Where %(platform)s stands changed: %(answers)s. ") % {
            "platform": platform, "answers": _("; ").join(moved_answer(m, reader) for m in moved)} + text
    return text


def _body(flags: Sequence[str], dates: Sequence[Mapping[str, Any]], facts: Mapping[str, Any],
          reader: Reader) -> str:
    _ = reader.gettext
    parts = [_(FLAG_SENTENCES[f]) for f in flags if f in FLAG_SENTENCES]
    for change in dates:
        state = "moved" if change["before"] and change["after"] else "new" if change["after"] else "gone"
        sentence = _(DATE_SENTENCES[(change["kind"], state)]) % {
            "before": reader.day(change["before"] or ""), "after": reader.day(change["after"] or "")}
        parts.append(sentence + (_(" (upcoming)") if change.get("upcoming") else ""))
    removed, added = facts.get("removed", 0), facts.get("added", 0)
    if not parts:
        if removed or added:
            parts.append(_("other text changed: %(removed)s, %(added)s") % {
                "removed": reader.ngettext("%(n)d sentence removed", "%(n)d sentences removed", removed) % {"n": removed},
                "added": reader.ngettext("%(n)d added", "%(n)d added", added) % {"n": added}})
        elif facts.get("reordered"):
            parts.append(_("paragraphs moved; no sentence changed"))
    if facts.get("copies_removed"):
        n = facts["copies_removed"]
        parts.append(reader.ngettext("one copy of a repeated sentence removed (still in the text)",
                                     "one copy of %(n)d repeated sentences removed (still in the text)", n) % {"n": n})
    if facts.get("copies_added"):
        n = facts["copies_added"]
        parts.append(reader.ngettext("%(n)d sentence already in the text repeated",
                                     "%(n)d sentences already in the text repeated", n) % {"n": n})
    # Translators: what separates the parts of a summary (French sets a space before ";").
    text = _("; ").join(parts) or _("no sentence changed")
    return text[0].upper() + text[1:] + "."


# The flags as a reader sees them: in English, their names (the watchlist's `flags`).
FLAG_NAMES = {
    "opt-out": N_("opt-out"), "opt-out-link": N_("opt-out-link"), "date": N_("date"),
    "ai-training": N_("ai-training"), "legal-basis": N_("legal-basis"), "collection": N_("collection"),
    "sharing": N_("sharing"), "retention": N_("retention"), "rights": N_("rights"), "stance": N_("stance"),
    "revert": N_("revert"), "cosmetic": N_("cosmetic"),
}


SEVERITY_NAMES = {"high": N_("high"), "medium": N_("medium"), "low": N_("low"), "noise": N_("noise")}


# What a reader calls each stance question (alerts, the weekly report, the site, the terminal).
LABELS = {
    "ai-training": N_("Trains AI on members' data"),
    "ai-opt-out": N_("How to refuse"),
    "effective": N_("Effective date"),
    "legal-basis": N_("Legal basis for AI training"),
    "retention": N_("Retention"),
    "rights": N_("Rights"),
}
# The answers' values (watchers.meaning.stance), as a reader sees them: in English, as named.
VALUES = {word: word for word in (
    N_("yes"), N_("no"), N_("unclear"), N_("setting"), N_("form"), N_("email"), N_("none"),
    N_("consent"), N_("legitimate-interests"), N_("contract"), N_("stated"), N_("not-stated"),
    N_("access"), N_("correction"), N_("deletion"), N_("portability"), N_("objection"), N_("restriction"),
    N_("withdraw-consent"), N_("complaint"), N_("public-posts"), N_("photos-videos"), N_("messages"),
    N_("ai-interactions"), N_("metadata"), N_("profile"), N_("other"),
    N_("none stated"), N_("not stated"))}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def shown(value: str | tuple[str, ...]) -> str:
    """An answer's value as one string, in English: the history stores it, people read it."""
    if isinstance(value, tuple):
        return ", ".join(value) if value else "none stated"
    return value or "not stated"


def value_words(value: str, reader: Reader = ENGLISH) -> str:
    """A stored answer (`shown`) in the reader's words: each known value translated, a date
    in their style, anything else as it is."""
    words = [reader.day(w) if ISO_DAY.match(w) else reader.gettext(w) if w in VALUES else w
             for w in value.split(", ")]
    return ", ".join(words)


def moved_answer(moved: Mapping[str, str], reader: Reader = ENGLISH) -> str:
    """'Trains AI on members' data: no → yes'."""
    return reader.gettext("%(question)s: %(before)s → %(after)s") % {
        "question": reader.gettext(LABELS[moved["question"]]),
        "before": value_words(moved["from"], reader), "after": value_words(moved["to"], reader)}
