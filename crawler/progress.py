"""A one-line progress display while a crawl runs on a terminal.

A crawl of the whole catalogue takes a while; someone at a terminal should
see it move. Under cron or systemd (no terminal) it switches itself off, so
logs hold results, not carriage returns.
"""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured

REFRESH = 0.2  # seconds between redraws: enough to look alive, cheap on a slow terminal


class Progress:
    def __init__(self, stream):
        self.stream = stream
        self.total = 0
        self.done = 0
        self.drawn_at = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        stream = sys.stderr
        if not crawler.settings.getbool("VIGIE_PROGRESS", True) or not stream.isatty():
            raise NotConfigured
        progress = cls(stream)
        crawler.signals.connect(progress.opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.checked, signal=signals.item_scraped)
        crawler.signals.connect(progress.closed, signal=signals.spider_closed)
        return progress

    def opened(self, spider) -> None:
        self.total = len(getattr(spider, "selection", ()))
        self.draw(force=True)

    def checked(self, item, spider) -> None:
        self.done += 1
        self.draw(force=self.done == self.total)

    def closed(self, spider) -> None:
        if self.total:
            self.stream.write("\r\033[K")  # leave the line to the results printed next
            self.stream.flush()

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.total or (not force and now - self.drawn_at < REFRESH):
            return
        self.drawn_at = now
        width = 30
        filled = width * self.done // self.total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} pages checked")
        self.stream.flush()
