"""Is this page the policy? Pure judgement of one fetched page (no I/O).

A bad page — an HTTP error, a wall, a wrong region, an empty extraction — must
become a failed check with a reason, never a version: a version that says "the
policy is now 'Log in to continue'" would alert everyone for nothing, and the
next good fetch would alert again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from importlib import resources
from urllib.parse import urlsplit

import tomli

from watchers.catalogue.watchlist import Watch
from watchers.page.extract import extract, split_overlays
from watchers.page.fetch import Fetch
from watchers.page.language import language_problem

# A real policy, AI notice or opt-out page is never this short; below it we
# hold the page as suspect (probably a placeholder or an interstitial).
MIN_CHARS = 100
# A page that suddenly loses most of its text was almost certainly served
# wrong (a partial render, a placeholder), not rewritten.
MIN_SHARE_OF_PREVIOUS = 0.2
# Walls are short pages: only pages yielding less text than this (overlays
# aside) are searched for wall phrases, so a policy that merely mentions
# "captcha" or "avant de continuer" is not a wall.
WALL_MAX_CHARS = 3000
# Text read in the wrong charset: bytes the declared one cannot decode (U+FFFD),
# or UTF-8 read as Windows-1252 ("Ã©" for "é"). Recorded, it would be a false
# change now and another when the server is fixed. A couple are tolerated:
# sloppy sites carry a stray one for years.
MAX_GARBLED = 2
# UTF-8 read as an 8-bit charset: every multi-byte sequence starts with a byte that
# cp1252 and Latin-1 read as one of these. Text without them cannot be mojibake.
_UTF8_LEAD_AS_8BIT = re.compile("[\u00c2-\u00f4]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
BLOCKING_STATUSES = {401: "login wall", 403: "access forbidden (bot protection?)",
                     407: "proxy login", 429: "rate limited", 451: "unavailable in this region"}


@dataclass(frozen=True)
class Verdict:
    outcome: str  # "ok" when the page is the policy, else "blocked" or "error"
    reason: str | None = None
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


@dataclass(frozen=True)
class Wall:
    kind: str
    label: str
    phrases: tuple[str, ...]
    urls: tuple[str, ...]


@cache
def _walls_toml() -> dict:
    return tomli.loads((resources.files("watchers.page") / "walls.toml").read_text("utf-8"))


@cache
def walls() -> tuple[Wall, ...]:
    return tuple(Wall(kind, spec["label"], tuple(p.casefold() for p in spec["phrases"]),
                      tuple(spec["urls"])) for kind, spec in _walls_toml().items() if "phrases" in spec)


@cache
def overlay_selectors() -> tuple[str, ...]:
    """CSS selectors of what floats over a page (walls.toml's [overlays])."""
    spec = _walls_toml()["overlays"]
    named = [f"[{attribute}*={variant}]" for name in spec["names"]
             for variant in dict.fromkeys((name, name[:1].upper() + name[1:]))
             for attribute in ("id", "class")]
    return tuple(f"{css}:not(html):not(body):not(main)" for css in (*spec["selectors"], *named))


def judge_response(fetch: Fetch) -> Verdict | None:
    """A failed check for transport and HTTP failures; None when there is a page to read."""
    if fetch.error:
        return Verdict("error", fetch.error)
    status = fetch.status or 0
    # Said in the reason, so that `vigie status` shows how long the server asked us to wait.
    wait = f" (the server asks to wait {fetch.retry_after:.0f} s)" if fetch.retry_after else ""
    if status in BLOCKING_STATUSES:
        return Verdict("blocked", f"HTTP {status}: {BLOCKING_STATUSES[status]}{wait}")
    if status >= 400 or status < 200 or status == 304:
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "unexpected status"
        return Verdict("error", f"HTTP {status} {phrase}{wait}")
    if fetch.final_url and fetch.final_url != fetch.url:
        wall = _wall_by_url(fetch.final_url)
        if wall:
            return Verdict("blocked", f"{wall.label}: redirected to {fetch.final_url}")
    if not fetch.body.strip():
        return Verdict("error", "empty response body")
    return None


def judge_page(watch: Watch, fetch: Fetch, previous_chars: int | None = None) -> Verdict:
    """Extract the policy text and decide whether it can be a version."""
    extraction = extract(fetch.body, url=fetch.final_url or fetch.url, encoding=fetch.encoding,
                         select=watch.select, remove=watch.remove)
    text = extraction.text
    if extraction.matched:
        shown = text if len(text) < WALL_MAX_CHARS else ""
    else:
        # With no match, the wall is what the page shows instead of the policy:
        # the page itself when short, and then whatever floats over it too.
        page, overlays = split_overlays(fetch.body, url=fetch.url, encoding=fetch.encoding,
                                        overlays=overlay_selectors())
        shown = f"{page}\n\n{overlays}" if len(page) < WALL_MAX_CHARS else ""
    found = _wall_by_text(shown) if shown else None
    if found:
        wall, phrase = found
        return Verdict("blocked", f"{wall.label}: page says {phrase!r}")
    if not extraction.matched:
        garbled = _garbled(f"{page}\n\n{overlays}", fetch.encoding)
        return Verdict("error", garbled or f"selector matched nothing: {', '.join(watch.select)}")
    garbled = _garbled(text, fetch.encoding)
    if garbled:
        return Verdict("error", garbled)
    folded = text.casefold() if watch.reject or watch.expect else ""
    for phrase in watch.reject:
        if phrase.casefold() in folded:
            return Verdict("blocked", f"reject text present: {phrase!r}")
    # Before `expect`: a pinned phrase is missing from a page in another
    # language too, and "wrong language" says why.
    wrong_language = language_problem(text, watch.locale)
    if wrong_language:
        return Verdict("blocked", wrong_language)
    missing = [phrase for phrase in watch.expect if phrase.casefold() not in folded]
    if missing:
        return Verdict("blocked", f"expect text missing: {missing[0]!r} (wrong region or language?)")
    if len(text) < MIN_CHARS:
        return Verdict("error", f"implausibly short text: {len(text)} characters")
    if previous_chars and previous_chars >= 1000 and len(text) < previous_chars * MIN_SHARE_OF_PREVIOUS:
        return Verdict("error", f"implausibly short text: {len(text)} characters "
                                f"(previous version had {previous_chars})")
    return Verdict("ok", text=text)


def _garbled(text: str, encoding: str | None) -> str | None:
    undecodable = text.count("\ufffd")
    if undecodable > MAX_GARBLED:
        return (f"undecodable text: {undecodable} characters are not valid {encoding or 'text'} "
                "(wrong charset declared, or not a text page)")
    if not _UTF8_LEAD_AS_8BIT.search(text):
        return None
    mojibake = [run for run in _NON_ASCII_RUN.findall(text) if _utf8_read_as_8bit(run)]
    if len(mojibake) > MAX_GARBLED:
        return (f"wrong charset: UTF-8 text read as {encoding or 'an 8-bit charset'} "
                f"({len(mojibake)} sequences like {mojibake[0]!r})")
    return None


def _utf8_read_as_8bit(run: str) -> bool:
    try:
        return run.encode("cp1252").decode("utf-8") != run
    except UnicodeError:
        return False


def _wall_by_url(url: str) -> Wall | None:
    parts = urlsplit(url)
    where = f"{parts.netloc}{parts.path}".casefold()
    return next((w for w in walls() if any(marker in where for marker in w.urls)), None)


def _wall_by_text(text: str) -> tuple[Wall, str] | None:
    folded = text.casefold()
    for wall in walls():
        for phrase in wall.phrases:
            if phrase in folded:
                return wall, phrase
    return None
