"""At most CONCURRENT_REQUESTS_PER_DOMAIN requests in flight to one host, whatever Scrapy does.

Scrapy's downloader slots are meant to enforce it, but Scrapy 2.19 hands a slot's
whole queue to the download handler before any request counts as transferring
(the downloads are scheduled as coroutines that mark themselves later): 10 of 12
slow pages on one host were in flight at once (tests/test_hardening.py). Platforms block crawlers that hammer them, so this
middleware, the last before the downloader, holds a per-host semaphore from just
before the download until its response or error comes back. A retry goes back
through the scheduler and waits for a place again.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

HELD = "vigie_host_place"  # request.meta: the host whose place this request holds


class PerHostLimit:
    def __init__(self, limit: int):
        self.places: defaultdict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(limit))

    @classmethod
    def from_crawler(cls, crawler) -> "PerHostLimit":
        limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if limit <= 0:  # 0: no limit asked for
            raise NotConfigured
        return cls(limit)

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        await self.places[host].acquire()
        request.meta[HELD] = host

    async def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    async def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)

    def _release(self, request: Request) -> None:
        host = request.meta.pop(HELD, None)
        if host is not None:
            self.places[host].release()
