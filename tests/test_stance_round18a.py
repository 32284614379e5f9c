"""Round 18a of the stance rules: AI training, its default, refusal and legal basis. Short texts of
our own in EN, FR, DE and ES (none copied from the eval sets)."""

from __future__ import annotations

import pytest

from test_stance import ask, basis, route, training


def default(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["ai-training"].details["default"]


# ---------------------------------------------------------------- opt-ins and their default

@pytest.mark.parametrize("text, locale", [
    ("If you turn on “Improve transcripts”, we use your recordings to train our speech models. "
     "You can turn it off again at any time in Settings > Privacy.", "en"),
    ("Si vous activez « Améliorer les transcriptions », nous utilisons vos enregistrements pour entraîner nos "
     "modèles de reconnaissance vocale. Vous pouvez désactiver l'option à tout moment dans les paramètres.", "fr"),
    ("Wenn Sie in den Einstellungen „Transkripte verbessern“ aktivieren, verwenden wir Ihre Aufnahmen, um unsere "
     "KI-Modelle zu trainieren. Sie können die Option jederzeit wieder deaktivieren.", "de"),
    ("Si activas «Mejorar las transcripciones», utilizamos tus grabaciones para entrenar nuestros modelos de IA. "
     "Puedes desactivar la opción en cualquier momento en los ajustes.", "es"),
])
def test_an_opt_in_said_as_its_condition_is_off_by_default(text, locale):
    got = ask(text + "\n", locale)
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details["default"] == "no"
    assert got["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We use your workout notes to train our coaching models on the basis of your consent. "
     "You can switch this off at any time under Settings > Coaching.", "en"),
    ("Nous utilisons vos notes d'entraînement sportif pour entraîner nos modèles d'IA sur la base de votre "
     "consentement. Vous pouvez désactiver ce réglage à tout moment.", "fr"),
    ("Wir verwenden Ihre Notizen, um unsere KI-Modelle zu trainieren. Rechtsgrundlage ist Ihre Einwilligung. "
     "Sie können dies jederzeit in den Einstellungen deaktivieren.", "de"),
    ("Utilizamos tus notas para entrenar nuestros modelos de IA sobre la base de tu consentimiento. "
     "Puedes desactivarlo en cualquier momento en Ajustes.", "es"),
])
def test_training_on_consent_stays_off_by_default_beside_a_switch(text, locale):
    assert default(text, locale) == "no"


def test_on_by_default_still_wins_on_consent():
    assert default("We use your drafts to train our writing models on the basis of your consent. This option is "
                   "on by default; you can turn it off in your settings.") == "yes"


def test_off_unless_turned_on_is_not_on_by_default():
    assert default("If you switch on Smart Replies training, your chats are used to train our AI models; "
                   "it stays off unless you turn it on.") == "no"


# ---------------------------------------------------------------- denials "by default"

@pytest.mark.parametrize("text, locale", [
    ("By default, your data is not used to train our AI models. You can choose to share your data to improve "
     "the service in your privacy settings.", "en"),
    ("Par défaut, vos données ne sont pas utilisées pour entraîner nos modèles d'IA. Vous pouvez choisir de "
     "partager vos données pour améliorer le service dans vos paramètres de confidentialité.", "fr"),
    ("Standardmäßig werden Ihre Daten nicht zum Training unserer KI-Modelle verwendet. Sie können in den "
     "Datenschutz-Einstellungen freiwillig Daten freigeben.", "de"),
    ("Por defecto, tus datos no se utilizan para entrenar nuestros modelos de IA. Puedes optar por compartir "
     "tus datos para mejorar el servicio en la configuración de privacidad.", "es"),
])
def test_a_denial_by_default_beside_an_opt_in_is_an_opt_in(text, locale):
    got = ask(text + "\n", locale)
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details["default"] == "no"
    assert got["ai-opt-out"].value == "setting"


def test_a_denial_by_default_alone_stays_a_denial():
    assert training("By default, we do not use your personal data to train our AI models.") == "no"


# ---------------------------------------------------------------- the platform opting out for its members

@pytest.mark.parametrize("text, locale", [
    ("We never train AI on your data, and we have set up our vendor accounts to opt out of vendor-side "
     "training wherever possible.", "en"),
    ("Wir trainieren keine KI mit Ihren Daten, und wir haben das Training bei unseren Anbietern deaktiviert.", "de"),
])
def test_the_platform_opting_out_for_members_leaves_a_denial(text, locale):
    got = ask(text + "\n", locale)
    assert got["ai-training"].value == "no"
    assert got["ai-opt-out"].value == "none"


# ---------------------------------------------------------------- training wording

@pytest.mark.parametrize("text, locale", [
    ("We use your personal data to:\n\n- send booking confirmations\n\n- analyse usage, including to inform our "
     "machine learning for purposes such as recommendations", "en"),
    ("Nous utilisons vos données pour :\n\n- envoyer les confirmations\n\n- analyser l'usage, notamment pour "
     "alimenter nos modèles de recommandation", "fr"),
    ("Wir verwenden Ihre Daten, um:\n\n- Buchungen zu bestätigen\n\n- die Nutzung auszuwerten; die Ergebnisse "
     "fließen in unsere KI-Modelle ein", "de"),
    ("Utilizamos tus datos para:\n\n- enviar confirmaciones\n\n- analizar el uso, también para alimentar "
     "nuestros modelos de recomendación", "es"),
])
def test_data_that_informs_or_feeds_models_trains_them(text, locale):
    assert training(text, locale) == "yes"


def test_informing_our_algorithms_alone_is_not_training():
    assert training("We use your personal data to:\n\n- improve the feed, including by informing our "
                    "algorithms") == "unclear"


def test_advancing_ai_capabilities_under_a_subtitle_of_uses_is_training():
    assert training("# How we use your information\n\nService Quality\n\n- Support: answering your questions\n\n"
                    "- Research: advancing AI image capabilities and new tools") == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Your information is processed by our systems to:\n\n- match you with offers\n\n- improve our AI models "
     "through ongoing learning", "en"),
    ("Vos données sont traitées par nos systèmes pour :\n\n- vous proposer des offres\n\n- entraîner nos "
     "modèles d'IA", "fr"),
    ("Ihre Daten werden von unseren Systemen verarbeitet, um:\n\n- Ihnen Angebote zu zeigen\n\n- unsere "
     "KI-Modelle zu trainieren", "de"),
    ("Sus datos son tratados por nuestros sistemas para:\n\n- mostrarle ofertas\n\n- entrenar nuestros "
     "modelos de IA", "es"),
])
def test_a_list_led_in_the_passive_names_uses_of_members_data(text, locale):
    assert training(text, locale) == "yes"


# ---------------------------------------------------------------- legal basis

def test_another_purpose_in_the_list_does_not_give_its_basis():
    text = """We use your information for the following purposes:

- Improving our voice models: We use the recordings you make to train and improve our voice models.

- Fraud checks: We screen payments for fraud.

- With your consent: Where you consent to a particular use, we will use your information for that purpose.

We rely on the following legal bases:

- your consent;

- the performance of our contract with you, for example when you buy a plan;

- our legitimate interests, such as improving and developing our products;

You may withdraw your consent at any time by writing to us."""
    assert basis(text) == "legitimate-interests"


@pytest.mark.parametrize("text, locale", [
    ("# No entrenamos con tus datos\n\nLas notas que escribes no se utilizan para entrenar nuestros modelos de IA.", "es"),
    ("# Nous n'entraînons pas d'IA sur vos données\n\nLes notes que vous écrivez ne sont pas utilisées pour "
     "entraîner nos modèles d'IA.", "fr"),
    ("# Wir trainieren nicht mit Ihren Daten\n\nIhre Notizen werden nicht zum Training unserer KI-Modelle "
     "verwendet.", "de"),
])
def test_a_heading_that_denies_training_on_your_data_covers_its_example(text, locale):
    assert training(text, locale) == "no"
