"""Commands that do the work: crawl, run a cycle, schedule cycles, deliver."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import click

from vigie.context import Context
from watchers.catalogue.watchlist import Watchlist
from watchers.store.lock import exclusive, holding
from watchers.store.shards import BadShard, Shard
from watchers.terminal import printable


def _parse_shard(ctx, param, value: str | None) -> Shard | None:
    try:
        return Shard.parse(value) if value is not None else None
    except BadShard as error:
        raise click.BadParameter(str(error)) from None


@click.command()
@click.option("--all", "everything", is_flag=True, help="Fetch every watch, due or not.")
@click.option("--watch", "watch_ids", multiple=True, metavar="ID", help="Fetch this watch (repeatable).")
@click.option("--shard", callback=_parse_shard, metavar="K/N",
              help="Only the watches of share K of N (docs/scale.md); crawls of other shards may run beside it.")
@click.pass_obj
def crawl(obj: Context, everything: bool, watch_ids: tuple[str, ...], shard: Shard | None):
    """Fetch the due watches (or all, or the named ones) once."""
    watchlist = obj.watchlist()
    unknown = [i for i in watch_ids if i not in {w.id for w in watchlist.watches}]
    if unknown:
        raise click.UsageError(f"unknown watch id(s): {', '.join(unknown)}; see `vigie watches`")
    with obj.writing(), holding(obj.db, f"crawl --shard {shard}" if shard else "crawl", shard):
        crawl_and_print(obj, watchlist, watch=list(watch_ids), all=everything, shard=shard)


@click.command("run")
@click.pass_obj
def run_cycle(obj: Context):
    """One full cycle: crawl the due watches, record changes, deliver due alerts and digests.

    The entry point for cron and systemd timers; refuses to run beside another."""
    watchlist = obj.watchlist()
    with obj.writing(), exclusive(obj.db, "run"):
        crawl_and_print(obj, watchlist)
        report = deliver(obj, watchlist)
    print_deliveries(report, quiet=obj.quiet)
    if any(row["result"].startswith("failed") for row in report):
        raise click.exceptions.Exit(1)


@click.command()
@click.pass_obj
def schedule(obj: Context):
    """Run cycles forever: each watch on its interval, digests on their calendar.

    Each cycle is a `vigie run` subprocess; between cycles it sleeps until
    something is due. SIGTERM/SIGINT stop it cleanly (exit 0)."""
    from vigie.schedule import Scheduler, cycle_command

    obj.watchlist()  # refuse a bad configuration now, not at the first cycle
    global_args = ["--db", obj.db, *(["--watchlist", str(obj.watchlist_path)] if obj.watchlist_path else []),
                   *[arg for name, value in obj.overrides.items() for arg in ("--set", f"{name}={value}")],
                   *(["-v"] if obj.verbose else []), *(["-q"] if obj.quiet else [])]

    def log(message: str) -> None:
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        click.echo(f"{stamp} vigie schedule: {message}", err=True)

    with obj.writing(), exclusive(obj.db, "schedule"):
        Scheduler(cycle_command(global_args), obj.db, obj.watchlist, log).forever()


def crawl_and_print(obj: Context, watchlist: Watchlist, **spider_args) -> None:
    """Run one crawl in this process and print the checks it recorded; raise the
    storage failure (full disk, read-only file) that stopped it, if one did."""
    from crawler.pipelines import STORAGE_ERROR
    from crawler.runner import run

    store = obj.store()
    since = store.max_check_id()
    store.close()
    stats = run(obj.settings(), lambda session: session.crawl(watchlist=watchlist, **spider_args))
    store = obj.store()
    try:
        # Crawls of other shards record into the same database meanwhile: show only this one's.
        shard = spider_args.get("shard")
        print_checks([check for check in store.checks_since(since)
                      if shard is None or shard.holds(check["watch_id"])], obj.quiet)
    finally:
        store.close()
    if stats.get(STORAGE_ERROR):
        raise sqlite3.OperationalError(stats[STORAGE_ERROR])


def deliver(obj: Context, watchlist: Watchlist, dry_run: bool = False) -> list[dict]:
    from reports import alerts
    from watchers.delivery.notify import deliver_due

    store = obj.existing_store()
    try:
        return deliver_due(store, {c.name: c for c in watchlist.channels}, {w.id: w for w in watchlist.watches},
                           alerts, datetime.now(timezone.utc), dry_run=dry_run)
    finally:
        store.close()


@click.command()
@click.option("--dry-run", is_flag=True, help="Show what would go where; send nothing.")
@click.pass_obj
def notify(obj: Context, dry_run: bool):
    """Deliver pending alerts and due digests (each marked sent only once its channel accepted it)."""
    watchlist = obj.watchlist()
    if dry_run:
        report = deliver(obj, watchlist, dry_run=True)
    else:
        with obj.writing(), exclusive(obj.db, "notify"):
            report = deliver(obj, watchlist)
    print_deliveries(report, dry_run, obj.quiet)
    if any(row["result"].startswith("failed") for row in report):
        raise click.exceptions.Exit(1)


@click.group()
def channels():
    """Notification channels from your watchlist file."""


@channels.command("list")
@click.pass_obj
def channels_list(obj: Context):
    """The channels, with their language and secrets masked."""
    from reports.i18n import choose

    for channel in obj.watchlist().channels:
        click.echo(f"{channel.name:<20} {channel.mode:<9} ≥{channel.min_severity:<6} {choose(channel.lang):<3} "
                   f"{channel.safe_url}")


@channels.command("test")
@click.argument("name")
@click.pass_obj
def channels_test(obj: Context, name: str):
    """Send a test message to one channel."""
    from reports.alerts import render_test
    from watchers.delivery.notify import send

    found = {c.name: c for c in obj.watchlist().channels}
    if name not in found:
        raise click.UsageError(f"no channel named {name!r}; see `vigie channels list`")
    channel = found[name]
    error = send(channel, *render_test(channel.lang))
    if error:
        click.echo(f"error: {channel.safe_url}: {error}", err=True)
        raise click.exceptions.Exit(1)
    click.echo(f"Sent a test message to {channel.safe_url}")


def print_deliveries(report: list[dict], dry_run: bool = False, quiet: bool = False) -> None:
    if not report and not quiet:
        click.echo("Nothing to deliver.")
    for row in report:
        click.echo(printable(f"{row['channel']}  {row['what']}: {row['result']}", lines=False))
        if dry_run and "title" in row:
            click.echo(printable(f"    to {row['to']}: {row['title']}", lines=False))


# What a quiet run leaves out: checks that found what the last one found.
ROUTINE = ("unchanged", "not-modified", "skipped")


def print_checks(checks: list[dict], quiet: bool = False) -> None:
    if not checks:
        if not quiet:
            click.echo("Nothing was due. Use --all to fetch every watch now.")
        return
    width = max(len(c["watch_id"]) for c in checks)
    shown = [c for c in checks if not (quiet and c["outcome"] in ROUTINE)]
    for check in sorted(shown, key=lambda c: c["watch_id"]):
        detail = check["reason"] or ""
        if check["outcome"] in ("new", "changed", "unchanged") and check["version_number"]:
            detail = f"version {check['version_number']}"
        click.echo(printable(f"{check['watch_id']:<{width}}  {check['outcome']:<12}  {detail}".rstrip(), lines=False))
    counts: dict[str, int] = {}
    for check in checks:
        counts[check["outcome"]] = counts.get(check["outcome"], 0) + 1
    summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    click.echo(f"{len(checks)} checks: {summary}")
