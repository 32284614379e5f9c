"""What a change means on real-page situations: repeated sentences, announced dates,
reverts that matter, link tracking, spelling variants, the practice flags (pure)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from datetime import date
from importlib import resources
from pathlib import Path

from watchers.meaning.classify import classify
from watchers.meaning.lexicon import LANGUAGES, accents_optional, alternation
from watchers.meaning.links import action_links, comparable_url, page_opt_out_links
from watchers.meaning.sentences import changed_sentences
from watchers.meaning.stance.words import _language_lists

TODAY = date(2026, 12, 1)
POLICY = """# Privacy Policy

Last updated: 3 March 2026

We use your public posts to train our generative AI models. You can object at any time using [this form](https://example.org/help/object-ai).

We keep your search history for 18 months.

## Contact

You can contact our Data Protection Officer at dpo@example.org.
"""


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_one_copy_of_a_repeated_sentence_going_is_not_a_removal():
    clause = "We use your public posts to train our generative AI models."
    twice = POLICY + f"\n## Summary\n\n{clause}\n"
    result = classify(twice, POLICY, today=TODAY)
    assert result.flags == () and result.severity == "low"
    assert "one copy of a repeated sentence removed (still in the text)" in result.summary
    back = classify(POLICY, twice, today=TODAY)
    assert back.flags == () and "already in the text repeated" in back.summary
    # The last copy going is a removal.
    gone = POLICY.replace(clause + " ", "")
    assert "ai-training" in classify(POLICY, gone, today=TODAY).flags


def test_announced_effective_dates_are_dates_and_upcoming():
    for language, before, after in [
        ("en", "We may update this notice.", "On January 15, 2027, we are updating this notice."),
        ("en", "This version is current.", "This version of the policy will go into effect on January 15, 2027."),
        ("fr", "Nous pouvons modifier cette politique.", "À compter du 15 janvier 2027, nous utiliserons vos publications."),
        ("de", "Wir können diese Richtlinie ändern.", "Ab dem 15. Januar 2027 verwenden wir Ihre Beiträge."),
        ("es", "Podemos cambiar esta política.", "A partir del 15 de enero de 2027 utilizaremos tus publicaciones."),
    ]:
        result = classify(f"# Policy\n\n{before}\n", f"# Policy\n\n{after}\n", language=language, today=TODAY)
        assert "date" in result.flags, (language, result)
        (change,) = result.dates
        assert change.after == "2027-01-15" and change.upcoming and change.kind == "effective"


def test_a_withdrawn_announcement_alerts_once_and_oscillation_stays_quiet():
    a = POLICY
    b = POLICY.replace("We use your public posts", "From 1 February 2027, we will use your public posts")
    b = b.replace("We keep", "We also use your messages to train our AI models.\n\nWe keep")
    ha, hb = sha(a), sha(b)
    withdrawn = classify(b, a, history=[(1, ha)], today=TODAY)
    assert "revert" in withdrawn.flags and "ai-training" in withdrawn.flags
    assert withdrawn.severity == "high" and "version 1" in withdrawn.summary
    # A, B, A, B, A: each transition already happened once, so the later returns are noise.
    assert classify(a, b, history=[(1, ha), (2, hb)], today=TODAY).severity == "noise"
    assert classify(b, a, history=[(1, ha), (2, hb), (3, ha)], today=TODAY).severity == "noise"
    # A return that toggles only other wording is a flip-flop.
    c = POLICY.replace("18 months", "18 months.\n\nWe improved this page")
    assert classify(c, a, history=[(1, ha)], today=TODAY).severity == "noise"


def test_link_tracking_and_spelling_variants_are_cosmetic():
    tracked = POLICY.replace("object-ai)", "object-ai?trk=public_profile&lang=en&utm_source=x#top)")
    assert classify(POLICY, tracked, today=TODAY).flags == ("cosmetic",)
    repointed = POLICY.replace("help/object-ai", "help/object-ai-2025")
    assert classify(POLICY, repointed, today=TODAY).flags == ("opt-out-link",)
    language = POLICY.replace("object-ai)", "object-ai?hl=fr)")  # another language is another page
    assert classify(POLICY, language, today=TODAY).flags == ("opt-out-link",)
    british = ("We personalise ads for organisations. Our behaviour analysis centre uses your favourite "
               "programmes, and cancelled licences are analysed.")
    american = ("We personalize ads for organizations. Our behavior analysis center uses your favorite "
                "programs, and canceled licenses are analyzed.")
    result = classify(POLICY + "\n" + british + "\n", POLICY + "\n" + american + "\n", today=TODAY)
    assert result.flags == ("cosmetic",) and result.severity == "noise"
    sentences = changed_sentences(british, american, "en")
    assert not sentences.removed and not sentences.added


def test_practice_flags_are_medium():
    cases = {
        "retention": POLICY.replace("18 months", "3 years"),
        "rights": POLICY.replace("dpo@example.org", "privacy@example.com"),
        "collection": POLICY.replace("We keep", "We collect your precise location.\n\nWe keep"),
        "sharing": POLICY.replace("We keep", "We share your profile data with our affiliates.\n\nWe keep"),
    }
    for flag, after in cases.items():
        result = classify(POLICY, after, today=TODAY)
        assert result.flags == (flag,) and result.severity == "medium", (flag, result)


def test_links_compare_without_visit_parameters():
    assert comparable_url("https://ex.org/help/?trk=a&b=1&utm_medium=x&jsessionid=9#x", "en") == \
        comparable_url("https://ex.org/help?b=1", "en")
    assert comparable_url("https://ex.org/p?hl=en-GB", "en") == "https://ex.org/p"
    assert comparable_url("https://ex.org/p?hl=de", "en") == "https://ex.org/p?hl=de"


def test_action_links_come_from_the_page_and_say_when_the_watchlist_is_stale():
    old = "Go to the [Data for AI improvement](https://ex.org/settings/data-for-ai) setting."
    new = "Go to the [Generative AI improvement](https://ex.org/mypreferences/generative-ai-improvement?trk=x) setting."
    configured = [("Data for AI improvement", "https://ex.org/settings/data-for-ai")]
    page = page_opt_out_links(new, "en")
    assert page == [("Generative AI improvement", "https://ex.org/mypreferences/generative-ai-improvement?trk=x")]
    first, stale = action_links(page, configured, "en", before=page_opt_out_links(old, "en"))
    assert (first.url, first.source) == ("https://ex.org/mypreferences/generative-ai-improvement?trk=x", "page")
    assert (stale.url, stale.source, stale.gone) == ("https://ex.org/settings/data-for-ai", "watchlist", True)
    # A configured link the page never carried is a fallback, not a stale one.
    (kept,) = action_links([], configured, "en", before=[])
    assert kept.source == "watchlist" and not kept.gone


def test_a_month_without_a_day_is_a_date():
    before, after = "# Richtlinie\n\nZuletzt aktualisiert: Februar 2020\n", "# Richtlinie\n\nZuletzt aktualisiert: Juli 2020\n"
    (change,) = classify(before, after, language="de", today=TODAY).dates
    assert (change.before, change.after) == ("2020-02-01", "2020-07-01")


def pattern_lists() -> list[tuple[str, str, list[str]]]:
    """Every pattern list `alternation` joins: the stance wording's and the classifier's concepts'."""
    lists = [(language, name, patterns) for language in LANGUAGES for name, patterns in _language_lists(language).items()]
    for language in LANGUAGES:
        concepts = tomllib.loads((resources.files("watchers.meaning.lexicon") / f"{language}.toml").read_text("utf-8"))
        lists += [(language, name, spec.get("any", [])) for name, spec in concepts["concepts"].items()]
    return lists


def test_a_pattern_list_shares_its_word_boundaries_and_finds_the_same_spans_as_written():
    """`alternation` factors the leading \\b of each run of patterns (speed): on the texts of a
    stance set, every list of every language finds what the plain "A|B|C" finds, where it does."""
    eval_set = Path(__file__).resolve().parent / "eval" / "stance_public.toml"
    texts = [doc["text"] for case in tomllib.loads(eval_set.read_text("utf-8"))["case"] for doc in case.get("document", [])]
    sentences = [s for text in texts for s in re.split(r"(?<=[.;:])\s+|\n+", text) if s.strip()]
    assert len(sentences) > 100
    compared = found = 0
    for language, name, patterns in pattern_lists():
        plain = re.compile(accents_optional("|".join(f"(?:{p})" for p in patterns) or "(?!)"), re.IGNORECASE)
        shared = re.compile(accents_optional(alternation(patterns)), re.IGNORECASE)
        for sentence in sentences:
            want, got = plain.search(sentence), shared.search(sentence)
            assert (want.span() if want else None) == (got.span() if got else None), (language, name, sentence)
            compared += 1
            found += want is not None
    assert found > 1000 and compared > found
    assert alternation([]) == "(?!)" and re.search(alternation([r"\bno\b", "^x", r"\byes"]), "a yes") is not None
