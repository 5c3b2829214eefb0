"""Real FA-KES articles (../shared): all clean, offsets exact, datelines beat wrong metadata."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitreps.clean import clean_document
from sitreps.model import Document, RawDocument
from sitreps.read import read_inputs

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def fakes(shared: Path) -> list[Document]:
    raws = list(read_inputs([str(shared / "data" / "FA-KES-Dataset.csv")]))
    assert all(isinstance(r, RawDocument) for r in raws)
    return [clean_document(r) for r in raws]


@pytest.fixture(scope="module")
def fakes40(shared: Path) -> dict[str, Document]:
    return {r.id: clean_document(r) for r in read_inputs([str(shared / "eval" / "fakes40.docs.jsonl")])}


def test_fakes_all_804_clean_as_english(fakes) -> None:
    assert len(fakes) == 804 and all(d.language == "en" and d.text for d in fakes)


def test_fakes_every_paragraph_maps_back_exactly(fakes) -> None:
    for doc in fakes:
        start = 0
        for part in doc.text.split("\n\n"):
            a, b = doc.offsets.span_to_raw(start, start + len(part))
            assert doc.raw[a:b] == part, doc.id
            start += len(part) + 2


def test_fakes_widgets_gone(fakes) -> None:
    for doc in fakes:
        for debris in ("Get short URL", "Community standards", "Comment via Facebook"):
            assert debris not in doc.text, (doc.id, debris)


def test_fakes_every_document_has_a_date(fakes) -> None:
    assert all(d.published for d in fakes)


@pytest.mark.parametrize("doc_id, expected", [
    ("fakes-022", date(2016, 9, 23)),   # "Published September 23 2016", metadata 2016-09-14
    ("fakes-024", date(2016, 10, 12)),  # "Wed Oct 12 2016", metadata 2016-10-16
    ("fakes-017", date(2016, 8, 17)),   # "17-08-2016", metadata 2016-08-01
    ("fakes-035", date(2017, 4, 9)),    # "Last updated at Apr 092017", metadata 2017-04-14
])
def test_fakes40_dateline_beats_contradicting_metadata(fakes40, doc_id: str, expected: date) -> None:
    doc = fakes40[doc_id]
    assert (doc.published, doc.published_source) == (expected, "dateline")
    assert doc.date_conflicts and doc.date_conflicts[0].startswith("metadata ")


def test_fakes40_agreeing_sources_report_no_conflict(fakes40) -> None:
    doc = fakes40["fakes-009"]
    assert (doc.published, doc.date_conflicts) == (date(2016, 7, 5), [])
