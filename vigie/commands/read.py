"""Commands that read: the watchlist, the catalogue, status, versions, changes, diffs, health."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from vigie.context import Context, echo_json, no_versions
from watchers.catalogue.watchlist import Watchlist, format_duration, load_watchlist, parse_duration
from watchers.page.targets import masked
from watchers.store.overview import status as watch_status
from watchers.terminal import printable


@click.command()
@click.option("--json", "as_json", is_flag=True, help="JSON, in the watchlist's field names.")
@click.pass_obj
def watches(obj: Context, as_json: bool):
    """List the watches (bundled catalogue plus your watchlist)."""
    watchlist = obj.watchlist()
    if as_json:
        echo_json([w.as_toml_dict() for w in watchlist.watches])
        return
    from watchers.catalogue.bundles import group_by_platform, section

    for number, bundle in enumerate(group_by_platform(watchlist.watches)):
        count = len(bundle.watches)
        click.echo(("\n" if number else "") + click.style(printable(bundle.platform, lines=False), bold=True)
                   + f" ({count} watch{'es' if count != 1 else ''})")
        for w in bundle.watches:
            click.echo(printable(f"  {w.id:<40} {section(w):<16} {w.locale:<6} every {format_duration(w.every):<4} "
                                 f"{masked(w.url)}",
                                 lines=False))


@click.group()
def catalogue():
    """The bundled catalogue of watches."""


@catalogue.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def catalogue_check(paths: tuple[Path, ...]):
    """Check the catalogue beyond field validation (default: the bundled one).

    PATHS are catalogue TOML files or folders of them.
    """
    from watchers.catalogue.check import bundled_sources, check_sources, read_sources

    result = check_sources(read_sources(paths) if paths else bundled_sources())
    if result.ok:
        click.echo(f"{len(result.watches)} watches, {len(result.platforms)} platforms, OK")
        return
    for problem in result.problems:
        click.echo(problem, err=True)
    click.echo(f"{len(result.problems)} problem(s): fix the fields named above.", err=True)
    raise click.exceptions.Exit(2)


@catalogue.command("probe")
@click.option("--platform", "platforms", multiple=True, metavar="P",
              help="Only the watches of this platform (repeatable; any case).")
@click.option("--watch", "watch_ids", multiple=True, metavar="ID", help="Only this watch (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="A list of per-watch objects (fields: docs/catalogue.md).")
@click.pass_obj
def catalogue_probe(obj: Context, platforms: tuple[str, ...], watch_ids: tuple[str, ...], as_json: bool):
    """Fetch each watch once, politely, and say whether it still reads its page.

    Nothing is recorded and no database is needed. Exit 1 when a watch is broken."""
    from watchers.catalogue.probe import SelectionError, exit_code, lines, select

    watchlist = obj.watchlist()
    try:
        chosen = select(watchlist.watches, platforms, watch_ids)
    except SelectionError as error:
        raise click.UsageError(str(error)) from None
    from crawler.probe import probe
    from crawler.runner import Interrupted

    try:
        reports = probe(obj.settings(), watchlist, chosen)
    except Interrupted:
        click.echo("Stopped by a signal; nothing was recorded. Run the probe again.", err=True)
        raise click.exceptions.Exit(1) from None
    if as_json:
        echo_json([report.as_json() for report in reports])
    else:
        click.echo("\n".join(printable(line, lines=False) for line in lines(reports)))
    raise click.exceptions.Exit(exit_code(reports))


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def status(obj: Context, as_json: bool):
    """Per watch: last check, outcome, versions, last change, failures, next check."""
    from watchers.record import jitter

    watchlist = obj.watchlist()
    store = obj.existing_store()
    rows = watch_status(store, [w.id for w in watchlist.watches])
    for row, watch in zip(rows, watchlist.watches):
        # As watchers.record.next_due, from the last check already read (not one query a watch).
        row["next_check"] = (None if row["last_check"] is None  # never checked: due now
                             else (datetime.fromisoformat(row["last_check"]) + watch.every - jitter(watch))
                             .isoformat(timespec="seconds"))
    if as_json:
        echo_json(rows)
        return
    width = max((len(r["watch"]) for r in rows), default=5)
    lines = [f"{'WATCH':<{width}}  {'LAST CHECK':<16}  {'OUTCOME':<12}  VERSIONS  {'LAST CHANGE':<16}  "
             f"{'NEXT CHECK':<16}  FAILURES"]
    for r in rows:
        failing = f"{r['consecutive_failures']} since {_minute(r['failing_since'])}" if r["consecutive_failures"] else "0"
        lines.append(f"{r['watch']:<{width}}  {_minute(r['last_check']) or 'never':<16}  {r['outcome'] or '-':<12}  "
                     f"{r['versions']:>8}  {_minute(r['last_change']) or '-':<16}  "
                     f"{_minute(r['next_check']) or 'now':<16}  {failing}")
        if r["outcome"] in ("blocked", "error", "skipped"):
            lines.append(f"{'':<{width}}  ↳ {printable(r['reason'] or '', lines=False)}")
    click.echo("\n".join(lines))  # one write: click.echo per line is a tenth of a second at 10,000 watches
    deliveries = store.delivery_summary()
    if deliveries:
        click.echo("\nDELIVERIES")
        for d in deliveries:
            line = f"  {d['channel']}: {d['sent']} sent, {d['pending']} pending"
            click.echo(line + (f" (last error: {printable(d['last_error'], lines=False)})" if d["last_error"] else ""))


def _minute(stamp: str | None) -> str:
    """An ISO time to the minute, UTC as stored ("2026-12-03 04:27"): the table's width."""
    return stamp[:16].replace("T", " ") if stamp else ""


@click.command()
@click.argument("watch_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def history(obj: Context, watch_id: str, as_json: bool):
    """The versions of a watch, oldest first."""
    versions = obj.existing_store().versions(watch_id)
    if not versions and not as_json:
        no_versions(watch_id)
    rows = [{"version": v.number, "captured_at": v.captured_at, "sha256": v.sha256, "chars": v.chars}
            for v in versions]
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(f"v{row['version']:<4} {row['captured_at']}  {row['chars']:>8} chars  {row['sha256'][:12]}")


@click.command()
@click.argument("watch_id")
@click.option("--version", "number", type=int, help="Version number (default: the latest).")
@click.pass_obj
def show(obj: Context, watch_id: str, number: int | None):
    """Print the normalised text of a version."""
    version = obj.existing_store().version(watch_id, number)
    if version is None:
        no_versions(watch_id, number)
    click.echo(printable(version.text))


SEVERITY_ORDER = ("high", "medium", "low", "noise")
SEVERITY_COLOURS = {"high": "red", "medium": "yellow", "low": "cyan", "noise": "bright_black"}


def parse_since(value: str | None) -> str | None:
    """'7d' / '12h' / '2w' ago, or an ISO date, as an ISO timestamp to compare with."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return (datetime.now(timezone.utc) - parse_duration(value)).isoformat(timespec="seconds")
    except ValueError as error:
        raise click.BadParameter(f"{error}: expected a duration like 7d or a date like 2026-11-01",
                                 param_hint="--since") from None


@click.command()
@click.option("--since", help="Only changes detected since: 7d, 12h, 2w, or a date like 2026-11-01.")
@click.option("--watch", "watch_id", metavar="ID", help="Only this watch.")
@click.option("--severity", type=click.Choice(SEVERITY_ORDER), help="Minimum severity.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def changes(obj: Context, since: str | None, watch_id: str | None, severity: str | None, as_json: bool):
    """Classified changes, oldest first."""
    levels = SEVERITY_ORDER[: SEVERITY_ORDER.index(severity) + 1] if severity else None
    rows = obj.existing_store().changes(since=parse_since(since), watch_id=watch_id, severities=levels)
    if as_json:
        echo_json([{"watch": r["watch_id"], "from_version": r["from_version"], "to_version": r["to_version"],
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
        click.echo(f"    {printable(row['summary'], lines=False)}")
        if excerpts and row["severity"] != "noise":
            for excerpt in row["excerpts"]:
                click.echo(f"    [{excerpt['flag']}]")
                if excerpt["before"]:
                    click.echo(click.style(f"      - {printable(excerpt['before'], lines=False)}", fg="red"))
                if excerpt["after"]:
                    click.echo(click.style(f"      + {printable(excerpt['after'], lines=False)}", fg="green"))


@click.command()
@click.argument("watch_id")
@click.option("--from", "old", type=int, help="Version to compare from (default: the one before --to).")
@click.option("--to", "new", type=int, help="Version to compare to (default: the latest).")
@click.pass_obj
def diff(obj: Context, watch_id: str, old: int | None, new: int | None):
    """A readable diff between two versions (colours on a terminal)."""
    from watchers.meaning.differ import diff as diff_texts
    from watchers.meaning.difftext import format_hunks

    store = obj.existing_store()
    after = store.version(watch_id, new)
    if after is None:
        no_versions(watch_id, new)
    before = store.version(watch_id, old if old is not None else after.number - 1)
    if before is None:
        no_versions(watch_id, old if old is not None else after.number - 1)
    click.echo(f"{watch_id}: version {before.number} ({before.captured_at}) → version {after.number} "
               f"({after.captured_at})")
    hunks = diff_texts(before.text, after.text)
    click.echo(format_hunks(hunks, color=sys.stdout.isatty()) if hunks else "The texts are identical.")


@click.command()
@click.option("--offline", is_flag=True, help="Skip the network checks (channels and watched hosts).")
@click.pass_obj
def doctor(obj: Context, offline: bool):
    """Check the configuration, the database, the channels and the network; say what to fix."""
    from vigie.doctor import diagnose

    def load() -> Watchlist:
        return load_watchlist(obj.watchlist_path)

    findings = diagnose(load, obj.db, network=not offline, settings=obj.settings())
    marks = {"ok": "ok  ", "warn": click.style("warn", fg="yellow"), "fail": click.style("FAIL", fg="red")}
    for finding in findings:
        click.echo(f"{marks[finding.level]}  {finding.area:<9} {finding.message}")
    failed = sum(f.level == "fail" for f in findings)
    warned = sum(f.level == "warn" for f in findings)
    if failed:
        click.echo(f"{failed} problem(s) to fix" + (f", and {warned} warning(s)." if warned else "."))
    elif warned:
        click.echo(f"Vigie can run, but read the {warned} warning(s) above.")
    else:
        click.echo("Everything Vigie needs is in order.")
    if failed:
        raise click.exceptions.Exit(1)
