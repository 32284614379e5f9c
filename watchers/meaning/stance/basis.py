"""On which legal basis does the platform train AI on members' data? (pure)

Read from the training statements `training.statements` finds: the basis a training
sentence names, or a sentence after it that points back to it ("We rely on legitimate
interests for this processing"), its block's basis field (the row's basis cell, the
field after it in a flattened table), then its section heading. Policies often give the
basis away from the training sentence (a table of purposes and bases, a basis the AI page
claims, a basis sentence elsewhere that repeats the training sentence's words): those
count only when nothing beside the training says it. A sentence about objecting to
processing on a basis ("you can object to processing based on legitimate interests") is a
way to refuse, not the basis.

Apart from `training.py` because it is its own question (`legal-basis`), with its own
evidence, and the way to refuse depends on it (`refusal.general_refusals`).
"""

from __future__ import annotations

import re
from collections import Counter

from watchers.meaning.links import visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance.findings import Finding, Statement, field_kind, fields, following, quoted
from watchers.meaning.stance.words import Words

# A basis sentence elsewhere speaks of the training when it repeats this many of its words
# (compared on their first STEM letters, so that "licensing" and "licensed" are one).
SHARED_STEMS = 3
# A purpose in a table row names the training when it repeats this many of its words, and most of its own.
ROW_STEMS = 2
# "terms": the terms or an agreement named as the ground ("under our Customer Agreement"); it is
# the contract only when no basis proper is given, on this page or another (`stance.answer`).
BASES = ("legitimate-interests", "consent", "contract", "terms")
STEM = 6
LONG_WORD = re.compile(r"\w{7,}")
# The markers of a list written inside one sentence ("(1) …, (2) …", "a) …; b) …").
INLINE_ITEM = re.compile(r"(?:^|\s)\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s")


def legal_basis(layout: Layout, found: list[Statement], words: Words, kind: str = "privacy-policy") -> Finding:
    """The basis named in a training sentence (strength 3), in its block's basis field
    (2), or in its section heading (1); the strongest wins, then the most frequent. When
    nothing beside the training sentence says it, policies give it away from it: a purpose-to-basis list or table whose
    entry speaks of training ("Training our models: our legitimate interest"), a basis the
    platform claims on an AI page (the page is about that processing) (2), or a basis
    sentence elsewhere that repeats what the training sentence says ("make your public
    contributions available, including through data licensing … to perform our contract") (1)."""
    candidates: list[tuple[int, str, Passage, str]] = []
    for s in found:
        if not s.affirms:
            continue
        plain = visible(s.sentence)
        own = _training_item(plain, words)
        if states_basis(own, words) and (basis := named_basis(own, words)):
            candidates.append((3, basis, s.passage, plain))
        in_fields = {q.at for q, kind in fields(layout, s.passage, words) if kind}
        stated = [(q, other, basis) for q, sentence in nearby(layout, s)
                  if q.at not in in_fields and q.row < 0 and states_basis(other := visible(sentence), words)
                  and (basis := named_basis(other, words))]
        if stated:  # the one that names the basis as such ("Rechtsgrundlage ist …"), else the first
            q, other, basis = min(stated, key=lambda found: (not _says_basis(found[1], words),
                                                             words.has("exclusion.agreement-condition", found[1])))
            candidates.append((3, basis, q, other))
        # The lead of the list the training is an item of, when it gives its purposes' basis ("5.2 Mejora y
        # desarrollo de servicios (base legal: interés legítimo)" over "- Entrenar … modelos de IA"): a field of it.
        intro = layout.intro(s.passage)
        if intro is not None and _says_basis(intro.plain.rstrip(" :*_") + ".", words) \
                and (basis := named_basis(intro.plain, words)):
            candidates.append((2, basis, intro, intro.plain))
        basis_fields = [q for q, kind in fields(layout, s.passage, words) if kind == "basis"]
        for q in _closest(basis_fields, plain, words):
            if not states_basis(q.plain, words):
                continue  # "You may withdraw your consent … at any time", after a list of bases: a refusal
            if words.has("basis.improvement", q.plain) and not _inside_improvement(layout, s, words):
                break  # the basis for improving the service, beside a training listed on its own: none (call 13)
            label = q.column if q.row >= 0 else _label_of(layout, s.passage, q, words)
            if basis := named_basis(label, words) or named_basis(q.plain, words):
                candidates.append((2, basis, q, q.plain))
                break
        heading = layout.heading(s.passage)
        if heading is not None and (basis := named_basis(heading.plain, words)):
            candidates.append((1, basis, heading, heading.plain))
    if not any(strength >= 2 for strength, *_ in candidates) and any(s.affirms for s in found):
        candidates += _basis_elsewhere(layout, found, words, kind)  # only when nothing beside the training says it
    if not candidates:
        candidates += _withdrawable(layout, found, words, kind)  # the weakest sign, only when nothing names a basis
    proper = [c for c in candidates if c[1] != "terms"]
    if not (proper or candidates):
        return Finding("unclear")
    best = max(c[0] for c in proper or candidates)
    strongest = [c for c in proper or candidates if c[0] == best]
    value = Counter(c[1] for c in strongest).most_common(1)[0][0]
    # Of the sentences that give it, the evidence is one that names the basis as such ("Legal
    # basis: your consent", "We rely on…") rather than one that only implies it ("Without your
    # consent, your chats are not used").
    strength, _, passage, sentence = min((c for c in strongest if c[1] == value),
                                         key=lambda c: (not _says_basis(c[3], words),
                                                        words.has("exclusion.agreement-condition", c[3])))
    if value == "terms":
        return Finding("contract", {"ground": "terms"}, passage, quoted(layout, passage, sentence), "medium")
    return Finding(value, {}, passage, quoted(layout, passage, sentence), {3: "high", 2: "high", 1: "medium", 0: "medium"}[strength])


def _training_item(plain: str, words: Words) -> str:
    """The item of a list written inside the sentence that holds the training ("Nous traitons vos données pour : (1) fournir
    le service, (3) améliorer nos modèles d'IA, (4) avec votre consentement, des communications marketing"): a basis
    another item names is that item's purpose's, not the training's. The whole sentence when it lists nothing so."""
    marks = list(INLINE_ITEM.finditer(plain))
    trains = words.find("training", plain)
    if len(marks) < 2 or trains is None:
        return plain
    begin = max((m.end() for m in marks if m.end() <= trains.start()), default=0)
    end = min((m.start() for m in marks if m.start() > trains.start()), default=len(plain))
    return plain[begin:end]


def said_apart(layout: Layout, words: Words) -> Finding:
    """The basis a document gives for a training that another of the platform's documents states
    (the AI notice says "we use your queries to train our models", the policy "L'entraînement de
    nos modèles d'IA … repose sur notre intérêt légitime"): a sentence of it that speaks of the
    training and names its basis. Only such a sentence: a basis named anywhere else in a policy is
    another processing's."""
    for p in layout.passages:
        if p.kind == "heading" or not words.has("training", p.plain):
            continue
        for sentence in p.sentences:
            plain = visible(sentence)
            if words.has("training", plain) and not words.denies(plain) and states_basis(plain, words) \
                    and (basis := named_basis(plain, words)) and basis != "terms":
                return Finding(basis, {}, p, quoted(layout, p, plain), "medium")
    return Finding("unclear")


def _says_basis(text: str, words: Words) -> bool:
    """A sentence that names the basis as such, not a label that announces it ("Legitimate
    interests relied on:")."""
    return not text.rstrip(" *_").endswith(":") and (words.has("fields.basis", text) or words.has("basis.claim", text)
                                                     or words.has("basis.rests", text))


def nearby(layout: Layout, s: Statement) -> list[tuple[Passage, str]]:
    """The following sentences that point back to the training ("We rely on legitimate
    interests for this processing"); in its own paragraph, a sentence naming a basis needs no
    pointer ("We do so on the basis of our legitimate interest.", "Base légale : …", "Unser
    berechtigtes Interesse besteht darin, …"): a paragraph is about one processing; nor does
    one that names the legal basis as such in the next paragraph ("Rechtsgrundlage ist deine
    Einwilligung …")."""
    def about(q: Passage, sentence: str) -> bool:
        plain = visible(sentence)
        # Another item of the same list of purposes is a purpose of its own ("- Where you have given
        # your consent: … we will use your information in accordance with that purpose"): its basis is its own.
        # One that points back to the uses listed above it ("4. By agreeing to these terms, users consent to the
        # above usage.") speaks of them, the training among them.
        if q is not s.passage and q.kind == "item" and s.passage.kind == "item":
            return s.words.has("basis.above", plain)
        # Nor is the lead of the next list ("5.4 Comunicaciones y soporte (base legal: ejecución del contrato)"
        # after the list the training is an item of): it gives the basis of the purposes listed under it.
        if s.passage.kind == "item" and q.kind != "item" and _leads_list(layout, q):
            return False
        # A promise about another processing in the same paragraph ("Nous ne partageons jamais vos renseignements
        # avec des systèmes d'IA externes sans votre consentement"): the consent it names is that processing's, not
        # the training's; a denial that names the training ("never used for training without your consent") is its.
        other_promise = s.words.denies(plain) and not s.words.has("training", plain)
        return s.words.has("anaphora.back", plain) or s.words.has("training", plain) \
            or (q is s.passage and not other_promise
                and (s.words.has("basis.claim", plain) or s.words.has("fields.basis", plain) or bool(named_basis(plain, s.words)))) \
            or (_says_basis(plain, s.words) and (q.at == s.passage.at + 1 or s.words.has("fields.basis", plain)))
    near = following(layout, s)
    return [(q, sentence) for q, sentence in near + [pair for pair in _pointing_back(layout, s) if pair not in near]
            if about(q, sentence)]


def _pointing_back(layout: Layout, s: Statement) -> list[tuple[Passage, str]]:
    """The sentences further on in the training's section that point back to the uses above it ("4. By agreeing
    to these terms, users consent to the above usage." after a list of purposes): "above" reaches the training
    however long the list between them."""
    out = []
    for q in layout.passages[s.passage.at + 1:]:
        if q.kind == "heading" or q.section != s.passage.section:
            break
        out += [(q, sentence) for sentence in q.sentences if s.words.has("basis.above", visible(sentence))]
    return out


def _basis_elsewhere(layout: Layout, found: list[Statement], words: Words, kind: str) -> list[tuple[int, str, Passage, str]]:
    out = []
    said = _stems(" ".join(_training_item(visible(s.sentence), words) for s in found if s.affirms), words)
    ai_page = kind in ("ai-notice", "opt-out")
    # The legal-bases section right after the training's ("3. AI …", "4. Legal bases"): its
    # sentence that points back ("This training is based on…", « Ce traitement est fondé sur… »)
    # is about the training, as is one that names no processing ("Grundlage ist unser berechtigtes Interesse").
    after = {h for s in found if s.affirms and (h := _next_heading(layout, s.passage)) is not None
             and words.has("fields.basis", layout.passages[h].plain)}
    # A denial ("Nous n'utilisons pas vos données … sans votre consentement explicite", no opt-in
    # offered) names the basis a training it does not do would need: no basis of a training done.
    denials = {(s.passage.at, s.sentence) for s in found if not s.affirms}
    # The training inside the improvement of the service: a training statement under that purpose, or a
    # sentence of the texts that names the improvement first and the training within it ("improve our
    # services, including AI model training"), found by `statements` or not; not one whose AI purpose
    # comes first ("Improve our AI technologies and support … product development").
    improving = any(_inside_improvement(layout, s, words) for s in found if s.affirms) \
        or any((purpose := words.find("basis.improvement", plain)) and (trains := words.find("training", plain))
               and purpose.start() <= trains.start() and not words.denies(plain)
               for p in layout.passages if p.kind != "heading" and words.has("training", p.plain)
               for plain in map(visible, p.sentences))
    for p in layout.passages:
        if p.kind == "heading":
            continue
        # Where such a basis can be: beside training wording (searched already by `statements`),
        # on an AI page, in the legal-bases section, or, for a training inside the improvement of the
        # service, beside that improvement.
        heading = layout.heading(p)
        if not (ai_page or words.has("training", p.plain)
                or (heading is not None and words.has("fields.basis", heading.plain))
                or (improving and words.has("basis.improvement", p.plain))):
            continue
        if not any(words.has(f"basis.{b}", p.plain) for b in BASES):
            continue
        led_by = _item_basis(p, words) if improving and heading is not None and words.has("fields.basis", heading.plain) else ""
        for sentence in p.sentences:
            plain = visible(sentence)
            # An item of the legal-bases section led by its basis ("- Intereses legítimos. Tratamos … para proteger y
            # mejorar Novik."): its sentence that names the improvement of the service gives that improvement's basis,
            # the training's when the training is done to improve the service (call 13).
            if led_by and (p.label or sentence != p.sentences[0]) and words.has("basis.improvement", plain):
                out.append((1, led_by, p, plain))
                continue
            own = _training_item(plain, words)  # a basis another item of an inline list names is its own
            if (p.at, sentence) in denials or not states_basis(own, words) or not (basis := named_basis(own, words)):
                continue
            # In a text that trains AI models, "to improve our models" speaks of those models, as on an AI page.
            if words.has("training", plain) or words.has("training.ai-page", plain) \
                    or (kind in ("ai-notice", "opt-out") and words.has("basis.claim", plain)):
                out.append((2, basis, p, plain))
            elif p.section in after and (words.has("anaphora.back", plain) or words.has("basis.bare", plain)
                                         or (words.has("fields.basis", plain) and _one_basis(layout, p.section, words))):
                out.append((2, basis, p, plain))
            elif len(_stems(plain, words) & said) >= SHARED_STEMS or _row_names(layout, p, said, words):
                out.append((1, basis, p, plain))
            elif improving and (improvement := words.find("basis.improvement", plain)):
                # A training done to improve the service ("to … improve the Services, including improving AI
                # performance", or listed under "Platform Improvement") rests on the basis the texts give that
                # improvement ("Legitimate interests, such as improving the Services", "… or legitimate interests
                # (e.g., service improvement)"): the basis named last before it (call 13).
                out.append((1, _basis_before(plain, improvement.start(), words) or basis, p, plain))
    return out


def _item_basis(p: Passage, words: Words) -> str:
    """The basis a list item opens with, alone in its first sentence or label ("- Intereses legítimos. Tratamos…",
    "- Legitimate interests: we process…"), or ""."""
    if p.kind != "item" or not p.sentences:
        return ""
    lead = p.label or visible(p.sentences[0])
    return named_basis(lead, words) if len(lead.split()) <= 4 else ""


def _one_basis(layout: Layout, section: int, words: Words) -> bool:
    """A legal-bases section that names one basis only ("3. Base legal del tratamiento": "Dicho cliente determina la base
    legal, siendo comúnmente el interés legítimo"): its sentence that says "legal basis" gives the basis of every
    processing the section before it describes, the training among them."""
    said = [words.strip("basis.excluded", visible(sentence)) for q in layout.passages
            if q.section == section and q.kind != "heading" for sentence in q.sentences]
    return len({basis for basis in BASES for text in said if words.has(f"basis.{basis}", text)}) == 1


def _inside_improvement(layout: Layout, s: Statement, words: Words) -> bool:
    """The texts put the training inside the purpose of improving the service (call 13): its sentence says
    it improves the service ("improve our services, including AI model training"), or it sits under that
    purpose's label, list or heading ("Platform Improvement" / "- Enhancing AI algorithms")."""
    around = [visible(s.sentence), s.passage.label]
    around += [q.plain for q in (layout.lead(s.passage), layout.intro(s.passage), layout.heading(s.passage)) if q is not None]
    return any(words.has("basis.improvement", text) for text in around if text)


def _basis_before(text: str, end: int, words: Words) -> str:
    """The basis named last before `end` ("your consent (e.g., for uploads) or legitimate interests (e.g.,
    service improvement)": the improvement's is the legitimate interest), or ""."""
    named = [(m.start(), b) for b in BASES for m in words.matches(f"basis.{b}", text[:end])]
    return max(named)[1] if named else ""


def _withdrawable(layout: Layout, found: list[Statement], words: Words, kind: str) -> list[tuple[int, str, Passage, str]]:
    """A consent the member can withdraw, said right after the training ("- You can revoke consent
    anytime" under "If you opt in:") or anywhere on a page about it ("Sie können Ihre Einwilligung
    jederzeit widerrufen, indem Sie das Kontrollkästchen deaktivieren"): only a processing on consent
    has a consent to withdraw, so the training rests on it. Not one about marketing, cookies or "some
    uses" ("you may withdraw your consent for some uses of the data"), which does not say it is this one."""
    ai_page = kind in ("ai-notice", "opt-out")
    if ai_page:
        around = [(p, sentence) for p in layout.passages if p.kind != "heading" for sentence in p.sentences]
    else:
        # Another labelled item of the training's list of purposes is a purpose of its own ("- Where you have
        # given your consent: … You can withdraw your consent to these uses"): its consent is not the
        # training's; an unlabelled item goes on saying the training's terms ("- You can revoke consent anytime").
        around = [(q, sentence) for s in found if s.affirms for q, sentence in following(layout, s)
                  if not (q is not s.passage and q.kind == "item" == s.passage.kind and q.label)]
    return [(0, "consent", q, plain) for q, sentence in around
            if words.has("basis.withdrawn", plain := visible(sentence)) and not words.has("refuse.elsewhere", plain)]


def _leads_list(layout: Layout, q: Passage) -> bool:
    """Is `q` the lead of a list: a paragraph or label with list items right under it?"""
    after = layout.passages[q.at + 1] if q.at + 1 < len(layout.passages) else None
    return q.kind in ("para", "label") and after is not None and after.kind == "item" and after.section == q.section


def _next_heading(layout: Layout, p: Passage) -> int | None:
    """The place of the first heading after `p`."""
    return next((q.at for q in layout.passages[p.at + 1:] if q.kind == "heading"), None)


def _row_names(layout: Layout, p: Passage, said: set[str], words: Words) -> bool:
    """A cell of a basis column whose row names the purpose the training sentence describes: a purpose
    is a short label, so most of its words, and at least two, are the training's ("Amélioration
    de nos algorithmes de recommandation d'offres" for "entraîner les algorithmes … qui vous
    recommandent des offres")."""
    if p.row < 0 or not words.has("fields.basis", _column(layout, p)):
        return False
    purpose = _stems(" ".join(q.plain for q in layout.rows[p.row] if q is not p), words)
    shared = purpose & said
    return len(shared) >= ROW_STEMS and 2 * len(shared) >= len(purpose)


def _column(layout: Layout, p: Passage) -> str:
    """A table cell's column header; a table written without its separator line ("| Finalité |
    Base légale |" straight above the rows) keeps its header as a first row, whose cell in the
    same place names the column."""
    if p.column or p.row not in layout.rows:
        return p.column
    first = min(r for r, cells in layout.rows.items() if cells and cells[0].section == p.section)
    header, row = layout.rows[first], layout.rows[p.row]
    return header[row.index(p)].plain if first != p.row and len(header) == len(row) else ""


def _stems(text: str, words: Words) -> set[str]:
    """The first letters of a text's longer words, without those every policy uses: enough
    to see that two sentences speak of the same thing ("licensing", "contributions")."""
    return {w[:STEM] for w in LONG_WORD.findall(text.casefold()) if not words.has("refuse.common", w)
            and not words.has("basis.common", w)}


def states_basis(text: str, words: Words) -> bool:
    """A sentence that gives the basis, not one about objecting to processing on a basis
    ("you can object to processing based on legitimate interests"); a condition does not
    make it one ("Where you have not opted out, we rely on legitimate interests"), nor does a
    refusal added after the basis ("…, on the basis of our legitimate interest, unless you object").
    The refusal starts where the reader does ("you can…", "du kannst…")."""
    if not words.concept("opt-out", text) or words.has("basis.claim", text):
        return True
    # Where each starts: a withdrawal's wording may begin on the consent it withdraws ("tu
    # consentimiento, que puedes retirar"), and the basis is still named before the refusal.
    named = [m.start() for b in BASES if (m := words.find(f"basis.{b}", text))]
    refusing = [m.start() for k in ("objection", "choice", "withdrawal") if (m := words.find(f"refuse.{k}", text))]
    # Where the verb comes last ("Du kannst der Verarbeitung auf Grundlage berechtigter
    # Interessen … widersprechen"), the refusal starts with the reader who can make it.
    if refusing and (reader := words.find("refuse.reader", text)):
        refusing.append(reader.start())
    # "This option is off by default and rests on your consent": said of the processing before any refusal.
    if (rests := words.find("basis.rests", text)) and (not refusing or rests.start() < min(refusing)):
        return True
    return bool(named and refusing) and min(named) <= min(refusing)


def named_basis(text: str, words: Words) -> str:
    """The basis a text names ("legitimate-interests", "consent", "contract", "terms"), or "";
    a basis named to say it is not the one relied on ("outside of the performance of our
    contract") does not count."""
    text = words.strip("basis.excluded", text)
    for basis in BASES:
        if words.has(f"basis.{basis}", text):
            return basis
    return ""


def _label_of(layout: Layout, p: Passage, q: Passage, words: Words) -> str:
    """The basis label `q` sits under in `p`'s block ("Legitimate interests relied on")."""
    label = q.label
    for r in layout.passages[p.at:q.at + 1]:
        if r.kind == "label" and field_kind(r.label, words) == "basis":
            label = r.label
    return label


def _closest(passages: list[Passage], sentence: str, words: Words) -> list[Passage]:
    """Passages about training first, then by how many of the sentence's words they repeat:
    of three balancing-test bullets, the one about developing AI is the evidence."""
    # Longer words first ("Improving our AI voice models" and "improving and developing our products"):
    # on short ones ("you", "our", "for example") the basis of another purpose could win.
    mine = set(re.findall(r"\w+", sentence.casefold()))
    stems = {w[:STEM] for w in LONG_WORD.findall(sentence.casefold())}
    return sorted(passages, key=lambda q: (not words.has("training", q.plain),
                                           -len(stems & {w[:STEM] for w in LONG_WORD.findall(q.plain.casefold())}),
                                           -len(mine & set(re.findall(r"\w+", q.plain.casefold())))))
