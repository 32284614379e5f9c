"""Run crawls from code: one reactor per process, any number of crawls in it.

Twisted's reactor cannot be restarted (scrapy/scrapy#5167), so a process that
needs several crawl cycles (`vigie demo`, `vigie schedule`) starts the reactor
once and awaits one crawl after another inside it.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from scrapy.crawler import AsyncCrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.log import configure_logging
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


def run(settings: Settings, main: Callable[[AsyncCrawlerRunner], Awaitable[T]]) -> T:
    """Start the reactor, await `main(runner)`, stop; return what main returned."""
    install_reactor(settings["TWISTED_REACTOR"])
    from twisted.internet import reactor
    from scrapy.utils.defer import deferred_from_coro

    configure_logging(settings)
    runner = AsyncCrawlerRunner(settings)
    outcome: dict[str, Any] = {}

    async def wrapped() -> None:
        try:
            outcome["value"] = await main(runner)
        except BaseException as error:  # re-raised outside the reactor
            outcome["error"] = error
        finally:
            reactor.stop()

    reactor.callWhenRunning(lambda: deferred_from_coro(wrapped()))
    reactor.run(installSignalHandlers=True)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


async def crawl(runner: AsyncCrawlerRunner, **spider_args: Any) -> None:
    """One crawl over the selected watches; returns when every check is recorded."""
    await runner.crawl(PolicySpider, **spider_args)


def crawl_cycles(settings: Settings, cycles: int, before: Callable[[int], None],
                 after: Callable[[int], None] = lambda cycle: None, **spider_args: Any) -> None:
    """Run `cycles` crawls in one reactor, calling before(i) and after(i) around crawl i."""

    async def main(runner: AsyncCrawlerRunner) -> None:
        for cycle in range(cycles):
            before(cycle)
            await crawl(runner, **spider_args)
            after(cycle)

    run(settings, main)
