"""Where a platform stands (watchers.meaning.stance): short texts in EN, FR, DE and ES
for each rule, and the accuracy gate on the hand-written corpus cases
(tests/eval/stance.toml, skipped without ../shared/corpus)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from watchers.meaning.stance import QUESTIONS, Document, answer

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FLOOR = 0.9
TODAY = date(2025, 10, 1)


def ask(text: str, locale: str = "en", kind: str = "privacy-policy", today: date = TODAY, watch: str = "w"):
    return answer([Document(watch, kind, locale, 3, text, "2025-10-01T06:00:00Z")], today)


# One question's value for a short text (the round modules' tests ask one question each).
def training(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["ai-training"].value


def route(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["ai-opt-out"].value


def basis(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["legal-basis"].value


def retention(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["retention"].value


def rights(text: str, locale: str = "en") -> tuple[str, ...]:
    return ask(text + "\n", locale)["rights"].value


def data(text: str, locale: str = "en") -> list[str]:
    return ask(text + "\n", locale)["ai-training"].details["data"]


def default(text: str, locale: str = "en") -> str:
    return ask(text + "\n", locale)["ai-training"].details["default"]


# ---------------------------------------------------------------- AI training

def test_training_with_its_data_basis_default_and_setting():
    got = ask("""# Generative AI

We use public posts and photos you share to train our generative AI models. We rely on legitimate interests for this processing.

You can opt out at any time in the [Data for Generative AI Improvement](https://example.com/settings/data-for-ai-improvement) setting.
""")
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details == {"data": ["photos-videos", "public-posts"], "default": "yes"}
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["legal-basis"].evidence.text == "We rely on legitimate interests for this processing."
    assert got["ai-opt-out"].value == "setting"
    assert got["ai-opt-out"].details["links"] == ["https://example.com/settings/data-for-ai-improvement"]
    assert got["ai-training"].evidence.watch == "w" and got["ai-training"].evidence.version == 3


def test_a_denial_is_no():
    got = ask("We do not use your personal data to train our AI models.\n\nLast updated: 1 March 2025\n")
    assert got["ai-training"].value == "no"
    assert got["ai-training"].evidence.text == "We do not use your personal data to train our AI models."
    assert (got["ai-opt-out"].value, got["ai-opt-out"].evidence) == ("none", None)  # nothing to refuse


def test_a_denial_of_some_data_only_is_not_no():
    got = ask("We do not use your private messages to train our AI models.\n")
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("unclear", "unclear")


def test_a_denial_beside_an_affirmation_narrows_the_data():
    got = ask("We use your public posts and comments to train our AI models. "
              "We do not use your private messages to train our AI models.\n")
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details["data"] == ["public-posts"]


def test_an_exclusion_inside_the_sentence_is_not_training_data():
    got = ask("We use your posts, but not your private messages, to train our machine learning models.\n")
    assert got["ai-training"].details["data"] == ["public-posts"]


def test_unless_you_object_means_on_by_default():
    got = ask("Unless you object, we will use your public content to develop and improve our AI models.\n")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


def test_a_negation_with_a_refusal_condition_is_an_opt_out_not_a_denial():
    got = ask("We will not use your posts to train our AI models if you object.\n")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


def test_opt_in_with_consent():
    got = ask("With your consent, we use your photos to train our AI models. "
              "You can withdraw your consent at any time in your [settings](https://example.com/settings/ai).\n")
    assert got["ai-training"].details["default"] == "no"
    assert got["legal-basis"].value == "consent"
    assert got["ai-opt-out"].value == "setting"


def test_improving_algorithms_is_not_training():
    got = ask("We improve our services, including our algorithms, by analysing how people use them.\n")
    assert got["ai-training"].value == "unclear"
    got = ask("Wir verbessern unsere Dienste (einschließlich unserer Algorithmen) und entwickeln sie weiter.\n",
              locale="de")
    assert got["ai-training"].value == "unclear"


def test_training_staff_is_not_training_ai():
    got = ask("Our employees are trained to protect your data with secure systems and tools.\n")
    assert got["ai-training"].value == "unclear"


def test_datasets_from_third_parties_are_not_members_data():
    got = ask("""### Third-party public sources

We get datasets from publicly available sources and research institutions. We use these datasets to:

* Improve our AI technologies and support AI research and product development
""")
    assert got["ai-training"].value == "unclear"


def test_interactions_with_the_assistant_are_one_category():
    got = ask("We use your interactions with our AI assistant, including the messages you send to it, "
              "to improve our AI models.\n")
    assert got["ai-training"].details["data"] == ["ai-interactions"]


def test_a_setting_named_by_its_path():
    got = ask("You can control whether your public posts and your interactions with our assistant are used for "
              "training in Settings > Privacy and safety > Data sharing.\n")
    assert got["ai-training"].details == {"data": ["ai-interactions", "public-posts"], "default": "yes"}
    assert got["ai-opt-out"].value == "setting"
    assert got["ai-opt-out"].details["others"] == ["Settings > Privacy and safety > Data sharing"]


def test_what_turning_a_setting_off_stops_is_not_a_denial():
    got = ask("When this setting is on, we may use your posts to train our AI models. Turning it off means we "
              "won't use your posts to train these models going forward.\n", kind="opt-out")
    assert got["ai-training"].details == {"data": ["public-posts"], "default": "yes"}
    assert got["ai-opt-out"].value == "setting"


def test_choosing_to_allow_is_opting_in():
    got = ask("Third-party training is off by default. Creators can choose to allow third-party companies to "
              "train their AI models on their videos.\n")
    assert got["ai-training"].details == {"data": ["photos-videos"], "default": "no"}


def test_publicly_available_information_is_not_members_data():
    # Information publicly available online comes from elsewhere: it says nothing of members' data.
    got = ask("We may use information that's publicly available online to help train our AI models.\n")
    assert got["ai-training"].value == "unclear"
    # The information "we collect", on a page that names no kind of it, is members' data of no category read.
    got = ask("We may use the information we collect and publicly available information to help train our AI models.\n")
    assert (got["ai-training"].value, got["ai-training"].details["data"]) == ("yes", ["other"])


def test_an_announced_start_is_not_training_yet():
    text = ("Currently, we do not use members' data to train generative AI models.\n\n"
            "From 3 November 2025, we will start using your public posts to train generative AI models, unless you "
            "opt out. If you turn the setting off, we will not use your data to train these models.\n")
    before = ask(text, kind="ai-notice")["ai-training"]
    assert (before.value, before.details["default"]) == ("no", "no")
    assert before.evidence.text.startswith("Currently, we do not use")
    assert ask(text, kind="ai-notice", today=date(2025, 11, 10))["ai-training"].value == "yes"
    # Without a date, the wording of a start announces it too.
    assert ask("We will start using your public posts to train our AI models.\n")["ai-training"].value == "no"


def test_an_announced_start_in_french_german_and_spanish():
    for text, locale in (("Prochainement, nous commencerons à utiliser vos publications pour entraîner nos modèles d'IA.", "fr"),
                         ("Wir werden demnächst beginnen, deine Beiträge zum Training unserer KI-Modelle zu verwenden.", "de"),
                         ("Próximamente empezaremos a utilizar tus publicaciones para entrenar nuestros modelos de IA.", "es")):
        assert ask(text + "\n", locale=locale)["ai-training"].value == "no", locale


def test_third_parties_gathering_public_content_is_not_the_platform_training():
    got = ask("Your posts are public. Third parties can collect public content from the network for their own "
              "purposes, such as training AI models. We do not use your content to train generative AI.\n")
    assert got["ai-training"].value == "no"
    assert got["ai-opt-out"].value == "none"  # nothing to refuse
    for text, locale in (("Des tiers peuvent collecter les contenus publics pour entraîner leurs modèles d'IA.", "fr"),
                         ("Dritte können öffentliche Beiträge sammeln, um ihre KI-Modelle zu trainieren.", "de"),
                         ("Terceros pueden recopilar el contenido público para entrenar sus modelos de IA.", "es")):
        assert ask(text + "\n", locale=locale)["ai-training"].value == "unclear", locale


def test_licensing_content_to_partners_who_train_is_training():
    got = ask("# Public content\n\nSome partners pay licensing fees for access to content and may use it to train "
              "their AI models under the terms of those agreements.\n\n# Your choices\n\nThere is no setting to exclude your posts from these "
              "agreements.\n", kind="other")
    assert got["ai-training"].value == "yes"
    assert (got["ai-opt-out"].value, got["ai-training"].details["default"]) == ("none", "yes")


def test_a_setting_beside_a_form_is_the_setting_and_the_form_another_route():
    got = ask("""# Generative AI

We use your public posts to train our generative AI models. This setting is on by default. If you turn it off, we will stop using your data to train these models.

[Data for AI Improvement](https://example.com/settings/ai-improvement)

You can also object to this processing using our [objection form](https://example.com/help/contact/42).
""", kind="ai-notice")
    opt_out = got["ai-opt-out"]
    assert opt_out.value == "setting" and opt_out.details["other-routes"] == ["form"]
    assert opt_out.details["links"] == ["https://example.com/settings/ai-improvement", "https://example.com/help/contact/42"]
    assert opt_out.evidence.text.startswith("If you turn it off")
    assert got["ai-training"].evidence.text == "We use your public posts to train our generative AI models."


def test_a_setting_named_beside_a_form_in_french_and_spanish():
    fr = ask("Nous utilisons vos publications pour entraîner nos modèles d'IA. Vous pouvez vous opposer à ce "
             "traitement dans vos paramètres ou au moyen de notre [formulaire](https://example.com/forms/objection).\n",
             locale="fr")
    assert (fr["ai-opt-out"].value, fr["ai-opt-out"].details["other-routes"]) == ("setting", ["form"])
    es = ask("# Tus opciones\n\nUtilizamos tus publicaciones para entrenar nuestros modelos de IA.\n\n"
             "Puedes excluirte en Configuración y privacidad > Privacidad > Colaboradores.\n", locale="es")
    assert es["ai-opt-out"].value == "setting"


def test_a_refusal_in_a_choices_section_about_the_same_sharing():
    got = ask("""# Sharing

We may share public content of blogs with partners that develop AI models, who may use it to train their AI models.

# Your choices

If you don't want your blog's content shared with these partners, turn on Prevent third-party sharing in your blog settings.

You can also turn off location services in your device settings.
""")
    assert (got["ai-opt-out"].value, got["ai-training"].details["default"]) == ("setting", "yes")
    assert got["ai-opt-out"].evidence.text.startswith("If you don't want your blog's content shared")
    german = ask("# Teilen\n\nWir teilen öffentliche Inhalte mit Partnern, die damit ihre KI-Modelle trainieren "
                 "dürfen.\n\n# Deine Wahlmöglichkeiten\n\nWenn du nicht möchtest, dass deine Inhalte mit diesen "
                 "Partnern geteilt werden, aktiviere die Option in den Blog-Einstellungen.\n\nDu kannst dem Teilen "
                 "auch widersprechen, indem du eine E-Mail an dpo@example.com sendest.\n", locale="de")
    assert (german["ai-opt-out"].value, german["ai-opt-out"].details["other-routes"]) == ("setting", ["email"])


def test_a_setting_for_third_party_training_only_is_no_route_for_the_platforms_own():
    # Call 9: the page leaves the platform's own training unsaid ("unclear"), it does not say there is no way.
    got = ask("We use uploaded videos to train our AI models.\n\nThis setting only applies to third-party training.\n",
              kind="opt-out")
    assert got["ai-opt-out"].value == "unclear"


def test_a_basis_given_in_its_own_section_or_under_a_condition():
    got = ask("""# How we use your information

We use your posts and profile information to train our machine learning models.

# Legal bases

Where you have not opted out, we rely on our legitimate interests to train and improve our machine learning models.
""")
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["legal-basis"].evidence.text.startswith("Where you have not opted out")
    # A policy whose only word on AI is the basis of developing it still answers.
    spanish = ask("# Bases legales\n\nNos basamos en nuestro interés legítimo para desarrollar y mejorar la IA "
                  "generativa.\n", locale="es")
    assert spanish["legal-basis"].value == "legitimate-interests"


def test_a_basis_for_this_information_points_back_to_the_training():
    got = ask("When you use our AI features, we use your prompts to improve the machine learning models that power "
              "them. We process this information because it is necessary to perform our contract with you.\n")
    assert got["legal-basis"].value == "contract"
    german = ask("Wir verwenden deine Prompts, um unsere Modelle für maschinelles Lernen zu verbessern. Wir verarbeiten "
                 "diese Informationen, weil dies zur Erfüllung unseres Vertrags mit dir erforderlich ist.\n", locale="de")
    assert german["legal-basis"].value == "contract"


def test_retention_said_as_periods_or_as_deletion_after_a_time():
    for text, locale in (
            ("We keep different types of information for different periods of time, depending on how long we need "
             "to retain it.", "en"),
            ("If you do not come online for six months, your account will be deleted.", "en"),
            ("Nous conservons les données pendant des durées différentes en fonction de leur nature.", "fr"),
            ("Inhalte, die du mit dem Assistenten teilst, speichern wir, bis du sie löschst.", "de"),
            ("Conservamos la información durante distintos periodos de tiempo.", "es")):
        assert ask(text + "\n", locale=locale)["retention"].value == "stated", text


def test_public_web_data_and_licensed_data_are_not_members_data():
    got = ask("We do not use our users' personal data to train our foundation models. We train our foundation models "
              "on licensed data and publicly available data collected by our web crawler.\n", kind="ai-notice")
    assert got["ai-training"].value == "no"


def test_customer_content_and_machine_learning_wording():
    assert ask("We don't use Customer Content to train generative AI models.\n")["ai-training"].value == "no"
    got = ask("We may analyze your content using techniques such as machine learning in order to improve our "
              "services. You can opt out of content analysis in your privacy settings.\n")
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("yes", "setting")
    got = ask("Your voice recordings may be used to improve our speech recognition models. You can choose not to have "
              "your voice recordings used in the privacy settings.\n")
    assert (got["ai-training"].value, got["ai-training"].details["data"], got["ai-opt-out"].value) == \
        ("yes", ["other"], "setting")


def test_a_basis_claimed_in_the_same_paragraph():
    got = ask("We may use your personal data to develop and train machine learning models. We rely on our legitimate "
              "interest.\n")
    assert (got["legal-basis"].value, got["ai-training"].details["default"]) == ("legitimate-interests", "yes")
    german = ask("Mit deiner Einwilligung verwenden wir deine Sprachaufnahmen, um unsere Spracherkennungsmodelle zu "
                 "trainieren. Du kannst deine Einwilligung jederzeit in den Einstellungen widerrufen.\n", locale="de")
    assert (german["legal-basis"].value, german["ai-opt-out"].value, german["ai-training"].details["default"]) == \
        ("consent", "setting", "no")


@pytest.mark.parametrize("text, locale", [
    ("Conversations started with chat history disabled are not used to train our models.", "en"),
    ("When the setting is turned off, your new chats are not used to train our AI models.", "en"),
    ("Lorsque ce paramètre est désactivé, vos conversations ne sont pas utilisées pour entraîner nos modèles.", "fr"),
    ("Unterhaltungen, die bei deaktiviertem Verlauf begonnen werden, werden nicht zum Training unserer Modelle verwendet.", "de"),
    ("Cuando este ajuste está desactivado, tus conversaciones no se usan para entrenar nuestros modelos.", "es"),
])
def test_a_denial_that_holds_only_while_a_setting_is_off_is_an_opt_out(text, locale):
    got = ask(text + "\n", locale, kind="opt-out")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "yes")


@pytest.mark.parametrize("text, locale", [
    ("We don\u2019t use your content to train our AI models, and we won\u2019t let partners train their models on it.", "en"),
    ("Wir verwenden keine Kundendaten, um große Sprachmodelle zu trainieren.", "de"),
    ("We don\u2019t use machine learning or any form of AI to process content shared via our service.", "en"),
])
def test_complete_denials_in_any_typography_and_wording(text, locale):
    assert ask(text + "\n", locale, kind="ai-notice")["ai-training"].value == "no"


def test_using_ai_to_process_content_is_not_training():
    assert ask("We use AI to process content to detect spam.\n", kind="ai-notice")["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("We will not use your inputs to train our models, unless: (1) they are flagged for review, or (2) you have reported them to us.", "en"),
    ("Nous n'utiliserons pas vos contenus pour entraîner nos modèles, à moins que vous ne nous les signaliez.", "fr"),
    # The authorisation needs a way to give it (set 17's egroupai call): here, the settings.
    ("Canva no entrenará sus modelos de IA con el contenido de tus diseños a menos que lo autorices en la configuración de privacidad.", "es"),
])
def test_a_denial_with_exceptions_the_member_makes_is_opt_in(text, locale):
    got = ask(text + "\n", locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


def test_a_denial_about_other_accounts_or_under_a_denying_heading():
    # Business accounts are not the member's: the denial says nothing of the member's data.
    assert ask("Content from business and enterprise accounts is not used to train our models.\n")[
        "ai-training"].value == "unclear"
    # A section titled as a denial answers for all it lists.
    got = ask("## Kein Training von KI-Modellen\n\nWir verwenden Ihre Beiträge und Direktnachrichten nicht zum "
              "Training von KI-Modellen.\n", "de")
    assert got["ai-training"].value == "no"


@pytest.mark.parametrize("text, locale", [
    ("We may use content you provide us to improve our services, for example to train our models.", "en"),
    ("Nous pouvons utiliser le Contenu que vous nous fournissez pour entraîner les modèles de nos services.", "fr"),
    ("Wir verwenden die Texte, die Sie zur Übersetzung einreichen, um unsere neuronalen Netze zu trainieren.", "de"),
    ("Usamos el contenido de tus diseños para entrenar nuestras funciones de IA.", "es"),
    ("You consent to our use of usage data for any purpose, including training and tuning of algorithms and models.", "en"),
])
def test_members_data_named_in_many_ways(text, locale):
    assert ask(text + "\n", locale)["ai-training"].value == "yes"


def test_models_trained_elsewhere_on_the_open_web_are_not_members_data():
    got = ask("Our image tool is based on third-party technologies which train their models based on the open web.\n",
              kind="ai-notice")
    assert got["ai-training"].value == "unclear"


def test_an_opt_out_promised_beside_an_announced_start_is_not_training_today():
    got = ask("Soon, we will begin using your data to train our AI models. We will also make it simple to opt out "
              "of your data being used for training.\n", kind="ai-notice")
    assert got["ai-training"].value == "no"


def test_the_condition_of_a_conditional_denial_is_the_refusal():
    got = ask("Dans l'application, ouvrez Paramètres > Contrôles des données et désactivez « Améliorer le modèle ». "
              "Lorsque ce paramètre est désactivé, vos nouvelles conversations ne sont pas utilisées pour entraîner "
              "nos modèles.\n", "fr", kind="opt-out")
    assert got["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("We use your chats to train our models. You can change your choice at any time in your Privacy Settings.", "en"),
    ("Usamos tus chats para entrenar nuestros modelos. Para no participar, ve a Ajustes → Privacidad y activa la "
     "opción «No compartir».", "es"),
    ("Wir verwenden Ihre Chats, um unsere Modelle zu trainieren. Sie können Ihre Auswahl jederzeit ändern.", "de"),
])
def test_ways_to_say_refuse(text, locale):
    got = ask(text + "\n\n[Open settings](https://example.com/settings/data)\n", locale, kind="ai-notice")
    assert got["ai-opt-out"].value == "setting"
    assert got["ai-opt-out"].details["links"] == ["https://example.com/settings/data"]


def test_a_section_that_is_the_refusal_gives_its_steps():
    got = ask("Wenn du deine Kundendaten vom Training unserer Modelle ausschließen möchtest, kannst du dich dagegen "
              "entscheiden.\n\n## So entscheidest du dich dagegen\n\nBitte kontaktiere unser Team unter "
              "[optout@example.com](mailto:optout@example.com).\n", "de", kind="ai-notice")
    assert got["ai-opt-out"].value == "email"
    got = ask("We analyze your content with machine learning to improve our products.\n\n"
              "## How do I turn content analysis on or off?\n\n"
              "1. Go to your account's [privacy page](https://account.example.com/privacy).\n"
              "2. Turn off Content analysis.\n", kind="ai-notice")
    assert (got["ai-opt-out"].value, got["ai-opt-out"].details["links"]) == (
        "setting", ["https://account.example.com/privacy"])


def test_a_link_named_as_a_portal_is_a_form():
    got = ask("Sie können über unser [Datenschutzportal](https://privacy.example.com) beantragen, dass Ihre Inhalte "
              "nicht zum Training unserer Modelle verwendet werden.\n", "de", kind="opt-out")
    assert (got["ai-opt-out"].value, got["ai-opt-out"].details["links"]) == ("form", ["https://privacy.example.com"])


@pytest.mark.parametrize("text, locale", [
    ("We don't use your content to train our AI models. If you don't want to use AI features, turn off the switch "
     "in [Settings](https://example.com/settings/ai).", "en"),
    ("Microsoft verwendet keine Daten von Verbrauchern im EWR, um KI-Modelle zu trainieren. In Märkten außerhalb "
     "des EWR können Sie das Modelltraining in den Einstellungen deaktivieren.", "de"),
])
def test_a_platform_that_does_not_train_leaves_none_whatever_setting_it_names(text, locale):
    got = ask(text + "\n", locale, kind="ai-notice")
    assert (got["ai-training"].value, got["ai-opt-out"].value, got["ai-opt-out"].details["links"]) == ("no", "none", [])


@pytest.mark.parametrize("text, locale", [
    ("## Purposes\n\nWe use your posts to train our AI models.\n\n## Legal bases\n\n"
     "- Training our models on your posts: our legitimate interests in safe and useful AI.", "en"),
    ("## 2. Finalités\n\nNous utilisons vos requêtes pour entraîner nos modèles.\n\n## 3. Bases légales\n\n"
     "- Entraîner et améliorer nos modèles d'intelligence artificielle : notre intérêt légitime.", "fr"),
    ("## Nutzung\n\nWir verwenden Ihre Eingaben, um unsere Modelle zu trainieren.\n\n## Rechtsgrundlagen\n\n"
     "- Unsere berechtigten Interessen an der Verbesserung unserer Dienste, einschließlich des Trainings unserer Modelle.", "de"),
    ("## Usos\n\nUsamos tus mensajes para entrenar nuestros modelos de IA.\n\n## Bases jurídicas\n\n"
     "Desarrollamos y mejoramos nuestras funciones de IA sobre la base de nuestro interés legítimo.", "es"),
])
def test_a_basis_given_for_training_in_another_section(text, locale):
    assert ask(text + "\n", locale)["legal-basis"].value == "legitimate-interests"


def test_a_basis_claimed_on_an_ai_page_or_repeating_the_training_sentence():
    got = ask("We use machine learning to develop and improve our products.\n\n## On what basis?\n\n"
              "In the EEA, we rely on our legitimate interests when we analyze your content for this purpose.\n",
              kind="ai-notice")
    assert got["legal-basis"].value == "legitimate-interests"
    got = ask("We make public contributions available through our data licensing products, including to companies "
              "that train AI models.\n\n## Legal bases\n\nWe make your public contributions available, including "
              "through data licensing, because this is necessary to perform our contract with you.\n\n"
              "We rely on our legitimate interests to keep the network secure.\n")
    assert got["legal-basis"].value == "contract"


def test_gdpr_article_letters_name_the_basis():
    got = ask("Wir verwenden die Texte, die Sie einreichen, um unsere Übersetzungsalgorithmen zu trainieren. "
              "Rechtsgrundlage hierfür ist Art. 6 Abs. 1 S. 1 lit. f DSGVO.\n", "de")
    assert got["legal-basis"].value == "legitimate-interests"


def test_training_granted_by_the_terms_says_nothing_of_refusing():
    # Convention 9: accepting the terms is not words saying there is no way to refuse.
    got = ask("You consent to our use of usage data for any purpose, including training of machine learning "
              "models.\n", kind="terms")
    assert (got["ai-training"].value, got["ai-opt-out"].value, got["legal-basis"].value) == ("yes", "unclear", "consent")
    got = ask("Vous nous accordez une licence pour utiliser votre Contenu, y compris pour améliorer les modèles "
              "d'apprentissage automatique.\n", "fr", kind="terms")
    assert got["ai-opt-out"].value == "unclear"


# ---------------------------------------------------------------- layout: tables and flattened tables

def test_a_purpose_table_gives_basis_and_data_from_its_row():
    got = ask("""We rely on legitimate interests for the purposes below:

| Why and how we process your information | Legitimate interests relied on | Information categories we use |
| --- | --- | --- |
| Provide ads | In our interest to show ads | Your activity |
| Develop and improve AI at Example for our products. | * In our interest to develop and improve artificial intelligence technology. | * Public content you create, like posts or comments<br>* Interactions with our AI features |
""")
    assert got["ai-training"].value == "yes"
    assert got["ai-training"].details == {"data": ["ai-interactions", "public-posts"], "default": "yes"}
    assert got["legal-basis"].value == "legitimate-interests"
    assert "develop and improve artificial intelligence" in got["legal-basis"].evidence.text


def test_a_flattened_table_stops_at_the_next_record():
    got = ask("""Developing AI

**Why and how we process your information:**

Develop and improve AI at Example for our products.

**Legitimate interests relied on:**

* In our interest to develop artificial intelligence technology.

**Information categories we use:**

* Interactions with our AI features

Improving products

**Why and how we process your information:**

Improve our products with research.

**Legal basis:**

* Consent

**Information categories we use:**

* Messages you send and receive
""")
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["ai-training"].details["data"] == ["ai-interactions"]


def test_the_objection_route_follows_the_legitimate_interests_basis():
    got = ask("""We use your information to develop and improve our AI models, based on our legitimate interests.

## Your rights

You have the [right to object](https://example.com/legal/right-to-object) to processing based on legitimate interests. You can also object to direct marketing in [Ad settings](https://example.com/settings/ads).

To exercise any of the above rights, please contact us through our [webform](https://example.com/legal/report/privacy). Read more in our [Help Center](https://example.com/help/12345).
""")
    refusal = got["ai-opt-out"]
    assert refusal.value == "form"
    assert refusal.details["links"] == ["https://example.com/legal/right-to-object", "https://example.com/legal/report/privacy"]


def test_a_wrapped_link_is_judged_by_its_target():
    got = ask("We use your public posts to train our AI models. You can object using our "
              "[objection form](https://l.example.com/l.php?u=https%3A%2F%2Fhelp.example.com%2Fcontact%2F123) "
              "or by writing to privacy@example.com. Your objection applies to all your accounts in Accounts Center.\n")
    refusal = got["ai-opt-out"]
    assert refusal.value == "form"
    assert refusal.details["others"] == ["privacy@example.com"]
    assert refusal.details["linked-accounts"] == "yes"


def test_the_ai_notice_answers_the_ai_questions_and_the_policy_the_rest():
    policy = Document("example-policy", "privacy-policy", "en", 7,
                      "Effective date: 1 January 2025\n\nWe keep your information for as long as your account is open.\n",
                      "2025-09-01T00:00:00Z")
    notice = Document("example-ai", "ai-notice", "en", 2,
                      "Last updated: 1 August 2025\n\nWe train our generative AI models on your public posts. "
                      "You can object with this [form](https://example.com/help/contact/9).\n",
                      "2025-09-01T00:00:00Z")
    got = answer([policy, notice], TODAY)
    assert got["ai-training"].evidence.watch == "example-ai"
    assert got["ai-opt-out"].evidence.watch == "example-ai"
    assert (got["effective"].value, got["effective"].evidence.watch) == ("2025-01-01", "example-policy")
    assert got["retention"].value == "stated"


def test_an_opt_out_page_uses_its_stored_links_when_its_sentences_carry_none():
    page = Document("example-setting", "opt-out", "en", 1,
                    "When this setting is on, we use your posts to train our AI models. You can turn it off at any time.\n",
                    "2025-09-01T00:00:00Z", links=(("Manage", "https://example.com/settings/ai-data"),
                                                   ("Help", "https://example.com/help/123")))
    got = answer([page], TODAY)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("setting", ["https://example.com/settings/ai-data"])


def test_the_same_refusal_page_in_two_languages_is_one_link():
    """An English notice and its French translation link one form, the French one with ?hl=fr:
    the reader is given it once, as the chosen document writes it; another form stays."""
    english = Document("example-ai-en", "ai-notice", "en", 1,
                       "We use your public posts to train our AI models. You can object with this "
                       "[form](https://example.com/help/object-ai).\n", "2025-09-01T00:00:00Z")
    french = Document("example-ai-fr", "ai-notice", "fr", 1,
                      "Nous utilisons vos publications publiques pour entraîner nos modèles d'IA. Vous pouvez "
                      "vous y opposer avec ce [formulaire](https://example.com/help/object-ai?hl=fr) ou ce "
                      "[formulaire](https://example.com/help/object-ai-accounts?hl=fr).\n", "2025-09-01T00:00:00Z")
    got = answer([english, french], TODAY)["ai-opt-out"]
    written = {"example-ai-en": "https://example.com/help/object-ai", "example-ai-fr": "https://example.com/help/object-ai?hl=fr"}
    assert got.details["links"] == [written[got.evidence.watch], "https://example.com/help/object-ai-accounts?hl=fr"]


def test_under_a_refusal_heading_only_the_steps_with_a_link_or_an_address_are_instructions():
    """A sentence of the section that neither links nor names an address is not a step: it
    was taken for one (and became the proof) when a generator of links counted as a link."""
    text = ("# Privacy Policy\n\nLast updated: 1 March 2025\n\n## AI\n\nWe use your public posts to train our AI models.\n\n"
            "## How to opt out of AI training\n\nOur team reads every request within a month.\n\n"
            "Fill in [this form](https://example.com/ai-objection).\n")
    got = answer([Document("x/p", "privacy-policy", "en", 1, text, "2025-03-01T00:00:00Z")], TODAY)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("form", ["https://example.com/ai-objection"])
    assert got.evidence.text == "Fill in this form."


def test_no_documents_leave_every_question_unanswered():
    got = answer([], TODAY)
    assert set(got) == set(QUESTIONS)
    assert got["ai-training"].value == "unclear" and got["rights"].value == () and got["effective"].value == ""
    assert all(a.evidence is None for a in got.values())


def test_details_are_json():
    got = ask("We use your public posts to train our AI models. You can opt out in your settings.\n")
    json.dumps({q: a.details for q, a in got.items()})


# ---------------------------------------------------------------- dates, retention, rights

def test_an_announced_date_is_upcoming_until_it_passes():
    text = "Last updated: 18 September 2025\n\nWe're updating our terms on November 3, 2025.\n"
    before = ask(text, today=date(2025, 10, 1))["effective"]
    assert (before.value, before.details["upcoming"]) == ("2025-09-18", "2025-11-03")
    after = ask(text, today=date(2025, 12, 1))["effective"]
    assert after.details["upcoming"] == ""


def test_a_label_on_its_own_line_dates_the_next_one():
    got = ask("* **Effective Date**\n\n    January 5, 2026\n", today=date(2026, 2, 1))["effective"]
    assert got.value == "2026-01-05"


def test_the_header_date_not_an_appended_policy_or_a_banner():
    got = ask("Our new Privacy Policy comes into effect on 4 December 2024.\n\nEffective Date: _4 December 2024_\n\n"
              "Text.\n\n# Children's policy\n\n_Last updated: October 1, 2024_\n", today=date(2024, 11, 4))["effective"]
    assert (got.value, got.details["upcoming"]) == ("2024-12-04", "2024-12-04")


def test_retention_needs_a_period_or_a_criterion():
    assert ask("When information is shared with AIs, they will sometimes retain and use it.\n")["retention"].value \
        == "not-stated"
    got = ask("## How long do we keep your information?\n\nWe keep information as long as we need it to provide our "
              "services. Deleted content is removed from backups within 90 days.\n")["retention"]
    assert got.value == "stated" and "as long as we need it" in got.details["detail"]


def test_rights_listed_under_a_lead_in():
    got = ask("""You have the following rights under GDPR:

[Access and correct information](https://example.com/policy/?subpage=1)

[Erase information](https://example.com/policy/?subpage=2)

[Object](https://example.com/policy/?subpage=3)

You also have the right to lodge a complaint with your local supervisory authority.
""")["rights"]
    assert set(got.value) == {"access", "correction", "deletion", "objection", "complaint"}
    assert got.evidence.text == "You have the following rights under GDPR:"


def test_words_of_rights_outside_a_rights_statement_do_not_count():
    got = ask("If you use our login, the app developer might request access to your friends list. "
              "We may delete your account if you break these terms.\n")["rights"]
    assert got.value == ()


def test_rights_enumerated_as_verbs_and_nouns():
    cases = [
        ("# Your rights\n\nYou can access, correct and delete your information, and export your data at any time. "
         "You may ask us to provide it in a machine-readable format.\n", "en",
         {"access", "correction", "deletion", "portability"}),
        ("# Vos droits\n\nVous avez le droit d'accéder à vos informations, de les rectifier, de les transférer et de "
         "les effacer, ainsi que le droit de limiter certains traitements et de vous y opposer. Lorsque nous traitons vos "
         "informations sur la base de votre consentement, vous pouvez le retirer à tout moment.\n", "fr",
         {"access", "correction", "portability", "deletion", "restriction", "objection", "withdraw-consent"}),
        ("# Deine Rechte\n\nDu hast das Recht auf Auskunft, Berichtigung und Löschung deiner Daten, auf "
         "Datenübertragbarkeit und auf Einschränkung der Verarbeitung sowie das Recht, eine erteilte Einwilligung "
         "jederzeit zu widerrufen. Du kannst der Verarbeitung auf Grundlage unserer berechtigten Interessen "
         "widersprechen.\n", "de",
         {"access", "correction", "deletion", "portability", "restriction", "withdraw-consent", "objection"}),
        ("# Tus derechos\n\nPuedes acceder a tus datos personales, rectificarlos, suprimirlos o exportarlos, y puedes "
         "pedirnos que limitemos su tratamiento o oponerte a él.\n", "es",
         {"access", "correction", "deletion", "portability", "restriction", "objection"}),
    ]
    for text, locale, rights in cases:
        assert set(ask(text, locale=locale)["rights"].value) == rights, locale


def test_rights_named_by_any_document_add_up():
    policy = Document("p", "privacy-policy", "en", 1, "# Your rights\n\nYou have the right to access and delete "
                      "your information.\n", "2025-10-01T06:00:00Z")
    notice = Document("n", "ai-notice", "en", 1, "We use your public posts to train our AI models. You can object "
                      "to this use with our [form](https://example.com/forms/object).\n", "2025-10-01T06:00:00Z")
    got = answer([policy, notice], TODAY)["rights"]
    assert got.value == ("access", "deletion", "objection") and got.evidence.watch == "p"


def test_retention_said_as_deletion_once_no_longer_needed():
    for text, locale in (("We delete your data once it is no longer needed for these purposes.", "en"),
                         ("Nous supprimons vos données dès qu'elles ne sont plus nécessaires.", "fr"),
                         ("Wir löschen deine Daten, sobald sie nicht mehr erforderlich sind.", "de"),
                         ("Tus datos se conservarán mientras mantengas tu cuenta.", "es")):
        assert ask(text + "\n", locale=locale)["retention"].value == "stated", text


def test_rights_with_infinitives_and_the_right_to_know():
    german = ask("# Ihre Rechte\n\nSie haben das Recht, die Verarbeitung einzuschränken, und können sich bei einer "
                 "Aufsichtsbehörde beschweren.\n", locale="de")["rights"]
    assert german.value == ("restriction", "complaint")
    assert ask("# Your privacy rights\n\nYou may request to know the personal information we hold about "
               "you.\n")["rights"].value == ("access",)


@pytest.mark.parametrize("text, locale", [
    ("If you are signed in, your conversation history is saved for 18 months.", "en"),
    ("Transfers are available for 3 days.", "en"),
    ("Vos conversations sont enregistrées dans votre compte pendant 72 heures au maximum.", "fr"),
    ("Microsoft bewahrt personenbezogene Daten so lange auf, wie es für die Bereitstellung erforderlich ist.", "de"),
    ("Los chats se guardan durante un máximo de tres años.", "es"),
    # A period written in words, as in digits.
    ("We retain your invoices for seven years after the end of our relationship, as required by law.", "en"),
    ("Nous conservons vos factures pendant dix ans à compter de la fin de votre abonnement.", "fr"),
    ("Deine Rechnungsdaten werden zehn Jahre aufbewahrt.", "de"),
    ("Conservaremos tus facturas durante cinco años desde el fin de la relación contractual.", "es"),
    # Deleted a time after an event.
    ("We delete your data 30 days after you close your account.", "en"),
    ("Nous supprimons vos données 30 jours après la fermeture de votre compte.", "fr"),
    ("Wir löschen deine Daten 30 Tage nach der Schließung deines Kontos.", "de"),
    ("Eliminamos tus datos 30 días después del cierre de tu cuenta.", "es"),
])
def test_retention_in_words_hours_separable_verbs_and_deletion_after_an_event(text, locale):
    assert ask(text + "\n", locale)["retention"].value == "stated"


@pytest.mark.parametrize("text, locale, value", [
    # Criteria real pages give in set phrases: the account's life, an ongoing need, a contract's
    # term, the limitation periods, a period with its digits in brackets.
    ("# Storage\n\nYour billing details are retained while your subscription is running.", "en", "stated"),
    ("# How long we keep data\n\nWe hold support tickets where we have an ongoing legitimate business need to do so.", "en", "stated"),
    ("# Conservation\n\nVos commandes sont conservées pendant toute la durée de votre adhésion.", "fr", "stated"),
    ("# Conservation\n\nLes factures sont conservées dix (10) ans.", "fr", "stated"),
    ("# Aufbewahrung\n\nVertragsdaten bewahren wir für die Dauer der Verjährungsfristen auf.", "de", "stated"),
    ("# Conservación\n\nConservaremos los datos del pedido durante la vigencia del contrato.", "es", "stated"),
    # Kept as long as its purposes require: stated (convention 7, was not-stated before it).
    ("# Retention\n\nWe keep personal data only for as long as needed for the purposes we collected it for.", "en", "stated"),
    ("# Conservation\n\nNous conservons vos données le temps nécessaire aux finalités décrites.", "fr", "stated"),
    ("# Speicherdauer\n\nWir speichern Ihre Angaben nur so lange, wie es für die genannten Zwecke notwendig ist.", "de", "stated"),
    ("# Conservación\n\nTus datos se conservan el tiempo necesario para los fines indicados.", "es", "stated"),
    # The same beside a criterion (the law's periods).
    ("# Retention\n\nWe keep personal data only for as long as needed for the purposes we collected it for, or longer where required by law.", "en", "stated"),
    ("# Conservation\n\nNous conservons vos données le temps nécessaire aux finalités décrites. Les factures sont gardées pendant la durée exigée par la loi.", "fr", "stated"),
])
def test_retention_in_set_phrases_and_as_long_as_its_purposes_require(text, locale, value):
    assert ask(text + "\n", locale)["retention"].value == value


@pytest.mark.parametrize("text, locale, day", [
    ("# Datenschutzrichtlinie\n\nAktualisiert: 27. April 2023\n", "de", "2023-04-27"),
    ("# Política\n\nVersión del 3 de marzo de 2025\n", "es", "2025-03-03"),
    ("# Politique\n\nMise à jour : 12 mars 2025\n", "fr", "2025-03-12"),
])
def test_date_labels_beyond_the_classifiers(text, locale, day):
    assert ask(text, locale)["effective"].value == day


@pytest.mark.parametrize("text, locale", [
    ("Formulated on March 3, 2025", "en"),
    ("Date d'effet : 3 mars 2025", "fr"),
    ("Nuestro aviso se actualizó el 3 de marzo de 2025.", "es"),
])
def test_a_date_at_the_foot_or_said_in_a_sentence(text, locale):
    assert ask("# Notice\n\n" + text + "\n", locale)["effective"].value == "2025-03-03"


@pytest.mark.parametrize("text, locale", [
    ("On 2 March 2025, we updated our Terms of Use. This update will go into effect on 15 April 2025.", "en"),
    ("El 2 de marzo de 2025 actualizamos nuestras condiciones de uso, que entrarán en vigor el 15 de abril de 2025.", "es"),
])
def test_an_update_is_dated_by_the_day_it_takes_effect(text, locale):
    # English and Spanish pages: the date reader labels the day the update was made too
    # ("On 2 March 2025", "actualizamos"); French and German ones it reads right already.
    got = ask("# Update\n\n" + text + "\n", locale, today=date(2025, 3, 10))["effective"]
    assert (got.value, got.details["upcoming"]) == ("2025-04-15", "2025-04-15")


@pytest.mark.parametrize("text, locale", [
    ("If you are an existing user, you have until 28 November 2025 to make your decision.", "en"),
    ("Vous avez jusqu'au 28 novembre 2025 pour faire votre choix.", "fr"),
    ("Sie können bis spätestens 28. November 2025 widersprechen.", "de"),
    ("Tienes hasta el 28 de noviembre de 2025 para decidir.", "es"),
])
def test_a_deadline_to_act_is_upcoming_while_to_come(text, locale):
    got = ask("Effective 1 May 2025\n\n" + text + "\n", locale)
    assert (got["effective"].value, got["effective"].details["upcoming"]) == ("2025-05-01", "2025-11-28")
    got = ask("Effective 1 May 2025\n\n" + text + "\n", locale, today=date(2025, 12, 1))
    assert got["effective"].details["upcoming"] == ""


@pytest.mark.parametrize("text, locale, rights", [
    ("## How can I manage my data?\n\nYou can view, export and delete your conversation history from the privacy "
     "dashboard.", "en", ("access", "deletion", "portability")),
    # A copy of one's data is access and portability (tests/eval/README.md, stance conventions).
    ("You can ask us at any time for a copy of your personal data or for its deletion.", "en", ("access", "deletion", "portability")),
    ("## Ihre Daten verwalten\n\nSie können Ihre Aktivitäten jederzeit löschen. Sie können außerdem eine Kopie "
     "Ihrer Aktivitäten exportieren.", "de", ("access", "deletion", "portability")),
    ("Sie haben das Recht, Ihre Daten zu aktualisieren, zu entfernen oder in einem gängigen Format übertragen zu "
     "lassen.", "de", ("correction", "deletion", "portability")),
    ("## Ihre Datenschutzrechte\n\nWenn wir uns auf Ihre Einwilligung stützen, können Sie diese jederzeit "
     "widerrufen.", "de", ("withdraw-consent",)),
    ("## Gestionar tus datos\n\nPuedes eliminar tu actividad en cualquier momento.", "es", ("deletion",)),
    ("Puedes tener derecho a acceder a tu información o corregirla. También tienes derecho a ponerte en contacto "
     "con la Autoridad de Protección de Datos.", "es", ("access", "correction", "complaint")),
])
def test_rights_said_as_what_you_can_do(text, locale, rights):
    assert ask(text + "\n", locale)["rights"].value == rights


@pytest.mark.parametrize("text, locale, rights", [
    # Withdrawing consent said as a noun, a passive or with an adverb: still the right to withdraw it.
    ("Members have the right to erasure and the right to withdrawal of their consent.", "en", ("deletion", "withdraw-consent")),
    ("Where we ask for it, consent can always be withdrawn by writing to us.", "en", ("withdraw-consent",)),
    ("You can always withdraw your consent to receiving the newsletter.", "en", ("withdraw-consent",)),
    ("Les abonnés disposent d'un droit à l'effacement de leurs données et au retrait de leur consentement.", "fr", ("deletion", "withdraw-consent")),
    ("Le consentement donné pour la géolocalisation peut à tout moment être retiré.", "fr", ("withdraw-consent",)),
    ("Un lecteur mécontent peut adresser ses réclamations à l'autorité de contrôle.", "fr", ("complaint",)),
    ("# b) Recht auf Widerruf Ihrer erteilten datenschutzrechtlichen Einwilligung", "de", ("withdraw-consent",)),
    ("Ihre Einwilligung zum Newsletter ist jederzeit mit Wirkung für die Zukunft widerrufbar.", "de", ("withdraw-consent",)),
    ("Usted puede retirar su consentimiento en cualquier momento desde su perfil.", "es", ("withdraw-consent",)),
    ("El consentimiento para recibir ofertas podrá revocarse en cualquier momento.", "es", ("withdraw-consent",)),
])
def test_withdrawing_consent_and_complaints_in_the_words_of_real_pages(text, locale, rights):
    assert ask(text + "\n", locale)["rights"].value == rights


# ---------------------------------------------------------------- French, German, Spanish

def test_french():
    text = """À compter du 3 novembre 2025, nous utiliserons certaines données des membres pour entraîner des modèles d'IA de création de contenu. Ces données peuvent inclure les informations de votre profil ; elles n'incluent pas vos messages privés.

Nous nous appuyons sur notre intérêt légitime pour ce traitement. Vous pouvez vous y opposer à tout moment dans le [paramètre](https://example.com/mypreferences/d/settings/data-for-ai-improvement).

Dernière mise à jour : 18 septembre 2025

Vous disposez d'un droit d'accès, de rectification et d'effacement, et du droit d'introduire une réclamation auprès de la CNIL.
"""
    got = ask(text, locale="fr", today=date(2025, 12, 1))
    assert (got["ai-training"].value, got["ai-training"].details["data"]) == ("yes", ["profile"])
    got = ask(text, locale="fr")  # before 3 November: announced, not done
    assert got["ai-training"].value == "no"
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["ai-opt-out"].value == "setting"
    assert (got["effective"].value, got["effective"].details["upcoming"]) == ("2025-09-18", "2025-11-03")
    assert set(got["rights"].value) == {"access", "correction", "deletion", "objection", "complaint"}


def test_german():
    text = """Ab dem 3. November 2025 werden wir einige Daten von Mitgliedern verwenden, um KI-Modelle zu trainieren, die Inhalte generieren.

Wir stützen uns dabei auf unser berechtigtes Interesse. Sie können dieser Nutzung jederzeit über unser [Widerspruchsformular](https://example.com/help/contact/77) widersprechen.

Wir speichern Ihre Daten, solange Ihr Konto besteht.
"""
    assert ask(text, locale="de", today=date(2025, 11, 3))["ai-training"].value == "yes"
    got = ask(text, locale="de")
    assert got["ai-training"].value == "no"
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["ai-opt-out"].value == "form"
    assert got["retention"].value == "stated"
    assert got["effective"].details["upcoming"] == "2025-11-03"


def test_german_informal_address():
    got = ask("Wir verwenden öffentliche Informationen wie Beiträge und Kommentare sowie Interaktionen mit KI, um "
              "unsere KI zu entwickeln und zu verbessern. Wir stützen uns dabei auf berechtigte Interessen.\n\n"
              "Du hast das Recht, der Verwendung deiner Informationen für diese Zwecke zu widersprechen. Du kannst "
              "dazu dieses [Formular](https://example.com/help/contact/5) ausfüllen.\n", locale="de")
    assert got["ai-training"].details["data"] == ["ai-interactions", "public-posts"]
    assert got["legal-basis"].value == "legitimate-interests"
    assert (got["ai-opt-out"].value, got["ai-opt-out"].details["links"]) == ("form", ["https://example.com/help/contact/5"])


def test_german_denial():
    got = ask("Wir verwenden Ihre personenbezogenen Daten nicht, um KI-Modelle zu trainieren.\n", locale="de")
    assert got["ai-training"].value == "no"
    got = ask("Wir verwenden Ihre privaten Nachrichten nicht, um KI-Modelle zu trainieren.\n", locale="de")
    assert got["ai-training"].value == "unclear"


def test_spanish():
    text = """A partir del 27 de mayo de 2025, utilizaremos tus publicaciones públicas y tus interacciones con Meta AI para desarrollar y mejorar la IA en Meta, basándonos en nuestro interés legítimo.

Puedes oponerte en cualquier momento a través del [formulario de oposición](https://example.com/help/contact/6359191084165019). Si nos comunicas tu oposición, no utilizaremos tu información para entrenar nuestros modelos de IA.

Tienes derecho de acceso, rectificación, supresión y portabilidad, y a presentar una reclamación ante la AEPD.
"""
    training = ask(text, locale="es", today=date(2025, 6, 1))["ai-training"]
    assert (training.value, training.details["data"], training.details["default"]) == \
        ("yes", ["ai-interactions", "public-posts"], "yes")
    got = ask(text, locale="es", today=date(2025, 5, 1))
    assert got["ai-training"].value == "no"
    assert got["legal-basis"].value == "legitimate-interests"
    assert got["ai-opt-out"].value == "form"
    assert got["effective"].details["upcoming"] == "2025-05-27"
    assert set(got["rights"].value) == {"access", "correction", "deletion", "portability", "objection", "complaint"}


def test_spanish_denial():
    got = ask("No utilizamos tus datos personales para entrenar modelos de inteligencia artificial.\n", locale="es")
    assert got["ai-training"].value == "no"
    got = ask("No utilizamos tus mensajes privados para entrenar modelos de inteligencia artificial.\n", locale="es")
    assert got["ai-training"].value == "unclear"


def test_a_page_served_in_another_language_is_read_in_its_own():
    german = ("Wir verwenden die uns zur Verfügung stehenden Daten, um unsere KI-Modelle zu trainieren. "
              "Sie haben das Recht, der Verarbeitung zu widersprechen, und das Recht auf Auskunft und Löschung. ") * 12
    got = ask(german, locale="en")
    assert got["ai-training"].value == "yes"
    assert {"access", "deletion", "objection"} <= set(got["rights"].value)


# ---------------------------------------------------------------- the gate on the corpus cases

# ---------------------------------------------------------------- training that is not today's own

@pytest.mark.parametrize("text, locale", [
    ("Most generative AI models were trained on text gathered from the web.\n\nWe do not train AI models on your content.", "en"),
    ("We ask AI companies not to train on your articles unless they credit you.\n\nWe do not train AI models on your content.", "en"),
    ("La plupart des grands modèles d'IA ont été entraînés sur des textes du web.\n\nNous n'utilisons pas vos contenus pour entraîner des modèles d'IA.", "fr"),
    ("Die meisten großen KI-Modelle wurden mit Texten aus dem Web trainiert.\n\nWir verwenden Ihre Inhalte nicht, um KI-Modelle zu trainieren.", "de"),
    ("La mayoría de los grandes modelos de IA fueron entrenados con textos de la web.\n\nNo utilizamos tu contenido para entrenar modelos de IA.", "es"),
])
def test_models_at_large_and_requests_to_ai_companies_are_not_the_platforms_training(text, locale):
    assert ask(text, locale, kind="ai-notice")["ai-training"].value == "no"


@pytest.mark.parametrize("text, locale", [
    ("We do not use your content to train AI. If we ever consider using your content to train AI models, we will ask for your consent first.", "en"),
    ("Nous n'utilisons pas vos contenus pour entraîner l'IA. Si un jour nous décidions d'utiliser vos contenus pour entraîner des modèles d'IA, nous vous demanderions votre consentement.", "fr"),
    ("Wir verwenden Ihre Inhalte nicht für das KI-Training. Falls wir jemals Ihre Inhalte zum Training von KI-Modellen verwenden wollen, fragen wir Sie vorher um Ihre Einwilligung.", "de"),
    ("No usamos tu contenido para entrenar la IA. Si algún día decidimos usar tu contenido para entrenar modelos de IA, te pediremos tu consentimiento.", "es"),
])
def test_a_use_imagined_for_some_day_is_neither_training_nor_a_basis(text, locale):
    got = ask(text, locale, kind="ai-notice")
    assert (got["ai-training"].value, got["legal-basis"].value, got["ai-opt-out"].value) == ("no", "unclear", "none")


@pytest.mark.parametrize("text, locale", [
    ("The new privacy notice describes when and how personal data is used to develop AI models.", "en"),
    ("Le nouvel avis décrit quand et comment des données personnelles sont utilisées pour développer des modèles d'IA.", "fr"),
    ("Die neue Datenschutzerklärung beschreibt, wie personenbezogene Daten zum Training von KI-Modellen verwendet werden.", "de"),
    ("El nuevo aviso describe cómo se utilizan tus datos personales para entrenar modelos de IA.", "es"),
])
def test_what_a_new_document_will_describe_is_not_training_today(text, locale):
    assert ask(text, locale, kind="other")["ai-training"].value == "unclear"


def test_a_page_announcing_a_start_describes_the_training_to_come():
    got = ask("""# Changes to how we use your data

From 1 December 2025, your prompts will be used to train our AI models unless you opt out.

Until then, we do not use your prompts to train AI models. Data used for training may be shared with our affiliates.
""", kind="ai-notice")
    assert got["ai-training"].value == "no"
    assert got["effective"].details["upcoming"] == "2025-12-01"


def test_a_denial_names_the_data_of_its_training_clause():
    # The training clause names the conversations, one kind of the members' data (call 3): partial, whatever the
    # clause before says of "any of your chats".
    got = ask("We do not keep any of your chats, and your conversations are not used to train AI models.", kind="ai-notice")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, value", [
    ("We will not use your content to train our AI models unless they credit you.", "no"),
    ("We will not use your content to train our AI models unless, in your settings, you have opted in.", "yes"),
])
def test_unless_you_needs_the_member_to_act(text, value):
    assert ask(text)["ai-training"].value == value


@pytest.mark.parametrize("text, locale", [
    ("You explicitly agree that your content may be used to train artificial intelligence models.", "en"),
    ("Vous acceptez expressément que vos contenus soient utilisés pour entraîner des modèles d'intelligence artificielle.", "fr"),
    ("Aceptas expresamente que tu contenido se utilice para entrenar modelos de IA.", "es"),
])
def test_training_agreed_to_in_the_terms_names_no_route(text, locale):
    got = ask(text, locale, kind="terms")
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("yes", "unclear")


# ---------------------------------------------------------------- refusal routes said as how to switch

@pytest.mark.parametrize("text, locale", [
    ("We use your data to train our AI models. If you do not want this, set the toggle to No and save.", "en"),
    ("Nous utilisons vos données pour entraîner nos modèles d'IA. Si vous ne le souhaitez pas, placez le curseur sur « Non ».", "fr"),
    ("Wir verwenden Ihre Daten, um unsere KI-Modelle zu trainieren. Wenn Sie nicht möchten, dass Ihre Daten verwendet werden, stellen Sie den Regler auf „Nein“.", "de"),
    ("Usamos tus datos para entrenar nuestros modelos de IA. Si no quieres, desmarca la casilla correspondiente.", "es"),
])
def test_a_setting_said_as_how_to_switch_it(text, locale):
    assert ask(text, locale, kind="opt-out")["ai-opt-out"].value == "setting"


def test_the_steps_a_refusal_announces_are_its_route():
    got = ask("""# Model training

We use your chats to train our AI models. If you would like to opt out, follow the steps below:

1. Log in.
2. Navigate to Settings.
3. De-select "Improve the model".
""", kind="opt-out")
    assert got["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("basis, rights, value", [
    # Convention 9: only the contract says there is no way out; legitimate interests carry a right
    # to object whether or not the rights list names it.
    ("This processing is necessary to perform our contract with you.",
     "You may ask for access to your data or its deletion.", "none"),
    ("This processing is necessary to perform our contract with you.",
     "You may ask for access to your data, its deletion, or object to its processing.", "unclear"),
    ("We rely on our legitimate interests for this processing.",
     "You may ask for access to your data or its deletion.", "unclear"),
])
def test_no_route_and_no_right_to_object_is_none_only_under_contract(basis, rights, value):
    got = ask(f"""We train our speech recognition models on your recordings. {basis}

## Your rights

{rights}
""")
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("yes", value)


# ---------------------------------------------------------------- retention not kept, per category, by criteria

@pytest.mark.parametrize("text, locale", [
    ("We do not store your prompts or the answers.", "en"),
    ("Vos données ne sont ni stockées ni revendues.", "fr"),
    ("Wir speichern Ihre Daten nie.", "de"),
    ("No almacenamos tus datos personales.", "es"),
])
def test_data_never_kept_alone_is_no_retention(text, locale):
    # Convention 7 (round 18): texts that speak only of data the platform does not keep state no retention.
    assert ask(text, locale)["retention"].value == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("Nachdem wir Ihre Anfrage beantwortet haben, werden die Daten gelöscht.\n\nWir speichern Ihre Daten nie.", "de"),
    ("We do not store your prompts: they are deleted once the answer is sent.", "en"),
])
def test_data_deleted_once_used_is_a_retention(text, locale):
    assert ask(text, locale)["retention"].value == "stated"


@pytest.mark.parametrize("text, locale", [
    ("## How long we keep data\n\n| Data | Period |\n|---|---|\n| Messages | 2 years |\n", "en"),
    ("## Combien de temps conservons-nous vos données ?\n\n| Données | Durée |\n|---|---|\n| Compte | Tant que votre compte est actif |\n", "fr"),
    ("| Daten | Speicherdauer |\n|---|---|\n| Nachrichten | Bis zur Löschung Ihres Kontos |\n", "de"),
    ("## ¿Cuánto tiempo conservamos tus datos?\n\n| Datos | Plazo |\n|---|---|\n| Mensajes | Mientras tu cuenta esté activa |\n", "es"),
])
def test_retention_per_category_in_a_table(text, locale):
    assert ask(text, locale)["retention"].value == "stated"


def test_data_owned_or_retained_as_rights_is_not_a_retention():
    assert ask("All rights in the service data are retained solely by us.")["retention"].value == "not-stated"


@pytest.mark.parametrize("text, locale", [
    ("We process your content for this purpose under our Customer Agreement.", "en"),
    ("Nous traitons ces données à cette fin en vertu de nos conditions générales.", "fr"),
    ("Wir verarbeiten diese Daten zu diesem Zweck gemäß unseren Nutzungsbedingungen.", "de"),
    ("Tratamos estos datos con esta finalidad en virtud de nuestros Términos.", "es"),
])
def test_the_terms_named_as_the_ground_are_the_contract(text, locale):
    training = {"en": "We use your content to train our AI models.",
                "fr": "Nous utilisons vos contenus pour entraîner nos modèles d'IA.",
                "de": "Wir verwenden Ihre Inhalte, um unsere KI-Modelle zu trainieren.",
                "es": "Usamos tu contenido para entrenar nuestros modelos de IA."}[locale]
    assert ask(f"{training}\n\n{text}\n", locale, kind="ai-notice")["legal-basis"].value == "contract"


# ---------------------------------------------------------------- rights by reference and in participles

@pytest.mark.parametrize("text, locale", [
    ("To exercise your rights under Articles 15 to 21 GDPR, write to us.", "en"),
    ("Pour exercer les droits prévus aux articles 15 à 21 du RGPD, écrivez-nous.", "fr"),
    ("Wenn Sie Ihre Rechte nach Art. 15-21 DSGVO geltend machen wollen, schreiben Sie uns.", "de"),
    ("Para ejercer los derechos de los artículos 15 a 21 del RGPD, escríbenos.", "es"),
])
def test_rights_given_by_reference_to_gdpr_articles(text, locale):
    assert set(ask(text, locale)["rights"].value) == {"access", "correction", "deletion", "restriction", "portability", "objection"}


def test_an_article_of_a_legal_basis_is_not_a_right():
    assert ask("We rely on Art. 6(1)(f) GDPR for this processing.")["rights"].value == ()


@pytest.mark.parametrize("text, locale, right", [
    ("You have the right to have your data corrected or erased.", "en", {"correction", "deletion"}),
    ("## Vos droits\n\nVous pouvez retirer à tout moment votre consentement.", "fr", {"withdraw-consent"}),
])
def test_rights_said_as_participles_and_with_a_time(text, locale, right):
    assert set(ask(text, locale)["rights"].value) == right


# ---------------------------------------------------------------- more wording of the same families

@pytest.mark.parametrize("text, locale", [
    ("## Ihre Rechte\n\nSie haben die Rechte aus Art. 15 ff. DSGVO.", "de"),
    ("## Vos droits\n\nVous disposez des droits prévus aux articles 15 et suivants du RGPD.", "fr"),
])
def test_rights_by_reference_to_an_article_and_those_following(text, locale):
    assert set(ask(text, locale)["rights"].value) == {"access", "correction", "deletion", "restriction", "portability", "objection"}


@pytest.mark.parametrize("text, locale", [
    ("Wir speichern Ihre Eingaben nicht.", "de"),
    ("Nous ne conservons pas vos requêtes.", "fr"),
    ("Tus conversaciones no se almacenan en nuestros servidores.", "es"),
])
def test_the_members_data_not_kept(text, locale):
    # Convention 7 (round 18): only data the platform does not keep is no retention.
    assert ask(text, locale, kind="ai-notice")["retention"].value == "not-stated"


@pytest.mark.parametrize("text", ["We do not sell your data.", "Wir verkaufen Ihre Daten nicht."])
def test_not_selling_is_not_a_retention(text):
    assert ask(text, "de" if "Wir" in text else "en")["retention"].value == "not-stated"


def test_the_terms_give_the_contract_only_when_no_basis_proper_is_given():
    notice = Document("notice", "ai-notice", "fr", 1, "Nous utilisons vos contenus pour entraîner nos modèles d'IA, "
                      "conformément à nos conditions d'utilisation.", "2025-10-01T06:00:00Z")
    policy = Document("policy", "privacy-policy", "fr", 1, "Nous traitons vos contenus sur la base de nos intérêts "
                      "légitimes, y compris pour entraîner nos modèles d'IA.", "2025-10-01T06:00:00Z")
    assert answer([notice], TODAY)["legal-basis"].value == "contract"
    assert answer([notice, policy], TODAY)["legal-basis"].value == "legitimate-interests"


def test_a_basis_said_of_the_training_in_the_next_sentence():
    got = ask("Wir trainieren unsere KI-Modelle mit Ihren Inhalten. Dies erfolgt auf Grundlage unserer Nutzungsbedingungen.",
              "de", kind="ai-notice")
    assert got["legal-basis"].value == "contract"


@pytest.mark.parametrize("text, locale", [
    ("Wenn Sie nicht möchten, dass wir Ihre Daten zum KI-Training verwenden, setzen Sie den Schalter auf „Aus“.", "de"),
    ("Si no quieres que usemos tus datos para entrenar la IA, pon el interruptor en «No».", "es"),
    ("Si vous ne souhaitez pas que vos données servent à entraîner l'IA, placez le bouton sur « Non ».", "fr"),
])
def test_a_switch_set_to_no(text, locale):
    assert ask(text, locale, kind="opt-out")["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("line, day", [("Última actualización: 08-09-2025", "2025-09-08"), ("Mis à jour : 03-02-2025", "2025-02-03")])
def test_a_numeric_date_with_dashes(line, day):
    assert ask(f"# Política\n\n{line}\n", "es" if "Última" in line else "fr")["effective"].value == day


@pytest.mark.parametrize("text, locale", [
    ("Many AI companies train their models on content scraped from the web. We do not use your content to train AI.", "en"),
    ("Les grands modèles de langage sont généralement entraînés sur d'immenses volumes de textes. Nous n'utilisons pas vos contenus pour entraîner l'IA.", "fr"),
    ("Viele KI-Unternehmen trainieren ihre Modelle mit Inhalten aus dem Web. Wir verwenden Ihre Inhalte nicht für das KI-Training.", "de"),
    ("Los grandes modelos de lenguaje suelen entrenarse con enormes cantidades de texto. No usamos tu contenido para entrenar la IA.", "es"),
])
def test_how_ai_is_trained_in_general_is_not_the_platforms_training(text, locale):
    assert ask(text, locale, kind="ai-notice")["ai-training"].value == "no"


def test_partners_training_on_what_the_platform_shares_is_training():
    assert ask("We share your public posts with partners who use them to train their AI models.",
               kind="ai-notice")["ai-training"].value == "yes"


def test_information_from_elsewhere_is_not_members_data():
    assert ask("We use information from licensed datasets and partners to train our AI models.")["ai-training"].value == "unclear"
    assert ask("We use information to train our AI models.")["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We do not use your data to train AI models. Our providers are contractually prohibited from using your data to train their models.", "en"),
    ("No utilizamos tus datos para entrenar modelos de IA. Nuestros proveedores tampoco pueden usarlos para entrenar sus modelos.", "es"),
])
def test_providers_bound_not_to_train_are_not_training(text, locale):
    assert ask(text, locale, kind="ai-notice")["ai-training"].value == "no"


def test_only_if_you_agree_in_french_is_opt_in():
    got = ask("Nous n'utiliserons vos conversations pour entraîner nos modèles que si vous l'acceptez expressément.", "fr", kind="ai-notice")
    assert (got["ai-training"].value, got["ai-training"].details["default"]) == ("yes", "no")


def test_german_dative_plural_is_members_data():
    got = ask("Rechtsgrundlage für das Training unserer KI-Modelle mit Ihren Beiträgen ist unser berechtigtes Interesse.", "de")
    assert (got["ai-training"].value, got["legal-basis"].value) == ("yes", "legitimate-interests")


def test_retention_by_criteria_in_a_retention_section():
    got = ask("## Data retention\n\nWe determine how long we keep data based on the following criteria: the purpose and the law.")
    assert got["retention"].value == "stated"


@pytest.mark.parametrize("text, locale", [
    ("Nous utilisons vos messages publics pour entraîner nos modèles d'IA. Il n'est pas possible de s'opposer à cette utilisation.", "fr"),
    ("Wir verwenden Ihre öffentlichen Beiträge zum Training unserer KI-Modelle. Ein Widerspruch ist nicht möglich.", "de"),
    ("Usamos tus publicaciones públicas para entrenar nuestros modelos de IA. No es posible oponerse a este uso.", "es"),
])
def test_no_way_to_object_said_in_french_german_spanish(text, locale):
    assert ask(text, locale, kind="ai-notice")["ai-opt-out"].value == "none"


@pytest.mark.parametrize("text, locale, value", [
    ("We do not sell your personal data to third parties for AI training.", "en", "unclear"),
    ("We do not sell or use your data to train AI models.", "en", "no"),
    ("Nous ne vendons pas vos données à des tiers pour entraîner l'IA.", "fr", "unclear"),
    ("Wir verkaufen Ihre Daten nicht und verwenden sie nicht zum Training von KI-Modellen.", "de", "no"),
    ("No vendemos ni usamos tus datos para entrenar modelos de IA.", "es", "no"),
])
def test_a_denial_of_selling_is_not_a_denial_of_training(text, locale, value):
    assert ask(text, locale)["ai-training"].value == value


def test_a_future_option_said_with_a_modal_is_hypothetical():
    got = ask("In the future we may offer an option to contribute your chats to model training; we would only do so with your consent.",
              kind="ai-notice")
    assert got["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("## Retention\n\n- Chats: 30 days\n- Account data: until you delete your account", "en"),
    ("## Conservation\n\n- Conversations : 30 jours\n- Données de compte : jusqu'à la suppression de votre compte", "fr"),
])
def test_retention_per_category_in_a_list(text, locale):
    assert ask(text, locale)["retention"].value == "stated"


def test_rights_by_articles_named_after_the_law():
    got = ask("You can exercise your rights under the GDPR (Articles 15 to 22) by writing to us.")
    assert set(got["rights"].value) == {"access", "correction", "deletion", "restriction", "portability", "objection"}


def test_data_about_how_you_use_the_app_is_members_data():
    assert ask("We use de-identified data about how you use the app to train our recommendation models.")["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We use your content to train our AI models. This processing is based on your consent, which you can withdraw at any time in your settings.", "en"),
    ("Nous utilisons vos contenus pour entraîner nos modèles d'IA sur la base de votre consentement, que vous pouvez retirer à tout moment dans vos paramètres.", "fr"),
    ("Usamos tu contenido para entrenar nuestros modelos de IA con tu consentimiento, que puedes retirar en cualquier momento desde la configuración.", "es"),
])
def test_consent_named_before_its_withdrawal(text, locale):
    got = ask(text, locale)
    assert (got["legal-basis"].value, got["ai-opt-out"].value) == ("consent", "setting")


def test_a_basis_labelled_in_the_training_paragraph():
    got = ask("Nous utilisons vos contenus publics pour entraîner nos modèles d'IA. Base légale : intérêt légitime.", "fr")
    assert got["legal-basis"].value == "legitimate-interests"


def test_german_terms_taking_effect_on_a_date_to_come():
    got = ask("# Bedingungen\n\nGültig ab: 1. Januar 2025\n\nDie neuen Bedingungen treten am 15. Juni 2025 in Kraft.", "de",
              kind="terms", today=date(2025, 5, 1))
    assert (got["effective"].value, got["effective"].details["upcoming"]) == ("2025-01-01", "2025-06-15")


@pytest.mark.parametrize("text, locale", [
    ("We already use your public posts to train our AI models. From 1 December 2025, we will also use your messages.", "en"),
    ("Wir verwenden bereits Ihre öffentlichen Beiträge zum Training unserer KI-Modelle. Ab dem 1. Dezember 2025 verwenden wir auch Ihre Nachrichten.", "de"),
])
def test_a_use_going_on_already_beside_an_announced_start_is_today(text, locale):
    assert ask(text, locale, kind="ai-notice")["ai-training"].value == "yes"


def test_french_start_announced_without_a_date():
    got = ask("Nous allons bientôt commencer à utiliser vos publications publiques pour entraîner nos modèles d'IA.", "fr", kind="ai-notice")
    assert got["ai-training"].value == "no"


def test_training_granted_by_the_terms_is_on_by_default():
    got = ask("You explicitly agree that your content may be used to train artificial intelligence models.", kind="terms")
    assert got["ai-training"].details["default"] == "yes"


@pytest.mark.parametrize("text, locale", [
    ("La configuración se aplica únicamente a la cuenta con la que has iniciado sesión.", "es"),
    ("Le paramètre s'applique uniquement au compte connecté : désactivez-le sur chacun de vos comptes.", "fr"),
    ("Die Einstellung gilt nur für das aktuelle Konto.", "de"),
])
def test_a_setting_for_one_account_only(text, locale):
    training = {"es": "Usamos tus chats para entrenar nuestros modelos de IA. Puedes desactivarlo en Ajustes.",
                "fr": "Nous utilisons vos conversations pour entraîner nos modèles d'IA. Vous pouvez le désactiver dans les paramètres.",
                "de": "Wir verwenden Ihre Chats zum Training unserer KI-Modelle. Sie können dies in den Einstellungen deaktivieren."}[locale]
    got = ask(f"# IA\n\n{training}\n\n{text}\n", locale, kind="opt-out")
    assert got["ai-opt-out"].details["linked-accounts"] == "no"


@pytest.mark.parametrize("text, locale, kind, value", [
    ("Ihre Unterhaltungen mit dem Assistenten können zur Verbesserung unserer Modelle verwendet werden.", "de", "ai-notice", "yes"),
    ("Your conversations with the assistant may be used to improve our models.", "en", "ai-notice", "yes"),
    ("Your feedback helps us improve our models of pricing.", "en", "privacy-policy", "unclear"),
])
def test_our_models_on_an_ai_page_are_ai_models(text, locale, kind, value):
    assert ask(text, locale, kind=kind)["ai-training"].value == value


def test_spanish_retention_and_restriction_forms():
    assert ask("Los datos de entrenamiento se conservan 18 meses.", "es", kind="ai-notice")["retention"].value == "stated"
    assert "restriction" in ask("## Tus derechos\n\nPuedes oponerte al tratamiento o limitarlo.", "es")["rights"].value


def test_a_policy_mentioning_a_change_to_come_still_states_its_current_uses():
    got = ask("""# Privacy Policy

## How we use information

We use your public posts to train our AI models.

## Changes

From 1 December 2025, we will also use your messages to train our AI models.
""", kind="privacy-policy")
    assert got["ai-training"].value == "yes"


def test_other_companies_training_the_platforms_models_is_training():
    assert ask("We work with other companies to train our AI models using your data.", kind="ai-notice")["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We do not share your data with partners, and we do not use it to train AI models.", "en"),
    ("Nous ne partageons pas vos données avec nos partenaires et ne les utilisons pas pour entraîner des modèles d'IA.", "fr"),
])
def test_a_denial_of_sharing_and_of_training_is_no(text, locale):
    assert ask(text, locale, kind="ai-notice")["ai-training"].value == "no"


@pytest.fixture(scope="module")
def report() -> dict:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "stance.py"), "--json",
                             "--file", str(ROOT / "tests" / "eval" / "stance.toml")],
                            capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout)


@pytest.mark.parametrize("question", QUESTIONS)
def test_accuracy_floor_on_the_corpus_cases(report, question):
    assert report["cases"] >= 15, report["skipped"]
    misses = [m for m in report["misses"] if m["question"] == question]
    assert report["accuracy"][question] >= FLOOR, misses


@pytest.mark.parametrize("text, locale", [
    ("## Support\n\nOur assistant answers your questions. We also use these chats to train our AI models.", "en"),
    ("## Avis\n\nVous pouvez noter les produits. Nous utilisons ces avis pour entraîner nos modèles d'intelligence artificielle.", "fr"),
    ("## Hilfe\n\nUnser Assistent beantwortet Ihre Fragen. Wir verwenden diese Chats, um unsere KI-Modelle zu trainieren.", "de"),
    ("## Ayuda\n\nNuestro asistente responde a tus preguntas. Utilizamos estas conversaciones para entrenar nuestros modelos de IA.", "es"),
])
def test_the_platform_using_what_it_holds_to_train_is_training_on_members_data(text, locale):
    # The data is named a sentence earlier; "we use them to train" is the platform's own use.
    assert ask(text, locale)["ai-training"].value == "yes"


def test_the_platform_using_data_from_elsewhere_to_train_is_still_not_members_data():
    text = "## AI\n\nWe use licensed datasets and publicly available information to train our AI models."
    assert ask(text)["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale, basis", [
    ("We use your search queries to train our ranking models. We do so on the basis of our legitimate interest in improving search.", "en", "legitimate-interests"),
    ("Nous utilisons vos requêtes pour entraîner nos modèles d'IA. Cela répond à notre intérêt légitime d'améliorer la recherche.", "fr", "legitimate-interests"),
    ("Wir nutzen Ihre Chats zum Training unserer KI-Modelle (Art. 6 Abs. 1 f DSGVO).", "de", "legitimate-interests"),
    ("Utilizamos tus conversaciones para entrenar nuestros modelos de IA. Contamos con tu consentimiento.", "es", "consent"),
])
def test_a_basis_named_in_the_training_paragraph_is_its_basis(text, locale, basis):
    assert ask("## AI\n\n" + text, locale)["legal-basis"].value == basis


def test_systems_named_by_what_they_do_are_ai():
    text = "## Voice\n\nWe use your voice requests to train our speech recognition and natural language understanding systems."
    assert ask(text)["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale, route", [
    ("We use your chats to train our AI models with your consent. You can withdraw this consent at any time by writing to privacy@example.com.", "en", "email"),
    ("Wir verwenden Ihre Chats mit Ihrer Einwilligung, um unsere KI-Modelle zu trainieren. Sie können diese Einwilligung jederzeit per E-Mail an privacy@example.com widerrufen.", "de", "email"),
    ("Avec votre consentement, nous utilisons vos mesures pour entraîner nos modèles d'IA. Vous pouvez retirer ce consentement à tout moment en désactivant l'option.", "fr", "setting"),
    ("Con tu consentimiento, utilizamos tus grabaciones para entrenar nuestros modelos de IA. Puedes retirar este consentimiento desactivando la opción.", "es", "setting"),
])
def test_withdrawing_the_consent_the_training_rests_on_is_the_route(text, locale, route):
    assert ask("## AI\n\n" + text, locale)["ai-opt-out"].value == route


def test_a_setting_said_by_switching_it_off_beside_a_form_is_the_setting():
    text = ("## IA\n\nNous utilisons vos avis pour entraîner nos modèles d'IA, sur le fondement de notre intérêt légitime. "
            "Vous pouvez vous y opposer dans Mon compte, en désactivant l'option, ou en remplissant le formulaire "
            "[Exercer mes droits](https://example.com/forms/rights).")
    assert ask(text, "fr")["ai-opt-out"].value == "setting"


def test_a_rights_lead_in_followed_by_lettered_lines_is_a_list():
    text = ("## Welche Rechte habe ich?\n\nSie haben das Recht,\n\na) Auskunft zu verlangen;\n\n"
            "b) eine erteilte Einwilligung jederzeit zu widerrufen;\n\n"
            "c) einer Verarbeitung aus Gründen Ihrer besonderen Situation zu widersprechen.\n")
    got = ask(text, "de")["rights"].value
    assert {"access", "withdraw-consent", "objection"} <= set(got)


@pytest.mark.parametrize("text, locale, right", [
    ("You can review and delete your voice recordings in the app.", "en", "access"),
    ("Sie können Auskunft über Ihre Daten verlangen sowie deren Berichtigung, Löschung oder Übertragung.", "de", "portability"),
    ("Sie können Ihre Einwilligung jederzeit per E-Mail an privacy@example.com widerrufen.", "de", "withdraw-consent"),
    ("You can withdraw your consent at any time by writing to privacy@example.com.", "en", "withdraw-consent"),
])
def test_rights_said_as_what_the_member_can_do(text, locale, right):
    assert right in ask("## Your rights\n\n" + text, locale)["rights"].value


@pytest.mark.parametrize("text, locale", [
    ("We neither train AI models on customer data nor allow our partners to do so.", "en"),
    ("Wir trainieren weder KI-Modelle mit Ihren Daten noch erlauben wir dies unseren Partnern.", "de"),
])
def test_neither_nor_is_a_denial(text, locale):
    assert ask("## AI\n\n" + text, locale, kind="ai-notice")["ai-training"].value == "no"


@pytest.mark.parametrize("text, locale", [
    ("To object to the processing of content crawled by our web crawler to train our models, use this form.", "en"),
    ("Pour vous opposer au traitement des informations explorées par notre robot pour entraîner les modèles, utilisez ce formulaire.", "fr"),
    ("Um der Verarbeitung von durch unseren Crawler gesammelten Inhalten zum Training der KI-Modelle zu widersprechen, nutzen Sie dieses Formular.", "de"),
    ("Para oponerte al tratamiento de la información rastreada por nuestro robot para entrenar los modelos de IA, usa este formulario.", "es"),
])
def test_web_content_a_crawler_gathers_is_not_members_data(text, locale):
    assert ask("## AI\n\n" + text, locale, kind="ai-notice")["ai-training"].value != "yes"


@pytest.mark.parametrize("text, locale", [
    ("We use your posts to train our AI models. To prevent us from using your posts, turn off AI training in your settings.", "en"),
    ("Nous utilisons vos publications pour entraîner nos modèles d'IA. Pour nous empêcher d'utiliser vos publications, ouvrez vos paramètres.", "fr"),
    ("Wir verwenden Ihre Beiträge, um unsere KI-Modelle zu trainieren. Um die Nutzung zu blockieren, öffnen Sie Ihre Einstellungen.", "de"),
    ("Utilizamos tus publicaciones para entrenar nuestros modelos de IA. Para bloquear este uso, abre la configuración.", "es"),
])
def test_blocking_or_preventing_the_use_is_a_refusal(text, locale):
    assert ask("## AI\n\n" + text, locale)["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("Your message history is stored on your own devices.", "en"),
    ("Votre historique est stocké uniquement sur votre appareil.", "fr"),
    ("Ihr Nachrichtenverlauf wird nur auf Ihrem Gerät gespeichert.", "de"),
    ("Tu historial se almacena solo en tu dispositivo.", "es"),
])
def test_data_kept_only_on_the_members_device_is_no_retention(text, locale):
    # Convention 7 (tests/eval/README.md): data the platform does not keep states no retention.
    assert ask("## Messages\n\n" + text, locale)["retention"].value == "not-stated"


def test_processing_on_the_device_is_not_a_retention():
    assert ask("## AI\n\nWe don't analyze content processed or stored locally on your device.")["retention"].value == "not-stated"


@pytest.mark.parametrize("text, locale, day", [
    ("Last modified: 3 March 2025", "en", "2025-03-03"),
    ("Dernière modification : 3 mars 2025", "fr", "2025-03-03"),
    ("Letzte Änderung: 03.03.2025", "de", "2025-03-03"),
    ("Última modificación: marzo de 2025 (03/03/2025)", "es", "2025-03-03"),
])
def test_last_modified_dates_the_terms(text, locale, day):
    assert ask(f"# Policy\n\n{text}\n\n## Scope\n\nThis policy applies to our services.", locale)["effective"].value == day


@pytest.mark.parametrize("text, locale", [
    ("We use your reviews to train our AI models, on the basis of our legitimate interest, unless you object.", "en"),
    ("Nous utilisons vos avis pour entraîner nos modèles d'IA, sur le fondement de notre intérêt légitime, sauf si vous vous y opposez.", "fr"),
    ("Utilizamos tus reseñas para entrenar nuestros modelos de IA, sobre la base de nuestro interés legítimo, salvo que te opongas.", "es"),
])
def test_a_basis_given_before_the_refusal_it_allows_is_the_basis(text, locale):
    assert ask("## AI\n\n" + text, locale)["legal-basis"].value == "legitimate-interests"


def test_objecting_to_processing_on_a_basis_does_not_give_the_basis():
    from watchers.meaning.stance.basis import states_basis
    from watchers.meaning.stance.words import Words
    assert not states_basis("You can object to processing based on legitimate interests.", Words("en", None))
    assert not states_basis("Vous pouvez vous opposer au traitement fondé sur notre intérêt légitime.", Words("fr", None))


@pytest.mark.parametrize("text, locale", [
    ("Conversations with our assistant are used to improve and train our language models.", "en"),
    ("Vos avis sont utilisés pour entraîner nos modèles d'intelligence artificielle.", "fr"),
    ("Vos enregistrements vocaux peuvent être utilisés pour améliorer nos modèles de reconnaissance vocale.", "fr"),
    ("Ihre Bewertungen werden zum Training unserer KI-Modelle verwendet.", "de"),
    ("Las conversaciones con nuestro asistente se usan para entrenar nuestros modelos de IA.", "es"),
    ("Podemos usar las transcripciones de chat para entrenar nuestros modelos de aprendizaje automático.", "es"),
])
def test_data_said_used_in_the_passive_for_the_platforms_own_models_is_training(text, locale):
    assert ask("## AI\n\n" + text, locale)["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("Your data is used to provide our services and to improve our website.", "en"),
    ("Nous utilisons des données publiquement disponibles pour entraîner nos modèles d'IA.", "fr"),
    ("Ihre Daten werden zur Bereitstellung unserer Dienste verwendet.", "de"),
    ("Utilizamos datos disponibles públicamente para entrenar nuestros modelos de IA.", "es"),
])
def test_own_use_without_training_or_on_public_data_is_not_training_on_members(text, locale):
    assert ask("## AI\n\n" + text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("We use chat transcripts to train our AI models.", "en"),
    ("Nous utilisons l'historique des conversations avec notre assistant pour entraîner nos modèles d'IA.", "fr"),
    ("Wir nutzen die Chatverläufe, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos las conversaciones que mantienes con nuestro asistente para entrenar nuestros modelos de IA.", "es"),
])
def test_conversations_with_an_assistant_are_ai_interactions(text, locale):
    got = ask("## AI\n\n" + text, locale)["ai-training"]
    assert got.value == "yes" and "ai-interactions" in got.details["data"]


@pytest.mark.parametrize("text, locale, value", [
    ("We do not sell your data, but we use your posts to train our AI models.", "en", "yes"),
    ("We don't share your data with third parties, and we don't use it to train AI models.", "en", "no"),
    ("Nous ne vendons pas vos données, mais nous utilisons vos publications pour entraîner nos modèles d'IA.", "fr", "yes"),
    ("Wir verkaufen Ihre Daten nicht, aber wir verwenden Ihre Beiträge, um unsere KI-Modelle zu trainieren.", "de", "yes"),
    ("No vendemos tus datos, pero utilizamos tus publicaciones para entrenar nuestros modelos de IA.", "es", "yes"),
])
def test_the_negation_that_counts_is_the_training_clauses(text, locale, value):
    assert ask("## AI\n\n" + text, locale)["ai-training"].value == value


@pytest.mark.parametrize("text, locale, value", [
    # ", y compris" is French for "including", not the Spanish "y" that joins two clauses.
    ("Nous n'utilisons pas les données personnelles de nos lecteurs, y compris leurs commentaires, pour entraîner des modèles d'IA, et nous ne les vendons pas.", "fr", "no"),
    ("No utilizamos tus datos personales para entrenar modelos de IA, y no los vendemos.", "es", "no"),
    ("We do not sell your data, and we use your posts to train our AI models.", "en", "yes"),
])
def test_clauses_are_cut_at_the_pages_own_conjunctions(text, locale, value):
    assert ask("## AI\n\n" + text, locale)["ai-training"].value == value


@pytest.mark.parametrize("text, locale", [
    ("We use your chats to train our AI models, unless you refuse in your preferences.", "en"),
    ("Vos conversations peuvent être utilisées pour entraîner nos modèles d'IA, sauf si vous le refusez dans vos préférences.", "fr"),
    ("Wir verwenden deine Chats, um unsere KI-Modelle zu trainieren, es sei denn, du lehnst dies in den Einstellungen ab.", "de"),
    ("Utilizamos tus conversaciones para entrenar nuestros modelos de IA, salvo que lo rechaces en tus preferencias.", "es"),
])
def test_declining_is_a_refusal_and_the_use_before_it_is_the_evidence(text, locale):
    got = ask("## AI\n\n" + text, locale)
    assert (got["ai-training"].value, got["ai-training"].details["default"], got["ai-opt-out"].value) == ("yes", "yes", "setting")
    assert got["ai-training"].evidence.text == text


@pytest.mark.parametrize("text, locale", [
    ("We use your chats to train our AI models. To refuse: Account > Privacy > AI improvement.", "en"),
    ("Nous utilisons vos conversations pour entraîner nos modèles d'IA. Pour refuser : Mon espace > Confidentialité > Amélioration de l'assistant.", "fr"),
    ("Wir verwenden deine Chats, um unsere KI-Modelle zu trainieren. Du kannst widersprechen unter Profil > Datenschutz > KI-Assistent.", "de"),
    ("Utilizamos tus conversaciones para entrenar nuestros modelos de IA. Puedes oponerte desde Mi cuenta > Centro de Privacidad > Uso de datos para IA.", "es"),
])
def test_a_menu_path_of_three_steps_is_a_setting_whatever_its_first_step(text, locale):
    assert ask("## AI\n\n" + text, locale)["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("text, locale", [
    ("With your consent, we use your chats to train our AI models. You can withdraw it at any time in Settings.", "en"),
    ("Avec votre consentement, nous utilisons vos conversations pour entraîner nos modèles d'IA. Vous pouvez le retirer à tout moment dans les paramètres.", "fr"),
    ("Mit deiner Einwilligung verwenden wir deine Chats, um unsere KI-Modelle zu trainieren. Du kannst sie jederzeit in den Einstellungen widerrufen.", "de"),
    ("Con tu consentimiento, utilizamos tus conversaciones para entrenar nuestros modelos de IA. Puedes retirarlo en cualquier momento en la configuración.", "es"),
])
def test_withdrawing_the_consent_named_a_sentence_earlier_is_the_route(text, locale):
    got = ask("## AI\n\n" + text, locale)
    assert (got["ai-opt-out"].value, got["ai-training"].details["default"]) == ("setting", "no")


@pytest.mark.parametrize("text, locale", [
    ("We use your chats to train our AI models. There is currently no setting to stop your chats from being used.", "en"),
    ("Nous utilisons vos conversations pour entraîner nos modèles d'IA. Il n'existe actuellement aucun paramètre pour l'empêcher.", "fr"),
    ("Wir verwenden deine Chats, um unsere KI-Modelle zu trainieren. Es gibt derzeit keine Einstellung, um dies zu verhindern.", "de"),
    ("Utilizamos tus conversaciones para entrenar nuestros modelos de IA. No existe actualmente ninguna opción para evitarlo.", "es"),
])
def test_no_setting_for_now_is_no_way_out(text, locale):
    assert ask("## AI\n\n" + text, locale)["ai-opt-out"].value == "none"


# ---------------------------------------------------------------- evidence: the sentence that proves the answer

def test_a_yes_is_proved_by_the_use_not_by_what_switching_off_stops():
    page = "# AI data\n\n## What changes when you switch it off\n\nFrom then on, we stop using your posts to train generative AI models.\n"
    policy = "# Privacy\n\n## How we use data\n\nWe use your profile and the posts you share to train our generative AI models.\n"
    got = answer([Document("help", "ai-notice", "en", 2, page, "2025-10-01T06:00:00Z"),
                  Document("policy", "privacy-policy", "en", 5, policy, "2025-10-01T06:00:00Z")], TODAY)["ai-training"]
    assert got.value == "yes"
    assert (got.evidence.watch, got.evidence.version) == ("policy", 5)
    assert got.evidence.text == "We use your profile and the posts you share to train our generative AI models."


def test_a_sentence_naming_the_data_proves_more_than_a_purposes_bare_name():
    text = """# Privacy

## How we use information

We use your reviews and photos to train our machine learning models.

## Legal bases

| Purpose | Legal basis |
|---|---|
| Developing and training AI models | Legitimate interests |
"""
    got = ask(text)
    assert got["ai-training"].evidence.text == "We use your reviews and photos to train our machine learning models."
    # A table cell is quoted with its row: "Legitimate interests" alone names no purpose.
    assert got["legal-basis"].evidence.text == "| Developing and training AI models | Legitimate interests |"


@pytest.mark.parametrize("text, locale, evidence", [
    ("## Durées de conservation\n\nVos conversations sont conservées 12 mois.", "fr", "Vos conversations sont conservées 12 mois."),
    ("## ¿Cuánto tiempo conservamos tus datos?\n\nMientras mantengas tu suscripción y, tras la baja, durante un máximo de cinco años.", "es",
     "Mientras mantengas tu suscripción y, tras la baja, durante un máximo de cinco años."),
    ("## Speicherdauer\n\nChatverläufe löschen wir nach 90 Tagen.", "de", "Chatverläufe löschen wir nach 90 Tagen."),
])
def test_retention_is_proved_by_a_sentence_not_by_its_heading(text, locale, evidence):
    got = ask(text, locale)["retention"]
    assert (got.value, got.evidence.text) == ("stated", evidence)


def test_an_announced_date_is_proved_by_the_line_that_announces_it():
    got = ask("We're updating our terms on November 3, 2025.\n\n# Privacy Policy\n\nEffective on November 20, 2024\n")["effective"]
    assert (got.value, got.details["upcoming"]) == ("2024-11-20", "2025-11-03")
    assert got.evidence.text == "We're updating our terms on November 3, 2025."


@pytest.mark.parametrize("text, locale, evidence", [
    ("## KI\n\nWenn du einwilligst, verwenden wir deine Chats, um unsere KI-Modelle zu trainieren. Ohne deine Einwilligung werden deine Chats nicht dafür verwendet.\n\n"
     "Rechtsgrundlage ist deine Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.", "de", "Rechtsgrundlage ist deine Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO."),
    ("## IA\n\nSi vous activez l'option, vos mesures sont utilisées pour entraîner nos algorithmes. Cette option est désactivée par défaut et repose sur votre consentement explicite.",
     "fr", "Cette option est désactivée par défaut et repose sur votre consentement explicite."),
])
def test_the_basis_is_proved_by_the_sentence_that_names_it_as_such(text, locale, evidence):
    got = ask(text, locale)["legal-basis"]
    assert (got.value, got.evidence.text) == ("consent", evidence)


def test_a_rights_lead_in_above_its_list_is_the_evidence():
    text = "## Your rights\n\nYou can object to this processing by contacting us.\n\nYou have the right to:\n\n- access your data;\n- have your data deleted;\n- lodge a complaint.\n"
    assert ask(text)["rights"].evidence.text == "You have the right to:"


def test_not_yet_is_proved_by_the_announced_start():
    text = """# AI

We train our models on licensed stock images.

From 1 February 2027, we will also use the photos you post publicly to train our generative AI models.
"""
    got = ask(text, kind="ai-notice", today=date(2026, 12, 1))["ai-training"]
    assert got.value == "no"
    assert got.evidence.text.startswith("From 1 February 2027")


@pytest.mark.parametrize("text, locale", [
    ("## Your rights\n\nYou have the right to access and correct your data, and to receive a copy of it.", "en"),
    ("## Your rights\n\nYou can access and download your data in the app, and correct it.", "en"),
    ("## Vos droits\n\nVous pouvez accéder à vos informations, les rectifier et en obtenir une copie.", "fr"),
    ("## Deine Rechte\n\nDu kannst mit „Meine Daten herunterladen“ auf deine Daten zugreifen und deine Angaben berichtigen.", "de"),
    ("## Tus derechos\n\nPuedes acceder a tus datos, rectificarlos y descargar una copia desde la configuración.", "es"),
])
def test_a_copy_of_ones_data_is_access_and_portability(text, locale):
    # tests/eval/README.md, stance conventions (1).
    assert ask(text, locale)["rights"].value == ("access", "correction", "portability")


def test_viewing_ones_data_alone_is_access_only():
    assert ask("## Your rights\n\nYou can view and correct your data in your settings.")["rights"].value == ("access", "correction")


@pytest.mark.parametrize("text, locale, value", [
    ("# Privacy Policy\n\nPublication date: 20 January 2026\n\nWe collect data.", "en", "2026-01-20"),
    ("# Politique de confidentialité\n\n(Version 3.1, date 14/01/2025)\n\nNous collectons des données.", "fr", "2025-01-14"),
    ("# Datenschutzerklärung\n\n(Version 9.2, Datum 14.01.2025)\n\nWir verarbeiten Daten.", "de", "2025-01-14"),
    ("# Política de privacidad\n\nFecha de publicación: 20 de enero de 2026\n\nTratamos tus datos.", "es", "2026-01-20"),
])
def test_publication_and_version_dates_date_the_terms(text, locale, value):
    assert ask(text, locale, today=date(2026, 2, 1))["effective"].value == value


@pytest.mark.parametrize("text, locale", [
    ("We are updating our privacy policy on 2 February 2026. [Read it](https://example.com/new)\n\n# Privacy Policy\n\nEffective 15 September 2025", "en"),
    ("Nous mettons à jour notre politique de confidentialité le 2 février 2026.\n\n# Politique de confidentialité\n\nVersion en vigueur au 15 septembre 2025", "fr"),
    ("Wir aktualisieren unsere Datenschutzerklärung am 2. Februar 2026.\n\n# Datenschutzerklärung\n\nGültig ab 15. September 2025", "de"),
    ("Actualizaremos nuestra política de privacidad el 2 de febrero de 2026.\n\n# Política de privacidad\n\nFecha de entrada en vigor: 15 de septiembre de 2025", "es"),
])
def test_an_announced_update_is_the_upcoming_date_not_the_date_in_force(text, locale):
    got = ask(text, locale, today=date(2026, 1, 10))["effective"]
    assert (got.value, got.details["upcoming"]) == ("2025-09-15", "2026-02-02")


@pytest.mark.parametrize("text, locale", [
    ("We may license public stories and public comments to partners, including to develop and train artificial intelligence models.", "en"),
    ("Nous pouvons concéder les histoires publiques à des partenaires sous licence, notamment pour entraîner des modèles d'intelligence artificielle.", "fr"),
    ("Wir können öffentliche Geschichten an Partner lizenzieren, auch um KI-Modelle zu trainieren.", "de"),
    ("Podemos licenciar las historias públicas a socios, incluso para entrenar modelos de inteligencia artificial.", "es"),
])
def test_licensing_what_members_publish_to_partners_who_train_is_training(text, locale):
    assert ask("## Content licensing\n\n" + text, locale)["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("## Finalidades y bases legales\n\n- Gestionar tu cuenta (ejecución del contrato).\n"
     "- Entrenar modelos de inteligencia artificial con las fotos de los anuncios publicados (interés legítimo).", "es"),
    ("## How we use information\n\n- To provide the service (contract).\n"
     "- To train our AI models on listing photos (legitimate interests).", "en"),
])
def test_an_item_under_a_heading_of_uses_is_a_purpose_with_its_basis(text, locale):
    got = ask(text, locale)
    assert (got["ai-training"].value, got["legal-basis"].value) == ("yes", "legitimate-interests")


def test_a_purposes_table_row_that_names_the_training_gives_its_basis():
    text = """# Politique

## Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Gestion de votre compte | Exécution du contrat |
| Amélioration de nos algorithmes de recommandation d'offres | Intérêt légitime |

## Intelligence artificielle

Nous utilisons vos données de navigation pour entraîner les algorithmes qui vous recommandent des offres.
"""
    assert ask(text, "fr")["legal-basis"].value == "legitimate-interests"


@pytest.mark.parametrize("text, locale, route", [
    ("Vous pouvez vous y opposer en écrivant à notre DPO ou en remplissant le formulaire.\n\n"
     "[dpo@example.com](mailto:dpo@example.com) · [Formulaire](https://example.com/privacy/request)", "fr", "email"),
    ("You can object by filling in our form or by emailing our DPO.\n\n"
     "[Form](https://example.com/privacy/request) · [dpo@example.com](mailto:dpo@example.com)", "en", "form"),
])
def test_between_a_form_and_an_email_the_one_named_first(text, locale, route):
    training = {"fr": "Nous utilisons vos données de profil pour entraîner nos modèles d'IA.",
                "en": "We use your profile data to train our AI models."}[locale]
    got = ask(f"## AI\n\n{training}\n\n{text}\n", locale)["ai-opt-out"]
    assert got.value == route
    assert got.details["links"][0].startswith("mailto:" if route == "email" else "https://")


def test_a_setting_on_another_page_makes_the_training_on_by_default():
    policy = "# Privacy\n\n## Content licensing\n\nWe may license public stories to partners, including to train AI models.\n"
    page = "# Content licensing\n\n## How to opt out\n\nGo to Settings, then Privacy, and turn off Include my stories.\n\n[Privacy settings](https://example.com/settings/privacy)\n"
    got = answer([Document("policy", "privacy-policy", "en", 1, policy, "2025-10-01T06:00:00Z"),
                  Document("page", "opt-out", "en", 1, page, "2025-10-01T06:00:00Z")], TODAY)
    assert (got["ai-training"].details["default"], got["ai-opt-out"].value) == ("yes", "setting")


@pytest.mark.parametrize("text, locale, data", [
    ("We use your reviews, photos and ratings to train our AI models.", "en", ["photos-videos", "public-posts"]),
    ("We use your conversations with bots to improve Poe, including by training the models we build.", "en", ["ai-interactions"]),
    ("We also use manual review of content to train our algorithms.", "en", []),
    ("Wenn du bei der ersten Nutzung einwilligst, verwenden wir deine Eingaben und die Antworten des Assistenten, um die KI-Modelle zu trainieren.", "de", ["ai-interactions"]),
    ("Nous utilisons vos données de navigation pour entraîner nos algorithmes d'apprentissage automatique.", "fr", ["metadata"]),
    ("Utilizamos las fotos y los textos de tus anuncios para entrenar nuestros modelos de inteligencia artificial.", "es", ["photos-videos", "public-posts"]),
])
def test_the_data_a_training_sentence_names(text, locale, data):
    got = ask("## AI\n\n" + text, locale)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", data)


@pytest.mark.parametrize("text, locale, linked", [
    ("You can object with our form. Your objection applies to all our marketplaces where you use the same account.", "en", "yes"),
    ("Vous pouvez vous y opposer avec notre formulaire. Votre opposition ne s'applique qu'à votre compte Tinder.", "fr", "no"),
    ("Sie können per Formular widersprechen. Der Widerspruch gilt nur für das Kundenkonto, für das Sie ihn erklären.", "de", "no"),
    ("Puedes oponerte con el formulario. Tu oposición se aplicará a todos los portales en los que utilices la misma cuenta.", "es", "yes"),
])
def test_whether_one_refusal_covers_linked_accounts(text, locale, linked):
    training = {"en": "We use your listings to train our AI models.", "fr": "Nous utilisons vos photos pour entraîner nos modèles d'IA.",
                "de": "Wir nutzen Ihre Bewertungen, um KI-Modelle zu trainieren.", "es": "Utilizamos tus anuncios para entrenar nuestros modelos de IA."}[locale]
    got = ask(f"## AI\n\n{training}\n\n{text}\n\n[Form](https://example.com/privacy/request)\n", locale, kind="ai-notice")
    assert got["ai-opt-out"].details["linked-accounts"] == linked


@pytest.mark.parametrize("text, locale", [
    ("We train our image models on stock photos we license.", "en"),
    ("Nous entraînons nos modèles avec des images issues de banques d'images.", "fr"),
    ("Wir trainieren unsere Modelle mit Bildern aus Bilddatenbanken.", "de"),
    ("Entrenamos nuestros modelos con imágenes de bancos de imágenes cuya licencia hemos adquirido.", "es"),
])
def test_training_on_stock_images_is_not_training_on_members_data(text, locale):
    assert ask("## AI\n\n" + text, locale, kind="ai-notice")["ai-training"].value == "unclear"


def test_a_purpose_cell_whose_row_names_the_data_is_the_evidence():
    text = """# Privacy

## How we use your information

- To develop our products, for example by training the systems we use for ranking.

## Legal bases

| Information | Purpose | Legal basis |
|---|---|---|
| Public posts and profile information | Training generative AI models | Legitimate interests |
"""
    got = ask(text)["ai-training"]
    assert got.evidence.text == "| Public posts and profile information | Training generative AI models | Legitimate interests |"


def test_not_yet_is_proved_by_a_denial_of_the_data_the_notice_is_about():
    text = """# Your reviews and AI

From 2 February 2026, your published reviews may be used to train our AI models.

Today, we do not use your reviews to train AI models.

We do not use your private messages to train AI models.
"""
    got = ask(text, kind="ai-notice", today=date(2026, 1, 10))["ai-training"]
    assert (got.value, got.evidence.text) == ("no", "Today, we do not use your reviews to train AI models.")


@pytest.mark.parametrize("text, locale, data", [
    ("We use your prompts and feedback to train our AI models.", "en", ["ai-interactions"]),
    ("Nous utilisons vos Données d'Entrée et de Sortie pour entraîner nos modèles d'IA à usage général.", "fr", ["ai-interactions"]),
    ("Wir verwenden deine Chats mit dem Assistenten, um unsere Modelle zu trainieren.", "de", ["ai-interactions"]),
])
def test_what_members_say_to_an_ai_is_ai_interactions(text, locale, data):
    got = ask("## AI\n\n" + text, locale)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", data)


@pytest.mark.parametrize("text, locale, data", [
    # Records, recordings, submitted texts, health data and what members make are `other`.
    ("We use your order history and the recordings of your calls to our support line to train our AI models.", "en", ["other"]),
    ("Nous utilisons vos données de santé et les textes que vous soumettez au correcteur pour entraîner nos modèles d'IA.", "fr", ["other"]),
    ("Wir verwenden Ihre Bestellungen und Ihre Code-Ausschnitte, um unsere KI-Modelle zu trainieren.", "de", ["other"]),
    ("Utilizamos tu historial de compras y las encuestas que creas para entrenar nuestros modelos de IA.", "es", ["other"]),
    # What members look for and where they are is how they use the service: `metadata`.
    ("We use your searches and location data to train our recommendation models.", "en", ["metadata"]),
    ("Nous utilisons vos recherches et vos données de géolocalisation pour entraîner nos modèles d'IA.", "fr", ["metadata"]),
    ("Wir verwenden deine Suchanfragen und deinen Sehverlauf, um unsere KI-Modelle zu trainieren.", "de", ["metadata"]),
    ("Utilizamos tus búsquedas y tu historial de visualización para entrenar nuestros modelos de IA.", "es", ["metadata"]),
    # What members publish, live streams and public chat included.
    ("We use your live streams and public chat messages to train our moderation models.", "en", ["photos-videos", "public-posts"]),
    ("Nous utilisons les vidéos que vous publiez sur nos forums pour entraîner nos modèles d'IA.", "fr", ["photos-videos", "public-posts"]),
    ("Wir verwenden die Clips und öffentlichen Chatnachrichten aus deinen Livestreams, um KI-Modelle zu trainieren.", "de", ["photos-videos", "public-posts"]),
    ("Utilizamos las emisiones en directo y los mensajes públicos de tu canal para entrenar nuestros modelos de IA.", "es", ["photos-videos", "public-posts"]),
    # A profile to go to or to set is a place, not data.
    ("We use your public posts to train our AI models. To stop this, go to your profile and switch off AI training.", "en", ["public-posts"]),
    ("Nous utilisons vos publications pour entraîner nos modèles d'IA, sauf si vous le désactivez dans les paramètres de votre profil.", "fr", ["public-posts"]),
    ("Wir verwenden deine Beiträge, um unsere KI-Modelle zu trainieren, es sei denn, du deaktivierst das in den Einstellungen deines Profils.", "de", ["public-posts"]),
    ("Utilizamos tus publicaciones para entrenar nuestros modelos de IA, salvo que lo desactives en la configuración de tu perfil.", "es", ["public-posts"]),
    # What members say to the platform's own assistant, called by its name or a coach or tutor, is
    # `ai-interactions`: not messages between members, not public answers.
    ("# Nova, our AI assistant\n\nWe use your questions to Nova and Nova's answers to train our AI models.", "en", ["ai-interactions"]),
    ("We use your questions to our writing tutor to train our models.", "en", ["ai-interactions"]),
    ("Échangez avec Lumi, votre assistant virtuel.\n\nNous utilisons vos conversations avec Lumi pour entraîner nos modèles d'IA.", "fr", ["ai-interactions"]),
    ("Nous utilisons vos échanges avec le tuteur IA pour entraîner nos modèles.", "fr", ["ai-interactions"]),
    ("Stellen Sie Ihre Fragen unserem digitalen Assistenten Lotta.\n\nWir verwenden deine Chats mit Lotta, um unsere KI-Modelle zu trainieren.", "de", ["ai-interactions"]),
    ("Wir verwenden deine Fragen an unseren Coach, um unsere Modelle zu trainieren.", "de", ["ai-interactions"]),
    ("Habla con Tito, nuestro asistente virtual.\n\nUtilizamos tus conversaciones con Tito para entrenar nuestros modelos de IA.", "es", ["ai-interactions"]),
    ("Utilizamos tus conversaciones con nuestro tutor de IA para entrenar nuestros modelos.", "es", ["ai-interactions"]),
    # Members' data named only in general is what the paragraph after it lists, or what "these
    # data" point back to.
    ("We use data from our members to train our AI models.\n\nThe data we use includes your profile and the posts you "
     "publish. We do not use your private messages.", "en", ["profile", "public-posts"]),
    ("Nous utilisons les données de nos membres pour entraîner nos modèles d'IA.\n\nCes données comprennent les "
     "informations de votre profil et vos publications.", "fr", ["profile", "public-posts"]),
    ("Wir erfassen Ihre Suchanfragen und Ihren Standort. Wir verwenden diese Daten, um unsere KI-Modelle zu trainieren.", "de", ["metadata"]),
    ("Wir verwenden Daten unserer Mitglieder, um unsere KI-Modelle zu trainieren.\n\nDiese Daten umfassen:\n\n"
     "- die Angaben in Ihrem Profil\n- Ihre Bestellungen", "de", ["other", "profile"]),
    ("Guardamos las preguntas que haces al asistente.\n\nUsamos estos datos para entrenar nuestros modelos de IA.", "es", ["ai-interactions"]),
    # A negation that only prefixes a word ("not-yet-released", "nicht-generativ") denies nothing.
    ("We train our not-yet-released models on your messages and files.", "en", ["messages", "other"]),
    ("Wir trainieren unsere nicht-generativen Modelle mit deinen Nachrichten und Dateien.", "de", ["messages", "other"]),
    ("Entrenamos nuestros modelos no-generativos con tus mensajes y archivos.", "es", ["messages", "other"]),
])
def test_the_kinds_of_data_a_training_names(text, locale, data):
    got = ask(text, locale)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", data)


def test_the_assistant_named_in_one_document_is_the_one_another_speaks_of():
    documents = [Document("policy", "privacy-policy", "en", 3, "# Help\n\nMax, our AI assistant, answers your questions.\n",
                          "2025-10-01T06:00:00Z"),
                 Document("notice", "ai-notice", "en", 2, "# AI\n\nWe use your chats with Max to train our AI models.\n",
                          "2025-10-01T06:00:00Z")]
    assert answer(documents, TODAY)["ai-training"].details["data"] == ["ai-interactions"]


def test_a_denial_for_other_accounts_keeps_nothing_out_of_members_data():
    text = """# Training

## If you use the free plan

We use your prompts to train our AI models, unless you turn it off in your settings.

## If you use our Team or Enterprise plans

We do not use your prompts to train our AI models.
"""
    got = ask(text)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", ["ai-interactions"])


def test_a_provider_bound_not_to_train_is_not_the_platforms_denial():
    text = ("## KI-Assistent\n\nDer Anbieter verarbeitet deine Eingaben nur, um Antworten zu erzeugen, und darf sie nicht "
            "für das Training eigener Modelle nutzen. Wir selbst verwenden deine Chats mit dem Assistenten, um unsere Modelle zu trainieren.")
    got = ask(text, "de", kind="ai-notice")["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", ["ai-interactions"])


def test_the_refusal_evidence_refuses_and_names_its_route_before_a_step_that_names_a_menu():
    text = """# AI features and your data

## Turn off AI improvement

1. Go to Your account, then Settings.
2. Open Privacy Settings.
3. Turn off Use my data to improve our AI features.

We use your listings to train our AI models. This setting is on by default.

[Open Privacy Settings](https://example.com/your/account/privacy)
"""
    got = ask(text, kind="opt-out")["ai-opt-out"]
    assert (got.value, got.evidence.text) == ("setting", "Turn off Use my data to improve our AI features.")


def test_a_request_form_under_the_legal_path_is_a_form_not_the_policy():
    text = ("## AI\n\nWe use your listings to train our AI models on the basis of our legitimate interests. "
            "You can object to this processing through our privacy request form.\n\n"
            "[Privacy request form](https://example.com/legal/privacy/request)\n")
    got = ask(text)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("form", ["https://example.com/legal/privacy/request"])


@pytest.mark.parametrize("text, locale", [
    ("## Durées de conservation\n\nNous conservons vos données conformément aux obligations légales applicables.", "fr"),
    ("## Speicherdauer\n\nWir bewahren Ihre Daten gemäß den gesetzlichen Vorgaben auf.", "de"),
])
def test_a_section_headed_by_its_retention_periods_states_them_in_its_first_sentence(text, locale):
    got = ask(text, locale)["retention"]
    assert got.value == "stated"
    assert got.evidence.text == text.split("\n\n")[1]


# ---------------------------------------------------------------- round 8: real pages' wording

@pytest.mark.parametrize("text, locale", [
    ("We use your recipes to train our AI models. You can object to this use by e-mail at any time. Please write to [privacy@example.com](mailto:privacy@example.com).", "en"),
    ("Nous utilisons vos recettes pour entraîner nos modèles d'IA. Vous pouvez vous y opposer par courriel. Il suffit d'écrire à [privacy@example.com](mailto:privacy@example.com).", "fr"),
    ("Wir verwenden Ihre Rezepte, um KI-Modelle zu trainieren. Sie können dem jederzeit per E-Mail widersprechen. Unsere Adresse: [privacy@example.com](mailto:privacy@example.com).", "de"),
    ("Utilizamos tus recetas para entrenar nuestros modelos de IA. Puedes oponerte por correo electrónico. La dirección es [privacy@example.com](mailto:privacy@example.com).", "es"),
])
def test_an_email_refusal_takes_the_address_given_after_it(text, locale):
    got = ask("## AI\n\n" + text, locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("email", ["mailto:privacy@example.com"])


@pytest.mark.parametrize("text, locale", [
    ("We use your drawings to train our AI models. Parents can ask us by email not to use their child's drawings. Contact [privacy@example.com](mailto:privacy@example.com).", "en"),
    ("Nous utilisons vos dessins pour entraîner nos modèles d'IA. Les parents peuvent nous demander par e-mail de ne pas utiliser les dessins de leur enfant : [privacy@example.com](mailto:privacy@example.com).", "fr"),
    ("Wir verwenden Zeichnungen, um unsere KI-Modelle zu trainieren. Eltern können uns per E-Mail an [privacy@example.com](mailto:privacy@example.com) bitten, die Zeichnungen ihres Kindes nicht dafür zu verwenden.", "de"),
    ("Utilizamos tus dibujos para entrenar nuestros modelos de IA. Los padres pueden pedirnos por correo que no utilicemos los dibujos de sus hijos: [privacy@example.com](mailto:privacy@example.com).", "es"),
])
def test_asking_the_platform_not_to_use_ones_data_is_a_refusal(text, locale):
    got = ask("## AI\n\n" + text, locale)
    assert (got["ai-opt-out"].value, got["ai-training"].details["default"]) == ("email", "yes")


@pytest.mark.parametrize("text, locale", [
    ("To exercise your rights, email us at [rights@example.com](mailto:rights@example.com).\n\n"
     "- the right to opt out of the use of your messages for training our AI models.", "en"),
    ("Pour exercer vos droits, écrivez à [rights@example.com](mailto:rights@example.com).\n\n"
     "- le droit de vous opposer à l'utilisation de vos messages pour entraîner nos modèles d'IA.", "fr"),
    ("Um Ihre Rechte auszuüben, schreiben Sie an [rights@example.com](mailto:rights@example.com).\n\n"
     "- das Recht, der Nutzung Ihrer Nachrichten zum Training unserer KI-Modelle zu widersprechen.", "de"),
    ("Para ejercer tus derechos, escribe a [rights@example.com](mailto:rights@example.com).\n\n"
     "- el derecho a oponerte al uso de tus mensajes para entrenar nuestros modelos de IA.", "es"),
])
def test_a_refusal_listed_as_a_right_is_exercised_as_the_rights_are(text, locale):
    got = ask(f"## Your rights\n\n{text}\n", locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("email", ["mailto:rights@example.com"])


@pytest.mark.parametrize("text, locale, value", [
    ("# Terms\n\nWe collect data.\n\nRevision date: March 3rd, 2025", "en", "2025-03-03"),
    ("# Privacy notice\n\nLast Update: July 7, 2025\n\nWe collect data.", "en", "2025-07-07"),
    ("# Privacy notice (UK)\n\nStatus: 03.07.2025\n\nWe collect data.", "en", "2025-07-03"),
    ("# Conditions\n\nNous collectons des données.\n\nDate de révision : 3 mars 2025", "fr", "2025-03-03"),
    ("# Datenschutz\n\nWir verarbeiten Daten.\n\nRevisionsdatum: 03.03.2025", "de", "2025-03-03"),
    ("# Privacidad\n\nTratamos tus datos.\n\nFecha de revisión: 3 de marzo de 2025", "es", "2025-03-03"),
])
def test_revision_and_status_dates_date_the_terms_and_dots_are_day_first(text, locale, value):
    assert ask(text, locale, today=date(2026, 2, 1))["effective"].value == value


@pytest.mark.parametrize("text, locale, rights", [
    ("## Rights\n\nYou may exercise the rights of access and erasure by writing to us.", "en", ("access", "deletion")),
    ("## Rights\n\nYou may be entitled to obtain a copy of your data.\n\nIf you withdraw your consent, we stop the processing.", "en",
     ("access", "portability", "withdraw-consent")),
    ("## Droits\n\nVous pouvez exercer vos droits d'accès et d'opposition.\n\n- Droit de retirer, à tout moment, votre consentement.", "fr",
     ("access", "objection", "withdraw-consent")),
    ("## Rechte\n\nEs bestehen Rechte auf Auskunft, Berichtigung und Sperrung.", "de", ("access", "correction", "restriction")),
    ("## Derechos\n\nPuedes ejercitar los derechos de acceso, cancelación y oposición.", "es", ("access", "deletion", "objection")),
])
def test_rights_named_in_the_plural_under_a_bare_heading_and_by_their_older_names(text, locale, rights):
    assert ask(text, locale)["rights"].value == rights


def test_the_rights_of_others_are_not_the_readers():
    got = ask("# Conditions\n\nVous ne devez pas porter atteinte aux droits de tiers ni transférer de contenus illicites.", "fr")
    assert got["rights"].value == ()


@pytest.mark.parametrize("text, locale", [
    ("## Your rights\n\nYou have the right to access and correct your data. The right to object does not apply to this processing, which the law requires.", "en"),
    ("## Vos droits\n\nVous avez un droit d'accès et de rectification. Le droit d'opposition, quant à lui, ne s'applique pas à ce traitement légal.", "fr"),
    ("## Ihre Rechte\n\nSie haben ein Recht auf Auskunft und Berichtigung. Das Recht auf Widerspruch besteht hier nicht, da wir gesetzlich verpflichtet sind.", "de"),
    ("## Tus derechos\n\nTienes derecho de acceso y rectificación. El derecho de oposición no se aplica a este tratamiento obligatorio.", "es"),
])
def test_a_right_stated_as_not_given_is_not_named(text, locale):
    assert ask(text, locale)["rights"].value == ("access", "correction")


def test_a_right_given_before_one_stated_as_not_given_still_counts():
    text = "## Your rights\n\nYou have the right to access your data, but the right to object does not apply."
    assert ask(text)["rights"].value == ("access",)


@pytest.mark.parametrize("text, locale", [
    ("When you join a voice room, we process your voice messages and your nickname. This data may also be used to develop artificial intelligence models that detect abuse.", "en"),
    ("Lorsque vous jouez en ligne, nous traitons vos messages et votre pseudo. Ces données peuvent aussi servir à développer des modèles d'intelligence artificielle de modération.", "fr"),
    ("Wenn Sie den Sprachchat nutzen, verarbeiten wir Ihre Nachrichten und Ihren Nutzernamen. Diese Daten können auch verwendet werden, um KI-Modelle zur Moderation zu trainieren.", "de"),
    ("Cuando usas el chat, tratamos tus mensajes y tu alias. Estos datos también pueden usarse para entrenar modelos de inteligencia artificial de moderación.", "es"),
])
def test_data_the_sentence_before_says_the_platform_processes_is_its_own_training(text, locale):
    assert ask("## Chat\n\n" + text, locale)["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    ("We use your reviews to train our AI models on the basis of our legitimate interests.\n\n## Your rights\n\nYou can object to certain processing in your privacy settings.", "en"),
    ("Nous utilisons vos avis pour entraîner nos modèles d'IA, sur la base de notre intérêt légitime.\n\n## Vos droits\n\nVous pouvez vous opposer à certains traitements dans vos paramètres.", "fr"),
    ("Wir verwenden Ihre Bewertungen, um KI-Modelle zu trainieren, auf Grundlage unseres berechtigten Interesses.\n\n## Ihre Rechte\n\nSie können bestimmten Verarbeitungen in den Einstellungen widersprechen.", "de"),
    ("Utilizamos tus reseñas para entrenar modelos de IA sobre la base de nuestro interés legítimo.\n\n## Tus derechos\n\nPuedes oponerte a determinados tratamientos en la configuración.", "es"),
])
def test_an_objection_to_certain_processing_is_not_the_route_to_refuse_the_training(text, locale):
    got = ask("## AI\n\n" + text, locale)
    assert (got["legal-basis"].value, got["ai-opt-out"].value) == ("legitimate-interests", "unclear")


@pytest.mark.parametrize("text, locale", [
    ("We use your listings to train our pricing models on the basis of our legitimate interests.\n\n## Your rights\n\nYou may view, rectify or erase your data, and object to processing based on legitimate interests, by writing to dpo@example.com.", "en"),
    ("Nous utilisons vos annonces pour entraîner nos modèles d'IA, sur la base de notre intérêt légitime.\n\n## Vos droits\n\nVous pouvez accéder à vos données, les rectifier ou vous opposer à leur traitement en écrivant à dpo@example.com.", "fr"),
    ("Wir verwenden Ihre Anzeigen, um KI-Modelle zu trainieren, auf Grundlage unseres berechtigten Interesses.\n\n## Ihre Rechte\n\nSie können Auskunft verlangen, Ihre Daten berichtigen lassen oder der Verarbeitung widersprechen, per E-Mail an dpo@example.com.", "de"),
    ("Utilizamos tus anuncios para entrenar modelos de IA sobre la base de nuestro interés legítimo.\n\n## Tus derechos\n\n- a) acceder a tus datos;\n- b) limitar su tratamiento u oponerte a él.\n\nPuedes ejercer tus derechos escribiendo a dpo@example.com.", "es"),
])
def test_an_objection_named_among_the_other_rights_is_not_the_route_to_refuse_the_training(text, locale):
    got = ask("## AI\n\n" + text, locale)
    assert (got["legal-basis"].value, got["ai-opt-out"].value) == ("legitimate-interests", "unclear")


def test_an_objection_among_the_rights_that_links_its_own_form_is_still_the_route():
    got = ask("## AI\n\nWe use your listings to train our pricing models on the basis of our legitimate interests.\n\n"
              "## Your rights\n\nYou can access, correct or delete your data, and object to processing based on "
              "legitimate interests with our [objection form](https://example.com/privacy/objection-form).\n")
    assert (got["ai-opt-out"].value, got["ai-opt-out"].details["links"]) == \
        ("form", ["https://example.com/privacy/objection-form"])


@pytest.mark.parametrize("text, locale", [
    ("We use your watch history to train our recommendation models. You can object to this training from your account dashboard.", "en"),
    ("Nous utilisons vos achats pour entraîner nos modèles d'IA. Vous pouvez vous opposer à cet entraînement depuis votre espace client.", "fr"),
    ("Wir verwenden Ihre Einkäufe, um KI-Modelle zu trainieren. Sie können diesem Training jederzeit über Ihr Kundenkonto widersprechen.", "de"),
    ("Utilizamos tus compras para entrenar modelos de IA. Puedes oponerte a este entrenamiento desde tu área personal.", "es"),
])
def test_a_refusal_from_the_members_own_area_is_a_setting(text, locale):
    assert ask("## AI\n\n" + text + "\n", locale)["ai-opt-out"].value == "setting"


@pytest.mark.parametrize("table, locale", [
    ("| Purpose | Data | Legal ground |\n| --- | --- | --- |\n| To train our ranking models | Usage data | Consent |", "en"),
    ("| Finalité | Données | Base légale |\n| --- | --- | --- |\n| Entraîner nos modèles de classement | Données d'usage | Consentement |", "fr"),
    ("| Finalidad | Datos | Base jurídica |\n| --- | --- | --- |\n| Entrenar nuestros modelos de clasificación | Datos de uso | Consentimiento |", "es"),
])
def test_a_basis_cell_that_is_the_word_consent_alone(table, locale):
    # German already reads a bare „Einwilligung“ (its pattern is the noun itself).
    assert ask("## Purposes\n\n" + table + "\n", locale)["legal-basis"].value == "consent"


@pytest.mark.parametrize("text, locale, basis", [
    ("We use your receipts to train our fraud models.\n\nWe do this to perform our contract with you.", "en", "contract"),
    ("Nous utilisons vos trajets pour entraîner nos modèles d'IA.\n\nLes trajets privés sont exclus.\n\nNous fondons cet entraînement sur notre intérêt légitime.", "fr", "legitimate-interests"),
    ("Wir verwenden Ihre Rezepte, um KI-Modelle zu trainieren.\n\nPrivate Notizen sind ausgenommen.\n\nWir stützen dieses Training auf unser berechtigtes Interesse.", "de", "legitimate-interests"),
    ("Utilizamos tus recetas para entrenar modelos de IA.\n\nLas notas privadas quedan excluidas.\n\nLa base legal es tu consentimiento, que puedes retirar desactivando la opción en tu perfil.", "es", "consent"),
])
def test_a_basis_said_of_the_training_a_paragraph_or_two_later(text, locale, basis):
    assert ask("## AI\n\n" + text, locale)["legal-basis"].value == basis


@pytest.mark.parametrize("text, locale", [
    ("With your consent, we record the support call and then use the recording to train our AI voice assistant.", "en"),
    ("Avec votre accord, nous enregistrons l'appel au support et utilisons l'enregistrement pour entraîner notre modèle d'IA vocal.", "fr"),
    ("Mit Ihrer Zustimmung nehmen wir den Anruf beim Support auf und verwenden die Aufnahme, um unser KI-Modell zu trainieren.", "de"),
])
def test_the_second_of_two_joined_verbs_is_the_platforms_own_use(text, locale):
    # Spanish says it with the verb alone («grabamos la llamada y utilizamos…»), which the rules read already.
    assert ask("## Support\n\n" + text + "\n", locale)["ai-training"].value == "yes"


@pytest.mark.parametrize("text, locale", [
    # Using a model is not training it.
    ("To cut the time spent creating listings, Sellio uses a large language model to suggest titles from your notes.", "en"),
    ("Pour améliorer vos fiches, Sellio utilise un grand modèle de langage d'IA qui propose des titres à partir de vos notes.", "fr"),
    ("Um Ihre Anzeigen zu verbessern, nutzt Sellio ein KI-Modell, das aus Ihren Notizen Titel vorschlägt.", "de"),
    ("Para mejorar tus anuncios, Sellio utiliza un modelo de inteligencia artificial que propone títulos a partir de tus notas.", "es"),
    # Development said to be done without personal data is not training on members' data.
    ("To develop our AI companion, we wrote test dialogues by hand, without processing any personal data.", "en"),
    ("Pour développer l'assistant IA, nous avons rédigé des dialogues de test, sans traitement de données personnelles.", "fr"),
    ("Um den KI-Assistenten zu entwickeln, haben wir Testdialoge geschrieben, ohne Verarbeitung personenbezogener Daten.", "de"),
    ("Para desarrollar el asistente de IA, redactamos diálogos de prueba, sin tratar datos personales.", "es"),
])
def test_using_a_model_or_building_without_personal_data_is_not_training(text, locale):
    assert ask("## Features\n\n" + text + "\n", locale, kind="ai-notice")["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale", [
    ("The translation provider processes your personal data on our behalf and does not use it to train its own models.", "en"),
    ("Le fournisseur du service de traduction traite vos données personnelles pour notre compte et ne les utilise pas pour entraîner ses propres modèles.", "fr"),
    ("Der Anbieter des Übersetzungsdienstes verarbeitet Ihre personenbezogenen Daten in unserem Auftrag und verwendet sie nicht, um eigene Modelle zu trainieren.", "de"),
    ("El proveedor del servicio de traducción trata tus datos personales por nuestra cuenta y no los utiliza para entrenar sus propios modelos.", "es"),
])
def test_a_vendor_that_does_not_train_on_what_it_receives_is_not_the_platforms_use(text, locale):
    assert ask("## Translation\n\n" + text, locale)["ai-training"].value == "unclear"


@pytest.mark.parametrize("text, locale", [
    # A model improved through a service that writes text from what members ask: generative AI trained on their questions.
    ("We use personal data to run our services, for example:\n\n- To use the requests typed into the tool that generates answers to your questions and improve the model behind that tool.", "en"),
    ("Nous utilisons vos données, par exemple :\n\n- Pour utiliser les questions saisies dans l'outil qui génère des réponses et améliorer le modèle de cet outil.", "fr"),
    ("Wir verwenden Ihre Daten, zum Beispiel:\n\n- Um Fragen, die in das Werkzeug eingegeben werden, das daraus Antworten erzeugt, zu nutzen und das Modell dieses Werkzeugs zu verbessern.", "de"),
    ("Utilizamos tus datos, por ejemplo:\n\n- Para utilizar las preguntas escritas en la herramienta que genera respuestas y mejorar el modelo de esa herramienta.", "es"),
])
def test_a_model_improved_through_a_service_that_generates_text_is_trained_on_what_members_ask(text, locale):
    got = ask("## Uses\n\n" + text + "\n", locale)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", ["ai-interactions"])


@pytest.mark.parametrize("text, locale", [
    # A denial whose subject is "no" / "none", or the people served by another name than members.
    ("No information from the Tasko workspace is used to train or fine-tune any models.", "en"),
    ("None of your content is used to train our AI models.", "en"),
    ("The Ministry does not use the data of citizens to train artificial intelligence models.", "en"),
    ("Aucune donnée de l'espace Tasko n'est utilisée pour entraîner des modèles d'IA.", "fr"),
    ("Le ministère n'utilise pas les données des usagers pour entraîner des modèles d'intelligence artificielle.", "fr"),
    ("Keine Daten aus dem Tasko-Arbeitsbereich werden zum Training von KI-Modellen verwendet.", "de"),
    ("Das Amt verwendet die Daten der Bürgerinnen und Bürger nicht, um KI-Modelle zu trainieren.", "de"),
    ("Ningún dato del espacio Tasko se utiliza para entrenar modelos de IA.", "es"),
    ("El Ministerio no utiliza los datos de los ciudadanos para entrenar modelos de inteligencia artificial.", "es"),
])
def test_a_denial_by_no_data_or_of_the_data_of_those_served_is_no(text, locale):
    got = ask("## AI\n\n" + text + "\n", locale)
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("no", "none")


def test_a_list_lead_that_says_no_use_is_read_by_its_items():
    text = ("## Our AI provider\n\nNo data from the Tasko workspace is used to train any models.\n\n"
            "Your prompts, your outputs and your training data:\n\n- are not shared with other customers.\n"
            "- are not used to improve the provider's products.\n")
    assert ask(text, kind="ai-notice")["ai-training"].value == "no"


@pytest.mark.parametrize("text, locale, route", [
    # The route the next paragraph gives, pointing back to the refusal ("To do so, write to…").
    ("With your consent we use your chat transcripts to train our AI models.\n\nYou may withdraw your consent at any time.\n\n"
     "To do so, write to [optout@tasko.example](mailto:optout@tasko.example).", "en", "email"),
    ("Avec votre consentement, nous utilisons vos conversations pour entraîner nos modèles d'IA.\n\nVous pouvez retirer votre consentement à tout moment.\n\n"
     "Pour cela, écrivez à [optout@tasko.example](mailto:optout@tasko.example).", "fr", "email"),
    ("Mit Ihrer Einwilligung speichern wir Ihre Chatverläufe, um unsere KI-Modelle zu trainieren.\n\nSie können Ihre Einwilligung jederzeit widerrufen.\n\n"
     "Wenden Sie sich dazu an [optout@tasko.example](mailto:optout@tasko.example).", "de", "email"),
    ("Con tu consentimiento, utilizamos tus conversaciones para entrenar nuestros modelos de IA.\n\nPuedes retirar tu consentimiento en cualquier momento.\n\n"
     "Para ello, escribe a [optout@tasko.example](mailto:optout@tasko.example).", "es", "email"),
    # A German compound form named before an address: the form (convention 5).
    ("Wir verwenden Ihre öffentlichen Beiträge, um unsere KI-Modelle zu trainieren. Sie können dem jederzeit widersprechen. "
     "Nutzen Sie dazu unser [Online-Widerspruchsformular](https://tasko.example/widerspruch) oder schreiben Sie an [optout@tasko.example](mailto:optout@tasko.example).", "de", "form"),
    # The thing switched off named between the verb and "off".
    ("We use your notes to train our AI models unless you turn your AI sharing preferences off.", "en", "setting"),
])
def test_the_route_given_after_the_refusal(text, locale, route):
    assert ask("## AI\n\n" + text + "\n", locale)["ai-opt-out"].value == route


@pytest.mark.parametrize("text, locale", [
    ("You can object to this use in our [objection form](https://tasko.example/object). The objection applies only to the device you send it from.", "en"),
    ("Vous pouvez vous y opposer via notre [formulaire d'opposition](https://tasko.example/object). L'opposition vaut uniquement pour l'appareil depuis lequel vous l'envoyez.", "fr"),
    ("Sie können dem über unser [Widerspruchsformular](https://tasko.example/object) widersprechen. Der Widerspruch gilt nur für die Nutzer-ID, mit der Sie ihn senden.", "de"),
    ("Puedes oponerte mediante nuestro [formulario de oposición](https://tasko.example/object). La oposición vale solo para el dispositivo desde el que la envías.", "es"),
])
def test_a_refusal_for_one_device_or_user_id_does_not_cover_linked_accounts(text, locale):
    training = {"en": "We use your public posts to train our AI models.", "fr": "Nous utilisons vos publications publiques pour entraîner nos modèles d'IA.",
                "de": "Wir verwenden Ihre öffentlichen Beiträge, um unsere KI-Modelle zu trainieren.",
                "es": "Utilizamos tus publicaciones públicas para entrenar nuestros modelos de IA."}[locale]
    assert ask(f"## AI\n\n{training} {text}\n", locale)["ai-opt-out"].details["linked-accounts"] == "no"


@pytest.mark.parametrize("text, locale, data", [
    # German compounds sharing their head are each a kind of data.
    ("Wir trainieren unsere KI-Modelle mit Bestell-, Geräte- und Suchdaten unserer Kundinnen und Kunden.", "de", ["metadata", "other"]),
    # Activity data beside health or GPS wording: the workouts a fitness app records.
    ("Wir verwenden Ihre Aktivitätsdaten und Gesundheitsdaten, um unsere KI-Modelle zu trainieren.", "de", ["other"]),
    # A call the platform records, and the recording it then uses.
    ("With your consent, we record the call and use the recording to train our AI models.", "en", ["other"]),
    ("Avec votre accord, nous enregistrons l'appel et utilisons l'enregistrement pour entraîner nos modèles d'IA.", "fr", ["other"]),
    ("Mit Ihrer Einwilligung zeichnen wir den Anruf auf und nutzen die Aufnahme, um unsere KI-Modelle zu trainieren.", "de", ["other"]),
    ("Con tu consentimiento, grabamos la llamada y utilizamos la grabación para entrenar nuestros modelos de IA.", "es", ["other"]),
    # A member's communications through the service are messages; work delivered is their own work.
    ("We use your communications and your work product to train our AI models.", "en", ["messages", "other"]),
    ("Nous utilisons vos communications pour entraîner nos modèles d'IA.", "fr", ["messages"]),
    ("Wir verwenden Ihre Kommunikation, um unsere KI-Modelle zu trainieren.", "de", ["messages"]),
    ("Utilizamos tus comunicaciones para entrenar nuestros modelos de IA.", "es", ["messages"]),
])
def test_the_kinds_of_data_read_from_real_wording(text, locale, data):
    got = ask("## AI\n\n" + text + "\n", locale)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", data)


# ---------------------------------------------------------------- round 11: dates, rights, retention

@pytest.mark.parametrize("text, locale", [
    ("Last update on 3 March 2025", "en"),
    ("Modified: March 3rd 2025", "en"),
    ("This notice applies as of March 3, 2025.", "en"),
    ("Ces conditions s'appliquent à partir de 03/03/2025.", "fr"),
    ("Modifiée le 3 mars 2025", "fr"),
    ("Gültigkeitsdatum: 2025-03-03", "de"),
    ("Geändert am 3. März 2025", "de"),
    ("Este aviso se aplica a partir del 3 de marzo de 2025.", "es"),
    ("Modificado: 03/03/2025", "es"),
])
def test_more_ways_to_label_the_date_of_the_terms(text, locale):
    assert ask(f"# Notice\n\n{text}\n\nThis notice explains what we do.\n", locale)["effective"].value == "2025-03-03"


@pytest.mark.parametrize("header, day", [
    # A labelled effective date, then a later update: the effective date, whichever is later (call 12).
    ("Effective from: 2 May 2019\n\nLast updated: 3 March 2025", "2019-05-02"),
    # Updated before it takes effect: the effective date.
    ("Last updated: 20 February 2025\n\nEffective date: 3 March 2025", "2025-03-03"),
])
def test_an_update_after_the_first_effective_date_dates_the_terms(header, day):
    assert ask(f"# Privacy\n\n{header}\n\nWe explain our practices.\n", today=date(2025, 6, 1))["effective"].value == day


@pytest.mark.parametrize("text, locale, rights", [
    # Verbs listed before their object, and a request said as a noun.
    ("## Help\n\nOpen the request page to view, correct or delete your details.", "en", ["access", "correction", "deletion"]),
    ("## Safety\n\nYou can hide your photos by requesting the deletion of your album.", "en", ["deletion"]),
    # A list under a privacy-choices heading.
    ("## Privacy controls\n\n- Access the information we hold about you.\n- Delete your account data.", "en", ["access", "deletion"]),
    # A request made by someone else than the reader.
    ("## Families\n\nGuardians may ask us to delete the details of their child.", "en", ["deletion"]),
    ("## Familles\n\nLes tuteurs peuvent examiner les données de leur enfant et nous demander de les effacer.", "fr", ["access", "deletion"]),
    ("## Familien\n\nErziehungsberechtigte können uns bitten, die Angaben ihres Kindes zu löschen.", "de", ["deletion"]),
    ("## Familias\n\nLos tutores pueden revisar los datos de su hijo y solicitarnos que los borremos.", "es", ["access", "deletion"]),
    # "Query and copy": access, and a copy is portability too (convention 1).
    ("## Rights\n\nYou have the right to query and copy your personal data.", "en", ["access", "portability"]),
])
def test_rights_said_as_verbs_requests_or_choices(text, locale, rights):
    assert list(ask(text + "\n", locale)["rights"].value) == rights


def test_restricting_who_sees_a_profile_or_what_others_see_is_no_right():
    got = ask("## Privacy\n\nYou are entitled to limit exposure by restricting some users from viewing your page "
              "(blocked members will not see your data) or by requesting the deletion of your posts.\n")["rights"]
    assert got.value == ("deletion",)


@pytest.mark.parametrize("text, locale", [
    # Deleted after a number of hours.
    ("Access logs are erased after 72 hours.", "en"),
    ("Les journaux de connexion sont effacés au bout de 72 heures.", "fr"),
    ("Zugriffsprotokolle werden nach 72 Stunden gelöscht.", "de"),
    ("Los registros de acceso se borran tras 72 horas.", "es"),
    # Deleted once a task is done, or kept only for the member's own use.
    ("Our vendors must erase your files on completion of each translation.", "en"),
    ("Nos prestataires suppriment vos fichiers à l'issue de chaque traduction.", "fr"),
    ("Unsere Dienstleister löschen Ihre Dateien nach Abschluss jeder Übersetzung.", "de"),
    ("Nuestros proveedores eliminan tus archivos al finalizar cada traducción.", "es"),
    ("Drafts are only kept so you can resume writing later.", "en"),
])
def test_retention_in_hours_on_completion_or_for_the_members_own_use(text, locale):
    assert ask(f"## Service\n\nWe run the service for members. {text}\n", locale)["retention"].value == "stated"


@pytest.mark.parametrize("text, locale", [
    ("Nous utilisons vos fiches pour entraîner nos modèles d'IA. Ce traitement est nécessaire pour exécuter le contrat conclu avec vous.", "fr"),
    ("Wir verwenden Ihre Karteikarten, um unsere KI-Modelle zu trainieren. Dies ist erforderlich, um den Vertrag mit Ihnen zu erfüllen.", "de"),
    ("Usamos tus fichas para entrenar nuestros modelos de IA. Este tratamiento es necesario para ejecutar el contrato que firmas con nosotros.", "es"),
])
def test_the_contract_said_with_its_verb_is_the_basis(text, locale):
    assert ask(f"## IA\n\n{text}\n", locale)["legal-basis"].value == "contract"


@pytest.mark.parametrize("text, locale, value, data", [
    # A denial of "any other personal data" (singular in French and Spanish) covers all of it.
    ("Nous n'utilisons ni votre historique ni aucune autre donnée personnelle pour entraîner des modèles d'IA.", "fr", "no", []),
    ("Tasko no utiliza la información personal de sus alumnos ni de sus profesores para entrenar modelos de IA.", "es", "no", []),
    ("We do not use your notes or any other personal information to train AI models.", "en", "no", []),
    # What the platform's community publishes, licensed to partners who train on it.
    ("Public questions and answers from our community are licensed to partners that use them to train AI models.", "en", "yes", ["public-posts"]),
    ("Les questions publiques de notre communauté sont concédées sous licence à des partenaires qui les utilisent pour entraîner des modèles d'IA.", "fr", "yes", ["public-posts"]),
    ("Öffentliche Fragen unserer Community lizenzieren wir an Partner, die sie zum Training von KI-Modellen verwenden.", "de", "yes", ["public-posts"]),
    ("Cedemos las preguntas y respuestas públicas de nuestra comunidad a empresas que las utilizan para entrenar modelos de IA.", "es", "yes", ["public-posts"]),
    # Comments a member publishes, said with a relative clause.
    ("Bewertungen, die Sie auf unserer Seite veröffentlichen, können wir zum Training von KI-Systemen verwenden.", "de", "yes", ["public-posts"]),
])
def test_whose_data_a_training_sentence_names(text, locale, value, data):
    got = ask("## AI\n\n" + text + "\n", locale)["ai-training"]
    assert (got.value, got.details["data"]) == (value, data)


@pytest.mark.parametrize("text, locale", [
    ("We license public reviews from our members to partners who use them to train AI models.\n\n"
     "The licensing takes place on the basis of our legitimate interest in funding the service.\n\n"
     "Objection to the licensing of single reviews is not possible.", "en"),
    ("Nous concédons sous licence les avis publics de nos membres à des partenaires qui les utilisent pour entraîner des modèles d'IA.\n\n"
     "Cette concession s'effectue sur la base de notre intérêt légitime à financer le service.\n\n"
     "L'opposition à la concession d'avis isolés n'est pas possible.", "fr"),
    ("Öffentliche Bewertungen unserer Mitglieder lizenzieren wir an Partner, die sie zum Training von KI-Modellen verwenden.\n\n"
     "Die Lizenzierung erfolgt auf Grundlage unseres berechtigten Interesses an der Finanzierung des Dienstes.\n\n"
     "Ein Widerspruch gegen die Lizenzierung einzelner Bewertungen ist nicht möglich.", "de"),
    ("Concedemos licencias sobre las reseñas públicas de nuestros miembros a socios que las utilizan para entrenar modelos de IA.\n\n"
     "La concesión se realiza sobre la base de nuestro interés legítimo en financiar el servicio.\n\n"
     "La oposición a la licencia de reseñas concretas no es posible.", "es"),
])
def test_a_basis_the_processing_takes_place_on_and_an_objection_not_possible(text, locale):
    got = ask("## Licensing\n\n" + text + "\n", locale)
    assert (got["ai-training"].value, got["legal-basis"].value, got["ai-opt-out"].value) == ("yes", "legitimate-interests", "none")


@pytest.mark.parametrize("text, locale", [
    ("# 2. Contact\n\nOur company: [hello@tasko.example](mailto:hello@tasko.example).\n\n"
     "Our data protection officer: [dpo@tasko.example](mailto:dpo@tasko.example).\n\n"
     "# 6. AI\n\nWe use your posts to train our AI models, on the basis of our legitimate interest.\n\n"
     "You can object to this use by writing to our data protection officer at the address given in section 2.1.", "en"),
    ("# 2. Contact\n\nNotre délégué à la protection des données : [dpo@tasko.example](mailto:dpo@tasko.example).\n\n"
     "# 6. IA\n\nNous utilisons vos publications pour entraîner nos modèles d'IA, sur la base de notre intérêt légitime.\n\n"
     "Vous pouvez vous opposer à cette utilisation auprès de notre délégué (coordonnées à la section 2).", "fr"),
    ("# 6. KI\n\nWir verwenden Ihre Beiträge, um unsere KI-Modelle zu trainieren (berechtigtes Interesse).\n\n"
     "Ihren Widerspruch richten Sie bitte an unseren Datenschutzbeauftragten (Kontakt siehe Abschnitt 9).\n\n"
     "# 9. Kontakt\n\nUnseren Datenschutzbeauftragten erreichen Sie unter [dpo@tasko.example](mailto:dpo@tasko.example).", "de"),
    ("# 6. IA\n\nUtilizamos tus publicaciones para entrenar nuestros modelos de IA, sobre la base de nuestro interés legítimo.\n\n"
     "Puedes oponerte dirigiéndote a nuestro delegado de protección de datos (datos de contacto en la sección 9).\n\n"
     "# 9. Contacto\n\nNuestro delegado de protección de datos: [dpo@tasko.example](mailto:dpo@tasko.example).", "es"),
])
def test_a_refusal_that_sends_to_a_numbered_section_for_its_address(text, locale):
    got = ask(text + "\n", locale)["ai-opt-out"]
    assert (got.value, got.details["links"]) == ("email", ["mailto:dpo@tasko.example"])


@pytest.mark.parametrize("text, locale", [
    ("## How we use information\n\nWe use your profile information to improve our AI models.\n\n## Your choices\n\n"
     "- Access or correct your information.\n- Delete your account.\n\nYou can exercise these rights by contacting us at privacy@tasko.example.", "en"),
    ("## Utilisation\n\nNous utilisons les informations de votre profil pour améliorer nos modèles d'IA.\n\n## Vos choix\n\n"
     "- Accéder à vos informations ou les rectifier.\n- Supprimer votre compte.\n\nVous pouvez exercer ces droits en nous écrivant à privacy@tasko.example.", "fr"),
    ("## Nutzung\n\nWir verwenden Ihre Profilinformationen, um unsere KI-Modelle zu verbessern.\n\n## Ihre Wahlmöglichkeiten\n\n"
     "- Auskunft oder Berichtigung Ihrer Daten.\n- Löschung Ihres Kontos.\n\nUm diese Rechte auszuüben, schreiben Sie an privacy@tasko.example.", "de"),
    ("## Uso\n\nUtilizamos la información de tu perfil para mejorar nuestros modelos de IA.\n\n## Tus opciones\n\n"
     "- Acceder a tu información o rectificarla.\n- Eliminar tu cuenta.\n\nPuedes ejercer estos derechos escribiéndonos a privacy@tasko.example.", "es"),
])
def test_how_a_choices_section_s_rights_are_exercised_is_no_refusal_of_training(text, locale):
    got = ask(text + "\n", locale)
    assert (got["ai-training"].value, got["ai-opt-out"].value) == ("yes", "unclear")


@pytest.mark.parametrize("text, locale, linked", [
    ("We use your posts to train our AI models. You can opt out in your settings. Your choice applies to your account and to any partner account linked to it.", "en", "yes"),
    ("We use your posts to train our AI models. You can opt out in your settings. Your objection applies to this service and not to your accounts on other services of the group.", "en", "no"),
    ("Nous utilisons vos publications pour entraîner nos modèles d'IA. Vous pouvez vous y opposer dans vos paramètres. Ce choix vaut pour tout compte enfant lié à votre compte.", "fr", "yes"),
    ("Nous utilisons vos publications pour entraîner nos modèles d'IA. Vous pouvez vous y opposer dans vos paramètres. Votre opposition s'applique uniquement à votre compte Tasko.", "fr", "no"),
    ("Wir verwenden Ihre Beiträge, um unsere KI-Modelle zu trainieren. Sie können dies in den Einstellungen deaktivieren. Eltern ändern die Einstellung für alle mit ihrem Elternkonto verknüpften Kinderkonten.", "de", "yes"),
    ("Wir verwenden Ihre Beiträge, um unsere KI-Modelle zu trainieren. Sie können dies in den Einstellungen deaktivieren. Die Einstellung gilt nicht für Ihre Konten bei anderen Diensten der Gruppe.", "de", "no"),
    ("Utilizamos tus publicaciones para entrenar nuestros modelos de IA. Puedes desactivarlo en tus ajustes. La opción vale para cualquier cuenta infantil vinculada a tu cuenta.", "es", "yes"),
    ("Utilizamos tus publicaciones para entrenar nuestros modelos de IA. Puedes desactivarlo en tus ajustes. Esta opción se configura por separado en cada cuenta.", "es", "no"),
])
def test_whether_a_choice_covers_linked_accounts(text, locale, linked):
    assert ask("## AI\n\n" + text + "\n", locale)["ai-opt-out"].details["linked-accounts"] == linked


def test_a_form_given_as_its_section_s_heading_and_posted_questions():
    text = ("## How we use information\n\nWe use the questions you post and your chats with our AI tutor to train our AI models.\n\n"
            "## [Data Request Form](https://tasko.example/privacy/request)\n\n"
            "Use this form to access your data or to opt out of AI training.\n")
    got = ask(text)
    assert got["ai-training"].details["data"] == ["ai-interactions", "public-posts"]
    assert (got["ai-opt-out"].value, got["ai-opt-out"].details["links"]) == ("form", ["https://tasko.example/privacy/request"])


@pytest.mark.parametrize("text, locale", [
    ("We use de-identified information such as the progress in the lessons and the results of the quizzes to train our AI models.", "en"),
    ("Nous utilisons des informations anonymisées, comme la progression dans les leçons et les résultats aux quiz, pour entraîner nos modèles d'IA.", "fr"),
    ("Wir verwenden anonymisierte Informationen wie die Fortschritte in den Lektionen und die Ergebnisse der Übungen, um unsere KI-Modelle zu trainieren.", "de"),
    ("Utilizamos información anonimizada, como el progreso en las lecciones y los resultados de los cuestionarios, para entrenar nuestros modelos de IA.", "es"),
])
def test_a_learner_s_progress_and_results_are_other_data(text, locale):
    got = ask("## AI\n\n" + text + "\n", locale)["ai-training"]
    assert (got.value, got.details["data"]) == ("yes", ["other"])


def test_french_spelled_without_its_accents_reads_as_with_them():
    # The 1990 spelling reform drops it ("entrainer", "aout"); both spellings are on real pages.
    for verb in ("entraîner", "entrainer"):
        assert training(f"# Politique\n\nNous utilisons vos publications publiques pour {verb} nos modèles d'IA.", "fr") == "yes"
    assert ask("# Politique\n\nEn vigueur : 1er aout 2025\n\nNous traitons vos données.\n", "fr")["effective"].value == "2025-08-01"
    # A page typed without accents ("desactiver", "Parametres") says the same; a participle stays
    # one: "le personnel entraîné" is staff, "pour entrainer" is a model's training.
    assert route("# Politique\n\nNous utilisons vos publications publiques pour entrainer nos modeles d'IA. "
                 "Vous pouvez desactiver cette utilisation dans les Parametres de votre compte.", "fr") == "setting"
    assert training("# Politique\n\nNous n'utilisons pas vos donnees personnelles pour entrainer des modeles "
                    "d'intelligence artificielle.", "fr") == "no"


def test_an_unanswered_question_is_low_when_the_texts_speak_of_it_and_medium_when_silent():
    # stance/doubt.py: on first sight of held-out real wording, "unclear" on a text that speaks
    # of AI training was right 0.57 of the time, on a silent one 0.89.
    silent = ask("# Privacy Policy\n\nWe process your e-mail address to run your account.\n")
    assert silent["ai-training"].value == "unclear" and silent["ai-training"].confidence == "medium"
    assert silent["ai-training"].evidence is None
    assert silent["effective"].confidence == "medium" and silent["retention"].confidence == "medium"
    spoken = ask("# Privacy Policy\n\nLast revised in the spring of 2026, see 12/03/2026 notes.\n\n"
                 "Our assistant is powered by artificial intelligence that we build and improve continuously.\n")
    training_answer = spoken["ai-training"]
    assert training_answer.value == "unclear" and training_answer.confidence == "low"
    assert training_answer.evidence.text.startswith("Our assistant is powered by artificial intelligence")
    # Something to refuse may be there: the way to refuse is doubtful too; the basis of a training
    # the texts do not establish is rightly unclear.
    assert spoken["ai-opt-out"].confidence == "low" and spoken["legal-basis"].confidence == "medium"


def test_a_basis_the_policy_gives_for_a_training_the_ai_notice_states():
    # The policy alone says no training (its sentence names no use of members' data); with the
    # notice that states the training, its sentence gives the basis.
    policy = Document("w/policy", "privacy-policy", "en", 1,
                      "# Privacy Policy\n\n# Legal bases (EEA and UK users)\n\n"
                      "We process your account data to perform our contract with you.\n\n"
                      "The training of our AI models on anonymised meeting notes and your queries rests on our "
                      "legitimate interest in improving our assistant.\n", "2025-09-01T00:00:00Z")
    alone = answer([policy], TODAY)
    assert (alone["ai-training"].value, alone["legal-basis"].value) == ("unclear", "unclear")
    notice = Document("w/ai", "ai-notice", "en", 1,
                      "# Our AI\n\nWe use the questions you ask our assistant to train our AI models.\n",
                      "2025-09-01T00:00:00Z")
    found = answer([notice, policy], TODAY)
    assert found["ai-training"].value == "yes"
    assert found["legal-basis"].value == "legitimate-interests" and found["legal-basis"].evidence.watch == "w/policy"


def test_whether_a_refusal_covers_other_accounts_is_read_on_any_page_that_gives_it():
    notice = Document("notice", "ai-notice", "en", 2,
                      "# AI at Chirp\n\nWe use your public posts to train our AI models. "
                      "You can turn this off in Settings > Privacy > AI training.\n", "2025-10-01T06:00:00Z")
    policy = Document("policy", "privacy-policy", "en", 5,
                      "# Your choices\n\nWe use your public posts to train our AI models. You can object to this use "
                      "in Settings > Privacy. Your choice applies only to the account you are signed in with.\n",
                      "2025-10-01T06:00:00Z")
    got = answer([notice, policy], TODAY)["ai-opt-out"]
    assert (got.value, got.details["linked-accounts"]) == ("setting", "no")


@pytest.mark.parametrize("text, locale, denial", [
    ("# Your privacy\n\n# Do you use my chats for AI training?\n\n"
     "Your chat history is never used to train AI models.", "en",
     "Your chat history is never used to train AI models."),
    ("# Vos données\n\n# Utilisez-vous mes photos pour l'entraînement de l'IA ?\n\n"
     "Vos photos ne sont jamais utilisées pour entraîner nos modèles.", "fr",
     "Vos photos ne sont jamais utilisées pour entraîner nos modèles."),
])
def test_an_unclear_training_shows_the_partial_denial_that_leaves_it_open(text, locale, denial):
    # A denial of some data only answers nothing of the rest; it is still the sentence a reader
    # needs to see why, not the first sentence that speaks of AI.
    got = ask(text, locale, kind="ai-notice")
    assert got["ai-training"].value == "unclear"
    assert got["ai-training"].evidence.text == denial


def test_the_documents_a_change_left_alone_are_read_once_and_answer_as_if_read_afresh():
    # Recording a change answers for the platform before and after it: the policy did not
    # change, so its reading is remembered, and the answers are those of a fresh reading.
    from watchers.meaning.stance import _remembered
    from watchers.meaning.stance.data import assistant_names
    from watchers.meaning.stance.doubt import first_spoken_of

    policy = Document("p/policy", "privacy-policy", "en", 4,
                      "# Privacy Policy\n\nWe use your public posts to train our AI models, based on our "
                      "legitimate interests.\n", "2025-09-01T06:00:00Z")
    silent = Document("p/ai", "ai-notice", "en", 1, "# AI at Pixelle\n\nOur assistant helps you write captions.\n",
                      "2025-09-01T06:00:00Z")
    refusing = Document("p/ai", "ai-notice", "en", 2,
                        "# AI at Pixelle\n\nYou can object to the use of your posts for AI training in "
                        "Settings > Privacy > AI training.\n", "2025-10-01T06:00:00Z")
    _remembered.cache_clear()
    first_spoken_of.cache_clear()
    assistant_names.cache_clear()
    before, after = answer([policy, silent], TODAY), answer([policy, refusing], TODAY)
    assert (_remembered.cache_info().misses, _remembered.cache_info().hits) == (3, 1)
    # The policy is searched once for a sentence on the retention neither document states.
    assert first_spoken_of.cache_info().hits >= 1
    assert (assistant_names.cache_info().misses, assistant_names.cache_info().hits) == (3, 1)
    assert (before["ai-opt-out"].value, after["ai-opt-out"].value) == ("unclear", "setting")
    _remembered.cache_clear()
    first_spoken_of.cache_clear()
    assistant_names.cache_clear()
    assert answer([policy, refusing], TODAY) == after
