"""Round 13b of the stance rules: dates, retention and rights as whole real pages write them.
Short texts of our own in EN, FR, DE and ES (tests/test_stance.py holds the earlier rounds)."""

from __future__ import annotations

from datetime import date

from tests.test_stance import ask


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
