"""Spider callbacks and the retry middleware, fed Scrapy objects directly (no network)."""

from __future__ import annotations

from datetime import datetime, timezone

from scrapy.exceptions import DownloadTimeoutError, ResponseDataLossError
from scrapy.http import HtmlResponse, Request
from twisted.python.failure import Failure

from crawler.retry import retry_after_seconds
from crawler.spiders.policies import PolicySpider, describe_failure

META = {"watch_id": "ex/p", "url": "https://example.org/p", "conditional": True,
        "started_at": "2026-11-23T00:00:00+00:00", "download_latency": 0.25}


def test_parse_turns_a_response_into_a_fetch():
    request = Request("https://example.org/p", meta=dict(META))
    response = HtmlResponse("https://example.org/p2", status=200, request=request,
                            body="<p>données</p>".encode("cp1252"),
                            headers={"Content-Type": "text/html; charset=windows-1252",
                                     "ETag": '"abc"', "Last-Modified": "Mon, 23 Nov 2026 00:00:00 GMT"})
    fetch = PolicySpider().parse(response)
    assert (fetch.watch_id, fetch.url, fetch.final_url) == ("ex/p", "https://example.org/p", "https://example.org/p2")
    assert (fetch.etag, fetch.last_modified, fetch.encoding) == ('"abc"', "Mon, 23 Nov 2026 00:00:00 GMT", "cp1252")
    assert fetch.conditional and fetch.duration_ms == 250


def test_failures_get_reasons_a_user_can_act_on():
    assert describe_failure(Failure(DownloadTimeoutError("x")), 30) == "timeout: no complete answer within 30s"
    assert describe_failure(Failure(ResponseDataLossError("x")), 30).startswith("truncated body")


def test_retry_after_in_seconds_or_as_a_date():
    now = datetime(2026, 11, 23, tzinfo=timezone.utc)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds(b"Mon, 23 Nov 2026 00:01:00 GMT", now) == 60
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None
