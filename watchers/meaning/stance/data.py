"""Which data a training statement says trains the models (pure): the categories of
`ai-training.details.data` (public-posts, photos-videos, messages, ai-interactions, metadata,
profile, other), read with the `[data]` patterns of lexicon/stance-<language>.toml.

The categories come from the training sentence, from the sentences after it that go on
describing it, and from its block (the row's other cells, the fields after it in a flattened
table); a denial's categories are kept out. A sentence that names members' data only in
general ("we use data from members to train…") takes them from where the texts say what that
data is: the sentence "this data" points back to, the paragraph after it that lists it, the
lead of the list a purpose is an item of ("Conversations are analysed to:" / "- Train our AI
models"), the sentence pointing back to it ("We may use your usage information for this
purpose"). A name the page defines for a kind of data ("Content Data: …", 'related inputs ("AI
Inputs")') trains on what its definition names. What members say to the platform's own
assistant, called by the name the texts give it ("your questions to Finn"), is `ai-interactions`;
so are conversations named alone where the data trains ("your conversations are used to
train…": talks with the service itself), as what a business stores in it ("customer data",
"workspace data") is `other` there: a denial of them keeps its whole scope (`trained_on`).
Members' content named only in general ("your content", « vos contenus ») is what the page's section on
that content names, or, on a service whose collection section names talks with its AI, those talks
(tests/eval/README.md, call 11; `kinds_under`). Members' data named only as a whole ("your data", "the
information we collect", « des informations », „Ihre Daten“, «tus datos», anonymised data), or a purpose
naming no data ("- Train and improve our AI models"), is every kind the page's collection section names
(call 11; `in_general`): marked `General`, so that a document naming its data precisely ("public posts
and comments") answers for the platform before one that only reads the collection section (`_merged`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from watchers.meaning.links import visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance.findings import Statement, fields
from watchers.meaning.stance.words import Words


# How every language's `data.ai-interactions` patterns read an AI ("with AI", « avec AI », "mit
# AI", "con AI"): the platform's own assistant, called by its name, is read as this.
AI_ASSISTANT = "AI assistant"


def categories(text: str, words: Words, item: bool) -> set[str]:
    """The data categories a text names. An item of a data list about interactions with
    the AI is that category only; in a sentence, only the words of those interactions are.
    The platform's assistant called by its name ("your questions to Finn") is an AI."""
    if words.assistant is not None:
        text = words.assistant.sub(AI_ASSISTANT, text)
    text = whole_compounds(text, words)
    m = LABELLED.match(text)
    if m and words.has("defined-data.term", m.group(1)):
        # "Usage data: uploaded images, prompts and generated images": the kinds the details name are
        # the data; the label's own name ("usage data") only when they name none.
        found = categories(m.group(2), words, item)
        if found:
            return found
    if words.has("data.ai-interactions", text):
        if item:
            return {"ai-interactions"}
        found = {"ai-interactions"}
        text = words.strip("data.ai-interactions", text)
    else:
        found = set()
    return found | {name for name in words.names("data") if name != "ai-interactions" and words.has(f"data.{name}", text)}


# An item or sentence that names a kind of data and then details it: "Technical data: device type, …".
LABELLED = re.compile(r"^\W*([^:.;]{2,40}?)\s*:\s*(\S.*)$", re.S)


def trained_on(text: str, words: Words, item: bool) -> set[str]:
    """The data categories a text that says the data trains names: `categories`, and the kinds a
    training names alone (`data-alone`): "your conversations are used to train our models" (what
    members say to the service itself), "we use your workspace data / customer data" (what a
    business stores in the service, `other`). A denial keeps its own scope: "your conversations
    are not used to train" or "we do not use customer data" says nothing of some kinds only, so
    these are read only where the data trains. Beside the platform's staff ("your calls to
    customer service and the transcripts of your chats") the conversations are with its people:
    correspondence, not talks with an AI."""
    found = categories(text, words, item)
    named = words.assistant.sub(AI_ASSISTANT, text) if words.assistant is not None else text
    for kind in words.names("data-alone"):
        if kind == "staff" or kind in found or (kind == "ai-interactions" and words.has("data-alone.staff", text)):
            continue
        if words.has(f"data-alone.{kind}", named):
            found.add(kind)
    return found


def whole_compounds(text: str, words: Words) -> str:
    """A list of compounds that share their head written out ("Transaktions-, Geräte- und
    Nutzungsdaten" -> "Transaktionsdaten, Gerätedaten und Nutzungsdaten"): each is a kind of data."""
    heads = words.literals("compounds.heads")
    for m in reversed(words.matches("compounds.list", text) if heads else []):
        last = m.group(2)
        head = next((h for h in heads if last.lower().endswith(h) and len(last) > len(h)), None)
        if head is not None:
            parts = [part + last[-len(head):] for part in re.findall(r"(\w+)-", m.group(1))]
            text = text[:m.start()] + ", ".join(parts) + ", " + last + text[m.end():]
    return text


def training_data(layout: Layout, found: list[Statement], words: Words) -> list[str]:
    data: set[str] = set()
    denied: set[str] = set()
    terms: dict[str, set[str]] | None = None
    for s in found:
        if not s.affirms and other_accounts(s, layout):
            continue  # "If you use Le Chat Team: we do not use your inputs…" keeps nothing out of members' data
        # "…, unless you turn off the Use of Voice Recordings setting": a setting's name, not data; nor is
        # what the trained model does ("…to train the model that helps you write messages").
        plain = words.strip("model-purpose", words.strip("refuse.unless", words.strip("exclusion", visible(s.sentence))))
        named = trained_on(plain, words, item=False) if s.affirms else categories(plain, words, item=False)
        (data if s.affirms else denied).update(named)
        if s.affirms:
            # "We use your Content, Submissions and Interactive Chat Information to train…": names the page defines.
            if terms is None:  # read once per document, even when it defines no name
                terms = defined_terms(layout, words)
            data |= defined_kinds(plain, terms, words)
        # "This may include details from your profile …; it does not include your messages."
        read_on = continuations(s)
        if s.affirms and not named:
            # "We use data from members to train…" names no kind of data: the texts say what it is
            # in the sentence "this data" points back to, or in the paragraph after that lists it.
            read_on += [(sentence, False) for sentence in described(layout, s)]
            # A purpose listed under the data it uses ("Conversations are analyzed to:" / "- Train
            # and improve AI models"): the list's lead names that data.
            intro = layout.intro(s.passage)
            if intro is not None and intro.plain.rstrip(" *_").endswith(":"):
                read_on.append((intro.plain, False))
        for sentence, item in read_on:
            for clause in s.words.split("clauses.contrast", visible(sentence)):
                if words.denies(clause):
                    denied.update(categories(clause, words, item))
                else:
                    data.update(trained_on(clause, words, item))
        if s.affirms:
            for q, kind in fields(layout, s.passage, words):
                if kind == "data":
                    data |= categories(q.plain, words, item=True) | defined_kinds(q.plain, terms, words)
            # A category described field by field in a short list ("Content Data" / "- What We Collect: Images,
            # videos, text prompts…" / "- Purpose: … to train our AI models"): what it collects is what trains.
            for q in _list_of(layout, s.passage):
                if words.has("fields.collected", q.label):
                    data |= categories(q.plain, words, item=False)
    if not data - denied and any(s.affirms and words.has("collected.general", visible(s.sentence)) for s in found):
        # "We use your content to train…" names no kind: the page's section on that content ("## Your
        # Content": "the chats and prompts you submit") says what it is; on a service where members talk
        # to an AI (its collection section says so), their content is those talks (tests/eval/README.md, call 11).
        # "Content you post or share" there says how it is shared, not what it is: the media it names are.
        own = kinds_under(layout, words, "collected.general")
        own = own - {"public-posts"} or own
        data |= own or ({"ai-interactions"} & kinds_under(layout, words, "collected.heading"))
    if not data - denied and any(s.affirms and in_general(visible(s.sentence), words) for s in found):
        # "We use your information to improve our AI models" names members' data only in general: it is
        # what the page says it collects from them (tests/eval/README.md, call 11). A page that names no
        # kind the categories read there ("vehicle registration data, mileage", or no collection section
        # at all) collects members' data of no category above: `other`, as below.
        collected = kinds_under(layout, words, "collected.heading") - denied
        if collected:
            return General(sorted(collected))
    affirmed = [visible(s.sentence) for s in found if s.affirms]
    if not data and affirmed and not any(words.has("collected.content", text) for text in affirmed):
        # "We use the temperature and heating data of all users", "your lineups and bids": members' data
        # named as a kind no category reads is of no category above, `other`; content is not such a kind (it
        # is what members make of every kind: call 11). Read weakly (`General`):
        # what another document names in words the categories read comes first.
        return General(["other"])
    return sorted(data - denied)


def in_general(sentence: str, words: Words) -> bool:
    """Whether a training sentence names members' data only in general: by a name for all of it
    ("your information", "the data we collect", "anonymised data", « des informations », „Ihre Daten“,
    «tus datos», `collected.whole`), or by no name of data at all and nothing of the member's ("To
    train and improve our AI models", a purpose in a list). "Your lineups and bids" names a kind the
    categories do not know: not members' data in general."""
    if words.has("collected.whole", sentence):
        return True
    return not words.has("defined-data.term", sentence) and not words.has("anaphora.yours", sentence)


class General(list):
    """Data not read from the training sentence's own words: what the page says it collects (members' data
    named as a whole), or `other` for a kind no category reads. `_merged` prefers a document's precise
    kinds to it."""


def kinds_under(layout: Layout, words: Words, key: str) -> set[str]:
    """The kinds of data named in the sections whose heading has `key`'s words: the page's collection
    section (`collected.heading`: "## Information we collect", « Données collectées », „Welche Daten wir
    erheben“, «Datos que recopilamos»), its section on members' content (`collected.general`: "## Your
    Content"), with the sections under them, or the list a lead of those words opens ("We collect the
    following information:"). A heading on what is done with the data ("How we use the information we
    collect", `collected.other`) is not one of them."""
    def heads(p: Passage) -> bool:
        return words.has(key, p.plain) and not words.has("collected.other", p.plain)

    # Headings of a kind of data right after such a heading, at its level ("# Data We Collect" / "# Technical
    # & Usage Data"), go on with it: pages flattened to one level of heading write them so.
    sections: set[int] = set()
    run: Passage | None = None  # the heading the headings after it may go on with
    for p in layout.passages:
        if p.kind != "heading":
            continue
        if heads(p):
            sections.add(p.at)
            run = p
        elif run is not None and p.level >= run.level and (words.has("defined-data.term", p.plain) or _numbered_under(p, run)) \
                and not words.has("collected.other", p.plain):
            sections.add(p.at)
        elif run is not None and p.level <= run.level:
            run = None
    found: set[str] = set()
    for p in layout.passages:
        if p.kind in ("heading", "title"):
            continue
        lead = layout.intro(p) or layout.lead(p)
        if lead is not None and lead is not p and words.denies(lead.plain):
            continue  # "We do NOT collect:" / "- Precise location data": what the page says it does not collect
        if any(h.at in sections for h in layout.headings(p)) \
                or lead is not None and heads(lead) and lead.plain.rstrip(" *_").endswith(":"):
            found |= trained_on(p.plain, words, item=False)
    return found


# A heading's number: "2.", "1.3", "a)", "(b)".
HEADING_NUMBER = re.compile(r"^\W*?(\d+(?:\.\d+)*|\(?[a-z]\))\.?\s", re.I)


def _numbered_under(heading: Passage, run: Passage) -> bool:
    """Whether a heading is numbered as a part of the one before it, on a page that flattened its headings to
    one level: "# 1.2 Usage Data" after "# 1. Information We Collect", "# a) Device Telemetry" after "# 2. Types
    of Data Collected". A number of its own ("# 3. How We Use Data") starts a section of its own."""
    own, parent = HEADING_NUMBER.match(heading.plain), HEADING_NUMBER.match(run.plain)
    if own is None:
        return False
    if own.group(1).endswith(")"):
        return True  # a letter: a part of the heading above it
    return parent is not None and own.group(1).startswith(parent.group(1).rstrip(".") + ".")


# A name the page gives a kind of data, in quotes after what it names: 'prompts and related inputs
# ("AI Inputs")', « (les « Contenus ») », „(„Nutzerinhalte“)“.
QUOTED_TERM = re.compile(r"\(\s*(?:(?:the|les?|la|die|der|das|los|las|el|collectively|together|hereinafter|ci-après|nachfolgend|en adelante)\s+)*[\"“«„]\s*([^\"”»“]{2,40}?)\s*[\"”»“]\s*\)")


def defined_terms(layout: Layout, words: Words) -> dict[str, set[str]]:
    """The names the page gives kinds of data, each with the categories its definition names: a
    field label ("Content Data: the photos and comments you post…", with the list it opens), a
    quoted name after what it stands for ('prompts, code and related inputs ("AI Inputs")'). Only names of
    data ("… Data", "… Information", "… Content", `defined-data.term`) that are not members'
    personal data as a whole; a training sentence that uses the name trains on what it defines."""
    out: dict[str, set[str]] = {}

    def add(term: str, text: str) -> None:
        term = term.strip(" *_")
        if term and term[0].isupper() and len(term.split()) <= 6 and words.has("defined-data.term", term) \
                and not words.has("defined-data.general", term):
            # Read as an item of a data list: "Inputs: the prompts, files and content you submit to Claude" is the
            # interactions with the AI only.
            out.setdefault(term, set()).update(trained_on(text, words, item=True))

    for p in layout.passages:
        if p.row >= 0 or p.kind in ("heading", "title"):
            continue
        if p.label or p.kind == "label":
            name, _, text = p.plain.partition(":")
            if p.plain.rstrip(" *_").endswith(":"):
                items = layout.passages[p.at + 1:p.at + 13]
                text += " " + " ".join(q.plain for q in items[:next((i for i, q in enumerate(items) if q.kind != "item"), len(items))])
            add(name, text)
        for sentence in p.sentences:
            plain = visible(sentence)
            for m in QUOTED_TERM.finditer(plain):
                add(m.group(1), plain[:m.start()])
    return {term: kinds for term, kinds in out.items() if kinds}


def defined_kinds(text: str, terms: dict[str, set[str]] | None, words: Words) -> set[str]:
    """The categories of the defined names a text uses, written as defined (capitals kept)."""
    found: set[str] = set()
    for term, kinds in (terms or {}).items():
        if re.search(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", text):
            found |= kinds
    return found


def continuations(s: Statement) -> list[tuple[str, bool]]:
    """The sentences after a training statement, in its paragraph, that go on describing it (each
    read as an item of its list: "This may include …") or point back to it without denying (a
    sentence of its own: "We may use your usage information and prompts for this purpose")."""
    sentences = s.passage.sentences
    after = sentences[sentences.index(s.sentence) + 1:] if s.sentence in sentences else []
    out = []
    for sentence in after:
        plain = visible(sentence)
        if s.words.has("anaphora.continuation", plain):
            out.append((sentence, True))
        elif s.words.has("anaphora.back", plain) and not s.words.denies(plain):
            out.append((sentence, False))
        else:
            break
    return out


def described(layout: Layout, s: Statement) -> list[str]:
    """Where the texts say what a training sentence's data is, when it names it only in general:
    the sentence before it that "this data" / « ces données » points back to ("Google records
    your feedback and conversations. Google uses this data to…"), and the paragraph right after
    it that lists the data ("The data we use includes details from your profile, …"), with the
    list it opens. A passage that only collects data, or lists what the whole policy collects,
    says nothing of what the training uses."""
    out = []
    sentences = s.passage.sentences
    if s.words.has("anaphora.data", visible(s.sentence)):
        at = sentences.index(s.sentence) if s.sentence in sentences else 0
        before = _beside(layout, s.passage, -1)
        out += sentences[at - 1:at] if at else before.sentences[-1:] if before else []
    elif s.sentence in sentences and in_general(visible(s.sentence), s.words):
        # "We use your chat history during your session. Data may be used anonymously to improve our AI models.":
        # data named only in general, after sentences of its own paragraph that name it, is theirs.
        out += sentences[:sentences.index(s.sentence)]
    after = _beside(layout, s.passage, 1)
    if after is not None and after.sentences and s.words.has("anaphora.data-list", visible(after.sentences[0])):
        out += after.sentences
        if after.plain.rstrip().endswith(":"):
            out += [q.text for q in layout.block(after) if q.kind == "item"]
    return out


def _list_of(layout: Layout, p: Passage) -> list[Passage]:
    """The other items of the list `p` is an item of (none if it is not an item)."""
    if p.kind != "item":
        return []
    out = []
    for step in (-1, 1):
        at = p.at + step
        while 0 <= at < len(layout.passages) and layout.passages[at].kind == "item" \
                and layout.passages[at].section == p.section:
            out.append(layout.passages[at])
            at += step
    return out


def _beside(layout: Layout, p: Passage, step: int) -> Passage | None:
    """The paragraph or item just before (-1) or after (1) `p` in its section, if any."""
    at = p.at + step
    q = layout.passages[at] if 0 <= at < len(layout.passages) else None
    return q if q is not None and q.kind != "heading" and q.section == p.section and q.row < 0 else None


def own_assistant(pages: list[tuple[str, str]]) -> re.Pattern | None:
    """The names a platform's texts (each with its language) give its own AI assistant ("Finn,
    our AI assistant", « l'assistant virtuel Billie », "der KI-Tutor Q-Chat"), as one pattern,
    or None. Only the lines with a cue ("assistant", "AI") are read."""
    names = set().union(*(assistant_names(text, language) for text, language in pages))
    if not names:
        return None
    return re.compile(r"\b(?-i:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


# A platform's answers are computed again at each of its changes, over documents all the same
# but one: each document's names are remembered, like its reading.
@lru_cache(maxsize=128)  # as many documents as `stance._remembered`
def assistant_names(text: str, language: str) -> frozenset[str]:
    """The assistant names one document gives (`own_assistant`)."""
    words = Words(language, None)  # the wording that finds the names, before they are known
    cues = words.literals("assistant.cue")
    names: set[str] = set()
    for line in text.splitlines():
        low = line.lower()
        if any(cue in low for cue in cues):
            names |= {next(g for g in m.groups() if g) for m in words.matches("assistant.named", visible(line))}
    return frozenset(names)


def other_accounts(s: Statement, layout: Layout) -> bool:
    """A statement about other accounts than a member's own, in its words or its heading
    ("### If you use Le Chat Team or Le Chat Enterprise"). A product the page's title names ("# Llama
    API Data Commitments") is the page's own subject, not other accounts: "Meta does not train on
    Llama API Customer Content" speaks of the page's members; "our API" on another page does not."""
    heading = layout.heading(s.passage)
    own = _named_in_title(layout)
    texts = [visible(s.sentence)] + ([heading.plain] if heading is not None else [])
    return any(m.group(0).lower() not in own or _name_before(text, m.start()) not in own[m.group(0).lower()]
               for text in texts for m in s.words.matches("members-data.other-accounts", text))


# A product's name before an account word: "Llama" in "Llama API".
NAME_BEFORE = re.compile(r"(?-i:([A-Z][\w.-]*))\s+$")


def _name_before(text: str, at: int) -> str:
    m = NAME_BEFORE.search(text[max(0, at - 40):at])
    return m.group(1) if m else ""


def _named_in_title(layout: Layout) -> dict[str, set[str]]:
    """The account words the page's title (its first heading) writes as part of a product's name
    ("Llama API"), each with the names it follows. Only an API: a developer product of its own, where
    "ChatGPT Enterprise" or "Le Chat Team" in a title are plans of a product whose other members the
    page leaves aside."""
    title = next((p for p in layout.passages if p.kind == "heading"), None)
    if title is None:
        return {}
    own: dict[str, set[str]] = {}
    for m in re.finditer(r"(?-i:([A-Z][\w.-]*))\s+(?-i:(API))\b", title.plain):
        own.setdefault(m.group(2).lower(), set()).add(m.group(1))
    return own
