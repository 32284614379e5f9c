"""Where a platform stands, through the whole pipeline: real crawls of a policy that starts
training AI on members' data, one `stance` alert by e-mail at the version that does it,
and `vigie stance` answering with the proof and the history."""

from __future__ import annotations

import sqlite3

from conftest import mailto
from vigie.loopback import Page

POLICY = """<html><body><nav>Home · Help</nav><main><h1>Linkwell Privacy Policy</h1>
<p>Last updated: {updated}</p>
<h2>Information we collect</h2>
<p>We collect the information you give us when you create an account, such as your name and e-mail address,
and the content you post.</p>
<h2>How we use your information</h2>
<p>We use your information to provide, personalise and improve our services.</p>
{ai}
<h2>Your rights</h2>
<p>You have the right to access, correct and delete your personal data. You can lodge a complaint with your
local supervisory authority.</p>
<p>We keep your information for as long as your account is open.</p>
{extra}
</main><footer>© Linkwell</footer></body></html>"""
DENIAL = "<p>We do not use your personal data or the content you post to train artificial intelligence models.</p>"
TRAINING = ("<h2>Generative AI</h2><p>From 3 November 2025, we use the public posts and profile information of "
            "members to train generative AI models that create content. This setting is on by default.</p>"
            "<p>You can turn it off at any time in your settings: <a href='https://linkwell.example/settings/"
            "data-for-generative-ai-improvement'>Data for Generative AI Improvement</a>.</p>"
            "<p>We rely on our legitimate interests to use your data for this purpose.</p>")
COOKIES = "<h2>Cookies</h2><p>We use cookies to keep you signed in.</p>"


def versions() -> list[Page]:
    """v1 denies training; v2 adds a cookie paragraph; v3 trains by default; v4 only dates it anew."""
    return [Page.html(POLICY.format(updated="1 September 2025", ai=DENIAL, extra="")),
            Page.html(POLICY.format(updated="1 September 2025", ai=DENIAL, extra=COOKIES)),
            Page.html(POLICY.format(updated="20 September 2025", ai=TRAINING, extra=COOKIES)),
            Page.html(POLICY.format(updated="4 October 2025", ai=TRAINING, extra=COOKIES))]


def plain(mail) -> str:
    return next(part.get_payload(decode=True).decode() for part in mail.walk()
                if part.get_content_type() == "text/plain")


def test_a_platform_that_starts_training_gives_one_stance_alert_at_that_version(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/privacy", *versions())
    vigie.write([{"id": "linkwell/privacy-policy", "platform": "Linkwell", "url": site.url("/privacy"),
                  "select": ["main"]}])
    vigie.add_channel("dpo", url=mailto(port), min_severity="high")
    for _ in versions():
        vigie.crawl()
        vigie("notify")

    with sqlite3.connect(vigie.db) as db:
        assert db.execute("SELECT MAX(number) FROM versions").fetchone() == (4,)
        stance = db.execute("SELECT to_version, severity FROM changes WHERE flags LIKE '%\"stance\"%'").fetchall()
    assert stance == [(3, "high")]
    bodies = [plain(mail) for mail in inbox.messages]
    alerts = [body for body in bodies if "stands changed" in body]
    assert len(alerts) == 1
    body = alerts[0]
    assert "Trains AI on members' data: no → yes" in body and "data-for-generative-ai-improvement" in body

    (linkwell,) = vigie.json("stance", "Linkwell")
    training = linkwell["answers"]["ai-training"]
    assert training["value"] == "yes" and training["evidence"]["version"] in (3, 4)
    assert "train generative AI models" in training["evidence"]["text"]
    assert linkwell["answers"]["ai-opt-out"]["value"] == "setting"
    history = [(h["question"], h["from"], h["to"], h["version"]) for h in linkwell["history"]]
    assert ("ai-training", "no", "yes", 3) in history
    assert all(version == 3 for *_, version in history if _[0] != "effective")

    shown = vigie("stance").stdout
    assert "Linkwell" in shown and "Trains AI on members' data" in shown and "no → yes" in shown


def test_stance_names_the_platforms_it_knows(site, vigie):
    site.serve("/privacy", versions()[0])
    vigie.write([{"id": "linkwell/privacy-policy", "platform": "Linkwell", "url": site.url("/privacy"),
                  "select": ["main"]}])
    vigie.crawl()
    unknown = vigie("stance", "Nowhere", check=False)
    assert unknown.returncode == 2 and "Linkwell" in unknown.stderr
    (linkwell,) = vigie.json("stance")
    assert linkwell["answers"]["ai-training"]["value"] == "no" and linkwell["history"] == []
