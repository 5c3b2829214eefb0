"""Helpers for extraction and geocoding tests: documents built from text, a
geocoder over a small place table (extraction tested without a gazetteer
database), and the real geocoder over a few gazetteer entries written in a test."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from sitreps.geocode.facilities import Facilities
from sitreps.geocode.index import PlaceIndex
from sitreps.geocode.resolve import GazetteerGeocoder
from sitreps.geocode.store import Entry, Gazetteer
from sitreps.knowledge import fold
from sitreps.model import Document, OffsetMap, Place, PlaceMention

GOLDEN = Path(__file__).resolve().parent


def gazetteer_geocoder(entries: Sequence[Entry], *, facilities: Facilities | None = None) -> GazetteerGeocoder:
    """The sitreps geocoder over an in-memory gazetteer of `entries` (and, when
    given, that facility table instead of the profile's)."""
    with Gazetteer() as gaz:
        gaz.add(list(entries))
        return GazetteerGeocoder(PlaceIndex.load(gaz, facilities=facilities))


def make_doc(text: str, *, published: str = "2016-03-02", doc_id: str = "t-1", outlet: str = "Test") -> Document:
    """A clean document whose raw text is the text itself."""
    return Document(id=doc_id, raw=text, text=text, offsets=OffsetMap.identity(len(text)),
                    published=date.fromisoformat(published), outlet=outlet)


class TableGeocoder:
    """Resolves names from a table {name: [{name, lat, lon, admin1}, ...]}; several
    entries for one name are told apart by the mention's governorate hint."""

    def __init__(self, table: dict[str, list[dict[str, Any]]]) -> None:
        self.table = {fold(k): v for k, v in table.items()}

    def resolve(self, mentions: Sequence[PlaceMention]) -> list[Place]:
        return [self._one(m) for m in mentions]

    def is_place(self, name: str) -> bool:
        return fold(name) in self.table

    def _one(self, m: PlaceMention) -> Place:
        rows = self.table.get(fold(m.text))
        if not rows:
            return Place(name=m.text, admin1=m.admin1_hint, resolved=False, geo_precision=3 if m.relation == "region" else 2)
        row = next((r for r in rows if r["admin1"] == m.admin1_hint), rows[0])
        precision = {"region": 3, "near": 2}.get(m.relation, 2 if m.distance_km else 1)
        return Place(name=row["name"], latitude=row["lat"], longitude=row["lon"], admin1=row["admin1"],
                     geo_precision=precision, resolved=True)


def golden_cases() -> list[Path]:
    """Every golden article (a .txt beside its .events.json)."""
    return sorted(p for p in GOLDEN.glob("*.txt") if p.with_suffix(".events.json").exists())


def load_case(path: Path) -> tuple[Document, TableGeocoder, list[dict[str, Any]]]:
    """The document, its geocoder and its expected events."""
    spec = json.loads(path.with_suffix(".events.json").read_text(encoding="utf-8"))
    doc = make_doc(path.read_text(encoding="utf-8"), published=spec["published"], doc_id=path.stem, outlet=spec["outlet"])
    return doc, TableGeocoder(spec["places"]), spec["events"]
