"""Scrapy alone: the floor under any Scrapy crawler's cycle, run by bench/urlwatch.py.

Fetches the URLs of a JSON file with Vigie's politeness (at most two requests in
flight per host, 16 in all, no cookies, the asyncio reactor) and does nothing with
the answers but remember their ETags: no reading, no store, no pipeline. With
--conditional it sends the ETags the last run remembered, so every page answers
304. What this costs, start-up included, no crawler built on Scrapy can beat.

With --again N the process then crawls the same URLs N more times (conditionally),
as a long-lived process would, and prints the seconds each took: the floor without
Python's and Scrapy's start-up.

    python bench/scrapy_floor.py STATE.json [--conditional] [--again N]

STATE.json holds {"urls": [...]} and, after a run, {"etags": {url: etag}}.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerRunner
from scrapy.utils.reactor import install_reactor

SETTINGS = {
    "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
    "ROBOTSTXT_OBEY": False, "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
}


class Floor(scrapy.Spider):
    name = "floor"

    def __init__(self, urls: list[str], etags: dict[str, str], conditional: bool):
        super().__init__()
        self.urls, self.etags, self.conditional = urls, etags, conditional

    async def start(self):
        for url in self.urls:
            headers = {"If-None-Match": self.etags[url]} if self.conditional and url in self.etags else {}
            yield scrapy.Request(url, headers=headers, dont_filter=True, meta={"handle_httpstatus_all": True})

    def parse(self, response):
        if etag := response.headers.get("ETag"):
            self.etags[response.url] = etag.decode("latin-1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("state", type=Path)
    parser.add_argument("--conditional", action="store_true")
    parser.add_argument("--again", type=int, default=0)
    args = parser.parse_args()
    state = json.loads(args.state.read_text())
    etags = state.setdefault("etags", {})
    install_reactor(SETTINGS["TWISTED_REACTOR"])
    from twisted.internet import defer, reactor

    runner = CrawlerRunner(SETTINGS)

    @defer.inlineCallbacks
    def crawls():
        try:
            yield runner.crawl(Floor, urls=state["urls"], etags=etags, conditional=args.conditional)
            for _ in range(args.again):
                started = time.perf_counter()
                yield runner.crawl(Floor, urls=state["urls"], etags=etags, conditional=True)
                print(f"{time.perf_counter() - started:.3f}")
        finally:
            reactor.stop()

    reactor.callWhenRunning(crawls)
    reactor.run()
    args.state.write_text(json.dumps(state))


if __name__ == "__main__":
    main()
