"""Export writers: ACLED CSV, JSONL, CSV, GeoJSON, Parquet, read back as their users read them."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pytest

from sitreps.errors import StoreError
from sitreps.export import (
    CSV_COLUMNS, FORMATS, disorder_type, export_store, write_acled_csv, write_csv, write_events,
    write_geojson, write_jsonl,
)
from sitreps.model import ACLED_COLUMNS, EVENT_FIELDS, Event
from sitreps.store import Store


def _acled_rows(events, **options) -> list[dict[str, str]]:
    buf = io.StringIO()
    write_acled_csv(events, buf, **options)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def test_export_acled_csv_header_is_acled_order(make_events):
    buf = io.StringIO()
    write_acled_csv(make_events(), buf)
    assert buf.getvalue().splitlines()[0].split(",") == list(ACLED_COLUMNS)


@pytest.mark.parametrize("column, value", [
    ("iso", "760"), ("country", "Syria"), ("region", "Middle East"), ("year", "2016"),
    ("event_date", "2016-03-21"), ("inter1", "1"), ("interaction", "10"),
    ("disorder_type", "Political violence"), ("source", "Example News"), ("notes", "Note 1."),
    ("fatalities", "1"), ("event_id_cnty", "SYR1"), ("admin1", "Idleb"), ("geo_precision", "1"),
])
def test_export_acled_csv_fills_column(make_events, column, value):
    assert _acled_rows(make_events(n=1))[0][column] == value


def test_export_acled_csv_uses_given_numbers_and_timestamps(make_events):
    when = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    [row] = _acled_rows(make_events(n=1), numbers={"doc-1-e01": 42}, timestamps={"doc-1": when})
    assert (row["event_id_cnty"], row["timestamp"]) == ("SYR42", str(int(when.timestamp())))


def test_export_acled_csv_marks_civilian_targeting(make_events):
    [event] = make_events(n=1)
    event.event_type, event.sub_event_type, event.actor2 = "Violence against civilians", "Attack", "Civilians (Syria)"
    assert _acled_rows([event])[0]["civilian_targeting"] == "Civilian targeting"


@pytest.mark.parametrize("event_type, sub_type, expected", [
    ("Battles", "Armed clash", "Political violence"),
    ("Strategic developments", "Agreement", "Strategic developments"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
])
def test_export_disorder_type(event_type, sub_type, expected):
    assert disorder_type(Event(doc_id="d", event_type=event_type, sub_event_type=sub_type)) == expected


def test_export_jsonl_is_event_to_dict(make_events):
    events = make_events()
    buf = io.StringIO()
    write_jsonl(events, buf)
    assert [json.loads(line) for line in buf.getvalue().splitlines()] == [e.to_dict() for e in events]


def test_export_jsonl_keys_are_the_documented_interface(make_events):
    buf = io.StringIO()
    write_jsonl(make_events(n=1), buf)
    assert tuple(json.loads(buf.getvalue())) == EVENT_FIELDS


def test_export_csv_flattens_evidence(make_events):
    buf = io.StringIO()
    write_csv(make_events(n=1), buf)
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert (tuple(row), row["evidence_spans"], row["evidence_text"]) == (
        CSV_COLUMNS, "doc-1:0-11", "Army units ")


def test_export_geojson_points_are_lon_lat(make_events):
    buf = io.StringIO()
    write_geojson(make_events(n=1), buf)
    [feature] = json.loads(buf.getvalue())["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.56, 35.61]}


def test_export_geojson_leaves_out_and_counts_unlocated(make_events):
    events = make_events(n=1) + make_events("doc-2", n=2, located=False)
    buf = io.StringIO()
    report = write_geojson(events, buf)
    assert (report.written, report.left_out, len(json.loads(buf.getvalue())["features"])) == (1, 2, 1)


def test_export_geojson_is_a_feature_collection_with_properties(make_events):
    buf = io.StringIO()
    write_geojson(make_events(n=1), buf)
    data = json.loads(buf.getvalue())
    props = data["features"][0]["properties"]
    assert (data["type"], props["event_id"], props["sub_event_type"]) == (
        "FeatureCollection", "doc-1-e01", "Shelling/artillery/missile attack")


def test_export_parquet_reads_back_with_pandas(tmp_path, make_events):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "events.parquet"
    write_events(make_events(n=2), "parquet", path)
    frame = pd.read_parquet(path)
    assert (list(frame.columns), list(frame["fatalities"]), frame["evidence"][0][0]["text"]) == (
        list(EVENT_FIELDS), [1, 2], "Army units ")


def test_export_parquet_of_nothing_keeps_columns(tmp_path):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "empty.parquet"
    write_events([], "parquet", path)
    assert list(pd.read_parquet(path).columns) == list(EVENT_FIELDS)


def test_export_parquet_needs_a_path(make_events):
    with pytest.raises(StoreError, match="E506"):
        write_events(make_events(), "parquet", io.StringIO())


def test_export_unknown_format_names_the_choices(make_events):
    with pytest.raises(StoreError, match="E504.*acled-csv"):
        write_events(make_events(), "xlsx", io.StringIO())


def test_export_unwritable_path_is_a_store_error(tmp_path, make_events):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="E506"):
        write_events(make_events(), "jsonl", blocker / "events.jsonl")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_store_writes_every_format(tmp_path, make_document, make_events, fmt):
    with Store.open(tmp_path / "r.db") as store:
        store.save(make_document(), make_events(n=3), status="ok")
        report = export_store(store, fmt, tmp_path / f"out.{fmt}")
    assert (report.written, (tmp_path / f"out.{fmt}").stat().st_size > 0) == (3, True)


def test_export_store_acled_numbers_are_stable_across_exports(tmp_path, make_document, make_events):
    with Store.open(tmp_path / "r.db") as store:
        store.save(make_document(), make_events(n=2), status="ok")
        first = io.StringIO()
        export_store(store, "acled-csv", first)
        store.save(make_document("doc-2", text="more"), make_events("doc-2", n=1), status="ok")
        second = io.StringIO()
        export_store(store, "acled-csv", second)
    assert second.getvalue().splitlines()[1:3] == first.getvalue().splitlines()[1:3]


def test_export_acled_csv_no_civilian_targeting_outside_political_violence(make_events):
    [event] = make_events(n=1)
    event.event_type, event.sub_event_type, event.actor2 = "Strategic developments", "Agreement", "Civilians (Syria)"
    assert _acled_rows([event])[0]["civilian_targeting"] == ""


def test_export_parquet_event_date_is_a_date(tmp_path, make_events):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "events.parquet"
    write_events(make_events(n=1), "parquet", path)
    assert str(pd.read_parquet(path)["event_date"][0]) == "2016-03-21"


def test_export_geojson_keeps_missing_values_null(make_events):
    [event] = make_events(n=1)
    buf = io.StringIO()
    write_geojson([event], buf)
    props = json.loads(buf.getvalue())["features"][0]["properties"]
    assert (props["inter2"], props["evidence_spans"]) == (None, "doc-1:0-11")
