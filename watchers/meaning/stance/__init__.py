"""Where a platform stands: its answers to six questions, read from the newest version
of each of its watches, each with the sentence that proves it (pure).

    answer(documents, today) -> {"ai-training": Answer, "ai-opt-out": Answer, …}

The rules are in `training.py` (AI training and its default, over `clause.py`: what each
clause of a sentence denies or says, and of which data), `data.py` (the data it names),
`basis.py` (its legal basis), `refusal.py` (how to refuse, over `routes.py`: what a
sentence or a link says of refusing), `facts.py` (dates and retention) and `rights.py`
(rights), over the layout `passages.py` reads (headings, labels, table cells,
blocks); their wording is data, in `lexicon/stance-<language>.toml` (EN, FR, DE, ES) beside
the classifier's lexicon, whose concepts they reuse. Each document is read on its own; then, per question, the most
specific document that answers wins: an AI notice or opt-out page over the general
policy for the AI questions, the policy first for dates, retention and rights. The
evidence names the document (watch, version). Nothing here reads or writes anything but
the rule files.

Confidence: "high" when the evidence says it outright (a sentence naming members' data and
training, a labelled basis, a link to a form or setting, a header date); "medium" when it
is read from the layout or the wording only (a route without a link, a last-updated date,
a retention sentence outside a retention section, or the texts silent on the question); "low"
when the texts speak of the question in words no rule reads: the evidence is then the sentence
to read (`doubt.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from watchers.meaning.lexicon import LANGUAGES
from watchers.meaning.links import comparable_url
from watchers.meaning.passages import read_layout
from watchers.meaning.stance import data, doubt, facts, refusal, training
from watchers.meaning.stance.basis import legal_basis, said_apart
from watchers.meaning.stance.findings import Finding
from watchers.meaning.stance.rights import RIGHTS, named_rights
from watchers.meaning.stance.words import Words
from watchers.page.language import detect

QUESTIONS = ("ai-training", "ai-opt-out", "effective", "legal-basis", "retention", "rights")
AI_QUESTIONS = ("ai-training", "ai-opt-out", "legal-basis")
# Which document answers first: the most specific for AI, the policy for the rest.
SPECIFIC_FIRST = ("ai-notice", "opt-out", "privacy-policy", "terms", "other")
POLICY_FIRST = ("privacy-policy", "terms", "ai-notice", "opt-out", "other")
UNANSWERED = ("unclear", "not-stated", "", ())


@dataclass(frozen=True)
class Document:  # the newest version of one of a platform's watches
    watch: str
    kind: str  # privacy-policy | ai-notice | opt-out | terms | other
    locale: str
    version: int
    text: str  # the normalised Markdown the extractor writes
    captured_at: str  # ISO 8601 UTC
    links: tuple[tuple[str, str], ...] = ()  # the page's opt-out links (label, url)


@dataclass(frozen=True)
class Evidence:
    watch: str
    version: int
    text: str  # the sentence (or link) that proves the answer, as in the text


@dataclass(frozen=True)
class Answer:
    value: str | tuple[str, ...]
    details: dict
    evidence: Evidence | None
    confidence: str  # high | medium | low


def answer(documents: Sequence[Document], today: date | None = None) -> dict[str, Answer]:
    """The platform's answers; `today` (default: each document's capture day) decides which
    announced dates are still to come."""
    languages = [page_language(doc.text, doc.locale) for doc in documents]
    # The platform's own assistant, named in any of its documents ("Finn, our AI assistant"), is
    # the one members talk to in all of them ("We use your chats with Finn to train…").
    assistant = data.own_assistant([(doc.text, language) for doc, language in zip(documents, languages)])
    pages = [(doc, Words(language, assistant)) for doc, language in zip(documents, languages)]
    read = [(doc, _remembered(doc, today or _day(doc.captured_at), language, assistant))
            for doc, language in zip(documents, languages)]
    answers = {}
    for question in QUESTIONS:
        order = SPECIFIC_FIRST if question in AI_QUESTIONS else POLICY_FIRST
        ranked = sorted(read, key=lambda pair: (_rank(pair[0].kind, order), -pair[0].version))
        findings = [(doc, found[question]) for doc, found in ranked]
        answering = [(doc, found) for doc, found in findings if found.value not in UNANSWERED]
        # The terms named as the ground answer only when no document gives a basis proper.
        answering.sort(key=lambda pair: bool(pair[1].details.get("ground")))
        doc, finding = (answering or findings or [(None, _blank(question))])[0]
        # With no document answering, the one whose sentence the rules read and found wanting ("we do
        # not use your messages": some data only) is the evidence of the "unclear".
        proved_by = _best_proof(finding, answering or [pair for pair in findings if pair[1].sentence]) \
            if question == "ai-training" else (doc, finding)
        value = _union(finding.value, [found for _, found in answering]) if question == "rights" else finding.value
        details = _merged(question, finding, [found for _, found in answering])
        evidence = Evidence(proved_by[0].watch, proved_by[0].version, proved_by[1].sentence) \
            if proved_by[0] and proved_by[1].sentence else None
        answers[question] = Answer(value, details, evidence, finding.confidence)
    _upcoming_anywhere(answers, read)
    _basis_apart(answers, read)
    _nothing_to_refuse(answers)
    _no_way_out(answers)
    _weigh_unanswered(answers, pages)
    return answers


# Recording a change answers for the platform after it (before it, too, unless the store kept
# them: watchers/store/answers.py), over documents that are all the same but one; a crawl records
# the changes of a platform's watches one after another. Each reading depends only on these
# arguments, so it is read once: a crawl's first change of a platform of 50 watches reads 50
# documents, each later change of that platform the same day only its new version. Findings are
# never changed after they are made (`answer` copies what it merges).
@lru_cache(maxsize=128)
def _remembered(doc: Document, today: date, language: str, assistant: re.Pattern | None) -> dict[str, Finding]:
    return read_document(doc, today, Words(language, assistant))


def read_document(doc: Document, today: date, words: Words) -> dict[str, Finding]:
    """The six findings of one document, before any other document is considered (`words`:
    its language's wording)."""
    language = words.language
    layout = read_layout(doc.text)
    found = training.statements(layout, words, doc.kind, today)
    own = refusal.ai_refusals(layout, found, words, doc.kind)
    found = training.unoffered(found, own, words)  # an opt-in no text offers is a denial
    affirmed = [s for s in found if s.affirms]
    basis = legal_basis(layout, found, words, doc.kind) if affirmed else Finding("unclear")
    general = refusal.general_refusals(layout, words, basis.value) if affirmed else []
    locale = doc.locale if language == doc.locale.split("-")[0].lower() else language
    route = refusal.refusal(layout, own, general, words, language,
                            doc.links if doc.kind in ("ai-notice", "opt-out") else ())
    return {
        "ai-training": training.training(layout, found, own, basis.value, words, doc.kind),
        "ai-opt-out": route,
        "effective": facts.effective(doc.text, locale, today, words),
        "legal-basis": basis,
        "retention": facts.retention(layout, words),
        "rights": named_rights(layout, words),
        # Not a question: the basis this document gives a training it does not state itself.
        "basis-apart": Finding("unclear") if affirmed else said_apart(layout, words),
    }


def _best_proof(chosen: Finding, answering: list[tuple[Document, Finding]]) -> tuple[Document | None, Finding]:
    """The document whose sentence proves the chosen answer most directly: an AI page that says
    "if you switch it off, we stop using your posts" gives the answer, the policy's "we use your
    posts to train" proves it."""
    same = [(doc, found) for doc, found in answering if found.value == chosen.value and found.sentence]
    if not same:
        return next(((doc, found) for doc, found in answering if found is chosen), (None, chosen))
    return min(same, key=lambda pair: (pair[1].proof, pair[1] is not chosen))


def _merged(question: str, chosen: Finding, answering: list[Finding]) -> dict:
    """Details of the chosen finding, with what other answering documents add: every data
    category said to train the models, every link to refuse."""
    details = dict(chosen.details)
    if question == "ai-training" and chosen.value == "yes":
        # A document whose training sentence names its data precisely ("public posts and comments")
        # answers for it; what a general sentence elsewhere takes from a collection section
        # ("we use your information to improve our AI": every kind collected, `data.General`) only
        # when no document names any.
        said = [f.details.get("data", []) for f in answering if f.value == "yes"]
        precise = [named for named in said if named and not isinstance(named, data.General)]
        details["data"] = sorted({kind for named in precise or said for kind in named})
    if question == "ai-opt-out":
        # One link per page: a platform's English and French notices link the same form, once
        # with "?hl=fr"; the chosen document's comes first.
        links: dict[str, str] = {}
        for url in [*details.get("links", []), *(u for f in answering for u in f.details.get("links", []))]:
            links.setdefault(comparable_url(url, "*"), url)
        details["links"] = list(links.values())
        # Whether an objection covers the other accounts may be said on another page than the
        # one that gives the route (a policy's route, the opt-out page's "this account only").
        if details.get("linked-accounts") == "unclear":
            said = (f.details.get("linked-accounts") for f in answering)
            details["linked-accounts"] = next((v for v in said if v not in (None, "unclear")), "unclear")
    return details


def _union(rights: tuple[str, ...], answering: list[Finding]) -> tuple[str, ...]:
    """Every right any document names: an AI notice's right to object adds to the policy's list."""
    named = {right for finding in answering for right in finding.value}
    return tuple(right for right in RIGHTS if right in named or right in rights)


def _upcoming_anywhere(answers: dict[str, Answer], read: list[tuple[Document, dict[str, Finding]]]) -> None:
    """An announced date on any document is a deadline to act, whichever document dates the
    terms; the sentence that announces it is the evidence."""
    dates = sorted((d, doc.watch, doc.version, f["effective"].sentence) for doc, f in read
                   if (d := f["effective"].details.get("upcoming")))
    current = answers["effective"]
    if dates and not current.details.get("upcoming"):
        day, watch, version, sentence = dates[0]
        answers["effective"] = Answer(current.value, {**current.details, "upcoming": day},
                                      Evidence(watch, version, sentence) if sentence else current.evidence,
                                      current.confidence)


def _basis_apart(answers: dict[str, Answer], read: list[tuple[Document, dict[str, Finding]]]) -> None:
    """A training one document states and whose basis another gives, in a sentence about that
    training (`basis.said_apart`): the AI notice says what is used, the policy on which basis."""
    if answers["ai-training"].value != "yes" or answers["legal-basis"].value not in UNANSWERED:
        return
    ranked = sorted(read, key=lambda pair: (_rank(pair[0].kind, SPECIFIC_FIRST), -pair[0].version))
    for doc, found in ranked:
        apart = found["basis-apart"]
        if apart.value not in UNANSWERED:
            answers["legal-basis"] = Answer(apart.value, apart.details, Evidence(doc.watch, doc.version, apart.sentence),
                                            apart.confidence)
            return


def _nothing_to_refuse(answers: dict[str, Answer]) -> None:
    """A platform that says it does not train on members' data leaves nothing to refuse: the
    route is "none", whatever setting it names (one for other markets, one for AI features).
    Only before an announced date does a route it names already count (the deadline to act)."""
    current = answers["ai-opt-out"]
    if answers["ai-training"].value == "no" and current.value != "none" \
            and (current.value == "unclear" or not answers["effective"].details.get("upcoming")):
        answers["ai-opt-out"] = Answer("none", {**current.details, "links": [], "others": [], "other-routes": []},
                                       None, "medium")


def _no_way_out(answers: dict[str, Answer]) -> None:
    """Training the contract requires, with no refusal anywhere and no right to object among the
    rights named: there is no route ("none"), not a route the texts fail to say (convention 9).
    Legitimate interests always carry a right to object (GDPR art. 21), so a rights list that
    leaves it out is silence, as is a licence granted by accepting the terms: "unclear"."""
    current = answers["ai-opt-out"]
    if answers["ai-training"].value == "yes" and current.value == "unclear" \
            and answers["legal-basis"].value == "contract" \
            and answers["rights"].value and "objection" not in answers["rights"].value:
        answers["ai-opt-out"] = Answer("none", current.details, None, "medium")


def _weigh_unanswered(answers: dict[str, Answer], pages: list[tuple[Document, Words]]) -> None:
    """An unanswered question is "medium" when the texts are silent on it, "low" when they speak
    of it unread, with the sentence to read as its evidence (`doubt.py`, where the figures are)."""
    training = answers["ai-training"]
    for question in QUESTIONS:
        current = answers[question]
        if current.value not in UNANSWERED or current.details.get("upcoming"):
            continue
        order = SPECIFIC_FIRST if question in AI_QUESTIONS else POLICY_FIRST
        ranked = sorted(pages, key=lambda pair: (_rank(pair[0].kind, order), -pair[0].version))
        found = None
        if question == "ai-opt-out":
            doubtful = training.value == "yes" or training.confidence == "low"
        elif question == "legal-basis" and training.value != "yes":
            doubtful = False
        else:
            found = doubt.spoken_of(question, [(doc.text, words) for doc, words in ranked])
            doubtful = found is not None
        # A sentence the rules read and found wanting ("we do not use your messages": a denial of
        # some data only) says better than the first that speaks of the question why it stays open.
        evidence = current.evidence or (Evidence(ranked[found[0]][0].watch, ranked[found[0]][0].version, found[1])
                                        if found else None)
        answers[question] = Answer(current.value, current.details, evidence, "low" if doubtful else "medium")
        if question == "ai-training":
            training = answers[question]


def _blank(question: str) -> Finding:
    return {
        "ai-training": Finding("unclear", {"data": [], "default": "unclear"}),
        "ai-opt-out": Finding("unclear", {"links": [], "others": [], "other-routes": [], "linked-accounts": "unclear"}),
        "effective": Finding("", {"upcoming": ""}),
        "legal-basis": Finding("unclear"),
        "retention": Finding("not-stated", {"detail": ""}),
        "rights": Finding(()),
    }[question]


def _rank(kind: str, order: tuple[str, ...]) -> int:
    return order.index(kind) if kind in order else len(order)


def _day(captured_at: str) -> date:
    try:
        return datetime.fromisoformat(captured_at.replace("Z", "+00:00")).date()
    except ValueError:
        return date.today()


def page_language(text: str, locale: str) -> str:
    """The watch's language, unless the text is plainly in another of the four (the
    crawl's own stop-word check, `watchers.page.language`, names it)."""
    own = locale.split("-")[0].lower()
    found = detect(text)
    if found in LANGUAGES and found != own:
        return found
    return own if own in LANGUAGES else "en"
