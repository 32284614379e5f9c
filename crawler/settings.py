"""Scrapy settings for Vigie (scrapy.cfg: `[settings] default = crawler.settings`).

Override any of them from the command line with `vigie --set NAME=VALUE …`.
"""

import os

BOT_NAME = "vigie"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Vigie settings: where the store is, which watchlist to read (None = the
# bundled catalogue only). The CLI fills them from --db / --watchlist.
VIGIE_DB = "vigie.db"
VIGIE_WATCHLIST = None

# `render = "browser"` watches (crawler/browser.py): the Chromium to drive
# (None: $VIGIE_CHROMIUM, else chromium, chromium-browser or google-chrome on
# PATH), how many pages it renders at once, and how long, in seconds, a page
# may take after loading to fill its selected content and go quiet.
VIGIE_CHROMIUM = None
VIGIE_CHROMIUM_ARGS = ""  # more Chromium flags, shell-quoted (the tests confine it to 127.0.0.1)
VIGIE_BROWSER_PAGES = 4
VIGIE_BROWSER_SETTLE = 10

USER_AGENT = "Vigie/0.1 (privacy-policy change monitor; +https://pypi.org/project/vigie-policy/)"
# Policies are public documents meant to be read; robots.txt on platforms
# mostly targets bulk crawling, and a watch names one page explicitly.
ROBOTSTXT_OBEY = False
COOKIES_ENABLED = False  # every fetch is a first visit: no session, no consent state

# Politeness: a handful of pages per host, two at a time, twice a day.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # also caps decompressed size (gzip bombs)
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 10

RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubled on each retry
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # giving up is not an error here: the check records why
RETRY_AFTER_MAX = 120  # a longer Retry-After is not waited for: the check fails and waits its turn

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry.BackoffRetryMiddleware": 550,
    # Before the per-host limit: an unsafe address is refused without waiting for a place.
    "crawler.targets.SafeTargets": 980,
    # Last before the downloader: enforces CONCURRENT_REQUESTS_PER_DOMAIN (crawler/politeness.py).
    "crawler.politeness.PerHostLimit": 990,
}
ITEM_PIPELINES = {"crawler.pipelines.RecordPipeline": 300}
# A response brings one item; Scrapy starts this many tasks per response to process
# its items (100 by default: 50,000 idle tasks in a 500-page cycle).
CONCURRENT_ITEMS = 1
# Worker processes that read pages (extraction is most of a crawl's CPU): one per core
# but the crawler's own; 0 reads them in the crawler's thread.
VIGIE_READERS = max(1, (os.cpu_count() or 1) - 1)
# A progress line on a terminal (off by itself under cron; VIGIE_PROGRESS=0 turns it off).
EXTENSIONS = {"crawler.progress.Progress": 500}
VIGIE_PROGRESS = True

LOG_LEVEL = "WARNING"
TELNETCONSOLE_ENABLED = False
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
