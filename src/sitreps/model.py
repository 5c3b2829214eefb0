"""The data that flows between stages: documents, place mentions, places, events.

Plain dataclasses, no behaviour beyond conversion: every stage takes and returns
these, so a stage can be tested without the others.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# ACLED's export columns, in ACLED's order (the subset sitreps fills).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

# The JSONL interface of `sitreps extract` (DESIGN.md), in output order.
EVENT_FIELDS = (
    "doc_id", "event_id", "event_date", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "inter1", "inter2", "interaction", "location", "admin1", "admin2", "admin3",
    "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_high", "fatalities_text", "fatalities_rule", "source",
    "claimed_by", "notes", "evidence",
)


@dataclass
class OffsetMap:
    """Maps offsets in a clean text back to offsets in the raw text it came from.

    The clean text is a concatenation of raw slices (plus inserted separators).
    `segments` holds (clean_start, raw_start, length) for each copied slice, sorted
    by clean_start; an offset inside an inserted separator maps to the raw offset
    where the next slice begins.
    """

    segments: list[tuple[int, int, int]] = field(default_factory=list)

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, length)])

    def to_raw(self, offset: int) -> int:
        """Raw offset of clean `offset` (an end offset maps to the end of its slice)."""
        if not self.segments:
            return offset
        starts = [s[0] for s in self.segments]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return self.segments[0][1]
        c0, r0, n = self.segments[i]
        if offset <= c0 + n:
            return r0 + (offset - c0)
        if i + 1 < len(self.segments):
            return self.segments[i + 1][1]
        return r0 + n

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw(start), self.to_raw(end)


@dataclass
class RawDocument:
    """What a reader produces: undecoded facts about one input document."""

    id: str
    text: str | None = None          # decoded text, when the input was text
    html: str | None = None          # decoded HTML, when the input was a page
    url: str | None = None
    published: str | None = None     # as the input gave it (metadata)
    outlet: str | None = None
    title: str | None = None
    origin: str = ""                 # file path, "file.jsonl:12", "-:3"
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadError:
    """One input that could not be read; the batch goes on."""

    id: str
    origin: str
    code: str                        # an errors.Code value, e.g. "E101"
    message: str


@dataclass
class Document:
    """A cleaned document: the unit `extract_events` works on."""

    id: str
    raw: str                         # the raw text that offsets point into
    text: str                        # clean text (paragraphs separated by blank lines)
    offsets: OffsetMap = field(default_factory=OffsetMap)
    title: str | None = None
    published: date | None = None
    published_source: str = "none"   # dateline | url | metadata | weekday | none
    date_conflicts: list[str] = field(default_factory=list)
    outlet: str | None = None
    outlet_source: str = "none"      # dateline | metadata | url | none
    url: str | None = None
    origin: str = ""
    language: str = "en"
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Evidence:
    """The span of the raw text an event was coded from."""

    doc_id: str
    start: int                       # raw-text offsets
    end: int
    text: str


@dataclass
class PlaceMention:
    """A place named in the text, with what the text says around it."""

    text: str                        # as written: "Kafr Sakeer"
    start: int = -1                  # clean-text offsets
    end: int = -1
    admin1_hint: str | None = None   # governorate named nearby or in the section header
    admin2_hint: str | None = None   # district named nearby ("Afrin district"), when known
    area_hint: str | None = None     # named region nearby ("in Eastern Ghouta"), regions.yaml
    relation: str = "in"             # in | near | region | district
    distance_km: float | None = None # "10km Southwest of Maskana"
    bearing: str | None = None       # N, NE, E, SE, S, SW, W, NW
    parent: str | None = None        # "Quarter of the city of Aleppo" -> "Aleppo"
    feature: str | None = None       # noun the text gives: village, city, camp, airbase, province...
    alternatives: tuple[str, ...] = ()  # other names the text gives it ("Kobani/Ayn al-Arab")


@dataclass
class Place:
    """A resolved (or honestly unresolved) place."""

    name: str                        # gazetteer spelling, or the mention when unresolved
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    geo_precision: int = 3
    resolved: bool = False
    gazetteer_ref: str | None = None # "wof:1259767833"
    score: float = 0.0
    candidates: list[str] = field(default_factory=list)  # best alternatives, for review


@dataclass
class Event:
    """One ACLED-style event with its evidence."""

    doc_id: str
    event_type: str
    sub_event_type: str
    event_date: date | None = None
    time_precision: int = 1
    event_id: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    location: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_high: int = 0
    fatalities_text: str = ""
    fatalities_rule: str = ""
    source: str = ""
    claimed_by: str = ""
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    mention: PlaceMention | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record of `sitreps extract` (DESIGN.md), in a stable order."""
        d = asdict(self)
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        d["evidence"] = [asdict(e) for e in self.evidence]
        return {k: d[k] for k in EVENT_FIELDS}
