"""Kept lines to paragraphs, and paragraphs to the clean text with its offset map.

A paragraph is one contiguous slice of the raw text, so any span inside it maps
back exactly; paragraphs are joined by a blank line. Lines hard-wrapped inside
one paragraph are joined by keeping the raw slice that spans them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import OffsetMap
from .lines import Line, ends_sentence

SEPARATOR = "\n\n"
# Hard-wrapped text: lines end within WRAP_SLACK characters of a width of at
# most MAX_WRAP_WIDTH.
WRAP_SLACK, MAX_WRAP_WIDTH = 15, 100


@dataclass(frozen=True)
class Paragraph:
    """A raw slice [start, end) kept as one paragraph."""

    start: int
    end: int


def group_paragraphs(lines: Sequence[Line], *, wrapped: bool = True, headline: Line | None = None
                     ) -> list[Paragraph]:
    """Consecutive kept lines form one paragraph only when the first was hard-wrapped.

    `wrapped=False` (text extracted from HTML: one line per paragraph) never joins;
    the headline line is never joined to what follows.
    """
    width = wrap_width(lines) if wrapped else None
    paragraphs: list[Paragraph] = []
    previous: Line | None = None
    for line in lines:
        if wrapped and previous is not None and previous != headline and _continues(previous, line, width):
            paragraphs[-1] = Paragraph(paragraphs[-1].start, line.end)
        else:
            paragraphs.append(Paragraph(line.start, line.end))
        previous = line
    return paragraphs


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are not wrapped.

    Wrapped text has most of its long lines ending within WRAP_SLACK characters
    of one width (at most MAX_WRAP_WIDTH); scraped text has one line per paragraph.
    """
    lengths = [len(line.text) for line in lines if len(line.text) >= 40]
    if len(lengths) < 3:
        return None
    width = max(lengths)
    near = sum(1 for n in lengths if n >= width - WRAP_SLACK)
    return width if width <= MAX_WRAP_WIDTH and near >= 0.6 * len(lengths) else None


def _continues(previous: Line, line: Line, width: int | None) -> bool:
    """True when `line` carries on the sentence `previous` broke off."""
    if line.blank_before or line.index != previous.index + 1 or ends_sentence(previous.text):
        return False
    if line.text[:1].islower():
        return True
    return width is not None and len(previous.text) >= width - WRAP_SLACK


def split_off(paragraph: Paragraph, raw: str, length: int) -> list[Paragraph]:
    """Split a paragraph after its first `length` characters (e.g. a run-in headline)."""
    cut = paragraph.start + length
    rest = cut
    while rest < paragraph.end and (raw[rest].isspace() or raw[rest] in ".:-–—|"):
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
