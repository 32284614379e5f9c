"""The shipped systemd units and cron line call commands that exist, with options that parse."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from vigie.cli import cli

DEPLOY = Path(__file__).resolve().parent.parent / "docs" / "deploy"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read(DEPLOY / name)
    return parser


def parses(args: list[str], command: str) -> bool:
    """Do these arguments parse as the installed command would, naming `command`? (--help: no run)"""
    result = CliRunner().invoke(cli, [*args, "--help"], prog_name="vigie")
    return result.exit_code == 0 and result.output.startswith(f"Usage: vigie {command} ")


def vigie_args(command_line: str) -> list[str]:
    words = shlex.split(command_line)
    assert words[0].endswith("/vigie"), command_line
    return words[1:]


@pytest.mark.parametrize("name, command", [("vigie.service", "run"), ("vigie-schedule.service", "schedule")])
def test_units_start_a_real_command(name, command):
    service = unit(name)["Service"]
    args = vigie_args(service["ExecStart"])
    assert args[-1] == command
    assert parses(args, command)
    assert service["ReadWritePaths"] in args[args.index("--db") + 1]


def test_the_timer_starts_the_oneshot_service():
    assert unit("vigie.service")["Service"]["Type"] == "oneshot"
    timer = unit("vigie.timer")
    assert timer["Timer"]["OnUnitInactiveSec"] and timer["Install"]["WantedBy"] == "timers.target"


def test_the_cron_line_in_the_docs_runs_a_cycle():
    (line,) = re.findall(r"^\*/15 .*$", (DEPLOY / "README.md").read_text(), re.MULTILINE)
    command = line.split(None, 5)[5].split("&&", 1)[1].split(">>")[0]
    assert parses(vigie_args(command), "run")


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed here")
def test_systemd_accepts_the_units(tmp_path):
    for name in ("vigie.service", "vigie.timer", "vigie-schedule.service"):
        shutil.copy(DEPLOY / name, tmp_path / name)
    result = subprocess.run(["systemd-analyze", "verify", *(str(p) for p in tmp_path.iterdir())],
                            capture_output=True, text=True)
    assert "Unknown key" not in result.stderr and "Invalid" not in result.stderr, result.stderr
