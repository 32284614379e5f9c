"""Round 13b of the stance rules: dates, retention and rights as whole real pages write them.
Short texts of our own in EN, FR, DE and ES (tests/test_stance.py holds the earlier rounds)."""

from __future__ import annotations

from datetime import date

from test_stance import ask, rights


# ---------------------------------------------------------------- effective

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


# ---------------------------------------------------------------- retention

def test_kept_as_long_as_necessary_in_other_words_is_a_retention():
    # Convention 7 (these were read as the storage-limitation principle, not stated, before it).
    for text, locale in (("# Retention\n\nWe hold your data for no longer than necessary for the purposes we collected it for.\n", "en"),
                         ("# Retention\n\nYour files are kept for as long as we consider necessary.\n", "en"),
                         ("# Retention\n\nWe retain your details only for as long as necessary to fulfil the purposes above, "
                          "unless a longer retention period is permitted by law.\n", "en"),
                         ("# Speicherdauer\n\nWir speichern Ihre Daten nicht länger als nötig.\n", "de"),
                         ("# Conservation\n\nNous conservons vos données aussi longtemps que nécessaire.\n", "fr"),
                         ("# Conservación\n\nConservamos tus datos el tiempo que sea necesario.\n", "es")):
        assert ask(text, locale)["retention"].value == "stated", text
    # Only the data needed, kept as a schedule elsewhere sets out: no how-long here.
    pointer = ask("We process only the personal data needed for these purposes and keep it as set out in our "
                  "retention schedule.\n")
    assert pointer["retention"].value == "not-stated"
    named = ask("# Retention\n\nWe keep your data as long as needed to provide the service to you.\n")
    assert named["retention"].value == "stated"


def test_a_label_of_legal_obligations_is_not_a_retention_criterion():
    got = ask("# Why we use data\n\n- Legal obligations: we retain and share records as necessary to comply with "
              "tax rules, audits or court orders.\n")
    assert got["retention"].value == "not-stated"


def test_not_keeping_what_a_partner_or_a_payment_processor_holds_is_not_a_retention():
    for text, locale in (("Our hosting partner does not keep logs of your visits.\n", "en"),
                         ("We never store your payment card details.\n", "en"),
                         ("Unser Zahlungsdienstleister verarbeitet Ihre Karte; wir speichern keine Ihrer Zahlungsdaten.\n", "de"),
                         ("Notre prestataire ne conserve pas vos fichiers.\n", "fr"),
                         ("No guardamos los datos de tu tarjeta.\n", "es")):
        assert ask(text, locale)["retention"].value == "not-stated", text
    assert ask("We do not store your voice recordings.\n")["retention"].value == "stated"


def test_data_deleted_with_the_account_or_within_a_time_is_stated():
    for text, locale in (("You may close your account whenever you like, and your nickname will be deleted.\n", "en"),
                         ("Sie können Ihr Konto jederzeit löschen. Dann löschen wir Ihre Fotos.\n", "de"),
                         ("Vous pouvez supprimer votre compte. Vos messages seront alors supprimés.\n", "fr"),
                         ("Puedes cerrar tu cuenta. Si la cierras, se borrarán tus fotos.\n", "es"),
                         ("Vos brouillons sont supprimés dans les 48 heures.\n", "fr"),
                         ("Tus borradores se eliminan dentro del plazo de 48 horas.\n", "es"),
                         ("We never read or keep your notes, and your notes are deleted after they are synced.\n", "en")):
        assert ask(text, locale)["retention"].value == "stated", text


# ---------------------------------------------------------------- rights

def test_the_data_kept_about_the_reader_said_accessible_is_access():
    assert rights("Most of the information we keep about our members is accessible by logging in.\n") == ("access",)
    assert rights("Die meisten Informationen, die wir über Sie speichern, sind in Ihrem Profil zugänglich.\n", "de") == ("access",)
    assert rights("Les informations que nous conservons sur vous sont accessibles depuis votre profil.\n", "fr") == ("access",)
    assert rights("Puede acceder a la información que guardamos sobre usted desde su perfil.\n", "es") == ("access",)


def test_rights_said_as_requests_conditions_and_kinds():
    assert rights("When you request us to disclose your data, we do so promptly.\n") == ("access",)
    assert rights("When you request us to suspend the use of your data, we will do so.\n") == ("restriction",)
    assert rights("If you want to access to, change or delete your details, write to us.\n") == ("access", "deletion")
    assert rights("You can use your objection rights as set out below.\n") == ("objection",)
    assert rights("Sie können Ihr Konto löschen. Wir nutzen Ihre Notizen, sofern Sie dem nicht widersprechen.\n",
                  "de") == ("deletion", "objection")
    assert rights("Puede eliminar su perfil cuando quiera.\n", "es") == ("deletion",)


def test_withdrawing_any_or_this_consent():
    assert rights("You may withdraw any consent you gave us at any time.\n") == ("withdraw-consent",)
    assert rights("Puedes retirar este consentimiento cuando quieras.\n", "es") == ("withdraw-consent",)
