"""An in-memory index of a gazetteer's names by transliteration key, for fast lookup.

Loaded once per process from the Gazetteer database. `candidates(name)` returns
the places whose names match `name` once romanisation differences are removed,
with a 0..1 name score; context (governorate, nearby places) is the resolver's job.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .facilities import Facilities, load_facilities
from .store import Entry, Gazetteer, name_row
from .translit import base_norm, name_keys

log = logging.getLogger(__name__)

EXACT, SAME_KEY, SAME_BASE, FUZZY = 1.0, 0.6, 0.55, 0.35
SURE = 0.85               # name score that counts as a sure match (is_place, neighbours)
LONG_KEY = 7               # keys this long may be two edits away
BORDER_CELL = 0.05         # degrees (~5 km): grid of governorates for border checks
REACH_CELL = 0.25          # degrees (~25 km): grid of governorates for "far outside" checks
REACH_CELLS = 3            # cells around a point that count as within reach (~75-100 km)
SPELLING_WEIGHT = 0.3      # how much the spelled (vowelled) forms' likeness adds
LINK_SCORE = 0.6           # name score a link needs (same key, or a close same-base spelling)
LINK_KM = 20               # how far from its admin3's centre a listed place may be found
_CITY_PARTS = frozenset({"neighbourhood", "camp"})


@dataclass
class Candidate:
    """A gazetteer place that a name may refer to."""

    entry: Entry
    score: float        # name similarity, 0..1
    matched: str        # the gazetteer name that matched

    @property
    def preferred(self) -> bool:
        """Matched on the place's own (preferred) name, not on a variant."""
        return self.matched == self.entry.name


class PlaceIndex:
    """Names of one gazetteer, keyed for transliteration-aware lookup."""

    def __init__(self, entries: list[Entry], names: list[list[tuple[str, str, str, str]]], *,
                 facilities: Facilities | None = None) -> None:
        self.facilities = facilities or Facilities((), {})
        own = [f.entry() for f in self.facilities.items]
        self.entries = entries + own
        names = names + [[name_row(n) for n in e.all_names()] for e in own]
        self.by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        self.by_base: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for i, rows in enumerate(names):
            for name, norm, key, base in rows:
                self.by_key[key].append((i, name, norm))
                if base != key:
                    self.by_base[base].append((i, name, norm))
        self.keys_by_length: dict[int, list[str]] = defaultdict(list)
        for key in self.by_key:
            self.keys_by_length[len(key)].append(key)
        self.admin3_points = _admin3_centroids(entries)
        self._corroboration = _corroboration(entries, names)
        self._name_counts = {e.ref: len(rows) for e, rows in zip(entries, names)}
        self._admin1_cells = _cells(entries, "admin1")
        self._admin1_reach = _cells(entries, "admin1", size=REACH_CELL)
        self._admin2_cells = _cells(entries, "admin2")
        self.admin1_names: frozenset[str] = frozenset(e.admin1 for e in entries if e.admin1)
        self.admin2_names: frozenset[str] = frozenset(e.admin2 for e in entries if e.admin2)
        self.lists_districts = any(e.feature == "admin2" for e in entries)
        self._pools: dict[tuple[int, int], list[str]] = {}
        self._by_code = _points_by_code(entries)
        self._links: dict[str, tuple[float, float] | None] = {}   # ref -> linked point (entries without coordinates)
        self._deletions: dict[str, set[str]] | None = None     # built on first fuzzy lookup
        self._facility_kinds = {f.ref: f.kind for f in self.facilities.items}
        self._stems = self._facility_stems(len(entries))

    @classmethod
    def load(cls, gazetteer: Gazetteer, *, facilities: Facilities | None = None) -> "PlaceIndex":
        """Read every place and name of `gazetteer`, plus the facility table
        (default: the profile's facilities.yaml), which no gazetteer lists."""
        entries, names = [], []
        for entry, rows in gazetteer.entries():
            entries.append(entry)
            names.append(rows)
        log.debug("gazetteer index: %d places from %s", len(entries), gazetteer.path)
        return cls(entries, names, facilities=load_facilities() if facilities is None else facilities)

    def _facility_stems(self, first: int) -> dict[str, list[tuple[int, str, str, str]]]:
        """Stem key -> (entry index, stem, norm, kind) of the facilities, whose
        entries start at `first`; each entry also takes its town's district."""
        stems: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
        for i, f in enumerate(self.facilities.items, start=first):
            for stem in f.stems:
                k = name_keys(stem)
                stems[k.key].append((i, stem, k.norm, f.kind))
            self.entries[i].admin2, self.entries[i].admin3 = self._district_of(f.town, f.lat, f.lon, f.governorate)
        return stems

    def _district_of(self, town: str | None, lat: float, lon: float, admin1: str) -> tuple[str | None, str | None]:
        """admin2/admin3 of the facility's town (the listed place of that name in its
        governorate nearest to it, within about 30 km), else the district all the
        places around it share, if they share one."""
        key = name_keys(town).key if town else ""
        named = [e for i, _, _ in self.by_key.get(key, ())
                 if (e := self.entries[i]).admin2 and e.admin1 == admin1 and e.source != "facility"
                 and e.lat is not None and e.lon is not None and abs(e.lat - lat) < 0.3 and abs(e.lon - lon) < 0.35]
        if named:
            e = min(named, key=lambda e: abs(e.lat - lat) + abs(e.lon - lon))   # type: ignore[operator]
            return e.admin2, e.admin3
        around = self.districts_near((lat, lon))
        return (next(iter(around)), None) if len(around) == 1 else (None, None)

    def facility_candidates(self, name: str, kinds: frozenset[str]) -> list[Candidate]:
        """Facilities of one of `kinds` whose stem or own name matches `name`, best
        first: what "<name> airbase" or "the oilfield of <name>" means."""
        q = name_keys(name)
        if not q.key or not kinds:
            return []
        best: dict[int, Candidate] = {}
        hits = [(i, n, norm) for i, n, norm, kind in self._stems.get(q.key, ()) if kind in kinds]
        self._collect(best, hits, q.norm, SAME_KEY)
        own = [(i, n, norm) for i, n, norm in self.by_key.get(q.key, ())
               if self.facility_kind(self.entries[i].ref) in kinds]
        self._collect(best, own, q.norm, SAME_KEY)
        return sorted(best.values(), key=lambda c: -c.score)

    def facility_kind(self, ref: str | None) -> str | None:
        """The kind ("airbase") of the facility-table entry `ref`, None for other entries."""
        return self._facility_kinds.get(ref) if ref else None

    def __len__(self) -> int:
        return len(self.entries)

    def candidates(self, name: str, *, fuzzy: bool = False, limit: int = 60) -> list[Candidate]:
        """Places whose names match `name`, best first (one per place).

        Same key or same base key always; with `fuzzy`, also keys one edit away
        (the resolver asks for those only when the sure matches do not fit)."""
        q = name_keys(name)
        if not q.key:
            return []
        q_base = base_norm(q.norm)
        best: dict[int, Candidate] = {}
        self._collect(best, self.by_key.get(q.key, ()), q.norm, SAME_KEY)
        self._collect(best, self.by_base.get(q.key, ()), q_base, SAME_BASE)
        if q.base != q.key:
            self._collect(best, self.by_key.get(q.base, ()), q_base, SAME_BASE)
            self._collect(best, self.by_base.get(q.base, ()), q_base, SAME_BASE)
        if fuzzy and len(q.key) >= 3:
            for key in self._near_keys(q.key):
                if key != q.key:
                    self._collect(best, self.by_key[key], q.norm, FUZZY)
        ranked = sorted(best.values(), key=lambda c: -c.score)
        return ranked[:limit]

    def _collect(self, best: dict[int, Candidate], hits, norm: str, level: float) -> None:
        """Score each hit at `level`, refined by how alike the spellings are (vowels
        included): 1.0 for the same spelling, less as spellings drift apart."""
        for i, name, hit_norm in hits:
            if level == SAME_BASE:
                hit_norm = base_norm(hit_norm)
            if hit_norm == norm:
                score = EXACT if level == SAME_KEY else level + SPELLING_WEIGHT
            elif hit_norm.startswith("ar:"):
                score = level          # Arabic script: the skeleton is all there is to compare
            else:
                score = level + SPELLING_WEIGHT * fuzz.ratio(norm, hit_norm) / 100
            if i not in best or best[i].score < score:
                best[i] = Candidate(self.entries[i], score, name)
            elif best[i].score == score and name == self.entries[i].name:
                best[i].matched = name

    def _near_keys(self, key: str) -> list[str]:
        """Keys one edit away (two for long keys); for 3-letter keys only a transposition."""
        if len(key) < LONG_KEY:
            # sorted: a set's order changes from run to run, and so would ties
            found = sorted(k for k in self._one_deletion_neighbours(key) if OSA.distance(key, k) <= 1)
        else:
            pool = self._pool(len(key), 2)
            found = [k for k, _, _ in process.extract(key, pool, scorer=OSA.distance, score_cutoff=2, limit=50)]
        if len(key) == 3:
            found = [k for k in found if sorted(k) == sorted(key)]
        return found

    def _one_deletion_neighbours(self, key: str) -> set[str]:
        """Keys sharing a one-letter deletion with `key` (symmetric-delete lookup):
        every key within one edit is among them, found without a scan."""
        if self._deletions is None:
            self._deletions = defaultdict(set)
            for k in self.by_key:
                if len(k) < LONG_KEY + 1:
                    for variant in _deletions(k):
                        self._deletions[variant].add(k)
        out: set[str] = set()
        for variant in _deletions(key):
            out |= self._deletions.get(variant, set())
        return out

    def _pool(self, length: int, cutoff: int) -> list[str]:
        """Keys whose length is within `cutoff` of `length` (built once per pair)."""
        pool = self._pools.get((length, cutoff))
        if pool is None:
            pool = [k for n in range(length - cutoff, length + cutoff + 1) for k in self.keys_by_length.get(n, ())]
            self._pools[(length, cutoff)] = pool
        return pool

    def corroboration(self, entry: Entry) -> int:
        """How many other sources list this place (same name key, within 3 km):
        a place several gazetteers know is likelier the one a report means."""
        return self._corroboration.get(entry.ref, 0)

    def name_count(self, entry: Entry) -> int:
        """How many names the gazetteer gives the place: well-known places have many."""
        return self._name_counts.get(entry.ref, 1)

    def borders(self, point: tuple[float, float], admin1: str) -> bool:
        """Whether places of governorate `admin1` lie within about 10 km of `point`
        (gazetteers disagree on where a border village belongs)."""
        ci, cj = int(point[0] // BORDER_CELL), int(point[1] // BORDER_CELL)
        return any(admin1 in self._admin1_cells.get((ci + di, cj + dj), ()) for di in (-1, 0, 1) for dj in (-1, 0, 1))

    def reaches(self, point: tuple[float, float], admin1: str) -> bool:
        """Whether places of governorate `admin1` lie within about 75-100 km of
        `point`: farther, a place is hardly one the text places in `admin1` (the
        margin is wide: desert governorates list few places near their borders)."""
        if admin1 not in self.admin1_names:
            return True          # a governorate this gazetteer does not know: cannot tell
        ci, cj = int(point[0] // REACH_CELL), int(point[1] // REACH_CELL)
        ring = range(-REACH_CELLS, REACH_CELLS + 1)
        return any(admin1 in self._admin1_reach.get((ci + di, cj + dj), ()) for di in ring for dj in ring)

    def districts_near(self, point: tuple[float, float]) -> set[str]:
        """The admin2 names that the lists give places within about 5 km of `point`
        (one list's district may be coarser than another's)."""
        ci, cj = int(point[0] // BORDER_CELL), int(point[1] // BORDER_CELL)
        return set().union(*(self._admin2_cells.get((ci + di, cj + dj), set()) for di in (-1, 0, 1) for dj in (-1, 0, 1)))

    def point_of(self, entry: Entry) -> tuple[float, float] | None:
        """The entry's coordinates; for an entry without them (the P-coded list),
        those of the same place in another list (linked_point), else its admin3's
        centroid."""
        if entry.lat is not None and entry.lon is not None:
            return entry.lat, entry.lon
        return self.linked_point(entry) or self.admin3_points.get((entry.admin1, entry.admin3))

    def located(self, entry: Entry) -> bool:
        """Whether the entry's point is the place itself (its own or a linked one)."""
        return entry.lat is not None or self.linked_point(entry) is not None

    def linked_point(self, entry: Entry) -> tuple[float, float] | None:
        """Where a place listed without coordinates is, from a list that gives them:
        the entry with the same P-code, else the best-named place of its governorate
        within LINK_KM of its admin3 (lists spell one village differently: the
        P-coded "Shmeitiyeh" is WOF's "Shumaytiyah")."""
        if entry.lat is not None:
            return None
        if entry.ref not in self._links:
            self._links[entry.ref] = self._link(entry)
        return self._links[entry.ref]

    def _link(self, entry: Entry) -> tuple[float, float] | None:
        code = entry.ref.partition(":")[2]
        if code in self._by_code:
            return self._by_code[code]
        centre = self.admin3_points.get((entry.admin1, entry.admin3))
        if centre is None:
            return None

        def near(hits):
            """Located places of the entry's governorate near its admin3, of its kind."""
            return [(i, n, norm) for i, n, norm in hits if (e := self.entries[i]).lat is not None
                    and e.lon is not None and e.admin1 == entry.admin1
                    and (e.feature in _CITY_PARTS) == (entry.feature in _CITY_PARTS)    # no village -> quarter
                    and abs(e.lat - centre[0]) * 111 <= LINK_KM and abs(e.lon - centre[1]) * 92 <= LINK_KM]

        q = name_keys(entry.name)
        q_base = base_norm(q.norm)
        found: dict[int, Candidate] = {}            # scored as `candidates` does, on the few near ones
        self._collect(found, near(self.by_key.get(q.key, ())), q.norm, SAME_KEY)
        self._collect(found, near(self.by_base.get(q.key, ())), q_base, SAME_BASE)
        if q.base != q.key:
            self._collect(found, near(self.by_key.get(q.base, ())), q_base, SAME_BASE)
            self._collect(found, near(self.by_base.get(q.base, ())), q_base, SAME_BASE)
        best = max((c for c in found.values() if c.score >= LINK_SCORE), key=lambda c: c.score, default=None)
        return (best.entry.lat, best.entry.lon) if best is not None else None  # type: ignore[return-value]


def _corroboration(entries: list[Entry], names: list[list[tuple[str, str, str, str]]]) -> dict[str, int]:
    """ref -> number of other sources with an entry of the same preferred-name key within 3 km."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for e, rows in zip(entries, names):
        if e.lat is not None and e.lon is not None and rows:
            groups[name_keys(e.name).key].append(e)
    out: dict[str, int] = {}
    for group in groups.values():
        if len(group) < 2 or len(group) > 300:
            continue
        for e in group:
            sources = {o.source for o in group if o.source != e.source
                       and abs(o.lat - e.lat) < 0.03 and abs(o.lon - e.lon) < 0.035}  # type: ignore[operator]
            if sources:
                out[e.ref] = len(sources)
    return out


def _points_by_code(entries: list[Entry]) -> dict[str, tuple[float, float]]:
    """P-code -> point, from the lists that give both ("iom:C7518" -> C7518)."""
    out: dict[str, tuple[float, float]] = {}
    for e in entries:
        source, _, code = e.ref.partition(":")
        if source in ("iom", "ocha") and code and e.lat is not None and e.lon is not None:
            out.setdefault(code, (e.lat, e.lon))
    return out


def _deletions(key: str) -> set[str]:
    """The key and each form of it with one letter deleted."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


def _cells(entries: list[Entry], field: str, *, size: float = BORDER_CELL) -> dict[tuple[int, int], set[str]]:
    """Grid cell (`size` degrees) -> the `field` values (admin1 or admin2 names) of the places in it."""
    cells: dict[tuple[int, int], set[str]] = defaultdict(set)
    for e in entries:
        value = getattr(e, field)
        if value and e.lat is not None and e.lon is not None:
            cells[(int(e.lat // size), int(e.lon // size))].add(value)
    return cells


def _admin3_centroids(entries: list[Entry]) -> dict[tuple[str | None, str | None], tuple[float, float]]:
    """Mean position of the places with coordinates in each (admin1, admin3)."""
    sums: dict[tuple[str | None, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for e in entries:
        if e.admin3 and e.lat is not None and e.lon is not None:
            s = sums[(e.admin1, e.admin3)]
            s[0] += e.lat
            s[1] += e.lon
            s[2] += 1
    return {k: (round(v[0] / v[2], 5), round(v[1] / v[2], 5)) for k, v in sums.items()}
