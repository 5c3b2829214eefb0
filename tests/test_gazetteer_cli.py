"""`sitreps gazetteer import|download|info` and `sitreps lookup`, run in process."""
from __future__ import annotations

import functools
import http.server
import threading
import zipfile

import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.geocode.download import download_geonames, geonames_url
from sitreps.errors import GazetteerError

runner = CliRunner()


@pytest.fixture()
def db(tmp_path, gaz_dir):
    path = tmp_path / "g.db"
    result = runner.invoke(app, ["gazetteer", "import", str(gaz_dir / "wof"), str(gaz_dir / "ocha-neighbourhoods.csv"), "--gazetteer", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_cli_import_reports_each_file(db, gaz_dir, tmp_path):
    result = runner.invoke(app, ["gazetteer", "import", str(gaz_dir / "iom-osm.csv"), "--gazetteer", str(db)])
    assert result.exit_code == 0 and "iom-osm.csv\tcsv\t2 places" in result.output


def test_cli_import_bad_file_is_a_readable_error(tmp_path, gaz_dir):
    result = runner.invoke(app, ["gazetteer", "import", str(gaz_dir / "bad-header.csv"), "--gazetteer", str(tmp_path / "g.db")])
    assert result.exit_code == 2 and "E503" in result.output


def test_cli_info_counts_sources(db):
    result = runner.invoke(app, ["gazetteer", "info", "--gazetteer", str(db)])
    assert result.exit_code == 0
    assert "source ocha: 3" in result.output and "source wof:" in result.output


def test_cli_info_env_variable_chooses_the_database(db):
    result = runner.invoke(app, ["gazetteer", "info"], env={"SITREPS_GAZETTEER": str(db)})
    assert f"gazetteer: {db}" in result.output


def test_cli_lookup_transliterated_name(db):
    result = runner.invoke(app, ["lookup", "Kafr Sakeer", "--admin1", "Aleppo", "--gazetteer", str(db)])
    assert result.exit_code == 0 and result.output.startswith("Kafr Saghir\t36.29\t37.26\tAleppo")


def test_cli_lookup_admin1_chooses_between_namesakes(db):
    result = runner.invoke(app, ["lookup", "Kafr Saghir", "--admin1", "Hama", "--gazetteer", str(db)])
    assert "\tHama\t" in result.output.splitlines()[0]


def test_cli_lookup_unknown_name_says_unresolved(db):
    result = runner.invoke(app, ["lookup", "Qzxw Vvv", "--gazetteer", str(db)])
    assert result.exit_code == 0 and "UNRESOLVED" in result.output


def test_cli_lookup_missing_gazetteer_is_a_readable_error(tmp_path):
    result = runner.invoke(app, ["lookup", "Aleppo", "--gazetteer", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "E502" in result.output


@pytest.fixture()
def geonames_server(tmp_path, gaz_dir):
    """A loopback HTTP server holding SY.zip built from the fixture dump."""
    root = tmp_path / "mirror"
    root.mkdir()
    with zipfile.ZipFile(root / "SY.zip", "w") as z:
        z.write(gaz_dir / "SY.txt", "SY.txt")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_cli_download_geonames_from_a_mirror(geonames_server, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    result = runner.invoke(app, ["gazetteer", "download", "geonames", "SY", "--url-base", geonames_server,
                                 "--gazetteer", str(tmp_path / "g.db")])
    assert result.exit_code == 0, result.output
    assert "geonames\t5 places" in result.output


def test_download_geonames_writes_the_zip(geonames_server, tmp_path):
    path = download_geonames("sy", url_base=geonames_server, dest_dir=tmp_path / "dl")
    assert path.name == "SY.zip" and zipfile.is_zipfile(path)


def test_download_missing_file_is_a_clear_error(geonames_server, tmp_path):
    with pytest.raises(GazetteerError, match="E503.*download failed"):
        download_geonames("XX", url_base=geonames_server, dest_dir=tmp_path)
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("country", ["S", "SYR", "1x"])
def test_download_country_must_be_two_letters(country):
    with pytest.raises(GazetteerError, match="two-letter"):
        geonames_url(country)


def test_cli_download_unknown_source(tmp_path):
    result = runner.invoke(app, ["gazetteer", "download", "osm", "SY", "--gazetteer", str(tmp_path / "g.db")])
    assert result.exit_code == 2 and "only 'geonames'" in result.output


def test_cli_env_gazetteer_missing_is_created_from_builtin(tmp_path):
    path = tmp_path / "fresh.db"
    result = runner.invoke(app, ["gazetteer", "info"], env={"SITREPS_GAZETTEER": str(path)})
    assert result.exit_code == 0 and path.exists() and "coarse: built-in towns only" in result.output
