"""What a reader should act on for a watch: the opt-out links of the page as it is now.

The watchlist's `opt_out` links were right when someone wrote them; when the
platform re-points its objection form (exactly an `opt-out-link` change), they
point the reader to the link just replaced. So alerts, digests, the weekly
report and the site take the links from the newest version of the page, and
keep the configured ones as a fallback, marked when the page dropped them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict

from watchers.meaning.links import ActionLink, action_links, page_opt_out_links
from watchers.store.db import Store


def watch_actions(store: Store, watch_id: str, language: str, configured: Iterable[tuple[str, str]],
                  number: int | None = None) -> list[ActionLink]:
    """The links to act on as of version `number` (default: the newest)."""
    number = number or store.latest_number(watch_id)
    if not number:
        return action_links([], configured, language)
    before = _opt_out_links(store, watch_id, number - 1, language) if number > 1 else None
    return action_links(_opt_out_links(store, watch_id, number, language), configured, language, before)


def every_watch_actions(store: Store, watches: Iterable[tuple[str, str, Iterable[tuple[str, str]]]]
                        ) -> dict[str, list[ActionLink]]:
    """`watch_actions` of each (watch id, language, configured links) at once: the opt-out links
    of every watch's two newest versions in one query (a watch whose versions predate their
    recording in the store is read as `watch_actions` reads it)."""
    recorded = {watch_id: (number, current, before) for watch_id, number, current, before in store.db.execute(
        # From the index that holds the links (migration 8): the rows hold them after the text.
        """SELECT w.id, v.number, v.opt_out_links, p.opt_out_links
           FROM watches w CROSS JOIN versions v INDEXED BY versions_links
           ON v.watch_id = w.id AND v.number = (SELECT MAX(number) FROM versions WHERE watch_id = w.id)
           LEFT JOIN versions p INDEXED BY versions_links ON p.watch_id = w.id AND p.number = v.number - 1""")}
    actions = {}
    for watch_id, language, configured in watches:
        number, current, before = recorded.get(watch_id, (0, "[]", None))
        if current is None or (number > 1 and before is None):
            actions[watch_id] = watch_actions(store, watch_id, language, configured)
            continue
        actions[watch_id] = action_links([tuple(link) for link in json.loads(current)], configured, language,
                                         [tuple(link) for link in json.loads(before)] if before else None)
    return actions


def _opt_out_links(store: Store, watch_id: str, number: int, language: str) -> list[tuple[str, str]]:
    links = store.version_opt_out_links(watch_id, number)
    if links is None:  # recorded before the links were: read them in the text
        version = store.version(watch_id, number)
        links = page_opt_out_links(version.text, language) if version else []
    return links


def change_actions(store: Store, change: dict, watch) -> list[dict]:
    """The links to act on after a change, as of its new version, for alert and digest bodies."""
    configured = [(o.label, o.url) for o in watch.opt_out]
    return [asdict(a) for a in watch_actions(store, change["watch_id"], watch.locale, configured,
                                              change["to_version"])]
