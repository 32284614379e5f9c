"""Stance rules: the date the terms take effect, and dates in sentences (facts.py, dates.py, sentences.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

from datetime import date

import pytest

from test_stance import ask


def test_a_weekday_between_the_label_and_the_date():
    for text, locale in (("# Notice\n\nEffective Tuesday, March 4, 2025\n\nWe respect your privacy.\n", "en"),
                         ("# Hinweis\n\nFassung 2.0, gültig ab Dienstag, 4. März 2025\n\nText.\n", "de"),
                         ("# Avis\n\nEn vigueur à compter du mardi 4 mars 2025\n\nTexte.\n", "fr"),
                         ("# Aviso\n\nVigente desde el martes, 4 de marzo de 2025\n\nTexto.\n", "es")):
        assert ask(text, locale)["effective"].value == "2025-03-04", locale


def test_updated_with_its_date_and_no_colon():
    assert ask("# Terms\n\nUpdated May 6, 2025\n\nHello.\n")["effective"].value == "2025-05-06"
    got = ask("# Privacy\n\nFor app users – Updated May 6, 2025.\n\nHello.\n")
    assert got["effective"].value == "2025-05-06"
    assert got["effective"].evidence.text == "For app users – Updated May 6, 2025."
    assert ask("# Datenschutz\n\nAktualisiert 6. Mai 2025\n\nHallo.\n", "de")["effective"].value == "2025-05-06"
    assert ask("# Privacidad\n\nActualizado 6 de mayo de 2025\n\nHola.\n", "es")["effective"].value == "2025-05-06"


def test_a_label_naming_its_document_before_the_colon():
    assert ask("# Avis\n\nDernière mise à jour de la présente Politique de confidentialité : 6 mai 2025\n\nTexte.\n",
               "fr")["effective"].value == "2025-05-06"
    assert ask("# Aviso\n\nÚltima actualización de esta Política de Privacidad: 6 de mayo de 2025\n\nTexto.\n",
               "es")["effective"].value == "2025-05-06"
    assert ask("# Policy\n\nLast updated of this Privacy Policy: May 6, 2025\n\nText.\n")["effective"].value == "2025-05-06"


def test_a_bare_date_under_the_title_dates_the_page():
    got = ask("# Privacy Policy\n\nJune 2, 2024\n\nWe keep your data safe.\n")
    assert got["effective"].value == "2024-06-02"
    assert got["effective"].evidence.text == "June 2, 2024"
    # A date alone far down the page (a table's cell, a changelog) is not the page's date.
    far = "# Policy\n\nIntro.\n\nMore.\n\nEven more.\n\nJune 2, 2024\n"
    assert ask(far)["effective"].value == ""
    assert ask("# Hinweis\n\nStand dieser Datenschutzerklärung: 6. Mai 2025\n\nText.\n", "de")["effective"].value == "2025-05-06"


@pytest.mark.parametrize("text, locale, want", [
    # "Version:" heading a line, a version number with a word before its date.
    ("# Privacy notice\n\nVersion: 14 January 2025\n\nWe rent bikes.", "en", "2025-01-14"),
    ("# Datenschutz\n\nFassung: 3. Februar 2025\n\nWir vermieten Räder.", "de", "2025-02-03"),
    ("# Privacidad\n\nVersión: 5 de marzo de 2025\n\nAlquilamos bicicletas.", "es", "2025-03-05"),
    ("# Confidentialité\n\nVersion 2.3 provisoire du jeudi 6 mars 2025.\n\nNous louons des vélos.", "fr", "2025-03-06"),
    # Put online on a day (« mise en ligne le »).
    ("# Confidentialité\n\nPolitique mise en ligne le 7 avril 2025.\n\nNous louons des vélos.", "fr", "2025-04-07"),
    # A dotted date with a space after each dot.
    ("# Confidentialité\n\n(en vigueur à compter du 8. 05. 2025)\n\nNous louons des vélos.", "fr", "2025-05-08"),
])
def test_a_version_or_publication_date(text, locale, want):
    assert ask(text + "\n", locale)["effective"].value == want


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


def test_a_number_ends_a_sentence_unless_a_german_date_goes_on():
    from watchers.meaning.passages import read_layout

    sentences = read_layout("We keep it as set out in Section 11. You can object at any time. "
                            "Stand: 11. März 2025 und 15. 07. 2019.\n").passages[0].sentences
    assert sentences == ["We keep it as set out in Section 11.", "You can object at any time.",
                         "Stand: 11. März 2025 und 15. 07. 2019."]


@pytest.mark.parametrize("text, locale", [
    ("# Privacy Notice\n\nHow Lumio handles your data\n\n2024/11/05\n\n# Scope\n\nThis notice covers the app.", "en"),
    ("# Datenschutzhinweis\n\nWie Lumio Ihre Daten behandelt\n\n2024.11.05\n\n# Geltungsbereich\n\nDieser Hinweis gilt für die App.", "de"),
])
def test_a_date_written_year_first_under_the_title_dates_the_page(text, locale):
    assert ask(text, locale)["effective"].value == "2024-11-05"


@pytest.mark.parametrize("text, locale, day", [
    ("# Notice\n\nThis notice was updated for the last time on 3 February 2024 and replaces earlier ones.", "en", "2024-02-03"),
    ("# Avis\n\nCet avis a été mis à jour pour la dernière fois le 3 février 2024 ; il remplace les précédents.", "fr", "2024-02-03"),
    ("# Hinweis\n\nDieser Hinweis wurde zum letzten Mal aktualisiert am 3. Februar 2024 und ersetzt frühere Fassungen.", "de", "2024-02-03"),
    ("# Aviso\n\nEste aviso fue actualizado por última vez el 3 de febrero de 2024 y sustituye a los anteriores.", "es", "2024-02-03"),
])
def test_a_last_update_said_in_a_sentence(text, locale, day):
    assert ask(text, locale)["effective"].value == day


# ---------------------------------------------------------------- round 19b

@pytest.mark.parametrize("text, locale", [
    ("# Privacy Policy\n\nWe process your data.\n\nIssued: 4 May 2023.", "en"),
    ("# Politique de confidentialité\n\nÉdition : 04.05.2023\n\nNous traitons vos données.", "fr"),
    ("# Datenschutzerklärung\n\nAusgabe: 04.05.2023\n\nWir verarbeiten Ihre Daten.", "de"),
    ("# Política de privacidad\n\nEdición: 04.05.2023\n\nTratamos tus datos.", "es"),
])
def test_an_issue_or_edition_date_dates_the_page(text, locale):
    assert ask(text, locale)["effective"].value == "2023-05-04"


def test_a_stray_space_before_the_comma_of_a_date():
    assert ask("# Privacy Policy\n\nEffective date: May 4th , 2023\n\nWe process your data.\n")["effective"].value \
        == "2023-05-04"


# ---------------------------------------------------------------- round 21b

@pytest.mark.parametrize("text, locale, day", [
    ("# Politique de confidentialite\n\nDerniere mise a jour\n\n3 fevrier 2025\n\n# Introduction\n\nNous traitons vos donnees.", "fr", "2025-02-03"),
    ("# Politique de confidentialite\n\nDerniere mise a jour : 3 fevrier 2025\n\nNous traitons vos donnees.", "fr", "2025-02-03"),
])
def test_a_french_label_written_without_accents(text, locale, day):
    assert ask(text, locale)["effective"].value == day


@pytest.mark.parametrize("text, locale, day", [
    ("# Política de privacidad\n\nFecha de entrada en vigencia: 7 de Julio de 2024\n\nTratamos tus datos.", "es", "2024-07-07"),
    ("# Privacy Policy\n\nDate of entry into force: 7 July 2024\n\nWe process your data.", "en", "2024-07-07"),
    ("# Datenschutzerklärung\n\nInkrafttreten: 07.07.2024\n\nWir verarbeiten Ihre Daten.", "de", "2024-07-07"),
])
def test_an_entry_into_force_label_dates_the_page(text, locale, day):
    assert ask(text, locale)["effective"].value == day


@pytest.mark.parametrize("text, locale", [
    ("# Community Terms\n\n(Community Terms revised on 3 March 2025)\n\nThese terms bind you and us.", "en"),
    ("# Conditions\n\n(Conditions de la communauté révisées le 3 mars 2025)\n\nCes conditions nous lient.", "fr"),
    ("# Bedingungen\n\n(Community-Bedingungen überarbeitet am 03.03.2025)\n\nDiese Bedingungen binden uns.", "de"),
    ("# Condiciones\n\n(Condiciones de la comunidad revisadas el 3 de marzo de 2025)\n\nEstas condiciones nos vinculan.", "es"),
])
def test_a_revision_date_without_a_colon_dates_the_page(text, locale):
    assert ask(text, locale)["effective"].value == "2025-03-03"


@pytest.mark.parametrize("text, locale", [
    ("# Privacy\n\nFrom 1 December 2025, we will begin using your voice recordings to improve our assistant.", "en"),
    ("# Confidentialité\n\nÀ partir du 1er décembre 2025, nous utiliserons vos enregistrements vocaux pour améliorer notre assistant.", "fr"),
    ("# Datenschutz\n\nAb dem 1. Dezember 2025 nutzen wir Ihre Sprachaufnahmen, um unseren Assistenten zu verbessern.", "de"),
    ("# Privacidad\n\nA partir del 1 de diciembre de 2025 usaremos tus grabaciones de voz para mejorar nuestro asistente.", "es"),
])
def test_a_change_announced_for_later_does_not_date_the_version_shown(text, locale):
    found = ask(text, locale)["effective"]
    assert (found.value, found.details["upcoming"]) == ("", "2025-12-01")


def test_the_document_said_to_take_effect_later_is_dated_by_its_start():
    found = ask("# Privacy Policy\n\nThis Privacy Policy takes effect on 1 December 2025.\n\nWe process your data.")["effective"]
    assert (found.value, found.details["upcoming"]) == ("2025-12-01", "2025-12-01")


@pytest.mark.parametrize("text, locale, want", [
    ("# Privacy Policy\n\nLast updated · Mar 3, 2025\n\nWe process your data.", "en", "2025-03-03"),
    ("# Politique de confidentialité\n\nDernière mise à jour • 3 mars 2025\n\nNous traitons vos données.", "fr", "2025-03-03"),
    ("# Politique de confidentialité\n\nDernière mise à jour en mars 2025\n\nNous traitons vos données.", "fr", "2025-03-01"),
    ("# Datenschutzerklärung\n\nStand im März 2025\n\nWir verarbeiten Ihre Daten.", "de", "2025-03-01"),
])
def test_a_label_and_its_date_apart_by_a_middle_dot_or_a_preposition(text, locale, want):
    assert ask(text, locale)["effective"].value == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Data Sheet\n\nVersion 4, March 2022\n\nThis sheet describes how the service processes data.", "en", "2022-03-01"),
    ("# Fiche de données\n\nVersion 2.1, 14 mars 2022\n\nCette fiche décrit le traitement des données.", "fr", "2022-03-14"),
    ("# Datenblatt\n\nVersion 5, März 2022\n\nDieses Blatt beschreibt die Verarbeitung.", "de", "2022-03-01"),
    ("# Ficha de datos\n\nVersión 3, marzo de 2022\n\nEsta ficha describe el tratamiento.", "es", "2022-03-01"),
])
def test_a_version_number_and_its_date_after_a_comma_date_the_page(text, locale, want):
    assert ask(text, locale)["effective"].value == want


def test_of_two_version_lines_in_the_header_the_newest_is_the_version_shown():
    text = ("# Data Sheet\n\nREVISED Version 1.0, June 2020\n\nAll rights reserved. Version 7.0, August 3, 2023\n\n"
            "This sheet describes how the service processes data.")
    assert ask(text, "en")["effective"].value == "2023-08-03"


@pytest.mark.parametrize("text, locale, want", [
    ("# Política de privacidad\n\nActualizado por ultima vez: 4 de mayo de 2025\n\nTratamos tus datos.", "es", "2025-05-04"),
    ("# Confidentialité\n\nCette politique (mise à jour en mai 2025) explique nos traitements.", "fr", "2025-05-01"),
])
def test_a_last_update_said_without_accent_or_in_a_bracket_dates_the_page(text, locale, want):
    assert ask(text, locale)["effective"].value == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Privacy Notice\n\nEffective Date: 3 February 2021\n\nLast updated: 9 October 2024\n\nWe process your data.", "en", "2021-02-03"),
    ("# Privacy Notice\n\nLast updated: 9 October 2024 · Effective date: 3 February 2021\n\nWe process your data.", "en", "2021-02-03"),
    ("# Politique de confidentialité\n\nDate d'entrée en vigueur : 5 mai 2020\n\nDernière mise à jour : 2 juin 2024\n\nNous traitons vos données.", "fr", "2020-05-05"),
    ("# Datenschutzhinweise\n\nDatum des Inkrafttretens: 1. Juli 2019; Zuletzt aktualisiert: 8. Mai 2024\n\nWir verarbeiten Ihre Daten.", "de", "2019-07-01"),
    ("# Aviso de privacidad\n\nFecha de entrada en vigor: 10 de enero de 2022\n\nÚltima actualización: 3 de abril de 2025\n\nTratamos tus datos.", "es", "2022-01-10"),
])
def test_a_labelled_effective_date_beats_a_later_last_update(text, locale, want):
    # Call 12: the page says when its terms took effect; a later edit did not move that date.
    assert ask(text, locale)["effective"].value == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Política de privacidad\n\nFecha efectiva 22.06.2021\n\nTratamos tus datos.", "es", "2021-06-22"),
    ("# Política de privacidad\n\nFecha de efecto: 7 de marzo de 2023\n\nTratamos tus datos.", "es", "2023-03-07"),
])
def test_a_spanish_effective_date_label_dates_the_page(text, locale, want):
    assert ask(text, locale)["effective"].value == want


@pytest.mark.parametrize("text, locale", [
    ("# Privacy Policy\n\nLast updated: 2 March 2026\n\nFrom 1 May 2026 the fees for sellers change; see our Terms of Use.\n\nWe process your data.", "en"),
    ("# Política de privacidad\n\nÚltima actualización: 2 de marzo de 2026\n\nA partir del 1 de mayo de 2026 cambian las tarifas; consulta las Condiciones de uso.\n\nTratamos tus datos.", "es"),
])
def test_a_change_of_another_document_announced_on_the_page_is_not_its_upcoming_date(text, locale):
    effective = ask(text, locale, today=date(2026, 4, 1))["effective"]
    assert (effective.value, effective.details["upcoming"]) == ("2026-03-02", "")


def test_an_english_page_drafted_under_the_gdpr_reads_a_numeric_date_day_first():
    text = ("# Privacy Policy\n\nLast updated: 03/04/2025\n\nWe are the controller of your data within the meaning of Regulation (EU) 2016/679.")
    assert ask(text, "en", today=date(2025, 6, 1))["effective"].value == "2025-04-03"
    text = "# Privacy Policy\n\nLast updated: 03/04/2025\n\nIf you live in the EU, you have rights under the GDPR."
    assert ask(text, "en", today=date(2025, 6, 1))["effective"].value == "2025-03-04"


@pytest.mark.parametrize("text, locale, want", [
    # "Last updated date:": the label names itself a date before the colon.
    ("# Privacy\n\nLast updated date: 12 February 2025\n\nWe rent canoes.", "en", "2025-02-12"),
    ("# Privacy\n\nLast revised date: February 12, 2025\n\nWe rent canoes.", "en", "2025-02-12"),
    ("# Privacidad\n\nFecha de última modificación: 12 de febrero de 2025\n\nAlquilamos canoas.", "es", "2025-02-12"),
])
def test_a_last_updated_label_that_names_itself_a_date(text, locale, want):
    assert ask(text, locale, today=date(2025, 6, 1))["effective"].value == want


@pytest.mark.parametrize("text, locale, want", [
    # "effective beginning / starting" a day, in a sentence of the page's opening.
    ("# Privacy\n\nWe rent canoes. These terms are effective beginning Monday, March 10th, 2025.\n\nMore.", "en", "2025-03-10"),
    ("# Privacy\n\nWe rent canoes. This notice is effective starting March 10, 2025.\n\nMore.", "en", "2025-03-10"),
])
def test_effective_beginning_a_day(text, locale, want):
    assert ask(text, locale, today=date(2025, 6, 1))["effective"].value == want


@pytest.mark.parametrize("text, locale, want", [
    # The day the page was last reviewed, with "on" / « le » / „am“ / «el» and no colon.
    ("# AI notice\n\nReviewed on 9 January 2025\n\nWe rent canoes.", "en", "2025-01-09"),
    ("# Avis IA\n\nRevue le 9 janvier 2025\n\nNous louons des canoës.", "fr", "2025-01-09"),
    ("# KI-Hinweis\n\nZuletzt überprüft am 9. Januar 2025\n\nWir vermieten Kanus.", "de", "2025-01-09"),
    ("# Aviso de IA\n\nRevisado el 9 de enero de 2025\n\nAlquilamos canoas.", "es", "2025-01-09"),
])
def test_a_reviewed_on_date(text, locale, want):
    assert ask(text, locale, today=date(2025, 6, 1))["effective"].value == want


@pytest.mark.parametrize("text, locale, want", [
    # The last change's label naming what changed before the colon (« des conditions », "of the terms").
    ("# Confidentialité\n\nNous louons des canoës.\n\nDernière modification des conditions : 14/02/2025 à 9h15.", "fr", "2025-02-14"),
    ("# Datenschutz\n\nWir vermieten Kanus.\n\nLetzte Änderung der Bedingungen: 14.02.2025, 9:15 Uhr.", "de", "2025-02-14"),
    ("# Privacidad\n\nAlquilamos canoas.\n\nÚltima modificación de los términos: 14/02/2025 a las 9:15.", "es", "2025-02-14"),
    ("# Privacy\n\nWe rent canoes.\n\nLast modification of the terms: 14 February 2025, 9:15 am.", "en", "2025-02-14"),
])
def test_a_last_change_label_naming_what_changed(text, locale, want):
    assert ask(text, locale, today=date(2025, 6, 1))["effective"].value == want


@pytest.mark.parametrize("text, locale", [
    ("# Privacy\n\nEffective date: 3 March 2025\n\nLast updated: 20 March 2025\n\nWe rent canoes.", "en"),
    ("# Privacidad\n\nFecha de entrada en vigor: 3 de marzo de 2025\n\nÚltima actualización: 20 de marzo de 2025\n\nAlquilamos canoas.", "es"),
])
def test_a_last_update_after_the_day_is_no_announced_date(text, locale):
    # A "last updated" date tells of an edit already made: later than the day the page is read, it is
    # no change to come (call 12 keeps the labelled effective date, and nothing is upcoming).
    got = ask(text, locale, today=date(2025, 3, 10))["effective"]
    assert (got.value, got.details["upcoming"]) == ("2025-03-03", "")
