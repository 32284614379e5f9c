"""Round 14a of the stance rules (watchers.meaning.stance): short texts of our own in EN, FR,
DE and ES for each rule of the round (tests/test_stance.py holds the earlier ones)."""

from __future__ import annotations

import pytest

from test_stance import ask


# ---------------------------------------------------------------- how to refuse

@pytest.mark.parametrize("locale, text", [
    ("en", "# Your listings and our AI\n\nWe use the photos of your ads to train our AI models.\n\n"
           "# How do I turn it off?\n\n- Open your account.\n- Switch off “Use my ads to improve the AI”.\n\n"
           "If you cannot sign in, you can object with our [objection form](https://example.com/objection-form)."),
    ("es", "# Tus anuncios y nuestra IA\n\nUsamos las fotos de tus anuncios para entrenar nuestros modelos de IA.\n\n"
           "# ¿Cómo lo desactivo?\n\n- Entra en tu cuenta.\n- Desactiva «Usar mis anuncios para la IA».\n\n"
           "Si no puedes entrar, puedes oponerte con el [formulario de oposición](https://example.com/objection-form)."),
])
def test_the_members_own_ads_are_listings_and_their_setting_comes_before_a_fallback_form(locale, text):
    got = ask(text, locale, kind="opt-out")["ai-opt-out"]
    assert (got.value, got.details["other-routes"]) == ("setting", ["form"])


@pytest.mark.parametrize("locale, text", [
    ("en", "We use the reviews members publish to train our moderation models. This processing is not subject to objection."),
    ("fr", "Nous utilisons les avis publiés par les membres pour entraîner notre modèle de modération. "
           "Ce traitement ne peut pas faire l'objet d'une opposition."),
    ("de", "Wir verwenden die veröffentlichten Bewertungen unserer Mitglieder, um unser Moderationsmodell zu trainieren. "
           "Dieser Verarbeitung kann nicht widersprochen werden."),
    ("es", "Utilizamos las reseñas publicadas por los miembros para entrenar nuestro modelo de moderación. "
           "Este tratamiento no puede ser objeto de oposición."),
])
def test_processing_not_open_to_objection_leaves_no_way_to_refuse(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("yes", "none")


@pytest.mark.parametrize("locale, text", [
    ("en", "With your consent, we use your course answers to train our tutoring model. "
           "You can give or withhold your consent in your privacy settings."),
    ("fr", "Avec votre consentement, nous utilisons vos réponses aux exercices pour entraîner notre modèle de tutorat. "
           "Vous pouvez le donner ou refuser votre consentement dans vos paramètres de confidentialité."),
    ("fr", "Avec votre consentement, nous utilisons vos réponses aux exercices pour entraîner notre modèle de tutorat. "
           "Vous pouvez décocher l'option dans vos préférences, ce qui retire votre consentement."),
    ("de", "Mit Ihrer Einwilligung nutzen wir Ihre Übungsantworten, um unser Tutor-Modell zu trainieren. "
           "Ihre Einwilligung können Sie in den Einstellungen mit dem Schalter „Antworten teilen“ erteilen oder verweigern."),
    ("de", "Mit Ihrer Einwilligung nutzen wir Ihre Übungsantworten, um unser Tutor-Modell zu trainieren. "
           "Wenn Sie den Schalter in den Einstellungen ausschalten, widerrufen Sie Ihre Einwilligung."),
    ("es", "Con tu consentimiento, usamos tus respuestas a los ejercicios para entrenar nuestro modelo de tutoría. "
           "Puedes dar o negar tu consentimiento en Ajustes > Privacidad."),
])
def test_a_consent_given_refused_or_withdrawn_in_a_setting_is_refused_there(locale, text):
    got = ask(text, locale)
    assert (got["legal-basis"].value, got["ai-opt-out"].value) == ("consent", "setting")
    assert got["ai-training"].details["default"] == "no"


# ---------------------------------------------------------------- partial denials and the member's own AI

@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use any data obtained through your company's single sign-on provider to train AI models."),
    ("fr", "Nous n'utilisons pas les données obtenues via votre fournisseur d'authentification pour entraîner des modèles d'IA."),
    ("de", "Über Ihren Anmeldedienst erhaltenen Daten verwenden wir nicht, um KI-Modelle zu trainieren."),
    ("es", "No utilizamos los datos obtenidos a través de tu proveedor de inicio de sesión para entrenar modelos de IA."),
    ("en", "We never use your documents to train AI models."),
    ("fr", "Nous n'utilisons pas vos fichiers pour entraîner des modèles d'IA."),
    ("de", "Wir verwenden Ihre Dokumente nicht, um KI-Modelle zu trainieren."),
    ("es", "No usamos tus grabaciones para entrenar modelos de IA."),
])
def test_a_denial_of_one_channels_data_or_one_kind_of_content_is_partial(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


def test_items_detailing_a_partial_denial_are_partial_too():
    got = ask("We do not use any data received from your calendar provider for training AI models. Specifically:\n\n"
              "- Our app does not use this calendar data to train any AI models.\n")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("text", [
    "We do not use your data to train AI models.",
    "We do not use any data collected through our Services to train AI models.",
    "We do not use your personal data or your documents to train AI models.",
])
def test_a_denial_of_members_data_as_a_whole_is_still_no(text):
    assert ask(text)["ai-training"].value == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "- Any datasets you upload to the platform to fine-tune models.\n- Code and models for you to build your own AI apps."),
    ("fr", "Les données que vous importez pour entraîner vos propres modèles sont stockées dans votre espace."),
    ("de", "Die Daten, die Sie hochladen, um Ihre eigenen Modelle zu trainieren, bleiben in Ihrem Konto."),
    ("es", "Los datos que subes para entrenar tus propios modelos se guardan en tu cuenta."),
])
def test_data_the_member_uploads_to_train_their_own_models_is_not_the_platforms_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


def test_members_uploads_used_for_the_platforms_models_are_still_training():
    assert ask("We use the files you upload to train our AI models.")["ai-training"].value == "yes"


# ---------------------------------------------------------------- legal basis

@pytest.mark.parametrize("locale, text, basis", [
    ("fr", "| Finalité | Base légale |\n| --- | --- |\n| Entraîner nos modèles d'apprentissage automatique | INTERET LEGITIME |", "legitimate-interests"),
    ("fr", "| Finalité | Base légale |\n| --- | --- |\n| Entraîner nos modèles d'apprentissage automatique | EXECUTION DU CONTRAT |", "contract"),
    ("es", "| Finalidad | Base legal |\n| --- | --- |\n| Entrenar nuestros modelos de inteligencia artificial | INTERES LEGITIMO |", "legitimate-interests"),
])
def test_a_basis_in_capitals_without_accents_is_read(locale, text, basis):
    assert ask(text, locale)["legal-basis"].value == basis


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your prompts to train our models. We do not use your data to train our models without your opt-in and consent."),
    ("fr", "Nous utilisons vos requêtes pour entraîner nos modèles d'IA, jamais sans votre accord et consentement."),
    ("es", "Utilizamos tus consultas para entrenar nuestros modelos de IA con tu autorización y consentimiento."),
])
def test_consent_named_after_an_opt_in_is_consent(locale, text):
    assert ask(text, locale)["legal-basis"].value == "consent"
