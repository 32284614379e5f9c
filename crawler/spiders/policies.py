"""The one spider: fetch each due watch once and hand back what came back.

It never judges a page: every response and every failure becomes a `Fetch`
item, and `crawler.pipelines.RecordPipeline` records it through `watchers`.
Run it from `vigie crawl`, or as `scrapy crawl policies [-a watch=ID,ID] [-a all=1]
[-a shard=K/N]` (which is how Scrapyd runs it). With a shard it fetches only that
share of the watches (watchers/store/shards.py), beside the crawls of the other shards.

As a probe (`vigie catalogue probe`, crawler/probe.py) it fetches the named watches
in the render it is told, each in full, and records nothing: its `Fetch` items
are handed back through Scrapy's `item_scraped` signal, and no database is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import ExitStack
from datetime import datetime, timedelta, timezone
from pathlib import Path

import scrapy
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError,
                               DownloadConnectionRefusedError, DownloadFailedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from twisted.internet.error import ConnectionClosed, ConnectionLost
from twisted.python.failure import Failure

from crawler import browser
from crawler.retry import retry_after_seconds
from crawler.targets import ALLOW_PRIVATE, UnsafeTarget
from watchers.catalogue.watchlist import Watchlist, load_watchlist
from watchers.page.fetch import Fetch
from watchers.record import is_due, plan, unconditional
from watchers.store.db import Store
from watchers.store.lock import Busy, holding
from watchers.store.shards import BadShard, Shard

# Statuses handed to the callback instead of being dropped, so that each one
# is recorded as a failed check with its reason. 3xx are not listed: they are
# followed by the redirect middleware.
HANDLED_STATUSES = [304, *range(400, 600)]


class PolicySpider(scrapy.Spider):
    name = "policies"

    def __init__(self, watch: str | list[str] | None = None, all: bool | str = False,
                 watchlist: Watchlist | None = None, shard: str | Shard | None = None,
                 probe: Mapping[str, str] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.only = watch.split(",") if isinstance(watch, str) else list(watch or [])
        self.everything = all not in (False, "", "0", "false")
        self.watchlist = watchlist
        self.shard = shard
        # A probe: watch id -> how to fetch it this time ("http" or "browser"); nothing is recorded.
        self.probe = dict(probe) if probe is not None else None
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if spider.watchlist is None:
            path = settings.get("VIGIE_WATCHLIST")
            spider.watchlist = load_watchlist(Path(path) if path else None)
        spider.watches = {w.id: w for w in spider.watchlist.watches}
        spider.lock = ExitStack()
        if spider.probe is not None:
            spider.prepare_probe(settings)
        elif not spider.open_store(crawler):
            return spider
        # Chosen here, not in start(): the download handlers are picked from
        # the settings before start() runs, and only a browser watch needs one.
        spider.selection = spider.selected()
        spider.no_browser = browser.configure(settings, spider.selection)
        spider.settle = settings.getfloat("VIGIE_BROWSER_SETTLE", 10.0)
        return spider

    def open_store(self, crawler) -> bool:
        """Take the database's lock and open the store; False (and nothing selected) when refused."""
        settings = crawler.settings
        # Scrapyd or `scrapy crawl` start the spider without the CLI, so it
        # takes the database's lock itself (a no-op under `vigie crawl`/`run`).
        try:
            if isinstance(self.shard, str):
                self.shard = Shard.parse(self.shard)
            command = f"crawl --shard {self.shard} (scrapy)" if self.shard else "crawl (scrapy)"
            self.lock.enter_context(holding(settings.get("VIGIE_DB"), command, self.shard))
        except (Busy, BadShard) as refusal:
            # A refused Scrapyd job ends at once saying why, not with a traceback.
            self.logger.error("Not crawling: %s", refusal)
            self.selection = []
            crawler.stats.set_value("vigie/refused", str(refusal))
            return False
        crawler.signals.connect(self.lock.close, signal=scrapy.signals.spider_closed)
        self.store = Store(settings.get("VIGIE_DB"))
        self.store.sync_at_close()  # a commit per check, written through when the crawl ends
        # The whole watchlist, even for one shard: a shard's crawl must not mark the
        # other shards' watches inactive. The crawls of all shards write the same
        # rows, one transaction each, queued by SQLite: whichever goes first, the
        # table ends the same.
        self.store.sync_watches(self.watches.values())
        self.full_fetch_every = settings.getfloat("VIGIE_FULL_FETCH_EVERY_DAYS", 7.0)
        crawler.signals.connect(self.store.close, signal=scrapy.signals.spider_closed)
        return True

    def prepare_probe(self, settings) -> None:
        """Fetch the probed watches in the render asked for, record nothing, open no database:
        without item pipelines, each `Fetch` goes straight to the `item_scraped` signal."""
        settings.set("ITEM_PIPELINES", {}, priority="spider")
        for watch_id, render in self.probe.items():
            if watch_id in self.watches:
                self.watches[watch_id] = self.watches[watch_id].model_copy(update={"render": render})
        self.only = list(self.probe)

    def selected(self) -> list:
        now = datetime.now(timezone.utc)
        if self.only:
            unknown = [i for i in self.only if i not in self.watches]
            if unknown:
                raise ValueError(f"unknown watch id(s): {', '.join(unknown)}")
            watches = [self.watches[i] for i in self.only]
        else:
            watches = list(self.watches.values())
        if self.shard:
            watches = [w for w in watches if self.shard.holds(w.id)]
        if self.only or self.everything:
            return watches
        return [w for w in watches if is_due(self.store, w, now)]

    async def start(self):
        now = datetime.now(timezone.utc)
        for watch in self.selection:
            if watch.render == "browser" and self.no_browser:
                yield browser.skipped(watch, self.no_browser)
                continue
            # A probe asks as a first visit would: in full, whatever was fetched before.
            fetch_plan = (unconditional(watch) if self.probe is not None
                          else plan(self.store, watch, now, timedelta(days=self.full_fetch_every)))
            yield scrapy.Request(
                watch.url, headers=fetch_plan.headers, dont_filter=True,
                callback=self.parse, errback=self.failed,
                meta={"watch_id": watch.id, "url": watch.url, "conditional": fetch_plan.conditional,
                      ALLOW_PRIVATE: watch.allow_private,
                      "started_at": _now(), "handle_httpstatus_list": HANDLED_STATUSES,
                      **browser.request_meta(watch, self.settle)},
            )

    def parse(self, response: scrapy.http.Response) -> Fetch:
        # Returned, not yielded: Scrapy re-reads a generator callback's source on every
        # response (to warn about `return` in generators), a cost paid 500 times a cycle.
        meta = response.meta
        headers = response.headers
        fetch = _fetch(meta)
        fetch.final_url = response.url
        fetch.status = response.status
        fetch.body = response.body
        fetch.encoding = getattr(response, "encoding", None)
        fetch.content_type = _header(headers, b"Content-Type")
        if "playwright" in response.flags:
            fetch.content_type = browser.rendered_content_type(fetch.encoding)
        fetch.etag = _header(headers, b"ETag")
        fetch.last_modified = _header(headers, b"Last-Modified")
        fetch.retry_after = retry_after_seconds(headers.get(b"Retry-After"))
        return fetch

    def failed(self, failure: Failure) -> Fetch:
        request = failure.request
        fetch = _fetch(request.meta)
        fetch.error = describe_failure(failure, self.settings.getfloat("DOWNLOAD_TIMEOUT"))
        return fetch


def describe_failure(failure: Failure, timeout: float) -> str:
    """A reason a user can act on, for a fetch that brought no response."""
    error = failure.value
    if isinstance(error, DownloadTimeoutError):
        return f"timeout: no complete answer within {timeout:g}s"
    if isinstance(error, ResponseDataLossError):
        return "truncated body: the connection closed before the announced length"
    if isinstance(error, DownloadCancelledError):
        # Scrapy cancels a download that outgrows DOWNLOAD_MAXSIZE: with a message
        # when the size was announced, with none when it showed only as it arrived.
        if not str(error):
            return "body larger than the download size cap (DOWNLOAD_MAXSIZE)"
        if "larger than download max size" in str(error):
            return f"body larger than the download size cap: {error}"
        return f"download cancelled: {error}"
    if isinstance(error, DownloadConnectionRefusedError):
        return "connection refused"
    if isinstance(error, CannotResolveHostError):
        return "host name could not be resolved (DNS)"
    if isinstance(error, UnsafeTarget):
        return str(error)
    if isinstance(error, IgnoreRequest) and "max redirections" in str(error):
        return _too_many_redirects(failure.request)
    if isinstance(error, IgnoreRequest) and "during decompression" in str(error):
        sizes = str(error).split("because its body ", 1)[-1]  # Scrapy's message, less the response
        return f"body larger than the download size cap once decompressed (a compression bomb?): {sizes}"
    if isinstance(error, IgnoreRequest):
        return f"request dropped: {error}"
    closed = _closed_early(error)
    if closed:
        return closed
    if isinstance(error, DownloadFailedError):
        return f"download failed: {error}"
    return f"{type(error).__name__}: {error}"


def _too_many_redirects(request: scrapy.Request) -> str:
    urls = [*request.meta.get("redirect_urls", ()), request.url]
    again = next((url for number, url in enumerate(urls) if url in urls[:number]), None)
    if again:
        return f"redirect loop: {again} was reached again (gave up after {len(urls) - 1} redirects)"
    return f"too many redirects: gave up after {len(urls) - 1}, at {urls[-1]}"


def _closed_early(error: Exception) -> str | None:
    """The server hung up before a whole answer: Twisted says how, inside Scrapy's wrapper."""
    causes = [error, *(reason.value for reason in getattr(error.__cause__, "reasons", ()))]
    if any(isinstance(cause, ConnectionLost) for cause in causes):
        return "connection reset: the server dropped the connection before a complete answer"
    if any(isinstance(cause, ConnectionClosed) for cause in causes):
        return "connection closed by the server before a complete answer"
    return None


def _fetch(meta: dict) -> Fetch:
    latency = meta.get("download_latency") or 0
    return Fetch(watch_id=meta["watch_id"], url=meta["url"], started_at=meta["started_at"],
                 finished_at=_now(), conditional=meta["conditional"],
                 duration_ms=int(latency * 1000))


def _header(headers, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
