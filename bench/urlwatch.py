"""Side by side with urlwatch: the same real policy pages, the same selector, one run.

Serves N pages made from the real policy versions in ../shared/corpus (rendered
to HTML, as tests/replay_corpus.py does; generated pages when the corpus is
absent) with ETags on 127.0.0.1 (or spread over H loopback hosts 127.0.0.2…),
then times, for each tool, a cold cycle (empty state) and a re-check where every
page answers 304. Both read `main`: urlwatch with `css: main` + `html2text`,
Vigie with `select = ["main"]`. Vigie keeps at most two requests in flight per
host; urlwatch has no such limit.

The other rows say what these figures mean:
- Scrapy alone (bench/scrapy_floor.py): the same pages fetched by a bare Scrapy
  spider with Vigie's politeness, reading nothing: the floor under any cycle of a
  crawler built on Scrapy, start-up included; its CPU time for the cold cycle; and
  its re-check when the process has already crawled once (no start-up: what a
  long-lived process would pay).
- urlwatch's `html2text` filter without a method uses `re`, one regular expression
  that strips the tags (the text has no links, headings or lists); urlwatch is run
  again with `html2text: pyhtml2text`, the html2text module, Markdown with links,
  which is what Vigie makes of a page.

    python bench/urlwatch.py --urlwatch /path/to/venv/bin/urlwatch      # N = 500, one host
    python bench/urlwatch.py --urlwatch … --hosts 50                     # pages over 50 hosts
    python bench/urlwatch.py --pages 300 --readers 0 --profile           # where vigie's time goes
    python bench/urlwatch.py --stages                                    # each step's cost a page

urlwatch is not a dependency: install it apart (`python3.11 -m venv /tmp/uw &&
/tmp/uw/bin/pip install urlwatch==2.29 html2text cssselect`).
Not a test: it prints figures; the README keeps the latest ones.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
READERS: list[str] = []  # --readers N: ["--set", "VIGIE_READERS=N"]


def pages(count: int) -> tuple[list[bytes], str]:
    """`count` policy pages, and where they come from."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    if (CORPUS / "manifest.json").is_file():
        from replay_corpus import render

        manifest = json.loads((CORPUS / "manifest.json").read_text())
        texts = [(CORPUS / v["file"]).read_text("utf-8") for d in manifest["documents"] for v in d["versions"]]
        # Each page a distinct document: the version's text with its number, so no two pages share a body.
        return ([render(texts[i % len(texts)] + f"\n\nDocument {i}.\n", 0) for i in range(count)],
                f"{len(texts)} real policy versions of ../shared/corpus")
    from crawl import policy_page

    return [policy_page(i, size=82_000) for i in range(count)], "generated pages (no ../shared/corpus)"


def serve(bodies: list[bytes], hosts: int, queue) -> None:
    """Child process: the pages, spread round-robin over `hosts` loopback addresses."""
    sys.path.insert(0, str(ROOT))
    from crawl import serve_forever
    from vigie.loopback import Page

    serve_forever([Page(body=body) for body in bodies], hosts, queue)


def timed(command: list[str], env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - started


def vigie_profile(urls: list[str], tmp: Path) -> None:
    """A cold cycle under cProfile: where a crawl's time goes, by the functions that matter."""
    import pstats

    write_vigie_watchlist(urls, tmp)
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(tmp / "crawl.prof"), "-m", "vigie", "--db",
                    str(tmp / "vigie.db"), "--watchlist", str(tmp / "vigie.toml"), *READERS, "crawl", "--all"],
                   stdout=subprocess.DEVNULL, check=True, env={**os.environ, "VIGIE_ALLOW_PRIVATE": "1"})
    stats = pstats.Stats(str(tmp / "crawl.prof"))
    total = stats.total_tt
    print(f"cProfile of a cold cycle, {len(urls)} pages, {total:.1f} s in all (the crawler's process only):")
    wanted = ("record", "read_page", "extract", "to_markdown", "normalise_text", "page_opt_out_links", "put_raw",
              "add_version", "classify")
    for (path, _, name), row in sorted(stats.stats.items(), key=lambda item: -item[1][3]):
        if name in wanted and "/watchers/" in path:
            print(f"  {name:<20} {row[3]:6.2f} s  ({row[3] / total:.0%})")


def vigie_stages(bodies: list[bytes], tmp: Path) -> None:
    """What one new page costs Vigie, step by step, in milliseconds of one core (no profiler:
    each step run over every page in turn, in this process)."""
    os.environ["VIGIE_ALLOW_PRIVATE"] = "1"
    from lxml import etree

    from watchers.catalogue.watchlist import Watch
    from watchers.meaning.links import page_opt_out_links
    from watchers.page import extract
    from watchers.page.fetch import Fetch
    from watchers.page.markdown import to_markdown
    from watchers.page.normalise import normalise_text
    from watchers.record import read_page, record
    from watchers.store.db import Store

    costs: list[tuple[str, float]] = []

    def per_page(name: str, step, items) -> list:
        started = time.perf_counter()
        out = [step(item) for item in items]
        costs.append((name, (time.perf_counter() - started) / len(items) * 1000))
        return out

    def select(root):
        etree.strip_elements(root, *extract.ALWAYS_DROPPED, with_tail=False)
        return extract._outermost(extract._compile(("main",))(root))

    def store(name: str, indexed: bool) -> Store:
        opened = Store(tmp / name)
        opened.sync_watches(watches)
        opened.sync_at_close()  # as the crawler does
        if not indexed:  # the full-text index is kept by the triggers on `versions`
            for (trigger,) in opened.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                "AND tbl_name = 'versions'").fetchall():
                opened.db.execute(f"DROP TRIGGER [{trigger}]")
        return opened

    watches = [Watch(id=f"bench/{i}", platform="Bench", title=f"Policy {i}", kind="privacy-policy",
                     url=f"http://127.0.0.1/p/{i}", select=("main",), allow_private=True) for i in range(len(bodies))]
    fetches = [Fetch(watch_id=w.id, url=w.url, started_at="2026-01-01T00:00:00+00:00",
                     finished_at="2026-01-01T00:00:01+00:00", conditional=False, final_url=w.url, status=200,
                     body=body, content_type="text/html", etag=f'"{i}"') for i, (w, body) in enumerate(zip(watches, bodies))]
    roots = per_page("parse the HTML (lxml)", lambda body: extract._parse(body, None), bodies)
    contents = per_page("drop scripts and the like, select `main`", select, roots)
    walked = per_page("the Markdown walk (text, headings, lists, links)",
                      lambda content: to_markdown(content, "http://127.0.0.1/"), contents)
    texts = per_page("normalise the text", normalise_text, walked)
    per_page("find the opt-out links", lambda text: page_opt_out_links(text, "en"), texts)
    readings = per_page("the whole reading (read_page: the above and the verdict)",
                        lambda pair: read_page(*pair, None), list(zip(watches, fetches)))
    for name, indexed in (("record the check and its new version (one transaction: raw page, text, "
                           "full-text index)", True),
                          ("the same without the full-text index (its triggers dropped, for comparison)", False)):
        target = store(f"indexed-{indexed}.db", indexed)
        per_page(name, lambda i: record(target, watches[i], fetches[i], (), readings[i]), range(len(bodies)))
        target.close()
    print(f"What one new page costs Vigie, {len(bodies)} pages, ms of one core a page:")
    for name, cost in costs:
        print(f"  {cost:6.2f}  {name}")


def write_vigie_watchlist(urls: list[str], tmp: Path) -> Path:
    lines = ["include_catalogue = false"]
    for i, url in enumerate(urls):
        lines += ["[[watch]]", f'id = "bench/{i}"', 'platform = "Bench"', f'title = "Policy {i}"',
                  'kind = "privacy-policy"', f'url = "{url}"', 'select = ["main"]']
    (tmp / "vigie.toml").write_text("\n".join(lines), encoding="utf-8")
    return tmp / "vigie.toml"


def vigie_cycles(urls: list[str], tmp: Path) -> tuple[float, float]:
    watchlist = write_vigie_watchlist(urls, tmp)
    command = [sys.executable, "-m", "vigie", "--db", str(tmp / "vigie.db"), "--watchlist", str(watchlist),
               *READERS, "crawl", "--all"]
    env = {**os.environ, "VIGIE_ALLOW_PRIVATE": "1"}  # the pages are on loopback
    return timed(command, env), timed(command, env)


def urlwatch_cycles(urlwatch: str, urls: list[str], tmp: Path, method: str | None = None) -> tuple[float, float]:
    """`html2text` without a method is urlwatch's default, `re`: one regular expression that strips
    the tags. `pyhtml2text` is the html2text module, Markdown with links like Vigie's text."""
    convert = f"html2text: {method}" if method else "html2text"
    jobs = tmp / "urls.yaml"
    jobs.write_text("\n---\n".join(f"name: p{i}\nurl: {url}\nfilter:\n  - css: main\n  - {convert}"
                                   for i, url in enumerate(urls)), encoding="utf-8")
    config = tmp / "urlwatch.yaml"
    config.write_text("display:\n  new: true\n  error: true\n  unchanged: false\n"
                      "report:\n  stdout:\n    enabled: true\n    color: false\n", encoding="utf-8")
    (tmp / "hooks.py").write_text("", encoding="utf-8")
    command = [urlwatch, "--urls", str(jobs), "--config", str(config), "--cache", str(tmp / "cache.db"),
               "--hooks", str(tmp / "hooks.py")]
    return timed(command), timed(command)


def scrapy_floor_cycles(urls: list[str], tmp: Path) -> tuple[float, float, float, float]:
    """Scrapy alone with Vigie's politeness, reading nothing (bench/scrapy_floor.py): a cold cycle,
    its CPU time, a re-check, and the best of three re-checks by a process that has already crawled
    (no start-up)."""
    state = tmp / "floor.json"
    state.write_text(json.dumps({"urls": urls}), encoding="utf-8")
    command = [sys.executable, str(ROOT / "bench" / "scrapy_floor.py"), str(state)]
    before = os.times()
    cold = timed(command)
    after = os.times()
    cpu = after.children_user - before.children_user + after.children_system - before.children_system
    warm = timed(command + ["--conditional"])
    again = subprocess.run(command + ["--conditional", "--again", "3"], capture_output=True, text=True, check=True)
    return cold, cpu, warm, min(map(float, again.stdout.split()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--hosts", type=int, default=1)
    parser.add_argument("--urlwatch", help="the urlwatch executable (urlwatch 2.29)")
    parser.add_argument("--readers", type=int, help="vigie's page-reading worker processes (VIGIE_READERS)")
    parser.add_argument("--profile", action="store_true", help="instead, profile one vigie cold cycle")
    parser.add_argument("--stages", action="store_true", help="instead, time each step of reading and "
                                                              "recording a new page, without a profiler")
    args = parser.parse_args()
    if args.readers is not None:
        READERS.extend(["--set", f"VIGIE_READERS={args.readers}"])
    bodies, origin = pages(args.pages)
    mean_kb = sum(map(len, bodies)) / len(bodies) / 1024
    print(f"{args.pages} pages from {origin}, mean {mean_kb:.0f} KB, on {args.hosts} loopback host(s); "
          f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if args.stages:
        with tempfile.TemporaryDirectory() as tmp:
            vigie_stages(bodies, Path(tmp))
        return
    queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(bodies, args.hosts, queue), daemon=True)
    server.start()
    urls = queue.get(timeout=600)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if args.profile:
                vigie_profile(urls, Path(tmp))
                return
            rows = []
            (Path(tmp) / "floor").mkdir()
            cold, cold_cpu, warm, again = scrapy_floor_cycles(urls, Path(tmp) / "floor")
            rows.append(("Scrapy alone, same politeness (the floor)", cold, warm))
            if args.urlwatch:
                for method in (None, "pyhtml2text"):
                    (Path(tmp) / f"uw-{method}").mkdir()
                    rows.append((f"urlwatch 2.29 (css: main + html2text: {method or 're'})",
                                 *urlwatch_cycles(args.urlwatch, urls, Path(tmp) / f"uw-{method}", method)))
            (Path(tmp) / "vigie").mkdir()
            rows.append(("vigie crawl --all", *vigie_cycles(urls, Path(tmp) / "vigie")))
    finally:
        server.terminate()
    width = max(len(name) for name, _, _ in rows) + 2
    print(f"{'':<{width}} {'cold cycle':>11} {'re-check (304)':>15}")
    for name, cold, warm in rows:
        print(f"{name:<{width}} {cold:>10.1f}s {warm:>14.1f}s")
        if name.startswith("Scrapy alone"):
            print(f"{'  its CPU time':<{width}} {cold_cpu:>10.1f}s")
            print(f"{'  the same, crawling again in its process':<{width}} {'':>11} {again:>14.1f}s")
    if args.urlwatch:
        # The SPEC's yardstick is urlwatch as the issue ran it: html2text's default method.
        _, uw_cold, uw_warm = rows[1]
        for name, cold, warm in (rows[0], rows[-1]):
            label = f"{name.split(',')[0]} / urlwatch (re)"
            print(f"{label:<{width}} {cold / uw_cold:>10.1f}x {warm / uw_warm:>14.1f}x")

if __name__ == "__main__":
    main()
