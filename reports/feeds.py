"""Atom feeds (RFC 4287) of the archive's changes: all, per platform, per severity.

A Jinja template rather than a feed library: a few lines, no dependency
(ECOSYSTEM.md B9), and the same autoescaping as every other page. Entry ids
come from what identifies a change for good (the watch, both version numbers,
the new text's hash), so re-writing the site never makes a reader show a
change twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Iterator

from reports import paths
from reports.gather import SEVERITIES, ChangeView
from reports.templating import page_environment, rfc3339

if TYPE_CHECKING:
    from reports.site import SiteIndex

# The newest entries only: readers poll feeds, and the archive keeps the rest.
FEED_ENTRIES = 200


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    change: ChangeView
    path: str  # the change's diff page
    html: str  # the content as HTML source (the template escapes it once more, as type="html" wants)


@dataclass(frozen=True)
class Feed:
    path: str
    id: str
    title: str
    updated: str  # RFC 3339
    entries: tuple[Entry, ...]  # newest first


def entry_id(change: ChangeView) -> str:
    name = f"vigie:change:{change.watch.id}:{change.from_version}:{change.to_version}:{change.to_sha256}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def feed_id(path: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'vigie:feed:{path}')}"


def feeds(index: SiteIndex) -> list[Feed]:
    changes = index.changes
    wanted = [(paths.ALL_FEED, "Vigie: all policy changes", changes)]
    wanted += [(paths.platform_feed_path(p.slug), f"Vigie: {p.name} policy changes",
                [c for c in changes if c.watch.platform == p.name]) for p in index.platforms]
    wanted += [(paths.severity_feed_path(s), f"Vigie: {s} policy changes",
                [c for c in changes if c.severity == s]) for s in SEVERITIES]
    return [_feed(path, title, selected, index) for path, title, selected in wanted]


def _feed(path: str, title: str, changes: list[ChangeView] | tuple[ChangeView, ...], index: SiteIndex) -> Feed:
    newest = sorted(changes, key=lambda c: (c.detected_at, c.watch.id, c.to_version), reverse=True)
    newest = newest[:FEED_ENTRIES]
    template = page_environment().get_template("feed_entry.html.j2")
    url = partial(paths.relative, path)
    entries = []
    for change in newest:
        target = paths.diff_path(index.slugs[change.watch.id], change.from_version, change.to_version)
        html = template.render(change=change, url=url, target=target)
        entries.append(Entry(entry_id(change), f"{change.severity.upper()} · {change.watch.platform} — "
                             f"{change.watch.title}: version {change.from_version} → {change.to_version}",
                             change, target, str(html)))
    # With no entry, the feed is as new as the site; otherwise as its newest entry,
    # so that a re-run with nothing new leaves the feed byte-for-byte the same.
    updated = rfc3339(newest[0].detected_at if newest else index.generated)
    return Feed(path, feed_id(path), title, updated, tuple(entries))


def render_feeds(index: SiteIndex) -> Iterator[tuple[str, str]]:
    template = page_environment().get_template("feed.atom.j2")
    for feed in feeds(index):
        yield feed.path, template.render(feed=feed, url=partial(paths.relative, feed.path))
