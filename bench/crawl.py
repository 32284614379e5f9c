"""Crawl benchmark: N generated policy pages (~150 KB by default) served on 127.0.0.1.

Prints: cold cycle time (every page new), unchanged re-check time via 304 and
via 200 (server without validators), a cycle where 10% of pages changed, peak
memory of the crawl process, stored raw bytes against fetched bytes, the checks
that failed (none should: every page is served whole), and the same server's raw
serving rate measured by a plain threaded HTTP client (the ceiling no crawler can
beat).

    python bench/crawl.py                                      # N = 500, one host
    python bench/crawl.py --pages 50                           # a quick run
    python bench/crawl.py --pages 100 --per-platform 0         # every watch on one platform
    python bench/crawl.py --pages 10000 --hosts 100 --size 82  # the archive-scale cold crawl

With --hosts H the pages are spread round-robin over H loopback addresses
(127.0.0.2, 127.0.0.3…: every 127.x address is this machine), so the crawl's
limit of two requests in flight per host lets more through at once. The watches go five to a
platform, as the catalogue's do (4-7): each change computes its platform's answers from every
document of the platform, so --per-platform 0 (all on one) is the worst case of the 10% cycle.

Not a test: it prints figures; the README keeps the latest ones.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

WORDS = ("data information personal we you your use share process service account content "
         "partners legal basis consent legitimate interests retention period controller request "
         "object opt out settings advertising measurement security improve features research "
         "models training public posts profile device location cookies third parties transfer").split()


def policy_page(index: int, revision: int = 0, size: int = 150_000) -> bytes:
    rng = random.Random(index)
    parts = [f"<!doctype html><html><head><title>Policy {index}</title>"
             "<script>window.track = 1;</script><style>p{margin:0}</style></head><body>"
             "<nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a></nav>"
             f"<main><h1>Privacy Policy {index}</h1><p>Last updated: revision {revision}</p>"]
    length, section = 0, 0
    while length < size:
        section += 1
        parts.append(f"<h2>Section {section}</h2><ul>")
        for _ in range(3):
            parts.append("<li>" + " ".join(rng.choices(WORDS, k=12)) + "</li>")
        parts.append("</ul>")
        for _ in range(4):
            sentence = " ".join(rng.choices(WORDS, k=40))
            parts.append(f"<p>{sentence}. See <a href='/more/{section}?utm_source=x'>details</a>.</p>")
            length += len(sentence) + 80
        if revision and section == 3:
            parts.append(f"<p>New clause added in revision {revision}: we may train models.</p>")
    parts.append("</main><footer>© 2026</footer></body></html>")
    return "".join(parts).encode()


def serve(pages: int, revision_every: int, validators: bool, hosts: int, size: int, queue) -> None:
    """Child process: serve the pages (on its own core, like a real server)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from vigie.loopback import Page

    serve_forever([Page(body=policy_page(i, 1 if revision_every and i % revision_every == 0 else 0, size),
                        validators=validators) for i in range(pages)], hosts, queue)


def serve_forever(pages: list, hosts: int, queue) -> None:
    """Serve `pages` at /p/0, /p/1 … round-robin over `hosts` loopback addresses (127.0.0.2,
    127.0.0.3 … when more than one: every 127.x address is this machine), put their URLs
    on `queue`, and stay up until terminated."""
    from vigie.loopback import LoopbackSite

    sites = [LoopbackSite(f"127.0.0.{2 + k}" if hosts > 1 else "127.0.0.1") for k in range(hosts)]
    urls = []
    for i, page in enumerate(pages):
        site = sites[i % hosts]
        site.serve(f"/p/{i}", page)
        urls.append(site.url(f"/p/{i}"))
    for site in sites:
        site.__enter__()
    queue.put(urls)
    while True:
        time.sleep(3600)


class Server:
    def __init__(self, pages: int, revision_every: int = 0, validators: bool = True, hosts: int = 1,
                 size: int = 150_000):
        queue = multiprocessing.Queue()
        self.process = multiprocessing.Process(
            target=serve, args=(pages, revision_every, validators, hosts, size, queue), daemon=True)
        self.process.start()
        self.urls: list[str] = queue.get(timeout=1800)

    def stop(self) -> None:
        self.process.terminate()
        self.process.join()


# --readers N: page-reading worker processes (VIGIE_READERS); None keeps the default.
READERS: list[str] = []


# Peak memory of the crawl with its page readers (and the forkserver that starts them):
# the proportional set size summed over the process tree, so pages the processes share
# (the interpreter, lxml) count once in all.
TREE_PEAK_MB: list[float] = []


def run_crawl(db: Path, watchlist: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `vigie crawl --all` process (its page readers apart)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "vigie", "--db", str(db), "--watchlist",
                                str(watchlist), *READERS, "crawl", "--all"], stdout=subprocess.DEVNULL)
    done = threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(process.pid, done), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"crawl failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def _sample_tree(pid: int, done: threading.Event) -> None:
    peak = 0
    while not done.wait(0.25):  # often enough for a peak, rarely enough not to slow the crawl
        peak = max(peak, sum(_pss_kb(p) for p in _tree(pid)))
    TREE_PEAK_MB.append(peak / 1024)


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            pids += _tree(int(child))
    return pids


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def write_watchlist(path: Path, urls: list[str], per_platform: int) -> None:
    """Watches `per_platform` to a platform (0: all on one): a change computes its platform's
    answers from every document of the platform."""
    lines = ["include_catalogue = false"]
    for i, url in enumerate(urls):
        platform = f"Bench {i // per_platform}" if per_platform else "Bench"
        lines += ["[[watch]]", f'id = "bench/{i}"', f'platform = "{platform}"', f'title = "Policy {i}"',
                  'kind = "privacy-policy"', f'url = "{url}"', 'select = ["main"]']
    path.write_text("\n".join(lines), encoding="utf-8")


def plain_client_rate(urls: list[str]) -> float:
    """Pages per second a threaded http.client fetches from the same server."""

    def get(url: str) -> int:
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.netloc, timeout=30)
        connection.request("GET", parts.path)
        size = len(connection.getresponse().read())
        connection.close()
        return size

    started = time.perf_counter()
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(get, urls))
    return len(urls) / (time.perf_counter() - started)


def storage(db: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(db) as conn:
        fetched = conn.execute("SELECT COALESCE(SUM(bytes), 0) FROM checks").fetchone()[0]
        stored = conn.execute("SELECT COALESCE(SUM(stored_size), 0) FROM raw_pages").fetchone()[0]
        versions = conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
        # Every page is served whole: a failed check is the crawl's own doing (a timeout while it was busy).
        failed = conn.execute("SELECT COUNT(*) FROM checks WHERE outcome IN ('error', 'blocked')").fetchone()[0]
    return fetched, stored, versions, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--hosts", type=int, default=1, help="loopback hosts the pages are spread over")
    parser.add_argument("--size", type=int, default=150, help="page size in KB (about)")
    parser.add_argument("--per-platform", type=int, default=5,
                        help="watches a platform (the catalogue's have 4-7; 0: all on one platform)")
    parser.add_argument("--cold-only", action="store_true", help="only the cold cycle (the archive-scale run)")
    parser.add_argument("--readers", type=int, help="page-reading worker processes (default: one per core "
                                                    "but the crawler's; 0: read in the crawler's thread)")
    args = parser.parse_args()
    if args.readers is not None:
        READERS.extend(["--set", f"VIGIE_READERS={args.readers}"])
    # The pages are served on 127.0.0.1, which only an allowed watch fetches (watchers/page/targets.py).
    os.environ["VIGIE_ALLOW_PRIVATE"] = "1"
    n, size, hosts = args.pages, args.size * 1000, args.hosts
    page_kb = len(policy_page(0, size=size)) / 1024
    spread = f"{args.per_platform} a platform" if args.per_platform else "all on one platform"
    print(f"{n} pages of ~{page_kb:.0f} KB on {hosts} loopback host(s), {spread}, {os.cpu_count()} cores, "
          f"Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db, watchlist = tmp / "bench.db", tmp / "bench.toml"

        server = Server(n, hosts=hosts, size=size)
        write_watchlist(watchlist, server.urls, args.per_platform)
        ceiling = plain_client_rate(server.urls)
        cold, cold_rss = run_crawl(db, watchlist)
        rows = []
        if not args.cold_only:
            warm304, warm_rss = run_crawl(db, watchlist)
            server.stop()
            server = Server(n, validators=False, hosts=hosts, size=size)  # no ETag / Last-Modified: 200s
            write_watchlist(watchlist, server.urls, args.per_platform)
            warm200, _ = run_crawl(db, watchlist)
            server.stop()
            server = Server(n, revision_every=10, validators=False, hosts=hosts, size=size)  # 10% changed
            write_watchlist(watchlist, server.urls, args.per_platform)
            changed, changed_rss = run_crawl(db, watchlist)
            cold_rss = max(cold_rss, warm_rss, changed_rss)
            rows = [f"re-check, unchanged, 304:            {warm304:8.1f} s      ({cold / warm304:.1f}x faster than cold)",
                    f"re-check, unchanged, 200 same bytes: {warm200:8.1f} s      ({cold / warm200:.1f}x faster than cold)",
                    f"cycle with 10% of pages changed:     {changed:8.1f} s"]
        server.stop()
        fetched, stored, versions, failed = storage(db)
        size_mb = db.stat().st_size / 1e6

    print(f"plain client (16 threads), ceiling:  {ceiling:8.0f} pages/s  ({n / ceiling:.1f} s for {n})")
    print(f"cold cycle (all new):                {cold:8.1f} s      ({n / cold:.0f} pages/s)")
    for row in rows:
        print(row)
    print(f"peak memory of the crawl process:    {cold_rss:8.0f} MB"
          f" (with its page readers: {max(TREE_PEAK_MB):.0f} MB, proportional set size of all)")
    print(f"raw bytes fetched / stored:          {fetched / 1e6:8.1f} MB / {stored / 1e6:.1f} MB "
          f"({100 * stored / max(fetched, 1):.1f}%), {versions} versions, database {size_mb:.0f} MB")
    print(f"failed checks, all cycles:           {failed:8d}")


if __name__ == "__main__":
    main()
