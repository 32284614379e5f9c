"""The item pipeline: each fetch is judged and recorded by `watchers.record`."""

from __future__ import annotations

import sqlite3

from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from watchers.fetch import Fetch
from watchers.record import record

# The stat the CLI reads after a crawl: why recording stopped (full disk, read-only file).
STORAGE_ERROR = "vigie/storage_error"


class RecordPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: Fetch):
        spider = self.crawler.spider
        try:
            row = record(spider.store, spider.watches[item.watch_id], item, spider.watchlist.channels)
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
