"""The language of each version in ../shared/corpus, found by reading them, not by detection.

Every version was read (its opening, and where a page could be mixed, its
middle and end): all are English except TikTok's first three captures (July to
September 2022), which are German although Open Terms Archive asked for
`privacy-policy-eea?lang=en`, the very fault the language check catches
(watchers/page/language.py). English versions quote other languages (TikTok's
list of translated policies, Irish and British addresses) and stay English.
Keys are the `file` fields of corpus/manifest.json and corpus/html/manifest.json.
"""

from __future__ import annotations

NOT_ENGLISH = {
    "tiktok/001_2022-07-11T150026Z.md": "de",
    "tiktok/002_2022-07-12T183242Z.md": "de",
    "tiktok/003_2022-09-20T123322Z.md": "de",
}


def language_of(file: str) -> str:
    return NOT_ENGLISH.get(file, "en")
