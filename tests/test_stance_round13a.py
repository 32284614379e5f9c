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


# ---------------------------------------------------------------- what is not training

@pytest.mark.parametrize("locale, text", [
    ("en", "We use information for marketing: (i) sending offers; (ii) developing, enhancing, training, improving and marketing new products and services."),
    ("fr", "Nous utilisons vos informations pour concevoir, tester, entraîner, promouvoir et commercialiser de nouveaux produits."),
    ("es", "Utilizamos tu información para diseñar, probar, entrenar, promocionar y comercializar nuevos productos."),
])
def test_training_among_other_verbs_of_marketing_products_is_not_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your feedback to train and improve our products."),
    ("fr", "Nous utilisons vos retours pour entraîner et améliorer nos outils."),
    ("es", "Utilizamos tus comentarios para entrenar y mejorar nuestros productos."),
])
def test_products_trained_are_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"


def test_content_made_with_the_ai_is_not_training_it():
    got = ask("| Data | Purpose |\n| --- | --- |\n| Stories that you create with the AI | Providing the service |")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nous utilisons vos questions pour entraîner notre assistant d'achat."),
    ("es", "Utilizamos tus preguntas para entrenar a nuestro asistente de compras."),
])
def test_an_assistant_trained_is_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"
