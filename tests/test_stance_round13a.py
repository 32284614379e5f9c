"""Round 13a of the stance rules (watchers.meaning.stance): short texts of our own in EN, FR,
DE and ES for each rule of the round (tests/test_stance.py holds the earlier ones)."""

from __future__ import annotations

import pytest

from test_stance import ask


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


# ---------------------------------------------------------------- members' data, by what it is

@pytest.mark.parametrize("locale, text", [
    ("en", "The questions you ask our help bot may be reused to train its models."),
    ("fr", "Les questions que vous posez au robot d'aide peuvent être réutilisées pour entraîner ses modèles."),
    ("de", "Wir werden Ihre Bewertungen und Suchanfragen in pseudonymisierter Form verwenden, um die KI-Modelle des Portals zu trainieren."),
    ("es", "Trataremos las grabaciones de tus llamadas para entrenar los modelos de inteligencia artificial del servicio."),
])
def test_what_members_ask_review_search_or_say_on_calls_is_their_data(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"


def test_data_of_the_customers_a_platform_serves_is_members_data():
    got = ask("Nos modèles de détection de la fraude sont entraînés chaque année à partir de l'historique des paiements "
              "de nos clients.", "fr")
    assert got["ai-training"].value == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our coach answers your questions about strength training using a large language model."),
    ("fr", "Notre coach répond à vos questions sur l'entraînement fractionné grâce à un modèle de langage."),
    ("de", "Unser Coach beantwortet Ihre Fragen zum Krafttraining mit Hilfe eines Sprachmodells."),
    ("es", "Nuestro entrenador responde a tus preguntas sobre el entrenamiento de fuerza con un modelo de lenguaje."),
])
def test_a_workout_is_not_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


def test_a_task_in_the_public_interest_is_not_the_contract():
    got = ask("Les questions que vous posez à l'assistant sont utilisées pour entraîner ses modèles. Ce traitement est "
              "nécessaire à l'exécution d'une mission d'intérêt public.", "fr")
    assert (got["ai-training"].value, got["legal-basis"].value) == ("yes", "unclear")


# ---------------------------------------------------------------- denials

@pytest.mark.parametrize("locale, text", [
    ("en", "- 3. No training on customer data without written approval. We will not train AI models on customer data without written approval from the customer."),
    ("fr", "- 3. Aucun entraînement sur les données des clients. Nous n'entraînons pas de modèles d'IA avec les données de nos clients."),
    ("de", "- 3. Kein Training mit Kundendaten. Wir trainieren keine KI-Modelle mit den Daten unserer Kunden."),
    ("es", "- 3. Sin entrenamiento con datos de clientes. No entrenamos modelos de IA con los datos de nuestros clientes."),
])
def test_a_principle_titled_as_a_denial_is_a_denial(locale, text):
    assert ask(text, locale, "ai-notice")["ai-training"].value == "no"


def test_a_denial_of_training_on_any_data_is_complete():
    got = ask("# FAQ\n\nThe provider keeps nothing. We do not train on any data, nor do our vendors train on any data we send them.", kind="help")
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("no", "none")


@pytest.mark.parametrize("locale, text", [
    ("en", "We process your usage data to improve the service. We will not use your AI inputs to train language models without your prior consent."),
    ("fr", "Nous traitons vos données d'utilisation pour améliorer le service. Nous n'utilisons pas vos entrées d'IA pour entraîner des modèles de langage."),
    ("de", "Wir verarbeiten Ihre Nutzungsdaten, um den Dienst zu verbessern. Wir verwenden Ihre KI-Eingaben nicht zum Training von Sprachmodellen."),
    ("es", "Tratamos tus datos de uso para mejorar el servicio. No utilizamos tus entradas de IA para entrenar modelos de lenguaje."),
])
def test_a_denial_of_ai_inputs_only_is_partial(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use your camera recordings to train our AI models."),
    ("de", "Wir verwenden Ihre Kameraaufnahmen nicht zum Training unserer KI-Modelle."),
])
def test_a_denial_of_camera_footage_only_is_partial(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text, data", [
    ("en", "If you turn it on, we use short clips from the exterior cameras to train our machine learning models.", ["photos-videos"]),
    ("fr", "Si vous l'activez, nous utilisons de courts extraits des caméras extérieures pour entraîner nos modèles d'apprentissage automatique.", ["photos-videos"]),
    ("es", "Si lo activas, utilizamos breves fragmentos de las cámaras exteriores para entrenar nuestros modelos de aprendizaje automático.", ["photos-videos"]),
])
def test_camera_footage_is_photos_and_videos(locale, text, data):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["data"]) == ("yes", data)


# ---------------------------------------------------------------- the platform naming itself

@pytest.mark.parametrize("locale, text", [
    ("en", "Acme Motors uses short driving logs to train the models of our driver-assistance systems."),
    ("fr", "Acme Motors utilise de courts journaux de conduite pour entraîner les modèles de nos systèmes d'aide à la conduite."),
    ("de", "Acme Motors nutzt kurze Fahrprotokolle, um unsere Modelle für maschinelles Lernen zu trainieren."),
    ("es", "Acme Motors utiliza breves registros de conducción para entrenar los modelos de nuestros sistemas de asistencia."),
])
def test_the_platform_naming_itself_trains_its_own_models_on_what_it_holds(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"
