"""What every command gets: the global options, and how to open what they name."""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click

from watchers.catalogue.watchlist import ConfigError, Watchlist, load_watchlist
from watchers.store.db import NewerSchema, Store


@dataclass
class Context:
    db: str
    watchlist_path: Path | None
    overrides: dict[str, str] = field(default_factory=dict)
    verbose: bool = False
    quiet: bool = False

    def watchlist(self) -> Watchlist:
        try:
            return load_watchlist(self.watchlist_path)
        except ConfigError as error:
            raise click.exceptions.Exit(config_error(error)) from None

    def store(self) -> Store:
        try:
            return Store(self.db)
        except NewerSchema as error:
            click.echo(f"error: {error}", err=True)
            raise click.exceptions.Exit(2) from None
        except (sqlite3.Error, OSError) as error:  # unreadable, not a database, read-only…
            click.echo(f"error: cannot open the database {self.db}: {error}. "
                       "Check --db / VIGIE_DB.", err=True)
            raise click.exceptions.Exit(1) from None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A database that cannot be written (read-only, full disk) ends the command with
        one line saying so and what to do, exit 1; what was recorded before stays."""
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            click.echo(f"error: {storage_problem(self.db, error)}", err=True)
            raise click.exceptions.Exit(1) from None

    def existing_store(self) -> Store:
        """The store, for commands that only read: opening a missing file would create
        an empty database and render an empty report."""
        if not Path(self.db).is_file():
            click.echo(f"error: no database at {self.db} (a mistyped --db or VIGIE_DB?). Point --db at an "
                       "existing one, or create it with `vigie crawl` or `vigie run`.", err=True)
            raise click.exceptions.Exit(2)
        return self.store()

    def settings(self):
        from crawler.runner import project_settings
        overrides = dict(self.overrides)
        # Scrapy's warnings are for whoever debugs a crawl (-v); a check's outcome says what happened.
        overrides.setdefault("LOG_LEVEL", "INFO" if self.verbose else "ERROR")
        return project_settings(self.db, str(self.watchlist_path) if self.watchlist_path else None,
                                overrides)


def config_error(error: ConfigError) -> int:
    click.echo(f"configuration error: {error}", err=True)
    return 2


def no_versions(watch_id: str, number: int | None = None) -> None:
    what = f"version {number} of {watch_id}" if number else f"version of {watch_id}"
    click.echo(f"error: no {what} recorded yet; see `vigie status` and `vigie history {watch_id}`.", err=True)
    raise click.exceptions.Exit(1)


def echo_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def storage_problem(db: str, error: Exception) -> str:
    text = str(error)
    code = getattr(error, "errno", None)
    sqlite_code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF  # primary code
    if code == errno.ENOSPC or sqlite_code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return (f"the disk is full where {db} lives ({text}). Free some space and run again: "
                "everything recorded so far is kept, and the next run does the rest.")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or sqlite_code == sqlite3.SQLITE_READONLY \
            or "readonly" in text:
        return (f"{db} is read-only for this user ({text}). Fix the permissions of the file and its "
                "folder (the lock and journal files go beside it), or point --db elsewhere; nothing was changed.")
    return f"cannot use the database {db}: {text}. Check --db / VIGIE_DB, the file and its folder."
