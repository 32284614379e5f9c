"""The whole archive at a glance: a few queries for every watch at once.

`vigie status`, the site's index and its timelines need a line per watch (last
check, failure streak, newest version) and the heads of every version (number,
hash, length, capture time, without the text). Asked watch by watch, that is
tens of thousands of queries at 10,000 watches; here each is one statement
whose per-watch lookups SQLite does through the indexes, in C.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import NamedTuple

from watchers.store.db import FAILED_OUTCOMES, GOOD_OUTCOMES, Store, _decode_change


class Head(NamedTuple):
    """A version without its text."""

    number: int
    captured_at: str
    sha256: str
    chars: int


def _in(outcomes: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{outcome}'" for outcome in outcomes) + ")"


STATUS = f"""
WITH ids(ordinal, watch) AS (SELECT key, value FROM json_each(:ids)),
heads AS (
  SELECT ordinal, watch,
         (SELECT MAX(id) FROM checks WHERE watch_id = watch) AS last_id,
         -- newest first through the (watch_id, id) index: stops at the first good check
         (SELECT id FROM checks WHERE watch_id = watch AND outcome IN {_in(GOOD_OUTCOMES)}
          ORDER BY id DESC LIMIT 1) AS good_id,
         (SELECT MAX(number) FROM versions WHERE watch_id = watch) AS latest
  FROM ids)
SELECT h.watch, c.started_at, c.outcome, c.reason, COALESCE(h.latest, 0), v.captured_at,
       -- the failed checks since the last good one: a short range of the (watch_id, id) index
       (SELECT COUNT(*) FROM checks x WHERE x.watch_id = h.watch AND x.id > COALESCE(h.good_id, 0)
        AND x.outcome IN {_in(FAILED_OUTCOMES)}),
       (SELECT MIN(x.started_at) FROM checks x WHERE x.watch_id = h.watch AND x.id > COALESCE(h.good_id, 0)
        AND x.outcome IN {_in(FAILED_OUTCOMES)})
FROM heads h
LEFT JOIN checks c ON c.id = h.last_id
LEFT JOIN versions v ON v.watch_id = h.watch AND v.number = h.latest
ORDER BY h.ordinal
"""


def status(store: Store, watch_ids: Iterable[str]) -> list[dict]:
    """Per watch, in the order given: last check, its outcome, versions, last change, failure streak."""
    rows = store.db.execute(STATUS, {"ids": json.dumps(list(watch_ids))}).fetchall()
    return [{"watch": watch, "last_check": started, "outcome": outcome, "reason": reason, "versions": versions,
             "last_change": captured, "consecutive_failures": failures, "failing_since": since}
            for watch, started, outcome, reason, versions, captured, failures, since in rows]


def version_heads(store: Store, watch_id: str) -> list[Head]:
    """The watch's versions, oldest first, without their texts (read from an index alone)."""
    return [Head(*row) for row in store.db.execute(
        "SELECT number, captured_at, sha256, chars FROM versions WHERE watch_id = ? ORDER BY number", [watch_id])]


def version_digests(store: Store) -> dict[str, tuple[int, str]]:
    """Per watch: how many versions, and a digest of their heads (numbers, hashes, capture
    times, lengths) that changes whenever one is added; from an index, concatenated by SQLite."""
    # In the index's order, which groups a watch's versions by number: were SQLite ever to
    # concatenate them otherwise, the digests would change and the pages be rendered again.
    rows = store.db.execute(
        """SELECT watch_id, COUNT(*), group_concat(number || ' ' || sha256 || ' ' || captured_at || ' ' || chars)
           FROM versions INDEXED BY versions_heads GROUP BY watch_id""")
    return {watch_id: (count, hashlib.sha256(heads.encode()).hexdigest()) for watch_id, count, heads in rows}


def changes_by_id(store: Store, ids: Iterable[int]) -> dict[int, dict]:
    """These stored changes (decoded as `Store.changes` gives them, with the hash of the
    version each led to as `to_sha256`), by id, in one query."""
    rows = store.db.query(
        """SELECT c.*, v.sha256 AS to_sha256 FROM changes c
           LEFT JOIN versions v INDEXED BY versions_heads ON v.watch_id = c.watch_id AND v.number = c.to_version
           WHERE c.id IN (SELECT value FROM json_each(?))""", [json.dumps(list(ids))])
    return {row["id"]: _decode_change(row) for row in rows}
