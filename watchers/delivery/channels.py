"""Notification channels: where alerts and digests go, and which changes each wants.

A channel is an apprise URL (email, Slack, Teams, Discord, ntfy, a JSON
webhook…) or an apprise config file listing several, with filters and a mode,
declared as `[[channel]]` in the user's watchlist file and validated at load
like the watches. URLs carry secrets: only `Channel.safe_url` may be printed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1, "noise": 0}
# Chat tools render Markdown; email gets HTML (with a plain-text part); the
# rest, often short-message transports, get compact text.
MARKDOWN_SCHEMES = {"slack", "discord", "mmost", "mmosts", "msteams", "tgram", "ntfy", "ntfys",
                    "matrix", "matrixs", "rocket", "rockets", "zulip", "json", "jsons"}
HTML_SCHEMES = {"mailto", "mailtos"}

if TYPE_CHECKING:
    import apprise


class Channel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    url: str | None = None
    config: str | None = None       # an apprise config file (YAML or text), instead of `url`
    format: Literal["html", "markdown", "text"] | None = None  # default: from the transport
    mode: Literal["immediate", "daily", "weekly"] = "immediate"
    at: str = "08:00"
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] = "monday"
    min_severity: Literal["high", "medium", "low"] = "medium"
    platforms: tuple[str, ...] = ()
    watches: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    # The language its alerts and digests are written in ("fr"); None: the watchlist's
    # `lang`, else the environment's locale, else English (reports.i18n.choose).
    lang: str | None = None

    @field_validator("name")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_\-.]*$", value):
            raise ValueError("must be a short name of letters, digits, - _ . (e.g. 'dpo-email')")
        return value

    @field_validator("url")
    @classmethod
    def _apprise_url(cls, value: str | None) -> str | None:
        if value is not None and _apprise().Apprise.instantiate(value) is None:
            raise ValueError("is not an apprise URL apprise can use (see https://github.com/caronc/apprise/wiki)")
        return value

    @field_validator("config")
    @classmethod
    def _apprise_config(cls, value: str | None) -> str | None:
        if value is not None and not _load_config(value).services():
            raise ValueError(f"{value!r} holds no apprise URL apprise can use: check that the file exists "
                             "and follows https://github.com/caronc/apprise/wiki/config")
        return value

    @model_validator(mode="after")
    def _one_target(self) -> "Channel":
        if (self.url is None) == (self.config is None):
            raise ValueError("give either 'url' (an apprise URL) or 'config' (an apprise config file), not both")
        return self

    @field_validator("lang")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        return value if value is None else known_language(value)

    @field_validator("at")
    @classmethod
    def _clock(cls, value: str) -> str:
        if not re.match(r"^(?:[01]\d|2[0-3]):[0-5]\d$", value):
            raise ValueError(f"{value!r} is not a local time like '08:00'")
        return value

    def services(self) -> list:
        """The apprise services this channel sends to (one, or those its config file lists)."""
        if self.url is not None:
            return [_apprise().Apprise.instantiate(self.url)]
        return _load_config(self.config).services()

    @property
    def safe_url(self) -> str:
        """Where it goes, with passwords and tokens masked, for logs, status and reports."""
        urls = ", ".join(service.url(privacy=True) for service in self.services())
        return urls if self.url is not None else f"{self.config} ({urls})"

    @property
    def body_format(self) -> str:
        if self.format:
            return self.format
        schemes = {service.url().split(":", 1)[0].lower() for service in self.services()}
        if schemes <= HTML_SCHEMES:
            return "html"
        # A mixed config file gets Markdown: apprise turns it into HTML for email.
        return "markdown" if schemes & (MARKDOWN_SCHEMES | HTML_SCHEMES) else "text"

    def wants(self, change: dict, watch) -> bool:
        """Does this channel want this change of this watch (filters and severity)?"""
        if SEVERITY_RANK[change["severity"]] < max(SEVERITY_RANK[self.min_severity], 1):
            return False  # noise never alerts
        return self.covers(watch) and (not self.flags or bool(set(self.flags) & set(change["flags"])))

    def covers(self, watch) -> bool:
        """Is this watch among the channel's platforms, watches and tags (so its failures matter here)?"""
        return ((not self.platforms or watch.platform in self.platforms)
                and (not self.watches or watch.id in self.watches)
                and (not self.tags or bool(set(self.tags) & set(watch.tags))))


def known_language(value: str) -> str:
    """A language Vigie writes in (a compiled catalogue: reports/locale), or why not."""
    from reports.i18n import available

    if value not in available():
        raise ValueError(f"{value!r} is not a language Vigie writes in; available: {', '.join(available())}")
    return value


def _apprise():
    """apprise, imported on first use: it takes a tenth of a second, which every
    command would pay, and a crawl without channels never needs it."""
    import apprise

    return apprise


def _load_config(path: str) -> apprise.AppriseConfig:
    config = _apprise().AppriseConfig()
    config.add(path)
    return config
