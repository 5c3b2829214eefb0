"""Geocoding: place mentions in context -> places with coordinates and admin1-3.

The contract the extractor relies on is the `Geocoder` protocol below; the
implementation (gazetteer store, transliteration-aware matching, resolution in
context) lives in the modules of this package.
"""
from __future__ import annotations

from typing import Protocol, Sequence

from ..model import Place, PlaceMention


class Geocoder(Protocol):
    def resolve(self, mentions: Sequence[PlaceMention]) -> list[Place]:
        """Resolve the place mentions of one document together (they give each
        other context); one Place per mention, in order; never raises for an
        unknown name (it comes back resolved=False with admin1 from context)."""

    def is_place(self, name: str) -> bool:
        """Whether `name` (as written in a report) matches a gazetteer entry."""
