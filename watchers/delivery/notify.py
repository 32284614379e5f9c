"""Delivering the outbox: each pending delivery is sent through apprise and
marked sent only when apprise reports success for that channel.

Failures stay pending with their error and are retried with backoff on later
runs. The bodies are rendered by a function the caller passes in (the CLI
passes `reports.alerts`), so this module stays free of templates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

import apprise

from watchers.delivery.actions import change_actions
from watchers.delivery.channels import Channel
from watchers.delivery.digests import digest_content, due_periods, schedule_digests
from watchers.store.db import Store

# 1, 2, 4… minutes, at most 6 hours between attempts: an SMTP outage of a day
# costs a handful of retries, and the alert goes out soon after it ends.
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=6)


class Renderers(Protocol):
    """What renders bodies (the CLI passes `reports.alerts`)."""

    def render_alert(self, change: dict, watch, body_format: str, lang: str | None) -> tuple[str, str]: ...

    def render_digest(self, content: dict, channel: Channel, body_format: str, lang: str | None) -> tuple[str, str]: ...


def send(channel: Channel, title: str, body: str) -> str | None:
    """Send one message; None on success, else the transport's error."""
    sender = apprise.Apprise()
    sender.add(channel.services())
    result = sender.notify(body=body, title=title, body_format=channel.body_format)
    if result:
        return None
    errors = [entry.message for entry in result.logs() if entry.level in ("ERROR", "WARNING")]
    return "; ".join(errors) or f"apprise reported {result.status}"


def retry_delay(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), MAX_RETRY)


def deliver_due(store: Store, channels: dict[str, Channel], watches: dict, render: Renderers,
                now: datetime, dry_run: bool = False,
                transport: Callable[[Channel, str, str], str | None] = send) -> list[dict]:
    """Schedule due digests, then send every delivery that is due; returns what was
    (or would be) sent, and how it went. A dry run changes nothing in the store."""
    stamp = now.isoformat(timespec="seconds")
    if dry_run:
        # Digests that would be scheduled now are previewed without writing their row.
        upcoming = [{"id": None, "channel": name, "change_id": None, "period": period, "attempts": 0}
                    for name, period in due_periods(list(channels.values()), now)
                    if not store.has_digest(name, period)]
    else:
        schedule_digests(store, list(channels.values()), now)
        upcoming = []
    report = []
    for delivery in store.due_deliveries(stamp) + upcoming:
        outcome = {"delivery": delivery["id"], "channel": delivery["channel"]}
        message = _compose(store, delivery, channels.get(delivery["channel"]), watches, render, outcome)
        if message is None:
            if outcome["result"] != "empty":
                report.append(outcome)
            elif not dry_run:
                store.mark_delivery(delivery["id"], status="empty", sent_at=stamp)
            continue
        channel, title, body = message
        outcome.update(title=title, to=channel.safe_url)
        if dry_run:
            outcome["result"] = "would send"
        else:
            outcome["result"] = _attempt(store, delivery, channel, title, body, now, transport)
        report.append(outcome)
    return report


def _compose(store: Store, delivery: dict, channel: Channel | None, watches: dict, render: Renderers,
             outcome: dict) -> tuple[Channel, str, str] | None:
    """(channel, title, body) of one delivery, or None with the reason in outcome["result"]."""
    if delivery["change_id"] is None:
        outcome["what"] = f"digest {delivery['period']}"
        if channel is None:
            outcome["result"] = "kept: its channel is no longer configured"
            return None
        content = digest_content(store, channel, delivery["period"], watches)
        if not content["changes"] and not content["failing"]:
            outcome["result"] = "empty"  # nothing to say: no message
            return None
        return (channel, *render.render_digest(content, channel, channel.body_format, channel.lang))
    change = store.change_by_id(delivery["change_id"])
    watch = watches.get(change["watch_id"])
    outcome["what"] = f"{change['watch_id']} v{change['to_version']} ({change['severity']})"
    if channel is None or watch is None:
        outcome["result"] = "kept: its channel or watch is no longer configured"
        return None
    change["actions"] = change_actions(store, change, watch)
    return (channel, *render.render_alert(change, watch, channel.body_format, channel.lang))


def _attempt(store: Store, delivery: dict, channel: Channel, title: str, body: str, now: datetime,
             transport: Callable[[Channel, str, str], str | None]) -> str:
    """Send once and record the outcome at once: the window in which a crash could
    make the next run send it again is the time between the transport's "accepted"
    and the commit that follows, as short as it can be without the transport's help."""
    stamp = now.isoformat(timespec="seconds")
    attempts = delivery["attempts"] + 1
    # Counted before sending: a database that cannot take this write (full disk,
    # read-only) stops delivery here, before a message it could not mark as sent.
    store.mark_delivery(delivery["id"], attempts=attempts)
    error = transport(channel, title, body)
    if error is None:
        store.mark_delivery(delivery["id"], status="sent", attempts=attempts, sent_at=stamp, last_error=None)
        return "sent"
    retry_at = (now + retry_delay(attempts)).isoformat(timespec="seconds")
    store.mark_delivery(delivery["id"], attempts=attempts, last_error=error, next_attempt_at=retry_at)
    return f"failed (attempt {attempts}, retry after {retry_at}): {error}"
