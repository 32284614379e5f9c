"""The item pipeline: each fetch is read in a worker process, then recorded by `watchers.record`.

Reading a page (parsing, extraction, Markdown, the verdict) is most of a crawl's
CPU time; done in the reactor's thread it leaves the other cores idle while the
downloads wait. So pages are read by a pool of worker processes, one per core,
and only recording (one transaction per check) stays in the crawler's thread,
in the order the readings come back.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
from concurrent.futures import ProcessPoolExecutor

from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from watchers.page.fetch import Fetch
from watchers.record import needs_reading, read_page, record

# The stat the CLI reads after a crawl: why recording stopped (full disk, read-only file).
STORAGE_ERROR = "vigie/storage_error"


class RecordPipeline:
    def __init__(self, crawler, workers: int):
        self.crawler = crawler
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getint("VIGIE_READERS"))

    def readers(self) -> ProcessPoolExecutor | None:
        """The pool, started with the first page that must be read: a re-check where
        every page answers 304 never pays for starting it."""
        if self.pool is None and self.workers > 0:
            # Not fork: the crawler's process has threads and an event loop running.
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("forkserver"))
        return self.pool

    def close_spider(self, spider=None) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: Fetch):
        spider = self.crawler.spider
        watch = spider.watches[item.watch_id]
        try:
            reading = None
            needed, previous_chars = needs_reading(spider.store, watch, item)
            pool = self.readers() if needed else None
            if pool is not None:
                reading = await asyncio.get_running_loop().run_in_executor(pool, read_page, watch, item,
                                                                           previous_chars)
            row = record(spider.store, watch, item, spider.watchlist.channels, reading)
        except (sqlite3.Error, OSError) as error:
            # Every check is its own transaction, so what was recorded stays; fetching
            # on would only fail the same way. Stop, and let the caller say why.
            if not self.crawler.stats.get_value(STORAGE_ERROR):
                self.crawler.stats.set_value(STORAGE_ERROR, str(error) or type(error).__name__)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage error"))
            raise DropItem(f"not recorded: {error}") from None
        # Named outcome stats (vigie/new, vigie/blocked…) for logs and monitors.
        self.crawler.stats.inc_value(f"vigie/{row['outcome']}")
        return item
