"""The watchlist: what to fetch and how to read it.

A watchlist is TOML (see SPEC.md "Watchlist"). The bundled catalogue ships in
``watchers/catalogue/``; the user's file adds watches or overrides catalogue
watches with the same id. Everything is validated at load, before anything is
fetched: an invalid file is refused with the file, the watch id and the field.
"""

from __future__ import annotations

import re
from datetime import timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import tomli
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from watchers.delivery.channels import Channel, known_language
from watchers.meaning.classify import FLAGS
from watchers.page.extract import SelectorError, check_selector
from watchers.page.targets import masked, private_allowed, url_problem

WATCH_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-/.]*$")
MAX_ID = 120
DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
DURATION_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# Checking more often than this is impolite to the platforms and never needed
# for documents that change a few times a year.
MIN_INTERVAL = timedelta(minutes=5)
# A watch checked less than yearly is a watch forgotten; `--since` reaches back a century at most.
MAX_INTERVAL = timedelta(days=365)
MAX_DURATION = timedelta(days=36500)
TOP_LEVEL_KEYS = {"include_catalogue", "lang", "watch", "channel"}


class ConfigError(Exception):
    """An invalid watchlist or config file; the message says where and what to do."""


class OptOut(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    url: str

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        return _check_http_url(url)


class Watch(BaseModel):
    """One document at one URL in one locale."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    platform: str
    title: str
    kind: Literal["privacy-policy", "ai-notice", "opt-out", "terms", "other"]
    url: str
    locale: str = "en"
    select: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    render: Literal["http", "browser"] = "http"
    every: timedelta = timedelta(hours=12)
    expect: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    opt_out: tuple[OptOut, ...] = ()
    tags: tuple[str, ...] = ()
    allow_private: bool = False  # a private or loopback address is meant (watchers/page/targets.py)

    @model_validator(mode="after")
    def _safe_target(self) -> "Watch":
        problem = url_problem(self.url, private_allowed(self.allow_private))
        if problem:
            raise ValueError(f"url {masked(self.url)!r} is refused: {problem}")
        return self

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not WATCH_ID.match(value) or ".." in value:
            raise ValueError("must be a slug of letters, digits, - _ / . (e.g. 'linkedin/privacy-policy')")
        if len(value) > MAX_ID:  # it names folders and files in the site and the exports
            raise ValueError(f"is {len(value)} characters long; at most {MAX_ID} (it names files)")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        return _check_http_url(url)

    @field_validator("locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        if not re.match(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$", value):
            raise ValueError("must be a language tag like 'en', 'fr' or 'en-GB'")
        return value

    @field_validator("select", "remove", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        """`select = "main"` means `select = ["main"]`."""
        return (value,) if isinstance(value, str) else value

    @field_validator("select", "remove")
    @classmethod
    def _selectors(cls, selectors: tuple[str, ...]) -> tuple[str, ...]:
        for selector in selectors:
            try:
                check_selector(selector)
            except SelectorError as error:
                raise ValueError(f"invalid CSS selector {selector!r}: {error}") from None
        return selectors

    @field_validator("every", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        if isinstance(value, timedelta):
            return value
        interval = parse_duration(value, MAX_INTERVAL)
        if interval < MIN_INTERVAL:
            raise ValueError(f"{value!r} is too often; the minimum is 5m")
        return interval

    @property
    def accept_language(self) -> str:
        primary = self.locale.split("-")[0]
        return self.locale if primary == self.locale else f"{self.locale},{primary};q=0.9"

    def as_toml_dict(self) -> dict[str, Any]:
        """The watch in the watchlist's own field names (for `vigie watches --json` and the
        store), with any password in its URL masked."""
        data = self.model_dump(mode="python")
        data["url"] = masked(self.url)
        data["every"] = format_duration(self.every)
        data["opt_out"] = [dict(o) for o in data["opt_out"]]
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def parse_duration(value: Any, longest: timedelta = MAX_DURATION) -> timedelta:
    """'30m', '12h', '7d', '1w' as a timedelta, at most `longest`; ValueError otherwise."""
    match = DURATION.match(value) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{value!r} is not a duration like '30m', '12h', '7d' or '1w'")
    unit, count = DURATION_UNITS[match[2]], int(match[1])
    # Compared in seconds before a timedelta is built: a huge count overflows it,
    # and a duration of centuries overflows the dates it is added to.
    if count * timedelta(**{unit: 1}).total_seconds() > longest.total_seconds():
        raise ValueError(f"{value!r} is too long; the longest is {format_duration(longest)}")
    return timedelta(**{unit: count})


def format_duration(interval: timedelta) -> str:
    seconds = int(interval.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds // 60}m"


def _check_http_url(url: str) -> str:
    if not re.match(r"^https?://[^\s/]+", url):
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


def parse_watchlist(text: str, source: str) -> tuple[list[Watch], bool, list[Channel], str | None]:
    """Parse one TOML file: (watches, include_catalogue, channels, lang)."""
    data = _toml(text, source)
    unknown = set(data) - TOP_LEVEL_KEYS
    if unknown:
        raise ConfigError(
            f"{source}: unknown top-level key(s) {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(sorted(TOP_LEVEL_KEYS))}"
        )
    include = data.get("include_catalogue", True)
    if not isinstance(include, bool):
        raise ConfigError(f"{source}: include_catalogue must be true or false")
    lang = _language(data, source)
    entries = data.get("watch", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{source}: 'watch' must be an array of tables: [[watch]]")
    watches: list[Watch] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, 1):
        label = f"watch '{entry.get('id')}'" if isinstance(entry.get("id"), str) else f"watch #{position}"
        try:
            watch = Watch.model_validate(entry)
        except ValidationError as error:
            raise ConfigError(f"{source}: {label}: {_describe(error, Watch)}") from None
        if watch.id in seen:
            raise ConfigError(f"{source}: {label}: field 'id': duplicate id; each watch needs its own id")
        seen.add(watch.id)
        watches.append(watch)
    return watches, include, _parse_channels(data.get("channel", []), source, lang), lang


def watchlist_language(path: Path) -> str | None:
    """The file's top-level `lang` alone: reports render from the database and need nothing
    else of the file (validating 10,000 watches would cost them half a second)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the watchlist ({error.strerror}); check --watchlist") from None
    return _language(_toml(text, str(path)), str(path))


def _toml(text: str, source: str) -> dict:
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        raise ConfigError(f"{source}: not valid TOML: {error}") from None


def _language(data: dict, source: str) -> str | None:
    lang = data.get("lang")
    if lang is None:
        return None
    try:
        return known_language(lang if isinstance(lang, str) else repr(lang))
    except ValueError as error:
        raise ConfigError(f"{source}: lang: {error}") from None


def _parse_channels(entries: list, source: str, lang: str | None) -> list[Channel]:
    if not isinstance(entries, list):
        raise ConfigError(f"{source}: 'channel' must be an array of tables: [[channel]]")
    channels: dict[str, Channel] = {}
    for position, entry in enumerate(entries, 1):
        label = f"channel '{entry.get('name')}'" if isinstance(entry.get("name"), str) else f"channel #{position}"
        if isinstance(entry.get("config"), str):  # relative to the file that names it, like a watchlist
            entry = {**entry, "config": str(Path(source).parent / Path(entry["config"]).expanduser())}
        if isinstance(entry, dict) and lang and "lang" not in entry:  # the file's language is the default
            entry = {**entry, "lang": lang}
        try:
            channel = Channel.model_validate(entry)
        except ValidationError as error:
            raise ConfigError(f"{source}: {label}: {_describe(error, Channel)}") from None
        unknown = set(channel.flags) - set(FLAGS)
        if unknown:
            raise ConfigError(f"{source}: {label}: field 'flags': unknown flag(s) {', '.join(sorted(unknown))}; "
                              f"known: {', '.join(FLAGS)}")
        if channel.name in channels:
            raise ConfigError(f"{source}: {label}: field 'name': duplicate name; each channel needs its own")
        channels[channel.name] = channel
    return list(channels.values())


def _describe(error: ValidationError, model: type[BaseModel]) -> str:
    """Turn pydantic's first error into 'field X: what is wrong'."""
    first = error.errors()[0]
    message = first["msg"].removeprefix("Value error, ")
    if not first["loc"]:  # a rule over several fields
        return message
    field = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        allowed = ", ".join(model.model_fields)
        message = f"unknown field; allowed fields: {allowed}"
    elif first["type"] == "missing":
        message = "required field is missing"
    return f"field '{field}': {message}"


def catalogue_files() -> list[Traversable]:
    """The bundled catalogue's files, by name. Resources, not paths: Scrapyd runs
    the code from a zipped egg, where they are not files on disk."""
    folder = resources.files("watchers.catalogue")
    return sorted((entry for entry in folder.iterdir() if entry.name.endswith(".toml")),
                  key=lambda entry: entry.name)


def load_catalogue() -> list[Watch]:
    watches: dict[str, Watch] = {}
    for path in catalogue_files():
        for watch in parse_watchlist(path.read_text(encoding="utf-8"), f"catalogue {path.name}")[0]:
            if watch.id in watches:
                raise ConfigError(f"catalogue {path.name}: watch '{watch.id}': field 'id': duplicate id")
            watches[watch.id] = watch
    return list(watches.values())


class Watchlist(BaseModel):
    model_config = ConfigDict(frozen=True)

    watches: tuple[Watch, ...]
    channels: tuple[Channel, ...] = ()
    source: str = "catalogue"
    lang: str | None = None  # the file's top-level `lang`: reports' and channels' default

    def get(self, watch_id: str) -> Watch:
        for watch in self.watches:
            if watch.id == watch_id:
                return watch
        raise KeyError(watch_id)


def load_watchlist(path: Path | None) -> Watchlist:
    """The user's file (if any) layered over the bundled catalogue."""
    if path is None:
        return Watchlist.model_construct(watches=tuple(load_catalogue()))
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the watchlist ({error.strerror}); check --watchlist") from None
    user_watches, include, channels, lang = parse_watchlist(text, str(path))
    merged = {w.id: w for w in load_catalogue()} if include else {}
    merged.update((w.id, w) for w in user_watches)
    # Constructed, not validated: its watches and channels are, and pydantic would validate
    # every watch again (a third of loading a 10,000-watch file).
    return Watchlist.model_construct(watches=tuple(merged.values()), channels=tuple(channels), source=str(path),
                                     lang=lang)
