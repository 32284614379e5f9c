"""Alert bodies per format, with hostile policy text (pure rendering, no transport)."""

from __future__ import annotations

from reports.alerts import render_alert
from watchers.catalogue.watchlist import Watch

WATCH = Watch(id="ex/p", platform="Example", title="Privacy Policy", kind="ai-notice", url="https://ex.org/p",
              opt_out=({"label": "Objection form", "url": "https://ex.org/object"},))
CHANGE = {"watch_id": "ex/p", "from_version": 1, "to_version": 2, "detected_at": "2026-11-23T00:00:00+00:00",
          "severity": "high", "flags": ["ai-training", "date"], "summary": "AI-training wording changed.",
          "excerpts": [{"flag": "ai-training", "before": "",
                        "after": "We train <b>models</b> [click](javascript:x) \x1b[31m# now"}],
          "dates": [{"kind": "effective", "before": None, "after": "2027-02-01", "upcoming": True}]}


def test_markdown_escapes_policy_text_and_keeps_our_links():
    title, body = render_alert(CHANGE, WATCH, "markdown")
    assert title == "[Vigie] HIGH: Example Privacy Policy changed (ai-training, date)"
    assert r"\[click\]\(javascript:x\)" in body and "\x1b" not in body
    assert "[Objection form](https://ex.org/object)" in body
    assert "**Takes effect 2027-02-01**" in body


def test_html_and_text():
    _, html = render_alert(CHANGE, WATCH, "html")
    assert "&lt;b&gt;models&lt;/b&gt;" in html and "<b>models" not in html
    _, text = render_alert(CHANGE, WATCH, "text")
    assert "Takes effect 2027-02-01" in text and "Act: Objection form https://ex.org/object" in text
    assert "\x1b" not in text
