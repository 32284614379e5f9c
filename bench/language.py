"""Language check benchmark: what `language_problem` costs per page.

    python bench/language.py

Times watchers.page.language.language_problem on every Markdown version in
../shared/corpus (or, without the corpus, on generated English pages of 20 to
300 KB), each page 20 times, and prints the median, 95th percentile and worst
per-page time, beside what reading the same pages costs (extract() of the
HTML snapshots, when the corpus has them) for scale. Not a test: it prints figures.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from watchers.page.extract import extract  # noqa: E402
from watchers.page.language import detect, language_problem  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
REPEAT = 20
PARAGRAPH = ("We collect the information you give us when you create an account, such as your name "
             "and the content you post, and we use it to provide and improve the service. ")


def pages() -> list[str]:
    if (CORPUS / "manifest.json").is_file():
        texts = []
        for manifest, root in ((CORPUS / "manifest.json", CORPUS), (CORPUS / "html" / "manifest.json", CORPUS / "html")):
            for document in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
                texts += [(root / v["file"]).read_text(encoding="utf-8") for v in document["versions"]]
        return texts
    print("../shared/corpus not found: generated pages")
    return [PARAGRAPH * (size * 1000 // len(PARAGRAPH)) for size in (20, 50, 100, 200, 300)]


def per_page(texts: list[str], fn) -> list[float]:
    timings = []
    for text in texts:
        start = time.perf_counter()
        for _ in range(REPEAT):
            fn(text)
        timings.append((time.perf_counter() - start) / REPEAT)
    return timings


def report(label: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"{label}: median {statistics.median(ordered) * 1e3:.3f} ms, p95 {p95 * 1e3:.3f} ms, "
          f"max {ordered[-1] * 1e3:.3f} ms over {len(ordered)} pages")


def main() -> None:
    texts = pages()
    detect("warm up: the profiles load once")
    sizes = sorted(len(t) for t in texts)
    print(f"{len(texts)} pages, {sizes[0] // 1000}–{sizes[-1] // 1000} KB of text (median {statistics.median(sizes) / 1000:.0f} KB)")
    report("language_problem(text, 'en')", per_page(texts, lambda text: language_problem(text, "en")))
    html = CORPUS / "html" / "manifest.json"
    if html.is_file():
        snapshots = json.loads(html.read_text(encoding="utf-8"))["documents"][0]["html_snapshots"]
        bodies = [(CORPUS / "html" / s["file"]).read_bytes() for s in snapshots]
        start = time.perf_counter()
        for body in bodies:
            extract(body, url="https://www.facebook.com/legal/eu-ai-terms", select=["[role=main]"])
        print(f"for scale, extract() of a {sum(map(len, bodies)) // len(bodies) // 1000} KB HTML snapshot: "
              f"{(time.perf_counter() - start) / len(bodies) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
