"""The progress line: drawn when a person watches a terminal, absent under cron."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from vigie.loopback import Page

from conftest import FAST
from test_alerts import PAGE


def crawl_with_stderr_on_a_terminal(vigie) -> tuple[str, str]:
    primary, secondary = pty.openpty()
    command = [sys.executable, "-m", "vigie", "--db", str(vigie.db), "--watchlist", str(vigie.watchlist),
               *FAST, "crawl", "--all"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=secondary, text=True) as crawl:
        os.close(secondary)
        stdout = crawl.stdout.read()
        terminal = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            terminal += chunk
    os.close(primary)
    assert crawl.returncode == 0
    return stdout, terminal.decode()


def test_a_terminal_sees_progress_and_a_pipe_does_not(site, vigie):
    for n in range(3):
        site.serve(f"/p{n}", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": f"ex/p{n}", "platform": "Example", "url": site.url(f"/p{n}"), "select": ["main"]}
                 for n in range(3)])
    stdout, terminal = crawl_with_stderr_on_a_terminal(vigie)
    assert "3/3 pages checked" in terminal and terminal.rstrip().endswith("\x1b[K")
    assert "3 checks: 3 new" in stdout and "pages checked" not in stdout
    piped = vigie.crawl()
    assert "pages checked" not in piped.stderr + piped.stdout
