"""The quality gate: the classifier keeps its precision and recall on the labelled set
(tests/eval/*.toml), a default channel hears the substantive changes, and real
flip-flops never alert."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from watchers.meaning.classify import FLAGS

ROOT = Path(__file__).resolve().parents[1]
FLOOR = 0.95
# `stance` is raised by `vigie stance` when an answer changes, never by comparing two texts.
GATED = [flag for flag in FLAGS if flag != "stance"]


@pytest.fixture(scope="module")
def report() -> dict:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "quality.py"), "--json"],
                            capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout)


@pytest.mark.parametrize("flag", GATED)
def test_precision_and_recall_floors(report, flag):
    row = report["flags"][flag]
    assert row["support"] >= (8 if flag == "revert" else 20), \
        "the labelled set must keep enough positives to mean something"
    assert row["precision"] >= FLOOR and row["recall"] >= FLOOR, (row, report["mistakes"])


def test_a_default_channel_hears_the_substantive_changes_and_nothing_else(report):
    channel = report["default_channel"]
    assert channel["share_heard"] >= 0.9, (channel, report["mistakes"])
    assert channel["false_alerts"] <= 0.05 * channel["quiet"], (channel, report["mistakes"])


def test_real_flip_flops_raise_no_alert(report):
    if report["corpus"] is None:
        pytest.skip("../shared/corpus is not present")
    for platform, row in report["corpus"].items():
        assert row["flip_flops_alerted"] == 0, (platform, row)
    assert sum(row["flip_flops"] for row in report["corpus"].values()) > 0
