"""`vigie catalogue check`: what field validation cannot see in the catalogue.

Loading already refuses a malformed watch. This looks across watches and files
for what would make the bundled catalogue quietly wrong: an id defined twice, a
platform whose bundle lacks its privacy policy, plain-http links (a rewritten
opt-out link is worse than none), a French watch that drifted from its English
twin, an empty `expect` phrase that matches every page. `check_sources` is
pure (file names and texts in, problems out); each problem names the file, the
watch and the field, like a watchlist error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping
from urllib.parse import urlsplit

import cssselect

from watchers.catalogue.bundles import base_id
from watchers.catalogue.watchlist import ConfigError, Watch, catalogue_files, parse_watchlist
from watchers.page.extract import SelectorError, check_selector

# A translation is the same document in another language: these must match.
SHARED_BY_TRANSLATIONS = ("platform", "kind", "render", "select", "remove", "every")
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class CatalogueCheck:
    watches: tuple[Watch, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def platforms(self) -> list[str]:
        return sorted({w.platform for w in self.watches}, key=str.casefold)


def bundled_sources() -> dict[str, str]:
    """The bundled catalogue files, named as `load_catalogue` names them."""
    return {f"catalogue {path.name}": path.read_text(encoding="utf-8") for path in catalogue_files()}


def read_sources(paths: Iterable[Path]) -> dict[str, str]:
    """The TOML files at `paths` (a folder stands for its *.toml files)."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.toml")) if path.is_dir() else [path])
    return {str(path): path.read_text(encoding="utf-8") for path in files}


def check_sources(sources: Mapping[str, str]) -> CatalogueCheck:
    """Every problem found in the catalogue files `sources` (name → TOML text)."""
    problems: list[str] = []
    found: list[tuple[str, Watch]] = []
    for name, text in sources.items():
        if not text.lstrip().startswith("#"):
            problems.append(f"{name}: no header comment; say what is watched and why")
        try:
            watches, _, channels, _ = parse_watchlist(text, name)
        except ConfigError as error:
            problems.append(str(error))
            continue
        if channels:
            problems.append(f"{name}: has [[channel]] tables; channels belong in the user's watchlist")
        platforms = sorted({w.platform for w in watches})
        if len(platforms) > 1:
            problems.append(f"{name}: holds watches of {', '.join(platforms)}; one file per platform")
        found.extend((name, watch) for watch in watches)
    problems += _duplicates(found)
    unique: dict[str, tuple[str, Watch]] = {}
    for name, watch in found:
        unique.setdefault(watch.id, (name, watch))
    for name, watch in found:
        problems += [f"{name}: watch '{watch.id}': {message}" for message in _watch_problems(watch)]
    problems += _translation_problems(list(unique.values()))
    problems += _bundle_problems(found)
    return CatalogueCheck(tuple(w for _, w in unique.values()), tuple(problems))


def _duplicates(found: list[tuple[str, Watch]]) -> list[str]:
    first: dict[str, str] = {}
    problems = []
    for name, watch in found:
        if watch.id in first:
            problems.append(f"{name}: watch '{watch.id}': field 'id': also defined in {first[watch.id]}; "
                            "ids must be unique across the catalogue")
        else:
            first[watch.id] = name
    return problems


def _watch_problems(watch: Watch) -> list[str]:
    problems = []
    if urlsplit(watch.url).scheme != "https":
        problems.append(f"field 'url': {watch.url!r} is not https")
    for position, action in enumerate(watch.opt_out):
        if urlsplit(action.url).scheme != "https":
            problems.append(f"field 'opt_out.{position}.url': {action.url!r} is not https")
    for field in ("select", "remove"):
        for selector in getattr(watch, field):
            error = _selector_error(selector)
            if error:
                problems.append(f"field '{field}': {selector!r} is not a usable CSS selector: {error}")
    for field in ("expect", "reject"):
        for phrase in getattr(watch, field):
            if not phrase.strip():
                effect = "pins nothing" if field == "expect" else "rejects every page"
                problems.append(f"field '{field}': an empty phrase ({effect})")
            elif phrase != phrase.strip():
                problems.append(f"field '{field}': {phrase!r} has leading or trailing spaces")
    return problems


def _selector_error(selector: str) -> str | None:
    try:
        cssselect.parse(selector)
        check_selector(selector)  # also needs an XPath equivalent
    except (cssselect.SelectorError, SelectorError) as error:
        return str(error)
    return None


def _translation_problems(found: list[tuple[str, Watch]]) -> list[str]:
    """Each translation ('<id>.fr') has an English twin '<id>' that it matches."""
    by_id = {watch.id: watch for _, watch in found}
    problems = []
    for name, watch in found:
        language = watch.locale.split("-")[0]
        source = base_id(watch)
        where = f"{name}: watch '{watch.id}'"
        if source == watch.id:
            if language != SOURCE_LANGUAGE:
                problems.append(f"{where}: field 'locale': a '{watch.locale}' watch needs an id ending "
                                f"in '.{language}', the translation of an English watch")
            continue
        twin = by_id.get(source)
        if twin is None:
            problems.append(f"{where}: field 'id': no English watch '{source}' to translate")
            continue
        if twin.locale.split("-")[0] != SOURCE_LANGUAGE:
            problems.append(f"{where}: field 'id': '{source}' is in '{twin.locale}', not English")
        for field in SHARED_BY_TRANSLATIONS:
            if getattr(watch, field) != getattr(twin, field):
                problems.append(f"{where}: field '{field}': differs from '{source}' "
                                f"({getattr(watch, field)!r} vs {getattr(twin, field)!r}); "
                                "a translation is the same document")
        for phrase in twin.expect:
            if phrase not in watch.expect:
                problems.append(f"{where}: field 'expect': lacks {phrase!r}, which '{source}' "
                                "expects; a region pin holds in every language")
    return problems


def _bundle_problems(found: list[tuple[str, Watch]]) -> list[str]:
    files: dict[str, str] = {}
    with_policy = set()
    for name, watch in found:
        files.setdefault(watch.platform, name)
        if watch.kind == "privacy-policy":
            with_policy.add(watch.platform)
    return [f"{files[platform]}: platform '{platform}': no privacy-policy watch; "
            "every platform's bundle starts with its policy"
            for platform in files if platform not in with_policy]
