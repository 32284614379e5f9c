"""Round 14a of the stance rules (watchers.meaning.stance): short texts of our own in EN, FR,
DE and ES for each rule of the round (tests/test_stance.py holds the earlier ones)."""

from __future__ import annotations

import pytest

from tests.test_stance import ask


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
