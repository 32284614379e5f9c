"""Reading an archive's captures: a folder of dated files, a git repository's history, or a
dataset's zip. The only I/O of the history import's reading side; what the paths and the
log mean is `ota_layout`'s to say.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from watchers.imports.ota import Problem
from watchers.imports.ota_history import Capture
from watchers.imports.ota_layout import (DELETED, GIT_LOG_FORMAT, DocumentKey, Place, is_technical_upgrade,
                                         locate, parse_git_log)

NO_DATE = ("no capture date: the file name carries no date and the folder is not a git repository; "
           "give a clone of the versions repository with its history, or a dataset with dated files")


class HistoryUnreadable(Exception):
    """Nothing at PATH can be read as an archive; the message says what to give instead."""


@dataclass
class Scan:
    captures: list[Capture] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # "files", "git", "zip": what was read


def scan(path: Path, blobs: "GitBlobs | None" = None) -> Scan:
    """Every capture under `path` (not read yet). `blobs` reads the git captures' texts:
    give one (`git_blobs(path)`) when `path` is in a git repository."""
    if zipfile.is_zipfile(path):
        return _scan_zip(path)
    if not path.is_dir():
        raise HistoryUnreadable(f"{path}: no such folder; give an Open Terms Archive versions repository "
                                "(a git clone), a dataset (folder or .zip) or a `vigie export --format ota` folder")
    result = Scan()
    dated: dict[DocumentKey, list[Capture]] = {}
    document_files: dict[DocumentKey, list[str]] = {}
    for relative, file in _walk(path):
        place = locate(relative)
        if place is None:
            continue
        if place.stamp is None:
            if place.document_file:
                document_files.setdefault(place.document, []).append(relative)
            else:
                result.problems.append(Problem(relative, place.document.label, NO_DATE, True))
            continue
        dated.setdefault(place.document, []).append(_file_capture(place, relative, file, result.problems))
    if dated:
        result.sources.append("files")
    for captures in dated.values():
        result.captures += captures
    # A document with dated files is read from them: its document file is an export's
    # latest copy, and git's history of it would only repeat them.
    if blobs is None:
        reason = NO_DATE if shutil.which("git") or not (path / ".git").exists() else (
            "no capture date: the file name carries no date, and git, which would date it from the "
            "repository's history, is not installed; install git and run the import again")
        result.problems += [Problem(f, key.label, reason, True)
                            for key, files in document_files.items() if key not in dated for f in files]
        return result
    # From git, every document its history holds, including those since renamed or removed.
    from_git = _git_captures(path, blobs, set(dated))
    if from_git:
        result.sources.append("git")
        result.captures += from_git
    committed = {c.document for c in from_git}
    result.problems += [Problem(f, key.label, "not committed: a document file without git history has no "
                                "capture date; commit it, or give a dataset with dated files", True)
                        for key, files in document_files.items() if key not in dated and key not in committed
                        for f in files]
    return result


def _walk(root: Path) -> Iterator[tuple[str, Path]]:
    """(POSIX path relative to root, file) for every file, hidden folders (.git) left out, in
    name order so that a run reads, reports and imports the same way every time."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(folder) / name
            yield file.relative_to(root).as_posix(), file


def _file_capture(place: Place, relative: str, file: Path, problems: list[Problem]) -> Capture:
    metadata = None
    sidecar = file.with_suffix(".json")
    if sidecar.is_file():
        # `vigie export --format ota` writes one beside each version: the watch, its capture time.
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("watch"), str):
                metadata = data
        except (OSError, ValueError) as error:
            problems.append(Problem(relative, place.document.label, "metadata beside the version unreadable "
                                    "(the version is imported without it)", False, detail=str(error)))
    captured_at = place.stamp.captured_at
    if metadata and isinstance(metadata.get("captured_at"), str):
        captured_at = metadata["captured_at"]  # exactly as exported, for the round trip
    return Capture(place.document, captured_at, (*place.stamp.rank, relative), {"file": relative},
                   file.read_bytes, metadata)


def _scan_zip(path: Path) -> Scan:
    """A dataset as OTA publishes it: a zip whose one top folder holds the layout."""
    result = Scan(sources=["zip"])
    archive = zipfile.ZipFile(path)
    names = [info.filename for info in archive.infolist() if not info.is_dir()]
    tops = {PurePosixPath(name).parts[0] for name in names}
    prefix = next(iter(tops)) if len(tops) == 1 and all(len(PurePosixPath(n).parts) > 1 for n in names) else None
    dated: dict[DocumentKey, list[Capture]] = {}
    for name in names:
        relative = str(PurePosixPath(*PurePosixPath(name).parts[1:])) if prefix else name
        place = locate(relative)
        if place is None or place.document_file:
            continue
        if place.stamp is None:
            result.problems.append(Problem(relative, place.document.label, NO_DATE, True))
            continue
        metadata = None
        sidecar = name[:-3] + ".json"
        if sidecar in archive.NameToInfo:
            with suppress(ValueError, KeyError):
                data = json.loads(archive.read(sidecar))
                metadata = data if isinstance(data, dict) and isinstance(data.get("watch"), str) else None
        captured_at = metadata["captured_at"] if metadata and isinstance(metadata.get("captured_at"), str) \
            else place.stamp.captured_at
        dated.setdefault(place.document, []).append(Capture(
            place.document, captured_at, (*place.stamp.rank, relative), {"file": f"{path.name}:{name}"},
            lambda name=name: archive.read(name), metadata))
    for captures in dated.values():
        result.captures += captures
    return result


# -- git ------------------------------------------------------------------------


def git_top(path: Path) -> tuple[Path, str] | None:
    """(the repository's top, `path`'s prefix in it) when `path` is in a git work tree."""
    if shutil.which("git") is None or not path.is_dir():
        return None
    found = _git(path, "rev-parse", "--show-toplevel", "--show-prefix", check=False)
    if found.returncode != 0:
        return None
    top, prefix = (found.stdout.split("\n") + ["", ""])[:2]
    return Path(top), prefix


def _git(path: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    # Paths as they are (no octal quoting of non-ASCII names), messages in English.
    return subprocess.run(["git", "-C", str(path), "-c", "core.quotepath=off", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="surrogateescape", check=check,
                          env={**os.environ, "LC_ALL": "C", "GIT_PAGER": "cat"})


def _git_captures(path: Path, blobs: "GitBlobs", dated: set[DocumentKey]) -> list[Capture]:
    """One capture per commit that wrote a document's file (`<Service>/<Terms type>.md`, but
    not of the `dated` documents): its content then, dated by the commit's author date
    (OTA's fetch date)."""
    top = git_top(path)
    prefix = top[1] if top else ""
    log = _git(path, "log", "--reverse", "--no-merges", "--no-renames", "--raw", "--no-abbrev", "-z",
               f"--format={GIT_LOG_FORMAT}", "--", ".").stdout
    captures = []
    for position, commit in enumerate(parse_git_log(log)):
        for change in commit.files:
            if change.status == DELETED or not change.path.startswith(prefix):
                continue
            relative = change.path[len(prefix):]
            place = locate(relative)
            if place is None or not place.document_file or place.document in dated:
                continue
            captures.append(Capture(
                place.document, commit.captured_at, (position,),
                {"file": relative, "commit": commit.sha, "message": commit.subject},
                lambda blob=change.blob: blobs.read(blob), technical_upgrade=is_technical_upgrade(commit.subject)))
    return captures


class GitBlobs:
    """File contents by blob id, from one `git cat-file --batch` process: one process for
    thousands of versions, not one each."""

    def __init__(self, path: Path):
        self.process = subprocess.Popen(["git", "-C", str(path), "cat-file", "--batch"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env={**os.environ, "LC_ALL": "C"})

    def read(self, blob: str) -> bytes:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(blob.encode() + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            raise OSError(f"git cat-file: no blob {blob} ({b' '.join(header).decode(errors='replace')})")
        data = self.process.stdout.read(int(header[2]))
        self.process.stdout.read(1)  # the newline after each object
        return data

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@contextmanager
def git_blobs(path: Path) -> Iterator[GitBlobs | None]:
    """A blob reader when `path` is in a git work tree, else None."""
    if git_top(path) is None:
        yield None
        return
    blobs = GitBlobs(path)
    try:
        yield blobs
    finally:
        blobs.close()
