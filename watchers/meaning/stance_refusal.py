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


def _with_instructions(refusals: list[tuple[Passage, str]], words: Words) -> list[tuple[Passage, str]]:
    """The refusal sentences and, after each, a sentence saying how to do it ("To do so, fill
    in this form"), whose links are the route."""
    out = []
    for p, sentence in refusals:
        out.append((p, sentence))
        after = p.sentences[p.sentences.index(sentence) + 1:p.sentences.index(sentence) + 2] \
            if sentence in p.sentences else []
        out += [(p, s) for s in after if words.has("anaphora.back", visible(s)) and (p, s) not in refusals]
    return out


def _refuses(plain: str, words: Words) -> bool:
    return any(words.has(f"refuse.{kind}", plain) for kind in ("objection", "choice", "withdrawal"))


def refusal(refusals: list[tuple[Passage, str]], words: Words, language: str,
            page_links: tuple[tuple[str, str], ...] = ()) -> Finding:
    """The route (a link's kind first, then the wording), its links, the other routes named
    (e-mail addresses, setting paths) and whether one refusal covers linked accounts.
    `page_links`: the opt-out links stored with an AI notice or opt-out page, used when its
    refusal sentences carry none (the button is elsewhere on the page)."""
    if not refusals:
        return Finding("unclear", {"links": [], "others": [], "linked-accounts": "unclear"})
    routes: dict[str, tuple[str, str]] = {}  # comparable url -> (url as written, route kind)
    emails: list[str] = []
    paths: list[str] = []
    for _, sentence in _with_instructions(refusals, words):
        plain = visible(sentence)
        for label, url in links(sentence):
            if route := _route(label, url, words):
                routes.setdefault(comparable_url(url, language), (url, route))
        emails += [a.removeprefix("mailto:") for a in EMAIL.findall(plain) if a.removeprefix("mailto:") not in emails]
        if (path := words.find("refuse.path", plain)) and path.group(0).strip() not in paths:
            paths.append(path.group(0).strip())
    for label, url in page_links if not routes else ():
        if route := _route(label, url, words):
            routes.setdefault(comparable_url(url, language), (url, route))
    texts = [visible(s) for _, s in refusals]
    around = texts + [p.plain for p, _ in refusals]  # "Depending on your settings … If you do not opt out"
    if routes:
        value = next(iter(routes.values()))[1]
    elif any(words.has("refuse.none", t) for t in texts):
        value = "none"
    elif emails:
        value = "email"
    elif paths or any(words.has("refuse.setting", t) for t in texts):
        value = "setting"
    elif any(words.has("refuse.form", t) for t in around):
        value = "form"
    elif any(words.has("refuse.setting", t) for t in around):
        value = "setting"
    else:
        value = "unclear"
    linked = ("yes" if any(words.has("refuse.linked-yes", t) for t in texts)
              else "no" if any(words.has("refuse.linked-no", t) for t in texts) else "unclear")
    evidence = next(((p, s) for p, s in refusals if any(_route(lb, u, words) for lb, u in links(s))), refusals[0])
    details = {"links": [url for url, _ in routes.values()], "others": emails + paths, "linked-accounts": linked}
    return Finding(value, details, evidence[0], visible(evidence[1]), "high" if routes else "medium")


def _route(label: str, url: str, words: Words) -> str:
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
    if patterns["article"].search(target) or not _refuses(label, words):
        return ""
    return "setting" if words.has("refuse.setting", label) else "form"


def _target(url: str) -> str:
    """Where a link leads: the innermost URL of a redirect (l.php?u=…, redirect_uri=…)."""
    decoded = unquote(unquote(url))
    starts = [m.start() for m in INNER_URL.finditer(decoded)]
    return decoded[starts[-1]:] if starts else decoded
