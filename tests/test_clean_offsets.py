"""The offset map: every span inside a clean paragraph maps back to the same raw text."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from sitreps.clean import clean_document
from sitreps.model import Document, RawDocument

FIXTURE_NAMES = ["sputnik_like.txt", "digest_like.txt", "wire_like.txt", "agency_like.txt"]


def cleaned(fixtures: Path, name: str) -> Document:
    text = (fixtures / "clean" / name).read_text(encoding="utf-8")
    return clean_document(RawDocument(id=name, text=text))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def random_spans(text: str, count: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    out = []
    for start, end in paragraph_spans(text):
        for _ in range(count):
            a = rng.randint(start, end)
            out.append((a, rng.randint(a, end)))
    return out


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_offsets_random_spans_map_back_exactly(fixtures: Path, name: str) -> None:
    doc = cleaned(fixtures, name)
    for a, b in random_spans(doc.text, 25, seed=7):
        start, end = doc.offsets.span_to_raw(a, b)
        assert doc.raw[start:end] == doc.text[a:b]


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_offsets_whole_paragraphs_map_back_exactly(fixtures: Path, name: str) -> None:
    doc = cleaned(fixtures, name)
    for a, b in paragraph_spans(doc.text):
        start, end = doc.offsets.span_to_raw(a, b)
        assert doc.raw[start:end] == doc.text[a:b]


def test_offsets_hold_after_cut_stamp_and_split_title() -> None:
    raw = "Sun 22 Feb 2015 Blast kills four in Jableh. A car bomb killed four people in the town of Jableh on Sunday, state media said."
    doc = clean_document(RawDocument(id="t", text=raw, title="Blast kills four in Jableh"))
    for a, b in paragraph_spans(doc.text):
        start, end = doc.offsets.span_to_raw(a, b)
        assert doc.raw[start:end] == doc.text[a:b]


def test_offsets_point_into_the_raw_text_not_the_clean_text(fixtures: Path) -> None:
    doc = cleaned(fixtures, "sputnik_like.txt")
    a = doc.text.index("Meanwhile")
    assert doc.offsets.to_raw(a) == doc.raw.index("Meanwhile")
