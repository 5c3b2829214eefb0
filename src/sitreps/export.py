"""Writers: events -> ACLED CSV, JSONL, CSV, GeoJSON, Parquet.

Pure functions of the events they are given (the store supplies ACLED's event
numbers and timestamps). Each writer returns an `ExportReport`: how many events
went out and how many were left out (GeoJSON leaves out events with no
coordinates, and counts them).
"""
from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from .errors import Code, StoreError
from .model import ACLED_COLUMNS, EVENT_FIELDS, Event

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Country:
    """The fixed ACLED columns of one country profile."""

    name: str = "Syria"
    iso: int = 760
    region: str = "Middle East"
    prefix: str = "SYR"


SYRIA = Country()

# ACLED's disorder_type for each event type (sub-type overrides first).
DISORDER_BY_SUB_TYPE = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
DISORDER_BY_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# Columns of the flat CSV: the JSONL fields, evidence flattened into two columns.
CSV_COLUMNS = tuple(f for f in EVENT_FIELDS if f != "evidence") + ("evidence_spans", "evidence_text")


@dataclass(frozen=True)
class ExportReport:
    """What a writer did."""

    format: str
    written: int
    left_out: int = 0          # events a format cannot hold (GeoJSON: no coordinates)
    path: str | None = None


def disorder_type(event: Event) -> str:
    """ACLED's disorder_type of an event, from its sub-type or type."""
    return DISORDER_BY_SUB_TYPE.get(event.sub_event_type) or DISORDER_BY_TYPE.get(event.event_type, "")


def is_civilian_targeting(event: Event) -> bool:
    """ACLED marks political violence whose target (actor2) is civilians."""
    targets_civilians = event.actor2.startswith("Civilians") or event.assoc_actor_2.startswith("Civilians")
    return targets_civilians and "Political violence" in disorder_type(event)


def acled_row(event: Event, *, number: int, timestamp: int, country: Country = SYRIA) -> dict[str, Any]:
    """One event as an ACLED export row (model.ACLED_COLUMNS)."""
    d = event.to_dict()
    row = {c: d.get(c, "") for c in ACLED_COLUMNS}
    row.update(
        event_id_cnty=f"{country.prefix}{number}",
        year=event.event_date.year if event.event_date else "",
        disorder_type=disorder_type(event),
        civilian_targeting="Civilian targeting" if is_civilian_targeting(event) else "",
        iso=country.iso, region=country.region, country=country.name,
        source_scale="", tags="", timestamp=timestamp,
    )
    return {k: ("" if v is None else v) for k, v in row.items()}


def flat_row(event: Event) -> dict[str, Any]:
    """One event as a flat CSV row: evidence as 'doc:start-end' spans and joined text."""
    d = event.to_dict()
    row = {k: ("" if d[k] is None else d[k]) for k in EVENT_FIELDS if k != "evidence"}
    row.update(_flat_evidence(event))
    return row


def _flat_evidence(event: Event) -> dict[str, str]:
    """Evidence as two text columns: 'doc:start-end' spans and the joined sentences."""
    return {
        "evidence_spans": ";".join(f"{e.doc_id}:{e.start}-{e.end}" for e in event.evidence),
        "evidence_text": " ... ".join(e.text for e in event.evidence),
    }


def feature(event: Event) -> dict[str, Any] | None:
    """A GeoJSON Point feature ([lon, lat]); None when the event has no coordinates."""
    if event.latitude is None or event.longitude is None:
        return None
    props = {k: v for k, v in event.to_dict().items() if k not in ("evidence", "latitude", "longitude")}
    props.update(_flat_evidence(event))     # nulls stay null: QGIS types each field from its values
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
        "properties": props,
    }


def write_jsonl(events: Iterable[Event], fh: IO[str]) -> ExportReport:
    """One JSON object per line: the `sitreps extract` interface (Event.to_dict)."""
    n = 0
    for event in events:
        fh.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return ExportReport("jsonl", n)


def write_csv(events: Iterable[Event], fh: IO[str]) -> ExportReport:
    """The JSONL fields as CSV columns, evidence flattened."""
    return _write_rows(fh, CSV_COLUMNS, (flat_row(e) for e in events), "csv")


def write_acled_csv(
    events: Iterable[Event],
    fh: IO[str],
    *,
    numbers: Mapping[str, int] | None = None,
    timestamps: Mapping[str, datetime] | None = None,
    country: Country = SYRIA,
) -> ExportReport:
    """ACLED's columns in ACLED's order. `numbers` (event_id -> n) gives
    event_id_cnty, default the position; `timestamps` (doc_id -> time) gives
    ACLED's timestamp, default now."""
    now = int(datetime.now(timezone.utc).timestamp())

    def rows():
        for position, event in enumerate(events, start=1):
            number = numbers.get(event.event_id, position) if numbers else position
            when = timestamps.get(event.doc_id) if timestamps else None
            stamp = int(_aware(when).timestamp()) if when else now
            yield acled_row(event, number=number, timestamp=stamp, country=country)

    return _write_rows(fh, ACLED_COLUMNS, rows(), "acled-csv")


def write_geojson(events: Iterable[Event], fh: IO[str]) -> ExportReport:
    """A FeatureCollection of Points (QGIS opens it); events without coordinates are counted, not written."""
    features, left_out = [], 0
    for event in events:
        f = feature(event)
        if f is None:
            left_out += 1
        else:
            features.append(f)
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    fh.write("\n")
    if left_out:
        log.info("%d events without coordinates left out of the GeoJSON", left_out)
    return ExportReport("geojson", len(features), left_out)


def write_parquet(events: Iterable[Event], path: str | Path) -> ExportReport:
    """The JSONL records as a Parquet table (event_date a date, evidence a list of structs)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{**e.to_dict(), "event_date": e.event_date} for e in events]
    table = pa.Table.from_pylist(records, schema=_parquet_schema(pa))
    pq.write_table(table, str(path))
    return ExportReport("parquet", len(records), path=str(path))


def _parquet_schema(pa: Any) -> Any:
    """Explicit types, so an empty export has the same columns as a full one."""
    ints = {"time_precision", "inter1", "inter2", "interaction", "geo_precision",
            "fatalities", "fatalities_low", "fatalities_high"}
    floats = {"latitude", "longitude"}
    span = pa.struct([("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    fields = []
    for name in EVENT_FIELDS:
        kind = pa.int64() if name in ints else pa.float64() if name in floats else pa.string()
        kind = pa.date32() if name == "event_date" else kind
        fields.append(pa.field(name, pa.list_(span) if name == "evidence" else kind))
    return pa.schema(fields)


def _write_rows(fh: IO[str], columns: Iterable[str], rows: Iterable[dict[str, Any]], fmt: str) -> ExportReport:
    writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return ExportReport(fmt, n)


def _aware(when: datetime) -> datetime:
    """Naive datetimes from the store are UTC."""
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


# Text writers by format name; parquet writes a binary file of its own.
TEXT_WRITERS: dict[str, Callable[..., ExportReport]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
    "acled-csv": write_acled_csv,
}
FORMATS = tuple(TEXT_WRITERS) + ("parquet",)


def check_format(fmt: str, *, choices: Iterable[str] = FORMATS) -> str:
    """The format name if known, else a StoreError naming the choices."""
    choices = tuple(choices)
    if fmt not in choices:
        raise StoreError(Code.E504, fmt=fmt, choices=", ".join(choices))
    return fmt


def write_events(events: Iterable[Event], fmt: str, out: str | Path | IO[str], **options: Any) -> ExportReport:
    """Write events in `fmt` to a path or an open text stream (parquet: a path only)."""
    check_format(fmt)
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise StoreError(Code.E506, path="<stream>", detail="parquet needs a file path (-o)")
        return _to_path(out, lambda: write_parquet(events, out))
    if isinstance(out, (str, Path)):
        return _to_path(out, lambda: _write_text_file(events, fmt, Path(out), options))
    return TEXT_WRITERS[fmt](events, out, **options)


def _write_text_file(events: Iterable[Event], fmt: str, path: Path, options: dict[str, Any]) -> ExportReport:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        report = TEXT_WRITERS[fmt](events, fh, **options)
    return ExportReport(report.format, report.written, report.left_out, str(path))


def _to_path(path: str | Path, write: Callable[[], ExportReport]) -> ExportReport:
    """Create the parent folder; turn OS errors into a coded StoreError."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return write()
    except OSError as exc:
        raise StoreError(Code.E506, path=str(path), detail=exc.strerror or str(exc)) from exc


def export_store(store: Any, fmt: str, out: str | Path | IO[str]) -> ExportReport:
    """Export everything in a store (the twin of `sitreps export`)."""
    options: dict[str, Any] = {}
    if fmt == "acled-csv":
        options = {"numbers": store.event_numbers(), "timestamps": store.processed_times()}
    return write_events(store.events(), fmt, out, **options)
