"""The stance rules' wording: lexicon/stance-<language>.toml and lexicon/stance.toml (pure).

Each table of those files is a set of named pattern lists; `Words` answers "does this
text have the pattern group `data.photos-videos` in this page's language?" with the
page's language first, then English (non-English pages borrow "AI", "opt-out", "LLM"),
as the classifier's lexicon does. The classifier's own concepts (`ai-training`,
`opt-out`, `negation`, `condition`…) are reached through `concept()`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import tomli

from watchers.meaning.lexicon import LANGUAGES, accents_optional, alternation, lexicons_for


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile(accents_optional(alternation(patterns)), re.IGNORECASE)


def _read(name: str) -> dict:
    return tomli.loads((resources.files("watchers.meaning.lexicon") / name).read_text("utf-8"))


def _flatten(table: dict, prefix: str = "") -> dict[str, list[str]]:
    """{"rights": {"strong": {"access": [...]}}} -> {"rights.strong.access": [...]}; a table's
    `any` list is named by the table itself."""
    out: dict[str, list[str]] = {}
    for key, value in table.items():
        name = prefix if key == "any" else f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(_flatten(value, name))
        else:
            out[name] = value
    return out


@cache
def _language_lists(language: str) -> dict[str, list[str]]:
    return _flatten(_read(f"stance-{language}.toml"))


@cache
def _language_patterns(language: str) -> dict[str, re.Pattern]:
    return {name: _compile(patterns) for name, patterns in _language_lists(language).items()}


@cache
def link_patterns() -> dict[str, re.Pattern]:
    """What a link's target is: navigation, a help article, a setting, a form."""
    return {name: _compile(patterns) for name, patterns in _read("stance.toml")["links"].items()}


@cache
def gdpr_articles() -> dict[int, str]:
    """The right each GDPR article grants (lexicon/stance.toml)."""
    return {int(number): right for number, right in _read("stance.toml")["gdpr-articles"].items()}


class Words:
    """The stance wording of one page's language (then English)."""

    def __init__(self, language: str, assistant: re.Pattern | None):
        self.lexicons = lexicons_for(language)
        self.language = self.lexicons[0].language
        languages = [lx.language for lx in self.lexicons]
        self._tables = [_language_patterns(lang) for lang in languages if lang in LANGUAGES]
        self._lists = [_language_lists(lang) for lang in languages if lang in LANGUAGES]
        self._memo: dict[tuple[str, str], bool] = {}
        self._splitters: dict[str, re.Pattern] = {}
        # The names the platform's texts give its own AI assistant (`data.own_assistant`), or
        # None: fixed at creation, so that every reading of the page knows it.
        self.assistant = assistant

    def has(self, name: str, text: str) -> bool:
        """Does `text` have the pattern group `name` (e.g. "basis.consent")?"""
        key = (name, text)
        if key not in self._memo:
            self._memo[key] = any(name in table and table[name].search(text) for table in self._tables)
        return self._memo[key]

    def find(self, name: str, text: str) -> re.Match | None:
        """The first match of group `name`, in the page's language first."""
        for table in self._tables:
            if name in table and (match := table[name].search(text)):
                return match
        return None

    def matches(self, name: str, text: str) -> list[re.Match]:
        """Every match of group `name`, in the page's language, then in English."""
        return [m for table in self._tables if name in table for m in table[name].finditer(text)]

    def literals(self, name: str) -> list[str]:
        """The entries of group `name` as written, for a list of plain words (a search for
        words is much faster than a pattern's over a whole policy)."""
        return [entry for table in self._lists for entry in table.get(name, [])]

    def split(self, name: str, text: str) -> list[str]:
        """`text` cut where group `name` matches ("…, and …", "…; …"), in the page's language
        and English only: a Spanish "y" joins clauses, a French ", y compris" does not."""
        pattern = self._splitters.get(name)
        if pattern is None:
            parts = [table[name].pattern for table in self._tables if name in table]
            pattern = self._splitters[name] = re.compile("|".join(f"(?:{p})" for p in parts) or "(?!)", re.IGNORECASE)
        return pattern.split(text)

    def strip(self, name: str, text: str) -> str:
        """`text` without the spans group `name` matches (exclusions, conditions)."""
        for table in self._tables:
            if name in table:
                text = table[name].sub(" ", text)
        return text

    def names(self, prefix: str) -> list[str]:
        """The keys under a table, in file order: names("data") -> ["ai-interactions", …]."""
        seen: list[str] = []
        for table in self._tables:
            for name in table:
                if name.startswith(prefix + ".") and (key := name[len(prefix) + 1:]) not in seen:
                    seen.append(key)
        return seen

    def concept(self, name: str, text: str) -> bool:
        """The classifier's lexicon concept (`ai-training`, `opt-out`, `retention`…)."""
        return any(name in lx.concepts and lx.concepts[name].matches(text) for lx in self.lexicons)

    def denies(self, text: str) -> bool:
        """A negated statement, once conditions ("if you do not opt out") are set aside.
        Typographic apostrophes ("don’t", "won’t") read as the classifier's straight ones."""
        own = self.lexicons[0].concepts
        text = own["condition"].any.sub(" ", self.strip("denial.prefix", text.replace("\u2019", "'")))
        # "Neither trains … nor allows …", "weder … noch": a denial with no "not" in it.
        # "Google's terms prohibit using customer data to train", « interdisent », „untersagen“, «prohíben»:
        # a use forbidden is denied.
        return own["negation"].matches(text) or self.has("denial", text) or self.has("denial.prohibits", text)
