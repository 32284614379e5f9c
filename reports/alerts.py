"""Alert bodies, rendered with Jinja2 from reports/templates (pure: no I/O), in the
channel's language (reports.i18n).

Policy text is untrusted: in HTML it is autoescaped, in Markdown its markup
characters are escaped so a page cannot plant a link or a heading in a chat
message, and links are only ever http(s) opt-out links: the page's own, as of
the change, then the watchlist's (watchers.delivery.actions). Policy text is
never translated: excerpts are what the page says.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment

from reports.i18n import DEFAULT, choose, reader
# Shared with the weekly report, the site and the feeds (reports/templating.py).
from reports.templating import CONTROL, change_summary, make_environment, safe_link
from watchers.meaning.summary import FLAG_NAMES, SEVERITY_NAMES, moved_answer

EXTENSIONS = {"html": "html", "markdown": "md", "text": "txt"}


@cache
def environment(lang: str = DEFAULT) -> Environment:
    env = make_environment(("html.j2",), lang)
    env.filters["actions"] = lambda change: actions(change, change["watch"])
    return env


def actions(change: dict, watch) -> list[dict]:
    """The links to act on: those found as of the change (`change["actions"]`), else the watchlist's."""
    found = change.get("actions")
    if found is None:
        found = [{"label": o.label, "url": o.url, "source": "watchlist", "gone": False} for o in watch.opt_out]
    return [a for a in found if safe_link(a["url"])]


def render_alert(change: dict, watch, body_format: str, lang: str | None = None) -> tuple[str, str]:
    """(title, body) of the alert for one change, in html, markdown or text, in `lang` (None:
    the environment's language, else English)."""
    lang = choose(lang)
    words = reader(lang)
    _ = words.gettext
    upcoming = [d for d in change["dates"] if d.get("upcoming")]
    flags = ", ".join(_(FLAG_NAMES.get(f, f)) for f in change["flags"]) or _("other text")
    context = {"change": change, "watch": watch, "opt_outs": actions(change, watch), "upcoming": upcoming,
               "flags": flags, "summary": change_summary(change, watch.platform, words),
               "excerpts": headed(change, words)}
    title = _("[Vigie] %(severity)s: %(platform)s %(title)s changed (%(flags)s)") % {
        "severity": _(SEVERITY_NAMES[change["severity"]]).upper(), "platform": watch.platform,
        "title": watch.title, "flags": flags}
    template = environment(lang).get_template(f"alert.{EXTENSIONS[body_format]}.j2")
    return CONTROL.sub("", title), template.render(**context)


def render_test(lang: str | None = None) -> tuple[str, str]:
    """(title, body) of `vigie channels test`, in the channel's language."""
    words = reader(choose(lang))
    return (words.gettext("[Vigie] Test message"),
            words.gettext("This is a test from Vigie: this channel will receive policy-change alerts."))


def headed(change: dict, words) -> list[dict]:
    """The change's excerpts, each with its heading in the reader's words: the flag, or for
    an answer that moved, the answer before and after (its excerpt is the proof)."""
    moved = iter((change.get("facts") or {}).get("stance", []))
    out = []
    for excerpt in change["excerpts"]:
        answer = next(moved, None) if excerpt["flag"] == "stance" else None
        heading = moved_answer(answer, words) if answer else words.gettext(FLAG_NAMES.get(excerpt["flag"], excerpt["flag"]))
        out.append({**excerpt, "heading": heading})
    return out


def render_digest(content: dict, channel, body_format: str, lang: str | None = None) -> tuple[str, str]:
    """(title, body) of a digest: changes grouped by platform, then failing watches."""
    lang = choose(lang)
    words = reader(lang)
    by_platform: dict[str, list] = {}
    for change in content["changes"]:
        by_platform.setdefault(change["watch"].platform, []).append(change)
    counts = {s: sum(c["severity"] == s for c in content["changes"]) for s in ("high", "medium", "low")}
    n, failing = len(content["changes"]), len(content["failing"])
    title = (words.ngettext("[Vigie] Weekly digest to %(day)s: %(n)d change", "[Vigie] Weekly digest to %(day)s: %(n)d changes", n)
             if channel.mode == "weekly" else
             words.ngettext("[Vigie] Daily digest to %(day)s: %(n)d change", "[Vigie] Daily digest to %(day)s: %(n)d changes", n)
             ) % {"day": words.day(content["end"]), "n": n}
    if counts["high"]:
        title += words.gettext(", %(n)d high") % {"n": counts["high"]}
    if failing:
        title += words.ngettext(", %(n)d watch failing", ", %(n)d watches failing", failing) % {"n": failing}
    template = environment(lang).get_template(f"digest.{EXTENSIONS[body_format]}.j2")
    return title, template.render(by_platform=by_platform, failing=content["failing"], counts=counts,
                                  start=content["start"], end=content["end"])
