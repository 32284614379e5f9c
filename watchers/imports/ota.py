"""Open Terms Archive declarations into Vigie watches.

An OTA service declaration is JSON: `{"name": ..., "terms": {"<terms type>": {fetch,
select, remove, filter, executeClientScripts} or {..., "combine": [{fetch, ...}, ...]}}}`
(`documents` instead of `terms` in declarations written before 2023). `convert` is pure:
parsed JSON in, watches and problems out. `read_declarations` is the only I/O here.

What cannot be carried over is reported, never guessed:
- a range selector (`{"startBefore": ..., "endAfter": ...}`) in `select` skips the
  document (CSS cannot express it, and reading the wrong part would raise false alarms);
  in `remove` it is dropped, and the watch may then read a little more text than OTA;
- `filter`s are JavaScript functions (`<Service>.filters.js`): dropped, reported;
- a `combine` of several source documents becomes one watch per source (ids ending
  `-1`, `-2`…), because Vigie records and diffs each page on its own;
- PDF documents are skipped (Vigie reads HTML);
- `*.history.json` files (past declarations with `validUntil`) are skipped: only the
  current declaration describes pages worth watching.
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
    """Something in a declaration that could not be carried over, and why."""

    source: str  # the file it came from
    document: str  # "Service / Terms type", or "" for the whole file
    message: str
    skipped: bool  # True: no watch was made; False: a watch was made without this
    watch_id: str | None = None

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


def convert(declarations: Iterable[tuple[str, Any]], known_ids: Iterable[str] = ()) -> Conversion:
    """Watches from (source name, parsed JSON) pairs, with everything left behind."""
    result = Conversion()
    taken: set[str] = set()
    known = set(known_ids)
    for source, data in declarations:
        if is_history(source, data):
            result.problems.append(Problem(
                source, "", "a history file (past declarations with validUntil) describes pages "
                "as they used to be; import the service's current declaration (<Service>.json)", True))
            continue
        for watch, problems in _declaration(source, data, taken):
            result.problems += problems
            if watch is None:
                continue
            taken.add(watch.id)
            result.watches.append(watch)
            result.origins[watch.id] = source
            if watch.id in known:
                result.problems.append(Problem(
                    source, f"{watch.platform} / {watch.title}",
                    "a bundled catalogue watch has the same id; used as your watchlist, this "
                    "import replaces it (rename the id to keep both)", False, watch.id))
    return result


def _declaration(source: str, data: Any, taken: set[str]):
    if not isinstance(data, dict):
        yield None, [Problem(source, "", "not an OTA declaration: expected a JSON object "
                                         "with \"name\" and \"terms\"", True)]
        return
    terms = data.get("terms", data.get("documents"))
    name = data.get("name")
    if not isinstance(terms, dict) or not terms:
        yield None, [Problem(source, "", "not an OTA declaration: no \"terms\" object mapping "
                                         "terms types to documents", True)]
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
        yield None, [Problem(source, label, "\"combine\" must be a non-empty list of source "
                                            "documents", True)]
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
                source, label, f"combines {len(sources)} source documents: each becomes its own watch "
                f"({base_id}-1 … -{len(sources)}), recorded and diffed on its own", False, watch_id))
        yield watch, problems


def _unique(watch_id: str, taken: set[str]) -> str:
    candidate, number = watch_id, 2
    while candidate in taken:
        candidate, number = f"{watch_id}-{number}", number + 1
    return candidate


def _source(source: str, label: str, watch_id: str, service: str, terms_type: str, title: str,
            part: dict) -> tuple[Watch | None, list[Problem]]:
    def skip(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(source, label, message, True)]

    notes: list[str] = []
    url = part.get("fetch")
    if not isinstance(url, str) or not url:
        return skip("no \"fetch\" URL")
    if re.search(r"\.pdf$", url.split("?")[0].split("#")[0], re.IGNORECASE):
        return skip(f"{url} is a PDF document; Vigie reads HTML pages only")
    select, ranges = _selectors(part.get("select"))
    if select is None:
        return skip(f"\"select\" is not a CSS selector, a range or a list of them: {part.get('select')!r}")
    if ranges:
        return skip(f"\"select\" uses range selector(s) {_show(ranges)}, which CSS cannot express; "
                    "write a CSS selector for this page by hand")
    if not select:
        notes.append("no \"select\": Vigie reads the page's main content (main, [role=main], "
                     "article or body)")
    remove, ranges = _selectors(part.get("remove"))
    if remove is None:
        return skip(f"\"remove\" is not a CSS selector, a range or a list of them: {part.get('remove')!r}")
    if ranges:
        notes.append(f"range selector(s) in \"remove\" dropped ({_show(ranges)}): CSS cannot express "
                     "them, so this watch may read text OTA leaves out; add a CSS selector to remove")
    filters = part.get("filter")
    if filters:
        names = ", ".join(f if isinstance(f, str) else json.dumps(f) for f in
                          (filters if isinstance(filters, list) else [filters]))
        notes.append(f"OTA filter(s) not applied: {names} (JavaScript functions from the service's "
                     ".filters.js cannot run in Vigie; Vigie already strips link tracking parameters)")
    unknown = sorted(set(part) - SOURCE_KEYS - {"combine"})
    if unknown:
        notes.append(f"ignored key(s): {', '.join(unknown)}")
    entry = {"id": watch_id, "platform": service, "title": title, "kind": kind_of(terms_type),
             "url": url, "select": select, "remove": remove,
             "render": "browser" if part.get("executeClientScripts") is True else "http",
             "every": IMPORT_EVERY, "tags": list(IMPORT_TAGS)}
    try:
        watch = Watch.model_validate(entry)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        return skip(f"field '{where}': {message}" if where else message)
    return watch, [Problem(source, label, note, False, watch_id) for note in notes]


def _selectors(value: Any) -> tuple[list[str] | None, list[dict]]:
    """(CSS selectors, range selectors); (None, []) when the value is malformed."""
    if value is None:
        return [], []
    items = value if isinstance(value, list) else [value]
    css, ranges = [], []
    for item in items:
        if isinstance(item, str) and item.strip():
            css.append(item.strip())
        elif isinstance(item, dict) and item and set(item) <= RANGE_KEYS:
            ranges.append(item)
        else:
            return None, []
    return css, ranges


def _show(ranges: list[dict]) -> str:
    return ", ".join(json.dumps(r, ensure_ascii=False) for r in ranges)


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
            parsed.append((str(file), json.loads(file.read_text(encoding="utf-8"))))
        except json.JSONDecodeError as error:
            problems.append(Problem(str(file), "", f"not valid JSON (line {error.lineno}, column "
                                                   f"{error.colno}: {error.msg}); fix or remove the file", True))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(str(file), "", f"cannot be read ({error}); check the file is a "
                                                   "UTF-8 JSON declaration", True))
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
