"""Pipeline: one outcome per document, in order, failures as records; runs into a store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps.model import Event, RawDocument, ReadError
from sitreps.pipeline import (
    number_events, outcome_document, process, process_documents, raw_hash, read_error_hash,
    read_error_outcome, run,
)
from sitreps.store import Store

REPORT = ("Syrian army units regained control of the village of Tal Rifaat in Northern Aleppo "
          "on Monday after clashes with ISIL militants, a military source said. "
          "At least 12 militants were killed in the fighting.")
OTHER = ("Russian warplanes struck positions of al-Nusra Front near the town of Saraqib in "
         "Idlib province on Sunday, killing at least seven militants, field sources said.")


def _write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def _doc(doc_id, text, published="2016-02-16"):
    return {"id": doc_id, "text": text, "published": published, "outlet": "Example News"}


def test_pipeline_number_events_gives_stable_ids():
    events = [Event(doc_id="x", event_type="Battles", sub_event_type="Armed clash") for _ in range(3)]
    assert [e.event_id for e in number_events("doc-7", events)] == ["doc-7-e01", "doc-7-e02", "doc-7-e03"]


def test_pipeline_raw_hash_depends_on_content_only():
    a = RawDocument(id="a", text="same words", origin="a.txt")
    b = RawDocument(id="b", text="same words", origin="b.txt", outlet="X")
    assert raw_hash(a) == raw_hash(b) != raw_hash(RawDocument(id="a", text="other"))


def test_pipeline_read_error_outcome_keeps_code_and_message():
    error = ReadError(id="bad", origin="bad.bin", code="E102", message="[E102] binary file (not text): NUL bytes")
    outcome = read_error_outcome(error)
    assert (outcome.status, outcome.error_code, outcome.content_hash) == ("error", "E102", read_error_hash(error))


def test_pipeline_read_error_stored_as_stub_document():
    outcome = read_error_outcome(ReadError(id="bad", origin="bad.bin", code="E102", message="m"))
    doc = outcome_document(outcome)
    assert (doc.id, doc.origin, doc.raw, doc.text) == ("bad", "bad.bin", "", "")


def test_pipeline_skip_does_no_work():
    raws = [RawDocument(id=f"d{i}", text=f"text {i}", origin="x") for i in range(3)]
    outcomes = list(process_documents(raws, workers=1, skip=lambda raw: True))
    assert [(o.doc_id, o.status) for o in outcomes] == [("d0", "skipped"), ("d1", "skipped"), ("d2", "skipped")]


@pytest.mark.model
def test_pipeline_bad_input_is_one_record_and_batch_goes_on(tmp_path):
    (tmp_path / "a_binary.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    (tmp_path / "b_report.txt").write_text(REPORT, encoding="utf-8")
    outcomes = list(process([str(tmp_path)], workers=1))
    assert [(o.doc_id, o.status) for o in outcomes] == [("a_binary", "error"), ("b_report", "ok")]


@pytest.mark.model
def test_pipeline_extracts_events_with_stable_ids(tmp_path):
    path = _write_jsonl(tmp_path / "docs.jsonl", [_doc("r1", REPORT)])
    [outcome] = list(process([path], workers=1))
    assert outcome.events and outcome.events[0].event_id == "r1-e01"


@pytest.mark.model
def test_pipeline_non_english_document_is_an_error_record(tmp_path):
    text = ("Die syrische Armee hat am Montag die Kontrolle über das Dorf zurückgewonnen, "
            "sagte eine Quelle. Die Kämpfe dauerten den ganzen Tag und die Nacht über an.")
    path = _write_jsonl(tmp_path / "docs.jsonl", [_doc("de", text)])
    [outcome] = list(process([path], workers=1))
    assert (outcome.status, outcome.error_code) == ("error", "E202")


@pytest.mark.model
@pytest.mark.slow
def test_pipeline_pool_keeps_input_order_and_matches_in_process(tmp_path):
    docs = [_doc(f"d{i}", REPORT if i % 2 else OTHER) for i in range(6)]
    docs += [_doc("empty", "   ")]
    path = _write_jsonl(tmp_path / "docs.jsonl", docs)
    serial = [(o.doc_id, o.status, [e.to_dict() for e in o.events]) for o in process([path], workers=1)]
    pooled = [(o.doc_id, o.status, [e.to_dict() for e in o.events]) for o in process([path], workers=2)]
    assert pooled == serial


@pytest.mark.model
def test_run_second_time_adds_nothing(tmp_path):
    path = _write_jsonl(tmp_path / "docs.jsonl", [_doc("r1", REPORT), _doc("r2", OTHER)])
    with Store.open(tmp_path / "r.db") as store:
        first = run([path], store=store, workers=1)
        second = run([path], store=store, workers=1)
    assert (first.new, second.new, second.skipped, second.events) == (2, 0, 2, 0)


@pytest.mark.model
def test_run_duplicate_content_stored_once(tmp_path):
    path = _write_jsonl(tmp_path / "docs.jsonl", [_doc("r1", REPORT), _doc("r1-copy", REPORT)])
    with Store.open(tmp_path / "r.db") as store:
        report = run([path], store=store, workers=1)
        assert (report.new, report.skipped, len(list(store.documents()))) == (1, 1, 1)


@pytest.mark.model
def test_run_reused_id_with_other_content_gets_derived_id(tmp_path):
    path = _write_jsonl(tmp_path / "docs.jsonl", [_doc("r1", REPORT), _doc("r1", OTHER)])
    with Store.open(tmp_path / "r.db") as store:
        run([path], store=store, workers=1)
        ids = [d.id for d in store.documents()]
        event_ids = [e.event_id for e in store.events()]
    assert ids[0] == "r1" and ids[1].startswith("r1-") and len(set(event_ids)) == len(event_ids)


@pytest.mark.model
def test_run_failed_document_counted_and_stored_as_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    with Store.open(tmp_path / "r.db") as store:
        report = run([str(tmp_path)], store=store, workers=1)
        statuses = {d.id: (d.status, d.error_code) for d in store.documents()}
    assert (report.failed, report.errors[0][:2], statuses["empty"]) == (1, ("empty", "E103"), ("error", "E103"))


@pytest.mark.model
def test_run_retry_errors_processes_failed_documents_again(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with Store.open(tmp_path / "r.db") as store:
        run([str(tmp_path)], store=store, workers=1)
        again = run([str(tmp_path)], store=store, workers=1)
        retried = run([str(tmp_path)], store=store, workers=1, retry_errors=True)
    assert (again.skipped, again.failed, retried.failed) == (1, 0, 1)


@pytest.mark.model
@pytest.mark.postgres
def test_run_into_postgresql_second_time_adds_nothing(tmp_path, postgres_url):
    path = _write_jsonl(tmp_path / "docs.jsonl", [_doc("r1", REPORT), _doc("r2", OTHER)])
    with Store.open(postgres_url) as store:
        first = run([path], store=store, workers=1)
        second = run([path], store=store, workers=1)
    assert (first.new, second.new, second.skipped) == (2, 0, 2)


@pytest.mark.model
@pytest.mark.slow
def test_pipeline_pool_survives_a_killed_worker(caplog):
    import multiprocessing
    import os
    import signal

    raws = [RawDocument(id=f"d{i:02d}", text=f"{REPORT if i % 2 else OTHER} Report {i}.", published="2016-02-16",
                        origin="test") for i in range(24)]
    outcomes = process_documents(raws, workers=2)
    first = next(outcomes)
    os.kill(multiprocessing.active_children()[0].pid, signal.SIGKILL)
    rest = list(outcomes)
    assert [o.doc_id for o in [first, *rest]] == [r.id for r in raws]
    assert "error" not in {o.status for o in [first, *rest]}
    assert "a worker process died" in caplog.text


def test_pipeline_one_path_as_a_string_is_one_input(tmp_path):
    missing = str(tmp_path / "missing.txt")
    assert [(o.doc_id, o.error_code) for o in process(missing, workers=1)] == [("missing", "E101")]


EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "sitreps" / "examples"


@pytest.fixture(scope="module")
def example_outcomes():
    return list(process([str(EXAMPLES)], workers=1))


@pytest.mark.model
def test_pipeline_every_bundled_example_yields_events(example_outcomes):
    assert [(o.doc_id, o.status) for o in example_outcomes if not o.events] == []


@pytest.mark.model
def test_pipeline_evidence_points_into_the_raw_text(example_outcomes):
    wrong = [(e.event_id, s.start) for o in example_outcomes for e in o.events for s in e.evidence
             if o.document.raw[s.start:s.end] != s.text]
    assert wrong == []
