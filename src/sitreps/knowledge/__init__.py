"""Knowledge files (actors, triggers, quantities, outlets, governorates): loading
and validation.

Each file is YAML inside the package, under one folder per profile (``syria``).
An analyst can point sitreps at a copy of that folder (``SITREPS_KNOWLEDGE`` or
the ``directory`` argument) to extend it without touching Python. Files are read
once, validated, and returned as immutable objects; a bad file raises
``KnowledgeError`` naming the file and the entry.
"""
from __future__ import annotations

import os
import unicodedata
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import Code, KnowledgeError

DEFAULT_PROFILE = "syria"


def knowledge_path(name: str, *, profile: str = DEFAULT_PROFILE, directory: str | Path | None = None) -> str:
    """Where knowledge file `name` (e.g. "actors.yaml") is read from."""
    directory = directory or os.environ.get("SITREPS_KNOWLEDGE")
    if directory:
        return str(Path(directory) / name)
    return str(resources.files(__package__).joinpath(profile, name))


def read_data(name: str, *, profile: str = DEFAULT_PROFILE, directory: str | Path | None = None) -> dict[str, Any]:
    """Parse one YAML knowledge file; raise KnowledgeError if unreadable or not a mapping."""
    path = knowledge_path(name, profile=profile, directory=directory)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(Code.E401, path=path, detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise KnowledgeError(Code.E401, path=path, detail="top level must be a mapping")
    return data


def require(entry: dict[str, Any], key: str, kind: type | tuple[type, ...], *, path: str, where: str) -> Any:
    """Return entry[key] if present and of `kind`, else raise a KnowledgeError saying where."""
    if key not in entry:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: missing '{key}'")
    value = entry[key]
    if not isinstance(value, kind):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: '{key}' must be {kind}, got {type(value).__name__}")
    return value


def fold(name: str) -> str:
    """Case-, accent-, article- and punctuation-insensitive key for short names."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[\u2018\u2019'`]", "", s)
    s = re.sub(r"\b(al|el|ar|as|ad|ash|az)[- ]", "", s)
    return re.sub(r"[^a-z0-9]+", "", s)


@dataclass(frozen=True)
class Governorate:
    name: str
    pcode: str
    capital: str
    lat: float
    lon: float
    aliases: tuple[str, ...]


@lru_cache(maxsize=8)
def load_governorates(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> tuple[Governorate, ...]:
    """The profile's admin1 units, validated."""
    path = knowledge_path("governorates.yaml", profile=profile, directory=directory)
    data = read_data("governorates.yaml", profile=profile, directory=directory)
    out = []
    for i, g in enumerate(require(data, "governorates", list, path=path, where="file")):
        where = f"governorates[{i}]"
        cap = require(g, "capital", dict, path=path, where=where)
        out.append(Governorate(
            name=require(g, "name", str, path=path, where=where),
            pcode=require(g, "pcode", str, path=path, where=where),
            capital=require(cap, "name", str, path=path, where=where + ".capital"),
            lat=float(require(cap, "lat", (int, float), path=path, where=where + ".capital")),
            lon=float(require(cap, "lon", (int, float), path=path, where=where + ".capital")),
            aliases=tuple(require(g, "aliases", list, path=path, where=where)),
        ))
    return tuple(out)


@dataclass(frozen=True)
class Country:
    """The profile's country and the box its places lie in."""

    name: str
    south: float
    north: float
    west: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east


@lru_cache(maxsize=8)
def load_country(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> Country:
    """The `country` entry of governorates.yaml, validated."""
    path = knowledge_path("governorates.yaml", profile=profile, directory=directory)
    c = require(read_data("governorates.yaml", profile=profile, directory=directory), "country", dict,
                path=path, where="file")
    return Country(require(c, "name", str, path=path, where="country"),
                   *(float(require(c, k, (int, float), path=path, where="country"))
                     for k in ("south", "north", "west", "east")))


def require_governorate(entry: dict[str, Any], *, path: str, where: str,
                        profile: str = DEFAULT_PROFILE) -> Governorate:
    """The governorate entry["governorate"] names (any listed spelling), else a KnowledgeError."""
    name = require(entry, "governorate", str, path=path, where=where)
    gov = governorate_named(name, profile=profile)
    if gov is None:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: unknown governorate '{name}'")
    return gov


def require_point(entry: dict[str, Any], *, path: str, where: str,
                  profile: str = DEFAULT_PROFILE) -> tuple[float, float]:
    """entry["lat"], entry["lon"] as floats inside the profile's country, else a KnowledgeError."""
    lat = float(require(entry, "lat", (int, float), path=path, where=where))
    lon = float(require(entry, "lon", (int, float), path=path, where=where))
    country = load_country(profile)
    if not country.contains(lat, lon):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: ({lat}, {lon}) is not in {country.name} "
                             f"(outside {country.name}'s box {country.south}-{country.north} N, "
                             f"{country.west}-{country.east} E)")
    return lat, lon


@lru_cache(maxsize=4)
def _governorates_by_fold(profile: str) -> dict[str, Governorate]:
    """fold(name or alias) -> governorate, built once per profile."""
    table: dict[str, Governorate] = {}
    for gov in load_governorates(profile):
        for alias in (gov.name, *gov.aliases):
            table.setdefault(fold(alias), gov)
    return table


@lru_cache(maxsize=8192)
def governorate_named(name: str, *, profile: str = DEFAULT_PROFILE) -> Governorate | None:
    """The governorate whose name or alias is `name` (any spelling listed), else None.
    Hot: the extractor and the geocoder ask it for every name they see."""
    return _governorates_by_fold(profile).get(fold(name))
