"""scrapy-playwright's download handler, failing the way Scrapy's own handler fails.

Playwright raises its own errors ("Page.goto: Timeout 30000ms exceeded.\\nCall
log: …"). Turned into Scrapy's download exceptions, a browser page that times
out or is refused is retried like any other page, and its check gets the same
reason a user can act on (`describe_failure`), not a Playwright call log.

Imported only by dotted path (DOWNLOAD_HANDLERS), so only when a crawl
renders pages: scrapy-playwright stays an optional dependency.
"""

from __future__ import annotations

import logging

from playwright.async_api import Error as PlaywrightError, TimeoutError as PlaywrightTimeout
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError,
                               DownloadFailedError, DownloadTimeoutError)
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

NET_ERRORS = {
    "net::ERR_CONNECTION_REFUSED": DownloadConnectionRefusedError,
    "net::ERR_NAME_NOT_RESOLVED": CannotResolveHostError,
    "net::ERR_TIMED_OUT": DownloadTimeoutError,
    "net::ERR_CONNECTION_TIMED_OUT": DownloadTimeoutError,
}


class BrowserDownloadHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        # Each failed page is recorded as a failed check with its reason; the
        # handler's warning with a full traceback would only repeat it.
        logging.getLogger("scrapy-playwright").addFilter(_without_failed_page_warnings)

    async def _download_request(self, request, *args, **kwargs):
        try:
            return await super()._download_request(request, *args, **kwargs)
        except PlaywrightError as error:
            raise scrapy_error(error) from error


def scrapy_error(error: PlaywrightError) -> Exception:
    """The Scrapy download exception matching a Playwright error."""
    if isinstance(error, PlaywrightTimeout):
        return DownloadTimeoutError(_first_line(error))
    for code, exception in NET_ERRORS.items():
        if code in str(error):
            return exception(_first_line(error))
    return DownloadFailedError(f"browser: {_first_line(error)}")


def _first_line(error: PlaywrightError) -> str:
    return (error.message or str(error)).strip().splitlines()[0]


def _without_failed_page_warnings(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith("Closing page due to failed request")
