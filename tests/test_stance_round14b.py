"""Round 14b of the stance rules: retention under convention 7, and rights as real pages name
them. Short texts of our own in EN, FR, DE and ES (tests/test_stance.py holds the earlier rounds)."""

from __future__ import annotations

import pytest

from tests.test_stance import ask


def retention(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["retention"].value


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
