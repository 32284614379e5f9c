"""The reader's language: gettext catalogues, and dates and numbers in the language's style.

Catalogues are `reports/locale/<lang>/LC_MESSAGES/messages.po`, compiled by Babel into the
`.mo` beside them (docs/translating.md); a language is available when its compiled
catalogue is, so adding German is a file, not code. English is the messages as written.

Which language: the one asked for (`--lang`, a channel's `lang`), else the watchlist's
top-level `lang`, else the environment's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
else English.
"""

from __future__ import annotations

import gettext
import io
import os
from datetime import date, datetime, timezone
from functools import cache, lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from babel.support import Translations

DEFAULT = "en"
DOMAIN = "messages"


@cache
def available() -> tuple[str, ...]:
    """The languages Vigie writes in: English and every compiled catalogue."""
    folder = resources.files("reports") / "locale"
    found = [entry.name for entry in folder.iterdir() if (entry / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file()] \
        if folder.is_dir() else []
    return tuple(sorted({DEFAULT, *found}))


def language_of(tag: str | None) -> str | None:
    """'fr' for 'fr', 'fr_BE.UTF-8' or 'fr-FR'; None for what names no language ('C', '')."""
    if not tag:
        return None
    try:
        return Locale.parse(tag.split(".")[0].split("@")[0].replace("-", "_")).language
    except (ValueError, UnknownLocaleError):
        return None


def from_environment(environ: dict[str, str] | None = None) -> str | None:
    """The language the environment's locale asks for, as gettext reads it."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for tag in environ.get(name, "").split(":"):  # LANGUAGE may list several
            language = language_of(tag)
            if language:
                return language
    return None


def choose(*preferences: str | None, environ: dict[str, str] | None = None) -> str:
    """The first preference Vigie can write in, else the environment's language, else English."""
    for wanted in (*preferences, from_environment(environ)):
        if wanted in available():
            return wanted
    return DEFAULT


class Reader:
    """Messages, dates and numbers for one language (watchers.meaning.summary.Reader)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.locale = Locale.parse(lang)  # parsed once: Babel parses a string on every call
        self.translations = _translations(lang)

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def day(self, value: str | date | datetime) -> str:
        """A day, as the language writes it ('2025-05-27' in English, '27 mai 2025' in French)."""
        moment = _moment(value)
        if moment is None:
            return str(value)
        # Translators: a CLDR date pattern (https://cldr.unicode.org/translation/date-time/date-time-patterns).
        return _format_day(moment.date(), self.gettext("yyyy-MM-dd"), self.locale)

    def when(self, value: str | datetime) -> str:
        """A moment in UTC, as the language writes it."""
        moment = _moment(value)
        if moment is None:
            return str(value)
        # Translators: a CLDR date-time pattern; the time is always UTC.
        return format_datetime(moment, self.gettext("yyyy-MM-dd HH:mm 'UTC'"), tzinfo=timezone.utc,
                               locale=self.locale)

    def number(self, value: int | float) -> str:
        return _format_number(value, self.locale)


# A site's index shows a date and a count for each of 10,000 watches: most repeat, and
# Babel's formatting is a few microseconds each time.
@lru_cache(maxsize=4096)
def _format_day(day: date, pattern: str, locale: Locale) -> str:
    return format_date(day, pattern, locale=locale)


@lru_cache(maxsize=4096)
def _format_number(value: int | float, locale: Locale) -> str:
    return format_decimal(value, locale=locale)


@cache
def reader(lang: str) -> Reader:
    return Reader(lang)


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == DEFAULT:
        return gettext.NullTranslations()
    # Read as a resource, not a path: Scrapyd runs the code from a zipped egg.
    data = (resources.files("reports") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").read_bytes()
    return Translations(io.BytesIO(data), domain=DOMAIN)


def _moment(value: str | date | datetime) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return None  # not a date: shown as it is
    # The store writes UTC; a bare date or naive time is read as UTC too.
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
