"""A `sitreps run` killed with SIGKILL mid-run, then restarted, ends exactly like an
uninterrupted run: no duplicate, no lost document.

Real processes on 40 FA-KES articles written to a temporary CSV.
"""
from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]

SUBSET = 40
KILL_AFTER_DOCUMENTS = 3


def _sitreps() -> list[str]:
    exe = Path(sys.executable).with_name("sitreps")
    return [str(exe)] if exe.exists() else ["sitreps"]


@pytest.fixture(scope="module")
def subset_csv(shared, tmp_path_factory) -> Path:
    """The first 40 rows of the FA-KES dump, as a CSV of their own."""
    source = shared / "data" / "FA-KES-Dataset.csv"
    if not source.exists():
        pytest.skip(f"{source} is absent")
    path = tmp_path_factory.mktemp("resume") / "fakes40.csv"
    with open(source, encoding="utf-8", newline="") as fin, open(path, "w", encoding="utf-8", newline="") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, fieldnames=reader.fieldnames)
        writer.writeheader()
        for _, row in zip(range(SUBSET), reader):
            writer.writerow(row)
    return path


def _env(csv_path: Path) -> dict[str, str]:
    """Both runs geocode with the same private built-in gazetteer, whatever the user's holds."""
    return dict(os.environ, SITREPS_GAZETTEER=str(csv_path.with_name("gazetteer.db")))


def _run(csv_path: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(_sitreps() + ["run", str(csv_path), "--db", str(db), "--workers", "2"],
                          capture_output=True, text=True, timeout=600, env=_env(csv_path))


def _documents_stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:      # not created yet
        return 0


def _kill_mid_run(csv_path: Path, db: Path) -> int:
    """Start a run, SIGKILL its whole process group once some documents are stored."""
    proc = subprocess.Popen(_sitreps() + ["run", str(csv_path), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env=_env(csv_path))
    deadline = time.monotonic() + 300
    try:
        while _documents_stored(db) < KILL_AFTER_DOCUMENTS and proc.poll() is None:
            if time.monotonic() > deadline:
                pytest.fail("the run stored nothing within 300 s")
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return _documents_stored(db)


def _contents(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": sorted(conn.execute(
                "select id, content_hash, status, error_code from documents").fetchall()),
            "events": sorted(conn.execute(
                "select event_id, doc_id, event_type, sub_event_type, event_date, location, fatalities "
                "from events").fetchall()),
            "evidence": sorted(conn.execute('select event_id, start, "end", text from evidence').fetchall()),
        }


@pytest.fixture(scope="module")
def reference_db(subset_csv) -> Path:
    """The database of one uninterrupted run."""
    db = subset_csv.with_name("reference.db")
    assert _run(subset_csv, db).returncode in (0, 1)
    return db


@pytest.fixture(scope="module")
def resumed(subset_csv) -> tuple[Path, int]:
    """A run SIGKILLed mid-way then restarted: (its database, documents stored at the kill)."""
    db = subset_csv.with_name("killed.db")
    stored_at_kill = _kill_mid_run(subset_csv, db)
    result = _run(subset_csv, db)
    assert result.returncode in (0, 1), result.stderr
    return db, stored_at_kill


def test_run_sigkill_lands_mid_run(resumed):
    assert 0 < resumed[1] < SUBSET


def test_run_killed_and_resumed_equals_uninterrupted(resumed, reference_db):
    assert _contents(resumed[0]) == _contents(reference_db)


def test_run_resumed_database_has_no_duplicate_rows(resumed):
    with sqlite3.connect(resumed[0]) as conn:
        docs, hashes = conn.execute("select count(*), count(distinct content_hash) from documents").fetchone()
        spans, distinct = conn.execute(
            'select count(*), count(distinct event_id || ":" || start || ":" || "end") from evidence').fetchone()
    assert (docs, spans) == (hashes, distinct)
