"""The store: documents, events and evidence in SQLite (one file) or PostgreSQL.

All SQL of sitreps' results lives here (SQLAlchemy Core); callers use verbs:
`Store.open(url_or_path)`, `has(content_hash)`, `save(...)`, `documents()`,
`events()`, `evidence()`, `stats()`. Each document is saved in one transaction
with its events and evidence, so a run killed at any moment leaves whole
documents only, and a restart skips what is stored (by content hash).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Table, Text,
    create_engine, func, select,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .errors import Code, StoreError
from .model import Document, Event, Evidence
from .stats import StoreStats

log = logging.getLogger(__name__)

STATUSES = ("ok", "no_events", "error")

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(300), primary_key=True),
    Column("origin", Text, nullable=False, default=""),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", Text),
    Column("published", Date),
    Column("published_source", String(20), nullable=False, default="none"),
    Column("date_conflicts", Text, nullable=False, default="[]"),   # JSON list
    Column("raw", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("status", String(12), nullable=False, index=True),
    Column("error_code", String(8)),
    Column("error_message", Text),
    Column("processed_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # ACLED's event_id_cnty number
    Column("event_id", String(320), nullable=False, unique=True),
    Column("doc_id", String(300), ForeignKey("documents.id"), nullable=False, index=True),
    Column("event_date", Date),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", String(60), nullable=False, index=True),
    Column("sub_event_type", String(60), nullable=False),
    Column("actor1", Text, nullable=False, default=""),
    Column("assoc_actor_1", Text, nullable=False, default=""),
    Column("actor2", Text, nullable=False, default=""),
    Column("assoc_actor_2", Text, nullable=False, default=""),
    Column("inter1", Integer),
    Column("inter2", Integer),
    Column("interaction", Integer),
    Column("location", Text, nullable=False, default=""),
    Column("admin1", String(100), nullable=False, default=""),
    Column("admin2", String(100), nullable=False, default=""),
    Column("admin3", String(100), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer, nullable=False),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("fatalities_low", Integer, nullable=False, default=0),
    Column("fatalities_high", Integer, nullable=False, default=0),
    Column("fatalities_text", Text, nullable=False, default=""),
    Column("fatalities_rule", String(60), nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("claimed_by", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(320), ForeignKey("events.event_id"), nullable=False, index=True),
    Column("doc_id", String(300), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

# Event fields stored as columns (everything but evidence and the place mention).
EVENT_COLUMNS = tuple(c.name for c in events.columns if c.name != "seq")


@dataclass(frozen=True)
class StoredDocument:
    """A document row as the store keeps it."""

    id: str
    origin: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    published_source: str
    date_conflicts: list[str]
    content_hash: str
    status: str
    error_code: str | None
    error_message: str | None
    processed_at: datetime


def database_url(url_or_path: str | Path) -> str:
    """A SQLAlchemy URL: paths become SQLite files; postgresql:// uses psycopg 3."""
    text = str(url_or_path)
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix):]
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser())


class Store:
    """One results database; open with `Store.open(url_or_path)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url_or_path: str | Path) -> "Store":
        """Open (and create if needed) the database at a path or URL."""
        url = database_url(url_or_path)
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url, future=True)
            metadata.create_all(engine)
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(Code.E501, url=redact(url), detail=str(exc).splitlines()[0]) from exc
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------

    def has(self, content_hash: str) -> bool:
        """Whether a document with this content is stored (then it is skipped)."""
        query = select(documents.c.id).where(documents.c.content_hash == content_hash)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def hash_of(self, doc_id: str) -> str | None:
        """The content hash stored under a document id, if any."""
        query = select(documents.c.content_hash).where(documents.c.id == doc_id)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def save(
        self,
        document: Document,
        events_: Sequence[Event] = (),
        *,
        status: str,
        error: tuple[str, str] | None = None,
        content_hash: str | None = None,
    ) -> bool:
        """Store one document with its events and evidence in ONE transaction.

        Returns False (and writes nothing) when its content is already stored.
        `error` is (code, message) for status "error".
        """
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        key = content_hash or document.content_hash
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(documents.c.id).where(documents.c.content_hash == key)).first():
                    return False
                conn.execute(documents.insert().values(_document_row(document, key, status, error)))
                _insert_events(conn, events_)
        except IntegrityError as exc:
            if self.has(key):   # a concurrent writer stored the same content first
                return False
            raise StoreError(Code.E505, doc_id=document.id, detail=str(exc.orig).splitlines()[0]) from exc
        except SQLAlchemyError as exc:
            raise StoreError(Code.E505, doc_id=document.id, detail=str(exc).splitlines()[0]) from exc
        return True

    def forget_errors(self) -> int:
        """Delete the documents stored with status "error" (they have no events),
        so that a new run tries them again; returns how many."""
        with self.engine.begin() as conn:
            return conn.execute(documents.delete().where(documents.c.status == "error")).rowcount

    # --- reading -------------------------------------------------------------

    def documents(self, *, status: str | None = None) -> Iterator[StoredDocument]:
        """Stored documents in processing order (without their texts)."""
        cols = [c for c in documents.columns if c.name not in ("raw", "text")]
        query = select(*cols).order_by(documents.c.processed_at, documents.c.id)
        if status:
            query = query.where(documents.c.status == status)
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                yield _stored_document(row)

    def texts(self, doc_id: str) -> tuple[str, str] | None:
        """(raw, clean text) of one stored document."""
        query = select(documents.c.raw, documents.c.text).where(documents.c.id == doc_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return (row[0], row[1]) if row else None

    def evidence(self, event_id: str | None = None) -> list[Evidence]:
        """Evidence spans, of one event or of all, in event order."""
        query = select(evidence).order_by(evidence.c.id)
        if event_id is not None:
            query = query.where(evidence.c.event_id == event_id)
        with self.engine.connect() as conn:
            return [_evidence(row) for row in conn.execute(query).mappings()]

    def events(self) -> Iterator[Event]:
        """Stored events with their evidence, in the order they were stored."""
        spans: dict[str, list[Evidence]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(select(evidence).order_by(evidence.c.id)).mappings():
                spans.setdefault(row["event_id"], []).append(_evidence(row))
            for row in conn.execute(select(events).order_by(events.c.seq)).mappings():
                yield _event(row, spans.get(row["event_id"], []))

    def event_numbers(self) -> dict[str, int]:
        """event_id -> the store's sequence number (ACLED's event_id_cnty digits)."""
        with self.engine.connect() as conn:
            return dict(conn.execute(select(events.c.event_id, events.c.seq)).all())

    def processed_times(self) -> dict[str, datetime]:
        """doc_id -> when it was processed (ACLED's timestamp column)."""
        with self.engine.connect() as conn:
            return dict(conn.execute(select(documents.c.id, documents.c.processed_at)).all())

    def stats(self) -> StoreStats:
        """Events by type, governorate and month; documents by status."""
        month = func.substr(func.cast(events.c.event_date, String), 1, 7)
        with self.engine.connect() as conn:
            by_status = _counts(conn, documents.c.status)
            return StoreStats(
                documents_by_status=by_status,
                events_by_type=_counts(conn, events.c.event_type),
                events_by_admin1=_counts(conn, events.c.admin1),
                events_by_month=_counts(conn, month, order_by_key=True),
                documents=sum(by_status.values()),
                events=conn.execute(select(func.count()).select_from(events)).scalar() or 0,
            )


def _counts(conn: Connection, column: Any, *, order_by_key: bool = False) -> dict[str, int]:
    """{value: count} for one column, most frequent first (or by value)."""
    label = column.label("key")
    query = select(label, func.count().label("n")).group_by(label)
    query = query.order_by(label) if order_by_key else query.order_by(func.count().desc(), label)
    return {(key if key not in (None, "") else "(none)"): n for key, n in conn.execute(query).all()}


def _document_row(document: Document, key: str, status: str, error: tuple[str, str] | None) -> dict[str, Any]:
    code, message = error if error else (None, None)
    return {
        "id": document.id, "origin": document.origin, "url": document.url,
        "outlet": document.outlet, "title": document.title, "published": document.published,
        "published_source": document.published_source,
        "date_conflicts": json.dumps(list(document.date_conflicts)),
        "raw": document.raw, "text": document.text, "content_hash": key,
        "status": status, "error_code": code, "error_message": message,
        "processed_at": datetime.now(timezone.utc),
    }


def _insert_events(conn: Connection, events_: Sequence[Event]) -> None:
    if not events_:
        return
    conn.execute(events.insert(), [{c: getattr(e, c) for c in EVENT_COLUMNS} for e in events_])
    spans = [{"event_id": e.event_id, "doc_id": s.doc_id, "start": s.start, "end": s.end, "text": s.text}
             for e in events_ for s in e.evidence]
    if spans:
        conn.execute(evidence.insert(), spans)


def _stored_document(row: Any) -> StoredDocument:
    values = dict(row)
    values["date_conflicts"] = json.loads(values["date_conflicts"] or "[]")
    return StoredDocument(**values)


def _evidence(row: Any) -> Evidence:
    return Evidence(doc_id=row["doc_id"], start=row["start"], end=row["end"], text=row["text"])


def _event(row: Any, spans: list[Evidence]) -> Event:
    return Event(**{c: row[c] for c in EVENT_COLUMNS}, evidence=spans)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.rpartition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, cred = head.partition("//")
    return f"{scheme}//{cred.split(':', 1)[0]}:***@{tail}"
