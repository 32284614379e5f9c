"""The `vigie` command: parse, call one library function, print.

Exit codes: 0 success (blocked pages are reported, not fatal); 2 usage or
configuration error; 1 anything else.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import click

from vigie.commands import cycle, publish, read, stance
from vigie.context import Context
from watchers.store.lock import Busy

DEFAULT_WATCHLIST = Path("vigie.toml")


def _parse_set(ctx, param, values: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE, e.g. DOWNLOAD_TIMEOUT=10")
        problem = setting_problem(name.strip(), value)
        if problem:
            raise click.BadParameter(f"{item!r}: {problem}")
        overrides[name.strip()] = value
    return overrides


def setting_problem(name: str, value: str) -> str | None:
    """Why `value` cannot be this setting, judged by the type of its default (Vigie's
    crawler settings, then Scrapy's), or None: Scrapy would only fail mid-crawl."""
    from scrapy.settings import default_settings

    from crawler import settings as ours

    default = getattr(ours, name, getattr(default_settings, name, None))
    if isinstance(default, bool):
        if value.strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
            return "expected true or false"
    elif isinstance(default, (int, float)):
        try:
            number = float(value)
        except ValueError:
            return f"expected a number, like its default {default}"
        # Scrapy reads durations as floats and counts and sizes as integers.
        whole = isinstance(default, int) and not name.endswith(("TIMEOUT", "DELAY", "SETTLE", "_BASE"))
        if not 0 <= number < 10**9 or (whole and not number.is_integer()):
            return f"expected a {'whole ' if whole else ''}number from 0, like its default {default}"
    return None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vigie-policy")
@click.option("--db", envvar="VIGIE_DB", default="vigie.db", show_default=True,
              help="SQLite database (env VIGIE_DB).")
@click.option("--watchlist", type=click.Path(dir_okay=False, path_type=Path),
              help="Watchlist TOML (default: ./vigie.toml if present, plus the bundled catalogue).")
@click.option("--set", "overrides", multiple=True, callback=_parse_set, metavar="NAME=VALUE",
              help="Override a Scrapy/Vigie setting, e.g. --set DOWNLOAD_TIMEOUT=10.")
@click.option("-v", "--verbose", is_flag=True, help="Log what the crawler does.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print only what matters (new versions, changes, failures, deliveries): for cron.")
@click.pass_context
def cli(ctx, db, watchlist, overrides, verbose, quiet):
    """Vigie watches privacy policies, AI-training notices and opt-out pages."""
    if watchlist is None and DEFAULT_WATCHLIST.is_file():
        watchlist = DEFAULT_WATCHLIST
    if not verbose:  # libraries' deprecation warnings are for developers: -v shows them
        warnings.simplefilter("ignore")
    ctx.obj = Context(db, watchlist, overrides, verbose, quiet)


for command in (cycle.crawl, cycle.run_cycle, cycle.schedule, cycle.notify, cycle.channels,
                read.watches, read.catalogue, read.status, read.history, read.show, read.changes,
                read.diff, read.doctor, stance.stance,
                publish.demo, publish.report, publish.site_command, publish.export_command,
                publish.import_group):
    cli.add_command(command)


def main() -> None:
    try:
        cli()
    except Busy as busy:  # another process holds the database: say who, exit 1
        click.echo(f"error: {busy}", err=True)
        sys.exit(1)
    except Exception as error:
        # Only a crawl raises Interrupted, and it imports the crawler first: importing it
        # (Scrapy, a third of a second) just to name the exception would slow every command.
        runner = sys.modules.get("crawler.runner")
        if runner is None or not isinstance(error, runner.Interrupted):
            raise
        click.echo("Stopped by a signal. Every check made so far is recorded; "
                   "the next run does the rest and sends what is pending.", err=True)
        sys.exit(1)
