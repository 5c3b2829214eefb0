"""Where the other places of a document may lie: the evidence one name gives another.

Events cluster: a village named beside two others is likelier the namesake near
them. The resolver keeps, per document, the sure candidates of every name in a
grid of cells, the governorates named and where the document placed each name.
"""
from __future__ import annotations

import math

from ..model import Place

PASSAGE_CHARS = 400     # places this close in the text lie in one governorate, mostly


class Support:
    """Where the other names of the document may lie: their sure candidates, in a
    grid of cells. A name with one sure candidate is strong evidence for places
    near it, a name with ten candidates across the country weak evidence; a name
    in the same paragraph counts more than one at the other end of a roundup."""

    CELL = 0.25                 # degrees
    REACH_KM = 25.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, float, float, float, int]]] = {}
        self.keys: set[str] = set()
        self.placed: dict[str, Place] = {}    # spelled name -> where this document put it
        self.governorates: list[tuple[int, str]] = []   # (offset, governorate) named in the document

    def governorate_near(self, at: int) -> str | None:
        """The governorate named nearest to offset `at`, if within PASSAGE_CHARS."""
        near = [(abs(pos - at), gov) for pos, gov in self.governorates if abs(pos - at) <= PASSAGE_CHARS]
        return min(near)[1] if near else None

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return int(lat // self.CELL), int(lon // self.CELL)

    def add_name(self, key: str, points: list[tuple[float, float]], *, at: int) -> None:
        """The sure candidate points of one name mentioned at offset `at`."""
        self.keys.add(key)
        for lat, lon in points:
            self.cells.setdefault(self._cell(lat, lon), []).append((key, lat, lon, 1.0 / len(points), at))

    def weight(self, point: tuple[float, float], *, exclude: str, at: int) -> float:
        """Evidence, from the other names, that a place at `point` is the one meant."""
        if not self.cells:
            return 0.0
        lat, lon = point
        ci, cj = self._cell(lat, lon)
        kx = 111.32 * math.cos(math.radians(lat))
        best: dict[str, float] = {}
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for key, plat, plon, w, pos in self.cells.get((ci + di, cj + dj), ()):
                    w *= closeness(abs(pos - at))
                    if key != exclude and w > best.get(key, 0.0) and \
                            math.hypot((plat - lat) * 110.57, (plon - lon) * kx) <= self.REACH_KM:
                        best[key] = w
        return sum(best.values())


def closeness(chars: int) -> float:
    """How much a name `chars` characters away counts: same passage 1, next 0.5, far 0."""
    return 1.0 if chars <= PASSAGE_CHARS else 0.5 if chars <= 3 * PASSAGE_CHARS else 0.0
