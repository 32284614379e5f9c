"""Validate the labelled pairs (tests/eval/*.toml) and print per-flag counts (positives / hard negatives / other negatives per language).

Usage: python3 tests/eval/check_pairs.py [path/to/pairs.toml ...]   (default: every .toml beside this script)
Exit status 1 if the file breaks a format rule. Not a pytest module (no test_ prefix).
"""
from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

FLAGS = ["opt-out", "opt-out-link", "date", "ai-training", "legal-basis", "collection", "sharing", "retention",
         "rights", "revert", "cosmetic"]
LANGS = ["en", "fr", "de", "es"]
KINDS = {"privacy-policy", "ai-notice", "opt-out", "terms", "other"}
KEYS = {"id", "lang", "kind", "before", "after", "flags", "earlier", "note", "hard_negative_for", "alert", "source"}


def problems(pairs: list[dict]) -> list[str]:
    out = []
    ids = Counter(p.get("id") for p in pairs)
    out += [f"duplicate id {i!r}" for i, n in ids.items() if n > 1]
    for p in pairs:
        pid = p.get("id", "?")
        if set(p) - KEYS:
            out.append(f"{pid}: unknown keys {sorted(set(p) - KEYS)}")
        for key in ("id", "lang", "kind", "before", "after", "flags", "note"):
            if key not in p:
                out.append(f"{pid}: missing {key}")
        if p.get("lang") not in LANGS:
            out.append(f"{pid}: lang {p.get('lang')!r}")
        if p.get("kind") not in KINDS:
            out.append(f"{pid}: kind {p.get('kind')!r}")
        flags = p.get("flags", [])
        if len(set(flags)) != len(flags) or not set(flags) <= set(FLAGS):
            out.append(f"{pid}: flags {flags}")
        hn = p.get("hard_negative_for", [])
        if not set(hn) <= set(FLAGS) or set(hn) & set(flags):
            out.append(f"{pid}: hard_negative_for {hn} (must be flags NOT in the set)")
        if p.get("before") == p.get("after"):
            out.append(f"{pid}: before == after")
        earlier = p.get("earlier", [])
        is_revert = p.get("after") in earlier
        if ("revert" in flags) != is_revert:
            out.append(f"{pid}: revert flag {'revert' in flags} but after-in-earlier {is_revert}")
        if ("alert" in p) != ("revert" in flags) or not isinstance(p.get("alert", True), bool):
            out.append(f"{pid}: every revert pair, and only those, says alert = true|false")
        if "cosmetic" in flags and set(flags) - {"cosmetic", "revert"}:
            out.append(f"{pid}: cosmetic combined with substantive flags {flags}")
        for t in [p.get("before", ""), p.get("after", "")] + earlier:
            if "](" in t and "](http" not in t:
                out.append(f"{pid}: relative link")
    return out


def table(pairs: list[dict]) -> str:
    head = "| flag | " + " | ".join(f"{l} pos / hard neg / other neg" for l in LANGS) + " | all pos / hard neg / other neg |"
    rows = [head, "|" + " --- |" * (len(LANGS) + 2)]
    for f in FLAGS:
        cells = []
        for langs in [[l] for l in LANGS] + [LANGS]:
            sel = [p for p in pairs if p["lang"] in langs]
            pos = sum(f in p["flags"] for p in sel)
            hard = sum(f in p.get("hard_negative_for", []) for p in sel)
            cells.append(f"{pos} / {hard} / {len(sel) - pos - hard}")
        rows.append(f"| `{f}` | " + " | ".join(cells) + " |")
    sel = [p for p in pairs if not p["flags"]]
    rows.append("| none (`[]`) | " + " | ".join(str(sum(p["lang"] == l for p in sel)) for l in LANGS) + f" | {len(sel)} |")
    rows.append("| **pairs** | " + " | ".join(str(sum(p["lang"] == l for p in pairs)) for l in LANGS) + f" | {len(pairs)} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv[1:]] or sorted(Path(__file__).parent.glob("*.toml"))
    pairs = [pair for path in paths for pair in tomllib.loads(path.read_text(encoding="utf-8")).get("pair", [])]
    errs = problems(pairs)
    for e in errs:
        print("ERROR", e)
    print(table(pairs))
    combos = Counter(len(p["flags"]) for p in pairs)
    print("\npairs by number of flags:", dict(sorted(combos.items())))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
