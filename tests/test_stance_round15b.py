"""Round 15b of the stance rules: rights as real pages give them in passing (a complaint to the
authority, a consent one may revoke, a second verb in the sentence, a right denied), the page's
version date, and a retention that only points to where the periods are set out. Short texts of
our own in EN, FR, DE and ES."""

from __future__ import annotations

import pytest

from test_stance import ask, retention, rights


# ---------------------------------------------------------------- rights

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


# ---------------------------------------------------------------- effective

@pytest.mark.parametrize("text, locale, want", [
    # "Version:" heading a line, a version number with a word before its date.
    ("# Privacy notice\n\nVersion: 14 January 2025\n\nWe rent bikes.", "en", "2025-01-14"),
    ("# Datenschutz\n\nFassung: 3. Februar 2025\n\nWir vermieten Räder.", "de", "2025-02-03"),
    ("# Privacidad\n\nVersión: 5 de marzo de 2025\n\nAlquilamos bicicletas.", "es", "2025-03-05"),
    ("# Confidentialité\n\nVersion 2.3 provisoire du jeudi 6 mars 2025.\n\nNous louons des vélos.", "fr", "2025-03-06"),
    # Put online on a day (« mise en ligne le »).
    ("# Confidentialité\n\nPolitique mise en ligne le 7 avril 2025.\n\nNous louons des vélos.", "fr", "2025-04-07"),
    # A dotted date with a space after each dot.
    ("# Confidentialité\n\n(en vigueur à compter du 8. 05. 2025)\n\nNous louons des vélos.", "fr", "2025-05-08"),
])
def test_a_version_or_publication_date(text, locale, want):
    assert ask(text + "\n", locale)["effective"].value == want


# ---------------------------------------------------------------- retention

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
