"""CSV gazetteers: OCHA city neighbourhoods, OCHA/IOM P-coded communities (with OSM
coordinates, or without coordinates), and a generic name/lat/lon CSV.

Which reader applies is decided by the header (`reader_for_header`).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Callable, Iterator

from ...errors import Code, GazetteerError
from ..admin import governorate_spelling
from ..store import Entry

Row = dict[str, str]
_CAMP = re.compile(r"\b(mokhayam|mukhayyam|mukhayam|mkhayam|camp)\b", re.IGNORECASE)


def read_csv(path: str | Path) -> Iterator[Entry]:
    """Entries of a CSV gazetteer, its kind told by its header."""
    path = Path(path)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        header = {h.strip().lower() for h in reader.fieldnames or []}
        make = reader_for_header(header, path=path)
        for n, row in enumerate(reader, 2):
            entry = make({k.strip().lower(): (v or "").strip() for k, v in row.items() if k}, path, n)
            if entry is not None:
                yield entry


def reader_for_header(header: set[str], *, path: Path) -> Callable[[Row, Path, int], Entry | None]:
    """The row reader that fits this CSV header."""
    if {"pcode", "name_en", "adm4_en", "latitude", "longitude"} <= header:
        return _ocha_neighbourhood
    if {"location_pcode", "location_name", "lat", "lon"} <= header:
        return _iom_osm
    if {"location_pcode", "location_name", "adm1_name"} <= header:
        return _pcoded_no_coords
    if "name" in header and _lat_col(header) and _lon_col(header):
        return _generic
    raise GazetteerError(Code.E503, path=str(path), detail=f"unknown CSV columns {sorted(header)}; a generic CSV needs name, lat, lon")


def _feature_of(name: str, default: str) -> str:
    return "camp" if _CAMP.search(name) else default


def _ocha_neighbourhood(row: Row, path: Path, n: int) -> Entry | None:
    name = row["name_en"]
    return Entry(
        ref=f"ocha:{row['pcode']}", name=name, lat=_float(row["latitude"]), lon=_float(row["longitude"]),
        source="ocha", feature=_feature_of(name, "neighbourhood"), parent=row["adm4_en"],
        admin1=governorate_spelling(row.get("adm1_en")), admin2=row.get("adm2_en") or None,
        admin3=row.get("adm3_en") or None,
        alt_names=tuple(n for n in (row.get("nam_en_ref"), row.get("name_ar")) if n),
    )


def _iom_osm(row: Row, path: Path, n: int) -> Entry | None:
    name = row["location_name"]
    place = row.get("hot_place", "")
    feature = {"city": "city", "town": "locality", "suburb": "neighbourhood", "neighbourhood": "neighbourhood"}.get(place, "locality")
    names = (row.get("adm4_name"), row.get("hot_name"), row.get("hot_name_en"), row.get("hot_name_latin"))
    return Entry(
        ref=f"iom:{row['location_pcode']}", name=name, lat=_float(row["lat"]), lon=_float(row["lon"]),
        source="iom", feature=_feature_of(name, feature), admin1=governorate_spelling(row.get("adm1_name")),
        admin2=row.get("adm2_name") or None, admin3=row.get("adm3_name") or None,
        alt_names=tuple(x for x in names if x),
    )


def _pcoded_no_coords(row: Row, path: Path, n: int) -> Entry | None:
    name = row["location_name"]
    accepted = row.get("accepted_hot_name")
    pcode = row["location_pcode"]
    return Entry(
        ref=f"pcode:{pcode}", name=name, lat=None, lon=None, source="pcode",
        feature=_feature_of(name, "neighbourhood" if pcode.startswith("N") else "locality"),
        admin1=governorate_spelling(row.get("adm1_name")), admin2=row.get("adm2_name") or None,
        admin3=row.get("adm3_name") or None, alt_names=(accepted,) if accepted else (),
    )


def _lat_col(header: set[str]) -> str | None:
    return next((c for c in ("lat", "latitude", "y") if c in header), None)


def _lon_col(header: set[str]) -> str | None:
    return next((c for c in ("lon", "lng", "long", "longitude", "x") if c in header), None)


def _generic(row: Row, path: Path, n: int) -> Entry | None:
    """name, lat, lon [, admin1, admin2, admin3, alt_names|alternatenames, feature, population, id]."""
    header = set(row)
    lat, lon = _float(row[_lat_col(header)]), _float(row[_lon_col(header)])  # type: ignore[index]
    alts = row.get("alt_names") or row.get("alternatenames") or row.get("alternate_names") or ""
    ident = row.get("id") or str(n)
    return Entry(
        ref=f"csv:{path.stem}:{ident}", name=row["name"], lat=lat, lon=lon, source="csv",
        feature=row.get("feature") or _feature_of(row["name"], "locality"),
        admin1=governorate_spelling(row.get("admin1")), admin2=row.get("admin2") or None,
        admin3=row.get("admin3") or None, population=int(float(row.get("population") or 0)),
        alt_names=tuple(a.strip() for a in re.split(r"[|;]", alts) if a.strip()),
    )


def _float(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None
