"""Quantity words and casualty wording from ``quantities.yaml`` (CODEBOOK 4), validated
and compiled into the regular expressions `sitreps.extract.fatalities` reads with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import Code, KnowledgeError
from . import DEFAULT_PROFILE, knowledge_path, read_data, require

FILE = "quantities.yaml"
CLASSES = ("death", "wound", "combined", "loss", "other")
DIRECTIONS = ("both", "after", "before")


@dataclass(frozen=True)
class Vague:
    """A word with a fixed coded value (tens, dozens) or an intensity word (several)."""

    value: int
    minor: int
    low: int
    high: int
    rule: str


@dataclass(frozen=True)
class Quantities:
    """Everything the fatality parser needs, as lookups and compiled patterns."""

    numbers: dict[str, int]
    phrases: dict[str, int]
    prefixes: dict[str, str]              # "at least" -> "at_least"
    vague: dict[str, Vague]               # "dozens of" -> Vague(12, ...)
    death_tolls: dict[str, Vague]
    keywords: dict[str, tuple[str, str]]  # phrase -> (class, direction)
    subset_markers: tuple[str, ...]
    not_an_event: frozenset[str]
    singular_before: tuple[str, ...]
    none_reported: tuple[str, ...]
    needs_count: frozenset[str]
    not_people: frozenset[str]
    needs_people: frozenset[str] = frozenset()   # death words that kill only counted people ("destroyed")
    people: frozenset[str] = frozenset()         # nouns of people a count may name ("60 terrorists")

    def alternation(self, words: Any) -> str:
        """A regex alternation of `words`, longest first, spaces matching any whitespace or hyphen."""
        parts = sorted(set(words), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+") for w in parts)


def _words(entry: dict[str, Any], key: str, *, path: str, where: str) -> list[str]:
    words = require(entry, key, list, path=path, where=where)
    if not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: '{key}' must list words")
    return [w.strip().lower() for w in words]


def _vague(entries: list[Any], *, path: str, where: str) -> dict[str, Vague]:
    out: dict[str, Vague] = {}
    for i, e in enumerate(entries):
        at = f"{where}[{i}]"
        rule = require(e, "rule", str, path=path, where=at)
        if "value" in e:
            value = require(e, "value", int, path=path, where=at)
            v = Vague(value, value, int(e.get("low", value)), int(e.get("high", value)), rule)
        else:
            sig = require(e, "significant", int, path=path, where=at)
            minor = require(e, "minor", int, path=path, where=at)
            v = Vague(sig, minor, min(sig, minor), max(sig, minor), rule)
        for word in _words(e, "words", path=path, where=at):
            out[word] = v
    return out


def _keywords(data: dict[str, Any], *, path: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for cls in CLASSES:
        group = require(data, cls, dict, path=path, where="keywords")
        for direction in DIRECTIONS:
            for word in _words(group, direction, path=path, where=f"keywords.{cls}"):
                out[word] = (cls, direction)
    return out


def build_quantities(data: dict[str, Any], *, path: str) -> Quantities:
    """Validate parsed YAML into Quantities (separate from I/O so tests can feed data)."""
    numbers = require(data, "numbers", dict, path=path, where="file")
    phrases = require(data, "phrases", dict, path=path, where="file")
    for table, name in ((numbers, "numbers"), (phrases, "phrases")):
        if not all(isinstance(v, int) for v in table.values()):
            raise KnowledgeError(Code.E401, path=path, detail=f"{name}: every value must be an integer")
    prefixes = {w: rule for rule, words in require(data, "prefixes", dict, path=path, where="file").items()
                for w in words}
    return Quantities(
        numbers={str(k).lower(): v for k, v in numbers.items()},
        phrases={str(k).lower(): v for k, v in phrases.items()},
        prefixes=prefixes,
        vague=_vague(require(data, "vague", list, path=path, where="file"), path=path, where="vague")
        | _vague(require(data, "intensity", list, path=path, where="file"), path=path, where="intensity"),
        death_tolls=_vague(require(data, "death_tolls", list, path=path, where="file"), path=path,
                           where="death_tolls"),
        keywords=_keywords(require(data, "keywords", dict, path=path, where="file"), path=path),
        subset_markers=tuple(_words(data, "subset_markers", path=path, where="file")),
        not_an_event=frozenset(_words(data, "not_an_event", path=path, where="file")),
        singular_before=tuple(_words(data, "singular_before", path=path, where="file")),
        none_reported=tuple(_words(data, "none_reported", path=path, where="file")),
        needs_count=frozenset(_words(data, "needs_count", path=path, where="file")),
        not_people=frozenset(_words(data, "not_people", path=path, where="file")),
        needs_people=frozenset(_words(data, "needs_people", path=path, where="file"))
        if "needs_people" in data else frozenset(),
        people=frozenset(_words(data, "people", path=path, where="file")) if "people" in data else frozenset(),
    )


@lru_cache(maxsize=8)
def load_quantities(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> Quantities:
    """The profile's quantity words, read once and validated."""
    path = knowledge_path(FILE, profile=profile, directory=directory)
    return build_quantities(read_data(FILE, profile=profile, directory=directory), path=path)
