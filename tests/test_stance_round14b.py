"""Round 14b of the stance rules: retention under convention 7, and rights as real pages name
them. Short texts of our own in EN, FR, DE and ES (tests/test_stance.py holds the earlier rounds)."""

from __future__ import annotations

import pytest

from test_stance import retention, rights


# ---------------------------------------------------------------- retention

@pytest.mark.parametrize("text, locale", [
    # Kept as long as its purposes require, with or without the law's longer periods (convention 7).
    ("We store your photos for as long as necessary to run the gallery, unless a longer period is required by law.", "en"),
    ("Vos recettes sont conservées pendant la durée nécessaire aux finalités décrites ci-dessus.", "fr"),
    ("Wir bewahren Ihre Nachrichten auf, solange es für die genannten Zwecke erforderlich ist.", "de"),
    ("Conservamos tus mensajes solo el tiempo necesario para cumplir con las finalidades descritas.", "es"),
    # Kept for a time, whatever the verb's form or the preposition.
    ("L'éditeur conserve vos messages pour une durée de 2 ans à compter de votre dernière visite.", "fr"),
    # Deleted from the platform's own servers right after a step of the processing.
    ("Nach der Analyse (ca. 2 Sekunden) wird die Aufnahme von unseren Servern gelöscht.", "de"),
    ("The recording is deleted from our servers after the transcription is done.", "en"),
])
def test_kept_for_its_purposes_a_time_or_until_a_step_is_stated(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    # A pointer to the schedule elsewhere, with only the data needed named.
    ("We collect only the information needed for these purposes and retain it in line with the schedule in Section 8.", "en"),
    ("Nous ne collectons que les données nécessaires et les conservons conformément au tableau de la section 8.", "fr"),
    ("Wir speichern Ihre Daten gemäß der Tabelle in Abschnitt 8.", "de"),
    ("Conservamos tus datos conforme a la tabla del apartado 8.", "es"),
    # Only a longer keeping the law may require, or only the law's duties.
    ("We may keep your notes even after you leave if retention is necessary to comply with legal obligations.", "en"),
    ("- Legal duties: we retain and share records as necessary to comply with audits, or court orders.", "en"),
])
def test_a_pointer_or_the_laws_exception_alone_is_not_a_retention(text, locale):
    assert retention(text, locale) == "not-stated"


# ---------------------------------------------------------------- rights

def test_rights_listed_as_verbs_under_a_lead_in_the_law_permits():
    got = rights("# Your Statutory Rights\n\nThe law may allow you to request that we:\n\n"
                 "- give you access to and/or a copy of the information we hold about you\n"
                 "- update information which is outdated\n- delete your information\n"
                 "- restrict how we process your information\n\n"
                 "The law may also permit you to revoke your consent to some processing.")
    assert got == ("access", "correction", "deletion", "portability", "restriction", "withdraw-consent")


def test_a_request_from_the_reader_and_a_consent_declined_or_withdrawn():
    assert rights("If we receive a request from you to suspend the use of your details, we will do so.") == ("restriction",)
    assert rights("We ask before analysing your drafts. You may refuse or withdraw that consent at any time.") \
        == ("withdraw-consent",)
    assert rights("# Data Subject Rights\n\nYou are entitled to know what we hold. You may obtain a copy of this data.") \
        == ("access", "portability")


def test_cancelling_ones_data_is_deletion():
    assert rights("Puede acceder, rectificar o cancelar sus datos escribiéndonos.", "es") \
        == ("access", "correction", "deletion")


@pytest.mark.parametrize("text, locale", [
    # The policy's outline of its own contents gives no right.
    ("This policy sets out what we collect, how we share it and how you can access and control your information.", "en"),
    ("Cette politique explique ce que nous collectons et comment vous pouvez accéder à vos données.", "fr"),
    ("Diese Erklärung beschreibt, welche Daten wir erheben und wie Sie auf Ihre Daten zugreifen können.", "de"),
    ("Esta política explica qué datos tratamos y cómo puede acceder a sus datos.", "es"),
    # Changing one's settings corrects no data.
    ("In your account you can also change your sharing preferences for data.", "en"),
    ("Dort können Sie auch Ihre Einstellungen zur Weitergabe von Daten ändern.", "de"),
    ("Vous pouvez modifier vos paramètres de partage des données.", "fr"),
    ("Puedes cambiar tu configuración de privacidad de los datos.", "es"),
])
def test_an_outline_of_the_policy_or_a_change_of_settings_is_no_right(text, locale):
    assert rights(text, locale) == ()
