"""Judging fetched pages, without a network: is this the policy, or a failed check?"""

from __future__ import annotations

from pathlib import Path

from watchers.catalogue.watchlist import Watch
from watchers.page.extract import extract, split_overlays
from watchers.page.fetch import Fetch
from watchers.page.verdict import WALL_MAX_CHARS, judge_page, judge_response, overlay_selectors

WATCH = Watch(id="ex/p", platform="Ex", title="T", kind="privacy-policy",
              url="https://example.org/p", select=("main",))
POLICY = "<main><h1>Privacy</h1>" + "<p>We process your data for the reasons below.</p>" * 80 + "</main>"


def fetch(body: str = POLICY, **kwargs) -> Fetch:
    fields = {"watch_id": "ex/p", "url": WATCH.url, "started_at": "t", "finished_at": "t",
              "conditional": False, "status": 200, "final_url": WATCH.url, "body": body.encode()}
    return Fetch(**{**fields, **kwargs})


def test_transport_and_http_failures():
    assert judge_response(fetch(error="timeout: no complete answer within 30s")).reason.startswith("timeout")
    assert judge_response(fetch(status=503)).reason == "HTTP 503 Service Unavailable"
    assert judge_response(fetch(status=429)).outcome == "blocked"
    assert judge_response(fetch(status=304)).outcome == "error"  # 304 to a request without validators
    assert judge_response(fetch(body="  ")).reason == "empty response body"
    wall = judge_response(fetch(final_url="https://example.org/uas/login?session_redirect=x"))
    assert wall.outcome == "blocked" and wall.reason.startswith("login wall: redirected")
    assert judge_response(fetch()) is None


def test_a_long_policy_that_mentions_captchas_is_not_a_wall():
    body = POLICY.replace("</main>", "<p>We use a CAPTCHA to check you are not a robot.</p></main>")
    assert judge_page(WATCH, fetch(body)).ok


def test_walls_are_recognised_in_any_of_our_languages():
    for text, label in [("Êtes-vous un robot ?", "bot check"),
                        ("Bitte melden Sie sich an, um fortzufahren", "login wall"),
                        ("Antes de continuar a Example: usamos cookies", "consent wall")]:
        verdict = judge_page(WATCH, fetch(f"<html><body><div>{text}</div></body></html>"))
        assert verdict.outcome == "blocked" and verdict.reason.startswith(label), verdict


def test_expect_reject_and_shortness():
    pinned = WATCH.model_copy(update={"expect": ("Example Ireland",)})
    assert "expect text missing" in judge_page(pinned, fetch()).reason
    assert judge_page(pinned, fetch(POLICY.replace("<h1>", "<p>Example IRELAND Ltd</p><h1>"))).ok
    rejecting = WATCH.model_copy(update={"reject": ("reasons below",)})
    assert judge_page(rejecting, fetch()).reason == "reject text present: 'reasons below'"
    assert "implausibly short" in judge_page(WATCH, fetch("<main><p>Soon.</p></main>")).reason
    half = "<main>" + "<p>We process your data for the reasons below.</p>" * 4 + "</main>"
    assert judge_page(WATCH, fetch(half)).ok
    assert "previous version had 4000" in judge_page(WATCH, fetch(half), previous_chars=4000).reason


# --- walls: short pages and overlays, never a long policy --------------------------------------

PAGES = Path(__file__).parent / "fixtures" / "pages"
FRENCH = WATCH.model_copy(update={"locale": "fr", "select": ("main#twtr-main",)})


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_a_long_french_policy_saying_avant_de_continuer_is_a_drifted_selector_not_a_wall():
    body = page("x-policy-fr-drifted.html")
    assert "avant de continuer" in body.casefold() and len(extract(body.encode(), url=WATCH.url).text) > WALL_MAX_CHARS
    verdict = judge_page(FRENCH, fetch(body))
    assert (verdict.outcome, verdict.reason) == ("error", "selector matched nothing: main#twtr-main")
    # With its new selector it is the policy, phrase and all.
    fixed = judge_page(FRENCH.model_copy(update={"select": (".ct17-content",)}), fetch(body))
    assert fixed.ok and "Avant de continuer à utiliser nos services" in fixed.text


def test_a_long_policy_under_a_cookie_banner_is_a_drifted_selector_too():
    banner = ('<div id="cookie-banner" class="cookie-consent" role="dialog"><p>Nous utilisons des cookies.</p>'
              "<p>Accepter tous les cookies ?</p></div>")
    verdict = judge_page(FRENCH, fetch(page("x-policy-fr-drifted.html").replace("</body>", banner + "</body>")))
    assert (verdict.outcome, verdict.reason) == ("error", "selector matched nothing: main#twtr-main")


def test_a_short_consent_interstitial_is_a_consent_wall():
    verdict = judge_page(FRENCH, fetch(page("consent-interstitial.fr.html")))
    assert (verdict.outcome, verdict.reason) == ("blocked", "consent wall: page says 'avant de continuer'")


def test_a_cookie_dialog_over_an_empty_shell_is_a_consent_wall():
    body = page("cookie-overlay.en.html")
    # Long only because of its dialog: the page itself says "Loading…".
    assert len(extract(body.encode(), url=WATCH.url).text) > WALL_MAX_CHARS
    verdict = judge_page(WATCH.model_copy(update={"select": ("#policy-content",)}), fetch(body))
    assert (verdict.outcome, verdict.reason) == ("blocked", "consent wall: page says 'accept all cookies'")


def test_what_counts_as_an_overlay():
    body = ("<html><body class='modal-open'><main><p>The page itself.</p></main>"
            "<div id='CybotCookiebotDialog'><p>Cookiebot dialog.</p></div>"
            "<section aria-modal='true'><p>A modal.</p></section><dialog open><p>A dialog element.</p></dialog>"
            "<div class='gdpr-notice'><p>A GDPR notice.</p></div><div role='alertdialog'><p>An alert.</p></div>"
            "</body></html>").encode()
    outside, overlays = split_overlays(body, url=WATCH.url, overlays=overlay_selectors())
    assert outside == "The page itself."  # <body class="modal-open"> is not an overlay
    assert overlays.split("\n\n") == ["Cookiebot dialog.", "A modal.", "A dialog element.", "A GDPR notice.", "An alert."]
