"""Digests: their calendar (pure), their content, and one real email per period."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from conftest import mailto
from reports import alerts
from vigie.loopback import Page
from watchers.catalogue.watchlist import load_watchlist
from watchers.delivery.channels import Channel
from watchers.delivery.digests import digest_content, last_due
from watchers.delivery.notify import deliver_due, send
from watchers.store.db import Store

from test_alerts import PAGE

UTC = timezone.utc


def channel(**kwargs) -> Channel:
    return Channel(name="digest", url="json://127.0.0.1/h", **kwargs)


def test_the_calendar():
    now = datetime(2026, 11, 25, 9, 30, tzinfo=UTC).astimezone()  # a Wednesday
    local = now.tzinfo
    daily = channel(mode="daily", at=now.strftime("%H:%M"))
    start, end = last_due(daily, now)
    assert end == now.replace(second=0, microsecond=0) and end - start == timedelta(days=1)
    later = channel(mode="daily", at=(now + timedelta(minutes=1)).strftime("%H:%M"))
    assert last_due(later, now)[1] < now  # today's is still to come: yesterday's period
    weekly = channel(mode="weekly", at="08:00", weekday="monday")
    start, end = last_due(weekly, now)
    assert end.strftime("%A %H:%M") == "Monday 08:00" and end <= now < end + timedelta(weeks=1)
    assert end.tzinfo == local and end - start == timedelta(weeks=1)


def test_a_digest_holds_exactly_its_period_and_is_sent_once(site, vigie, smtp):
    inbox, port, _ = smtp
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    vigie.crawl()
    site.serve("/p", Page.html(PAGE.format(clause="To train our AI models on your posts.")))
    vigie.crawl()
    cut = datetime.now(UTC)
    time.sleep(1.1)
    site.serve("/p", Page.html(PAGE.format(clause="To train our AI models on your posts.")
                               .replace("3 March 2026", "9 May 2026")))
    vigie.crawl()

    store = Store(vigie.db)
    watches = {w.id: w for w in load_watchlist(vigie.watchlist).watches}
    day = channel(mode="daily", min_severity="low")
    first = digest_content(store, day, f"{(cut - timedelta(days=1)).isoformat()}/{cut.isoformat()}", watches)
    assert [c["to_version"] for c in first["changes"]] == [2]
    whole = digest_content(store, day, f"{(cut - timedelta(days=1)).isoformat()}/"
                                       f"{(cut + timedelta(days=1)).isoformat()}", watches)
    assert [c["to_version"] for c in whole["changes"]] == [2, 3]

    now = datetime.now(UTC) + timedelta(minutes=2)
    email = Channel(name="weekly-dpo", mode="daily", min_severity="low",
                    at=(now - timedelta(minutes=1)).astimezone().strftime("%H:%M"),
                    url=mailto(port))
    report = deliver_due(store, {email.name: email}, watches, alerts, now, transport=send)
    assert [r["result"] for r in report] == ["sent"]
    (mail,) = inbox.messages
    assert mail["Subject"].startswith("[Vigie] Daily digest to ") and "2 changes, 1 high" in mail["Subject"]
    assert deliver_due(store, {email.name: email}, watches, alerts, now + timedelta(minutes=5)) == []
    assert len(inbox.messages) == 1


def test_dry_run_previews_a_due_digest_and_writes_nothing(site, vigie):
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")),
               Page.html(PAGE.format(clause="To train our AI models on your posts.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    vigie.crawl()
    vigie.crawl()
    store = Store(vigie.db)
    watches = {w.id: w for w in load_watchlist(vigie.watchlist).watches}
    now = datetime.now(UTC) + timedelta(minutes=2)
    daily = channel(mode="daily", min_severity="low", at=(now - timedelta(minutes=1)).astimezone().strftime("%H:%M"))

    preview = deliver_due(store, {daily.name: daily}, watches, alerts, now, dry_run=True)
    assert [(r["channel"], r["result"]) for r in preview] == [("digest", "would send")]
    assert "1 change, 1 high" in preview[0]["title"] and preview[0]["what"].startswith("digest ")
    assert store.db["deliveries"].count == 0, "a dry run must not write the digest's outbox row"


def test_a_channel_filtered_by_flags_still_hears_of_failing_watches(site, vigie):
    site.serve("/p", Page.html("<html><body><div>Sign in to continue.</div></body></html>"))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    vigie.crawl()
    vigie.crawl()
    store = Store(vigie.db)
    watches = {w.id: w for w in load_watchlist(vigie.watchlist).watches}
    now = datetime.now(UTC)
    period = f"{(now - timedelta(days=1)).isoformat()}/{now.isoformat()}"
    opt_outs_only = channel(mode="daily", flags=("opt-out",))
    (failing,) = digest_content(store, opt_outs_only, period, watches)["failing"]
    assert failing["watch"].id == "ex/privacy" and failing["failures"] == 2 and "login wall" in failing["reason"]
    elsewhere = channel(mode="daily", flags=("opt-out",), platforms=("Other",))
    assert digest_content(store, elsewhere, period, watches)["failing"] == []
