"""What a sentence or a link says of refusing (pure): whether a sentence refuses (objects,
opts out, withdraws a consent), and where a link leads: a setting, a form, an e-mail, or
nowhere that refuses (navigation inside the policies, a help article), judged from its
target — a redirect's inner URL — and, when the target says nothing, from its label."""

from __future__ import annotations

import re
from urllib.parse import unquote

from watchers.meaning.stance.words import Words, link_patterns

# An address also when its "@" is written to fool harvesters: "dpo(@)example.com", "dpo [at] example.com".
EMAIL = re.compile(r"(?:mailto:)?\b[\w.+-]+(?:@|\s?[(\[](?:@|at)[)\]]\s?)[\w-]+(?:\.[\w-]+)+\b")
INNER_URL = re.compile(r"https?://")
# A setting named in quotes ("„Einstellungen > Datenschutz > Empfehlungen“", «Mejorar la app»).
QUOTED = re.compile(r"[„“\"«‹][^„“”\"«»‹›.;]{1,80}[“”\"»›]")


def refuses(plain: str, words: Words, kinds: tuple[str, ...] = ("objection", "choice", "withdrawal")) -> bool:
    """Whether the sentence objects, opts out or withdraws a consent (`kinds`); a setting's quoted
    name counts as one word, so that the verb after it is still read ("diese Einwilligung unter „…“ widerrufen")."""
    # The platform opting out for its members ("we have configured our integrations to opt out") is not the member's refusal.
    plain = words.strip("refuse.by-platform", unaddressed(plain))
    texts = (plain, QUOTED.sub("„…“", plain)) if QUOTED.search(plain) else (plain,)
    return any(words.has(f"refuse.{kind}", text) for text in texts for kind in kinds)


def unaddressed(plain: str) -> str:
    """The sentence with its e-mail addresses said as words: their dots would end the wording's
    reach ("diese Einwilligung per E-Mail an privacy@example.com widerrufen")."""
    return EMAIL.sub("e-mail", plain) if "@" in plain or "at]" in plain or "at)" in plain else plain


def link_route(label: str, url: str, words: Words, alone: bool = False) -> str:
    """What following this link does: "setting", "form", "email", or "" (not a way to refuse).
    A link `alone` beside a refusal is judged by its target only: its label is the setting's
    name, not refusal wording."""
    if url.startswith("mailto:"):
        return "email"
    target = link_target(url)
    patterns = link_patterns()
    if patterns["navigation"].search(target):
        return ""
    # A link named a form ("[Objection form](…/settings/privacy/objection)") is one, wherever it is hosted.
    if words.has("refuse.form-named", label) and not words.has("refuse.setting", label):
        return "form"
    if patterns["setting"].search(target):
        return "setting"
    if patterns["form"].search(target):
        return "form"
    if not alone and not patterns["article"].search(target) and words.has("refuse.form", label) \
            and not words.has("refuse.setting", label):
        return "form"  # "[privacy portal](…)", "[Datenschutzportal](…)"
    if alone or patterns["article"].search(target) or not refuses(label, words):
        return ""
    return "setting" if words.has("refuse.setting", label) else "form"


def plain_link(url: str, label: str = "") -> bool:
    """A link that may be a refusal's button: not an e-mail, not navigation inside the
    policies, not a help article, not a question put to the reader ("Was this page helpful?")."""
    target = link_target(url)
    patterns = link_patterns()
    return not url.startswith("mailto:") and not patterns["navigation"].search(target) \
        and not patterns["article"].search(target) and not label.rstrip().endswith("?")


def link_target(url: str) -> str:
    """Where a link leads: the innermost URL of a redirect (l.php?u=…, redirect_uri=…)."""
    decoded = unquote(unquote(url))
    starts = [m.start() for m in INNER_URL.finditer(decoded)]
    return decoded[starts[-1]:] if starts else decoded
