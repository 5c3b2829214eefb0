"""Kept lines to paragraphs, and paragraphs to the clean text with its offset map.

A paragraph is one contiguous slice of the raw text, so any span inside it maps
back exactly; paragraphs are joined by a blank line. Lines hard-wrapped inside
one paragraph are joined by keeping the raw slice that spans them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import OffsetMap
from .lines import Line, ends_sentence, is_headline_like

SEPARATOR = "\n\n"
# A line at least this long that ends mid-sentence is taken as hard-wrapped.
MIN_WRAPPED_LENGTH = 60


@dataclass(frozen=True)
class Paragraph:
    """A raw slice [start, end) kept as one paragraph."""

    start: int
    end: int


def group_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Consecutive kept lines form one paragraph only when the first was hard-wrapped."""
    paragraphs: list[Paragraph] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None and _continues(previous, line):
            paragraphs[-1] = Paragraph(paragraphs[-1].start, line.end)
        else:
            paragraphs.append(Paragraph(line.start, line.end))
        previous = line
    return paragraphs


def _continues(previous: Line, line: Line) -> bool:
    """True when `line` carries on the sentence `previous` broke off."""
    if line.blank_before or line.index != previous.index + 1 or ends_sentence(previous.text):
        return False
    if line.text[:1].islower():
        return True
    return len(previous.text) >= MIN_WRAPPED_LENGTH and not is_headline_like(previous.text)


def split_off(paragraph: Paragraph, raw: str, length: int) -> list[Paragraph]:
    """Split a paragraph after its first `length` characters (e.g. a run-in headline)."""
    cut = paragraph.start + length
    rest = cut
    while rest < paragraph.end and raw[rest] in " \t.:-–—|\u00a0":
        rest += 1
    if rest >= paragraph.end:
        return [paragraph]
    return [Paragraph(paragraph.start, cut), Paragraph(rest, paragraph.end)]


def assemble(raw: str, paragraphs: Sequence[Paragraph]) -> tuple[str, OffsetMap]:
    """The clean text (paragraphs joined by a blank line) and its map to raw offsets."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    position = 0
    for paragraph in paragraphs:
        if parts:
            parts.append(SEPARATOR)
            position += len(SEPARATOR)
        length = paragraph.end - paragraph.start
        segments.append((position, paragraph.start, length))
        parts.append(raw[paragraph.start:paragraph.end])
        position += length
    return "".join(parts), OffsetMap(segments)
