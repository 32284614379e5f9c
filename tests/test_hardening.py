"""Bad input, hostile pages and unsafe places: one clear line, the right exit code, nothing lost."""

from __future__ import annotations

import ipaddress
import os
import socket
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
    from watchers.store.db import Store
    from watchers.store.schema import MIGRATIONS

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
    from watchers.store.db import Store

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
    from watchers.store.db import Store

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


def without_private_allowed() -> dict:
    return {k: v for k, v in os.environ.items() if k != "VIGIE_ALLOW_PRIVATE"}


def test_unsafe_targets_are_refused_at_load(vigie):
    for url, why in [("http://169.254.169.254/latest/meta-data/", "link-local or cloud-metadata"),
                     ("http://metadata.google.internal/computeMetadata/v1/", "cloud-metadata host"),
                     ("http://[fd00:ec2::254]/", "link-local or cloud-metadata"),
                     ("ftp://example.org/policy", "is not an http(s) URL")]:
        vigie.write([{"id": "ex/meta", "platform": "Example", "url": url}])
        refused = vigie("watches", check=False)  # even where private addresses are allowed
        assert refused.returncode == 2 and why in refused.stderr, (url, refused.stderr)
    vigie.write([{"id": "ex/local", "platform": "Example", "url": "http://admin:hunter2@10.0.0.5/admin"}])
    refused = vigie("watches", check=False, env=without_private_allowed())
    assert refused.returncode == 2 and "private or loopback" in refused.stderr
    assert "hunter2" not in refused.stderr and "***@10.0.0.5" in refused.stderr


def test_private_addresses_only_when_the_watch_allows_them(site, vigie):
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p")}])
    refused = vigie("crawl", "--all", check=False, env=without_private_allowed())
    assert refused.returncode == 2 and "allow_private = true" in refused.stderr
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "allow_private": True}])
    assert "1 checks: 1 new" in vigie("crawl", "--all", env=without_private_allowed()).stdout


def test_redirects_and_dns_are_checked_before_each_download(site, vigie):
    site.serve("/moved", Page.redirect("http://169.254.169.254/latest/meta-data/iam/"))
    watches = [{"id": "ex/moved", "platform": "Example", "url": site.url("/moved"), "allow_private": True}]
    name = socket.gethostname()  # resolves through /etc/hosts to this machine's own address
    try:
        address = socket.getaddrinfo(name, 80)[0][4][0]
    except OSError:
        address = None
    if address and ipaddress.ip_address(address).is_private:
        watches.append({"id": "ex/named", "platform": "Example", "url": f"http://{name}:{site.url('/p').split(':')[2]}"})
    vigie.write(watches)
    vigie("crawl", "--all", check=False, env=without_private_allowed())
    reasons = {row["watch"]: row["reason"] for row in vigie.json("status")}
    assert reasons["ex/moved"].startswith("unsafe target: http://169.254.169.254/latest/meta-data/iam/")
    assert "link-local or cloud-metadata" in reasons["ex/moved"]
    assert [hit.path for hit in site.hits] == ["/moved"]  # the redirect was answered; nothing else was asked
    if "ex/named" in reasons:
        assert f"{name} resolves to {address} is a private or loopback address" in reasons["ex/named"]


def test_credentials_in_a_watch_url_are_masked_wherever_it_is_printed(site, vigie):
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")))
    url = site.url("/p").replace("http://", "http://reader:s3cret@")
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": url}])
    vigie.crawl()
    for args in (["watches"], ["watches", "--json"], ["status"], ["doctor", "--offline"], ["changes"]):
        out = vigie(*args, check=False)
        assert "s3cret" not in out.stdout + out.stderr, args
    assert "http://***@127.0.0.1:" in vigie("watches").stdout
    # Nor is it stored, where reports, the site and exports would show it.
    with sqlite3.connect(vigie.db) as db:
        stored = db.execute("SELECT w.url || w.config || c.url || COALESCE(c.final_url, '') || c.reason "
                            "FROM watches w JOIN checks c ON c.watch_id = w.id").fetchone()[0]
    assert "s3cret" not in stored and "***@127.0.0.1" in stored


def test_doctor_warns_of_what_would_silently_not_work(vigie):
    vigie.write([{"id": "ex/rendered", "platform": "Example", "url": "https://example.org/p", "render": "browser"},
                 {"id": "ex/secret", "platform": "Example", "url": "https://reader:s3cret@example.org/q"}])
    out = vigie("--set", "VIGIE_CHROMIUM=/nonexistent/chromium", "doctor", "--offline").stdout
    assert "1 of 2 watches need a browser and would be skipped" in out
    assert "no [[channel]] is configured" in out
    assert "ex/secret: a user name and password in the URL" in out and "s3cret" not in out
    assert "Everything Vigie needs is in order" not in out and "warning(s)" in out

    name = socket.gethostname()  # this machine's own name resolves to its own, private address
    try:
        address = socket.getaddrinfo(name, 80)[0][4][0]
    except OSError:
        return
    if ipaddress.ip_address(address).is_private:
        vigie.write([{"id": "ex/named", "platform": "Example", "url": f"http://{name}:9/p"}])
        out = vigie("doctor", check=False, env=without_private_allowed()).stdout
        assert f"{name} is not fetched for ex/named: {name} resolves to {address}" in out


def test_scrapy_warnings_only_with_verbose(site, vigie):
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p")}])
    noisy = ["--set", "SPIDER_MIDDLEWARES_BASE={}"]  # makes Scrapy warn about its redirect middlewares
    quiet = vigie.crawl(*noisy)
    assert "WARNING" not in quiet.stderr and "1 checks: 1 new" in quiet.stdout
    assert "WARNING" in vigie(*noisy, "-v", "crawl", "--all").stderr


def test_small_things(site, vigie):
    """A single selector as a string; an id too long to name files; status's last change."""
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": "main"}])
    assert vigie.json("watches")[0]["select"] == ["main"]
    vigie.crawl()
    header, row = vigie("status").stdout.splitlines()[:2]
    assert "LAST CHANGE" in header and row.count(":") >= 3  # last check, last change and next check times
    vigie.write([{"id": "ex/" + "p" * 130, "platform": "Example", "url": site.url("/p")}])
    refused = vigie("watches", check=False)
    assert refused.returncode == 2 and "at most 120" in refused.stderr


def test_the_weekly_report_opens_with_what_to_act_before_and_links_each_change_to_its_page(site, vigie, tmp_path):
    future = POLICY.replace("Last updated: 3 March 2026", "Effective date: 1 February 2099")
    site.serve("/p", Page.html(POLICY.format(clause="To improve the service.")),
               Page.html(future.format(clause="To train our AI models on your posts.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"),
                  "opt_out": [{"label": "Objection form", "url": "https://example.org/object"}]}])
    vigie.crawl()
    vigie.crawl()
    for name in ("w.html", "w.md"):
        vigie("report", "weekly", "--out", str(tmp_path / name))
        text = (tmp_path / name).read_text(encoding="utf-8")
        act = text.index("Act before")
        assert act < text.index("Summary") and "2099-02-01" in text[act:text.index("Summary")], name
        changes = text[text.index("## Changes") if name.endswith("md") else text.index('id="changes"'):]
        assert "source:" in changes and site.url("/p") in changes, name
