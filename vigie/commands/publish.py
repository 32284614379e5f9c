"""Commands that write for people and other tools: the demo, reports, the site, exports, imports."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import click

from vigie.commands.read import parse_since
from vigie.context import Context, config_error
from watchers.catalogue.watchlist import ConfigError, watchlist_language


def languages(obj: Context, asked: tuple[str, ...]) -> tuple[str, ...]:
    """The languages asked for with --lang; else the watchlist's `lang`, else the environment's
    locale, else English (reports.i18n.choose). A language without a catalogue is refused."""
    from reports.i18n import choose
    from watchers.delivery.channels import known_language

    if asked:
        try:
            return tuple(known_language(lang) for lang in asked)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--lang") from None
    # Reports render from the database alone: without a watchlist file, no default from it.
    if obj.watchlist_path is None or not obj.watchlist_path.is_file():
        return (choose(None),)
    try:
        return (choose(None, watchlist_language(obj.watchlist_path)),)
    except ConfigError as error:
        raise click.exceptions.Exit(config_error(error)) from None


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """Writing `out` fails in one line: refused (exit 2) or the file system's error (exit 1)."""
    from reports.outdir import Refused

    try:
        yield
    except Refused as error:
        click.echo(f"error: {error}", err=True)
        raise click.exceptions.Exit(2) from None
    except OSError as error:
        click.echo(f"error: cannot write {out}: {error}. Check the path and free space; "
                   "what was there before is left as it was.", err=True)
        raise click.exceptions.Exit(1) from None


@click.command()
@click.option("--cycles", type=click.IntRange(1, 50), default=None,
              help="How many crawl cycles to run (default: the whole sample history).")
@click.pass_obj
def demo(obj: Context, cycles: int | None):
    """Offline tour: serve sample policy histories on 127.0.0.1 and crawl them in cycles."""
    from vigie.demo.tour import run_demo

    run_demo(obj, cycles)


@click.group()
def report():
    """Reports rendered from the database."""


@report.command("weekly")
@click.option("--since", help="Start of the period: a date like 2026-11-01 (UTC), or 7d, 2w ago "
                              "(default: 7 days ago).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write, e.g. weekly.html or weekly.md.")
@click.option("--format", "fmt", type=click.Choice(("html", "md")),
              help="Default: md for a .md file, else html.")
@click.option("--lang", metavar="LANG", help="Language to write in: en or fr (default: the watchlist's "
                                               "`lang`, else the environment's locale, else English).")
@click.pass_obj
def report_weekly(obj: Context, since: str | None, out: Path, fmt: str | None, lang: str | None):
    """What changed across platforms: one self-contained HTML page, or Markdown for pasting."""
    from reports.weekly import format_for, period_start, write_weekly

    store = obj.existing_store()
    (lang,) = languages(obj, (lang,) if lang else ())
    now = datetime.now(timezone.utc)
    start = period_start(parse_since(since), now)
    with writing(out):
        written = write_weekly(store, out, format_for(out, fmt), start, now, lang)
    totals = written.totals
    click.echo(f"Wrote the weekly report to {out}: {totals.total} change(s), {totals.counts['high']} high, "
               f"{len(written.failing)} watch(es) failing all week.")


@click.command("site")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write (created; a site Vigie wrote there before is updated: only "
                   "the pages whose content changed are rewritten).")
@click.option("--lang", "langs", multiple=True, metavar="LANG",
              help="Language to write in: en or fr (default: the watchlist's `lang`, else the environment's "
                   "locale, else English). Repeat it for a site in several: OUT/en/, OUT/fr/, and "
                   "OUT/index.html to choose.")
@click.pass_obj
def site_command(obj: Context, out: Path, langs: tuple[str, ...]):
    """Static archive site: index, per-watch timelines, every version, every diff, Atom feeds."""
    from reports.site import write_site

    store = obj.existing_store()
    langs = languages(obj, langs)
    with writing(out):
        counts = write_site(store, out, datetime.now(timezone.utc), langs)
    click.echo(f"Wrote the archive site to {out}: {counts['pages']} pages and {counts['feeds']} Atom feeds "
               f"({counts['written']} file(s) written, {counts['removed']} removed)"
               + (f" in {', '.join(langs)}" if len(langs) > 1 else "") + f". Open {out / 'index.html'}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "ota")), required=True,
              help="jsonl / csv: watches, versions (with text) and changes; ota: an Open Terms "
                   "Archive-like dataset.")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="Folder to write (created; an earlier Vigie export there is replaced).")
@click.option("--raw", is_flag=True, help="Also write each version's raw page as raw/<sha256>.")
@click.pass_obj
def export_command(obj: Context, fmt: str, out: Path, raw: bool):
    """Research export of every version and change (see docs/schema.md, "Exports")."""
    from reports.export import export

    with writing(out):
        summary = export(obj.existing_store(), fmt, out, raw=raw)
    click.echo(f"Exported {summary.versions} versions of {summary.watches} watches and {summary.changes} "
               f"changes to {summary.path} ({fmt})"
               + (f", with {summary.raw_pages} raw pages" if raw else "") + ".")


@click.group("import")
def import_group():
    """Turn other projects' descriptions of documents into watches."""


@import_group.command("ota")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Watchlist file to write (default: standard output).")
@click.pass_obj
def import_ota(obj: Context, path: Path, out: Path | None):
    """Open Terms Archive declarations (a <Service>.json or a folder of them) as a watchlist.

    What cannot be converted (range selectors, JavaScript filters, PDFs, history files)
    is reported on standard error with the reason.
    """
    from watchers.catalogue.watchlist import load_catalogue
    from watchers.imports.ota import (DeclarationsUnreadable, convert, read_declarations, report_lines,
                                      watchlist_toml)

    try:
        declarations, problems = read_declarations(path)
    except DeclarationsUnreadable as error:
        click.echo(f"error: {error}", err=True)
        raise click.exceptions.Exit(2) from None
    try:
        catalogue_ids = [w.id for w in load_catalogue()]
    except ConfigError:
        catalogue_ids = []
    conversion = convert(declarations, known_ids=catalogue_ids)
    conversion.problems[:0] = problems
    for line in report_lines(conversion.problems):
        click.echo(line, err=True)
    if not conversion.watches:
        click.echo(f"error: nothing in {path} could be converted (reasons above); give OTA service "
                   "declarations (<Service>.json with \"name\" and \"terms\").", err=True)
        raise click.exceptions.Exit(2)
    text = watchlist_toml(conversion, str(path))
    if out is None:
        click.echo(text, nl=False)
    else:
        partial = out.with_name(f".{out.name}.partial")
        try:
            partial.write_text(text, encoding="utf-8")
            partial.replace(out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            click.echo(f"error: cannot write {out}: {error}. Check the path.", err=True)
            raise click.exceptions.Exit(1) from None
    # Counted once per document (or file), however many of its parts or reasons were reported.
    skipped = len({(p.source, p.document) for p in conversion.problems if p.skipped})
    caveats = len({p.watch_id for p in conversion.caveats})
    click.echo(f"Imported {len(conversion.watches)} watches from {len(declarations) + len(problems)} file(s)"
               f"{f' into {out}' if out else ''}; {skipped} document(s) or file(s) skipped, "
               f"{caveats} watch(es) with caveats noted in the file.", err=True)


@import_group.command("ota-history")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--map", "maps", multiple=True, metavar="'SERVICE/TERMS TYPE=WATCH_ID'",
              help="Put this document's history in this watch (repeatable), e.g. "
                   "'Facebook/Privacy Policy=facebook/privacy-policy'.")
@click.option("--locale", default="en", show_default=True,
              help="Language of the archive's documents: picks among a platform's watches in several "
                   "languages, and is the locale of new watches.")
@click.option("--dry-run", is_flag=True, help="Read and map everything, say what would be imported; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def import_ota_history(obj: Context, path: Path, maps: tuple[str, ...], locale: str, dry_run: bool, as_json: bool):
    """An Open Terms Archive versions repository or dataset as versions with their capture dates.

    PATH: a git clone of a versions repository (<Service>/<Terms type>.md, dated by git), a
    dataset folder or .zip (<Service>/<Terms type>/<date>.md), or a `vigie export --format ota`
    folder. Each consecutive pair is classified; no alert is queued (see docs/schema.md).
    """
    import re
    import time
    from contextlib import closing

    from watchers.catalogue.watchlist import WATCH_ID, load_catalogue
    from watchers.imports.history_read import HistoryUnreadable, git_blobs, scan
    from watchers.imports.history_write import import_history
    from watchers.imports.ota import report_lines
    from watchers.imports.ota_history import parse_map, watch_lines
    from watchers.store.db import Store
    from watchers.store.lock import exclusive
    from watchers.terminal import printable

    started = time.monotonic()
    mapped = {}
    for spec in maps:
        try:
            key, watch_id = parse_map(spec)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--map") from None
        if not WATCH_ID.match(watch_id) or ".." in watch_id:
            raise click.BadParameter(f"{watch_id!r} is not a watch id: letters, digits, - _ / .", param_hint="--map")
        mapped[key] = watch_id
    if not re.match(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$", locale):
        raise click.BadParameter(f"{locale!r}: expected a language tag like en, fr or en-GB", param_hint="--locale")
    watchlist = obj.watchlist()
    try:
        catalogue_ids = {w.id for w in load_catalogue()}
    except ConfigError:
        catalogue_ids = set()
    with git_blobs(path) as blobs:
        try:
            found = scan(path, blobs)
        except HistoryUnreadable as error:
            click.echo(f"error: {error}", err=True)
            raise click.exceptions.Exit(2) from None
        if not found.captures:
            for line in report_lines(found.problems):
                click.echo(line, err=True)
            click.echo(f"error: no dated version found in {path}: expected <Service>/<Terms type>/<date>.md "
                       "files (a dataset, a `vigie export --format ota`) or a git clone of a versions repository "
                       "(<Service>/<Terms type>.md); a snapshots repository holds HTML, give its versions one.",
                       err=True)
            raise click.exceptions.Exit(2)
        if dry_run:
            # Writes nothing, so takes no lock, and creates no database where there is none.
            store = obj.store() if Path(obj.db).is_file() else Store(":memory:")
            with closing(store):
                result = import_history(store, path.resolve(), found.captures, watchlist.watches, catalogue_ids,
                                        mapped=mapped, locale=locale, dry_run=True)
        else:
            with obj.writing(), exclusive(obj.db, "import ota-history"):
                with closing(obj.store()) as store:
                    result = import_history(store, path.resolve(), found.captures, watchlist.watches,
                                            catalogue_ids, mapped=mapped, locale=locale)
    result.problems[:0] = found.problems
    seconds = round(time.monotonic() - started, 1)
    refused = [r for r in result.reports if r.refused]
    if as_json:
        from vigie.context import echo_json

        echo_json({"path": str(path), "database": obj.db, "read_from": found.sources, "dry_run": dry_run,
                   "watches": [r.as_json() for r in result.reports],
                   "problems": [{"file": p.source, "document": p.document, "problem": p.message,
                                 "skipped": p.skipped} for p in result.problems],
                   "versions_added": result.added, "changes_added": result.changes,
                   "deliveries_queued": result.deliveries_queued, "seconds": seconds})
    else:
        for report in result.reports:
            for line in watch_lines(report, dry_run):
                click.echo(printable(line, lines=False))
        for line in report_lines(result.problems):
            click.echo(printable(line, lines=False), err=True)
        verb = "Would import" if dry_run else "Imported"
        click.echo(f"{verb} {result.added} version(s) and {result.changes} change(s) into {len(result.reports)} "
                   f"watch(es) from {path} ({' and '.join(found.sources)}) in {seconds} s"
                   + ("" if dry_run else f"; {result.deliveries_queued} alert(s) queued (imported history is the "
                                         "past: none)") + "."
                   + (f" {len(refused)} watch(es) refused (reasons above)." if refused else ""))
    if not any(report.read for report in result.reports):  # every file empty or unreadable
        raise click.exceptions.Exit(2)
    if refused and not result.added:
        raise click.exceptions.Exit(1)
