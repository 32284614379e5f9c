"""The bundled catalogue: its selectors against stored pages, its check, its listing.

Each watch is run through the real extraction and verdict on a stored page that
copies the structure its selectors target (tests/fixtures/catalogue/), so a typo
in one selector fails the one test named after that watch. The pages mark the
chrome that `remove` must strip with `data-chrome`, and text outside the
selection with `data-outside`.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from urllib.parse import urljoin

import cssselect
import pytest
from click.testing import CliRunner
from lxml import etree

from vigie.cli import cli
from watchers.catalogue.bundles import base_id, group_by_platform, section
from watchers.catalogue.check import bundled_sources, check_sources, read_sources
from watchers.catalogue.watchlist import catalogue_files, load_catalogue
from watchers.page.extract import DEFAULT_SELECT
from watchers.page.fetch import Fetch
from watchers.page.verdict import judge_page, judge_response

FIXTURES = Path(__file__).parent / "fixtures" / "catalogue"
FIXTURE_OF = tomllib.loads((FIXTURES / "fixtures.toml").read_text(encoding="utf-8"))
CATALOGUE = {watch.id: watch for watch in load_catalogue()}
_TRANSLATOR = cssselect.HTMLTranslator()
# Strings shorter than this may well occur inside the policy text by chance.
MIN_MARKER_CHARS = 4


def _matches(root, selector: str) -> list:
    return root.xpath(_TRANSLATOR.css_to_xpath(selector))


def _strings(element) -> list[str]:
    """The element's visible strings, whitespace-collapsed, one per text node."""
    strings = (" ".join(text.split()) for text in element.itertext())
    return [s for s in strings if len(s) >= MIN_MARKER_CHARS]


def _selected(root, watch) -> list:
    if watch.select:
        return [e for css in watch.select for e in _matches(root, css)]
    return next((found for css in DEFAULT_SELECT if (found := _matches(root, css))), [])


def test_every_catalogue_watch_has_a_fixture_and_every_fixture_a_watch():
    assert sorted(set(CATALOGUE) - set(FIXTURE_OF)) == [], "add these watches to tests/fixtures/catalogue/fixtures.toml"
    assert sorted(set(FIXTURE_OF) - set(CATALOGUE)) == [], "fixtures.toml names watches the catalogue lacks"
    missing = sorted({name for name in FIXTURE_OF.values() if not (FIXTURES / name).is_file()})
    assert missing == []
    unused = sorted({p.name for p in FIXTURES.glob("*.html")} - set(FIXTURE_OF.values()))
    assert unused == []


@pytest.mark.parametrize("watch_id", sorted(CATALOGUE))
def test_selectors_extract_the_document(watch_id):
    watch = CATALOGUE[watch_id]
    name = FIXTURE_OF[watch_id]
    body = (FIXTURES / name).read_bytes()
    root = etree.fromstring(body, etree.HTMLParser(encoding="utf-8", remove_comments=True))
    assert root.get("lang") == watch.locale.split("-")[0], f"{name} is not in the watch's language"
    for field in ("select", "remove"):
        for selector in getattr(watch, field):
            assert _matches(root, selector), f"{field} {selector!r} matches nothing in {name}"

    fetch = Fetch(watch.id, watch.url, "2026-03-02T08:00:00+00:00", "2026-03-02T08:00:01+00:00",
                  conditional=False, final_url=watch.url, status=200, body=body, encoding="utf-8",
                  content_type="text/html; charset=utf-8")
    assert judge_response(fetch) is None
    verdict = judge_page(watch, fetch)
    assert verdict.ok, f"{name}: {verdict.outcome}: {verdict.reason}"
    text = verdict.text
    for phrase in watch.expect:
        assert phrase.casefold() in text.casefold()
    removed = {e for selector in watch.remove for e in _matches(root, selector)}
    for chrome in root.xpath("//*[@data-chrome]"):
        assert removed & {chrome, *chrome.iterancestors()}, \
            f"{name}: no `remove` selector strips {etree.tostring(chrome)[:60]!r}"
        for string in _strings(chrome):
            assert string not in text, f"chrome came through: {string!r}"
    selected = set(_selected(root, watch))
    outside = root.xpath("//*[@data-outside]")
    assert outside or watch.select == ("body",), f"{name} has no text outside the selection"
    for element in outside:
        assert not selected & {element, *element.iterancestors()}, f"{name}: data-outside text is selected"
        for string in _strings(element):
            assert string not in text, f"text outside `select` came through: {string!r}"


# --- vigie catalogue check ------------------------------------------------------------

def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_bundled_catalogue_passes_its_check():
    result = _run("catalogue", "check")
    platforms = len({w.platform for w in CATALOGUE.values()})
    assert result.exit_code == 0, result.output
    assert result.output == f"{len(CATALOGUE)} watches, {platforms} platforms, OK\n"
    assert platforms >= 17 and len(catalogue_files()) == platforms  # one file per platform


def _broken_copy(tmp_path: Path, old: str, new: str, name: str = "linkedin.toml") -> Path:
    folder = tmp_path / "catalogue"
    folder.mkdir(exist_ok=True)
    for path in catalogue_files():
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    target = folder / name
    text = target.read_text(encoding="utf-8")
    assert old in text, f"the mutation no longer applies to {name}"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize("old, new, watch, field", [
    ('url = "https://www.linkedin.com/legal/privacy/eu?_l=fr_FR"\nlocale = "fr"\nselect = ["#component-container"]',
     'url = "https://www.linkedin.com/legal/privacy/eu?_l=fr_FR"\nlocale = "fr"\nselect = ["#component"]',
     "linkedin/privacy-eu.fr", "select"),
    ('url = "https://www.linkedin.com/legal/privacy-policy"\n', 'url = "http://www.linkedin.com/legal/privacy-policy"\n',
     "linkedin/privacy-policy", "url"),
    ('{ label = "Data Processing Objection form", url = "https://',
     '{ label = "Data Processing Objection form", url = "http://', "linkedin/privacy-policy", "opt_out.1.url"),
    ('expect = ["LinkedIn Ireland"]', 'expect = ["LinkedIn Ireland", " "]', "linkedin/privacy-eu", "expect"),
    ('reject = ["Join now to see", "Sign in to view"]', 'reject = [""]', "linkedin/privacy-policy", "reject"),
    ('expect = ["LinkedIn Ireland", "données"]', 'expect = ["données"]', "linkedin/privacy-eu.fr", "expect"),
    ('id = "linkedin/privacy-eu"\n', 'id = "linkedin/privacy-policy"\n', "linkedin/privacy-policy", "id"),
    ('id = "linkedin/privacy-eu.fr"', 'id = "linkedin/privacy-notice.fr"', "linkedin/privacy-notice.fr", "id"),
    ('id = "linkedin/objection-form"\nplatform = "LinkedIn"\ntitle = "Data Processing Objection form"\n'
     'kind = "opt-out"\nurl = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"\nlocale = "en"',
     'id = "linkedin/objection-form"\nplatform = "LinkedIn"\ntitle = "Data Processing Objection form"\n'
     'kind = "opt-out"\nurl = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"\nlocale = "fr"',
     "linkedin/objection-form", "locale"),
    ('select = ["[role=main]"]', 'select = ["[role=main"]', "linkedin/privacy-policy", "select"),
])
def test_a_broken_catalogue_fails_naming_the_watch_and_field(tmp_path, old, new, watch, field):
    folder = _broken_copy(tmp_path, old, new)
    result = _run("catalogue", "check", str(folder))
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if f"watch '{watch}'" in line]
    assert any(f"field '{field}'" in line for line in lines), result.output
    assert "linkedin.toml" in result.output


def test_a_platform_without_a_privacy_policy_is_a_problem(tmp_path):
    folder = _broken_copy(tmp_path, 'kind = "privacy-policy"', 'kind = "other"', name="bluesky.toml")
    result = _run("catalogue", "check", str(folder / "bluesky.toml"))
    assert result.exit_code == 2
    assert "platform 'Bluesky': no privacy-policy watch" in result.output


def test_file_level_rules():
    sources = bundled_sources()
    merged = sources["catalogue discord.toml"].split("\n", 3)[3] + sources["catalogue telegram.toml"]
    problems = check_sources({"mixed.toml": merged}).problems
    assert any("no header comment" in p for p in problems)
    assert any("holds watches of Discord, Telegram; one file per platform" in p for p in problems)
    assert check_sources({"dup-a.toml": sources["catalogue discord.toml"],
                          "dup-b.toml": sources["catalogue discord.toml"]}).problems == (
        "dup-b.toml: watch 'discord/privacy-policy': field 'id': also defined in dup-a.toml; "
        "ids must be unique across the catalogue",)


def test_read_sources_takes_files_and_folders(tmp_path):
    (tmp_path / "a.toml").write_text("# a\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a catalogue", encoding="utf-8")
    assert list(read_sources([tmp_path])) == [str(tmp_path / "a.toml")]
    assert check_sources(read_sources([tmp_path / "a.toml"])).ok


# --- bundles and `vigie watches` -------------------------------------------------------

def test_translations_pair_with_their_english_document():
    for watch in CATALOGUE.values():
        if base_id(watch) != watch.id:
            assert watch.id == f"{base_id(watch)}.{watch.locale.split('-')[0]}"
            assert CATALOGUE[base_id(watch)].locale.startswith("en")


WATCHES = """
include_catalogue = false
{}
"""


def _watch(id_, platform, kind, tags=(), locale="en"):
    return (f'[[watch]]\nid = "{id_}"\nplatform = "{platform}"\ntitle = "T"\nkind = "{kind}"\n'
            f'url = "https://example.org/{id_}"\nlocale = "{locale}"\ntags = {json.dumps(list(tags))}\n')


def test_watches_are_listed_by_platform_in_bundle_order(tmp_path):
    path = tmp_path / "vigie.toml"
    path.write_text(WATCHES.format("\n".join([
        _watch("zeta/objection", "Zeta", "opt-out"),
        _watch("alpha/ai.fr", "alpha", "ai-notice", locale="fr"),
        _watch("zeta/ai", "Zeta", "ai-notice"),
        _watch("zeta/eu", "Zeta", "privacy-policy", tags=["regional-notice"]),
        _watch("alpha/ai", "alpha", "ai-notice"),
        _watch("zeta/policy.fr", "Zeta", "privacy-policy", locale="fr"),
        _watch("zeta/terms", "Zeta", "terms"),
        _watch("zeta/policy", "Zeta", "privacy-policy"),
        _watch("alpha/policy", "alpha", "privacy-policy"),
    ])), encoding="utf-8")
    result = _run("--watchlist", str(path), "watches")
    assert result.exit_code == 0, result.output
    listed = [line.split()[0] for line in result.output.splitlines() if line.strip()]
    assert listed == ["alpha", "alpha/policy", "alpha/ai", "alpha/ai.fr",
                      "Zeta", "zeta/policy", "zeta/policy.fr", "zeta/eu", "zeta/ai", "zeta/objection", "zeta/terms"]
    assert "alpha (3 watches)" in result.output and "Zeta (6 watches)" in result.output
    assert re.search(r"zeta/eu\s+regional-notice\s+en\s+every 12h\s+https://example.org/zeta/eu", result.output)

    as_json = json.loads(_run("--watchlist", str(path), "watches", "--json").output)
    assert [w["id"] for w in as_json][:3] == ["zeta/objection", "alpha/ai.fr", "zeta/ai"]  # watchlist order
    assert set(as_json[0]) == {"id", "platform", "title", "kind", "url", "locale", "select", "remove", "render",
                               "every", "expect", "reject", "opt_out", "tags", "allow_private"}


def test_the_catalogue_lists_one_header_per_platform(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./vigie.toml: the bundled catalogue alone
    output = _run("watches").output
    headers = [line.split(" (")[0] for line in output.splitlines() if line and not line.startswith(" ")]
    bundles = group_by_platform(CATALOGUE.values())
    assert headers == [bundle.platform for bundle in bundles]
    for bundle in bundles:
        assert [section(w) for w in bundle.watches] == sorted(
            (section(w) for w in bundle.watches), key=["privacy-policy", "regional-notice", "ai-notice",
                                                        "opt-out", "terms", "other"].index)
        assert section(bundle.watches[0]) == "privacy-policy"


# --- fixes found against the live pages (issue 14) ------------------------------------------

PAGES = FIXTURES.parent / "pages"


def _fetch(watch, body: bytes) -> Fetch:
    return Fetch(watch.id, watch.url, "2026-03-02T08:00:00+00:00", "2026-03-02T08:00:01+00:00",
                 conditional=False, final_url=watch.url, status=200, body=body, encoding="utf-8",
                 content_type="text/html; charset=utf-8")


def test_telegram_asks_for_english_with_its_own_language_link():
    watch = CATALOGUE["telegram/privacy-policy"]
    german = (PAGES / "telegram-privacy.de.html").read_bytes()
    # What crawlers are served whatever their Accept-Language: German, a failed check.
    verdict = judge_page(watch, _fetch(watch, german))
    assert (verdict.outcome, verdict.reason) == ("blocked", "wrong language (de, expected en)")
    # The page's language menu links ?setln=en; the watch asks for exactly that page.
    root = etree.fromstring(german, etree.HTMLParser(encoding="utf-8"))
    menu = {a.text: urljoin("https://telegram.org/privacy", a.get("href")) for a in root.iter("a")
            if "setln=" in (a.get("href") or "")}
    assert menu["English"] == watch.url == "https://telegram.org/privacy?setln=en"
    assert judge_page(watch, _fetch(watch, (FIXTURES / FIXTURE_OF[watch.id]).read_bytes())).ok


@pytest.mark.parametrize("watch_id, shell", [("quora/llm-training-setting", "quora-llm-help.http.html"),
                                             ("reddit/public-content-policy", "reddit-public-content.http.html")])
def test_script_built_help_centre_articles_render_in_the_browser(watch_id, shell):
    watch = CATALOGUE[watch_id]
    # Over plain HTTP the article is not in the page, only the scripts that build it.
    verdict = judge_page(watch, _fetch(watch, (PAGES / shell).read_bytes()))
    assert (verdict.outcome, verdict.reason) == ("error", f"selector matched nothing: {', '.join(watch.select)}")
    assert watch.render == "browser"  # the rendered DOM is the page test_selectors_extract_the_document reads


@pytest.mark.parametrize("watch_id", ["linkedin/genai-help-a5538339", "linkedin/genai-help-a7152512"])
def test_linkedin_help_answers_select_the_answer_not_the_help_centre(watch_id):
    watch = CATALOGUE[watch_id]
    body = (FIXTURES / FIXTURE_OF[watch_id]).read_bytes()
    assert watch.select == (".article-details-page",)
    text = judge_page(watch, _fetch(watch, body)).text
    assert "Data for Generative AI Improvement" in text and "Was this answer helpful?" not in text
    # The default selection (<main>) would have taken the search box, feedback and related answers.
    assert "Was this answer helpful?" in judge_page(watch.model_copy(update={"select": ()}), _fetch(watch, body)).text


def test_pinterest_watches_its_policy_where_it_moved_in_june_2025():
    watch = CATALOGUE["pinterest/privacy-policy"]
    root = etree.fromstring((FIXTURES / FIXTURE_OF[watch.id]).read_bytes(), etree.HTMLParser(encoding="utf-8"))
    (canonical,) = root.xpath("//link[@rel='canonical']/@href")
    assert watch.url == canonical == "https://policy.pinterest.com/en-gb/privacy-policy"
    assert watch.locale == "en-GB" and watch.accept_language == "en-GB,en;q=0.9"
