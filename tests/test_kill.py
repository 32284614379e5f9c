"""Crash safety: SIGKILL anywhere in a cycle, an SMTP outage mid-batch, a read-only
database, a full disk. Whatever happens, what was recorded stays recorded, the
database passes `PRAGMA integrity_check`, and the next run completes the work:
checks not done are done, alerts not sent are sent, once.

The one duplicate Vigie allows is documented (README, "Alerts"): a kill after the
mail server accepted a message and before the database marks it sent. The kill
test measures whether its kill landed in that window (the server holds a message
the database does not call sent) and allows a second copy of that alert only.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from vigie.loopback import LoopbackSite, Page

from conftest import FAST, Inbox, Vigie, free_port, mailto, watch_toml

WATCHES = 20
ROOM = 800 * 1024  # free space on the "full" disk: room for about half the changed pages
PAGE = """<html><body><main><h1>{platform} Privacy Policy</h1><p>Last updated: 3 March 2026</p>
<p>We collect the information you give us when you create an account and the content you post.</p>
<ul><li>To provide the service.</li><li>{clause}</li></ul>{filler}</main></body></html>"""
BEFORE, AFTER = "To improve the service.", "To train our AI models on your posts."


def platform(number: int) -> str:
    return f"Site{number:02d}"


def page(number: int, clause: str, filler: str = "") -> Page:
    return Page.html(PAGE.format(platform=platform(number), clause=clause, filler=filler))


@dataclass
class Fleet:
    """WATCHES watches on one loopback site, and a database where each has version 1."""

    site: LoopbackSite
    baseline: Path

    def watches(self) -> list[dict]:
        return [{"id": f"site{n:02d}/privacy", "platform": platform(n), "url": self.site.url(f"/p{n}"),
                 "select": ["main"]} for n in range(WATCHES)]

    def prepare(self, vigie, smtp_port: int, changed: list[int], filler: str = "") -> None:
        """A copy of the baseline where time has passed (every watch is due) and
        the `changed` pages now say AFTER; one immediate email channel."""
        with closing(sqlite3.connect(self.baseline)) as source, closing(sqlite3.connect(vigie.db)) as copy:
            source.backup(copy)
            copy.execute("UPDATE checks SET started_at = '2000-01-01T00:00:00+00:00'")
            copy.commit()
        for n in range(WATCHES):
            self.site.serve(f"/p{n}", page(n, AFTER, filler) if n in changed else page(n, BEFORE))
        vigie.write(self.watches())
        vigie.add_channel("dpo", url=mailto(smtp_port))


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fleet")
    with LoopbackSite() as site:
        fleet = Fleet(site, folder / "baseline.db")
        for n in range(WATCHES):
            site.serve(f"/p{n}", page(n, BEFORE))
        (folder / "vigie.toml").write_text(watch_toml(fleet.watches()), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "vigie", "--db", str(fleet.baseline), "--watchlist",
                        str(folder / "vigie.toml"), *FAST, "crawl", "--all"], check=True, capture_output=True)
        yield fleet


def query(db: Path, sql: str, immutable: bool = False) -> list[tuple]:
    # immutable: on a read-only filesystem SQLite cannot open a WAL database otherwise.
    with closing(sqlite3.connect(f"file:{db}{'?immutable=1' if immutable else ''}", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def versions(db: Path, immutable: bool = False) -> set[tuple]:
    return set(query(db, "SELECT watch_id, number, sha256, text FROM versions", immutable))


def alerts_by_platform(inbox: Inbox) -> Counter:
    return Counter(message["Subject"].split(": ", 1)[1].split()[0] for message in inbox.messages)


def assert_sound(db: Path) -> None:
    """Intact, and the outbox rule holds: no version without its change, no change without its alert."""
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    assert query(db, """SELECT v.watch_id, v.number FROM versions v WHERE v.number > 1 AND NOT EXISTS
                        (SELECT 1 FROM changes c WHERE c.watch_id = v.watch_id AND c.to_version = v.number)""") == []
    assert query(db, """SELECT c.id FROM changes c WHERE NOT EXISTS
                        (SELECT 1 FROM deliveries d WHERE d.change_id = c.id)""") == []


def assert_complete(db: Path, inbox: Inbox, changed: list[int], duplicated: set[str] = frozenset()) -> None:
    """Every watch has its versions, every change one delivery sent, every alert arrived
    once (twice for `duplicated`, the documented window)."""
    numbers = Counter(watch for watch, in query(db, "SELECT watch_id FROM versions"))
    assert numbers == {f"site{n:02d}/privacy": 2 if n in changed else 1 for n in range(WATCHES)}
    latest = dict(query(db, "SELECT watch_id, text FROM versions WHERE number = 2"))
    assert all(AFTER in text for text in latest.values())
    assert sorted(query(db, "SELECT watch_id, from_version, to_version FROM changes")) == sorted(
        (f"site{n:02d}/privacy", 1, 2) for n in changed)
    assert query(db, "SELECT status, COUNT(*) FROM deliveries GROUP BY status") == [("sent", len(changed))]
    assert alerts_by_platform(inbox) == {platform(n): 2 if platform(n) in duplicated else 1 for n in changed}


# (what the kill waits for, seed), each followed by a seeded random delay: "start", the
# launch (0-0.8 s: imports, opening the store, syncing the watches); "time", the first
# page request (0-0.3 s: anywhere in the crawl or the delivery, which take longer);
# "page", the k-th page request, and "mail", the m-th alert reaching the mail server
# (0-20 ms: recording that page, sending or marking that alert). "window" kills the
# moment the m-th alert is accepted: inside the documented duplicate window on purpose,
# which random delays rarely hit (none of 30 "mail" kills did in one trial), so that
# the allowance below is exercised rather than assumed.
KILLS = [("start", 1), ("time", 2), ("time", 3), ("page", 4), ("page", 5), ("mail", 6), ("mail", 7),
         ("window", 8)]


@pytest.mark.parametrize(("anchor", "seed"), KILLS, ids=[f"{a}-{s}" for a, s in KILLS])
def test_sigkill_anywhere_in_a_cycle_loses_nothing_and_the_next_run_completes_it(fleet, vigie, smtp, anchor, seed):
    inbox, port, _ = smtp
    rng = random.Random(seed)
    changed = sorted(rng.sample(range(WATCHES), 8))
    fleet.prepare(vigie, port, changed)
    before = versions(vigie.db)

    first_hit = len(fleet.site.hits)
    ready = {"start": lambda: True,
             "time": lambda: len(fleet.site.hits) > first_hit,
             "page": lambda k=rng.randint(1, WATCHES): len(fleet.site.hits) - first_hit >= k,
             "mail": lambda m=rng.randint(1, len(changed)): len(inbox.messages) >= m,
             "window": lambda m=rng.randint(1, len(changed)): len(inbox.messages) >= m}[anchor]
    delay = {"start": 0.8, "time": 0.3, "mail": 0.02}.get(anchor, 0) * rng.random()
    command = [sys.executable, "-m", "vigie", "--db", str(vigie.db), "--watchlist", str(vigie.watchlist), *FAST, "run"]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as run:
        deadline = time.monotonic() + 60
        while not ready() and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(delay)
        run.kill()
        run.wait()
    assert run.returncode == -signal.SIGKILL, "the cycle ended before the kill: nothing was tested"
    time.sleep(0.2)  # a message whose last byte left before the kill is still being accepted

    assert_sound(vigie.db)
    after_kill = versions(vigie.db)
    assert before <= after_kill
    sent = {platform for platform, in query(vigie.db, """SELECT w.platform FROM deliveries d JOIN changes c
        ON c.id = d.change_id JOIN watches w ON w.id = c.watch_id WHERE d.status = 'sent'""")}
    accepted = set(alerts_by_platform(inbox))
    assert sent <= accepted, "marked sent but never accepted by the server"
    in_window = accepted - sent
    assert len(in_window) <= 1, f"more than one alert accepted and not marked sent: {in_window}"
    print(f"{anchor}-{seed}: killed with {len(after_kill) - len(before)} new versions, "
          f"{len(inbox.messages)} mails accepted, {len(sent)} marked sent, window hit: {bool(in_window)}")

    rerun = vigie(*FAST, "run")
    assert "failed" not in rerun.stdout
    assert_sound(vigie.db)
    assert after_kill <= versions(vigie.db)
    assert_complete(vigie.db, inbox, changed, duplicated=in_window)


def retry_time_comes(db: Path) -> None:
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00+00:00' "
                           "WHERE status = 'pending'")
        connection.commit()


class RefusingInbox(Inbox):
    """A mail server that goes down gracefully after `accept` messages: it refuses the rest."""

    def __init__(self, accept: int | None = None):
        super().__init__()
        self.accept = accept

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.accept is not None and len(self.messages) >= self.accept:
            return "421 4.3.2 Service shutting down"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"


def test_smtp_outage_in_the_middle_of_a_cycle_loses_no_alert_and_sends_none_twice(fleet, vigie):
    """test_alerts.py covers a server down before `notify`; here it goes down after two
    alerts of a `vigie run`, stays down for the next, and comes back on the same port."""
    inbox, port = RefusingInbox(accept=2), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    changed = [1, 4, 7, 10, 13]
    fleet.prepare(vigie, port, changed)

    failed = vigie(*FAST, "run", check=False)
    assert failed.returncode == 1 and failed.stdout.count(": sent") == 2
    assert failed.stdout.count("failed (attempt 1") == 3
    controller.stop()
    retry_time_comes(vigie.db)
    down = vigie(*FAST, "run", check=False)
    assert down.returncode == 1 and down.stdout.count("failed (attempt 2") == 3

    inbox.accept = None
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        retry_time_comes(vigie.db)
        assert vigie(*FAST, "run").stdout.count(": sent") == 3
        assert "Nothing to deliver." in vigie(*FAST, "run").stdout
    finally:
        controller.stop()
    assert_sound(vigie.db)
    assert_complete(vigie.db, inbox, changed)


@contextmanager
def read_only(db: Path):
    """The database file made read-only: by chmod for a normal user; root ignores file
    modes, so for root it is made immutable (chattr +i)."""
    if os.geteuid() != 0:
        db.chmod(0o444)
        try:
            yield
        finally:
            db.chmod(0o644)
        return
    made = subprocess.run(["chattr", "+i", str(db)], capture_output=True, text=True) if shutil.which("chattr") else None
    if made is None or made.returncode:
        pytest.skip("running as root, whom chmod does not stop, and chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)


@contextmanager
def tmpfs(folder: Path, size: int):
    """A small filesystem of its own (root with mount rights only): to fill, or to make read-only."""
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs (needs root and mount rights): {mounted.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def remount(folder: Path, option: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{option}", str(folder)], check=True)


def product_gaps(result: subprocess.CompletedProcess, words: tuple[str, ...]) -> list[str]:
    """What keeps a storage failure from being the clear error the SPEC asks for."""
    gaps = []
    if result.returncode == 0:
        gaps.append("the run exited 0 (a cron job would not notice)")
    if "Traceback" in result.stderr:
        gaps.append("a traceback instead of an `error: …` line saying what to do")
    elif not any(word in result.stderr for word in words):
        gaps.append(f"no message naming the cause ({' / '.join(words)})")
    return gaps


@pytest.mark.parametrize("what", ["file", "filesystem"])
def test_a_read_only_database_is_refused_and_loses_nothing(fleet, vigie, smtp, tmp_path, what):
    inbox, port, _ = smtp
    changed = [2, 5, 11]
    fleet.prepare(vigie, port, changed)
    before = versions(vigie.db)
    (checks,) = query(vigie.db, "SELECT COUNT(*) FROM checks")

    def refused_and_unchanged(target: Vigie, immutable: bool = False) -> subprocess.CompletedProcess:
        refused = target(*FAST, "run", check=False)
        assert refused.returncode != 0, refused.stdout
        assert versions(target.db, immutable) == before
        assert query(target.db, "SELECT COUNT(*) FROM checks", immutable) == [checks]
        assert inbox.messages == []
        return refused

    def completed_once_writable(target: Vigie) -> None:
        target(*FAST, "run")  # the same cycle, whole
        assert_sound(target.db)
        assert_complete(target.db, inbox, changed)

    if what == "file":
        with read_only(vigie.db):
            refused = refused_and_unchanged(vigie)
        completed_once_writable(vigie)
    else:
        folder = tmp_path / "ro"
        with tmpfs(folder, 16 << 20):
            shutil.copy(vigie.db, folder / "vigie.db")
            remount(folder, "ro")
            on_tmpfs = Vigie(folder / "vigie.db", vigie.watchlist)
            refused = refused_and_unchanged(on_tmpfs, immutable=True)
            remount(folder, "rw")
            completed_once_writable(on_tmpfs)
    gaps = product_gaps(refused, ("read-only", "readonly"))
    assert not gaps, "a read-only database must be a clear error: " + "; ".join(gaps)


def test_a_full_disk_mid_cycle_loses_nothing_and_the_next_run_completes(fleet, vigie, smtp, tmp_path):
    inbox, port, _ = smtp
    changed = list(range(0, WATCHES, 2))
    # Incompressible pages, so that the disk fills after a few of them.
    filler = "".join(f"<p>{random.Random(n).randbytes(48).hex()}</p>" for n in range(200))
    fleet.prepare(vigie, port, changed, filler)
    disk = tmp_path / "disk"
    with tmpfs(disk, vigie.db.stat().st_size + ROOM):
        shutil.copy(vigie.db, disk / "vigie.db")
        full = Vigie(disk / "vigie.db", vigie.watchlist)
        before = versions(full.db)
        filled = full(*FAST, "run", check=False)
        assert_sound(full.db)
        partial = versions(full.db)
        assert before <= partial and len(partial) < len(before) + len(changed), "the disk never filled"
        print(f"full disk: {len(partial) - len(before)} of {len(changed)} new versions recorded, "
              f"{len(inbox.messages)} alerts sent, exit {filled.returncode}")

        remount(disk, "size=64m")  # space freed
        full(*FAST, "run")
        assert_sound(full.db)
        assert partial <= versions(full.db)
        twice = {name for name, count in alerts_by_platform(inbox).items() if count > 1}
        assert len(twice) <= 1, "more than the one alert a failed mark can repeat"
        assert_complete(full.db, inbox, changed, duplicated=twice)
    gaps = product_gaps(filled, ("disk is full", "no space"))
    if twice:
        gaps.append(f"alert(s) sent twice ({', '.join(sorted(twice))}): sent, then not markable on the full disk")
    assert not gaps, "a full disk must be a clear error, and cost no duplicate: " + "; ".join(gaps)
