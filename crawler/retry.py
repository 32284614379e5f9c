"""Retries with exponential backoff that honour the server's Retry-After.

Scrapy's RetryMiddleware retries at once; a platform answering 429 or 503 is
asking us to come back later, and retrying immediately is how a monitor gets
itself blocked.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX")

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            request.meta["vigie_retry_after"] = wait
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await asyncio.sleep(wait if wait is not None else self._backoff(request))
        return retry

    async def process_exception(self, request: Request, exception: Exception):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self._backoff(request))
        return retry

    def _backoff(self, request: Request) -> float:
        return self.backoff_base * 2 ** request.meta.get("retry_times", 0)
