"""Stance accuracy: the answers of `watchers.meaning.stance.answer` against hand-written
ones (tests/eval/stance*.toml, issue 15).

    python bench/stance.py                          # every tests/eval/stance*.toml
    python bench/stance.py --file tests/eval/stance.toml
    python bench/stance.py --json                   # figures for tests/test_stance.py
    python bench/stance.py --evidence               # also list each evidence that is not the case's

A case names corpus files (`files`, relative to ../shared/corpus: the extractor's
Markdown as recorded) or carries its documents inline (`[[case.document]]` with `kind`,
`locale`, `text`); `date` is the day the answers hold (today for `answer`). Accuracy is
per question on `value` (rights: the exact set; effective: the date and the upcoming
date); the details are secondary figures: the data set, the default, the set of links,
linked accounts, and whether our evidence is the case's (one contains the other) — per case
(every labelled evidence of the case) and per answer (`answers' evidence`). Cases
whose corpus files are missing are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import tomllib
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from watchers.meaning.links import visible  # noqa: E402
from watchers.meaning.stance import QUESTIONS, Document, answer  # noqa: E402

EVAL = ROOT / "tests" / "eval"
CORPUS = ROOT.parent / "shared" / "corpus"
STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z")
DETAILS = ("data", "default", "links", "linked-accounts", "evidence", "answers' evidence")


def load_cases(paths: list[Path]) -> list[dict]:
    return [case for path in paths for case in tomllib.loads(path.read_text("utf-8")).get("case", [])]


def documents(case: dict) -> list[Document] | None:
    """The case's documents, or None when its corpus files are not here."""
    docs = []
    for number, entry in enumerate(case.get("files", []), 1):
        entry = {"path": entry} if isinstance(entry, str) else entry
        path = CORPUS / entry["path"]
        if not path.exists():
            return None
        stamp = STAMP.search(path.name)
        captured = f"{stamp[1]}T{stamp[2]}:{stamp[3]}:{stamp[4]}Z" if stamp else f"{case['date']}T00:00:00Z"
        docs.append(Document(watch=entry["path"], kind=entry.get("kind", case.get("kind", "privacy-policy")),
                             locale=entry.get("locale", case.get("locale", "en")), version=number,
                             text=path.read_text("utf-8"), captured_at=captured))
    for number, entry in enumerate(case.get("document", []), len(docs) + 1):
        docs.append(Document(watch=entry.get("watch", f"{case['id']}/{number}"), kind=entry.get("kind", "privacy-policy"),
                             locale=entry.get("locale", "en"), version=number, text=entry["text"],
                             captured_at=entry.get("captured_at", f"{case['date']}T00:00:00Z")))
    return docs


def expected_value(case: dict, question: str):
    want = case[question]
    if question == "rights":
        return sorted(want["value"])
    if question == "effective":
        return [want["value"], want.get("upcoming", "")]
    return want["value"]


def got_value(answers: dict, question: str):
    got = answers[question]
    if question == "rights":
        return sorted(got.value)
    if question == "effective":
        return [got.value, got.details.get("upcoming", "")]
    return got.value


def _same_text(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(re.findall(r"\w+", visible(text).casefold()))
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


def detail_checks(case: dict, answers: dict) -> dict[str, bool]:
    """The secondary figures that apply to this case."""
    checks = {}
    training, refusal = case["ai-training"], case["ai-opt-out"]
    if training["value"] == "yes":
        checks["data"] = sorted(training.get("data", [])) == sorted(answers["ai-training"].details.get("data", []))
    checks["default"] = training.get("default", "unclear") == answers["ai-training"].details.get("default")
    checks["links"] = sorted(refusal.get("links", [])) == sorted(answers["ai-opt-out"].details.get("links", []))
    checks["linked-accounts"] = refusal.get("linked-accounts", "unclear") == answers["ai-opt-out"].details.get("linked-accounts")
    wanted = [case[q].get("evidence", "") for q in QUESTIONS if case[q].get("evidence")]
    given = {q: answers[q].evidence.text if answers[q].evidence else "" for q in QUESTIONS}
    checks["evidence"] = all(_same_text(case[q]["evidence"], given[q]) for q in QUESTIONS if case[q].get("evidence")) \
        if wanted else True
    return checks


def run(paths: list[Path]) -> dict:
    cases = load_cases(paths)
    right = defaultdict(int)
    details = defaultdict(lambda: [0, 0])
    # Right / asked per confidence level: whether "high" can be trusted more than "medium" on wording
    # no rule has seen is what a reader of the answers needs to know.
    confidence = defaultdict(lambda: [0, 0])
    misses, evidence_misses, skipped, timings = [], [], [], []
    scored = 0
    for case in cases:
        docs = documents(case)
        if docs is None:
            skipped.append(case["id"])
            continue
        started = time.perf_counter()
        answers = answer(docs, date.fromisoformat(case["date"]))
        timings.append((time.perf_counter() - started, case["id"], sum(len(d.text) for d in docs)))
        scored += 1
        for question in QUESTIONS:
            want, got = expected_value(case, question), got_value(answers, question)
            confidence[answers[question].confidence][0] += want == got
            confidence[answers[question].confidence][1] += 1
            if want == got:
                right[question] += 1
            else:
                evidence = answers[question].evidence
                misses.append({"case": case["id"], "question": question, "expected": want, "got": got,
                               "evidence": evidence.text[:160] if evidence else ""})
        for name, ok in detail_checks(case, answers).items():
            details[name][0] += ok
            details[name][1] += 1
            if not ok and name != "evidence":
                misses.append({"case": case["id"], "question": f"({name})", "expected": _want_detail(case, name),
                               "got": _got_detail(answers, name), "evidence": ""})
        for question in QUESTIONS:
            wanted = case[question].get("evidence", "")
            given = answers[question].evidence.text if answers[question].evidence else ""
            if not wanted:
                continue
            agree = _same_text(wanted, given)
            details["answers' evidence"][0] += agree
            details["answers' evidence"][1] += 1
            if not agree:
                evidence_misses.append({"case": case["id"], "question": question, "expected": wanted, "got": given})
    accuracy = {q: (right[q] / scored if scored else None) for q in QUESTIONS}
    return {"cases": scored, "skipped": skipped, "accuracy": accuracy,
            "details": {name: {"right": r, "of": n, "share": r / n if n else None} for name, (r, n) in details.items()},
            "confidence": {level: {"right": r, "of": n, "share": r / n}
                           for level in ("high", "medium", "low") if level in confidence
                           for r, n in [confidence[level]]},
            "misses": misses, "evidence_misses": evidence_misses, "slowest": sorted(timings, reverse=True)[:3]}


def _want_detail(case: dict, name: str):
    source = case["ai-training"] if name in ("data", "default") else case["ai-opt-out"]
    value = source.get(name, [] if name in ("data", "links") else "unclear")
    return sorted(value) if isinstance(value, list) else value


def _got_detail(answers: dict, name: str):
    source = answers["ai-training"] if name in ("data", "default") else answers["ai-opt-out"]
    value = source.details.get(name)
    return sorted(value) if isinstance(value, list) else value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append", type=Path, help="a case file (default: tests/eval/stance*.toml)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--evidence", action="store_true", help="list the evidence that is not the case's")
    args = parser.parse_args()
    paths = args.file or sorted(EVAL.glob("stance*.toml"))
    report = run(paths)
    if args.json:
        print(json.dumps(report, default=str))
        return
    print(f"{report['cases']} cases from {', '.join(p.name for p in paths)}"
          + (f" ({len(report['skipped'])} skipped: corpus files missing)" if report["skipped"] else ""))
    print(f"\n{'question':<14}accuracy")
    for question, share in report["accuracy"].items():
        print(f"{question:<14}{'-' if share is None else f'{share:.2f}'}")
    print(f"\n{'detail':<19}right / of")
    for name in DETAILS:
        row = report["details"].get(name)
        if row:
            print(f"{name:<19}{row['right']:>5} / {row['of']:<5} {row['share']:.2f}")
    print(f"\n{'confidence':<19}right / of   (answers to the six questions)")
    for level, row in report["confidence"].items():
        print(f"{level:<19}{row['right']:>5} / {row['of']:<5} {row['share']:.2f}")
    print(f"\n{len(report['misses'])} misses:")
    for miss in report["misses"]:
        print(f"  {miss['case']:<24} {miss['question']:<18} expected {miss['expected']!r}  got {miss['got']!r}"
              + (f"\n  {'':<24} evidence: {miss['evidence']}" if miss["evidence"] else ""))
    if args.evidence:
        print(f"\n{len(report['evidence_misses'])} evidence misses:")
        for miss in report["evidence_misses"]:
            print(f"  {miss['case']:<24} {miss['question']:<12} expected {miss['expected'][:110]!r}\n"
                  f"  {'':<37} got      {miss['got'][:110]!r}")
    print("\nslowest answer() calls:")
    for seconds, case, chars in report["slowest"]:
        print(f"  {case:<24} {seconds:.2f} s  ({chars:,} characters)")


if __name__ == "__main__":
    main()
