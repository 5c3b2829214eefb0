"""Against the real Who's On First data in ../shared: import time and the hard names
that war reports spell their own way (issue 3)."""
from __future__ import annotations

import time

import pytest

from sitreps.geocode.importers import import_file
from sitreps.geocode.index import PlaceIndex
from sitreps.geocode.resolve import GazetteerGeocoder
from sitreps.geocode.store import Gazetteer
from sitreps.model import PlaceMention

pytestmark = [pytest.mark.shared, pytest.mark.slow]
WOF = "gazetteer/whosonfirst-data-admin-sy_2db0f03b9f9d_data.tar.gz"


@pytest.fixture(scope="module")
def wof_import(shared, tmp_path_factory):
    path = tmp_path_factory.mktemp("wof") / "wof.db"
    started = time.perf_counter()
    with Gazetteer(path) as gaz:
        report = import_file(gaz, shared / WOF)
        seconds = time.perf_counter() - started
        index = PlaceIndex.load(gaz)
    return report, seconds, GazetteerGeocoder(index)


def test_shared_wof_tarball_imports_in_under_a_minute(wof_import):
    report, seconds, _ = wof_import
    assert report.places > 10_000 and seconds < 60


@pytest.mark.parametrize("written,gazetteer_name,governorate", [
    ("Kafr Sakeer", "Kafr Saghir", "Aleppo"),
    ("Babbenes", "Babinnis", "Aleppo"),
    ("Khan Touman", "Khan Tuman", "Aleppo"),
    ("Tal Ayyoub", "Tall Ayyub", "Aleppo"),
    ("Deir Ezzur", "Deir ez-Zor", "Deir-ez-Zor"),
    ("Housh al-Khanam", "Hawsh al Khanim", "Rural Damascus"),
    ("Hamouria", "Hammurah", "Rural Damascus"),
    ("Sabaqa", "Siqba", "Rural Damascus"),
    ("Mu Hassan", "Muh Hasan", "Deir-ez-Zor"),
    ("al-Baqaliyeh", "Bughayliyah", "Deir-ez-Zor"),
    ("Qarnateh", "Ghajar Amir", "Homs"),
    ("Ezzeddin", "`Izz ad Din", "Homs"),
])
def test_shared_hard_names_resolve_with_their_governorate(wof_import, written, gazetteer_name, governorate):
    place = wof_import[2].resolve([PlaceMention(written, admin1_hint=governorate)])[0]
    assert (place.name, place.admin1) == (gazetteer_name, governorate)


def test_shared_names_of_one_report_resolve_together(wof_import):
    names = ["Tal Ayyoub", "Jarouf", "Humaymah"]
    places = wof_import[2].resolve([PlaceMention(n, admin1_hint="Aleppo") for n in names])
    assert [p.name for p in places[:2]] == ["Tall Ayyub", "Juruf"]
    assert places[2].name.startswith("Humaymah ")       # Kabir or Saghirah, side by side


@pytest.mark.parametrize("sentence,gazetteer_name,governorate", [
    ("Shelling hit Khan as Subul village.", "Khan as Subul", "Idleb"),
    ("Shelling hit Tall as Sawwan town.", "Tall as Sawwan", "Rural Damascus"),
    ("Shelling hit Beit Jan village.", "Bayt Jinn", "Rural Damascus"),
])
def test_shared_names_with_assimilated_articles_or_month_words_resolve(wof_import, sentence, gazetteer_name, governorate):
    from sitreps.geocode.mentions import find_place_mentions
    place = wof_import[2].resolve(find_place_mentions(sentence, admin1_hint=governorate))[0]
    assert (place.name, place.admin1) == (gazetteer_name, governorate)
