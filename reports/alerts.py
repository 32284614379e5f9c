"""Alert bodies, rendered with Jinja2 from reports/templates (pure: no I/O).

Policy text is untrusted: in HTML it is autoescaped, in Markdown its markup
characters are escaped so a page cannot plant a link or a heading in a chat
message, and links are only ever http(s) opt-out links: the page's own, as of
the change, then the watchlist's (watchers.delivery.actions).
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment

# Shared with the weekly report, the site and the feeds (reports/templating.py).
from reports.templating import CONTROL, escape_markdown, make_environment, safe_link  # noqa: F401

EXTENSIONS = {"html": "html", "markdown": "md", "text": "txt"}


@cache
def environment() -> Environment:
    env = make_environment(("html.j2",))
    env.filters["actions"] = lambda change: actions(change, change["watch"])
    return env


def actions(change: dict, watch) -> list[dict]:
    """The links to act on: those found as of the change (`change["actions"]`), else the watchlist's."""
    found = change.get("actions")
    if found is None:
        found = [{"label": o.label, "url": o.url, "source": "watchlist", "gone": False} for o in watch.opt_out]
    return [a for a in found if safe_link(a["url"])]


def render_alert(change: dict, watch, body_format: str) -> tuple[str, str]:
    """(title, body) of the alert for one change, in html, markdown or text."""
    upcoming = [d for d in change["dates"] if d.get("upcoming")]
    context = {"change": change, "watch": watch, "opt_outs": actions(change, watch), "upcoming": upcoming,
               "flags": ", ".join(change["flags"]) or "other text"}
    title = f"[Vigie] {change['severity'].upper()}: {watch.platform} {watch.title} changed ({context['flags']})"
    template = environment().get_template(f"alert.{EXTENSIONS[body_format]}.j2")
    return CONTROL.sub("", title), template.render(**context)


def render_digest(content: dict, channel, body_format: str) -> tuple[str, str]:
    """(title, body) of a digest: changes grouped by platform, then failing watches."""
    by_platform: dict[str, list] = {}
    for change in content["changes"]:
        by_platform.setdefault(change["watch"].platform, []).append(change)
    kind = "Weekly" if channel.mode == "weekly" else "Daily"
    counts = {s: sum(c["severity"] == s for c in content["changes"]) for s in ("high", "medium", "low")}
    title = (f"[Vigie] {kind} digest to {content['end']:%Y-%m-%d}: {len(content['changes'])} change(s)"
             + (f", {counts['high']} high" if counts["high"] else "")
             + (f", {len(content['failing'])} watch(es) failing" if content["failing"] else ""))
    template = environment().get_template(f"digest.{EXTENSIONS[body_format]}.j2")
    return title, template.render(by_platform=by_platform, failing=content["failing"], counts=counts,
                                  start=content["start"], end=content["end"])
