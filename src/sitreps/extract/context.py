"""What a sentence inherits from the text around it (CODEBOOK 1, 3, 5, 6).

Digests name the region once in a section header ("Deir Ezzur"), the province
once per paragraph ("in Aleppo province"), the day once ("On Tuesday, ..."),
and tell a toll or the target in the next sentence. The paragraph context
carries these forward; a new section header resets them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..geocode.regions import mention_region
from ..knowledge import governorate_named
from ..model import PlaceMention

_DIRECTION = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|northeast|northwest|southeast|southwest|rural|countryside|province|"
    r"governorate|of|the)\b",
    re.I,
)


@dataclass
class ParagraphContext:
    """What earlier sentences of a section told."""

    admin1: str | None = None                  # governorate named by header or paragraph
    default_admin1: str | None = None          # the one governorate the paragraph names (a hint only)
    section: int = 0
    published: date | None = None
    section_start: int = 0
    lede: bool = False                         # the current paragraph opens the report
    area_governorates: set[str] = field(default_factory=set)  # governorates named as regions so far
    date: tuple[date, int] | None = None       # (event date, time precision) told earlier
    date_admin1: str | None = None             # the governorate of the event that told that date
    last: list[Any] = field(default_factory=list)   # candidates of the last event sentence
    pending: list[Any] = field(default_factory=list)  # events told without a place, waiting for one
    region_start: int = 0                      # where the section's current governorate was first named
    last_end: int = -1                         # end of the sentence that told the last event
    previous_end: int = -1                     # end of the sentence before the current one
    paragraph_actors: list[Any] = field(default_factory=list)  # actor mentions of the whole section
    paragraph_span: tuple[int, int] = (0, 0)   # clean-text span of the current paragraph
    recent_places: list[PlaceMention] = field(default_factory=list)  # named places of the last sentence naming any
    recent_end: int = -1                       # end of that sentence
    recent_date: date | None = None            # and the day it told
    claims: list[str] = field(default_factory=list)  # claimants named so far in the section, in order

    @property
    def last_sides(self) -> Any | None:
        """The sides of the event just told (one naming both sides, if any does)."""
        both = [c.sides for c in self.last if c.sides.actor1 is not None and c.sides.actor2 is not None]
        return both[-1] if both else (self.last[-1].sides if self.last else None)

    def last_mentions(self) -> list[PlaceMention]:
        """The places of the last event told, once each, in order."""
        seen: list[PlaceMention] = []
        for c in self.last:
            if all(c.mention is not m for m in seen):
                seen.append(c.mention)
        return seen


def header_admin1(line: str) -> str | None:
    """The governorate a section header names: "Deir Ezzur", "Eastern Hama".

    A header naming two governorates ("Deir Ezzur-Quneitra") sets none: each
    paragraph under it names its own.
    """
    parts = [p for p in re.split(r"\s*(?:[-\u2013/,&]|\band\b)\s*", line.strip()) if p.strip()]
    found = []
    for part in parts:
        words = _DIRECTION.sub(" ", part).strip()
        gov = governorate_named(words) if words else None
        if gov is None:
            return None
        found.append(gov.name)
    return found[0] if len(set(found)) == 1 else None


def is_area_level(mention: PlaceMention) -> bool:
    """A mention that names only a province or a region of one ("Northern Hama"),
    not a part of a town ("the Eastern parts of Talbiseh")."""
    if mention.feature in ("province", "governorate", "countryside"):
        return True
    return mention.relation == "region" and (governorate_named(mention.text) is not None
                                             or mention_region(mention) is not None)


def region_mention(admin1: str, *, at: int) -> PlaceMention:
    """A stand-in place for an event told only at governorate level."""
    return PlaceMention(text=admin1, start=at, end=at, admin1_hint=admin1, relation="region")
