"""Geocoding benchmarks (results go to docs/BENCHMARKS.md, section "Geocoding").

    python bench/bench_geocode.py [--shared ../shared] [--gazetteer PATH]

1. import: time to import the Who's On First tarball into a fresh database.
2. gold: dev-set events with gold coordinates. The mentions of each document are
   found with find_place_mentions paragraph by paragraph (section headers give the
   governorate) and resolved together, as the extractor does; for each event the
   mention inside its evidence that best matches the gold location is scored
   (the extractor's choice of mention is not measured here).
3. ucdp: UCDP GED Syria events with where_prec 1: the where_coordinates name is
   parsed as a mention ("Teir Maaleh village") with UCDP's adm_1 as the
   governorate hint; distance to UCDP's coordinates, and share of right admin1.
   Scored per distinct (name, adm_1) place, and per event (each place weighted by
   how many UCDP events it has: the share of a dataset's events placed right).
   "ucdp_with_district" gives UCDP's adm_2 too, as a text naming the district would.
4. speed: names resolved per second (all distinct UCDP names, one at a time).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitreps.geocode.admin import governorate_spelling  # noqa: E402
from sitreps.geocode.geo import distance_km  # noqa: E402
from sitreps.geocode.importers import import_file  # noqa: E402
from sitreps.geocode.index import PlaceIndex  # noqa: E402
from sitreps.geocode.mentions import find_document_mentions, find_place_mentions  # noqa: E402
from sitreps.geocode.resolve import GazetteerGeocoder  # noqa: E402
from sitreps.geocode.store import Gazetteer  # noqa: E402
from sitreps.geocode.translit import similarity  # noqa: E402
from sitreps.model import PlaceMention  # noqa: E402

try:  # the extractor's actor matcher, when that part of sitreps is present
    from sitreps.extract.actors import is_actor_name as IS_ACTOR  # noqa: E402
except ImportError:
    IS_ACTOR = None

WOF_TARBALL = "gazetteer/whosonfirst-data-admin-sy_2db0f03b9f9d_data.tar.gz"


def bench_import(shared: Path, db: Path) -> dict:
    """Import the WOF tarball into a new database at `db`."""
    if db.exists():
        db.unlink()
    with Gazetteer(db) as gaz:
        report = import_file(gaz, shared / WOF_TARBALL)
    return {"places": report.places, "seconds": round(report.seconds, 1)}


def _location_parts(location: str) -> list[str]:
    return [p.strip() for p in re.split(r" - |[()/,]", location) if p.strip()]


def pick_mention(mentions, places, text: str, evidence: str, location: str):
    """The (mention, place) of the evidence that best matches the gold location name."""
    spans = []
    for segment in evidence.split(" ... "):
        segment = segment.strip().strip('"\u201c\u201d')
        at = text.find(segment[:80])
        if at >= 0:
            spans.append((at, at + len(segment)))
    inside = [(m, p) for m, p in zip(mentions, places) if any(a <= m.start < b for a, b in spans)]
    if not inside:
        return None
    parts = _location_parts(location)
    return max(inside, key=lambda mp: max(max(similarity(mp[0].text, part), similarity(mp[1].name, part)) for part in parts))


def bench_gold(shared: Path, geocoder: GazetteerGeocoder) -> dict:
    docs = {json.loads(line)["id"]: json.loads(line) for line in open(shared / "eval/seeds.docs.jsonl")}
    resolved = {}
    for doc_id, doc in docs.items():
        mentions = find_document_mentions(doc["text"], is_actor=IS_ACTOR)
        resolved[doc_id] = (mentions, geocoder.resolve(mentions))
    rows = []
    for line in open(shared / "eval/seeds.gold.jsonl"):
        gold = json.loads(line)
        if gold.get("latitude") is None:
            continue
        mentions, places = resolved[gold["doc_id"]]
        picked = pick_mention(mentions, places, docs[gold["doc_id"]]["text"], gold["evidence"], gold["location"])
        if picked is None or picked[1].latitude is None:
            rows.append((gold["location"], None, None, None))
            continue
        m, p = picked
        d = distance_km(gold["latitude"], gold["longitude"], p.latitude, p.longitude)
        rows.append((gold["location"], m.text, p.name, round(d, 1), p.admin1 == gold["admin1"]))
    within = sum(1 for r in rows if r[3] is not None and r[3] <= 10)
    return {"events": len(rows), "within_10km": within, "share": round(within / len(rows), 3),
            "misses": [r for r in rows if r[3] is None or r[3] > 10]}


def ucdp_rows(shared: Path) -> list[dict]:
    with open(shared / "data/ucdp_ged191_syria_2016-2019.csv", newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["where_prec"].startswith("1") and r["where_coordinates"].strip()]


def ucdp_mention(name: str, admin1: str | None, admin2: str | None = None) -> PlaceMention:
    """A mention for a UCDP place name, parsed as the text would give it (inside a
    sentence: a short name alone would read as a Title Case headline)."""
    lead = "clashes were reported in "
    found = [m for m in find_place_mentions(lead + name, offset=-len(lead), admin1_hint=admin1) if m.start >= 0]
    if found:
        m = found[0]
        m.relation = "in" if m.relation not in ("district",) else m.relation
        m.distance_km = m.bearing = None
        m.admin1_hint = admin1 or m.admin1_hint     # UCDP's own governorate ("Al Hamah" is not Hama's)
        m.admin2_hint = admin2
        return m
    return PlaceMention(text=name, start=0, end=len(name), admin1_hint=admin1, admin2_hint=admin2)


def bench_ucdp(shared: Path, geocoder: GazetteerGeocoder, *, districts: bool = False) -> dict:
    """Distinct (name, admin1, point) places of UCDP, each resolved alone with its
    admin1 hint (and, with `districts`, UCDP's adm_2 as the district hint)."""
    seen, events = {}, {}
    for r in ucdp_rows(shared):
        key = (r["where_coordinates"].strip(), r["adm_1"])
        seen.setdefault(key, (float(r["latitude"]), float(r["longitude"]), r["adm_2"]))
        events[key] = events.get(key, 0) + 1
    n = within = right_admin1 = resolved = events_within = 0
    misses = []
    for (name, adm1), (lat, lon, adm2) in seen.items():
        gov = governorate_spelling(adm1)
        place = geocoder.resolve([ucdp_mention(name, gov, adm2 if districts else None)])[0]
        n += 1
        resolved += place.resolved
        right_admin1 += place.admin1 == gov
        if place.latitude is not None and distance_km(lat, lon, place.latitude, place.longitude) <= 10:
            within += 1
            events_within += events[(name, adm1)]
        else:
            misses.append((name, gov, place.name, place.admin1, place.resolved))
    total = sum(events.values())
    return {"places": n, "within_10km": within, "share": round(within / n, 3), "resolved": resolved,
            "right_admin1": round(right_admin1 / n, 3),
            "events": total, "events_within_10km": events_within, "events_share": round(events_within / total, 3),
            "misses_sample": misses[:40]}


def bench_speed(shared: Path, geocoder: GazetteerGeocoder) -> dict:
    """Names per second: index lookups (name -> ranked candidates), and whole
    resolutions (one name per call, context rules included)."""
    names = sorted({r["where_coordinates"].strip() for r in ucdp_rows(shared)})
    started = time.perf_counter()
    for n in names:
        geocoder.resolve([PlaceMention(text=n)])
    resolve_s = time.perf_counter() - started
    started = time.perf_counter()
    for n in names:
        geocoder.index.candidates(n + " ")
    lookup_s = time.perf_counter() - started
    return {"names": len(names), "lookups_per_s": round(len(names) / lookup_s),
            "resolves_per_s": round(len(names) / resolve_s)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gazetteer", type=Path, help="use this database instead of importing WOF afresh")
    ap.add_argument("--only", choices=["import", "gold", "ucdp", "speed"], action="append")
    args = ap.parse_args()
    only = set(args.only or ["import", "gold", "ucdp", "speed"])
    results = {}
    db = args.gazetteer or Path(tempfile.mkdtemp()) / "wof.db"
    if args.gazetteer is None:
        results["import"] = bench_import(args.shared, db)
    with Gazetteer(db, create=False) as gaz:
        started = time.perf_counter()
        geocoder = GazetteerGeocoder(PlaceIndex.load(gaz))
        results["index_load_s"] = round(time.perf_counter() - started, 2)
    for name, fn in (("gold", bench_gold), ("ucdp", bench_ucdp), ("speed", bench_speed)):
        if name in only:
            results[name] = fn(args.shared, geocoder)
    if "ucdp" in only:
        results["ucdp_with_district"] = bench_ucdp(args.shared, geocoder, districts=True)
    json.dump(results, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
