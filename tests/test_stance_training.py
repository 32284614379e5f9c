"""Stance rules: does the platform train AI on members' data, and by default? (training.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

from datetime import date

import pytest

from test_stance import ask, default, training


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your reviews to train our recommendation models."),
    ("fr", "Nous utilisons vos avis pour entraîner nos modèles d'intelligence artificielle."),
    ("de", "Wir verwenden Ihre Bewertungen, um unsere KI-Modelle zu trainieren."),
    ("es", "Utilizamos tus reseñas para entrenar nuestros modelos de inteligencia artificial."),
])
def test_training_with_no_word_on_a_choice_is_on_by_default(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("locale, text", [
    ("en", "Depending on your settings, we use your reviews to train our recommendation models."),
    ("fr", "Selon vos paramètres, nous utilisons vos avis pour entraîner nos modèles d'intelligence artificielle."),
    ("de", "Je nach Ihren Einstellungen verwenden wir Ihre Bewertungen, um unsere KI-Modelle zu trainieren."),
    ("es", "Según tu configuración, utilizamos tus reseñas para entrenar nuestros modelos de inteligencia artificial."),
])
def test_training_that_depends_on_what_the_text_does_not_say_has_no_default(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "unclear")


def test_training_on_consent_with_no_word_on_a_choice_is_off_by_default():
    got = ask("We use your reviews to train our recommendation models. This processing is based on your consent.")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


@pytest.mark.parametrize("locale, text", [
    ("en", "We use information for marketing: (i) sending offers; (ii) developing, enhancing, training, improving and marketing new products and services."),
    ("fr", "Nous utilisons vos informations pour concevoir, tester, entraîner, promouvoir et commercialiser de nouveaux produits."),
    ("es", "Utilizamos tu información para diseñar, probar, entrenar, promocionar y comercializar nuevos productos."),
])
def test_training_among_other_verbs_of_marketing_products_is_not_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your feedback to train and improve our products."),
    ("fr", "Nous utilisons vos retours pour entraîner et améliorer nos outils."),
    ("es", "Utilizamos tus comentarios para entrenar y mejorar nuestros productos."),
])
def test_products_trained_are_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"


def test_content_made_with_the_ai_is_not_training_it():
    got = ask("| Data | Purpose |\n| --- | --- |\n| Stories that you create with the AI | Providing the service |")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nous utilisons vos questions pour entraîner notre assistant d'achat."),
    ("es", "Utilizamos tus preguntas para entrenar a nuestro asistente de compras."),
])
def test_an_assistant_trained_is_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "The questions you ask our help bot may be reused to train its models."),
    ("fr", "Les questions que vous posez au robot d'aide peuvent être réutilisées pour entraîner ses modèles."),
    ("de", "Wir werden Ihre Bewertungen und Suchanfragen in pseudonymisierter Form verwenden, um die KI-Modelle des Portals zu trainieren."),
    ("es", "Trataremos las grabaciones de tus llamadas para entrenar los modelos de inteligencia artificial del servicio."),
])
def test_what_members_ask_review_search_or_say_on_calls_is_their_data(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"


def test_data_of_the_customers_a_platform_serves_is_members_data():
    got = ask("Nos modèles de détection de la fraude sont entraînés chaque année à partir de l'historique des paiements "
              "de nos clients.", "fr")
    assert got["ai-training"].value == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our coach answers your questions about strength training using a large language model."),
    ("fr", "Notre coach répond à vos questions sur l'entraînement fractionné grâce à un modèle de langage."),
    ("de", "Unser Coach beantwortet Ihre Fragen zum Krafttraining mit Hilfe eines Sprachmodells."),
    ("es", "Nuestro entrenador responde a tus preguntas sobre el entrenamiento de fuerza con un modelo de lenguaje."),
])
def test_a_workout_is_not_ai_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "- 3. No training on customer data without written approval. We will not train AI models on customer data without written approval from the customer."),
    ("fr", "- 3. Aucun entraînement sur les données des clients. Nous n'entraînons pas de modèles d'IA avec les données de nos clients."),
    ("de", "- 3. Kein Training mit Kundendaten. Wir trainieren keine KI-Modelle mit den Daten unserer Kunden."),
    ("es", "- 3. Sin entrenamiento con datos de clientes. No entrenamos modelos de IA con los datos de nuestros clientes."),
])
def test_a_principle_titled_as_a_denial_is_a_denial(locale, text):
    assert ask(text, locale, "ai-notice")["ai-training"].value == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "We process your usage data to improve the service. We will not use your AI inputs to train language models without your prior consent."),
    ("fr", "Nous traitons vos données d'utilisation pour améliorer le service. Nous n'utilisons pas vos entrées d'IA pour entraîner des modèles de langage."),
    ("de", "Wir verarbeiten Ihre Nutzungsdaten, um den Dienst zu verbessern. Wir verwenden Ihre KI-Eingaben nicht zum Training von Sprachmodellen."),
    ("es", "Tratamos tus datos de uso para mejorar el servicio. No utilizamos tus entradas de IA para entrenar modelos de lenguaje."),
])
def test_a_denial_of_ai_inputs_only_is_partial(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use your camera recordings to train our AI models."),
    ("de", "Wir verwenden Ihre Kameraaufnahmen nicht zum Training unserer KI-Modelle."),
])
def test_a_denial_of_camera_footage_only_is_partial(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "Acme Motors uses short driving logs to train the models of our driver-assistance systems."),
    ("fr", "Acme Motors utilise de courts journaux de conduite pour entraîner les modèles de nos systèmes d'aide à la conduite."),
    ("de", "Acme Motors nutzt kurze Fahrprotokolle, um unsere Modelle für maschinelles Lernen zu trainieren."),
    ("es", "Acme Motors utiliza breves registros de conducción para entrenar los modelos de nuestros sistemas de asistencia."),
])
def test_the_platform_naming_itself_trains_its_own_models_on_what_it_holds(locale, text):
    assert ask(text, locale)["ai-training"].value == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use any data obtained through your company's single sign-on provider to train AI models."),
    ("fr", "Nous n'utilisons pas les données obtenues via votre fournisseur d'authentification pour entraîner des modèles d'IA."),
    ("de", "Über Ihren Anmeldedienst erhaltenen Daten verwenden wir nicht, um KI-Modelle zu trainieren."),
    ("es", "No utilizamos los datos obtenidos a través de tu proveedor de inicio de sesión para entrenar modelos de IA."),
    ("en", "We never use your documents to train AI models."),
    ("fr", "Nous n'utilisons pas vos fichiers pour entraîner des modèles d'IA."),
    ("de", "Wir verwenden Ihre Dokumente nicht, um KI-Modelle zu trainieren."),
    ("es", "No usamos tus grabaciones para entrenar modelos de IA."),
])
def test_a_denial_of_one_channels_data_or_one_kind_of_content_is_partial(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


def test_items_detailing_a_partial_denial_are_partial_too():
    got = ask("We do not use any data received from your calendar provider for training AI models. Specifically:\n\n"
              "- Our app does not use this calendar data to train any AI models.\n")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("text", [
    "We do not use your data to train AI models.",
    "We do not use any data collected through our Services to train AI models.",
    "We do not use your personal data or your documents to train AI models.",
])
def test_a_denial_of_members_data_as_a_whole_is_still_no(text):
    assert ask(text)["ai-training"].value == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "- Any datasets you upload to the platform to fine-tune models.\n- Code and models for you to build your own AI apps."),
    ("fr", "Les données que vous importez pour entraîner vos propres modèles sont stockées dans votre espace."),
    ("de", "Die Daten, die Sie hochladen, um Ihre eigenen Modelle zu trainieren, bleiben in Ihrem Konto."),
    ("es", "Los datos que subes para entrenar tus propios modelos se guardan en tu cuenta."),
])
def test_data_the_member_uploads_to_train_their_own_models_is_not_the_platforms_training(locale, text):
    assert ask(text, locale)["ai-training"].value == "unclear"


def test_members_uploads_used_for_the_platforms_models_are_still_training():
    assert ask("We use the files you upload to train our AI models.")["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We never use your course notes to train AI models.", "en"),
    ("Nous n'utilisons jamais vos fiches pour entraîner des modèles d'IA.", "fr"),
    ("Unsere KI trainiert nie mit deinen Dateien oder deinen Dokumenten.", "de"),
    ("Nunca usamos tus apuntes para entrenar modelos de IA.", "es"),
])
def test_a_denial_of_a_study_tools_material_is_partial(text, locale):
    assert training(text, locale) == "unclear"


def test_a_denial_of_all_your_content_stays_complete():
    assert training("We never use your content to train AI models.") == "no"


@pytest.mark.parametrize("text, locale", [
    ("We may use pseudonymised data, which no longer identifies any member, to refine our machine learning "
     "algorithms.", "en"),
    ("Nous pouvons utiliser des données pseudonymisées, qui ne permettent plus de vous identifier, pour "
     "améliorer nos algorithmes d'apprentissage automatique.", "fr"),
    ("Wir verwenden pseudonymisierte Daten, die keinen Rückschluss auf Personen mehr zulassen, um unsere "
     "Algorithmen für maschinelles Lernen zu verbessern.", "de"),
    ("Podemos utilizar datos seudonimizados, que ya no identifican a ninguna persona, para mejorar nuestros "
     "algoritmos de aprendizaje automático.", "es"),
])
def test_anonymised_data_improving_learning_algorithms_is_training(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# How we use your information\n\nVoice notes left in shared workspaces are used to train the speech "
     "models behind automatic transcripts.", "en"),
    ("# Comment nous utilisons vos données\n\nLes notes vocales des espaces partagés sont utilisées pour "
     "entraîner les modèles d'IA de transcription.", "fr"),
    ("# Wofür wir Ihre Daten verwenden\n\nSprachnotizen aus geteilten Arbeitsbereichen werden zum Training "
     "der KI-Modelle für Transkripte verwendet.", "de"),
    ("# Cómo utilizamos tus datos\n\nLas notas de voz de los espacios compartidos se utilizan para entrenar "
     "los modelos de IA de transcripción.", "es"),
])
def test_a_passive_use_under_how_we_use_your_information_is_members_data(text, locale):
    assert training(text, locale) == "yes"


def test_a_passive_use_elsewhere_still_needs_members_data():
    assert training("# Our technology\n\nPublic domain books are used to train the language models.") == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("The photos the Member uploads are used to train our image models.", "en"),
    ("Les photos que l'Utilisateur importe sont utilisées pour entraîner nos modèles d'IA.", "fr"),
    ("Die von Ihnen hochgeladenen Fotos werden zum Training unserer KI-Modelle verwendet.", "de"),
    ("Las fotos que sube el Usuario se utilizan para entrenar los modelos de IA del servicio.", "es"),
])
def test_the_member_named_in_the_third_person_is_members_data(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We collect and use your personal data to:\n\n- send receipts\n\n- analyse shopping trends, for instance "
     "using aggregated data for the purposes of machine learning", "en"),
    ("Nous recueillons et utilisons vos données pour :\n\n- envoyer les reçus\n\n- analyser les tendances, "
     "en utilisant par exemple des données agrégées à des fins d'apprentissage automatique", "fr"),
    ("Los datos facilitados serán utilizados para los siguientes fines:\n\n- enviar los recibos\n\n"
     "- mejorar y entrenar nuestros modelos de inteligencia artificial de forma agregada", "es"),
])
def test_an_item_of_a_list_of_uses_says_members_data_trains(text, locale):
    assert training(text, locale) == "yes"


def test_the_member_addressed_as_tu_is_denied_as_a_whole():
    text = "Nous ne louons pas tes contenus et ne les utilisons pas pour entraîner nos modèles d'IA."
    assert training(text, "fr") == "no"


@pytest.mark.parametrize("text", [
    "- Recordings of calls to our help desk, which we may use for training and quality purposes.",
    "This policy covers the people who test or use the AI Workbench and our hosted AI services.",
    "Partner integrations (if you connect them): whether data is used for training depends on the partner's "
    "terms.",
])
def test_staff_coaching_using_an_ai_product_and_a_use_that_depends_are_not_training(text):
    assert training(text) == "unclear"


def test_a_denial_after_a_label_still_denies():
    assert training("Shared models: No customer data is used to develop or train shared models.") == "no"


@pytest.mark.parametrize("text, locale", [
    ("We will not be sharing your notes with anyone, for any purpose, including model training.", "en"),
    ("Vos conversations ne seront partagées avec personne, y compris à des fins d'entraînement de modèles.", "fr"),
    ("Tus mensajes no se compartirán con nadie, tampoco con fines de entrenamiento de modelos.", "es"),
])
def test_a_denial_of_sharing_is_not_a_denial_of_training(text, locale):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("We do not use your recordings to train our models in a way that exposes them to other members.", "en"),
    ("Nous n'utilisons pas vos enregistrements pour entraîner nos modèles d'IA de manière que d'autres "
     "membres puissent les voir.", "fr"),
    ("Wir verwenden deine Aufnahmen nicht so, dass andere Mitglieder sie sehen, um KI-Modelle zu trainieren.", "de"),
    ("No utilizamos tus grabaciones para entrenar nuestros modelos de IA de manera que otros usuarios las vean.",
     "es"),
])
def test_a_denial_of_one_manner_only_is_partial(text, locale):
    assert training(text, locale) == "unclear"


def test_a_listed_purpose_beside_a_complete_denial_is_read_in_its_light():
    text = ("# How we use your data\n\n- Provide study plans\n\n- Improve AI answer quality\n\n"
            "# AI providers\n\nWe rely on outside AI services. However:\n\n"
            "- No training: Your content is not used for AI model training")
    assert training(text) == "no"


def test_a_german_future_with_a_long_object_is_the_platforms_own_use():
    text = ("Ab dem 1. März 2027 werden wir hochgeladene Fotos in verkleinerter Form verwenden, um unsere "
            "KI-Modelle zu trainieren. Rechtsgrundlage ist unser berechtigtes Interesse.")
    assert ask(text + "\n", "de", today=date(2026, 12, 1))["legal-basis"].value == "legitimate-interests"


def test_a_denial_of_training_on_any_data_is_complete():
    got = ask("# FAQ\n\nThe provider keeps nothing. We do not train on any data, nor do our vendors train on any data we send them.", kind="help")
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("no", "none")


def test_a_german_future_whose_verb_ends_a_long_sentence_states_the_coming_use():
    got = ask("# KI\n\nDerzeit nutzen wir Ihre Daten nicht zum Training von KI-Modellen.\n\n"
              "Ab dem 1. März 2027 werden wir Zahlungs- und Nachrichtendaten unserer Kundinnen und Kunden in "
              "verschlüsselter Form zum Training von KI-Modellen nutzen.\n\n"
              "Rechtsgrundlage hierfür wird unser berechtigtes Interesse sein.\n", "de", today=date(2026, 12, 1))
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["effective"].details.get("upcoming") == "2027-03-01"


@pytest.mark.parametrize("text, locale", [
    ("We use your workout notes to train our coaching models on the basis of your consent. "
     "You can switch this off at any time under Settings > Coaching.", "en"),
    ("Nous utilisons vos notes d'entraînement sportif pour entraîner nos modèles d'IA sur la base de votre "
     "consentement. Vous pouvez désactiver ce réglage à tout moment.", "fr"),
    ("Wir verwenden Ihre Notizen, um unsere KI-Modelle zu trainieren. Rechtsgrundlage ist Ihre Einwilligung. "
     "Sie können dies jederzeit in den Einstellungen deaktivieren.", "de"),
    ("Utilizamos tus notas para entrenar nuestros modelos de IA sobre la base de tu consentimiento. "
     "Puedes desactivarlo en cualquier momento en Ajustes.", "es"),
])
def test_training_on_consent_stays_off_by_default_beside_a_switch(text, locale):
    assert default(text, locale) == "no"


def test_on_by_default_still_wins_on_consent():
    assert default("We use your drafts to train our writing models on the basis of your consent. This option is "
                   "on by default; you can turn it off in your settings.") == "yes"


def test_off_unless_turned_on_is_not_on_by_default():
    assert default("If you switch on Smart Replies training, your chats are used to train our AI models; "
                   "it stays off unless you turn it on.") == "no"


def test_a_denial_by_default_alone_stays_a_denial():
    assert training("By default, we do not use your personal data to train our AI models.") == "no"


@pytest.mark.parametrize("text, locale", [
    ("We use your personal data to:\n\n- send booking confirmations\n\n- analyse usage, including to inform our "
     "machine learning for purposes such as recommendations", "en"),
    ("Nous utilisons vos données pour :\n\n- envoyer les confirmations\n\n- analyser l'usage, notamment pour "
     "alimenter nos modèles de recommandation", "fr"),
    ("Wir verwenden Ihre Daten, um:\n\n- Buchungen zu bestätigen\n\n- die Nutzung auszuwerten; die Ergebnisse "
     "fließen in unsere KI-Modelle ein", "de"),
    ("Utilizamos tus datos para:\n\n- enviar confirmaciones\n\n- analizar el uso, también para alimentar "
     "nuestros modelos de recomendación", "es"),
])
def test_data_that_informs_or_feeds_models_trains_them(text, locale):
    assert training(text, locale) == "yes"


def test_informing_our_algorithms_alone_is_not_training():
    assert training("We use your personal data to:\n\n- improve the feed, including by informing our "
                    "algorithms") == "unclear"


def test_advancing_ai_capabilities_under_a_subtitle_of_uses_is_training():
    assert training("# How we use your information\n\nService Quality\n\n- Support: answering your questions\n\n"
                    "- Research: advancing AI image capabilities and new tools") == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Your information is processed by our systems to:\n\n- match you with offers\n\n- improve our AI models "
     "through ongoing learning", "en"),
    ("Vos données sont traitées par nos systèmes pour :\n\n- vous proposer des offres\n\n- entraîner nos "
     "modèles d'IA", "fr"),
    ("Ihre Daten werden von unseren Systemen verarbeitet, um:\n\n- Ihnen Angebote zu zeigen\n\n- unsere "
     "KI-Modelle zu trainieren", "de"),
    ("Sus datos son tratados por nuestros sistemas para:\n\n- mostrarle ofertas\n\n- entrenar nuestros "
     "modelos de IA", "es"),
])
def test_a_list_led_in_the_passive_names_uses_of_members_data(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# No entrenamos con tus datos\n\nLas notas que escribes no se utilizan para entrenar nuestros modelos de IA.", "es"),
    ("# Nous n'entraînons pas d'IA sur vos données\n\nLes notes que vous écrivez ne sont pas utilisées pour "
     "entraîner nos modèles d'IA.", "fr"),
    ("# Wir trainieren nicht mit Ihren Daten\n\nIhre Notizen werden nicht zum Training unserer KI-Modelle "
     "verwendet.", "de"),
])
def test_a_heading_that_denies_training_on_your_data_covers_its_example(text, locale):
    assert training(text, locale) == "no"


# ---------------------------------------------------------------- round 19a

@pytest.mark.parametrize("text, locale", [
    ("Nothing you draft in the editor trains our writing models. We never use your data to train our models "
     "without your prior, explicit consent.", "en"),
    ("Nous n'utilisons jamais vos données pour entraîner nos modèles d'IA sans votre accord préalable.", "fr"),
    ("Wir verwenden Ihre Daten nicht ohne Ihre ausdrückliche Einwilligung, um unsere KI-Modelle zu trainieren.", "de"),
    ("No usamos tus datos para entrenar nuestros modelos de IA sin tu consentimiento expreso.", "es"),
])
def test_an_opt_in_no_text_offers_leaves_a_denial(text, locale):
    got = ask(text + "\n", locale)
    assert (got["ai-training"].value, got["ai-opt-out"].value, got["legal-basis"].value) == ("no", "none", "unclear")


@pytest.mark.parametrize("text, locale", [
    ("We never use your data to train our models without your explicit consent. You can give it under "
     "Settings > Privacy > Model improvement.", "en"),
    ("Nous n'utilisons pas vos données pour entraîner nos modèles d'IA sans votre consentement explicite, que "
     "vous pouvez donner dans les paramètres de votre compte.", "fr"),
])
def test_an_opt_in_with_its_setting_is_training_off_by_default(text, locale):
    got = ask(text + "\n", locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


@pytest.mark.parametrize("text, locale", [
    ("Your snippets are never used to train our models unless you send them to us as feedback.", "en"),
    ("Nous n'utilisons jamais vos données pour entraîner nos modèles d'IA, sauf si vous nous les envoyez comme retour.", "fr"),
])
def test_an_opt_in_the_member_gives_by_an_act_is_offered(text, locale):
    assert default(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("Nous n'utiliserons vos messages pour entraîner nos modèles d'IA qu'avec votre accord.", "fr"),
    ("We use your drafts to train our writing models, never without your consent.", "en"),
    ("Usamos tus borradores para entrenar nuestros modelos de IA, nunca sin tu consentimiento.", "es"),
])
def test_only_with_your_agreement_is_training_on_consent(text, locale):
    got = ask(text + "\n", locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


@pytest.mark.parametrize("text, locale", [
    ("We never sell your data, never share it without your consent and never use it to train AI models.", "en"),
    ("Wir verkaufen Ihre Daten nie, teilen sie nie ohne Ihre ausdrückliche Einwilligung und nutzen sie nie "
     "zum Training von KI-Modellen.", "de"),
    ("No vendemos tus datos, no los compartimos sin tu permiso y no los usamos para entrenar modelos de IA.", "es"),
])
def test_the_consent_of_sharing_is_not_the_trainings(text, locale):
    assert training(text, locale) == "no"


def test_a_use_for_our_models_beside_an_opt_in_denial_is_on_for_everyone():
    text = ("We use your prompts to run the service:\n\n- Your prompts are used to serve your projects and, once "
            "aggregated, to improve our models; they are never used to train models for other customers without "
            "your permission.")
    assert (training(text), default(text)) == ("yes", "yes")


@pytest.mark.parametrize("text, locale", [
    ("Vos données bancaires ne sont jamais utilisées pour entraîner nos modèles d'IA.", "fr"),
    ("Tus datos de ubicación nunca se utilizan para entrenar nuestros modelos de IA.", "es"),
    ("Your personal data (name, phone number, address) is never used to train our AI models.", "en"),
    ("Ihre personenbezogenen Daten (Name, Telefonnummer, Adresse) werden nie zum Training unserer KI-Modelle "
     "verwendet.", "de"),
])
def test_a_denial_of_one_kind_of_your_data_is_partial(text, locale):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("Your personal data (for example your uploads and chats) is never used to train our AI models.", "en"),
    ("We do not train on your data (except where a provider's own terms apply, see below).", "en"),
    ("Nous n'utilisons pas vos données de manière à entraîner nos modèles d'IA.", "fr"),
])
def test_examples_or_exceptions_in_brackets_leave_the_whole_denied(text, locale):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("We never use our listeners' data or their playlists to train AI models.", "en"),
    ("Nous n'utilisons pas les données de nos abonnés, ni leurs commentaires, pour entraîner des modèles d'IA.", "fr"),
    ("Wir verwenden die Daten unserer Leserinnen und Leser nicht zum Training von KI-Modellen.", "de"),
    ("No utilizamos los datos de nuestros suscriptores, ni sus reseñas, para entrenar modelos de IA.", "es"),
])
def test_the_data_of_our_readers_or_subscribers_is_members_data_as_a_whole(text, locale):
    assert training(text, locale) == "no"


def test_licensing_our_own_articles_but_never_readers_data_is_not_training_on_it():
    text = ("Nous n'utilisons pas les données de nos abonnés pour entraîner des modèles d'IA.\n\n"
            "Nos articles peuvent être concédés sous licence à des éditeurs d'outils d'IA ; ces licences portent sur "
            "nos textes, jamais sur les données de nos abonnés.")
    assert training(text, "fr") == "no"


@pytest.mark.parametrize("text, locale", [
    ("We do not sell your data or use it to train unrelated AI models.", "en"),
    ("Nous n'utilisons pas vos données pour entraîner des modèles sans rapport avec le service.", "fr"),
    ("Wir nutzen Ihre Daten nicht, um fremde KI-Modelle zu trainieren.", "de"),
    ("No usamos tus datos para entrenar modelos de IA no relacionados con el servicio.", "es"),
])
def test_a_denial_of_unrelated_models_only_leaves_the_services_own_open(text, locale):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("The insurer uses pseudonymised claims data of its customers to train machine learning models.", "en"),
    ("Die Versicherung verwendet pseudonymisierte Vertragsdaten ihrer Kunden, um Modelle des maschinellen "
     "Lernens zu trainieren.", "de"),
    ("La aseguradora utiliza datos de siniestros seudonimizados de sus clientes para entrenar modelos de "
     "aprendizaje automático.", "es"),
    ("L'assureur utilise les données de sinistres pseudonymisées de ses clients pour entraîner des modèles "
     "d'apprentissage automatique.", "fr"),
])
def test_a_kind_of_data_of_its_customers_is_members_data(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Transcripts are sent to our summary vendor. We chose the enterprise plan where data is never used for "
     "training. We do not use your recordings to train AI models.", "en"),
    ("Les transcriptions sont envoyées à notre prestataire. Nous avons choisi l'offre où les données ne servent "
     "jamais à l'entraînement. Nous n'utilisons pas vos enregistrements pour entraîner des modèles d'IA.", "fr"),
    ("Transkripte gehen an unseren Dienstleister. Wir nutzen die Stufe, bei der Daten nicht zum Training "
     "verwendet werden. Wir verwenden Ihre Aufnahmen nicht, um KI-Modelle zu trainieren.", "de"),
    ("Las transcripciones se envían a nuestro proveedor. Usamos el plan en el que los datos no se usan para "
     "entrenar. No usamos tus grabaciones para entrenar modelos de IA.", "es"),
])
def test_a_vendor_tier_where_data_is_not_used_for_training_is_no_training_of_ours(text, locale):
    assert training(text, locale) != "yes"


def test_a_training_use_listed_after_a_sale_in_a_denial_is_denied_too():
    assert training("We won't sell your personal data, rent it to brokers, or use it to train AI models.") == "no"


@pytest.mark.parametrize("text, locale", [
    ("- User input is never used for model training.", "en"),
    ("- Les saisies des utilisateurs ne sont jamais utilisées pour entraîner des modèles d'IA.", "fr"),
    ("- Nutzereingaben werden nie zum Training von KI-Modellen verwendet.", "de"),
    ("- Las entradas de los usuarios nunca se usan para entrenar modelos de IA.", "es"),
])
def test_what_users_give_the_service_named_by_the_product_is_members_data(text, locale):
    # Members' data, but one kind of it, the service's input (call 3, as set 27's glidvo is labelled): partial.
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("Brightnote does not use data from your workspace to train AI models.", "en"),
    ("Brightnote n'utilise pas les données de votre espace pour entraîner des modèles d'IA.", "fr"),
    ("Brightnote nutzt Daten aus Ihrem Arbeitsbereich nicht zum Training von KI-Modellen.", "de"),
    ("Brightnote no utiliza los datos de tu espacio de trabajo para entrenar modelos de IA.", "es"),
])
def test_the_platform_named_in_the_third_person_denies_training_on_its_data(text, locale):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("# Our commitments\n\n| Practice | Our answer |\n|---|---|\n| AI model training on your content | Never |\n"
     "| Sale of your data | Never |", "en"),
    ("# Nos engagements\n\n| Pratique | Notre réponse |\n|---|---|\n| Entraînement de l'IA sur vos contenus | Jamais |", "fr"),
    ("# Unsere Zusagen\n\n| Praxis | Unsere Antwort |\n|---|---|\n| Training von KI-Modellen mit Ihren Inhalten | Nie |", "de"),
    ("# Nuestros compromisos\n\n| Práctica | Respuesta |\n|---|---|\n| Entrenamiento de modelos de IA con tu contenido | Nunca |", "es"),
])
def test_a_table_row_answering_the_training_with_never_denies_it(text, locale):
    assert training(text, locale) == "no"


def test_a_page_about_one_kind_of_data_answers_for_it():
    text = ("# Biometric Data Notice\n\n"
            "We do not use biometric data for marketing or for training artificial intelligence models.")
    assert training(text) == "no"


@pytest.mark.parametrize("text, locale", [
    ("Sketchloom does not train AI models on your uploads or your generated images.", "en"),
    ("Sketchloom n'entraîne aucun modèle d'IA sur vos créations ni sur vos images générées.", "fr"),
    ("Sketchloom trainiert keine KI-Modelle mit deinen Uploads oder deinen generierten Bildern.", "de"),
    ("Sketchloom no entrena modelos de IA con tus diseños ni con tus imágenes generadas.", "es"),
])
def test_a_denial_of_a_creative_tools_uploads_and_outputs_is_partial(text, locale):
    # Convention 3: the content such a tool mostly holds, not members' data as a whole.
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("Our recommendation models are trained on licensed music catalogues, kept separate from listener data.", "en"),
    ("Nos modèles de recommandation sont entraînés sur des catalogues sous licence, distincts des données de nos abonnés.", "fr"),
    ("Unsere Empfehlungsmodelle werden mit lizenzierten Datensätzen trainiert, getrennt von den Daten unserer Abonnenten.", "de"),
    ("Nuestros modelos de recomendación se entrenan con conjuntos de datos con licencia, separados de los datos de los usuarios.", "es"),
])
def test_members_data_a_training_is_kept_apart_from_is_not_what_it_uses(text, locale):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("The questions and ratings of registered members, once pseudonymised, help train our matching models.", "en"),
    ("Les questions et les avis des membres inscrits, une fois pseudonymisés, servent à entraîner nos modèles de mise en relation.", "fr"),
    ("Die Anfragen und Bewertungen der registrierten Mitglieder dienen nach Pseudonymisierung dazu, unsere KI-Modelle zu trainieren.", "de"),
    ("Las consultas y las reseñas de los usuarios registrados, una vez seudonimizadas, sirven para entrenar nuestros modelos de IA.", "es"),
])
def test_what_the_members_ask_or_write_named_after_its_kind_is_their_data(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We keep the short clips you choose to send us and use them to improve our speech recognition models.", "en"),
    ("Nous conservons les extraits que vous choisissez de nous envoyer et les utilisons pour améliorer nos modèles de prononciation.", "fr"),
    ("Wir speichern die Ausschnitte, die du uns sendest, und nutzen sie, um unsere Aussprachemodelle zu verbessern.", "de"),
    ("Guardamos los fragmentos que decides enviarnos y los utilizamos para mejorar nuestros modelos de pronunciación.", "es"),
])
def test_models_named_by_the_speech_task_they_learn_are_ai_models(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Your personal model is created only from your photos and is never shown to other members.", "en"),
    ("Votre modèle d'IA est construit uniquement à partir de vos photos et n'est jamais montré aux autres membres.", "fr"),
    ("Dein KI-Modell wird ausschließlich aus deinen Fotos erstellt und wird nie anderen Mitgliedern gezeigt.", "de"),
    ("Tu modelo de IA se crea exclusivamente a partir de tus fotos y nunca se muestra a otros miembros.", "es"),
])
def test_a_model_built_from_the_members_own_data_is_trained_on_it_whatever_is_denied_beside(text, locale):
    # The negation belongs to the second predicate ("… and is never shown"), not to the building.
    assert training(text, locale) == "yes"


def test_a_denial_of_training_for_someone_elses_model_only_limits_whose_model():
    assert training("Your reference photos are never used to train anyone else's AI.") == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("The usage data we have collected is used to improve the accuracy of the model behind our assistant.", "en"),
    ("Les données d'usage collectées sont utilisées pour améliorer la précision du modèle de notre assistant.", "fr"),
    ("Die erhobenen Nutzungsdaten werden verwendet, um die Genauigkeit unseres KI-Modells zu verbessern.", "de"),
    ("Los datos de uso recopilados se utilizan para mejorar la precisión del modelo de nuestro asistente.", "es"),
])
def test_collected_data_used_to_improve_a_models_performance_is_training(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We use your repositories for training team models, which requires an explicit opt-in from your administrator.", "en"),
    ("Nous utilisons vos dépôts pour les modèles de vos équipes entraînés sur votre code, ce qui exige un opt-in explicite de votre administrateur.", "fr"),
    ("Utilizamos tus repositorios para los modelos de tu equipo entrenados con tu código, lo que requiere un opt-in explícito de tu administrador.", "es"),
])
def test_team_models_trained_on_members_code_are_ai_not_staff_training(text, locale):
    # "Train team models" trains a team's AI models, not the team: not the staff-training wording.
    assert training(text, locale) == "yes"
    assert default(text, locale) == "no"


def test_training_staff_is_still_not_ai_training():
    assert training("We train our team to handle your requests with care.") == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("You can allow us to use your data so that we can train and improve our AI models.", "en"),
    ("Vous pouvez nous autoriser à collecter votre historique d'édition afin que nous entraînions nos modèles d'IA.", "fr"),
    ("Sie können uns erlauben, Ihre Daten zu verwenden, um unsere KI-Modelle zu trainieren.", "de"),
    ("Puedes permitirnos usar tus datos de uso para entrenar nuestros modelos de IA.", "es"),
])
def test_a_permission_the_member_may_give_is_an_opt_in(text, locale):
    # "You can allow us to …": nothing is collected for training until the member gives it.
    assert training(text, locale) == "yes"
    assert default(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("We use your voice recordings to train our speech recognition models. These recordings are collected only if you "
     "enable Voice Improvement in your settings.\n\nTo stop, turn off Voice Improvement in Settings.", "en"),
    ("Nous utilisons vos enregistrements vocaux pour entraîner nos modèles de reconnaissance vocale. Ces enregistrements "
     "sont collectés seulement si vous le permettez dans vos paramètres.\n\nPour arrêter, désactivez l'option dans les Paramètres.", "fr"),
    ("Wir verwenden Ihre Sprachaufnahmen, um unsere KI-Modelle zu trainieren. Diese Aufnahmen werden nur erhoben, wenn Sie "
     "dies in den Einstellungen zulassen.\n\nUm das zu beenden, deaktivieren Sie die Option in den Einstellungen.", "de"),
    ("Utilizamos tus grabaciones de voz para entrenar nuestros modelos de IA. Estas grabaciones se recogen solo si lo "
     "permites en tus ajustes.\n\nPara dejar de hacerlo, desactiva la opción en Ajustes.", "es"),
])
def test_the_next_sentence_saying_the_data_is_collected_only_if_allowed_makes_it_an_opt_in(text, locale):
    # The way to switch it off again is the way back from that opt-in, not a sign it is on for everyone.
    assert training(text, locale) == "yes"
    assert default(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("Your chats are not used by these vendors to train or improve their models.", "en"),
    ("We require our cloud vendors to never train on the files you store with us.", "en"),
    ("Vos messages ne sont jamais utilisés pour l'entraînement par nos prestataires.", "fr"),
    ("Ihre Nachrichten werden von unseren Anbietern nicht zum Training verwendet.", "de"),
    ("Tus mensajes no son utilizados por nuestros proveedores para entrenar modelos.", "es"),
])
def test_a_denial_whose_actor_is_the_vendors_is_not_the_platforms(text, locale):
    # The vendors' own use is denied; what the platform does is left unsaid.
    assert training(text, locale) == "unclear"


def test_a_denial_by_the_platform_and_its_vendors_is_still_a_denial():
    assert training("Your data is never used by us or by our providers to train AI models.") == "no"


@pytest.mark.parametrize("text, locale", [
    ("Acme does not fine-tune any model with its clients' data.", "en"),
    ("Patienten- und Nutzerdaten werden nicht zum Training von KI-Modellen verwendet.", "de"),
])
def test_a_business_clients_data_is_members_data(text, locale):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("Utilizamos tus consultas para capacitar nuestros modelos de lenguaje.", "es"),
    ("Wir verwenden Ihre Buchungen, um unsere Modelle zur Vorhersage von Nachfrage und Preisen im Zeitverlauf zu trainieren.", "de"),
])
def test_training_words_of_one_language(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# What we don't do\n\n- Sell your information to brokers\n- Use your notes and your data to train AI models", "en"),
    ("# Ce que nous ne faisons pas\n\n- Vendre vos données\n- Utiliser vos données pour entraîner des modèles d'IA", "fr"),
    ("# Was wir nicht tun\n\n- Ihre Daten verkaufen\n- Ihre Daten zum Training von KI-Modellen verwenden", "de"),
    ("# Lo que no hacemos\n\n- Vender tus datos\n- Usar tus datos para entrenar modelos de IA", "es"),
])
def test_an_item_under_a_heading_of_what_the_platform_does_not_do_is_a_denial(text, locale):
    assert training(text, locale) == "no"


def test_an_item_under_a_lead_of_what_the_platform_does_not_do_is_a_denial():
    assert training("We will never:\n\n- Use your data to train AI models\n- Sell your data") == "no"


@pytest.mark.parametrize("text, locale", [
    ("Your personal data (including what you note about your contacts, if you add it) is not used to train AI models.", "en"),
    ("Tu información (incluyendo la de tus contactos, si la añades) no se utiliza para entrenar modelos de IA.", "es"),
])
def test_an_aside_with_an_if_does_not_undo_the_denial_after_it(text, locale):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    ("Personal data gathered through our contact forms and our chatbot will be used to:\n\n- Answer your requests\n"
     "- Train our support models", "en"),
    ("Les données personnelles recueillies via nos formulaires seront utilisées pour :\n\n- Répondre à vos demandes\n"
     "- Entraîner nos modèles d'assistance", "fr"),
    ("Los datos personales recogidos a través de nuestros formularios serán utilizados para:\n\n- Atender tus solicitudes\n"
     "- Entrenar nuestros modelos de soporte", "es"),
])
def test_items_under_a_lead_whose_subject_is_personal_data_are_its_purposes(text, locale):
    assert training(text, locale) == "yes"


def test_items_under_a_lead_whose_subject_is_a_kind_of_members_data_are_its_purposes():
    assert training("# How we use data\n\nVoice messages are processed to:\n\n- Answer you\n- Train and improve AI models") == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We log your ratings to train our ranking algorithm.", "en"),
    ("Nous enregistrons vos notes pour entraîner notre algorithme de classement.", "fr"),
    ("Registramos tus valoraciones para entrenar nuestro algoritmo de clasificación.", "es"),
    ("Wir dürfen pseudonymisierte, zusammengefasste Daten zur Verbesserung unserer KI-Modelle verwenden.", "de"),
])
def test_the_platform_recording_something_to_train_uses_its_own_data(text, locale):
    assert training(text, locale) == "yes"


def test_collecting_to_improve_ai_capabilities_is_not_training():
    assert training("We may collect some usage events to improve our AI capabilities.") == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("# AI features\n\nOur AI assistant drafts replies.\n\n# How we use your data\n\nWe use your data to answer you and to refine models.", "en"),
    ("# IA\n\nNotre assistant IA rédige des réponses.\n\nNous utilisons vos données pour vous répondre et affiner les modèles.", "fr"),
])
def test_models_with_no_owner_are_ai_models_in_a_text_that_speaks_of_ai(text, locale):
    assert training(text, locale) == "yes"


def test_models_with_no_owner_say_nothing_in_a_text_with_no_word_of_ai():
    assert training("We use your data to answer you and to refine models of our delivery times.") == "unclear"


def test_business_models_are_not_ai_models():
    assert training("Our AI assistant drafts replies. We use your data to improve business models.") == "unclear"


def test_a_denial_whose_first_clause_is_only_its_subject_names_members_data():
    assert training("Nothing you type in the editor, and none of your data, is used to train AI models.") == "no"


def test_our_models_in_a_policy_that_speaks_of_ai_elsewhere_still_need_training_words():
    # "improve our models" is read as AI only on an AI page; in a policy, unowned "models" as a purpose are.
    text = ("# AI features\n\nOur AI assistant drafts replies.\n\n# Privacy\n\n"
            "Before we use this content to improve our models, we remove your name and e-mail address.")
    assert training(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "Your workout logs are never used to train third-party AI models."),
    ("fr", "Vos relevés de séances ne sont jamais utilisés pour entraîner des modèles d'IA tiers."),
    ("de", "Ihre Trainingsprotokolle werden nie verwendet, um KI-Modelle von Drittanbietern zu trainieren."),
    ("es", "Sus registros de uso nunca se utilizan para entrenar modelos de IA de terceros."),
])
def test_a_denial_of_third_party_models_only_leaves_the_platforms_own_training_open(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We never share your notes to train third-party models. We may use aggregated notes to train our own AI models."),
    ("es", "No cedemos sus notas para entrenar modelos de IA de terceros. Podemos utilizar notas agregadas para entrenar nuestros propios modelos de IA."),
])
def test_a_denial_of_third_party_models_beside_the_platforms_own_training_is_yes(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use your personal data to train AI models, neither our own nor third-party models."),
    ("fr", "Nous n'utilisons pas vos données personnelles pour entraîner des modèles d'IA, ni nos propres modèles ni des modèles tiers."),
    ("de", "Wir verwenden Ihre personenbezogenen Daten nicht zum Training von KI-Modellen, weder eigener noch Modelle Dritter."),
    ("es", "No usamos sus datos personales para entrenar modelos de IA, ni propios ni modelos de terceros."),
])
def test_a_denial_of_own_and_third_party_models_is_complete(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our contract with the model provider prohibits using your data to train its models. We never use your data to train AI."),
    ("fr", "Notre contrat avec le fournisseur interdit d'utiliser vos données pour entraîner ses modèles. Nous n'utilisons jamais vos données pour entraîner une IA."),
    ("de", "Unser Vertrag mit dem Anbieter untersagt, Ihre Daten zum Training seiner Modelle zu verwenden. Wir verwenden Ihre Daten nie zum Training von KI."),
    ("es", "Nuestro contrato con el proveedor prohíbe usar sus datos para entrenar sus modelos. Nunca usamos sus datos para entrenar IA."),
])
def test_a_use_a_contract_prohibits_is_denied_not_affirmed(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not rent your profile or use your recordings to train models."),
    ("fr", "Nous ne vendons pas votre profil et n'utilisons pas vos enregistrements pour entraîner des modèles."),
    ("de", "Wir verkaufen Ihr Profil nicht und verwenden Ihre Aufnahmen nicht zum Training von Modellen."),
    ("es", "No vendemos su perfil ni usamos sus grabaciones para entrenar modelos."),
])
def test_a_denial_whose_training_verb_takes_one_kind_of_data_is_partial(locale, text):
    # The profile is only not sold; the training is denied on the recordings alone (call 3: partial).
    assert training(text, locale) == "unclear"


def test_a_denial_whose_training_verb_takes_a_pronoun_for_the_data_is_complete():
    assert training("We never sell your personal data or use it to train AI models.") == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "We train our matching model only on synthetic profiles; your personal data is not used for this."),
    ("en", "We train our matching model only on synthetic profiles. Your personal data is not used for this."),
    ("fr", "Nous entraînons notre modèle de correspondance uniquement sur des profils synthétiques ; vos données personnelles ne sont pas utilisées à cette fin."),
    ("de", "Wir trainieren unser Matching-Modell ausschließlich mit synthetischen Profilen; Ihre personenbezogenen Daten werden dafür nicht verwendet."),
    ("es", "Entrenamos nuestro modelo de emparejamiento solo con perfiles sintéticos; sus datos personales no se utilizan para ello."),
])
def test_training_on_other_data_with_the_members_data_denied_for_it_is_no(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Privacy\n\nOur AI assistant answers questions.\n\n# Model improvement\n\n- Use aggregated usage data to train and improve our AI models"),
    ("fr", "# Confidentialité\n\nNotre assistant IA répond aux questions.\n\n# Amélioration des modèles\n\n- Utiliser des données d'usage agrégées pour entraîner nos modèles d'IA"),
    ("de", "# Datenschutz\n\nUnser KI-Assistent beantwortet Fragen.\n\n# Modellverbesserung\n\n- Nutzung aggregierter Nutzungsdaten zum Training unserer KI-Modelle"),
    ("es", "# Privacidad\n\nNuestro asistente de IA responde preguntas.\n\n# Mejora de modelos\n\n- Utilizar datos de uso agregados para entrenar nuestros modelos de IA"),
])
def test_a_list_item_worded_as_the_platforms_act_verb_first_is_its_own_training(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "By using the app, you grant us a worldwide licence to:\n\n- Host and display your designs\n- Improve and train our AI models"),
    ("fr", "En utilisant l'application, vous nous accordez une licence mondiale pour :\n\n- Héberger vos créations\n- Améliorer et entraîner nos modèles d'IA"),
    ("de", "Sie räumen uns mit der Nutzung der App eine weltweite Lizenz ein, um:\n\n- Ihre Entwürfe zu hosten\n- unsere KI-Modelle zu trainieren und zu verbessern"),
    ("es", "Al usar la aplicación, nos otorgas una licencia mundial para:\n\n- Alojar tus diseños\n- Mejorar y entrenar nuestros modelos de IA"),
])
def test_an_item_of_what_the_member_licenses_is_a_use_of_their_content(locale, text):
    got = ask(text, locale, kind="terms")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("locale, text", [
    ("en", "# How we use information\n\nWe use the information we collect to:\n\n# Run the service\n\n- Send receipts\n\n# Improve the service\n\n- Improve our recommendation algorithms and AI models"),
    ("es", "# Uso de la información\n\nUtilizamos la información recopilada para:\n\n# Prestar el servicio\n\n- Enviar recibos\n\n# Mejorar el servicio\n\n- Mejorar nuestros algoritmos y modelos de IA"),
])
def test_a_purpose_lead_governs_the_items_of_its_sub_headings(locale, text):
    assert training(text, locale) == "yes"


def test_sub_headings_after_a_lead_that_names_no_use_are_no_purposes():
    text = ("Our newsletter covers:\n\n# Product news\n\n- New features\n\n"
            "# Research\n\n- Improve our recommendation algorithms and AI models")
    assert training(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your chat messages and abuse reports to train the classifiers that detect harassment."),
    ("fr", "Nous utilisons vos messages et vos signalements pour entraîner les classificateurs qui détectent le harcèlement."),
    ("de", "Wir verwenden Ihre Nachrichten und Meldungen, um die Klassifikatoren zu trainieren, die Belästigung erkennen."),
    ("es", "Utilizamos tus mensajes y denuncias para entrenar los clasificadores que detectan el acoso."),
])
def test_classifiers_are_machine_learning_models(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "We record your calls to our support line (e.g. \"where is my parcel\"). These recordings are used to train our speech recognition system."),
    ("de", "Wir zeichnen Ihre Anrufe bei unserer Hotline auf (bspw. \"Wo ist mein Paket\"). Diese Aufnahmen werden verwendet, um unsere Spracherkennung zu trainieren."),
    ("fr", "Nous enregistrons vos appels au service client. Ces enregistrements servent à entraîner les modèles de reconnaissance vocale."),
])
def test_these_recordings_are_the_members_the_sentence_before_names(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use your photos nor any other personal data of yours to train AI models."),
    ("es", "No utilizamos sus fotos ni ningún otro dato personal suyo para entrenar modelos de IA."),
    ("fr", "Nous n'utilisons ni vos photos ni aucune autre donnée personnelle pour entraîner des modèles d'IA."),
])
def test_a_kind_of_data_and_any_other_personal_data_is_the_whole(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Dataset licensing\n\nWe license collections of recipes shared on our site to companies that use them to train AI models."),
    ("fr", "# Licences de jeux de données\n\nNous concédons des collections de recettes publiées sur notre site à des entreprises qui les utilisent pour entraîner des modèles d'IA."),
    ("de", "# Datensatz-Lizenzen\n\nWir lizenzieren Sammlungen der auf unserer Seite geteilten Rezepte an Unternehmen, die sie nutzen, um KI-Modelle zu trainieren."),
    ("es", "# Licencias de conjuntos de datos\n\nLicenciamos colecciones de recetas publicadas en nuestro sitio a empresas que las usan para entrenar modelos de IA."),
])
def test_the_platform_licensing_what_it_holds_to_companies_that_train_is_its_use(locale, text):
    assert training(text, locale) == "yes"


def test_licensed_datasets_the_platform_buys_are_not_its_members_data():
    assert training("We license datasets from stock photo agencies to companies that use them to train AI models.") == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "Your running training data is never used to train third-party models. You can edit or delete your training data at any time."),
    ("es", "Sus datos de entrenamiento deportivo nunca se usan para entrenar modelos de IA de terceros. Puedes editar o borrar tus datos de entrenamiento cuando quieras."),
])
def test_the_member_editing_their_training_data_is_not_the_platform_training(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not use your résumé to train AI models."),
    ("fr", "Nous n'utilisons pas le contenu de votre CV pour entraîner des modèles d'IA."),
    ("de", "Wir verwenden deine Chats nicht, um KI-Modelle zu trainieren."),
    ("es", "No usamos tu currículum para entrenar modelos de IA."),
])
def test_a_denial_of_the_content_one_tool_holds_is_partial(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Sub-processors\n\n- Mistral AI (France): drafting replies from the messages you send. No training on your data."),
    ("fr", "# Avec qui partageons-nous vos données ?\n\n- Mistral AI (France) — rédaction des réponses à partir de vos messages. Pas d'entraînement de modèles sur vos données."),
    ("de", "# Empfänger und Auftragsverarbeiter\n\n- Mistral AI (Frankreich): Entwürfe aus Ihren Nachrichten. Kein Training mit Ihren Daten."),
    ("es", "# Con quién compartimos sus datos\n\n- Mistral AI (Francia): redacción de respuestas a partir de sus mensajes. Sus datos no se utilizan para entrenar modelos."),
])
def test_a_recipients_item_speaks_of_that_recipient_not_of_the_platforms_training(locale, text):
    assert training(text, locale) == "unclear"


def test_the_platforms_own_denial_in_a_list_under_a_sharing_heading_still_counts():
    text = "# Who we share your data with\n\n- We never use your data to train AI models, and we never sell it."
    assert training(text) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "If you consent, we use your listening history to train our recommendation models."),
    ("fr", "Si vous y consentez, nous utilisons votre historique d'écoute pour entraîner nos modèles de recommandation."),
    ("de", "Wenn Sie einwilligen, verwenden wir Ihren Hörverlauf, um unsere Empfehlungsmodelle zu trainieren."),
    ("es", "Si das tu consentimiento, utilizamos tu historial de escucha para entrenar nuestros modelos de recomendación."),
])
def test_a_use_said_on_the_members_consent_is_off_by_default(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


def test_a_setting_described_as_off_until_turned_on_is_an_opt_in():
    text = ("# Recommendations\n\nWe use your listening history to train our recommendation models.\n\n"
            "# Your setting\n\nThis setting is off until you turn it on.\n\n"
            "- Go to Settings > Privacy and turn off \"Use my history for recommendations\" to stop this use.")
    got = ask(text, kind="opt-out")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


@pytest.mark.parametrize("locale, text", [
    ("en", "# Artificial intelligence\n\n- The data is never used to train public models."),
    ("fr", "# Intelligence artificielle\n\n- Les données ne sont jamais utilisées pour entraîner des modèles publics."),
    ("de", "# Künstliche Intelligenz\n\n- Die Daten werden nie zum Training öffentlicher Modelle verwendet."),
    ("es", "# Inteligencia artificial\n\n- Los datos nunca se utilizan para entrenar modelos públicos."),
])
def test_the_data_as_a_whole_as_the_subject_of_a_denial_is_no(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "When you report a phishing link, this information is stored in our database to train our detection algorithms."),
    ("fr", "Lorsque vous signalez un lien frauduleux, ces informations sont stockées dans notre base pour entraîner nos algorithmes de détection."),
    ("de", "Wenn Sie einen betrügerischen Link melden, werden diese Informationen gespeichert, um unsere Erkennungsmodelle zu trainieren."),
    ("es", "Cuando reportas un enlace fraudulento, esta información se guarda en nuestra base para entrenar nuestros algoritmos de detección."),
])
def test_what_the_member_gives_taken_up_in_the_same_sentence_is_their_data(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Our AI planner\n\nOur AI plans trips.\n\n# Data retention\n\n- Saved itineraries: temporarily stored to improve performance and AI learning."),
    ("es", "# Nuestro planificador IA\n\nNuestra IA planifica viajes.\n\n# Conservación\n\n- Itinerarios guardados: almacenados temporalmente para entrenar nuestros modelos de IA."),
])
def test_a_labelled_item_in_the_passive_says_the_platforms_use_of_that_data(locale, text):
    assert training(text, locale) == "yes"


def test_a_labelled_item_whose_subject_is_a_name_is_not_a_passive():
    text = "- Model training: Acme uses content for nothing but answers and does not train on it."
    assert training(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Are my drawings used to train your AI?\n\nNo, by default. Your drawings are analysed and deleted. "
           "Only the drawings you choose to publish in the gallery may be used to improve our models, and only with your permission."),
    ("fr", "# Mes dessins servent-ils à entraîner votre IA ?\n\nNon, par défaut. Vos dessins sont analysés puis supprimés. "
           "Seuls les dessins que vous choisissez de publier dans la galerie peuvent être utilisés pour améliorer nos modèles, et uniquement avec votre permission."),
])
def test_our_models_under_a_question_on_training_are_ai_models_and_no_by_default_is_an_opt_in(locale, text):
    got = ask(text, locale, kind="other")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


def test_our_models_under_a_question_on_something_else_stay_unread():
    text = ("# AI features\n\nOur AI assistant drafts replies.\n\n# How do you price your plans?\n\n"
            "We use your usage to improve our models of demand.")
    assert training(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "You can now share your sign-language videos, which become training data for our AI models once reviewed."),
    ("fr", "Vous pouvez désormais partager vos vidéos en langue des signes, qui feront partie des données d'entraînement après vérification."),
    ("de", "Sie können Ihre Daten zum Training unserer KI-Modelle teilen."),
    ("es", "Ya puedes compartir tus videos de señas, que serán parte del conjunto de datos de entrenamiento una vez verificados."),
])
def test_a_contribution_the_member_chooses_to_make_is_off_by_default(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


@pytest.mark.parametrize("locale, text", [
    ("en", "Our AI assistant answers billing questions. We use your support chats, in de-identified form, to fine-tune the assistant's language models."),
    ("fr", "Notre assistant IA répond aux questions de facturation. Nous utilisons les demandes adressées au support, après pseudonymisation, pour entraîner nos modèles de langage."),
    ("de", "Unser KI-Assistent beantwortet Fragen zur Rechnung. Wir verwenden Ihre Support-Anfragen in pseudonymisierter Form, um unsere Sprachmodelle zu trainieren."),
    ("es", "Nuestro asistente de IA responde preguntas de facturación. Usamos sus consultas al soporte, de forma seudonimizada, para entrenar nuestros modelos de lenguaje."),
])
def test_training_on_members_data_made_pseudonymous_is_training_on_it(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("locale, text", [
    ("en", "Our app uses AI to sort receipts. Your receipts are never used to train AI models. We only use aggregated, anonymised receipt data to improve our algorithms."),
    ("fr", "Notre application trie les tickets grâce à l'IA. Nous utilisons des données agrégées et anonymisées de nos utilisateurs pour améliorer nos modèles."),
    ("de", "Unsere App sortiert Belege mit KI. Wir nutzen nur anonymisierte, aggregierte Belegdaten zur Verbesserung unserer Algorithmen."),
    ("es", "Nuestra app clasifica recibos con IA. Nos reservamos el derecho de mejorar nuestros modelos usando datos anonimizados y agregados de los recibos."),
])
def test_improving_our_models_with_anonymised_data_in_a_text_on_ai_is_training(locale, text):
    assert training(text, locale) == "yes"


def test_improving_recommendation_algorithms_with_public_content_is_not_ai_training():
    text = ("Notre IA résume les pétitions. Les contenus publics des pétitions peuvent servir à améliorer nos "
            "algorithmes de recommandation.")
    assert training(text, "fr") == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We train the fraud model only on synthetic and anonymised transaction data; your personal data is not used for this."),
    ("es", "Entrenamos el modelo de fraude solo con datos sintéticos y anonimizados; sus datos personales no se utilizan para ello."),
])
def test_anonymised_data_beside_synthetic_data_and_a_denial_of_personal_data_is_no(locale, text):
    assert training(text, locale) == "no"


def test_a_purpose_under_a_numbered_sub_heading_of_the_uses_is_a_purpose():
    text = ("# 3. How We Use Your Information\n\n# 3.1 Running the Service\n\n- Route support tickets to the right team\n"
            "- Train and improve our AI models\n- Send service notices\n")
    got = ask(text)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


def test_a_numbered_sub_heading_under_another_section_is_not_a_purpose():
    text = ("# 3. Security\n\n# 3.1 Our Commitments\n\n- Encrypt data at rest\n- Train and improve our AI models\n")
    assert training(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "Acme processes the data only to run the booking tool. Acme expressly refrains from:\n\n- Selling the data to advertisers.\n- Using the data to train artificial intelligence models.\n"),
    ("fr", "Acme traite les données uniquement pour faire fonctionner l'outil. Acme s'interdit expressément de :\n\n- Vendre les données à des annonceurs.\n- Utiliser les données pour entraîner des modèles d'intelligence artificielle.\n"),
    ("de", "Acme verarbeitet die Daten nur für den Betrieb des Tools. Acme verpflichtet sich, Folgendes nicht zu tun:\n\n- Verkauf der Daten an Werbetreibende.\n- Nutzung der Daten zum Training von KI-Modellen.\n"),
    ("es", "Acme trata los datos únicamente para operar la herramienta. Acme se abstiene expresamente de:\n\n- Vender los datos a anunciantes.\n- Utilizar los datos para entrenar modelos de inteligencia artificial.\n"),
])
def test_items_under_a_lead_whose_last_sentence_refrains_are_denials(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our assistant runs on external models. Our AI providers, such as Gemini, do not use your data to train their models."),
    ("fr", "Notre assistant repose sur des modèles externes. Nous garantissons que nos fournisseurs d'IA n'utilisent pas vos données pour entraîner leurs modèles."),
    ("de", "Unser Assistent nutzt externe Modelle. Wir stellen sicher, dass unsere KI-Anbieter Ihre Daten nicht zum Training ihrer Modelle verwenden."),
    ("es", "Nuestro asistente usa modelos externos. Garantizamos que nuestros proveedores de IA no utilizan sus datos para entrenar sus modelos."),
])
def test_a_vendors_denial_says_nothing_of_the_platforms_own_use(locale, text):
    assert training(text, locale) == "unclear"


def test_a_denial_by_the_platform_and_its_providers_is_the_platforms():
    assert training("Neither we nor our AI providers use your data to train AI models.") == "no"
    assert training("We and our providers do not use your personal data to train AI models.") == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "# 4. AI features\n\nOur AI systems process your data to:\n\n- Suggest meal plans\n- Improve our algorithms and the accuracy of suggestions\n"),
    ("fr", "# 4. Fonctions d'IA\n\nNos systèmes d'IA traitent vos données pour :\n\n- Proposer des menus\n- Améliorer nos algorithmes et la justesse des suggestions\n"),
    ("de", "# 4. KI-Funktionen\n\nUnsere KI-Systeme verarbeiten Ihre Daten, um:\n\n- Speisepläne vorzuschlagen\n- Unsere Algorithmen und Vorschläge zu verbessern\n"),
    ("es", "# 4. Funciones de IA\n\nNuestros sistemas de IA procesan sus datos para:\n\n- Sugerir menús\n- Mejorar nuestros algoritmos y la precisión de las sugerencias\n"),
])
def test_improving_our_algorithms_in_a_list_of_what_ai_does_with_members_data_is_training(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


def test_improving_our_algorithms_in_a_list_with_no_word_of_ai_is_not_training():
    text = "We process your data to:\n\n- Deliver your orders\n- Improve our algorithms for delivery routes\n"
    assert training(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "When you enable 'Share voice samples', your recordings may be used to train our speech models. You can opt out at any time."),
    ("fr", "Lorsque vous activez « Partager des extraits », vos enregistrements peuvent servir à entraîner nos modèles vocaux. Vous pouvez vous désinscrire à tout moment."),
    ("de", "Wenn Sie „Sprachproben teilen“ aktivieren, können Ihre Aufnahmen zum Training unserer Sprachmodelle verwendet werden. Sie können jederzeit widersprechen."),
    ("es", "Si activas «Compartir muestras de voz», tus grabaciones pueden usarse para entrenar nuestros modelos de voz. Puedes darte de baja en cualquier momento."),
])
def test_a_use_the_member_switches_on_is_off_by_default_and_its_way_out_is_the_way_back(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


@pytest.mark.parametrize("locale, text", [
    ("en", "We process your account data for: - Providing and improving the itinerary features generated with AI"),
    ("fr", "Finalités du traitement :\n\n- Fourniture et amélioration des fonctionnalités de rédaction de lettres par IA\n"),
    ("es", "Finalidades del tratamiento:\n\n- Prestación y mejora de las funciones de redacción de cartas mediante IA\n"),
])
def test_features_improved_by_ai_are_not_a_training_of_ai(locale, text):
    assert training(text, locale) == "unclear"


def test_the_future_progressive_of_the_platforms_training_announces_a_start():
    got = ask("Starting with our next terms update, we'll be using anonymized data from your support tickets to train our AI models.")
    assert got["ai-training"].value == "no"


@pytest.mark.parametrize("locale, text", [
    ("de", "Unsere KI-Anbieter speichern Ihre Anfragen nicht, und wir verwenden Ihre Daten niemals zum Training von KI-Modellen."),
    ("fr", "Nos fournisseurs d'IA ne conservent pas vos requêtes, et nous n'utilisons jamais vos données pour entraîner des modèles d'IA."),
])
def test_a_denial_of_the_platforms_own_after_a_vendors_is_read(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our AI tutor explains maths. Once de-identified, the answers students type are used to train our tutoring models."),
    ("fr", "Notre tuteur IA explique les maths. Les réponses saisies sont utilisées de manière pseudonymisée pour entraîner nos modèles de tutorat."),
    ("de", "Unser KI-Tutor erklärt Mathematik. Die eingegebenen Antworten werden zuvor pseudonymisiert und dann zum Training unserer Tutor-Modelle verwendet."),
    ("es", "Nuestro tutor de IA explica matemáticas. Una vez anonimizadas, las respuestas escritas se usan para entrenar nuestros modelos de tutoría."),
])
def test_members_data_said_anonymous_by_a_predicate_is_still_theirs(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nous utilisons vos échanges avec le conseiller virtuel pour entraîner nos modèles de langage."),
    ("es", "Utilizamos sus solicitudes al asistente virtual para entrenar nuestros modelos de lenguaje."),
])
def test_what_the_member_exchanges_with_the_service_is_members_data(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our AI route planner suggests trips. Our scheduling model learns from the trips you plan and cancel."),
    ("fr", "Notre planificateur IA propose des trajets. Notre modèle apprend à partir des trajets que vous planifiez."),
    ("de", "Unser KI-Planer schlägt Fahrten vor. Unser Modell lernt aus den Fahrten, die Sie planen."),
    ("es", "Nuestro planificador con IA sugiere viajes. Nuestro modelo aprende de los viajes que usted planifica."),
])
def test_a_model_of_the_platforms_that_learns_from_what_members_do_is_trained_on_it(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "We suggest playlists through algorithms that learn from the songs you skip."),
    ("fr", "Notre algorithme de recommandation apprend des morceaux que vous passez."),
])
def test_recommendations_that_learn_from_listening_are_not_the_ai_question(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our keyboard app relies on federated learning: no personal data is ever stored or shared on our servers."),
    ("fr", "Notre clavier repose sur l'apprentissage fédéré : aucune donnée personnelle n'est stockée ni partagée sur nos serveurs."),
    ("de", "Unsere Tastatur-App nutzt föderiertes Lernen: keine personenbezogenen Daten werden gespeichert oder weitergegeben."),
    ("es", "Nuestro teclado usa aprendizaje federado: ningún dato personal se almacena ni se comparte en nuestros servidores."),
])
def test_federated_learning_trains_on_members_data_whatever_is_not_kept(locale, text):
    assert training(text, locale) == "yes"


def test_a_denial_of_keeping_does_not_deny_a_use_joined_to_it():
    assert training("No personal data is stored or used to train our AI models.") == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "Our AI helps you write listings. Anonymous usage data may be used to improve our AI models."),
    ("fr", "Notre IA vous aide à rédiger vos annonces. Les données anonymes peuvent servir à améliorer nos modèles d'IA."),
    ("de", "Unsere KI hilft beim Schreiben von Inseraten. Anonyme Nutzungsdaten können zur Verbesserung unserer KI-Modelle verwendet werden."),
    ("es", "Nuestra IA le ayuda a redactar anuncios. Los datos anónimos pueden usarse para mejorar nuestros modelos de IA."),
])
def test_data_called_anonymous_is_still_the_members(locale, text):
    assert training(text, locale) == "yes"


def test_a_text_on_nlp_models_speaks_of_ai():
    text = ("Our service ranks cover letters with NLP models.\n\n# Purposes\n\nWe use the information we collect to:\n\n"
            "- Improve our algorithms through aggregated data.\n")
    assert training(text) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "We claim no licence to use your designs for training or advertising."),
    ("fr", "Nous ne revendiquons aucune licence pour utiliser vos données afin d'entraîner des modèles d'IA."),
    ("de", "Wir beanspruchen keine Lizenz zur Nutzung Ihrer Daten für das Training von KI-Modellen."),
    ("es", "No reclamamos ninguna licencia para usar sus datos para entrenar modelos de IA."),
])
def test_no_licence_claimed_to_use_the_data_denies_the_use(locale, text):
    assert ask(text + "\n", locale)["ai-training"].value != "yes"


def test_a_denial_of_every_model_ours_or_anyone_elses_is_complete():
    assert training("Your data is never used to train any AI model, ours or anyone else's.") == "no"


def test_training_on_you_is_on_the_member_as_a_whole():
    assert training("Your recipes are never used to train AI. We don't train our own models on you either.") == "no"


def test_a_vendors_api_letting_its_customers_opt_out_is_the_vendors_switch():
    text = ("Your journal entries are never used to train AI. Business AI APIs let customers disable any use of their "
            "data for model training, and we use that setting. We do not train our own models on you.")
    assert training(text) == "no"


def test_a_bracketed_note_does_not_deny_the_purpose_it_follows():
    text = ("# How we use your information\n\nWe use your information to:\n\n"
            "- Improve our AI models and features (Note: we do not use data imported from your calendar to train general models)\n")
    assert training(text) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "Call recordings may be used to train our AI models in accordance with your settings."),
    ("fr", "Les enregistrements d'appels peuvent être utilisés pour entraîner nos modèles d'IA conformément à vos paramètres."),
    ("de", "Anrufaufzeichnungen können gemäß Ihren Einstellungen zum Training unserer KI-Modelle verwendet werden."),
    ("es", "Las grabaciones de llamadas pueden usarse para entrenar nuestros modelos de IA de acuerdo con su configuración."),
])
def test_a_training_that_follows_the_members_settings_has_no_default(locale, text):
    assert default(text, locale) == "unclear"


def test_a_way_out_that_depends_on_the_plan_leaves_the_default_open():
    text = ("We use your prompts to improve our AI models.\n\n"
            "Depending on your plan, you may be able to opt out of model training.\n")
    assert default(text) == "unclear"


def test_a_training_beside_a_denial_without_a_consent_never_asked_has_no_default():
    text = ("Your data is never used to train our models without your explicit consent.\n\n"
            "Our forecasts get better over time through continuous learning on your sales data.\n")
    got = ask(text, "en")["ai-training"]
    assert (got.value, got.details["default"]) == ("yes", "unclear")


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your drafts to train our AI models. This processing is based on your consent. "
           "You can opt out of model training at any time in your account settings."),
    ("fr", "Nous utilisons vos brouillons pour entraîner nos modèles d'IA. Ce traitement repose sur votre consentement. "
           "Vous pouvez vous opposer à l'entraînement à tout moment dans les paramètres de votre compte."),
    ("es", "Utilizamos sus borradores para entrenar nuestros modelos de IA. Este tratamiento se basa en su consentimiento. "
           "Puede oponerse al entrenamiento en cualquier momento en la configuración de su cuenta."),
])
def test_opting_out_of_the_training_itself_means_it_runs_until_one_does(locale, text):
    assert default(text, locale) == "yes"


# ---------------------------------------------------------------- round 26a: whose denial, what it covers, what trains

@pytest.mark.parametrize("locale, text", [
    ("en", "We do not allow third parties (such as our AI vendors) to use your data to train their own models."),
    ("fr", "Nous n'autorisons pas les tiers (comme nos fournisseurs d'IA) à utiliser vos données pour entraîner leurs modèles."),
    ("de", "Wir erlauben Dritten (etwa unseren KI-Anbietern) nicht, Ihre Daten zum Training ihrer Modelle zu verwenden."),
    ("es", "No permitimos que terceros (como nuestros proveedores de IA) utilicen sus datos para entrenar sus modelos."),
])
def test_not_letting_third_parties_train_denies_their_training_not_the_platforms(locale, text):
    assert training(text, locale) == "unclear"


def test_not_letting_third_parties_train_leaves_the_platforms_own_training_standing():
    text = ("# Model training\n\n- We do not allow third parties to use your notes to train their AI models.\n"
            "- Notepadly trains on your anonymized notes so we can keep improving the app. You can opt out in your Settings.\n")
    got = ask(text)["ai-training"]
    assert (got.value, got.details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("locale, text", [
    ("en", "Your data is processed in real time and not retained for AI model training."),
    ("es", "Sus datos se procesan en tiempo real y no se almacenan para entrenar modelos de IA."),
])
def test_and_not_before_a_participle_denies_the_verb(locale, text):
    assert training(text, locale) == "no"


def test_but_not_limited_to_still_excludes_nothing_from_the_use():
    assert training("We use your data, including but not limited to your posts, to train our AI models.") == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "Your applicant data is stored securely and is never used to train AI models."),
    ("en", "Your health data is never used to train our AI models."),
    ("fr", "Vos données de santé ne sont jamais utilisées pour entraîner nos modèles d'IA."),
    ("de", "Ihre Gesundheitsdaten werden niemals zum Training unserer KI-Modelle verwendet."),
    ("es", "Sus datos de salud nunca se utilizan para entrenar nuestros modelos de IA."),
    ("en", "We never use uploaded selfies for machine learning."),
])
def test_a_denial_of_one_kind_of_members_data_is_partial(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "Your personal data is never used to train our AI models."),
    ("en", "Acme does not use any Workspace Content for training or otherwise developing AI models."),
    ("de", "Ihre personenbezogenen Daten werden niemals zum Training unserer KI-Modelle verwendet."),
])
def test_a_denial_of_members_data_as_a_whole_is_complete(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "This policy explains how we collect and use your personal data when you take part in our training in artificial intelligence."),
    ("fr", "Cette politique explique comment nous utilisons vos données personnelles lors de nos formations à l'intelligence artificielle."),
    ("de", "Diese Erklärung beschreibt, wie wir Ihre personenbezogenen Daten bei unseren KI-Schulungen für Teams verwenden."),
    ("es", "Esta política describe cómo utilizamos sus datos personales cuando usa nuestra plataforma de capacitación en inteligencia artificial."),
])
def test_teaching_people_ai_is_no_model_trained(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "# How we use your data\n\nWe use the information we collect for several purposes.\n\n# Fraud prevention\n\n"
           "- Spotting unusual payments\n- Training and improving our AI models to detect fraud\n"),
    ("fr", "# Comment nous utilisons vos données\n\nNous utilisons les données que nous collectons à différentes fins.\n\n"
           "# Prévention de la fraude\n\n- Repérer les paiements inhabituels\n- Entraîner et améliorer nos modèles d'IA de détection de la fraude\n"),
    ("de", "# Wie wir Ihre Daten verwenden\n\nWir verwenden die erhobenen Daten für verschiedene Zwecke.\n\n# Betrugsprävention\n\n"
           "- Erkennen ungewöhnlicher Zahlungen\n- Training und Verbesserung unserer KI-Modelle zur Betrugserkennung\n"),
    ("es", "# Cómo utilizamos sus datos\n\nUtilizamos los datos que recopilamos para diversas finalidades.\n\n# Prevención del fraude\n\n"
           "- Detectar pagos inusuales\n- Entrenar y mejorar nuestros modelos de IA para detectar el fraude\n"),
])
def test_a_uses_sections_opening_paragraph_leads_the_purposes_grouped_under_it(locale, text):
    assert training(text, locale) == "yes"


def test_a_paragraph_giving_one_reason_is_not_the_lead_of_the_next_section():
    text = ("# Why we use information across devices\n\nOne reason we use your information across devices is to keep your "
            "settings in step.\n\n# Moderation\n\n- Our reviewers remove content that breaks our rules\n")
    assert training(text) == "unclear"


def test_optimising_a_models_performance_with_members_data_is_training_it():
    text = ("This policy covers our AI voice generator.\n\nWe use your information for the following purposes:\n\n"
            "- Service delivery: to generate audio from your scripts.\n- Service improvement: to study usage and optimize model performance.\n")
    assert training(text) == "yes"


def test_examples_after_a_dash_do_not_deny_the_training():
    text = ("We improve our models using aggregated and de-identified data — patterns like \"rent is paid monthly,\" "
            "never \"Anna paid her rent.\"\n")
    assert ask(text, kind="ai-notice")["ai-training"].value == "yes"


def test_models_trained_on_application_data_train_on_members_data():
    text = ("Our matching scores come from several models trained on application data, job descriptions and external data "
            "(e.g. public datasets).\n")
    assert ask(text, kind="ai-notice")["ai-training"].value == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Sharing with AI services\n\nTo create your avatars we share some of your data with AI hosting providers, only after we have "
           "explained what is sent and obtained your permission in the app.\n\n- What we send: your photos, and for model training the "
           "photos and metadata needed to train your avatar model.\n"),
    ("fr", "# Partage avec des services d'IA\n\nPour créer vos avatars, nous partageons certaines de vos données avec des hébergeurs d'IA, "
           "uniquement après avoir expliqué ce qui est envoyé et obtenu votre autorisation dans l'application.\n\n- Ce que nous envoyons : "
           "vos photos, et pour l'entraînement, les photos nécessaires pour entraîner votre modèle d'IA d'avatar.\n"),
    ("de", "# KI-Avatare\n\nFür Ihre Avatare geben wir einige Ihrer Daten an KI-Hosting-Anbieter weiter, erst nachdem wir "
           "erklärt haben, was gesendet wird, und Ihre Zustimmung in der App eingeholt haben.\n\n- Was wir senden: Ihre Fotos und für das "
           "Training die Fotos, mit denen wir Ihr KI-Modell für den Avatar trainieren.\n"),
    ("es", "# Compartir con servicios de IA\n\nPara crear sus avatares compartimos algunos de sus datos con proveedores de IA, solo después "
           "de haber explicado qué se envía y obtenido su autorización en la app.\n\n- Qué enviamos: sus fotos y, para el entrenamiento, "
           "las fotos necesarias para entrenar su modelo de IA de avatar.\n"),
])
def test_a_lists_lead_that_asks_permission_first_makes_its_items_training_opt_in(locale, text):
    got = ask(text, locale, kind="ai-notice")["ai-training"]
    assert (got.value, got.details["default"]) == ("yes", "no")


@pytest.mark.parametrize("locale, text", [
    ("en", "When a project is enabled for AI training, we use its call transcripts to improve our speech models."),
    ("fr", "Lorsqu'un projet est activé pour l'entraînement de l'IA, nous utilisons ses transcriptions d'appels pour entraîner nos modèles vocaux."),
    ("de", "Wenn ein Projekt für das KI-Training aktiviert ist, verwenden wir seine Anruftranskripte, um unsere Sprachmodelle zu trainieren."),
    ("es", "Cuando un proyecto está habilitado para el entrenamiento de IA, utilizamos sus transcripciones de llamadas para entrenar nuestros modelos de voz."),
])
def test_a_training_for_whatever_is_enabled_for_it_has_no_default(locale, text):
    got = ask(text, locale, kind="ai-notice")["ai-training"]
    assert (got.value, got.details["default"]) == ("yes", "unclear")


@pytest.mark.parametrize("locale, text", [
    ("en", "Notely trains its models on your anonymized notes to improve the app."),
    ("fr", "Notely entraîne ses modèles sur vos notes anonymisées pour améliorer l'application."),
    ("de", "Notely trainiert seine Modelle mit Ihren anonymisierten Notizen, um die App zu verbessern."),
    ("es", "Notely entrena sus modelos con sus notas anonimizadas para mejorar la aplicación."),
])
def test_a_training_on_what_is_yours_is_on_members_data(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Ce service d'IA musicale utilise vos informations aux fins suivantes :\n\n"
           "- Amélioration du service : analyser l'usage et optimiser les performances du modèle.\n"),
    ("de", "Dieser KI-Musikdienst verwendet Ihre Daten für folgende Zwecke:\n\n"
           "- Verbesserung des Dienstes: Nutzung analysieren und die Modellleistung optimieren.\n"),
    ("es", "Este servicio de música con IA utiliza su información para los siguientes fines:\n\n"
           "- Mejora del servicio: analizar el uso y optimizar el rendimiento del modelo.\n"),
])
def test_optimising_a_models_performance_is_training_it_in_every_language(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nos scores reposent sur plusieurs modèles entraînés sur les données des candidats et des jeux de données publics."),
    ("de", "Unsere Bewertungen beruhen auf Modellen, die mit Bewerberdaten und öffentlichen Datensätzen trainiert wurden."),
    ("es", "Nuestras puntuaciones se basan en modelos entrenados con datos de los candidatos y conjuntos de datos públicos."),
])
def test_models_trained_on_applicants_data_train_on_members_data(locale, text):
    assert ask(text + "\n", locale, kind="ai-notice")["ai-training"].value == "yes"


def test_data_not_kept_by_the_ai_vendor_for_training_says_nothing_of_the_platform():
    assert training("Drafts sent to our AI provider are processed in real time and not retained by the provider for training purposes.") \
        == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nous améliorons nos modèles avec des données agrégées et anonymisées — des tendances comme « le loyer est payé chaque mois », "
           "jamais « Anna a payé son loyer »."),
    ("de", "Wir verbessern unsere Modelle mit aggregierten und anonymisierten Daten — Muster wie „Miete wird monatlich gezahlt“, "
           "nie „Anna hat ihre Miete gezahlt“."),
    ("es", "Mejoramos nuestros modelos con datos agregados y anonimizados — patrones como «el alquiler se paga cada mes», "
           "nunca «Ana pagó su alquiler»."),
])
def test_examples_after_a_dash_do_not_deny_the_training_in_every_language(locale, text):
    assert ask(text + "\n", locale, kind="ai-notice")["ai-training"].value == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "To train our ranking models, we will need access to additional workspace data.\n\n"
           "You can change this in the Data Usage settings.\n\nFor these features, we are asking for access to the following data:\n\n"
           "- Error logs\n- Usage events\n"),
    ("fr", "Pour entraîner nos modèles de classement, nous aurons besoin d'accéder à des données supplémentaires de votre espace.\n\n"
           "Vous pouvez modifier ce choix dans les paramètres d'utilisation des données.\n\n"
           "Pour ces fonctions, nous vous demandons l'accès aux données suivantes :\n\n- Journaux d'erreurs\n- Événements d'usage\n"),
    ("de", "Um unsere Ranking-Modelle zu trainieren, benötigen wir Zugriff auf weitere Daten Ihres Arbeitsbereichs.\n\n"
           "Sie können dies in den Einstellungen zur Datennutzung ändern.\n\n"
           "Für diese Funktionen bitten wir Sie um Zugriff auf folgende Daten:\n\n- Fehlerprotokolle\n- Nutzungsereignisse\n"),
    ("es", "Para entrenar nuestros modelos de clasificación, necesitaremos acceso a datos adicionales de su espacio.\n\n"
           "Puede cambiarlo en la configuración de uso de datos.\n\n"
           "Para estas funciones, le pedimos acceso a los siguientes datos:\n\n- Registros de errores\n- Eventos de uso\n"),
])
def test_a_training_that_needs_access_the_member_is_asked_for_is_opt_in(locale, text):
    got = ask(text, locale, kind="ai-notice")["ai-training"]
    assert (got.value, got.details["default"]) == ("yes", "no")


def test_and_not_before_an_adjective_still_excludes_that_data():
    assert training("We train our AI models on anonymised and not identified usage data, such as feature clicks.") == "yes"


def test_training_data_in_an_ai_model_is_still_training():
    assert training("We use your public posts as training data in our AI models.") == "yes"


# ---------------------------------------------------------------- round 27a: what a denial covers, what counts as training

@pytest.mark.parametrize("text, locale", [
    # One kind of the members' data, even the service's main content (call 3): partial.
    ("Your journal entries are never used to train AI models.", "en"),
    ("Vos échanges avec le coach ne sont jamais utilisés pour entraîner des modèles d'IA.", "fr"),
    ("Deine Sprachnotizen werden nicht zum Training von KI-Modellen verwendet.", "de"),
    ("Tus recetas nunca se utilizan para entrenar modelos de IA.", "es"),
    ("We have never used seller content to train AI models.", "en"),
])
def test_a_denial_of_one_kind_of_members_data_is_partial(text, locale):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    # Members' data as a whole, in the forms denials use: complete.
    ("We do not use your notes, or any other data you keep with us, to train AI models.", "en"),
    ("Hostly does not use hosts' content or guests' data to train artificial intelligence models.", "en"),
    ("We do not use data from your account to train AI models.", "en"),
    ("Le service n'utilise pas les données des contribuables pour entraîner des modèles d'IA.", "fr"),
    ("Wir trainieren keine KI-Modelle mit deinen Daten.", "de"),
    ("Ningún dato de tu cuenta se utiliza para entrenar modelos de IA.", "es"),
])
def test_a_denial_of_members_data_as_a_whole_is_complete(text, locale):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("text, locale", [
    # The denial keeps its scope: only others' models, or only models that imitate the member.
    ("Your data is not used to train third-party generative AI models.", "en"),
    ("Vos données ne sont pas utilisées pour entraîner des modèles d'IA générative de tiers.", "fr"),
    ("Ihre Daten werden nicht für generative KI-Modelle von Drittanbietern verwendet.", "de"),
    ("Tus datos no se usan para entrenar modelos de lenguaje generativo de terceros.", "es"),
    ("We will not use your tracks to train AI models that imitate your voice or style.", "en"),
    ("Your photos are not used to train our models to recognise you.", "en"),
])
def test_a_denial_of_some_models_or_one_purpose_leaves_the_training_open(text, locale):
    assert training(text, locale) == "unclear"


def test_a_denial_of_third_party_or_own_models_is_complete():
    assert training("Your data is not used to train our models or third-party models.") == "no"


@pytest.mark.parametrize("text, locale", [
    # A bracket leaving some data out does not deny the use it follows.
    ("# How we use your data\n\n- To improve our AI with anonymous usage patterns (never with your identifiable information).", "en"),
    ("# Cómo usamos tus datos\n\n- Para mejorar nuestra IA con patrones anónimos (nunca con tu nombre ni tu correo).", "es"),
])
def test_a_bracket_excluding_some_data_does_not_deny_the_training(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# 3. How we use your information\n\n3.1. To provide the service.\n\n3.2. To train and improve our machine learning models (with anonymised photos).", "en"),
    ("# 3. Cómo utilizamos su información\n\n3.1. Para prestar el servicio.\n\n3.2. Para entrenar nuestros modelos de machine learning (con fotos anonimizadas).", "es"),
])
def test_a_numbered_paragraph_worded_as_a_purpose_is_a_listed_purpose(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    # Announced starts said in other words: still a start to come ("no" today, call 4).
    ("# IA\n\nÀ compter du 1er mars 2031, les échanges anonymisés serviront à entraîner nos modèles.", "fr"),
    ("# KI\n\nAb dem 1. März 2031 werden wir pseudonymisierte Fahrdaten (z. B. Strecke, Dauer) verwenden, um unsere KI-Modelle zu trainieren.", "de"),
    ("# IA\n\nA partir del 1 de marzo de 2031, Rentaplus utilizará las fotos de los anuncios publicados en rentaplus.es para entrenar sus modelos de IA.", "es"),
])
def test_an_announced_start_in_other_words_is_a_training_to_come(text, locale):
    got = ask(text, locale)
    assert got["ai-training"].value == "no"
    assert got["effective"].details["upcoming"] == "2031-03-01"


def test_a_lead_announcing_purposes_is_no_data_field():
    # "We use the categories of information we collect for the following … purposes:" names data only as what its
    # purposes use: a training item under it is a purpose, not a line of a data list.
    text = ("# Use of information\n\nWe use the categories of information we collect for the following business and "
            "operational purposes:\n\n- Improving the Product: we also use information to improve the Product, including "
            "to train our machine learning models.\n- Support: to answer your requests.\n")
    assert training(text) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# Information we collect\n\n2. Activity data\n\n- What We Collect: pages viewed, features used and session length.\n"
     "- Purpose: To measure engagement and improve AI model accuracy.\n", "en"),
])
def test_a_purpose_field_beside_what_is_collected_is_a_use_of_that_data(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text", [
    # Only identifiable data denied: the same data anonymised may still train (call 10); and "reuse" starts its own
    # verb phrase, so the personal data that is only not sold is not what the training denial covers.
    "Ledgerly does not sell personal information and does not reuse identifiable invoice data to train its AI models.",
    "We never use identifying account information to improve our AI models.",
])
def test_a_denial_of_identifiable_data_only_is_partial(text):
    assert training(text) == "unclear"


def test_a_denial_of_personally_identifiable_information_stays_whole():
    assert training("We do not use personally identifiable information to train our AI models.") == "no"


@pytest.mark.parametrize("text, locale", [
    # A list of "no <noun phrase>": each one denied as the first; the denial names one kind of content (call 3).
    ("Plain and simple: no tracking, no reselling, no training AI on your sketches.", "en"),
    # "Nor" / «tampoco» deny with no "not" of their own.
    ("We do not sell your data. Nor do we use your photos to train AI models.", "en"),
    ("No vendemos sus datos. Tampoco usamos sus grabaciones para entrenar modelos de IA.", "es"),
])
def test_a_denial_with_no_not_is_still_a_denial(text, locale):
    assert training(text, locale) == "unclear"  # a denial of one kind of data: partial, never "yes"


def test_a_repeated_we_opens_its_own_verb_phrase():
    # Only the sketches are denied for training: the personal data is only not sold.
    assert training("We don't rent personal data and we don't use your sketches to train AI models.") == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("Your data is never used to train external AI models.", "en"),
    ("Vos données ne sont ni revendues ni utilisées pour entraîner des modèles d'IA externes.", "fr"),
    ("Sus datos no se utilizan para entrenar modelos de IA externos.", "es"),
    ("Ihre Daten werden nicht zum Training externer KI-Modelle verwendet.", "de"),
])
def test_a_denial_of_external_models_leaves_the_platforms_own_open(text, locale):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("# Your data\n\n- Your training data: sessions, distances, heart rate and personal bests.\n", "en"),
    ("# Vos données\n\n- Vos données d'entraînement : séances, distances parcourues et records.\n", "fr"),
    ("# Ihre Daten\n\n- Ihre Trainingsdaten: Einheiten, Strecken, Puls und Bestzeiten.\n", "de"),
    ("# Tus datos\n\n- Tus datos de entrenamiento: sesiones, distancias, pulso y marcas personales.\n", "es"),
])
def test_workout_training_data_in_a_text_with_no_ai_is_no_model_training(text, locale):
    assert training(text, locale) == "unclear"


def test_training_data_beside_a_model_is_still_model_training():
    assert training("We use your chats as training data for our language models.") == "yes"


@pytest.mark.parametrize("text, locale", [
    ("To write your plan, we send your workout history to Mistral, our AI model provider, which returns the plan.", "en"),
    ("Pour rédiger votre programme, nous envoyons votre historique d'entraînement à Mistral, notre fournisseur de modèles d'IA, "
     "qui renvoie le programme.", "fr"),
    ("Para crear tu plan, enviamos tu historial de entrenamiento a Mistral, nuestro proveedor de modelos de IA, que devuelve el plan.", "es"),
])
def test_a_vendor_named_by_its_trade_is_no_training(text, locale):
    assert training(text, locale) == "unclear"


def test_the_creators_of_a_model_are_people_not_a_training():
    assert training("# AI notice\n\nYour prompts are not visible to the developers of the underlying language models.",
                    "en") == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("Our AI partners may use the data we send them to improve and train their own models.", "en"),
    ("Ces prestataires peuvent utiliser les données envoyées pour améliorer et entraîner leurs propres modèles d'IA.", "fr"),
    ("Estos socios pueden usar los datos compartidos para entrenar sus propios modelos de IA.", "es"),
])
def test_recipients_training_on_what_the_platform_sends_is_training(text, locale):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Beatforge does not use user-generated content to train AI models.", "en"),
    ("Beatforge n'utilise pas les contenus publiés par les utilisateurs pour entraîner des modèles d'IA.", "fr"),
    ("Beatforge no usa el contenido subido por los usuarios para entrenar modelos de IA.", "es"),
])
def test_user_generated_content_is_members_data_as_a_whole(text, locale):
    assert training(text, locale) == "no"


def test_a_denial_of_the_data_taken_for_the_pages_feature_answers_for_the_page():
    text = "# Smart Summary Privacy\n\nYour documents opened in Smart Summary are never used to train AI models.\n"
    assert ask(text, kind="ai-notice")["ai-training"].value == "no"
    # On a whole policy, the same denial names one kind of data.
    text = "# Privacy Policy\n\nYour documents opened in Smart Summary are never used to train AI models.\n"
    assert ask(text, kind="ai-notice")["ai-training"].value == "unclear"


def test_an_item_under_a_lead_where_the_member_gives_something_is_an_opt_in_section():
    text = ("# Sharing your recordings (Opt-In)\n\nWhen you publish a recording to the public gallery:\n\n"
            "- It is visible to every user\n- It may be used to train and improve our AI models\n")
    got = ask(text)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


def test_an_opt_in_for_one_kind_of_data_does_not_set_the_default_of_the_rest():
    text = ("# Information we collect\n\nWe collect the following information to operate and improve the AI studio:\n\n"
            "- Activity: prompts and editing choices, to refine model quality.\n\n"
            "We do not use your uploaded photos for model training without explicit consent.\n")
    got = ask(text)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("text, locale", [
    ("Pas de publicité, pas de revente, pas d'entraînement d'IA sur vos carnets.", "fr"),
    ("Sin anuncios, sin reventa, sin entrenamiento de IA con tus cuadernos.", "es"),
    ("Keine Werbung, kein Weiterverkauf, kein KI-Training mit Ihren Notizbüchern.", "de"),
])
def test_a_list_of_no_this_no_that_denies_the_training_it_names(text, locale):
    assert training(text, locale) == "unclear"  # denied on one kind of content: partial, never "yes"


@pytest.mark.parametrize("text, locale", [
    ("Our AI coach reads your training data to suggest tomorrow's session.", "en"),
    ("Unser KI-Coach liest Ihre Trainingsdaten, um die nächste Einheit vorzuschlagen.", "de"),
])
def test_the_members_own_training_data_in_an_ai_coach_is_a_workout(text, locale):
    assert training(text, locale) == "unclear"


# A negated lead over a list ("We do not sell, share or use X for:"): each item is denied, with the lead's data.
@pytest.mark.parametrize("locale, text", [
    ("en", "We do not sell, rent or use your personal data for:\n\n- Targeted advertising\n- Training artificial intelligence models\n"),
    ("fr", "Nous ne vendons, ne louons ni n'utilisons vos données personnelles pour :\n\n- La publicité ciblée\n- Entraîner des modèles d'intelligence artificielle\n"),
    ("de", "Wir verkaufen, vermieten oder verwenden Ihre personenbezogenen Daten nicht für:\n\n- Gezielte Werbung\n- Das Training von KI-Modellen\n"),
    ("es", "No vendemos, alquilamos ni utilizamos tus datos personales para:\n\n- Publicidad dirigida\n- Entrenar modelos de inteligencia artificial\n"),
])
def test_items_under_a_negated_use_lead_are_denials_of_the_leads_data(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not share or use your private messages for:\n\n- Advertising\n- Training artificial intelligence models\n"),
    ("fr", "Nous ne partageons ni n'utilisons vos messages privés pour :\n\n- La publicité\n- Entraîner des modèles d'intelligence artificielle\n"),
    ("de", "Wir geben Ihre privaten Nachrichten nicht weiter und verwenden sie nicht für:\n\n- Werbung\n- Das Training von KI-Modellen\n"),
    ("es", "No compartimos ni utilizamos tus mensajes privados para:\n\n- Publicidad\n- Entrenar modelos de inteligencia artificial\n"),
])
def test_a_negated_use_lead_naming_one_kind_of_data_is_a_partial_denial(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not transfer or use data from Box or OneDrive for:\n\n- Advertising\n- Training artificial intelligence models\n"),
    ("fr", "Nous ne transférons ni n'utilisons les données de Box ou OneDrive pour :\n\n- La publicité\n- Entraîner des modèles d'intelligence artificielle\n"),
    ("de", "Wir übertragen oder verwenden Daten aus Box oder OneDrive nicht für:\n\n- Werbung\n- Das Training von KI-Modellen\n"),
    ("es", "No transferimos ni utilizamos datos de Box u OneDrive para:\n\n- Publicidad\n- Entrenar modelos de inteligencia artificial\n"),
])
def test_a_negated_use_lead_over_another_services_data_is_a_partial_denial(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We do not sell your data. We use your data for:\n\n- Running the service\n- Training artificial intelligence models\n"),
    ("en", "We do not use your personal data except to:\n\n- Run the service\n- Train artificial intelligence models\n"),
    ("fr", "Nous n'utilisons vos données que pour :\n\n- Faire fonctionner le service\n- Entraîner des modèles d'intelligence artificielle\n"),
    ("de", "Wir verwenden Ihre Daten nur für:\n\n- Den Betrieb des Dienstes\n- Das Training von KI-Modellen\n"),
    ("es", "No obstante, utilizamos tus datos para:\n\n- Operar el servicio\n- Entrenar modelos de inteligencia artificial\n"),
])
def test_a_lead_that_limits_or_follows_a_denial_is_no_negated_use_lead(locale, text):
    assert training(text, locale) == "yes"


# Training said to use only other sources ("models we train only on synthetic images"), naming no members' data:
# not a training on members' data (call 10); a denial beside it keeps its "no".
@pytest.mark.parametrize("locale, text", [
    ("en", "Acme does not use your messages or any other personal data to train AI models. Our spam filter runs on models we train only on synthetic emails and on corpora we license from publishers."),
    ("fr", "Acme n'utilise pas vos messages ni aucune autre donnée personnelle pour entraîner des modèles d'IA. Notre filtre repose sur des modèles que nous entraînons uniquement sur des courriels synthétiques."),
    ("de", "Acme verwendet Ihre Nachrichten und Ihre sonstigen personenbezogenen Daten nicht zum Training von KI-Modellen. Unseren Filter trainieren wir ausschließlich mit synthetischen E-Mails."),
    ("es", "Acme no utiliza tus mensajes ni ningún otro dato personal tuyo para entrenar modelos de IA. Nuestro filtro funciona con modelos que entrenamos únicamente con correos sintéticos."),
])
def test_training_only_on_other_sources_is_not_on_members_data(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "We train our AI models on your chats and on synthetic dialogues."),
    ("es", "Entrenamos nuestros modelos de IA con tus chats y con diálogos sintéticos."),
])
def test_training_on_members_data_beside_other_sources_is_still_training(locale, text):
    assert training(text, locale) == "yes"


# A denial limited to identifiable data beside a use in anonymised form ("Only in anonymised form. We never use
# identifiable personal data to train…"): the members' data trains, anonymised (call 10).
@pytest.mark.parametrize("locale, text", [
    ("en", "Is my data used to train the AI?\n\nOnly in anonymised and aggregated form. We never use identifiable personal data to train our AI models."),
    ("fr", "Mes données servent-elles à entraîner l'IA ?\n\nUniquement sous forme anonymisée et agrégée. Nous n'utilisons jamais de données personnelles identifiables pour entraîner nos modèles d'IA."),
    ("de", "Werden meine Daten zum Training der KI genutzt?\n\nNur in anonymisierter und aggregierter Form. Wir verwenden niemals identifizierbare personenbezogene Daten zum Training unserer KI-Modelle."),
    ("es", "¿Se usan mis datos para entrenar la IA?\n\nSolo de forma anonimizada y agregada. Nunca usamos datos personales identificables para entrenar nuestros modelos de IA."),
])
def test_a_denial_of_identifiable_data_beside_anonymised_use_is_training(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("fr", "Nous n'utilisons jamais de données identifiables pour améliorer nos modèles d'IA."),
    ("de", "Wir verwenden niemals identifizierbare Kontodaten, um unsere KI-Modelle zu verbessern."),
    ("es", "Nunca utilizamos datos identificables de tu cuenta para mejorar nuestros modelos de IA."),
])
def test_a_denial_of_identifiable_data_only_is_partial_in_other_languages(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your data to improve our AI models (only with anonymised patterns).\n\nWe will never use your data for:\n\n- Advertising\n- Training AI models on identifiable personal content\n"),
    ("de", "Wir verwenden deine Daten zur Verbesserung unserer KI-Modelle (nur mit anonymisierten Mustern).\n\nWir werden deine Daten niemals verwenden für:\n\n- Werbung\n- Training von KI-Modellen mit identifizierbaren Inhalten\n"),
])
def test_an_item_naming_its_own_data_narrows_the_denying_leads(locale, text):
    assert training(text, locale) == "yes"


def test_a_denial_beside_training_only_on_other_sources_is_read():
    assert training("Since March 2025 we no longer use our players' data to train AI models; we train only on licensed and synthetic data.") == "no"


# A vendor's promise ("We pick providers who contractually agree not to keep your files or train on them"): the
# providers' denial, not the platform's (call 10); nothing else said of training leaves it open.
@pytest.mark.parametrize("locale, text", [
    ("en", "We work only with providers that contractually agree not to store your files after a request and not to use them to train their models."),
    ("fr", "Nous faisons appel à des prestataires qui s'engagent contractuellement à ne pas conserver vos fichiers ni les utiliser pour entraîner leurs modèles."),
    ("de", "Wir arbeiten nur mit Anbietern, die sich vertraglich verpflichten, Ihre Dateien nicht zu speichern und nicht zum Training ihrer Modelle zu verwenden."),
    ("es", "Trabajamos solo con proveedores que se comprometen contractualmente a no conservar tus archivos ni usarlos para entrenar sus modelos."),
])
def test_providers_who_agree_not_to_train_are_a_vendors_denial(locale, text):
    assert training(text, locale) == "unclear"


# The models' training data spoken of as a thing on an AI page ("biases present in the training data"): no use of
# members' data.
@pytest.mark.parametrize("locale, text", [
    ("en", "# Limits of the assistant\n\n- Answers may reflect biases found in the training data\n- Answers may be out of date\n"),
    ("fr", "# Limites de l'assistant\n\n- Des biais présents dans les données d'entraînement\n- Des réponses parfois datées\n"),
    ("de", "# Grenzen des Assistenten\n\n- Verzerrungen in den Trainingsdaten\n- Veraltete Antworten\n"),
    ("es", "# Límites del asistente\n\n- Sesgos de los datos de entrenamiento\n- Respuestas desactualizadas\n"),
])
def test_the_models_training_data_named_on_an_ai_page_is_no_use(locale, text):
    assert ask(text + "\n", locale, kind="ai-notice")["ai-training"].value == "unclear"


# ---------------------------------------------------------------- round 30a

@pytest.mark.parametrize("locale, text", [
    ("en", "You may not use the Platform to train or improve machine learning models."),
    ("en", "# Acceptable use\n\nYou agree not to:\n\n- Copy the Platform's content\n- Use the outputs to develop competing AI models"),
    ("en", "# Prohibited Uses\n\n- Scraping member profiles to train artificial intelligence models"),
    ("fr", "Il est interdit d'utiliser la Plateforme pour entraîner des modèles d'intelligence artificielle."),
    ("fr", "Vous vous engagez à ne pas :\n\n- utiliser les contenus de la Plateforme pour entraîner des modèles d'IA"),
    ("de", "Es ist untersagt, die Plattform zum Training von KI-Modellen zu nutzen."),
    ("de", "Sie dürfen die Inhalte der Plattform nicht verwenden, um KI-Modelle zu trainieren."),
    ("es", "No está permitido utilizar la Plataforma para entrenar modelos de inteligencia artificial."),
    ("es", "Usted no puede:\n\n- Utilizar el contenido de la Plataforma para entrenar modelos de IA"),
])
def test_what_the_member_may_not_do_says_nothing_of_the_platforms_training(locale, text):
    assert training(text, locale) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "You may not:\n\n- Resell access to the Platform\n- Use the Platform to train machine learning models\n\n"
           "We do not use your content to train our AI models."),
    ("de", "Sie dürfen nicht:\n\n- die Plattform weiterverkaufen\n- die Plattform zum Training von KI-Modellen nutzen\n\n"
           "Wir verwenden Ihre Inhalte nicht, um unsere KI-Modelle zu trainieren."),
])
def test_a_prohibition_on_the_member_leaves_the_platforms_denial_alone(locale, text):
    assert training(text, locale) == "no"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Acceptable use\n\n- We use your uploads to train our AI models"),
    ("de", "Sie dürfen jederzeit widersprechen, danach werden Ihre Daten nicht mehr genutzt. Wir verwenden Ihre Fotos, um unsere KI-Modelle zu trainieren."),
])
def test_the_platforms_own_use_beside_a_prohibition_is_still_read(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Enterprise-Grade Security\n\nYour content is never used to train our AI models."),
    ("fr", "# Confidentialité de niveau Enterprise\n\nVos contenus ne sont jamais utilisés pour entraîner nos modèles d'IA."),
    ("de", "# Datenschutz auf Enterprise-Niveau\n\nIhre Inhalte werden niemals verwendet, um unsere KI-Modelle zu trainieren."),
    ("es", "# Privacidad de nivel Enterprise\n\nTus contenidos nunca se utilizan para entrenar nuestros modelos de IA."),
])
def test_a_quality_named_after_a_plan_does_not_narrow_a_denial(locale, text):
    assert training(text, locale) == "no"


def test_a_denial_for_a_plan_stays_partial():
    assert training("# Enterprise accounts\n\nYour content is never used to train our AI models.") == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use the information we collect to:\n\n- Improve and train our AI models (with anonymised usage data only, never identifiable information)."),
    ("fr", "Nous utilisons vos données pour :\n\n- Entraîner nos modèles d'IA (avec des données d'usage anonymisées uniquement, jamais des informations identifiables)."),
    ("de", "Wir verwenden Ihre Daten für folgende Zwecke:\n\n- Training unserer KI-Modelle (Nutzungsdaten werden nur anonymisiert verwendet, niemals identifizierbare Daten)."),
    ("es", "Utilizamos sus datos para:\n\n- Entrenar nuestros modelos de IA (con datos de uso anonimizados únicamente, nunca información identificable)."),
])
def test_training_on_anonymised_data_only_beside_a_denial_of_identifiable_data_is_training(locale, text):
    assert training(text, locale) == "yes"


@pytest.mark.parametrize("text", [
    "We use your information to provide and improve our AI meal planning services and to answer your questions.",
    "We use the information we collect to:\n\n- Improve AI suggestions\n- Send you service e-mails",
    "We use your data to improve our AI shopping experience.",
])
def test_an_ai_service_improved_is_no_model_trained(text):
    assert training(text) == "unclear"


@pytest.mark.parametrize("text", [
    "We use your information to improve our AI models.",
    "We use your prompts and edits to improve our AI writing tools.",
])
def test_ai_models_or_tools_improved_with_members_data_are_trained(text):
    assert training(text) == "yes"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Help us improve\n\nWe can use your anonymised chats to train our AI models.\n\n- Yes, count me in\n- No thanks"),
    ("fr", "# Aidez-nous\n\nNous pouvons utiliser vos échanges anonymisés pour entraîner nos modèles d'IA.\n\n- Oui, avec plaisir\n- Non merci"),
    ("de", "# Helfen Sie uns\n\nWir können Ihre anonymisierten Chats verwenden, um unsere KI-Modelle zu trainieren.\n\n- Ja, gerne\n- Nein, danke"),
    ("es", "# Ayúdanos\n\nPodemos utilizar tus conversaciones anonimizadas para entrenar nuestros modelos de IA.\n\n- Sí, claro\n- No, gracias"),
])
def test_a_choice_card_under_the_training_is_an_opt_in(locale, text):
    got = ask(text + "\n", locale)["ai-training"]
    assert (got.value, got.details["default"]) == ("yes", "no")


def test_a_list_of_statements_under_the_training_is_no_choice_card():
    text = "We use your chats to train our AI models.\n\n- Your name is removed first\n- No training on private messages"
    assert default(text) == "yes"
