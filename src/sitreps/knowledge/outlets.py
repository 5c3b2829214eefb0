"""Outlet knowledge: canonical names, aliases, dateline patterns and web domains.

Loaded from the profile's outlets.yaml, validated (a bad regex or a missing key
raises KnowledgeError naming the entry), cached and immutable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from ..errors import Code, KnowledgeError
from . import DEFAULT_PROFILE, fold, knowledge_path, read_data, require

FILE = "outlets.yaml"


@dataclass(frozen=True)
class Outlet:
    """One news outlet."""

    name: str
    aliases: tuple[str, ...]
    datelines: tuple[re.Pattern[str], ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class OutletBook:
    """All outlets of a profile, with lookups by name, dateline and URL."""

    outlets: tuple[Outlet, ...]

    @cached_property
    def _by_key(self) -> dict[str, Outlet]:
        """Folded name and aliases -> outlet (first entry wins)."""
        index: dict[str, Outlet] = {}
        for outlet in self.outlets:
            for alias in (outlet.name, *outlet.aliases):
                index.setdefault(fold(alias), outlet)
        return index

    def named(self, name: str) -> Outlet | None:
        """The outlet `name` (any alias, any spelling), else None."""
        key = fold(name)
        return self._by_key.get(key) if key else None

    def by_dateline(self, text: str) -> Outlet | None:
        """The outlet whose dateline occurs earliest in `text`, else None."""
        hits = [(m.start(), o) for o in self.outlets for p in o.datelines for m in [p.search(text)] if m]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None

    def by_url(self, url: str | None) -> Outlet | None:
        """The outlet publishing on the URL's domain (or a subdomain of it), else None."""
        host = (urlsplit(url).hostname or "") if url else ""
        for outlet in self.outlets:
            if any(host == d or host.endswith("." + d) for d in outlet.domains):
                return outlet
        return None


@lru_cache(maxsize=8)
def load_outlets(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> OutletBook:
    """The profile's outlets, validated."""
    path = knowledge_path(FILE, profile=profile, directory=directory)
    data = read_data(FILE, profile=profile, directory=directory)
    entries = require(data, "outlets", list, path=path, where="file")
    return OutletBook(tuple(_outlet(entry, path=path, where=f"outlets[{i}]") for i, entry in enumerate(entries)))


def _outlet(entry: object, *, path: str, where: str) -> Outlet:
    """Validate one entry."""
    if not isinstance(entry, dict):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: must be a mapping")
    name = require(entry, "name", str, path=path, where=where)
    aliases = require(entry, "aliases", list, path=path, where=where)
    domains = require(entry, "domains", list, path=path, where=where)
    patterns = []
    for pattern in require(entry, "datelines", list, path=path, where=where):
        try:
            patterns.append(re.compile(str(pattern)))
        except re.error as exc:
            raise KnowledgeError(Code.E401, path=path, detail=f"{where} ({name}): bad dateline {pattern!r}: {exc}") from exc
    return Outlet(name, tuple(str(a) for a in aliases), tuple(patterns), tuple(str(d).lower() for d in domains))
