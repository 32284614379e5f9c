"""Notification channels: where alerts and digests go, and which changes each wants.

A channel is an apprise URL (email, Slack, Teams, Discord, ntfy, a JSON
webhook…) with filters and a mode, declared as `[[channel]]` in the user's
watchlist file and validated at load like the watches. URLs carry secrets:
only `Channel.safe_url` may be printed.
"""

from __future__ import annotations

import re
from typing import Literal

import apprise
from pydantic import BaseModel, ConfigDict, field_validator

SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1, "noise": 0}
# Chat tools render Markdown; email gets HTML (with a plain-text part); the
# rest, often short-message transports, get compact text.
MARKDOWN_SCHEMES = {"slack", "discord", "mmost", "mmosts", "msteams", "tgram", "ntfy", "ntfys",
                    "matrix", "matrixs", "rocket", "rockets", "zulip", "json", "jsons"}
HTML_SCHEMES = {"mailto", "mailtos"}


class Channel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    url: str
    mode: Literal["immediate", "daily", "weekly"] = "immediate"
    at: str = "08:00"
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] = "monday"
    min_severity: Literal["high", "medium", "low"] = "medium"
    platforms: tuple[str, ...] = ()
    watches: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    @field_validator("name")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_\-.]*$", value):
            raise ValueError("must be a short name of letters, digits, - _ . (e.g. 'dpo-email')")
        return value

    @field_validator("url")
    @classmethod
    def _apprise_url(cls, value: str) -> str:
        if apprise.Apprise.instantiate(value) is None:
            raise ValueError("is not an apprise URL apprise can use (see https://github.com/caronc/apprise/wiki)")
        return value

    @field_validator("at")
    @classmethod
    def _clock(cls, value: str) -> str:
        if not re.match(r"^(?:[01]\d|2[0-3]):[0-5]\d$", value):
            raise ValueError(f"{value!r} is not a local time like '08:00'")
        return value

    @property
    def safe_url(self) -> str:
        """The URL with passwords and tokens masked, for logs, status and reports."""
        return apprise.Apprise.instantiate(self.url).url(privacy=True)

    @property
    def body_format(self) -> str:
        scheme = self.url.split(":", 1)[0].lower()
        return "html" if scheme in HTML_SCHEMES else "markdown" if scheme in MARKDOWN_SCHEMES else "text"

    def wants(self, change: dict, watch) -> bool:
        """Does this channel want this change of this watch (filters and severity)?"""
        if SEVERITY_RANK[change["severity"]] < max(SEVERITY_RANK[self.min_severity], 1):
            return False  # noise never alerts
        return ((not self.platforms or watch.platform in self.platforms)
                and (not self.watches or watch.id in self.watches)
                and (not self.tags or set(self.tags) & set(watch.tags))
                and (not self.flags or set(self.flags) & set(change["flags"])))
