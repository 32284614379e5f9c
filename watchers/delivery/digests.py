"""Digests: the changes of a day or a week, per channel, on its calendar.

A digest is due at the channel's `at` (local time), every day or on its
`weekday`. It covers the changes detected since the previous due time, so
consecutive digests never overlap nor miss one. Each due digest becomes one
outbox row (a delivery with a `period` and no change), created at most once,
so a digest goes out once even if `vigie notify` runs every minute.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from watchers.delivery.actions import change_actions
from watchers.delivery.channels import SEVERITY_RANK, Channel
from watchers.store.db import Store

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def last_due(channel: Channel, now: datetime) -> tuple[datetime, datetime]:
    """(start, end] of the latest period that has ended by `now` (aware, local time)."""
    local = now.astimezone()
    hour, minute = map(int, channel.at.split(":"))
    end = datetime.combine(local.date(), time(hour, minute), tzinfo=local.tzinfo)
    step = timedelta(days=1)
    if channel.mode == "weekly":
        step = timedelta(weeks=1)
        end -= timedelta(days=(local.weekday() - WEEKDAYS.index(channel.weekday)) % 7)
    if end > local:
        end -= step
    return end - step, end


def next_digest(channel: Channel, now: datetime) -> datetime:
    """When the channel's next digest comes due, after `now`."""
    start, end = last_due(channel, now)
    return end + (end - start)


def due_periods(channels: list[Channel], now: datetime) -> list[tuple[str, str]]:
    """(channel name, period) of each channel's latest digest that has come due by `now`."""
    due = []
    for channel in channels:
        if channel.mode != "immediate":
            start, end = last_due(channel, now)
            due.append((channel.name, f"{start.isoformat(timespec='minutes')}/{end.isoformat(timespec='minutes')}"))
    return due


def schedule_digests(store: Store, channels: list[Channel], now: datetime) -> int:
    """Create the outbox row of each digest that has come due; returns how many."""
    stamp = now.isoformat(timespec="seconds")
    return sum(store.add_digest_delivery(name, period, stamp) for name, period in due_periods(channels, now))


def digest_content(store: Store, channel: Channel, period: str, watches: dict) -> dict:
    """What a digest says: its changes by platform and severity, and failing watches."""
    start, end = (datetime.fromisoformat(p) for p in period.split("/"))
    # Stored times are UTC: compare in UTC, not in the channel's local time.
    utc = [t.astimezone(timezone.utc).isoformat(timespec="seconds") for t in (start, end)]
    changes = [{**c, "watch": watches[c["watch_id"]], "actions": change_actions(store, c, watches[c["watch_id"]])}
               for c in store.changes_between(*utc)
               if c["watch_id"] in watches and channel.wants(c, watches[c["watch_id"]])]
    changes.sort(key=lambda c: (c["watch"].platform, -SEVERITY_RANK[c["severity"]], c["detected_at"]))
    failing = []
    for watch_id, watch in watches.items():
        count, since = store.consecutive_failures(watch_id)
        if count >= 2 and channel.covers(watch):
            failing.append({"watch": watch, "failures": count, "since": since,
                            "reason": (store.last_check(watch_id) or {}).get("reason")})
    return {"start": start, "end": end, "changes": changes, "failing": failing}
