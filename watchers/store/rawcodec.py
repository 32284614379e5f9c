"""Compression of raw pages: zstd, optionally as a delta against an earlier page.

Consecutive snapshots of one policy page differ by a few lines, so compressing a
page with the previous one as a raw zstd dictionary stores ~100x less than
compressing each page alone (ECOSYSTEM.md B10, measured on 125 WhatsApp
snapshots). Chains are kept short by the store (a keyframe every few pages) so
reading one page never decompresses a long history.
"""

from __future__ import annotations

import sys

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

PLAIN = "zstd"
DELTA = "zstd-delta"
# Measured on a 170 KB page: a page alone at level 3 takes 1.6 ms (34 KB) and
# at level 9 7.6 ms (31 KB), which a cold cycle of 500 pages pays in full; a
# delta at level 9 takes 1.6 ms and is 6x smaller than at level 3.
PLAIN_LEVEL = 3
DELTA_LEVEL = 9


def compress(data: bytes, base: bytes | None = None) -> tuple[str, bytes]:
    """(codec, compressed bytes); a delta when an earlier page is given."""
    if base is None:
        return PLAIN, zstd.compress(data, level=PLAIN_LEVEL)
    return DELTA, zstd.compress(data, level=DELTA_LEVEL, zstd_dict=zstd.ZstdDict(base, is_raw=True))


def decompress(codec: str, data: bytes, base: bytes | None = None) -> bytes:
    if codec == PLAIN:
        return zstd.decompress(data)
    if codec == DELTA and base is not None:
        return zstd.decompress(data, zstd_dict=zstd.ZstdDict(base, is_raw=True))
    raise ValueError(f"cannot decompress codec {codec!r} without its base page")
