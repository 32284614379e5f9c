"""Round 18b of the stance rules: effective dates, retention, rights and the data that trains. Short
texts of our own in EN, FR, DE and ES (none copied from the eval sets)."""

from __future__ import annotations

import pytest

from test_stance import ask, retention, rights


def data(text: str, locale: str = "en") -> list[str]:
    return ask(text + "\n", locale)["ai-training"].details.get("data", [])


# ---------------------------------------------------------------- dates

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


# ---------------------------------------------------------------- retention (convention 7)

@pytest.mark.parametrize("text, locale", [
    ("Zero data retention: your API requests are never logged or stored by us.", "en"),
    ("0 days retention. We do not record your transcripts.", "en"),
    ("Vos enregistrements vocaux ne sont jamais conservés sur nos serveurs.", "fr"),
    ("Ihre Uploads werden von uns nicht gespeichert.", "de"),
    ("No guardamos el contenido de tus consultas.", "es"),
])
def test_data_said_never_kept_and_nothing_more_is_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("We do not keep your uploads: files are deleted as soon as the conversion ends.", "en"),
    ("Uploaded spreadsheets are erased once the report is generated.", "en"),
    ("Les fichiers importés sont supprimés dès la fin de la conversion.", "fr"),
    ("Hochgeladene Tabellen werden nach der Auswertung gelöscht.", "de"),
    ("Los archivos subidos se eliminan una vez terminada la conversión.", "es"),
])
def test_data_deleted_once_used_is_a_retention_even_without_your(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("By default, Fotolab keeps your edit history on app.fotolab.io for up to 24 months.", "en"),
    ("De forma predeterminada, guardamos tu historial en app.fotolab.io durante 24 meses.", "es"),
])
def test_a_name_with_dots_does_not_cut_the_retention_sentence(text, locale):
    assert retention(text, locale) == "stated"


def test_deleting_once_no_longer_necessary_with_a_partner_is_a_retention():
    assert retention("Our vendors must keep using your files only for the task, deleting them once they are no "
                     "longer necessary for it.") == "stated"


@pytest.mark.parametrize("text, locale", [
    ("You can ask us to delete your account, unless we are legally required to retain it.", "en"),
    ("Tu peux demander l'effacement de ton compte (sauf obligation légale de conservation).", "fr"),
    ("Sie können die Löschung Ihres Kontos verlangen, soweit dem keine gesetzlichen Aufbewahrungsfristen entgegenstehen.", "de"),
    ("Puedes solicitar la supresión de tu cuenta, salvo obligación legal de conservación.", "es"),
])
def test_a_deletion_right_with_a_legal_exception_states_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


def test_kept_no_longer_than_needed_in_spanish_is_a_bound():
    assert retention("Tus grabaciones no se conservan más tiempo de lo necesario.", "es") == "stated"


# ---------------------------------------------------------------- rights named in passing

@pytest.mark.parametrize("text, locale, want", [
    ("Puede revisar sus búsquedas guardadas, o borrarlas desde el menú.", "es", {"access", "deletion"}),
    ("Sie können der Nutzung Ihrer Fahrtdaten für unsere Prognosemodelle jederzeit in der App unter "
     "„Privatsphäre“ formlos widersprechen.", "de", {"objection"}),
    ("Wenn Sie einen Antrag auf Löschung stellen oder eine erteilte Einwilligung widerrufen, entfernen wir Ihre "
     "Daten.", "de", {"deletion", "withdraw-consent"}),
    ("If you send a deletion request or withdraw your consent, we remove your data.", "en",
     {"deletion", "withdraw-consent"}),
    ("Les tuteurs légaux peuvent s'opposer à ce traitement en nous écrivant.", "fr", {"objection"}),
    ("Parents may object to this processing by writing to us.", "en", {"objection"}),
    ("Tu peux à tout moment retirer ton consentement.", "fr", {"withdraw-consent"}),
    ("Si desactivas la opción, retiras tu consentimiento.", "es", {"withdraw-consent"}),
])
def test_rights_said_in_passing(text, locale, want):
    assert set(rights(text, locale)) == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Delete anytime\n\nA single tap in Settings wipes your data.", "en", {"deletion"}),
    ("# Jederzeit löschen\n\nEin Klick in den Einstellungen entfernt alle deine Daten.", "de", {"deletion"}),
    ("- Kontrolle: Einsicht, Export und Löschung Ihrer Daten sind jederzeit möglich.", "de",
     {"access", "deletion", "portability"}),
    ("- Control: access, export and deletion of your data at any time.", "en",
     {"access", "deletion", "portability"}),
])
def test_rights_in_a_heading_or_named_as_nouns(text, locale, want):
    assert set(rights(text, locale)) == want


# ---------------------------------------------------------------- data

@pytest.mark.parametrize("text, locale, want", [
    ("Project Data\n\n- What we collect: Photos, videos and prompts you upload to the editor.\n"
     "- Purpose: To run the editor. We may use de-identified project data to train our AI models.",
     "en", {"ai-interactions", "photos-videos"}),
    ("Données de projet\n\n- Ce que nous collectons : les photos et vidéos que vous importez.\n"
     "- Finalité : faire fonctionner l'éditeur. Nous utilisons ces données de projet pour entraîner nos modèles d'IA.",
     "fr", {"photos-videos"}),
])
def test_a_category_described_field_by_field_trains_on_what_it_collects(text, locale, want):
    assert set(data(text, locale)) == want


@pytest.mark.parametrize("text, locale, want", [
    ("We use recordings and transcripts of your calls with our support line to train our AI models.", "en", {"other"}),
    ("Nous utilisons les enregistrements et transcriptions de vos appels au support pour entraîner nos modèles d'IA.",
     "fr", {"other"}),
    ("Wir verwenden Aufzeichnungen Ihrer Anrufe bei der Hotline, um unsere KI-Modelle zu trainieren.", "de", {"other"}),
    ("Utilizamos las grabaciones de tus llamadas al soporte para entrenar nuestros modelos de IA.", "es", {"other"}),
    ("Wir trainieren unsere KI-Modelle zur Betrugserkennung mit Ihren Kontoumsätzen.", "de", {"other"}),
    ("We train our AI models with your voice commands and sensor values.", "en", {"other"}),
    ("Wir trainieren unsere KI-Modelle mit Ihren Sprachbefehlen und Kamera-Standbildern.", "de",
     {"other", "photos-videos"}),
    ("Nous analysons le comportement des utilisateurs pour entraîner nos modèles d'IA.", "fr", {"metadata"}),
    ("We analyse aggregated user behaviour to train our AI models.", "en", {"metadata"}),
    ("Utilizamos los flujos de trabajo que creas para entrenar nuestros modelos de IA.", "es", {"other"}),
    ("You can opt in to let us use your post-processing notes to train our AI models.", "en", set()),
])
def test_data_named_in_the_training_sentence(text, locale, want):
    assert set(data(text, locale)) == want
