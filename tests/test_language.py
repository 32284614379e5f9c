"""The language check: which language a page is in, and a page in another one is a failed check."""

from __future__ import annotations

import json
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import CORPUS
from corpus_languages import language_of
from reports import alerts
from vigie.loopback import Page
from watchers.catalogue.watchlist import Watch, load_watchlist
from watchers.delivery.channels import Channel
from watchers.delivery.digests import digest_content
from watchers.page.extract import extract
from watchers.page.fetch import Fetch
from watchers.page.language import detect, language_problem, supported
from watchers.page.verdict import judge_page
from watchers.store.db import Store

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = tomllib.loads((FIXTURES / "language" / "samples.toml").read_text(encoding="utf-8"))
GERMAN_TELEGRAM = (FIXTURES / "pages" / "telegram-privacy.de.html").read_text(encoding="utf-8")
ENGLISH_TELEGRAM = (FIXTURES / "catalogue" / "telegram-policy.en.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_a_paragraph_of_each_language_is_named(language):
    assert detect(SAMPLES[language]) == language
    assert language_problem(SAMPLES[language], language) is None
    assert language_problem(SAMPLES[language], f"{language}-XX") is None  # a region does not matter
    other = "pl" if language != "pl" else "en"
    assert language_problem(SAMPLES[language], other) == f"wrong language ({language}, expected {other})"


def test_every_profile_has_a_sample():
    assert supported() == set(SAMPLES) == {"en", "fr", "de", "es", "it", "nl", "pt", "pl"}


def test_too_short_to_say():
    assert detect("") is None
    assert detect("Datenschutzerklärung") is None
    twenty_words = " ".join(SAMPLES["de"].split()[:20])
    assert detect(twenty_words) is None and language_problem(twenty_words, "en") is None


def test_a_locale_we_have_no_profile_for_gets_no_judgement():
    for locale in ("ja", "sv", "fi", "zh-Hant"):
        assert language_problem(SAMPLES["de"], locale) is None


def test_an_english_policy_quoting_other_languages_is_english():
    page = "\n\n".join([
        SAMPLES["en"],
        "Meta Platforms Ireland Limited, à l'attention de : Délégué à la protection des données, "
        "4 Grand Canal Square, Dublin 2, Irlande. Pour toute question, écrivez-nous à cette adresse.",
        SAMPLES["en"],
        "As the Oberlandesgericht Köln put it on 23 May 2025: „Die Verarbeitung der Daten ist zur "
        "Wahrung der berechtigten Interessen erforderlich, und die Nutzer können ihr widersprechen.“",
        "Read this policy in: English · Deutsch · Français · Español · Italiano · Nederlands · "
        "Português · Polski · Dansk · Svenska",
        SAMPLES["en"],
    ])
    assert detect(page) == "en"
    assert language_problem(page, "en") is None
    assert language_problem(page, "fr") == "wrong language (en, expected fr)"


def test_a_bilingual_page_gets_no_verdict_either_way():
    page = "\n\n".join(SAMPLES["en"] if i % 2 else SAMPLES["fr"] for i in range(6))
    assert detect(page) is None
    assert language_problem(page, "en") is None and language_problem(page, "fr") is None
    # A translation wins only where it clearly dominates: three French paragraphs to one English.
    mostly_french = "\n\n".join([SAMPLES["fr"]] * 4 + [SAMPLES["en"]])
    assert language_problem(mostly_french, "en") == "wrong language (fr, expected en)"


def test_link_targets_are_not_prose():
    # The words of these URLs are German stop words; what a reader sees is English.
    links = "\n".join(f"* [the policy for region {n}](https://example.de/der/die/das/und/mit/von/zu/den/{n}?lang=de)"
                      for n in range(60))
    page = f"{SAMPLES['en']}\n\n{links}\n\nSee also www.example.de/der/die/das and <https://example.de/und/mit>."
    assert detect(page) == "en"
    assert language_problem(page, "en") is None


def test_a_long_page_is_sampled_from_end_to_end():
    # 300 KB: English throughout but for one German paragraph in the middle.
    page = "\n\n".join([SAMPLES["en"]] * 250 + [SAMPLES["de"]] + [SAMPLES["en"]] * 250)
    assert detect(page) == "en"
    # English for more than the sample's length, German after: judged by the whole, not its start.
    german_after_an_english_preface = "\n\n".join([SAMPLES["en"]] * 20 + [SAMPLES["de"]] * 300)
    assert detect(german_after_an_english_preface) == "de"


# --- in the verdict -----------------------------------------------------------------------

TELEGRAM = Watch(id="telegram/privacy-policy", platform="Telegram", title="Privacy Policy",
                 kind="privacy-policy", url="https://telegram.org/privacy?setln=en", locale="en",
                 select=("#dev_page_content_wrap",))


def fetch(body: str) -> Fetch:
    return Fetch(TELEGRAM.id, TELEGRAM.url, "t", "t", conditional=False, final_url=TELEGRAM.url,
                 status=200, body=body.encode(), encoding="utf-8")


def test_a_german_page_on_an_english_watch_is_blocked_not_a_version():
    verdict = judge_page(TELEGRAM, fetch(GERMAN_TELEGRAM))
    assert (verdict.outcome, verdict.reason, verdict.text) == ("blocked", "wrong language (de, expected en)", None)
    assert judge_page(TELEGRAM.model_copy(update={"locale": "en-GB"}), fetch(GERMAN_TELEGRAM)).reason == \
        "wrong language (de, expected en)"
    assert judge_page(TELEGRAM.model_copy(update={"locale": "de"}), fetch(GERMAN_TELEGRAM)).ok
    assert judge_page(TELEGRAM, fetch(ENGLISH_TELEGRAM)).ok


def test_the_language_is_the_reason_before_a_missing_expect_text():
    pinned = TELEGRAM.model_copy(update={"expect": ("Telegram Privacy Policy",)})
    assert judge_page(pinned, fetch(GERMAN_TELEGRAM)).reason == "wrong language (de, expected en)"
    rejecting = TELEGRAM.model_copy(update={"reject": ("Datenschutzerklärung",)})
    assert judge_page(rejecting, fetch(GERMAN_TELEGRAM)).reason == "reject text present: 'Datenschutzerklärung'"


# --- the real corpus -------------------------------------------------------------------------

needs_corpus = pytest.mark.skipif(not (CORPUS / "manifest.json").is_file(),
                                  reason=f"real corpus not present at {CORPUS}")


def corpus_versions() -> list[tuple[str, str]]:
    """(file as the manifests name it, text) of every Markdown version in the corpus."""
    versions = []
    for manifest, root in ((CORPUS / "manifest.json", CORPUS), (CORPUS / "html" / "manifest.json", CORPUS / "html")):
        for document in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
            versions += [(v["file"], (root / v["file"]).read_text(encoding="utf-8")) for v in document["versions"]]
    return versions


@needs_corpus
def test_no_corpus_version_fails_in_its_own_language():
    versions = corpus_versions()
    assert len(versions) >= 120
    failures = [(file, language_problem(text, language_of(file))) for file, text in versions
                if language_problem(text, language_of(file))]
    assert failures == []
    # Not vacuous: each is named, so each would fail on a watch of another language.
    assert [file for file, text in versions if detect(text) != language_of(file)] == []
    assert {language_of(file) for file, _ in versions} == {"en", "de"}
    for file, text in versions:
        other = "fr" if language_of(file) != "fr" else "en"
        assert language_problem(text, other) == f"wrong language ({language_of(file)}, expected {other})"


@needs_corpus
def test_the_corpus_raw_pages_pass_the_whole_verdict():
    html = CORPUS / "html"
    document = json.loads((html / "manifest.json").read_text(encoding="utf-8"))["documents"][0]
    watch = Watch(id="meta-ai/terms", platform="Meta AI", title="AI Terms", kind="terms", locale="en",
                  url="https://www.facebook.com/legal/eu-ai-terms", select=("[role=main]",),
                  remove=("[role=main] [role=separator] ~ *",))
    for snapshot in document["html_snapshots"]:
        body = (html / snapshot["file"]).read_bytes()
        page = Fetch(watch.id, watch.url, "t", "t", conditional=False, final_url=watch.url, status=200, body=body)
        verdict = judge_page(watch, page)
        assert verdict.ok, (snapshot["file"], verdict.reason)
        # The whole page too (menus, footer, language picker): still English.
        assert detect(extract(body, url=watch.url).text) == language_of(snapshot["file"])


# --- a real crawl ------------------------------------------------------------------------------

def test_a_german_page_fails_the_check_then_the_english_one_is_recorded(site, vigie, tmp_path):
    site.serve("/privacy", Page.html(GERMAN_TELEGRAM))
    vigie.write([{"id": "telegram/privacy-policy", "platform": "Telegram", "url": site.url("/privacy?setln=en"),
                  "locale": "en", "select": ["#dev_page_content_wrap"]}])
    vigie.crawl()
    vigie.crawl()
    assert site.hits_for("/privacy?setln=en")[0].headers["Accept-Language"] == "en"
    (status,) = vigie.json("status")
    assert (status["outcome"], status["reason"], status["versions"]) == ("blocked", "wrong language (de, expected en)", 0)
    assert status["consecutive_failures"] == 2
    assert "↳ wrong language (de, expected en)" in vigie("status").stdout

    # The digest and the site say it as they say any failed check.
    store = Store(vigie.db)
    watches = {w.id: w for w in load_watchlist(vigie.watchlist).watches}
    now = datetime.now(timezone.utc)
    daily = Channel(name="digest", url="json://127.0.0.1/h", mode="daily")
    content = digest_content(store, daily, f"{(now - timedelta(days=1)).isoformat()}/{now.isoformat()}", watches)
    assert [(f["watch"].id, f["reason"]) for f in content["failing"]] == \
        [("telegram/privacy-policy", "wrong language (de, expected en)")]
    _, body = alerts.render_digest(content, daily, "text")
    assert "FAILING telegram/privacy-policy x2: wrong language (de, expected en)" in body
    vigie("site", "--out", str(tmp_path / "site"))
    pages = [p for p in (tmp_path / "site").rglob("*.html") if "wrong language (de, expected en)" in p.read_text()]
    assert len(pages) >= 2, pages  # the platform's page and the watch's timeline

    site.serve("/privacy", Page.html(ENGLISH_TELEGRAM))
    vigie.crawl()
    (status,) = vigie.json("status")
    assert (status["outcome"], status["versions"], status["consecutive_failures"]) == ("new", 1, 0)
    assert "Telegram Privacy Policy" in vigie("show", "telegram/privacy-policy").stdout
