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
