"""Does a document say the platform trains AI on members' data, which data, and by
default or not? (pure)

A training statement is a sentence with the classifier's `ai-training` wording and a
stance `training` reading (data used to train, develop or improve AI), about members'
data: named in the sentence, or implied by where it stands (a purpose in a table of
processing purposes, an item of a "we use your information to:" list). A denial ("we do
not use your messages to train") is a statement too, unless a condition makes it an
opt-out ("… if you object"). A start still to come ("From 3 November 2025, we will use…",
"we will start using…") is announced, not done: it makes no "yes" until its date has
passed. Third parties gathering public content on their own ("anyone, including third
parties, can collect public posts… to train AI") is not the platform's use; the
platform sharing or licensing it to partners who train is. Which data it names is
`data.py`'s question.

Which clause of a sentence a "not" belongs to, and which data the training verb takes, is
`clause.py`'s reading: "We do not sell your data or use your code to train models" denies
training on the code only; "…only synthetic data; your personal data is not used for this"
denies it on the members' data. The actor matters as much as the verb: a denial of
"third-party models" leaves the platform's own open, an item naming a sub-processor speaks
of that recipient, and the platform licensing its members' content to companies that train
is its own use. So is the platform refusing to let others train ("We do not allow third
parties to use your data to train their models"): their training is denied, not its own.
A denial covers what it names (call 3): members' data as a whole ("your data", "any Site
Content") makes it complete; one kind ("your candidate data", "uploaded faces", "your
health information") leaves the question open.

The statements found here are what the other AI questions read: the legal basis
(`basis.py`) and the way to refuse (`refusal.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from watchers.meaning.dates import DATE_SPAN, find_dates, with_iso_dates
from watchers.meaning.links import visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance.basis import named_basis
from watchers.meaning.stance.clause import denied_by_pointer, names_members, same_thing_before, training_object
from watchers.meaning.stance.data import categories, other_accounts, training_data
from watchers.meaning.stance.findings import Finding, Statement, field_of, fields, following, quoted
from watchers.meaning.stance.routes import refuses
from watchers.meaning.stance.words import Words

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def statements(layout: Layout, words: Words, kind: str, today: date) -> list[Statement]:
    found = []
    ai_page = kind in ("ai-notice", "opt-out")
    # Models named as a purpose with no owner ("improve models (using de-identified data)", "refine
    # models") are AI models on an AI page or in a text that speaks of AI elsewhere ("# AI processing",
    # "our AI assistant"); a policy with no word of AI may mean others (pricing, business models).
    ai_text = ai_page or any(words.has("training.ai-context", p.plain) for p in layout.passages)

    def no_other_training(text: str) -> str:
        # "strength training" is a workout; "features improved by AI" speak of AI as the means, not what is improved
        # nor is teaching people AI ("a platform for training in AI", « formation à l'IA »): its learners are trained, no model
        text = words.strip("training.instrument", words.strip("training.people", words.strip("training.exercise", text)))
        # A vendor named by its trade ("…to Anthropic, our AI model provider, which…"): who receives the data, no training.
        text = words.strip("training.vendor-name", text)
        # The member's own "training data" with no model or algorithm named beside it (« vos données d'entraînement et de
        # course », „Ihre Trainingsdaten“ of a fitness tracker, even one with an AI coach): a sport's training, no model's.
        if not words.has("training.model-word", text):
            text = words.strip("training.bare-data", text)
        return text

    def trains_anywhere(text: str) -> bool:  # on an AI page, "to improve our models" speaks of AI models
        text = no_other_training(text)
        # In a text that speaks of AI, improving "our models" or "our algorithms" with members' data the sentence
        # names ("…improve our models using anonymised insights", „anonymisierte Daten zur Verbesserung unserer
        # Algorithmen“) is training them (call 10 of tests/eval/README.md); without that data, "our models" may be others.
        return words.has("training", text) or (ai_page and words.has("training.ai-page", text)) \
            or (ai_text and (words.has("training.ai-text", text) or words.has("training.ai-text-performance", text))) \
            or (ai_text and words.has("training.own-models", text) and names_members(text, words))

    for p in layout.passages:
        # "Our models" are AI models in a paragraph that says it trains them ("… never to train our models
        # without your consent. Only the photos you make public may be used to improve our models").
        # So are they under a question that asks about training ("# Are my photos used to train your AI?"): the
        # paragraph is its answer.
        heading = layout.heading(p)
        asked = heading is not None and heading.plain.rstrip(" *_").endswith("?") and words.has("training", heading.plain)
        trained_here = asked or words.has("training", no_other_training(p.plain))

        # An item of a list of what the platform does with members' data ("Our AI systems process your data to: … -
        # Improve our algorithms"), in a text that speaks of AI: improving its models with that data is training them
        # (call 10 of tests/eval/README.md), the data named by the list's lead.
        listed = p.kind == "item" and ai_text and words.has("training.own-models", p.plain) and _purpose(layout, p, words)

        def trains(text: str, trained_here: bool = trained_here, listed: bool = listed) -> bool:
            return trains_anywhere(text) or (trained_here and words.has("training.ai-page", text)) \
                or (listed and words.has("training.own-models", text))

        if p.kind == "heading" or not (trains(p.plain) or words.has("training.if-denied", p.plain)):
            continue  # one search rules out most passages
        if field_of(layout, p, words) in ("basis", "data"):
            continue
        for sentence in p.sentences:
            plain = visible(sentence)
            # "We don't use AI to process your content" denies training too; said without
            # the denial ("we use AI to process…") it is not training.
            if not (trains(plain) or (words.has("training.if-denied", plain) and words.denies(plain))) \
                    or words.has("training.not", plain):
                continue
            # "The new notice describes how data is used to develop AI", "If we ever consider
            # training on your content, we will ask first": a document's outline, a use imagined
            # for some day; neither says what is done today.
            if words.has("training.about-document", plain) or words.has("training.hypothetical", plain):
                continue
            # "You may not use the Service to train machine learning models": what the member may not do.
            if _forbidden_to_member(layout, p, plain, words):
                continue
            # A list's lead that says no use ("Your prompts, your embeddings and your training
            # data:"): its items say what is done with them, it says nothing on its own.
            if plain.rstrip(" *_").endswith(":") and not words.has("training.use", plain):
                continue
            # Data as a whole ("does not train on any data") takes in the members'. Data the use is
            # said to be kept apart from ("trained on licensed datasets separate from user content")
            # is what it leaves out, not what it names.
            explicit = _names_members_data(words.strip("exclusion.apart", plain), words)
            # The platform licensing what it holds to companies that train ("We license collections of photos
            # published on our site to companies that use them to train AI models"): its own use of its members'
            # content, whatever its section calls the collections ("# Dataset licensing").
            licensed = words.has("training.licensed-out", plain) and not words.has("third-party-data", plain)
            if not explicit and not licensed and words.has("third-party-data", plain + " " + layout.context(p)):
                continue
            # "Detection runs on models we train only on synthetic footage and on footage we license from others": a
            # training said to use other sources only, with no members' data named, is not a training on theirs (call 10).
            # A denial beside it ("… we no longer use players' data; we train only on licensed data") or pointing back to it
            # ("… Your personal data is not used for this.") is still read.
            if not explicit and words.has("training.only-other-sources", plain) and not words.denies(plain) \
                    and not _pointer_denial(p, sentence, plain, words):
                continue
            if words.has("third-party-use", plain) or _of_a_recipient(layout, p, words):
                continue
            # A vendor's or partner's denial ("Our AI providers, such as Gemini, do not use your data to train their
            # models") is theirs: it says nothing of what the platform itself does (call 10 of tests/eval/README.md).
            # A denial of its own after it ("…do not receive your data, and we never use it to train") is still read.
            # So is the platform's refusal to let others train ("We do not allow third parties to use your data to train
            # their models", « Nous n'autorisons pas les tiers à… »): the others' training is denied, not the platform's.
            if any(words.has(name, plain) and words.denies(plain) and not words.denies(words.strip(name, plain))
                   for name in ("denial.vendor", "denial.vendor-allowed")):
                continue
            # "We rely on legitimate interests to train our models": a purpose with its basis.
            purpose = _purpose(layout, p, words) or (words.has("basis.claim", plain) and bool(named_basis(plain, words)))
            # The platform saying that it uses something to train ("We also use these conversations to
            # train…", "nous utilisons les avis…", "verwenden wir sie, um…") speaks of what it holds,
            # its members' data: real pages name that data a sentence earlier. Data said to come from
            # elsewhere was set aside above.
            # Said of data the sentence before says the platform holds ("We process your username
            # and chat messages. This data may also be used to develop AI models"): that use is its own.
            # A list item worded as the platform's act, verb first ("- Use aggregated data to train our models"):
            # the list says what the platform does, the "we" left out.
            own = words.has("training.own", plain) or licensed or _of_data_before(layout, p, sentence, plain, words) \
                or _used_under_uses(layout, p, plain, words) \
                or (p.kind == "item" and words.has("training.item-use", plain)) \
                or _given_by_lead(layout, p, plain, words)
            # On an AI page the sentence need not name members' data, but it must say a use: a
            # setting's name or "Click Data for Generative AI Improvement" says nothing, nor do the models'
            # "training data" named as a thing ("biases present in the training data", « les données
            # d'entraînement »), though its noun shares a verb's stem.
            said_on_ai_page = kind in ("ai-notice", "opt-out") \
                and words.has("training.use", words.strip("training.data-noun", plain))
            # A list item under a lead that denies ("We do not sell or use your data for: - Training AI models"): the
            # platform's own denial, whether or not the item names the data (the lead may).
            denied_item = _under_denying_lead(layout, p, words)
            if explicit or purpose or own or denied_item or said_on_ai_page:
                s = _statement(p, sentence, plain, explicit, purpose, words, _announced(plain, words, today), own)
                if s.affirms and (_row_says_no(layout, p, words) or denied_item):
                    s = replace(s, affirms=False, default="", conditional=False)
                found.append(s)
    return found


def _forbidden_to_member(layout: Layout, p: Passage, plain: str, words: Words) -> bool:
    """A prohibition on the member's own acts, as terms list them ("You may not use the Service to train machine learning
    models", « Il est interdit d'utiliser le Service pour entraîner… », „Es ist untersagt, …“, «No está permitido…»), or an
    item under a lead or heading that forbids ("You may not:", "You agree not to:", "# Prohibited Uses"): it limits what
    the member does with the service, and says nothing of the platform's use of members' data. An item there that says
    the platform's own use ("we use…") is still read."""
    if words.has("training.member-forbidden", plain):
        return True
    if p.kind != "item" or words.has("training.own", plain):
        return False
    lead, heading = layout.intro(p) or layout.lead(p), layout.heading(p)
    # The lead's last sentence is the one that ends on the ":" ("Use the service lawfully. You may not:").
    said = [visible(lead.sentences[-1]) if lead.sentences else lead.plain] if lead is not None else []
    return any(words.has("training.member-forbidden-lead", text)
               for text in said + ([heading.plain] if heading is not None else []))


def _of_a_recipient(layout: Layout, p: Passage, words: Words) -> bool:
    """An item of a list of the recipients of members' data that names one first ("Anthropic (USA) — AI
    features: the content you generate. No training of models on your data."), under a heading naming the
    recipients ("Sub-processors", « Avec qui partageons-nous vos données ? », „Empfänger“): the item speaks of
    that recipient's processing, what it trains or not, not of the platform's own training."""
    if p.kind != "item" or not words.has("third-party-recipients.item", p.plain):
        return False
    return any(words.has("third-party-recipients.heading", h.plain) for h in layout.headings(p)[:2])


def _row_says_no(layout: Layout, p: Passage, words: Words) -> bool:
    """A table row that names the training in one cell and answers it with a bare "no" in
    another ("| AI training on your content | Never |", « | … | Jamais | »): the row denies it.
    Not a column asking whether one can refuse ("| AI training | Can you opt out? No |"): that
    "no" is of the choice, not of the training."""
    if p.row < 0 or p.row not in layout.rows:
        return False
    return any(q is not p and words.has("denial.cell", q.plain)
               and not words.concept("opt-out", q.column or "") for q in layout.rows[p.row])


def _under_denying_lead(layout: Layout, p: Passage, words: Words) -> bool:
    return bool(_denying_lead(layout, p, words))


def _denying_lead(layout: Layout, p: Passage, words: Words) -> str:
    """The lead or heading over a list item that says what the platform does not do ("# What We Don't
    Do", "We will never:", « Ce que nous ne faisons pas », „Was wir nicht tun“, «Lo que no hacemos»,
    "We do not sell or use your data for:"), else "": the item is worded as a use ("- Train AI models
    on your data"), the lead denies it, and any data the lead names is what the item's denial covers."""
    if p.kind != "item":
        return ""
    lead = layout.intro(p) or layout.lead(p)
    if lead is not None and lead.kind != "heading" and lead.plain.rstrip(" *_").endswith(":"):
        # The item's own lead speaks for it: the sentence that ends on the ":", which may close a paragraph
        # saying what the platform does first ("We process the data only to run the service. We refrain from:").
        last = visible(lead.sentences[-1]) if lead.sentences else lead.plain
        return last if words.has("denial.lead", lead.plain) or words.has("denial.lead", last) else ""
    heading = layout.heading(p)
    return next((q.plain for q in (lead, heading) if q is not None and words.has("denial.lead", q.plain)), "")


def unoffered(found: list[Statement], refusals: list, words: Words) -> list[Statement]:
    """A denial whose only exception is the member's opt-in ("We don't use your content to train
    … unless you explicitly opt in", « sans votre consentement explicite ») is a denial when the
    text describes no way to give that opt-in: no setting, form or address to choose it, nothing
    in its paragraph to switch. It says what happens to everyone who has done nothing, and no
    one can have done anything (set 17's egroupai call). With a way described (a setting that
    asks whether to allow training), it is training on an opt-in: "yes", off by default."""
    if refusals:
        return found
    return [replace(s, affirms=False, default="", conditional=False)
            if s.affirms and s.conditional and s.default == "no" and not words.has("refuse.setting", s.passage.plain)
            and not words.has("exclusion.member-act", _condition(s, words))
            and not words.has("exclusion.only-if", visible(s.sentence))
            else s for s in found]


def _condition(s: Statement, words: Words) -> str:
    """The agreement condition of a statement's sentence and what follows it ("unless: (1) … (2) you
    have reported them to us")."""
    plain = visible(s.sentence)
    match = words.find("exclusion.agreement-condition", plain)
    return plain[match.start():] if match else ""


def _names_members_data(plain: str, words: Words) -> bool:
    """Does the sentence name members' data as what it uses? Data named only in a clause that denies,
    beside one that affirms ("… licences accordées à des partenaires ; ces licences portent sur nos
    articles, jamais sur les données de nos lecteurs"), is what the use leaves out."""
    def named(text: str) -> bool:
        return names_members(text, words)

    if not named(plain):
        return False
    if denied_by_pointer(plain, words):
        return True  # "…only synthetic data; your personal data is not used for this": a denial naming them
    clauses = words.split("clauses.joined", plain)
    # Only a clause that says a use can affirm one: "Nothing you do in the app, and none of your data,
    # is used to train" has a subject for its first clause, no use.
    saying = [c for c in clauses if words.has("training.use", c) or words.has("training", c)]
    if len(clauses) < 2 or all(words.denies(c) for c in saying):
        return True
    return any(named(c) and not words.denies(c) for c in clauses)


def _of_data_before(layout: Layout, p: Passage, sentence: str, plain: str, words: Words) -> bool:
    """A sentence pointing back to data ("This data", « Ces données », „Diese Daten“, «Estos datos»)
    right after one in which the platform processes its members' data; or taking up a noun ("These
    recordings") that the sentences before name as what the platform takes from the member."""
    at = p.sentences.index(sentence) if sentence in p.sentences else 0
    before = visible(p.sentences[at - 1]) if at else ""
    if before and words.has("anaphora.back", plain) and words.has("training.own", before) \
            and words.has("members-data", before):
        return True
    # The noun may sit two sentences back when an abbreviation ("e.g.", "bspw.") cut the sentence that names
    # it, or in the paragraph before when the sentence opens its own.
    earlier = [visible(s) for s in p.sentences[max(0, at - 2):at]]
    previous = layout.passages[p.at - 1] if p.at > 0 else None
    if at < 2 and previous is not None and previous.kind == "para" and previous.section == p.section:
        earlier = [visible(s) for s in previous.sentences[-(2 - at):]] + earlier
    return same_thing_before(plain, " ".join(earlier), words)


def _given_by_lead(layout: Layout, p: Passage, plain: str, words: Words) -> bool:
    """A list item that says a use ("- May be used to train and improve AI models") under a lead in which the member
    gives something ("When you share a voice to the Community Library:", « Lorsque vous publiez une vidéo : »): the item
    says what becomes of what the member gave, the member's data, as the platform's use."""
    lead = layout.intro(p)
    return lead is not None and lead.plain.rstrip(" *_").endswith(":") and words.has("training.member-gives", lead.plain) \
        and (words.has("training.passive", plain) or words.has("training.use", plain))


def _used_under_uses(layout: Layout, p: Passage, plain: str, words: Words) -> bool:
    """A use said in the passive ("Recordings of public rooms are used to train the speech models")
    in a section whose heading names the uses of members' data ("How we use your information"):
    the section is about what the platform does with what its members give it, so the data is
    theirs, as in a list under such a heading (`_purpose`)."""
    heading = layout.heading(p)
    return heading is not None and words.has("members-data.purpose-lead", heading.plain) \
        and words.has("training.passive", plain)


def _statement(p: Passage, sentence: str, plain: str, explicit: bool, purpose: bool, words: Words,
               announced: bool, own: bool) -> Statement:
    def made(affirms: bool, default: str = "", conditional: bool = False) -> Statement:
        return Statement(words, p, sentence, affirms, explicit, purpose, default, conditional, announced, own)

    # The negation that counts is the training clause's: "We do not sell your data, but we use
    # your posts to train our models" affirms the training.
    kept = words.strip("exclusion", plain)  # "…, but not your private messages, …" first
    # A clause that denies only keeping or passing data on ("Our technology rests on federated learning: no personal
    # data is kept, stored or exchanged on our servers"): its "no" is not the training's.
    kept = words.strip("denial.keeping", kept)
    # An aside that adds what the data includes ("(including your clients' data, if you add them)") does
    # not change the clause's negation: its "if" must not swallow the "not" after it.
    kept = words.strip("clauses.aside", kept)
    clauses = [c for c in words.split("clauses.joined", kept) if words.has("training", c)]
    # "Zum Training verwenden wir ausschließlich synthetische Daten; Ihre personenbezogenen Daten werden dafür
    # nicht verwendet": the affirming clause is about other data, the members' are denied (clause.py).
    if _pointer_denial(p, sentence, kept, words):
        return made(False)
    if not words.denies(" ".join(clauses) or kept):
        # "If you consent, we use your viewing history to train…", "You can share your clips, which become training
        # data": used once the member agrees or contributes, off until then.
        chosen = words.has("training.if-consent", plain) or words.has("training.volunteer", plain)
        return made(True, "no") if chosen else made(True)
    # "These artifacts are used … to improve our models; they are never used to train general-purpose
    # AI models … without your permission": a clause that says the use, beside one that denies
    # another, affirms it with no choice of its own (the opt-in is the denied clause's).
    if any(words.has("training.ai-page", c) and not words.denies(c)
           for c in words.split("clauses.joined", kept) if c not in clauses):
        return made(True)
    # "We will not use your posts to train … if you object", "Turning it off means we won't use
    # your data to train": used until one refuses.
    # The platform opting out for its members ("we have configured our integrations to opt out of
    # provider-side training") is no refusal of the member's.
    member = words.strip("refuse.by-platform", plain)
    if words.has("exclusion.refusal-condition", member) or words.has("refuse.choice", member) \
            or words.has("refuse.objection", member):
        return made(True, "yes", conditional=True)
    if _agreed(plain, words):
        return made(True, "no", conditional=True)
    # "By default, your data is not used to train our models. You can choose to share data to improve
    # the service in your settings": an opt-in the paragraph describes, not a denial. Alone, "by
    # default we do not use…" stays a denial.
    if words.has("denial.by-default", plain) \
            and words.has("default.no", words.strip("denial.by-default", p.plain.replace(plain, " "))):
        return made(True, "no", conditional=True)
    # "Only in anonymised and aggregated form. We never use identifiable personal data to train our models": the denial
    # keeps out the identifiable form only, the paragraph says the data trains anonymised: a training (call 10).
    if words.has("denial.identifiable", plain) and words.has("training.derived-only", p.plain):
        return made(True)
    return made(False)


def _pointer_denial(p: Passage, sentence: str, plain: str, words: Words) -> str:
    """The clause that denies training on members' data beside one that trains on other data only
    (`clause.denied_by_pointer`), in the sentence or in the next one when that one points back ("…only
    synthetic data. Your personal data is not used for this."; a ";" also ends a sentence for the layout)."""
    at = p.sentences.index(sentence) if sentence in p.sentences else -1
    after = visible(p.sentences[at + 1]) if 0 <= at < len(p.sentences) - 1 else ""
    if denied := denied_by_pointer(plain, words):
        return denied
    return denied_by_pointer(plain.rstrip(" ;.") + "; " + after, words) if words.has("clauses.back", after) else ""


def _agreed(plain: str, words: Words) -> bool:
    """A denial with the member's agreement as its exception ("… unless you opt in"), not one that
    names an agreement for another use it lists ("Wir verkaufen deine Daten nie, teilen sie nie ohne
    deine ausdrückliche Zustimmung und nutzen sie nie zum Training"): the condition's own part of
    the sentence, between its commas and conjunctions, says the training or no other use."""
    match = words.find("exclusion.agreement-condition", plain)
    if match is None:
        return False
    start = 0
    for part in words.split("clauses.coordinated", plain):
        at = plain.find(part, start)
        if at <= match.start() < at + len(part) + 1:
            return words.has("training", part) or not words.has("exclusion.other-use", part)
        start = at + len(part)
    return True


def _announced(plain: str, words: Words, today: date) -> bool:
    """A start still to come: a date after `today` ("From 3 November 2025, we will…"), or,
    without a date, the wording of a start ("we will start using"). A date that has passed
    makes the sentence a fact, whatever its tense."""
    dates = _dates_in(plain, words.language)
    if dates:
        return min(dates) > today
    return words.has("training.announced", plain)


def _purpose(layout: Layout, p: Passage, words: Words) -> bool:
    """Does `p` state a purpose of processing members' data: a list item under "we use your
    information to:" or under a heading naming uses, or a purpose whose block names its legal
    basis or data categories?"""
    intro = layout.intro(p) or layout.lead(p)
    if intro is not None and words.has("members-data.purpose-lead", intro.plain):
        return True
    # What the member grants a licence for ("By using the service, you grant us a licence to:", « vous nous
    # accordez une licence pour : »): each item is a use of their content.
    if intro is not None and intro.plain.rstrip(" *_").endswith(":") and words.has("members-data.granted", intro.plain):
        return True
    # A list straight under a heading that names uses ("Finalidades y bases legales", "How we use
    # your information"): its items are those uses.
    heading = layout.heading(p)
    # A short title between them ("Platform Improvement") is a sub-heading of that section, not a lead.
    subheading = intro is not None and len(intro.plain.split()) <= 5 and not intro.plain.rstrip(" *_").endswith((":", ".", "?", "!"))
    # A numbered sub-paragraph worded as a purpose ("2.5. Para entrenar y mejorar nuestros modelos…", "3.2 To improve…")
    # is an item the text numbered by hand; one with a label of its own ("2.3 Service improvement: …") is a section's text.
    numbered = SUBNUMBERED.match(p.plain) if p.kind == "para" else None
    itemised = p.kind == "item" or (numbered is not None and words.has("training.purpose-opening", p.plain[numbered.end():]))
    if itemised and (intro is None or subheading) and heading is not None \
            and any(words.has("members-data.purpose-lead", h.plain) or words.has("fields.purpose", h.plain)
                    for h in [heading] + _numbered_parents(layout, heading)):
        return True
    if p.kind == "item" and heading is not None and _lead_over(layout, heading, words):
        return True
    # A data category described field by field ("2. Usage Data - What We Collect: interaction logs, … - Purpose: To analyze
    # user engagement, improve AI model quality"): each other field of the block is a use of the data collected.
    if p.kind == "item" and p.label and any(words.has("fields.collected", q.label) for q in _labelled_siblings(layout, p)):
        return True
    return any(kind in ("basis", "data") for _, kind in fields(layout, p, words))


def _labelled_siblings(layout: Layout, p: Passage) -> list[Passage]:
    """The labelled items next to `p` in its group ("- What We Collect: … - Purpose: …"), before and after it,
    up to an item without a label (the next category's name) or any other passage."""
    out = []
    for step in (-1, 1):
        at = p.at + step
        while 0 <= at < len(layout.passages) and layout.passages[at].kind == "item" and layout.passages[at].label:
            out.append(layout.passages[at])
            at += step
    return out


NUMBERED = re.compile(r"^\W*(\d+(?:\.\d+)*)\.\d+\b")
SUBNUMBERED = re.compile(r"^\W*\d+\.\d+\.?\s")  # "2.5. …", "3.1 …": a paragraph numbered as a part of a section


def _numbered_parents(layout: Layout, heading: Passage) -> list[Passage]:
    """The headings a numbered heading sits under by its number, when the text gives every heading one level
    ("# 2. How We Use Your Information" … "# 2.1 Service Delivery"): "2.1" is a part of "2.", whatever the
    Markdown says. Nearest first."""
    out, at = [], heading
    while match := NUMBERED.match(at.plain):
        number = match[1]
        parent = next((q for q in reversed(layout.passages[:at.at]) if q.kind == "heading"
                       and re.match(rf"^\W*{re.escape(number)}(?:\.|\s|$)(?!\d)", q.plain)), None)
        if parent is None:
            break
        out.append(parent)
        at = parent
    return out


def _lead_over(layout: Layout, heading: Passage, words: Words) -> bool:
    """A lead that names uses and ends in ":" ("We use the information we collect to:") with its purposes
    grouped under short sub-headings after it ("# Provide and improve the service", "- Improve our
    models"): the lead still governs each group's items, across the sub-headings and items between."""
    for q in reversed(layout.passages[max(0, heading.at - 40):heading.at]):
        if q.kind == "heading":
            if len(q.plain.split()) > 5 or words.has("members-data.purpose-lead", q.plain):
                return False  # a section of its own, not a group of the lead's purposes
            continue
        if q.kind == "item":
            continue
        if q.plain.rstrip(" *_").endswith(":") and words.has("members-data.purpose-lead", q.plain):
            return True
        # The opening paragraph of a section on the uses that announces purposes ("# How We Use Your Data" / "We use the
        # collected information for various purposes.") over its groups of them, the text giving every heading one
        # level: that section's lead, with or without a ":". A paragraph that gives one reason itself ("One reason we
        # use your information … is to help us …") is a section of its own.
        above = layout.passages[q.at - 1] if q.at > 0 else None
        return words.has("members-data.purpose-lead", q.plain) and words.has("members-data.purposes-ahead", q.plain) \
            and above is not None and above.kind == "heading" and words.has("members-data.purpose-lead", above.plain)
    return False


# ---------------------------------------------------------------- default

def default(layout: Layout, found: list[Statement], refusals: list[tuple[Passage, str]], basis: str,
            words: Words) -> str:
    # Training on the member's consent is off until they give it (call 6): switching it off again
    # ("you can turn this off at any time", "we stop if you say no") is the withdrawal of that
    # consent, not a sign that the training runs for everyone until they refuse.
    opt_in = basis == "consent"
    # A denial of one kind of data with the member's consent as its exception ("We do not use your private media for
    # training without your explicit consent"), beside a use of other data stated with no choice ("Prompts … to refine
    # model quality"): the opt-in is that kind's, it says nothing of whether the rest trains by default.
    if any(s.affirms and not s.conditional and s.default != "no" for s in found):
        found = [s for s in found if not (s.affirms and s.conditional and s.default == "no" and _partial(s, layout))]
    # A refusal worded as opting out of the use ("If you wish to opt out of your data being used for AI
    # training, contact us") says it runs until one does, whatever basis the text labels it with.
    if opt_in and any(words.has("default.opted-out", visible(sentence)) for _, sentence in refusals):
        opt_in = False
    cues = [s.default for s in found if s.default and not (opt_in and s.conditional and s.default == "yes")]

    def read(text: str, opt_in: bool) -> None:
        if words.has("training.no-by-default", text):
            cues.append("no")  # "No, by default." answering whether the data trains: its "by default" is no "on"
        elif words.has("default.no", text):
            cues.append("no")
            if words.has("default.on", text):
                cues.append("yes")  # "on by default for Starter teams, off by default for Enterprise": on for some
        elif words.has("default.yes", text) and (not opt_in or words.has("default.on", text)):
            cues.append("yes")  # on an opt-in, "you can turn it off" is the way back; only "on by default" counts

    # The paragraph around a training sentence: "Third-party training is off by default." Beside a sentence that says
    # its own opt-in ("When you enable 'Help improve', your data may be used… You can opt out at any time"), a way out
    # in the same paragraph is the way back from that opt-in, as it is on consent.
    for s in [s for s in found if s.affirms]:
        read(s.passage.plain, opt_in or s.default == "no")
        # An item's lead paragraph states the condition of the whole practice its items detail ("We share … with AI
        # services only after we have obtained your permission in the app. - What we send: … the media needed to train").
        lead = layout.intro(s.passage) if s.passage.kind == "item" else None
        if lead is not None and lead.kind == "para" and lead.section == s.passage.section and words.has("default.no", lead.plain):
            cues.append("no")
        # So does the heading of the section it stands in ("# Community Voices (Opt-In)"): an opt-in is the section's rule.
        heading = layout.heading(s.passage)
        if heading is not None and words.has("default.no", heading.plain) and not words.has("default.yes", heading.plain):
            cues.append("no")
    if any(s.affirms and words.has("members-data.granted", visible(s.sentence)) for s in found):
        cues.append("yes")  # granted by accepting the terms: on for everyone who has
    # A switch to turn it off again beside an opt-in the text states ("If you turn on …, we use …") is
    # how the member takes the choice back: only without such words does a way out mean it is on.
    # The opt-in must be the training sentence's own: "Marketing e-mails only with your consent" beside it is not.
    # So is the next sentence when it goes on about the same use ("… to help train the networks. These clips are
    # collected only if you allow it in the settings"): the opt-in is still the training's own.
    after = [s for s in found if s.affirms and _opt_in_after(layout, s, words)]
    # A training that says it needs access to more of the member's data ("To train our models, we will need access to
    # additional data"), followed close by the access being asked for or granted by the member ("we are asking for access
    # to the following data", "if authorized by you, we may access…"): the access, and so the training, waits for them.
    after += [s for s in found if s.affirms and words.has("default.needs-access", visible(s.sentence))
              and any(words.has("default.no", visible(t)) for _, t in following(layout, s))]
    # A choice card: the training's paragraph followed by the buttons that answer it ("- Yes, happy to help" / "- No thanks").
    after += [s for s in found if s.affirms and _asks_the_member(layout, s, words)]
    if after:
        cues.append("no")
    # The setting's own description just above its switch ("This setting is off until you turn it on.
    # - Turn 'Use my history…' on or off"): the state it is in before the member acts, an opt-in.
    # It must speak of a setting: "We share your health data only with your consent" above it is another use.
    described_off = any(r.kind != "heading" and r.section == q.section and words.has("default.no", r.plain)
                        and words.has("refuse.setting", r.plain)
                        for q in {q.at: q for q, _ in refusals}.values()
                        for r in layout.passages[max(0, q.at - 3):q.at])
    if described_off and "yes" not in cues:
        cues.append("no")
    opt_in = opt_in or described_off or ("yes" not in cues and any(s.default == "no" or words.has("default.no", visible(s.sentence))
                                                  for s in found if s.affirms)) or ("yes" not in cues and bool(after))
    # The training or the way out of it said to depend on what the text does not say, anywhere it speaks of training
    # ("Depending on account type or plan, users may have the ability to opt out of … model training"): whether it
    # is on for a member is left open (call 6), unless the text says more of the default.
    # So is a training the text states beside its denial of training its own models on members' data without a consent
    # it never asks for ("never used to train our models without your explicit consent" beside "… continuous learning on
    # your data"): the training then rests on a consent no text describes, which the member may or may not have given.
    # A denial for other models ("… any generative AI models without your permission") leaves the training it states alone.
    depends = any(words.has("default.depends", s.passage.plain) for s in found if s.affirms) \
        or any(words.has("default.depends", plain) and words.has("training", plain)
               for q in layout.passages for plain in map(visible, q.sentences)) \
        or any(not s.affirms and words.has("exclusion.agreement-condition", visible(s.sentence))
               and words.has("training.own-models", visible(s.sentence)) and not _partial(s, layout) for s in found)
    if depends and not cues:
        return "unclear"
    for _, sentence in refusals:
        read(visible(sentence), opt_in)

    # An opt-in kept in the settings ("You can choose to share … in your settings") is no opt-out.
    if not opt_in and any(not refuses(visible(sentence), words, ("withdrawal",))
                          and not words.has("default.no", visible(sentence)) for _, sentence in refusals):
        cues.append("yes")  # a way to opt out of the training means it happens unless one does
    if cues:
        return "no" if "no" in cues and "yes" not in cues else "yes"
    # No word on a choice: the training happens to every member the text covers (call 6 of
    # tests/eval/README.md), unless it rests on consent, which the member gives first; a text that
    # makes it depend on what it does not say ("depending on your settings") leaves it open.
    if depends:
        return "unclear"
    return "no" if basis == "consent" else "yes"


def _asks_the_member(layout: Layout, s: Statement, words: Words) -> bool:
    """The training's paragraph followed by a short list of answers, one yes and one no ("- Yes, happy to help" / "- No
    thanks", « Oui » / « Non merci », „Ja, gerne“ / „Nein“, «Sí» / «No, gracias»): the buttons of a card that asks the
    member, whose data is used once they answer yes, an opt-in (call 6). Only short items: "- No training on your
    messages" in a list is a statement, not a button."""
    if s.passage.kind != "para":
        return False
    answers = []
    for q in layout.passages[s.passage.at + 1:s.passage.at + 5]:
        if q.kind != "item":
            break
        answers.append(q.plain)
    short = [a for a in answers if len(a.split()) <= 5]
    return any(words.has("default.answer-yes", a) for a in short) and any(words.has("default.answer-no", a) for a in short)


def _opt_in_after(layout: Layout, s: Statement, words: Words) -> bool:
    """The sentence right after a training statement continues it ("These clips…", « Ces données… ») and
    says an opt-in ("… are collected only if you allow …")."""
    after = following(layout, s)[:1]
    return bool(after) and words.has("anaphora.continuation", visible(after[0][1])) \
        and words.has("default.no", visible(after[0][1]))


# ---------------------------------------------------------------- the answer

def training(layout: Layout, found: list[Statement], refusals: list[tuple[Passage, str]], basis: str,
             words: Words, kind: str = "ai-notice") -> Finding:
    """Yes / no / unclear, the data named, and whether by default (`refusals`: the ways to
    refuse the training itself, which say it happens unless one does)."""
    if not found:
        return Finding("unclear", {"data": [], "default": "unclear"})
    affirmed = [s for s in found if s.affirms and not s.announced]
    if any(s.announced for s in found):
        # "If you turn it off, we won't use your data" or "we will make it simple to opt out"
        # beside an announced start speaks of what is to come, not of what is done today.
        affirmed = [s for s in affirmed if not s.conditional and not _refusing(s)]
        if kind not in ("privacy-policy", "terms"):
            # A notice that announces a start ("Starting 24 April, … will be used to train",
            # "Until 17 August we do not use…") describes the training to come in its other
            # sentences too ("Data used for training may be shared with affiliates", "we're
            # updating how we use customer data"): only one that dates itself in the past or says
            # it goes on already ("we already use your public posts…") says what is done today.
            # A whole policy mentioning a change to come still states its current uses.
            affirmed = [s for s in affirmed if _dated_past(s) or s.words.has("training.ongoing", visible(s.sentence))]
    # A listed purpose that names neither the data nor the training ("- Improve AI response
    # accuracy") beside a denial of training on members' data as a whole ("Your content is not used
    # for AI model training"): the denial is what the text says of training, the purpose reads in its light.
    denials = [s for s in found if not s.affirms and not _partial(s, layout)]  # of members' data as a whole
    if denials:
        affirmed = [s for s in affirmed if s.explicit or s.own or not s.purpose
                    or words.has("training.verb", visible(s.sentence))]
    if not affirmed:
        if not denials and not any(s.announced for s in found):
            # "We do not use your messages" only: a denial of some data says nothing of the rest, and
            # it is the sentence a reader needs to see why the answer is "unclear".
            partial = [s for s in found if not s.affirms]
            if partial:
                return Finding("unclear", {"data": [], "default": "unclear"}, partial[0].passage,
                               visible(partial[0].sentence).strip())
            return Finding("unclear", {"data": [], "default": "unclear"})
        # Nothing done yet: a denial says so (of all data, else one that says "not yet": "today we
        # do not use your reviews"), else the announced start does ("From 1 February we will
        # use…"), not a sentence about other data.
        not_yet = [s for s in found if not s.affirms and words.has("training.not-yet", visible(s.sentence))]
        # Among denials, one that names members' data as a whole ("We do not train any AI on your data") proves
        # the "no" better than one naming a kind ("Your inputs are not used…"), whichever comes first.
        denials = sorted(denials, key=lambda s: not words.has("members-data.whole", visible(s.sentence)))
        first = (denials or not_yet or [s for s in found if s.announced])[0]
        return Finding("no", {"data": [], "default": "no"}, first.passage, visible(first.sentence).strip(), "medium")
    current = [s for s in found if s in affirmed or not s.affirms]
    data = training_data(layout, current, words)
    on = default(layout, current, refusals, basis, words)
    # The evidence is the sentence that says the data is used to train: a plain statement
    # before one that says how to refuse, what switching off changes, or on which basis (that
    # one is the legal basis's evidence); then one naming the data used ("We use your reviews
    # …", "We use the messages …"), a purpose ("Develop and improve AI at Meta" in a list of
    # uses), an example that names the data ("For example, your videos can help train…"), and
    # any other.
    def proof(s: Statement) -> int:
        return 2 if _refusing(s) or _under_refusal(s, layout) else 1 if _claims_basis(s) else 0

    def says(s: Statement) -> int:
        plain = visible(s.sentence)
        # A purpose in a table names its data in its row ("| Public posts … | Training generative AI models |").
        row = quoted(layout, s.passage, "") if s.passage.row >= 0 else ""
        # Members' data named only in another form ("…on de-identified or aggregated data") names it less plainly than
        # "your prompts": a sentence that says whose data it is comes first.
        outright = s.explicit and names_members(words.strip("members-data.derived", plain), words)
        names = outright or (s.own and bool(categories(plain, words, item=False))) \
            or bool(row and categories(row, words, item=True))
        example = words.has("anaphora.example", plain)
        # "…and improve our algorithms" read as training only for the data beside it says less than a sentence
        # with a word of training ("…to train and improve our AI models"): it comes after every such one.
        improving = not any(words.has(name, plain) for name in ("training", "training.ai-page", "training.ai-text",
                                                                           "training.ai-text-performance"))
        return 4 * improving + (0 if names and not example else 1 if s.purpose else 2 if names else 3)

    best = min(affirmed, key=lambda s: (proof(s), says(s), not s.sentence.rstrip("*_ ").endswith("."), s.passage.at))
    confidence = "high" if best.explicit or best.purpose else "medium"
    return Finding("yes", {"data": data, "default": on}, best.passage,
                   quoted(layout, best.passage, visible(best.sentence).strip()), confidence,
                   proof(best))


def _dated_past(s: Statement) -> bool:
    """A statement dated by its own words before the day of reading ("Since 2023, we use…")."""
    return not s.announced and bool(_dates_in(visible(s.sentence), s.words.language))


def _dates_in(plain: str, language: str) -> list[date]:
    """The dates a sentence gives: labelled ones ("Starting 24 April 2026") and those after
    "until" or "since", which the labelled-date reader leaves to the policy's header."""
    if not DATE_SPAN.search(plain):
        return []
    found = {d.date for d in find_dates(plain, language)}
    for span in DATE_SPAN.finditer(plain):
        iso = with_iso_dates(span.group(0), language)
        if ISO_DATE.fullmatch(iso):
            found.add(date.fromisoformat(iso))
    return sorted(found)


def _claims_basis(s: Statement) -> bool:
    plain = visible(s.sentence)
    return s.words.has("basis.claim", plain) and bool(named_basis(plain, s.words))


def _partial(s: Statement, layout: Layout) -> bool:
    """A denial of some data only ("we do not use your private messages to train") or of
    other accounts only ("data from business accounts is not used"): it keeps that data out,
    it does not say the platform does not train on members' data. Under a heading that
    itself denies training ("No training of AI models") the denial is the section's whole
    answer, whatever data it lists."""
    plain = visible(s.sentence)
    if other_accounts(s, layout):
        return True
    heading = layout.heading(s.passage)
    if heading is not None and s.words.has("training", heading.plain) and s.words.denies(heading.plain):
        return False
    # The data a denial names is that of its training clause: "Duck.ai does not store any of
    # your chats, and your conversations are not used to train" denies on conversations.
    clauses = [c for c in s.words.split("clauses.joined", plain) if s.words.has("training", c)] or [plain]
    # And within that clause, the object of the verb that says the training: "We do not sell your data or use
    # your code to train models" denies on the code; the data is only not sold (clause.py). Beside a training on
    # other data only, the clause that denies the members' data says what is denied.
    said = _pointer_denial(s.passage, s.sentence, plain, s.words) \
        or " ".join(training_object(c, s.words) for c in clauses)
    # An item under a lead that denies a use of some data ("We do not share or use your private messages for: - Training
    # AI models"): the item is the verb, the lead names what it is denied on. An item that names data of its own ("We
    # will never use your data for: - Training AI on identifiable content") narrows the lead's to it.
    if not _names_some_data(said, s.words):
        said = (_denying_lead(layout, s.passage, s.words) + " " + said).strip()
    # Data of one channel ("any data obtained through your identity provider"), whatever "any" it
    # says; an item that details such a denial ("… for training any AI. Specifically:") denies what its lead does.
    lead = layout.intro(s.passage) if s.passage.kind == "item" else None
    if s.words.has("denial.channel", said) or (lead is not None and s.words.has("denial.channel", lead.plain)):
        return True
    # "… does not use them to train our models in a way that exposes your data to other users": only
    # that manner is denied, the training itself may still happen.
    if s.words.has("denial.manner", said):
        return True
    # "… to train unrelated AI models": only those models are denied; "any AI model — ours or anyone else's"
    # names the platform's own beside the others', and denies both.
    if s.words.has("denial.some-models", said) and not s.words.has("denial.own-models-too", said):
        return True
    # The models' owner: "… not used to train third-party models" keeps the data from others' models and
    # says nothing of the platform's own ("ni nuestros ni de terceros" denies both, and is not read so).
    if s.words.has("denial.some-models-third", said) and not s.words.has("denial.own-models-too", said):
        return True
    if s.words.has("training.transfer-denied", said) \
            and not s.words.denies(s.words.strip("training.transfer-denied", said)):
        return True  # "We do not sell your data to third parties for AI training": only the sale is denied
    # A page whose whole subject is the kind of data the denial names (its title: "# Consumer Health
    # Data Privacy Policy", "we do not use consumer health data … for training"): convention 3 of
    # tests/eval/README.md, the page answers for that data.
    kinds = categories(said, s.words, item=False)
    title = next((q for q in layout.passages if q.kind == "heading"), None)
    if kinds and title is not None and kinds <= categories(title.plain, s.words, item=False):
        return False
    # So is a page about one feature (its title: "# AI Voice Privacy"), for the data the denial takes for that
    # feature ("Text you enter for AI Voice is never used to train"): all the page covers.
    if title is not None and _for_the_pages_feature(said, title.plain, s.words):
        return False
    # Kinds of data ("your private messages") or of content a tool holds ("your text"), unless the whole is named too.
    # "Vos données de santé", "your personal data (name, email, location)": the whole narrowed to a kind.
    # Members' data narrowed to one kind by a noun before it ("your candidate data", „Ihre Bewerberdaten“), as the
    # denial's subject; it may be the subject the training clause shares with the one before it ("Your health data is
    # stored safely and is never used to train"): with no data of its own, the clause's is the sentence's.
    named = said if names_members(said, s.words) or kinds \
        or any(s.words.has(name, said) for name in ("members-data.whole", "members-data.kind")) else plain
    # Call 3: a denial naming members' data covers what it names. Only members' data as a whole ("your content",
    # "your personal data", "anything you share", or a kind inside it: "your personal data, including your messages")
    # makes it complete; any one kind ("your conversations", „Eingaben und Ergebnisse“, "your stories"), even the
    # content the service mostly holds, leaves the rest of the members' data open. A denial naming no data ("we
    # do not train AI models") is complete.
    some = bool(kinds) or _names_some_data(named, s.words)
    return some and not s.words.has("members-data.whole", s.words.strip("members-data.qualified", named))


def _names_some_data(text: str, words: Words) -> bool:
    """Does a denial's text name members' data, or a kind of it ("your messages", "identifiable content")?"""
    return bool(categories(text, words, item=False)) or names_members(text, words) \
        or any(words.has(name, text) for name in ("denial.content", "members-data.qualified", "members-data.kind"))


def _for_the_pages_feature(said: str, title: str, words: Words) -> bool:
    """The denial's data is taken for the feature the page's title names ("# AI Voice Privacy": "Text you enter
    for AI Voice …"): the title's subject, once the words of any privacy page are set aside, follows "for", "in",
    "with" in the denial. Not a whole policy's title ("# Acme Privacy Policy"), nor the subject as the actor
    ("Acme does not use your messages…")."""
    if words.has("denial.general-title", title):
        return False
    subject = " ".join(words.strip("denial.title-generic", title).split()).strip(" #*_:-–—")
    at = said.casefold().find(subject.casefold()) if len(subject) >= 3 else -1
    return at > 0 and words.has("denial.feature-link", said[:at])


def _under_refusal(s: Statement, layout: Layout) -> bool:
    """A statement under a heading that is the refusal ("What changes when you switch it off"):
    it says what refusing does."""
    heading = layout.heading(s.passage)
    return heading is not None and (s.words.has("refuse.heading", heading.plain)
                                    or any(s.words.has(f"refuse.{kind}", heading.plain)
                                           for kind in ("choice", "objection", "withdrawal")))


def _refusing(s: Statement) -> bool:
    """A training sentence that is also a way to refuse or a condition ("You can control whether
    your posts are used for training", "If you turn it off, we will stop using…"). A use stated
    with its exception after it ("we use your data to train …, unless you refuse") states the
    training: the exception is not what it says."""
    plain = s.words.strip("refuse.unless", visible(s.sentence))
    return s.conditional or any(s.words.has(f"refuse.{kind}", plain) for kind in ("choice", "objection", "withdrawal"))
