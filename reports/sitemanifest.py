"""What each page of the site was rendered from, so that a rebuild renders only what changed.

Every page has a key: a hash of the data it is rendered from (rows that are
never rewritten are named by what identifies them: a version by its number and
hash, a change by its id) and of the fingerprint of the templates and of this
Vigie. The manifest keeps the keys of the last build;
a page whose key is unchanged would be rendered byte for byte the same, so it
is left alone. A watch has a key of its own over all its pages' data: an
unchanged watch is skipped without computing its pages' keys.

It also keeps each platform's answers (reports/standing.py) with the key they were
computed for: a rebuild computes again only the platforms whose versions changed.

Pure: no file is read or written here but the templates, for the fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from importlib.metadata import PackageNotFoundError, version

NAME = ".vigie-site.json"
# Bumped when what a key covers changes: every page is then rendered again.
FORMAT = 2


def key(*parts: object) -> str:
    """The key of data made of strings, numbers, tuples and frozen dataclasses (their repr is their value)."""
    # 64 bits: a key is only ever compared with the same page's key of the last build.
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


@cache
def fingerprint() -> str:
    """Of the templates and of this Vigie: when either changes, every page is rendered again.
    The code that renders (reports/, and watchers/ for the diffs) counts too: a checkout's
    edits change pages without changing the version number."""
    digest = hashlib.sha256(f"{FORMAT} {_vigie_version()}".encode())
    sources = [resources.files("reports") / "templates", resources.files("reports"), resources.files("watchers")]
    for folder in sources:
        for name, entry in _files(folder):
            if folder.name == "templates" or name.endswith(".py"):
                digest.update(name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()[:32]


def _files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """Every file under a package folder (its sub-packages too), by relative name, in order."""
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _files(entry, f"{prefix}{entry.name}/")
        elif entry.is_file():
            yield prefix + entry.name, entry


def _vigie_version() -> str:
    try:
        return version("vigie-policy")
    except PackageNotFoundError:  # a checkout never installed: the templates still count
        return "unknown"


@dataclass
class Manifest:
    fingerprint: str
    watches: dict[str, dict] = field(default_factory=dict)  # id -> {"key": …, "pages": {path: key}}
    shared: dict[str, str] = field(default_factory=dict)  # feeds, the stance and platform pages: path -> key

    def page_keys(self) -> dict[str, str]:
        """Every page but the index (rendered each time), with its key."""
        pages = dict(self.shared)
        for watch in self.watches.values():
            pages.update(watch["pages"])
        return pages

    def dumps(self) -> str:
        return json.dumps({"format": FORMAT, "fingerprint": self.fingerprint, "watches": self.watches,
                           "shared": self.shared}, sort_keys=True,
                          separators=(",", ":"))


def loads(text: str) -> Manifest | None:
    """The manifest, or None when it is unreadable or of another format (a full build follows)."""
    try:
        data = json.loads(text)
        if data["format"] != FORMAT:
            return None
        manifest = Manifest(str(data["fingerprint"]), dict(data["watches"]), dict(data["shared"]))
        if all(isinstance(w["key"], str) and isinstance(w["pages"], dict) for w in manifest.watches.values()):
            return manifest
    except (ValueError, KeyError, TypeError, AttributeError):
        pass
    return None
