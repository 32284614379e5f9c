"""How to refuse AI training: by a setting, a form, an e-mail, or not at all, with the
links to do it and whether one refusal covers linked accounts (pure).

An opt-out of the training itself comes first: opt-out wording beside training wording,
or any opt-out sentence on an AI notice or opt-out page. Then the route the legal basis
gives: the right to object (legitimate interests) or to withdraw consent (consent), and
how to exercise rights right after an objection. A link counts when it leads to a form or
a setting, judged from its target (a redirect's inner URL), or when its label is the
refusal itself; help articles and links inside the policy do not.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from watchers.meaning.links import comparable_url, links, visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance_training import Finding, Statement, following
from watchers.meaning.stance_words import Words, link_patterns

EMAIL = re.compile(r"(?:mailto:)?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
INNER_URL = re.compile(r"https?://")


def ai_refusals(layout: Layout, found: list[Statement], words: Words, kind: str) -> list[tuple[Passage, str]]:
    """Sentences that refuse the training itself: opt-out wording beside training wording,
    right after a training statement, or anywhere on an AI notice or opt-out page."""
    close = {(q.at, sentence) for s in found if s.affirms for q, sentence in following(layout, s)}
    out = []
    for p in layout.passages:
        for sentence in p.sentences:
            plain = visible(sentence)
            if _refuses(plain, words) and not words.has("refuse.elsewhere", plain) \
                    and (kind in ("ai-notice", "opt-out") or words.has("training", plain) or (p.at, sentence) in close):
                out.append((p, sentence))
    return out


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
            if words.has(wanted, plain) and not words.has("refuse.elsewhere", plain) \
                    and not words.has("refuse.assessing", plain):
                out.append((p, sentence))
                sections.add(p.section)
            elif p.section in sections and words.has("refuse.exercise", plain):
                out.append((p, sentence))
    return out


def _refuses(plain: str, words: Words) -> bool:
    return words.concept("opt-out", plain) and (words.has("refuse.objection", plain)
                                                or words.has("refuse.withdrawal", plain))


def refusal(refusals: list[tuple[Passage, str]], words: Words, language: str) -> Finding:
    if not refusals:
        return Finding("unclear", {"links": [], "others": [], "linked-accounts": "unclear"})
    routes: dict[str, tuple[str, str]] = {}  # comparable url -> (url as written, route kind)
    others: list[str] = []
    texts = [visible(s) for _, s in refusals]
    around = [p.plain for p, _ in refusals]  # "Depending on your settings … If you do not opt out"
    for _, sentence in refusals:
        plain = visible(sentence)
        for label, url in links(sentence):
            route = _route(label, url, plain, words)
            if route:
                routes.setdefault(comparable_url(url, language), (url, route))
        for address in EMAIL.findall(plain):
            if address not in others:
                others.append(address.removeprefix("mailto:"))
    if any(words.has("refuse.none", t) for t in texts) and not routes:
        value = "none"
    elif routes:
        value = next(iter(routes.values()))[1]
    elif others:
        value = "email"
    elif any(words.has("refuse.form", t) for t in texts + around):
        value = "form"
    elif any(words.has("refuse.setting", t) for t in texts + around):
        value = "setting"
    else:
        value = "unclear"
    linked = "unclear"
    if any(words.has("refuse.linked-yes", t) for t in texts):
        linked = "yes"
    elif any(words.has("refuse.linked-no", t) for t in texts):
        linked = "no"
    evidence = next(((p, s) for p, s in refusals if any(_route(lb, u, visible(s), words) for lb, u in links(s))),
                    refusals[0])
    details = {"links": [url for url, _ in routes.values()],
               "others": [o for o in others if value != "email" or o != others[0]],
               "linked-accounts": linked}
    return Finding(value, details, evidence[0], visible(evidence[1]), "high" if routes else "medium")


def _route(label: str, url: str, sentence: str, words: Words) -> str:
    """What following this link does: "setting", "form", "email", or "" (not a way to refuse)."""
    if url.startswith("mailto:"):
        return "email"
    target = _target(url)
    patterns = link_patterns()
    if patterns["navigation"].search(target):
        return ""
    if patterns["setting"].search(target):
        return "setting"
    if patterns["form"].search(target):
        return "form"
    if patterns["article"].search(target) or not _refuses(label, words) and not words.has("refuse.objection", label):
        return ""
    return "setting" if words.has("refuse.setting", label) else "form"


def _target(url: str) -> str:
    """Where a link leads: the innermost URL of a redirect (l.php?u=…, redirect_uri=…)."""
    decoded = unquote(unquote(url))
    starts = [m.start() for m in INNER_URL.finditer(decoded)]
    return decoded[starts[-1]:] if starts else decoded
