"""Text and URL normalisation, so that the same policy always reads the same.

A version is recorded only when the normalised text changes, so everything
here exists to make invisible differences (Unicode spacing, zero-width
characters, line endings, tracking parameters) disappear, and must be
idempotent: normalising normalised text is a no-op.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

# Zero-width characters and the soft hyphen: invisible when rendered, but CMSs
# sprinkle them in and out between publications.
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH_CHARS}]")

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
DEFAULT_PORTS = {"http": ":80", "https": ":443"}
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid",
    "_hsenc", "_hsmi", "ref_src", "si",
    # Other click identifiers that only ever identify the visitor.
    "gbraid", "wbraid", "yclid", "twclid", "ttclid", "li_fat_id", "mkt_tok", "igsh",
    "__hstc", "__hssc", "__hsfp", "srsltid",
})
TRACKING_PREFIXES = ("utm_", "_nc_")
# Meta's outbound-link redirectors: `u` is the real target, `h` a per-request
# token that would otherwise change the text on every fetch.
LINK_SHIMS = frozenset({"l.facebook.com", "lm.facebook.com", "l.instagram.com", "l.messenger.com"})
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_EDGE_JUNK = "".join(map(chr, range(0x21)))
# What makes the base of a page matter to an absolute href: a fragment (a link
# within the page?), a dot segment, or characters the URL parser drops.
_NEEDS_BASE = re.compile(r"[#\t\n\r]|/\.")


def normalise_text(text: str) -> str:
    """Canonical form of extracted text.

    Leading indentation is kept (it is structure: nested lists, `pre`), so
    only the whitespace after it is collapsed; tabs in it count as four
    spaces. Every Unicode space but the line feed counts as a space.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A scan per character is much cheaper than a regex over the whole text.
    has_zero_width = any(char in text for char in ZERO_WIDTH_CHARS)
    lines: list[str] = []
    for line in text.split("\n"):
        line = _tidy_line(line, has_zero_width)
        if line or (lines and lines[-1]):  # no leading blank line, never two in a row
            lines.append(line)
    if lines and not lines[-1]:
        lines.pop()
    text = "\n".join(lines)
    # After zero-width removal, so that NFC sees the sequences they split.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _tidy_line(line: str, has_zero_width: bool) -> str:
    indent = ""
    if line[:1].isspace():
        stripped = line.lstrip()
        width = len(line) - len(stripped)
        indent = " " * (width + 3 * line.count("\t", 0, width))
        line = stripped
    if has_zero_width:
        # After measuring the indentation: "\u200b text" has none to keep.
        line = ZERO_WIDTH.sub("", line)
    # str.split() splits on every Unicode space and is far faster than a regex.
    words = line.split()
    return indent + " ".join(words) if words else ""


def clean_url(href: str, base: str) -> str | None:
    """Absolute http(s)/mailto URL without tracking parameters, or None.

    None means "not a link worth recording": scripts, data, other schemes,
    empty hrefs and links within the page itself (their targets are
    renamed freely and say nothing about the policy).
    """
    # Most hrefs are absolute, without a fragment, and recur on every page of a
    # site: then the base plays no part, and one cache entry serves every page.
    if (href.startswith(("https://", "http://")) and not _NEEDS_BASE.search(href)
            and href.split("/", 3)[2].lower() not in LINK_SHIMS):
        return _clean_url(href, "")
    return _clean_url(href, base)


@lru_cache(maxsize=16384)  # the same links recur on every page of a site
def _clean_url(href: str, base: str) -> str | None:
    # The URL parser ignores tabs and newlines anywhere (WHATWG URL standard).
    href = href.strip(_URL_EDGE_JUNK).replace("\t", "").replace("\n", "").replace("\r", "")
    if not href or href.startswith("#"):
        return None
    explicit_scheme = _SCHEME.match(href)
    if explicit_scheme and explicit_scheme[1].lower() not in ALLOWED_SCHEMES:
        return None  # javascript:, data:, tel:… without the cost of resolving
    # Resolving costs more than all the rest; most hrefs are absolute already.
    already_absolute = explicit_scheme and (
        href.startswith("//", explicit_scheme.end()) or explicit_scheme[1].lower() == "mailto")
    try:
        absolute = href if already_absolute and "/." not in href else urljoin(base, href)
        scheme, netloc, path, query, fragment = urlsplit(absolute)
    except ValueError:  # e.g. an unbalanced "[" in an IPv6 host
        return None
    if scheme not in ALLOWED_SCHEMES:
        return None
    if fragment and _same_document(absolute, base):
        return None
    if scheme != "mailto":
        netloc = _canonical_netloc(netloc, scheme)
        path = path or "/"
        if netloc in LINK_SHIMS:
            target = _shim_target(query)
            if target:
                return clean_url(target, base)
    query = "&".join(
        pair for pair in query.split("&") if pair and not _is_tracking(pair.partition("=")[0])
    )
    return urlunsplit((scheme, netloc, path.replace(" ", "%20"), query.replace(" ", "%20"), fragment))


def _shim_target(query: str) -> str | None:
    for name, value in parse_qsl(query):
        if name == "u":
            return value
    return None


def _same_document(url: str, base: str) -> bool:
    return url.partition("#")[0] == base.partition("#")[0]


def _canonical_netloc(netloc: str, scheme: str) -> str:
    userinfo, at, hostport = netloc.rpartition("@")
    hostport = hostport.lower()
    default_port = DEFAULT_PORTS.get(scheme)
    if default_port and hostport.endswith(default_port):
        hostport = hostport[: -len(default_port)]
    return userinfo + at + hostport


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)
