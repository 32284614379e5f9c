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


def test_a_mistyped_db_is_refused_by_reading_commands_and_never_created(vigie, tmp_path):
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": "https://example.org/p"}])
    for args in (["status"], ["changes"], ["history", "ex/privacy"], ["show", "ex/privacy"], ["diff", "ex/privacy"],
                 ["notify"], ["notify", "--dry-run"], ["report", "weekly", "--out", str(tmp_path / "w.html")],
                 ["site", "--out", str(tmp_path / "site")], ["export", "--format", "jsonl", "--out", str(tmp_path / "x")]):
        refused = vigie(*args, check=False)
        assert refused.returncode == 2, (args, refused.stderr)
        assert f"no database at {vigie.db}" in refused.stderr and "vigie crawl" in refused.stderr, args
        assert "Traceback" not in refused.stderr
    assert not vigie.db.exists()


def test_a_database_from_a_newer_vigie_is_refused_and_doctor_says_so(vigie):
    from watchers.schema import MIGRATIONS
    from watchers.store import Store

    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": "https://example.org/p"}])
    Store(vigie.db).close()
    with sqlite3.connect(vigie.db) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(len(MIGRATIONS) + 3)])
    for args in (["status"], ["changes"], ["crawl", "--all"], ["run"]):
        refused = vigie(*args, check=False)
        assert refused.returncode == 2 and "written by a newer Vigie" in refused.stderr, (args, refused.stderr)
        assert "Traceback" not in refused.stderr
    doctor = vigie("doctor", "--offline", check=False)
    assert doctor.returncode == 1 and "written by a newer Vigie" in doctor.stdout
    with sqlite3.connect(vigie.db) as db:  # nothing was migrated or lost
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(len(MIGRATIONS) + 3)


def test_out_of_range_values_are_configuration_errors(vigie):
    from watchers.store import Store

    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": "https://example.org/p", "every": "3000000d"}])
    refused = vigie("watches", check=False)
    assert refused.returncode == 2 and "'3000000d' is too long; the longest is 365d" in refused.stderr
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": "https://example.org/p"}])
    Store(vigie.db).close()
    for args, message in [(["changes", "--since", "1000000d"], "too long"),
                          (["--set", "DOWNLOAD_TIMEOUT=abc", "status"], "expected a number"),
                          (["--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1.5", "status"], "expected a whole number"),
                          (["--set", "COOKIES_ENABLED=maybe", "status"], "expected true or false")]:
        refused = vigie(*args, check=False)
        assert refused.returncode == 2 and message in refused.stderr, (args, refused.stderr)
        assert "Traceback" not in refused.stderr


def test_the_lock_holds_through_a_symlink_to_the_database(vigie, tmp_path):
    from test_run import lock_held_by_another_process
    from watchers.store import Store

    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": "https://example.org/p"}])
    Store(vigie.db).close()
    alias = tmp_path / "alias.db"
    alias.symlink_to(vigie.db)
    with lock_held_by_another_process(vigie.db) as pid:
        refused = vigie("--db", str(alias), "notify", check=False)
        assert refused.returncode == 1 and f"(pid {pid}" in refused.stderr, refused.stderr


def test_rerunning_site_or_export_keeps_what_people_added_to_publish_it(site, vigie, tmp_path):
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p")}])
    vigie.crawl()
    for args in (["site", "--out"], ["export", "--format", "jsonl", "--out"]):
        out = tmp_path / args[0]
        vigie(*args, str(out))
        (out / ".git").mkdir()
        (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
        (out / "CNAME").write_text("policies.example.org\n")
        (out / ".nojekyll").write_text("")
        vigie(*args, str(out))
        assert (out / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n", args
        assert (out / "CNAME").read_text() == "policies.example.org\n" and (out / ".nojekyll").exists(), args
        assert not list(tmp_path.glob(f".{args[0]}.*")), "no staging or retired folder is left behind"


def test_at_most_two_requests_are_in_flight_to_one_host(site, vigie):
    """Politeness whatever Scrapy the pins resolve: each page takes half a second to
    answer, so a crawl that ignored the per-host limit would have a dozen at once."""
    watches = []
    for n in range(12):
        site.serve(f"/p{n}", Page.html(POLICY.format(clause=f"Clause {n}."), fault="stall:0.5"))
        watches.append({"id": f"ex/p{n}", "platform": "Example", "url": site.url(f"/p{n}")})
    vigie.write(watches)
    assert "12 checks: 12 new" in vigie.crawl().stdout
    assert site.max_in_flight == 2, site.max_in_flight
