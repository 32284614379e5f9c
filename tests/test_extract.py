"""Unit tests of the pure extraction module: HTML bytes in, normalised text out."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from watchers.page.extract import Extraction, SelectorError, check_selector, extract
from watchers.page.normalise import clean_url, normalise_text

URL = "https://example.com/legal/privacy"
# Real snapshots (Open Terms Archive), beside the checkout in development only.
HTML_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "html"


def text_of(html: str, **options) -> str:
    return extract(html.encode("utf-8"), url=URL, encoding="utf-8", **options).text


@pytest.mark.parametrize(("html", "expected"), [
    pytest.param("<h1>Privacy</h1><h3>Your <em>rights</em></h3><h6>Small</h6>",
                 "# Privacy\n\n### Your rights\n\n###### Small", id="headings"),
    pytest.param("<p>One\n   paragraph,\n\twrapped.</p><p>Two</p>", "One paragraph, wrapped.\n\nTwo",
                 id="paragraphs-one-line-each"),
    pytest.param("<p>First<br>second<br/>third</p>", "First\nsecond\nthird", id="br"),
    pytest.param("<ul><li>a</li><li>b</li></ul>", "- a\n- b", id="unordered-list"),
    pytest.param("<ol><li>a</li><li>b</li></ol><ol start='7'><li>g</li><li>h</li></ol>",
                 "1. a\n2. b\n\n7. g\n8. h", id="ordered-lists-and-start"),
    pytest.param("<ul><li>top<ul><li>mid<ol><li>deep</li></ol></li></ul></li><li>next</li></ul>",
                 "- top\n  - mid\n    1. deep\n- next", id="nested-lists"),
    pytest.param("<ul><li>a</li><ul><li>b</li></ul></ul>", "- a\n  - b", id="list-directly-in-list"),
    pytest.param("<ul><div class='wrap'><li>a</li></div><li>b</li></ul>", "- a\n- b", id="wrapped-list-items"),
    pytest.param("<ol><li>a<li value=5>b<li>c</ol>", "1. a\n5. b\n6. c", id="list-item-value"),
    pytest.param("<ul><li><p>para one</p><p>para two</p></li></ul>", "- para one\n  para two",
                 id="multi-paragraph-item"),
    pytest.param("<h2><a href='/s'>Section</a></h2>", "## [Section](https://example.com/s)", id="heading-link"),
    pytest.param("<table><tr><th>Data</th><th>Use</th></tr><tr><td>e|mail</td><td><p>ads</p><p>safety</p></td></tr>"
                 "<tr><td>only one</td></tr></table>",
                 "| Data | Use |\n| --- | --- |\n| e\\|mail | ads safety |\n| only one | |", id="table"),
    pytest.param("<table><tr><td><h2>Layout</h2><p>table</p></td></tr></table>", "## Layout\n\ntable",
                 id="single-column-table-is-layout"),
    pytest.param("<blockquote><p>Quoted</p><p>twice</p></blockquote>", "> Quoted\n>\n> twice", id="blockquote"),
    pytest.param("<pre>\n  indented\n    code</pre>", "  indented\n    code", id="pre-keeps-lines"),
    pytest.param("<p>a</p><hr><p>b</p>", "a\n\n---\n\nb", id="hr"),
    pytest.param("<dl><dt>Term</dt><dd>Definition</dd></dl>", "Term\nDefinition", id="dl"),
    pytest.param("<div>loose text<p>para</p>tail</div>", "loose text\n\npara\n\ntail", id="text-mixed-with-blocks"),
    pytest.param("<span>before<div>block</div>after</span>", "before\n\nblock\n\nafter", id="block-inside-inline"),
    pytest.param("<p>Press <b>OK</b> <button>Accept</button><input value=x><label>Label kept</label></p>",
                 "Press OK Label kept", id="controls-dropped-labels-kept"),
    pytest.param("<h2>&#8203;</h2><ul><li>\u200b</li></ul><p>&shy;</p><p>x</p>", "x", id="only-zero-width"),
    pytest.param("<p>A<img src=a.png alt=picture>B</p><svg><text>svg</text></svg><iframe>frame</iframe>",
                 "AB", id="media-dropped"),
])
def test_markdown_conversion(html: str, expected: str) -> None:
    assert text_of(f"<html><body>{html}</body></html>") == expected


@pytest.mark.parametrize(("anchor", "expected"), [
    ('<a href="/terms">Terms</a>', "[Terms](https://example.com/terms)"),
    ('<a href="https://Example.COM:443/a?utm_source=x&amp;id=3&amp;fbclid=z#part">A</a>',
     "[A](https://example.com/a?id=3#part)"),
    ('<a href="https://example.com/x">https://example.com/x</a>', "<https://example.com/x>"),
    ('<a href="https://example.com/x"><img src=icon.png></a>', "<https://example.com/x>"),
    ('<a href="javascript:alert(1)">Settings</a>', "Settings"),
    ('<a href=" java\tscript:alert(1)">Settings</a>', "Settings"),
    ('<a href="#section-2">Section 2</a>', "Section 2"),
    ('<a href="mailto:dpo@example.com">DPO</a>', "[DPO](mailto:dpo@example.com)"),
    ('<a href="/x"><div><h3>Card</h3><p>text</p></div></a>', "[Card text](https://example.com/x)"),
    ('<a href="/x"> spaced </a>', "[spaced](https://example.com/x)"),
])
def test_links(anchor: str, expected: str) -> None:
    assert text_of(f"<p>{anchor}</p>") == expected


def test_base_element_resolves_relative_links() -> None:
    html = '<head><base href="https://cdn.example.org/docs/"></head><p><a href="faq">FAQ</a></p>'
    assert text_of(html) == "[FAQ](https://cdn.example.org/docs/faq)"


PAGE = """<html><head><title>T</title><script>var x = "<p>code</p>";</script></head><body>
<nav>Menu</nav>
<main><div class="cookie-banner">We use cookies</div><h1>Policy</h1><p>Kept</p>
  <section class="policy"><p>Section text</p><aside class="note">Note</aside></section></main>
<article>Article outside main</article><footer>Footer</footer></body></html>"""


@pytest.mark.parametrize(("select", "remove", "expected"), [
    ((), (), "We use cookies\n\n# Policy\n\nKept\n\nSection text\n\nNote"),
    ((), (".cookie-banner", ".note"), "# Policy\n\nKept\n\nSection text"),
    (("h1", "section"), (), "# Policy\n\nSection text\n\nNote"),
    (("section", "h1"), (), "# Policy\n\nSection text\n\nNote"),  # document order, not selector order
    (("main", "section", "p"), (), "We use cookies\n\n# Policy\n\nKept\n\nSection text\n\nNote"),  # no repeats
    (("section",), ("section",), None),  # remove applies before select
    (("footer",), (), "Footer"),
])
def test_remove_then_select(select: tuple[str, ...], remove: tuple[str, ...], expected: str | None) -> None:
    result = extract(PAGE.encode(), url=URL, select=select, remove=remove)
    assert result == (Extraction("", matched=False) if expected is None else Extraction(expected, True))


@pytest.mark.parametrize(("body", "expected"), [
    ("<nav>n</nav><main>main</main><article>article</article>", "main"),
    ("<nav>n</nav><div role='main'>role</div><article>article</article>", "role"),
    ("<nav>n</nav><article>one</article><div>x</div><article>two</article>", "one\n\ntwo"),
    ("<nav>n</nav><div>all</div>", "n\n\nall"),
])
def test_default_selection_falls_back(body: str, expected: str) -> None:
    assert extract(f"<html><body>{body}</body></html>".encode(), url=URL) == Extraction(expected, True)


@pytest.mark.parametrize("body", [b"", b"  \n ", b"<!-- only a comment -->"])
def test_empty_document_matches_nothing(body: bytes) -> None:
    assert extract(body, url=URL) == Extraction("", matched=False)


def test_selector_matching_nothing() -> None:
    assert extract(PAGE.encode(), url=URL, select=["#missing"]) == Extraction("", matched=False)
    assert extract(b"<main><img src=a></main>", url=URL) == Extraction("", matched=True)


@pytest.mark.parametrize("selector", ["", "div[", "p::text", "a >", "div:unknown-pseudo", "##id"])
def test_invalid_selectors(selector: str) -> None:
    with pytest.raises(SelectorError):
        check_selector(selector)
    with pytest.raises(SelectorError):
        extract(PAGE.encode(), url=URL, select=[selector])


@pytest.mark.parametrize("selector", ["main", "div.policy > p", "[role=main]", "section:nth-of-type(2)",
                                      "#content, article"])
def test_valid_selectors(selector: str) -> None:
    check_selector(selector)


@pytest.mark.parametrize(("left", "right"), [
    pytest.param("<main><p>Your data is <strong>ours</strong>.</p></main>",
                 "<main>\n  <p class='x' data-v=2>\n    Your data\n    is ours.\n  </p>\n</main>",
                 id="indentation-attributes-wrapping-inline-tags"),
    pytest.param('<main><p><a href="/opt-out">Opt out</a></p></main>',
                 '<main><p><a href="/opt-out?utm_campaign=mail&amp;gclid=1"><b>Opt out</b></a></p></main>',
                 id="tracking-params-and-emphasis-in-links"),
    pytest.param("<main><ul><li>a</li><li>b</li></ul></main>",
                 "<nav>New menu</nav><main>\n<ul>\n  <li>\n    a\n  </li>\n  <li>b</li>\n</ul>\n</main><footer>2025</footer>",
                 id="noise-outside-selection"),
    pytest.param("<main><h2>Title</h2><p>Text</p></main>",
                 "<main><div class='w'><div><h2><span>Title</span></h2></div><div><p>Text</p></div></div></main>",
                 id="wrapper-divs"),
    pytest.param("<main><p>a b</p></main>", "<main><p>a&nbsp;\u200bb&#xAD;</p><!-- c --></main>",
                 id="nbsp-zero-width-comments"),
])
def test_presentation_changes_do_not_change_text(left: str, right: str) -> None:
    assert text_of(left) == text_of(right)


@pytest.mark.parametrize(("encoding", "declared"), [
    ("cp1252", "cp1252"), ("iso-8859-1", "iso-8859-1"), ("cp1252", None), ("iso-8859-1", None),
])
def test_legacy_encodings(encoding: str, declared: str | None) -> None:
    # Pages labelled ISO-8859-1 are decoded as windows-1252, as browsers do.
    body = "<p>Données, 5 € et l’accès</p>".encode("cp1252")
    assert extract(body, url=URL, encoding=declared).text == "Données, 5 € et l’accès"


@pytest.mark.parametrize("body", [
    "<meta charset='windows-1252'><p>café €</p>".encode("cp1252"),
    '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>café €</p></body></html>'.encode("cp1252"),
    b"\xef\xbb\xbf<p>caf\xc3\xa9 \xe2\x82\xac</p>",
])
def test_declared_encodings_and_bom(body: bytes) -> None:
    assert extract(body, url=URL).text == "café €"
    assert extract(body.replace(b"\xef\xbb\xbf", b""), url=URL).text == "café €"


def test_bom_wins_over_the_server_encoding() -> None:
    assert extract(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", url=URL, encoding="cp1252").text == "café"


def test_malformed_html() -> None:
    html = b"<div><p>unclosed <b>bold <i>italic</p><ul><li>one<li>two</ul></span></div></div><p>end"
    assert extract(html, url=URL).text == "unclosed bold italic\n\n- one\n- two\n\nend"


def test_hostile_content() -> None:
    html = (b"<main><script>alert('x')</script><style>p{}</style><noscript>Enable JS</noscript>"
            b"<p onclick='evil()'>Safe <a href='javascript:steal()'>link</a> "
            b"<a href='data:text/html;base64,AAAA'>data</a> <a href='vbscript:x'>vb</a></p>"
            b"<template><p>hidden</p></template><?php echo 1; ?></main>")
    assert extract(html, url=URL).text == "Safe link data vb"


@pytest.mark.parametrize(("href", "expected"), [
    ("/a/b?x=1", "https://example.com/a/b?x=1"),
    ("../terms", "https://example.com/terms"),
    ("//cdn.example.org/f", "https://cdn.example.org/f"),
    ("HTTPS://WWW.Example.COM/Path", "https://www.example.com/Path"),
    ("http://example.com:80", "http://example.com/"),
    ("/p?utm_source=a&utm_medium=b&keep=1&fbclid=c&gclid=d&dclid=e&msclkid=f&mc_cid=g&mc_eid=h",
     "https://example.com/p?keep=1"),
    ("/p?_ga=1&_gl=2&igshid=3&_hsenc=4&_hsmi=5&ref_src=6&si=7&_nc_cat=8&_nc_ohc=9", "https://example.com/p"),
    ("/p?b=2&utm_x=1&a=1#frag", "https://example.com/p?b=2&a=1#frag"),
    ("/other#part", "https://example.com/other#part"),
    ("mailto:DPO@example.com?subject=Hi", "mailto:DPO@example.com?subject=Hi"),
    ("/a b", "https://example.com/a%20b"),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fmessenger.com%2F%3Futm_source%3Dfb&h=AT3gd5", "https://messenger.com/"),
    ("https://l.instagram.com/?u=https%3A%2F%2Fexample.org%2Fa&e=AT0", "https://example.org/a"),
    ("https://l.facebook.com/l.php?u=javascript%3Aalert(1)&h=AT3", None),
    ("#top", None),
    (URL + "#top", None),
    ("", None),
    ("   ", None),
    ("javascript:void(0)", None),
    ("JavaScript:void(0)", None),
    ("data:text/html,hi", None),
    ("vbscript:msgbox", None),
    ("tel:+331234", None),
    ("http://[::1", None),
])
def test_clean_url(href: str, expected: str | None) -> None:
    assert clean_url(href, URL) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("a\u00a0\u00a0b\u2003c\u202fd", "a b c d"),
    ("in\u200bvisi\u200cble\u200d\u2060\ufeff soft\u00adhyphen", "invisible softhyphen"),
    ("e\u0301", "\u00e9"),
    ("line  \r\nnext\rlast\t \n", "line\nnext\nlast"),
    ("\n\n\na\n\n\n\nb\n \n\t\nc\n\n", "a\n\nb\n\nc"),
    ("- item\n  - nested   text", "- item\n  - nested text"),
    ("\tcode", "    code"),
])
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_normalise_text_is_idempotent() -> None:
    # A seeded fuzz in place of a property test (hypothesis is not a dependency).
    alphabet = "ab é\u0301\n\r\t \u00a0\u2003\u200b\u00ad\ufeff\u3000\x0b\x0c\u2028\x85#->|"
    generator = random.Random(20250419)
    for _ in range(3000):
        raw = "".join(generator.choices(alphabet, k=generator.randint(0, 40)))
        once = normalise_text(raw)
        assert normalise_text(once) == once, repr(raw)


@pytest.mark.skipif(not (HTML_CORPUS / "manifest.json").exists(), reason="../shared/corpus is not present")
def test_real_snapshots_change_only_when_the_policy_does() -> None:
    snapshots = json.loads((HTML_CORPUS / "manifest.json").read_text())["documents"][0]["html_snapshots"]
    texts = [
        extract((HTML_CORPUS / snapshot["file"]).read_bytes(), url=snapshot["source_document_location"],
                select=["[role=main]"], remove=["[role=main] [role=separator] ~ *"]).text
        for snapshot in snapshots
    ]
    for snapshot, previous, text in zip(snapshots[1:], texts, texts[1:]):
        changed = "version_source" in snapshot["roles"]
        assert (text != previous) == changed, snapshot["file"]
