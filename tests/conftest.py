"""Shared fixtures: a loopback web server, and `vigie` run as a real subprocess.

Crawls run in a subprocess because Scrapy's reactor cannot be restarted
within one process; each test gets its own database and watchlist.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from email.message import EmailMessage

from vigie.loopback import LoopbackSite
from watchers.page.targets import ALLOW_PRIVATE_ENV

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
# Fast failure settings for tests: no waiting between retries, short timeouts.
# Chromium resolves some Google hosts for itself whatever its flags say; in the
# tests every name but 127.0.0.1 resolves to nothing, so no query leaves the machine.
CHROMIUM_LOOPBACK_ONLY = "--host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'"
FAST = ["--set", "RETRY_TIMES=0", "--set", "DOWNLOAD_TIMEOUT=3", "--set", "RETRY_BACKOFF_BASE=0.05"]
# Every page the tests serve is on 127.0.0.1, which a watch may only fetch when
# allowed (watchers/page/targets.py); the processes the tests start inherit this.
# tests/test_hardening.py runs without it to see loopback refused.
os.environ[ALLOW_PRIVATE_ENV] = "1"
# What Vigie writes for readers follows the environment's locale when nothing else chooses
# (reports/i18n.py): the tests read English unless they ask for another language.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture
def site():
    with LoopbackSite() as server:
        yield server


def toml_value(value) -> str:
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return str(value)


def watch_toml(watches: list[dict], include_catalogue: bool = False, lang: str | None = None) -> str:
    lines = [f"include_catalogue = {toml_value(include_catalogue)}", *([f"lang = {toml_value(lang)}"] if lang else []), ""]
    for watch in watches:
        lines.append("[[watch]]")
        defaults = {"platform": "Example", "title": "Privacy Policy", "kind": "privacy-policy"}
        for key, value in {**defaults, **watch}.items():
            lines.append(f"{key} = {toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def mailto(port: int) -> str:
    """The apprise URL of the test SMTP server (the `smtp` fixture) on 127.0.0.1."""
    return f"mailto://127.0.0.1:{port}?from=vigie@example.org&to=dpo@example.org"


@dataclass
class Vigie:
    """Runs the installed `vigie` command against one database and watchlist."""

    db: Path
    watchlist: Path

    def write(self, watches: list[dict], **kwargs) -> None:
        self.watchlist.write_text(watch_toml(watches, **kwargs), encoding="utf-8")

    def add_channel(self, name: str, **fields) -> None:
        """Append a `[[channel]]` to the watchlist."""
        lines = ["", "[[channel]]", f"name = {toml_value(name)}",
                 *(f"{key} = {toml_value(value)}" for key, value in fields.items()), ""]
        self.watchlist.write_text(self.watchlist.read_text() + "\n".join(lines), encoding="utf-8")

    def __call__(self, *args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "vigie", "--db", str(self.db),
                   "--watchlist", str(self.watchlist), *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
        if check and result.returncode != 0:
            raise AssertionError(f"{command} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
        return result

    def crawl(self, *options: str) -> subprocess.CompletedProcess:
        """`vigie crawl --all` with fast-failure settings; options are global (--set …)."""
        return self(*FAST, *options, "crawl", "--all")

    def json(self, *args: str):
        return json.loads(self(*args, "--json").stdout)


@pytest.fixture
def vigie(tmp_path) -> Vigie:
    return Vigie(tmp_path / "vigie.db", tmp_path / "vigie.toml")


# A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives.
class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[EmailMessage] = []

    def handle_message(self, message) -> None:
        self.messages.append(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp():
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port, controller
    if controller._thread is not None:  # noqa: SLF001 (still running)
        controller.stop()
