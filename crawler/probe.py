"""`vigie catalogue probe`'s fetching: the selected watches through the real spider, recording nothing.

Each watch is fetched once by `PolicySpider` in its probe mode: the same settings,
user agent, Accept-Language, retries, safe-target checks and two-per-host
politeness as `vigie crawl`, but in full (no validators), without a database, and
with each `Fetch` handed back instead of recorded. What the readings mean is
decided in watchers/catalogue/probe.py; when a page must be seen the other way
(an http watch without text in the browser, a browser watch over plain HTTP), a
second crawl in the same reactor fetches just those, once each.
"""

from __future__ import annotations

from scrapy.settings import Settings

from crawler.runner import Session, run
from watchers.catalogue.probe import Observation, ProbeReport, assess, observe, other_render
from watchers.catalogue.watchlist import Watch, Watchlist
from watchers.page.fetch import Fetch

NO_ANSWER = "the crawl ended without an answer for this page (run with -v to see why)"


def probe(settings: Settings, watchlist: Watchlist, watches: list[Watch]) -> list[ProbeReport]:
    """Probe `watches` (of `watchlist`); one report per watch, in their order."""

    async def main(session: Session) -> list[ProbeReport]:
        readings = await _read(session, watchlist, {w.id: (w, w.render) for w in watches})
        again = {w.id: (w, mode) for w in watches if (mode := other_render(w, readings[w.id]))}
        others = await _read(session, watchlist, again) if again else {}
        return [assess(w, readings[w.id], others.get(w.id)) for w in watches]

    return run(settings, main)


async def _read(session: Session, watchlist: Watchlist,
                wanted: dict[str, tuple[Watch, str]]) -> dict[str, Observation]:
    """One crawl fetching each wanted watch in the render mode given, each page read as it comes."""

    def read(fetch: Fetch) -> tuple[str, Observation]:
        watch, mode = wanted[fetch.watch_id]
        return fetch.watch_id, observe(watch, fetch, mode)

    readings = dict(await session.collect(read, watchlist=watchlist,
                                          probe={watch_id: mode for watch_id, (_, mode) in wanted.items()}))
    return {watch_id: readings.get(watch_id) or Observation(mode, "error", NO_ANSWER)
            for watch_id, (_, mode) in wanted.items()}
