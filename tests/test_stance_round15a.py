"""Round 15a of the stance rules (watchers.meaning.stance): short texts of our own in EN, FR,
DE and ES for each rule of the round (tests/test_stance.py holds the earlier ones)."""

from __future__ import annotations

import pytest

from test_stance import ask


# ---------------------------------------------------------------- how to refuse

@pytest.mark.parametrize("locale, text", [
    ("en", "We use your drafts to train the writing models behind our assistant. "
           "To keep your drafts out of training, enable Incognito Mode in the editor."),
    ("fr", "Nous utilisons vos brouillons pour entraîner les modèles de notre assistant. "
           "Pour que vos brouillons ne servent pas à l'entraînement, activez le mode confidentialité dans l'éditeur."),
    ("de", "Wir verwenden Ihre Entwürfe, um die Modelle unseres Assistenten zu trainieren. "
           "Damit Ihre Entwürfe nicht verwendet werden, aktivieren Sie den Privatmodus im Editor."),
    ("es", "Utilizamos tus borradores para entrenar los modelos de nuestro asistente. "
           "Para que tus borradores no se usen, activa el modo privacidad en el editor."),
])
def test_turning_on_a_privacy_mode_is_a_setting_that_refuses(locale, text):
    assert ask(text, locale)["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use the recipes you publish to train our suggestion models. "
           "You may request that your recipes be excluded from this training with our [privacy form](https://example.com/privacy-request)."),
    ("fr", "Nous utilisons les recettes que vous publiez pour entraîner nos modèles de suggestion. "
           "Vous pouvez demander que vos recettes soient exclues de cet entraînement via notre [formulaire](https://example.com/privacy-request)."),
    ("de", "Wir verwenden die von Ihnen veröffentlichten Rezepte, um unsere Vorschlagsmodelle zu trainieren. "
           "Sie können verlangen, dass Ihre Rezepte von diesem Training ausgeschlossen werden, über unser [Formular](https://example.com/privacy-request)."),
    ("es", "Utilizamos las recetas que publicas para entrenar nuestros modelos de sugerencias. "
           "Puedes pedirnos que tus recetas se excluyan de este entrenamiento con nuestro [formulario](https://example.com/privacy-request)."),
])
def test_asking_that_ones_content_be_excluded_is_a_refusal(locale, text):
    got = ask(text, locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("form", ["https://example.com/privacy-request"])


def test_withdrawing_a_consent_with_a_name_of_its_own_is_a_refusal():
    text = ("With your consent, we use your voice recordings to train our speech models. "
            "You can withdraw your voice training consent at any time in Settings > Privacy > Voice.")
    assert ask(text, "en")["ai-opt-out"].value == "setting"


def test_no_setting_to_turn_a_use_off_is_no_way_out():
    text = ("We use the clips you post publicly to train our editing models. "
            "There is no setting to turn this training off for public clips.")
    assert ask(text, "en")["ai-opt-out"].value == "none"


def test_a_question_to_the_reader_is_not_the_button_of_a_setting():
    text = ("# Training mode\n\nWe use your chats to train our models unless you turn on Privacy Mode.\n\n"
            "You can enable Privacy Mode under Settings > Privacy.\n\n[Did this answer your question?](https://example.com/help/mode)")
    got = ask(text, "en", kind="opt-out")["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("setting", [])


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your lessons to train our tutoring models. You can object by email at the address in the Contact section below.\n\n"
           "# Security\n\nWe encrypt data in transit.\n\n# Contact\n\nRequests: [dpo@example.com](mailto:dpo@example.com)"),
    ("fr", "Nous utilisons vos leçons pour entraîner nos modèles. Pour vous y opposer, écrivez-nous à l'adresse indiquée dans la section « Contact ».\n\n"
           "# Sécurité\n\nNous chiffrons les données.\n\n# Contact\n\nDemandes : [dpo@example.com](mailto:dpo@example.com)"),
    ("de", "Wir verwenden Ihre Lektionen, um unsere Modelle zu trainieren. Sie können per E-Mail an die im Abschnitt „Kontakt“ genannte Adresse widersprechen.\n\n"
           "# Sicherheit\n\nWir verschlüsseln Daten.\n\n# Kontakt\n\nAnfragen: [dpo@example.com](mailto:dpo@example.com)"),
    ("es", "Utilizamos tus lecciones para entrenar nuestros modelos. Puedes oponerte a este uso por correo electrónico en la dirección del apartado «Contacto».\n\n"
           "# Seguridad\n\nCiframos los datos.\n\n# Contacto\n\nSolicitudes: [dpo@example.com](mailto:dpo@example.com)"),
])
def test_an_address_in_a_section_named_by_its_heading_is_the_refusals(locale, text):
    got = ask(text, locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("email", ["mailto:dpo@example.com"])
