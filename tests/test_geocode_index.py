"""sitreps.geocode.index: candidates by transliteration key, base key and near-spelling."""
from __future__ import annotations

import pytest

from sitreps.geocode.index import EXACT, PlaceIndex
from sitreps.geocode.store import Entry, Gazetteer

ENTRIES = [
    Entry("i:1", "Kafr Saghir", 36.29, 37.26, "wof", admin1="Aleppo"),
    Entry("i:2", "Humaymah Kabir", 36.17, 37.65, "wof", admin1="Aleppo"),
    Entry("i:3", "Saqba", 33.52, 36.38, "wof", admin1="Rural Damascus"),
    Entry("i:4", "Tall Rifat", 36.47, 37.10, "wof", admin1="Aleppo", alt_names=("Tell Rifaat",)),
    Entry("i:5", "Marea", 36.48, 37.20, "iom", admin1="Aleppo"),
    Entry("i:6", "Marea", 36.481, 37.201, "wof", admin1="Aleppo"),
]


@pytest.fixture(scope="module")
def index():
    with Gazetteer() as gaz:
        gaz.add(ENTRIES)
        return PlaceIndex.load(gaz)


def refs(cands):
    return [c.entry.ref for c in cands]


def test_index_same_spelling_scores_exact(index):
    (c,) = index.candidates("Tell Rifaat")
    assert (c.entry.ref, c.score, c.preferred) == ("i:4", EXACT, False)


def test_index_same_key_scores_below_exact(index):
    (c,) = index.candidates("Kafr Sakeer")
    assert c.entry.ref == "i:1" and 0.8 < c.score < EXACT


def test_index_base_key_finds_qualified_name(index):
    assert refs(index.candidates("Humaymah")) == ["i:2"]


@pytest.mark.parametrize("name,fuzzy,expected", [("Kafr Saghiz", False, []), ("Kafr Saghiz", True, ["i:1"]),
                                                 ("Sabqa", True, ["i:3"]), ("Sabqx", True, [])])
def test_index_near_spellings_only_when_asked(index, name, fuzzy, expected):
    assert refs(index.candidates(name, fuzzy=fuzzy)) == expected


def test_index_empty_name_has_no_candidates(index):
    assert index.candidates("") == [] and index.candidates("--") == []


def test_index_corroboration_counts_other_sources_nearby(index):
    entry = next(e for e in index.entries if e.ref == "i:5")
    assert index.corroboration(entry) == 1


# A P-coded list without coordinates, and lists that give them.
LINKED = [
    Entry("pcode:C9001", "Zur Hamdi", None, None, "pcode", admin1="Hama", admin3="Qasr"),
    Entry("iom:C9001", "Zor Hamdy", 35.10, 36.90, "iom", admin1="Hama", admin3="Qasr"),
    Entry("pcode:C9002", "Shmeisat", None, None, "pcode", admin1="Hama", admin3="Qasr"),
    Entry("wof:9", "Shumaysat", 35.16, 36.95, "wof", admin1="Hama"),
    Entry("wof:10", "Shumaysat", 33.00, 36.20, "wof", admin1="Dar'a"),
    Entry("pcode:C9003", "Nowhere Known", None, None, "pcode", admin1="Hama", admin3="Qasr"),
]


@pytest.fixture(scope="module")
def linked():
    with Gazetteer() as gaz:
        gaz.add(LINKED)
        return PlaceIndex.load(gaz)


@pytest.mark.parametrize("ref,point", [
    ("pcode:C9001", (35.10, 36.90)),      # same P-code in a list with coordinates
    ("pcode:C9002", (35.16, 36.95)),      # same name key, same governorate, near its admin3
])
def test_index_place_without_coordinates_linked_to_the_same_place(linked, ref, point):
    entry = next(e for e in linked.entries if e.ref == ref)
    assert (linked.point_of(entry), linked.located(entry)) == (point, True)


def test_index_unlinked_place_falls_back_to_its_admin3_centre(linked):
    entry = next(e for e in linked.entries if e.ref == "pcode:C9003")
    assert linked.located(entry) is False
    assert linked.point_of(entry) == (35.10, 36.90)        # the only located place of admin3 Qasr
