"""Who's On First: a repository folder, its data tarball, or the flattened CSV.

The tarball is streamed member by member (never unpacked to disk). Governorate
and district names come from the region and county records of the same data,
through each place's `wof:hierarchy`.
"""
from __future__ import annotations

import csv
import json
import logging
import re
import tarfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..admin import fill_missing_admin1, governorate_spelling
from ..store import Entry

log = logging.getLogger(__name__)

_LATIN_OR_ARABIC = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff'`\u2018\u2019\u02bf\u02be.()\-]+$")
_CAMP = re.compile(r"\b(mukhayyam|mokhayam|mukhayam|camp)\b", re.IGNORECASE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CITY_CODES = {"PPLC", "PPLA", "PPLA2"}
_FEATURES = {"locality": "locality", "neighbourhood": "neighbourhood", "microhood": "neighbourhood",
             "macrohood": "neighbourhood", "campus": "facility", "county": "admin2", "region": "admin1",
             "localadmin": "admin3", "borough": "neighbourhood"}


def read_wof(path: str | Path) -> Iterator[Entry]:
    """Entries of a WOF tarball, folder, single .geojson or flattened CSV."""
    path = Path(path)
    if path.is_dir():
        records = (_load(p.open("rb")) for p in sorted(path.rglob("*.geojson")) if "-alt-" not in p.name)
    elif path.suffix == ".csv":
        yield from read_wof_csv(path)
        return
    elif path.suffix == ".geojson":
        records = iter([_load(path.open("rb"))])
    else:
        records = _tar_records(path)
    yield from _entries_of(records)


def _load(fh: IO[bytes]) -> dict:
    with fh:
        return json.load(fh)


def _tar_records(path: Path) -> Iterator[dict]:
    """GeoJSON records of a (gzipped) tarball, streamed."""
    with tarfile.open(path, mode="r|*") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".geojson") and "-alt-" not in member.name:
                fh = tar.extractfile(member)
                if fh is not None:
                    yield _load(fh)


def _entries_of(records: Iterable[dict]) -> Iterator[Entry]:
    """Turn records into entries once every region and county name is known."""
    admin_names: dict[int, str] = {}
    pending: list[tuple[dict, dict]] = []
    for record in records:
        props = record.get("properties") or {}
        if _retired(props):
            continue
        if props.get("wof:placetype") in ("region", "county", "locality"):
            admin_names[props.get("wof:id")] = _latin_name(props)
        if props.get("wof:placetype") in _FEATURES:
            pending.append((props, (props.get("wof:hierarchy") or [{}])[0]))
    entries = [e for props, hierarchy in pending if (e := _entry(props, hierarchy, admin_names)) is not None]
    yield from fill_missing_admin1(entries)


def _retired(props: dict) -> bool:
    """Deprecated or superseded records are not places any more."""
    deprecated = props.get("edtf:deprecated")
    return bool(props.get("wof:superseded_by")) or (bool(deprecated) and deprecated != "uuuu")


def _entry(props: dict, hierarchy: dict, admin_names: dict[int, str]) -> Entry | None:
    lat, lon = props.get("geom:latitude"), props.get("geom:longitude")
    if lat is None or lon is None:
        return None
    placetype = props["wof:placetype"]
    feature = _FEATURES[placetype]
    population = int(props.get("gn:population") or props.get("wof:population") or 0)
    if feature == "locality" and (props.get("gn:feature_code") in _CITY_CODES or population >= 50_000):
        feature = "city"
    if _CAMP.search(props.get("wof:name", "")):
        feature = "camp"
    region = admin_names.get(hierarchy.get("region_id"))
    return Entry(
        ref=f"wof:{props['wof:id']}", name=_latin_name(props), lat=float(lat), lon=float(lon),
        source="wof", feature=feature, population=population,
        admin1=governorate_spelling(region) if region else None,
        admin2=admin_names.get(hierarchy.get("county_id")) if placetype != "county" else None,
        parent=admin_names.get(hierarchy.get("locality_id")) if feature == "neighbourhood" else None,
        alt_names=tuple(_names(props)),
    )


def _latin_name(props: dict) -> str:
    """The record's name in Latin script (some records are named in Arabic only)."""
    for name in (props.get("wof:name"), *(props.get("name:eng_x_preferred") or []), props.get("gn:asciiname")):
        if isinstance(name, str) and name and not _ARABIC.search(name):
            return name
    return props.get("wof:name", "")


def _names(props: dict) -> list[str]:
    """Every Latin- or Arabic-script name a record gives."""
    out = [props.get("wof:name"), props.get("gn:name"), props.get("gn:asciiname")]
    for key, value in props.items():
        if key.startswith("name:"):
            out.extend(value if isinstance(value, list) else [value])
    return [n for n in out if isinstance(n, str) and _LATIN_OR_ARABIC.match(n)]


def read_wof_csv(path: str | Path) -> Iterator[Entry]:
    """Entries of the flattened WOF CSV (wof_id, placetype, name, variants, lat, lon, region, county...)."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        entries = [_csv_entry(row) for row in csv.DictReader(fh)
                   if not row.get("deprecated") and row.get("lat") and row.get("lon")]
    yield from fill_missing_admin1(entries)


def _csv_entry(row: dict[str, str]) -> Entry:
    feature = _FEATURES.get(row.get("placetype", ""), "locality")
    population = int(float(row.get("gn_population") or 0))
    if feature == "locality" and (row.get("gn_feature_code") in _CITY_CODES or population >= 50_000):
        feature = "city"
    if _CAMP.search(row["name"]):
        feature = "camp"
    names = [row.get("gn_name"), row.get("name_ara"), *(row.get("variants") or "").split("|")]
    return Entry(
        ref=f"wof:{row['wof_id']}", name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
        source="wof", feature=feature, population=population,
        admin1=governorate_spelling(row.get("region")), admin2=row.get("county") or None,
        alt_names=tuple(n for n in names if n and _LATIN_OR_ARABIC.match(n)),
    )
