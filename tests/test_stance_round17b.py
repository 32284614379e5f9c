"""Round 17b of the stance rules: retention periods taken from a document ("follow from our deletion
concept") are a pointer, not a period; the keeping tied to a contract or a workspace, and limitation
periods with their adjective, are periods; a child found and deleted is not a retention. Which data
trains the models (`data`). Short texts of our own in EN, FR, DE and ES."""

from __future__ import annotations

import pytest

from test_stance import ask, retention


# ---------------------------------------------------------------- retention

@pytest.mark.parametrize("text, locale", [
    ("# Retention\n\nOur retention periods follow from our internal deletion concept, which we share on request.", "en"),
    ("# Durée de conservation\n\nLes durées de conservation découlent de notre politique d'effacement interne.", "fr"),
    ("# Speicherdauer\n\nDie Löschfristen richten sich nach unserem Verarbeitungsverzeichnis.", "de"),
    ("# Conservación\n\nLos plazos de conservación constan en nuestra política interna de supresión.", "es"),
])
def test_periods_taken_from_a_document_are_a_pointer(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# Retention\n\nWe keep project files while your team space is active.", "en"),
    ("# Retention\n\nWe retain billing records for the duration of our contractual relationship.", "en"),
    ("# Conservation\n\nNous conservons vos relevés pendant les délais légaux de prescription.", "fr"),
    ("# Speicherdauer\n\nWir speichern Ihre Buchungen für die Dauer der Geschäftsbeziehung.", "de"),
    ("# Conservación\n\nConservamos tus pedidos durante la relación comercial y los plazos legales de prescripción.", "es"),
])
def test_a_contract_or_workspace_term_and_limitation_periods_are_stated(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Children\n\nIf we learn that a child under 13 has created an account, we will delete your child's account.", "en"),
    ("# Mineurs\n\nSi nous découvrons qu'un enfant de moins de 15 ans s'est inscrit, nous supprimerons votre compte.", "fr"),
    ("# Kinder\n\nWenn wir feststellen, dass ein Kind unter 16 Jahren ein Konto angelegt hat, wird dein Konto gelöscht.", "de"),
    ("# Menores\n\nSi descubrimos que un menor de 14 años se ha registrado, eliminaremos tu cuenta.", "es"),
])
def test_a_child_found_and_deleted_is_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


def test_a_retention_period_beside_the_childrens_clause_still_counts():
    text = ("# Children\n\nIf we learn that a child under 13 has signed up, we delete the account.\n\n"
            "# Retention\n\nWe keep your orders for 6 years.")
    assert retention(text) == "stated"
