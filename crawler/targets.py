"""Fetch only what a watch may fetch, after DNS and after every redirect.

The watchlist loader refuses unsafe URLs (watchers/page/targets.py), but a public
name can resolve to a private address, and a public page can redirect to
`http://169.254.169.254/`. Redirects come back through the downloader
middlewares, so checking here, before each download, covers them too.
"""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from watchers.page.targets import private_allowed, resolved_problem, url_problem

ALLOW_PRIVATE = "vigie_allow_private"  # request.meta: the watch's allow_private


class UnsafeTarget(IgnoreRequest):
    """The request would reach an address no watch may fetch; the message says which and why."""


class SafeTargets:
    def __init__(self) -> None:
        self.verdicts: dict[tuple[str, int, bool], str | None] = {}  # one lookup per host and crawl

    async def process_request(self, request: Request) -> None:
        allow = private_allowed(request.meta.get(ALLOW_PRIVATE, False))
        problem = url_problem(request.url, allow)
        if problem is None:
            parts = urlparse_cached(request)
            key = (parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80), allow)
            if key not in self.verdicts:
                self.verdicts[key] = await asyncio.to_thread(resolved_problem, *key)
            problem = self.verdicts[key]
        if problem:
            raise UnsafeTarget(f"unsafe target: {request.url} is not fetched: {problem}")
