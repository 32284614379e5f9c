"""What a reader should act on for a watch: the opt-out links of the page as it is now.

The watchlist's `opt_out` links were right when someone wrote them; when the
platform re-points its objection form (exactly an `opt-out-link` change), they
point the reader to the link just replaced. So alerts, digests, the weekly
report and the site take the links from the newest version of the page, and
keep the configured ones as a fallback, marked when the page dropped them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

from watchers.links import ActionLink, action_links, page_opt_out_links
from watchers.store import Store


def watch_actions(store: Store, watch_id: str, language: str, configured: Iterable[tuple[str, str]],
                  number: int | None = None) -> list[ActionLink]:
    """The links to act on as of version `number` (default: the newest)."""
    number = number or store.latest_number(watch_id)
    if not number:
        return action_links([], configured, language)
    before = _opt_out_links(store, watch_id, number - 1, language) if number > 1 else None
    return action_links(_opt_out_links(store, watch_id, number, language), configured, language, before)


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
