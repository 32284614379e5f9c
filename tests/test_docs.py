"""Docs cannot drift: every command is in the README, and every README command exists."""

from __future__ import annotations

import re
from pathlib import Path

import click

from vigie.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def command_paths(group: click.Group, prefix: str = "vigie") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        paths += command_paths(command, path) if isinstance(command, click.Group) else [path]
    return paths


def test_every_command_is_documented():
    missing = [path for path in command_paths(cli) if path not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_documented_command_exists():
    known = {path.split()[1] for path in command_paths(cli)}
    used = set(re.findall(r"^vigie (?:--?\S+ (?:\S+ )?)*([a-z]+)", README, re.MULTILINE))
    assert used and used <= known, f"README.md shows commands that do not exist: {used - known}"
