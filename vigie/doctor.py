"""`vigie doctor`: is this installation able to do its job? Each finding says what to do.

Checks, in the order a new user trips over them: the configuration, the
database (opens, intact, writable, room left, who holds the lock), the
channels (can their servers be reached), and the watched hosts (DNS and TCP).
Network checks connect and hang up: no request is sent to any platform.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from watchers.catalogue.watchlist import ConfigError, Watchlist
from watchers.page.targets import private_allowed, resolved_problem
from watchers.store.lock import lock_path, shard_crawls
from watchers.store.schema import MIGRATIONS

LOW_DISK = 200 * 1024 * 1024  # a few months of raw pages for the whole catalogue
TIMEOUT = 5.0


@dataclass(frozen=True)
class Finding:
    level: str  # ok | warn | fail
    area: str
    message: str


def check_config(load) -> tuple[list[Finding], Watchlist | None]:
    try:
        watchlist = load()
    except ConfigError as error:
        return [Finding("fail", "config", f"{error} — fix the file, then run `vigie doctor` again")], None
    platforms = {w.platform for w in watchlist.watches}
    source = "the bundled catalogue" if watchlist.source == "catalogue" else watchlist.source
    return [Finding("ok", "config", f"{len(watchlist.watches)} watches on {len(platforms)} platforms, "
                                    f"{len(watchlist.channels)} channel(s), from {source}")], watchlist


def check_database(db: str) -> list[Finding]:
    path = Path(db)
    if not path.exists():
        folder = path.parent if str(path.parent) else Path(".")
        if not os.access(folder, os.W_OK):
            return [Finding("fail", "database", f"{path} does not exist and {folder} is not writable: "
                                                "choose another --db / VIGIE_DB")]
        return [Finding("warn", "database", f"{path} does not exist yet; the first `vigie run` creates it")]
    findings = []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as conn:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            versions = conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
            schema = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.Error as error:
        return [Finding("fail", "database", f"{path} cannot be read: {error}. Is it a Vigie database? "
                                            "Restore it from a backup or point --db elsewhere")]
    if schema and int(schema[0]) > len(MIGRATIONS):
        findings.append(Finding("fail", "database", f"{path} was written by a newer Vigie (schema {schema[0]}; "
                                                    f"this Vigie knows {len(MIGRATIONS)}): upgrade Vigie "
                                                    "(pip install -U vigie-policy)"))
    if verdict != "ok":
        findings.append(Finding("fail", "database", f"{path} is damaged ({verdict}): restore a backup, or "
                                                    f"`sqlite3 {path} .recover` into a new file"))
    else:
        findings.append(Finding("ok", "database", f"{path}: intact, {versions} versions, journal {mode}"))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        findings.append(Finding("fail", "database", f"{path} or its folder is read-only for this user: "
                                                    "crawls cannot record anything; fix the permissions"))
    free = shutil.disk_usage(path.parent).free
    if free < LOW_DISK:
        findings.append(Finding("warn", "database", f"only {free // 2**20} MB free beside {path}: "
                                                    "free some space before the disk fills"))
    findings.extend(_lock_holder(path))
    return findings


def _lock_holder(db: Path) -> list[Finding]:
    import fcntl

    lock = lock_path(db)
    if not lock.exists():
        return []
    with open(lock, "rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            holders = [json.loads(handle.read() or b"{}")]
        else:
            holders = shard_crawls(db)  # they share the lock, and sign their shards' own
    return [Finding("ok", "database", f"in use by `vigie {holder.get('command', '?')}` "
                                      f"(pid {holder.get('pid', '?')}) since {holder.get('since', '?')}")
            for holder in holders]


def check_watches(watchlist: Watchlist, settings=None) -> list[Finding]:
    """What would keep the watches from doing their job, though the file is valid."""
    from crawler.browser import unavailable
    from crawler.runner import project_settings

    findings = []
    browser = [w for w in watchlist.watches if w.render == "browser"]
    problem = unavailable(settings or project_settings("vigie.db", None)) if browser else None
    if problem:
        findings.append(Finding("warn", "watches", f"{len(browser)} of {len(watchlist.watches)} watches need a "
                                                   f"browser and would be skipped: {problem.removeprefix('not rendered: ')}"))
    if not watchlist.channels:
        findings.append(Finding("warn", "channels", "no [[channel]] is configured: changes are recorded but no alert "
                                                    "reaches anyone; add one to your watchlist (README, Alerts)"))
    with_credentials = [w.id for w in watchlist.watches if "@" in urlsplit(w.url).netloc]
    if with_credentials:
        findings.append(Finding("warn", "watches", f"{', '.join(with_credentials[:3])}: a user name and password "
                                                   "in the URL; they are masked when shown, but policies are public "
                                                   "pages: remove them from the URL"))
    return findings


def check_channels(watchlist: Watchlist) -> list[Finding]:
    findings = []
    for channel in watchlist.channels:
        for service in channel.services():
            target = endpoint(service)
            where = service.url(privacy=True)
            if target is None:
                findings.append(Finding("ok", "channel", f"{channel.name}: {where} (apprise knows its endpoint; "
                                                         f"try `vigie channels test {channel.name}`)"))
                continue
            error = reach(*target)
            findings.append(Finding("fail" if error else "ok", "channel",
                                    f"{channel.name}: {target[0]}:{target[1]} "
                                    + (f"unreachable: {error}; check the URL, the server and the firewall"
                                       if error else "reachable")))
    return findings


def endpoint(service) -> tuple[str, int] | None:
    """The server an apprise service talks to, when it can be told without sending."""
    if getattr(service, "smtp_host", None):
        return service.smtp_host, int(service.port or 25)
    fixed = getattr(type(service), "notify_url", None)
    if isinstance(fixed, str) and fixed.startswith("http"):
        parts = urlsplit(fixed)
        return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    host = getattr(service, "host", None)
    if host and ("." in host or host == "localhost"):
        return host, int(service.port or (443 if service.secure else 80))
    return None


def check_hosts(watchlist: Watchlist) -> list[Finding]:
    hosts: dict[tuple[str, int], list[str]] = {}
    for watch in watchlist.watches:
        parts = urlsplit(watch.url)
        hosts.setdefault((parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)), []).append(watch.id)
    with ThreadPoolExecutor(max_workers=8) as pool:
        errors = dict(zip(hosts, pool.map(lambda target: reach(*target), hosts)))
    reachable = sum(1 for error in errors.values() if error is None)
    if reachable == 0 and len(hosts) > 3:  # one cause, not one line per host
        (host, port), error = next(iter(sorted(errors.items())))
        return [Finding("fail", "network", f"none of the {len(hosts)} watched hosts can be reached (e.g. "
                                           f"{host}:{port}: {error}): check this machine's network, DNS and proxy")]
    findings = []
    for (host, port), watch_ids in sorted(hosts.items()):
        error = errors[(host, port)]
        unsafe = resolved_problem(host, port, private_allowed(any(
            w.allow_private for w in watchlist.watches if w.id in watch_ids)))
        if unsafe:
            findings.append(Finding("fail", "network", f"{host} is not fetched for {', '.join(watch_ids[:3])}: "
                                                       f"{unsafe}"))
        if error:
            sample = ", ".join(watch_ids[:3]) + (" …" if len(watch_ids) > 3 else "")
            findings.append(Finding("fail", "network", f"{host}:{port} unreachable ({error}) for {sample}: "
                                                       "check DNS, proxy and firewall from this machine"))
    findings.append(Finding("ok" if reachable == len(hosts) else "warn", "network",
                            f"{reachable} of {len(hosts)} watched hosts reachable"))
    return findings


def reach(host: str, port: int) -> str | None:
    """None if a TCP connection opens, else why not."""
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT):
            return None
    except socket.gaierror:
        return "name does not resolve"
    except TimeoutError:
        return f"no answer within {TIMEOUT:.0f}s"
    except OSError as error:
        return error.strerror or str(error)


def diagnose(load, db: str, network: bool = True, settings=None) -> list[Finding]:
    findings, watchlist = check_config(load)
    if watchlist is not None:
        findings += check_watches(watchlist, settings)
    findings += check_database(db)
    if watchlist is not None and network:
        findings += check_channels(watchlist) + check_hosts(watchlist)
    return findings
