"""Which of a clause's place mentions are where its event happened.

A war report names more places than event places: destinations ("advanced
towards X"), the shooters' position ("terrorists positioned in X fired on Y"),
the town around a site ("the roundabout in central Qamishli"), reference points
("15 km from Idlib city"), the country and its neighbours, and the province
around a village. These rules keep the event places, one per named place.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ..knowledge import fold, load_governorates
from ..knowledge.triggers import TriggerBook
from ..model import PlaceMention
from .context import is_area_level

ROADS = frozenset({"highway", "road", "street", "motorway", "route"})


@lru_cache(maxsize=1)
def governorate_keys() -> frozenset[str]:
    """Folded names of every governorate: in a lede, "Damascus and Lattakia" are provinces."""
    return frozenset(fold(n) for g in load_governorates() for n in (g.name, *g.aliases))


def event_places(mentions: Sequence[PlaceMention], sentence: str, *, offset: int, book: TriggerBook,
                 area_names: set[str] | frozenset[str] = frozenset()) -> list[PlaceMention]:
    """The places where a clause's event happened.

    Destinations ("advanced towards X"), a district's parent city, the country
    and, when a specific place is named, the province around it are not event
    places.
    """
    mentions = [_without_speaker(m, sentence, offset=offset) for m in mentions]
    parents = {m.parent for m in mentions if m.parent}
    kept, destination = [], None
    for m in mentions:
        before = sentence[:m.start - offset]
        listed = destination is not None and re.fullmatch(r"\s*(?:,|and|or|,\s*and)?\s*(?:the\s+)?", sentence[destination.end - offset:m.start - offset])
        if listed or any(rx.search(before) for rx in book.destination):
            destination = m
        elif not book.is_foreign_place(m.text) and m.text not in parents and not is_debris(m, sentence, offset=offset):
            kept.append(m)
    targets = [m for m in kept if not any(rx.search(sentence[:m.start - offset]) for rx in book.origin)]
    kept = targets or kept
    offsets = [m for m in kept if m.distance_km is not None]
    kept = [m for m in kept if m.distance_km is None or m is min(offsets, key=lambda o: o.distance_km)]
    inner = []
    for i, m in enumerate(kept):
        if i and _inside(sentence, kept[i - 1], m, offset=offset):
            if _is_road(sentence, inner[-1], offset=offset) and not is_area_level(m):
                inner[-1] = m            # "on the Damascus-Homs highway in Harasta": the town, not the road
            elif not is_area_level(m):
                inner[-1] = replace(inner[-1], parent=inner[-1].parent or m.text)
        else:
            inner.append(m)
    kept = inner
    kept = [replace(m, relation="region") if fold(m.text) in area_names and m.feature is None else m for m in kept]
    specific = [m for m in kept if not is_area_level(m)]
    return specific or kept[:1]


# "blamed on Bashar al-Assads regime", "the Damascus government": a name that owns
# a force or a government is not where the event happened.
_OWNER_AFTER = re.compile(r"^'?s?\s+(?:regime|government|forces|troops|army|authorities|officials|loyalists)\b", re.I)
# "al-Hilaliyeh roundabout", "Youth City roundabout": a landmark named after
# something else, inside the town the report names; not a place to code.
_LANDMARK_AFTER = re.compile(r"^\s+(?:roundabouts?|junctions?|intersections?|crossroads|streets?)\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:president|leader|minister|king|emir|general|commander|spokesman)\s+$", re.I)


def is_debris(m: PlaceMention, sentence: str, *, offset: int) -> bool:
    """A mention that is not a place name: a person or state owning a force
    ("Bashar al-Assads regime"), a landmark ("al-Hilaliyeh roundabout"), or
    governorates run together by a lost comma ("in Hama Aleppo and Deir al-Zor")."""
    before, after = sentence[:m.start - offset], sentence[m.end - offset:]
    owner = m.text.endswith("s") and fold(m.text) not in governorate_keys() and _OWNER_AFTER.match(after)
    if _TITLE_BEFORE.search(before) or owner or _LANDMARK_AFTER.match(after):
        return True
    return _run_together(m.text)


_SPEECH_AFTER = re.compile(r"^\s+(?:said|says|told|added|reported|stated)\b", re.I)


def _without_speaker(m: PlaceMention, sentence: str, *, offset: int) -> PlaceMention:
    """A place run into the name of the one who speaks next, the comma lost
    ("... and in Deir al-Zor Moumtzis said"): the last word is the speaker."""
    words = m.text.split()
    if len(words) < 2 or not _SPEECH_AFTER.match(sentence[m.end - offset:]) or fold(m.text) in governorate_keys():
        return m
    if fold(" ".join(words[:-1])) not in governorate_keys():
        return m
    text = " ".join(words[:-1])
    return replace(m, text=text, end=m.start + len(text))


def _run_together(text: str) -> bool:
    """Two governorate names in one mention ("Hama Aleppo"), the whole not one."""
    keys = governorate_keys()
    words = text.split()
    if fold(text) in keys:
        return False
    return any(fold(" ".join(words[:i])) in keys and fold(" ".join(words[i:])) in keys for i in range(1, len(words)))


def _is_road(sentence: str, m: PlaceMention, *, offset: int) -> bool:
    """A road or highway named after its towns ("the Damascus-Homs highway")."""
    after = sentence[m.end - offset:].lstrip().split(" ", 1)[0].lower()
    return m.feature in ROADS or after in ROADS


def _inside(sentence: str, first: PlaceMention, second: PlaceMention, *, offset: int) -> bool:
    """Whether `second` only says where `first` lies ("al-Shakousiya village in Aqirabat",
    "Kashkash Ziyanat in the Southern part of al-Shadadi city", "the Eastern Ghouta of
    Damascus", "the Bab Tadmur
    district of Homs city", "Meles, about 15 km
    from Idlib city")."""
    between = sentence[first.end - offset:second.start - offset]
    if is_area_level(first) and re.fullmatch(r"\s+of\s+(?:the\s+)?", between):
        return True             # "the Eastern Ghouta of Damascus": the region's governorate
    return len(between) <= 50 and not re.search(r",|\band\b|\bor\b", between) and (second.distance_km is not None or bool(
        re.search(r"\b(?:in|inside|within|part of)\b|\b(?:north|south|east|west)\w*\s+of\b"
                  r"|\b(?:district|neighbou?rhood|quarter|suburb)s?\s+of\b", between, re.I)))
