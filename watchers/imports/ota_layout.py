"""Where a version sits in an Open Terms Archive versions repository or dataset, and when it
was captured. Pure: relative paths, file names and `git log` output in, facts out.

Layouts read, relative to the folder given:

- `<Service>/<Terms type>[ #<document id>].md`: an OTA versions repository. One file per
  document; its versions are the file's contents at each commit, dated by git (OTA's
  recorder commits each version with the fetch date as author and committer date).
- `<Service>/<Terms type>[ #<id>]/[…/]<date>.md`: OTA's published datasets
  (`2021-08-01T01-03-12Z.md`) and the development corpus (`001_2025-04-19T003056Z.md`).
- `history/<Service>/<Terms type>/<date>[ (v<N>)].md`, with `<date>[ (v<N>)].json` beside
  it: `vigie export --format ota`. Its `<Service>/<Terms type>.md` files are copies of the
  latest versions; a document with dated files is read from those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import PurePosixPath

# OTA names several documents of one terms type `<Terms type> #<document id>`
# (engine: TERMS_TYPE_AND_DOCUMENT_ID_SEPARATOR); so does Vigie's export.
DOCUMENT_ID_SEPARATOR = " #"
# A capture date in a file name: an optional sequence number (`001_`), a date, an optional
# time with or without separators (OTA datasets write `-` for `:`), seconds' fractions, a
# zone (UTC when absent: OTA and Vigie write UTC), and Vigie's ` (v<N>)` for two versions
# captured in the same second.
STAMP = re.compile(
    r"^(?:(?P<seq>\d{1,9})_)?(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T_ ](?P<hour>\d{2})[-:]?(?P<minute>\d{2})(?:[-:]?(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?"
    r"(?: \(v(?P<version>\d+)\))?$")
# Commit subjects with which OTA's recorder marks a re-extraction of an unchanged page after
# its own rules changed (engine: TITLE_PREFIXES.technicalUpgrade, formerly "Refilter").
TECHNICAL_UPGRADE_PREFIXES = ("Apply technical or declaration upgrade on", "Refilter")
EXPORT_HISTORY = "history"


@dataclass(frozen=True, order=True)
class DocumentKey:
    """One document of one service, as the archive names it."""

    service: str
    terms_type: str
    document_id: str = ""

    @property
    def label(self) -> str:
        return f"{self.service} / {self.terms_type}" + (f" #{self.document_id}" if self.document_id else "")


@dataclass(frozen=True)
class Stamp:
    captured_at: str  # ISO 8601 UTC to the second, the store's format
    rank: tuple[int, ...]  # orders captures of one instant: (v<N>, sequence number, fraction)


@dataclass(frozen=True)
class Place:
    """What a Markdown file's path says."""

    document: DocumentKey
    stamp: Stamp | None  # None: the name carries no date
    document_file: bool  # `<Service>/<Terms type>.md`: a repository's document, or an export's latest copy


def utc_iso(moment: datetime) -> str:
    """The store's time format: '2025-04-19T00:30:56+00:00'."""
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def parse_stamp(stem: str) -> Stamp | None:
    """The capture time a file name (without `.md`) carries, or None."""
    match = STAMP.match(stem.strip())
    if not match:
        return None
    parts = match.groupdict()
    zone = parts["zone"] or "Z"
    if zone != "Z" and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    text = (f"{parts['date']}T{parts['hour'] or '00'}:{parts['minute'] or '00'}:{parts['second'] or '00'}"
            f"{'+00:00' if zone == 'Z' else zone}")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:  # 2025-02-30, hour 25…
        return None
    fraction = int((parts["fraction"] or "0").ljust(9, "0"))
    return Stamp(utc_iso(moment), (int(parts["version"] or 0), int(parts["seq"] or 0), fraction))


def split_document(name: str) -> tuple[str, str]:
    """'Privacy Policy #eu' -> ('Privacy Policy', 'eu')."""
    terms_type, _, document_id = name.partition(DOCUMENT_ID_SEPARATOR)
    return terms_type.strip(), document_id.strip()


def locate(path: str | PurePosixPath) -> Place | None:
    """Where a file sits in the layout (path relative to the folder given), or None when it
    is not a version: not Markdown, hidden, or at the top (README.md, LICENSE)."""
    parts = PurePosixPath(path).parts
    if not parts or not parts[-1].lower().endswith(".md") or any(p.startswith(".") for p in parts):
        return None
    if parts[0] == EXPORT_HISTORY and len(parts) >= 4:
        parts = parts[1:]
    if len(parts) < 2 or not parts[0].strip():
        return None
    if len(parts) == 2:
        terms_type, document_id = split_document(parts[1][:-3])
        return Place(DocumentKey(parts[0], terms_type, document_id), None, True) if terms_type else None
    terms_type, document_id = split_document(parts[1])
    if not terms_type:
        return None
    return Place(DocumentKey(parts[0], terms_type, document_id), parse_stamp(parts[-1][:-3]), False)


def is_technical_upgrade(subject: str | None) -> bool:
    return bool(subject) and subject.startswith(TECHNICAL_UPGRADE_PREFIXES)


# -- git ------------------------------------------------------------------------

# `git log` is asked for one record per commit: RECORD, then hash, author date and
# subject separated by FIELD, then with --raw -z each changed file as
# ":<modes> <old blob> <new blob> <status>" NUL "<path>" NUL.
GIT_LOG_FORMAT = "%x1e%H%x1f%aI%x1f%s"
RECORD, FIELD = "\x1e", "\x1f"
DELETED = "D"


@dataclass(frozen=True)
class FileChange:
    status: str  # A, M, D, T…
    blob: str  # the file's content at the commit (all zeros when deleted)
    path: str  # relative to the repository's top


@dataclass(frozen=True)
class Commit:
    sha: str
    captured_at: str  # the author date, in UTC: OTA's fetch date
    subject: str
    files: tuple[FileChange, ...]


def parse_git_log(output: str) -> list[Commit]:
    """Commits from `git log --no-renames --raw --no-abbrev -z --format=GIT_LOG_FORMAT`."""
    commits = []
    for record in output.split(RECORD)[1:]:
        header, _, rest = record.partition("\0")
        sha, date, subject = (header.split(FIELD) + ["", ""])[:3]
        tokens = rest.lstrip("\n").split("\0")
        files = []
        for meta, path in zip(tokens[::2], tokens[1::2]):
            fields = meta.lstrip(":").split()
            if len(fields) >= 5:
                files.append(FileChange(fields[4][:1], fields[3], path))
        commits.append(Commit(sha, utc_iso(datetime.fromisoformat(date.strip())), subject, tuple(files)))
    return commits
