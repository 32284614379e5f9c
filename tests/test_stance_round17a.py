"""Round 17a of the stance rules: AI training, refusal and legal basis. Short texts of our own in
EN, FR, DE and ES (none copied from the eval sets)."""

from __future__ import annotations

from datetime import date

import pytest

from test_stance import ask, basis, route, training


# ---------------------------------------------------------------- training

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


def test_an_announced_start_in_ing_with_a_setting_that_already_works():
    text = ("From June 1, 2027, we will start using the boards you create to train the AI models behind "
            "smart suggestions.\n\nUntil then, we do not use your personal data to train AI models.\n\n"
            "You can switch this off at any time under Settings > Privacy > Smart suggestions.")
    found = ask(text + "\n", "en", today=date(2027, 3, 1))
    assert found["ai-training"].value == "no"
    assert found["ai-opt-out"].value == "setting"


# ---------------------------------------------------------------- refusal

@pytest.mark.parametrize("text, locale, want", [
    ("We use the voice messages you send to train our speech models. To stop your voice messages being used "
     "for model training, write to ai-optout@example.com.", "en", "email"),
    ("Nous utilisons vos messages vocaux pour entraîner nos modèles d'IA. Pour que vos messages ne soient plus "
     "utilisés, écrivez à ia@example.fr.", "fr", "email"),
    ("Wir verwenden Ihre Sprachnachrichten, um unsere KI-Modelle zu trainieren. Damit Ihre Sprachnachrichten "
     "nicht mehr dafür verwendet werden, schreiben Sie an ki@example.de.", "de", "email"),
    ("Utilizamos tus mensajes de voz para entrenar nuestros modelos de IA. Para que tus mensajes dejen de "
     "utilizarse, escribe a ia@example.es.", "es", "email"),
])
def test_a_refusal_said_as_what_is_stopped(text, locale, want):
    assert route(text, locale) == want


def test_a_german_settings_compound_is_a_setting():
    text = ("Mit Ihrer Einwilligung verwenden wir Ihre Notizen, um unsere KI-Modelle zu trainieren. "
            "Sie können Ihre Einwilligung jederzeit in den Profileinstellungen unter „KI-Hilfe“ widerrufen.")
    assert route(text, "de") == "setting"


@pytest.mark.parametrize("text, locale", [
    ("Nous concédons vos contenus publics sous licence à des entreprises qui les utilisent pour entraîner des "
     "modèles d'IA. Les utilisateurs ne peuvent pas exclure leurs publications de ces accords.", "fr"),
    ("Wir verwenden öffentliche Beiträge, um unsere KI-Modelle zu trainieren. Nutzer können ihre öffentlichen "
     "Beiträge davon nicht ausschließen.", "de"),
    ("Utilizamos los contenidos públicos para entrenar nuestros modelos de IA. Los usuarios no pueden excluir "
     "sus publicaciones de este uso.", "es"),
])
def test_users_cannot_exclude_in_the_third_person_is_no_route(text, locale):
    assert route(text, locale) == "none"


def test_an_opt_out_that_depends_on_the_plan_is_no_route_to_count_on():
    text = ("We may use your prompts to improve our AI models. Depending on account type or plan, users may be "
            "able to opt out of this use in account settings.")
    assert route(text) == "unclear"


# ---------------------------------------------------------------- legal basis

@pytest.mark.parametrize("text, locale, want", [
    ("We use your match chat to train machine learning models that detect cheating. This processing is "
     "necessary to perform our Terms of Service with you.", "en", "contract"),
    ("We use your lesson recordings to train our pronunciation models. We do so because it is necessary to "
     "provide the feedback features described in our Terms of Use, which form our contract with you.", "en",
     "contract"),
    ("Nous utilisons vos parties pour entraîner nos modèles d'IA anti-triche. Ce traitement est nécessaire pour "
     "exécuter nos Conditions d'utilisation.", "fr", "contract"),
    ("Wir verwenden deine Spieldaten, um unsere KI-Modelle zu trainieren. Diese Verarbeitung ist erforderlich, "
     "um die in unseren Nutzungsbedingungen beschriebenen Funktionen bereitzustellen.", "de", "contract"),
    ("Utilizamos tus partidas para entrenar nuestros modelos de IA. Este tratamiento es necesario para cumplir "
     "nuestros Términos de Servicio.", "es", "contract"),
])
def test_necessary_to_perform_or_provide_the_terms_is_the_contract(text, locale, want):
    assert basis(text, locale) == want


def test_part_of_the_service_we_agree_to_provide_under_the_terms_is_the_contract():
    text = ("We use reports from players to train models that detect abuse.\n\n"
            "Keeping matches fair is part of the service we agree to provide to you under our Terms of Service.")
    assert basis(text) == "contract"


def test_a_purpose_and_basis_table_without_its_separator_line():
    text = ("# Finalités et bases légales\n\n| Finalité | Base légale |\n| Facturation | Exécution du contrat |\n"
            "| Amélioration de nos modèles de recommandation | Intérêt légitime |\n\n"
            "# Recommandations\n\nNous utilisons l'historique de vos commandes pour entraîner nos modèles de "
            "recommandation.")
    assert basis(text, "fr") == "legitimate-interests"
