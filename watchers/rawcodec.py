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
# Level 9 is where delta compression stops getting noticeably smaller on
# policy pages while still costing only a few ms for 200 KB.
LEVEL = 9


def compress(data: bytes, base: bytes | None = None) -> tuple[str, bytes]:
    """(codec, compressed bytes); a delta when an earlier page is given."""
    if base is None:
        return PLAIN, zstd.compress(data, level=LEVEL)
    return DELTA, zstd.compress(data, level=LEVEL, zstd_dict=zstd.ZstdDict(base, is_raw=True))


def decompress(codec: str, data: bytes, base: bytes | None = None) -> bytes:
    if codec == PLAIN:
        return zstd.decompress(data)
    if codec == DELTA and base is not None:
        return zstd.decompress(data, zstd_dict=zstd.ZstdDict(base, is_raw=True))
    raise ValueError(f"cannot decompress codec {codec!r} without its base page")
