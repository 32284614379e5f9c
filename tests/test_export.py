"""Research exports from a store built by real crawls of a loopback server, read back."""

from __future__ import annotations

import csv
import hashlib
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reports import export as export_module, export_rows as exporting
from reports.export import ExportError, export, load_csv, load_jsonl
from reports.export_ota import load_ota
from vigie.loopback import LoopbackSite, Page
from watchers.store.db import Store

PAGE = """<!doctype html><html><head><title>t</title><script>track()</script></head><body>
<nav>Home</nav><main><h1>{title}</h1><p>Last updated: 3 March 2026</p>
<p>We collect the information you give us when you create an account, and what you post.</p>
{body}
<p>You can object at any time using <a href="/object">the objection form</a>.</p></main></body></html>"""
# Policy text that must come back byte for byte: markup, quotes, commas, a formula-like cell.
HOSTILE = ('<p>Beware: &lt;script&gt;alert("x")&lt;/script&gt; and "&gt;&lt;img src=x onerror=alert(1)&gt;, '
           "don't; \"quoted\", commas, tabs\tand a cell like =HYPERLINK(\"http://x\").</p>")
PAGES = {
    "/privacy": [PAGE.format(title="Privacy Policy", body="<ul><li>To improve our services.</li></ul>"),
                 PAGE.format(title="Privacy Policy", body="<ul><li>To train our generative AI models.</li></ul>")],
    "/ai": [PAGE.format(title="AI at Example", body=HOSTILE),
            PAGE.format(title="AI at Example", body=HOSTILE + "<p>We now use public posts to train models.</p>")],
    "/privacy-fr": [PAGE.format(title="Politique de confidentialité", body="<p>Nous collectons vos données.</p>")],
}
WATCHES = [
    ("example/privacy", "/privacy", "privacy-policy", "en"),
    ("example/ai-notice", "/ai", "ai-notice", "en"),
    ("example/privacy-fr", "/privacy-fr", "privacy-policy", "fr"),
]


def run_vigie(db: Path, watchlist: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "vigie", "--db", str(db), "--watchlist", str(watchlist), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"{command} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """A store with two versions of two watches (a change each) and one version of a third."""
    folder = tmp_path_factory.mktemp("recorded")
    db, watchlist = folder / "vigie.db", folder / "vigie.toml"
    served: list[bytes] = []
    with LoopbackSite() as site:
        entries = ["include_catalogue = false"]
        for watch_id, path, kind, locale in WATCHES:
            entries += ["[[watch]]", f'id = "{watch_id}"', 'platform = "Example"', f'title = "{watch_id}"',
                        f'kind = "{kind}"', f'url = "{site.url(path)}"', f'locale = "{locale}"', 'select = ["main"]']
        watchlist.write_text("\n".join(entries) + "\n", encoding="utf-8")
        for cycle in range(2):
            for path, versions in PAGES.items():
                html = versions[min(cycle, len(versions) - 1)]
                site.serve(path, Page.html(html))
                served.append(html.encode())
            run_vigie(db, watchlist, "--set", "RETRY_TIMES=0", "crawl", "--all")
    return db, watchlist, served


def store_versions(db: Path) -> list[dict]:
    store = Store(db)
    rows = [{"watch": w, "version": v.number, "sha256": v.sha256, "text": v.text, "raw_sha256": v.raw_sha256,
             "captured_at": v.captured_at}
            for (w,) in store.db.execute("SELECT id FROM watches ORDER BY id").fetchall()
            for v in store.versions(w)]
    store.close()
    return rows


def store_changes(db: Path) -> list[dict]:
    store = Store(db)
    rows = [{"watch": c["watch_id"], **{k: c[k] for k in ("from_version", "to_version", "detected_at", "severity",
                                                            "flags", "summary", "excerpts", "dates")}}
            for c in store.changes()]
    store.close()
    return rows


def assert_round_trip(loaded: dict, db: Path) -> None:
    expected = store_versions(db)
    assert len(expected) == 5 and len(store_changes(db)) == 2
    versions = sorted(loaded["versions"], key=lambda v: (v["watch"], v["version"]))
    assert [(v["watch"], v["version"], v["sha256"], v["text"], v["raw_sha256"], v["captured_at"]) for v in versions] \
        == [(v["watch"], v["version"], v["sha256"], v["text"], v["raw_sha256"], v["captured_at"])
            for v in sorted(expected, key=lambda v: (v["watch"], v["version"]))]
    for version in versions:
        assert hashlib.sha256(version["text"].encode()).hexdigest() == version["sha256"]
    changes = [{k: c[k] for k in ("from_version", "to_version", "detected_at", "severity", "flags", "summary",
                                  "excerpts", "dates")} | {"watch": c["watch"]} for c in loaded["changes"]]
    assert sorted(changes, key=lambda c: c["watch"]) == sorted(store_changes(db), key=lambda c: c["watch"])


def test_the_store_has_what_the_exports_need(recorded):
    db, _, _ = recorded
    texts = {(v["watch"], v["version"]): v["text"] for v in store_versions(db)}
    assert set(texts) == {("example/privacy", 1), ("example/privacy", 2), ("example/ai-notice", 1),
                          ("example/ai-notice", 2), ("example/privacy-fr", 1)}
    hostile = texts[("example/ai-notice", 1)]
    assert '<script>alert("x")</script>' in hostile and "\n" in hostile and '"quoted", commas' in hostile
    assert {c["watch"] for c in store_changes(db)} == {"example/privacy", "example/ai-notice"}


def test_jsonl_export_round_trips(recorded, tmp_path):
    db, watchlist, served = recorded
    out = tmp_path / "jsonl"
    result = run_vigie(db, watchlist, "export", "--format", "jsonl", "--out", str(out), "--raw")
    assert "Exported 5 versions of 3 watches and 2 changes" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["changes.jsonl", "manifest.json", "raw", "versions.jsonl",
                                                     "watches.jsonl"]
    loaded = load_jsonl(out)
    assert_round_trip(loaded, db)
    version = next(v for v in loaded["versions"] if v["watch"] == "example/ai-notice")
    assert set(version) == set(exporting.VERSION_FIELDS)
    assert (version["platform"], version["kind"], version["locale"]) == ("Example", "ai-notice", "en")
    assert version["fetch_url"].endswith("/ai") and version["http_status"] == 200 and version["check_id"]
    assert [w["id"] for w in loaded["watches"]] == sorted(w[0] for w in WATCHES)
    assert loaded["watches"][0]["config"]["select"] == ["main"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and (manifest["versions"], manifest["changes"], manifest["raw_pages"]) == (5, 2, 5)
    # --raw: every version's raw page, byte for byte what the server sent.
    raw = {p.name: p.read_bytes() for p in (out / "raw").iterdir()}
    assert set(raw) == {v["raw_sha256"] for v in loaded["versions"]}
    for digest, body in raw.items():
        assert hashlib.sha256(body).hexdigest() == digest and body in served


def test_csv_export_round_trips_and_opens_with_the_csv_module(recorded, tmp_path):
    db, watchlist, _ = recorded
    out = tmp_path / "csv"
    run_vigie(db, watchlist, "export", "--format", "csv", "--out", str(out))
    assert sorted(p.name for p in out.iterdir()) == ["changes.csv", "manifest.json", "versions.csv", "watches.csv"]
    with open(out / "versions.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(exporting.VERSION_FIELDS) and len(rows) == 5
    hostile = next(r for r in rows if r["watch"] == "example/ai-notice" and r["version"] == "1")["text"]
    assert '<script>alert("x")</script>' in hostile and "\n" in hostile and "=HYPERLINK(" in hostile
    with open(out / "changes.csv", encoding="utf-8", newline="") as file:
        changes = list(csv.DictReader(file))
    privacy = next(c for c in changes if c["watch"] == "example/privacy")
    assert "ai-training" in privacy["flags"].split(";")
    assert json.loads(privacy["excerpts"])[0]["after"] == "To train our generative AI models."
    assert_round_trip(load_csv(out), db)


def test_ota_export_is_laid_out_like_open_terms_archive(recorded, tmp_path):
    db, watchlist, _ = recorded
    out = tmp_path / "ota"
    run_vigie(db, watchlist, "export", "--format", "ota", "--out", str(out))
    versions = store_versions(db)
    latest = {v["watch"]: v for v in versions}  # ordered by number: the last one wins
    # Two privacy policies of one service are told apart as OTA tells documents apart.
    documents = {"example/privacy": "Privacy Policy #example_privacy",
                 "example/privacy-fr": "Privacy Policy #example_privacy-fr",
                 "example/ai-notice": "Generative AI Policy"}
    assert sorted(p.name for p in (out / "Example").iterdir()) == sorted(f"{d}.md" for d in documents.values())
    for watch_id, document in documents.items():
        assert (out / "Example" / f"{document}.md").read_text(encoding="utf-8") == latest[watch_id]["text"]
        history = sorted((out / "history" / "Example" / document).glob("*.md"))
        mine = [v for v in versions if v["watch"] == watch_id]
        assert len(history) == len(mine)
        for path, version in zip(history, mine):
            # YYYY-MM-DDTHH-MM-SSZ.md, with " (vN)" when two versions share a second
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ( \(v\d+\))?\.md", path.name), path.name
            assert hashlib.sha256(path.read_bytes()).hexdigest() == version["sha256"]
            metadata = json.loads(path.with_suffix(".json").read_text())
            assert metadata["fetch"].endswith(dict((w[0], w[1]) for w in WATCHES)[watch_id])
            assert (metadata["captured_at"], metadata["sha256"], metadata["snapshot_id"], metadata["version"]) == \
                (version["captured_at"], version["sha256"], version["raw_sha256"], version["version"])
            assert metadata["service"] == "Example" and metadata["terms_type"] == document
    assert "Generative AI Policy" in (out / "README.md").read_text()
    assert_round_trip({**load_ota(out), "watches": []}, db)


def test_exports_replace_only_earlier_exports_and_never_leave_half_a_folder(recorded, tmp_path, monkeypatch):
    db, watchlist, _ = recorded
    out = tmp_path / "export"
    run_vigie(db, watchlist, "export", "--format", "jsonl", "--out", str(out))
    run_vigie(db, watchlist, "export", "--format", "csv", "--out", str(out))  # an earlier export: replaced
    assert (out / "versions.csv").is_file() and not (out / "versions.jsonl").exists()

    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "thesis.txt").write_text("mine")
    refused = run_vigie(db, watchlist, "export", "--format", "csv", "--out", str(mine), check=False)
    assert refused.returncode == 2 and "not a Vigie export" in refused.stderr
    assert [p.name for p in mine.iterdir()] == ["thesis.txt"]
    missing = run_vigie(tmp_path / "none.db", watchlist, "export", "--format", "csv", "--out", str(tmp_path / "x"),
                        check=False)
    assert missing.returncode == 2 and "no database at" in missing.stderr and not (tmp_path / "x").exists()

    # Interrupted halfway (here: the changes fail to render): nothing at --out, no leftovers.
    def broken(store):
        yield {"watch": "x"}
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export_module, "change_rows", broken)
    store = Store(db)
    target = tmp_path / "interrupted"
    with pytest.raises(RuntimeError):
        export(store, "jsonl", target)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export", "notes"]
    with pytest.raises(ExportError, match="is a file"):
        export(store, "csv", mine / "thesis.txt")
    store.close()


def test_versions_are_streamed_not_loaded_at_once(recorded):
    store = Store(recorded[0])
    rows = exporting.version_rows(store)
    assert inspect.isgenerator(rows) and next(rows)["version"] == 1
    rows.close()
    store.close()
