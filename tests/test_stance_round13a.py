"""Round 13a of the stance rules (watchers.meaning.stance): short texts of our own in EN, FR,
DE and ES for each rule of the round (tests/test_stance.py holds the earlier ones)."""

from __future__ import annotations

import pytest

from tests.test_stance import ask


# ---------------------------------------------------------------- default (call 6)

@pytest.mark.parametrize("locale, text", [
    ("en", "We use your reviews to train our recommendation models."),
    ("fr", "Nous utilisons vos avis pour entraîner nos modèles d'intelligence artificielle."),
    ("de", "Wir verwenden Ihre Bewertungen, um unsere KI-Modelle zu trainieren."),
    ("es", "Utilizamos tus reseñas para entrenar nuestros modelos de inteligencia artificial."),
])
def test_training_with_no_word_on_a_choice_is_on_by_default(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("locale, text", [
    ("en", "Depending on your settings, we use your reviews to train our recommendation models."),
    ("fr", "Selon vos paramètres, nous utilisons vos avis pour entraîner nos modèles d'intelligence artificielle."),
    ("de", "Je nach Ihren Einstellungen verwenden wir Ihre Bewertungen, um unsere KI-Modelle zu trainieren."),
    ("es", "Según tu configuración, utilizamos tus reseñas para entrenar nuestros modelos de inteligencia artificial."),
])
def test_training_that_depends_on_what_the_text_does_not_say_has_no_default(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "unclear")


def test_training_on_consent_with_no_word_on_a_choice_is_off_by_default():
    got = ask("We use your reviews to train our recommendation models. This processing is based on your consent.")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")
