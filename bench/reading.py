"""What a change costs in stance readings: one real policy document read for the platform's
answers (the newest versions of ../shared/corpus), and a platform's answers computed again
after one of its N generated pages changed, the others already read in this process.

    python bench/reading.py               # N = 20 pages of ~150 KB (bench/crawl.py's)
    python bench/reading.py --pages 50

Not a test: it prints figures; the README keeps the latest ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from crawl import policy_page  # noqa: E402
from watchers.meaning.stance import Document, answer, read_document  # noqa: E402
from watchers.meaning.stance.words import Words  # noqa: E402
from watchers.page.extract import extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = date(2026, 12, 5)


def seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def generated(index: int, revision: int = 0) -> Document:
    text = extract(policy_page(index, revision, size=150_000), url="http://127.0.0.1/").text
    return Document(f"bench/{index}", "privacy-policy", "en", revision + 1, text, "2026-12-01T06:00:00Z")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    read_document(generated(-1), TODAY, Words("en", None))  # compiles the rules' patterns: not a reading's cost
    if CORPUS.is_dir():
        for platform in ("tiktok", "instagram", "facebook"):
            for path in sorted((CORPUS / platform).glob("*.md"))[-3:]:
                doc = Document(platform, "privacy-policy", "en", 1, path.read_text("utf-8"), "2026-12-01T06:00:00Z")
                took = seconds(lambda: read_document(doc, TODAY, Words("en", None)))
                print(f"reading {platform}/{path.name} ({len(doc.text) / 1e3:.0f} kB): {took * 1000:.0f} ms")
    else:
        print(f"{CORPUS} not found: real policies skipped")
    docs = [generated(i) for i in range(args.pages)]
    first = seconds(lambda: answer(docs, TODAY))
    docs[3] = generated(3, 1)
    again = seconds(lambda: answer(docs, TODAY))
    print(f"{args.pages} generated pages of ~150 KB on one platform: answers {first:.2f} s "
          f"({first / args.pages:.2f} s a page), after one page changed {again:.2f} s")


if __name__ == "__main__":
    main()
