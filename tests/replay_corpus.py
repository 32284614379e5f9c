"""Replay real policy histories (../shared/corpus) through real crawls, one cycle per version.

Each recorded Markdown version is rendered to an HTML page (with navigation and
footer noise around a <main>) and served on 127.0.0.1; some versions are served
a second time re-indented and re-wrapped, which must record nothing.

    python tests/replay_corpus.py CORPUS_DIR OUT_DIR   # run by tests/test_corpus.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from markdown_it import MarkdownIt

PLATFORMS = ("facebook", "instagram", "tiktok")
BLOCK_END = re.compile(r"(</(?:p|li|h[1-6]|ul|ol|tr|td|th|table|thead|tbody|blockquote)>)")
# Every 4th version is also served with different whitespace in the next cycle.
VARIANT_EVERY = 4


def render(markdown: str, cycle: int) -> bytes:
    body = MarkdownIt("commonmark").enable("table").render(markdown)
    return (f"<!doctype html><html><head><title>Policy</title><script>var c={cycle}</script></head>"
            f"<body><nav><a href='/'>Home</a> visit {cycle}</nav><main>{body}</main>"
            f"<footer>request {cycle}</footer></body></html>").encode()


def rewhitespace(page: bytes) -> bytes:
    """The same page re-indented and re-wrapped: only insignificant whitespace differs."""
    html = BLOCK_END.sub(r"\1\n        ", page.decode())
    html = re.sub(r">([^<]+)<", lambda m: ">" + re.sub(r"(\S+ \S+ \S+) ", r"\1\n   ", m[1]) + "<", html)
    return html.encode()


def plan(corpus: Path) -> dict[str, list[tuple[str, bool]]]:
    """Per platform, what each cycle serves: (version file, whitespace variant?)."""
    manifest = json.loads((corpus / "manifest.json").read_text())
    schedule = {}
    for document in manifest["documents"]:
        if document["platform"] not in PLATFORMS:
            continue
        served = []
        for index, version in enumerate(document["versions"]):
            served.append((version["file"], False))
            if index % VARIANT_EVERY == 0:
                served.append((version["file"], True))
        schedule[document["platform"]] = served
    return schedule


def main(corpus: Path, out: Path) -> None:
    from crawler.runner import crawl_cycles, project_settings
    from vigie.loopback import LoopbackSite, Page
    from watchers.catalogue.watchlist import load_watchlist

    schedule = plan(corpus)
    cycles = max(len(served) for served in schedule.values())
    with LoopbackSite() as site:
        watchlist_path = out / "corpus.toml"
        watchlist_path.write_text("include_catalogue = false\n" + "".join(
            f'[[watch]]\nid = "{p}"\nplatform = "{p}"\ntitle = "Privacy Policy"\n'
            f'kind = "privacy-policy"\nurl = "{site.url("/" + p)}"\nselect = ["main"]\n'
            for p in schedule))

        def before(cycle: int) -> None:
            for platform, served in schedule.items():
                file, variant = served[min(cycle, len(served) - 1)]
                page = render((corpus / file).read_text(encoding="utf-8"), cycle)
                site.serve("/" + platform, Page(body=rewhitespace(page) if variant else page))

        settings = project_settings(str(out / "corpus.db"), str(watchlist_path), {"RETRY_TIMES": 0})
        crawl_cycles(settings, cycles, before, all=True, watchlist=load_watchlist(watchlist_path))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
