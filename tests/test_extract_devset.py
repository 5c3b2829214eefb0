"""The dev set (../shared/eval): extraction scored with the shared scorer, with the
Who's On First gazetteer imported, must stay above the floor measured when the
extractor was tuned (docs/BENCHMARKS.md)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from sitreps.clean import clean_document
from sitreps.extract import extract_events
from sitreps.geocode import load_geocoder
from sitreps.geocode.importers import import_file
from sitreps.geocode.store import Gazetteer
from sitreps.model import ReadError
from sitreps.read import read_inputs

F1_FLOOR = 0.72
ACTORS_FLOOR = 0.85

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def extracted(shared, tmp_path_factory):
    """(document, events) for each dev-set article, with the WOF gazetteer."""
    db = tmp_path_factory.mktemp("gaz") / "wof.db"
    with Gazetteer(str(db)) as gaz:
        for name in ("whosonfirst-data-admin-sy_2db0f03b9f9d_data.tar.gz", "ocha-city-neighbourhoods.csv"):
            import_file(gaz, shared / "gazetteer" / name)
    geocoder = load_geocoder(str(db))
    out = []
    for raw in read_inputs([str(shared / "eval" / "seeds.docs.jsonl")]):
        assert not isinstance(raw, ReadError)
        doc = clean_document(raw)
        out.append((doc, extract_events(doc, geocoder=geocoder)))
    return out


@pytest.fixture(scope="module")
def scored(shared, extracted):
    preds = [e.to_dict() for _, events in extracted for e in events]
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = [json.loads(line) for line in open(shared / "eval" / "seeds.gold.jsonl", encoding="utf-8")]
    return score.score(gold, json.loads(json.dumps(preds, default=str)))


def test_extract_devset_event_f1_stays_above_floor(scored):
    assert scored["f1"] >= F1_FLOOR


def test_extract_devset_actor_accuracy_stays_above_floor(scored):
    assert scored["accuracy_on_matches"]["actors"] >= ACTORS_FLOOR


def test_extract_devset_evidence_is_the_raw_text_at_its_offsets(extracted):
    for doc, events in extracted:
        for e in events:
            for ev in e.evidence:
                assert doc.raw[ev.start:ev.end] == ev.text
