"""How sure an unanswered question is, and what to read to answer it (pure).

A question the rules leave unanswered ("unclear", not stated, no date, no right named) means
one of two things: the texts are silent on it, or they speak of it in words no rule reads.
On the first reading of eight held-out sets of real policy wording (sets 22-29, 216 cases,
each measured before any rule had seen it) the first was nearly always right and the second
hardly more than a coin toss:

    unanswered, texts silent on the question     428 / 453 right (0.94)
    unanswered, texts speak of it                131 / 200 right (0.66)

So an unanswered question is "medium" when the texts are silent and "low" when they speak of
it, with the first sentence that does as the one to read. What counts as speaking of it:
the classifier's concept of the same name (`ai-training`, `legal-basis`, `retention`,
`rights`) in a sentence, a date for `effective`; for the way to refuse, a training the
platform says it does (or one the texts speak of unread): there is something to refuse.
The legal basis is doubtful only when the platform trains: a basis for a training it does
not do is rightly unclear.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from watchers.meaning.dates import DATE_SPAN
from watchers.meaning.links import visible
from watchers.meaning.sentences import sentences
from watchers.meaning.stance.words import Words

def spoken_of(question: str, texts: Iterable[tuple[str, Words]]) -> tuple[int, str] | None:
    """The first sentence of `texts` (in the order they answer the question) that speaks of
    `question`, as (index of its text, sentence), or None when they are silent on it."""
    for index, (text, words) in enumerate(texts):
        found = first_spoken_of(question, text, words.language)
        if found is not None:
            return index, found
    return None


# A platform's answers are computed again at each of its changes, over documents all the same
# but one, and a silent platform is searched in full: remembered, like their readings.
@lru_cache(maxsize=512)  # questions of the documents `stance._remembered` keeps (their texts are shared)
def first_spoken_of(question: str, text: str, language: str) -> str | None:
    words = Words(language, None)  # the classifier's concepts: the page's language only
    for sentence in sentences(text):
        plain = visible(sentence)
        if DATE_SPAN.search(plain) if question == "effective" else words.concept(question, plain):
            return plain
    return None
