"""Vigie in the reader's language (issue 16): the French catalogue is complete and compiled,
the language is chosen as documented, and a DPO who sets `lang = "fr"` gets French alerts and
digests through a real SMTP server on 127.0.0.1, the policy's own words untouched."""

from __future__ import annotations

import gettext
import io
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from conftest import mailto
from reports import alerts
from reports.i18n import available, choose, from_environment, reader
from vigie.loopback import Page
from watchers.catalogue.watchlist import ConfigError, load_watchlist, parse_watchlist
from watchers.delivery.notify import deliver_due, send
from watchers.meaning.summary import summarise
from watchers.store.db import Store

from test_alerts import HOSTILE, PAGE

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "reports" / "locale"
# Our own English sentences, which a French reader must not meet.
ENGLISH = ("What to do", "Re-check your setting", "wording changed", "detected", "Takes effect",
           "changed (", "Policy changes", "high,")


def subject(mail) -> str:
    return str(make_header(decode_header(mail["Subject"])))


def parts(mail) -> dict[str, str]:
    return {part.get_content_type(): part.get_payload(decode=True).decode() for part in mail.walk()
            if not part.is_multipart()}


# -- the catalogue ---------------------------------------------------------------------------

def catalogue(path: Path, locale: str | None = None):
    with path.open("rb") as file:
        return read_po(file, locale=locale)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """The messages the code and templates hold today, extracted as docs/translating.md says."""
    pot = tmp_path_factory.mktemp("i18n") / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-o", str(pot),
                    "--add-comments=Translators:", "."], cwd=ROOT, check=True, capture_output=True)
    return pot


CATALOGUES = sorted(path.parent.parent.name for path in LOCALE.glob("*/LC_MESSAGES/messages.po"))


def test_french_is_there():
    assert "fr" in CATALOGUES and available() == ("en", *CATALOGUES)


@pytest.mark.parametrize("lang", CATALOGUES)
def test_every_message_has_a_translation(extracted, lang):
    template = catalogue(extracted)
    french = catalogue(LOCALE / lang / "LC_MESSAGES" / "messages.po", lang)
    ids = [(m.id, m.context) for m in template if m.id]
    assert len(ids) > 50  # the extraction found the templates and the code
    found = {key: french.get(*key) for key in ids}
    untranslated = [key for key, m in found.items() if m is None or not all(
        m.string if isinstance(m.string, tuple) else [m.string])]
    assert untranslated == [], f"messages without a translation in {lang} (docs/translating.md)"
    assert [m.id for m in french if m.id and m.fuzzy] == [], "fuzzy translations are not used: review them"
    # Placeholders the same as the English (python-format), plural forms all there.
    problems = [(m.id, [str(e) for e in errors]) for m, errors in french.check()]
    assert problems == []


@pytest.mark.parametrize("lang", CATALOGUES)
def test_the_compiled_catalogue_is_the_po_file(lang):
    po = LOCALE / lang / "LC_MESSAGES" / "messages.po"
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(po, lang))
    compiled.seek(0)
    with po.with_suffix(".mo").open("rb") as file:
        shipped = gettext.GNUTranslations(file)
    assert shipped._catalog == gettext.GNUTranslations(compiled)._catalog, \
        "run `pybabel compile -d reports/locale` (docs/translating.md)"


# -- choosing the language ----------------------------------------------------------------------

def test_the_language_is_the_one_asked_for_else_the_environments_else_english():
    assert choose("fr", "en", environ={}) == "fr"
    assert choose(None, "fr", environ={"LANG": "en_GB.UTF-8"}) == "fr"  # the watchlist's
    assert choose(None, None, environ={"LANG": "fr_BE.UTF-8"}) == "fr"
    assert choose(None, None, environ={"LANGUAGE": "de:fr", "LANG": "en_US.UTF-8"}) == "en"  # de first: not available
    assert choose(None, None, environ={"LC_ALL": "C.UTF-8"}) == "en"
    assert choose("de", environ={}) == "en"  # no German catalogue: English, never an error
    assert from_environment({"LC_MESSAGES": "fr_FR@euro", "LANG": "en_US"}) == "fr"


def test_the_watchlists_lang_is_every_channels_default():
    text = """lang = "fr"
include_catalogue = false
[[channel]]
name = "dpo"
url = "json://127.0.0.1/h"
[[channel]]
name = "team"
url = "json://127.0.0.1/t"
lang = "en"
"""
    _, _, (dpo, team), lang = parse_watchlist(text, "mine.toml")
    assert (lang, dpo.lang, team.lang) == ("fr", "fr", "en")
    with pytest.raises(ConfigError, match=r"mine.toml: lang: 'xx' is not a language Vigie writes in; available: en, fr"):
        parse_watchlist('lang = "xx"\n', "mine.toml")
    with pytest.raises(ConfigError, match=r"channel 'dpo': field 'lang': 'de' is not a language Vigie writes in"):
        parse_watchlist('[[channel]]\nname = "dpo"\nurl = "json://127.0.0.1/h"\nlang = "de"\n', "mine.toml")


# -- what a French reader gets ------------------------------------------------------------------

def test_french_summaries_dates_and_answers():
    fr = reader("fr")
    dates = [{"kind": "effective", "before": "2025-04-14", "after": "2025-05-27", "upcoming": True}]
    facts = {"stance": [{"question": "ai-training", "from": "no", "to": "yes"},
                        {"question": "ai-opt-out", "from": "none", "to": "form, email"}], "removed": 2, "added": 1}
    assert summarise(("opt-out-link", "date", "ai-training", "stance"), dates, facts, fr, platform="Meta") == (
        "Changement de position pour Meta : Entraîne l’IA sur les données des membres : non → oui ; "
        "Comment refuser : aucun → formulaire, e-mail. Lien d’opposition (opt-out) modifié ; formulation sur "
        "l’entraînement de l’IA modifiée ; date d’entrée en vigueur : 14 avril 2025 → 27 mai 2025 (à venir).")
    assert summarise((), (), {"removed": 1, "added": 3}, fr) == "Autre texte modifié : 1 phrase supprimée, 3 ajoutées."
    assert summarise(("cosmetic", "revert"), (), {"revert": {"version": 2, "toggled": []}}, fr).startswith(
        "Retour au texte de la version 2 (va-et-vient) : Mise en forme")
    assert fr.number(10000) == "10\u202f000" and fr.when("2026-12-03T08:05:00+00:00") == "3 décembre 2026 à 08:05 UTC"


def test_a_french_alert_in_each_format_keeps_the_pages_words():
    watch = load_watchlist(None).watches[0]
    change = {"severity": "high", "flags": ["stance", "ai-training"], "from_version": 3, "to_version": 4,
              "detected_at": "2025-05-20T06:00:00+00:00", "summary": "(English)", "dates": [
                  {"kind": "effective", "before": None, "after": "2025-05-27", "upcoming": True}],
              "facts": {"stance": [{"question": "ai-training", "from": "no", "to": "yes"}]},
              "excerpts": [{"flag": "stance", "before": "", "after": "We use public posts to train AI at Meta."},
                           {"flag": "ai-training", "before": "", "after": "We use public posts to train AI at Meta."}],
              "actions": [{"label": "Objection form", "url": "https://example.org/object", "source": "page",
                           "gone": False}]}
    for body_format in ("html", "markdown", "text"):
        title, body = alerts.render_alert(change, watch, body_format, "fr")
        assert title.startswith(f"[Vigie] HAUTE : {watch.platform}") and "(position, entraînement de l’IA)" in title
        assert "Entraîne l’IA sur les données des membres : non → oui" in body
        assert "27 mai 2025" in body and "date d’entrée en vigueur" in body
        assert "We use public posts to train AI at Meta." in body  # the page's words, as they are
        assert not [e for e in ENGLISH if e in body], body
    assert '<html lang="fr">' in alerts.render_alert(change, watch, "html", "fr")[1]


def test_a_dpo_who_sets_lang_fr_receives_a_french_alert_by_email(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause=HOSTILE.replace("<", "&lt;").replace(">", "&gt;"))
                         .replace("3 March 2026", "9 May 2026")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"],
                  "opt_out": [{"label": "AI objection form", "url": "https://example.org/object"}]}], lang="fr")
    vigie.add_channel("dpo", url=mailto(port), min_severity="high")
    vigie.crawl()
    vigie.crawl()
    vigie("notify")

    (mail,) = inbox.messages
    assert subject(mail) == "[Vigie] HAUTE : Example, Privacy Policy a changé (date, entraînement de l’IA)"
    body = parts(mail)
    assert set(body) == {"text/plain", "text/html"}
    for text in body.values():
        assert "Que faire" in text and "Vérifiez à nouveau votre réglage ou renvoyez votre opposition" in text
        assert "date de mise à jour : 3 mars 2026 → 9 mai 2026" in text.replace("\n", " ")
        assert "AI objection form" in text  # the watchlist's label, as written
        assert not [e for e in ENGLISH if e in text], text
    html = body["text/html"]
    assert '<html lang="fr">' in html
    assert "To train our AI models &lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert "To train our AI models <script>alert(1)</script>" in body["text/plain"]


def test_the_environments_locale_chooses_when_nothing_else_does(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause="To train our AI models on your posts.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    vigie.add_channel("dpo", url=mailto(port), min_severity="high")
    vigie.crawl()
    vigie.crawl()
    vigie("notify", env={**os.environ, "LANG": "fr_FR.UTF-8"})
    (mail,) = inbox.messages
    assert subject(mail).startswith("[Vigie] HAUTE : Example")


def test_a_french_digest_by_email(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause="To train our AI models on your posts.")),
               Page.html(PAGE.format(clause="To train our AI models on your posts.").replace("3 March 2026", "9 May 2026")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}], lang="fr")
    vigie.add_channel("matin", url=mailto(port), mode="daily", min_severity="low")
    for _ in range(3):
        vigie.crawl()
    time.sleep(1.1)

    watchlist = load_watchlist(vigie.watchlist)
    (matin,) = watchlist.channels
    now = datetime.now(timezone.utc) + timedelta(minutes=2)
    matin = matin.model_copy(update={"at": (now - timedelta(minutes=1)).astimezone().strftime("%H:%M")})
    report = deliver_due(Store(vigie.db), {matin.name: matin}, {w.id: w for w in watchlist.watches}, alerts, now,
                         transport=send)
    assert [r["result"] for r in report] == ["sent"]
    (mail,) = inbox.messages
    title = subject(mail)
    assert title.startswith("[Vigie] Résumé quotidien au ") and " : 2 changements, dont 1 de gravité haute" in title
    for text in parts(mail).values():
        assert "Changements de politiques, du " in text and "HAUTE" in text and "MOYENNE" in text
        assert "Formulation sur l’entraînement de l’IA modifiée" in text
        assert "Date de mise à jour : 3 mars 2026 → 9 mai 2026" in text
        assert not [e for e in ENGLISH if e in text], text


def test_a_french_webhook_gets_markdown_in_french_and_a_french_test_message(site, vigie):
    site.serve("/hook", Page(status=200))
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause=HOSTILE.replace("<", "&lt;").replace(">", "&gt;"))))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"],
                  "opt_out": [{"label": "AI objection form", "url": "https://example.org/object"}]}])
    vigie.add_channel("chat", url=f"json://127.0.0.1:{site.base.rsplit(':', 1)[1]}/hook", lang="fr",
                      min_severity="high")
    vigie.crawl()
    vigie.crawl()
    vigie("notify")
    (post,) = [json.loads(hit.body) for hit in site.hits if hit.path.startswith("/hook")]
    assert post["title"] == "[Vigie] HAUTE : Example, Privacy Policy a changé (entraînement de l’IA)"
    assert "**Que faire :**" in post["message"] and "[AI objection form](https://example.org/object)" in post["message"]
    assert r"\<script\>" in post["message"]  # the page's words, escaped for Markdown
    assert not [e for e in ENGLISH if e in post["message"]], post["message"]

    assert vigie("channels", "list").stdout.split()[:4] == ["chat", "immediate", "≥high", "fr"]
    vigie("channels", "test", "chat")
    test = json.loads([hit for hit in site.hits if hit.path.startswith("/hook")][-1].body)
    assert test["title"] == "[Vigie] Message de test"
