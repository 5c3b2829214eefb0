"""sitreps.geocode.importers: each gazetteer format users download, from fixtures we wrote."""
from __future__ import annotations

import tarfile
import zipfile

import pytest

from sitreps.errors import GazetteerError
from sitreps.geocode.importers import detect_format, import_file, read_entries
from sitreps.geocode.store import Gazetteer


@pytest.fixture()
def wof_tarball(gaz_dir, tmp_path):
    path = tmp_path / "whosonfirst-data-admin-xx-latest.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        tar.add(gaz_dir / "wof", arcname="whosonfirst-data-admin-xx")
    return path


def by_ref(entries):
    return {e.ref: e for e in entries}


def test_import_wof_folder_reads_localities_with_hierarchy(gaz_dir):
    entries = by_ref(read_entries(gaz_dir / "wof"))
    kafr = entries["wof:101"]
    assert (kafr.name, kafr.admin1, kafr.admin2, kafr.lat) == ("Kafr Saghir", "Aleppo", "Jebel Saman", 36.29)


def test_import_wof_tarball_equals_folder(gaz_dir, wof_tarball):
    assert sorted(by_ref(read_entries(wof_tarball))) == sorted(by_ref(read_entries(gaz_dir / "wof")))


def test_import_wof_skips_superseded_and_alt_geometries(gaz_dir):
    entries = by_ref(read_entries(gaz_dir / "wof"))
    assert "wof:104" not in entries
    assert all(e.name != "Wrong" for e in entries.values())


def test_import_wof_arabic_only_name_gets_latin_name(gaz_dir):
    aleppo = by_ref(read_entries(gaz_dir / "wof"))["wof:103"]
    assert aleppo.name == "Aleppo" and "حلب" in aleppo.alt_names and aleppo.feature == "city"


def test_import_wof_neighbourhood_has_parent_city(gaz_dir):
    quarter = by_ref(read_entries(gaz_dir / "wof"))["wof:105"]
    assert (quarter.feature, quarter.parent) == ("neighbourhood", "Aleppo")


def test_import_wof_missing_admin1_taken_from_nearest_place(gaz_dir):
    assert by_ref(read_entries(gaz_dir / "wof"))["wof:301"].admin1 == "Hama"


def test_import_geonames_txt_uses_adm1_rows_and_skips_streams(gaz_dir):
    entries = by_ref(read_entries(gaz_dir / "SY.txt"))
    assert entries["gn:900011"].admin1 == "Aleppo"
    assert entries["gn:900012"].feature == "city"
    assert entries["gn:900014"].feature == "facility"
    assert "gn:900013" not in entries


def test_import_geonames_zip_equals_txt(gaz_dir, tmp_path):
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.write(gaz_dir / "SY.txt", "SY.txt")
    assert sorted(by_ref(read_entries(path))) == sorted(by_ref(read_entries(gaz_dir / "SY.txt")))


def test_import_geonames_malformed_line_is_a_clear_error(tmp_path):
    bad = tmp_path / "XX.txt"
    bad.write_text("1\tonly\tthree\n")
    with pytest.raises(GazetteerError, match="E503.*GeoNames dumps have 19"):
        list(read_entries(bad))


@pytest.mark.parametrize("name,ref,feature,parent", [
    ("ocha-neighbourhoods.csv", "ocha:N9001", "neighbourhood", "Aleppo"),
    ("ocha-neighbourhoods.csv", "ocha:N9002", "camp", "Aleppo"),
    ("iom-osm.csv", "iom:C9101", "locality", None),
    ("pcoded-nocoords.csv", "pcode:C9201", "locality", None),
    ("generic.csv", "csv:generic:g1", "locality", None),
])
def test_import_csv_kinds_by_header(gaz_dir, name, ref, feature, parent):
    entry = by_ref(read_entries(gaz_dir / name))[ref]
    assert (entry.feature, entry.parent) == (feature, parent)


def test_import_csv_admin1_spelled_as_governorates_yaml(gaz_dir):
    assert by_ref(read_entries(gaz_dir / "generic.csv"))["csv:generic:g2"].admin1 == "Homs"


def test_import_csv_generic_alt_names_split(gaz_dir):
    assert by_ref(read_entries(gaz_dir / "generic.csv"))["csv:generic:g2"].alt_names == ("Shair gas field", "al-Sha'er")


def test_import_pcoded_list_has_no_coordinates(gaz_dir):
    entry = by_ref(read_entries(gaz_dir / "pcoded-nocoords.csv"))["pcode:C9201"]
    assert (entry.lat, entry.lon, entry.admin3) == (None, None, "Rasm Haram El-Imam")


def test_import_unknown_csv_header_is_a_clear_error(gaz_dir):
    with pytest.raises(GazetteerError, match="E503.*unknown CSV columns"):
        list(read_entries(gaz_dir / "bad-header.csv"))


@pytest.mark.parametrize("name,fmt", [("wof", "wof"), ("SY.txt", "geonames"), ("generic.csv", "csv")])
def test_import_detect_format(gaz_dir, name, fmt):
    assert detect_format(gaz_dir / name) == fmt


def test_import_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GazetteerError, match="E503.*no such file"):
        detect_format(tmp_path / "nope.csv")


def test_import_file_into_store_twice_replaces(gaz_dir):
    with Gazetteer() as gaz:
        first = import_file(gaz, gaz_dir / "iom-osm.csv")
        import_file(gaz, gaz_dir / "iom-osm.csv")
        assert (first.places, gaz.count()) == (2, 2)


def test_import_wof_flattened_csv(gaz_dir):
    entries = by_ref(read_entries(gaz_dir / "wof-places.csv"))
    kafr = entries["wof:501"]
    assert (kafr.source, kafr.admin1, "Kfar Saghir" in kafr.alt_names) == ("wof", "Aleppo", True)


def test_import_wof_csv_skips_deprecated_fills_admin1_marks_camps(gaz_dir):
    entries = by_ref(read_entries(gaz_dir / "wof-places.csv"))
    assert "wof:503" not in entries
    assert entries["wof:502"].admin1 == "Aleppo"
    assert entries["wof:504"].feature == "camp"
