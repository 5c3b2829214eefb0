"""Store: one transaction per document, skip by content hash, read back what was saved.

Runs against a real SQLite file, and against PostgreSQL when
SITREPS_TEST_POSTGRES_URL is set (CI sets it).
"""
from __future__ import annotations

from datetime import date

import pytest

from sitreps.errors import StoreError
from sitreps.store import Store, database_url, redact


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else tmp_path / "results.db"
    db = Store.open(url)
    yield db
    db.close()


def test_store_save_then_has_content_hash(store, make_document, make_events):
    doc = make_document()
    assert store.save(doc, make_events(), status="ok")
    assert store.has(doc.content_hash)


def test_store_save_same_content_twice_adds_nothing(store, make_document, make_events):
    store.save(make_document(), make_events(), status="ok")
    assert not store.save(make_document(), make_events(), status="ok")
    assert len(list(store.documents())) == 1
    assert len(list(store.events())) == 2


def test_store_events_round_trip_every_field(store, make_document, make_events):
    saved = make_events(n=1)
    store.save(make_document(), saved, status="ok")
    [loaded] = list(store.events())
    assert loaded.to_dict() == saved[0].to_dict()


def test_store_evidence_kept_per_event(store, make_document, make_events):
    store.save(make_document(), make_events(n=2), status="ok")
    spans = store.evidence("doc-1-e02")
    assert [(s.doc_id, s.start, s.end, s.text) for s in spans] == [("doc-1", 0, 11, "Army units ")]


def test_store_document_metadata_round_trip(store, make_document):
    store.save(make_document(date_conflicts=["metadata 2016-05-01 contradicts dateline 2016-03-22"]),
               status="no_events")
    [doc] = list(store.documents())
    assert (doc.id, doc.published, doc.published_source, doc.status, doc.date_conflicts) == (
        "doc-1", date(2016, 3, 22), "dateline", "no_events",
        ["metadata 2016-05-01 contradicts dateline 2016-03-22"])


def test_store_keeps_raw_and_clean_text(store, make_document):
    store.save(make_document(raw="RAW  text", text="text"), status="no_events")
    assert store.texts("doc-1") == ("RAW  text", "text")


def test_store_error_record_has_code_and_message(store, make_document):
    store.save(make_document(text=""), status="error", error=("E201", "[E201] no article text left"))
    [doc] = list(store.documents(status="error"))
    assert (doc.error_code, doc.error_message) == ("E201", "[E201] no article text left")


def test_store_failed_save_writes_nothing(store, make_document, make_events):
    events = make_events(n=2)
    events[1].event_id = events[0].event_id            # violates events.event_id UNIQUE
    with pytest.raises(StoreError, match="E505"):
        store.save(make_document(), events, status="ok")
    assert not store.has(make_document().content_hash)
    assert list(store.events()) == []


def test_store_rejects_unknown_status(store, make_document):
    with pytest.raises(ValueError):
        store.save(make_document(), status="done")


def test_store_explicit_content_hash_is_the_key(store, make_document):
    store.save(make_document(), status="no_events", content_hash="f" * 64)
    assert store.has("f" * 64)
    assert store.hash_of("doc-1") == "f" * 64


def test_store_stats_counts_by_type_governorate_month_status(store, make_document, make_events):
    store.save(make_document(), make_events(n=2), status="ok")
    store.save(make_document("doc-2", text="other"), status="error", error=("E201", "x"))
    stats = store.stats()
    assert stats.to_dict() == {
        "documents": 2, "events": 2,
        "documents_by_status": {"error": 1, "ok": 1},
        "events_by_type": {"Explosions/Remote violence": 2},
        "events_by_admin1": {"Idleb": 2},
        "events_by_month": {"2016-03": 2},
    }


def test_store_event_numbers_follow_storage_order(store, make_document, make_events):
    store.save(make_document("a", text="a"), make_events("a", n=1), status="ok")
    store.save(make_document("b", text="b"), make_events("b", n=1), status="ok")
    numbers = store.event_numbers()
    assert numbers["a-e01"] < numbers["b-e01"]


@pytest.mark.parametrize("given, expected", [
    ("results.db", "sqlite:///results.db"),
    ("postgresql://u:p@127.0.0.1:5433/x", "postgresql+psycopg://u:p@127.0.0.1:5433/x"),
    ("postgres://u@localhost/x", "postgresql+psycopg://u@localhost/x"),
    ("sqlite:///:memory:", "sqlite:///:memory:"),
])
def test_store_database_url(given, expected):
    assert database_url(given) == expected


def test_store_open_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="E501") as info:
        Store.open("postgresql://someone:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value)


def test_store_forget_errors_removes_only_failed_documents(store, make_document, make_events):
    store.save(make_document(), make_events(n=1), status="ok")
    store.save(make_document("bad", text="bad"), status="error", error=("E301", "crash"))
    assert (store.forget_errors(), [d.id for d in store.documents()]) == (1, ["doc-1"])


@pytest.mark.parametrize("given, shown", [
    ("postgresql://u:secret@db.example:5432/x", "postgresql://u:***@db.example:5432/x"),
    ("postgresql://u@db.example/x", "postgresql://u@db.example/x"),
    ("results.db", "results.db"),
])
def test_store_redact_hides_password(given, shown):
    assert redact(given) == shown
