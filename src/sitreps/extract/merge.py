"""ACLED merge rules (CODEBOOK 1): one event per type x actor pair x place x day.

Three passes over one document's events:
1. same event type, actors, place and day -> one event (all evidence kept, the
   higher-precedence sub-type, the lowest of conflicting tolls);
2. an air or artillery strike supporting a ground battle at the same place and
   day -> part of the Battles event;
3. a lede or summary told only at province level that repeats a detailed event
   later in the article -> folded into it (no duplicate).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..knowledge import fold
from ..knowledge.actors import load_actors
from ..geocode.geo import distance_km
from ..model import Event
from .context import is_area_level

LEDE_PARAGRAPHS = 3  # summaries sit in the first paragraphs of a report
REGION_KM = 60.0     # "Western Damascus" (Damascus) covers places of Rural Damascus


@dataclass(frozen=True)
class Origin:
    """Where in the document an event was told."""

    section: int
    paragraph: int
    section_start: int
    opening: bool = False    # among the report's first LEDE_PARAGRAPHS paragraphs of text

    @property
    def is_lede(self) -> bool:
        """The opening paragraphs of the report, or the first paragraph of a section."""
        return self.opening or self.paragraph == self.section_start


def same_place(a: Event, b: Event) -> bool:
    """The same folded name, or the same point. A place known only at governorate
    level (geo_precision 3) stands at its capital's point, which many places share,
    so only its name counts."""
    if fold(a.location) == fold(b.location):
        return True
    points = [(e.latitude, e.longitude) for e in (a, b) if e.latitude is not None and e.longitude is not None
              and e.geo_precision < 3]
    return len(points) == 2 and all(round(x, 3) == round(y, 3) for x, y in zip(*points))


def _side(e: Event, n: int) -> set[str]:
    names = [e.actor1, *e.assoc_actor_1.split("; ")] if n == 1 else [e.actor2, *e.assoc_actor_2.split("; ")]
    return {x for x in names if x}


def same_actors(a: Event, b: Event) -> bool:
    """The same pair of sides, in either order; a side told in only one report matches.
    Actors of one family are one side ("US forces" and "the US-led coalition")."""
    a1, a2, b1, b2 = _states(a, 1), _states(a, 2), _states(b, 1), _states(b, 2)
    for x1, x2 in ((b1, b2), (b2, b1)):
        if (a1 & x1 or not a1 and not x1) and (a2 & x2 or not a2 or not x2):
            return True
    return False


def merge_events(events: Sequence[Event], *, rank: Callable[[str], int], origin: Callable[[Event], Origin]) -> list[Event]:
    """Apply the three merge passes; `rank` orders sub-types (lower wins)."""
    out = _fold_twins(list(events), _same_event, rank=rank)
    out = _battle_absorbs_strikes(out)
    out = _fold_summaries(out, origin=origin, rank=rank)
    out = _fold_into_districts(out, origin=origin)
    return _fold_twins(out, _same_bombing, rank=rank)


def _fold_twins(events: list[Event], same: Callable[[Event, Event], bool], *, rank: Callable[[str], int]) -> list[Event]:
    """Fold each event into the first earlier one that `same` calls its twin: the
    higher-precedence sub-type wins, evidence and tolls are absorbed."""
    out: list[Event] = []
    for e in events:
        twin = next((o for o in out if same(o, e)), None)
        if twin is None:
            out.append(e)
            continue
        if rank(e.sub_event_type) < rank(twin.sub_event_type):
            twin.sub_event_type = e.sub_event_type
        absorb(twin, e)
    return out


def _same_event(a: Event, b: Event) -> bool:
    """Pass 1: duplicates of one event (same type, actors, place, day)."""
    return a.event_type == b.event_type and a.event_date == b.event_date \
        and same_place(a, b) and same_actors(a, b)


def _battle_absorbs_strikes(events: list[Event]) -> list[Event]:
    """Pass 2: strikes at the place and day of a ground battle by the same side."""
    battles = [e for e in events if e.event_type == "Battles"]
    out = []
    for e in events:
        host = None
        if e.event_type == "Explosions/Remote violence":
            host = next((b for b in battles if b.event_date == e.event_date and same_place(b, e)
                         and b.actor1 == e.actor1), None)
        if host is None:
            out.append(e)
        else:
            absorb(host, e)
    return out


def _fold_summaries(events: list[Event], *, origin: Callable[[Event], Origin], rank: Callable[[str], int]) -> list[Event]:
    """Pass 3: province-level events that a detailed event of the article repeats.

    A lede (the report's opening or a section's first paragraph) folds into the
    detailed events of the same type and province told after it; elsewhere a
    province-level sentence folds into a detailed one of the same paragraph or
    the next, told by the same side.
    """
    out = []
    for e in events:
        summary = is_province_level(e)
        detailed = [d for d in events if d is not e and d.geo_precision < 3 and _repeats(e, d, origin(e), origin(d))] \
            if summary else []
        if detailed:
            share_toll(e, detailed)
            if origin(e).opening:
                share_outcome(e, detailed, rank=rank)
        elif not (summary and origin(e).opening and _told_in_detail(e, events, origin)):
            out.append(e)
    return out


def is_province_level(e: Event) -> bool:
    """An event told of a province or region only; a village the gazetteer lacks
    (also geo_precision 3) is a place of its own, never a summary (CODEBOOK 5)."""
    m = e.mention
    return e.geo_precision >= 3 and (m is None or not m.text or is_area_level(m))


def _told_in_detail(summary: Event, events: list[Event], origin: Callable[[Event], Origin]) -> bool:
    """Whether the report goes on to tell events of the summary's type place by place
    ("advances in other parts of Syria, including Damascus and Lattakia")."""
    return any(d.event_type == summary.event_type and d.geo_precision < 3
               and origin(d).paragraph > origin(summary).paragraph for d in events)


def _repeats(summary: Event, d: Event, where: Origin, there: Origin) -> bool:
    """Whether detailed event `d` tells again what province-level `summary` told."""
    if d.event_type != summary.event_type or not (d.admin1 == summary.admin1 or _near(summary, d, km=REGION_KM)):
        return False
    if where.is_lede and (there.paragraph > where.paragraph) and (
            where.opening or there.section == where.section):
        return bool(_families(summary, 1) & (_families(d, 1) | _families(d, 2))) or same_actors(summary, d)
    return there.section == where.section and _side(summary, 1) | _side(summary, 2) == _side(d, 1) | _side(d, 2)


def _families(e: Event, n: int) -> set[str]:
    """The actor families on one side of an event (unknown names stand for themselves)."""
    return {family_of(name) for name in _side(e, n)}


def _states(e: Event, n: int) -> set[str]:
    """The actors on one side, a foreign state's forces by their family (its army
    and the coalition it leads are one side), other actors by name."""
    return {family_of(name) if _is_foreign_state(name) else name for name in _side(e, n)}


def _is_foreign_state(name: str) -> bool:
    """Whether a canonical actor name is an external state force (ACLED inter 8)."""
    return any(a.name == name and a.kind == "external" for a in load_actors().actors)


def family_of(name: str) -> str:
    """The family of a canonical actor name, from the actor knowledge."""
    book = load_actors()
    return next((a.family for a in book.actors if a.name == name), name)


def _fold_into_districts(events: list[Event], *, origin: Callable[[Event], Origin]) -> list[Event]:
    """Pass 4: a city-level event whose fight the same section places in a district
    of that city ("stormed positions in the city of Aleppo" ... "pushed them back
    from Halab al-Jadida") is that district event."""
    out = []
    for e in events:
        hosts = [d for d in events if d is not e and is_district(d) and not is_district(e)
                 and d.event_type == e.event_type and d.event_date == e.event_date
                 and origin(d).section == origin(e).section and _side(d, 1) & _side(e, 1) and _within(e, d)]
        if hosts:
            share_toll(e, hosts[:1])
        else:
            out.append(e)
    return out


def is_district(e: Event) -> bool:
    """A city district, camp or site inside a named town ("Aleppo - Khaldiyeh",
    "al-Hilaliyeh roundabout in central Qamishli")."""
    return " - " in e.location or (e.mention is not None and (e.mention.relation == "district" or bool(e.mention.parent)))


def _within(city: Event, district: Event, *, km: float = 12.0) -> bool:
    """Whether the district lies in the city: named as its parent, or close to it."""
    if district.mention is not None and district.mention.parent and city.mention is not None \
            and fold(district.mention.parent) == fold(city.mention.text):
        return True
    if None in (city.latitude, city.longitude, district.latitude, district.longitude) or " - " not in district.location:
        return False
    return distance_km(city.latitude, city.longitude, district.latitude, district.longitude) <= km


BOMBINGS = ("Suicide bomb", "Remote explosive/landmine/IED")
BOMBING_KM = 10.0


def _same_bombing(a: Event, b: Event) -> bool:
    """Pass 5: a bombing told twice in one report (a car bomb "in Qamishli", the
    suicide bomber "at the roundabout in central Qamishli") is one event."""
    return a.sub_event_type in BOMBINGS and b.sub_event_type in BOMBINGS \
        and a.event_date == b.event_date and a.actor1 == b.actor1 and _near(a, b)


def _near(a: Event, b: Event, *, km: float = BOMBING_KM) -> bool:
    """Whether two events lie within `km` of each other (False when one has no point)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


def share_toll(summary: Event, detailed: list[Event]) -> None:
    """The summary's evidence goes to the detailed events; its toll to those that have none."""
    without = [d for d in detailed if not d.fatalities_text]
    if summary.fatalities_text and without:
        n = len(without)
        for i, d in enumerate(without):
            d.fatalities = summary.fatalities // n + (1 if i < summary.fatalities % n else 0)
            d.fatalities_low = summary.fatalities_low // n
            d.fatalities_high = summary.fatalities_high
            d.fatalities_text, d.fatalities_rule = summary.fatalities_text, summary.fatalities_rule
    for d in detailed:
        d.evidence.extend(x for x in summary.evidence if x not in d.evidence)


def share_outcome(summary: Event, detailed: list[Event], *, rank: Callable[[str], int]) -> None:
    """A lede that tells the outcome ("regained control of another town") and the
    allies gives both to the detailed events of the same side it summarises."""
    for d in detailed:
        if d.actor1 != summary.actor1:
            continue
        if rank(summary.sub_event_type) < rank(d.sub_event_type) and summary.event_type == d.event_type:
            d.sub_event_type = summary.sub_event_type
        allies = [n for n in (*d.assoc_actor_1.split("; "), *summary.assoc_actor_1.split("; ")) if n and n != d.actor1]
        d.assoc_actor_1 = "; ".join(dict.fromkeys(allies))
        d.claimed_by = d.claimed_by or summary.claimed_by


def absorb(host: Event, other: Event) -> None:
    """Fold `other` into `host`: evidence, allies, the lowest stated toll, a claim."""
    host.evidence.extend(x for x in other.evidence if x not in host.evidence)
    for field, value in (("assoc_actor_1", other.assoc_actor_1), ("assoc_actor_2", other.assoc_actor_2)):
        names = [n for n in getattr(host, field).split("; ") if n]
        for n in value.split("; "):
            if n and n not in names and n not in (host.actor1, host.actor2):
                names.append(n)
        setattr(host, field, "; ".join(names))
    if not host.actor2 and other.actor2:
        host.actor2, host.inter2 = other.actor2, other.inter2
    if _replaces_toll(host, other):
        host.fatalities, host.fatalities_low, host.fatalities_high = other.fatalities, other.fatalities_low, other.fatalities_high
        host.fatalities_text, host.fatalities_rule = other.fatalities_text, other.fatalities_rule
    host.claimed_by = host.claimed_by or other.claimed_by
    if other.geo_precision < host.geo_precision:
        host.geo_precision, host.mention = other.geo_precision, other.mention


def _replaces_toll(host: Event, other: Event) -> bool:
    """Whether `other`'s toll wins: any toll over none, a death count over "losses",
    else the lower of two death counts (CODEBOOK 4: conflicting figures -> lowest)."""
    if not other.fatalities_text:
        return False
    if not host.fatalities_text or (host.fatalities == 0 and other.fatalities > 0):
        return True
    if _is_count(host) and not _is_count(other):
        return False          # a stated number outranks a vague word ("scores")
    return 0 < other.fatalities < host.fatalities or (_is_count(other) and not _is_count(host) and other.fatalities > 0)


def _is_count(e: Event) -> bool:
    """Whether the toll is a stated number, not a vague word."""
    return not e.fatalities_rule.startswith("vague")
