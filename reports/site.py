"""The static archive site: an index, a timeline per watch, every version, every diff, Atom feeds,
and where each platform stands (the answers of reports/standing.py, each with its evidence).

Where each page lives is reports/paths.py; the data it is rendered from,
reports/sitedata.py. `watch_pages` and `feed_pages` list the pages with their
keys (reports/sitemanifest.py) and how to render each; `write_site` is the only
part that touches the disk. The platforms' answers are kept in the manifest and
computed again only for the platforms whose versions changed (`cached_stances`).

A first build (or one after the templates or Vigie changed, or without a
readable manifest) writes the whole site beside `--out` and swaps it in
(reports/outdir.py). A rebuild renders only the pages whose key changed,
writes each of them whole through a temporary file, removes the pages that
are gone, and writes the manifest last: a run cut short leaves every page
whole and is completed by the next. Only the index says when it was written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, partial
from pathlib import Path

from reports import paths
from reports.diffview import diff_view
from reports.feeds import render_feed, selections
from reports.gather import SEVERITIES
from reports.outdir import Refused, own_files, remove_files, replacing, write_file
from reports.paths import diff_path, relative, timeline_path, version_path
from reports.sitedata import (ChangeRef, SiteIndex, StanceRow, WatchHistory, gather_index, histories,
                              stance_rows, views)
from reports.sitemanifest import NAME as MANIFEST
from reports.sitemanifest import Manifest, fingerprint, key, loads
from reports.standing import cached_stances
from reports.templating import page_environment
from watchers.meaning.stance import QUESTIONS
from watchers.meaning.summary import LABELS
from watchers.store.db import Store, Version
from watchers.store.overview import version_heads

# Written into a finished site: its presence is what allows a re-run to
# update or replace the directory, so `--out` pointing at anything else is refused.
MARKER = ".vigie-site"


class SiteError(Refused):
    """The site cannot be written there; the message says what to do."""


@dataclass(frozen=True)
class Page:
    path: str
    key: str  # of what it is rendered from: the same key renders the same page
    render: Callable[[], str]


def _render(template: str, path: str, **context) -> str:
    return page_environment().get_template(template).render(url=partial(relative, path), paths=paths, **context)


def render_index(index: SiteIndex, stances: frozenset[str] = frozenset()) -> str:
    """`stances`: the platforms the stance page has a row for."""
    return _render("site_index.html.j2", paths.INDEX, index=index, severities=SEVERITIES, stances=stances)


def stance_page(rows: tuple[StanceRow, ...]) -> Page:
    """"Where platforms stand": keyed on everything it shows (answers, evidence, history, paths)."""
    return Page(paths.STANCE, key(fingerprint(), rows),
                partial(_render, "site_stance.html.j2", paths.STANCE, rows=rows, questions=QUESTIONS, labels=LABELS))


def watch_key(history: WatchHistory) -> str:
    """Over everything the watch's pages are rendered from: unchanged, none of them is rendered."""
    summary = history.summary
    return key(fingerprint(), summary.watch, summary.slug, summary.status, history.platform.name,
               history.platform.slug, history.digest, [c.id for c in history.changes])


def watch_pages(store: Store, index: SiteIndex, history: WatchHistory, timeline_key: str) -> Iterator[Page]:
    """The watch's timeline, versions and diffs, each with its key; changes and texts are
    read from the store only when a page is rendered. (Rows of versions and changes are
    never rewritten: a version is named by its hash, a change by its id.)"""
    watch, slug, platform = history.summary.watch, history.summary.slug, history.platform
    heads = version_heads(store, watch.id)
    refs = {c.to_version: c.id for c in history.changes}

    @cache
    def context() -> dict:
        return dict(history=history, versions=heads, watch=watch, slug=slug,
                    by_version={c.to_version: c for c in views(store, index.watches, history.changes)})

    @cache
    def texts() -> dict[int, Version]:  # one query: a watch rendered has most of its pages rendered
        return {v.number: v for v in store.versions(watch.id)}

    def timeline() -> str:
        return _render("site_timeline.html.j2", timeline_path(slug), **context())

    def version(path: str, number: int, previous: int | None, following: int | None) -> str:
        by_version = context()["by_version"]
        return _render("site_version.html.j2", path, version=texts()[number], previous=previous,
                       next=following, change=by_version.get(number), following=by_version.get(following),
                       **context())

    def diff(path: str, to_version: int) -> str:
        change = context()["by_version"][to_version]
        old, new = texts()[change.from_version].text, texts()[change.to_version].text
        return _render("site_diff.html.j2", path, change=replace(change, diff=diff_view(old, new)),
                       **context())

    yield Page(timeline_path(slug), timeline_key, timeline)
    # The frame every version and diff page shows: crumbs, title, where the page comes from.
    frame = (fingerprint(), slug, platform.name, platform.slug, watch.id, watch.title, watch.url)
    for k, head in enumerate(heads):
        path = version_path(slug, head.number)
        previous = heads[k - 1].number if k else None
        following = heads[k + 1].number if k + 1 < len(heads) else None
        yield Page(path, key(frame, head, previous, following, refs.get(head.number), refs.get(following)),
                   partial(version, path, head.number, previous, following))
    for change in history.changes:
        path = diff_path(slug, change.from_version, change.to_version)
        # The diff page also lists the watch's opt-out links: the whole watch is in its key.
        yield Page(path, key(frame, watch, change.id), partial(diff, path, change.to_version))


def feed_pages(store: Store, index: SiteIndex) -> Iterator[Page]:
    """Every feed, keyed by its entries (and each entry's watch: its opt-out links are in the entry)."""
    watches: dict[str, str] = {}

    def watch_key_of(change: ChangeRef) -> str:
        if change.watch_id not in watches:
            watches[change.watch_id] = key(index.watches[change.watch_id], index.slugs[change.watch_id])
        return watches[change.watch_id]

    for selection in selections(index):
        entries = [(c.id, watch_key_of(c)) for c in selection.newest]
        yield Page(selection.path, key(fingerprint(), selection.path, selection.title, selection.updated, entries),
                   partial(render_feed, store, selection, index))


def write_site(store: Store, out: Path, now: datetime) -> dict[str, int]:
    """Write the site at `out`: in full the first time, then only what changed.

    Returns the counts of pages and feeds in the site, of files written and removed, and of
    platforms whose answers were computed (`answered`; the others' were kept from the last build)."""
    out = Path(os.path.abspath(out))
    previous = _manifest(out)
    if previous is None:
        with replacing(out, lambda folder: (folder / MARKER).is_file(), "a site written by Vigie",
                       SiteError) as staging:
            return _build(store, staging, now, Manifest(fingerprint()), atomic=False)
    return _build(store, out, now, previous, atomic=True)


def _manifest(out: Path) -> Manifest | None:
    """The last build's manifest, if it can be built upon (same templates and Vigie); else a full build."""
    if not (out / MARKER).is_file():
        return None
    try:
        manifest = loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return manifest if manifest and manifest.fingerprint == fingerprint() else None


def _build(store: Store, root: Path, now: datetime, previous: Manifest, atomic: bool) -> dict[str, int]:
    counts = {"pages": 2, "feeds": 0, "written": 0, "removed": 0}  # the index and the stance page
    existing = own_files(root)  # a page someone removed is written again

    def write(page: Page, kept: dict[str, str]) -> None:
        if kept.get(page.path) != page.key or page.path not in existing:
            counts["written"] += write_file(root, page.path, page.render(), atomic)

    manifest = Manifest(fingerprint())
    index = gather_index(store, now)
    for history in histories(index):
        watch_id, timeline_key = history.summary.watch.id, watch_key(history)
        before = previous.watches.get(watch_id, {"key": None, "pages": {}})
        # Same key and every page there: nothing any of its pages shows has changed.
        if before["key"] != timeline_key or not existing.issuperset(before["pages"]):
            pages = {}
            for page in watch_pages(store, index, history, timeline_key):
                write(page, before["pages"])
                pages[page.path] = page.key
            before = {"key": timeline_key, "pages": pages}
        manifest.watches[watch_id] = before
        counts["pages"] += len(before["pages"])
    for page in feed_pages(store, index):
        write(page, previous.shared)
        manifest.shared[page.path] = page.key
        counts["feeds"] += 1
    # Answers kept from the last build unless the platform's versions changed (or a date they
    # announced came): computing them reads every document of the platform.
    standing = cached_stances(store, now.date(), previous.stance, fingerprint())
    manifest.stance = standing.cache
    counts["answered"] = len(standing.computed)
    page = stance_page(stance_rows(index, standing.stances))
    write(page, previous.shared)
    manifest.shared[page.path] = page.key
    # The index says when it was written: it is the one page rendered every time.
    counts["written"] += write_file(root, paths.INDEX,
                                    render_index(index, frozenset(s.platform for s in standing.stances)), atomic)
    # Pages of watches gone from the store, and anything else that is not the site now.
    counts["removed"] = remove_files(root, existing - manifest.page_keys().keys() - {paths.INDEX})
    write_file(root, MARKER, "Written by `vigie site`, which updates this directory when re-run.\n", atomic)
    write_file(root, MANIFEST, manifest.dumps(), atomic)  # last: a run cut short is redone from the one before
    return counts
