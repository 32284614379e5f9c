"""Stance rules: how to refuse the training (refusal.py over routes.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

from datetime import date

import pytest

from test_stance import ask, route


@pytest.mark.parametrize("locale, text", [
    ("en", "# Your listings and our AI\n\nWe use the photos of your ads to train our AI models.\n\n"
           "# How do I turn it off?\n\n- Open your account.\n- Switch off “Use my ads to improve the AI”.\n\n"
           "If you cannot sign in, you can object with our [objection form](https://example.com/objection-form)."),
    ("es", "# Tus anuncios y nuestra IA\n\nUsamos las fotos de tus anuncios para entrenar nuestros modelos de IA.\n\n"
           "# ¿Cómo lo desactivo?\n\n- Entra en tu cuenta.\n- Desactiva «Usar mis anuncios para la IA».\n\n"
           "Si no puedes entrar, puedes oponerte con el [formulario de oposición](https://example.com/objection-form)."),
])
def test_the_members_own_ads_are_listings_and_their_setting_comes_before_a_fallback_form(locale, text):
    got = ask(text, locale, kind="opt-out")["ai-opt-out"]
    assert (got.value, got.details["other-routes"]) == ("setting", ["form"])


@pytest.mark.parametrize("locale, text", [
    ("en", "We use the reviews members publish to train our moderation models. This processing is not subject to objection."),
    ("fr", "Nous utilisons les avis publiés par les membres pour entraîner notre modèle de modération. "
           "Ce traitement ne peut pas faire l'objet d'une opposition."),
    ("de", "Wir verwenden die veröffentlichten Bewertungen unserer Mitglieder, um unser Moderationsmodell zu trainieren. "
           "Dieser Verarbeitung kann nicht widersprochen werden."),
    ("es", "Utilizamos las reseñas publicadas por los miembros para entrenar nuestro modelo de moderación. "
           "Este tratamiento no puede ser objeto de oposición."),
])
def test_processing_not_open_to_objection_leaves_no_way_to_refuse(locale, text):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("yes", "none")


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your drafts to train the writing models behind our assistant. "
           "To keep your drafts out of training, enable Incognito Mode in the editor."),
    ("fr", "Nous utilisons vos brouillons pour entraîner les modèles de notre assistant. "
           "Pour que vos brouillons ne servent pas à l'entraînement, activez le mode confidentialité dans l'éditeur."),
    ("de", "Wir verwenden Ihre Entwürfe, um die Modelle unseres Assistenten zu trainieren. "
           "Damit Ihre Entwürfe nicht verwendet werden, aktivieren Sie den Privatmodus im Editor."),
    ("es", "Utilizamos tus borradores para entrenar los modelos de nuestro asistente. "
           "Para que tus borradores no se usen, activa el modo privacidad en el editor."),
])
def test_turning_on_a_privacy_mode_is_a_setting_that_refuses(locale, text):
    assert ask(text, locale)["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use the recipes you publish to train our suggestion models. "
           "You may request that your recipes be excluded from this training with our [privacy form](https://example.com/privacy-request)."),
    ("fr", "Nous utilisons les recettes que vous publiez pour entraîner nos modèles de suggestion. "
           "Vous pouvez demander que vos recettes soient exclues de cet entraînement via notre [formulaire](https://example.com/privacy-request)."),
    ("de", "Wir verwenden die von Ihnen veröffentlichten Rezepte, um unsere Vorschlagsmodelle zu trainieren. "
           "Sie können verlangen, dass Ihre Rezepte von diesem Training ausgeschlossen werden, über unser [Formular](https://example.com/privacy-request)."),
    ("es", "Utilizamos las recetas que publicas para entrenar nuestros modelos de sugerencias. "
           "Puedes pedirnos que tus recetas se excluyan de este entrenamiento con nuestro [formulario](https://example.com/privacy-request)."),
])
def test_asking_that_ones_content_be_excluded_is_a_refusal(locale, text):
    got = ask(text, locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("form", ["https://example.com/privacy-request"])


def test_withdrawing_a_consent_with_a_name_of_its_own_is_a_refusal():
    text = ("With your consent, we use your voice recordings to train our speech models. "
            "You can withdraw your voice training consent at any time in Settings > Privacy > Voice.")
    assert ask(text, "en")["ai-opt-out"].value == "setting"


def test_no_setting_to_turn_a_use_off_is_no_way_out():
    text = ("We use the clips you post publicly to train our editing models. "
            "There is no setting to turn this training off for public clips.")
    assert ask(text, "en")["ai-opt-out"].value == "none"


def test_a_question_to_the_reader_is_not_the_button_of_a_setting():
    text = ("# Training mode\n\nWe use your chats to train our models unless you turn on Privacy Mode.\n\n"
            "You can enable Privacy Mode under Settings > Privacy.\n\n[Did this answer your question?](https://example.com/help/mode)")
    got = ask(text, "en", kind="opt-out")["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("setting", [])


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your lessons to train our tutoring models. You can object by email at the address in the Contact section below.\n\n"
           "# Security\n\nWe encrypt data in transit.\n\n# Contact\n\nRequests: [dpo@example.com](mailto:dpo@example.com)"),
    ("fr", "Nous utilisons vos leçons pour entraîner nos modèles. Pour vous y opposer, écrivez-nous à l'adresse indiquée dans la section « Contact ».\n\n"
           "# Sécurité\n\nNous chiffrons les données.\n\n# Contact\n\nDemandes : [dpo@example.com](mailto:dpo@example.com)"),
    ("de", "Wir verwenden Ihre Lektionen, um unsere Modelle zu trainieren. Sie können per E-Mail an die im Abschnitt „Kontakt“ genannte Adresse widersprechen.\n\n"
           "# Sicherheit\n\nWir verschlüsseln Daten.\n\n# Kontakt\n\nAnfragen: [dpo@example.com](mailto:dpo@example.com)"),
    ("es", "Utilizamos tus lecciones para entrenar nuestros modelos. Puedes oponerte a este uso por correo electrónico en la dirección del apartado «Contacto».\n\n"
           "# Seguridad\n\nCiframos los datos.\n\n# Contacto\n\nSolicitudes: [dpo@example.com](mailto:dpo@example.com)"),
])
def test_an_address_in_a_section_named_by_its_heading_is_the_refusals(locale, text):
    got = ask(text, locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("email", ["mailto:dpo@example.com"])


@pytest.mark.parametrize("text, locale", [
    # The consent withdrawn in a setting named in quotes, the verb at the end.
    ("# KI\n\nMit Ihrer Einwilligung verwenden wir Ihre Notizen, um unsere KI-Modelle zu trainieren.\n\n"
     "Sie können Ihre Einwilligung jederzeit in den Einstellungen unter „Modelle verbessern“ widerrufen.", "de"),
    ("# IA\n\nCon tu consentimiento utilizamos tus notas para entrenar nuestros modelos de IA.\n\n"
     "Puedes retirar el consentimiento desmarcando la casilla «Ayudar» en tu perfil.", "es"),
    ("# IA\n\nAvec votre consentement, nous utilisons vos notes pour entraîner nos modèles d'IA.\n\n"
     "Vous pouvez retirer le consentement en décochant la case « Aider » dans les paramètres.", "fr"),
    # An exception that is the way out.
    ("We use your drawings to train our AI models unless you turn the Help improve option off in Settings.", "en"),
    ("Nous utilisons vos dessins pour entraîner nos modèles d'IA, sauf si vous désactivez l'option dans les paramètres.", "fr"),
    ("Wir verwenden deine Zeichnungen, um unsere KI-Modelle zu trainieren, es sei denn, du deaktivierst die Option in den Einstellungen.", "de"),
    ("Utilizamos tus dibujos para entrenar nuestros modelos de IA, salvo que desactives la opción en Ajustes.", "es"),
])
def test_a_withdrawal_or_an_exception_in_a_setting_is_the_setting(text, locale):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We use your public reviews to train our AI models. You can object to this use at any time.\n\n"
     "[Review objection form](https://example.com/settings/ai/objection)", "en"),
    ("Wir verwenden deine öffentlichen Bewertungen, um unsere KI-Modelle zu trainieren. Du kannst dem jederzeit widersprechen.\n\n"
     "[Widerspruchsformular](https://example.com/settings/ai/widerspruch)", "de"),
])
def test_a_link_named_a_form_is_a_form_wherever_it_is_hosted(text, locale):
    assert route(text, locale) == "form"


def test_a_consent_withdrawn_under_a_quoted_settings_path_is_a_setting_and_keeps_the_default():
    got = ask("# Empfehlungen\n\nMit Ihrer Einwilligung verwenden wir Ihren Verlauf, um unsere KI-Modelle zu trainieren.\n\n"
              "Sie können diese Einwilligung jederzeit in der App unter „Einstellungen > Privatsphäre > Persönliche "
              "Vorschläge“ widerrufen.\n", "de")
    assert got["ai-opt-out"].value == "setting"
    assert got["ai-opt-out"].details["others"] == ["Einstellungen > Privatsphäre > Persönliche Vorschläge"]
    assert got["ai-training"].details["default"] == "no"


def test_an_announced_start_in_ing_with_a_setting_that_already_works():
    text = ("From June 1, 2027, we will start using the boards you create to train the AI models behind "
            "smart suggestions.\n\nUntil then, we do not use your personal data to train AI models.\n\n"
            "You can switch this off at any time under Settings > Privacy > Smart suggestions.")
    found = ask(text + "\n", "en", today=date(2027, 3, 1))
    assert found["ai-training"].value == "no"
    assert found["ai-opt-out"].value == "setting"


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


@pytest.mark.parametrize("locale, text", [
    ("en", "With your consent, we use your course answers to train our tutoring model. "
           "You can give or withhold your consent in your privacy settings."),
    ("fr", "Avec votre consentement, nous utilisons vos réponses aux exercices pour entraîner notre modèle de tutorat. "
           "Vous pouvez le donner ou refuser votre consentement dans vos paramètres de confidentialité."),
    ("fr", "Avec votre consentement, nous utilisons vos réponses aux exercices pour entraîner notre modèle de tutorat. "
           "Vous pouvez décocher l'option dans vos préférences, ce qui retire votre consentement."),
    ("de", "Mit Ihrer Einwilligung nutzen wir Ihre Übungsantworten, um unser Tutor-Modell zu trainieren. "
           "Ihre Einwilligung können Sie in den Einstellungen mit dem Schalter „Antworten teilen“ erteilen oder verweigern."),
    ("de", "Mit Ihrer Einwilligung nutzen wir Ihre Übungsantworten, um unser Tutor-Modell zu trainieren. "
           "Wenn Sie den Schalter in den Einstellungen ausschalten, widerrufen Sie Ihre Einwilligung."),
    ("es", "Con tu consentimiento, usamos tus respuestas a los ejercicios para entrenar nuestro modelo de tutoría. "
           "Puedes dar o negar tu consentimiento en Ajustes > Privacidad."),
])
def test_a_consent_given_refused_or_withdrawn_in_a_setting_is_refused_there(locale, text):
    got = ask(text, locale)
    assert (got["legal-basis"].value, got["ai-opt-out"].value) == ("consent", "setting")
    assert got["ai-training"].details["default"] == "no"


@pytest.mark.parametrize("text, locale", [
    ("If you turn on “Improve transcripts”, we use your recordings to train our speech models. "
     "You can turn it off again at any time in Settings > Privacy.", "en"),
    ("Si vous activez « Améliorer les transcriptions », nous utilisons vos enregistrements pour entraîner nos "
     "modèles de reconnaissance vocale. Vous pouvez désactiver l'option à tout moment dans les paramètres.", "fr"),
    ("Wenn Sie in den Einstellungen „Transkripte verbessern“ aktivieren, verwenden wir Ihre Aufnahmen, um unsere "
     "KI-Modelle zu trainieren. Sie können die Option jederzeit wieder deaktivieren.", "de"),
    ("Si activas «Mejorar las transcripciones», utilizamos tus grabaciones para entrenar nuestros modelos de IA. "
     "Puedes desactivar la opción en cualquier momento en los ajustes.", "es"),
])
def test_an_opt_in_said_as_its_condition_is_off_by_default(text, locale):
    got = ask(text + "\n", locale)
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details["default"] == "no"
    assert got["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("By default, your data is not used to train our AI models. You can choose to share your data to improve "
     "the service in your privacy settings.", "en"),
    ("Par défaut, vos données ne sont pas utilisées pour entraîner nos modèles d'IA. Vous pouvez choisir de "
     "partager vos données pour améliorer le service dans vos paramètres de confidentialité.", "fr"),
    ("Standardmäßig werden Ihre Daten nicht zum Training unserer KI-Modelle verwendet. Sie können in den "
     "Datenschutz-Einstellungen freiwillig Daten freigeben.", "de"),
    ("Por defecto, tus datos no se utilizan para entrenar nuestros modelos de IA. Puedes optar por compartir "
     "tus datos para mejorar el servicio en la configuración de privacidad.", "es"),
])
def test_a_denial_by_default_beside_an_opt_in_is_an_opt_in(text, locale):
    got = ask(text + "\n", locale)
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details["default"] == "no"
    assert got["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We never train AI on your data, and we have set up our vendor accounts to opt out of vendor-side "
     "training wherever possible.", "en"),
    ("Wir trainieren keine KI mit Ihren Daten, und wir haben das Training bei unseren Anbietern deaktiviert.", "de"),
])
def test_the_platform_opting_out_for_members_leaves_a_denial(text, locale):
    got = ask(text + "\n", locale)
    assert got["ai-training"].value == "no"
    assert got["ai-opt-out"].value == "none"


# ---------------------------------------------------------------- round 19a

@pytest.mark.parametrize("text, locale", [
    ("We use your ride history to train our demand models. You can object to this at any time from the "
     "Privacy tab of your account.", "en"),
    ("Nous utilisons l'historique de vos trajets pour entraîner nos modèles d'IA. Vous pouvez vous y opposer "
     "depuis l'onglet « Vie privée » de votre profil.", "fr"),
    ("Wir verwenden Ihre Fahrten, um unsere KI-Modelle zu trainieren. Sie können dem jederzeit im Bereich "
     "„Privatsphäre“ Ihres Kontos widersprechen.", "de"),
    ("Usamos tu historial de viajes para entrenar nuestros modelos de IA. Puedes oponerte en la pestaña "
     "«Privacidad» de tu perfil.", "es"),
])
def test_a_section_of_your_account_is_a_setting(text, locale):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("text, locale", [
    ("If you join the beta program, we use your recordings to train our speech models. You can leave the "
     "program at any time in the app, under Profile, then Labs.", "en"),
    ("Si vous rejoignez le programme bêta, nous utilisons vos enregistrements pour entraîner nos modèles "
     "vocaux. Vous pouvez quitter le programme à tout moment dans les paramètres.", "fr"),
    ("Wenn Sie am Beta-Programm teilnehmen, verwenden wir Ihre Aufnahmen, um unsere KI-Modelle zu trainieren. "
     "Sie können das Programm jederzeit in den Einstellungen verlassen.", "de"),
    ("Si te unes al programa beta, usamos tus grabaciones para entrenar nuestros modelos de IA. Puedes "
     "abandonar el programa en cualquier momento desde los ajustes.", "es"),
])
def test_leaving_the_program_the_training_belongs_to_is_a_setting_off_by_default(text, locale):
    got = ask(text + "\n", locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"], got["ai-opt-out"].value) \
        == ("yes", "no", "setting")


@pytest.mark.parametrize("text, locale", [
    ("We use your prompts to train our models. Customers can opt out of this training by upgrading to an "
     "Enterprise plan.", "en"),
    ("Nous utilisons vos requêtes pour entraîner nos modèles d'IA. Vous pouvez refuser cet usage en "
     "souscrivant à une offre Entreprise.", "fr"),
    ("Usamos tus consultas para entrenar nuestros modelos de IA. Puedes excluirte de este uso contratando "
     "un plan Empresa.", "es"),
])
def test_a_paid_plan_is_no_way_to_refuse(text, locale):
    # Call 9: nor does it say there is none; the route is still to be found.
    assert route(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("With your consent, we use your support chats to train our AI models. You can withdraw this consent at any time "
     "in the Consents section of My Account.", "en"),
    ("Avec votre consentement, nous utilisons vos échanges avec le support pour entraîner nos modèles d'IA. Vous pouvez "
     "retirer ce consentement à tout moment dans la rubrique Consentements de Mon Compte.", "fr"),
    ("Mit Ihrer Einwilligung nutzen wir Ihre Support-Chats, um unsere KI-Modelle zu trainieren. Sie können diese "
     "Einwilligung jederzeit in Mein Konto im Bereich Einwilligungen widerrufen.", "de"),
    ("Con tu consentimiento, usamos tus chats con soporte para entrenar nuestros modelos de IA. Puedes retirar este "
     "consentimiento en cualquier momento en Mi Cuenta, en el apartado de consentimientos.", "es"),
])
def test_the_section_where_consents_are_kept_is_a_setting(text, locale):
    assert route(text, locale) == "setting"


def test_a_withdrawal_said_after_a_long_menu_path_is_still_read():
    text = ("Mit Ihrer Einwilligung nutzen wir Ihre Sprachbefehle, um unsere KI-Modelle zu trainieren. Sie können Ihre "
            "Einwilligung jederzeit in der App unter Profil > Einstellungen > Datenschutz > Sprachdaten für das KI-Training widerrufen.")
    assert route(text, "de") == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We use your photo edits to train our AI models. This option is off until you turn it on under Settings > Privacy.", "en"),
    ("Nous utilisons vos retouches pour entraîner nos modèles d'IA. Cette option est désactivée tant que vous ne l'activez "
     "pas dans Paramètres > Confidentialité.", "fr"),
    ("Wir nutzen Ihre Bildbearbeitungen, um unsere KI-Modelle zu trainieren. Diese Option ist deaktiviert, bis Sie sie "
     "unter Einstellungen > Datenschutz einschalten.", "de"),
    ("Usamos tus ediciones de fotos para entrenar nuestros modelos de IA. Esta opción está desactivada hasta que la "
     "actives en Ajustes > Privacidad.", "es"),
])
def test_an_opt_in_kept_in_a_setting_is_refused_in_that_setting(text, locale):
    # The switch that turns the training on turns it off again.
    got = ask(text + "\n", locale)
    assert got["ai-opt-out"].value == "setting"
    assert got["ai-training"].details["default"] == "no"


def test_an_opt_in_setting_under_a_table_of_purposes_is_the_rows_route():
    text = ("# Purposes and legal bases\n\n| Purpose | Legal basis |\n| --- | --- |\n"
            "| Managing your subscription | Contract |\n"
            "| Training the AI models of our assistant with your conversations with it | Consent |\n\n"
            "The option is disabled until you switch it on in the app settings.\n")
    assert route(text) == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We may use the questions you ask the assistant to train its models. If you do not want this, tick the box "
     "“Keep my question out of training” before you send it.", "en"),
    ("Nous pouvons utiliser les questions que vous posez à l'assistant pour entraîner ses modèles. Si vous ne le "
     "souhaitez pas, cochez la case « Exclure ma question » avant de l'envoyer.", "fr"),
    ("Wir können Ihre Fragen an den Assistenten verwenden, um seine KI-Modelle zu trainieren. Wenn Sie das nicht "
     "möchten, aktivieren Sie vor dem Senden das Kontrollkästchen „Frage ausschließen“.", "de"),
    ("Podemos usar las preguntas que haces al asistente para entrenar sus modelos. Si no lo deseas, marca la casilla "
     "«Excluir mi pregunta» antes de enviarla.", "es"),
])
def test_a_box_to_tick_on_the_page_is_a_setting(text, locale):
    assert route(text, locale) == "setting"


def test_a_box_to_tick_in_a_form_is_the_form():
    text = ("Nous utilisons vos relevés pour entraîner nos modèles d'IA. Vous pouvez vous y opposer en remplissant le "
            "formulaire de demande et en cochant la case « Opposition ».")
    assert route(text, "fr") == "form"


@pytest.mark.parametrize("text, locale", [
    ("We use your prompts to fine-tune our models. You can opt out below — nothing else changes for your account.", "en"),
    ("Nous utilisons vos requêtes pour entraîner nos modèles d'IA. Vous pouvez désactiver ci-dessous cette utilisation.", "fr"),
    ("Wir verwenden Ihre Eingaben, um unsere KI-Modelle zu trainieren. Sie können dem unten widersprechen.", "de"),
    ("Usamos tus consultas para entrenar nuestros modelos de IA. Puedes desactivarlo a continuación.", "es"),
])
def test_a_refusal_made_right_here_on_the_page_is_its_switch(text, locale):
    assert ask(text + "\n", locale, kind="opt-out")["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We use the clips you upload to train our AI models.\n\n# Sharing with AI companies\n\nYou can let other "
     "companies train their models on your clips. This setting is off by default.\n\nThis setting only covers training "
     "by other companies.\n", "en"),
    ("Nous utilisons les clips que vous publiez pour entraîner nos modèles d'IA.\n\n# Partage avec des entreprises d'IA\n\n"
     "Vous pouvez autoriser d'autres entreprises à entraîner leurs modèles sur vos clips. Ce paramètre est désactivé par "
     "défaut.\n\nCe paramètre ne concerne que l'utilisation de vos clips par des entreprises tierces.\n", "fr"),
    ("Wir verwenden die Clips, die Sie hochladen, um unsere KI-Modelle zu trainieren.\n\n# Teilen mit KI-Unternehmen\n\n"
     "Sie können anderen Unternehmen erlauben, ihre Modelle mit Ihren Clips zu trainieren. Diese Einstellung ist "
     "standardmäßig deaktiviert.\n\nDiese Einstellung gilt ausschließlich für Drittanbieter.\n", "de"),
    ("Usamos los clips que subes para entrenar nuestros modelos de IA.\n\n# Compartir con empresas de IA\n\nPuedes "
     "permitir que otras empresas entrenen sus modelos con tus clips. Este ajuste está desactivado por defecto.\n\n"
     "Este ajuste solo se aplica al uso por parte de terceros.\n", "es"),
])
def test_a_setting_said_to_cover_only_third_parties_leaves_the_own_training_unsaid(text, locale):
    # Call 9: neither the third parties' opt-in nor "none" for the platform's own training.
    assert ask(text, locale, kind="opt-out")["ai-opt-out"].value == "unclear"


@pytest.mark.parametrize("text, locale, want", [
    ("# 4. Training our AI\n\nFrom 1 March 2027 we will use your match histories to train our game AI.\n\n"
     "You can already object to this use by email to privacy@example.com.\n", "en", "email"),
    ("# 4. Entraînement de notre IA\n\nÀ partir du 1er mars 2027, nous utiliserons vos historiques de parties pour "
     "entraîner notre IA de jeu.\n\nVous pouvez dès maintenant vous opposer à cette utilisation par e-mail à "
     "privacy@example.com.\n", "fr", "email"),
    ("# 4. Training unserer KI\n\nWir verwenden Ihre Spielverläufe, um unsere KI-Gegner zu trainieren.\n\n"
     "Sie können dieser Nutzung jederzeit in den Einstellungen widersprechen.\n", "de", "setting"),
    ("# 4. Entrenamiento de nuestra IA\n\nUsamos tus historiales de partidas para entrenar nuestra IA de juego.\n\n"
     "Puedes oponerte a este uso escribiendo a privacy@example.com.\n", "es", "email"),
])
def test_a_refusal_in_the_section_headed_by_the_training_refuses_it(text, locale, want):
    assert route(text, locale) == want


@pytest.mark.parametrize("text, locale", [
    ("# 3. AI models\n\nWe use your drafts to train our writing models. To opt out of this use, contact our support "
     "team.\n\n# 9. Contact\n\nEmail: help@example.com\n", "en"),
    ("# 3. Modèles d'IA\n\nNous utilisons vos brouillons pour entraîner nos modèles d'écriture. Vous pouvez refuser cet "
     "usage en contactant notre équipe support.\n\n# 9. Contact\n\nE-mail : aide@example.com\n", "fr"),
    ("# 3. KI-Modelle\n\nWir nutzen Ihre Entwürfe, um unsere Schreibmodelle zu trainieren. Wenn Sie das nicht möchten, "
     "wenden Sie sich an unseren Support.\n\n# 9. Kontakt\n\nE-Mail: hilfe@example.com\n", "de"),
    ("# 3. Modelos de IA\n\nUsamos tus borradores para entrenar nuestros modelos de escritura. Puedes solicitar que no "
     "se usen contactando a nuestro equipo de soporte.\n\n# 9. Contacto\n\nCorreo: ayuda@example.com\n", "es"),
])
def test_a_refusal_by_contacting_the_team_goes_to_the_contact_sections_address(text, locale):
    got = ask(text, locale)["ai-opt-out"]
    assert got.value == "email" and got.details["others"][0].endswith("@example.com")


def test_contacting_us_to_exercise_every_right_is_not_a_refusal_of_the_training():
    text = ("# 2. AI\n\nBy using the app you consent to our use of your prompts to train our models.\n\n"
            "# 8. Your rights\n\n- The right to access your data\n- The right to withdraw consent\n\n"
            "To exercise these rights, please contact us using the details below.\n\n# 9. Contact\n\nEmail: hi@example.com\n")
    assert ask(text)["ai-opt-out"].value != "email"


@pytest.mark.parametrize("text, locale", [
    ("We use chat messages to train our safety models. If you are 18 or older and do not want your messages used for "
     "this, email us at privacy@example.com.", "en"),
    ("Nous utilisons les messages du chat pour entraîner nos modèles de sécurité. Si vous avez 18 ans ou plus et ne "
     "voulez pas que vos messages servent à cela, écrivez-nous à privacy@example.com.", "fr"),
    ("Wir verwenden Chatnachrichten, um unsere Sicherheitsmodelle zu trainieren. Wenn Sie volljährig sind und nicht "
     "möchten, dass Ihre Nachrichten dafür genutzt werden, schreiben Sie an privacy@example.com.", "de"),
    ("Usamos los mensajes del chat para entrenar nuestros modelos de seguridad. Si eres mayor de edad y no quieres que "
     "tus mensajes se usen para esto, escríbenos a privacy@example.com.", "es"),
])
def test_not_wanting_the_use_after_a_condition_on_the_member_is_still_the_refusal(text, locale):
    assert route(text, locale) == "email"


@pytest.mark.parametrize("text, locale", [
    ("We use your posts to train our AI models. You may request to stop this use of your past posts through account "
     "settings at any time.", "en"),
    ("Nous utilisons vos publications pour entraîner nos modèles d'IA. Vous pouvez demander l'arrêt de cette utilisation "
     "dans les paramètres de votre compte.", "fr"),
    ("Usamos tus publicaciones para entrenar nuestros modelos de IA. Puedes solicitar que dejemos de usar tus "
     "publicaciones desde los ajustes de tu cuenta.", "es"),
])
def test_a_request_to_stop_the_use_made_in_the_settings_is_a_setting(text, locale):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("text, locale, want", [
    ("We use your listings to train our pricing model. You can object with our objection form at "
     "https://example.com/objection. Your objection also applies to the shop account linked to your profile.", "en", "yes"),
    ("Nous utilisons vos annonces pour entraîner notre modèle de prix. Vous pouvez vous y opposer par e-mail à "
     "privacy@example.com. Votre demande s'applique à tous les comptes rattachés à votre adresse e-mail.", "fr", "yes"),
    ("Wir nutzen Ihre Inserate, um unser Preismodell zu trainieren. Sie können dem per E-Mail an privacy@example.com "
     "widersprechen. Ihr Widerspruch gilt auch für alle Konten, die mit Ihrem Kundenkonto verknüpft sind.", "de", "yes"),
    ("Usamos tus anuncios para entrenar nuestro modelo de precios. Puedes oponerte escribiendo a privacy@example.com. "
     "Tu oposición se aplicará también a las cuentas de nuestras otras marcas vinculadas a tu DNI.", "es", "yes"),
    ("We use your listings to train our pricing model. You can opt out in Settings > Privacy. One request per account: "
     "repeat it for your other accounts.", "en", "no"),
    ("Nous utilisons vos annonces pour entraîner notre modèle de prix. Vous pouvez vous y opposer dans Paramètres > "
     "Confidentialité. L'opposition ne vaut que pour le compte avec lequel vous êtes connecté.", "fr", "no"),
    ("Wir nutzen Ihre Inserate, um unser Preismodell zu trainieren. Sie können dem unter Einstellungen > Datenschutz "
     "widersprechen. Der Widerspruch gilt nur für das Profil, mit dem Sie angemeldet sind.", "de", "no"),
    ("Usamos tus anuncios para entrenar nuestro modelo de precios. Puedes desactivarlo en Ajustes > Privacidad. "
     "La opción se aplica solo a esta cuenta.", "es", "no"),
])
def test_whether_one_refusal_covers_the_accounts_linked_to_it(text, locale, want):
    assert ask("# AI\n\n" + text, locale)["ai-opt-out"].details["linked-accounts"] == want


def test_a_setting_for_every_profile_of_one_device_is_not_about_linked_accounts():
    text = ("Nous utilisons vos trajets pour entraîner notre modèle d'aide à la conduite. Vous pouvez le désactiver dans "
            "les paramètres. Ce paramètre s'applique à la voiture et à tous les profils de conducteur.")
    assert ask("# IA\n\n" + text, "fr")["ai-opt-out"].details["linked-accounts"] == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("We use your notes to train our AI models. You can turn this off in your settings.\n\n# To change your setting\n\n"
     "- Open Settings.\n- Select Privacy, then AI.\n- Turn off “Use my notes for training”.\n\n"
     "Direct link: [AI settings](https://example.com/settings/ai)\n", "en"),
    ("Nous utilisons vos notes pour entraîner nos modèles d'IA. Vous pouvez désactiver cette utilisation :\n\n"
     "- Ouvrez les paramètres.\n- Choisissez Confidentialité.\n- Désactivez « Utiliser mes notes ».\n\n"
     "[Ouvrir les paramètres](https://example.com/settings/privacy)\n", "fr"),
    ("Wir nutzen deine Notizen, um unsere KI-Modelle zu trainieren. So verhinderst du, dass deine Notizen dafür verwendet "
     "werden:\n\n- Öffne die Einstellungen.\n- Wähle „Datenschutz“.\n- Schalte „Notizen für KI nutzen“ aus.\n\n"
     "[Einstellungen öffnen](https://example.com/settings#privacy)\n", "de"),
    ("Usamos tus notas para entrenar nuestros modelos de IA. Puedes desactivarlo así:\n\n- Abre los ajustes.\n"
     "- Elige Privacidad.\n- Desactiva «Usar mis notas».\n\n[Abrir ajustes](https://example.com/settings/privacy)\n", "es"),
])
def test_a_link_alone_after_the_steps_of_a_refusal_is_where_they_lead(text, locale):
    got = ask(text, locale)["ai-opt-out"]
    assert got.value == "setting" and got.details["links"][0].startswith("https://example.com/settings")


@pytest.mark.parametrize("text, locale", [
    ("We use your messages to train our AI models. You can opt out of certain AI features in your settings.", "en"),
    ("Nous utilisons vos messages pour entraîner nos modèles d'IA. Vous pouvez désactiver certaines fonctionnalités "
     "d'IA dans vos paramètres.", "fr"),
    ("Wir nutzen deine Nachrichten, um unsere KI-Modelle zu trainieren. Du kannst bestimmte KI-Funktionen in den "
     "Einstellungen deaktivieren.", "de"),
    ("Usamos tus mensajes para entrenar nuestros modelos de IA. Puedes desactivar ciertas funciones de IA en los "
     "ajustes.", "es"),
])
def test_turning_off_ai_features_is_not_refusing_the_training(text, locale):
    assert route(text, locale) == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("If you switch on Coach Tips, we use your run history to train the models that suggest your next workout. "
     "Coach Tips stays off until you do.", "en"),
    ("En activant l'option « Aider à améliorer l'app », vous acceptez que vos trajets servent à entraîner nos "
     "modèles d'IA. Cette option est désactivée par défaut.", "fr"),
    ("Wenn du „Vorschläge verbessern“ aktivierst, nutzen wir deine Einkaufslisten mit deiner Einwilligung, um unsere "
     "KI-Modelle zu trainieren.", "de"),
    ("Si activas «Mejorar las sugerencias», usaremos tus recetas con tu consentimiento para entrenar nuestros "
     "modelos de IA.", "es"),
])
def test_the_switch_that_turns_an_opt_in_training_on_is_the_setting_that_refuses_it(text, locale):
    assert route("# AI\n\n" + text, locale) == "setting"


def test_an_opt_in_tick_box_said_before_the_training_in_its_paragraph_is_its_setting():
    text = ("If you tick “send this photo to the team” after a scan, we keep that photo and use it to improve our plant "
            "recognition models. This is opt-in for each photo.")
    assert route("# Photos\n\n" + text, "en") == "setting"



def test_a_choice_a_providers_terms_decide_is_not_a_way_to_refuse():
    text = ("# Will my files train models?\n\n- Hosted plan: we do not use your files to train our models unless you "
            "explicitly consent.\n- External model providers (if you enable them): whether your files are used for "
            "training depends on the provider's terms.")
    assert ask(text, "en", kind="ai-notice")["ai-opt-out"].value != "setting"


@pytest.mark.parametrize("text, locale, want", [
    ("We use your drafts to train our AI models. You can turn this off in Settings > Privacy. The setting only applies "
     "to the workspace you are signed in to.", "en", "no"),
    ("Nous utilisons vos brouillons pour entraîner nos modèles d'IA. Vous pouvez désactiver cette utilisation dans les "
     "paramètres. Ce réglage ne s'applique qu'au profil avec lequel vous êtes connecté.", "fr", "no"),
    ("Wir nutzen deine Entwürfe, um unsere KI-Modelle zu trainieren. Du kannst das in den Einstellungen deaktivieren. "
     "Die Einstellung gilt für alle Geräte und Browser, in denen du mit demselben Konto angemeldet bist.", "de", "unclear"),
    ("Wir nutzen Ihre Eingaben, um unsere KI-Modelle zu trainieren. Sie können dem in den Einstellungen widersprechen. "
     "Ihr Widerspruch gilt für alle MAIL.EXAMPLE-Postfächer, die mit Ihrem Kundenkonto verknüpft sind.", "de", "yes"),
    ("Usamos tus borradores para entrenar nuestros modelos de IA. Puedes oponerte con nuestro formulario. Si tienes "
     "varias cuentas, envía una solicitud por cada una.", "es", "no"),
])
def test_whether_a_refusal_covers_other_accounts_in_more_words(text, locale, want):
    assert ask("# AI\n\n" + text, locale)["ai-opt-out"].details["linked-accounts"] == want


@pytest.mark.parametrize("text, locale", [
    ("We use your notes to train our AI models. You can turn this off at any time:\n\n- Open Settings.\n"
     "- Turn off “Improve the model”.\n\n[Privacy settings](https://example.com/app/account/privacy)\n\n"
     "Turning it off applies to notes you write afterwards.\n\n[Contact support](https://help.example.com/hc/en-us/requests/new)\n", "en"),
    ("Nous utilisons vos notes pour entraîner nos modèles d'IA. Vous pouvez désactiver cette utilisation :\n\n"
     "- Ouvrez les paramètres.\n- Désactivez « Améliorer le modèle ».\n\n"
     "[Ouvrir les paramètres](https://example.com/app/account/privacy)\n\nCe paramètre s'applique aux notes futures.\n\n"
     "[Centre d'aide](https://help.example.com/hc/fr)\n", "fr"),
])
def test_a_help_link_at_the_foot_of_a_refusal_page_is_not_its_route(text, locale):
    got = ask(text, locale, kind="opt-out")["ai-opt-out"]
    assert got.value == "setting" and got.details["links"] == ["https://example.com/app/account/privacy"]


@pytest.mark.parametrize("text, locale, want", [
    ("When you enable “Improve Snapfit”, your photos may be used to train our models.", "en", "setting"),
    ("Lorsque vous activez « Améliorer l'app », vos trajets servent à entraîner nos modèles d'IA.", "fr", "setting"),
    ("Wir trainieren unsere KI-Modelle mit deinen Rezepten, wenn du „Rezepte teilen“ aktivierst.", "de", "setting"),
    ("Vous pouvez vous opposer à l'utilisation de vos relevés pour entraîner nos algorithmes en remplissant le "
     "[formulaire](https://example.com/fr/contact) et en cochant la case « Opposition ».", "fr", "form"),
])
def test_a_use_that_follows_switching_an_option_on_is_refused_by_that_switch(text, locale, want):
    assert route("# AI\n\n" + text, locale) == want


def test_usted_can_switch_the_training_off_in_the_settings():
    text = ("Utilizamos sus conversaciones con el asistente para entrenar nuestros modelos.\n\n"
            "Puede desactivarlo en cualquier momento en Configuración > Privacidad.")
    assert route("# ¿Usan mis datos para entrenar la IA?\n\n" + text, "es") == "setting"


def test_a_heading_that_is_only_a_link_after_a_refusal_is_its_button():
    text = ("# Smart Playlists\n\nIf you turn on Smart Playlists, we use your listening history to train the models that "
            "build your playlists.\n\nIt stays off until you turn it on.\n\n"
            "# [Manage Smart Playlists](https://example.com/account/preferences/privacy)\n\n# Data retention\n\n"
            "We keep your history while your account is open.")
    got = ask(text)["ai-opt-out"]
    assert got.value == "setting" and got.details["links"] == ["https://example.com/account/preferences/privacy"]


@pytest.mark.parametrize("text, locale", [
    ("We use your reviews to train our recommendation models. You can also send your objection to our Data Protection "
     "Officer.\n\nFor any question about your data, write to dpo@example.com.", "en"),
    ("Nous utilisons vos avis pour entraîner nos modèles de recommandation. Vous pouvez adresser votre opposition à notre "
     "délégué à la protection des données.\n\nPour toute question, écrivez à dpo@example.com.", "fr"),
])
def test_a_refusal_sent_to_an_office_takes_the_address_given_next(text, locale):
    got = ask("# AI\n\n" + text, locale)["ai-opt-out"]
    assert got.value == "email" and "dpo@example.com" in got.details["others"]


@pytest.mark.parametrize("text, locale", [
    ("# How we use data\n\nYour recordings may be used to train our speech models in accordance with your settings.", "en"),
    ("# Utilisation\n\nVos enregistrements peuvent servir à entraîner nos modèles vocaux conformément à vos réglages.", "fr"),
    ("# Nutzung\n\nIhre Aufnahmen können gemäß Ihren Einstellungen zum Training unserer Sprachmodelle verwendet werden.", "de"),
    ("# Uso\n\nTus grabaciones pueden usarse para entrenar nuestros modelos de voz de acuerdo con tu configuración.", "es"),
])
def test_a_training_that_follows_the_members_settings_is_refused_there(text, locale):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("text, locale", [
    ("# Training opt-out\n\nYou can exclude your clips from model training.\n\n# How\n\n- Sign in to [Studio](https://studio.example.com).\n"
     "- Open Settings.\n- Switch the training option off.\n\nYou can turn it back on the same way.", "en"),
    ("# Refus de l'entraînement\n\nVous pouvez exclure vos clips de l'entraînement des modèles.\n\n# Comment\n\n"
     "- Connectez-vous au [Studio](https://studio.example.com).\n- Ouvrez les Paramètres.\n- Désactivez l'option d'entraînement.", "fr"),
])
def test_a_step_that_signs_in_gives_its_link_to_the_refusal_the_steps_lead_to(text, locale):
    got = ask(text, locale, kind="opt-out")["ai-opt-out"]
    assert got.value == "setting" and got.details["links"] == ["https://studio.example.com"]


@pytest.mark.parametrize("text, locale", [
    ("# Datenschutz\n\nWir verwenden Ihre Bewertungen, um unser KI-Modell zu trainieren. In der App können Sie unter "
     "Profil > Privatsphäre den Regler „Bewertungen für KI“ ausschalten. Alternativ können Sie per Formular widersprechen.", "de"),
    ("# KI\n\nDeine Beiträge trainieren unsere KI. Im Konto kannst du diese Nutzung jederzeit deaktivieren.", "de"),
])
def test_a_german_setting_with_the_verb_after_a_fronted_phrase_is_the_route(text, locale):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("text, locale", [
    ("# Confidentialité\n\nVos échanges servent à entraîner notre modèle d'IA. Vous pouvez vous y opposer en écrivant à "
     "privacy(@)exemple.fr.", "fr"),
    ("# Privacy\n\nWe use your notes to train our AI models. You can object by writing to privacy [at] example.org.", "en"),
])
def test_an_address_with_its_at_sign_disguised_is_an_email_route(text, locale):
    assert route(text, locale) == "email"


@pytest.mark.parametrize("text, locale", [
    ("Nous utilisons vos avis pour entraîner nos modèles d'IA. Vous pouvez vous y opposer dans les paramètres. "
     "Ce choix vaut pour tous les comptes Boutik rattachés à la même adresse e-mail.", "fr"),
    ("Wir nutzen Ihre Rezensionen, um unsere KI-Modelle zu trainieren. Sie können dem in den Einstellungen widersprechen. "
     "Der Widerspruch wirkt für alle Ihre Kundenkonten, die mit derselben E-Mail-Adresse verknüpft sind.", "de"),
])
def test_a_refusal_for_all_accounts_on_the_same_address_covers_linked_accounts(text, locale):
    assert ask("# AI\n\n" + text, locale)["ai-opt-out"].details["linked-accounts"] == "yes"


def test_a_key_of_the_product_that_prevents_the_use_is_a_setting():
    text = ("# Voice assistant\n\nWe use recordings of your calls to train our speech recognition models. "
            "You can prevent the use of your recording by pressing the star key during the call.")
    assert route(text, "en") == "setting"


def test_controlling_what_is_used_is_a_verb_not_a_setting():
    text = ("# Model training\n\nWe use your workflow data to train our AI models. You can control what data we use by "
            "opting out: complete [this request form](https://example.com/legal/ai-training-opt-out-form).")
    assert route(text, "en") == "form"


def test_a_rights_title_whose_text_narrows_it_to_marketing_is_no_route_for_the_training():
    text = ("# Uso de datos\n\nMejora del producto (base legal: interés legítimo)\n\n- Entrenar nuestros modelos de IA con sus consultas\n\n"
            "# Derechos\n\n4.2 Derecho de oposición\n\nPuede oponerse al tratamiento de sus datos, sobre todo con fines de marketing directo.\n\n"
            "Para ejercer cualquiera de estos derechos, escriba a privacidad@example.com.")
    assert route(text, "es") == "unclear"


@pytest.mark.parametrize("text", [
    "# Assistant\n\nWe use your chats to train our AI models. Switch on Keep in mind to add a chat to the assistant's memory. "
    "Switch it off to remove the chat from memory.",
    "# Assistant\n\nWe use your chats to train our AI models. In Settings you can turn off the assistant shortcut and hide its "
    "toolbar button.",
    "# Dashcam\n\nWe use your trips to train our driving models. The cabin camera is only recorded if you opt in under Settings.",
])
def test_a_switch_that_does_something_else_than_the_training_is_no_route(text):
    assert route(text, "en") == "unclear"


def test_a_memory_switch_that_names_the_training_is_still_its_route():
    text = ("# Assistant\n\nWe use your chats to train our AI models. Turn off memory in Settings and your chats are no longer "
            "used to train our models.")
    assert route(text, "en") == "setting"


@pytest.mark.parametrize("locale, text", [
    ("en", "We use your listings to train our pricing models. "
           "To disable the use of your listings for model training, open your account settings and untick the option."),
    ("fr", "Nous utilisons vos annonces pour entraîner nos modèles de prix. "
           "Pour désactiver l'utilisation de vos annonces pour l'entraînement, ouvrez vos paramètres et décochez l'option."),
    ("de", "Wir verwenden Ihre Inserate, um unsere Preismodelle zu trainieren. "
           "Um die Verwendung Ihrer Inserate für das Training zu deaktivieren, öffnen Sie Ihr Konto und entfernen Sie das Häkchen."),
    ("es", "Usamos tus anuncios para entrenar nuestros modelos de precios. "
           "Para desactivar el uso de tus anuncios para el entrenamiento, abre la configuración de tu cuenta y desmarca la opción."),
])
def test_switching_off_the_use_itself_is_a_setting_that_refuses(locale, text):
    assert route(text, locale) == "setting"


@pytest.mark.parametrize("locale, text, url", [
    ("de", "Wir verwenden deine Rezepte, um unsere KI-Modelle zu trainieren. Wenn du den Schalter ausschaltest, verwenden wir "
           "deine Rezepte nicht mehr für das Training.", "https://example.de/app/einstellungen/rezepte-ki"),
    ("de", "Wir verwenden deine Rezepte, um unsere KI-Modelle zu trainieren. Wenn du den Schalter ausschaltest, verwenden wir "
           "deine Rezepte nicht mehr für das Training.", "https://example.de/konto/datenschutz"),
    ("fr", "Nous utilisons vos recettes pour entraîner nos modèles d'IA. Si vous désactivez l'option, nous n'utilisons plus "
           "vos recettes pour l'entraînement.", "https://example.fr/parametres/recettes-ia"),
    ("fr", "Nous utilisons vos recettes pour entraîner nos modèles d'IA. Si vous désactivez l'option, nous n'utilisons plus "
           "vos recettes pour l'entraînement.", "https://example.fr/compte/confidentialite"),
    ("es", "Usamos tus recetas para entrenar nuestros modelos de IA. Si desactivas la opción, dejamos de usar tus recetas "
           "para el entrenamiento.", "https://example.es/configuracion/recetas-ia"),
    ("es", "Usamos tus recetas para entrenar nuestros modelos de IA. Si desactivas la opción, dejamos de usar tus recetas "
           "para el entrenamiento.", "https://example.es/cuenta/privacidad"),
])
def test_a_link_to_a_settings_page_named_in_the_pages_language_is_the_setting(locale, text, url):
    # The link stands alone under the refusal, and an objection by e-mail follows: the setting comes first (call 5).
    email = {"de": "Du kannst auch per E-Mail an privacy@example.com widersprechen.",
             "fr": "Vous pouvez aussi vous opposer par e-mail à privacy@example.com.",
             "es": "También puedes oponerte por correo a privacy@example.com."}[locale]
    got = ask(f"# KI\n\n{text}\n\n[KI]({url})\n\n{email}\n", locale)["ai-opt-out"]
    assert (got.value, got.details["links"], got.details["other-routes"]) == ("setting", [url], ["email"])


@pytest.mark.parametrize("locale, text", [
    ("en", "# Help us improve\n\nWith your permission, we use your recordings to train our speech models.\n\n- Allow\n- Not now\n\n"
           "You can change this whenever you like in Settings."),
    ("fr", "# Aidez-nous à progresser\n\nAvec votre accord, nous utilisons vos enregistrements pour entraîner nos modèles vocaux.\n\n"
           "- Accepter\n- Plus tard\n\nVous pourrez le modifier quand vous voulez dans les Paramètres."),
    ("de", "# Hilf uns besser zu werden\n\nMit deiner Erlaubnis verwenden wir deine Aufnahmen, um unsere Sprachmodelle zu trainieren.\n\n"
           "- Erlauben\n- Nicht jetzt\n\nDu kannst das später in den Einstellungen jederzeit ändern."),
    ("es", "# Ayúdanos a mejorar\n\nCon tu permiso, usamos tus grabaciones para entrenar nuestros modelos de voz.\n\n"
           "- Permitir\n- Ahora no\n\nPuedes cambiarlo cuando quieras en Ajustes."),
])
def test_a_choice_pointed_back_to_and_changed_in_settings_is_the_setting(locale, text):
    assert ask(text + "\n", locale, kind="opt-out")["ai-opt-out"].value == "setting"


def test_changing_something_else_in_settings_far_from_the_training_is_no_route():
    text = ("# AI\n\nWe use your recordings to train our speech models.\n\n# Language\n\n"
            "The app speaks the language of your phone. You can change this in Settings.")
    assert route(text) == "unclear"


@pytest.mark.parametrize("locale, text", [
    ("en", "With your consent, we use your CV to train our matching models. "
           "You can withdraw your consent at any time in your candidate account under “My data”."),
    ("fr", "Avec votre consentement, nous utilisons votre CV pour entraîner nos modèles de mise en relation. "
           "Vous pouvez retirer votre consentement à tout moment dans votre compte candidat, rubrique « Mes données »."),
    ("de", "Mit Ihrer Einwilligung verwenden wir Ihren Lebenslauf, um unsere Matching-Modelle zu trainieren. "
           "Sie können Ihre Einwilligung jederzeit in Ihrem Kandidatenkonto unter „Meine Daten“ widerrufen."),
    ("es", "Con tu consentimiento, usamos tu CV para entrenar nuestros modelos de búsqueda. "
           "Puedes retirar tu consentimiento en cualquier momento en tu cuenta de candidato, sección «Mis datos»."),
])
def test_a_named_place_of_the_members_account_is_a_setting(locale, text):
    assert route(text, locale) == "setting"
