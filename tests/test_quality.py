"""The quality gate: the classifier keeps its precision and recall on the labelled
set (tests/eval/pairs.toml), and real flip-flops never alert."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {"opt-out": 0.9, "opt-out-link": 0.9, "date": 0.9, "ai-training": 0.9}


@pytest.fixture(scope="module")
def report() -> dict:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "quality.py"), "--json"],
                            capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout)


@pytest.mark.parametrize("flag", FLOORS)
def test_precision_and_recall_floors(report, flag):
    row = report["flags"][flag]
    assert row["support"] >= 20, "the labelled set must keep enough positives to mean something"
    assert row["precision"] >= FLOORS[flag] and row["recall"] >= FLOORS[flag], (row, report["mistakes"])


def test_noise_is_recognised_on_the_labelled_set(report):
    for flag in ("cosmetic", "revert"):
        assert report["flags"][flag]["precision"] >= 0.9 and report["flags"][flag]["recall"] >= 0.9


def test_real_flip_flops_raise_no_alert(report):
    if report["corpus"] is None:
        pytest.skip("../shared/corpus is not present")
    for platform, row in report["corpus"].items():
        assert row["flip_flops_alerted"] == 0, (platform, row)
    assert sum(row["flip_flops"] for row in report["corpus"].values()) > 0
