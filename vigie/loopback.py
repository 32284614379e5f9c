"""A programmable web server on 127.0.0.1, for the demo, the tests and the benchmarks.

Each path serves a queue of `Page`s (the last one repeats). Pages carry real
validators (ETag, Last-Modified) and answer conditional requests with 304, and
can misbehave on purpose so that failure handling is exercised against a real
socket rather than a mock: `fault` stalls, resets, truncates or streams a huge
body; `Page.gzip_bomb`, `Page.redirect` (to its own path: a loop) and `Page.html(text,
encoding=...)` (bytes in one charset, another declared) build the other faults.
Error statuses, Retry-After and walls are ordinary pages.
"""

from __future__ import annotations

import hashlib
import os
import socket
import struct
import sys
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# What huge bodies and gzip bombs are made of: markup, so that a client that
# let one through would record it as text, not skip it as whitespace.
_FILLER = b"<p>filler</p>"


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    validators: bool = True  # send ETag / Last-Modified and honour them
    # "stall:<seconds>", "reset", "truncate", or "huge:<bytes>" (the body, then
    # filler up to that size, with no Content-Length: the size shows only as it arrives)
    fault: str | None = None

    @classmethod
    def html(cls, text: str, encoding: str = "utf-8", **kwargs) -> "Page":
        """`text` encoded in `encoding`, whatever `content_type` declares."""
        return cls(body=text.encode(encoding), **kwargs)

    @classmethod
    def redirect(cls, location: str, status: int = 302, **kwargs) -> "Page":
        return cls(status=status, headers={"Location": location, **kwargs.pop("headers", {})}, **kwargs)

    @classmethod
    def gzip_bomb(cls, text: str, size: int, **kwargs) -> "Page":
        """`text` then filler up to `size` bytes, gzipped: ~1/1000 of `size` on the wire."""
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: the gzip container
        chunk = _FILLER * 4096
        parts = [packer.compress(text.encode("utf-8"))]
        parts += [packer.compress(chunk) for _ in range(size // len(chunk) + 1)]
        return cls(body=b"".join(parts) + packer.flush(),
                   headers={"Content-Encoding": "gzip", **kwargs.pop("headers", {})}, **kwargs)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int
    body: bytes = b""  # what a POST carried (webhook tests)
    page: Page | None = None  # what a GET was answered with
    at: float = field(default_factory=time.monotonic)
    complete: bool = False  # the whole answer was written, and no fault was played


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 drops connections under concurrent load, and a
    # dropped SYN costs a one-second retransmit: benchmarks would measure that.
    request_queue_size = 128

    def handle_error(self, request, client_address) -> None:
        # Clients that hang up mid-answer (timed out, killed, capped) are what faults are for.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackSite:
    """`with LoopbackSite() as site: site.serve("/p", Page.html(...)); site.url("/p")`"""

    def __init__(self, host: str = "127.0.0.1") -> None:
        # Any 127.x.y.z is this machine: benchmarks spread pages over many "hosts" that way.
        if not host.startswith("127."):
            raise ValueError(f"{host}: a loopback site serves on 127.x.y.z only")
        self._pages: dict[str, list[Page]] = {}
        self._pickers: dict[str, Callable[[], Page]] = {}
        self._lock = threading.Lock()
        self.hits: list[Hit] = []
        # Requests being answered now, and the most there ever were at once (politeness).
        self.in_flight = 0
        self.max_in_flight = 0
        # A fixed, per-body Last-Modified, as a real server keeps for a file.
        self._modified: dict[bytes, str] = {}
        self._epoch = time.time() - 86400
        self._server = _Server((host, 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, *pages: Page) -> None:
        """Serve these pages in turn at `path`; the last one keeps being served."""
        with self._lock:
            self._pages[path] = list(pages)

    def serve_with(self, path: str, pick: Callable[[], Page]) -> None:
        """Serve whatever `pick()` returns at each request (pages on a timeline, random faults)."""
        with self._lock:
            self._pickers[path] = pick

    def hits_for(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]

    def __enter__(self) -> "LoopbackSite":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, path: str) -> Page | None:
        path = path.split("?")[0]
        if path in self._pickers:
            return self._pickers[path]()
        with self._lock:
            queue = self._pages.get(path)
            if not queue:
                return None
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def _last_modified(self, body: bytes) -> str:
        with self._lock:
            # Each new body is one second newer than the last, as a file saved
            # again would be: HTTP dates have one-second resolution.
            if body not in self._modified:
                self._modified[body] = formatdate(self._epoch + len(self._modified), usegmt=True)
            return self._modified[body]


def _handler(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet: tests and the demo print their own
            pass

        def do_GET(self) -> None:
            with site._lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            try:
                self._answer()
            finally:
                with site._lock:
                    site.in_flight -= 1

        def _answer(self) -> None:
            page = site._next(self.path) or Page.html("<h1>Not found</h1>", status=404)
            headers = {"Content-Type": page.content_type, **page.headers}
            status, body = page.status, page.body
            if page.validators and status == 200:
                headers["ETag"] = page.etag
                headers["Last-Modified"] = site._last_modified(page.body)
                # RFC 9110 13.2.2: If-None-Match, when sent, decides alone.
                if_none_match = self.headers.get("If-None-Match")
                if (if_none_match == page.etag if if_none_match is not None
                        else self.headers.get("If-Modified-Since") == headers["Last-Modified"]):
                    status, body = 304, b""
                    del headers["Content-Type"]
            hit = Hit(self.path, dict(self.headers), status, page=page)
            site.hits.append(hit)
            fault, _, argument = (page.fault or "").partition(":")
            if fault == "stall":
                time.sleep(float(argument))
            if fault == "reset":
                # Linger 0: closing sends a RST at once, as a crashed server or a
                # middlebox does. The request's file objects still hold the socket,
                # so its descriptor is closed here rather than left for them.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                os.close(self.connection.detach())
                self.close_connection = True
                return
            self.send_response(status)
            if fault == "huge":
                headers["Connection"] = "close"
            else:
                headers.setdefault("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body[: len(body) // 2] if fault == "truncate" else body)
            if fault == "huge":
                chunk = _FILLER * 4096
                for _ in range(int(argument) // len(chunk) + 1):
                    self.wfile.write(chunk)
            self.close_connection = self.close_connection or fault in ("truncate", "huge")
            self.wfile.flush()
            hit.complete = fault == ""

        def do_POST(self) -> None:
            """A webhook receiver: record the body, answer with the path's page status."""
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            page = site._next(self.path) or Page()
            site.hits.append(Hit(self.path, dict(self.headers), page.status, body))
            self.send_response(page.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler
