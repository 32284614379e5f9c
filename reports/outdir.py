"""A whole folder or nothing: build it beside `--out`, then swap it in.

A web server or a researcher's script reading `--out` never sees half a site
or half an export, and an interrupted run leaves the previous one in place. A
re-run replaces only what Vigie wrote there (each caller knows its own mark);
anything else at `--out` is refused. What people add to a folder Vigie wrote to
publish it is carried over to the new one: dotfiles (`.git/`, `.nojekyll`,
`.well-known/`…) and the files static hosts read (`CNAME`, `_headers`…), none of
which Vigie writes. A page an earlier run wrote and this one does not is stale:
it goes.

A site is also updated in place (reports/site.py): `write_file` replaces one file
whole through a temporary file renamed over it, `own_files` lists what Vigie may
have written (all but those publishing files), `remove_files` removes the stale.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


class Refused(Exception):
    """`--out` holds something Vigie did not write there; the message says what to do."""


@contextmanager
def replacing(out: Path, ours: Callable[[Path], bool], what: str,
              refused: type[Refused]) -> Iterator[Path]:
    """Yield an empty staging folder; when the block ends without error it becomes `out`."""
    out = Path(os.path.abspath(out))  # "." has no name to put a sibling beside
    if out.exists() and not out.is_dir():
        raise refused(f"{out} is a file; give --out a folder path (it is created)")
    if out.is_dir() and any(out.iterdir()) and not ours(out):
        raise refused(f"{out} already holds files that are not {what}; give --out a new or empty folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(f".{out.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
        if out.exists():
            retired = out.with_name(f".{out.name}.previous-{os.getpid()}")
            out.rename(retired)
            kept = _carry_over(retired, staging)
            try:
                staging.rename(out)
            except OSError:
                _carry_over(staging, retired, kept)  # give them back before anything is removed
                retired.rename(out)
                raise
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# Files static hosts and people add beside a published folder, which Vigie never writes.
PUBLISHING_FILES = frozenset({"CNAME", "_headers", "_redirects", "robots.txt", "favicon.ico", "humans.txt",
                              "README.md", "README", "LICENSE", "netlify.toml", "vercel.json"})


def _carry_over(source: Path, target: Path, names: list[str] | None = None) -> list[str]:
    """Move into `target` the top-level entries of `source` that people added (or `names`)."""
    if names is None:
        names = [entry.name for entry in source.iterdir()
                 if (entry.name.startswith(".") or entry.name in PUBLISHING_FILES) and not (target / entry.name).exists()]
    for name in names:
        (source / name).rename(target / name)
    return names


def own_files(root: Path) -> set[str]:
    """The files under `root` (as relative POSIX paths) but those people add to publish it:
    what a rebuild must leave exactly as the new site (anything else is stale)."""
    found: set[str] = set()
    if root.is_dir():
        _walk(str(root), "", found, top=True)
    return found


def _walk(folder: str, prefix: str, found: set[str], top: bool = False) -> None:
    # os.scandir on plain strings: a site has hundreds of thousands of files.
    with os.scandir(folder) as entries:
        for entry in entries:
            if top and (entry.name.startswith(".") or entry.name in PUBLISHING_FILES):
                continue
            if entry.is_dir(follow_symlinks=False):
                _walk(entry.path, f"{prefix}{entry.name}/", found)
            else:
                found.add(prefix + entry.name)


def write_file(root: Path, path: str, text: str, atomic: bool = True) -> bool:
    """Write `root/path`; False when it already held exactly `text` (then it is not touched).
    `atomic`: through a temporary file renamed over it, so that a reader of a published
    folder sees the old file or the new one, never half of one."""
    target = root / path
    data = text.encode("utf-8")
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    if not atomic:
        target.write_bytes(data)
        return True
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return True


def remove_files(root: Path, paths: Iterable[str]) -> int:
    """Remove these files of `root` (those that exist), and the folders they leave empty."""
    removed = 0
    for path in paths:
        target = root / path
        try:
            target.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        folder = target.parent
        while folder != root and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return removed
