"""Stance rules: the clauses of a sentence about training, and what each says (clause.py).

Sentences of our own in EN, FR, DE and ES; the eval sets measure the rules on real wording."""

from __future__ import annotations

import pytest

from watchers.meaning.stance import clause
from watchers.meaning.stance.words import Words


def words(language: str) -> Words:
    return Words(language, None)


@pytest.mark.parametrize("language, text, training", [
    ("en", "We do not rent your profile or use your recordings to train models.", "use your recordings to train models."),
    ("fr", "Nous ne vendons pas votre profil et n'utilisons pas vos enregistrements pour entraîner des modèles.",
     "n'utilisons pas vos enregistrements pour entraîner des modèles."),
    ("de", "Wir verkaufen Ihr Profil nicht und verwenden Ihre Aufnahmen nicht zum Training von Modellen.",
     "verwenden Ihre Aufnahmen nicht zum Training von Modellen."),
    ("es", "No vendemos su perfil ni usamos sus grabaciones para entrenar modelos.", "usamos sus grabaciones para entrenar modelos."),
])
def test_the_training_object_is_the_one_of_the_verb_that_says_the_training(language, text, training):
    assert clause.training_object(text, words(language)).strip() == training


@pytest.mark.parametrize("language, text", [
    ("en", "We do not use your photos, videos and voice notes to train models."),
    ("fr", "Nous n'utilisons pas vos photos, vidéos et notes vocales pour entraîner des modèles."),
])
def test_a_list_of_nouns_is_one_verb_phrase(language, text):
    assert clause.verb_phrases(text, words(language)) == [text]


@pytest.mark.parametrize("language, text", [
    ("en", "We train the ranking model only on synthetic records; your personal data is not used for this."),
    ("fr", "Nous entraînons ce modèle uniquement avec des données synthétiques ; vos données personnelles ne sont pas utilisées à cette fin."),
    ("de", "Wir trainieren das Modell nur mit synthetischen Datensätzen; Ihre personenbezogenen Daten werden hierfür nicht verwendet."),
    ("es", "Entrenamos el modelo solo con registros sintéticos; sus datos personales no se utilizan para ello."),
])
def test_a_clause_pointing_back_denies_the_training_on_members_data(language, text):
    assert clause.denied_by_pointer(text, words(language))


@pytest.mark.parametrize("text", [
    # The members' data is what trains: nothing is denied of it.
    "We use your search history to train the ranking model; your payment details are not used for this.",
    # A denial on a condition is a choice.
    "We use synthetic records to train the model; your diary is not used for this if you say no.",
    # No use said, only a word of training.
    "Your personal data is not sold; there is no setting to opt out of training.",
])
def test_no_denial_by_pointer_without_its_parts(text):
    assert not clause.denied_by_pointer(text, words("en"))


def test_each_clause_reads_its_own_negation_and_data():
    read = clause.clauses("We never sell your data, but we use your reviews to train our models.", words("en"))
    assert [(c.negated, c.trains, c.members) for c in read] == [(True, False, True), (False, True, True)]


@pytest.mark.parametrize("language, before, plain, expected", [
    ("en", "We record your calls to the hotline.", "These recordings help us improve the service.", True),
    ("en", "Our studio records narrators for the audiobooks.", "These recordings help us improve the service.", False),
    ("en", "We record your calls to the hotline.", "These settings can be changed.", False),
    ("de", "Wir zeichnen Ihre Anrufe auf.", "Diese Anrufe werden ausgewertet.", True),
    ("es", "Grabamos tus llamadas al servicio de atención.", "Estas llamadas se analizan.", True),
    ("fr", "Nous enregistrons vos appels.", "Ces appels sont analysés.", True),
])
def test_a_demonstrative_takes_up_the_members_data_the_platform_took_before(language, before, plain, expected):
    assert clause.same_thing_before(plain, before, words(language)) is expected
