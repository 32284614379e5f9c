"""Open Terms Archive declarations into watches: the conversion table, then the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchers.catalogue.watchlist import load_watchlist, parse_watchlist
from watchers.imports.ota import convert, report_lines, slug, watchlist_toml

FIXTURES = Path(__file__).parent / "fixtures" / "ota"
URL = "https://service.example/legal"

# (terms type, OTA document, expected watch fields or None when skipped, words in the problem)
CASES = [
    ("Privacy Policy", {"fetch": URL, "select": "main"},
     {"id": "example-service/privacy-policy", "kind": "privacy-policy", "select": ("main",), "render": "http"}, None),
    ("Terms of Service", {"fetch": URL, "select": ["#terms", ".annex"], "remove": ".nav, .ads"},
     {"kind": "terms", "select": ("#terms", ".annex"), "remove": (".nav, .ads",)}, None),
    ("Trackers Policy", {"fetch": URL, "select": "main", "executeClientScripts": True},
     {"kind": "other", "render": "browser", "title": "Trackers Policy"}, None),
    ("Generative AI Policy", {"fetch": URL, "select": "main"}, {"kind": "ai-notice"}, None),
    ("Opt-out Page", {"fetch": URL, "select": "main"}, {"kind": "opt-out"}, None),
    ("Privacy Policy", {"fetch": URL, "select": "main", "filter": ["removeTrackingIDs", "cleanUrls"]},
     {"select": ("main",)}, "filter(s) not applied (JavaScript functions from the service's .filters.js cannot "
                            "run in Vigie; Vigie already strips link tracking parameters): removeTrackingIDs, cleanUrls"),
    ("Privacy Policy", {"fetch": URL, "select": "main", "remove": [".x", {"startBefore": "#a", "endAfter": "body"}]},
     {"remove": (".x",)}, "range selector(s) in \"remove\" dropped"),
    ("Privacy Policy", {"fetch": URL}, {"select": ()}, "no \"select\""),
    ("Privacy Policy", {"fetch": URL, "select": "main", "validUntil": "2024-01-01"}, {}, "ignored key(s): validUntil"),
    ("Privacy Policy", {"fetch": URL, "select": {"startAfter": "h1", "endBefore": "footer"}}, None, "range selector"),
    ("Privacy Policy", {"fetch": URL, "select": ["main", {"startBefore": "#eu"}]}, None, "range selector"),
    ("Privacy Policy", {"fetch": URL + "/policy.PDF"}, None, "PDF"),
    ("Privacy Policy", {"select": "main"}, None, "no \"fetch\" URL"),
    ("Privacy Policy", {"fetch": "ftp://service.example/p", "select": "main"}, None, "field 'url'"),
    ("Privacy Policy", {"fetch": URL, "select": "main >> p"}, None, "invalid CSS selector"),
    ("Privacy Policy", {"fetch": URL, "select": ["main", "div[data-x='a"]}, None, "invalid CSS selector"),
    # A bad `remove` entry costs the watch some chrome, not the document: dropped alone, said once.
    ("Privacy Policy", {"fetch": URL, "select": "div[role=article]", "remove": ["img[src$='.svg']", "img[src^='data:x"]},
     {"remove": ("img[src$='.svg']",)}, "invalid CSS selector(s) in \"remove\" dropped"),
    ("Privacy Policy", {"fetch": URL, "select": "main", "remove": [".ad", 7, ""]},
     {"remove": (".ad",)}, "neither CSS selectors nor ranges dropped: 7, ''"),
    ("Privacy Policy", {"fetch": URL, "select": 42}, None, "is not a CSS selector"),
    ("Privacy Policy", {"fetch": URL, "select": "main", "combine": "nope"}, None, "\"combine\" must be"),
    ("Privacy Policy", "https://service.example/legal", None, "expected an object"),
]


@pytest.mark.parametrize("terms_type, document, expected, problem", CASES)
def test_conversion_table(terms_type, document, expected, problem):
    result = convert([("Example Service.json", {"name": "Example Service", "terms": {terms_type: document}})])
    if expected is None:
        assert result.watches == []
        (skipped,) = result.problems
        assert skipped.skipped and problem in skipped.message, skipped.message
        assert str(skipped).startswith(f"Example Service.json: Example Service / {terms_type}: skipped: ")
        return
    (watch,) = result.watches
    assert (watch.platform, watch.every.days, watch.tags, watch.locale) == ("Example Service", 1, ("ota",), "en")
    assert watch.url == URL and watch.title == terms_type
    for field, value in expected.items():
        assert getattr(watch, field) == value, field
    if problem is None:
        assert result.problems == []
    else:
        (caveat,) = result.problems
        assert not caveat.skipped and caveat.watch_id == watch.id and problem in caveat.message


def test_combined_documents_become_one_watch_per_source_sharing_the_common_keys():
    document = {"select": "main", "remove": ".nav", "executeClientScripts": True,
                "combine": [{"fetch": URL + "/a"}, {"fetch": URL + "/b", "select": "#b", "executeClientScripts": False}]}
    result = convert([("S.json", {"name": "S", "terms": {"Community Guidelines": document}})])
    first, second = result.watches
    assert (first.id, first.url, first.select, first.remove, first.render) == \
        ("s/community-guidelines-1", URL + "/a", ("main",), (".nav",), "browser")
    assert (second.id, second.url, second.select, second.remove, second.render) == \
        ("s/community-guidelines-2", URL + "/b", ("#b",), (".nav",), "http")
    assert second.title == "Community Guidelines (part 2 of 2)"
    (note,) = result.problems
    assert not note.skipped and "combines several source documents" in note.message and note.detail.startswith("2 sources")


def test_ids_are_slugs_and_stay_unique():
    assert slug("Google Generative AI Services") == "google-generative-ai-services"
    assert slug("Ünïcode Café") == "unicode-cafe" and slug("Booking.com") == "booking.com"
    assert slug("文心一言").startswith("x") and slug("文心一言") == slug("文心一言") != slug("豆包")
    result = convert([("codeium.json", {"name": "codeium", "terms": {"Privacy Policy": {"fetch": URL}}}),
                      ("Codeium.json", {"name": "Codeium", "terms": {"Privacy Policy": {"fetch": URL}}})])
    assert [w.id for w in result.watches] == ["codeium/privacy-policy", "codeium/privacy-policy-2"]


def test_history_files_legacy_documents_and_catalogue_clashes():
    history = {"Privacy Policy": [{"fetch": URL, "select": "main", "validUntil": "2024-05-02T00:30:10Z"}]}
    legacy = {"name": "Oldnet", "documents": {"Privacy Policy": {"fetch": URL, "select": "main"}}}
    current = {"name": "LinkedIn", "terms": {"Privacy Policy": {"fetch": URL, "select": "main"}}}
    result = convert([("X.history.json", history), ("renamed.json", history), ("Oldnet.json", legacy),
                      ("LinkedIn.json", current), ("odd.json", ["not", "a", "declaration"])],
                     known_ids={"linkedin/privacy-policy"})
    assert [w.id for w in result.watches] == ["oldnet/privacy-policy", "linkedin/privacy-policy"]
    messages = [(p.source, p.skipped, p.message) for p in result.problems]
    assert [m[:2] for m in messages] == [("X.history.json", True), ("renamed.json", True),
                                         ("LinkedIn.json", False), ("odd.json", True)]
    assert "history file" in messages[0][2] and "catalogue watch has the same id" in messages[2][2]


def test_the_watchlist_written_is_valid_and_carries_the_caveats():
    declaration = {"name": 'Quote "Co" \\ Ltd\x7f', "terms": {"Privacy Policy": {
        "fetch": URL, "select": 'div[data-x="a b"]', "filter": ["f"], "executeClientScripts": True}}}
    result = convert([("q.json", declaration)])
    text = watchlist_toml(result, "q.json")
    assert "# note: OTA filter(s) not applied (" in text and "tracking parameters): f\n" in text
    (watch,), include, _, _ = parse_watchlist(text, "imported.toml")
    assert include and watch == result.watches[0]


def test_command_converts_a_folder_and_reports_what_it_could_not(vigie, tmp_path):
    out = tmp_path / "imported.toml"
    result = vigie("import", "ota", str(FIXTURES), "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    report = result.stderr
    for words in ("skipped: not valid JSON; fix or remove the file (1 file):\n"
                  f"  - {FIXTURES / 'Broken.json'} — line 4",
                  f"skipped: a history file (past declarations with validUntil)",
                  f"  - {FIXTURES / 'Chirp.history.json'}\n",
                  "imported, but: OTA filter(s) not applied (JavaScript functions from the service's .filters.js "
                  "cannot run in Vigie; Vigie already strips link tracking parameters) (1 document):\n"
                  "  - Chirp / Privacy Policy (Chirp.json) — chirp/privacy-policy — https://chirp.example/en/privacy"
                  " — dropSessionTokens\n",
                  "imported, but: range selector(s) in \"remove\" dropped",
                  "  - Chirp / Terms of Service (Chirp.json) — chirp/terms-of-service — https://chirp.example/en/terms",
                  "skipped: \"select\" uses range selector(s), which CSS cannot express; write a CSS selector for "
                  "this page by hand (1 document):\n  - Linkwell Pro / Privacy Policy (Linkwell Pro.json) — "
                  "https://www.linkwell.example/legal/privacy — {\"startAfter\"",
                  "skipped: a PDF document; Vigie reads HTML pages only (1 document):\n"
                  "  - Linkwell Pro / Trackers Policy (Linkwell Pro.json) — https://www.linkwell.example/legal/cookies.pdf",
                  "skipped: field 'select': invalid CSS selector; write a CSS selector for this page by hand "
                  "(1 document):\n  - Linkwell Pro / Business Privacy Policy (Linkwell Pro.json) — "
                  "https://business.linkwell.example/privacy — 'main >> .policy'",
                  f"Imported 6 watches from 5 file(s) into {out}; 5 document(s) or file(s) skipped, "
                  "3 watch(es) with caveats noted in the file."):
        assert words in report, report
    watchlist = load_watchlist(out)  # Vigie's own validation, over the bundled catalogue
    imported = {w.id: w for w in watchlist.watches if "ota" in w.tags}
    assert sorted(imported) == ["chirp/community-guidelines-1", "chirp/community-guidelines-2",
                                "chirp/privacy-policy", "chirp/terms-of-service",
                                "linkwell-pro/terms-of-service", "oldnet/privacy-policy"]
    privacy = imported["chirp/privacy-policy"]
    assert (privacy.kind, privacy.render, privacy.select, privacy.remove, privacy.url) == \
        ("privacy-policy", "browser", ("#policy-body",), (".share-buttons", "aside.related"),
         "https://chirp.example/en/privacy")
    assert imported["chirp/community-guidelines-2"].render == "browser"
    assert not list(tmp_path.glob(".*partial*"))


def test_command_writes_to_standard_output_by_default(vigie):
    result = vigie("import", "ota", str(FIXTURES / "Chirp.json"))
    watches, _, _, _ = parse_watchlist(result.stdout, "stdout")
    assert len(watches) == 4 and "Imported 4 watches from 1 file(s)" in result.stderr


@pytest.mark.parametrize("target, words", [
    ("missing.json", "no such file or folder; give an OTA declaration file"),
    ("empty-folder", "no *.json declaration files here"),
    ("Broken.json", "nothing in"),
    ("Chirp.history.json", "import the service's current declaration"),
])
def test_command_refuses_unreadable_input_with_exit_2(vigie, tmp_path, target, words):
    (tmp_path / "empty-folder").mkdir()
    path = FIXTURES / target if (FIXTURES / target).exists() else tmp_path / target
    out = tmp_path / "out.toml"
    result = vigie("import", "ota", str(path), "--out", str(out), check=False)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert not out.exists()


# Issue 14: run over nine real OTA collections, the import lost documents to one bad
# `remove` selector, printed one identical line per part of a combined document, and
# called an empty declaration "no 'terms' object". Declarations written like OTA's.
SEARCHLY = {
    "name": "Searchly",
    "terms": {
        "Privacy Policy": {
            "fetch": "https://policies.searchly.example/privacy?hl=fr-FR&gl=FR",
            "select": "div[role=article]",
            # The second selector's quote is never closed: OTA's engine tolerates it, CSS does not.
            "remove": ["img[src$='.svg']", "img[src^='data:image/svg+xml"],
        },
        "Terms of Service": {
            "fetch": "https://policies.searchly.example/terms?hl=fr-FR&gl=FR",
            "select": "div[role=article]",
            "remove": ["img[src$='.svg']", "img[src^='data:image/svg+xml"],
        },
    },
}
HELPDESK_PARTS = [f"https://help.deskly.example/hc/fr/articles/{n}" for n in (3601, 3602, 3603, 3604)]
DESKLY = {
    "name": "Deskly",
    "terms": {
        "Community Guidelines": {
            "select": [{"startAfter": "h1.article-title", "endBefore": ".article-votes"}],
            "remove": ".article-share",
            "executeClientScripts": True,
            "combine": [{"fetch": url} for url in HELPDESK_PARTS],
        },
        "Privacy Policy": {"fetch": "https://deskly.example/fr/privacy", "select": "#privacy"},
    },
}
MAPLY = {
    "name": "Maply",
    "terms": {"Terms of Service": {"fetch": "https://maply.example/legal/terms",
                                   "select": {"startBefore": "#terms", "endBefore": "footer"}}},
}


def _declarations(folder: Path, files: dict[str, object]) -> Path:
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_text(data if isinstance(data, str) else json.dumps(data, indent=2), encoding="utf-8")
    return folder


def test_a_bad_remove_selector_is_dropped_alone_and_said_once(vigie, tmp_path):
    folder = _declarations(tmp_path / "declarations", {"Searchly.json": SEARCHLY})
    out = tmp_path / "imported.toml"
    result = vigie("import", "ota", str(folder), "--out", str(out))
    watches = {w.id: w for w in load_watchlist(out).watches if "ota" in w.tags}
    assert sorted(watches) == ["searchly/privacy-policy", "searchly/terms-of-service"]
    assert all(w.remove == ("img[src$='.svg']",) and w.select == ("div[role=article]",) for w in watches.values())
    lines = result.stderr.splitlines()
    (heading,) = [line for line in lines if "invalid CSS selector(s) in \"remove\" dropped" in line]
    assert heading.startswith("imported, but: ") and heading.endswith("(2 documents):")
    assert [line for line in lines if line.startswith("  - ")] == [
        "  - Searchly / Privacy Policy (Searchly.json) — searchly/privacy-policy — "
        "https://policies.searchly.example/privacy?hl=fr-FR&gl=FR — \"img[src^='data:image/svg+xml\": "
        "Unclosed string at 9",
        "  - Searchly / Terms of Service (Searchly.json) — searchly/terms-of-service — "
        "https://policies.searchly.example/terms?hl=fr-FR&gl=FR — \"img[src^='data:image/svg+xml\": "
        "Unclosed string at 9",
    ]
    assert "# note: invalid CSS selector(s) in \"remove\" dropped" in out.read_text()
    assert "2 watches from 1 file(s)" in result.stderr and "0 document(s) or file(s) skipped" in result.stderr


def test_the_report_groups_problems_by_reason_each_document_and_url_once(vigie, tmp_path):
    folder = _declarations(tmp_path / "declarations", {"Deskly.json": DESKLY, "Maply.json": MAPLY})
    result = vigie("import", "ota", str(folder), "--out", str(tmp_path / "out.toml"))
    lines = result.stderr.splitlines()
    assert len(lines) == len(set(lines)), result.stderr  # no line twice
    ranges = [i for i, line in enumerate(lines) if "uses range selector(s)" in line]
    assert len(ranges) == 1 and lines[ranges[0]].endswith("(2 documents):")
    deskly, maply = lines[ranges[0] + 1:ranges[0] + 3]
    assert deskly.startswith("  - Deskly / Community Guidelines (Deskly.json) — " + " — ".join(HELPDESK_PARTS))
    assert maply.startswith("  - Maply / Terms of Service (Maply.json) — https://maply.example/legal/terms — ")
    for url in HELPDESK_PARTS:  # each part's URL once, in the one line of its document
        assert result.stderr.count(url) == 1
    assert "Imported 1 watches from 2 file(s)" in result.stderr
    assert "2 document(s) or file(s) skipped" in result.stderr


@pytest.mark.parametrize("content, words", [
    ("", "empty file: no declaration in it"),
    ("  \n", "empty file: no declaration in it"),
    ("{}", "empty declaration: the JSON object is {}"),
    ('{"name": "Nodocs", "terms": {}}', "declares no documents: \"terms\" is empty"),
    ('{"name": "Nodocs"}', "not an OTA declaration: no \"terms\" object"),
    ('{"name": "Nodocs", "terms": ["Privacy Policy"]}', "\"terms\" must be an object"),
])
def test_an_empty_declaration_is_called_what_it_is(vigie, tmp_path, content, words):
    folder = _declarations(tmp_path / "declarations", {"Nodocs.json": content})
    result = vigie("import", "ota", str(folder), "--out", str(tmp_path / "out.toml"), check=False)
    assert result.returncode == 2
    assert f"skipped: {words}" in result.stderr and str(folder / "Nodocs.json") in result.stderr, result.stderr
    if "not an OTA declaration" not in words:
        assert "no \"terms\" object" not in result.stderr


def test_report_lines_put_skips_first_and_merge_parts():
    problems = convert([("Deskly.json", DESKLY), ("Searchly.json", SEARCHLY), ("Maply.json", MAPLY)]).problems
    lines = report_lines(problems)
    headings = [line for line in lines if not line.startswith("  - ")]
    assert [h.split(":")[0] for h in headings] == ["skipped", "imported, but"]
    assert len(lines) == 2 + 2 + 2  # two reasons, two documents under each
