"""Links in policy text: which ones are the same link, which ones are opt-outs (pure).

The extractor writes links as `[label](url)`. Two URLs are the same link when
they differ only in what identifies the visitor or the visit (tracking
parameters, session ids, a language parameter repeating the page's own
language) or in the fragment: platforms add such parameters to every help link
between two captures, and that is not a new opt-out link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from watchers.meaning.lexicon import lexicons_for
from watchers.page.normalise import clean_url

# The extractor writes a link on one line: a "[" closed on a later line is not one.
LINK = re.compile(r"\[([^\]\n]*)\]\((\S+?)\)|<(https?://[^>\s]+)>")
# Opt-out pages and settings, recognisable from the URL alone.
OPT_OUT_URL = re.compile(r"opt[-_]?out|object|objection|right-to-object|widerspruch|oposici|opposition"
                         r"|data-for-(?:generative-)?ai|ai-data|ai-improvement|privacy-settings|/settings/"
                         r"|activity-?controls|ads?[-_]?(?:preferences|settings)|adsettings",
                         re.IGNORECASE)
# Beyond the extractor's click identifiers (watchers.page.normalise): parameters that
# name the visit, not the target. Kept in the stored text, ignored when comparing.
VISIT_PARAMS = frozenset({
    "trk", "trkinfo", "lipi", "licu", "midtoken", "midsig", "trackingid", "refid", "ref", "ref_",
    "src", "cmp", "sessionid", "session_id", "sid", "jsessionid", "phpsessid", "aspsessionid",
    "sessid", "ved", "ei", "usg", "entry_point",
})
# A language parameter is noise when it repeats the page's own language.
LANGUAGE_PARAMS = frozenset({"lang", "hl", "locale", "language", "lng", "setln", "ln"})
# A policy may link a dozen settings; an alert lists the first few.
MAX_PAGE_LINKS = 8


@dataclass(frozen=True)
class ActionLink:
    """A link a reader can act on: from the newest version of the page, or from the watchlist."""

    label: str
    url: str
    source: str  # "page" | "watchlist"
    gone: bool = False  # a watchlist link the page carried before and no longer does


@lru_cache(maxsize=16384)  # the same links recur across a page's sentences and versions
def comparable_url(url: str, language: str = "") -> str:
    """The URL as far as the reader is concerned: no tracking or session
    parameters, no language parameter repeating `language` (any language
    parameter when `language` is "*": the same page in another language), no
    fragment, no trailing slash."""
    url = url.split("#", 1)[0]
    url = clean_url(url, url) or url
    try:
        scheme, netloc, path, query, _ = urlsplit(url)
    except ValueError:
        return url
    own = language.split("-")[0].casefold()
    kept = []
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        name = name.casefold()
        if not pair or name in VISIT_PARAMS:
            continue
        if name in LANGUAGE_PARAMS and own and (own == "*" or value.casefold().replace("_", "-").split("-")[0] == own):
            continue
        kept.append(pair)
    return urlunsplit((scheme, netloc, path.rstrip("/"), "&".join(sorted(kept)), ""))


def links(text: str) -> Iterator[tuple[str, str]]:
    """(label, url) of every link in `text`, in order; bare `<url>` links have an empty label."""
    for match in LINK.finditer(text):
        yield (match[1] or "").strip(), match[2] or match[3]


def visible(text: str) -> str:
    """What a reader sees: links replaced by their labels."""
    return LINK.sub(lambda m: m[1] if m[1] is not None else m[3], text)


def is_opt_out_link(label: str, url: str, sentence: str, language: str, wanted: Iterable[str] = ()) -> bool:
    """Does this link lead to an opt-out: a configured opt-out URL, an opt-out
    path, or opt-out wording in its label or in the sentence it sits in?"""
    return (comparable_url(url, language) in wanted or _opt_out_url(url)
            or _says_opt_out(label, language) or _says_opt_out(visible(sentence), language))


@lru_cache(maxsize=16384)  # a policy repeats its links and labels ("Learn more") hundreds of times
def _opt_out_url(url: str) -> bool:
    return bool(OPT_OUT_URL.search(url))


@lru_cache(maxsize=16384)
def _says_opt_out(text: str, language: str) -> bool:
    return any(lx.concepts["opt-out"].matches(text) for lx in lexicons_for(language))


def page_opt_out_links(text: str, language: str) -> list[tuple[str, str]]:
    """The opt-out links a version of a page carries, (label, url), first occurrence of each."""
    found: dict[str, tuple[str, str]] = {}
    seen: set[tuple[str, str]] = set()
    for label, url in links(text):
        if (label, url) in seen or not url.startswith(("http://", "https://")):
            continue
        seen.add((label, url))
        if _opt_out_url(url) or _says_opt_out(label, language):
            found.setdefault(comparable_url(url, language), (label or url, url))
    return list(found.values())


def action_links(page: list[tuple[str, str]], configured: Iterable[tuple[str, str]], language: str,
                 before: list[tuple[str, str]] | None = None) -> list[ActionLink]:
    """What to act on: the page's own opt-out links (`page`, from its newest
    version; the configured ones it carries first, at most MAX_PAGE_LINKS), then
    the configured ones it does not carry. A configured link that the previous
    version carried (`before`) and the newest does not is marked `gone`: the
    platform replaced or dropped it."""
    configured = list(configured)
    wanted = {comparable_url(url, language) for _, url in configured}
    here = {comparable_url(url, language) for _, url in page}
    earlier = {comparable_url(url, language) for _, url in before or ()}
    ranked = sorted(page, key=lambda link: comparable_url(link[1], language) not in wanted)
    actions = [ActionLink(label, url, "page") for label, url in ranked[:MAX_PAGE_LINKS]]
    for label, url in configured:
        key = comparable_url(url, language)
        if key not in here:
            actions.append(ActionLink(label, url, "watchlist", gone=key in earlier))
    return actions
