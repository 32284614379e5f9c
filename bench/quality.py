"""Classifier quality gate: precision and recall per flag on the labelled set,
and the alerts real histories (../shared/corpus) would raise.

    python bench/quality.py          # tables
    python bench/quality.py --json   # figures for tests/test_quality.py

The labelled set is tests/eval/pairs.toml (see tests/eval/README.md). The
corpus part replays each platform's versions through the extractor (Markdown
rendered to HTML, as tests/replay_corpus.py serves them) and counts what each
consecutive change would alert: a good monitor raises few alerts, and none for
whitespace-only or flip-flop versions.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from watchers.classify import FLAGS, classify  # noqa: E402
from watchers.store import sha256  # noqa: E402

PAIRS = ROOT / "tests" / "eval" / "pairs.toml"
CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = date(2026, 11, 23)  # labels were decided on this day ("upcoming" dates are relative to it)


def score(pairs: list[dict]) -> tuple[dict[str, dict[str, float]], list[dict]]:
    """Per flag: precision, recall, support; and the pairs the classifier got wrong."""
    counts = {flag: Counter() for flag in FLAGS}
    mistakes = []
    for pair in pairs:
        got = set(classify(pair["before"], pair["after"], language=pair["lang"], kind=pair["kind"],
                           earlier_sha256={sha256(t) for t in pair.get("earlier", [])}, today=TODAY).flags)
        want = set(pair["flags"])
        for flag in FLAGS:
            counts[flag]["tp"] += flag in got and flag in want
            counts[flag]["fp"] += flag in got and flag not in want
            counts[flag]["fn"] += flag in want and flag not in got
        if got != want:
            mistakes.append({"id": pair["id"], "missing": sorted(want - got), "extra": sorted(got - want)})
    table = {}
    for flag, c in counts.items():
        table[flag] = {"precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0,
                       "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0,
                       "support": c["tp"] + c["fn"]}
    return table, mistakes


def corpus_alerts() -> dict[str, dict]:
    """Per corpus platform: changes, alerts by severity, noise, and the flags raised."""
    sys.path.insert(0, str(ROOT / "tests"))
    from replay_corpus import PLATFORMS, render
    from watchers.extract import extract

    manifest = json.loads((CORPUS / "manifest.json").read_text())
    report = {}
    for document in manifest["documents"]:
        if document["platform"] not in PLATFORMS:
            continue
        texts = [extract(render((CORPUS / v["file"]).read_text("utf-8"), 0), url="https://example.org/",
                         select=["main"]).text for v in document["versions"]]
        severities, flags, seen = Counter(), Counter(), {sha256(texts[0])}
        changes = flip_flops = flip_flops_alerted = 0
        for version, previous, text in zip(document["versions"][1:], texts, texts[1:]):
            # The recorder's own flip-flops: a text it had already seen.
            flip_flops += bool(version["same_content_as"])
            if text == previous:
                continue  # the same text: no version, no change
            changes += 1
            result = classify(previous, text, language="en", kind="privacy-policy",
                              earlier_sha256=seen - {sha256(previous)}, today=TODAY)
            seen.add(sha256(text))
            severities[result.severity] += 1
            flags.update(result.flags)
            flip_flops_alerted += bool(version["same_content_as"]) and result.severity != "noise"
        report[document["platform"]] = {
            "versions": len(texts), "changes": changes,
            "alerts": sum(n for s, n in severities.items() if s != "noise"),
            "noise": severities["noise"], "by_severity": dict(severities), "flags": dict(flags),
            "flip_flops": flip_flops, "flip_flops_alerted": flip_flops_alerted}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus replay")
    args = parser.parse_args()
    pairs = tomllib.loads(PAIRS.read_text("utf-8"))["pair"]
    table, mistakes = score(pairs)
    corpus = corpus_alerts() if CORPUS.is_dir() and not args.no_corpus else None
    if args.json:
        print(json.dumps({"pairs": len(pairs), "flags": table, "mistakes": mistakes, "corpus": corpus}))
        return
    print(f"{len(pairs)} labelled pairs ({PAIRS.relative_to(ROOT)})\n")
    print(f"{'flag':<13} {'precision':>9} {'recall':>7} {'support':>8}")
    for flag, row in table.items():
        print(f"{flag:<13} {row['precision']:9.2f} {row['recall']:7.2f} {row['support']:8d}")
    if mistakes:
        print(f"\n{len(mistakes)} pairs not exactly right:")
        for m in mistakes:
            print(f"  {m['id']:<40} missing {m['missing'] or '-'}  extra {m['extra'] or '-'}")
    if corpus:
        print("\nReal histories (../shared/corpus), consecutive changes:")
        for platform, row in corpus.items():
            print(f"  {platform:<10} {row['versions']:3d} versions, {row['changes']:3d} changes: "
                  f"{row['alerts']:3d} alerts, {row['noise']:3d} noise; flip-flops {row['flip_flops']}, "
                  f"of which alerted {row['flip_flops_alerted']}")
            print(f"             by severity {row['by_severity']}\n             flags {row['flags']}")


if __name__ == "__main__":
    main()
