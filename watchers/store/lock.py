"""One writer at a time, or one per shard: locks beside the database.

Two crawls on one database would fetch every page twice and could send an
alert twice, so `vigie crawl`, `run`, `notify` and the spider (under Scrapyd)
take `<db>.lock` first, exclusively (`vigie schedule` holds it for the cycles
it starts). A shard crawl (`--shard K/N`, docs/scale.md) fetches only its own
watches, so shard crawls may share the database: each holds `<db>.lock` shared
and its shard's `<db>.shard-K-of-N.lock` exclusively. Shard crawls run side by
side; a second crawl of one shard is refused, so is a crawl split another way
(another N); a whole-database crawl, run or notify never runs beside any of them.

The locks are OS advisory locks (flock), which the kernel drops when their
process dies however it dies: a lock left by a killed process is never stale,
and nothing has to be cleaned up by hand. flock is per host: processes on
other machines do not see it. Each file also says who holds it, for the
message the refused process prints.
"""

from __future__ import annotations

import fcntl
import glob
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from watchers.store.shards import Shard

# Locks this process holds, so that the spider inside `vigie run` or
# `vigie crawl --shard` does not refuse its own parent.
_held: set[Path] = set()
# What shard crawls write into `<db>.lock`, which they share: the refused
# process then looks for them in their shard locks.
SHARED_BY_SHARDS = {"shared": "shards"}


class Busy(Exception):
    """Another process holds the lock; the message says which and what to do."""


def lock_path(db: str | Path) -> Path:
    """The lock beside the database file itself: through a symlink or another
    spelling of its path, two processes still meet on one lock."""
    return Path(str(Path(db).resolve()) + ".lock")


def shard_lock_path(db: str | Path, shard: Shard) -> Path:
    return Path(str(Path(db).resolve()) + f".shard-{shard.number}-of-{shard.count}.lock")


@contextmanager
def exclusive(db: str | Path, command: str) -> Iterator[None]:
    """Hold the database's lock alone for the duration, or raise Busy at once."""
    with _holding(lock_path(db), fcntl.LOCK_EX, db, command):
        yield


@contextmanager
def shard_of_database(db: str | Path, shard: Shard, command: str) -> Iterator[None]:
    """Hold the database's lock shared and the shard's alone, or raise Busy at once."""
    with _holding(lock_path(db), fcntl.LOCK_SH, db, command), \
            _holding(shard_lock_path(db, shard), fcntl.LOCK_EX, db, command, shard):
        # Crawls split another way (1/3 beside 1/2) would fetch some watches twice.
        # Each signs its shard lock before it looks, so of two that start together,
        # the second to look sees the first.
        split_otherwise = [holder for path, holder in _signed_shard_locks(db) if holder.get("pid") != os.getpid()
                           and not str(holder.get("shard", "")).endswith(f"/{shard.count}") and _held_now(path)]
        if split_otherwise:
            raise Busy(_busy_message(db, split_otherwise, None))
        yield


@contextmanager
def holding(db: str | Path, command: str, shard: Shard | None) -> Iterator[None]:
    """The locks a crawl of `shard` (None: of the whole database) needs."""
    with shard_of_database(db, shard, command) if shard else exclusive(db, command):
        yield


@contextmanager
def _holding(path: Path, mode: int, db: str | Path, command: str,
             shard: Shard | None = None) -> Iterator[None]:
    path = path.resolve()
    if path in _held:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if _acquire(fd, mode, db, shard):
            _sign(fd, SHARED_BY_SHARDS if mode == fcntl.LOCK_SH else _holder_now(command, shard))
        _held.add(path)
        try:
            yield
        finally:
            _held.discard(path)
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _acquire(fd: int, mode: int, db: str | Path, shard: Shard | None) -> bool:
    """True if this process now holds the lock; False if its parent `vigie schedule`
    holds it on its behalf; Busy if anyone else does."""
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        holder = _holder(os.pread(fd, 4096, 0))
    if holder.get("command") == "schedule" and holder.get("pid") == os.getppid():
        return False
    holders = shard_crawls(db) if holder == SHARED_BY_SHARDS else [holder]
    raise Busy(_busy_message(db, holders, shard))


def _holder_now(command: str, shard: Shard | None) -> dict:
    holder = {"pid": os.getpid(), "command": command,
              "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    return {**holder, "shard": str(shard)} if shard else holder


def _sign(fd: int, holder: dict) -> None:
    # Shard crawls sign the shared lock with the same bytes, so their writes
    # may interleave without garbling it.
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(holder).encode(), 0)


def _holder(content: bytes) -> dict:
    try:
        holder = json.loads(content)
    except ValueError:
        return {}
    return holder if isinstance(holder, dict) else {}


def shard_crawls(db: str | Path) -> list[dict]:
    """Who crawls shards of the database, by their signatures: for messages and `vigie
    doctor`, which would also name a process that took the pid of an ended crawl."""
    return [holder for _, holder in _signed_shard_locks(db)]


def _signed_shard_locks(db: str | Path) -> list[tuple[Path, dict]]:
    """The shard locks signed by processes still alive (a shard lock file stays
    behind its crawl, signed by it, like the database's)."""
    base = glob.escape(lock_path(db).name.removesuffix(".lock"))
    signed = [(path, _holder(path.read_bytes())) for path in sorted(lock_path(db).parent.glob(f"{base}.shard-*.lock"))]
    return [(path, holder) for path, holder in signed if _alive(holder.get("pid"))]


def _held_now(path: Path) -> bool:
    """Whether a crawl holds this shard lock now, not only a live process that once
    did (pids are reused): a lock nobody holds can be taken, and is given back at once."""
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _alive(pid) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, run by another user
        return True
    return True


def _busy_message(db: str | Path, holders: list[dict], shard: Shard | None) -> str:
    named = [f"`vigie {h['command']}` (pid {h['pid']}, since {h['since']})"
             for h in holders if {"command", "pid", "since"} <= h.keys()]
    who = " and ".join(named) or "another vigie process"
    where = f"shard {shard} of {db}" if shard else str(db)
    return (f"{who} {'are' if len(named) > 1 else 'is'} already working on {where}; wait for it to finish, "
            "or stop it. Only one crawl, run or notify at a time may use a database, or one crawl per "
            "shard (--shard K/N, the same N for all) at a time.")
