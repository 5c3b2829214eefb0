"""sitreps.geocode.store: the SQLite gazetteer, against real SQLite files."""
from __future__ import annotations

import pytest

from sitreps.errors import GazetteerError
from sitreps.geocode.store import Entry, Gazetteer


def entry(ref="wof:1", name="Kafr Saghir", **kw):
    base = dict(lat=36.3, lon=37.3, source="wof", admin1="Aleppo", alt_names=("Kafr Şaghīr", "كفر صغير"))
    base.update(kw)
    return Entry(ref=ref, name=name, **base)


def test_store_add_then_get_round_trips(tmp_path):
    with Gazetteer(tmp_path / "g.db") as gaz:
        gaz.add([entry()])
        got = gaz.get("wof:1")
    assert (got.name, got.admin1, got.lat) == ("Kafr Saghir", "Aleppo", 36.3)
    assert set(got.alt_names) == {"Kafr Şaghīr", "كفر صغير"}


def test_store_persists_to_file(tmp_path):
    with Gazetteer(tmp_path / "g.db") as gaz:
        gaz.add([entry()])
    with Gazetteer(tmp_path / "g.db", create=False) as gaz:
        assert gaz.count() == 1


def test_store_same_ref_replaces_place_and_names():
    with Gazetteer() as gaz:
        gaz.add([entry()])
        gaz.add([entry(name="Kafr Sghir", alt_names=())])
        assert (gaz.count(), gaz.name_count(), gaz.get("wof:1").name) == (1, 1, "Kafr Sghir")


def test_store_counts_by_source_and_feature():
    with Gazetteer() as gaz:
        gaz.add([entry(), entry(ref="iom:C1", source="iom", feature="camp")])
        assert gaz.sources() == {"iom": 1, "wof": 1}
        assert gaz.features() == {"camp": 1, "locality": 1}


def test_store_delete_source():
    with Gazetteer() as gaz:
        gaz.add([entry(), entry(ref="iom:C1", source="iom")])
        assert gaz.delete_source("iom") == 1 and gaz.count() == 1


def test_store_entries_yield_names_with_keys():
    with Gazetteer() as gaz:
        gaz.add([entry()])
        (e, names), = list(gaz.entries())
    assert e.ref == "wof:1" and {n[2] for n in names} == {"kfrskr"}


def test_store_recomputes_keys_stored_under_other_rules():
    with Gazetteer() as gaz:
        gaz.add([entry()])
        gaz.conn.execute("UPDATE names SET key = 'stale'")
        gaz.set_meta("translit", "old-rules")
        (_, names), = list(gaz.entries())
    assert {n[2] for n in names} == {"kfrskr"}


def test_store_missing_file_without_create_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match="E502"):
        Gazetteer(tmp_path / "none.db", create=False)
