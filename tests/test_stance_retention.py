"""Stance rules: is a retention stated? (facts.py).

Short texts of our own in EN, FR, DE and ES, one test per reading; the eval sets in
tests/eval measure the rules on real wording, these pin each reading."""

from __future__ import annotations

import pytest

from test_stance import ask, retention


def test_kept_as_long_as_necessary_in_other_words_is_a_retention():
    # Convention 7 (these were read as the storage-limitation principle, not stated, before it).
    for text, locale in (("# Retention\n\nWe hold your data for no longer than necessary for the purposes we collected it for.\n", "en"),
                         ("# Retention\n\nYour files are kept for as long as we consider necessary.\n", "en"),
                         ("# Retention\n\nWe retain your details only for as long as necessary to fulfil the purposes above, "
                          "unless a longer retention period is permitted by law.\n", "en"),
                         ("# Speicherdauer\n\nWir speichern Ihre Daten nicht länger als nötig.\n", "de"),
                         ("# Conservation\n\nNous conservons vos données aussi longtemps que nécessaire.\n", "fr"),
                         ("# Conservación\n\nConservamos tus datos el tiempo que sea necesario.\n", "es")):
        assert ask(text, locale)["retention"].value == "stated", text
    # Only the data needed, kept as a schedule elsewhere sets out: no how-long here.
    pointer = ask("We process only the personal data needed for these purposes and keep it as set out in our "
                  "retention schedule.\n")
    assert pointer["retention"].value == "not-stated"
    named = ask("# Retention\n\nWe keep your data as long as needed to provide the service to you.\n")
    assert named["retention"].value == "stated"


def test_a_label_of_legal_obligations_is_not_a_retention_criterion():
    got = ask("# Why we use data\n\n- Legal obligations: we retain and share records as necessary to comply with "
              "tax rules, audits or court orders.\n")
    assert got["retention"].value == "not-stated"


def test_not_keeping_what_a_partner_or_a_payment_processor_holds_is_not_a_retention():
    for text, locale in (("Our hosting partner does not keep logs of your visits.\n", "en"),
                         ("We never store your payment card details.\n", "en"),
                         ("Unser Zahlungsdienstleister verarbeitet Ihre Karte; wir speichern keine Ihrer Zahlungsdaten.\n", "de"),
                         ("Notre prestataire ne conserve pas vos fichiers.\n", "fr"),
                         ("No guardamos los datos de tu tarjeta.\n", "es")):
        assert ask(text, locale)["retention"].value == "not-stated", text
    # Convention 7 (round 18): the members' data said never kept, alone, is no retention either.
    assert ask("We do not store your voice recordings.\n")["retention"].value == "not-stated"
    assert ask("We do not store your voice recordings: they are deleted once transcribed.\n")["retention"].value == "stated"


def test_data_deleted_with_the_account_or_within_a_time_is_stated():
    for text, locale in (("You may close your account whenever you like, and your nickname will be deleted.\n", "en"),
                         ("Sie können Ihr Konto jederzeit löschen. Dann löschen wir Ihre Fotos.\n", "de"),
                         ("Vous pouvez supprimer votre compte. Vos messages seront alors supprimés.\n", "fr"),
                         ("Puedes cerrar tu cuenta. Si la cierras, se borrarán tus fotos.\n", "es"),
                         ("Vos brouillons sont supprimés dans les 48 heures.\n", "fr"),
                         ("Tus borradores se eliminan dentro del plazo de 48 horas.\n", "es"),
                         ("We never read or keep your notes, and your notes are deleted after they are synced.\n", "en")):
        assert ask(text, locale)["retention"].value == "stated", text


@pytest.mark.parametrize("text, locale", [
    # Kept as long as its purposes require, with or without the law's longer periods (convention 7).
    ("We store your photos for as long as necessary to run the gallery, unless a longer period is required by law.", "en"),
    ("Vos recettes sont conservées pendant la durée nécessaire aux finalités décrites ci-dessus.", "fr"),
    ("Wir bewahren Ihre Nachrichten auf, solange es für die genannten Zwecke erforderlich ist.", "de"),
    ("Conservamos tus mensajes solo el tiempo necesario para cumplir con las finalidades descritas.", "es"),
    # Kept for a time, whatever the verb's form or the preposition.
    ("L'éditeur conserve vos messages pour une durée de 2 ans à compter de votre dernière visite.", "fr"),
    # Deleted from the platform's own servers right after a step of the processing.
    ("Nach der Analyse (ca. 2 Sekunden) wird die Aufnahme von unseren Servern gelöscht.", "de"),
    ("The recording is deleted from our servers after the transcription is done.", "en"),
])
def test_kept_for_its_purposes_a_time_or_until_a_step_is_stated(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    # A pointer to the schedule elsewhere, with only the data needed named.
    ("We collect only the information needed for these purposes and retain it in line with the schedule in Section 8.", "en"),
    ("Nous ne collectons que les données nécessaires et les conservons conformément au tableau de la section 8.", "fr"),
    ("Wir speichern Ihre Daten gemäß der Tabelle in Abschnitt 8.", "de"),
    ("Conservamos tus datos conforme a la tabla del apartado 8.", "es"),
    # Only a longer keeping the law may require, or only the law's duties.
    ("We may keep your notes even after you leave if retention is necessary to comply with legal obligations.", "en"),
    ("- Legal duties: we retain and share records as necessary to comply with audits, or court orders.", "en"),
])
def test_a_pointer_or_the_laws_exception_alone_is_not_a_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    # Not kept longer than the purpose requires: a bound (convention 7).
    ("Your files are not kept longer than the purpose requires.", "en"),
    ("Vos fichiers ne sont pas conservés plus longtemps que nécessaire.", "fr"),
    ("Ihre Dateien werden nicht länger als erforderlich gespeichert.", "de"),
    ("Tus archivos no se conservan más tiempo del necesario.", "es"),
])
def test_not_kept_longer_than_needed_is_stated(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    # The periods named and sent elsewhere (a register, a deletion concept, a page), under a retention heading.
    ("# Data retention\n\nOur retention periods are set out in our records of processing, available on request.", "en"),
    ("# Conservation\n\nLes durées de conservation figurent dans notre registre des traitements.", "fr"),
    ("# Speicherdauer\n\nWie lange wir Daten speichern, ist in unserem Löschkonzept festgelegt.", "de"),
    ("# Conservación\n\nLos plazos de conservación se detallan en nuestro Centro de privacidad.", "es"),
])
def test_periods_only_pointed_to_are_not_stated(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "Your chat history is stored locally on your device."),
    ("fr", "Toutes les conversations sont stockées localement sur votre appareil."),
    ("de", "Deine Chats werden nur lokal auf deinem Gerät gespeichert."),
    ("es", "Tus conversaciones se guardan localmente en tu dispositivo."),
])
def test_data_kept_only_on_the_members_device_is_no_retention_in_four_languages(locale, text):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "The service queues your messages on our servers until they are delivered to your contacts."),
    ("fr", "Vos messages sont conservés sur nos serveurs jusqu'à leur remise au destinataire."),
    ("de", "Deine Nachrichten werden bis zur Zustellung auf unseren Servern zwischengespeichert."),
    ("es", "Tus mensajes se guardan en nuestros servidores hasta su entrega al destinatario."),
])
def test_messages_held_on_the_servers_until_delivered_are_a_retention(locale, text):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "# 5. Retention\nInformation on retention can be found in section 9."),
    ("fr", "# 5. Conservation\nLes informations sur la durée de conservation se trouvent à la section 9."),
    ("de", "# 5. Speicherdauer\nInformationen zur Speicherdauer finden Sie in Abschnitt 9."),
    ("es", "# 5. Conservación\nLa información sobre los plazos de conservación la encontrarás en la sección 9."),
])
def test_a_retention_section_that_only_sends_the_reader_elsewhere_states_nothing(locale, text):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("locale, text", [
    ("en", "# How long we keep your data\nWe keep your league results for the current season and the following one."),
    ("fr", "# Conservation\nNous conservons vos résultats pendant toute la saison en cours."),
    ("de", "# Speicherdauer\nWir speichern deine Spielstände für die laufende Saison."),
    ("es", "# Conservación\nConservamos tus resultados durante la temporada en curso y la siguiente."),
])
def test_data_kept_for_a_season_is_a_stated_retention(locale, text):
    assert retention(text, locale) == "stated"


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


@pytest.mark.parametrize("text, locale", [
    ("Zero data retention: your API requests are never logged or stored by us.", "en"),
    ("0 days retention. We do not record your transcripts.", "en"),
    ("Vos enregistrements vocaux ne sont jamais conservés sur nos serveurs.", "fr"),
    ("Ihre Uploads werden von uns nicht gespeichert.", "de"),
    ("No guardamos el contenido de tus consultas.", "es"),
])
def test_data_said_never_kept_and_nothing_more_is_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("We do not keep your uploads: files are deleted as soon as the conversion ends.", "en"),
    ("Uploaded spreadsheets are erased once the report is generated.", "en"),
    ("Les fichiers importés sont supprimés dès la fin de la conversion.", "fr"),
    ("Hochgeladene Tabellen werden nach der Auswertung gelöscht.", "de"),
    ("Los archivos subidos se eliminan una vez terminada la conversión.", "es"),
])
def test_data_deleted_once_used_is_a_retention_even_without_your(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("By default, Fotolab keeps your edit history on app.fotolab.io for up to 24 months.", "en"),
    ("De forma predeterminada, guardamos tu historial en app.fotolab.io durante 24 meses.", "es"),
])
def test_a_name_with_dots_does_not_cut_the_retention_sentence(text, locale):
    assert retention(text, locale) == "stated"


def test_deleting_once_no_longer_necessary_with_a_partner_is_a_retention():
    assert retention("Our vendors must keep using your files only for the task, deleting them once they are no "
                     "longer necessary for it.") == "stated"


@pytest.mark.parametrize("text, locale", [
    ("You can ask us to delete your account, unless we are legally required to retain it.", "en"),
    ("Tu peux demander l'effacement de ton compte (sauf obligation légale de conservation).", "fr"),
    ("Sie können die Löschung Ihres Kontos verlangen, soweit dem keine gesetzlichen Aufbewahrungsfristen entgegenstehen.", "de"),
    ("Puedes solicitar la supresión de tu cuenta, salvo obligación legal de conservación.", "es"),
])
def test_a_deletion_right_with_a_legal_exception_states_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


def test_kept_no_longer_than_needed_in_spanish_is_a_bound():
    assert retention("Tus grabaciones no se conservan más tiempo de lo necesario.", "es") == "stated"


# ---------------------------------------------------------------- round 19b

@pytest.mark.parametrize("text, locale", [
    ("Orbita processes your account data only for as long as necessary for the purposes described above.", "en"),
    ("Nous traitons vos données de réservation pendant la durée nécessaire aux finalités décrites ci-dessus.", "fr"),
    ("Wir verarbeiten deine Reisedaten nur so lange, wie es für den jeweiligen Zweck erforderlich ist.", "de"),
    ("Tratamos tus datos de reserva solo durante el tiempo necesario para las finalidades indicadas.", "es"),
])
def test_processing_only_as_long_as_its_purpose_needs_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("- We process data only as long as needed.", "en"),
    ("- Wir verarbeiten Daten nur so lange wie nötig.", "de"),
])
def test_as_long_as_needed_with_no_purpose_is_a_principle_not_a_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("Voice snippets and device identifiers are deleted after 20 minutes without activity.", "en"),
    ("Les extraits vocaux sont supprimés au bout de 20 minutes sans activité.", "fr"),
    ("Sprachaufnahmen werden nach 20 Minuten ohne Aktivität gelöscht.", "de"),
    ("Los fragmentos de voz se eliminan tras 20 minutos sin actividad.", "es"),
])
def test_a_period_in_minutes_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Deletion\n\nWe will delete your booking records as soon as the contract with you has ended.", "en"),
    ("# Suppression\n\nNous supprimons vos données de réservation dès que le contrat a pris fin.", "fr"),
    ("# Löschung\n\nWir löschen Ihre Buchungsdaten, sobald der Vertrag mit Ihnen beendet ist.", "de"),
    ("# Supresión\n\nEliminaremos tus datos de reserva tan pronto como finalice el contrato.", "es"),
    ("When you delete a recording in the app, it is deleted from our cloud storage as well.", "en"),
    ("Lorsque vous supprimez un enregistrement dans l'application, il est supprimé de notre stockage.", "fr"),
    ("Sobald Sie eine Aufnahme in der App löschen, wird sie auch aus unserem Speicher gelöscht.", "de"),
    ("Cuando eliminas una grabación en la app, se elimina también de nuestro almacenamiento.", "es"),
])
def test_deleted_at_an_event_or_when_the_member_deletes_it_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


def test_deleted_as_soon_as_possible_on_request_is_no_retention():
    assert retention("If you ask, we will delete your data as soon as possible.") == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("Your voice sample is transcribed and then deleted; we never keep the audio.", "en"),
    ("Uploaded receipts are deleted immediately after processing.", "en"),
    ("L’enregistrement est analysé puis supprimé ; nous ne conservons pas l’audio.", "fr"),
    ("Les justificatifs envoyés sont effacés aussitôt après leur traitement.", "fr"),
    ("Die Sprachprobe wird ausgewertet und anschließend gelöscht.", "de"),
    ("Das hochgeladene Foto wird nach der Verarbeitung sofort gelöscht.", "de"),
    ("La muestra de voz se analiza y luego se elimina.", "es"),
    ("Los recibos subidos se eliminan inmediatamente tras su procesamiento.", "es"),
])
def test_data_thrown_away_once_processed_is_kept_until_an_event(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Storage\n\nYour drafts stay in your account until you remove them.", "en"),
    ("# Conservation\n\nVos brouillons restent dans votre compte jusqu’à ce que vous les retiriez.", "fr"),
    ("# Speicherung\n\nDeine Entwürfe bleiben in deinem Konto, bis du sie entfernst.", "de"),
    ("# Conservación\n\nTus borradores permanecen en tu cuenta hasta que los retires.", "es"),
    ("Conservamos y mantenemos tus datos de contacto mientras seas cliente.", "es"),
    ("Mantenemos los datos de tu perfil hasta que cierres la cuenta.", "es"),
    ("We maintain your billing information for as long as you are a subscriber.", "en"),
])
def test_data_that_stays_somewhere_until_an_event_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("We may keep your information to meet our accounting duties and to fulfil the purposes set out in this notice.", "en"),
    ("Nous pouvons conserver vos informations afin d’atteindre les finalités exposées dans la présente notice.", "fr"),
    ("Wir bewahren Ihre Angaben für die in dieser Erklärung genannten Zwecke auf.", "de"),
    ("Podemos guardar tu información para cumplir los fines indicados en este aviso.", "es"),
])
def test_kept_for_the_purposes_the_policy_sets_out_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Payments and retention\n\n- Credits you have not used can be refunded within 14 days of purchase.", "en"),
    ("# Data retention\n\nWe answer every privacy request within thirty days.", "en"),
    ("# Paiements et conservation\n\n- Les crédits non utilisés sont remboursés sous 14 jours à compter de l’achat.", "fr"),
    ("# Zahlung und Aufbewahrung\n\n- Ungenutzte Guthaben erstatten wir innerhalb von 14 Tagen nach dem Kauf.", "de"),
    ("# Pagos y conservación\n\n- Los créditos no usados se pueden reembolsar en un plazo de 14 días desde la compra.", "es"),
])
def test_a_refund_or_answer_window_is_no_retention_period(text, locale):
    assert retention(text, locale) == "not-stated"


def test_a_keeping_period_beside_a_refund_window_is_still_read():
    assert retention("# Payments and retention\n\n- Refunds are possible within 14 days.\n"
                     "- We keep invoices for ten years.") == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Privacy\n\nYour uploaded contracts and questions are never stored after your session ends.", "en"),
    ("# Confidentialité\n\nVos contrats et vos questions ne sont jamais conservés après la fin de votre session.", "fr"),
    ("# Datenschutz\n\nIhre Verträge und Fragen werden nach dem Ende Ihrer Sitzung nicht gespeichert.", "de"),
    ("# Privacidad\n\nTus contratos y preguntas nunca se almacenan después de que termine tu sesión.", "es"),
])
def test_not_kept_past_the_session_is_kept_until_it_ends(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Your account\n\nDeleting your account permanently removes your recipes and photos from our servers.", "en"),
    ("# Votre compte\n\nLa suppression de votre compte efface définitivement vos recettes et vos photos.", "fr"),
    ("# Ihr Konto\n\nDie Löschung Ihres Kontos entfernt Ihre Rezepte und Fotos dauerhaft.", "de"),
    ("# Tu cuenta\n\nEliminar tu cuenta borra de forma permanente tus recetas y fotos.", "es"),
])
def test_deleting_the_account_removes_the_data_is_kept_until_then(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Uploads\n\nWe do not retain your audio files beyond the short time needed to transcribe them.", "en"),
    ("# Fichiers\n\nNous ne conservons pas vos fichiers audio au-delà du temps nécessaire à leur transcription.", "fr"),
    ("# Dateien\n\nWir speichern Ihre Audiodateien nicht über den für die Transkription erforderlichen Zeitraum hinaus.", "de"),
    ("# Archivos\n\nNo conservamos tus archivos de audio más allá del tiempo necesario para transcribirlos.", "es"),
])
def test_not_kept_beyond_the_time_a_purpose_requires_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Tutor chats\n\nWe do not keep a copy of your tutoring messages on our servers beyond the current session.", "en"),
    ("# Your uploads\n\nPhotos you upload are transient: we handle them only while the filter runs.", "en"),
    ("# Scans\n\nReceipts you scan are processed entirely in memory on our servers.", "en"),
    ("# Clips\n\nYour clips are automatically deleted after analysis is complete.", "en"),
    ("# Conversations\n\nNous ne conservons aucune copie de vos messages au-delà de la session en cours.", "fr"),
    ("# Fichiers\n\nLes fichiers que vous envoyez sont éphémères : ils servent uniquement au calcul.", "fr"),
    ("# Aufnahmen\n\nIhre Aufnahmen werden nach der Analyse automatisch gelöscht.", "de"),
    ("# Archivos\n\nLos archivos que subes son transitorios y se tratan solo en memoria.", "es"),
])
def test_data_kept_only_while_it_is_used_is_kept_until_then(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("Your workout notes are stored to provide your weekly summary and let you look back at past sessions.", "en"),
    ("Vos notes sont conservées pour assurer le suivi de vos séances.", "fr"),
    ("- Trainingsnotizen (werden für Ihren Wochenrückblick gespeichert)", "de"),
    ("Las notas se guardan temporalmente con el único fin de ofrecerte el resumen semanal.", "es"),
])
def test_what_the_keeping_serves_said_right_after_it_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("You may close your profile whenever you like; closing your account will trigger the erasure of your data from our live systems.", "en"),
    ("We do not persist your drafts beyond our short-lived error logs (kept under 14 days).", "en"),
    ("Uploaded spreadsheets are deleted automatically, usually within 2 hours.", "en"),
    ("Les feuilles de calcul envoyées sont supprimées automatiquement, généralement sous 2 heures.", "fr"),
    ("Hochgeladene Tabellen werden automatisch gelöscht, in der Regel nach 2 Stunden.", "de"),
    ("Las hojas de cálculo subidas se eliminan automáticamente al poco tiempo (normalmente 2 horas).", "es"),
])
def test_an_event_or_a_short_period_of_keeping_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Billing\n\nIf you downgrade, you keep access to premium features until the end of the month.", "en"),
    ("# Abonnement\n\nSi vous résiliez, vous conservez l’accès jusqu’à la fin du mois en cours.", "fr"),
    ("# Abo\n\nWenn Sie kündigen, behalten Sie den Zugriff bis zum Ende des Monats.", "de"),
    ("# Suscripción\n\nSi cancelas, conservas el acceso hasta el final del mes.", "es"),
])
def test_keeping_access_to_a_plan_is_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# How long we keep data\n\n- Game saves: stored locally on your device until you uninstall the app.", "en"),
    ("# Durées de conservation\n\n- Sauvegardes : conservées sur votre appareil jusqu’à ce que vous désinstalliez le jeu.", "fr"),
    ("# Speicherdauer\n\n- Spielstände: werden lokal auf deinem Gerät gespeichert, bis du die App löschst.", "de"),
    ("# Plazos de conservación\n\n- Partidas: se guardan en tu dispositivo hasta que desinstales la app.", "es"),
])
def test_data_kept_on_the_members_own_device_is_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# Data retention by third parties\n\nOur speech providers may keep audio for a limited period for abuse prevention, under their own policies.", "en"),
    ("# Conservation par des tiers\n\nNos prestataires vocaux peuvent conserver l’audio pendant une durée limitée, selon leurs propres règles.", "fr"),
    ("# Speicherung durch Dritte\n\nUnsere Sprachdienstleister können Audiodaten für einen begrenzten Zeitraum nach ihren eigenen Regeln speichern.", "de"),
    ("# Conservación por terceros\n\nNuestros proveedores de voz pueden conservar el audio durante un tiempo limitado según sus propias políticas.", "es"),
])
def test_a_section_on_third_parties_keeping_is_not_the_platforms_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# Assistant\n\nYour questions are sent over an encrypted connection to Mistral. Mistral stores them for up to 30 days "
     "to detect abuse.", "en"),
    ("# Assistant\n\nVos questions sont transmises à Mistral. Mistral conserve ces données pendant 30 jours au plus.", "fr"),
    ("# Models\n\n## Cohere\n\nCohere retains prompts and outputs for 30 days to monitor abuse.", "en"),
    ("# Third-Party Services\n\n- Transcription: audio is retained for up to 14 days, then deleted.", "en"),
    ("# Providers\n\n| Provider | Zero-Data Retention |\n|---|---|\n| Mistral | Yes |\n| Cohere | No |", "en"),
    ("# Anbieter\n\n| Anbieter | Speicherdauer |\n|---|---|\n| Mistral | 30 Tage |", "de"),
])
def test_a_providers_keeping_is_not_the_platforms_retention(text, locale):
    assert retention(text, locale) == "not-stated"


def test_the_platform_naming_itself_as_the_keeper_still_states_a_retention():
    assert retention("# Data retention\n\nNotely keeps your notes for as long as your account is open.", "en") == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Sécurité\n\nLes journaux de connexion sont conservés 1 an, puis supprimés.", "fr"),
    ("# Sécurité\n\nLes adresses IP sont conservées 1 jour pour la sécurité du service.", "fr"),
])
def test_a_period_of_one_unit_written_in_digits_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Your data\n\nIf an erasure request cannot be honoured, we keep the records as long as necessary to comply with our tax "
     "obligations and settle disputes.", "en"),
    ("# Voice notes\n\nOnce the summary is generated, the recording is deleted or saved locally on your phone, as you choose.", "en"),
    ("# Assistant\n\nWe do not store prompts after inference.", "en"),
    ("# Nach der Kündigung\n\nSie können Ihre Projekte 14 Tage lang herunterladen. Danach werden alle Ihre Projekte gelöscht.", "de"),
    ("# KI-Funktionen\n\nWir speichern nach der Auswertung keine Eingaben unserer Kunden.", "de"),
])
def test_keeping_for_legal_duties_or_until_an_event_is_a_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# AI features\n\nOur AI providers may retain prompts for up to 30 days for abuse monitoring.", "en"),
    ("# IA\n\nNos prestataires peuvent conserver les requêtes 30 jours pour la détection des abus.", "fr"),
    ("# KI\n\nUnsere Anbieter können Eingaben bis zu 30 Tage für die Missbrauchserkennung speichern.", "de"),
    ("# IA\n\nLos proveedores pueden conservar las consultas hasta 30 días para detectar abusos.", "es"),
])
def test_a_sentence_whose_subject_is_the_providers_is_their_keeping(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# Data we collect\n\n- Camera frames: images from the scanner (processed on our server and immediately discarded)", "en"),
    ("# Données\n\n- Images de la caméra : traitées sur nos serveurs puis immédiatement supprimées", "fr"),
])
def test_data_thrown_away_at_once_states_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# Tu dibujo\n\nEl dibujo que subes se elimina automáticamente después de procesarlo.", "es"),
    ("# Tu dibujo\n\nEliminamos el dibujo original tras generar la ilustración.", "es"),
])
def test_a_spanish_deletion_after_processing_states_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# How it works\n\nYour prompts are sent to our inference servers. The prompt is deleted from the inference servers once the answer "
     "is returned to your workspace.", "en"),
])
def test_a_copy_deleted_from_the_place_that_computes_states_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("# Storage and deletion\n\nYou can ask for the deletion of your account at any time in Settings.\n\n"
     "Upon deletion, your notes are removed from our systems.", "en"),
    ("# Daten\n\n- Löschung: Nach Vertragsende werden Ihre hochgeladenen Dokumente vollständig gelöscht.", "de"),
])
def test_a_deletion_after_the_account_or_the_term_ends_states_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    ("# Fonctionnement\n\nVos questions sont envoyées à nos serveurs d'inférence. Elles sont supprimées des serveurs d'inférence une fois la réponse générée.", "fr"),
    ("# Funktionsweise\n\nIhre Fragen gehen an unsere Inferenzserver. Sie werden von den Inferenzservern nach der Antwort sofort wieder gelöscht.", "de"),
    ("# Funcionamiento\n\nTus preguntas se envían a nuestros servidores de inferencia. Se eliminan de los servidores de inferencia tras generar la respuesta.", "es"),
])
def test_a_copy_deleted_from_the_place_that_computes_states_no_retention_in_other_languages(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    # Providers named as the subject of a relative clause that keeps or does not keep ("providers that agree not to
    # retain your files beyond…"): their keeping, not the platform's (convention 7).
    ("# AI\n\nWe work with providers that commit not to retain your drawings beyond the time needed to answer.", "en"),
    ("# IA\n\nNous choisissons des prestataires qui s’engagent à ne pas conserver vos dessins au-delà du temps nécessaire.", "fr"),
    ("# KI\n\nWir wählen Anbieter, die sich verpflichten, Ihre Zeichnungen nicht länger als nötig zu speichern.", "de"),
    ("# IA\n\nTrabajamos con proveedores que se comprometen a no conservar tus dibujos más tiempo del necesario.", "es"),
])
def test_providers_keeping_in_a_relative_clause_is_theirs(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    # A section headed by how the providers handle the data ("How Our Voice Providers Handle Your Text"): the periods under
    # it are the providers' keeping (convention 7), even in an item led by a provider's name.
    ("# How Our Voice Providers Handle Your Text\n\n- Acme Cloud (premium voices): Data sent to the API is retained for up "
     "to 14 days for abuse checks, then deleted.", "en"),
    ("# Comment nos prestataires de voix traitent vos textes\n\n- Acme Cloud : les données envoyées sont conservées "
     "jusqu’à 14 jours pour détecter les abus.", "fr"),
    ("# Wie unsere Stimmen-Anbieter Ihre Texte verarbeiten\n\n- Acme Cloud: An die API gesendete Daten werden bis zu "
     "14 Tage zur Missbrauchsprüfung gespeichert.", "de"),
    ("# Cómo tratan tus textos los proveedores de voz\n\n- Acme Cloud: los datos enviados se conservan hasta 14 días "
     "para detectar abusos.", "es"),
])
def test_a_section_on_how_providers_handle_the_data_is_their_keeping(text, locale):
    assert retention(text, locale) == "not-stated"


@pytest.mark.parametrize("text, locale", [
    # Deleted when the member asks or closes the account: kept until that event (convention 7).
    ("# Your recordings\n\n- Encrypted at rest\n- Deleted when you request it or close your account", "en"),
    ("# Vos enregistrements\n\n- Chiffrés\n- Supprimés lorsque vous le demandez ou fermez votre compte", "fr"),
    ("# Ihre Aufnahmen\n\n- Verschlüsselt\n- Gelöscht, wenn Sie es verlangen oder Ihr Konto schließen", "de"),
    ("# Tus grabaciones\n\n- Cifradas\n- Eliminadas cuando lo solicitas o cierras tu cuenta", "es"),
])
def test_deleted_on_request_or_when_the_account_closes_states_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    # Kept "temporarily" for a purpose it serves ("stored temporarily to keep your drafts in sync"): convention 7.
    ("Your sketches are stored temporarily to keep your drafts in sync.", "en"),
    ("Vos croquis sont conservés temporairement afin de synchroniser vos brouillons.", "fr"),
    ("Ihre Skizzen werden vorübergehend gespeichert, um Ihre Entwürfe abzugleichen.", "de"),
    ("Tus bocetos se guardan temporalmente para sincronizar tus borradores.", "es"),
])
def test_kept_temporarily_for_a_purpose_states_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    # Kept "as needed", the bound of what the purposes need said in two words (convention 7's "as long as necessary").
    ("# Retention\n\nWe keep your files as needed.", "en"),
    ("# Conservation\n\nNous conservons vos fichiers selon les besoins.", "fr"),
    ("# Speicherdauer\n\nWir speichern Ihre Dateien nach Bedarf.", "de"),
    ("# Conservación\n\nConservamos tus archivos según sea necesario.", "es"),
])
def test_kept_as_needed_states_retention(text, locale):
    assert retention(text, locale) == "stated"


@pytest.mark.parametrize("text, locale", [
    # How long a licence the member grants lasts ("The licence lasts while your listing is online") is the term of
    # a permission, not a keeping of data.
    ("# Licence\n\nYou give us a licence to show your listings. The licence lasts while your listing is online.", "en"),
    ("# Licence\n\nVous nous accordez une licence pour afficher vos annonces. Elle dure tant que votre annonce est en ligne.", "fr"),
    ("# Lizenz\n\nSie räumen uns eine Lizenz zur Anzeige Ihrer Inserate ein. Sie gilt, solange Ihr Inserat online ist.", "de"),
    ("# Licencia\n\nNos das una licencia para mostrar tus anuncios. Dura mientras tu anuncio esté publicado.", "es"),
])
def test_how_long_a_licence_lasts_is_no_retention(text, locale):
    assert retention(text, locale) == "not-stated"


# ---------------------------------------------------------------- round 30c

@pytest.mark.parametrize("text, locale", [
    ("# Keeping and deleting\n\nDeleting a project deletes its files and its chat history.", "en"),
    ("# Conservation et suppression\n\nLa suppression d'un projet supprime ses fichiers et son historique.", "fr"),
    ("# Speicherung und Löschung\n\nDas Löschen eines Projekts löscht seine Dateien und den Verlauf.", "de"),
    ("# Conservación y eliminación\n\nEliminar un proyecto elimina sus archivos y su historial.", "es"),
])
def test_deleting_a_thing_the_member_holds_deletes_its_records(text, locale):
    # Kept until the member deletes the project, bot or workspace that holds them (convention 7: an event).
    assert retention(text, locale) == "stated"
    assert ask(text + "\n", locale)["rights"].value == ("deletion",)


@pytest.mark.parametrize("text, locale", [
    ("# Retention\n\nWe keep access logs for a limited period determined by our security needs.", "en"),
    ("# Conservation\n\nNous conservons les journaux pour une durée limitée déterminée par nos besoins de sécurité.", "fr"),
    ("# Speicherdauer\n\nWir speichern Protokolle für einen begrenzten Zeitraum, der sich nach unseren Sicherheitsbedürfnissen richtet.", "de"),
    ("# Conservación\n\nConservamos los registros durante un período limitado determinado por nuestras necesidades de seguridad.", "es"),
])
def test_a_limited_period_set_by_what_it_serves_is_stated(text, locale):
    assert retention(text, locale) == "stated"
