"""The `vigie` command: parse, call one library function, print.

Exit codes: 0 success (blocked pages are reported, not fatal); 2 usage or
configuration error; 1 anything else.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import click

from watchers.store import Store, status as watch_status
from watchers.watchlist import ConfigError, Watchlist, format_duration, load_watchlist, parse_duration

DEFAULT_WATCHLIST = Path("vigie.toml")


@dataclass
class Context:
    db: str
    watchlist_path: Path | None
    overrides: dict[str, str] = field(default_factory=dict)
    verbose: bool = False

    def watchlist(self) -> Watchlist:
        try:
            return load_watchlist(self.watchlist_path)
        except ConfigError as error:
            raise click.exceptions.Exit(_config_error(error)) from None

    def store(self) -> Store:
        try:
            return Store(self.db)
        except (sqlite3.Error, OSError) as error:  # unreadable, not a database, read-only…
            click.echo(f"error: cannot open the database {self.db}: {error}. "
                       "Check --db / VIGIE_DB.", err=True)
            raise click.exceptions.Exit(1) from None

    def settings(self):
        from crawler.runner import project_settings
        overrides = dict(self.overrides)
        if self.verbose:
            overrides.setdefault("LOG_LEVEL", "INFO")
        return project_settings(self.db, str(self.watchlist_path) if self.watchlist_path else None,
                                overrides)


def _config_error(error: ConfigError) -> int:
    click.echo(f"configuration error: {error}", err=True)
    return 2


def _parse_set(ctx, param, values: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE, e.g. DOWNLOAD_TIMEOUT=10")
        overrides[name.strip()] = value
    return overrides


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vigie-policy")
@click.option("--db", envvar="VIGIE_DB", default="vigie.db", show_default=True,
              help="SQLite database (env VIGIE_DB).")
@click.option("--watchlist", type=click.Path(dir_okay=False, path_type=Path),
              help="Watchlist TOML (default: ./vigie.toml if present, plus the bundled catalogue).")
@click.option("--set", "overrides", multiple=True, callback=_parse_set, metavar="NAME=VALUE",
              help="Override a Scrapy/Vigie setting, e.g. --set DOWNLOAD_TIMEOUT=10.")
@click.option("-v", "--verbose", is_flag=True, help="Log what the crawler does.")
@click.pass_context
def cli(ctx, db, watchlist, overrides, verbose):
    """Vigie watches privacy policies, AI-training notices and opt-out pages."""
    if watchlist is None and DEFAULT_WATCHLIST.is_file():
        watchlist = DEFAULT_WATCHLIST
    ctx.obj = Context(db, watchlist, overrides, verbose)


@cli.command()
@click.option("--all", "everything", is_flag=True, help="Fetch every watch, due or not.")
@click.option("--watch", "watch_ids", multiple=True, metavar="ID", help="Fetch this watch (repeatable).")
@click.pass_obj
def crawl(obj: Context, everything: bool, watch_ids: tuple[str, ...]):
    """Fetch the due watches (or all, or the named ones) once."""
    from crawler.runner import crawl as run_crawl, run

    watchlist = obj.watchlist()
    unknown = [i for i in watch_ids if i not in {w.id for w in watchlist.watches}]
    if unknown:
        raise click.UsageError(f"unknown watch id(s): {', '.join(unknown)}; see `vigie watches`")
    store = obj.store()
    since = store.max_check_id()
    store.close()
    run(obj.settings(), lambda runner: run_crawl(runner, watch=list(watch_ids), all=everything,
                                                 watchlist=watchlist))
    store = obj.store()
    print_checks(store.checks_since(since))


def print_checks(checks: list[dict]) -> None:
    if not checks:
        click.echo("Nothing was due. Use --all to fetch every watch now.")
        return
    width = max(len(c["watch_id"]) for c in checks)
    for check in sorted(checks, key=lambda c: c["watch_id"]):
        detail = check["reason"] or ""
        if check["outcome"] in ("new", "changed", "unchanged") and check["version_number"]:
            detail = f"version {check['version_number']}"
        click.echo(f"{check['watch_id']:<{width}}  {check['outcome']:<12}  {detail}".rstrip())
    counts: dict[str, int] = {}
    for check in checks:
        counts[check["outcome"]] = counts.get(check["outcome"], 0) + 1
    summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    click.echo(f"{len(checks)} checks: {summary}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON, in the watchlist's field names.")
@click.pass_obj
def watches(obj: Context, as_json: bool):
    """List the watches (bundled catalogue plus your watchlist)."""
    watchlist = obj.watchlist()
    if as_json:
        _echo_json([w.as_toml_dict() for w in watchlist.watches])
        return
    by_platform: dict[str, list] = {}
    for watch in watchlist.watches:
        by_platform.setdefault(watch.platform, []).append(watch)
    for platform in sorted(by_platform, key=str.casefold):
        click.echo(click.style(platform, bold=True))
        for w in by_platform[platform]:
            click.echo(f"  {w.id:<40} {w.kind:<15} {w.locale:<6} every {format_duration(w.every):<4} {w.url}")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def status(obj: Context, as_json: bool):
    """Per watch: last check, outcome, versions, last change, failures."""
    watchlist = obj.watchlist()
    store = obj.store()
    rows = watch_status(store, [w.id for w in watchlist.watches])
    if as_json:
        _echo_json(rows)
        return
    width = max((len(r["watch"]) for r in rows), default=5)
    click.echo(f"{'WATCH':<{width}}  {'LAST CHECK':<25}  {'OUTCOME':<12}  VERSIONS  FAILURES")
    for r in rows:
        failing = f"{r['consecutive_failures']} since {r['failing_since']}" if r["consecutive_failures"] else "0"
        click.echo(f"{r['watch']:<{width}}  {r['last_check'] or 'never':<25}  {r['outcome'] or '-':<12}  "
                   f"{r['versions']:>8}  {failing}")
        if r["outcome"] in ("blocked", "error"):
            click.echo(f"{'':<{width}}  ↳ {r['reason']}")
    deliveries = store.delivery_summary()
    if deliveries:
        click.echo("\nDELIVERIES")
        for d in deliveries:
            line = f"  {d['channel']}: {d['sent']} sent, {d['pending']} pending"
            click.echo(line + (f" (last error: {d['last_error']})" if d["last_error"] else ""))


@cli.command()
@click.argument("watch_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def history(obj: Context, watch_id: str, as_json: bool):
    """The versions of a watch, oldest first."""
    versions = obj.store().versions(watch_id)
    if not versions and not as_json:
        _no_versions(watch_id)
    rows = [{"version": v.number, "captured_at": v.captured_at, "sha256": v.sha256, "chars": v.chars}
            for v in versions]
    if as_json:
        _echo_json(rows)
        return
    for row in rows:
        click.echo(f"v{row['version']:<4} {row['captured_at']}  {row['chars']:>8} chars  {row['sha256'][:12]}")


@cli.command()
@click.argument("watch_id")
@click.option("--version", "number", type=int, help="Version number (default: the latest).")
@click.pass_obj
def show(obj: Context, watch_id: str, number: int | None):
    """Print the normalised text of a version."""
    version = obj.store().version(watch_id, number)
    if version is None:
        _no_versions(watch_id, number)
    click.echo(version.text)


SEVERITY_ORDER = ("high", "medium", "low", "noise")
SEVERITY_COLOURS = {"high": "red", "medium": "yellow", "low": "cyan", "noise": "bright_black"}


def _since(value: str | None) -> str | None:
    """'7d' / '12h' / '2w' ago, or an ISO date, as an ISO timestamp to compare with."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return (datetime.now(timezone.utc) - parse_duration(value)).isoformat(timespec="seconds")
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected a duration like 7d or a date like 2026-11-01",
                                 param_hint="--since") from None


@cli.command()
@click.option("--since", help="Only changes detected since: 7d, 12h, 2w, or a date like 2026-11-01.")
@click.option("--watch", "watch_id", metavar="ID", help="Only this watch.")
@click.option("--severity", type=click.Choice(SEVERITY_ORDER), help="Minimum severity.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def changes(obj: Context, since: str | None, watch_id: str | None, severity: str | None, as_json: bool):
    """Classified changes, oldest first."""
    levels = SEVERITY_ORDER[: SEVERITY_ORDER.index(severity) + 1] if severity else None
    rows = obj.store().changes(since=_since(since), watch_id=watch_id, severities=levels)
    if as_json:
        _echo_json([{"watch": r["watch_id"], "from_version": r["from_version"], "to_version": r["to_version"],
                     "detected_at": r["detected_at"], "severity": r["severity"], "flags": r["flags"],
                     "summary": r["summary"], "excerpts": r["excerpts"], "dates": r["dates"]} for r in rows])
        return
    if not rows:
        click.echo("No changes recorded" + (" for these filters." if since or watch_id or severity else " yet."))
    print_changes(rows, excerpts=True)


def print_changes(rows: list[dict], excerpts: bool = False) -> None:
    for row in rows:
        colour = SEVERITY_COLOURS[row["severity"]]
        flags = ", ".join(row["flags"]) or "other text"
        click.echo(f"{row['detected_at'][:16]}  {row['watch_id']}  v{row['from_version']} → v{row['to_version']}  "
                   + click.style(row["severity"].upper(), fg=colour, bold=True) + f"  {flags}")
        click.echo(f"    {row['summary']}")
        if excerpts and row["severity"] != "noise":
            for excerpt in row["excerpts"]:
                click.echo(f"    [{excerpt['flag']}]")
                if excerpt["before"]:
                    click.echo(click.style(f"      - {excerpt['before']}", fg="red"))
                if excerpt["after"]:
                    click.echo(click.style(f"      + {excerpt['after']}", fg="green"))


@cli.command()
@click.argument("watch_id")
@click.option("--from", "old", type=int, help="Version to compare from (default: the one before --to).")
@click.option("--to", "new", type=int, help="Version to compare to (default: the latest).")
@click.pass_obj
def diff(obj: Context, watch_id: str, old: int | None, new: int | None):
    """A readable diff between two versions (colours on a terminal)."""
    from watchers.differ import diff as diff_texts, format_hunks

    store = obj.store()
    after = store.version(watch_id, new)
    if after is None:
        _no_versions(watch_id, new)
    before = store.version(watch_id, old if old is not None else after.number - 1)
    if before is None:
        _no_versions(watch_id, old if old is not None else after.number - 1)
    click.echo(f"{watch_id}: version {before.number} ({before.captured_at}) → version {after.number} "
               f"({after.captured_at})")
    hunks = diff_texts(before.text, after.text)
    click.echo(format_hunks(hunks, color=sys.stdout.isatty()) if hunks else "The texts are identical.")


@cli.command()
@click.option("--dry-run", is_flag=True, help="Show what would go where; send nothing.")
@click.pass_obj
def notify(obj: Context, dry_run: bool):
    """Deliver pending alerts and due digests (each marked sent only once its channel accepted it)."""
    from reports import alerts
    from watchers.notify import deliver_due

    watchlist = obj.watchlist()
    report = deliver_due(obj.store(), {c.name: c for c in watchlist.channels},
                         {w.id: w for w in watchlist.watches}, alerts,
                         datetime.now(timezone.utc), dry_run=dry_run)
    if not report:
        click.echo("Nothing to deliver.")
    for row in report:
        click.echo(f"{row['channel']}  {row['what']}: {row['result']}")
        if dry_run and "title" in row:
            click.echo(f"    to {row['to']}: {row['title']}")
    if any(row["result"].startswith("failed") for row in report):
        raise click.exceptions.Exit(1)


@cli.group()
def channels():
    """Notification channels from your watchlist file."""


@channels.command("list")
@click.pass_obj
def channels_list(obj: Context):
    """The channels, with secrets masked."""
    for channel in obj.watchlist().channels:
        click.echo(f"{channel.name:<20} {channel.mode:<9} ≥{channel.min_severity:<6} {channel.safe_url}")


@channels.command("test")
@click.argument("name")
@click.pass_obj
def channels_test(obj: Context, name: str):
    """Send a test message to one channel."""
    from watchers.notify import send

    found = {c.name: c for c in obj.watchlist().channels}
    if name not in found:
        raise click.UsageError(f"no channel named {name!r}; see `vigie channels list`")
    channel = found[name]
    error = send(channel, "[Vigie] Test message",
                 "This is a test from Vigie: this channel will receive policy-change alerts.")
    if error:
        click.echo(f"error: {channel.safe_url}: {error}", err=True)
        raise click.exceptions.Exit(1)
    click.echo(f"Sent a test message to {channel.safe_url}")


@cli.command()
@click.option("--cycles", type=click.IntRange(1, 50), default=None,
              help="How many crawl cycles to run (default: the whole sample history).")
@click.pass_obj
def demo(obj: Context, cycles: int | None):
    """Offline tour: serve sample policy histories on 127.0.0.1 and crawl them in cycles."""
    from vigie.demo.tour import run_demo

    run_demo(obj, cycles)


def _no_versions(watch_id: str, number: int | None = None) -> None:
    what = f"version {number} of {watch_id}" if number else f"version of {watch_id}"
    click.echo(f"error: no {what} recorded yet; see `vigie status` and `vigie history {watch_id}`.", err=True)
    raise click.exceptions.Exit(1)


def _echo_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def main() -> None:
    cli()
