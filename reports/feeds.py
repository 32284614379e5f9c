"""Atom feeds (RFC 4287) of the archive's changes: all, per platform, per severity.

A Jinja template rather than a feed library: a few lines, no dependency
(ECOSYSTEM.md B9), and the same autoescaping as every other page. Entry ids
come from what identifies a change for good (the watch, both version numbers,
the new text's hash), so re-writing the site never makes a reader show a
change twice.
"""

from __future__ import annotations

import heapq
import uuid
from dataclasses import dataclass
from functools import partial
from operator import attrgetter

from reports import paths
from reports.gather import SEVERITIES, ChangeView
from reports.i18n import DEFAULT, Reader, reader
from reports.sitedata import ChangeRef, SiteIndex, views
from reports.templating import page_environment, rfc3339
from watchers.meaning.summary import N_, SEVERITY_NAMES
from watchers.store.db import Store

# The newest entries only: readers poll feeds, and the archive keeps the rest.
FEED_ENTRIES = 200
NEWEST = attrgetter("detected_at", "watch_id", "to_version")  # the order of entries, newest first
TITLES = {"all": N_("Vigie: all policy changes"), "platform": N_("Vigie: %(platform)s policy changes"),
          "severity": N_("Vigie: %(severity)s policy changes")}


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
    page: str  # its alternate: the site's page of what it follows


def entry_id(change: ChangeView) -> str:
    name = f"vigie:change:{change.watch.id}:{change.from_version}:{change.to_version}:{change.to_sha256}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def feed_id(path: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'vigie:feed:{path}')}"


@dataclass(frozen=True)
class Selection:
    """A feed before it is rendered: what it is made of."""

    path: str
    scope: str  # "all", "platform" or "severity": what its title says (`title`)
    name: str  # the platform's name or the severity ("" for all)
    newest: tuple[ChangeRef, ...]  # its entries, newest first
    updated: str  # ISO: its newest entry, else the archive's first change
    page: str  # the site's page of what it follows: a platform's feed, the platform's page; others, the index


def selections(index: SiteIndex) -> list[Selection]:
    changes = index.changes
    by_platform: dict[str, list[ChangeRef]] = {}
    by_severity: dict[str, list[ChangeRef]] = {}
    for change in changes:
        by_platform.setdefault(index.watches[change.watch_id].platform, []).append(change)
        by_severity.setdefault(change.severity, []).append(change)
    wanted = [(paths.ALL_FEED, "all", "", changes, paths.INDEX)]
    wanted += [(paths.platform_feed_path(p.slug), "platform", p.name, by_platform.get(p.name, []),
                paths.platform_path(p.slug)) for p in index.platforms]
    wanted += [(paths.severity_feed_path(s), "severity", s, by_severity.get(s, []), paths.INDEX)
               for s in SEVERITIES]
    # With no entry, a feed has been empty since the archive's first change (not since the
    # run that wrote it), so that a re-run leaves it byte-for-byte the same.
    first = min((c.detected_at for c in changes), default=index.generated.isoformat())
    selected = []
    for path, scope, name, chosen, page in wanted:
        newest = tuple(heapq.nlargest(FEED_ENTRIES, chosen, key=NEWEST))
        selected.append(Selection(path, scope, name, newest, newest[0].detected_at if newest else first, page))
    return selected


def title(selection: Selection, words: Reader) -> str:
    """'Vigie: all policy changes', 'Vigie: Acme policy changes', 'Vigie: high policy changes'."""
    _ = words.gettext
    return _(TITLES[selection.scope]) % {"platform": selection.name,
                                        "severity": _(SEVERITY_NAMES.get(selection.name, selection.name))}


def entry_title(change: ChangeView, words: Reader) -> str:
    """'HIGH · Acme — Privacy Policy: version 1 → 2'."""
    _ = words.gettext
    return _("%(severity)s · %(platform)s — %(title)s: version %(old)d → %(new)d") % {
        "severity": _(SEVERITY_NAMES.get(change.severity, change.severity)).upper(),
        "platform": change.watch.platform, "title": change.watch.title,
        "old": change.from_version, "new": change.to_version}


def feed(store: Store, selection: Selection, index: SiteIndex, lang: str = DEFAULT) -> Feed:
    template = page_environment(lang).get_template("feed_entry.html.j2")
    words = reader(lang)
    url = partial(paths.relative, selection.path)
    entries = []
    for change in views(store, index.watches, selection.newest):
        target = paths.diff_path(index.slugs[change.watch.id], change.from_version, change.to_version)
        html = template.render(change=change, url=url, target=target)
        entries.append(Entry(entry_id(change), entry_title(change, words), change, target, str(html)))
    return Feed(selection.path, feed_id(selection.path), title(selection, words), rfc3339(selection.updated),
                tuple(entries), selection.page)


def render_feed(store: Store, selection: Selection, index: SiteIndex, lang: str = DEFAULT,
                languages: tuple = ()) -> str:
    """The feed in `lang`; `languages`: the same feed in the site's other languages (code, name, href)."""
    template = page_environment(lang).get_template("feed.atom.j2")
    return template.render(feed=feed(store, selection, index, lang), url=partial(paths.relative, selection.path),
                           languages=languages)
