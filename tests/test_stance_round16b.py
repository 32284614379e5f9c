"""Round 16b of the stance rules: a consent withdrawn or an objection made however the sentence
says it (future tense, a later clause, a legal reference in brackets), retention kept only on the
device or only pointed to, and the dates of pages. Short texts of our own in EN, FR, DE and ES."""

from __future__ import annotations

import pytest

from test_stance import ask, retention, rights


# ---------------------------------------------------------------- rights

@pytest.mark.parametrize("locale, text", [
    ("en", "We process your survey answers on the basis of your consent (Art. 6(1)(a) GDPR), which you may withdraw at any time."),
    ("fr", "Nous traitons vos réponses sur la base de votre consentement (art. 6.1.a du RGPD), que vous pouvez retirer à tout moment."),
    ("de", "Grundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit widerrufen können."),
    ("es", "La base es tu consentimiento (art. 6.1.a RGPD), que puedes revocar en cualquier momento."),
])
def test_a_legal_reference_in_brackets_does_not_hide_the_withdrawal(locale, text):
    assert "withdraw-consent" in rights(text, locale)


@pytest.mark.parametrize("locale, text", [
    ("en", "Once you have agreed, you will be able to withdraw your consent from the account page."),
    ("fr", "Une fois votre accord donné, vous pourrez retirer votre consentement depuis votre espace."),
    ("de", "Nach Ihrer Zustimmung werden Sie Ihre Einwilligung im Konto widerrufen können."),
    ("es", "Podrás retirar el consentimiento en cualquier momento desde tu perfil."),
])
def test_a_withdrawal_in_the_future_tense_or_of_the_consent_is_named(locale, text):
    assert rights(text, locale) == ("withdraw-consent",)


@pytest.mark.parametrize("locale, text", [
    ("en", "You can switch it off under Settings > Privacy or, if you prefer, object through our form."),
    ("fr", "Vous pouvez le désactiver dans Réglages ou, si vous préférez, vous y opposer via notre formulaire."),
    ("de", "Du kannst es unter Einstellungen ausschalten oder, wenn du magst, über unser Formular widersprechen."),
    ("es", "Puedes desactivarlo en Ajustes o, si lo prefieres, oponerte mediante nuestro formulario."),
])
def test_an_objection_later_in_the_sentence_is_named(locale, text):
    assert "objection" in rights(text, locale)


# ---------------------------------------------------------------- retention

@pytest.mark.parametrize("locale, text", [
    ("en", "Your chat history is stored locally on your device."),
    ("fr", "Toutes les conversations sont stockées localement sur votre appareil."),
    ("de", "Deine Chats werden nur lokal auf deinem Gerät gespeichert."),
    ("es", "Tus conversaciones se guardan localmente en tu dispositivo."),
])
def test_data_kept_only_on_the_members_device_is_no_retention(locale, text):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "The service queues your messages on our servers until they are delivered to your contacts."),
    ("fr", "Vos messages sont conservés sur nos serveurs jusqu'à leur remise au destinataire."),
    ("de", "Deine Nachrichten werden bis zur Zustellung auf unseren Servern zwischengespeichert."),
    ("es", "Tus mensajes se guardan en nuestros servidores hasta su entrega al destinatario."),
])
def test_messages_held_on_the_servers_until_delivered_are_a_retention(locale, text):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "# 5. Retention\nInformation on retention can be found in section 9."),
    ("fr", "# 5. Conservation\nLes informations sur la durée de conservation se trouvent à la section 9."),
    ("de", "# 5. Speicherdauer\nInformationen zur Speicherdauer finden Sie in Abschnitt 9."),
    ("es", "# 5. Conservación\nLa información sobre los plazos de conservación la encontrarás en la sección 9."),
])
def test_a_retention_section_that_only_sends_the_reader_elsewhere_states_nothing(locale, text):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "# How long we keep your data\nWe keep your league results for the current season and the following one."),
    ("fr", "# Conservation\nNous conservons vos résultats pendant toute la saison en cours."),
    ("de", "# Speicherdauer\nWir speichern deine Spielstände für die laufende Saison."),
    ("es", "# Conservación\nConservamos tus resultados durante la temporada en curso y la siguiente."),
])
def test_data_kept_for_a_season_is_a_stated_retention(locale, text):
    assert retention(text, locale) == "stated"


# ---------------------------------------------------------------- effective

@pytest.mark.parametrize("locale, text", [
    ("en", "# Privacy policy\n\nMarch 2025\n\nThis policy explains how we process your data."),
    ("fr", "# Politique de confidentialité\n\nMars 2025\n\nCette politique explique comment nous traitons vos données."),
    ("de", "# Datenschutzerklärung\n\nMärz 2025\n\nDiese Erklärung beschreibt, wie wir Ihre Daten verarbeiten."),
    ("es", "# Política de privacidad\n\nMarzo de 2025\n\nEsta política explica cómo tratamos tus datos."),
])
def test_a_month_alone_under_the_title_dates_the_page_from_its_first_day(locale, text):
    assert ask(text + "\n", locale)["effective"].value == "2025-03-01"


@pytest.mark.parametrize("locale, text", [
    ("en", "Last updated: March 2025 (March 14, 2025)"),
    ("fr", "Dernière mise à jour : mars 2025 (14/03/2025)"),
    ("de", "Zuletzt aktualisiert: März 2025 (14.03.2025)"),
    ("es", "Última actualización: marzo de 2025 (14/03/2025)"),
])
def test_a_month_made_exact_beside_it_gives_the_day(locale, text):
    assert ask(text + "\n\nWe process your data.\n", locale)["effective"].value == "2025-03-14"


@pytest.mark.parametrize("locale, text, want", [
    ("en", "Last updated: Octuber 24, 2024", "2024-10-24"),
    ("fr", "Dernière mise à jour : 3 novembr 2024", "2024-11-03"),
    ("de", "Stand: 3. Dezmber 2024", "2024-12-03"),
    ("es", "Última actualización: 5 de febrro de 2024", "2024-02-05"),
])
def test_a_month_misspelt_by_a_letter_is_read(locale, text, want):
    assert ask(text + "\n\nWe process your data.\n", locale)["effective"].value == want


# ---------------------------------------------------------------- sentences

def test_a_number_ends_a_sentence_unless_a_german_date_goes_on():
    from watchers.meaning.passages import read_layout

    sentences = read_layout("We keep it as set out in Section 11. You can object at any time. "
                            "Stand: 11. März 2025 und 15. 07. 2019.\n").passages[0].sentences
    assert sentences == ["We keep it as set out in Section 11.", "You can object at any time.",
                         "Stand: 11. März 2025 und 15. 07. 2019."]


def test_the_right_sentence_is_the_evidence_not_the_pointer_before_it():
    got = ask("We retain your data in line with the schedule in Section 11. "
              "You can object to this processing at any time.\n")["rights"]
    assert got.value == ("objection",)
    assert got.evidence.text == "You can object to this processing at any time."
