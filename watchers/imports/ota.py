"""Open Terms Archive declarations into Vigie watches.

An OTA service declaration is JSON: `{"name": ..., "terms": {"<terms type>": {fetch,
select, remove, filter, executeClientScripts} or {..., "combine": [{fetch, ...}, ...]}}}`
(`documents` instead of `terms` in declarations written before 2023). `convert` is pure:
parsed JSON in, watches and problems out. `read_declarations` is the only I/O here.

What cannot be carried over is reported, never guessed:
- a range selector (`{"startBefore": ..., "endAfter": ...}`) or a selector Vigie cannot
  parse in `select` skips the document (CSS cannot express it, and reading the wrong part
  would raise false alarms); in `remove` it is dropped, alone, and the watch may then read
  a little more text than OTA;
- `filter`s are JavaScript functions (`<Service>.filters.js`): dropped, reported;
- a `combine` of several source documents becomes one watch per source (ids ending
  `-1`, `-2`…), because Vigie records and diffs each page on its own;
- PDF documents are skipped (Vigie reads HTML);
- `*.history.json` files (past declarations with `validUntil`) are skipped: only the
  current declaration describes pages worth watching.

`report_lines` groups what was left behind by reason, each document once with its URLs:
a whole collection's report stays readable.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pydantic import ValidationError

from watchers.catalogue.watchlist import Watch
from watchers.page.extract import SelectorError, check_selector

# Vigie kind -> Open Terms Archive terms type (github.com/OpenTermsArchive/terms-types),
# used both ways: `vigie export --format ota` names documents with it, and import
# maps it back. OTA has no type for AI-training notices or opt-out pages (its
# collections fold them into "Privacy Policy"); Vigie keeps their histories apart
# under its own two names, so an export imports back.
KIND_TERMS_TYPES = {
    "privacy-policy": "Privacy Policy",
    "terms": "Terms of Service",
    "ai-notice": "Generative AI Policy",
    "opt-out": "Opt-out Page",
}
# Terms types -> Vigie kinds: the mapping above reversed, plus OTA's aliases. Types
# not listed are "other".
TERMS_TYPE_KINDS = {
    **{terms: kind for kind, terms in KIND_TERMS_TYPES.items()},
    "Business Privacy Policy": "privacy-policy",
    "Terms and Conditions": "terms",  # aliases OTA lists for Terms of Service
    "Terms of Use": "terms",
}
IMPORT_EVERY = "1d"
IMPORT_TAGS = ("ota",)
SOURCE_KEYS = {"fetch", "select", "remove", "filter", "executeClientScripts"}
RANGE_KEYS = {"startBefore", "startAfter", "endBefore", "endAfter"}


@dataclass(frozen=True)
class Problem:
    """Something in a declaration that could not be carried over, and why.

    `reason` is worded the same for every document it concerns, so that a report over
    thousands of documents groups by it (`report_lines`); what is particular to this
    document (the selector, the filter names, the parse error) is `detail`."""

    source: str  # the file it came from
    document: str  # "Service / Terms type", or "" for the whole file
    reason: str
    skipped: bool  # True: no watch was made; False: a watch was made without this
    watch_id: str | None = None
    url: str | None = None  # the page concerned, when the declaration names one
    detail: str = ""

    @property
    def message(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason

    def __str__(self) -> str:
        where = f"{self.source}: {self.document}" if self.document else self.source
        what = "skipped" if self.skipped else f"imported as {self.watch_id}, but"
        return f"{where}: {what}: {self.message}"


@dataclass
class Conversion:
    watches: list[Watch] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)  # watch id -> source file

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]

    @property
    def caveats(self) -> list[Problem]:
        return [p for p in self.problems if not p.skipped]


class DeclarationsUnreadable(Exception):
    """The path holds nothing to import; the message says what to do."""


def kind_of(terms_type: str) -> str:
    return TERMS_TYPE_KINDS.get(terms_type, "other")


def slug(name: str) -> str:
    """'Google Generative AI Services' -> 'google-generative-ai-services' (watch-id safe)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9.]+", "-", ascii_name.lower()).strip("-.")
    text = re.sub(r"\.{2,}", ".", text)
    # A name with no Latin letters (e.g. 文心一言) still needs a stable id.
    return text or "x" + hashlib.sha256(name.encode()).hexdigest()[:8]


def is_history(source: str, data: Any) -> bool:
    """A `<Service>.history.json`: past declarations, each with `validUntil`."""
    if source.endswith(".history.json"):
        return True
    return (isinstance(data, dict) and bool(data) and "name" not in data
            and all(isinstance(v, list) for v in data.values()))


HISTORY_FILE = ("a history file (past declarations with validUntil) describes pages as they used to be; "
                "import the service's current declaration (<Service>.json)")
CATALOGUE_CLASH = ("a bundled catalogue watch has the same id; used as your watchlist, this import replaces "
                   "it (rename the id to keep both)")


def convert(declarations: Iterable[tuple[str, Any]], known_ids: Iterable[str] = ()) -> Conversion:
    """Watches from (source name, parsed JSON) pairs, with everything left behind."""
    result = Conversion()
    taken: set[str] = set()
    known = set(known_ids)
    for source, data in declarations:
        if is_history(source, data):
            result.problems.append(Problem(source, "", HISTORY_FILE, True))
            continue
        for watch, problems in _declaration(source, data, taken):
            result.problems += problems
            if watch is None:
                continue
            taken.add(watch.id)
            result.watches.append(watch)
            result.origins[watch.id] = source
            if watch.id in known:
                result.problems.append(Problem(source, f"{watch.platform} / {watch.title}", CATALOGUE_CLASH,
                                               False, watch.id, watch.url))
    return result


def _declaration(source: str, data: Any, taken: set[str]):
    def skip(reason: str):
        yield None, [Problem(source, "", reason, True)]

    if not isinstance(data, dict):
        yield from skip("not an OTA declaration: expected a JSON object with \"name\" and \"terms\"")
        return
    if not data:
        # An empty object is a placeholder, not a malformed declaration: say that.
        yield from skip("empty declaration: the JSON object is {}, with no \"name\" and no \"terms\"; "
                        "fill it in or remove the file")
        return
    terms = data.get("terms", data.get("documents"))
    name = data.get("name")
    if terms is None:
        yield from skip("not an OTA declaration: no \"terms\" object mapping terms types to documents")
        return
    if not isinstance(terms, dict):
        yield from skip("\"terms\" must be an object mapping terms types to documents")
        return
    if not terms:
        yield from skip("declares no documents: \"terms\" is empty")
        return
    if not isinstance(name, str) or not name.strip():
        name = Path(source).name.removesuffix(".json")
    for terms_type, document in terms.items():
        yield from _document(source, name.strip(), terms_type, document, taken)


def _document(source: str, service: str, terms_type: str, document: Any, taken: set[str]):
    label = f"{service} / {terms_type}"
    if not isinstance(document, dict):
        yield None, [Problem(source, label, "expected an object with fetch and select", True)]
        return
    parts = document.get("combine")
    if parts is None:
        sources = [document]
    elif isinstance(parts, list) and parts and all(isinstance(p, dict) for p in parts):
        shared = {k: v for k, v in document.items() if k != "combine"}
        sources = [{**shared, **part} for part in parts]  # a source's own keys win, as in OTA
    else:
        yield None, [Problem(source, label, "\"combine\" must be a non-empty list of source documents", True)]
        return
    base_id = f"{slug(service)}/{slug(terms_type)}"
    announced = len(sources) == 1
    for number, part in enumerate(sources, 1):
        watch_id = base_id if len(sources) == 1 else f"{base_id}-{number}"
        watch_id = _unique(watch_id, taken)
        title = terms_type if len(sources) == 1 else f"{terms_type} (part {number} of {len(sources)})"
        watch, problems = _source(source, label, watch_id, service, terms_type, title, part)
        if watch is not None and not announced:
            announced = True
            problems.insert(0, Problem(
                source, label, "combines several source documents: each becomes its own watch, recorded and "
                "diffed on its own", False, watch_id,
                detail=f"{len(sources)} sources, {base_id}-1 … -{len(sources)}"))
        yield watch, problems


def _unique(watch_id: str, taken: set[str]) -> str:
    candidate, number = watch_id, 2
    while candidate in taken:
        candidate, number = f"{watch_id}-{number}", number + 1
    return candidate


def _source(source: str, label: str, watch_id: str, service: str, terms_type: str, title: str,
            part: dict) -> tuple[Watch | None, list[Problem]]:
    url = part.get("fetch") if isinstance(part.get("fetch"), str) else None

    def skip(reason: str, detail: str = "") -> tuple[None, list[Problem]]:
        return None, [Problem(source, label, reason, True, url=url or None, detail=detail)]

    notes: list[tuple[str, str]] = []  # (reason, detail) of what the watch is made without
    if not url:
        return skip("no \"fetch\" URL")
    if re.search(r"\.pdf$", url.split("?")[0].split("#")[0], re.IGNORECASE):
        return skip("a PDF document; Vigie reads HTML pages only")
    select = _selectors(part.get("select"))
    if select.malformed:
        return skip("\"select\" is not a CSS selector, a range or a list of them", repr(part.get("select")))
    if select.ranges:
        return skip("\"select\" uses range selector(s), which CSS cannot express; write a CSS selector for "
                    "this page by hand", _show(select.ranges))
    if select.invalid:
        # Reading the wrong part of a page would raise false alarms: no watch.
        return skip("field 'select': invalid CSS selector; write a CSS selector for this page by hand",
                    "; ".join(select.invalid))
    if not select.css:
        notes.append(("no \"select\": Vigie reads the page's main content (main, [role=main], article or body)", ""))
    remove = _selectors(part.get("remove"))
    # A bad `remove` entry only costs some chrome in the text: the document is kept
    # without it (OTA's France collection has Google's policy and terms behind one).
    if remove.malformed:
        notes.append(("\"remove\" entries that are neither CSS selectors nor ranges dropped",
                      ", ".join(remove.malformed)))
    if remove.invalid:
        notes.append(("invalid CSS selector(s) in \"remove\" dropped, so this watch may read text OTA leaves "
                      "out; fix the selector in the watchlist", "; ".join(remove.invalid)))
    if remove.ranges:
        notes.append(("range selector(s) in \"remove\" dropped: CSS cannot express them, so this watch may read "
                      "text OTA leaves out; add a CSS selector to remove", _show(remove.ranges)))
    filters = part.get("filter")
    if filters:
        names = ", ".join(f if isinstance(f, str) else json.dumps(f) for f in
                          (filters if isinstance(filters, list) else [filters]))
        notes.append(("OTA filter(s) not applied (JavaScript functions from the service's .filters.js cannot "
                      "run in Vigie; Vigie already strips link tracking parameters)", names))
    unknown = sorted(set(part) - SOURCE_KEYS - {"combine"})
    if unknown:
        notes.append(("ignored key(s)", ", ".join(unknown)))
    entry = {"id": watch_id, "platform": service, "title": title, "kind": kind_of(terms_type),
             "url": url, "select": select.css, "remove": remove.css,
             "render": "browser" if part.get("executeClientScripts") is True else "http",
             "every": IMPORT_EVERY, "tags": list(IMPORT_TAGS)}
    try:
        watch = Watch.model_validate(entry)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        return skip(f"field '{where}' refused" if where else "refused", message)
    return watch, [Problem(source, label, reason, False, watch_id, url, detail) for reason, detail in notes]


@dataclass
class Selectors:
    """A declaration's `select` or `remove`, sorted into what Vigie can and cannot use."""

    css: list[str] = field(default_factory=list)  # valid CSS selectors
    ranges: list[dict] = field(default_factory=list)  # OTA range selectors (no CSS equivalent)
    invalid: list[str] = field(default_factory=list)  # "'selector': why" for CSS Vigie cannot parse
    malformed: list[str] = field(default_factory=list)  # reprs of entries that are neither


def _selectors(value: Any) -> Selectors:
    result = Selectors()
    if value is None:
        return result
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item.strip():
            try:
                check_selector(item.strip())
                result.css.append(item.strip())
            except SelectorError as error:
                result.invalid.append(f"{item.strip()!r}: {error}")
        elif isinstance(item, dict) and item and set(item) <= RANGE_KEYS:
            result.ranges.append(item)
        else:
            result.malformed.append(repr(item))
    return result


def _show(ranges: list[dict]) -> str:
    return ", ".join(json.dumps(r, ensure_ascii=False) for r in ranges)


def report_lines(problems: Iterable[Problem]) -> list[str]:
    """What could not be carried over, for people: one heading per reason (skipped
    first), under it each document or file it concerns once, with its URLs and
    details. Over a whole OTA collection a reason shared by the parts of a combined
    document, or by hundreds of documents, is then said once."""
    groups: dict[tuple[bool, str], dict[tuple[str, str], tuple[list[str], list[str], list[str]]]] = {}
    for problem in problems:
        items = groups.setdefault((not problem.skipped, problem.reason), {})
        urls, details, watch_ids = items.setdefault((problem.document, problem.source), ([], [], []))
        for values, value in ((urls, problem.url), (details, problem.detail), (watch_ids, problem.watch_id)):
            if value and value not in values:
                values.append(value)
    lines = []
    for (imported, reason), items in sorted(groups.items(), key=lambda group: group[0][0]):  # skipped first
        count = len(items)
        # Documents when each line is one; files when lines are whole files or several files of a document.
        noun = "document" if all(d for d, _ in items) and len({d for d, _ in items}) == count else "file"
        lines.append(f"{'imported, but' if imported else 'skipped'}: {reason} ({count} {noun}{'s' * (count > 1)}):")
        for (document, source), (urls, details, watch_ids) in items.items():
            name = f"{document} ({Path(source).name})" if document else source
            parts = [name] + ([", ".join(watch_ids)] if watch_ids else []) + urls + details
            lines.append("  - " + " — ".join(parts))
    return lines


# -- reading files and writing the watchlist ----------------------------------


def read_declarations(path: Path) -> tuple[list[tuple[str, Any]], list[Problem]]:
    """Parsed declarations from one file, or from every *.json of a folder (or of its
    `declarations/` subfolder, so a clone of an OTA collection works as it is)."""
    if path.is_dir():
        folder = path / "declarations" if (path / "declarations").is_dir() else path
        files = sorted(p for p in folder.glob("*.json") if p.is_file())
        if not files:
            raise DeclarationsUnreadable(
                f"{path}: no *.json declaration files here; give an OTA declarations folder "
                "(e.g. a clone of OpenTermsArchive/contrib-declarations) or one <Service>.json")
    elif path.is_file():
        files = [path]
    else:
        raise DeclarationsUnreadable(f"{path}: no such file or folder; give an OTA declaration "
                                     "file (<Service>.json) or a folder of them")
    parsed, problems = [], []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
            if not text.strip():
                problems.append(Problem(str(file), "", "empty file: no declaration in it; fill it in or "
                                                       "remove it", True))
                continue
            parsed.append((str(file), json.loads(text)))
        except json.JSONDecodeError as error:
            problems.append(Problem(str(file), "", "not valid JSON; fix or remove the file", True,
                                    detail=f"line {error.lineno}, column {error.colno}: {error.msg}"))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(str(file), "", "cannot be read; check the file is a UTF-8 JSON "
                                                   "declaration", True, detail=str(error)))
    return parsed, problems


def watchlist_toml(conversion: Conversion, origin: str) -> str:
    """A watchlist file for the converted watches, with what was left behind as comments."""
    lines = [
        f"# Watches imported from Open Terms Archive declarations ({_comment(origin)})",
        "# by `vigie import ota`. Check each with `vigie crawl --watch ID`: selectors written",
        "# for OTA's engine can read a page differently here. Set `locale` to the language",
        "# the pages are served in (OTA declarations do not say; \"en\" is assumed).",
        "include_catalogue = true",
        "",
    ]
    notes: dict[str, list[str]] = {}
    for problem in conversion.caveats:
        notes.setdefault(problem.watch_id or "", []).append(problem.message)
    for watch in conversion.watches:
        lines.append(f"# from {_comment(conversion.origins.get(watch.id, origin))}")
        lines += [f"# note: {_comment(note)}" for note in notes.get(watch.id, [])]
        lines.append("[[watch]]")
        data = watch.as_toml_dict()
        for key in ("id", "platform", "title", "kind", "url", "locale", "select", "remove",
                    "render", "every", "tags"):
            if data[key] or key not in ("select", "remove"):
                lines.append(f"{key} = {_toml_value(data[key])}")
        lines.append("")
    return "\n".join(lines)


def _comment(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text)


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # JSON's escapes (\", \\, \n, \u001f) are valid TOML; TOML also wants DEL escaped, and
    # non-ASCII kept as is (JSON's surrogate-pair escapes are not valid TOML).
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
