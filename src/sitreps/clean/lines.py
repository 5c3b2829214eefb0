"""Lines of a raw text as (start, end) slices, and the tests rules ask of a line.

Every line keeps its exact raw offsets with surrounding whitespace trimmed by
slicing, so whatever the cleaner keeps can be mapped back to the raw text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Whitespace trimmed from both ends of a line: spaces, tabs, CR, NBSP, zero-width.
TRIM = " \t\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_SPACES = re.compile(r"[\s\u00a0\u200b\ufeff]+")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
# A line that ends like a sentence (period, question, exclamation, closing quote).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$|[\"”’]$")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with into over near via vs".split())


@dataclass(frozen=True)
class Line:
    """One non-blank line: raw offsets of its trimmed text and the text itself."""

    index: int          # position among all lines of the raw text
    start: int
    end: int
    text: str
    blank_before: bool  # a blank line (or the start of the text) precedes it

    @property
    def key(self) -> str:
        """Comparison key: case, NBSP and runs of whitespace ignored."""
        return _SPACES.sub(" ", self.text).strip().casefold()


def split_lines(raw: str) -> list[Line]:
    """The non-blank lines of `raw`, trimmed by slicing (offsets stay exact)."""
    lines: list[Line] = []
    pos = 0
    blank = True
    for index, chunk in enumerate(raw.split("\n")):
        left = len(chunk) - len(chunk.lstrip(TRIM))
        right = len(chunk.rstrip(TRIM))
        if right > left:
            lines.append(Line(index, pos + left, pos + right, chunk[left:right], blank))
            blank = False
        else:
            blank = True
        pos += len(chunk) + 1
    return lines


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence, not like a headline or a label."""
    return bool(_SENTENCE_END.search(text))


def is_headline_like(text: str, *, min_words: int = 4, max_words: int = 25) -> bool:
    """Title case, headline length, no sentence-final punctuation."""
    words = _WORD.findall(text)
    if not min_words <= len(words) <= max_words or ends_sentence(text):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    return bool(content) and capitalised >= 0.6 * len(content)


def word_count(text: str) -> int:
    """Words in `text`, counted as rules count them (numbers are not words)."""
    return len(_WORD.findall(text))
