"""`vigie demo` on a fresh directory: the bundled histories, crawled for real."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys

# Per cycle, the summary the demo's timeline must produce (histories/README.md).
EXPECTED_SUMMARIES = [
    "9 checks: 9 new",
    "9 checks: 6 not-modified, 3 unchanged",
    "9 checks: 1 blocked, 5 changed, 3 not-modified",
    "9 checks: 1 blocked, 3 changed, 1 error, 4 not-modified",
    "9 checks: 2 blocked, 1 changed, 6 not-modified",
    "9 checks: 2 changed, 7 not-modified",
]


def test_demo_records_the_sample_histories(tmp_path):
    result = subprocess.run([sys.executable, "-m", "vigie", "demo"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.findall(r"^\d+ checks: .*$", out, re.M) == EXPECTED_SUMMARIES
    assert "chirp/privacy-policy           blocked       bot check" in out
    assert "expect text missing: 'Linkwell Ireland Unlimited Company'" in out

    with sqlite3.connect(tmp_path / "vigie-demo" / "vigie.db") as db:
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 20
        # The flip-flop: the AI notice went A, B, A — version 3 has version 1's text.
        v1, v3 = (sha for (sha,) in db.execute(
            "SELECT sha256 FROM versions WHERE watch_id = 'chirp/ai-notice' AND number IN (1, 3) ORDER BY number"))
        assert v1 == v3
        changes = {(w, n): (severity, set(json.loads(flags))) for w, n, severity, flags in db.execute(
            "SELECT watch_id, to_version, severity, flags FROM changes")}
    # Every version after a first one has its classified change (histories/README.md, A–K).
    assert len(changes) == 11
    # The AI notice went A, B, A: the first return to A toggles AI-training and opt-out
    # wording (an announcement withdrawn, as far as anyone can tell): it alerts, once.
    severity, flags = changes[("chirp/ai-notice", 3)]
    assert severity == "high" and {"revert", "ai-training", "opt-out"} <= flags
    assert changes[("pixelle/privacy-policy", 2)] == ("medium", {"date"})
    assert "ai-training" not in changes[("pixelle/privacy-policy", 3)][1]  # "we do not use…"
    assert {"ai-training", "opt-out", "opt-out-link", "date"} <= changes[("chirp/privacy-policy", 2)][1]
    assert changes[("linkwell/help/ai-data-setting", 2)][1] == {"opt-out-link"}

    # It ends with the weekly report and the archive site, and says where they are.
    demo = tmp_path / "vigie-demo"
    assert "Weekly report: vigie-demo/weekly-report.html" in out
    assert "Archive site:  vigie-demo/site/index.html" in out
    report = (demo / "weekly-report.html").read_text(encoding="utf-8")
    assert "11 changes to read" in report
    assert report.count('<article class="card') == 11
    # Linkwell re-pointed its AI-data setting (K): the report points to the page's new
    # link, and says the watchlist's one is no longer on the page.
    changes = report[report.index('<section id="changes">'):]
    help_card = changes[changes.index("linkwell/help/ai-data-setting"):]
    help_card = help_card[:help_card.index("</article>")]
    assert "/linkwell/mypreferences/generative-ai-improvement" in help_card
    assert "no longer on the page" in help_card
    site = demo / "site"
    assert (site / "watch/chirp~ai-notice/diff/2-3.html").is_file()
    assert len(list(site.glob("watch/*/v/*.html"))) == 20 and len(list(site.glob("watch/*/diff/*.html"))) == 11
    assert (site / "feeds/all.atom").read_text(encoding="utf-8").count("<entry>") == 11
