"""`vigie stance`: where each platform stands on AI training and opt-outs, with the proof."""

from __future__ import annotations

from datetime import datetime, timezone

import click

from vigie.context import Context, echo_json
from watchers.meaning.passages import as_read
from watchers.meaning.stance import UNANSWERED
from watchers.meaning.summary import LABELS, shown
from watchers.store.db import Store
from watchers.terminal import printable


def platform_stances(store: Store, wanted: str | None = None) -> list[dict]:
    """Per platform with a recorded version: its answers from its newest versions, and
    their history; the shape of `vigie stance --json` (reports/standing.py reads them for
    the site and the weekly report too)."""
    from reports.standing import platform_stances as read, stance_json

    return [stance_json(found) for found in read(store, datetime.now(timezone.utc).date(), wanted)]


@click.command()
@click.argument("platform", required=False)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def stance(obj: Context, platform: str | None, as_json: bool):
    """Where each platform stands: does it train AI on members' data, by default, how to
    refuse, since when, on which legal basis, retention, rights — each answer with the
    sentence that proves it, and when answers changed."""
    store = obj.existing_store()
    rows = platform_stances(store, platform)
    if platform is not None and not rows:
        known = ", ".join(store.platforms()) or "none yet: run `vigie crawl` first"
        raise click.UsageError(f"no recorded version of a platform named {platform!r}; known: {known}")
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(printable(row["platform"], lines=False))
        for question, found in row["answers"].items():
            value = shown(tuple(found["value"]) if isinstance(found["value"], list) else found["value"])
            details = "; ".join(f"{key} {shown(tuple(v)) if isinstance(v, list) else v}"
                                for key, v in found["details"].items() if v not in ("", [], None))
            click.echo(f"  {LABELS[question]:<28} {printable(value, lines=False)}"
                       + (f" ({printable(details, lines=False)})" if details else "")
                       + f"  [{found['confidence']}]")
            if found["evidence"]:
                proof = found["evidence"]
                # Unanswered with a sentence: the texts speak of it unread (stance/doubt.py).
                lead = "read: " if not found["value"] or found["value"] in UNANSWERED else ""
                click.echo(f"  {'':<28} {lead}“{printable(as_read(proof['text']), lines=False)}” "
                           f"({proof['watch']}, version {proof['version']})")
        for change in row["history"]:
            click.echo(f"  {change['at'][:10]}  {LABELS[change['question']]}: {printable(change['from'], lines=False)}"
                       f" → {printable(change['to'], lines=False)}  ({change['watch']}, version {change['version']})")
        click.echo("")
