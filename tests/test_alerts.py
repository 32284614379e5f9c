"""Alerts by email through a real SMTP server on 127.0.0.1, after a real crawl."""

from __future__ import annotations

import json
import sqlite3

from aiosmtpd.controller import Controller

from conftest import mailto
from vigie.loopback import Page

HOSTILE = "To train our AI models <script>alert(1)</script> and [click](javascript:alert(2))."
PAGE = """<html><body><main><h1>Privacy Policy</h1><p>Last updated: 3 March 2026</p>
<p>We collect the information you give us when you create an account and the content you post.</p>
<ul><li>To provide the service.</li><li>{clause}</li></ul></main></body></html>"""


def changed_policy(site, vigie, channel_url: str, key: str = "url") -> None:
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause=HOSTILE.replace("<", "&lt;").replace(">", "&gt;"))))
    watches = [{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"],
                "opt_out": [{"label": "AI objection form", "url": "https://example.org/object"}]}]
    vigie.write(watches)
    vigie.add_channel("dpo", **{key: channel_url}, min_severity="high")
    vigie.crawl()
    vigie.crawl()


def test_an_email_alert_is_sent_once_with_both_parts_and_escaped(site, vigie, smtp):
    inbox, port, _ = smtp
    changed_policy(site, vigie, mailto(port))
    assert "would send" in vigie("notify", "--dry-run").stdout
    assert inbox.messages == []

    vigie("notify")
    (mail,) = inbox.messages
    assert mail["To"] == "dpo@example.org" and "vigie@example.org" in mail["From"]
    assert mail["Subject"].startswith("[Vigie] HIGH: Example Privacy Policy changed (ai-training")
    parts = {part.get_content_type(): part.get_payload(decode=True).decode() for part in mail.walk()
             if not part.is_multipart()}
    assert set(parts) == {"text/plain", "text/html"}
    html = parts["text/html"]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript' not in html
    assert '<a href="https://example.org/object">AI objection form</a>' in html

    vigie("notify")  # nothing left to send
    assert len(inbox.messages) == 1


def test_smtp_down_then_up_delivers_exactly_once(site, vigie, smtp):
    inbox, port, controller = smtp
    changed_policy(site, vigie, mailto(port))
    controller.stop()
    failed = vigie("notify", check=False)
    assert failed.returncode == 1 and "failed (attempt 1" in failed.stdout
    with sqlite3.connect(vigie.db) as db:
        status, attempts, error = db.execute("SELECT status, attempts, last_error FROM deliveries").fetchone()
        assert (status, attempts) == ("pending", 1) and error
        assert vigie("notify").stdout.startswith("Nothing to deliver")  # backing off
        assert "dpo: 0 sent, 1 pending (last error:" in vigie("status").stdout
        db.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00+00:00'")  # time passes
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        vigie("notify")
        vigie("notify")
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    with sqlite3.connect(vigie.db) as db:
        assert db.execute("SELECT status, attempts FROM deliveries").fetchone() == ("sent", 2)


def test_filters_and_severity_route_changes(site, vigie, smtp):
    inbox, port, _ = smtp
    url = mailto(port)
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    vigie.add_channel("other-platform", url=url, platforms=["LinkedIn"])
    vigie.add_channel("dates-only", url=url, flags=["date"], min_severity="medium")
    vigie.crawl()
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.").replace("3 March", "9 May")))
    vigie.crawl()
    with sqlite3.connect(vigie.db) as db:
        assert db.execute("SELECT channel FROM deliveries").fetchall() == [("dates-only",)]
    vigie("notify")
    assert len(inbox.messages) == 1


def test_bad_channels_are_refused(vigie):
    vigie.write([])
    for block, words in [('name = "x"\nurl = "nonsense://"\n', "field 'url'"),
                         ('name = "x"\nurl = "json://127.0.0.1/h"\nmode = "hourly"\n', "field 'mode'"),
                         ('name = "x"\nurl = "json://127.0.0.1/h"\nflags = ["gossip"]\n', "unknown flag"),
                         ('name = "x"\nurl = "json://127.0.0.1/h"\nat = "25:00"\n', "field 'at'")]:
        vigie.watchlist.write_text(vigie.watchlist.read_text().split("[[channel]]")[0] + "[[channel]]\n" + block)
        result = vigie("notify", check=False)
        assert result.returncode == 2 and "channel 'x'" in result.stderr and words in result.stderr, result.stderr


def test_json_webhook_receives_markdown_and_channels_test(site, vigie):
    site.serve("/hook", Page(status=200))
    changed_policy(site, vigie, f"json://127.0.0.1:{site.base.rsplit(':', 1)[1]}/hook")
    vigie("notify")
    (post,) = [hit for hit in site.hits if hit.path.startswith("/hook")]
    payload = json.loads(post.body)
    assert payload["title"].startswith("[Vigie] HIGH: Example Privacy Policy")
    assert r"\<script\>" in payload["message"] and "[AI objection form](https://example.org/object)" in payload["message"]
    listed = vigie("channels", "list").stdout
    assert listed.startswith("dpo ") and "json://127.0.0.1" in listed
    vigie("channels", "test", "dpo")
    assert len([hit for hit in site.hits if hit.path.startswith("/hook")]) == 2
    site.serve("/hook", Page(status=500))
    assert vigie("channels", "test", "dpo", check=False).returncode == 1


def test_an_apprise_config_file_fans_out_to_each_of_its_services(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/hook", Page(status=200))
    (vigie.watchlist.parent / "apprise.yml").write_text(f"""urls:
  - {mailto(port)}
  - json://vigie:s3cret@127.0.0.1:{site.base.rsplit(':', 1)[1]}/hook
""")
    changed_policy(site, vigie, "apprise.yml", key="config")

    listed = vigie("channels", "list").stdout
    assert "apprise.yml" in listed and "mailto://" in listed and "s3cret" not in listed
    vigie("notify")
    vigie("notify")
    (mail,) = inbox.messages
    assert mail["To"] == "dpo@example.org" and mail["Subject"].startswith("[Vigie] HIGH: Example Privacy Policy")
    (post,) = [hit for hit in site.hits if hit.path.startswith("/hook")]
    assert "AI objection form" in json.loads(post.body)["message"]


def test_a_channel_needs_a_url_or_a_config_file_that_exists(vigie):
    vigie.write([])
    (vigie.watchlist.parent / "a.yml").write_text("urls:\n  - json://127.0.0.1/h\n")
    for block, words in [('name = "x"\n', "either 'url'"),
                         ('name = "x"\nurl = "json://127.0.0.1/h"\nconfig = "a.yml"\n', "not both"),
                         ('name = "x"\nconfig = "missing.yml"\n', "field 'config'")]:
        vigie.watchlist.write_text(vigie.watchlist.read_text().split("[[channel]]")[0] + "[[channel]]\n" + block)
        result = vigie("notify", check=False)
        assert result.returncode == 2 and "channel 'x'" in result.stderr and words in result.stderr, result.stderr


def test_what_to_do_points_to_the_page_s_current_opt_out_link(site, vigie, smtp):
    """The platform re-points its objection form: the alert names the new link first and
    says that the one in the watchlist is no longer on the page."""
    inbox, port, _ = smtp
    form = "To object, use <a href='{url}'>the objection form</a>."
    old_url, new_url = "https://example.org/help/objection-ai", "https://example.org/privacy/object-to-ai-training"
    site.serve("/p", Page.html(PAGE.format(clause=form.format(url=old_url))),
               Page.html(PAGE.format(clause=form.format(url=new_url))))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"),
                  "opt_out": [{"label": "AI objection form", "url": old_url}]}])
    vigie.add_channel("dpo", url=mailto(port), min_severity="high")
    vigie.crawl()
    vigie.crawl()
    vigie("notify")
    (mail,) = inbox.messages
    assert "opt-out-link" in mail["Subject"]
    html = next(part.get_payload(decode=True).decode() for part in mail.walk()
                if part.get_content_type() == "text/html")
    todo = html[html.index("What to do"):]
    assert todo.index(new_url) < todo.index(old_url)
    assert f'<a href="{old_url}">AI objection form</a> — <strong>no longer on the page</strong>' in todo
