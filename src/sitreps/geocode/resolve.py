"""Resolution in context: the place mentions of one document -> places.

A name alone is ambiguous (three villages are called Hmeira); the document says
which: the governorate named nearby, the other places of the article (events
cluster), the kind of place the text names (camp, quarter, town), and how big a
place is. Every candidate is scored on its name, then on how many of the
document's other names could lie within about 20 km of it (a support grid of
their sure candidates). A name that matches nothing keeps its event, with the
governorate from context and geo_precision 3.
"""
from __future__ import annotations

import logging
import math
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..knowledge import Governorate, governorate_named
from ..model import Place, PlaceMention
from .admin import area_governorates, area_of, same_area
from .districts import Districts, district_fit
from .geo import distance_km, offset_point
from .index import EXACT, SAME_BASE, SURE, Candidate, PlaceIndex
from .place_words import load_place_words
from .regions import NamedRegion, mention_region, named_region, region_town
from .store import Entry
from .support import PASSAGE_CHARS, Support
from .translit import base_norm, head_noun_stem, name_keys

log = logging.getLogger(__name__)

ACCEPT = 0.7           # final score a candidate needs
NOTABILITY = 0.05
PREFERRED = 0.04       # matched on the place's own name rather than a variant      # prior for places the gazetteer gives many names
SPELLED_SO = 0.02      # the gazetteer spells the name as the text does, article and all
ISOLATED = 0.08        # a namesake far from every other place of the passage
DISTRICT_AGREES = 0.15  # the district named (admin2) is the candidate's
DISTRICT_DIFFERS = -0.05
FAR_OUTSIDE = 0.4      # a candidate far outside the governorate named, with no neighbour by it
DIRECTION_AGREES = 0.15  # "Western X" and a name that says west
AREA_KM = 35            # how far from a named region's point its places may lie
AREA_AGREES = 0.1       # a place in the named region the text puts it in
AREA_DIFFERS, AREA_DIFFERS_EXACT = -0.5, -0.3   # far from it: a near-spelling, an exact one
NAMES_AGREE = 0.15      # two names given for one place ("A/B", "A (B)") both match near it
NAMES_KM = 5
PASSAGE_GOVERNORATE = 0.1  # a governorate named near a mention that has no hint of its own
PASSAGE_SURE = 1.0      # final score of a place that counts as a neighbour's evidence
PLACED_BEFORE = 0.2     # the document placed this name (without generic words) here
PLACED_KM = 10
CITY_REACH_KM = 20     # how far from its city centre a district or camp may lie
CITY_PART_KM = 10      # ... and a village standing for a quarter the gazetteer lacks
_CITY_PARTS = frozenset({"district", "quarter", "neighbourhood", "neighborhood", "camp", "square"})
_VILLAGE_KINDS = frozenset({"locality", None})
FUZZY_VILLAGE_FOR_QUARTER = 0.3   # "Jobar district" is no village one edit away (Jarba)
CITY_FITS = 0.4           # the text says "city" and the gazetteer lists a city (or a populous place)
CITY_POPULATION = 20_000
_FEATURE_PRIOR = {"city": 0.03, "locality": 0.0, "admin1": -0.12, "admin2": -0.1, "admin3": -0.08,
                  "neighbourhood": -0.12, "camp": -0.12, "facility": -0.08, "area": -0.05}
# a P-coded place lacks coordinates (at its subdistrict's centre, mostly within
# 10 km of it): a little below the lists that locate places, not so far below
# that a looser spelling elsewhere beats the spelling the text gives
_SOURCE_PRIOR = {"wof": 0.03, "ocha": 0.02, "iom": 0.02, "csv": 0.02, "geonames": 0.01,
                 "builtin": 0.0, "pcode": -0.03}


@dataclass
class _Choice:
    """The candidate picked for one mention, with its final score."""

    candidate: Candidate | None
    score: float
    others: list[Candidate]
    supported: bool = False


_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bf": "'", "\u02be": "'", "\u02bc": "'"})


def plain_name(name: str) -> str:
    """A gazetteer name as ACLED writes locations: no diacritics ("\u1e28arast\u0101" ->
    "Harasta"), typographic ayn and hamza marks as plain apostrophes."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


class GazetteerGeocoder:
    """The Geocoder of sitreps: a PlaceIndex plus the context rules of this module."""

    def __init__(self, index: PlaceIndex, *, coarse: bool = False) -> None:
        self.index = index
        self.coarse = coarse
        self.districts = Districts(index)
        self._region_points: dict[str, tuple[float, float] | None] = {}
        self._sure: dict[str, tuple[tuple[float, float], ...]] = {}

    def is_place(self, name: str) -> bool:
        """Whether `name` surely names a gazetteer place (no fuzzy guesses)."""
        if governorate_named(name) is not None:
            return True
        return any(c.score >= SURE for c in self.index.candidates(name, limit=3))

    def resolve(self, mentions: Sequence[PlaceMention]) -> list[Place]:
        """One Place per mention, in order; the mentions give each other context."""
        support = self._support_grid(mentions)
        places: dict[int, Place] = {}
        # cities and camps first: a quarter or square is then looked for around them
        for i in sorted(range(len(mentions)), key=lambda i: _inside_city(mentions[i]) and bool(mentions[i].parent)):
            m = mentions[i]
            places[i] = self._place(m, self._choose(m, support), support)
            if not places[i].resolved:
                places[i] = self._place_by_stem(m, support) or places[i]
            if places[i].resolved and places[i].latitude is not None and not m.distance_km and m.relation != "region":
                support.placed.setdefault(name_keys(m.text).norm, places[i])
        for i, gov in self._passage_governorates(mentions, places).items():
            # a sure match in the passage's governorate, not a near-spelling: the
            # name is already in doubt, and unresolved it keeps that governorate
            m = replace(mentions[i], admin1_hint=gov)
            places[i] = self._place(m, self._pick(self._candidates(m, fuzzy=False, support=support), m, support),
                                    support)
        return [replace(places[i], name=plain_name(places[i].name)) for i in range(len(mentions))]

    def _place_by_stem(self, mention: PlaceMention, support: Support) -> Place | None:
        """A name that matches nothing, headed by a noun such as Jubb or Ard ("Jubb
        al-Bahrah"): near the place the rest of the name surely names, if any."""
        stem = head_noun_stem(mention.text)
        if stem is None:
            return None
        near = replace(mention, text=stem, relation="near", alternatives=(), distance_km=None, bearing=None)
        choice = self._pick(self._candidates(near, fuzzy=False, support=support), near, support)
        if choice.candidate is None:
            return None
        return replace(self._place(near, choice, support), candidates=[])

    def _passage_governorates(self, mentions: Sequence[PlaceMention], places: dict[int, Place]) -> dict[int, str]:
        """Mentions with no governorate named, placed in another governorate than the
        places named around them (the same passage): index -> that governorate.
        "Jobar" among Damascus suburbs is the Damascus quarter, not a Lattakia
        village of that name; if the passage's governorate has no such place, the
        name stays unresolved in it rather than far away."""
        out: dict[int, str] = {}
        for i, m in enumerate(mentions):
            if m.admin1_hint or m.relation == "region" or not places[i].admin1:
                continue
            seen: set[tuple[str, str]] = set()     # each place once (a city and its quarters once)
            for j, other in enumerate(mentions):
                p = places[j]
                named = governorate_named(other.text) is not None       # "Hama" named: a vote too
                if j != i and p.resolved and p.admin1 and (named or p.geo_precision <= 2) \
                        and (p.score or 0) >= PASSAGE_SURE and abs(other.start - m.start) <= PASSAGE_CHARS \
                        and name_keys(other.text).key != name_keys(m.text).key:
                    seen.add((name_keys(p.name.split(" - ")[0]).key, area_of(p.admin1)))
            votes: dict[str, int] = {}
            for _, area in seen:
                votes[area] = votes.get(area, 0) + 1
            if not votes:
                continue
            gov, n = max(votes.items(), key=lambda kv: kv[1])
            lone_doubt = n == 1 and (places[i].score or 0) < PASSAGE_SURE   # a near-spelling alone against a sure neighbour
            if (n >= 2 or lone_doubt) and n > sum(votes.values()) / 2 and not same_area(gov, places[i].admin1) \
                    and self._doubtful(m, places[i], gov):
                out[i] = gov
        return out

    def _doubtful(self, mention: PlaceMention, place: Place, gov: str) -> bool:
        """Whether a place may be given up for its passage's governorate: its score is
        low, or the name surely matches a place of that governorate too. A facility
        the mention's noun names ("Hamdan airbase") is never in doubt."""
        kind = self.index.facility_kind(place.gazetteer_ref)
        if kind is not None and kind in self.index.facilities.kinds_for(mention.feature):
            return False
        if (place.score or 0) < PASSAGE_SURE:
            return True
        return any(c.score >= SURE and c.entry.admin1 and same_area(gov, c.entry.admin1)
                   for c in self.index.candidates(mention.text, limit=30))

    def _support_grid(self, mentions: Sequence[PlaceMention]) -> Support:
        """Where each mentioned name could be (its sure candidates)."""
        grid = Support()
        keys = {name_keys(m.text).key for m in mentions}
        if len(keys) < 2:
            return grid                 # a name alone has no neighbours
        for m in mentions:
            key = name_keys(m.text).key
            gov = governorate_named(m.text)
            if gov is not None:
                grid.governorates.append((max(m.start, 0), gov.name))
            if m.relation == "region" or gov is not None:
                continue
            points = [p for c in self.index.candidates(m.text, limit=12)
                      if c.score >= SURE and c.entry.feature not in ("admin1", "admin2")
                      and (p := self.index.point_of(c.entry)) is not None]
            if points:
                grid.add_name(key, points, at=max(m.start, 0))
        return grid

    def _choose(self, mention: PlaceMention, support: Support) -> _Choice:
        """The best candidate for `mention` given its context, if good enough.

        Near-spellings (one edit away) are tried when no sure match is found, or
        when the sure match contradicts the context that the mention has. A
        facility the noun names ("Hamdan airbase") goes before any namesake."""
        facility = self._facility(mention, support)
        if facility is not None:
            return facility
        choice = self._pick(self._candidates(mention, fuzzy=False, support=support), mention, support)
        has_context = bool(mention.admin1_hint) or bool(support.cells)
        if choice.candidate is None or (has_context and not choice.supported):
            fuzzy = self._pick(self._candidates(mention, fuzzy=True, support=support), mention, support)
            if fuzzy.candidate is not None and fuzzy.score > choice.score:
                return fuzzy
            if choice.candidate is None and not choice.others:
                return fuzzy
        return choice

    def _facility(self, mention: PlaceMention, support: Support) -> _Choice | None:
        """The facility of the kind the mention's noun says whose stem or name is the
        mention's ("the oilfield of al-Sha'er"), if one fits the context; None lets
        the name resolve as usual (a "dam" noun never takes an airbase)."""
        kinds = self.index.facilities.kinds_for(mention.feature)
        if not kinds:
            return None
        cands = [c for name in (mention.text, *mention.alternatives)
                 for c in self.index.facility_candidates(name, kinds)]
        choice = self._pick(_best_per_place(cands), mention, support)
        return choice if choice.candidate is not None else None

    def _pick(self, cands: list[Candidate], mention: PlaceMention, support: Support) -> _Choice:
        scored = sorted(((*self._score(c, mention, support), c) for c in cands), key=lambda sc: -sc[0])
        if not scored or scored[0][0] < ACCEPT:
            return _Choice(None, scored[0][0] if scored else 0.0, [c for *_, c in scored[:3]])
        best, supported, cand = scored[0]
        return _Choice(cand, best, [c for *_, c in scored[1:4]], supported)

    def _candidates(self, mention: PlaceMention, *, fuzzy: bool, support: Support) -> list[Candidate]:
        """Candidates for the mention's name ("Mukhayyam X" forms for camps); a
        district or camp of a named city only within reach of that city."""
        cands = self.index.candidates(mention.text, fuzzy=fuzzy)
        if mention.alternatives:        # "Kobani/Ayn al-Arab": either name may be listed
            cands = _best_per_place(cands + [c for alt in mention.alternatives
                                             for c in self.index.candidates(alt, fuzzy=fuzzy)])
        if mention.feature == "camp" or _inside_city(mention):
            seen = {id(c.entry) for c in cands}
            cands += [c for c in self.index.candidates(f"{mention.text} camp") if id(c.entry) not in seen]
        cands = [c for c in cands if self.index.point_of(c.entry) is not None]   # nowhere to put it
        if mention.relation != "region":
            cands = [c for c in cands if c.entry.feature != "admin1"]   # governorates: regions.yaml
        if mention.parent and _inside_city(mention):
            placed = support.placed.get(name_keys(mention.parent).norm)
            city = (placed.latitude, placed.longitude) if placed else self._parent_point(mention)
            if city is not None:
                near = [c for c in cands if (p := self.index.point_of(c.entry)) is not None
                        and distance_km(p[0], p[1], city[0], city[1]) <= _city_reach(mention, c.entry)]
                if near or mention.feature != "district":   # "X district" may be a district of a province
                    cands = near
        return cands

    def _parent_point(self, mention: PlaceMention) -> tuple[float, float] | None:
        """Where the city of a district mention is."""
        parent = self._pick(self.index.candidates(mention.parent or ""),
                            PlaceMention(text=mention.parent or "", admin1_hint=mention.admin1_hint), Support())
        return self.index.point_of(parent.candidate.entry) if parent.candidate else None

    def _score(self, c: Candidate, mention: PlaceMention, support: Support) -> tuple[float, bool]:
        """Name score plus context (governorate, other places named, place kind, size,
        source), and whether the context backs the candidate."""
        e = c.entry
        score = c.score + (self._priors(c, mention) if c.score >= SAME_BASE else 0.0)
        point = self.index.point_of(e)
        if point is None:
            return score - 0.2, False
        own_key = name_keys(mention.text).key
        evidence = support.weight(point, exclude=own_key, at=max(mention.start, 0))
        if evidence:
            score += 0.25 * min(1.0, evidence)
        elif support.keys - {own_key}:
            score -= ISOLATED
        if self._placed_before(mention, point, support):
            score += PLACED_BEFORE
            evidence = max(evidence, 1.0)
        neighbours = evidence >= 0.25
        hint = mention.admin1_hint
        hint_agrees = bool(hint and same_area(hint, e.admin1))
        if hint and e.admin1 and not hint_agrees:
            near_border = self.index.borders(point, hint)
            score -= self._outside_penalty(c, point, hint, near_border=near_border, neighbours=neighbours)
            hint_agrees = near_border and c.score >= SURE
        elif hint_agrees:
            score += 0.2
        elif not hint and (near_gov := support.governorate_near(max(mention.start, 0))) and same_area(near_gov, e.admin1):
            score += PASSAGE_GOVERNORATE      # named in the paragraph before: a softer hint
        score += _direction_fit(mention, c.matched)
        score += self._area_fit(mention, point, exact=c.score >= EXACT)
        if mention.alternatives and self._names_agree(mention, point):
            score += NAMES_AGREE
        hint2 = self.districts.hint(mention)
        district = district_fit(hint2, e.admin2)
        if hint2 and not district and any(district_fit(hint2, d) for d in self.index.districts_near(point)):
            district = None if district is False else True     # lists disagree: no penalty
        score += DISTRICT_AGREES if district else DISTRICT_DIFFERS if district is False else 0.0
        supported = neighbours or (hint_agrees and c.score >= 0.47)
        if c.score < SAME_BASE and not supported:
            score -= 0.3            # a fuzzy guess needs the context to agree
        if c.score < SAME_BASE and _inside_city(mention) and e.feature in _VILLAGE_KINDS:
            score -= FUZZY_VILLAGE_FOR_QUARTER
        if mention.parent and _inside_city(mention):
            score += self._parent_bonus(e, mention.parent)
        return score, supported

    def _area_fit(self, mention: PlaceMention, point: tuple[float, float], *, exact: bool) -> float:
        """A place said to lie in a named region ("al-Ash'ari farms in Eastern Ghouta")
        is likelier near that region's point, and unlikely far from it (the
        governorate the region gave counts for nothing there), unless spelled exactly."""
        centre = self._region_point(mention.area_hint) if mention.area_hint else None
        if centre is None:
            return 0.0
        if distance_km(point[0], point[1], centre[0], centre[1]) <= AREA_KM:
            return AREA_AGREES
        return AREA_DIFFERS_EXACT if exact else AREA_DIFFERS

    def _names_agree(self, mention: PlaceMention, point: tuple[float, float]) -> bool:
        """Whether two of the names a mention gives one place ("Tall Hawash/Al
        Hawash", "Yani Yaban (Al-Judaydah)") surely match places within NAMES_KM
        of `point`: lists give one village under either name, not its namesakes."""
        names = (mention.text, *mention.alternatives)
        return sum(any(distance_km(point[0], point[1], p[0], p[1]) <= NAMES_KM for p in self._sure_points(n))
                   for n in names) >= 2

    def _sure_points(self, name: str) -> tuple[tuple[float, float], ...]:
        """Where the sure matches of the whole of `name` lie (cached: a batch repeats names)."""
        if name not in self._sure:
            if len(self._sure) > 50_000:
                self._sure.clear()
            key = name_keys(name).key       # the whole name matched, not its stem ("Tall Hawash" is not "Hawash")
            self._sure[name] = tuple(p for c in self.index.candidates(name, limit=12) if c.score >= SURE
                                     and name_keys(c.matched).key == key
                                     and (p := self.index.point_of(c.entry)) is not None)
        return self._sure[name]

    def _outside_penalty(self, c: Candidate, point: tuple[float, float], hint: str, *,
                         near_border: bool, neighbours: bool) -> float:
        """What a candidate outside the governorate named loses. Gazetteers draw
        borders loosely: little by the border, less for the exact name than for a
        near-spelling; most far from every place of that governorate with no place
        of the passage by it ("Al Lajah" in Dar'a is not a Deir ez-Zor village 400
        km away): only a strong match (a camp for a camp, a well-known place)
        survives a governorate that the sentence may name for another place."""
        if near_border:
            return 0.1
        if not neighbours and self._far_outside(point, hint):
            return FAR_OUTSIDE
        return 0.15 if c.score >= EXACT else 0.3

    def _far_outside(self, point: tuple[float, float], hint: str) -> bool:
        """Whether `point` lies far (some 75-100 km or more) from every listed place of
        the governorate the text names: "Al Lajah" in Dar'a is not a Deir ez-Zor
        village of that name 400 km away."""
        return not any(self.index.reaches(point, a) for a in area_governorates(hint))

    @staticmethod
    def _placed_before(mention: PlaceMention, point: tuple[float, float], support: Support) -> bool:
        """Whether the document already placed this name without its generic words
        within PLACED_KM of `point`: "Dara'a al-Balad" (the old town) after "Dara'a"."""
        norm = name_keys(mention.text).norm
        base = base_norm(norm)
        placed = support.placed.get(base) if base != norm else None
        return placed is not None and placed.latitude is not None and \
            distance_km(point[0], point[1], placed.latitude, placed.longitude) <= PLACED_KM

    def _priors(self, c: Candidate, mention: PlaceMention) -> float:
        """What makes one of several sure matches likelier: source, kind, size, how
        many gazetteers and names it has, whether its own name matched. (Never
        applied to near-spellings: priors rank matches, they do not make them.)"""
        e = c.entry
        return (_SOURCE_PRIOR.get(e.source, 0.0) + _kind_prior(e, mention)
                + min(0.03, math.log10(e.population + 1) * 0.006)
                + 0.03 * min(2, self.index.corroboration(e))
                + NOTABILITY * min(1.0, (self.index.name_count(e) - 1) / 10)
                + (PREFERRED if c.preferred else 0.0)
                + (SPELLED_SO if _spelled(c.matched) == _spelled(mention.text) else 0.0))

    def _parent_bonus(self, e: Entry, parent: str) -> float:
        """A district or camp inside the city the text names scores higher."""
        if e.parent and name_keys(e.parent).key == name_keys(parent).key:
            return 0.25
        gov = governorate_named(parent)
        point = self.index.point_of(e)
        if gov and point and e.feature in ("neighbourhood", "camp") and distance_km(point[0], point[1], gov.lat, gov.lon) < 15:
            return 0.15
        return -0.1

    def _place(self, mention: PlaceMention, choice: _Choice, support: Support) -> Place:
        """The Place for a mention, by relation: region, district, offset, near, in."""
        gov = governorate_named(mention.text)
        if mention.relation == "region" and gov is not None:
            return self._region_place(gov, mention.bearing)
        region = mention_region(mention) if mention.relation != "district" and not mention.distance_km else None
        if region is not None:
            return self._named_region_place(region)
        if choice.candidate is None:
            return self._district_in_parent(mention, support) or self._unresolved(mention, choice)
        e = choice.candidate.entry
        point = self.index.point_of(e)
        if point is None:       # _candidates keeps only placeable entries; stay safe anyway
            return self._unresolved(mention, choice)
        precision = 1 if self.index.located(e) else 2
        name = e.name
        lat, lon = point
        if _inside_city(mention) and e.feature in ("neighbourhood", "camp") and e.parent:
            name = f"{e.parent} - {e.name}"
        if mention.relation in ("near", "region") or (e.feature in ("camp", "facility") and not self._fits(e, mention)):
            precision = 2
        if mention.distance_km and mention.bearing in _BEARINGS:
            lat, lon = offset_point(lat, lon, mention.distance_km, mention.bearing)
            name = f"{mention.distance_km:g} km {mention.bearing} of {e.name}"
            precision = 2
        admin1 = e.admin1 or mention.admin1_hint
        return Place(name=name, latitude=lat, longitude=lon, admin1=admin1, admin2=e.admin2, admin3=e.admin3,
                     geo_precision=precision, resolved=True, gazetteer_ref=e.ref, score=round(choice.score, 3),
                     candidates=[_label(c) for c in choice.others])

    def _fits(self, e: Entry, mention: PlaceMention) -> bool:
        """Whether the entry is the very place the mention names, not a place near
        it: the same feature, or a facility of the table named by one of its own
        names or with a noun of its kind ("Deir Ezzur airbase" is the airport)."""
        kind = self.index.facility_kind(e.ref)
        if kind is None:
            return mention.feature == e.feature
        return mention.feature is None or kind in self.index.facilities.kinds_for(mention.feature)

    def _region_place(self, gov: Governorate, bearing: str | None) -> Place:
        """A region of a governorate ("Eastern Hama"): its main town (regions.yaml)
        or the governorate capital, precision 3."""
        town = region_town(gov.name, bearing)
        found = self._town_in(town, gov.name) if town else None
        if found is not None:
            e, (lat, lon) = found
            return Place(name=e.name, latitude=lat, longitude=lon, admin1=gov.name, admin2=e.admin2,
                         geo_precision=3, resolved=True, gazetteer_ref=e.ref, score=1.0)
        return Place(name=gov.capital, latitude=gov.lat, longitude=gov.lon, admin1=gov.name,
                     geo_precision=3, resolved=True, gazetteer_ref=f"governorate:{gov.pcode}", score=1.0)

    def _named_region_place(self, region: NamedRegion) -> Place:
        """A named region ("Eastern Ghouta"): at its central town or its point (regions.yaml),
        precision 3; at its governorate's capital when the gazetteer lacks the town."""
        found = self._town_in(region.town, region.governorate) if region.town else None
        if found is not None:
            e, (lat, lon) = found
            return Place(name=region.name, latitude=lat, longitude=lon, admin1=region.governorate, admin2=e.admin2,
                         geo_precision=3, resolved=True, gazetteer_ref=e.ref, score=1.0)
        if region.lat is not None:
            return Place(name=region.name, latitude=region.lat, longitude=region.lon, admin1=region.governorate,
                         geo_precision=3, resolved=True, gazetteer_ref=f"region:{region.name}", score=1.0)
        gov = governorate_named(region.governorate)
        return replace(self._region_place(gov, None), name=region.name) if gov else \
            Place(name=region.name, admin1=region.governorate, geo_precision=3)

    def _region_point(self, name: str) -> tuple[float, float] | None:
        """Where the named region `name` is placed, if sitreps knows it (cached)."""
        if name not in self._region_points:
            region = named_region(name)
            place = self._named_region_place(region) if region else None
            self._region_points[name] = (place.latitude, place.longitude) \
                if place is not None and place.latitude is not None else None
        return self._region_points[name]

    def _town_in(self, town: str, governorate: str) -> tuple[Entry, tuple[float, float]] | None:
        """The gazetteer place `town` inside `governorate`, with its point."""
        pick = self._pick(self.index.candidates(town), PlaceMention(text=town, admin1_hint=governorate), Support())
        point = self.index.point_of(pick.candidate.entry) if pick.candidate else None
        if pick.candidate and point and pick.candidate.entry.admin1 == governorate:
            return pick.candidate.entry, point
        return None

    def _district_in_parent(self, mention: PlaceMention, support: Support) -> Place | None:
        """A district the gazetteer lacks: placed at its city ("Raqqa - al-Mashlab"),
        the city as this document placed it when it did."""
        if not mention.parent or not _inside_city(mention):
            return None
        city = support.placed.get(name_keys(mention.parent).norm)
        if city is None:
            parent = self._pick(self.index.candidates(mention.parent),
                                PlaceMention(text=mention.parent, admin1_hint=mention.admin1_hint), Support())
            point = self.index.point_of(parent.candidate.entry) if parent.candidate else None
            if parent.candidate is None or point is None:
                return None
            e = parent.candidate.entry
            city = Place(name=e.name, latitude=point[0], longitude=point[1], admin1=e.admin1, admin2=e.admin2,
                         admin3=e.admin3, resolved=True, gazetteer_ref=e.ref, score=round(parent.score, 3))
        return replace(city, name=f"{city.name} - {mention.text}", admin1=city.admin1 or mention.admin1_hint,
                       geo_precision=1 if mention.feature != "camp" else 2, candidates=[])

    def _unresolved(self, mention: PlaceMention, choice: _Choice) -> Place:
        """Keep the place: its name, the governorate from context, precision 3 (at the
        seat of the district named, when one is, else in the named region around it,
        else at the governorate capital)."""
        gov = governorate_named(mention.admin1_hint) if mention.admin1_hint else None
        log.info("unresolved place %r (admin1 %s); best candidates %s", mention.text, mention.admin1_hint,
                 [_label(c) for c in choice.others])
        hint2 = self.districts.hint(mention)
        point = self.districts.seat(hint2, gov.name if gov else None) if hint2 else None
        if point is None and mention.area_hint:
            point = self._region_point(mention.area_hint)
        if point is None and gov is not None:
            point = (gov.lat, gov.lon)
        return Place(name=mention.text, latitude=point[0] if point else None, longitude=point[1] if point else None,
                     admin1=gov.name if gov else mention.admin1_hint, geo_precision=3, resolved=False,
                     score=round(choice.score, 3), candidates=[_label(c) for c in choice.others])


_BEARINGS = frozenset({"N", "NE", "E", "SE", "S", "SW", "W", "NW"})


def _direction_fit(mention: PlaceMention, matched: str) -> float:
    """"Western Ghariyah" (a compass word before a town's name) is the Ghariyah
    whose own name says west (Ghariyah al Gharbiyah), not its eastern twin."""
    if not mention.bearing or mention.relation != "region" or governorate_named(mention.text) is not None:
        return 0.0
    said = {load_place_words().name_directions.get(w) for w in matched.lower().replace("-", " ").split()} - {None}
    if not said:
        return 0.0
    return DIRECTION_AGREES if mention.bearing in said else -DIRECTION_AGREES


def _best_per_place(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per gazetteer place, its best-matching name, best first."""
    best: dict[int, Candidate] = {}
    for c in cands:
        if id(c.entry) not in best or c.score > best[id(c.entry)].score:
            best[id(c.entry)] = c
    return sorted(best.values(), key=lambda c: -c.score)


@lru_cache(maxsize=65536)
def _spelled(name: str) -> str:
    """A name as written, without case, diacritics, apostrophes and hyphens."""
    return " ".join(plain_name(name).lower().replace("'", "").replace("`", "").replace("-", " ").split())


def _inside_city(mention: PlaceMention) -> bool:
    return mention.relation == "district" or mention.feature in _CITY_PARTS


def _city_reach(mention: PlaceMention, e: Entry) -> float:
    """How far from its city's centre a candidate for a quarter or camp may lie: a
    listed quarter or camp up to the city's edge and beyond (camps sit outside), a
    village of the same name only within the city ("al-Khalidiyah quarter of
    Aleppo" is not the village of al-Khalidiyah 12 km out)."""
    if mention.feature == "camp" or e.feature in ("neighbourhood", "camp"):
        return CITY_REACH_KM
    return CITY_PART_KM


def _kind_prior(e: Entry, mention: PlaceMention) -> float:
    """Camps and quarters fit a camp or quarter mention; towns fit the rest."""
    if _inside_city(mention):
        if e.feature == "camp" and mention.feature == "camp":
            return 0.15
        if e.feature in ("neighbourhood", "camp"):
            return 0.1
        return 0.0
    if mention.feature and mention.feature not in ("village", "town", "city") and e.feature == "facility":
        return 0.05
    if mention.feature == "city" and (e.feature == "city" or e.population >= CITY_POPULATION):
        return CITY_FITS      # "the city of Tabqa" is the city, not a village with "Tabqah" among its names
    return _FEATURE_PRIOR.get(e.feature, 0.0)


def _label(c: Candidate) -> str:
    """How a candidate is listed for review: "Kafr Saghir (Aleppo) wof:1293768093"."""
    return f"{c.entry.name} ({c.entry.admin1 or '?'}) {c.entry.ref}"
