"""Compass regions of a governorate and their main towns (knowledge/regions.yaml)."""
from __future__ import annotations

from functools import lru_cache

from ..knowledge import DEFAULT_PROFILE, knowledge_path, read_data, require

FILE = "regions.yaml"


@lru_cache(maxsize=4)
def load_regions(profile: str = DEFAULT_PROFILE) -> dict[tuple[str, str], str]:
    """(governorate, bearing) -> main town, validated."""
    path = knowledge_path(FILE, profile=profile)
    data = read_data(FILE, profile=profile)
    out = {}
    for i, r in enumerate(require(data, "regions", list, path=path, where="file")):
        where = f"regions[{i}]"
        key = (require(r, "governorate", str, path=path, where=where), require(r, "bearing", str, path=path, where=where))
        out[key] = require(r, "town", str, path=path, where=where)
    return out


def region_town(governorate: str, bearing: str | None, *, profile: str = DEFAULT_PROFILE) -> str | None:
    """The main town of the `bearing` part of `governorate`, if the table lists one."""
    return load_regions(profile).get((governorate, bearing)) if bearing else None
