"""A platform's documents as one bundle: policy, regional notice, AI page, opt-out page.

People ask "what changed at LinkedIn?", not "what changed at this URL?", and an
AI-training change is often spread over several documents of one platform. So
listings show a platform's watches together, in the order a reader needs them:
what the policy says, how the regional notice narrows it, what the AI notice
adds, where to act. Pure: watches in, bundles out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from watchers.catalogue.watchlist import Watch

# A privacy policy with this tag narrows the main one for a region (LinkedIn's
# EU notice, X's GDPR page); the watch kinds alone cannot tell the two apart.
REGIONAL_TAG = "regional-notice"
SECTIONS = ("privacy-policy", "regional-notice", "ai-notice", "opt-out", "terms", "other")


@dataclass(frozen=True)
class Bundle:
    platform: str
    watches: tuple[Watch, ...]


def section(watch: Watch) -> str:
    """Where the watch sits in its platform's bundle: its kind, or 'regional-notice'."""
    if watch.kind == "privacy-policy" and REGIONAL_TAG in watch.tags:
        return "regional-notice"
    return watch.kind


def base_id(watch: Watch) -> str:
    """The id of the document the watch is a translation of ('x/privacy.fr' → 'x/privacy').

    A watch is a translation when its id ends in its own language (".fr" for
    locale "fr" or "fr-FR"); any other id is its own document.
    """
    language = watch.locale.split("-")[0]
    for suffix in (f".{watch.locale}", f".{language}"):
        if watch.id.endswith(suffix) and len(watch.id) > len(suffix):
            return watch.id[: -len(suffix)]
    return watch.id


def group_by_platform(watches: Iterable[Watch]) -> list[Bundle]:
    """Bundles by platform name (case-insensitive order); within one, by section,
    then document in watchlist order, the untranslated watch before its translations."""
    watches = list(watches)
    first_seen: dict[str, int] = {}
    for position, watch in enumerate(watches):
        first_seen.setdefault(base_id(watch), position)

    def order(watch: Watch) -> tuple:
        document = base_id(watch)
        return SECTIONS.index(section(watch)), first_seen[document], document != watch.id, watch.locale

    by_platform: dict[str, list[Watch]] = {}
    for watch in watches:
        by_platform.setdefault(watch.platform, []).append(watch)
    return [Bundle(platform, tuple(sorted(by_platform[platform], key=order)))
            for platform in sorted(by_platform, key=lambda name: (name.casefold(), name))]
