"""How to refuse AI training: by a setting, a form, an e-mail, or not at all, with the
links to do it and whether one refusal covers linked accounts (pure).

An opt-out of the training itself comes first: opt-out wording beside training wording,
or any opt-out sentence on an AI notice or opt-out page, or one in a "Your choices"
section that speaks of what a training statement speaks of (a word they share: "these
partners", "these agreements"). A statement that there is no way out ("there is no
setting to exclude your posts") is one too. Then the route the legal basis gives: the
right to object (legitimate interests) or to withdraw consent (consent), and how to
exercise rights right after an objection. A link counts when it leads to a form or a
setting, judged from its target (a redirect's inner URL), or when its label is the
refusal itself; help articles and links inside the policy do not. A link standing alone
beside a refusal ("Direct link: [Grok & Third-party Collaborators](…)") is its route.

When a text gives several routes, the answer is the setting, the others are listed:
a toggle is how most people refuse, the objection form or e-mail comes second.
"""

from __future__ import annotations

import re

from watchers.meaning.links import comparable_url, links, visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance.findings import Finding, Statement, following
from watchers.meaning.stance.routes import EMAIL, link_route, plain_link, refuses, unaddressed
from watchers.meaning.stance.words import Words

WORD = re.compile(r"\w{6,}")
# A dot inside a name ("WEB.DE", "Booking.com"), not a sentence's end.
INWORD_DOT = re.compile(r"(?<=[^\W\d])\.(?=[^\W\d])")
# A section's number, at the start of its heading ("3.", "9 Kontakt") or in a reference ("section 3.3").
SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*")
# A passage of a link and at most this many words more ("Direct link:") is the link alone.
LINK_ONLY_WORDS = 3
# How many passages before or after a refusal a link standing alone may be.
LINK_REACH = 2
PREFERRED = ("setting", "form", "email")
# How many list items or labels after a refusal that ends with a colon may be its steps.
STEPS = 15
# Rights that, named beside an objection, make it one of the data subject's rights.
OTHER_RIGHTS = ("access", "correction", "deletion", "portability", "restriction")
# A line this short with no full stop is a title ("10.6 Derecho de oposición"), not a sentence.
TITLE_WORDS = 8


def ai_refusals(layout: Layout, found: list[Statement], words: Words, kind: str) -> list[tuple[Passage, str]]:
    """Sentences that refuse the training itself: opt-out wording beside training wording,
    right after a training statement, or anywhere on an AI notice or opt-out page."""
    affirmed = [s for s in found if s.affirms]
    if _third_parties_only(layout, words):
        return []
    close = {(q.at, sentence) for s in affirmed for q, sentence in following(layout, s)}
    near = {at for at, _ in close}
    # A training given in a table row goes on in the paragraph under the table ("| AI training | Consent |", then
    # "The option is off until you turn it on in Settings"): an opt-in setting said there is the row's.
    below: set[tuple[int, str]] = set()
    for s in affirmed:
        if s.passage.row >= 0:
            under = next((q for q in layout.passages[s.passage.at + 1:] if q.row < 0), None)
            if under is not None and under.section == s.passage.section and under.kind != "heading":
                below |= {(under.at, sentence) for sentence in under.sentences if _opt_in_setting(visible(sentence), words)}
    close |= set(below)
    near |= {at for at, _ in below}
    trained = {s.passage.at for s in affirmed}
    spoken_of = _content_words(" ".join(s.passage.plain for s in affirmed), words)
    everywhere = kind in ("ai-notice", "opt-out")
    # "When this setting is off, your chats are not used to train": the condition is the refusal.
    conditions = {(s.passage.at, s.sentence) for s in affirmed if s.conditional and s.default == "yes"}
    out = []
    for p in layout.passages:
        # Where a refusal of the training can be, before any refusal wording is searched: a
        # policy's passages were already searched for training wording (`statements`).
        headings = layout.headings(p)
        choices = bool(affirmed) and any(words.has("refuse.heading", h.plain) for h in headings)
        # A section headed by the training itself ("3. Training von KI-Modellen", "How we train our AI"):
        # "You can object to this use" in it refuses that training, whether the use is done or announced.
        topic = bool(headings) and words.has("training", headings[0].plain)
        if not (everywhere or choices or topic or p.at in near or words.has("training", p.plain)):
            continue
        # Under a heading that is itself the refusal ("How to opt out", "So entscheidest du dich
        # dagegen"), the steps that carry an address or a link are its instructions.
        steps = (everywhere or choices) and bool(headings) and not words.has("refuse.elsewhere", headings[0].plain) \
            and (refuses(headings[0].plain, words) or words.has("refuse.heading", headings[0].plain))
        if not (refuses(p.plain, words) or words.has("refuse.none", p.plain) or steps or _opt_in_setting(p.plain, words, p.plain)
                or any(at == p.at for at, _ in conditions) or words.has("refuse.by-settings", p.plain)):
            continue  # one search of the passage rules out most of the rest
        for sentence in p.sentences:
            plain = visible(sentence)
            # "may be used to train our models in accordance with your settings": the settings the training follows
            # are the way to refuse it.
            if (p.at, sentence) in conditions or (words.has("training", plain) and words.has("refuse.by-settings", plain)):
                out.append((p, sentence))
                continue
            # "You can exercise these rights by contacting us at …" is how the section's rights are
            # exercised: the route of a refusal among them (`_with_instructions`), none on its own.
            if steps and p.kind != "heading" and (EMAIL.search(plain) or any(links(sentence))) \
                    and not words.has("refuse.elsewhere", plain) and not words.has("refuse.exercise", plain):
                out.append((p, sentence))
                continue
            if not (refuses(plain, words) or words.has("refuse.none", plain) or _opt_in_setting(plain, words, p.plain)) \
                    or words.has("refuse.elsewhere", plain) or _not_a_route(plain, words):
                continue
            # "Depending on account type or plan, users may have the ability to opt out": a way out
            # for some members the text does not name, not one the reader can count on.
            if words.has("default.depends", plain):
                continue
            # An opt-in's switch said in the training's own paragraph, before it ("If you tick 'share this clip',
            # we store it … to improve our models"): a paragraph is about one processing.
            if everywhere or topic or words.has("training", plain) or (p.at, sentence) in close \
                    or (p.at in trained and _opt_in_setting(plain, words, p.plain)) \
                    or (choices and _content_words(plain, words) & spoken_of):
                out.append((p, sentence))
    return out


def _third_parties_only(layout: Layout, words: Words) -> bool:
    """A page that says its setting covers only third parties' training ("This setting only applies to
    third-party training"): its setting, steps and default are the third parties', no way to refuse
    the platform's own training, which the page leaves unsaid (call 9: "unclear", not "none")."""
    return any(words.has("refuse.third-party-only", p.plain) for p in layout.passages)


def _not_a_route(plain: str, words: Words) -> bool:
    """What is neither a way to refuse nor a statement that there is none (call 9): a paid plan that
    leaves content out ("opt out by upgrading to an Enterprise plan"), a setting said to cover only
    third parties' training, a choice a provider's terms decide ("Third-party providers (if you enable
    them): whether data is used for training depends on the provider's terms"), a switch the sentence says does something else
    (an assistant's memory, the logging of one source on opt-in). The platform's own training is then left unsaid: "unclear", so that a
    reader keeps looking for a route the texts do not include."""
    return words.has("refuse.not-a-route", plain) or words.has("refuse.third-party-only", plain) \
        or words.has("refuse.not-a-route-provider", plain) \
        or (words.has("refuse.other-switch", plain) and not words.has("training", plain))


def _opt_in_setting(plain: str, words: Words, around: str = "") -> bool:
    """An opt-in kept in a setting ("The option is off until you turn it on in the app, under Settings >
    Privacy"): the switch that turns the training on turns it off again, the way to refuse it. An opt-in
    made by switching an option on ("If you turn on Smart Insights, we use…", « En activant cette option,
    vous acceptez… », "tick 'share this clip'" in a paragraph that says it is opt-in) is such a switch
    too, wherever it sits: the sentence switches something on, its paragraph (`around`) says that
    nothing is used until the member does, or the sentence makes the use follow the switching ("When you
    enable 'Help improve', your data may be used to train…")."""
    return (words.has("default.no", plain) and words.has("refuse.setting", plain)) \
        or (words.has("refuse.switch-on", plain) and words.has("default.no", around or plain)) \
        or words.has("refuse.on-condition", plain)


def _content_words(text: str, words: Words) -> set[str]:
    """The longer words of a text, without those every policy sentence uses (data, information…)."""
    return {w for w in WORD.findall(text.casefold()) if not words.has("refuse.common", w)}


def general_refusals(layout: Layout, words: Words, basis: str) -> list[tuple[Passage, str]]:
    """The way to refuse processing on this basis: objecting (legitimate interests) or
    withdrawing consent, and how to exercise rights right after an objection."""
    wanted = {"legitimate-interests": "refuse.objection", "consent": "refuse.withdrawal"}.get(basis)
    if not wanted:
        return []
    out, sections = [], set()
    for p in layout.passages:
        for sentence in p.sentences:
            plain = visible(sentence)
            if words.has(wanted, unaddressed(plain)) and not words.has("refuse.elsewhere", plain) \
                    and not words.has("refuse.assessing", plain) and not _among_rights(sentence, words) \
                    and not _not_a_route(plain, words) and not _title_of_elsewhere(layout, p, words):
                out.append((p, sentence))
                sections.add(p.section)
            elif p.section in sections and words.has("refuse.exercise", plain):
                out.append((p, sentence))
    return out


def _title_of_elsewhere(layout: Layout, p: Passage, words: Words) -> bool:
    """A right's bare title ("10.6 Derecho de oposición", "Right to object") whose text, the next line, narrows it to
    another processing ("You may object …, in particular to direct marketing"): the title says no more than its
    text, and that text does not refuse the training."""
    if p.kind == "heading" or len(p.plain.split()) > TITLE_WORDS or p.plain.rstrip().endswith("."):
        return False
    body = layout.passages[p.at + 1] if p.at + 1 < len(layout.passages) else None
    return body is not None and body.kind != "heading" and body.section == p.section \
        and words.has("refuse.elsewhere", body.plain)


def _among_rights(sentence: str, words: Words) -> bool:
    """An objection named among the other rights of data subjects ("You can access, correct or delete
    your data, and object to processing based on our legitimate interests", "(e) restrict or object
    to how we process your data"): the GDPR's general right, not a way the platform gives to refuse
    the training (stance_public.toml's convention), whatever address its rights are exercised at.
    One that links its own objection form or setting is still that route (Meta's policies)."""
    plain = visible(sentence)
    return any(words.has(f"rights.kinds.{right}", plain) for right in OTHER_RIGHTS) \
        and not any(link_route(label, url, words) in ("form", "setting") for label, url in links(sentence))


def _with_instructions(layout: Layout, refusals: list[tuple[Passage, str]], words: Words) -> list[tuple[Passage, str]]:
    """The refusal sentences and, after each, a sentence saying how to do it ("To do so, fill
    in this form"), whose links are the route. A refusal that names its route in words with no
    address ("Vous pouvez vous opposer à cette utilisation par e-mail.") is given it by the next
    sentence that carries one ("Schreiben Sie an privacy@…"), in its paragraph or the next one
    of its section: real pages give the address after the route, as its own instruction. A
    refusal that names no route at all ("the right to opt out of training", an item of a rights
    list) is exercised as its section says rights are ("To exercise your rights, email us at …")."""
    out: list[tuple[Passage, str]] = []
    exercise: dict[int, list[tuple[Passage, str]]] = {}
    for p, sentence in refusals:
        out.append((p, sentence))
        rest = p.sentences[p.sentences.index(sentence) + 1:] if sentence in p.sentences else []
        # The next sentence, or the next paragraph of the section when the refusal ends its own,
        # that points back to it ("Schreiben Sie dazu an …", "To do so, use this form").
        after = _next_in_section(layout, p)
        then = [(p, s) for s in rest[:1]] or ([(after, after.sentences[0])] if after and after.sentences else [])
        out += [pair for pair in then if words.has("anaphora.back", visible(pair[1])) and pair not in refusals]
        plain = visible(sentence)
        if p.section >= 0 and not (EMAIL.search(plain) or any(links(sentence))
                                   or any(words.has(f"refuse.{route}", plain) for route in PREFERRED)):
            if p.section not in exercise:
                exercise[p.section] = [(q, s) for q in layout.passages if q.section == p.section
                                       for s in q.sentences if (EMAIL.search(s) or any(links(s)))
                                       and words.has("refuse.exercise", visible(s))]
            out += [pair for pair in exercise[p.section] if pair not in out]
        out += [pair for pair in _earlier_steps(layout, p, words) if pair not in out]
        out += [pair for pair in _referred(layout, sentence, words) if pair not in out]
        out += [pair for pair in _contact(layout, sentence, words) if pair not in out]
        # A refusal by e-mail, or sent to an office ("adresser votre opposition à notre délégué"), with no
        # address of its own: the next sentence that carries one gives it.
        if not (words.has("refuse.email", plain) or words.has("refuse.addressee", plain)) or EMAIL.search(plain):
            continue
        addressed = [(p, s) for s in rest if EMAIL.search(s)][:1]
        if not addressed and after is not None:
            addressed = [(after, s) for s in after.sentences if EMAIL.search(s)]
        out += [pair for pair in addressed if pair not in refusals and pair not in out]
    return out


def _earlier_steps(layout: Layout, p: Passage, words: Words) -> list[tuple[Passage, str]]:
    """The steps right before a refusal that is one step of their list or the line under it ("- Sign in to
    [Console](…)", "- Open Settings.", "- Turn on the option to exclude outputs from training.", then "Turn it
    off the same way."): a step that leads somewhere gives, by its link, the place where the refusal is made."""
    out = []
    for q in reversed(layout.passages[max(0, p.at - STEPS):p.at]):
        if q.kind != "item" or q.section != p.section:
            break
        out += [(q, s) for s in q.sentences if any(links(s)) and words.has("refuse.step", visible(s))]
    return out


def _referred(layout: Layout, sentence: str, words: Words) -> list[tuple[Passage, str]]:
    """The address a refusal with none of its own sends to elsewhere in the text ("by writing to
    our DPO at the address given in section 3.3", "Kontakt siehe Abschnitt 9"): of the sentences
    with an address or a link in that numbered section (its top level when "3.3" has no heading
    of its own), the one that repeats most of the refusal's words, so that "our Data Protection
    Officer" picks the DPO's address over the company's."""
    plain = visible(sentence)
    if EMAIL.search(plain) or any(links(sentence)) or not (ref := words.find("refuse.section-ref", plain)):
        return []
    if name := ref.groupdict().get("name"):  # "the Contact section below": the heading that says it
        heading = next((q for q in layout.passages if q.kind == "heading"
                        and name.strip().casefold() in q.plain.casefold()), None)
    else:
        number = SECTION_NUMBER.search(ref.group(0)).group(0)
        numbered: dict[str, Passage] = {}
        for q in layout.passages:
            if q.kind == "heading" and (m := SECTION_NUMBER.match(q.plain)):
                numbered.setdefault(m.group(0), q)
        heading = numbered.get(number) or numbered.get(number.split(".")[0])
    if heading is None:
        return []
    inside = [(q, s) for q in layout.passages if heading in layout.headings(q) and q.kind != "heading"
              for s in q.sentences if EMAIL.search(s) or any(links(s))]
    said = _content_words(plain, words)
    return sorted(inside, key=lambda pair: -len(_content_words(visible(pair[1]), words) & said))[:1]


def _contact(layout: Layout, sentence: str, words: Words) -> list[tuple[Passage, str]]:
    """The address of a refusal made by contacting the platform ("Puede solicitar que sus datos no sean
    usados … contactando a nuestro equipo de soporte", "contact us to opt out") with none of its own: the
    e-mail addresses its contact section gives ("# 12. Contacto", "Email: info@…"), the one channel the
    texts name for that contact. Not "To exercise these rights, contact us": every right's channel."""
    plain = visible(sentence)
    # "To exercise these rights, contact us": how every right is exercised, not a refusal of the training.
    if EMAIL.search(plain) or any(links(sentence)) or not words.has("refuse.contact", plain) \
            or words.has("refuse.exercise", plain):
        return []
    headings = [q for q in layout.passages if q.kind == "heading" and words.has("refuse.contact-heading", q.plain)]
    return [(q, s) for q in layout.passages if q.kind != "heading" and any(h in layout.headings(q) for h in headings)
            for s in q.sentences if EMAIL.search(s)][:1]


def _next_in_section(layout: Layout, p: Passage) -> Passage | None:
    """The passage after `p`, if it is in `p`'s section and not a heading."""
    q = layout.passages[p.at + 1] if p.at + 1 < len(layout.passages) else None
    return q if q is not None and q.section == p.section and q.kind != "heading" else None


def _steps(layout: Layout, refusals: list[tuple[Passage, str]]) -> list[str]:
    """The numbered steps a refusal announces ("…, you can follow the steps below:"): what they
    name ("Navigate to Settings", "De-select …") is how to refuse."""
    out: list[str] = []
    for p, sentence in refusals:
        if not visible(sentence).rstrip(" *_").endswith(":"):
            continue
        for q in layout.passages[p.at + 1:p.at + 1 + STEPS]:
            if q.kind not in ("item", "label") or q.section != p.section:
                break
            out.append(q.plain)
    return out


def _beside(layout: Layout, refusals: list[tuple[Passage, str]]) -> list[Passage]:
    """Links standing alone in their passage, just before or after a refusal in its section, or
    as the heading of its section ("# [Privacy Request Form](…)" over "Use this form to … opt out")."""
    out: list[Passage] = []
    for p, _ in refusals:
        for q in layout.passages[max(0, p.at - LINK_REACH):p.at + 1 + LINK_REACH]:
            # A heading that is only a link, right after the refusal's section ("# [Manage Smart Insights](…)"):
            # a button set out as a heading, not a new section's title.
            button = q.kind == "heading" and q.at > p.at and q.plain.strip() == " ".join(l for l, _ in links(q.text)).strip() \
                and all(r.kind != "heading" for r in layout.passages[p.at + 1:q.at])
            if q is p or q in out or (not button and (q.section != p.section or (q.kind == "heading" and q.at != p.section))):
                continue
            if _link_alone(q):
                out.append(q)
        # Steps after the refusal (a list, maybe under its own heading: "# To change your setting", "- Go to
        # Settings…") that end on a link alone ("Direct link: [Grok settings](…)", "[Open settings](…)"):
        # that link is where the steps lead.
        after, steps = p.at + 1, 0
        while after < len(layout.passages) and after <= p.at + STEPS \
                and layout.passages[after].kind in ("item", "label", "heading"):
            steps += layout.passages[after].kind != "heading"
            after += 1
        if steps and after < len(layout.passages) and _link_alone(layout.passages[after]) \
                and layout.passages[after] not in out:
            out.append(layout.passages[after])
    return out


def _link_alone(q: Passage) -> bool:
    """A passage of a link and at most LINK_ONLY_WORDS words more ("Direct link: [Privacy settings](…)")."""
    labels = " ".join(label for label, _ in links(q.text))
    return bool(labels) and len(q.plain.split()) - len(labels.split()) <= LINK_ONLY_WORDS


def refusal(layout: Layout, own: list[tuple[Passage, str]], general: list[tuple[Passage, str]], words: Words,
            language: str, page_links: tuple[tuple[str, str], ...] = ()) -> Finding:
    """The route, its links, the other routes (`other-routes`: kinds; `others`: e-mail
    addresses and setting paths) and whether one refusal covers linked accounts. `own`:
    the refusals of the training itself (`ai_refusals`); `general`: those its legal basis
    gives (`general_refusals`). `page_links`: the opt-out links stored with an AI notice or
    opt-out page, used when its refusal sentences carry none (the button is elsewhere on the page)."""
    if _third_parties_only(layout, words):
        page_links = ()
    refusals = own + [pair for pair in general if pair not in own]
    if not refusals:
        return Finding("unclear", {"links": [], "others": [], "other-routes": [], "linked-accounts": "unclear"})
    routes: dict[str, tuple[str, str]] = {}  # comparable url -> (url as written, route kind)
    # Links of the instructions whose target says nothing of what they do ("Go to [Your
    # activity](…)", a button beside the refusal): the refusal's own links, of the kind its wording says.
    unnamed: dict[str, str] = {}
    emails: list[str] = []
    paths: list[str] = []
    for _, sentence in _with_instructions(layout, refusals, words):
        plain = visible(sentence)
        for label, url in links(sentence):
            if route := link_route(label, url, words):
                routes.setdefault(comparable_url(url, language), (url, route))
            elif plain_link(url, label):
                unnamed.setdefault(comparable_url(url, language), url)
        emails += [a.removeprefix("mailto:") for a in EMAIL.findall(plain) if a.removeprefix("mailto:") not in emails]
        if (path := words.find("refuse.path", plain)) and path.group(0).strip() not in paths:
            paths.append(path.group(0).strip())
    # "[Contact support](…/requests/new)" at the foot of a page is where to ask for help, not the refusal's
    # route, unless the refusal is made by contacting the platform ("contact support to opt out").
    contacting = any(words.has("refuse.contact", visible(s)) for _, s in refusals)
    for q in _beside(layout, refusals):
        for label, url in links(q.text):
            if words.has("refuse.help-label", label) and not contacting:
                continue
            if route := link_route(label, url, words, alone=True):
                routes.setdefault(comparable_url(url, language), (url, route))
            elif plain_link(url, label):
                unnamed.setdefault(comparable_url(url, language), url)
    for label, url in page_links if not routes else ():
        if route := link_route(label, url, words):
            routes.setdefault(comparable_url(url, language), (url, route))
    texts = [visible(s) for _, s in refusals] + _steps(layout, own)
    around = texts + [p.plain for p, _ in refusals]  # "Depending on your settings … If you do not opt out"
    kinds = {route for _, route in routes.values()}
    kinds |= {"email"} if emails else set()
    # "Object in your settings or with our form": the setting is named beside the form's link.
    in_words = any(words.has("refuse.setting", visible(s)) and refuses(visible(s), words) for _, s in own)
    # "If you turn on Smart Insights, we use…": the opt-in's switch is the setting that refuses.
    switched = any(_opt_in_setting(visible(s), words, p.plain) for p, s in own)
    in_words = in_words or switched
    kinds |= {"setting"} if paths or (kinds and in_words) else set()
    if kinds:
        value = next(kind for kind in PREFERRED if kind in kinds)
        if value == "form" and "email" in kinds:
            value = _named_first(texts, words)
    elif any(words.has("refuse.none", t) for t in texts):
        value = "none"
    elif switched or any(words.has("refuse.setting", t) for t in texts):
        value = "setting"
    elif any(words.has("refuse.form", t) for t in around):
        value = "form"
    elif any(words.has("refuse.setting", t) for t in around):
        value = "setting"
    else:
        value = "unclear"
    # Whether one refusal covers linked accounts is said beside the instructions, often in a
    # paragraph of its own ("The setting applies only to the account you are logged into").
    sections = {p.section for p, _ in own}
    beside = [q.plain for q in layout.passages if q.section in sections and q.section >= 0]
    # Read with a name's dots as letters ("alle GMX- und WEB.DE-Postfächer, die mit Ihrem Kundenkonto verknüpft
    # sind"): the wording's "[^.;]" stops at a sentence's end, not inside a name. One account on every device
    # ("all devices where you are signed in with the same account") is not accounts linked to it.
    said = [INWORD_DOT.sub("_", t) for t in texts + beside]
    linked = next((answer for answer in ("yes", "no")
                   if any(words.has(f"refuse.linked-{answer}", t) and not (answer == "yes" and words.has("refuse.linked-devices", t))
                          for t in said)), "unclear")
    ordered = sorted(routes.values(), key=lambda pair: (pair[1] != value, PREFERRED.index(pair[1])))  # the answer's link first
    if value in ("setting", "form") and not any(route == value for _, route in ordered):
        ordered = [(url, value) for key, url in unnamed.items() if key not in routes] + ordered
    details = {"links": [url for url, _ in ordered], "others": emails + paths,
               "other-routes": [kind for kind in PREFERRED if kind in kinds and kind != value],
               "linked-accounts": linked}
    evidence = _evidence(refusals, value, words)
    return Finding(value, details, evidence[0], visible(evidence[1]), "high" if routes else "medium")


def _named_first(texts: list[str], words: Words) -> str:
    """Between a form and an e-mail, the one the refusal names first ("by writing to our DPO or
    by filling in the form"): no setting to prefer, the platform's own order says which it offers first."""
    for text in texts:
        found = [(m.start(), "form") for m in [words.find("refuse.form", text)] if m] \
            + [(m.start(), "email") for m in [EMAIL.search(text) or words.find("refuse.email", text)] if m]
        if found:
            return min(found)[1]
    return "form"


def _evidence(refusals: list[tuple[Passage, str]], value: str, words: Words) -> tuple[Passage, str]:
    """The sentence that gives the route answered: one that refuses and says the route in words
    ("You can stop the use of your data … in your Privacy Settings"), before a step that only
    names a menu ("Go to Your account, then Settings."), a sentence about handling requests or a
    link's bare label; a refusal with a link to it next."""
    said = [(p, s) for p, s in refusals if len(visible(s).split()) > LINK_ONLY_WORDS + 2 and p.kind != "heading"]
    candidates = said or refusals
    wording = {"setting": "refuse.setting", "form": "refuse.form", "email": "refuse.email", "none": "refuse.none"}.get(value)

    def rank(pair: tuple[Passage, str]) -> tuple[bool, bool, bool]:
        plain = visible(pair[1])
        names = bool(wording and words.has(wording, plain)) or (value == "email" and bool(EMAIL.search(plain)))
        refusing = refuses(plain, words) or words.has("refuse.none", plain)
        linked = any(link_route(label, url, words) for label, url in links(pair[1]))
        return not (refusing and names), not names, not (names or linked)  # else the first in reading order

    return min(candidates, key=rank)
