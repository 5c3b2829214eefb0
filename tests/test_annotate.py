"""Annotation: paragraphs, sentences, section breaks and the selective parse."""
from __future__ import annotations

import pytest

from golden.support import make_doc
from sitreps.annotate import annotate, negated_spans, split_paragraphs, split_sentences
from sitreps.model import Document, OffsetMap


def test_annotate_paragraph_offsets_slice_the_text():
    text = "  First para.\n\nSecond para here.\n\n\nThird."
    for p in split_paragraphs(text):
        assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("text, n", [
    ("The army advanced. Rebels retreated.", 2),
    ("Gen. Ali said the U.S. jets struck. Nothing else.", 2),
    ('"They fled," a source said. The army entered the town.', 2),
    ("Clashes erupted near Aleppo", 1),
])
def test_annotate_splits_sentences(text, n):
    assert len(split_sentences(text)) == n


def test_annotate_sentence_offsets_slice_the_text():
    doc = make_doc("Title\n\nThe army advanced on Monday. Rebels fled.\n\nMore news here.")
    for s in annotate(doc).sentences:
        assert doc.text[s.start:s.end] == s.text


@pytest.mark.parametrize("line, header", [("Deir Ezzur", True), ("Eastern Hama", True),
                                          ("The army advanced.", False), ("A long headline with many words in it here", False)])
def test_annotate_recognises_section_headers(line, header):
    assert split_paragraphs(line)[0].is_section_header is header


def test_annotate_marks_a_wide_raw_gap_as_a_new_section():
    raw = "One para.\n\nTwo para.\n\n\n\nThree para."
    clean = raw.replace("\n\n\n\n", "\n\n")
    cut = raw.index("Three")
    offsets = OffsetMap([(0, 0, 22), (22, cut, len(raw) - cut)])
    doc = Document(id="d", raw=raw, text=clean, offsets=offsets)
    assert [p.new_section for p in annotate(doc).paragraphs] == [False, False, True]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, negated", [
    ("The army did not capture the town.", "capture", True),
    ("No clashes were reported in the town.", "clashes", True),
    ("The army captured the town without losses.", "captured", False),
])
def test_annotate_parse_finds_negated_triggers(text, trigger, negated):
    start = text.index(trigger)
    assert negated_spans([text], [[(start, start + len(trigger))]]) == [[negated]]


def test_annotate_a_long_paragraph_ending_without_a_full_stop_is_not_a_heading():
    text = " ".join(["The army shelled the town and rebels answered with mortar fire."] * 4) + " (Source: Agencies)"
    assert not split_paragraphs(text)[0].is_heading
