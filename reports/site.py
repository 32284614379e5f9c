"""The static archive site: an index of platforms, a page per platform (its opt-out-now panel and
its watches), a timeline per watch, every version, every diff, Atom feeds, and where each
platform stands (the answers of reports/standing.py, each with its evidence).

Where each page lives is reports/paths.py; the data it is rendered from,
reports/sitedata.py. `watch_pages`, `platform_page`, `stance_page` and `feed_pages` give
the pages with their keys (reports/sitemanifest.py) and how to render each; `write_site` is
the only part that touches the disk. The platforms' answers are those the store keeps
(watchers/store/answers.py), computed again only for the platforms whose versions changed.

The site is in one language, or in several side by side (reports/editions.py): the
index of the store and the platforms' answers are read once, and each language's pages
are written from them.

A first build (or one after the templates, Vigie or the languages changed, or without a
readable manifest) writes the whole site beside `--out` and swaps it in
(reports/outdir.py). A rebuild renders only the pages whose key changed,
writes each of them whole through a temporary file, removes the pages that
are gone, and writes the manifest last: a run cut short leaves every page
whole and is completed by the next. Only the index says when it was written: it is
the one page rendered every time, so it holds a row per platform and no more.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, partial
from pathlib import Path

from reports import paths
from reports.diffview import diff_view
from reports.editions import Edition, check_root, write_root
from reports.feeds import render_feed, selections
from reports.gather import SEVERITIES
from reports.i18n import DEFAULT
from reports.outdir import Refused, own_files, remove_files, replacing, write_file
from reports.paths import diff_path, relative, timeline_path, version_path
from reports.sitedata import (ChangeRef, PlatformSection, SiteIndex, StanceRow, WatchHistory, gather_index,
                              histories, stance_rows, views)
from reports.sitemanifest import NAME as MANIFEST
from reports.sitemanifest import Manifest, key, loads
from reports.standing import Standing, standing_now
from reports.templating import page_environment
from watchers.meaning.stance import QUESTIONS
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


def _render(template: str, path: str, edition: Edition, **context) -> str:
    return page_environment(edition.lang).get_template(template).render(
        url=partial(relative, path), paths=paths, languages=edition.languages(path), **context)


def render_index(index: SiteIndex, edition: Edition = Edition()) -> str:
    """A row per platform: short, since it is the one page rendered every time."""
    return _render("site_index.html.j2", paths.INDEX, edition, index=index, severities=SEVERITIES)


def platform_page(store: Store, index: SiteIndex, section: PlatformSection, watch_keys: dict[str, str],
                  stance: bool, edition: Edition = Edition()) -> Page:
    """A platform's opt-out-now panel, the dates it announced and its watches. Keyed on its
    watches' keys (`watch_key`: each over all the page shows of the watch, its opt-out links
    included), on the dates announced and whether each is still to come (which the day decides),
    and on whether the stance page has a row for it (`stance`)."""
    path = paths.platform_path(section.slug)

    def render() -> str:
        latest = views(store, index.watches, [s.latest_change for s in section.watches if s.latest_change])
        return _render("site_platform.html.j2", path, edition, p=section, stance=stance,
                       latest={change.watch.id: change for change in latest})

    announced = [(a.watch.id, a.kind, a.date, a.detected_at, a.upcoming) for a in section.announced]
    return Page(path, key(edition.fingerprint, section.name, section.slug, stance,
                          [watch_keys[s.watch.id] for s in section.watches], announced), render)


def stance_page(rows: tuple[StanceRow, ...], edition: Edition = Edition()) -> Page:
    """"Where platforms stand": keyed on everything it shows (answers, evidence, history, paths)."""
    return Page(paths.STANCE, key(edition.fingerprint, rows),
                partial(_render, "site_stance.html.j2", paths.STANCE, edition, rows=rows, questions=QUESTIONS))


def watch_key(history: WatchHistory, edition: Edition = Edition()) -> str:
    """Over everything the watch's pages are rendered from: unchanged, none of them is rendered."""
    summary = history.summary
    return key(edition.fingerprint, summary.watch, summary.slug, summary.status, history.platform.name,
               history.platform.slug, history.digest, [c.id for c in history.changes])


def watch_pages(store: Store, index: SiteIndex, history: WatchHistory, timeline_key: str,
                edition: Edition = Edition()) -> Iterator[Page]:
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
        return _render("site_timeline.html.j2", timeline_path(slug), edition, **context())

    def version(path: str, number: int, previous: int | None, following: int | None) -> str:
        by_version = context()["by_version"]
        return _render("site_version.html.j2", path, edition, version=texts()[number], previous=previous,
                       next=following, change=by_version.get(number), following=by_version.get(following),
                       **context())

    def diff(path: str, to_version: int) -> str:
        change = context()["by_version"][to_version]
        old, new = texts()[change.from_version].text, texts()[change.to_version].text
        return _render("site_diff.html.j2", path, edition, change=replace(change, diff=diff_view(old, new)),
                       **context())

    yield Page(timeline_path(slug), timeline_key, timeline)
    # The frame every version and diff page shows: crumbs, title, where the page comes from.
    frame = (edition.fingerprint, slug, platform.name, platform.slug, watch.id, watch.title, watch.url)
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


def feed_pages(store: Store, index: SiteIndex, edition: Edition = Edition()) -> Iterator[Page]:
    """Every feed, keyed by its entries (and each entry's watch: its opt-out links are in the entry)."""
    watches: dict[str, str] = {}

    def watch_key_of(change: ChangeRef) -> str:
        if change.watch_id not in watches:
            watches[change.watch_id] = key(index.watches[change.watch_id], index.slugs[change.watch_id])
        return watches[change.watch_id]

    for selection in selections(index):
        entries = [(c.id, watch_key_of(c)) for c in selection.newest]
        yield Page(selection.path, key(edition.fingerprint, selection.path, selection.scope, selection.name,
                                       selection.updated, entries),
                   partial(render_feed, store, selection, index, edition.lang, edition.languages(selection.path)))


def write_site(store: Store, out: Path, now: datetime, langs: tuple[str, ...] = (DEFAULT,)) -> dict[str, int]:
    """Write the site at `out`: in full the first time, then only what changed. In one
    language at `out`; in several, each in `out/<lang>/` with `out/index.html` to choose.

    Returns the counts of pages and feeds in the site (every language's), of files written
    and removed, and of platforms whose answers were computed (`answered`; the others' were
    kept from the last build)."""
    out = Path(os.path.abspath(out))
    langs = tuple(dict.fromkeys(langs)) or (DEFAULT,)
    several = len(langs) > 1
    check_root(out, _ours, SiteError)  # before anything is computed
    editions = [Edition(lang, langs if several else ()) for lang in langs]
    roots = {edition: out / edition.lang if several else out for edition in editions}
    previous = {edition: _manifest(roots[edition]) for edition in editions}
    index = gather_index(store, now)
    # The same answers in every language; computed only where the store's are out of date.
    standing = standing_now(store, now.date())
    counts: Counter[str] = Counter({"pages": 0, "feeds": 0, "written": 0, "removed": 0})
    for edition in editions:
        counts.update(_write_edition(store, roots[edition], now, edition, previous[edition], index, standing))
    if several:
        counts.update(write_root(out, langs, MARKER, MANIFEST))
        write_file(out, MARKER, "Written by `vigie site`, which updates this directory when re-run.\n")
    return {**counts, "answered": len(standing.computed)}


def _ours(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def _manifest(out: Path) -> Manifest | None:
    """The last build's manifest at `out`, if it is readable (whichever templates wrote it)."""
    if not _ours(out):
        return None
    try:
        return loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _write_edition(store: Store, out: Path, now: datetime, edition: Edition, previous: Manifest | None,
                   index: SiteIndex, standing: Standing) -> dict[str, int]:
    """One language's site at `out`; built upon the last build only if the same templates,
    Vigie and languages wrote it, else written in full beside `out` and swapped in."""
    if previous is None or previous.fingerprint != edition.fingerprint:
        with replacing(out, _ours, "a site written by Vigie", SiteError) as staging:
            return _build(store, staging, now, edition, Manifest(edition.fingerprint), index, standing, atomic=False)
    return _build(store, out, now, edition, previous, index, standing, atomic=True)


def _build(store: Store, root: Path, now: datetime, edition: Edition, previous: Manifest, index: SiteIndex,
           standing: Standing, atomic: bool) -> dict[str, int]:
    # The index, the stance page and a page per platform.
    counts = {"pages": 2 + len(index.platforms), "feeds": 0, "written": 0, "removed": 0}
    existing = own_files(root)  # a page someone removed is written again

    def write(page: Page, kept: dict[str, str]) -> None:
        if kept.get(page.path) != page.key or page.path not in existing:
            counts["written"] += write_file(root, page.path, page.render(), atomic)

    manifest = Manifest(edition.fingerprint)
    watch_keys = {}
    for history in histories(index):
        watch_id, timeline_key = history.summary.watch.id, watch_key(history, edition)
        watch_keys[watch_id] = timeline_key
        before = previous.watches.get(watch_id, {"key": None, "pages": {}})
        # Same key and every page there: nothing any of its pages shows has changed.
        if before["key"] != timeline_key or not existing.issuperset(before["pages"]):
            pages = {}
            for page in watch_pages(store, index, history, timeline_key, edition):
                write(page, before["pages"])
                pages[page.path] = page.key
            before = {"key": timeline_key, "pages": pages}
        manifest.watches[watch_id] = before
        counts["pages"] += len(before["pages"])
    for page in feed_pages(store, index, edition):
        write(page, previous.shared)
        manifest.shared[page.path] = page.key
        counts["feeds"] += 1
    stances = {s.platform for s in standing.stances}
    for page in (stance_page(stance_rows(index, standing.stances), edition),
                 *(platform_page(store, index, section, watch_keys, section.name in stances, edition)
                   for section in index.platforms)):
        write(page, previous.shared)
        manifest.shared[page.path] = page.key
    # The index says when it was written: it is the one page rendered every time.
    counts["written"] += write_file(root, paths.INDEX, render_index(index, edition), atomic)
    # Pages of watches and platforms gone from the store, and anything else that is not the site now.
    counts["removed"] = remove_files(root, existing - manifest.page_keys().keys() - {paths.INDEX})
    write_file(root, MARKER, "Written by `vigie site`, which updates this directory when re-run.\n", atomic)
    write_file(root, MANIFEST, manifest.dumps(), atomic)  # last: a run cut short is redone from the one before
    return counts
