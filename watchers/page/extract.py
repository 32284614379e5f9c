"""From the bytes of a page to the normalised text of its policy.

Pure: no I/O. `remove` is applied to the whole document before `select`, so a
banner inside the selected content can be removed too. Without `select`, the
content is every match of the first of `main`, `[role=main]`, `article`,
`body` that matches anything.

An empty or unparsable body (nothing but whitespace or comments) has no
elements at all, so it yields Extraction("", matched=False) even without
`select`: the caller must treat it like a selector that found nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence
from urllib.parse import urljoin

import cssselect
from lxml import etree
from w3lib.encoding import html_to_unicode

from watchers.page.markdown import Element, to_markdown
from watchers.page.normalise import normalise_text

# Never content: code, metadata, media, embedded documents, form controls
# (a <label>'s own text is kept). Dropping <head> also drops <title>.
ALWAYS_DROPPED = (
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
    "svg", "canvas", "iframe", "frame", "object", "embed", "applet",
    "input", "select", "textarea", "button", "datalist",
    "img", "picture", "video", "audio", "source", "track", "map",
)
DEFAULT_SELECT = ("main", "[role=main]", "article", "body")
_TRANSLATOR = cssselect.HTMLTranslator()


@dataclass(frozen=True)
class Extraction:
    """What `extract` read from one page."""

    text: str  # normalised Markdown-like text ("" if nothing matched)
    matched: bool  # False when `select` was given and matched no element


class SelectorError(ValueError):
    """A CSS selector that cannot be parsed or has no XPath equivalent."""


def check_selector(selector: str) -> None:
    """Raise SelectorError unless `selector` is a usable CSS selector."""
    _compile((selector,))


def extract(body: bytes, *, url: str, encoding: str | None = None,
            select: Sequence[str] = (), remove: Sequence[str] = ()) -> Extraction:
    """Normalised text of the selected content of an HTML page.

    `encoding` is the one declared by the server; a byte-order mark wins over
    it (as in browsers). Without either, a <meta> or XML declaration is used,
    then UTF-8 if the bytes are valid UTF-8, else windows-1252.
    """
    root = _parse(body, encoding)
    if root is None:
        return Extraction("", matched=False)
    base = _base_url(root, url)
    etree.strip_elements(root, *ALWAYS_DROPPED, with_tail=False)
    if remove:
        for element in _compile(tuple(remove))(root):
            _drop(element)
    content = _outermost(_compile(tuple(select))(root) if select else _default_content(root))
    if not content:
        return Extraction("", matched=False)
    return Extraction(normalise_text(to_markdown(content, base)), matched=True)


def split_overlays(body: bytes, *, url: str, encoding: str | None = None,
                   overlays: Sequence[str]) -> tuple[str, str]:
    """The page's text without its overlays (default selection), and the overlays' text.

    `overlays` are CSS selectors of what floats over a page (dialogs, cookie
    banners); one parse serves both texts, since this runs on pages whose
    selector matched nothing, to tell a wall from a policy that moved. An
    overlay's buttons are read: "Accept all cookies" is usually one.
    """
    root = _parse(body, encoding)
    if root is None:
        return "", ""
    base = _base_url(root, url)
    etree.strip_elements(root, *(tag for tag in ALWAYS_DROPPED if tag != "button"), with_tail=False)
    found = _outermost(_compile(tuple(overlays))(root))
    overlay_text = normalise_text(to_markdown(found, base)) if found else ""
    for element in found:
        _drop(element)
    etree.strip_elements(root, "button", with_tail=False)
    content = _outermost(_default_content(root))
    return (normalise_text(to_markdown(content, base)) if content else ""), overlay_text


def _parse(body: bytes, encoding: str | None) -> Element | None:
    """The <html> element, or None when the page has no elements at all."""
    header = f"text/html; charset={encoding}" if encoding else None
    _, text = html_to_unicode(header, body, auto_detect_fun=_utf8_or_windows_1252)
    # Re-encoded so that lxml accepts an XML declaration; NUL is removed because
    # the Markdown converter uses it as a private marker. The plain etree parser,
    # not lxml.html's: its elements are much cheaper to walk.
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                              no_network=True)
    return etree.fromstring(text.replace("\x00", "").encode("utf-8"), parser)


def _utf8_or_windows_1252(body: bytes) -> str:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _base_url(root: Element, url: str) -> str:
    base = root.find(".//base[@href]")
    return urljoin(url, base.get("href").strip()) if base is not None else url


def _drop(element: Element) -> None:
    """Remove an element and its content, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:  # the root itself: nothing is left
        element.clear()
        return
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


def _default_content(root: Element) -> list[Element]:
    for css in DEFAULT_SELECT:
        if matches := _compile((css,))(root):
            return matches
    return []


def _outermost(elements: list[Element]) -> list[Element]:
    """Matches in document order without those inside another match."""
    chosen = set(elements)
    return [element for element in elements
            if not any(ancestor in chosen for ancestor in element.iterancestors())]


@lru_cache(maxsize=256)
def _compile(selectors: tuple[str, ...]) -> etree.XPath:
    """One XPath for several selectors: a union returns each element once, in document order."""
    try:
        xpath = etree.XPath(" | ".join(_TRANSLATOR.css_to_xpath(css) for css in selectors))
        xpath(etree.Element("html"))  # some XPath errors only show when evaluated
    except (cssselect.SelectorError, etree.XPathError) as error:
        raise SelectorError(str(error)) from None
    return xpath
