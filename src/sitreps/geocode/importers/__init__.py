"""Import downloaded gazetteer files into a Gazetteer: the format is recognised from
the file itself (tarball or folder of GeoJSON, GeoNames dump, CSV header).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ...errors import Code, GazetteerError
from ..store import Entry, Gazetteer
from .geonames import read_geonames
from .tables import read_csv
from .wof import read_wof, read_wof_csv

log = logging.getLogger(__name__)


@dataclass
class ImportReport:
    """What one file brought in."""

    path: str
    format: str
    places: int
    seconds: float


def detect_format(path: str | Path) -> str:
    """wof | geonames | csv, from the path's shape and name."""
    p = Path(path)
    name = p.name.lower()
    if not p.exists():
        raise GazetteerError(Code.E503, path=str(path), detail="no such file or folder")
    if p.is_dir() or name.endswith((".tar.gz", ".tgz", ".tar", ".tar.bz2", ".geojson")):
        return "wof"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".txt", ".zip")):
        return "geonames"
    raise GazetteerError(Code.E503, path=str(path), detail="unknown format (expected a WOF tarball or folder, a GeoNames .txt/.zip, or a .csv)")


def read_entries(path: str | Path) -> Iterator[Entry]:
    """Entries of one gazetteer file, whatever its format."""
    fmt = detect_format(path)
    if fmt == "csv" and _is_wof_csv(Path(path)):
        return read_wof_csv(path)
    reader = {"wof": read_wof, "geonames": read_geonames, "csv": read_csv}[fmt]
    return reader(path)


def _is_wof_csv(path: Path) -> bool:
    """The flattened Who's On First CSV (wof_id, placetype, variants...)."""
    with open(path, encoding="utf-8-sig") as fh:
        header = {h.strip().lower() for h in fh.readline().split(",")}
    return {"wof_id", "placetype", "name", "lat", "lon"} <= header


def import_file(gazetteer: Gazetteer, path: str | Path) -> ImportReport:
    """Import one file into `gazetteer` (re-importing replaces its places by ref)."""
    started = time.perf_counter()
    fmt = detect_format(path)
    try:
        n = gazetteer.add(read_entries(path))
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(Code.E503, path=str(path), detail=f"{type(exc).__name__}: {exc}") from exc
    seconds = time.perf_counter() - started
    gazetteer.set_meta(f"import:{Path(path).name}", f"{fmt} {n} places")
    log.info("imported %d places from %s (%s) in %.1f s", n, path, fmt, seconds)
    return ImportReport(str(path), fmt, n, seconds)
