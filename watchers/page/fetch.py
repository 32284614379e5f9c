"""What one fetch of one watch brought back: the crawler fills it, the recorder reads it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Fetch:
    watch_id: str
    url: str
    started_at: str
    finished_at: str
    conditional: bool  # validators (If-None-Match / If-Modified-Since) were sent
    final_url: str | None = None
    status: int | None = None
    body: bytes = field(default=b"", repr=False)  # a log line names the fetch, not the page
    encoding: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None  # seconds the server asked us to wait (429/503)
    error: str | None = None  # why no response arrived (timeout, reset, size cap…)
    skipped: str | None = None  # why it was not fetched at all (no browser for a browser watch)
    duration_ms: int = 0
