"""The Python twins of `sitreps gazetteer ...` and `sitreps lookup`: each returns
data and prints nothing."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Sequence

from ..model import Place, PlaceMention
from . import ensure_gazetteer, load_geocoder
from .importers import ImportReport, import_file
from .paths import gazetteer_path
from .store import Gazetteer

PathLike = str | os.PathLike[str]


def import_files(paths: Sequence[PathLike], *, gazetteer: PathLike | None = None) -> list[ImportReport]:
    """Import each file into the gazetteer database (created if missing)."""
    target = gazetteer_path(gazetteer)
    with Gazetteer(target) as gaz:
        reports = [import_file(gaz, p) for p in paths]
    _forget_loaded()
    return reports


@dataclass
class GazetteerInfo:
    """What a gazetteer database holds."""

    path: str
    places: int
    names: int
    sources: dict[str, int]
    features: dict[str, int]
    coarse: bool
    meta: dict[str, str] = field(default_factory=dict)


def gazetteer_info(*, gazetteer: PathLike | None = None) -> GazetteerInfo:
    """Counts by source and feature type of the gazetteer (the default one is created on first use)."""
    target = gazetteer_path(gazetteer)
    if gazetteer is None:
        ensure_gazetteer(target)
    with Gazetteer(target, create=False) as gaz:
        sources = gaz.sources()
        return GazetteerInfo(path=str(target), places=gaz.count(), names=gaz.name_count(), sources=sources,
                             features=gaz.features(), coarse=set(sources) <= {"builtin"}, meta=gaz.meta())


def lookup(name: str, *, near: str | None = None, admin1: str | None = None,
           gazetteer: PathLike | None = None) -> Place:
    """Resolve one name as a report would give it, optionally near another place or in a governorate."""
    geocoder = load_geocoder(gazetteer)
    mentions = [PlaceMention(text=name, admin1_hint=admin1)]
    if near:
        mentions.append(PlaceMention(text=near, admin1_hint=admin1))
    return geocoder.resolve(mentions)[0]


def _forget_loaded() -> None:
    """Imports change the database: drop geocoders loaded before them."""
    from . import _load_geocoder

    _load_geocoder.cache_clear()


__all__ = ["import_files", "gazetteer_info", "lookup", "GazetteerInfo", "ImportReport"]
