"""Text and URL normalisation, so that the same policy always reads the same.

A version is recorded only when the normalised text changes, so everything
here exists to make invisible differences (Unicode spacing, zero-width
characters, line endings, tracking parameters) disappear, and must be
idempotent: normalising normalised text is a no-op.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urljoin, urlsplit, urlunsplit

# Zero-width characters and the soft hyphen: invisible when rendered, but CMSs
# sprinkle them in and out between publications.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))

# Any whitespace except the line break itself (nbsp, U+2000..U+200A, tabs…).
_SPACES = re.compile(r"[^\S\n]+")
_INDENT = re.compile(r"[^\S\n]*")
_BLANK_RUNS = re.compile(r"\n{3,}")

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
# The URL parser ignores these anywhere in an href (WHATWG URL standard).
_URL_TABS_AND_NEWLINES = dict.fromkeys(map(ord, "\t\n\r"))
_URL_EDGE_JUNK = "".join(map(chr, range(0x21)))


def normalise_text(text: str) -> str:
    """Canonical form of extracted text.

    Leading indentation is kept (it is structure: nested lists, `pre`); the
    converter never produces stray leading spaces, so only runs after the
    indentation are collapsed. Tabs in the indentation count as four spaces.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(ZERO_WIDTH)
    # Removing zero-width characters first lets NFC see the sequences they split.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    lines = []
    for line in text.split("\n"):
        indent_end = _INDENT.match(line).end()
        rest = _SPACES.sub(" ", line[indent_end:]).rstrip()
        if rest:
            indent = line[:indent_end]
            indent = indent and " " * (len(indent) + 3 * indent.count("\t"))
            lines.append(indent + rest)
        else:
            lines.append("")
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def clean_url(href: str, base: str) -> str | None:
    """Absolute http(s)/mailto URL without tracking parameters, or None.

    None means "not a link worth recording": scripts, data, other schemes,
    empty hrefs and links within the page itself (their targets are
    renamed freely and say nothing about the policy).
    """
    href = href.strip(_URL_EDGE_JUNK).translate(_URL_TABS_AND_NEWLINES)
    if not href or href.startswith("#"):
        return None
    try:
        absolute = urljoin(base, href)
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
    query = "&".join(
        pair for pair in query.split("&") if pair and not _is_tracking(pair.partition("=")[0])
    )
    return urlunsplit((scheme, netloc, path.replace(" ", "%20"), query.replace(" ", "%20"), fragment))


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
