"""Watchlist loading and validation (pure: no network)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from watchers.catalogue.watchlist import ConfigError, format_duration, load_catalogue, load_watchlist, parse_watchlist

GOOD = """
[[watch]]
id = "ex/privacy"
platform = "Example"
title = "Privacy Policy"
kind = "privacy-policy"
url = "https://example.org/privacy"
every = "1d"
opt_out = [{ label = "Object", url = "https://example.org/object" }]
"""


def test_a_good_watch_gets_its_defaults():
    (watch,), include, channels, _ = parse_watchlist(GOOD, "x.toml")
    assert include is True and channels == []
    assert watch.every == timedelta(days=1) and watch.locale == "en" and watch.render == "http"
    assert watch.opt_out[0].label == "Object"


@pytest.mark.parametrize("line, field, words", [
    ('every = "fortnightly"', "every", "not a duration"),
    ('every = "1m"', "every", "too often"),
    ('kind = "policy"', "kind", "privacy-policy"),
    ('select = ["div[unclosed"]', "select", "invalid CSS selector"),
    ('remove = ["::nonsense("]', "remove", "invalid CSS selector"),
    ('locale = "English"', "locale", "language tag"),
    ('url = "javascript:alert(1)"', "url", "not an http(s) URL"),
    ('opt_out = [{ label = "x", url = "mailto:x@example.org" }]', "opt_out.0.url", "not an http(s) URL"),
    ('opt_out = [{ label = "x" }]', "opt_out.0.url", "required field is missing"),
    ('expect = "Ireland"', "expect", ""),
    ('frequency = "1d"', "frequency", "unknown field"),
])
def test_bad_fields_are_refused_with_file_watch_and_field(line, field, words):
    key = line.split(" ")[0]
    kept = [l for l in GOOD.splitlines() if not l.startswith(key + " ")]
    text = "\n".join(kept + [line]) + "\n"
    with pytest.raises(ConfigError) as error:
        parse_watchlist(text, "mine.toml")
    message = str(error.value)
    assert message.startswith("mine.toml: watch 'ex/privacy': field '" + field + "'"), message
    assert words in message


def test_structure_errors():
    for text, words in [("[[watch]\n", "not valid TOML"), ("colour = 1\n", "unknown top-level key"),
                        ("include_catalogue = 'yes'\n", "include_catalogue must be"),
                        (GOOD + GOOD, "duplicate id"),
                        ('[[watch]]\nid = "bad id"\n', "watch 'bad id': field 'id'")]:
        with pytest.raises(ConfigError, match=words):
            parse_watchlist(text, "f.toml")


def test_user_file_overrides_the_catalogue(tmp_path):
    catalogue = load_catalogue()
    assert len({w.platform for w in catalogue}) >= 5
    first = catalogue[0]
    path = tmp_path / "vigie.toml"
    path.write_text(f'[[watch]]\nid = "{first.id}"\nplatform = "P"\ntitle = "T"\nkind = "other"\n'
                    f'url = "https://example.org/"\n' + GOOD, encoding="utf-8")
    merged = load_watchlist(path)
    assert merged.get(first.id).platform == "P"
    assert len(merged.watches) == len(catalogue) + 1
    alone = path.read_text().replace("[[watch]]", "include_catalogue = false\n[[watch]]", 1)
    path.write_text(alone, encoding="utf-8")
    assert [w.id for w in load_watchlist(path).watches] == [first.id, "ex/privacy"]


def test_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the watchlist"):
        load_watchlist(tmp_path / "nope.toml")


def test_durations_round_trip():
    assert [format_duration(timedelta(**kw)) for kw in
            ({"minutes": 30}, {"hours": 12}, {"days": 1}, {"weeks": 2})] == ["30m", "12h", "1d", "2w"]
