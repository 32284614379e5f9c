"""Where platforms stand, at scale: the stance part of a site rebuild and of the weekly report
on the store bench/archive.py builds (10,000 watches on 200 platforms of 50).

Times, in this process: every platform's answers, computed for those the store does not keep
yet (what a first build of the site adds: `--fresh` drops the kept ones first), a rebuild with
nothing new (all kept), then, --versions times, one new version of one watch (recorded as
bench/archive.py's rebuild step records it, through `record_change`, which keeps the
platform's new answers) and what the next rebuild spends on the stance page: the answers, the
rows, the page's key and its rendering. Then the weekly report's "Where platforms stand" section
(the answers of the platforms whose answers changed in the last 7 days) and the whole report's
data.

    python bench/archive.py --repeat 1              # builds /tmp/vigie-archive once (or reuses it)
    python bench/standing.py --db /tmp/copy/vigie.db

It adds versions to the store it is given, as bench/archive.py does: give it a copy when others
use the store.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import archive as bench  # noqa: E402
from reports.gather import utc_iso, watch_infos  # noqa: E402
from reports.site import stance_page  # noqa: E402
from reports.sitedata import gather_index, stance_rows  # noqa: E402
from reports.standing import standing_now  # noqa: E402
from reports.weekly import _stances, gather_weekly  # noqa: E402
from watchers.store.db import Store  # noqa: E402


def timed(work):
    started = time.perf_counter()
    value = work()
    return time.perf_counter() - started, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/vigie-archive/vigie.db"))
    parser.add_argument("--versions", type=int, default=3,
                        help="new versions, each followed by a rebuild's stance part")
    parser.add_argument("--fresh", action="store_true", help="drop the answers the store keeps first")
    args = parser.parse_args()
    now = datetime.now(timezone.utc)
    today = now.date()

    store = Store(args.db)
    if args.fresh:
        with store.db.atomic():
            store.db.execute("DELETE FROM stance_answers")
    seconds, first = timed(lambda: standing_now(store, today))
    print(f"answers of {len(first.stances)} platforms: {len(first.computed)} computed in {seconds:.1f} s "
          f"({len(first.stances) - len(first.computed)} kept)", flush=True)
    kept = store.db.execute("SELECT SUM(LENGTH(answers)) FROM stance_answers").fetchone()[0] or 0
    print(f"  kept in the store: {kept / 1e3:.0f} kB")
    seconds, again = timed(lambda: standing_now(store, today))
    print(f"nothing new: {seconds:.2f} s, {len(again.computed)} computed")
    index = gather_index(store, now)
    store.close()

    built = bench.Archive(args.db, args.db.with_name("watchlist.toml"), 0, 0, 0, "", 0, 0, 0)
    rng = random.Random()
    for _ in range(args.versions):
        recorded, watch = timed(lambda: bench.new_version(built, rng.randrange(10_000)))
        store = Store(args.db)
        answering, after = timed(lambda: standing_now(store, today))
        rowing, rows = timed(lambda: stance_rows(index, after.stances))
        keying, page = timed(lambda: stance_page(rows))
        rendering, html = timed(page.render)
        store.close()
        print(f"one new version of {watch} (recorded in {recorded:.2f} s): the rebuild's stance part "
              f"{answering + rowing + keying + rendering:.2f} s — answers {answering:.2f} s "
              f"({', '.join(after.computed) or 'none'} computed), rows {rowing:.2f}, key {keying:.2f}, "
              f"render {rendering:.2f} ({len(html) / 1e3:.0f} kB)", flush=True)

    store = Store(args.db)
    end = datetime.now(timezone.utc) + timedelta(minutes=1)
    start = end - timedelta(days=7)
    changed, platforms = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT platform) FROM stance_changes "
                                          "WHERE at >= ?", [utc_iso(start)]).fetchone()
    watches = watch_infos(store)
    section, moved = timed(lambda: _stances(store, watches, utc_iso(start), utc_iso(end), end))
    whole, _ = timed(lambda: gather_weekly(store, start, end))
    print(f"weekly report, {changed} answer change(s) on {platforms} platform(s) in the last 7 days: the section "
          f"{section:.2f} s ({section / max(1, len(moved)):.2f} s a platform), the report's data {whole:.2f} s")
    store.close()


if __name__ == "__main__":
    main()
