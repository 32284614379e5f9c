"""Which data a training statement says trains the models (pure): the categories of
`ai-training.details.data` (public-posts, photos-videos, messages, ai-interactions, metadata,
profile, other), read with the `[data]` patterns of lexicon/stance-<language>.toml.

The categories come from the training sentence, from the sentences after it that go on
describing it, and from its block (the row's other cells, the fields after it in a flattened
table); a denial's categories are kept out.
"""

from __future__ import annotations

from watchers.meaning.links import visible
from watchers.meaning.passages import Layout
from watchers.meaning.stance.findings import Statement, fields
from watchers.meaning.stance.words import Words


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
        if not s.affirms and other_accounts(s, layout):
            continue  # "If you use Le Chat Team: we do not use your inputs…" keeps nothing out of members' data
        plain = words.strip("exclusion", visible(s.sentence))
        (data if s.affirms else denied).update(categories(plain, words, item=False))
        # "This may include details from your profile …; it does not include your messages."
        for clause in (c for sentence in continuations(s) for c in s.words.split("clauses.contrast", visible(sentence))):
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


def other_accounts(s: Statement, layout: Layout) -> bool:
    """A statement about other accounts than a member's own, in its words or its heading
    ("### If you use Le Chat Team or Le Chat Enterprise")."""
    heading = layout.heading(s.passage)
    return s.words.has("members-data.other-accounts", visible(s.sentence)) \
        or (heading is not None and s.words.has("members-data.other-accounts", heading.plain))
