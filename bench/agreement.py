"""How far the rules are from a careful reader: a second reader's answers to held-out sets
(tests/eval/second_reader.json) against the writers' labels, and the rules against both.

    python bench/agreement.py

Two people who read the same texts under the same conventions do not always agree; the rules
can hardly be held to more than that. Per set, this prints how often the writer and the second
reader agree on `ai-training`, and how often the rules agree with each; then, on the cases where
both readers say the platform trains (where how to refuse and on which basis matter), the same
for `ai-opt-out` and `legal-basis`. The second readers saw the conventions before convention 8
(silence is "unclear") was written: a "no" of theirs with no sentence to show for it is counted
both as they wrote it and as convention 8 reads it.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from stance import documents, load_cases  # noqa: E402

from watchers.meaning.stance import answer  # noqa: E402

EVAL = ROOT / "tests" / "eval"
ASKED = ("ai-training", "ai-opt-out", "legal-basis")


def under_convention_8(reader: dict) -> str:
    """The reader's ai-training answer, a "no" with no denial quoted read as silence."""
    return "unclear" if reader["ai-training"] == "no" and not reader["sentence"] else reader["ai-training"]


def main() -> None:
    readers = json.loads((EVAL / "second_reader.json").read_text("utf-8"))["answers"]
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for path in sorted(EVAL.glob("stance_public*.toml")):
        for case in load_cases([path]):
            reader = readers.get(case["id"])
            docs = documents(case)
            if reader is None or docs is None:
                continue
            got = answer(docs, date.fromisoformat(case["date"]))
            for name in (path.stem.removeprefix("stance_"), "all"):
                row = tally[name]
                writer = case["ai-training"]["value"]
                pairs = {"ai-training: writer = reader": writer == reader["ai-training"],
                         "ai-training: writer = reader (conv. 8)": writer == under_convention_8(reader),
                         "ai-training: rules = writer": got["ai-training"].value == writer,
                         "ai-training: rules = reader": got["ai-training"].value == reader["ai-training"]}
                if writer == reader["ai-training"] == "yes":
                    for question in ASKED[1:]:
                        pairs[f"{question} (both: trains): writer = reader"] = case[question]["value"] == reader[question]
                        pairs[f"{question} (both: trains): rules = writer"] = got[question].value == case[question]["value"]
                for key, same in pairs.items():
                    row[key][0] += same
                    row[key][1] += 1
    if not tally:
        print("no case of tests/eval/stance_public*.toml has a second reader's answer")
        return
    names = sorted(name for name in tally if name != "all") + ["all"]
    print(f"{'':<46}" + "".join(f"{name:>17}" for name in names))
    for key in tally["all"]:
        cells = [tally[name].get(key, [0, 0]) for name in names]
        print(f"{key:<46}" + "".join(f"{right:>4} / {of:<3} {right / of:.2f}".rjust(17) if of else f"{'-':>17}"
                                     for right, of in cells))


if __name__ == "__main__":
    main()
