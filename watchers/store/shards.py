"""Shards: one watchlist's work split between crawlers that never talk to each other.

`--shard K/N` (or the spider argument `shard=K/N`) keeps the watches whose id
hashes to K among N. The hash is sha256, not Python's `hash()` (salted per
process), so every process, on every machine and every day, puts a watch in the
same shard: N crawls with the same watchlist and shards 1/N … N/N fetch every
watch once, without a coordinator. docs/scale.md tells how they share a database.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# Far more than any deployment needs; a bound keeps lock file names short and typos obvious.
MOST_SHARDS = 1024


class BadShard(ValueError):
    """A shard argument that is not K/N with 1 <= K <= N."""


@dataclass(frozen=True)
class Shard:
    number: int  # K, from 1
    count: int  # N

    @classmethod
    def parse(cls, text: str) -> Shard:
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not match:
            raise BadShard(f"{text!r}: expected K/N, like 1/2 (this crawl takes share K of N)")
        number, count = int(match[1]), int(match[2])
        if not 1 <= count <= MOST_SHARDS:
            raise BadShard(f"{text!r}: the number of shards must be between 1 and {MOST_SHARDS}")
        if not 1 <= number <= count:
            raise BadShard(f"{text!r}: the shard must be between 1 and {count}")
        return cls(number, count)

    def holds(self, watch_id: str) -> bool:
        return shard_of(watch_id, self.count) == self.number

    def __str__(self) -> str:
        return f"{self.number}/{self.count}"


def shard_of(watch_id: str, count: int) -> int:
    """The shard (from 1) a watch id belongs to among `count`."""
    return int.from_bytes(hashlib.sha256(watch_id.encode("utf-8")).digest()[:8], "big") % count + 1
