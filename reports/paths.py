"""The site's paths: stable, so that researchers can cite them, and linked
relatively, so that the site works opened from disk (file://) or from any
static server, under any prefix.

    index.html                              a row per platform: documents, versions, latest change,
                                            failing watches, next date to act by
    platform/<platform slug>.html           a platform: its opt-out-now panel, the latest dates
                                            announced, a row per watch (versions, latest change, status)
    stance.html                             where platforms stand: a row per platform (#<platform
                                            slug>), a column per question, each answer with its
                                            evidence; below, each platform's history (#history~<slug>)
    watch/<slug>/index.html                 a watch's timeline
    watch/<slug>/v/<N>.html                 version N's text
    watch/<slug>/diff/<from>-<to>.html      one change
    feeds/all.atom, feeds/platform-<slug>.atom, feeds/severity-<level>.atom
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

INDEX = "index.html"
STANCE = "stance.html"
ALL_FEED = "feeds/all.atom"


def watch_slug(watch_id: str) -> str:
    """One path segment per watch id, stable and distinct for distinct ids.

    Ids are letters, digits and - _ / . ; "/" becomes "~", which ids never
    contain. Ids differing only in case would share a folder on macOS and
    Windows, so an id with capitals is lowered and tagged with its hash.
    """
    slug = watch_id.replace("/", "~")
    if slug != slug.lower():
        slug = f"{slug.lower()}~{_tag(watch_id)}"
    return slug


def platform_slugs(platforms: set[str]) -> dict[str, str]:
    """Platform names are free text: ASCII words joined by "-", hash-tagged when that is ambiguous."""
    plain = {p: re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", p).encode("ascii", "ignore")
                       .decode().lower()).strip("-") for p in platforms}
    taken = list(plain.values())
    return {p: slug if slug and taken.count(slug) == 1 else f"{slug or 'platform'}-{_tag(p)}"
            for p, slug in plain.items()}


def _tag(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


def platform_path(slug: str) -> str:
    return f"platform/{slug}.html"


def timeline_path(slug: str) -> str:
    return f"watch/{slug}/index.html"


def version_path(slug: str, number: int) -> str:
    return f"watch/{slug}/v/{number}.html"


def diff_path(slug: str, old: int, new: int) -> str:
    return f"watch/{slug}/diff/{old}-{new}.html"


def platform_feed_path(slug: str) -> str:
    return f"feeds/platform-{slug}.atom"


def severity_feed_path(severity: str) -> str:
    return f"feeds/severity-{severity}.atom"


def relative(page: str, target: str) -> str:
    """`target` (a site path) as a link from `page` (another site path).

    As posixpath.relpath, on the plain relative paths above without touching the
    file system's idea of a current folder: a site has hundreds of thousands of links."""
    folder, parts = page.split("/")[:-1], target.split("/")
    common = 0
    while common < min(len(folder), len(parts) - 1) and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + parts[common:])
