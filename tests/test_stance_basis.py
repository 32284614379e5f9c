"""Stance rules: the legal basis of the training (basis.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

import pytest

from test_stance import ask, basis


def test_a_task_in_the_public_interest_is_not_the_contract():
    got = ask("Les questions que vous posez à l'assistant sont utilisées pour entraîner ses modèles. Ce traitement est "
              "nécessaire à l'exécution d'une mission d'intérêt public.", "fr")
    assert (got["ai-training"].value, got["legal-basis"].value) == ("yes", "unclear")


@pytest.mark.parametrize("locale, text, basis", [
    ("fr", "| Finalité | Base légale |\n| --- | --- |\n| Entraîner nos modèles d'apprentissage automatique | INTERET LEGITIME |", "legitimate-interests"),
    ("fr", "| Finalité | Base légale |\n| --- | --- |\n| Entraîner nos modèles d'apprentissage automatique | EXECUTION DU CONTRAT |", "contract"),
    ("es", "| Finalidad | Base legal |\n| --- | --- |\n| Entrenar nuestros modelos de inteligencia artificial | INTERES LEGITIMO |", "legitimate-interests"),
])
def test_a_basis_in_capitals_without_accents_is_read(locale, text, basis):
    assert ask(text, locale)["legal-basis"].value == basis


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your prompts to train our models. We do not use your data to train our models without your opt-in and consent."),
    ("fr", "Nous utilisons vos requêtes pour entraîner nos modèles d'IA, jamais sans votre accord et consentement."),
    ("es", "Utilizamos tus consultas para entrenar nuestros modelos de IA con tu autorización y consentimiento."),
])
def test_consent_named_after_an_opt_in_is_consent(locale, text):
    assert ask(text, locale)["legal-basis"].value == "consent"


@pytest.mark.parametrize("text, locale, want", [
    ("# AI features\n\nWe use the notes you write in the app to train our machine learning models.\n\n"
     "# Legal grounds\n\nThis processing rests on our legitimate interest in better suggestions.", "en",
     "legitimate-interests"),
    ("# Intelligence artificielle\n\nNous utilisons vos messages au support pour entraîner nos modèles d'IA.\n\n"
     "# Bases légales\n\nCet entraînement est fondé sur votre consentement.", "fr", "consent"),
    ("# KI\n\nWir verwenden Ihre Fahrtdaten, um unsere KI-Modelle zu trainieren.\n\n"
     "# Rechtsgrundlagen\n\nGrundlage ist unser berechtigtes Interesse an genaueren Prognosen.", "de",
     "legitimate-interests"),
    ("# Inteligencia artificial\n\nUtilizamos tus recetas guardadas para entrenar nuestros modelos de IA.\n\n"
     "# Bases jurídicas\n\nEste tratamiento es necesario para la ejecución de tu contrato.", "es", "contract"),
    ("# Inteligencia artificial\n\nUtilizamos los dibujos de los niños para entrenar nuestros modelos de IA.\n\n"
     "# Bases jurídicas\n\nLa base jurídica de este entrenamiento es el consentimiento de los tutores.", "es", "consent"),
])
def test_the_legal_bases_section_after_the_training_points_back_to_it(text, locale, want):
    assert basis(text, locale) == want


def test_a_basis_for_another_purpose_in_that_section_is_not_the_trainings():
    text = ("# AI\n\nWe use your reviews to train our AI models.\n\n"
            "# Legal bases\n\nWe send you newsletters with your consent.")
    assert basis(text) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("If you switch on Help improve, we use your chats to train our models. We only do this with your consent.", "en"),
    ("Si vous activez l'option, nous utilisons vos conversations pour entraîner nos modèles d'IA. "
     "Nous ne le faisons qu'avec votre consentement.", "fr"),
    ("Wenn Sie die Option einschalten, verwenden wir Ihre Chats, um unsere KI-Modelle zu trainieren. "
     "Wir tun dies nur mit Ihrer Einwilligung.", "de"),
    ("Si activas la opción, utilizamos tus chats para entrenar nuestros modelos de IA. "
     "Solo lo hacemos con tu consentimiento.", "es"),
])
def test_a_use_done_only_with_consent_rests_on_consent(text, locale):
    assert basis(text, locale) == "consent"


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


def test_another_purpose_in_the_list_does_not_give_its_basis():
    text = """We use your information for the following purposes:

- Improving our voice models: We use the recordings you make to train and improve our voice models.

- Fraud checks: We screen payments for fraud.

- With your consent: Where you consent to a particular use, we will use your information for that purpose.

We rely on the following legal bases:

- your consent;

- the performance of our contract with you, for example when you buy a plan;

- our legitimate interests, such as improving and developing our products;

You may withdraw your consent at any time by writing to us."""
    # Not the consent of the other purpose; nor, since call 13, the interest in improving the products:
    # the training is listed as a purpose of its own beside it.
    assert basis(text) == "unclear"


# ---------------------------------------------------------------- round 19a

@pytest.mark.parametrize("text, locale", [
    ("# Research program\n\nYour participation is voluntary and requires your explicit consent.\n\n"
     "# Data and AI\n\nIf you take part, we use your sleep recordings to train our detection models.", "en"),
    ("# Programme de recherche\n\nVotre participation est volontaire et nécessite votre consentement explicite.\n\n"
     "# Données et IA\n\nSi vous participez, nous utilisons vos enregistrements pour entraîner nos modèles d'IA.", "fr"),
    ("# Forschungsprogramm\n\nIhre Teilnahme ist freiwillig und erfordert Ihre ausdrückliche Einwilligung.\n\n"
     "# Daten und KI\n\nWenn Sie teilnehmen, verwenden wir Ihre Aufnahmen, um unsere KI-Modelle zu trainieren.", "de"),
    ("# Programa de investigación\n\nTu participación es voluntaria y requiere tu consentimiento explícito.\n\n"
     "# Datos e IA\n\nSi participas, usamos tus grabaciones para entrenar nuestros modelos de IA.", "es"),
])
def test_an_ai_page_that_says_the_use_requires_consent_rests_on_it(text, locale):
    assert ask(text + "\n", locale, kind="ai-notice")["legal-basis"].value == "consent"


@pytest.mark.parametrize("text, locale", [
    ("Nous n'utilisons pas vos données pour entraîner nos modèles d'IA sans votre consentement préalable.", "fr"),
    ("We never use your data to train our AI models without your explicit consent.", "en"),
])
def test_a_denial_that_names_the_consent_it_would_need_gives_no_basis(text, locale):
    assert basis(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("If you switch on Smart Drafts, we use your notes to train our writing model.\n\n"
     "We only do this with your explicit consent, which you can withdraw in Settings.", "en"),
    ("Si vous activez Brouillons malins, nous utilisons vos notes pour entraîner notre modèle d'écriture.\n\n"
     "Nous ne l'activons qu'avec votre consentement, que vous pouvez retirer dans les Paramètres.", "fr"),
    ("Wenn du Smarte Entwürfe einschaltest, nutzen wir deine Notizen, um unser KI-Modell zu trainieren.\n\n"
     "Wir schalten das nur mit deiner ausdrücklichen Einwilligung ein, die du in den Einstellungen widerrufen kannst.", "de"),
    ("Si activas Borradores inteligentes, utilizaremos tus notas para entrenar nuestro modelo de escritura.\n\n"
     "Solo lo activamos con tu consentimiento, que puedes retirar en Ajustes.", "es"),
])
def test_a_training_done_only_with_the_members_consent_rests_on_consent(text, locale):
    assert basis(text, locale) == "consent"


@pytest.mark.parametrize("text, locale", [
    ("# Voice samples\n\nWhen you join:\n\n- Your recordings are used to train our speech models.\n"
     "- You can withdraw your consent at any time.", "en"),
    ("# Échantillons vocaux\n\nSi vous participez :\n\n- Vos enregistrements sont utilisés pour entraîner nos modèles vocaux.\n"
     "- Vous pouvez retirer votre consentement à tout moment.", "fr"),
    ("# Sprachproben\n\nWenn Sie teilnehmen:\n\n- Ihre Aufnahmen werden verwendet, um unsere Sprachmodelle zu trainieren.\n"
     "- Ihre Einwilligung können Sie jederzeit widerrufen.", "de"),
    ("# Muestras de voz\n\nSi participas:\n\n- Tus grabaciones se utilizan para entrenar nuestros modelos de voz.\n"
     "- Puedes revocar tu consentimiento en cualquier momento.", "es"),
])
def test_a_consent_one_can_withdraw_right_after_the_training_is_its_basis(text, locale):
    # Only a processing on consent has a consent to withdraw; no other basis is named.
    assert basis(text, locale) == "consent"


def test_a_withdrawal_for_some_uses_names_no_basis_of_the_training():
    text = ("We use your recordings to train our speech models.\n\n"
            "You may withdraw your consent for some uses of your data by writing to us.")
    assert basis(text) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("Uploaded drafts are deleted after one day, unless the user consents to their being kept to train our AI models.", "en"),
    ("Les brouillons envoyés sont supprimés après un jour, sauf si l'utilisateur consent à ce qu'ils soient conservés pour entraîner nos modèles d'IA.", "fr"),
    ("Hochgeladene Entwürfe werden nach einem Tag gelöscht, es sei denn, der Nutzer willigt ein, dass sie zum Trainieren unserer KI-Modelle aufbewahrt werden.", "de"),
    ("Los borradores subidos se eliminan tras un día, salvo que el usuario consienta que se conserven para entrenar nuestros modelos de IA.", "es"),
])
def test_the_user_named_in_the_third_person_consenting_is_the_consent_basis_and_an_opt_in(text, locale):
    got = ask(text + "\n", locale, kind="ai-notice")  # a page about the tool's texts: they are the members'
    assert got["legal-basis"].value == "consent"
    assert got["ai-training"].details["default"] == "no"


@pytest.mark.parametrize("text, locale", [
    ("# How we use your information\n\nWe use the drafts you write in the editor to train our AI models.\n\n"
     "# Legal bases\n\nWe rely on our legitimate interests to use your drafts to improve our models.", "en"),
    ("# Utilisation de vos données\n\nNous utilisons les brouillons que vous rédigez pour entraîner nos modèles d'IA.\n\n"
     "# Bases légales\n\nNous nous fondons sur notre intérêt légitime pour utiliser vos brouillons afin d'améliorer nos modèles.", "fr"),
    ("# Wie wir Ihre Daten nutzen\n\nWir verwenden Ihre Entwürfe, um unsere KI-Modelle zu trainieren.\n\n"
     "# Rechtsgrundlagen\n\nWir stützen uns auf unser berechtigtes Interesse, um mit Ihren Entwürfen unsere Modelle zu verbessern.", "de"),
    ("# Cómo usamos tus datos\n\nUtilizamos los borradores que escribes para entrenar nuestros modelos de IA.\n\n"
     "# Bases jurídicas\n\nNos basamos en nuestro interés legítimo para usar tus borradores para mejorar nuestros modelos.", "es"),
])
def test_in_a_text_that_trains_ai_a_basis_to_improve_our_models_is_the_trainings(text, locale):
    assert basis(text, locale) == "legitimate-interests"


@pytest.mark.parametrize("text, locale", [
    ("# Legal bases\n\n- Contract: running your account\n- Consent: training our AI models on your voice notes, which you may "
     "withdraw at any time\n\n# Voice notes\n\nWe use your voice notes to train our AI models.", "en"),
    ("# Bases légales\n\n- Contrat : gestion de votre compte\n- Consentement : entraînement de nos modèles d'IA sur vos notes vocales, "
     "que vous pouvez retirer à tout moment\n\n# Notes vocales\n\nNous utilisons vos notes vocales pour entraîner nos modèles d'IA.", "fr"),
    ("# Bases jurídicas\n\n- Contrato: gestión de tu cuenta\n- Consentimiento: entrenamiento de nuestros modelos de IA con tus notas de voz, "
     "que puedes retirar en cualquier momento\n\n# Notas de voz\n\nUtilizamos tus notas de voz para entrenar nuestros modelos de IA.", "es"),
])
def test_a_basis_written_as_the_label_of_the_training_purpose_is_its_basis(text, locale):
    assert basis(text, locale) == "consent"


def test_a_refusal_worded_as_opting_out_of_the_use_means_on_by_default_even_on_consent():
    text = ("# Legal bases\n\n- Consent: training our AI models on your sketches\n\n# Training\n\n"
            "We may use your sketches to train our AI models. If you wish to opt out of your sketches being used for "
            "training, write to optout@example.com.")
    got = ask(text)
    assert got["legal-basis"].value == "consent"
    assert got["ai-training"].details["default"] == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# Privacy\n\nBy turning on this option, you agree to share your anonymised workout logs to train our AI models.", "en"),
    ("# Confidentialité\n\nEn activant cette option, vous acceptez de partager vos relevés anonymisés pour l'entraînement de nos modèles d'IA.", "fr"),
    ("# Datenschutz\n\nWenn Sie diese Option aktivieren, willigen Sie ein, dass wir Ihre anonymisierten Messwerte zum Training unserer KI-Modelle verwenden.", "de"),
    ("# Privacidad\n\nAl activar esta opción, aceptas compartir tus registros anonimizados para entrenar nuestros modelos de IA.", "es"),
])
def test_agreeing_by_switching_an_option_on_is_consent_and_an_opt_in(text, locale):
    got = ask(text, locale, kind="opt-out")
    assert got["legal-basis"].value == "consent"
    assert got["ai-training"].details["default"] == "no"


def test_ticking_a_box_to_object_is_no_opt_in():
    text = ("We use your meter readings to train our machine learning models. You can object by filling in our request "
            "form and ticking the box 'Objection'.")
    assert ask(text)["ai-training"].details["default"] == "yes"


@pytest.mark.parametrize("text, locale", [
    ("# How we use data\n\nWe may use your prompts to improve the Services, including improving the AI models that "
     "power them.\n\n# Legal basis\n\n- Contract, to provide the Services you signed up for;\n- Legitimate interests, "
     "such as improving the Services and preventing fraud.\n", "en"),
    ("# Utilisation des données\n\nNous pouvons utiliser vos requêtes pour améliorer nos services, y compris pour "
     "entraîner les modèles d'IA qui les font fonctionner.\n\n# Base légale\n\n- Le contrat, pour fournir les services "
     "souscrits ;\n- Notre intérêt légitime, comme l'amélioration de nos services et la prévention de la fraude.\n", "fr"),
    ("# Nutzung der Daten\n\nWir können Ihre Eingaben nutzen, um unsere Dienste zu verbessern, auch um die KI-Modelle "
     "zu trainieren, auf denen sie beruhen.\n\n# Rechtsgrundlage\n\n- Vertrag, um die gebuchten Dienste zu erbringen;\n"
     "- Berechtigtes Interesse, etwa die Verbesserung unserer Dienste und die Betrugsabwehr.\n", "de"),
    ("# Uso de los datos\n\nPodemos usar tus consultas para mejorar nuestros servicios, incluido el entrenamiento de los "
     "modelos de IA que los hacen funcionar.\n\n# Base legal\n\n- El contrato, para prestar los servicios contratados;\n"
     "- El interés legítimo, como la mejora de nuestros servicios y la prevención del fraude.\n", "es"),
])
def test_a_training_to_improve_the_service_takes_the_basis_given_to_that_improvement(text, locale):
    assert basis(text, locale) == "legitimate-interests"


def test_an_improvement_basis_is_not_given_to_a_training_said_for_something_else():
    text = ("# How we use data\n\nWe use your voice clips to train our speech models.\n\n# Legal basis\n\n"
            "- Legitimate interests, such as improving the Services.\n")
    assert basis(text) == "unclear"


def test_an_opt_in_offered_to_the_member_is_consent():
    assert basis("Separately, you can opt in to let us use your drafts to train our writing models.") == "consent"


@pytest.mark.parametrize("text, locale, want", [
    ("From 1 March 2026, we will use your support chats to train the AI models that help our agents.\n\n"
     "We'll do this on the basis of our legitimate interests in faster support.", "en", "legitimate-interests"),
    ("Ab dem 1. März 2026 nutzen wir deine Support-Chats, um die KI-Modelle unserer Mitarbeitenden zu trainieren.\n\n"
     "Wir tun dies auf Grundlage unseres berechtigten Interesses an schnellerem Support.", "de", "legitimate-interests"),
    ("We use your workout logs to train our coaching models.\n\nWe do so based on our legitimate business interests.", "en",
     "legitimate-interests"),
])
def test_a_basis_said_of_the_processing_just_described_is_the_trainings(text, locale, want):
    assert basis("# AI\n\n" + text, locale) == want


@pytest.mark.parametrize("text, locale", [
    ("# KI-Assistent\n\nNur wenn du ausdrücklich zustimmst, verwenden wir deine Notizen, um unser Modell zu trainieren.", "de"),
    ("# Assistant IA\n\nSeulement si tu acceptes, nous utilisons tes notes pour entraîner notre modèle.", "fr"),
    ("# Asistente\n\nSolo si consientes, usamos tus notas para entrenar nuestro modelo.", "es"),
])
def test_a_training_only_if_the_member_addressed_as_du_or_tu_agrees_rests_on_consent(text, locale):
    assert ask(text, locale)["legal-basis"].value == "consent"


@pytest.mark.parametrize("text, locale", [
    ("# Models\n\nWe use support tickets to train our routing model, on the same contractual basis as the service itself.", "en"),
    ("# Modèles\n\nNous utilisons les tickets de support pour entraîner notre modèle de tri, sur la même base contractuelle.", "fr"),
    ("# Modelos\n\nUsamos los tickets de soporte para entrenar nuestro modelo de clasificación, con base jurídica contractual.", "es"),
])
def test_a_contractual_basis_named_as_such_is_the_contract(text, locale):
    assert ask(text, locale)["legal-basis"].value == "contract"


@pytest.mark.parametrize("text, locale", [
    ("# Privacy\n\n# How we use data\n\n- Delivering the app: we use your account details to run the service.\n"
     "- Training our assistant: we use your chats to train our AI models.\n\n"
     "We rely on these legal bases:\n\n- your consent, where you gave it;\n"
     "- our legitimate interests, such as improving our services and measuring their use.", "en"),
    ("# Confidentialité\n\n# Utilisation\n\n- Fournir l'application : nous utilisons vos coordonnées.\n"
     "- Entraîner notre assistant : nous utilisons vos conversations pour entraîner nos modèles d'IA.\n\n"
     "Nous nous fondons sur les bases légales suivantes :\n\n- votre consentement, lorsque vous l'avez donné ;\n"
     "- notre intérêt légitime, comme l'amélioration de nos services.", "fr"),
])
def test_a_basis_for_improving_the_service_beside_a_training_listed_on_its_own_is_not_its_basis(text, locale):
    # Call 13: the texts do not put the training inside the improvement; a reader cannot say which basis.
    assert ask(text, locale)["legal-basis"].value == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("# Privacy\n\nWe use what you upload to run and improve our services, including AI model training.\n\n"
     "We process data on the basis of your consent (for payments) or our legitimate interests (e.g., service improvement).", "en"),
    ("# Datenschutz\n\n# Zwecke\n\nProduktverbesserung\n\n- Training unserer KI-Modelle mit Ihren Fotos\n- Fehlerbehebung\n\n"
     "# Rechtsgrundlagen\n\nWir verarbeiten Daten zur Verbesserung unserer Produkte auf Grundlage unseres berechtigten Interesses.", "de"),
])
def test_a_training_inside_the_improvement_of_the_service_takes_that_improvements_basis(text, locale):
    assert ask(text, locale)["legal-basis"].value == "legitimate-interests"


def test_a_consent_withdrawn_in_another_labelled_purpose_of_the_list_is_not_the_trainings():
    text = ("# Privacy\n\nWe use your information for these purposes:\n\n"
            "- Voice models: we use the recordings you make to train our speech models.\n"
            "- Where you agreed to it: we may ask to use your data for a given purpose. You can withdraw your consent at any time.")
    assert ask(text, "en")["legal-basis"].value == "unclear"


def test_a_training_under_a_spanish_service_improvement_label_takes_its_basis():
    text = ("# Privacidad\n\n# Finalidades\n\nMejora del servicio\n\n- Entrenar nuestros modelos de IA con tus textos\n"
            "- Corregir errores\n\n# Base jurídica\n\nTratamos los datos para la mejora del servicio sobre la base de nuestro interés legítimo.")
    assert ask(text, "es")["legal-basis"].value == "legitimate-interests"


@pytest.mark.parametrize("text, locale", [
    ("# Galerie\n\nNous utilisons les dessins que vous publiez dans la galerie pour entraîner nos modèles, uniquement avec votre permission. Vous pouvez l'activer dans Paramètres > Galerie.", "fr"),
    ("# Galerie\n\nIhre veröffentlichten Zeichnungen können nur mit Ihrer Erlaubnis zum Training unserer Modelle verwendet werden.", "de"),
    ("# Galería\n\nUsamos tus dibujos publicados para entrenar nuestros modelos, solo con tu permiso. Puedes activarlo en Ajustes > Galería.", "es"),
])
def test_a_training_only_with_the_members_permission_rests_on_consent(text, locale):
    assert ask(text, locale)["legal-basis"].value == "consent"


@pytest.mark.parametrize("text, locale, want", [
    ("# Purposes\n\nWe use your data for these purposes and on these bases:\n\nService delivery (legal basis: performance of the contract)\n\n"
     "- Run your account\n\nProduct research (legal basis: legitimate interest)\n\n- Study how the app is used\n- Train our AI models on your questions\n\n"
     "Newsletters (legal basis: consent)\n\n- Send you our newsletter", "en", "legitimate-interests"),
    ("# Finalités\n\nAmélioration du service (base légale : intérêt légitime)\n\n- Entraîner nos modèles d'IA sur vos questions\n\n"
     "Support (base légale : exécution du contrat)\n\n- Répondre à vos demandes", "fr", "legitimate-interests"),
])
def test_a_training_item_takes_the_basis_of_its_own_lists_lead_not_the_next_lists(text, locale, want):
    assert ask(text, locale)["legal-basis"].value == want


def test_a_promise_about_sharing_in_the_training_paragraph_is_not_the_trainings_basis():
    text = ("# IA\n\nNous utilisons vos demandes, agrégées, pour entraîner nos modèles d'IA. Nous ne transmettons jamais vos "
            "coordonnées à des partenaires sans votre consentement explicite.")
    assert ask(text, "fr")["legal-basis"].value == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "# Section 5 (Use of Recipes)\n\n1. Recipes members publish may be used to train our AI models.\n\n"
           "2. We may use recipes for the following purposes:\n\n- Training our suggestion models\n- Ranking search results\n"
           "- Detecting spam\n\n3. Recipes are stripped of names before use.\n\n"
           "4. By accepting these terms, members consent to the above uses."),
    ("fr", "# Article 5 (Utilisation des recettes)\n\n1. Les recettes publiées par les membres peuvent servir à entraîner nos modèles d'IA.\n\n"
           "2. Nous pouvons utiliser les recettes aux fins suivantes :\n\n- Entraîner nos modèles de suggestion\n- Classer les résultats\n"
           "- Détecter le spam\n\n3. Les noms sont retirés des recettes avant usage.\n\n"
           "4. En acceptant ces conditions, les membres consentent aux utilisations décrites ci-dessus."),
    ("de", "# Abschnitt 5 (Nutzung der Rezepte)\n\n1. Rezepte, die Mitglieder veröffentlichen, können zum Training unserer KI-Modelle verwendet werden.\n\n"
           "2. Wir können Rezepte für folgende Zwecke nutzen:\n\n- Training unserer Vorschlagsmodelle\n- Sortieren der Suchergebnisse\n"
           "- Erkennen von Spam\n\n3. Namen werden vor der Nutzung aus den Rezepten entfernt.\n\n"
           "4. Mit der Annahme dieser Bedingungen willigen die Mitglieder in die oben beschriebene Nutzung ein."),
    ("es", "# Sección 5 (Uso de las recetas)\n\n1. Las recetas que publican los miembros pueden usarse para entrenar nuestros modelos de IA.\n\n"
           "2. Podemos usar las recetas para los siguientes fines:\n\n- Entrenar nuestros modelos de sugerencias\n- Ordenar los resultados\n"
           "- Detectar spam\n\n3. Los nombres se eliminan de las recetas antes de usarlas.\n\n"
           "4. Al aceptar estas condiciones, los miembros consienten los usos descritos anteriormente."),
])
def test_a_consent_to_the_uses_listed_above_is_the_trainings_basis_however_long_the_list(locale, text):
    assert basis(text, locale) == "consent"


@pytest.mark.parametrize("locale, text", [
    ("en", "# 2. What we process\n\nPurposes:\n\n- Sorting incoming invoices\n- Training AI models on the invoices each client sends us\n\n"
           "# 3. Legal basis\n\nOur processing follows the GDPR. Each client chooses the legal basis, usually its legitimate interest in faster bookkeeping."),
    ("fr", "# 2. Ce que nous traitons\n\nFinalités :\n\n- Trier les factures reçues\n- Entraîner des modèles d'IA sur les factures que chaque client nous envoie\n\n"
           "# 3. Base légale\n\nNotre traitement respecte le RGPD. Chaque client choisit la base légale, le plus souvent son intérêt légitime à une comptabilité plus rapide."),
    ("de", "# 2. Was wir verarbeiten\n\nZwecke:\n\n- Sortieren eingehender Rechnungen\n- Training von KI-Modellen mit den Rechnungen, die uns jeder Kunde schickt\n\n"
           "# 3. Rechtsgrundlage\n\nUnsere Verarbeitung folgt der DSGVO. Jeder Kunde wählt die Rechtsgrundlage, meist sein berechtigtes Interesse an einer schnelleren Buchhaltung."),
    ("es", "# 2. Qué tratamos\n\nFinalidades:\n\n- Clasificar las facturas recibidas\n- Entrenar modelos de IA con las facturas que cada cliente nos envía\n\n"
           "# 3. Base legal\n\nNuestro tratamiento cumple el RGPD. Cada cliente elige la base legal, normalmente su interés legítimo en una contabilidad más rápida."),
])
def test_the_one_basis_a_legal_bases_section_names_after_the_training_is_its_basis(locale, text):
    assert basis(text, locale) == "legitimate-interests"


def test_a_legal_bases_section_that_names_two_bases_does_not_give_one_to_the_training():
    text = ("# 2. What we process\n\nPurposes:\n\n- Sorting incoming invoices\n- Training AI models on the invoices each client sends us\n\n"
            "# 3. Legal basis\n\nEach client chooses the legal basis, usually its legitimate interest in faster bookkeeping. "
            "Newsletters are sent with your consent.")
    assert basis(text, "en") == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "# 4. How we use data\n\n- Research. We look at how teachers use Tallyo. This helps us improve the features and train our AI models.\n\n"
           "# 5. Legal basis\n\n- Contract. We process account data to give you the service.\n"
           "- Legitimate interests. We process usage logs to secure and improve Tallyo. We weigh these interests against your rights."),
    ("fr", "# 4. Utilisation des données\n\n- Recherche. Nous observons comment les enseignants utilisent Tallyo. Nous utilisons ces données pour améliorer les "
           "fonctionnalités et entraîner nos modèles d'IA.\n\n# 5. Base légale\n\n- Contrat. Nous traitons les données du compte pour fournir le service.\n"
           "- Intérêt légitime. Nous traitons les journaux d'usage pour sécuriser et améliorer Tallyo. Nous mettons ces intérêts en balance avec vos droits."),
    ("de", "# 4. Wie wir Daten nutzen\n\n- Forschung. Wir untersuchen, wie Lehrkräfte Tallyo nutzen. Wir nutzen diese Daten zur Verbesserung der Funktionen "
           "und zum Training unserer KI-Modelle.\n\n# 5. Rechtsgrundlagen\n\n- Vertrag. Wir verarbeiten Kontodaten, um den Dienst bereitzustellen.\n"
           "- Berechtigte Interessen. Wir verarbeiten Nutzungsprotokolle zur Verbesserung unserer Funktionen und für die Sicherheit. "
           "Wir wägen diese Interessen gegen Ihre Rechte ab."),
    ("es", "# 4. Cómo usamos los datos\n\n- Investigación. Observamos cómo usan Tallyo los docentes. Esto nos ayuda a mejorar las funciones y entrenar "
           "nuestros modelos de IA.\n\n# 5. Base legal\n\n- Contrato. Tratamos los datos de la cuenta para prestar el servicio.\n"
           "- Interés legítimo. Tratamos registros de uso para proteger y mejorar Tallyo. Ponderamos estos intereses con tus derechos."),
])
def test_an_item_of_the_legal_bases_led_by_its_basis_gives_it_to_a_training_done_to_improve_the_features(locale, text):
    assert basis(text, locale) == "legitimate-interests"


def test_improving_the_ai_features_is_no_improvement_of_the_service():
    text = ("# 4. How we use data\n\n- Train and improve our AI models.\n\n"
            "# 5. Legal basis\n\n- Legitimate interests. We process usage logs to develop our AI features.")
    assert basis(text, "en") == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your data to: (1) run the route planner, (2) train our AI models on anonymised trips, "
           "(3) send you, with your consent, our newsletter."),
    ("fr", "Nous utilisons vos données pour : (1) faire fonctionner le planificateur, (2) entraîner nos modèles d'IA sur des trajets "
           "anonymisés, (3) vous envoyer, avec votre consentement, notre lettre d'information."),
    ("de", "Wir verwenden Ihre Daten, um: (1) den Routenplaner zu betreiben, (2) unsere KI-Modelle mit anonymisierten Fahrten zu "
           "trainieren, (3) Ihnen mit Ihrer Einwilligung unseren Newsletter zu senden."),
    ("es", "Usamos tus datos para: (1) hacer funcionar el planificador, (2) entrenar nuestros modelos de IA con trayectos "
           "anonimizados, (3) enviarte, con tu consentimiento, nuestro boletín."),
])
def test_the_consent_another_item_of_an_inline_list_names_is_not_the_trainings(locale, text):
    assert basis(text, locale) == "unclear"


def test_the_consent_the_trainings_own_inline_item_names_is_its_basis():
    text = "We use your data to: (1) run the route planner, (2) with your consent, train our AI models on your trips."
    assert basis(text, "en") == "consent"
