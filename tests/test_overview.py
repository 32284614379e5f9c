"""The whole archive at a glance (watchers/store/overview.py, watchers.delivery.actions.every_watch_actions):
the same answers as asking watch by watch, from a store filled by the crawler's own `record`."""

from __future__ import annotations

from contextlib import closing

from test_site_rebuild import WATCHES, Archive
from watchers.delivery.actions import every_watch_actions, watch_actions
from watchers.page.fetch import Fetch
from watchers.record import record
from watchers.store.overview import status, version_digests, version_heads


def failing(archive: Archive, watch_id: str) -> dict:
    watch = archive.watches[watch_id]
    archive.clock = archive.clock.replace(hour=archive.clock.hour + 1)
    stamp = archive.clock.isoformat(timespec="seconds")
    return record(archive.store, watch, Fetch(watch.id, watch.url, stamp, stamp, False, status=503,
                                              body=b"<h1>Service unavailable</h1>", content_type="text/html"))


def test_status_and_links_of_every_watch_at_once(tmp_path):
    archive = Archive(tmp_path / "vigie.db", WATCHES + [{"id": "never/checked", "url": "https://never.example/"}])
    with closing(archive.store):
        for clauses in (1, 2):
            archive.crawl("acme/privacy", clauses)
        archive.crawl("acme/ai", 2)
        archive.crawl("beta/privacy", 1)
        first = failing(archive, "beta/privacy")
        assert first["outcome"] == "error" and failing(archive, "beta/privacy")["outcome"] == "error"

        rows = {row["watch"]: row for row in status(archive.store, ["never/checked", "acme/privacy", "beta/privacy",
                                                                    "acme/ai", "not/in-the-store"])}
        assert list(rows) == ["never/checked", "acme/privacy", "beta/privacy", "acme/ai", "not/in-the-store"]
        assert rows["never/checked"] == rows["not/in-the-store"] | {"watch": "never/checked"} == {
            "watch": "never/checked", "last_check": None, "outcome": None, "reason": None, "versions": 0,
            "last_change": None, "consecutive_failures": 0, "failing_since": None}
        acme = rows["acme/privacy"]
        assert (acme["outcome"], acme["versions"], acme["consecutive_failures"]) == ("changed", 2, 0)
        assert acme["last_change"] == archive.store.version("acme/privacy").captured_at
        beta = rows["beta/privacy"]
        assert (beta["outcome"], beta["versions"], beta["consecutive_failures"]) == ("error", 1, 2)
        assert beta["failing_since"] == first["started_at"] and "503" in beta["reason"]

        # One query for every watch's links to act on, the same as one watch at a time.
        wanted = [(w.id, w.locale, [("Object", "https://acme.example/object")]) for w in archive.watches.values()]
        assert every_watch_actions(archive.store, wanted) == {
            watch_id: watch_actions(archive.store, watch_id, locale, configured)
            for watch_id, locale, configured in wanted}

        digests = version_digests(archive.store)
        assert {w: count for w, (count, _) in digests.items()} == {"acme/privacy": 2, "acme/ai": 1, "beta/privacy": 1}
        assert [h.number for h in version_heads(archive.store, "acme/privacy")] == [1, 2]
        archive.crawl("acme/ai", 3)
        assert version_digests(archive.store)["acme/ai"][1] != digests["acme/ai"][1]
        assert version_digests(archive.store)["acme/privacy"] == digests["acme/privacy"]
