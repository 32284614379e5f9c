"""Run crawls from code: one reactor per process, any number of crawls in it.

Twisted's reactor cannot be restarted (scrapy/scrapy#5167), so a process that
needs several crawl cycles (`vigie demo`, `vigie schedule`) starts the reactor
once and awaits one crawl after another inside it.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from scrapy import signals
from scrapy.crawler import AsyncCrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.log import configure_logging
from scrapy.utils.ossignal import install_shutdown_handlers
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor

from crawler.spiders.policies import PolicySpider

T = TypeVar("T")


def project_settings(db: str, watchlist: str | None, overrides: dict[str, Any] | None = None) -> Settings:
    # Our settings module, wherever the command is run from (scrapy.cfg is
    # only found when running inside the checkout).
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.set("VIGIE_DB", db, priority="cmdline")
    settings.set("VIGIE_WATCHLIST", watchlist, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


class Interrupted(Exception):
    """SIGTERM or SIGINT stopped the crawl; the pages in flight were recorded first."""


class Session:
    """What a `main` run by `run` gets: the crawler runner and whether to stop."""

    def __init__(self, runner: AsyncCrawlerRunner):
        self.runner = runner
        self.stopping = False

    async def crawl(self, **spider_args: Any) -> dict:
        """One crawl over the selected watches; returns its stats when every check is recorded."""
        if self.stopping:
            return {}
        crawler = self.runner.create_crawler(PolicySpider)
        await self.runner.crawl(crawler, **spider_args)
        return crawler.stats.get_stats()

    async def collect(self, keep: Callable[[Any], T], **spider_args: Any) -> list[T]:
        """One crawl whose items (a `Fetch` per watch) are handed back instead of recorded:
        the spider's probe mode (`probe=`) runs without item pipelines. Each item is passed
        through `keep` as it arrives, so that a page need not be held until the crawl ends."""
        if self.stopping:
            return []
        crawler = self.runner.create_crawler(PolicySpider)
        items: list[T] = []

        def scraped(item: Any) -> None:
            items.append(keep(item))

        crawler.signals.connect(scraped, signal=signals.item_scraped, weak=False)
        await self.runner.crawl(crawler, **spider_args)
        return items


def run(settings: Settings, main: Callable[[Session], Awaitable[T]]) -> T:
    """Start the reactor, await `main(session)`, stop; return what main returned.

    A first SIGTERM/SIGINT stops the crawl gracefully (responses in flight are
    recorded, nothing new starts) and `Interrupted` is raised once the reactor
    has stopped; a second one stops at once, which loses nothing either: every
    check is its own transaction and the next run does what was left.
    """
    install_reactor(settings["TWISTED_REACTOR"])
    from twisted.internet import reactor
    from scrapy.utils.defer import deferred_from_coro

    configure_logging(settings)
    session = Session(AsyncCrawlerRunner(settings))
    outcome: dict[str, Any] = {}

    def stop_now(signum: int, _: Any) -> None:
        install_shutdown_handlers(signal.SIG_IGN)
        reactor.callFromThread(reactor.stop)

    def stop_gracefully(signum: int, _: Any) -> None:
        install_shutdown_handlers(stop_now)
        session.stopping = True
        reactor.callFromThread(lambda: deferred_from_coro(session.runner.stop()))

    async def wrapped() -> None:
        try:
            outcome["value"] = await main(session)
        except BaseException as error:  # re-raised outside the reactor
            outcome["error"] = error
        finally:
            if reactor.running:
                reactor.stop()

    install_shutdown_handlers(stop_gracefully)
    reactor.callWhenRunning(lambda: deferred_from_coro(wrapped()))
    reactor.run(installSignalHandlers=False)
    install_shutdown_handlers(signal.SIG_DFL)
    if "error" in outcome:
        raise outcome["error"]
    if session.stopping or "value" not in outcome:
        raise Interrupted
    return outcome["value"]


def crawl_cycles(settings: Settings, cycles: int, before: Callable[[int], None],
                 after: Callable[[int], None] = lambda cycle: None, **spider_args: Any) -> None:
    """Run `cycles` crawls in one reactor, calling before(i) and after(i) around crawl i."""

    async def main(session: Session) -> None:
        for cycle in range(cycles):
            if session.stopping:
                break
            before(cycle)
            await session.crawl(**spider_args)
            after(cycle)

    run(settings, main)
