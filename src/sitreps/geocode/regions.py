"""Regions that reports name instead of a town (knowledge/regions.yaml): compass
parts of a governorate ("Eastern Hama") and regions with a name of their own
("Eastern Ghouta", "Wadi Barada", "al-Lajat")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import Code, KnowledgeError
from ..knowledge import (DEFAULT_PROFILE, fold, knowledge_path, read_data, require, require_governorate,
                         require_point)
from ..model import PlaceMention

FILE = "regions.yaml"
_COMPASS_WORDS = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western",
                  "NE": "Northeastern", "NW": "Northwestern", "SE": "Southeastern", "SW": "Southwestern"}


@dataclass(frozen=True)
class NamedRegion:
    """A region with a name of its own, the governorate it lies in, and where it is
    placed: its central town (resolved in the gazetteer) or a point."""

    name: str
    governorate: str
    town: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Regions:
    compass: dict[tuple[str, str], str]       # (governorate, bearing) -> main town
    named: dict[str, NamedRegion]              # folded name or alias -> region


@lru_cache(maxsize=4)
def load_regions(profile: str = DEFAULT_PROFILE) -> Regions:
    """Both tables of regions.yaml, validated."""
    return parse_regions(read_data(FILE, profile=profile), path=knowledge_path(FILE, profile=profile))


def parse_regions(data: dict, *, path: str) -> Regions:
    """Validate the parsed regions file at `path`; KnowledgeError says which entry is wrong."""
    compass = {}
    for i, r in enumerate(require(data, "regions", list, path=path, where="file")):
        where = f"regions[{i}]"
        key = (require_governorate(r, path=path, where=where).name, require(r, "bearing", str, path=path, where=where))
        compass[key] = require(r, "town", str, path=path, where=where)
    named: dict[str, NamedRegion] = {}
    for i, r in enumerate(data.get("named") or []):
        region = _named_region(r, path=path, where=f"named[{i}]")
        for spelling in (region.name, *require(r, "aliases", list, path=path, where=f"named[{i}]")):
            key = fold(str(spelling))
            if key in named and named[key] != region:
                raise KnowledgeError(Code.E401, path=path, detail=f"named[{i}]: {spelling!r} already names {named[key].name}")
            named[key] = region
    return Regions(compass, named)


def _named_region(entry: dict, *, path: str, where: str) -> NamedRegion:
    """One entry of `named`: a town, or lat and lon, says where it is."""
    name = require(entry, "name", str, path=path, where=where)
    gov = require_governorate(entry, path=path, where=where).name
    if "town" in entry:
        return NamedRegion(name, gov, town=require(entry, "town", str, path=path, where=where))
    lat, lon = require_point(entry, path=path, where=where)
    return NamedRegion(name, gov, lat=lat, lon=lon)


def region_town(governorate: str, bearing: str | None, *, profile: str = DEFAULT_PROFILE) -> str | None:
    """The main town of the `bearing` part of `governorate`, if the table lists one."""
    return load_regions(profile).compass.get((governorate, bearing)) if bearing else None


def named_region(text: str, bearing: str | None = None, *, profile: str = DEFAULT_PROFILE) -> NamedRegion | None:
    """The named region `text` is, with the compass word the text put before it
    ("the Eastern Ghouta": text "Ghouta", bearing "E"), else None."""
    named = load_regions(profile).named
    if bearing in _COMPASS_WORDS:
        found = named.get(fold(f"{_COMPASS_WORDS[bearing]} {text}"))
        if found is not None:
            return found
    return named.get(fold(text))


def mention_region(mention: PlaceMention, *, profile: str = DEFAULT_PROFILE) -> NamedRegion | None:
    """The named region a place mention is, if any: with a lead compass word only
    when the mention reads as a region ("Eastern Ghouta", not "east of Ghouta")."""
    bearing = mention.bearing if mention.relation == "region" and mention.distance_km is None else None
    return named_region(mention.text, bearing, profile=profile)
