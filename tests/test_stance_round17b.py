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


# ---------------------------------------------------------------- data

def data(text: str, locale: str = "en") -> list[str]:
    return ask(text + "\n", locale)["ai-training"].details["data"]


@pytest.mark.parametrize("text, locale, want", [
    # How a member uses, plays or travels is usage (metadata).
    ("We use the way you use the app and your gameplay data to train our machine learning models.", "en", ["metadata"]),
    ("We use your trip data and the telematics data of your car to train our AI models.", "en", ["metadata"]),
    ("Nous utilisons l'historique d'écoute et les données de conduite de nos membres pour entraîner nos modèles d'IA.", "fr",
     ["metadata"]),
    ("Wir nutzen deine Hörhistorie und deine Fahrtdaten, um unsere KI-Modelle zu trainieren.", "de", ["metadata"]),
    ("Utilizamos tus datos de consumo y uso y tu historial de escucha para entrenar nuestros modelos de IA.", "es",
     ["metadata"]),
])
def test_usage_play_and_travel_are_metadata(text, locale, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("text, locale", [
    ("We use your answers to the personality quiz and your food diary entries to train our AI models.", "en"),
    ("Nous utilisons vos réponses au questionnaire d'aptitude et vos playlists pour entraîner nos modèles d'IA.", "fr"),
    ("Wir nutzen deine Antworten im Eignungstest und deine Lernkarten, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos tus respuestas al cuestionario de estilo y los partes de siniestro para entrenar nuestros modelos de IA.", "es"),
])
def test_answers_to_a_quiz_and_records_kept_for_the_service_are_other(text, locale):
    assert data(text, locale) == ["other"]


def test_answers_published_on_a_forum_stay_public_posts():
    assert data("We use the answers you publish in the community to train our AI models.") == ["public-posts"]


@pytest.mark.parametrize("text, locale", [
    ("We use your prompts and the generated images to train our image models.", "en"),
    ("Nous utilisons vos requêtes et les images générées pour entraîner nos modèles d'IA.", "fr"),
    ("Wir verwenden Ihre Prompts und die generierten Bilder, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos tus prompts y las imágenes generadas para entrenar nuestros modelos de IA.", "es"),
])
def test_images_the_ai_generates_are_interactions_not_photos(text, locale):
    assert data(text, locale) == ["ai-interactions"]


def test_a_reference_photo_uploaded_beside_the_prompts_is_still_a_photo():
    assert data("Prompts, generated images and the reference photos you upload may be used to train our models.") \
        == ["ai-interactions", "photos-videos"]


@pytest.mark.parametrize("text, locale", [
    ("We use in-game chat logs to train the machine learning models that detect abuse.", "en"),
    ("Nous utilisons les SMS de nos clients pour entraîner nos modèles d'IA.", "fr"),
    ("Wir nutzen den Spiel-Chat, um unsere KI-Modelle gegen Beleidigungen zu trainieren.", "de"),
    ("Utilizamos los SMS de nuestros clientes para entrenar nuestros modelos de IA.", "es"),
])
def test_chat_between_players_and_text_messages_are_messages(text, locale):
    assert data(text, locale) == ["messages"]


@pytest.mark.parametrize("text, locale", [
    ("Wir verwenden die Fragen, die Sie unserem KI-Reiseassistenten stellen, um das Modell zu trainieren.", "de"),
    ("Wir verwenden Ihre Gespräche mit dem Fitness-Coach, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos tus interacciones con el servicio de chat con IA para entrenar nuestros modelos de IA.", "es"),
    ("We use users' feedback on AI answers to train our models.", "en"),
])
def test_questions_and_talks_with_an_assistant_are_interactions(text, locale):
    assert data(text, locale) == ["ai-interactions"]


def test_public_audio_is_not_a_record_of_the_service():
    text = "We use public content you share, like posts or audio, to train our generative AI models."
    assert "other" not in data(text)


@pytest.mark.parametrize("text, locale", [
    ("We use recordings of your tutoring sessions to train our AI models.", "en"),
    ("Nous utilisons les enregistrements de vos cours pour entraîner nos modèles d'IA.", "fr"),
    ("Wir verwenden die Vorgänge, die Sie in der App anlegen, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos tu historial de movimientos y pagos para entrenar nuestros modelos de IA.", "es"),
])
def test_lesson_recordings_and_what_a_member_files_are_other(text, locale):
    assert data(text, locale) == ["other"]


@pytest.mark.parametrize("text, locale", [
    ("We use match telemetry to train our anti-cheat models.", "en"),
    ("Nous utilisons les journaux de parties pour entraîner nos modèles d'IA anti-triche.", "fr"),
    ("Wir verwenden Spielprotokolle, um unsere KI-Modelle gegen Betrug zu trainieren.", "de"),
    ("Utilizamos los datos de partidas para entrenar nuestros modelos de IA contra las trampas.", "es"),
])
def test_game_logs_are_metadata(text, locale):
    assert data(text, locale) == ["metadata"]
