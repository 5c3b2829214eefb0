"""Well-known facilities (knowledge/<profile>/facilities.yaml) as gazetteer entries.

Reports name airbases, oil fields, dams and crossings ("T4 airbase", "the oilfield
of al-Sha'er", "Tishrin Dam") that no downloaded gazetteer lists; without them the
stem resolves to a namesake village 50-400 km away. The table is added to every
PlaceIndex, whatever gazetteer it was loaded from.

A facility has two sorts of names: aliases, which identify it alone ("T4",
"Fourth Station"), and stems, the town it is named after ("Tiyas"), which mean
the facility only when the text gives a noun of its kind ("Tiyas airbase"):
"Tiyas" alone stays the village.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import Code, KnowledgeError
from ..knowledge import DEFAULT_PROFILE, knowledge_path, read_data, require, require_governorate, require_point
from .store import Entry

FILE = "facilities.yaml"
SOURCE = "facility"


@dataclass(frozen=True)
class Facility:
    """One facility of the table."""

    ref: str                      # "facility:tiyas-airbase"
    name: str
    kind: str                     # a key of the table's `nouns`
    aliases: tuple[str, ...]      # names that identify it alone
    stems: tuple[str, ...]        # names that identify it only with a noun of its kind
    governorate: str
    lat: float
    lon: float
    town: str | None = None       # nearest town, for its district

    def entry(self) -> Entry:
        """The facility as a gazetteer entry (its aliases are its other names)."""
        return Entry(ref=self.ref, name=self.name, lat=self.lat, lon=self.lon, source=SOURCE,
                     feature="facility", admin1=self.governorate, alt_names=self.aliases)


@dataclass(frozen=True)
class Facilities:
    """The facility table and which nouns call a place a facility of which kind."""

    items: tuple[Facility, ...]
    nouns: dict[str, frozenset[str]]      # noun (lower case) -> kinds it fits

    def kinds_for(self, noun: str | None) -> frozenset[str]:
        """The facility kinds a feature noun fits ("airbase" -> {airbase}; "field"
        -> {oil_field, gas_field}); empty for a noun that names no facility."""
        if not noun:
            return frozenset()
        noun = " ".join(noun.lower().split())
        return self.nouns.get(noun) or self.nouns.get(noun.removesuffix("s"), frozenset())


@lru_cache(maxsize=8)
def load_facilities(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> Facilities:
    """The profile's facility table, validated (a bad entry raises KnowledgeError)."""
    path = knowledge_path(FILE, profile=profile, directory=directory)
    data = read_data(FILE, profile=profile, directory=directory)
    nouns = _nouns(require(data, "nouns", dict, path=path, where="file"), path=path)
    kinds = {k for ks in nouns.values() for k in ks}
    items: list[Facility] = []
    seen: set[str] = set()
    for i, raw in enumerate(require(data, "facilities", list, path=path, where="file")):
        facility = _facility(raw, kinds, path=path, where=f"facilities[{i}]")
        if facility.ref in seen:
            raise KnowledgeError(Code.E401, path=path, detail=f"facilities[{i}]: '{facility.name}' listed twice")
        seen.add(facility.ref)
        items.append(facility)
    return Facilities(tuple(items), nouns)


def _nouns(table: dict[str, Any], *, path: str) -> dict[str, frozenset[str]]:
    """{kind: [noun, ...]} -> {noun: kinds}."""
    out: dict[str, set[str]] = {}
    for kind, nouns in table.items():
        if not isinstance(nouns, list) or not nouns or not all(isinstance(n, str) for n in nouns):
            raise KnowledgeError(Code.E401, path=path, detail=f"nouns.{kind} must be a non-empty list of nouns")
        for noun in nouns:
            out.setdefault(" ".join(noun.lower().split()), set()).add(str(kind))
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


def _facility(raw: Any, kinds: set[str], *, path: str, where: str) -> Facility:
    """Validate one entry: known kind and governorate, coordinates inside Syria."""
    if not isinstance(raw, dict):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: must be a mapping")
    name = require(raw, "name", str, path=path, where=where)
    where = f"{where} ({name})"
    kind = require(raw, "kind", str, path=path, where=where)
    if kind not in kinds:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: kind '{kind}' is not one of nouns: {sorted(kinds)}")
    gov = require_governorate(raw, path=path, where=where)
    lat, lon = require_point(raw, path=path, where=where)
    town = raw.get("town")
    if town is not None and not isinstance(town, str):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: 'town' must be a name")
    return Facility(ref=f"{SOURCE}:{_slug(name)}", name=name, kind=kind,
                    aliases=_names(raw, "aliases", path=path, where=where),
                    stems=_names(raw, "stems", path=path, where=where),
                    governorate=gov.name, lat=lat, lon=lon, town=town)


def _names(raw: dict[str, Any], key: str, *, path: str, where: str) -> tuple[str, ...]:
    """A list of names, each a non-empty string, duplicates dropped."""
    names = raw.get(key, [])
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: '{key}' must be a list of names")
    return tuple(dict.fromkeys(n.strip() for n in names))


def _slug(name: str) -> str:
    """"Al-Sha'er Gas Field" -> "al-shaer-gas-field"."""
    return "-".join("".join(c for c in word if c.isalnum()) for word in name.lower().replace("-", " ").split())
