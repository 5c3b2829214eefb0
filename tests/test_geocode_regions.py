"""Named regions ("Eastern Ghouta", "Wadi Barada"): the knowledge table, mentions that
name them, and placing places inside them, on a small gazetteer written here."""
from __future__ import annotations

import pytest

from golden.support import gazetteer_geocoder
from sitreps.errors import KnowledgeError
from sitreps.geocode.geo import distance_km
from sitreps.geocode.mentions import find_place_mentions
from sitreps.geocode.regions import named_region, parse_regions
from sitreps.geocode.resolve import GazetteerGeocoder
from sitreps.geocode.store import Entry
from sitreps.model import PlaceMention

# Synthetic places: a town at the centre of a region, a village inside it, and a
# village spelled alike 45 km away in the same governorate.
ENTRIES = [
    Entry("r:1", "Hammurah", 33.53, 36.39, "wof", admin1="Rural Damascus"),
    Entry("r:2", "Saqba", 33.52, 36.38, "wof", admin1="Rural Damascus"),
    Entry("r:3", "Shari", 33.20, 36.05, "wof", admin1="Rural Damascus"),
    Entry("r:4", "Yabrud", 33.97, 36.66, "wof", admin1="Rural Damascus"),
]


@pytest.fixture(scope="module")
def geocoder() -> GazetteerGeocoder:
    return gazetteer_geocoder(ENTRIES)


def resolve_text(geocoder: GazetteerGeocoder, text: str):
    mentions = find_place_mentions(text)
    return {m.text: p for m, p in zip(mentions, geocoder.resolve(mentions))}


@pytest.mark.parametrize("text,bearing,expected", [
    ("Eastern Ghouta", None, "Eastern Ghouta"),
    ("Ghouta", "E", "Eastern Ghouta"),        # "the Eastern Ghouta": compass word before the name
    ("Ghouta", "W", "Western Ghouta"),
    ("al-Ghouta al-Sharqiyah", None, "Eastern Ghouta"),
    ("wadi barada", None, "Wadi Barada"),
    ("Kafr Saghir", None, None),
])
def test_named_region_spellings(text, bearing, expected):
    found = named_region(text, bearing)
    assert (found.name if found else None) == expected


def test_mention_of_named_region_reads_as_region_of_its_governorate():
    m = next(m for m in find_place_mentions("Clashes went on in Wadi Barada.") if m.text == "Wadi Barada")
    assert (m.relation, m.admin1_hint, m.area_hint) == ("region", "Rural Damascus", "Wadi Barada")


def test_places_beside_a_named_region_take_its_governorate_and_area():
    m = find_place_mentions("Militants burned crops in Zabdin farms in Eastern Ghouta.")[0]
    assert (m.text, m.admin1_hint, m.area_hint) == ("Zabdin", "Rural Damascus", "Eastern Ghouta")


def test_named_region_is_placed_at_its_town_with_precision_3(geocoder):
    p = resolve_text(geocoder, "Warplanes struck positions in Eastern Ghouta.")["Ghouta"]
    assert (p.name, p.gazetteer_ref, p.geo_precision, p.admin1) == ("Eastern Ghouta", "r:1", 3, "Rural Damascus")


def test_village_far_from_the_named_region_loses_to_staying_unresolved_there(geocoder):
    # "Ash'ari" and "Shari" share a consonant skeleton, but Shari lies 45 km from Ghouta
    p = resolve_text(geocoder, "Militants burned crops in al-Ash'ari farms in Eastern Ghouta.")["al-Ash'ari"]
    assert (p.resolved, p.geo_precision, p.admin1) == (False, 3, "Rural Damascus")
    assert distance_km(p.latitude, p.longitude, 33.53, 36.39) < 1      # at the region's town


def test_village_inside_the_named_region_resolves(geocoder):
    p = resolve_text(geocoder, "Shelling hit Saqba in Eastern Ghouta.")["Saqba"]
    assert (p.gazetteer_ref, p.geo_precision) == ("r:2", 1)


def test_named_region_with_point_and_no_town(geocoder):
    p = geocoder.resolve([PlaceMention("al-Lajat", relation="region")])[0]
    assert (p.name, p.geo_precision, p.admin1, p.gazetteer_ref) == ("al-Lajat", 3, "Dar'a", "region:al-Lajat")


def test_named_region_town_missing_from_gazetteer_falls_back_to_capital(geocoder):
    p = geocoder.resolve([PlaceMention("Jabal al-Akrad", relation="region")])[0]
    assert (p.name, p.admin1, p.geo_precision, p.latitude) == ("Jabal al-Akrad", "Lattakia", 3, pytest.approx(35.53, abs=0.01))


@pytest.mark.parametrize("entry,detail", [
    ({"name": "X", "aliases": [], "governorate": "Atlantis", "town": "Y"}, "unknown governorate"),
    ({"name": "X", "aliases": [], "governorate": "Hama", "lat": 48.0, "lon": 2.0}, "not in Syria"),
    ({"name": "X", "aliases": [], "governorate": "Hama"}, "missing 'lat'"),
    ({"name": "X", "governorate": "Hama", "town": "Y"}, "missing 'aliases'"),
])
def test_named_region_entry_validation(entry, detail):
    with pytest.raises(KnowledgeError, match=detail):
        parse_regions({"regions": [], "named": [entry]}, path="regions.yaml")


def test_one_spelling_for_two_regions_is_an_error():
    named = [{"name": "A", "aliases": ["Ghab"], "governorate": "Hama", "town": "T"},
             {"name": "B", "aliases": ["Ghab"], "governorate": "Idleb", "town": "U"}]
    with pytest.raises(KnowledgeError, match="already names A"):
        parse_regions({"regions": [], "named": named}, path="regions.yaml")


def test_exact_spelling_far_from_the_named_region_still_resolves():
    entries = ENTRIES + [Entry("r:5", "Zabdin", 33.20, 36.05, "wof", admin1="Rural Damascus")]
    geocoder = gazetteer_geocoder(entries)
    p = resolve_text(geocoder, "Militants burned crops in Zabdin farms in Eastern Ghouta.")["Zabdin"]
    assert (p.gazetteer_ref, p.resolved) == ("r:5", True)
