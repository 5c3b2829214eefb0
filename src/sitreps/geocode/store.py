"""The gazetteer database: one SQLite file of places and their names.

All SQL of the gazetteer lives in `Gazetteer`; importers hand it `Entry` objects
and the matcher reads them back with `entries()`. Each name is stored with its
transliteration keys (translit.name_keys) so that loading needs no recomputation.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import Code, GazetteerError
from .translit import name_keys, rules_version

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lat REAL, lon REAL,
    feature TEXT NOT NULL DEFAULT 'locality',
    admin1 TEXT, admin2 TEXT, admin3 TEXT,
    parent TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (
    place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    key TEXT NOT NULL,
    base TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_base ON names(base);
CREATE INDEX IF NOT EXISTS names_place ON names(place_id);
CREATE INDEX IF NOT EXISTS places_source ON places(source);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass
class Entry:
    """One gazetteer place as an importer reads it."""

    ref: str                          # "wof:1259767833", "gn:170063", "ocha:N0127"
    name: str
    lat: float | None
    lon: float | None
    source: str                       # wof | geonames | ocha | iom | pcode | csv | builtin
    feature: str = "locality"         # locality | city | admin1 | admin2 | neighbourhood | camp | facility | area
    admin1: str | None = None         # spelled as in governorates.yaml
    admin2: str | None = None
    admin3: str | None = None
    parent: str | None = None         # the city of a neighbourhood or camp
    population: int = 0
    alt_names: tuple[str, ...] = field(default_factory=tuple)

    def all_names(self) -> list[str]:
        """The preferred name then each distinct alternative."""
        seen: dict[str, None] = {self.name: None}
        for n in self.alt_names:
            if n and n.strip():
                seen.setdefault(n.strip(), None)
        return list(seen)


class Gazetteer:
    """A gazetteer database: `Gazetteer(path)` or `Gazetteer(":memory:")`."""

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            if not create and not Path(self.path).exists():
                raise GazetteerError(Code.E502, path=self.path)
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise GazetteerError(Code.E501, url=self.path, detail=str(exc)) from exc

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self.conn.close()

    def add(self, entries: Iterable[Entry]) -> int:
        """Insert or replace entries (by ref) in one transaction; return how many."""
        n = 0
        with self.conn:
            for e in entries:
                self._upsert(e)
                n += 1
            self.conn.execute("INSERT INTO meta (key, value) VALUES ('translit', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                              (rules_version(),))
        return n

    def _upsert(self, e: Entry) -> None:
        cur = self.conn.execute(
            "INSERT INTO places (ref, name, lat, lon, feature, admin1, admin2, admin3, parent, population, source)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(ref) DO UPDATE SET name=excluded.name, lat=excluded.lat, lon=excluded.lon,"
            " feature=excluded.feature, admin1=excluded.admin1, admin2=excluded.admin2, admin3=excluded.admin3,"
            " parent=excluded.parent, population=excluded.population, source=excluded.source RETURNING id",
            (e.ref, e.name, e.lat, e.lon, e.feature, e.admin1, e.admin2, e.admin3, e.parent, e.population, e.source),
        )
        place_id = cur.fetchone()[0]
        self.conn.execute("DELETE FROM names WHERE place_id = ?", (place_id,))
        rows = [(place_id, *name_row(name)) for name in e.all_names()]
        self.conn.executemany("INSERT INTO names (place_id, name, norm, key, base) VALUES (?,?,?,?,?)", rows)

    def count(self, *, source: str | None = None) -> int:
        """Number of places (of one source)."""
        if source is None:
            return self.conn.execute("SELECT count(*) FROM places").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM places WHERE source = ?", (source,)).fetchone()[0]

    def sources(self) -> dict[str, int]:
        """Places per source."""
        return dict(self.conn.execute("SELECT source, count(*) FROM places GROUP BY source ORDER BY source"))

    def features(self) -> dict[str, int]:
        """Places per feature type."""
        return dict(self.conn.execute("SELECT feature, count(*) FROM places GROUP BY feature ORDER BY feature"))

    def name_count(self) -> int:
        """Number of names (a place has one or more)."""
        return self.conn.execute("SELECT count(*) FROM names").fetchone()[0]

    def get(self, ref: str) -> Entry | None:
        """The entry with this ref, with its names."""
        rows = list(self._entry_rows("WHERE p.ref = ?", (ref,)))
        return _entries_from_rows(rows)[0] if rows else None

    def keys_current(self) -> bool:
        """Whether the stored name keys were computed under the current rules."""
        return self.meta().get("translit") == rules_version()

    def entries(self) -> Iterator[tuple[Entry, list[tuple[str, str, str, str]]]]:
        """Every place with its names as (name, norm, key, base), ordered by id.

        Keys stored under older transliteration rules are recomputed on the fly."""
        fresh = self.keys_current()
        for entry, rows in self._stored_entries():
            if not fresh:
                rows = [name_row(name) for name, *_ in rows]
            yield entry, rows

    def _stored_entries(self) -> Iterator[tuple[Entry, list[tuple[str, str, str, str]]]]:
        current: Entry | None = None
        names: list[tuple[str, str, str, str]] = []
        for row in self._entry_rows("", ()):
            entry, name_row = _entry_of(row), row[11:]
            if current is not None and entry.ref != current.ref:
                yield current, names
                names = []
            if current is None or entry.ref != current.ref:
                current = entry
            names.append(name_row)
        if current is not None:
            yield current, names

    def _entry_rows(self, where: str, args: tuple) -> Iterator[tuple]:
        return self.conn.execute(
            "SELECT p.ref, p.name, p.lat, p.lon, p.source, p.feature, p.admin1, p.admin2, p.admin3, p.parent,"
            " p.population, n.name, n.norm, n.key, n.base FROM places p JOIN names n ON n.place_id = p.id "
            + where + " ORDER BY p.id", args)

    def set_meta(self, key: str, value: str) -> None:
        """Record a fact about the database (what was imported, key rules version)."""
        with self.conn:
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def meta(self) -> dict[str, str]:
        """Every recorded fact."""
        return dict(self.conn.execute("SELECT key, value FROM meta ORDER BY key"))

    def delete_source(self, source: str) -> int:
        """Remove every place of one source (before re-importing it)."""
        with self.conn:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM places WHERE source = ?", (source,))]
            self.conn.executemany("DELETE FROM names WHERE place_id = ?", [(i,) for i in ids])
            self.conn.execute("DELETE FROM places WHERE source = ?", (source,))
        return len(ids)


def name_row(name: str) -> tuple[str, str, str, str]:
    """A name as the index reads it: (name, norm, key, base)."""
    k = name_keys(name)
    return name, k.norm, k.key, k.base


def _entry_of(row: tuple) -> Entry:
    ref, name, lat, lon, source, feature, a1, a2, a3, parent, pop = row[:11]
    return Entry(ref=ref, name=name, lat=lat, lon=lon, source=source, feature=feature,
                 admin1=a1, admin2=a2, admin3=a3, parent=parent, population=pop or 0)


def _entries_from_rows(rows: list[tuple]) -> list[Entry]:
    entry = _entry_of(rows[0])
    entry.alt_names = tuple(r[11] for r in rows[1:])
    return [entry]
