"""Open Terms Archive declarations into watches: the conversion table, then the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchers.catalogue.watchlist import load_watchlist, parse_watchlist
from watchers.imports.ota import convert, slug, watchlist_toml

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
     {"select": ("main",)}, "filter(s) not applied: removeTrackingIDs, cleanUrls"),
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
    assert not note.skipped and "combines 2 source documents" in note.message


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
    assert "# note: OTA filter(s) not applied: f" in text
    (watch,), include, _ = parse_watchlist(text, "imported.toml")
    assert include and watch == result.watches[0]


def test_command_converts_a_folder_and_reports_what_it_could_not(vigie, tmp_path):
    out = tmp_path / "imported.toml"
    result = vigie("import", "ota", str(FIXTURES), "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    report = result.stderr
    for words in ("Broken.json: skipped: not valid JSON (line 4", "Chirp.history.json: skipped: a history file",
                  "Chirp / Privacy Policy: imported as chirp/privacy-policy, but: OTA filter(s) not applied: "
                  "dropSessionTokens",
                  "Chirp / Terms of Service: imported as chirp/terms-of-service, but: range selector(s) in \"remove\"",
                  "Linkwell Pro / Privacy Policy: skipped: \"select\" uses range selector(s)",
                  "Linkwell Pro / Trackers Policy: skipped: https://www.linkwell.example/legal/cookies.pdf is a PDF",
                  "Linkwell Pro / Business Privacy Policy: skipped: field 'select': invalid CSS selector",
                  f"Imported 6 watches from 5 file(s) into {out}; 5 skipped, 3 caveat(s)"):
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
    watches, _, _ = parse_watchlist(result.stdout, "stdout")
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
