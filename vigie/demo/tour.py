"""`vigie demo`: crawl bundled sample histories served on 127.0.0.1, cycle by cycle.

The histories (vigie/demo/histories/) are fictional platforms written for the
demo; timeline.toml says what each page serves at each cycle — new wording,
cosmetic noise, walls, server errors — so one run shows every outcome.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import click
import tomli

from vigie.loopback import LoopbackSite, Page
from watchers.catalogue.watchlist import load_watchlist
from watchers.store.db import Store

HISTORIES = resources.files("vigie.demo") / "histories"
# The demo must finish in seconds: retry quickly instead of politely.
DEMO_SETTINGS = {"RETRY_BACKOFF_BASE": 0.1, "RETRY_TIMES": 1, "DOWNLOAD_TIMEOUT": 10}


def page_for(entry: str) -> Page:
    """A timeline entry: a page file name, or @status:NNN, or @wall:KIND."""
    if entry.startswith("@status:"):
        status = int(entry.split(":", 1)[1])
        return Page.html(f"<h1>Error {status}</h1>", status=status)
    if entry.startswith("@wall:"):
        entry = f"wall-{entry.split(':', 1)[1]}.html"
    return Page(body=(HISTORIES / "pages" / entry).read_bytes())


def run_demo(ctx, cycles: int | None, out: Path = Path("vigie-demo")) -> Path:
    from crawler.runner import crawl_cycles, project_settings
    from vigie.commands.cycle import print_checks
    from vigie.commands.read import print_changes

    timeline = tomli.loads((HISTORIES / "timeline.toml").read_text("utf-8"))
    total = min(cycles or timeline["cycles"], timeline["cycles"])
    if out.exists():
        shutil.rmtree(out)  # the demo always starts from nothing, so it reads the same every time
    out.mkdir(parents=True)
    db = out / "vigie.db"

    with LoopbackSite() as site:
        watchlist_path = out / "watchlist.toml"
        watchlist_path.write_text((HISTORIES / "watchlist.toml").read_text("utf-8")
                                  .replace("{base}", site.base), encoding="utf-8")
        watchlist = load_watchlist(watchlist_path)
        click.echo(f"Serving {len(timeline['page'])} sample pages of fictional platforms on {site.base}")
        settings = project_settings(str(db), str(watchlist_path), {**DEMO_SETTINGS, **ctx.overrides})

        checks_before = [0]

        def before(cycle: int) -> None:
            for page in timeline["page"]:
                site.serve(page["path"], page_for(page["serve"][cycle]))
            checks_before[0] = _store_read(db, Store.max_check_id)

        def after(cycle: int) -> None:
            click.echo(click.style(f"\n── Cycle {cycle + 1} of {total} ──", bold=True))
            checks = _store_read(db, lambda store: store.checks_since(checks_before[0]))
            print_checks(checks)
            changed = [c for c in checks if c["outcome"] == "changed"]
            if changed:
                click.echo("Changes:")
                print_changes(_store_read(db, lambda store: [
                    store.change(c["watch_id"], c["version_number"]) for c in changed]), excerpts=True)

        crawl_cycles(settings, total, before, after, all=True, watchlist=watchlist)

    store = Store(db)
    click.echo(click.style("\nRecorded versions", bold=True))
    for watch in watchlist.watches:
        versions = store.versions(watch.id)
        click.echo(f"  {watch.id:<32} {len(versions)} version(s)")
    report, site = _write_report_and_site(store, out)
    store.close()
    first = watchlist.watches[0].id
    click.echo(f"\nDatabase: {db}\nTry: vigie --db {db} history {first}\n"
               f"     vigie --db {db} changes\n     vigie --db {db} diff {first}\n"
               f"     vigie --db {db} --watchlist {watchlist_path} status")
    click.echo(click.style("\nOpen in a browser", bold=True))
    click.echo(f"  Weekly report: {report}\n  Archive site:  {site / 'index.html'}")
    return db


def _write_report_and_site(store: Store, out: Path) -> tuple[Path, Path]:
    """What `vigie report weekly` and `vigie site` would write, into the demo's folder."""
    from reports.site import write_site
    from reports.weekly import period_start, write_weekly

    now = datetime.now(timezone.utc)
    report = out / "weekly-report.html"
    write_weekly(store, report, "html", period_start(None, now), now)
    write_site(store, out / "site", now)
    return report, out / "site"


def _store_read(db: Path, read):
    store = Store(db)
    try:
        return read(store)
    finally:
        store.close()
