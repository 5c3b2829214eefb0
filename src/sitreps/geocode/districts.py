"""Districts (admin2) a text names: "in the Afrin district", "Manbij countryside".

A district named is a prior for the places around it and, when a place cannot be
found, where it is kept (the seat of the district). District names are spelled
many ways ("Mintaqat Azaz district" = "A'zaz", "Maarat al-Numaan" = "Al Ma'ra").
"""
from __future__ import annotations

from ..model import PlaceMention
from .admin import same_area
from .index import SURE, PlaceIndex
from .translit import name_keys

DISTRICT_WORDS = frozenset({"district", "mintaqat", "mantiqat", "markaz", "nahiyat", "subdistrict", "sub-district"})


class Districts:
    """The districts a gazetteer knows, for the resolver's district hints."""

    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        self._known: dict[str, bool] = {}

    def hint(self, mention: PlaceMention) -> str | None:
        """The mention's admin2_hint when it names a district the gazetteer knows: a
        text's "Khalidiya district" is a city quarter, not a district of a province."""
        hint = mention.admin2_hint
        if not hint:
            return None
        if hint not in self._known:
            self._known[hint] = self._is_district(hint)
        return hint if self._known[hint] else None

    def _is_district(self, hint: str) -> bool:
        """Whether the gazetteer lists a district (or a city heading a district) of
        that name; spelling likeness alone is too loose ("Bab Touma" ~ "Al Bab")."""
        if not self.index.lists_districts:
            return any(district_fit(hint, d) for d in self.index.admin2_names)
        words = _name_words(hint)
        sure = [c for c in self.index.candidates(" ".join(words), limit=20) if c.score >= SURE] if words else []
        return any(c.entry.feature == "admin2" or (c.entry.feature == "city" and district_fit(hint, c.entry.admin2))
                   for c in sure)

    def seat(self, district: str, admin1: str | None) -> tuple[float, float] | None:
        """Where the town a district is named after lies ("Afrin district" -> Afrin),
        in the governorate given; None when no such town is sure."""
        words = _name_words(district)
        if not words:
            return None
        sure = [c for c in self.index.candidates(" ".join(words), limit=20)
                if c.score >= SURE and (admin1 is None or same_area(admin1, c.entry.admin1))
                and c.entry.feature in ("city", "locality", "admin2") and self.index.point_of(c.entry)]
        best = max(sure, key=lambda c: (c.entry.feature == "city", c.entry.population, c.score), default=None)
        return self.index.point_of(best.entry) if best else None


def district_fit(hint: str | None, admin2: str | None) -> bool | None:
    """Whether a candidate's admin2 is the district the text names (None: cannot
    tell). District names are spelled many ways ("Mintaqat Azaz district" =
    "A'zaz", "Maarat al-Numaan" = "Al Ma'ra"): their keys, without the generic
    words of district names, are equal or one begins the other."""
    if not hint or not admin2:
        return None
    a, b = district_key(hint), district_key(admin2)
    if not a or not b:
        return None
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 2 and long_.startswith(short)) or (len(short) >= 3 and long_.endswith(short))


def district_key(name: str) -> str:
    """The transliteration key of a district name without its generic words."""
    words = _name_words(name)
    return name_keys(" ".join(words)).key if words else ""


def _name_words(name: str) -> list[str]:
    return [w for w in name.replace("-", " ").split() if w.lower() not in DISTRICT_WORDS]
