"""From a candidate and its resolved place to a complete Event.

Fills every Event field: actors and inter codes, interaction, place columns,
the toll, the claim, evidence with raw offsets (so ``document.raw[start:end]``
is the evidence text) and, once merged, the id and the note.
"""
from __future__ import annotations

from typing import Any

from ..knowledge import fold
from ..knowledge.actors import load_actors
from ..model import Document, Event, Evidence, Place
from .actors import interaction
from .candidates import Candidate
from .notes import write_note


def to_event(c: Candidate, place: Place, *, document: Document) -> Event | None:
    """The event a candidate codes, or None when its place is not in the country."""
    admin1 = place.admin1 or c.mention.admin1_hint or ""
    if not place.resolved and not admin1:
        return None
    a1, a2 = c.sides.actor1, c.sides.actor2
    inter1, inter2 = _inter(a1), _inter(a2)
    e = Event(
        doc_id=document.id, event_type=c.sub_type.event_type, sub_event_type=c.sub_type.name,
        event_date=c.event_date, time_precision=c.time_precision,
        actor1=_name(a1), assoc_actor_1="; ".join(a.name for a in c.sides.side1[1:]),
        actor2=_name(a2), assoc_actor_2="; ".join(a.name for a in c.sides.side2[1:]),
        inter1=inter1, inter2=inter2, interaction=interaction(inter1, inter2) if inter1 else None,
        location=place.name, admin1=admin1, admin2=place.admin2 or "", admin3=place.admin3 or "",
        latitude=place.latitude, longitude=place.longitude,
        geo_precision=place.geo_precision if place.resolved else 3,   # a name not found is known to its governorate
        source=document.outlet or "", claimed_by=c.claimed_by, mention=c.mention,
        evidence=[evidence(document, a, b) for a, b in c.spans],
    )
    if c.fatalities is not None:
        f = c.fatalities
        e.fatalities, e.fatalities_low, e.fatalities_high = f.value, f.low, f.high
        e.fatalities_text, e.fatalities_rule = f.text, f.rule
    return e


def evidence(document: Document, start: int, end: int) -> Evidence:
    """Evidence for a clean-text span, with raw offsets."""
    raw_start, raw_end = document.offsets.span_to_raw(start, end) if document.offsets.segments else (start, end)
    return Evidence(doc_id=document.id, start=raw_start, end=raw_end, text=document.raw[raw_start:raw_end])


def finish(events: list[Event]) -> list[Event]:
    """Number the events in text order and write their notes: by sentence, then,
    for the places one sentence lists, in the order it names them."""
    events.sort(key=lambda e: (e.evidence[0].start if e.evidence else 0,
                               e.mention.start if e.mention is not None else -1, fold(e.location)))
    for n, e in enumerate(events, start=1):
        one_side_each(e)
        e.event_id = f"{e.doc_id}-e{n:02d}"
        e.notes = write_note(e)
    return events


def one_side_each(e: Event) -> None:
    """An actor is on one side of an event only (the first it was put on); the
    inter codes and the interaction follow the actors left."""
    side1 = [x for x in (e.actor1, *e.assoc_actor_1.split("; ")) if x]
    side2 = [x for x in (e.actor2, *e.assoc_actor_2.split("; ")) if x and x not in side1]
    side1 = list(dict.fromkeys(side1))
    side2 = list(dict.fromkeys(side2))
    e.actor1, e.assoc_actor_1 = (side1[0] if side1 else ""), "; ".join(side1[1:])
    e.actor2, e.assoc_actor_2 = (side2[0] if side2 else ""), "; ".join(side2[1:])
    e.inter1, e.inter2 = _inter_of(e.actor1), _inter_of(e.actor2)
    e.interaction = interaction(e.inter1, e.inter2) if e.inter1 else None


def _inter_of(name: str) -> int | None:
    """The inter code of a canonical actor name (None when empty or unknown)."""
    if not name:
        return None
    return next((a.inter for a in load_actors().actors if a.name == name), None)


def _name(actor: Any | None) -> str:
    return actor.name if actor is not None else ""


def _inter(actor: Any | None) -> int | None:
    return getattr(actor, "inter", None) if actor is not None else None
