"""Stance rules: which data trains AI (data.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

import pytest

from test_stance import TODAY, ask, data
from watchers.meaning.stance import Document, answer


@pytest.mark.parametrize("locale, text, data", [
    ("en", "If you turn it on, we use short clips from the exterior cameras to train our machine learning models.", ["photos-videos"]),
    ("fr", "Si vous l'activez, nous utilisons de courts extraits des caméras extérieures pour entraîner nos modèles d'apprentissage automatique.", ["photos-videos"]),
    ("es", "Si lo activas, utilizamos breves fragmentos de las cámaras exteriores para entrenar nuestros modelos de aprendizaje automático.", ["photos-videos"]),
])
def test_camera_footage_is_photos_and_videos(locale, text, data):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["data"]) == ("yes", data)


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
    # "post-processing" is no post: notes a member makes, of no category the lexicon reads, are `other`.
    ("You can opt in to let us use your post-processing notes to train our AI models.", "en", {"other"}),
])
def test_data_named_in_the_training_sentence(text, locale, want):
    assert set(data(text, locale)) == want


# ---------------------------------------------------------------- round 19b

@pytest.mark.parametrize("text, locale, want", [
    # What a member tells the AI tools, and how they react to what it generates.
    ("We use the sketches you upload to our AI editor, and the instructions you give it, to train our models.", "en",
     {"ai-interactions"}),
    ("Nous utilisons les instructions que vous lui donnez pour entraîner nos modèles d'IA.", "fr", {"ai-interactions"}),
    ("Utilizamos las instrucciones que le das para entrenar nuestros modelos de IA.", "es", {"ai-interactions"}),
    ("Prompt content, ratings and other interactions with generated code may be used to train our AI models.", "en",
     {"ai-interactions"}),
    ("We use your voice commands to the navigation assistant to train our speech models.", "en", {"ai-interactions"}),
    ("Wir verwenden Ihre Sprachbefehle an den Bordassistenten, um unsere KI-Modelle zu trainieren.", "de",
     {"ai-interactions"}),
    # A member's voice, teaching material, service requests, a candidate's record.
    ("We use recordings of your pronunciation exercises to train our scoring models.", "en", {"other"}),
    ("Nous utilisons les enregistrements de votre voix pour entraîner nos modèles d'IA.", "fr", {"other"}),
    ("Wir verwenden Aufnahmen Ihrer Stimme, um unsere KI-Modelle zu trainieren.", "de", {"other"}),
    ("Wir verwenden die hochgeladenen Lehrmaterialien, um unsere KI-Modelle zu trainieren.", "de", {"other"}),
    ("Utilizamos los materiales didácticos que subes para entrenar nuestros modelos de IA.", "es", {"other"}),
    ("We use the descriptions of your quote requests to train the models that match you with tradespeople.", "en",
     {"other"}),
    ("Nous utilisons vos demandes de devis pour entraîner nos modèles d'IA.", "fr", {"other"}),
    ("We use applicants' resumes and assessment answers to train our matching models.", "en", {"other"}),
    ("We use your answers to screening questions to train our matching models.", "en", {"other"}),
    ("We use your communication logs to train our AI models.", "en", {"messages"}),
    # Usage patterns; exchanges with other members are messages; messages posted on forums are posts.
    ("Usamos tus patrones de uso para entrenar nuestros modelos de IA.", "es", {"metadata"}),
    ("Wir verwenden Ihre Nutzungsmuster, um unsere KI-Modelle zu trainieren.", "de", {"metadata"}),
    ("Nous utilisons vos échanges avec les autres membres pour entraîner nos modèles d'IA.", "fr", {"messages"}),
    ("Usamos tus conversaciones con otros usuarios para entrenar nuestros modelos de IA.", "es", {"messages"}),
    ("We use the messages you post on our forums to train our AI models.", "en", {"public-posts"}),
    ("Nous utilisons les messages que vous publiez sur nos forums pour entraîner nos modèles d'IA.", "fr",
     {"public-posts"}),
])
def test_round_19b_data_named_in_the_training_sentence(text, locale, want):
    assert set(data(text, locale)) == want


def test_french_summaries_are_not_resumes():
    assert set(data("Nous utilisons les avis que vous publiez pour entraîner les modèles qui rédigent les résumés "
                    "d'avis.", "fr")) == {"public-posts"}


def test_an_api_the_page_title_names_is_the_pages_own_members():
    page = ("# Quokka API Data Commitments\n\nQuokka does not train its models on Quokka API Customer Content or "
            "Customer Data.\n")
    assert ask(page, kind="ai-notice")["ai-training"].value == "no"


@pytest.mark.parametrize("page", [
    # Another product's API, or plans of the product, stay other accounts.
    "# Privacy at Quokka\n\nWe do not train our models on content submitted through the Quokka API.\n",
    "# Quokka Enterprise Privacy\n\nWe do not train our models on Quokka Enterprise customer data.\n",
])
def test_an_api_or_plan_not_named_as_the_pages_product_stays_other_accounts(page):
    assert ask(page, kind="ai-notice")["ai-training"].value != "no"


# ---------------------------------------------------------------- round 21b

@pytest.mark.parametrize("text, locale, expected", [
    ("We use your listings and profile details to train the ranking model that suggests replies to messages.", "en", ["profile", "public-posts"]),
    ("Nous utilisons vos annonces et votre profil pour entraîner nos modèles d'IA qui aident à rédiger des messages.", "fr", ["profile", "public-posts"]),
    ("Wir nutzen Ihre Anzeigen und Ihr Profil, um ein Modell zu trainieren, das Antworten auf Nachrichten vorschlägt.", "de", ["profile", "public-posts"]),
    ("Usamos tus anuncios y tu perfil para entrenar los modelos de IA que sugieren respuestas a los mensajes.", "es", ["profile", "public-posts"]),
])
def test_what_the_trained_model_does_is_not_its_data(text, locale, expected):
    assert data(text, locale) == expected


def test_a_clause_saying_what_the_model_learns_from_is_kept():
    assert data("We improve our AI models, which are trained on your public posts and photos.") == ["photos-videos", "public-posts"]


@pytest.mark.parametrize("text, locale", [
    ("We use the messages you send and receive through the chatbot to train our AI models.", "en"),
    ("Nous utilisons les messages échangés via le chatbot pour entraîner nos modèles d'IA.", "fr"),
    ("Wir verwenden die Nachrichten, die Sie über den Chatbot senden, um unsere KI-Modelle zu trainieren.", "de"),
    ("Usamos los mensajes enviados a través del chatbot para entrenar nuestros modelos de IA.", "es"),
])
def test_messages_sent_through_a_chatbot_are_ai_interactions(text, locale):
    assert data(text, locale) == ["ai-interactions"]


@pytest.mark.parametrize("text, locale", [
    ("We use the texts you type into Quilla AI and your ratings of its answers to train our models.", "en"),
    ("Nous utilisons les textes que vous tapez dans Quilla AI et vos évaluations des réponses pour entraîner nos modèles.", "fr"),
    ("Wir verwenden Ihre Bewertungen der Antworten, um unsere KI-Modelle zu trainieren.", "de"),
    ("Usamos los textos que escribes en Quilla AI y tus valoraciones de las respuestas para entrenar nuestros modelos.", "es"),
])
def test_text_typed_into_an_ai_and_ratings_of_its_answers_are_ai_interactions(text, locale):
    assert data(text, locale) == ["ai-interactions"]


@pytest.mark.parametrize("text, locale, expected", [
    ("We use the stories you write and your prompts to train our storytelling models.", "en", ["ai-interactions", "other"]),
    ("Nous utilisons les histoires que vous écrivez pour entraîner nos modèles de narration.", "fr", ["other"]),
    ("Wir verwenden die Geschichten, die Sie schreiben, um unsere Erzählmodelle zu trainieren.", "de", ["other"]),
    ("Usamos las historias que escribes y las indicaciones que introduces para entrenar nuestros modelos de IA.", "es", ["ai-interactions", "other"]),
])
def test_stories_and_prompts_a_member_writes(text, locale, expected):
    assert data(text, locale) == expected


@pytest.mark.parametrize("text, locale, expected", [
    ("We train the speech models that power our editor, using audio and video from your projects.", "en", ["other", "photos-videos"]),
    ("We use models to detect fraud, and these models are trained on your transaction data.", "en", ["other"]),
    ("Entraînement de nos modèles qui estiment la durée du trajet, à partir de vos données de géolocalisation.", "fr", ["metadata"]),
])
def test_the_data_after_the_models_purpose_is_still_read(text, locale, expected):
    assert data(text, locale) == expected


@pytest.mark.parametrize("text, locale", [
    ("With your permission, we use de-identified clinical data from your consultations to train our AI models.", "en"),
    ("Avec votre accord, nous utilisons des données cliniques anonymisées pour entraîner nos modèles d’IA.", "fr"),
    ("Mit Ihrer Zustimmung nutzen wir pseudonymisierte klinische Daten, um unsere KI-Modelle zu trainieren.", "de"),
    ("Con tu permiso, utilizamos datos clínicos anonimizados para entrenar nuestros modelos de IA.", "es"),
])
def test_clinical_data_is_other_data(text, locale):
    assert "other" in data(text, locale)


@pytest.mark.parametrize("text, locale", [
    ("If you leave “Improve the model” on, your conversations are used to train our language models.", "en"),
    ("Si vous l'acceptez, vos discussions sont utilisées pour entraîner nos modèles d'IA.", "fr"),
    ("Wenn Sie zustimmen, verwenden wir Ihre Unterhaltungen, um unsere Sprachmodelle zu trainieren.", "de"),
    ("Usamos el contenido de tus conversaciones con Nubia para entrenar nuestros modelos de lenguaje.", "es"),
])
def test_conversations_named_alone_are_talks_with_the_service(text, locale):
    assert data(text, locale) == ["ai-interactions"]


@pytest.mark.parametrize("text, locale, want", [
    # Talks with other members, or named private, stay messages.
    ("We use your private chats and your conversations with other members to train our spam models.", "en", ["messages"]),
    # Beside the platform's staff, a chat is correspondence with its people.
    ("Utilizamos las grabaciones de tus llamadas a atención al cliente y las transcripciones de tus chats para entrenar "
     "nuestros modelos de IA.", "es", ["other"]),
])
def test_conversations_with_people_are_not_talks_with_an_ai(text, locale, want):
    assert data(text, locale) == want


def test_a_denial_of_conversations_keeps_its_whole_scope():
    # "Your conversations" named alone in a denial is one kind of the members' data (call 3): the denial is partial.
    got = ask("# Privacy\n\nWe do not store your chats, and your conversations are never used to train AI models.\n")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale, want", [
    ("# How we use data\n\nThe conversations you have with the assistant are analysed to:\n\n- Answer your questions\n"
     "- Train and improve our AI models\n", "en", ["ai-interactions"]),
    ("# Uso de los datos\n\nTu historial de compras se utiliza para los siguientes fines:\n\n- Gestionar tus pedidos\n"
     "- Entrenar y mejorar nuestros modelos de IA\n", "es", ["other"]),
])
def test_a_listed_purpose_uses_the_data_its_lead_names(text, locale, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Uses\n\nWe use personal information for these purposes:\n\n- To train and improve the machine learning models behind "
     "our features. We may use your device information and your prompts for this purpose.\n", "en",
     ["ai-interactions", "metadata"]),
    ("# Finalités\n\nNous utilisons vos données pour :\n\n- Entraîner nos modèles d'IA. Nous utilisons à cette fin vos "
     "données d'utilisation.\n", "fr", ["metadata"]),
])
def test_the_sentence_pointing_back_to_a_training_names_its_data(text, locale, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Data we collect\n\n- Usage Data: the pages you view and the features you use.\n"
     "- Creator Content: the videos and photos you upload.\n\n# Training\n\nWe use Creator Content to train our AI models.\n",
     "en", ["photos-videos"]),
    ("# Données\n\nLes questions que vous posez à notre assistant et les fichiers que vous lui envoyez (les « Données d'Entrée ») "
     "sont conservés 30 jours.\n\n"
     "Nous utilisons les Données d'Entrée pour entraîner nos modèles d'IA.\n", "fr", ["ai-interactions"]),
    ("# Daten\n\nNutzungsdaten: die Seiten, die Sie aufrufen, und die Funktionen, die Sie nutzen.\n\n"
     "Wir verwenden Nutzungsdaten, um unsere KI-Modelle zu trainieren.\n", "de", ["metadata"]),
    ("# Datos\n\nContenido del Usuario: las fotos que subes a tu galería.\n\n"
     "Utilizamos el Contenido del Usuario para entrenar nuestros modelos de IA.\n", "es", ["photos-videos"]),
])
def test_a_name_the_page_defines_trains_on_what_it_defines(text, locale, want):
    assert data(text, locale) == want


def test_a_section_name_is_no_kind_of_data():
    text = ("# Privacy\n\nInformation You Provide: your messages, photos and purchases.\n\n"
            "We use the Information You Provide to understand how people use the app and to train our models.\n")
    assert data(text) == ["metadata"]


@pytest.mark.parametrize("text, locale", [
    ("Unless an admin opts out, we use your workspace data to train the models behind smart search.", "en"),
    ("Nous utilisons les données clients de votre compte pour entraîner nos modèles de détection des doublons.", "fr"),
    ("Wir verwenden Kundendaten aus Ihrem Konto, um unsere KI-Modelle zur Ticket-Zuordnung zu trainieren.", "de"),
    ("Utilizamos los datos del espacio de trabajo para entrenar nuestros modelos de IA de búsqueda.", "es"),
])
def test_what_a_business_stores_in_the_service_is_other(text, locale):
    assert data(text, locale) == ["other"]


def test_a_denial_of_customer_data_stays_whole():
    got = ask("# AI\n\nWe do not use customer data to train our AI models, and our AI partners may not either.\n")
    assert got["ai-training"].value == "no"


@pytest.mark.parametrize("text, locale, want", [
    ("We use the papers you upload to your public profile to train the models behind our summaries.", "en", ["other"]),
    ("Nous utilisons les requêtes et les clics de nos membres pour entraîner nos modèles de classement.", "fr", ["metadata"]),
    ("Wir verwenden Ihre Klicks und die Manuskripte, die Sie hochladen, um unsere KI-Modelle zu trainieren.", "de",
     ["metadata", "other"]),
    ("Utilizamos los ensayos que subes y tus clics para entrenar nuestros modelos de IA.", "es", ["metadata", "other"]),
])
def test_clicks_are_usage_papers_are_other_and_a_profile_one_uploads_to_is_a_place(text, locale, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("text, locale", [
    ("We use de-identified claims data and contract data to train the models that price our policies.", "en"),
    ("Nous utilisons les enregistrements des réunions pour entraîner nos modèles de transcription.", "fr"),
    ("Wir nutzen pseudonymisierte Vertrags- und Schadendaten, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos las grabaciones de las salas públicas para entrenar nuestros modelos de subtitulado.", "es"),
])
def test_insurance_files_and_recordings_of_rooms_are_other(text, locale):
    assert data(text, locale) == ["other"]


def test_the_french_how_is_no_comment():
    # « comment » (how) on a French page is no comment, though the page borrows English words.
    text = ("Nous utilisons vos conversations pour entraîner nos modèles. Découvrez comment refuser que nous utilisions "
            "vos conversations pour entraîner nos modèles.")
    assert data(text, "fr") == ["ai-interactions"]


@pytest.mark.parametrize("text, locale, want", [
    ("We use the photos published on the community wall to train our image recognition models.", "en", ["photos-videos"]),
    ("Nous utilisons les photos publiées dans la galerie pour entraîner nos modèles de reconnaissance d'images.", "fr",
     ["photos-videos"]),
    ("Nous utilisons les textes et images publiés sur vos pages pour entraîner nos modèles d'IA.", "fr",
     ["photos-videos", "public-posts"]),
])
def test_photos_alone_published_are_photos_not_posts(text, locale, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("text, locale, want", [
    ("We use your search and order history to train the models behind our recommendations.", "en", ["metadata"]),
    ("Utilizamos tu historial de búsquedas y reservas para entrenar nuestros modelos de recomendación.", "es", ["metadata"]),
    # Searches and bookings named apart are each their own kind.
    ("We use your searches and your bookings to train our recommendation models.", "en", ["metadata", "other"]),
])
def test_one_history_with_the_searches_is_a_record_of_use(text, locale, want):
    assert data(text, locale) == want


def test_the_replies_the_named_ai_generates_and_how_one_accesses_the_app():
    text = ("With your permission, we may use the questions you type, the answers Kivo generates and how you access "
            "and use the app to train our AI models.")
    assert data(text) == ["ai-interactions", "metadata"]


@pytest.mark.parametrize("text, locale, want", [
    ("# Terms\n\n## Your Content\n\nYou may upload photos and voice recordings to your boards.\n\n"
     "You grant us a licence to use your content to train and improve our AI models.\n", "en",
     ["other", "photos-videos"]),
    ("# Conditions\n\n## Vos contenus\n\nVous pouvez saisir des prompts et importer des images dans l'éditeur.\n\n"
     "Vous nous autorisez à utiliser vos contenus pour entraîner nos modèles d'IA.\n", "fr",
     ["ai-interactions", "photos-videos"]),
    ("# Nutzungsbedingungen\n\n## Ihre Inhalte\n\nSie können Fotos und Videos in Ihre Alben hochladen.\n\n"
     "Wir dürfen Ihre Inhalte verwenden, um unsere KI-Modelle zu trainieren.\n", "de", ["photos-videos"]),
])
def test_content_named_in_general_is_what_the_pages_content_section_names(text, locale, want):
    assert data(text, locale) == want


def test_content_one_posts_is_shared_so_its_kind_is_the_media():
    text = ("# Terms\n\n## User Content\n\nYou can post videos and photos that other members see.\n\n"
            "We may use your content to improve and train our machine learning models.\n")
    assert data(text) == ["photos-videos"]


@pytest.mark.parametrize("text, locale", [
    ("# Política\n\n## Datos que recopilamos\n\n- Las conversaciones que mantienes con nuestro asistente IA\n"
     "- Tu correo electrónico\n\n## Uso\n\nPodemos usar tu contenido para entrenar nuestros modelos de IA.\n", "es"),
    ("# Privacy\n\n## Information we collect\n\n- Prompts you type into the assistant and its answers\n\n"
     "## How we use it\n\nWe may use your content to train our AI models.\n", "en"),
])
def test_content_on_a_service_where_members_talk_to_an_ai_is_those_talks(text, locale):
    assert data(text, locale) == ["ai-interactions"]


def test_a_page_on_what_is_done_with_data_is_no_collection_section():
    # "How we use the information we collect" lists uses, not kinds: nothing is read from it.
    text = ("# Privacy\n\n## How we use the information we collect\n\n- To answer prompts you send to the assistant\n\n"
            "We may use your content to train our AI models.\n")
    assert data(text) == []


@pytest.mark.parametrize("text, locale, want", [
    ("Your interactions may be used, in aggregated form, to improve our AI models.", "en", ["ai-interactions"]),
    ("Vos interactions peuvent être utilisées, de façon anonymisée, pour améliorer nos modèles d'IA.", "fr",
     ["ai-interactions"]),
    ("Ihre Interaktionen können pseudonymisiert genutzt werden, um unsere KI-Modelle zu verbessern.", "de",
     ["ai-interactions"]),
    ("Tus interacciones pueden usarse de forma agregada para mejorar nuestros modelos de IA.", "es", ["ai-interactions"]),
])
def test_interactions_named_alone_are_talks_with_the_service(text, locale, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("text, locale, want", [
    ("Nous utilisons les échanges des clients avec notre assistant virtuel pour entraîner nos modèles d'IA.", "fr",
     ["ai-interactions"]),
    ("Nous utilisons les discussions de votre équipe avec nos agents IA pour affiner nos modèles.", "fr",
     ["ai-interactions"]),
    ("Nous utilisons l'historique de réservation de nos voyageurs pour entraîner nos modèles d'IA.", "fr", ["other"]),
    ("Nous utilisons les données vocales et de conversation de nos membres pour entraîner nos modèles d'IA.", "fr",
     ["ai-interactions", "other"]),
    ("Wir verwenden Ihre Chat-Verläufe, um unsere KI-Modelle zu trainieren.", "de", ["ai-interactions"]),
    ("Die Fragen, die du an unseren Mathetutor stellst, nutzen wir, um unsere KI-Modelle zu trainieren.", "de",
     ["ai-interactions"]),
    ("Wir nutzen Aufzeichnungen von Telefonaten mit unserer Hotline, um unsere Sprachmodelle zu trainieren.", "de",
     ["other"]),
    ("Usamos tus registros de gastos para entrenar nuestros modelos de categorización.", "es", ["other"]),
    ("Utilizamos su voz, de forma anónima, para entrenar nuestra IA.", "es", ["other"]),
])
def test_talks_with_virtual_assistants_records_and_voice(text, locale, want):
    assert data(text, locale) == want


def test_the_outputs_an_account_generates_are_talks_with_the_ai():
    text = "We may use the outputs that members generate to train and improve our AI models."
    assert data(text) == ["ai-interactions"]


@pytest.mark.parametrize("locale, header, row", [
    ("en", "Data category", "Your public posts and profile information | Training generative AI models"),
    ("fr", "Catégorie de données", "Vos publications publiques et les informations de votre profil | Entraînement de modèles d'IA générative"),
    ("de", "Datenkategorie", "Ihre öffentlichen Beiträge und Ihre Profilinformationen | Training generativer KI-Modelle"),
    ("es", "Categoría de datos", "Tus publicaciones públicas y la información de tu perfil | Entrenamiento de modelos de IA generativa"),
])
def test_a_table_column_named_in_the_singular_holds_the_data_of_its_row(locale, header, row):
    got = ask(f"# Uses\n\n| {header} | Purpose |\n|---|---|\n| {row} |\n", locale)
    assert (got["ai-training"].value, got["ai-training"].details["data"]) == ("yes", ["profile", "public-posts"])



@pytest.mark.parametrize("locale, collected, training, want", [
    ("en", "# Information we collect\n\n- Your profile: name, username and profile photo\n- Usage data and your IP address",
     # The profile photo is a field of the profile (`test_a_profile_photo_is_a_field_of_the_profile`).
     "# How we use it\n\nWe may use your information to train and improve our AI models.", ["metadata", "profile"]),
    ("fr", "# Données que nous collectons\n\n- Votre profil et votre pseudonyme\n- Votre adresse IP et le type de navigateur",
     "# Finalités\n\nNous utilisons vos données pour entraîner nos modèles d'intelligence artificielle.", ["metadata", "profile"]),
    ("de", "# Welche Daten wir erheben\n\n- Ihr Profil und Ihr Nutzername\n- Ihre IP-Adresse und besuchte Seiten",
     "# Zwecke\n\nWir verwenden Ihre Daten, um unsere KI-Modelle zu trainieren.", ["metadata", "profile"]),
    ("es", "# Datos que recopilamos\n\n- Tu perfil y tu nombre de usuario\n- Tu dirección IP y las cookies",
     "# Finalidades\n\nUtilizamos tus datos para entrenar nuestros modelos de inteligencia artificial.", ["metadata", "profile"]),
])
def test_members_data_named_in_general_is_what_the_page_collects(locale, collected, training, want):
    # Call 11: "your data" alone trains on the kinds the collection section names.
    got = ask(f"{collected}\n\n{training}\n", locale)
    assert (got["ai-training"].value, got["ai-training"].details["data"]) == ("yes", want)


def test_a_purpose_naming_no_data_is_read_from_the_collection_section():
    text = ("# Data Collection\n\n- Account details and your public profile\n- Device type and log files\n\n"
            "# Purposes\n\n- Provide the service\n- Train and improve our AI models\n")
    assert data(text) == ["metadata", "profile"]


def test_a_kind_the_categories_do_not_know_is_not_members_data_in_general():
    # "Your lineups and bids" names something of the member's: not every collected kind, but a kind of its own.
    text = ("# Information we collect\n\n- Your profile and username\n- Usage data\n\n"
            "# Uses\n\nWe use your lineups and your bids to train the models that predict scores.\n")
    assert data(text) == ["other"]


def test_a_precise_notice_is_not_ballooned_by_a_general_policy():
    policy = Document("example-policy", "privacy-policy", "en", 4,
                      "# Information we collect\n\n- Your profile and username\n- Photos you upload\n- Usage data\n\n"
                      "# How we use information\n\nWe use your information to improve our AI features.\n",
                      "2025-10-01T06:00:00Z")
    notice = Document("example-ai", "ai-notice", "en", 2,
                      "# AI at Example\n\nWe use your public posts and comments to train our generative AI models.\n",
                      "2025-10-01T06:00:00Z")
    got = answer([policy, notice], TODAY)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", ["public-posts"])


def test_two_general_documents_add_their_collected_kinds():
    first = Document("example-policy", "privacy-policy", "en", 4,
                     "# Information we collect\n\n- Your profile and username\n\n"
                     "# Uses\n\nWe use your information to train our AI models.\n", "2025-10-01T06:00:00Z")
    second = Document("example-terms", "terms", "en", 1,
                      "# Data collection\n\n- Usage data\n\n# Licence\n\nWe may use personal data to train our AI models.\n",
                      "2025-10-01T06:00:00Z")
    got = answer([first, second], TODAY)["ai-training"]
    assert got.details["data"] == ["metadata", "profile"]


@pytest.mark.parametrize("locale, text, want", [
    ("en", "Usage data: the photos you upload and the prompts you write, to improve our AI models.", ["ai-interactions", "photos-videos"]),
    ("fr", "Données techniques : les vidéos que vous importez, afin d'entraîner nos modèles d'IA.", ["photos-videos"]),
    ("es", "Datos de uso: tus registros de gastos, que utilizamos para entrenar nuestros modelos de IA.", ["other"]),
])
def test_a_named_kind_is_what_its_details_name(locale, text, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("locale, text, want", [
    ("en", "We use your wellness data and your code to train our AI models.", ["other"]),
    ("fr", "Nous utilisons vos données de bien-être et le code généré pour entraîner nos modèles d'IA.", ["other"]),
    ("de", "Wir verwenden deine Stimmungseinträge und deine digitalen Assets, um unsere KI-Modelle zu trainieren.", ["other"]),
    ("es", "Utilizamos tus datos de bienestar y el código generado para entrenar nuestros modelos de IA.", ["other"]),
])
def test_wellness_data_code_and_assets_are_other(locale, text, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your chats with our AI characters to train our models."),
    ("fr", "Nous utilisons vos échanges avec nos agents IA pour entraîner nos modèles."),
    ("de", "Wir nutzen deine Gespräche mit unseren KI-Begleitern, um unsere Modelle zu trainieren."),
    ("es", "Usamos tus mensajes a nuestras IA para entrenar nuestros modelos."),
])
def test_talks_with_ais_in_the_plural_are_interactions(locale, text):
    assert data(text, locale) == ["ai-interactions"]


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nous utilisons vos conversations et vos commentaires pour améliorer nos modèles d'apprentissage automatique."),
    ("es", "Usamos tus conversaciones y tus comentarios para entrenar nuestros modelos de IA."),
])
def test_comments_given_with_conversations_are_feedback(locale, text):
    assert data(text, locale) == ["ai-interactions"]


def test_what_the_page_does_not_collect_is_not_collected():
    text = ("# Information we collect\n\nWe collect:\n\n- Your profile and username\n\nWe do not collect:\n\n"
            "- Precise location data\n- Browsing history\n\n# Uses\n\nWe use your information to train our AI models.\n")
    assert data(text) == ["profile"]


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your thermostat readings, pseudonymised, to train our forecasting models."),
    ("fr", "Nous utilisons vos grilles de mots croisés remplies pour entraîner notre modèle de suggestions."),
    ("de", "Wir nutzen Ihre Zählerstände in pseudonymisierter Form, um unsere Prognosemodelle zu trainieren."),
    ("es", "Utilizamos tus apuestas y tus alineaciones para entrenar los modelos que predicen los resultados."),
])
def test_members_data_of_a_kind_no_category_reads_is_other(locale, text):
    assert data(text, locale) == ["other"]


def test_an_unread_kind_does_not_add_to_what_another_document_names():
    policy = Document("example-policy", "privacy-policy", "en", 4,
                      "# Uses\n\nWe use your thermostat schedules to train our models.\n", "2025-10-01T06:00:00Z")
    notice = Document("example-ai", "ai-notice", "en", 2,
                      "# AI\n\nWe use your conversations with our assistant to train our models.\n", "2025-10-01T06:00:00Z")
    assert answer([policy, notice], TODAY)["ai-training"].details["data"] == ["ai-interactions"]


def test_content_named_alone_is_not_an_unread_kind():
    assert data("We may license content to partners who use it to train their AI models.") == []


def test_a_voice_profile_is_voice_not_the_members_profile():
    assert data("We use the voice recordings and voice profiles you create to train our speech models.") == ["other"]


@pytest.mark.parametrize("locale, text", [
    ("en", "# Information we collect\n\n- The make and model of your boat\n- Your mooring bookings\n\n"
           "# Uses\n\nWe may use your information, anonymised, to improve our AI models."),
    ("fr", "# Données que nous collectons\n\n- Le numéro de série de votre chaudière\n- Vos relevés de consommation\n\n"
           "# Finalités\n\nNous utilisons vos données, agrégées, pour entraîner nos modèles d'intelligence artificielle."),
    ("de", "# Welche Daten wir erheben\n\n- Die Rasse und das Alter Ihres Hundes\n\n"
           "# Zwecke\n\nWir verwenden Ihre Daten in anonymisierter Form, um unsere KI-Modelle zu verbessern."),
    ("es", "# Información general\n\nPodemos usar datos anonimizados y agregados para entrenar nuestros modelos de IA."),
])
def test_members_data_in_general_on_a_page_naming_no_category_is_other(locale, text):
    # Call 11: members' data named only as a whole is what the page collects; a collection section naming
    # only kinds no category reads (boats, boilers, dogs), or none at all, collects members' data of no category.
    assert data(text, locale) == ["other"]


def test_a_list_lead_naming_an_unread_kind_is_other():
    text = ("# Use of data\n\nThe details of your company and its yearly turnover will be used to:\n\n"
            "- Prepare your report\n- Train and improve our AI models in aggregated form\n")
    assert data(text) == ["other"]


@pytest.mark.parametrize("locale, text, want", [
    ("en", "# Information we collect\n\n- Your name, e-mail and profile picture\n- Pages visited\n\n"
           "# Purposes\n\n- Provide the service\n- Train and improve our AI models", ["metadata", "profile"]),
    ("en", "We use your profile photo and your username to train our recommendation models.", ["profile"]),
    ("fr", "Nous utilisons votre photo de profil et votre pseudonyme pour entraîner nos modèles d'IA.", ["profile"]),
    ("de", "Wir nutzen Ihr Profilbild und Ihren Nutzernamen, um unsere KI-Modelle zu trainieren.", ["profile"]),
    ("es", "Utilizamos tu foto de perfil y tu apodo para entrenar nuestros modelos de IA.", ["profile"]),
    # The photos of a dating profile, in the plural, are the photos the member shares.
    ("en", "We use your profile photos to train the model that suggests matches.", ["photos-videos", "profile"]),
])
def test_a_profile_photo_is_a_field_of_the_profile(locale, text, want):
    assert data(text, locale) == want


@pytest.mark.parametrize("locale, text, want", [
    ("en", "# 1. Information We Collect\n\n# 1.1 When you sign up\n\n- Your profile and username\n\n# 1.2 When you browse\n\n"
           "- Your IP address and browser type\n\n# 2. How We Use It\n\nWe use your information to:\n\n- Train our AI models", ["metadata", "profile"]),
    ("fr", "# 2. Données que nous collectons\n\n# a) À l'inscription\n\n- Votre profil et votre pseudonyme\n\n# b) Pendant la navigation\n\n"
           "- Votre adresse IP\n\n# 3. Finalités\n\nNous utilisons vos données pour entraîner nos modèles d'intelligence artificielle.",
     ["metadata", "profile"]),
    ("de", "# 3. Welche Daten wir erheben\n\n# 3.1 Bei der Registrierung\n\n- Ihr Profil und Ihr Nutzername\n\n# 4. Zwecke\n\n"
           "# 4.1 Beim Surfen\n\n- Ihre IP-Adresse\n\nWir verwenden Ihre Daten, um unsere KI-Modelle zu trainieren.", ["profile"]),
    ("es", "# 1. Datos que recopilamos\n\n# (a) Al registrarte\n\n- Tu perfil y tu nombre de usuario\n\n# (b) Al navegar\n\n"
           "- Tu dirección IP\n\n# 2. Finalidades\n\nUtilizamos tus datos para entrenar nuestros modelos de inteligencia artificial.",
     ["metadata", "profile"]),
])
def test_numbered_parts_of_a_flattened_collection_section_are_collected(locale, text, want):
    # Pages flattened to one level of heading number the parts of their collection section ("1.1", "a)"): they go
    # on with it; a number of its own ("2.", or "4.1" under "4.") is another section.
    assert data(text, locale) == want


@pytest.mark.parametrize("locale, text", [
    ("en", "We may use your inputs, once de-identified, to improve our AI models."),
    ("en", "User Inputs are used to fine-tune our language models."),
    ("fr", "Nous utilisons vos entrées, une fois pseudonymisées, pour entraîner nos modèles d'IA."),
    ("de", "Wir verwenden Ihre Eingaben in anonymisierter Form, um unsere KI-Modelle zu trainieren."),
    ("de", "Nutzereingaben dienen dem Training unserer Sprachmodelle."),
    ("es", "Las entradas del usuario se utilizan para entrenar nuestros modelos de IA."),
])
def test_a_members_inputs_named_as_theirs_are_interactions(locale, text):
    # What a member types or says to the service's AI, named as theirs, is like a prompt.
    assert data(text, locale) == ["ai-interactions"]


def test_tickets_named_as_the_members_are_not_inputs():
    # «Tus entradas» are also the tickets of a concert: not read as inputs to an AI.
    assert data("Utilizamos tus entradas y tus compras para entrenar nuestros modelos de recomendación.", "es") == ["other"]


@pytest.mark.parametrize("locale, text", [
    ("en", "We log your IP address and the pages you visit. It is also used to train our AI models."),
    ("fr", "Nous enregistrons votre adresse IP et les pages que vous consultez. Cela nous aide à entraîner nos modèles d'IA."),
    ("de", "Wir speichern Ihre IP-Adresse und die besuchten Seiten. Damit trainieren wir auch unsere KI-Modelle."),
    ("es", "Registramos tu dirección IP y las cookies de tu navegador. Con ello entrenamos nuestros modelos de IA."),
])
def test_a_training_naming_no_data_takes_it_from_the_sentences_before_it_in_its_paragraph(locale, text):
    # "It is also used to train…" names no data: the sentences of its paragraph before it say which, not `other`.
    assert data(text, locale) == ["metadata"]
