"""One writer at a time: an exclusive lock beside the database.

Two crawls on one database would fetch every page twice and could send an
alert twice, so `vigie crawl`, `run`, `notify` and the spider (under Scrapyd)
take `<db>.lock` first (`vigie schedule` holds it for the cycles it starts).
The lock is an OS advisory lock (flock), which the
kernel drops when its process dies however it dies: a lock left by a killed
process is never stale, and nothing has to be cleaned up by hand. The file
also says who holds it, for the message the second process prints.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

# Locks this process holds, so that the spider inside `vigie run` does not
# refuse its own parent.
_held: set[Path] = set()


class Busy(Exception):
    """Another process holds the lock; the message says which and what to do."""


def lock_path(db: str | Path) -> Path:
    """The lock beside the database file itself: through a symlink or another
    spelling of its path, two processes still meet on one lock."""
    return Path(str(Path(db).resolve()) + ".lock")


@contextmanager
def exclusive(db: str | Path, command: str) -> Iterator[None]:
    """Hold the database's lock for the duration, or raise Busy at once."""
    path = lock_path(db).resolve()
    if path in _held:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if _acquire(fd, db):
            holder = {"pid": os.getpid(), "command": command,
                      "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(holder).encode(), 0)
        _held.add(path)
        try:
            yield
        finally:
            _held.discard(path)
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _acquire(fd: int, db: str | Path) -> bool:
    """True if this process now holds the lock; False if its parent `vigie schedule`
    holds it on its behalf; Busy if anyone else does."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        holder = _holder(os.pread(fd, 4096, 0))
    if holder.get("command") == "schedule" and holder.get("pid") == os.getppid():
        return False
    raise Busy(_busy_message(db, holder))


def _holder(content: bytes) -> dict:
    try:
        holder = json.loads(content)
    except ValueError:
        return {}
    return holder if isinstance(holder, dict) else {}


def _busy_message(db: str | Path, holder: dict) -> str:
    who = (f"`vigie {holder['command']}` (pid {holder['pid']}, since {holder['since']})"
           if {"command", "pid", "since"} <= holder.keys() else "another vigie process")
    return (f"{who} is already working on {db}; wait for it to finish, or stop it. "
            "Only one crawl, run or notify at a time may use a database.")
