"""The classifier on hand-picked cases; tests/test_quality.py gates it on the labelled set."""

from __future__ import annotations

import hashlib
from datetime import date

from watchers.meaning.classify import classify
from watchers.meaning.dates import find_dates
from watchers.meaning.sentences import sentences

BASE = """# Privacy Policy

Last updated: 3 March 2026

We use your information to provide the service and keep it secure.

You can object to processing based on our legitimate interests using [this form](https://ex.org/object)."""


def flags(before: str, after: str, **kwargs) -> tuple[str, ...]:
    return classify(before, after, today=date(2026, 11, 23), **kwargs).flags


def test_ai_clause_with_objection_and_future_date():
    after = BASE.replace("3 March 2026", "14 September 2026") + (
        "\n\nFrom 1 February 2027, we use public posts to train our generative AI models. "
        "You can object at any time using [the objection form](https://ex.org/ai-object).")
    result = classify(BASE, after, today=date(2026, 11, 23))
    assert result.flags == ("opt-out", "opt-out-link", "date", "ai-training")
    assert result.severity == "high"
    assert [(d.kind, d.before, d.after, d.upcoming) for d in result.dates] == [
        ("effective", None, "2027-02-01", True), ("updated", "2026-03-03", "2026-09-14", False)]
    assert any(e.flag == "ai-training" and e.after.startswith("From 1 February 2027") for e in result.excerpts)


def test_an_excerpt_from_a_table_row_is_quoted_as_its_cells():
    # What a DPO reads in the alert is the row's words; its pipes are the page's layout.
    before = BASE + ("\n\n| Données | Finalité | Base juridique |\n|---|---|---|\n"
                     "| Publications publiques | Entraînement de nos modèles d'IA | Consentement |")
    after = before.replace("Consentement |", "Intérêts légitimes |")
    result = classify(before, after, language="fr", today=date(2026, 11, 23))
    assert "legal-basis" in result.flags
    assert {(e.before, e.after) for e in result.excerpts if e.flag == "legal-basis"} == {(
        "Publications publiques — Entraînement de nos modèles d'IA — Consentement",
        "Publications publiques — Entraînement de nos modèles d'IA — Intérêts légitimes")}
    # A sentence with a pipe in its words is not a row.
    assert classify(BASE, BASE + "\n\nWe train our AI models | on public posts.").excerpts[0].after == \
        "We train our AI models | on public posts."


def test_an_added_denial_is_not_ai_training_but_a_removed_one_is():
    denial = "\n\nWe do not use your private messages to train AI models."
    assert flags(BASE, BASE + denial) == ()
    assert flags(BASE + denial, BASE) == ("ai-training",)
    conditional = "\n\nIf you do not opt out, partners may use your posts to train their AI models."
    assert "ai-training" in flags(BASE, BASE + conditional)


def test_words_that_only_look_like_the_lexicon():
    for sentence in ("We train our staff to handle your data carefully.",
                     "Our business model relies on subscriptions.",
                     "Files are kept in object storage in the EU."):
        assert flags(BASE, BASE + "\n\n" + sentence) == (), sentence


def test_a_relabelled_link_is_a_link_change_not_new_wording():
    after = BASE.replace("[this form](https://ex.org/object)", "[the objection form](https://ex.org/objection)")
    result = classify(BASE, after)
    assert result.flags == ("opt-out-link",)
    (excerpt,) = result.excerpts
    assert "this form" in excerpt.before and "the objection form" in excerpt.after


def test_noise():
    assert flags(BASE, BASE.replace("We use", "we  use").replace("secure.", "secure!")) == ("cosmetic",)
    assert flags(BASE, BASE.replace("information", "informations")) == ("cosmetic",)
    other = BASE.replace("keep it secure", "keep it fast")
    sha = hashlib.sha256(BASE.encode()).hexdigest()
    result = classify(other, BASE, history=[(1, sha)])
    assert result.flags == ("revert",) and result.severity == "noise"
    assert classify(BASE, other).severity == "low"


def test_legal_basis_and_severity_by_kind():
    basis = BASE + "\n\nWe process usage data on the basis of our legitimate interests."
    assert flags(basis, basis.replace("our legitimate interests.", "your consent.")) == ("legal-basis",)
    # Naming a basis only as what one can object to is opt-out wording, not a basis change.
    assert flags(BASE, BASE.replace("our legitimate interests", "your consent")) == ("opt-out",)
    dated = BASE.replace("3 March 2026", "4 April 2026")
    assert classify(BASE, dated).severity == "medium"
    assert classify(BASE, dated, kind="ai-notice").severity == "high"


def test_dates_in_four_languages():
    cases = [("Dernière mise à jour : 3 mars 2026", "fr", "2026-03-03"),
             ("Gültig ab 3. November 2025", "de", "2025-11-03"),
             ("Última actualización: 27 de mayo de 2025", "es", "2025-05-27"),
             ("We're updating our terms on November 3, 2025.", "en", "2025-11-03"),
             ("Last modified on 06/30/2023", "en", "2023-06-30")]
    for line, language, iso in cases:
        assert [d.date.isoformat() for d in find_dates(line, language)] == [iso], line
    assert find_dates("We keep logs for 90 days, as we have since 2012.", "en") == []


def test_sentences_do_not_end_at_abbreviations():
    assert sentences("Consent (Art. 6(1)(a) GDPR) applies. See below.") == [
        "Consent (Art. 6(1)(a) GDPR) applies.", "See below."]


def test_french_without_the_circumflex_is_the_same_wording():
    before = "# Politique\n\nNous traitons vos données pour fournir le service."
    after = before + "\n\nVos publications publiques servent à entrainer nos modèles."
    assert "ai-training" in classify(before, after, today=date(2026, 11, 23), language="fr").flags
