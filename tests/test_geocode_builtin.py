"""The built-in gazetteer and load_geocoder: sitreps geocodes out of the box."""
from __future__ import annotations

import logging

import pytest

from sitreps.errors import GazetteerError
from sitreps.geocode import load_geocoder
from sitreps.geocode.builtin import builtin_entries
from sitreps.geocode.paths import default_gazetteer_path
from sitreps.model import PlaceMention


@pytest.fixture(scope="module")
def entries():
    return list(builtin_entries())


def test_builtin_has_the_fourteen_governorates(entries):
    assert sum(1 for e in entries if e.feature == "admin1") == 14


def test_builtin_has_towns_with_governorates(entries):
    towns = [e for e in entries if e.feature != "admin1"]
    assert len(towns) >= 88 and all(e.admin1 for e in towns)


def test_builtin_towns_fall_in_their_governorate(entries):
    homs = next(e for e in entries if e.name == "Homs" and e.feature == "city")
    assert homs.admin1 == "Homs"


def test_load_geocoder_creates_default_gazetteer_and_says_it_is_coarse(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("SITREPS_GAZETTEER", str(tmp_path / "default.db"))
    with caplog.at_level(logging.WARNING, logger="sitreps.geocode"):
        geocoder = load_geocoder()
    assert (tmp_path / "default.db").exists()
    assert "coarse" in caplog.text and "sitreps gazetteer import" in caplog.text
    place = geocoder.resolve([PlaceMention("Aleppo")])[0]
    assert place.resolved and place.admin1 == "Aleppo"


def test_load_geocoder_explicit_missing_path_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match="E502"):
        load_geocoder(tmp_path / "missing.db")


def test_default_path_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREPS_GAZETTEER", str(tmp_path / "x.db"))
    assert default_gazetteer_path() == tmp_path / "x.db"


def test_default_path_is_in_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("SITREPS_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_gazetteer_path() == tmp_path / "sitreps" / "gazetteer.db"
