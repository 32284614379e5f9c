"""`vigie import ota-history`: an archive's versions, with their capture dates, into the store.

First the pure parts (layout, dates, mapping, what is appended), then the command on texts
written here, laid out as a dataset and as a git repository (real git, real store, real
crawl afterwards), then on the real histories of ../shared/corpus when it is there.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, mailto
from vigie.loopback import Page
from watchers.imports.ota_history import (Known, Stored, derived_id, parse_map, reconcile, resolve, sequence)
from watchers.imports.ota_layout import DocumentKey, is_technical_upgrade, locate, parse_git_log, parse_stamp
from watchers.store.db import Store

# -- the layout and its dates -------------------------------------------------------


@pytest.mark.parametrize("stem, captured_at, rank", [
    ("2021-08-01T01-03-12Z", "2021-08-01T01:03:12+00:00", (0, 0, 0)),  # OTA datasets
    ("001_2025-04-19T003056Z", "2025-04-19T00:30:56+00:00", (0, 1, 0)),  # the corpus
    ("2026-11-23T10-00-00Z (v7)", "2026-11-23T10:00:00+00:00", (7, 0, 0)),  # Vigie's export, same second
    ("2024-03-05", "2024-03-05T00:00:00+00:00", (0, 0, 0)),
    ("2024-03-05T12:30:00+02:00", "2024-03-05T10:30:00+00:00", (0, 0, 0)),
    ("2024-03-05T12:30:00.250Z", "2024-03-05T12:30:00+00:00", (0, 0, 250000000)),
])
def test_dates_are_read_from_file_names(stem, captured_at, rank):
    stamp = parse_stamp(stem)
    assert (stamp.captured_at, stamp.rank) == (captured_at, rank)


@pytest.mark.parametrize("stem", ["Privacy Policy", "2024-02-30", "2024-03-05T25-00-00Z", "v2_2024", "latest"])
def test_names_without_a_real_date_have_none(stem):
    assert parse_stamp(stem) is None


def test_paths_say_which_document_and_whether_the_name_is_dated():
    dataset = locate("Facebook/Privacy Policy/2021-08-01T01-03-12Z.md")
    assert dataset.document == DocumentKey("Facebook", "Privacy Policy") and dataset.stamp and not dataset.document_file
    repository = locate("TikTok/Privacy Policy #eea.md")
    assert repository.document == DocumentKey("TikTok", "Privacy Policy", "eea") and repository.stamp is None
    assert repository.document_file and repository.document.label == "TikTok / Privacy Policy #eea"
    exported = locate("history/Chirp/Opt-out Page/2026-11-23T10-00-00Z (v2).md")
    assert exported.document == DocumentKey("Chirp", "Opt-out Page") and exported.stamp.rank[0] == 2
    assert locate("Chirp/Opt-out Page.md").document_file  # an export's latest copy, or a repository's file
    nested = locate("Chirp/Privacy Policy/2024/2024-01-10T08-00-00Z.md")
    assert nested.document.terms_type == "Privacy Policy" and nested.stamp
    undated = locate("Chirp/Privacy Policy/latest.md")
    assert undated.stamp is None and not undated.document_file
    for ignored in ("README.md", "LICENSE", "Chirp/Privacy Policy.html", ".github/x/y.md", "manifest.json",
                    "history/Chirp/Privacy Policy/2026-11-23T10-00-00Z.json", "raw/ab12"):
        assert locate(ignored) is None, ignored


def test_git_log_is_parsed_with_its_dates_subjects_and_files():
    blob, zero = "a" * 40, "0" * 40
    output = ("\x1e" + "1" * 40 + "\x1f2022-07-11T17:00:26+02:00\x1fFirst record of Chirp Privacy Policy\0\n"
              f":000000 100644 {zero} {blob} A\0Chirp/Privacy Policy.md\0"
              "\x1e" + "2" * 40 + "\x1f2022-09-20T12:33:22+00:00\x1fRefilter Chirp Privacy Policy\0\n"
              f":100644 100644 {blob} {'b' * 40} M\0Chirp/Privacy Policy.md\0"
              f":100644 000000 {blob} {zero} D\0Chirp/Tërms of Service.md\0")
    first, second = parse_git_log(output)
    assert (first.captured_at, first.subject) == ("2022-07-11T15:00:26+00:00", "First record of Chirp Privacy Policy")
    assert [(f.status, f.blob, f.path) for f in first.files] == [("A", blob, "Chirp/Privacy Policy.md")]
    assert [(f.status, f.path) for f in second.files] == [("M", "Chirp/Privacy Policy.md"),
                                                          ("D", "Chirp/Tërms of Service.md")]
    assert is_technical_upgrade(second.subject) and not is_technical_upgrade(first.subject)
    assert is_technical_upgrade("Apply technical or declaration upgrade on Chirp Privacy Policy")


# -- which watch --------------------------------------------------------------------

KNOWN = [Known("facebook/privacy-policy", "Facebook", "privacy-policy", "Privacy Policy (EU)", "en", True),
         Known("facebook/privacy-policy.fr", "Facebook", "privacy-policy", "Politique (UE)", "fr", True),
         Known("tiktok/privacy-policy-eea", "TikTok", "privacy-policy", "Privacy Policy (EEA)", "en", True),
         Known("tiktok/privacy-policy-eea.fr", "TikTok", "privacy-policy", "Politique (EEE)", "fr", True),
         Known("x/privacy-policy", "X", "privacy-policy", "Privacy Policy", "en", True),
         Known("x/gdpr", "X", "privacy-policy", "GDPR", "en", True),
         Known("chirp/community-guidelines", "Chirp", "other", "Community Guidelines", "en", False)]


@pytest.mark.parametrize("service, terms_type, options, expected, how", [
    ("Facebook", "Privacy Policy", {}, "facebook/privacy-policy", "catalogue"),
    ("facebook", "Privacy Policy", {"locale": "fr"}, "facebook/privacy-policy", "catalogue"),  # the same id wins
    ("TikTok", "Privacy Policy", {}, "tiktok/privacy-policy-eea", "catalogue"),
    ("TikTok", "Privacy Policy", {"locale": "fr"}, "tiktok/privacy-policy-eea.fr", "catalogue"),
    ("TikTok", "Privacy Policy", {"locale": "de"}, "tiktok/privacy-policy", "new"),
    ("Chirp", "Community Guidelines", {}, "chirp/community-guidelines", "watchlist"),
    ("Chirp", "Trackers Policy", {}, "chirp/trackers-policy", "new"),
    ("Facebook", "Terms of Service", {}, "facebook/terms-of-service", "new"),
    ("Google Generative AI", "Generative AI Policy", {}, "google-generative-ai/generative-ai-policy", "new"),
    ("Facebook", "Privacy Policy", {"exported_as": "demo/fb"}, "demo/fb", "export"),
    ("Facebook", "Privacy Policy", {"mapped": {("facebook", "privacy policy"): "research/fb"}}, "research/fb", "map"),
])
def test_documents_go_to_the_watch_of_their_service_and_kind(service, terms_type, options, expected, how):
    target = resolve(DocumentKey(service, terms_type), KNOWN, **options)
    assert (target.watch_id, target.how) == (expected, how), target.why


def test_an_ambiguous_or_taken_match_becomes_a_new_watch_that_says_why():
    x_tos = Known("x/privacy-policy-2", "X", "privacy-policy", "Other", "en", True)
    target = resolve(DocumentKey("X", "Privacy Policy"), [k for k in KNOWN if k.id != "x/privacy-policy"] + [x_tos])
    assert target.how == "new" and "several watches match (x/gdpr, x/privacy-policy-2)" in target.why
    assert "--map 'X/Privacy Policy=ID'" in target.why
    # A document with its own id ("#eu") is one of several of its type: only its own id matches.
    assert resolve(DocumentKey("TikTok", "Privacy Policy", "eea"), KNOWN).watch_id == "tiktok/privacy-policy-eea"
    assert resolve(DocumentKey("TikTok", "Privacy Policy", "eu"), KNOWN).watch_id == "tiktok/privacy-policy-eu"
    assert resolve(DocumentKey("TikTok", "Privacy Policy", "eu"), KNOWN).how == "new"
    taken = [Known("chirp/trackers-policy", "Chirp", "privacy-policy", "Cookies", "en", False)]
    assert resolve(DocumentKey("Chirp", "Trackers Policy"), taken).watch_id == "chirp/trackers-policy-ota"
    assert derived_id(DocumentKey("Chirp", "Privacy Policy", "EU 2")) == "chirp/privacy-policy-eu-2"
    assert parse_map(" Facebook/Privacy Policy = research/fb ") == (("facebook", "privacy policy"), "research/fb")
    with pytest.raises(ValueError, match="expected SERVICE/TERMS TYPE=WATCH_ID"):
        parse_map("Facebook=fb")


# -- what is appended ------------------------------------------------------------------

D = ["2024-01-0%dT00:00:00+00:00" % day for day in range(1, 8)]


def test_repeated_consecutive_texts_are_not_versions():
    kept, repeated = sequence([("c1", "a"), ("c2", "a"), ("c3", "b"), ("c4", "a"), ("c5", "a")])
    assert [c for c, _ in kept] == ["c1", "c3", "c4"] and repeated == 2


def test_an_import_only_ever_appends():
    planned = [(D[0], "a"), (D[1], "b"), (D[2], "c")]
    imported = [Stored(1, D[0], "a", True), Stored(2, D[1], "b", True)]
    assert reconcile("w", [], planned).start == 0  # a new watch: everything
    assert reconcile("w", imported, planned).start == 2  # cut short, or the archive grew: the rest
    assert reconcile("w", imported[:1] + [Stored(2, "2024-01-02T01:00:00+01:00", "b", True)], planned).start == 2
    everything = imported + [Stored(3, D[2], "c", True)]
    assert reconcile("w", everything, planned).start == 3  # a re-run: nothing
    crawled_after = everything + [Stored(4, D[5], "z", False)]
    assert reconcile("w", crawled_after, planned).start == 3 and not reconcile("w", crawled_after, planned).refused
    grown = planned + [(D[6], "d")]  # the archive grew after Vigie's own crawl recorded v4
    refused = reconcile("w", crawled_after, grown)
    assert refused.start == len(grown) and "v4–v4" in refused.refused
    assert "recorded by Vigie's crawls" in refused.refused
    crawled_only = reconcile("facebook/privacy-policy", [Stored(1, D[6], "z", False)], planned)
    assert crawled_only.refused.startswith("facebook/privacy-policy already holds 1 version(s) (v1–v1, 2024-01-07")
    assert "3 version(s) from 2024-01-01 to 2024-01-03 cannot be put in order" in crawled_only.refused
    assert "--db" in crawled_only.refused and "--map" in crawled_only.refused
    other_import = reconcile("w", [Stored(1, D[0], "a", True), Stored(2, D[1], "x", True)], planned)
    assert "recorded by another import" in other_import.refused


# -- the command, on texts written here ----------------------------------------------

POLICY = """# Chirp Privacy Policy

Effective {date}

## What we collect

We collect the information you give us when you create an account, and the posts you publish.

## How we use it

- To provide and secure the service.
- To show you relevant posts.
{extra}
## Your rights

You can access, correct or delete your data from your settings, or write to privacy@chirp.example.
"""
AI = "- To train our artificial intelligence models on your public posts.\n"
OPT_OUT = ("\nYou can object to the use of your posts for AI training with the "
           "[objection form](https://chirp.example/settings/ai-objection).\n")
FIRST = POLICY.format(date="1 November 2023", extra="")
# (file name date, text): two captures repeat the text before them, so are not versions.
HISTORY = [
    ("2023-11-02T09-15-00Z", FIRST),
    ("2024-02-14T09-15-00Z", FIRST.replace("and the posts", "and the posts,")),  # a comma: noise
    ("2024-03-01T09-15-00Z", FIRST.replace("and the posts", "and the posts,")),
    ("2024-06-20T09-15-00Z", POLICY.format(date="26 June 2024", extra=AI)),
    ("2024-06-21T09-15-00Z", POLICY.format(date="26 June 2024", extra=AI)),
    ("2024-09-03T09-15-00Z", POLICY.format(date="26 June 2024", extra=AI + OPT_OUT)),
]
VERSION_DATES = ["2023-11-02T09:15:00+00:00", "2024-02-14T09:15:00+00:00", "2024-06-20T09:15:00+00:00",
                 "2024-09-03T09:15:00+00:00"]
PAGE = """<html><body><main><h1>Chirp Privacy Policy</h1><p>Effective 1 October 2026</p>
<p>We collect the information you give us when you create an account, and the posts you publish.</p>
<ul><li>To provide and secure the service.</li><li>To train our artificial intelligence models on your public
posts and your private messages.</li></ul>
<p>You can no longer object to this use.</p></main></body></html>"""


def dataset(root: Path, history=HISTORY, service: str = "Chirp", terms_type: str = "Privacy Policy") -> Path:
    folder = root / service / terms_type
    folder.mkdir(parents=True, exist_ok=True)
    for stamp, text in history:
        (folder / f"{stamp}.md").write_text(text, encoding="utf-8")
    (root / "README.md").write_text("# A dataset\n", encoding="utf-8")
    return root


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "OTA", "GIT_AUTHOR_EMAIL": "bot@example.org",
           "GIT_COMMITTER_NAME": "OTA", "GIT_COMMITTER_EMAIL": "bot@example.org", "GIT_CONFIG_GLOBAL": os.devnull}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env).stdout


def repository(repo: Path, versions: list[tuple[str, str, str, str]]) -> Path:
    """A versions repository as OTA's recorder writes it: one commit per version, dated by
    the version's capture (author and committer dates). versions: (path, date, message, text)."""
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "README.md").write_text("# Chirp versions\n", encoding="utf-8")
    for path, date, message, text in sorted(versions, key=lambda v: v[1]):
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "--allow-empty", "-m", message, date=date)
    return repo


def chirp_watch(site) -> dict:
    return {"id": "chirp/privacy-policy", "platform": "Chirp", "title": "Privacy Policy", "kind": "privacy-policy",
            "url": site.url("/privacy"), "select": ["main"]}


def rows(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


def test_a_dataset_becomes_classified_history_and_only_the_next_crawl_alerts(site, vigie, smtp, tmp_path):
    inbox, port, _ = smtp
    vigie.write([chirp_watch(site)])
    vigie.add_channel("dpo", url=mailto(port), min_severity="low")
    path = dataset(tmp_path / "dataset")
    result = vigie("import", "ota-history", str(path))
    assert result.stdout.splitlines()[:2] == [
        "chirp/privacy-policy  ← Chirp / Privacy Policy (the watchlist's Chirp privacy-policy watch)",
        "  4 version(s) added, 3 change(s): 2 high, 1 noise; 2023-11-02 → 2024-09-03"]
    assert "2 capture(s) repeating the previous text skipped" in result.stdout
    assert result.stdout.rstrip().endswith("0 alert(s) queued (imported history is the past: none).")

    history = vigie.json("history", "chirp/privacy-policy")
    assert [v["captured_at"] for v in history] == VERSION_DATES
    distinct = [HISTORY[i][1] for i in (0, 1, 3, 5)]
    assert [v["sha256"] for v in history] == [hashlib.sha256(t.encode()).hexdigest() for t in distinct]
    assert vigie("show", "chirp/privacy-policy", "--version", "3").stdout.rstrip("\n") == distinct[2].rstrip("\n")
    changes = vigie.json("changes", "--watch", "chirp/privacy-policy")
    assert [(c["to_version"], c["detected_at"], c["severity"]) for c in changes] == [
        (2, VERSION_DATES[1], "noise"), (3, VERSION_DATES[2], "high"), (4, VERSION_DATES[3], "high")]
    assert "ai-training" in changes[1]["flags"] and "date" in changes[1]["flags"]
    assert {"opt-out", "opt-out-link"} <= set(changes[2]["flags"])
    assert rows(vigie.db, "SELECT COUNT(*) FROM deliveries") == [(0,)]  # nobody e-mailed the past
    checks = rows(vigie.db, "SELECT outcome, started_at, imported_from, version_number FROM checks ORDER BY id")
    assert [(c[0], c[1], c[3]) for c in checks] == [("imported", d, n) for n, d in enumerate(VERSION_DATES, 1)]
    assert json.loads(checks[2][2]) == {"path": str(path.resolve()),
                                        "file": "Chirp/Privacy Policy/2024-06-20T09-15-00Z.md"}
    store = Store(vigie.db)
    assert store.changes_between("2000-01-01T00:00:00+00:00", "2100-01-01T00:00:00+00:00") == []  # nor a digest
    store.close()
    # The history reads like any other: the weekly report over the period, the site.
    vigie("report", "weekly", "--since", "2024-06-01", "--out", str(tmp_path / "weekly.md"))
    weekly = (tmp_path / "weekly.md").read_text()
    assert "AI\\-training wording changed" in weekly and "detected 2024-06-20 09:15 UTC" in weekly
    vigie("site", "--out", str(tmp_path / "site"))
    assert "chirp/privacy-policy" in (tmp_path / "site" / "platform" / "chirp.html").read_text()

    again = vigie("import", "ota-history", str(path))  # idempotent
    assert "  0 version(s) added (4 already stored), 0 change(s): none;" in again.stdout
    assert rows(vigie.db, "SELECT COUNT(*) FROM versions UNION ALL SELECT COUNT(*) FROM changes") == [(4,), (3,)]

    site.serve("/privacy", Page.html(PAGE))  # the live page, read by a real crawl
    vigie.crawl()
    assert rows(vigie.db, "SELECT COUNT(*), MAX(number) FROM versions") == [(5, 5)]
    assert rows(vigie.db, "SELECT status, COUNT(*) FROM deliveries GROUP BY status") == [("pending", 1)]
    vigie("notify")
    (mail,) = inbox.messages
    assert "Chirp Privacy Policy changed" in mail["Subject"]
    vigie("notify")
    assert len(inbox.messages) == 1


def test_a_git_repository_is_read_commit_by_commit(vigie, tmp_path):
    vigie.write([], include_catalogue=True)
    versions = [("Chirp/Privacy Policy.md", stamp[:10] + "T" + stamp[11:19].replace("-", ":") + "Z",
                 "First record of Chirp Privacy Policy" if n == 0 else "Record new changes of Chirp Privacy Policy",
                 text) for n, (stamp, text) in enumerate(HISTORY)]
    # A re-extraction by OTA's recorder, and a document of the catalogue's platforms.
    versions.insert(4, ("Chirp/Privacy Policy.md", "2024-07-01T00:00:00Z",
                        "Apply technical or declaration upgrade on Chirp Privacy Policy", HISTORY[3][1] + "\nShare\n"))
    versions.append(("TikTok/Privacy Policy.md", "2022-07-11T15:00:26Z", "First record of TikTok Privacy Policy",
                     "# Privacy Policy\n\nWe collect what you post.\n"))
    repo = repository(tmp_path / "chirp-versions", versions)
    result = vigie.json("import", "ota-history", str(repo))
    assert result["read_from"] == ["git"] and result["deliveries_queued"] == 0
    chirp, tiktok = result["watches"]
    assert (chirp["watch"], chirp["mapped"], chirp["status"]) == ("chirp/privacy-policy", "new", "imported")
    assert "no Chirp privacy-policy watch in the watchlist: a new watch" == chirp["why"]
    # A commit that leaves the file as it was changes nothing in git: five captures, five versions,
    # the re-extraction among them.
    assert (chirp["versions_read"], chirp["repeated_texts"], chirp["versions_added"]) == (5, 0, 5)
    assert chirp["technical_upgrades"] == 1 and sum(chirp["technical_upgrade_severities"].values()) == 1
    assert (tiktok["watch"], tiktok["mapped"], tiktok["versions_added"]) == \
        ("tiktok/privacy-policy-eea", "catalogue", 1)
    heads = rows(vigie.db, "SELECT v.captured_at, c.imported_from FROM versions v JOIN checks c ON c.id = v.check_id "
                           "WHERE v.watch_id = 'chirp/privacy-policy' ORDER BY v.number")
    assert [h[0] for h in heads] == VERSION_DATES[:3] + ["2024-07-01T00:00:00+00:00", VERSION_DATES[3]]
    origin = json.loads(heads[0][1])
    assert origin["file"] == "Chirp/Privacy Policy.md" and origin["message"] == "First record of Chirp Privacy Policy"
    assert origin["commit"] == git(repo, "log", "--reverse", "--format=%H").split()[1]
    watch = rows(vigie.db, "SELECT platform, title, kind, active, url FROM watches WHERE id = 'chirp/privacy-policy'")
    assert watch == [("Chirp", "Privacy Policy", "privacy-policy", 0, "")]  # history only: not watched

    git(repo, "mv", "Chirp/Privacy Policy.md", "Chirp/Privacy Policy #eu.md")  # the archive moves on
    (repo / "Chirp" / "Privacy Policy #eu.md").write_text(HISTORY[0][1], encoding="utf-8")
    git(repo, "commit", "-qam", "Record new changes of Chirp Privacy Policy", date="2025-01-01T00:00:00Z")
    grown = vigie.json("import", "ota-history", str(repo))
    by_watch = {w["watch"]: w for w in grown["watches"]}
    assert by_watch["chirp/privacy-policy"]["status"] == "up to date"
    assert by_watch["chirp/privacy-policy-eu"]["versions_added"] == 1 and grown["versions_added"] == 1


def test_the_export_imports_back_as_it_was(vigie, tmp_path):
    vigie.write([], include_catalogue=True)
    vigie("import", "ota-history", str(dataset(tmp_path / "dataset")))
    vigie("export", "--format", "ota", "--out", str(tmp_path / "export"))
    again = type(vigie)(tmp_path / "again.db", vigie.watchlist)
    result = again("import", "ota-history", str(tmp_path / "export"))
    assert "(the watch it was exported from)" in result.stdout
    for sql in ("SELECT watch_id, number, captured_at, sha256, text, opt_out_links FROM versions ORDER BY id",
                "SELECT watch_id, from_version, to_version, detected_at, severity, flags, summary, excerpts, dates "
                "FROM changes ORDER BY id",
                "SELECT id, platform, title, kind, locale, active FROM watches"):
        assert rows(vigie.db, sql) == rows(again.db, sql), sql


def test_history_that_cannot_be_put_in_order_is_refused(site, vigie, tmp_path):
    vigie.write([chirp_watch(site)])
    site.serve("/privacy", Page.html(PAGE))
    vigie.crawl()  # Vigie recorded v1 itself
    result = vigie("import", "ota-history", str(dataset(tmp_path / "dataset")), check=False)
    assert result.returncode == 1
    assert "refused: chirp/privacy-policy already holds 1 version(s) (v1–v1" in result.stdout
    assert "recorded by Vigie's crawls" in result.stdout and "--map 'SERVICE/TERMS TYPE=NEW_ID'" in result.stdout
    assert rows(vigie.db, "SELECT COUNT(*) FROM versions") == [(1,)]
    mapped = vigie("import", "ota-history", str(tmp_path / "dataset"), "--map", "Chirp/Privacy Policy=chirp/archive")
    assert "chirp/archive  ← Chirp / Privacy Policy (as --map says)" in mapped.stdout
    assert rows(vigie.db, "SELECT watch_id, COUNT(*) FROM versions GROUP BY 1") == [("chirp/archive", 4),
                                                                                  ("chirp/privacy-policy", 1)]


def test_a_dataset_zip_is_read_as_published(vigie, tmp_path):
    vigie.write([])
    folder = dataset(tmp_path / "dataset-chirp-2024-09-09")
    archive = tmp_path / "dataset-chirp-2024-09-09.zip"
    with zipfile.ZipFile(archive, "w") as zipped:  # OTA's zips hold one folder named after the release
        for file in sorted(folder.rglob("*")):
            zipped.write(file, f"{folder.name}/{file.relative_to(folder).as_posix()}")
    result = vigie.json("import", "ota-history", str(archive))
    assert result["read_from"] == ["zip"] and result["versions_added"] == 4 and result["problems"] == []
    assert [v["captured_at"] for v in vigie.json("history", "chirp/privacy-policy")] == VERSION_DATES
    origin = json.loads(rows(vigie.db, "SELECT imported_from FROM checks ORDER BY id LIMIT 1")[0][0])
    assert origin["file"] == f"{archive.name}:{folder.name}/Chirp/Privacy Policy/2023-11-02T09-15-00Z.md"


def test_a_dry_run_writes_nothing(vigie, tmp_path):
    vigie.write([])
    result = vigie("import", "ota-history", "--dry-run", str(dataset(tmp_path / "dataset")))
    assert "  4 version(s) to add; 2023-11-02 → 2024-09-03" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("Would import 4 version(s)")
    assert not vigie.db.exists()


@pytest.mark.parametrize("layout, words", [
    ("missing", "no such folder"),
    ("empty", "no dated version found"),
    ("undated", "no capture date: the file name carries no date and the folder is not a git repository"),
    ("snapshots", "no dated version found"),
])
def test_nothing_readable_is_exit_2(vigie, tmp_path, layout, words):
    vigie.write([])
    path = tmp_path / layout
    if layout != "missing":
        path.mkdir()
    if layout == "undated":
        (path / "Chirp").mkdir()
        (path / "Chirp" / "Privacy Policy.md").write_text("# Policy\n", encoding="utf-8")
    if layout == "snapshots":
        (path / "Chirp").mkdir()
        (path / "Chirp" / "Privacy Policy.html").write_text("<html></html>", encoding="utf-8")
    result = vigie("import", "ota-history", str(path), check=False)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert not vigie.db.exists()


def test_files_that_are_all_empty_are_exit_2(vigie, tmp_path):
    vigie.write([])
    path = dataset(tmp_path / "dataset", [("2024-01-01T00-00-00Z", ""), ("2024-02-01T00-00-00Z", " \n")])
    result = vigie("import", "ota-history", str(path), check=False)
    assert result.returncode == 2 and "skipped: empty: not a version (2 files):" in result.stderr, result.stderr


def test_bad_options_are_usage_errors(vigie, tmp_path):
    vigie.write([])
    for args, words in ((["--map", "Chirp=x"], "expected SERVICE/TERMS TYPE=WATCH_ID"),
                        (["--map", "Chirp/Privacy Policy=../x"], "is not a watch id"),
                        (["--locale", "english"], "expected a language tag")):
        result = vigie("import", "ota-history", str(tmp_path), *args, check=False)
        assert result.returncode == 2 and words in result.stderr, result.stderr


def test_a_killed_import_keeps_what_it_committed_and_a_rerun_completes_it(vigie, tmp_path):
    vigie.write([])
    clauses = [f"- Clause {n}: we keep records of kind {n} for {n % 7 + 1} months.\n" for n in range(400)]
    history = [(f"2020-01-01T00-00-00Z (v{n})",
                POLICY.format(date=f"{n % 28 + 1} March 2024", extra="".join(clauses[:200 + n])))
               for n in range(1, 121)]
    path = dataset(tmp_path / "dataset", history)
    command = [sys.executable, "-m", "vigie", "--db", str(vigie.db), "--watchlist", str(vigie.watchlist),
               "import", "ota-history", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline and process.poll() is None:
        if vigie.db.exists():
            try:
                committed = rows(vigie.db, "SELECT COUNT(*) FROM versions")[0][0]
            except sqlite3.OperationalError:
                committed = 0
        if committed >= 3:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    kept = rows(vigie.db, "SELECT COUNT(*) FROM versions")[0][0]
    assert 3 <= kept < len(history), kept  # killed mid-way, and what was committed is there
    assert rows(vigie.db, "SELECT COUNT(*) FROM changes")[0][0] == kept - 1  # never a version without its change
    result = vigie("import", "ota-history", str(path))
    assert f"  {len(history) - kept} version(s) added ({kept} already stored)" in result.stdout
    versions = rows(vigie.db, "SELECT number, sha256 FROM versions ORDER BY number")
    assert versions == [(n, hashlib.sha256(text.encode()).hexdigest()) for n, (_, text) in enumerate(history, 1)]
    assert rows(vigie.db, "SELECT COUNT(*), MIN(to_version), MAX(to_version) FROM changes") == [(119, 2, 120)]


# -- the real histories of ../shared/corpus -------------------------------------------

needs_corpus = pytest.mark.skipif(not (CORPUS / "manifest.json").is_file(),
                                  reason="../shared/corpus is not beside the checkout")
CORPUS_WATCHES = {"facebook": "facebook/privacy-policy", "instagram": "instagram/privacy-policy",
                  "tiktok": "tiktok/privacy-policy-eea"}


def corpus_documents() -> list[dict]:
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["documents"]


def expected_versions(document: dict) -> list[dict]:
    """The manifest's versions that are new texts: each one differing from the previous."""
    kept, previous = [], None
    for version in document["versions"]:
        if version["sha256"] != previous:
            kept.append(version)
        previous = version["sha256"]
    return kept


def check_corpus_import(vigie, result: dict, git_layout: bool) -> None:
    assert result["deliveries_queued"] == 0 and rows(vigie.db, "SELECT COUNT(*) FROM deliveries") == [(0,)]
    by_watch = {w["watch"]: w for w in result["watches"]}
    for document in corpus_documents():
        watch_id = CORPUS_WATCHES[document["platform"]]
        expected = expected_versions(document)
        report = by_watch[watch_id]
        assert report["mapped"] == "catalogue" and report["versions_added"] == len(expected)
        history = vigie.json("history", watch_id)
        assert [(v["captured_at"], v["sha256"]) for v in history] == [
            (v["date"].replace("Z", "+00:00"), v["sha256"]) for v in expected]
        changes = vigie.json("changes", "--watch", watch_id)
        assert [c["to_version"] for c in changes] == list(range(2, len(expected) + 1))
        assert [c["detected_at"] for c in changes] == [h["captured_at"] for h in history[1:]]
        assert sum(report["changes"].values()) == len(expected) - 1
        # OTA's re-extractions (technical upgrades) come out as classified changes like any
        # other; only from git, whose commit says so, are they counted apart.
        upgrades = sum(v["kind"] == "technical_upgrade" for v in expected[1:])
        assert report["technical_upgrades"] == (upgrades if git_layout else 0)


@needs_corpus
def test_the_corpus_as_a_folder_of_dated_files(vigie, tmp_path):
    vigie.write([], include_catalogue=True)
    root = tmp_path / "dataset"
    for document in corpus_documents():
        folder = root / document["service"] / document["document"]
        folder.mkdir(parents=True)
        for version in document["versions"]:
            source = CORPUS / version["file"]
            (folder / source.name).symlink_to(source)  # read in place: never copied into the repository
    result = vigie.json("import", "ota-history", str(root))
    assert result["read_from"] == ["files"]
    check_corpus_import(vigie, result, git_layout=False)
    rerun = vigie.json("import", "ota-history", str(root))
    assert rerun["versions_added"] == 0 and {w["status"] for w in rerun["watches"]} == {"up to date"}


@needs_corpus
def test_the_corpus_as_a_git_repository(vigie, tmp_path):
    vigie.write([], include_catalogue=True)
    versions = [(f"{document['service']}/{document['document']}.md", version["date"], version["commit_message"],
                 (CORPUS / version["file"]).read_bytes().decode("utf-8"))
                for document in corpus_documents() for version in document["versions"]]
    repo = repository(tmp_path / "versions", versions)
    result = vigie.json("import", "ota-history", str(repo))
    assert result["read_from"] == ["git"]
    check_corpus_import(vigie, result, git_layout=True)
