"""Scrapy alone: the floor under any Scrapy crawler's cycle, run by bench/urlwatch.py.

Fetches the URLs of a JSON file with Vigie's politeness (at most two requests in
flight per host, 16 in all, no cookies, the asyncio reactor) and does nothing with
the answers but remember their ETags: no reading, no store, no pipeline. With
--conditional it sends the ETags the last run remembered, so every page answers
304. What this costs, start-up included, no crawler built on Scrapy can beat.

    python bench/scrapy_floor.py STATE.json [--conditional]

STATE.json holds {"urls": [...]} and, after a run, {"etags": {url: etag}}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess


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
    state_file = Path(sys.argv[1])
    state = json.loads(state_file.read_text())
    etags = state.setdefault("etags", {})
    process = CrawlerProcess({
        "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
        "ROBOTSTXT_OBEY": False, "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    })
    process.crawl(Floor, urls=state["urls"], etags=etags, conditional="--conditional" in sys.argv)
    process.start()
    state_file.write_text(json.dumps(state))


if __name__ == "__main__":
    main()
