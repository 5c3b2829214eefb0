"""Admin-1 names as sitreps writes them (governorates.yaml), whatever a gazetteer says.

Gazetteers spell governorates their own way ("Hasaka (Al Haksa)", "Days Az Zawr",
"Idlib Governorate", "Rif Dimashq"); events must carry one spelling (CODEBOOK).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from ..knowledge import Governorate, governorate_named, load_governorates
from .store import Entry
from .translit import name_keys

_NOISE = re.compile(r"\b(governorate|province|muhafazat|mohafazat|muhafazah)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def governorate_spelling(raw: str | None) -> str | None:
    """The governorates.yaml name of a gazetteer's admin1 string, else None."""
    gov = governorate_of(raw)
    return gov.name if gov else None


@lru_cache(maxsize=1024)
def governorate_of(raw: str | None) -> Governorate | None:
    """The Governorate a gazetteer's admin1 string names (exact, then transliteration, then fuzzy)."""
    if not raw or not raw.strip():
        return None
    text = _NOISE.sub(" ", raw).strip(" ,-")
    candidates = [text, re.sub(r"\(.*?\)", "", text).strip()] + re.findall(r"\((.*?)\)", text)
    for c in candidates:
        if c and (gov := governorate_named(c)) is not None:
            return gov
    return _closest_governorate(candidates[1] or text)


def _closest_governorate(text: str) -> Governorate | None:
    """The governorate whose name or alias is closest in transliteration key (>= 70%, same first letter)."""
    key = name_keys(text).key
    best, best_score = None, 0.0
    for gov in load_governorates():
        for alias in (gov.name, *gov.aliases):
            other = name_keys(alias).key
            score = fuzz.ratio(key, other) if key[:1] == other[:1] else 0.0
            if score > best_score:
                best, best_score = gov, score
    return best if best_score >= 70 else None


def fill_missing_admin1(entries: list[Entry], *, cell: float = 0.2) -> list[Entry]:
    """Give entries without a governorate that of the nearest entry that has one.

    Some gazetteer records carry coordinates but no admin1 (WOF leaves ~9% blank);
    the nearest neighbour is almost always in the same governorate.
    """
    grid: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.admin1 and e.lat is not None and e.lon is not None:
            grid[(int(e.lat // cell), int(e.lon // cell))].append(e)
    for e in entries:
        if not e.admin1 and e.lat is not None and e.lon is not None:
            e.admin1 = _nearest_admin1(grid, e.lat, e.lon, cell)
    return entries


def _nearest_admin1(grid: dict[tuple[int, int], list[Entry]], lat: float, lon: float, cell: float) -> str | None:
    """Search rings of grid cells outwards until a neighbour is found."""
    ci, cj = int(lat // cell), int(lon // cell)
    for ring in range(0, 6):
        near = [e for di in range(-ring, ring + 1) for dj in range(-ring, ring + 1)
                if max(abs(di), abs(dj)) == ring for e in grid.get((ci + di, cj + dj), ())]
        if near:
            return min(near, key=lambda e: (e.lat - lat) ** 2 + (e.lon - lon) ** 2).admin1  # type: ignore[operator]
    return None


# Governorates that reports name for each other: "Damascus" for the city and for
# its countryside (Rural Damascus).
SAME_AREA = (frozenset({"Damascus", "Rural Damascus"}),)


def same_area(hint: str, admin1: str | None) -> bool:
    """Whether a place in `admin1` fits a text naming governorate `hint`."""
    if admin1 is None:
        return False
    return hint == admin1 or any(hint in pair and admin1 in pair for pair in SAME_AREA)


def area_governorates(admin1: str) -> frozenset[str]:
    """`admin1` and the governorates reports name for it."""
    return next((pair for pair in SAME_AREA if admin1 in pair), frozenset({admin1}))


def area_of(admin1: str) -> str:
    """One name for governorates that reports use for each other."""
    return min(area_governorates(admin1))
