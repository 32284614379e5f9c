"""Where a platform stands, over time: its documents as stored, and which answers a new
version changed (pure).

A platform's answers (`watchers.meaning.stance`) are read from the newest version of each
of its watches. When one watch gets a new version, the answers are computed twice by the
same rules, with its previous version and with the new one: what differs is what that
version changed. Comparing with answers stored earlier instead would show every new
release of the rules as a change of the platform.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from watchers.meaning.stance import QUESTIONS, Answer, Document
from watchers.meaning.summary import shown

# The answers whose change is a `stance` alert (high). A new effective date comes with
# nearly every revision and has its own flag (`date`); retention and rights wording has
# its own flags (medium): their answers still go into the history.
ALERTING = ("ai-training", "ai-opt-out", "legal-basis")


@dataclass(frozen=True)
class Shift:
    question: str
    before: Answer
    after: Answer

    @property
    def alerting(self) -> bool:
        return self.question in ALERTING


def documents(rows: Iterable[dict]) -> list[Document]:
    """Documents from `Store.platform_versions` rows (opt-out links as stored: JSON or NULL)."""
    return [Document(watch=row["watch"], kind=row["kind"], locale=row["locale"], version=row["number"],
                     text=row["text"], captured_at=row["captured_at"],
                     links=tuple(tuple(link) for link in json.loads(row["opt_out_links"] or "[]")))
            for row in rows]


def shifts(before: dict[str, Answer], after: dict[str, Answer]) -> list[Shift]:
    """The questions whose answer differs, in the questions' order."""
    return [Shift(question, before[question], after[question]) for question in QUESTIONS
            if shown(before[question].value) != shown(after[question].value)]
