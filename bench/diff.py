"""Diff benchmark: time per pair of consecutive policy versions.

    python bench/diff.py

Diffs every consecutive pair of real versions in ../shared/corpus/{facebook,
instagram,tiktok} (or, without the corpus, generated ~200 KB texts with a few %
of lines edited), then generated 200 KB pairs where 30% of the paragraphs are
reordered and have words swapped: the heavy case (with the corpus, also the
same edit of each platform's largest real version). Targets: median under
100 ms for 200 KB, no pair over 1 s.

Each set is timed for the diff alone and for diff + classify (what recording a
change costs). Not a test: it prints figures.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from watchers.meaning.classify import classify  # noqa: E402
from watchers.meaning.differ import diff  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
PLATFORMS = ("facebook", "instagram", "tiktok")
COMMON = ("we you your the of and to or in for with data information personal use share "
          "process service account content partners consent settings may can").split()


def vocabulary(size: int = 5000) -> tuple[list[str], list[float]]:
    """Common words plus pseudo-words, with Zipf weights: unrelated paragraphs
    share about as many words as real ones do (a 50-word vocabulary would make
    every paragraph look like every other)."""
    rng = random.Random(0)
    syllables = "da ta per so nal ser vi ce ac count con tent part ner pro cess re ten tion ob ject".split()
    words = COMMON + ["".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(size)]
    words += ["2024", "2025", "2026", "March", "September", "14", "30"]
    return words, [1 / (rank + 1) for rank in range(len(words))]


WORDS, WEIGHTS = vocabulary()
Pair = tuple[str, str]


def time_pairs(pairs: Sequence[Pair], fn: Callable[[str, str], object]) -> list[float]:
    """Seconds `fn(old, new)` took for each pair."""
    timings = []
    for old, new in pairs:
        start = time.perf_counter()
        fn(old, new)
        timings.append(time.perf_counter() - start)
    return timings


def corpus_pairs() -> list[Pair]:
    """Consecutive versions of each platform, in file-name (capture) order."""
    pairs = []
    for platform in PLATFORMS:
        texts = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / platform).glob("*.md"))]
        pairs += zip(texts, texts[1:])
    return pairs


def paragraph(rng: random.Random) -> str:
    kind = rng.random()
    words = " ".join(rng.choices(WORDS, WEIGHTS, k=rng.randint(12, 90)))
    if kind < 0.1:
        return "## " + words[:60]
    if kind < 0.3:
        return "- " + words
    return words.capitalize() + "."


def policy(rng: random.Random, size: int) -> list[str]:
    paragraphs = []
    while sum(map(len, paragraphs)) < size:
        paragraphs.append(paragraph(rng))
    return paragraphs


def swap_words(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    if len(words) < 2:
        return text
    k = rng.randrange(len(words) - 1)
    words[k], words[k + 1] = words[k + 1], words[k]
    return " ".join(words)


def light_edit(rng: random.Random, paragraphs: list[str], fraction: float) -> list[str]:
    """A few % of paragraphs replaced, reworded, deleted or inserted."""
    out = []
    for text in paragraphs:
        roll = rng.random()
        if roll >= fraction:
            out.append(text)
        elif roll < fraction / 4:
            out += [text, paragraph(rng)]
        elif roll < fraction / 2:
            continue
        elif roll < 3 * fraction / 4:
            out.append(paragraph(rng))
        else:
            out.append(swap_words(rng, text).replace(" ", f" {rng.choice(WORDS)} ", 1))
    return out


def heavy_edit(rng: random.Random, paragraphs: list[str], fraction: float = 0.3) -> list[str]:
    """`fraction` of the paragraphs reordered among themselves, with words swapped."""
    out = list(paragraphs)
    chosen = rng.sample(range(len(out)), int(len(out) * fraction))
    moved = [swap_words(rng, out[k]) for k in chosen]
    rng.shuffle(moved)
    for k, text in zip(sorted(chosen), moved):
        out[k] = text
    return out


def heavy_real_pairs() -> list[Pair]:
    rng = random.Random(20261123)
    pairs = []
    for platform in PLATFORMS:
        largest = max((CORPUS / platform).glob("*.md"), key=lambda path: path.stat().st_size)
        text = largest.read_text(encoding="utf-8")
        pairs.append((text, "\n\n".join(heavy_edit(rng, text.split("\n\n")))))
    return pairs


def generated_pairs(count: int, size: int, edit: Callable[[random.Random, list[str]], list[str]]) -> list[Pair]:
    rng = random.Random(20261123)
    pairs = []
    for _ in range(count):
        old = policy(rng, size)
        pairs.append(("\n\n".join(old) + "\n", "\n\n".join(edit(rng, old)) + "\n"))
    return pairs


def report(label: str, pairs: Sequence[Pair], timings: list[float]) -> None:
    if not pairs:
        return
    sizes = sorted(len(old) for old, _ in pairs)
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label}: {len(pairs)} pairs, texts {sizes[0] / 1000:.0f}–{sizes[-1] / 1000:.0f} KB "
          f"(median {statistics.median(sizes) / 1000:.0f} KB)")
    print(f"  per pair: median {statistics.median(timings) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
          f"worst {ordered[-1] * 1000:.1f} ms")


def report_subset(label: str, pairs: Sequence[Pair], timings: list[float],
                  keep: Callable[[Pair], bool]) -> None:
    kept = [(pair, seconds) for pair, seconds in zip(pairs, timings) if keep(pair)]
    report(label, [pair for pair, _ in kept], [seconds for _, seconds in kept])


def main() -> None:
    def differ(a: str, b: str) -> object:
        return diff(a, b)

    def diff_and_classify(a: str, b: str) -> object:
        return diff(a, b), classify(a, b)

    classify("Last updated: 1 March 2026", "Last updated: 2 March 2026")  # load dateparser's data once
    sets = []
    if CORPUS.is_dir():
        sets.append((f"real versions ({', '.join(PLATFORMS)})", corpus_pairs()))
    else:
        sets.append(("generated 200 KB, 3% of paragraphs edited (corpus absent)",
                     generated_pairs(20, 200_000, lambda rng, old: light_edit(rng, old, 0.03))))
    sets.append(("heavy: generated 200 KB, 30% of paragraphs reordered + word swaps",
                 generated_pairs(5, 200_000, heavy_edit)))
    if CORPUS.is_dir():
        sets.append(("heavy on real text: each platform's largest version, same edit", heavy_real_pairs()))
    for label, pairs in sets:
        for name, fn in (("diff", differ), ("diff + classify", diff_and_classify)):
            timings = time_pairs(pairs, fn)
            report(f"{name}, {label}", pairs, timings)
            report_subset("  of which 200 KB or more", pairs, timings, lambda pair: len(pair[0]) >= 200_000)


if __name__ == "__main__":
    main()
