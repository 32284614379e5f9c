"""Round 16a of the stance rules: the legal basis of the training given in the legal-bases
section that follows the AI section, by a sentence that points back to it ("This training is
based on…") or names no processing ("Grundlage ist…"). Short texts of our own in EN, FR, DE and ES."""

from __future__ import annotations

from datetime import date

import pytest

from test_stance import ask, basis, route, training


@pytest.mark.parametrize("text, locale, want", [
    ("# AI features\n\nWe use the notes you write in the app to train our machine learning models.\n\n"
     "# Legal grounds\n\nThis processing rests on our legitimate interest in better suggestions.", "en",
     "legitimate-interests"),
    ("# Intelligence artificielle\n\nNous utilisons vos messages au support pour entraîner nos modèles d'IA.\n\n"
     "# Bases légales\n\nCet entraînement est fondé sur votre consentement.", "fr", "consent"),
    ("# KI\n\nWir verwenden Ihre Fahrtdaten, um unsere KI-Modelle zu trainieren.\n\n"
     "# Rechtsgrundlagen\n\nGrundlage ist unser berechtigtes Interesse an genaueren Prognosen.", "de",
     "legitimate-interests"),
    ("# Inteligencia artificial\n\nUtilizamos tus recetas guardadas para entrenar nuestros modelos de IA.\n\n"
     "# Bases jurídicas\n\nEste tratamiento es necesario para la ejecución de tu contrato.", "es", "contract"),
    ("# Inteligencia artificial\n\nUtilizamos los dibujos de los niños para entrenar nuestros modelos de IA.\n\n"
     "# Bases jurídicas\n\nLa base jurídica de este entrenamiento es el consentimiento de los tutores.", "es", "consent"),
])
def test_the_legal_bases_section_after_the_training_points_back_to_it(text, locale, want):
    assert basis(text, locale) == want


def test_a_basis_for_another_purpose_in_that_section_is_not_the_trainings():
    text = ("# AI\n\nWe use your reviews to train our AI models.\n\n"
            "# Legal bases\n\nWe send you newsletters with your consent.")
    assert basis(text) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("If you switch on Help improve, we use your chats to train our models. We only do this with your consent.", "en"),
    ("Si vous activez l'option, nous utilisons vos conversations pour entraîner nos modèles d'IA. "
     "Nous ne le faisons qu'avec votre consentement.", "fr"),
    ("Wenn Sie die Option einschalten, verwenden wir Ihre Chats, um unsere KI-Modelle zu trainieren. "
     "Wir tun dies nur mit Ihrer Einwilligung.", "de"),
    ("Si activas la opción, utilizamos tus chats para entrenar nuestros modelos de IA. "
     "Solo lo hacemos con tu consentimiento.", "es"),
])
def test_a_use_done_only_with_consent_rests_on_consent(text, locale):
    assert basis(text, locale) == "consent"


def test_a_german_future_with_a_long_object_is_the_platforms_own_use():
    text = ("Ab dem 1. März 2027 werden wir hochgeladene Fotos in verkleinerter Form verwenden, um unsere "
            "KI-Modelle zu trainieren. Rechtsgrundlage ist unser berechtigtes Interesse.")
    assert ask(text + "\n", "de", today=date(2026, 12, 1))["legal-basis"].value == "legitimate-interests"


@pytest.mark.parametrize("text, locale", [
    # The consent withdrawn in a setting named in quotes, the verb at the end.
    ("# KI\n\nMit Ihrer Einwilligung verwenden wir Ihre Notizen, um unsere KI-Modelle zu trainieren.\n\n"
     "Sie können Ihre Einwilligung jederzeit in den Einstellungen unter „Modelle verbessern“ widerrufen.", "de"),
    ("# IA\n\nCon tu consentimiento utilizamos tus notas para entrenar nuestros modelos de IA.\n\n"
     "Puedes retirar el consentimiento desmarcando la casilla «Ayudar» en tu perfil.", "es"),
    ("# IA\n\nAvec votre consentement, nous utilisons vos notes pour entraîner nos modèles d'IA.\n\n"
     "Vous pouvez retirer le consentement en décochant la case « Aider » dans les paramètres.", "fr"),
    # An exception that is the way out.
    ("We use your drawings to train our AI models unless you turn the Help improve option off in Settings.", "en"),
    ("Nous utilisons vos dessins pour entraîner nos modèles d'IA, sauf si vous désactivez l'option dans les paramètres.", "fr"),
    ("Wir verwenden deine Zeichnungen, um unsere KI-Modelle zu trainieren, es sei denn, du deaktivierst die Option in den Einstellungen.", "de"),
    ("Utilizamos tus dibujos para entrenar nuestros modelos de IA, salvo que desactives la opción en Ajustes.", "es"),
])
def test_a_withdrawal_or_an_exception_in_a_setting_is_the_setting(text, locale):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We use your public reviews to train our AI models. You can object to this use at any time.\n\n"
     "[Review objection form](https://example.com/settings/ai/objection)", "en"),
    ("Wir verwenden deine öffentlichen Bewertungen, um unsere KI-Modelle zu trainieren. Du kannst dem jederzeit widersprechen.\n\n"
     "[Widerspruchsformular](https://example.com/settings/ai/widerspruch)", "de"),
])
def test_a_link_named_a_form_is_a_form_wherever_it_is_hosted(text, locale):
    assert route(text, locale) == "form"


def test_a_consent_withdrawn_under_a_quoted_settings_path_is_a_setting_and_keeps_the_default():
    got = ask("# Empfehlungen\n\nMit Ihrer Einwilligung verwenden wir Ihren Verlauf, um unsere KI-Modelle zu trainieren.\n\n"
              "Sie können diese Einwilligung jederzeit in der App unter „Einstellungen > Privatsphäre > Persönliche "
              "Vorschläge“ widerrufen.\n", "de")
    assert got["ai-opt-out"].value == "setting"
    assert got["ai-opt-out"].details["others"] == ["Einstellungen > Privatsphäre > Persönliche Vorschläge"]
    assert got["ai-training"].details["default"] == "no"


@pytest.mark.parametrize("text, locale", [
    ("We never use your course notes to train AI models.", "en"),
    ("Nous n'utilisons jamais vos fiches pour entraîner des modèles d'IA.", "fr"),
    ("Unsere KI trainiert nie mit deinen Dateien oder deinen Dokumenten.", "de"),
    ("Nunca usamos tus apuntes para entrenar modelos de IA.", "es"),
])
def test_a_denial_of_a_study_tools_material_is_partial(text, locale):
    assert training(text, locale) == "unclear"


def test_a_denial_of_all_your_content_stays_complete():
    assert training("We never use your content to train AI models.") == "no"


def test_a_german_future_whose_verb_ends_a_long_sentence_states_the_coming_use():
    got = ask("# KI\n\nDerzeit nutzen wir Ihre Daten nicht zum Training von KI-Modellen.\n\n"
              "Ab dem 1. März 2027 werden wir Zahlungs- und Nachrichtendaten unserer Kundinnen und Kunden in "
              "verschlüsselter Form zum Training von KI-Modellen nutzen.\n\n"
              "Rechtsgrundlage hierfür wird unser berechtigtes Interesse sein.\n", "de", today=date(2026, 12, 1))
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["effective"].details.get("upcoming") == "2027-03-01"
