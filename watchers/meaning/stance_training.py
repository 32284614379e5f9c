"""Does a document say the platform trains AI on members' data, which data, on which
legal basis, and by default or not? (pure)

A training statement is a sentence with the classifier's `ai-training` wording and a
stance `training` reading (data used to train, develop or improve AI), about members'
data: named in the sentence, or implied by where it stands (a purpose in a table of
processing purposes, an item of a "we use your information to:" list). A denial ("we do
not use your messages to train") is a statement too, unless a condition makes it an
opt-out ("… if you object"). The legal basis and the data categories are read from the
sentence, from the sentences after it that point back to it ("We rely on legitimate
interests for this processing"), from its block (the row's other cells, the fields after
it in a flattened table), then from its section heading.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from watchers.meaning.links import visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance_words import Words

CLAUSES = re.compile(r";|,\s*(?=but\b|mais\b|aber\b|pero\b|nicht\b)")
# How many passages after a training statement may still point back to it.
NEARBY = 3


@dataclass
class Finding:
    value: str | tuple[str, ...]
    details: dict = field(default_factory=dict)
    passage: Passage | None = None
    sentence: str = ""  # the evidence, as the reader sees it
    confidence: str = "low"


@dataclass(frozen=True)
class Statement:
    words: Words = field(repr=False, compare=False)
    passage: Passage
    sentence: str
    affirms: bool  # False: a denial ("we do not use your messages to train")
    explicit: bool  # members' data named in the sentence itself
    purpose: bool  # a stated purpose of processing (a table row, a "we use your data to:" item)
    default: str  # "yes" / "no" from a condition in the sentence, else ""


def statements(layout: Layout, words: Words, kind: str) -> list[Statement]:
    found = []
    for p in layout.passages:
        if p.kind == "heading" or not words.has("training", p.plain):
            continue  # one search rules out most passages
        if _field(layout, p, words) in ("basis", "data"):
            continue
        for sentence in p.sentences:
            plain = visible(sentence)
            if not words.has("training", plain) or words.has("training.not", plain):
                continue
            explicit = words.has("members-data", plain) or words.has("data.other", plain)
            if not explicit and words.has("third-party-data", plain + " " + layout.context(p)):
                continue
            purpose = _purpose(layout, p, words)
            if explicit or purpose or kind in ("ai-notice", "opt-out"):
                found.append(_statement(p, sentence, plain, explicit, purpose, words))
    return found


def _statement(p: Passage, sentence: str, plain: str, explicit: bool, purpose: bool, words: Words) -> Statement:
    if not words.denies(words.strip("exclusion", plain)):
        return Statement(words, p, sentence, True, explicit, purpose, "")
    # "We will not use your posts to train … if you object", "Turning it off means we won't use
    # your data to train": used until one refuses.
    if words.has("exclusion.refusal-condition", plain) or words.has("refuse.choice", plain) \
            or words.has("refuse.objection", plain):
        return Statement(words, p, sentence, True, explicit, purpose, "yes")
    if words.has("exclusion.agreement-condition", plain):
        return Statement(words, p, sentence, True, explicit, purpose, "no")
    return Statement(words, p, sentence, False, explicit, purpose, "")


def _purpose(layout: Layout, p: Passage, words: Words) -> bool:
    """Does `p` state a purpose of processing members' data: a list item under "we use your
    information to:", or a purpose whose block names its legal basis or data categories?"""
    intro = layout.intro(p) or layout.lead(p)
    if intro is not None and words.has("members-data.purpose-lead", intro.plain):
        return True
    return any(kind in ("basis", "data") for _, kind in fields(layout, p, words))


def fields(layout: Layout, p: Passage, words: Words) -> list[tuple[Passage, str]]:
    """The passages of `p`'s block with the kind of field each sits under: "basis",
    "data", "purpose" or "" (a table cell's column header, an inline label, or the last
    label of a known kind above it; labels of no known kind, like a data category's
    sub-heading, keep the field they sit in)."""
    out, current = [], ""
    lead = layout.lead(p)
    if lead is not None:
        current = _kind(lead.label, words) or current
    seen_labels = set()
    for q in layout.block(p):
        if q.kind == "label":
            if q.plain in seen_labels:
                break  # a flattened table's next record
            seen_labels.add(q.plain)
            current = _kind(q.label, words) or current
            continue
        own = _kind(q.column, words) if q.row >= 0 else _kind(q.label, words)
        out.append((q, own or ("" if q.row >= 0 else current)))
    return out


def _field(layout: Layout, p: Passage, words: Words) -> str:
    if p.row >= 0:
        return _kind(p.column, words)
    own = _kind(p.label, words)
    if own:
        return own
    lead = layout.lead(p)
    return _kind(lead.label, words) if lead is not None else ""


def _kind(label: str, words: Words) -> str:
    if not label:
        return ""
    for kind in ("basis", "data", "purpose"):
        if words.has(f"fields.{kind}", label):
            return kind
    return ""


# ---------------------------------------------------------------- data categories

def categories(text: str, words: Words, item: bool) -> set[str]:
    """The data categories a text names. An item of a data list about interactions with
    the AI is that category only; in a sentence, only the words of those interactions are."""
    if words.has("data.ai-interactions", text):
        if item:
            return {"ai-interactions"}
        found = {"ai-interactions"}
        text = words.strip("data.ai-interactions", text)
    else:
        found = set()
    return found | {name for name in words.names("data") if name != "ai-interactions" and words.has(f"data.{name}", text)}


def training_data(layout: Layout, found: list[Statement], words: Words) -> list[str]:
    data: set[str] = set()
    denied: set[str] = set()
    for s in found:
        plain = words.strip("exclusion", visible(s.sentence))
        (data if s.affirms else denied).update(categories(plain, words, item=False))
        # "This may include details from your profile …; it does not include your messages."
        for clause in (c for sentence in continuations(s) for c in CLAUSES.split(visible(sentence))):
            (denied if words.denies(clause) else data).update(categories(clause, words, item=True))
        if s.affirms:
            for q, kind in fields(layout, s.passage, words):
                if kind == "data":
                    data |= categories(q.plain, words, item=True)
    return sorted(data - denied)


def continuations(s: Statement) -> list[str]:
    """The sentences after a training statement, in its paragraph, that go on describing it."""
    sentences = s.passage.sentences
    after = sentences[sentences.index(s.sentence) + 1:] if s.sentence in sentences else []
    out = []
    for sentence in after:
        if not s.words.has("anaphora.continuation", visible(sentence)):
            break
        out.append(sentence)
    return out


def following(layout: Layout, s: Statement) -> list[tuple[Passage, str]]:
    """The sentences after a training statement: the rest of its paragraph and the next
    few passages of its section (not its table row's other cells)."""
    sentences = s.passage.sentences
    start = sentences.index(s.sentence) + 1 if s.sentence in sentences else len(sentences)
    out = [(s.passage, sentence) for sentence in sentences[start:]]
    for q in layout.passages[s.passage.at + 1:s.passage.at + 1 + NEARBY]:
        if q.kind == "heading" or q.section != s.passage.section or q.row >= 0:
            break
        out += [(q, sentence) for sentence in q.sentences]
    return out


def nearby(layout: Layout, s: Statement) -> list[tuple[Passage, str]]:
    """The following sentences that point back to the training ("We rely on legitimate
    interests for this processing")."""
    return [(q, sentence) for q, sentence in following(layout, s)
            if s.words.has("anaphora.back", visible(sentence)) or s.words.has("training", visible(sentence))]


# ---------------------------------------------------------------- legal basis

def legal_basis(layout: Layout, found: list[Statement], words: Words) -> Finding:
    """The basis named in a training sentence (strength 3), in its block's basis field
    (2), or in its section heading (1); the strongest wins, then the most frequent."""
    candidates: list[tuple[int, str, Passage, str]] = []
    for s in found:
        if not s.affirms:
            continue
        plain = visible(s.sentence)
        if not words.concept("opt-out", plain) and (basis := _basis(plain, words)):
            candidates.append((3, basis, s.passage, plain))
        in_fields = {q.at for q, kind in fields(layout, s.passage, words) if kind}
        for q, sentence in nearby(layout, s):
            if q.at in in_fields or q.row >= 0:
                continue
            other = visible(sentence)
            if not words.concept("opt-out", other) and (basis := _basis(other, words)):
                candidates.append((3, basis, q, other))
                break
        basis_fields = [q for q, kind in fields(layout, s.passage, words) if kind == "basis"]
        for q in _closest(basis_fields, plain, words):
            label = q.column if q.row >= 0 else _label_of(layout, s.passage, q, words)
            if basis := _basis(label, words) or _basis(q.plain, words):
                candidates.append((2, basis, q, q.plain))
                break
        heading = layout.heading(s.passage)
        if heading is not None and (basis := _basis(heading.plain, words)):
            candidates.append((1, basis, heading, heading.plain))
    if not candidates:
        return Finding("unclear")
    best = max(c[0] for c in candidates)
    strongest = [c for c in candidates if c[0] == best]
    value = Counter(c[1] for c in strongest).most_common(1)[0][0]
    strength, _, passage, sentence = next(c for c in strongest if c[1] == value)
    return Finding(value, {}, passage, sentence, {3: "high", 2: "high", 1: "medium"}[strength])


def _basis(text: str, words: Words) -> str:
    text = words.strip("basis.excluded", text)
    for basis in ("legitimate-interests", "consent", "contract"):
        if words.has(f"basis.{basis}", text):
            return basis
    return ""


def _label_of(layout: Layout, p: Passage, q: Passage, words: Words) -> str:
    """The basis label `q` sits under in `p`'s block ("Legitimate interests relied on")."""
    label = q.label
    for r in layout.passages[p.at:q.at + 1]:
        if r.kind == "label" and _kind(r.label, words) == "basis":
            label = r.label
    return label


def _closest(passages: list[Passage], sentence: str, words: Words) -> list[Passage]:
    """Passages about training first, then by how many of the sentence's words they repeat:
    of three balancing-test bullets, the one about developing AI is the evidence."""
    mine = set(re.findall(r"\w+", sentence.casefold()))
    return sorted(passages, key=lambda q: (not words.has("training", q.plain),
                                           -len(mine & set(re.findall(r"\w+", q.plain.casefold())))))


# ---------------------------------------------------------------- default

def default(layout: Layout, found: list[Statement], refusals: list[tuple[Passage, str]], basis: str,
            words: Words) -> str:
    cues = [s.default for s in found if s.default]
    # The paragraph around a training sentence: "Third-party training is off by default."
    for text in [s.passage.plain for s in found if s.affirms] + [visible(s) for _, s in refusals]:
        if words.has("default.no", text):
            cues.append("no")
        elif words.has("default.yes", text):
            cues.append("yes")
    if any(not words.has("refuse.withdrawal", visible(sentence)) for _, sentence in refusals):
        cues.append("yes")  # a way to opt out of the training means it happens unless one does
    if cues:
        return "no" if "no" in cues and "yes" not in cues else "yes"
    return {"legitimate-interests": "yes", "contract": "yes", "consent": "no"}.get(basis, "unclear")


# ---------------------------------------------------------------- the answer

def training(layout: Layout, found: list[Statement], refusals: list[tuple[Passage, str]], basis: str,
             words: Words) -> Finding:
    """Yes / no / unclear, the data named, and whether by default (`refusals`: the ways to
    refuse the training itself, which say it happens unless one does)."""
    if not found:
        return Finding("unclear", {"data": [], "default": "unclear"})
    affirmed = [s for s in found if s.affirms]
    if not affirmed:
        first = found[0]
        return Finding("no", {"data": [], "default": "no"}, first.passage, visible(first.sentence).strip(), "medium")
    data = training_data(layout, found, words)
    on = default(layout, found, refusals, basis, words)
    # The evidence: a stated purpose of processing, else a sentence naming members' data.
    best = min(affirmed, key=lambda s: (not s.purpose, not s.sentence.rstrip("*_ ").endswith("."), s.passage.at))
    confidence = "high" if any(s.explicit or s.purpose for s in affirmed) else "medium"
    return Finding("yes", {"data": data, "default": on}, best.passage, visible(best.sentence).strip(), confidence)
