"""Classifier quality gate: precision and recall per flag on the labelled set,
what a default channel hears, and the alerts real histories (../shared/corpus) would raise.

    python bench/quality.py          # tables
    python bench/quality.py --json   # figures for tests/test_quality.py

The labelled set is every file in tests/eval/ (see tests/eval/README.md). The
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
from watchers.delivery.channels import SEVERITY_RANK  # noqa: E402
from watchers.meaning.classify import FLAGS, classify  # noqa: E402
from watchers.meaning.wording import PRACTICES  # noqa: E402
from watchers.store.db import sha256  # noqa: E402

EVAL = ROOT / "tests" / "eval"
CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = date(2026, 11, 23)  # labels were decided on this day ("upcoming" dates are relative to it)
# A channel's default min_severity, and the flags that make a change worth hearing there.
DEFAULT_MIN = SEVERITY_RANK["medium"]
SUBSTANTIVE = {"opt-out", "opt-out-link", "date", "ai-training", "legal-basis", *PRACTICES}


def load_pairs() -> list[dict]:
    return [pair for path in sorted(EVAL.glob("*.toml"))
            for pair in tomllib.loads(path.read_text("utf-8")).get("pair", [])]


def should_alert(pair: dict) -> bool:
    """The label's answer: a substantive change, or a revert labelled `alert = true`."""
    if "revert" in pair["flags"]:
        return pair["alert"]
    return bool(SUBSTANTIVE & set(pair["flags"]))


def score(pairs: list[dict]) -> tuple[dict[str, dict[str, float]], dict[str, float], list[dict]]:
    """Per flag: precision, recall, support; what a default channel hears; the pairs got wrong."""
    counts = {flag: Counter() for flag in FLAGS}
    heard = Counter()
    mistakes = []
    for pair in pairs:
        history = [(n, sha256(t)) for n, t in enumerate(pair.get("earlier", []), 1)]
        result = classify(pair["before"], pair["after"], language=pair["lang"], kind=pair["kind"],
                          history=history, today=TODAY)
        got, want = set(result.flags), set(pair["flags"])
        for flag in FLAGS:
            counts[flag]["tp"] += flag in got and flag in want
            counts[flag]["fp"] += flag in got and flag not in want
            counts[flag]["fn"] += flag in want and flag not in got
        alerted, wanted = SEVERITY_RANK[result.severity] >= DEFAULT_MIN, should_alert(pair)
        heard["substantive"] += wanted
        heard["heard"] += wanted and alerted
        heard["quiet"] += not wanted
        heard["false_alerts"] += alerted and not wanted
        if got != want or alerted != wanted:
            mistakes.append({"id": pair["id"], "missing": sorted(want - got), "extra": sorted(got - want),
                             "severity": result.severity, "should_alert": wanted})
    table = {}
    for flag, c in counts.items():
        table[flag] = {"precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0,
                       "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0,
                       "support": c["tp"] + c["fn"]}
    channel = {"substantive": heard["substantive"], "heard": heard["heard"],
               "share_heard": heard["heard"] / heard["substantive"] if heard["substantive"] else 1.0,
               "quiet": heard["quiet"], "false_alerts": heard["false_alerts"]}
    return table, channel, mistakes


def corpus_alerts() -> dict[str, dict]:
    """Per corpus platform: changes, alerts by severity, noise, and the flags raised."""
    sys.path.insert(0, str(ROOT / "tests"))
    from replay_corpus import PLATFORMS, render
    from watchers.page.extract import extract

    manifest = json.loads((CORPUS / "manifest.json").read_text())
    report = {}
    for document in manifest["documents"]:
        if document["platform"] not in PLATFORMS:
            continue
        texts = [extract(render((CORPUS / v["file"]).read_text("utf-8"), 0), url="https://example.org/",
                         select=["main"]).text for v in document["versions"]]
        severities, flags = Counter(), Counter()
        recorded = [(1, sha256(texts[0]))]  # the versions a store would hold: (number, sha256)
        changes = flip_flops = flip_flops_alerted = upgrades_alerted = 0
        for version, previous, text in zip(document["versions"][1:], texts, texts[1:]):
            # The recorder's own flip-flops: a text it had already seen.
            flip_flops += bool(version["same_content_as"])
            if text == previous:
                continue  # the same text: no version, no change
            changes += 1
            result = classify(previous, text, language="en", kind="privacy-policy",
                              history=recorded[:-1], today=TODAY)
            recorded.append((len(recorded) + 1, sha256(text)))
            severities[result.severity] += 1
            flags.update(result.flags)
            alerted = result.severity != "noise"
            flip_flops_alerted += bool(version["same_content_as"]) and alerted
            upgrades_alerted += version["kind"] == "technical_upgrade" and alerted
        report[document["platform"]] = {
            "versions": len(texts), "changes": changes,
            "alerts": sum(n for s, n in severities.items() if s != "noise"),
            "noise": severities["noise"], "by_severity": dict(severities), "flags": dict(flags),
            "heard_by_default": sum(n for s, n in severities.items() if SEVERITY_RANK[s] >= DEFAULT_MIN),
            "flip_flops": flip_flops, "flip_flops_alerted": flip_flops_alerted,
            "technical_upgrades_alerted": upgrades_alerted}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus replay")
    args = parser.parse_args()
    pairs = load_pairs()
    table, channel, mistakes = score(pairs)
    corpus = corpus_alerts() if CORPUS.is_dir() and not args.no_corpus else None
    if args.json:
        print(json.dumps({"pairs": len(pairs), "flags": table, "default_channel": channel,
                          "mistakes": mistakes, "corpus": corpus}))
        return
    languages = Counter(pair["lang"] for pair in pairs)
    print(f"{len(pairs)} labelled pairs in {EVAL.relative_to(ROOT)}/ ({dict(languages)})\n")
    print(f"{'flag':<13} {'precision':>9} {'recall':>7} {'support':>8}")
    for flag, row in table.items():
        print(f"{flag:<13} {row['precision']:9.2f} {row['recall']:7.2f} {row['support']:8d}")
    print(f"\nA default channel (min_severity medium) hears {channel['heard']} of the {channel['substantive']} "
          f"substantive changes ({channel['share_heard']:.0%}), and alerts on {channel['false_alerts']} "
          f"of the {channel['quiet']} that should stay quiet.")
    if mistakes:
        print(f"\n{len(mistakes)} pairs not exactly right:")
        for m in mistakes:
            print(f"  {m['id']:<44} missing {m['missing'] or '-'}  extra {m['extra'] or '-'}"
                  f"  ({m['severity']}{', should alert' if m['should_alert'] else ''})")
    if corpus:
        print("\nReal histories (../shared/corpus), consecutive changes:")
        for platform, row in corpus.items():
            print(f"  {platform:<10} {row['versions']:3d} versions, {row['changes']:3d} changes: "
                  f"{row['alerts']:3d} alerts ({row['heard_by_default']} heard by a default channel), "
                  f"{row['noise']:3d} noise; flip-flops {row['flip_flops']}, of which alerted "
                  f"{row['flip_flops_alerted']}; technical upgrades alerted {row['technical_upgrades_alerted']}")
            print(f"             by severity {row['by_severity']}\n             flags {row['flags']}")


if __name__ == "__main__":
    main()
