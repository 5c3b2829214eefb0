"""Counts over a store: what `sitreps stats` shows, as data."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class StoreStats:
    """Events by type, governorate and month; documents by status."""

    documents_by_status: dict[str, int]
    events_by_type: dict[str, int]
    events_by_admin1: dict[str, int]
    events_by_month: dict[str, int]
    documents: int
    events: int

    def to_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready data (`sitreps stats --json`)."""
        return {
            "documents": self.documents, "events": self.events,
            "documents_by_status": self.documents_by_status,
            "events_by_type": self.events_by_type,
            "events_by_admin1": self.events_by_admin1,
            "events_by_month": self.events_by_month,
        }

    def tables(self) -> list[tuple[str, dict[str, int]]]:
        """The breakdowns, titled, in display order."""
        return [
            ("Documents by status", self.documents_by_status),
            ("Events by type", self.events_by_type),
            ("Events by governorate", self.events_by_admin1),
            ("Events by month", self.events_by_month),
        ]


def database_stats(db: str | Path) -> StoreStats:
    """The stats of the store at a path or URL (the twin of `sitreps stats`)."""
    from .store import Store

    with Store.open(db) as store:
        return store.stats()
