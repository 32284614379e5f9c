"""The names the store keeps (a watch's kind, a check's outcome, a diff block's operation, an
answer's confidence and notes) as a reader reads them, in their language (pure).

Marked with `N_` for the catalogue and translated when a page is rendered
(reports/templating.py installs them as filters); in English they read as named. Text quoted
from a policy (a retention period as the page words it) is never translated.
"""

from __future__ import annotations

from gettext import NullTranslations as Translations
from typing import NamedTuple

from watchers.meaning.summary import ENGLISH, N_, Reader, value_words

# watchers.store.db's outcomes of a check.
OUTCOME_NAMES = {"new": N_("new"), "changed": N_("changed"), "unchanged": N_("unchanged"),
                 "not-modified": N_("not-modified"), "blocked": N_("blocked"), "error": N_("error"),
                 "skipped": N_("skipped"), "imported": N_("imported")}
# reports.diffview's block operations ("move" reads "moved from line N").
DIFF_OPS = {"replace": N_("replace"), "insert": N_("insert"), "delete": N_("delete")}


class Note(NamedTuple):
    """Something an answer adds beside its value: `kind` says what, `value` is an answer's
    words (translated) or, for "detail", the policy's own (never translated)."""

    kind: str  # data, default, linked-accounts, not-in-effect, unread, detail, or a detail's name
    value: str = ""


NOTES = {
    "data": N_("data: %(value)s"),
    "default": N_("by default: %(value)s"),
    "linked-accounts": N_("covers linked accounts: %(value)s"),
}
NOT_IN_EFFECT = N_("not in effect yet")
# An unanswered question the texts speak of (watchers/meaning/stance/doubt.py): the quote is
# what to read, not a proof.
UNREAD = N_("the texts speak of it in words no rule reads: read the sentence quoted")


# Words that other names share in English but not in every language are told apart by a
# context (pgettext): a confidence is 'élevée' in French where a severity is 'haute'.

def kind_names(translations: Translations) -> dict[str, str]:
    """A watch's kind (the watchlist's `kind`), as a reader names such a document."""
    t = translations
    return {"privacy-policy": t.pgettext("document kind", "privacy-policy"),
            "ai-notice": t.pgettext("document kind", "ai-notice"),
            "opt-out": t.pgettext("document kind", "opt-out"),
            "terms": t.pgettext("document kind", "terms"),
            "other": t.pgettext("document kind", "other")}


def confidence_names(translations: Translations) -> dict[str, str]:
    """How sure an answer is: 'high', 'medium', 'low'."""
    t = translations
    return {"high": t.pgettext("confidence", "high"), "medium": t.pgettext("confidence", "medium"),
            "low": t.pgettext("confidence", "low")}


def note_words(note: Note, reader: Reader = ENGLISH) -> str:
    """'data: public-posts, photos-videos', 'by default: yes', 'not in effect yet'… in the reader's words."""
    kind, value = note
    if kind == "detail":
        return value  # the policy's words
    if kind == "not-in-effect":
        return reader.gettext(NOT_IN_EFFECT)
    if kind == "unread":
        return reader.gettext(UNREAD)
    if kind in NOTES:
        return reader.gettext(NOTES[kind]) % {"value": value_words(value, reader)}
    return reader.gettext("%(name)s: %(value)s") % {"name": kind, "value": value_words(value, reader)}
