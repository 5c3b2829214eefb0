"""The GeoNames country dump (`SY.txt`, or `SY.zip` holding it): 19 tab-separated columns.

Admin-1 names come from the dump's own ADM1 rows (their admin1 code), so no
second file is needed.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import IO, Iterator

from ...errors import Code, GazetteerError
from ..admin import governorate_spelling
from ..store import Entry

COLUMNS = 19
_KEEP_CLASSES = {"P", "A", "S", "L", "T"}
_CITY_CODES = {"PPLC", "PPLA", "PPLA2"}


def read_geonames(path: str | Path) -> Iterator[Entry]:
    """Entries of a GeoNames dump (.txt or .zip)."""
    path = Path(path)
    rows = list(_rows(path))
    admin1 = {(r[8], r[10]): r[1] for r in rows if r[7] == "ADM1"}
    for r in rows:
        if r[6] in _KEEP_CLASSES:
            yield _entry(r, admin1)


def _rows(path: Path) -> Iterator[list[str]]:
    """The 19-column rows of the dump; a malformed line is an import error."""
    with _open_text(path) as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != COLUMNS:
                raise GazetteerError(Code.E503, path=str(path), detail=f"line {n}: {len(cols)} columns, GeoNames dumps have {COLUMNS}")
            yield cols


def _open_text(path: Path) -> IO[str]:
    if path.suffix.lower() != ".zip":
        return open(path, encoding="utf-8")
    archive = zipfile.ZipFile(path)
    members = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
    if not members:
        raise GazetteerError(Code.E503, path=str(path), detail="zip holds no .txt dump")
    return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8")


def _entry(r: list[str], admin1: dict[tuple[str, str], str]) -> Entry:
    fclass, fcode = r[6], r[7]
    population = int(r[14] or 0)
    if fclass == "P":
        feature = "city" if fcode in _CITY_CODES or population >= 50_000 else "locality"
    elif fclass == "A":
        feature = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3"}.get(fcode, "area")
    elif fclass == "S":
        feature = "camp" if fcode == "CMPRF" else "facility"
    else:
        feature = "area"
    return Entry(
        ref=f"gn:{r[0]}", name=r[1], lat=float(r[4]), lon=float(r[5]), source="geonames",
        feature=feature, population=population,
        admin1=governorate_spelling(admin1.get((r[8], r[10]))),
        alt_names=tuple([r[2], *r[3].split(",")] if r[3] else [r[2]]),
    )
