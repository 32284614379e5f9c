"""Bad input, hostile pages and unsafe places: one clear line, the right exit code, nothing lost."""

from __future__ import annotations

import sqlite3

from conftest import mailto
from vigie.loopback import Page

POLICY = """<html><body><main><h1>Privacy Policy</h1><p>Last updated: 3 March 2026</p>
<p>We collect the information you give us when you create an account.</p>
<ul><li>To provide the service.</li><li>{clause}</li></ul></main></body></html>"""
# A screen clear, an OSC-8 hyperlink whose text says one thing and whose target is
# another, and a right-to-left override that reorders what is displayed.
HOSTILE = ("We train our AI models on your posts. \x1b[2J\x1b]8;;https://evil.example/\x07opt out here"
           "\x1b]8;;\x07 \u202eenod ton\u202c.")


def test_no_command_sends_a_page_s_control_or_bidi_characters_to_the_terminal(site, vigie, smtp):
    _, port, _ = smtp
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")),
               Page.html(POLICY.format(clause=HOSTILE)))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p")}])
    vigie.add_channel("dpo", url=mailto(port), min_severity="low")
    vigie.crawl()
    vigie.crawl()
    outputs = {args: vigie(*args).stdout for args in [
        ("changes",), ("show", "ex/privacy"), ("status",), ("history", "ex/privacy"),
        ("diff", "ex/privacy"), ("watches",), ("notify", "--dry-run")]}
    for args, out in outputs.items():
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out, (args, out)
    # What the page said is still there for a reader, shown as escapes.
    assert "\\u001b]8;;https://evil.example/" in outputs[("show", "ex/privacy")]
    assert "\\u202e" in outputs[("changes",)]
    # Only the printing is neutralised: the version is stored as the page had it.
    with sqlite3.connect(vigie.db) as db:
        (text,) = db.execute("SELECT text FROM versions WHERE number = 2").fetchone()
    assert "\x1b]8;;https://evil.example/" in text
