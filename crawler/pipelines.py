"""The item pipeline: each fetch is judged and recorded by `watchers.record`."""

from __future__ import annotations

from watchers.fetch import Fetch
from watchers.record import record


class RecordPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: Fetch):
        spider = self.crawler.spider
        row = record(spider.store, spider.watches[item.watch_id], item, spider.watchlist.channels)
        # Named outcome stats (vigie/new, vigie/blocked…) for logs and monitors.
        self.crawler.stats.inc_value(f"vigie/{row['outcome']}")
        return item
