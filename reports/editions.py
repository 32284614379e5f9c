"""A site in the reader's language, or in several side by side.

With one language the site is at `--out`, as it always was. With several, each language
is a whole site of its own in `--out/<lang>/` (its own manifest, so each is rebuilt
incrementally), every page links to the same page in the other languages, and
`--out/index.html` lets the reader choose. An `Edition` is one language of a site: every
page's key is over its fingerprint, which names the language and the site's languages, so
writing a folder in another language (or adding one) renders every page again.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from babel import Locale

from reports import paths
from reports.i18n import DEFAULT, reader
from reports.outdir import PUBLISHING_FILES, Refused, write_file
from reports.sitemanifest import fingerprint, key
from reports.templating import page_environment


class Language(NamedTuple):
    code: str
    name: str  # in its own words: "English", "Français"
    href: str  # the same page in it, relative to the page; "" for the page's own language


@dataclass(frozen=True)
class Edition:
    lang: str = DEFAULT
    langs: tuple[str, ...] = ()  # every language of a site written in several; () for a site in one

    @cached_property
    def fingerprint(self) -> str:
        """Of the templates and Vigie (sitemanifest.fingerprint), the language and the site's languages."""
        return key(fingerprint(), self.lang, self.langs)

    def languages(self, path: str) -> tuple[Language, ...]:
        """The page at `path` in each language of the site (none for a site in one language)."""
        return tuple(Language(code, language_name(code),
                              "" if code == self.lang else paths.relative(f"{self.lang}/{path}", f"{code}/{path}"))
                     for code in self.langs)


@cache
def language_name(code: str) -> str:
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def check_root(out: Path, ours, error: type[Refused]) -> None:
    """Refuse `out` when it holds anything but a site Vigie wrote (as reports.outdir.replacing does)."""
    if out.exists() and not out.is_dir():
        raise error(f"{out} is a file; give --out a folder path (it is created)")
    if out.is_dir() and any(out.iterdir()) and not ours(out):
        raise error(f"{out} already holds files that are not a site written by Vigie; "
                    "give --out a new or empty folder")


def write_root(out: Path, langs: tuple[str, ...], marker: str, manifest: str) -> dict[str, int]:
    """`out/index.html`, where the reader chooses a language; what an earlier site left at
    the top of `out` (a site in one language, a language no longer asked for) is removed."""
    written = write_file(out, paths.INDEX, render_choice(langs))
    removed = 0
    for entry in out.iterdir():
        name = entry.name
        if name in langs or name in (paths.INDEX, marker) or name in PUBLISHING_FILES:
            continue
        if name.startswith(".") and name != manifest:
            continue  # what people add to publish the folder (.git, .nojekyll…) and partial builds' own names
        if entry.is_dir() and not entry.is_symlink():
            removed += sum(1 for f in entry.rglob("*") if f.is_file())
            shutil.rmtree(entry)
        else:
            entry.unlink()
            removed += 1
    return {"written": int(written), "removed": removed}


def render_choice(langs: tuple[str, ...]) -> str:
    """The page that opens a site in several languages: each language, named in its own words."""
    choices = [{"code": code, "name": language_name(code), "href": f"{code}/{paths.INDEX}",
                "title": reader(code).gettext("Policy archive"),
                "about": reader(code).gettext("Vigie · privacy policies, AI-training notices and opt-outs")}
               for code in langs]
    return page_environment(langs[0]).get_template("site_languages.html.j2").render(choices=choices)
