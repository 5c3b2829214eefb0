"""CLI: every command documented; thin commands with readable errors and exit codes.

Commands run in process with typer's CliRunner against real SQLite files.
"""
from __future__ import annotations

import json

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.store import Store

runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)


def _invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def filled_db(tmp_path, make_document, make_events):
    path = tmp_path / "results.db"
    with Store.open(path) as store:
        store.save(make_document(), make_events(n=2), status="ok")
        store.save(make_document("doc-2", text="x"), make_events("doc-2", n=1, located=False), status="ok")
        store.save(make_document("doc-3", text="y"), status="error", error=("E201", "[E201] nothing left"))
    return path


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_every_command_has_help_text(name):
    command = get_command(app).commands[name]
    assert command.help and command.help.strip(), f"`sitreps {name}` has no help text"


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_every_parameter_has_help_text(name):
    command = get_command(app).commands[name]
    undocumented = [p.name for p in getattr(command, "params", []) if p.name != "help" and not p.help]
    assert undocumented == []


@pytest.mark.parametrize("name", ["extract", "run", "export", "stats"])
def test_cli_core_commands_registered(name):
    assert name in COMMANDS


def test_cli_stats_json(filled_db):
    result = _invoke("stats", "--db", str(filled_db), "--json")
    assert (result.exit_code, json.loads(result.stdout)["documents_by_status"]) == (0, {"ok": 2, "error": 1})


def test_cli_stats_tables_name_the_counts(filled_db):
    result = _invoke("stats", "--db", str(filled_db))
    assert result.exit_code == 0
    assert "3 documents, 3 events" in result.stdout
    assert "Events by governorate" in result.stdout and "Idleb" in result.stdout


@pytest.mark.parametrize("fmt, suffix", [("acled-csv", "csv"), ("jsonl", "jsonl"), ("geojson", "geojson"),
                                          ("parquet", "parquet")])
def test_cli_export_writes_file(filled_db, tmp_path, fmt, suffix):
    out = tmp_path / f"events.{suffix}"
    result = _invoke("export", "--db", str(filled_db), "--format", fmt, "-o", str(out))
    assert (result.exit_code, out.exists()) == (0, True)


def test_cli_export_geojson_reports_left_out(filled_db, tmp_path):
    result = _invoke("export", "--db", str(filled_db), "--format", "geojson", "-o", str(tmp_path / "e.geojson"))
    assert "2 events" in result.stderr and "1 without coordinates left out" in result.stderr


def test_cli_export_unknown_format_is_readable(filled_db, tmp_path):
    result = _invoke("export", "--db", str(filled_db), "--format", "xlsx", "-o", str(tmp_path / "e.xlsx"))
    assert result.exit_code == 2
    assert "E504" in result.stderr and "Traceback" not in result.stderr


def test_cli_stats_unreachable_database_is_readable():
    result = _invoke("stats", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert (result.exit_code, "E501" in result.stderr) == (2, True)


def test_cli_extract_rejects_store_only_format(tmp_path):
    result = _invoke("extract", str(tmp_path), "--format", "parquet")
    assert (result.exit_code, "E504" in result.stderr) == (2, True)


def test_cli_extract_missing_input_is_an_error_record(tmp_path):
    missing = tmp_path / "missing.txt"
    result = _invoke("extract", str(missing), "--workers", "1")
    assert result.exit_code == 1
    assert "missing\tE101" in result.stderr


def test_cli_run_bad_csv_column_mapping():
    result = _invoke("run", "x.csv", "--db", "x.db", "--csv-column", "textbody")
    assert result.exit_code == 2 and "FIELD=COLUMN" in result.stderr


REPORT = ("Syrian army units regained control of the village of Tal Rifaat in Northern Aleppo "
          "on Monday after clashes with ISIL militants, a military source said.")


@pytest.fixture
def report_jsonl(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": REPORT, "published": "2016-02-16"}) + "\n", encoding="utf-8")
    return path


@pytest.mark.model
def test_cli_extract_jsonl_to_stdout(report_jsonl):
    result = _invoke("extract", str(report_jsonl), "--workers", "1")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert (result.exit_code, records[0]["event_id"]) == (0, "r1-e01")


@pytest.mark.model
def test_cli_extract_reads_jsonl_on_stdin(report_jsonl):
    result = runner.invoke(app, ["extract", "-", "--workers", "1"], input=report_jsonl.read_text())
    assert (result.exit_code, json.loads(result.stdout.splitlines()[0])["doc_id"]) == (0, "r1")


@pytest.mark.model
def test_cli_extract_geojson_file(report_jsonl, tmp_path):
    out = tmp_path / "events.geojson"
    result = _invoke("extract", str(report_jsonl), "--workers", "1", "--format", "geojson", "-o", str(out))
    assert (result.exit_code, json.loads(out.read_text())["type"]) == (0, "FeatureCollection")


@pytest.mark.model
def test_cli_run_twice_second_adds_nothing(report_jsonl, tmp_path):
    db = str(tmp_path / "r.db")
    first = _invoke("run", str(report_jsonl), "--db", db, "--workers", "1")
    second = _invoke("run", str(report_jsonl), "--db", db, "--workers", "1")
    assert first.stdout.startswith("1 new, 0 skipped, 0 failed")
    assert second.stdout.startswith("0 new, 1 skipped, 0 failed, 0 events")


@pytest.mark.model
def test_cli_run_exit_status_1_when_a_document_failed(report_jsonl, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = _invoke("run", str(report_jsonl), str(tmp_path / "empty.txt"), "--db", str(tmp_path / "r.db"),
                     "--workers", "1")
    assert (result.exit_code, "empty\tE103" in result.stderr) == (1, True)


@pytest.mark.model
def test_cli_run_with_broken_knowledge_stops_and_stores_no_error_records(report_jsonl, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    import shutil
    from importlib import resources

    shutil.copytree(resources.files("sitreps") / "knowledge" / "syria", tmp_path / "knowledge")
    (tmp_path / "knowledge" / "event_types.yaml").write_text("- not a mapping\n", encoding="utf-8")
    sitreps = Path(sys.executable).with_name("sitreps")
    db = tmp_path / "r.db"
    done = subprocess.run([str(sitreps), "run", str(report_jsonl), "--db", str(db), "--workers", "1"],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, SITREPS_KNOWLEDGE=str(tmp_path / "knowledge")))
    with Store.open(db) as store:
        stored = list(store.documents())
    assert (done.returncode, "E401" in done.stderr, stored) == (2, True, [])


@pytest.mark.model
def test_cli_run_csv_dump_with_column_mapping(tmp_path):
    import csv

    path = tmp_path / "dump.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["story", "ref", "day"])
        writer.writerow([REPORT, "x-1", "2016-02-16"])
    result = _invoke("run", str(path), "--db", str(tmp_path / "r.db"), "--workers", "1",
                     "--csv-column", "text=story", "--csv-column", "id=ref", "--csv-column", "published=day")
    with Store.open(tmp_path / "r.db") as store:
        ids = [d.id for d in store.documents()]
    assert (result.exit_code, ids) == (0, ["x-1"])


@pytest.mark.model
def test_cli_extract_events_go_to_stdout_when_stderr_is_a_terminal(report_jsonl):
    import os
    import pty
    import subprocess
    import sys
    from pathlib import Path

    leader, follower = pty.openpty()
    try:
        done = subprocess.run([str(Path(sys.executable).with_name("sitreps")), "extract", str(report_jsonl),
                               "--workers", "1"], stdout=subprocess.PIPE, stderr=follower, text=True, timeout=120)
    finally:
        os.close(follower)
        os.close(leader)
    assert json.loads(done.stdout.splitlines()[0])["event_id"] == "r1-e01"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_run_missing_gazetteer_is_readable(report_jsonl, tmp_path, workers):
    result = _invoke("run", str(report_jsonl), "--db", str(tmp_path / "r.db"), "--workers", workers,
                     "--gazetteer", str(tmp_path / "missing.db"))
    assert (result.exit_code, "E502" in result.stderr, "Traceback" in result.stderr) == (2, True, False)
