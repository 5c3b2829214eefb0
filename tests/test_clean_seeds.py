"""The five real seed articles: debris gone, every reporting paragraph and header kept."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from sitreps.clean import clean_document
from sitreps.model import Document, RawDocument
from sitreps.read import read_inputs

pytestmark = pytest.mark.shared

DEBRIS = [
    "Listen Live", "Get short URL", "Back to top button", "Leave a Reply", "Connecting to %s",
    "You are commenting using", "string(", "Community standards", "Comment via", "00:00 GMT",
    "219-11", "Middle East\n", "airstrikes, offensive, militants", "Google+ photo",
    '"contenttypeid"',
]
HEADERS = {"001": ["Deir Ezzur"], "003": ["Deir Ezzur"], "004": ["Deir Ezzur-Quneitra"]}
MIN_WORDS = 12


# A wire dateline opening a paragraph ("(FNA)- "), cut by the cleaner.
WIRE_DATELINE = re.compile(r"^[A-Z ,]*\([A-Za-z]+\)\s*[-–—]\s*")


def _space(text: str) -> str:
    return " ".join(text.split())


def seed_documents(shared: Path) -> list[tuple[str, RawDocument]]:
    """The seeds as files and as JSONL records, keyed by seed number."""
    out = []
    for raw in read_inputs([str(shared / "seeds"), str(shared / "eval" / "seeds.docs.jsonl")]):
        assert isinstance(raw, RawDocument), raw
        number = re.search(r"(\d{3})", raw.id).group(1)
        out.append((number, raw))
    return out


def reporting_lines(raw: str) -> list[str]:
    """Lines of at least MIN_WORDS words printed once, outside the comment form, and
    not marked as a file photo."""
    raw = raw.split("Leave a Reply")[0]
    lines = [_space(line) for line in raw.splitlines() if line.strip()]
    counts = Counter(lines)
    return [line for line in lines if len(line.split()) >= MIN_WORDS and counts[line] == 1
            and not line.endswith("(File)") and not line.startswith('string(')]


@pytest.fixture(scope="module")
def seeds(shared: Path) -> list[tuple[str, RawDocument, Document]]:
    return [(n, raw, clean_document(raw)) for n, raw in seed_documents(shared)]


def test_seeds_all_ten_read(seeds) -> None:
    assert len(seeds) == 10


def test_seeds_no_debris_left(seeds) -> None:
    for number, _, doc in seeds:
        for debris in DEBRIS:
            assert debris not in doc.text, (number, debris)


def test_seeds_every_reporting_paragraph_kept(seeds) -> None:
    for number, raw, doc in seeds:
        clean = _space(doc.text)
        for line in reporting_lines(raw.text):
            assert WIRE_DATELINE.sub("", line) in clean, (number, line[:80])


def test_seeds_repeated_caption_dropped(seeds) -> None:
    doc = next(doc for number, _, doc in seeds if number == "000")
    assert "patrol the countryside of Deir Hafer" not in doc.text


def test_seeds_related_headlines_dropped(seeds) -> None:
    doc = next(doc for number, _, doc in seeds if number == "000")
    assert "Syrian Army Destroys Terrorists' Tunnel in Damascus" not in doc.text


def test_seeds_repeated_headline_kept_once_as_title(seeds) -> None:
    for number, _, doc in seeds:
        assert doc.title, number
        assert _space(doc.text).count(doc.title) == 1, number


def test_seeds_section_headers_survive_as_paragraphs(seeds) -> None:
    for number, _, doc in seeds:
        paragraphs = doc.text.split("\n\n")
        for header in HEADERS.get(number, []):
            assert header in paragraphs, (number, header)


def test_seeds_offsets_map_back(seeds) -> None:
    for _, _, doc in seeds:
        start = 0
        for part in doc.text.split("\n\n"):
            a, b = doc.offsets.span_to_raw(start, start + len(part))
            assert doc.raw[a:b] == part
            start += len(part) + 2


def test_seed_000_date_is_2015_not_the_page_clock(seeds) -> None:
    docs = [doc for number, raw, doc in seeds if number == "000" and raw.url]
    assert docs and all(doc.published == date(2015, 12, 9) for doc in docs)


def test_seed_000_file_without_url_is_estimated_in_2015_not_from_its_clock(seeds) -> None:
    doc = next(doc for number, raw, doc in seeds if number == "000" and not raw.url)
    assert doc.published_source == "weekday"
    assert date(2015, 12, 2) < doc.published <= date(2015, 12, 9)


def test_seed_002_dateline_wins(seeds) -> None:
    for number, _, doc in seeds:
        if number == "002":
            assert (doc.published, doc.published_source) == (date(2016, 3, 21), "dateline")


def test_seed_004_outlet_from_dateline_when_no_metadata(seeds) -> None:
    doc = next(doc for number, raw, doc in seeds if number == "004" and not raw.outlet)
    assert (doc.outlet, doc.outlet_source) == ("FNA", "dateline")
