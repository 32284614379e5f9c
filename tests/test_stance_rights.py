"""Stance rules: the rights the texts name (rights.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

import pytest

from test_stance import ask, rights


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


def test_rights_listed_as_verbs_under_a_lead_in_the_law_permits():
    got = rights("# Your Statutory Rights\n\nThe law may allow you to request that we:\n\n"
                 "- give you access to and/or a copy of the information we hold about you\n"
                 "- update information which is outdated\n- delete your information\n"
                 "- restrict how we process your information\n\n"
                 "The law may also permit you to revoke your consent to some processing.")
    assert got == ("access", "correction", "deletion", "portability", "restriction", "withdraw-consent")


def test_a_request_from_the_reader_and_a_consent_declined_or_withdrawn():
    assert rights("If we receive a request from you to suspend the use of your details, we will do so.") == ("restriction",)
    assert rights("We ask before analysing your drafts. You may refuse or withdraw that consent at any time.") \
        == ("withdraw-consent",)
    assert rights("# Data Subject Rights\n\nYou are entitled to know what we hold. You may obtain a copy of this data.") \
        == ("access", "portability")


def test_cancelling_ones_data_is_deletion():
    assert rights("Puede acceder, rectificar o cancelar sus datos escribiéndonos.", "es") \
        == ("access", "correction", "deletion")


@pytest.mark.parametrize("text, locale", [
    # The policy's outline of its own contents gives no right.
    ("This policy sets out what we collect, how we share it and how you can access and control your information.", "en"),
    ("Cette politique explique ce que nous collectons et comment vous pouvez accéder à vos données.", "fr"),
    ("Diese Erklärung beschreibt, welche Daten wir erheben und wie Sie auf Ihre Daten zugreifen können.", "de"),
    ("Esta política explica qué datos tratamos y cómo puede acceder a sus datos.", "es"),
    # Changing one's settings corrects no data.
    ("In your account you can also change your sharing preferences for data.", "en"),
    ("Dort können Sie auch Ihre Einstellungen zur Weitergabe von Daten ändern.", "de"),
    ("Vous pouvez modifier vos paramètres de partage des données.", "fr"),
    ("Puedes cambiar tu configuración de privacidad de los datos.", "es"),
])
def test_an_outline_of_the_policy_or_a_change_of_settings_is_no_right(text, locale):
    assert rights(text, locale) == ()


@pytest.mark.parametrize("text, locale", [
    # A complaint or a claim taken to the authority, said outside any rights section.
    ("If you are unhappy with how we handled your request, you may complain to the data protection authority.", "en"),
    ("Members may also file a claim with their supervisory authority.", "en"),
    ("En cas de désaccord, vous pouvez saisir la CNIL.", "fr"),
    # A right named as a compound noun („Beschwerderecht“).
    ("Außerdem steht Ihnen ein Beschwerderecht bei der zuständigen Aufsichtsbehörde zu.", "de"),
])
def test_a_complaint_to_the_authority_is_the_right_to_complain(text, locale):
    assert rights(text, locale) == ("complaint",)


@pytest.mark.parametrize("text, locale", [
    ("Subscribers may revoke this consent at any time from the app.", "en"),
    ("Parents may withdraw their consent whenever they wish.", "en"),
    ("Vous pouvez donner ou retirer ce consentement à tout moment dans l'application.", "fr"),
    ("Puedes dar o revocar este consentimiento desde la aplicación.", "es"),
])
def test_a_consent_the_reader_or_others_may_revoke(text, locale):
    assert rights(text, locale) == ("withdraw-consent",)


@pytest.mark.parametrize("text, locale, want", [
    # A second verb further on in the sentence that gives the first.
    ("Vous pouvez à tout moment clôturer votre abonnement et mettre à jour les informations qui y figurent.", "fr",
     ("correction",)),
    # The right of the data subjects named as Latin-American laws name them, and a change of data.
    ("# Derechos de los titulares\n\nLas personas pueden pedir la modificación de sus datos cuando estén incompletos.", "es",
     ("correction",)),
    ("Los clientes pueden acceder a sus datos en la oficina virtual.", "es", ("access",)),
    # The transfer of one's data to oneself or to another company.
    ("You have the right to request the transfer of your data to you or to another provider.", "en", ("portability",)),
    # A how-to of an objection.
    ("To object to this use, write to our privacy team.", "en", ("objection",)),
    ("Pour vous opposer à ce traitement, écrivez-nous.", "fr", ("objection",)),
    ("Para oponerte a este uso, escríbenos.", "es", ("objection",)),
    ("Um dieser Nutzung zu widersprechen, schreiben Sie uns.", "de", ("objection",)),
])
def test_rights_said_in_passing(text, locale, want):
    assert rights(text, locale) == want


@pytest.mark.parametrize("text, locale", [
    # An objection the text says is not possible.
    ("Because the law requires these checks, you cannot object to them.", "en"),
    ("Ce traitement étant imposé par la loi, vous ne pouvez pas vous y opposer.", "fr"),
    ("Da die Prüfung gesetzlich vorgeschrieben ist, können Sie ihr nicht widersprechen.", "de"),
    ("Como el control es obligatorio, no puedes oponerte a él.", "es"),
    # Downloading what is not one's data (a form, the app).
    ("You can download the claim form from our website.", "en"),
    ("Vous pouvez télécharger le formulaire d'inscription sur notre site.", "fr"),
    ("Puedes descargar los modelos de formulario en nuestra web.", "es"),
])
def test_an_objection_denied_or_a_download_of_no_data_is_no_right(text, locale):
    assert rights(text, locale) == ()


def test_downloading_ones_data_is_still_access_and_portability():
    assert rights("You can download your listening history at any time.") == ("access", "portability")
    assert rights("Puedes descargar tus datos desde tu perfil.", "es") == ("access", "portability")
    assert rights("Vous pouvez télécharger vos données depuis votre profil.", "fr") == ("access", "portability")


@pytest.mark.parametrize("locale, text", [
    ("en", "We process your survey answers on the basis of your consent (Art. 6(1)(a) GDPR), which you may withdraw at any time."),
    ("fr", "Nous traitons vos réponses sur la base de votre consentement (art. 6.1.a du RGPD), que vous pouvez retirer à tout moment."),
    ("de", "Grundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit widerrufen können."),
    ("es", "La base es tu consentimiento (art. 6.1.a RGPD), que puedes revocar en cualquier momento."),
])
def test_a_legal_reference_in_brackets_does_not_hide_the_withdrawal(locale, text):
    assert "withdraw-consent" in rights(text, locale)


@pytest.mark.parametrize("locale, text", [
    ("en", "Once you have agreed, you will be able to withdraw your consent from the account page."),
    ("fr", "Une fois votre accord donné, vous pourrez retirer votre consentement depuis votre espace."),
    ("de", "Nach Ihrer Zustimmung werden Sie Ihre Einwilligung im Konto widerrufen können."),
    ("es", "Podrás retirar el consentimiento en cualquier momento desde tu perfil."),
])
def test_a_withdrawal_in_the_future_tense_or_of_the_consent_is_named(locale, text):
    assert rights(text, locale) == ("withdraw-consent",)


@pytest.mark.parametrize("locale, text", [
    ("en", "You can switch it off under Settings > Privacy or, if you prefer, object through our form."),
    ("fr", "Vous pouvez le désactiver dans Réglages ou, si vous préférez, vous y opposer via notre formulaire."),
    ("de", "Du kannst es unter Einstellungen ausschalten oder, wenn du magst, über unser Formular widersprechen."),
    ("es", "Puedes desactivarlo en Ajustes o, si lo prefieres, oponerte mediante nuestro formulario."),
])
def test_an_objection_later_in_the_sentence_is_named(locale, text):
    assert "objection" in rights(text, locale)


def test_the_right_sentence_is_the_evidence_not_the_pointer_before_it():
    got = ask("We retain your data in line with the schedule in Section 11. "
              "You can object to this processing at any time.\n")["rights"]
    assert got.value == ("objection",)
    assert got.evidence.text == "You can object to this processing at any time."


@pytest.mark.parametrize("text, locale, want", [
    ("Puede revisar sus búsquedas guardadas, o borrarlas desde el menú.", "es", {"access", "deletion"}),
    ("Sie können der Nutzung Ihrer Fahrtdaten für unsere Prognosemodelle jederzeit in der App unter "
     "„Privatsphäre“ formlos widersprechen.", "de", {"objection"}),
    ("Wenn Sie einen Antrag auf Löschung stellen oder eine erteilte Einwilligung widerrufen, entfernen wir Ihre "
     "Daten.", "de", {"deletion", "withdraw-consent"}),
    ("If you send a deletion request or withdraw your consent, we remove your data.", "en",
     {"deletion", "withdraw-consent"}),
    ("Les tuteurs légaux peuvent s'opposer à ce traitement en nous écrivant.", "fr", {"objection"}),
    ("Parents may object to this processing by writing to us.", "en", {"objection"}),
    ("Tu peux à tout moment retirer ton consentement.", "fr", {"withdraw-consent"}),
    ("Si desactivas la opción, retiras tu consentimiento.", "es", {"withdraw-consent"}),
])
def test_rights_said_in_passing_by_a_verb_a_condition_or_a_guardian(text, locale, want):
    assert set(rights(text, locale)) == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Delete anytime\n\nA single tap in Settings wipes your data.", "en", {"deletion"}),
    ("# Jederzeit löschen\n\nEin Klick in den Einstellungen entfernt alle deine Daten.", "de", {"deletion"}),
    ("- Kontrolle: Einsicht, Export und Löschung Ihrer Daten sind jederzeit möglich.", "de",
     {"access", "deletion", "portability"}),
    ("- Control: access, export and deletion of your data at any time.", "en",
     {"access", "deletion", "portability"}),
])
def test_rights_in_a_heading_or_named_as_nouns(text, locale, want):
    assert set(rights(text, locale)) == want


# ---------------------------------------------------------------- round 19b

@pytest.mark.parametrize("text, locale", [
    ("# What rights do you have?\n\nYou may obtain, free of charge, access to the data we hold about you.", "en"),
    ("# Quels sont vos droits ?\n\nVous obtenez gratuitement des informations sur l'accès à vos données.", "fr"),
    ("# Welche Rechte haben Sie?\n\nSie erhalten unentgeltlich Auskunft über Ihre gespeicherten Daten.", "de"),
    ("# ¿Qué derechos tienes?\n\nRecibes gratis información sobre el acceso a tus datos.", "es"),
])
def test_a_heading_that_asks_which_rights_makes_a_rights_section(text, locale):
    assert "access" in rights(text, locale)


def test_the_right_then_an_adverb_then_the_right_in_german():
    assert "access" in rights("Du hast das Recht jederzeit kostenlos Auskunft über deine Daten zu erhalten.", "de")


@pytest.mark.parametrize("text, locale, want", [
    ("You can review and clear your search history from the Activity page.", "en", {"access", "deletion"}),
    ("You can view and clear some of your data in the privacy centre.", "en", {"access", "deletion"}),
    ("You can manage or delete these recordings at any time in the app.", "en", {"deletion"}),
    ("To object, write to privacy@example.org and we will stop.", "en", {"objection"}),
])
def test_clearing_deleting_and_objecting_said_plainly(text, locale, want):
    assert set(rights(text, locale)) == want


@pytest.mark.parametrize("text, locale, want", [
    ("Nous avons mis en place des outils pour vous permettre d'accéder, de mettre à jour et de supprimer vos "
     "données personnelles.", "fr", {"access", "correction", "deletion"}),
    ("Ofrecemos herramientas que te permiten acceder, actualizar y eliminar tus datos personales.", "es",
     {"access", "correction", "deletion"}),
])
def test_tools_that_let_the_member_access_update_delete(text, locale, want):
    assert set(rights(text, locale)) == want


def test_an_account_that_lets_you_see_your_bills_names_no_right():
    assert rights("Votre espace client vous permet de consulter vos factures et de télécharger vos reçus.", "fr") == ()


def test_the_ccpa_right_to_limit_sensitive_information_is_not_restriction():
    assert rights("California residents have the right to limit the use of their sensitive personal information "
                  "and the right to delete it.") == ("deletion",)


@pytest.mark.parametrize("text, locale", [
    ("# Contents\n\n- 1. Who we are\n- 2. What we collect\n- 3. Retention\n- 4. Right to object\n- 5. Contact\n\n"
     "# 1. Who we are\n\nWe run a ride-sharing app.", "en"),
    ("# Sommaire\n\n- 1. Qui sommes-nous\n- 1.1 Contact\n- 1.2 Droit d'opposition\n- 2. Cookies\n\n"
     "# Qui sommes-nous\n\nNous éditons une application de covoiturage.", "fr"),
])
def test_a_right_named_in_a_table_of_contents_is_not_given(text, locale):
    assert rights(text, locale) == ()


def test_a_numbered_list_of_rights_is_not_a_table_of_contents():
    got = rights("You have the following rights:\n\n- 1. Right of access\n- 2. Right to erasure\n"
                 "- 3. Right to object\n")
    assert set(got) == {"access", "deletion", "objection"}


@pytest.mark.parametrize("text, locale, right", [
    ("# 3. Member Rights\n\n# 3.2 Right to Object\n\n- Close your account to stop all processing (delete account)", "en", "deletion"),
    ("# Right of access\n\n- Download everything from the Privacy page", "en", "access"),
    ("# Droits des utilisateurs\n\n- Fermer votre compte et effacer vos projets", "fr", "deletion"),
    ("# 4.2 Droit d’opposition\n\n- Arrêter tout traitement (supprimer le compte)", "fr", "deletion"),
    ("# Nutzerrechte\n\n- Konto schließen und alle Projekte löschen", "de", "deletion"),
    ("# Widerspruchsrecht\n\n- Verarbeitung beenden (Konto löschen)", "de", "deletion"),
    ("# Derechos de los usuarios\n\n- Cerrar la cuenta y borrar tus proyectos", "es", "deletion"),
    ("# Derecho de oposición\n\n- Detener el tratamiento (eliminar la cuenta)", "es", "deletion"),
])
def test_a_heading_naming_users_rights_or_one_right_heads_a_rights_section(text, locale, right):
    assert right in rights(text, locale)


@pytest.mark.parametrize("text, locale, right", [
    ("A guardian can create, adjust or delete the learner profiles at any time.", "en", "correction"),
    ("A guardian can create, adjust or delete the learner profiles at any time.", "en", "deletion"),
    ("You can clear your data whenever you like via Settings → Clear history.", "en", "deletion"),
    ("Un parent peut à tout moment créer, ajuster ou supprimer les profils des élèves.", "fr", "correction"),
    ("Ein Elternteil kann die Schülerprofile jederzeit anlegen, anpassen oder löschen.", "de", "correction"),
    ("Ein Elternteil kann die Schülerprofile jederzeit anlegen, anpassen oder löschen.", "de", "deletion"),
    ("Un tutor puede en cualquier momento crear, ajustar o eliminar los perfiles de los alumnos.", "es", "deletion"),
])
def test_a_control_someone_has_at_any_time_names_its_rights(text, locale, right):
    assert right in rights(text, locale)


def test_denuncias_y_reclamos_before_the_control_body_are_a_complaint():
    text = ("# Tus derechos\n\nEl organismo de control de la ley de datos personales atiende las denuncias y "
            "reclamos por incumplimiento de las normas de protección de datos.")
    assert "complaint" in rights(text, "es")


@pytest.mark.parametrize("text, locale", [
    ("This notice covers what we gather. You will also find information about your rights and how you can reach us to update them.", "en"),
    ("Cette notice couvre ce que nous recueillons. Vous y trouverez également des informations sur vos droits et la manière de nous joindre pour les mettre à jour.", "fr"),
    ("Dieser Hinweis beschreibt unsere Erhebung. Sie erhalten außerdem Informationen über Ihre Rechte und erfahren, wie Sie uns erreichen, um Ihre Angaben zu aktualisieren.", "de"),
    ("Este aviso cubre lo que recogemos. También encontrarás información sobre tus derechos y cómo contactarnos para actualizarlos.", "es"),
])
def test_a_preview_of_the_policys_contents_names_no_right(text, locale):
    assert rights(text, locale) == ()


@pytest.mark.parametrize("text, locale", [
    ("# Changes\n\nWe reserve the right to update or amend this notice whenever our service changes.", "en"),
    ("# Modifications\n\nNous nous réservons le droit de mettre à jour ou de modifier cette notice à tout moment.", "fr"),
    ("# Änderungen\n\nWir behalten uns das Recht vor, diesen Hinweis jederzeit zu aktualisieren oder zu ändern.", "de"),
    ("# Cambios\n\nNos reservamos el derecho de actualizar o modificar este aviso cuando cambie el servicio.", "es"),
])
def test_the_platforms_own_right_to_change_its_policy_is_no_right_of_the_reader(text, locale):
    assert rights(text, locale) == ()


@pytest.mark.parametrize("text, locale", [
    ("# Who sees my pictures?\n\n- Only you can access, view and download the pictures you create.", "en"),
    ("# Qui voit mes images ?\n\n- Vous seul pouvez accéder à vos créations et les télécharger.", "fr"),
    ("# Wer sieht meine Bilder?\n\n- Nur Sie können auf Ihre Bilder zugreifen und sie herunterladen.", "de"),
    ("# ¿Quién ve mis imágenes?\n\n- Solo tú puedes acceder a tus imágenes y descargarlas.", "es"),
])
def test_who_alone_sees_ones_content_is_no_right_of_access(text, locale):
    assert rights(text, locale) == ()


def test_an_apps_access_to_an_account_taken_back_is_no_right_of_access():
    text = ("# Your rights\n\nYou can erase your workspace at any time. You can revoke our app's access to your "
            "calendar account from your calendar provider's settings.")
    assert rights(text) == ("deletion",)


@pytest.mark.parametrize("text, locale", [
    ("Ce document explique les choix dont vous disposez et la manière dont vous pouvez y accéder ou les mettre à jour.", "fr"),
    ("This notice explains your choices and the ways in which you can access or update them.", "en"),
    ("Este aviso explica sus opciones y la forma en que puede acceder a ella o actualizarla.", "es"),
])
def test_a_preview_said_the_way_you_can_names_no_right(text, locale):
    assert rights(text, locale) == ()


@pytest.mark.parametrize("text, locale, expected", [
    ("# Control\n\nMembers may:\n\n- edit their public profile\n- delete their account\n", "en", ("correction", "deletion")),
    ("# Contrôle\n\nLes membres peuvent :\n\n- modifier leur profil\n- supprimer leur compte\n", "fr", ("correction", "deletion")),
    ("# Kontrolle\n\nNutzer können:\n\n- ihr Profil bearbeiten\n- ihr Konto löschen\n", "de", ("correction", "deletion")),
    ("# Control\n\nLos usuarios pueden:\n\n- pedir una copia de sus datos\n- borrar su cuenta\n", "es", ("access", "deletion", "portability")),
])
def test_a_bare_lead_in_saying_what_users_can_do_lists_their_rights(text, locale, expected):
    assert rights(text, locale) == expected


@pytest.mark.parametrize("text, locale, right", [
    ("Clients may request access to their stored recordings by writing to us.", "en", "access"),
    ("If you would like us to erase your recordings, write to privacy@example.org.", "en", "deletion"),
    ("Les clients peuvent demander la suppression de leurs enregistrements.", "fr", "deletion"),
    ("Si vous souhaitez que nous effacions vos enregistrements, écrivez-nous.", "fr", "deletion"),
    ("Kundinnen können die Löschung ihrer Aufnahmen beantragen.", "de", "deletion"),
    ("Wenn Sie möchten, dass wir Ihre Aufnahmen löschen, schreiben Sie uns.", "de", "deletion"),
    ("Los clientes pueden solicitar la supresión de sus grabaciones.", "es", "deletion"),
    ("Si preferís que borremos tus grabaciones, escribinos.", "es", "deletion"),
])
def test_a_right_asked_for_by_its_name_or_as_a_wish_is_named(text, locale, right):
    assert right in rights(text, locale)


def test_a_vendor_asking_for_access_to_data_is_no_right():
    assert rights("For the new assistant, the vendor is asking for access to the following kinds of logs:") == ()


@pytest.mark.parametrize("text, locale", [
    ("# Voice notes\n\nVoice notes you upload are used only for transcription. They can be deleted at any time.", "en"),
    ("# Notes vocales\n\nLes notes vocales envoyées servent à la transcription. Elles peuvent être supprimées à tout moment.", "fr"),
    ("# Sprachnotizen\n\nHochgeladene Sprachnotizen dienen nur der Transkription. Sie können jederzeit gelöscht werden.", "de"),
    ("# Notas de voz\n\nLas notas de voz subidas solo se usan para transcribir. Pueden ser eliminadas en cualquier momento.", "es"),
])
def test_uploads_said_deletable_at_any_time_name_deletion(text, locale):
    assert "deletion" in rights(text, locale)


def test_the_controls_granted_to_access_update_and_delete_name_those_rights():
    text = "Nous voulons être clairs sur les outils que nous vous donnons pour consulter, mettre à jour et effacer vos informations."
    assert rights(text, "fr") == ("access", "correction", "deletion")


@pytest.mark.parametrize("text, locale", [
    ("Your profile shows what you entered at sign-up; if you need to change anything, you can do so on the Edit profile page.", "en"),
    ("Votre profil montre ce que vous avez saisi ; si vous devez modifier quelque chose, vous pouvez le faire avec le bouton Mettre à jour mes informations.", "fr"),
    ("Ihr Profil zeigt Ihre Angaben; wenn Sie etwas ändern möchten, können Sie dies über die Schaltfläche Angaben aktualisieren tun.", "de"),
    ("Tu perfil muestra lo que registraste; si necesitas cambiar algo puedes hacerlo con el botón de actualizar información.", "es"),
])
def test_a_change_the_reader_can_make_names_correction(text, locale):
    assert "correction" in rights(text, locale)


def test_a_long_step_of_a_how_to_ending_on_its_picture_is_no_lead_in():
    text = ("# Getting started\n\n"
            "1. Create your account with your school e-mail address and choose a password you will remember.\n"
            "2. Once you have signed in you will see the profile page with everything you entered when you signed up, and if you need to change anything you can do so with the button shown in the next picture:\n"
            "3. Record your first clip, then press Delete to start again or Send to submit it for review.\n")
    assert rights(text) == ()


@pytest.mark.parametrize("text, locale", [
    ("When you sign in with us, a partner app might request access to your contact list.", "en"),
    ("Si te conectas con nosotros, una aplicación asociada podría solicitar acceso a tu lista de contactos.", "es"),
])
def test_a_third_party_requesting_access_to_data_is_no_right(text, locale):
    assert rights(text, locale) == ()


@pytest.mark.parametrize("text, locale, want", [
    ("Once signed in, you may log in and view your saved routes, fix anything that is wrong in them, or close your account.", "en", "access"),
    ("The portal may allow you to review, correct or update Member Data you gave us when you registered.", "en", "access"),
    ("Pour voir, corriger ou supprimer vos données, écrivez à notre service client.", "fr", "access"),
    ("Para ver, corregir o eliminar tus datos, escríbenos a soporte.", "es", "access"),
    ("Como suscriptor, tiene derecho a conocer, actualizar y rectificar sus datos personales.", "es", "access"),
])
def test_seeing_or_reviewing_ones_data_first_in_a_list_is_access(text, locale, want):
    assert want in rights(text, locale)


@pytest.mark.parametrize("text, locale, want", [
    ("Your rights include reaching your data, erasing it, restricting its use and objecting to its use.", "en", "objection"),
    ("Usted puede acceder, rectificar y portar sus datos cuando lo desee.", "es", "portability"),
    ("También tiene derecho a restringir el tratamiento de sus datos.", "es", "restriction"),
    ("Vous pouvez nous demander de restreindre l’usage de vos données.", "fr", "restriction"),
])
def test_a_right_said_as_a_gerund_or_a_plain_verb(text, locale, want):
    assert want in rights(text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Vous disposez aussi du droit de retirer un consentement à tout moment.", "fr"),
    ("- Le droit de retrait concernant votre consentement au traitement de vos données.", "fr"),
    ("Si vous avez accepté nos lettres d’information et que vous souhaitez retirer votre consentement, cliquez sur le lien de désinscription.", "fr"),
    ("Du kannst deine Einwilligung jederzeit im Profil unter Konto › Privatsphäre › „Stimmdaten teilen“ widerrufen.", "de"),
    ("Como titular, puede revocar la autorización otorgada para el tratamiento de sus datos.", "es"),
    ("If you want to withdraw your consent to newsletters, use the link in any e-mail.", "en"),
])
def test_a_withdrawal_of_consent_said_in_other_words_is_named(text, locale):
    assert "withdraw-consent" in rights(text, locale)


@pytest.mark.parametrize("text, locale", [
    ("- Photos you upload: kept on our servers, erasable on request", "en"),
    ("Reminders you create can be deleted from the app at any time.", "en"),
    ("Erinnerungen: Diese Einträge können innerhalb der App jederzeit gelöscht werden.", "de"),
    ("Erinnerungen: Einträge und Notizen sind jederzeit löschbar.", "de"),
    ("Vos rappels peuvent être supprimés depuis l’application à tout moment.", "fr"),
    ("Tus recordatorios pueden ser eliminados desde la app en cualquier momento.", "es"),
])
def test_data_said_deletable_on_request_or_at_any_time_names_deletion(text, locale):
    assert rights(text, locale) == ("deletion",)


@pytest.mark.parametrize("text, locale", [
    ("# Delete your data\n\nOpen the app and go to Settings → Account → Remove everything.", "en"),
    ("# Supprimer vos données\n\nDans l’application, ouvrez Réglages → Compte → Tout effacer.", "fr"),
    ("# Ihre Daten löschen\n\nÖffnen Sie in der App Einstellungen → Konto → Alles entfernen.", "de"),
    ("# Cómo eliminar tus datos\n\nEn la app, abre Ajustes → Cuenta → Borrar todo.", "es"),
])
def test_a_heading_that_names_deleting_ones_data_heads_the_rights(text, locale):
    assert rights(text, locale) == ("deletion",)


@pytest.mark.parametrize("text, locale", [
    ("# How to delete your account\n\n- In the app: tap Delete account.\n- By e-mail: if you cannot access the app, write to help@example.org.\n- Revoke access to Dropbox: open your Dropbox settings and remove our app.", "en"),
    ("# Cómo eliminar tus datos\n\n- En la app: tocá Eliminar cuenta.\n- Por email: si no podés acceder a la app, escribinos.\n- Revocar acceso a Google: quitá el permiso en tu cuenta de Google. Esto corta el acceso a Drive de inmediato.", "es"),
])
def test_reaching_the_app_or_an_apps_access_to_another_service_is_not_access(text, locale):
    assert rights(text, locale) == ("deletion",)


@pytest.mark.parametrize("text, locale, want", [
    ("Requests under Art. 15-22 GDPR (access, erasure, portability) are answered within one month.", "en", ("access", "deletion", "portability")),
    ("Anfragen zu den Rechten nach Art. 12–23 DSGVO (Auskunft, Löschung) beantworten wir binnen eines Monats.", "de", ("access", "deletion")),
    ("Vous pouvez exercer les droits des articles 15 à 22 du RGPD (accès, effacement) auprès de notre délégué.", "fr", ("access", "deletion")),
    ("Requests under Art. 15-22 GDPR (e.g. access) are answered within one month.", "en", ("access", "correction", "deletion", "portability", "objection", "restriction")),
])
def test_rights_named_in_brackets_after_the_articles_are_the_ones_meant(text, locale, want):
    assert rights(text, locale) == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Your rights\n\n- Right to access: ask us for a copy of your data.\n- Right to complain: if you think we mishandled "
     "your data, write to us directly at privacy@example.com.", "en", ("access", "portability")),
    ("# Your rights\n\n- Right to access: ask us for a copy of your data.\n- Right to complain: you can complain to us or "
     "to your data protection authority.", "en", ("access", "portability", "complaint")),
    ("# Tus derechos\n\nPuedes acceder a tus datos. Para presentar una queja sobre el uso de tus datos, comunícate con "
     "nuestro equipo de privacidad.", "es", ("access",)),
    ("# Vos droits\n\nVous pouvez accéder à vos données. Pour toute réclamation, adressez-vous à notre délégué à la "
     "protection des données.", "fr", ("access",)),
    ("# Ihre Rechte\n\nSie haben ein Recht auf Auskunft. Beschwerden richten Sie bitte an unser Support-Team.", "de",
     ("access",)),
])
def test_a_complaint_made_to_the_platform_itself_is_not_the_right_to_complain(text, locale, want):
    assert rights(text, locale) == want


@pytest.mark.parametrize("text, locale, want", [
    ("What rights do you have?\n\nYou have the right at any time to receive information free of charge about the origin "
     "and purpose of your stored personal data.", "en", ("access",)),
    ("You can ask us to suspend processing of your personal information.", "en", ("restriction",)),
    ("# Vos droits\n\nSur simple demande, nous mettrons à votre disposition les données vous concernant.", "fr", ("access",)),
    ("Tus derechos:\n\n- Presentar quejas ante la autoridad de protección de datos.", "es", ("complaint",)),
])
def test_rights_in_the_words_templates_and_short_lists_use(text, locale, want):
    assert rights(text, locale) == want


def test_a_platform_reserving_a_right_to_delete_is_no_right_of_the_member():
    assert rights("We reserve the right at any time to delete inactive accounts.", "en") == ()


@pytest.mark.parametrize("text, locale, want", [
    ("# Support\n\nWe answer every request for access within 30 days.", "en", ("access",)),
    ("# Settings\n\n- Export your data\n- Delete your account", "en", ("access", "deletion", "portability")),
    ("# Droits\n\nConformément au RGPD, vous avez le droit de :\n\n- Porter vos données vers un autre prestataire", "fr", ("portability",)),
    ("Vous pouvez demander la suspension du traitement de vos données.", "fr", ("restriction",)),
    ("Vos données vous appartiennent : vous pouvez les reprendre à tout moment.", "fr", ("access", "portability")),
    ("Die App ist datenschutzkonform: Auskunfts- und Widerspruchsrechte sind selbstverständlich.", "de", ("access", "objection")),
    ("Nach Vertragsende hast du 30 Tage Zeit, deine Daten zu exportieren.", "de", ("access", "portability")),
    ("# Privacidad\n\nCómo puedes acceder a tu información y actualizarla.", "es", ("access", "correction")),
    ("Usted tiene derecho a:\n\n- Objetar el uso de sus datos para publicidad", "es", ("objection",)),
])
def test_rights_said_in_buttons_compounds_and_loose_verbs(text, locale, want):
    assert rights(text, locale) == want


def test_an_app_asking_to_access_the_microphone_is_not_the_right_of_access():
    assert rights("# Permissions\n\nYou can allow the app to access your device's microphone to dictate notes.", "en") == ()


@pytest.mark.parametrize("text, locale", [
    ("# Account\n\nThe subscriber may, whenever they like, delete their profile at any time from the app.", "en"),
    ("# Cuenta\n\nPuedes borrarla en cualquier momento desde los ajustes.", "es"),
])
def test_a_deletion_at_any_time_with_an_aside_or_a_clitic_is_a_right(text, locale):
    assert rights(text, locale) == ("deletion",)


def test_the_data_subject_in_the_third_person_who_can_object_names_objection():
    text = ("# Cookies\n\nDie betroffene Person kann die Speicherung von Cookies jederzeit über die Einstellungen ihres Browsers "
            "verhindern und damit der Speicherung dauerhaft widersprechen.")
    assert rights(text, "de") == ("objection",)


@pytest.mark.parametrize("text, locale", [
    ("# Recherche\n\nVos réponses peuvent être réutilisées pour des études internes, sauf opposition de votre part.", "fr"),
    ("# Research\n\nYour survey answers may be reused for internal studies unless you object.", "en"),
    ("# Forschung\n\nIhre Antworten können für interne Studien genutzt werden, sofern Sie dem nicht widersprechen.", "de"),
    ("# Estudios\n\nTus respuestas pueden reutilizarse para estudios internos, salvo que te opongas.", "es"),
])
def test_a_processing_done_unless_the_reader_objects_names_objection(text, locale):
    assert rights(text, locale) == ("objection",)


def test_a_regulator_that_authorises_a_processing_is_not_a_complaint():
    text = ("# Études\n\nLes données peuvent servir à des études, en l'absence d'opposition de l'usager et après "
            "autorisation de la CNIL.")
    assert rights(text, "fr") == ("objection",)


def test_a_how_to_that_opens_the_sentence_names_the_right():
    text = "# Uploads\n\nTo delete the uploaded photo, open it and tap the bin icon."
    assert rights(text, "en") == ("deletion",)


@pytest.mark.parametrize("text, want", [
    ("# Bewerbung\n\nSie können Ihre Zustimmung jederzeit zurückziehen, indem Sie uns schreiben.", ("withdraw-consent",)),
    ("# Rechte\n\n- Widerruf erteilter Einwilligungen mit Wirkung für die Zukunft", ("withdraw-consent",)),
    ("# Konto\n\nSie erhalten ein Kundenportal, in dem Sie Ihre Vertragsdaten einsehen können.", ("access",)),
])
def test_german_wording_for_withdrawing_consent_and_for_a_portal_to_see_ones_data(text, want):
    assert rights(text, "de") == want


@pytest.mark.parametrize("text, locale, want", [
    ("# Contact and complaints\n\nIf our answer does not satisfy you, you may turn to the Information Commissioner's Office.", "en", ("complaint",)),
    ("# Réclamation\n\nSi notre réponse ne vous convient pas : Commission nationale de l'informatique et des libertés, Paris.", "fr", ("complaint",)),
    ("# Beschwerden\n\nSind Sie mit unserer Antwort nicht zufrieden, können Sie sich an die zuständige Aufsichtsbehörde wenden.", "de", ("complaint",)),
    ("# Quejas y reclamaciones\n\nSi no está conforme, puede acudir a la Agencia Española de Protección de Datos.", "es", ("complaint",)),
])
def test_a_heading_that_names_the_complaint_makes_the_authority_under_it_the_right_to_complain(text, locale, want):
    assert rights(text, locale) == want


def test_a_heading_that_names_only_the_competent_authority_gives_no_right_to_complain():
    text = "# 2.1 Aufsichtsbehörde\n\nZuständig ist die Landesbeauftragte für Datenschutz Niedersachsen, Hannover."
    assert rights(text, "de") == ()


def test_reaching_a_part_of_the_product_is_not_the_right_of_access():
    assert rights("# Admin\n\nYou can access the Privacy controls from the Admin page by opening the Controls tab.\n") == ()
    assert rights("# Admin\n\nYou can access your data from the Admin page.\n") == ("access",)


def test_an_imperative_feature_line_on_ones_own_data_names_the_rights():
    text = "# Your notes, your control\n\nExport your data at any time. Delete single notes or your whole account."
    assert rights(text) == ("access", "deletion", "portability")


def test_knowing_what_data_is_held_is_access_and_blocking_is_restriction():
    assert rights("# Derechos\n\nUsted tiene derecho a:\n\n- Conocer qué datos personales guardamos sobre usted\n"
                  "- Solicitar el bloqueo de sus datos mientras se revisa su reclamo interno\n", "es") == ("access", "restriction")
    assert rights("# Your rights\n\nYou have the right to know what personal data we hold about you.\n") == ("access",)


@pytest.mark.parametrize("text, locale", [
    ("# Vos notes\n\nExportez vos données à tout moment. Supprimez vos notes ou votre compte entier.\n", "fr"),
    ("# Tus notas\n\nExporta tus datos cuando quieras. Elimina tus notas o tu cuenta completa.\n", "es"),
    ("# Ihre Notizen\n\nExportieren Sie Ihre Daten jederzeit. Löschen Sie einzelne Notizen oder Ihr gesamtes Konto.\n", "de"),
])
def test_imperative_feature_lines_on_ones_own_data_name_rights_in_other_languages(text, locale):
    assert rights(text, locale) == ("access", "deletion", "portability")


@pytest.mark.parametrize("text, locale", [
    ("# Admin\n\nPuedes acceder a los Controles de datos desde la página de Ajustes.\n", "es"),
    ("# Admin\n\nVous pouvez accéder aux Contrôles des données depuis la page Paramètres.\n", "fr"),
])
def test_reaching_a_part_of_the_product_is_no_access_in_other_languages(text, locale):
    assert rights(text, locale) == ()


# ---------------------------------------------------------------- round 30c

def test_cancelar_in_a_list_of_arco_rights_is_deletion():
    # «cancelar» beside the other ARCO rights is the old name of deletion; cancelling a subscription is not.
    assert rights("Tiene derecho a acceder, rectificar, cancelar y oponerse al uso de su información.\n", "es") \
        == ("access", "correction", "deletion", "objection")
    assert rights("Tiene derecho a darse de baja y cancelar su suscripción cuando quiera.\n", "es") == ()


@pytest.mark.parametrize("text, locale, expected", [
    ("- Members can request a download of their stored records\n", "en", ("access", "portability")),
    ("- Les membres peuvent demander l'export de leurs données stockées\n", "fr", ("access", "portability")),
    ("- Mitglieder können den Export ihrer gespeicherten Daten verlangen\n", "de", ("access", "portability")),
    ("- Los miembros pueden solicitar la exportación de sus datos guardados\n", "es", ("access", "portability")),
])
def test_users_in_the_third_person_requesting_a_right(text, locale, expected):
    assert rights(text, locale) == expected


@pytest.mark.parametrize("text, locale", [
    ("# Sync\n\nYou can access your notes from any device once signed in.\n", "en"),
    ("# Synchronisation\n\nVous pouvez accéder à vos notes depuis n'importe quel appareil une fois connecté.\n", "fr"),
    ("# Synchronisierung\n\nSie können von jedem Gerät aus auf Ihre Notizen zugreifen.\n", "de"),
    ("# Sincronización\n\nPuedes acceder a tus notas desde cualquier dispositivo al iniciar sesión.\n", "es"),
])
def test_reaching_ones_data_from_any_device_is_the_service_not_the_right_of_access(text, locale):
    assert rights(text, locale) == ()


@pytest.mark.parametrize("text, locale, expected", [
    ("Your workspace files can be exported whenever you ask.\n", "en", ("access", "portability")),
    ("Vos fichiers peuvent être exportés dès que vous le demandez.\n", "fr", ("access", "portability")),
    ("Auf Wunsch können Ihre Entwürfe nach Abschluss komplett gelöscht werden.\n", "de", ("deletion",)),
    ("Tus archivos pueden ser exportados cuando lo solicites.\n", "es", ("access", "portability")),
])
def test_data_said_exportable_or_deletable_on_request(text, locale, expected):
    assert rights(text, locale) == expected


@pytest.mark.parametrize("text, locale", [
    ("Open Settings for your GDPR rights: access, correct, delete.\n", "en"),
    ("Ouvrez les Paramètres pour vos droits RGPD : accès, rectification, suppression.\n", "fr"),
    ("In den Einstellungen finden Sie die DSGVO-Rechte: Auskunft, Berichtigung, Löschung.\n", "de"),
    ("En Ajustes, derechos RGPD: acceso, rectificación, supresión.\n", "es"),
])
def test_rights_named_by_the_law_that_gives_them(text, locale):
    assert rights(text, locale) == ("access", "correction", "deletion")


def test_information_about_the_processing_or_held_about_you_is_access():
    assert rights("# Your Rights\n\nYou have the right to:\n\n- Ask for information about data processing\n") == ("access",)
    assert rights("The law lets you ask us to provide you with the specific pieces of personal information we hold.\n") \
        == ("access",)
    assert rights("Vous êtes en droit de nous demander les données que nous détenons sur vous.\n", "fr") == ("access",)
    assert rights("Tiene derecho a solicitar la información que tenemos sobre usted.\n", "es") == ("access",)


def test_contacting_the_data_protection_authority_is_the_complaint():
    assert rights("Vous êtes en droit de contacter l'autorité de protection des données.\n", "fr") == ("complaint",)
    assert rights("Vous êtes en droit de saisir les autorités de protection des données.\n", "fr") == ("complaint",)


def test_revoking_the_authorisation_is_withdrawal_but_not_this_authorisation_of_a_permission():
    # Habeas data calls the consent «autorización»; «esta autorización» points back at a permission just named.
    assert rights("Puedes conocer tus datos y revocar autorización cuando quieras.\n", "es") == ("access", "withdraw-consent")
    assert rights("Leemos tu calendario con tu permiso. Puedes conocer tus datos y revocar esta autorización "
                  "cuando quieras.\n", "es") == ("access",)


@pytest.mark.parametrize("text, locale", [
    ("# Your choices\n\n- Limit data processing\n", "en"),
    ("# Vos choix\n\n- Limiter le traitement des données\n", "fr"),
])
def test_limiting_data_processing_is_restriction(text, locale):
    assert rights(text, locale) == ("restriction",)


@pytest.mark.parametrize("text, locale", [
    ("If you disagree with these terms, you may not access the Service.\n", "en"),
    ("Si no aceptas estos términos, no puedes acceder al Servicio.\n", "es"),
])
def test_being_barred_from_the_service_is_no_access(text, locale):
    assert rights(text, locale) == ()
