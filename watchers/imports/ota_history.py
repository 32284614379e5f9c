"""An archive's history into watches' versions: the decisions, without I/O.

`vigie import ota-history PATH` reads an Open Terms Archive versions repository or dataset
(or a `vigie export --format ota`) into the store, so that a researcher starts with years of
classified history. This module decides:

- which watch each document's versions go to (`resolve`): the watch the export metadata
  names, else the watchlist's watch (bundled catalogue or the user's file) of the same
  service and kind, else a new watch `<service>/<terms-type>`; `--map` overrides;
- which captures are versions (`sequence`): in capture order, a text equal to the previous
  one is not a new version (OTA records only changes, but a dataset's re-extractions and
  merged documents can repeat a text);
- whether they fit what the store holds (`reconcile`): versions are numbered in capture
  order and never rewritten, so an import only ever appends. A re-run finds its versions
  already there and adds nothing; a run cut short resumes where it stopped; history that
  would have to go before or between versions recorded otherwise is refused, with the
  reason.

Reading the files and git (`history_read`) and writing the store (`history_write`) are
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from watchers.imports.ota import kind_of, slug
from watchers.imports.ota_layout import DocumentKey, utc_iso

SEVERITIES = ("high", "medium", "low", "noise")


@dataclass(frozen=True)
class Capture:
    """One recorded text of one document, not read yet (archives hold gigabytes)."""

    document: DocumentKey
    captured_at: str  # ISO 8601 UTC, seconds
    rank: tuple  # orders captures of one instant (file-name sequence, commit order)
    origin: dict  # where it was read: {"file": ...} and, from git, {"commit", "message"}
    read: Callable[[], bytes] = field(compare=False, repr=False)
    metadata: dict | None = field(default=None, compare=False)  # an export's `<date>.json`
    technical_upgrade: bool = False  # OTA's commit says: re-extraction, not a change of the page


# -- which watch -----------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """A watch of the current watchlist, as far as mapping needs it."""

    id: str
    platform: str
    kind: str
    title: str
    locale: str
    catalogue: bool  # from the bundled catalogue (else from the user's file)


@dataclass(frozen=True)
class Target:
    watch_id: str
    how: str  # "map", "export", "catalogue", "watchlist" or "new"
    why: str  # said to people


MAP_SPEC = re.compile(r"^(?P<service>[^/=]+)/(?P<terms>[^=]+)=\s*(?P<watch>\S+)$")


def parse_map(spec: str) -> tuple[tuple[str, str], str]:
    """'Facebook/Privacy Policy=facebook/privacy-policy' -> (('facebook', 'privacy policy'), id)."""
    match = MAP_SPEC.match(spec.strip())
    if not match:
        raise ValueError(f"{spec!r}: expected SERVICE/TERMS TYPE=WATCH_ID, e.g. "
                         "'Facebook/Privacy Policy=facebook/privacy-policy'")
    return (match["service"].strip().casefold(), match["terms"].strip().casefold()), match["watch"]


def _map_key(document: DocumentKey) -> tuple[str, str]:
    terms = document.terms_type + (f" #{document.document_id}" if document.document_id else "")
    return document.service.casefold(), terms.casefold()


def derived_id(document: DocumentKey) -> str:
    """The id `vigie import ota` gives the same document: '<service>/<terms-type>'."""
    base = f"{slug(document.service)}/{slug(document.terms_type)}"
    return f"{base}-{slug(document.document_id)}" if document.document_id else base


def resolve(document: DocumentKey, known: Sequence[Known], *, exported_as: str | None = None,
            mapped: dict[tuple[str, str], str] | None = None, locale: str = "en") -> Target:
    """The watch a document's versions belong to, and why."""
    if mapped and _map_key(document) in mapped:
        return Target(mapped[_map_key(document)], "map", "as --map says")
    if exported_as:
        return Target(exported_as, "export", "the watch it was exported from")
    kind = kind_of(document.terms_type)
    new_id = derived_id(document)
    same = [w for w in known if slug(w.platform) == slug(document.service) and w.kind == kind]
    # The watch `vigie import ota` would have made of this document, e.g. facebook/privacy-policy.
    chosen = [w for w in same if w.id == new_id]
    # Else the service's watch of that kind (of that title for an "other" one) in the archive's
    # language, e.g. TikTok's privacy policy: tiktok/privacy-policy-eea (en), not .fr. A document
    # with its own id ("Privacy Policy #eu") is one of several: only its own id matches it.
    candidates = [] if document.document_id else [
        w for w in same if kind != "other" or w.title.casefold() == document.terms_type.casefold()]
    if not chosen:
        chosen = [w for w in candidates if w.locale.split("-")[0] == locale.split("-")[0]]
    if len(chosen) == 1:
        watch = chosen[0]
        source = "catalogue" if watch.catalogue else "watchlist"
        return Target(watch.id, source, f"the {source}'s {watch.platform} {watch.kind} watch"
                      + (f" in {watch.locale}" if len(candidates) > 1 else ""))
    taken = {w.id for w in known}
    if len(chosen) > 1:
        why = (f"several watches match ({', '.join(w.id for w in chosen)}): "
               f"a new watch; choose one with --map '{document.service}/{document.terms_type}=ID'")
    elif candidates:
        why = (f"no {document.service} {kind} watch in {locale} ({', '.join(w.id for w in candidates)} are in "
               f"other languages): a new watch; --locale or --map to choose")
    else:
        why = f"no {document.service} {kind} watch in the watchlist: a new watch"
    # Never a watchlist watch's id for another document's history.
    return Target(new_id if new_id not in taken else f"{new_id}-ota", "new", why)


# -- which captures are versions -----------------------------------------------


def ordered(captures: Iterable[Capture]) -> list[Capture]:
    """In capture order; one instant's captures by their rank (a name's ` (v2)`, a commit's place)."""
    return sorted(captures, key=lambda c: (c.captured_at, c.rank))


def sequence(hashed: Iterable[tuple[Capture, str]]) -> tuple[list[tuple[Capture, str]], int]:
    """(the captures that are versions, how many repeated the previous text), from
    (capture, sha256 of its text) in capture order."""
    kept: list[tuple[Capture, str]] = []
    repeated = 0
    for capture, digest in hashed:
        if kept and kept[-1][1] == digest:
            repeated += 1
            continue
        kept.append((capture, digest))
    return kept, repeated


@dataclass(frozen=True)
class Stored:
    """A version the store already holds."""

    number: int
    captured_at: str
    sha256: str
    imported: bool  # recorded by an import (else by a crawl)


@dataclass(frozen=True)
class Decision:
    start: int  # the first of the planned versions to add (len(planned): nothing to add)
    refused: str | None = None  # why nothing can be added


def same_instant(a: str, b: str) -> bool:
    try:
        return utc_iso(datetime.fromisoformat(a)) == utc_iso(datetime.fromisoformat(b))
    except ValueError:
        return a == b


def reconcile(watch_id: str, stored: Sequence[Stored], planned: Sequence[tuple[str, str]]) -> Decision:
    """What of `planned` ((captured_at, sha256) in order) can be appended to `stored`.

    A version already stored is recognised by its capture time and text, whichever import
    (git or files) wrote it: the stored versions that begin the planned sequence are
    skipped, the rest appended. Anything else would need versions inserted before or
    between the stored ones, which are numbered in capture order and never rewritten."""
    common = 0
    while (common < min(len(stored), len(planned)) and stored[common].sha256 == planned[common][1]
           and same_instant(stored[common].captured_at, planned[common][0])):
        common += 1
    if common == len(stored) or common == len(planned):
        # All stored versions are this history's first ones (append the rest), or all of
        # this history is stored and later versions followed it (nothing to add).
        return Decision(common)
    other = stored[common:]
    crawled = sum(not s.imported for s in other)
    by = ("Vigie's crawls" if crawled == len(other) else "another import" if not crawled
          else "Vigie's crawls and another import")
    return Decision(len(planned), refused=(
        f"{watch_id} already holds {len(other)} version(s) (v{other[0].number}–v{other[-1].number}, "
        f"{other[0].captured_at[:10]} to {other[-1].captured_at[:10]}, recorded by {by}) that this history "
        f"does not have, and versions are numbered in capture order and never rewritten, so its "
        f"{len(planned) - common} version(s) from {planned[common][0][:10]} to {planned[-1][0][:10]} cannot be "
        f"put in order among them. Import into another database (--db), or under another watch id "
        f"(--map 'SERVICE/TERMS TYPE=NEW_ID')"))


# -- what is said -------------------------------------------------------------------


@dataclass
class WatchReport:
    """What the import did for one watch."""

    watch: str
    how: str
    why: str
    documents: list[str]
    read: int = 0  # captures read
    repeated: int = 0  # captures equal to the previous text: not versions
    already: int = 0  # versions this history has that were stored before
    added: int = 0  # versions added by this run
    changes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))
    technical_upgrades: dict[str, int] = field(default_factory=dict)  # severity -> OTA re-extractions
    first: str | None = None  # capture range of this watch's history in the archive
    last: str | None = None
    refused: str | None = None
    new_watch: bool = False  # the watch was not in the watchlist

    @property
    def status(self) -> str:
        return "refused" if self.refused else "imported" if self.added else "up to date"

    def as_json(self) -> dict:
        return {"watch": self.watch, "documents": self.documents, "mapped": self.how, "why": self.why,
                "status": self.status, "reason": self.refused, "versions_read": self.read,
                "repeated_texts": self.repeated, "versions_already_stored": self.already,
                "versions_added": self.added, "changes": self.changes,
                "technical_upgrades": sum(self.technical_upgrades.values()),
                "technical_upgrade_severities": self.technical_upgrades,
                "first": self.first, "last": self.last}


def watch_lines(report: WatchReport, dry_run: bool = False) -> list[str]:
    """Two or three lines per watch for people."""
    head = f"{report.watch}  ← {', '.join(report.documents)} ({report.why})"
    if report.refused:
        return [head, f"  refused: {report.refused}"]
    span = f"{report.first[:10]} → {report.last[:10]}" if report.first else "no dates"
    counts = ", ".join(f"{n} {severity}" for severity, n in report.changes.items() if n) or "none"
    added = sum(report.changes.values())
    if dry_run:
        line = (f"  {report.added} version(s) to add" + (f" ({report.already} already stored)" if report.already
                                                          else "") + f"; {span}")
    else:
        line = (f"  {report.added} version(s) added" + (f" ({report.already} already stored)" if report.already
                                                         else "") + f", {added} change(s): {counts}; {span}")
    lines = [head, line]
    notes = []
    if report.repeated:
        notes.append(f"{report.repeated} capture(s) repeating the previous text skipped")
    if report.technical_upgrades:
        notes.append(f"{sum(report.technical_upgrades.values())} of the changes are OTA re-extractions "
                     "(technical upgrades, not changes of the page): "
                     + ", ".join(f"{n} {s}" for s, n in report.technical_upgrades.items()))
    if notes:
        lines.append("  " + "; ".join(notes))
    return lines
