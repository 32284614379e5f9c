"""Judging fetched pages, without a network: is this the policy, or a failed check?"""

from __future__ import annotations

from watchers.catalogue.watchlist import Watch
from watchers.page.fetch import Fetch
from watchers.page.verdict import judge_page, judge_response

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
