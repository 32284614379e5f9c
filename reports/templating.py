"""The Jinja2 environments and the escaping helpers every rendered format shares.

Policy text is untrusted: a page can say anything, including markup. HTML and
Atom templates are autoescaped (Atom is XML: the same five characters), the
Markdown filter escapes Markdown's markup characters, and a link is only ever
made from an http(s) or mailto URL — anything else stays visible as text.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime, timezone
from functools import cache, partial
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reports.i18n import DEFAULT, Reader, reader
from reports.words import DIFF_OPS, OUTCOME_NAMES, confidence_names, kind_names, note_words
from watchers.meaning.links import LINK
from watchers.meaning.summary import DATE_KINDS, FLAG_NAMES, LABELS, SEVERITY_NAMES, summarise, value_words

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~>-])")
# Terminal escapes and bidi overrides (they reorder what a reader sees).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# What XML 1.0 forbids even escaped, on top of CONTROL: a feed holding one is unreadable.
XML_INVALID = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
SAFE_LINK = re.compile(r"^(?:https?://[^\s/]|mailto:[^\s])", re.IGNORECASE)
# Characters that would end or bend a Markdown link destination.
MARKDOWN_URL_UNSAFE = re.compile(r"[\s<>()\\\x00-\x1f\x7f]")
# One policy for every page we write: no script, no fetch, no form; inline CSS only.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                           "base-uri 'none'; form-action 'none'")


def escape_markdown(text: str) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", CONTROL.sub("", text))


def safe_link(url: str | None) -> str | None:
    """The URL if a link to it can only navigate (http, https, mailto), else None."""
    return url if url and SAFE_LINK.match(url) else None


def markdown_url(url: str) -> str:
    """A safe URL as a Markdown link destination: percent-encoded where Markdown would cut it."""
    return MARKDOWN_URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), url)


def link_segments(text: str) -> list[tuple[str, str | None]]:
    """The text cut into (text, href) pieces: `[label](url)` links of the
    normalised text become (label, url) when the URL is safe; an unsafe link
    stays whole as plain text so readers still see what the page said."""
    pieces: list[tuple[str, str | None]] = []
    position = 0
    for match in LINK.finditer(text):
        href = safe_link(match[2] or match[3])
        if href is None:
            continue
        if match.start() > position:
            pieces.append((text[position:match.start()], None))
        pieces.append((match[1] or href, href))
        position = match.end()
    if position < len(text) or not pieces:
        pieces.append((text[position:], None))
    return pieces


def markdown_segment(op: int, text: str) -> str:
    """One segment of a word diff in Markdown: ~~deleted~~, **inserted**, escaped.

    CommonMark ignores a marker next to a space ("** word**"), so the spaces at
    the edges of a changed run go outside the markers.
    """
    core = text.strip()
    if not op or not core:
        return escape_markdown(text)  # a changed space alone has nothing to mark
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    mark = "~~" if op < 0 else "**"
    return f"{lead}{mark}{escape_markdown(core)}{mark}{trail}"


def rfc3339(value: str | datetime) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    # The store writes UTC; a bare date or naive time is read as UTC too.
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _strip_invalid(value: Any) -> Any:
    # Markup is already escaped output of ours; re.sub would turn it back into
    # plain str and get it escaped twice.
    if isinstance(value, str) and not isinstance(value, Markup):
        return XML_INVALID.sub("", value)
    return value


def make_environment(autoescaped: tuple[str, ...], lang: str, finalize=None) -> Environment:
    """Templates in one reader's language: gettext through Jinja2's i18n extension (newstyle:
    placeholders are escaped like any value), dates, numbers, flags and summaries in it."""
    # Template names end in .j2: autoescape must key on "html.j2", not "html".
    # auto_reload off: templates are package files, not edited while Vigie runs, and checking
    # them before each of a site's hundreds of thousands of pages is a file-system call each.
    env = Environment(loader=PackageLoader("reports", "templates"), undefined=StrictUndefined, auto_reload=False,
                      autoescape=select_autoescape(list(autoescaped), default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      finalize=finalize, extensions=["jinja2.ext.i18n"])
    words = reader(lang)
    kinds, confidences = kind_names(words.translations), confidence_names(words.translations)
    env.install_gettext_translations(words.translations, newstyle=True)
    env.globals["lang"] = lang
    env.filters.update(md=escape_markdown, md_url=markdown_url, plain=lambda text: CONTROL.sub("", text),
                       safe_link=safe_link, links=link_segments, day=words.day, when=words.when,
                       number=words.number, flag=lambda flag: words.gettext(FLAG_NAMES.get(flag, flag)),
                       flags=lambda flags: ", ".join(words.gettext(FLAG_NAMES.get(f, f)) for f in flags)
                       or words.gettext("other text"),
                       severity=lambda severity: words.gettext(SEVERITY_NAMES.get(severity, severity)),
                       date_kind=lambda kind: words.gettext(DATE_KINDS.get(kind, kind)),
                       label=lambda question: words.gettext(LABELS.get(question, question)),
                       answer=lambda value: value_words(value, words),
                       summary=lambda change, platform: change_summary(change, platform, words),
                       kind=lambda kind: kinds.get(kind, kind),
                       outcome=lambda outcome: words.gettext(OUTCOME_NAMES.get(outcome, outcome)),
                       diff_op=lambda op: words.gettext(DIFF_OPS.get(op, op)),
                       confidence=lambda level: confidences.get(level, level),
                       note=lambda note: note_words(note, words))
    return env


def change_summary(change, platform: str, words: Reader) -> str:
    """A stored change's summary in the reader's language: the stored English sentence, or
    the one its facts write (an older change without facts: from its flags and dates)."""
    get = change.get if isinstance(change, dict) else partial(getattr, change)
    if words.lang == DEFAULT:
        return get("summary")
    dates = [d if isinstance(d, dict) else asdict(d) for d in get("dates")]
    return summarise(get("flags"), dates, get("facts") or {}, words, platform=platform)


@cache
def page_environment(lang: str = DEFAULT) -> Environment:
    """For the weekly report, the site and the feeds: every value printed is
    stripped of control characters, which XML forbids and terminals obey."""
    env = make_environment(("html.j2", "atom.j2"), lang, finalize=_strip_invalid)
    env.globals["csp"] = CONTENT_SECURITY_POLICY
    env.globals["languages"] = ()  # a site in several languages: each page's link to itself in the others
    env.filters.update(md_segment=lambda segment: markdown_segment(*segment), rfc3339=rfc3339)
    return env
