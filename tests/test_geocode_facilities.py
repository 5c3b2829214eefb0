"""sitreps.geocode.facilities: the facility table (loading, validation) and how a
noun of a facility's kind makes its stem resolve to it, on synthetic places."""
from __future__ import annotations

from pathlib import Path

import pytest

from golden.support import gazetteer_geocoder
from sitreps.errors import KnowledgeError
from sitreps.geocode.facilities import load_facilities
from sitreps.geocode.mentions import find_place_mentions
from sitreps.geocode.place_words import load_place_words
from sitreps.geocode.store import Entry
from sitreps.model import PlaceMention

NOUNS = """\
nouns:
  airbase: [airbase, airport, military airport, base]
  gas_field: [field, gas field, oilfield]
  dam: [dam]
"""

# Synthetic facilities, each named after a village that lies far from it.
FACILITIES = NOUNS + """\
facilities:
  - {name: Zarqa Airbase, kind: airbase, aliases: [Z9, Ninth Station], stems: [Zarqa, Al-Zarqa],
     governorate: Homs, lat: 34.50, lon: 38.50, town: Bir Zarqa}
  - {name: Qulaib Gas Field, kind: gas_field, stems: [Qulaib], governorate: Homs, lat: 34.80, lon: 38.00}
  - {name: Nahran Dam, kind: dam, stems: [Nahran], governorate: Aleppo, lat: 36.00, lon: 38.00}
  - {name: Raqqa Airbase, kind: airbase, stems: [Raqqa, Ar-Raqqa], governorate: Raqqa, lat: 35.90, lon: 39.20}
"""

ENTRIES = [
    Entry("v:1", "Zarqa", 35.00, 37.00, "wof", admin1="Homs", admin2="Homs"),
    Entry("v:2", "Qulaib", 35.50, 36.50, "wof", admin1="Hama", admin2="Hama"),
    Entry("v:3", "Nahran", 36.50, 37.00, "wof", admin1="Aleppo", admin2="Al Bab"),
    Entry("v:4", "Ar-Raqqa", 35.95, 39.01, "wof", feature="city", admin1="Ar-Raqqa", admin2="Ar-Raqqa"),
    Entry("v:5", "Bir Zarqa", 34.52, 38.46, "wof", admin1="Homs", admin2="Tadmor", admin3="Tadmor"),
    Entry("v:6", "Zarqa", 35.31, 36.61, "wof", admin1="Hama"),         # a second namesake, among Hama villages
    Entry("v:7", "Kafr Tun", 35.30, 36.60, "wof", admin1="Hama"),
    Entry("v:8", "Tall Milh", 35.32, 36.62, "wof", admin1="Hama"),
]


def _write(tmp_path: Path, text: str) -> str:
    (tmp_path / "facilities.yaml").write_text(text, encoding="utf-8")
    return str(tmp_path)


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    facilities = load_facilities(directory=_write(tmp_path_factory.mktemp("fac"), FACILITIES))
    return gazetteer_geocoder(ENTRIES, facilities=facilities)


def one(geocoder, mention: PlaceMention):
    return geocoder.resolve([mention])[0]


def test_facilities_load_fields_and_noun_kinds(tmp_path):
    table = load_facilities(directory=_write(tmp_path, FACILITIES))
    zarqa = table.items[0]
    assert (zarqa.ref, zarqa.kind, zarqa.aliases, zarqa.stems) == (
        "facility:zarqa-airbase", "airbase", ("Z9", "Ninth Station"), ("Zarqa", "Al-Zarqa"))
    assert table.items[3].governorate == "Ar-Raqqa"          # any spelling of governorates.yaml
    assert table.kinds_for("Military  Airport") == {"airbase"}
    assert table.kinds_for("fields") == {"gas_field"}        # a plural noun fits too
    assert table.kinds_for("village") == frozenset()


@pytest.mark.parametrize("entry,message", [
    ("{name: X, kind: harbour, governorate: Homs, lat: 34.5, lon: 37.0}", "kind 'harbour'"),
    ("{name: X, kind: dam, governorate: Atlantis, lat: 34.5, lon: 37.0}", "unknown governorate"),
    ("{name: X, kind: dam, governorate: Homs, lat: 48.5, lon: 2.3}", "outside Syria"),
    ("{name: X, kind: dam, governorate: Homs, lon: 37.0}", "missing 'lat'"),
    ("{name: X, kind: dam, governorate: Homs, lat: 34.5, lon: 37.0, stems: Nahran}", "'stems' must be a list"),
    ("{name: X, kind: dam, governorate: Homs, lat: 34.5, lon: 37.0, town: 7}", "'town' must be a name"),
])
def test_facilities_invalid_entry_names_file_and_entry(tmp_path, entry, message):
    with pytest.raises(KnowledgeError, match=message) as info:
        load_facilities(directory=_write(tmp_path, NOUNS + f"facilities:\n  - {entry}\n"))
    assert "facilities.yaml" in str(info.value) and "facilities[0] (X)" in str(info.value)


def test_facilities_listed_twice_is_an_error(tmp_path):
    entry = "  - {name: Nahran Dam, kind: dam, governorate: Aleppo, lat: 36.0, lon: 38.0}\n"
    with pytest.raises(KnowledgeError, match="listed twice"):
        load_facilities(directory=_write(tmp_path, NOUNS + "facilities:\n" + entry + entry))


def test_facilities_nouns_must_be_lists(tmp_path):
    with pytest.raises(KnowledgeError, match="nouns.dam must be a non-empty list"):
        load_facilities(directory=_write(tmp_path, "nouns: {dam: dam}\nfacilities: []\n"))


@pytest.mark.parametrize("feature", ["airbase", "military airport", "base"])
def test_resolve_stem_with_facility_noun_is_the_facility(geocoder, feature):
    p = one(geocoder, PlaceMention("Zarqa", feature=feature, admin1_hint="Homs"))
    assert (p.name, p.geo_precision, p.latitude, p.longitude) == ("Zarqa Airbase", 1, 34.50, 38.50)


@pytest.mark.parametrize("text", ["Zarqa", "Al Zarqa"])
def test_resolve_stem_without_noun_stays_the_village(geocoder, text):
    assert one(geocoder, PlaceMention(text, admin1_hint="Homs")).gazetteer_ref == "v:1"


def test_resolve_noun_of_another_kind_does_not_take_the_facility(geocoder):
    assert one(geocoder, PlaceMention("Zarqa", feature="dam", admin1_hint="Homs")).gazetteer_ref == "v:1"
    assert one(geocoder, PlaceMention("Nahran", feature="airbase")).gazetteer_ref == "v:3"
    assert one(geocoder, PlaceMention("Nahran", feature="dam")).name == "Nahran Dam"


def test_resolve_facility_noun_holds_against_the_passage_governorate(geocoder):
    text = "Clashes were reported in Kafr Tun and Tall Milh, and near the Zarqa airbase."
    places = geocoder.resolve(find_place_mentions(text))
    assert [p.name for p in places] == ["Kafr Tun", "Tall Milh", "Zarqa Airbase"]
    plain = geocoder.resolve(find_place_mentions("Clashes were reported in Kafr Tun and Tall Milh, and near Zarqa."))
    assert plain[2].gazetteer_ref == "v:6"         # without the noun, the namesake of the passage


def test_resolve_village_noun_keeps_the_village(geocoder):
    assert one(geocoder, PlaceMention("Qulaib", feature="village")).gazetteer_ref == "v:2"


def test_resolve_oilfield_noun_fits_a_gas_field(geocoder):
    [m] = find_place_mentions("IS attacked the oilfield of Qulaib on Monday.")
    assert (m.text, m.feature) == ("Qulaib", "oilfield")
    assert geocoder.resolve([m])[0].name == "Qulaib Gas Field"


@pytest.mark.parametrize("text", ["Z9", "Ninth Station"])
def test_resolve_distinctive_alias_alone_is_the_facility(geocoder, text):
    p = one(geocoder, PlaceMention(text))
    assert (p.name, p.geo_precision) == ("Zarqa Airbase", 1)


def test_resolve_governorate_name_with_facility_noun_is_the_facility(geocoder):
    p = one(geocoder, PlaceMention("Raqqa", feature="airbase"))
    assert (p.name, p.geo_precision, p.admin1) == ("Raqqa Airbase", 1, "Ar-Raqqa")


def test_resolve_offset_from_facility(geocoder):
    mentions = find_place_mentions("Clashes 5 km east of the Z9 airbase.")
    p = geocoder.resolve(mentions)[0]
    assert p.name == "5 km E of Zarqa Airbase" and p.geo_precision == 2 and p.longitude > 38.5


def test_facility_takes_its_towns_district(geocoder):
    p = one(geocoder, PlaceMention("Z9"))
    assert (p.admin1, p.admin2, p.admin3) == ("Homs", "Tadmor", "Tadmor")


def test_facilities_shipped_table_loads_and_its_nouns_are_feature_nouns():
    table = load_facilities()
    words = load_place_words()
    known = set(words.nouns_after) | set(words.nouns_before)
    assert len(table.items) >= 30
    assert {noun for noun in table.nouns if noun not in known} == set()
