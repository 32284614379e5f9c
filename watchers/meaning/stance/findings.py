"""What the stance rules find in one document, and the passages they read around it (pure).

A `Finding` is one question's answer from one document; a `Statement` is a sentence
about training AI (`training.statements`). The training, its legal basis and the way to
refuse it are each read from a statement's surroundings: the fields of its block (a
table row's other cells, the labelled fields after it in a flattened table) and the
sentences after it. Those readings live here, apart from any one question, because
`training.py`, `basis.py` and `refusal.py` all need them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance.words import Words

# How many passages after a training statement may still point back to it.
NEARBY = 3


@dataclass
class Finding:
    value: str | tuple[str, ...]
    details: dict = field(default_factory=dict)
    passage: Passage | None = None
    sentence: str = ""  # the evidence, as the reader sees it
    confidence: str = "low"
    # How directly the sentence proves the answer, 0 first: for a "yes", a plain statement of
    # the use (0) before one that gives its basis (1) or says how to refuse it (2). Between
    # documents that give the same answer, the most direct proof is the evidence.
    proof: int = 0


@dataclass(frozen=True)
class Statement:
    words: Words = field(repr=False, compare=False)
    passage: Passage
    sentence: str
    affirms: bool  # False: a denial ("we do not use your messages to train")
    explicit: bool  # members' data named in the sentence itself
    purpose: bool  # a stated purpose of processing (a table row, a "we use your data to:" item)
    default: str  # "yes" / "no" from a condition in the sentence, else ""
    conditional: bool = False  # a denial made an affirmation by its condition ("we won't … if you object")
    announced: bool = False  # a start still to come ("From 3 November 2025, we will use …")
    own: bool = False  # the platform saying it uses something ("We use …", "nous utilisons …")


def quoted(layout: Layout, p: Passage | None, sentence: str) -> str:
    """The evidence as a reader can check it: a table cell with its row ("| Public posts |
    Training generative AI models | Legitimate interests |"), since "Legitimate interests" alone
    says neither which data nor which purpose; any other sentence as it is."""
    if p is None or p.row < 0 or p.row not in layout.rows:
        return sentence
    return "| " + " | ".join(q.plain for q in layout.rows[p.row]) + " |"


def fields(layout: Layout, p: Passage, words: Words) -> list[tuple[Passage, str]]:
    """The passages of `p`'s block with the kind of field each sits under: "basis",
    "data", "purpose" or "" (a table cell's column header, an inline label, or the last
    label of a known kind above it; labels of no known kind, like a data category's
    sub-heading, keep the field they sit in)."""
    out, current = [], ""
    lead = layout.lead(p)
    if lead is not None:
        current = field_kind(lead.label, words) or current
    seen_labels = set()
    for q in layout.block(p):
        if q.kind == "label":
            if q.plain in seen_labels:
                break  # a flattened table's next record
            seen_labels.add(q.plain)
            current = field_kind(q.label, words) or current
            continue
        own = field_kind(q.column, words) if q.row >= 0 else field_kind(q.label, words)
        out.append((q, own or ("" if q.row >= 0 else current)))
    return out


def field_of(layout: Layout, p: Passage, words: Words) -> str:
    """The kind of field `p` itself sits in (its column, its label, its block's lead)."""
    if p.row >= 0:
        return field_kind(p.column, words)
    own = field_kind(p.label, words)
    if own:
        return own
    lead = layout.lead(p)
    return field_kind(lead.label, words) if lead is not None else ""


def field_kind(label: str, words: Words) -> str:
    if not label:
        return ""
    # A lead that announces the uses to follow ("We use the categories of information we collect for the following
    # purposes") names data only as what the purposes use: its items are purposes, not a list of data.
    if words.has("members-data.purposes-ahead", label):
        return "purpose"
    for kind in ("basis", "data", "purpose"):
        if words.has(f"fields.{kind}", label):
            return kind
    return ""


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
