"""Cutting debris out of the middle of a line (one-line scraped articles).

FA-KES-style dumps hold a whole article on one line, with share widgets and tag
runs in the middle. A cut splits the line into pieces, each kept as its own
paragraph, so every piece is still one exact raw slice.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from dataclasses import replace

from .lines import Line
from .rules import (AUXILIARIES, FUNCTION_WORDS, INLINE_RULES, MAX_TAG_WORDS, RESTART_FUNCTION_WORDS,
                    RESTART_WINDOW, STORY_OPENERS, TAG_RUN)

_TOKEN = re.compile(r"\S+")
# How many words of the lede must reappear to mark the story's restart (read
# from the line's first LEDE_CHARS characters).
LEDE_WORDS, LEDE_CHARS = 3, 200


def cut_inline(line: Line) -> list[Line]:
    """The pieces of `line` left once inline debris is cut out (the line itself if none)."""
    spans = sorted(_debris_spans(line.text))
    if not spans:
        return [line]
    pieces, position = [], 0
    for start, end in spans:
        if start > position:
            pieces.append(_piece(line, position, start, first=not pieces))
        position = max(position, end)
    if position < len(line.text):
        pieces.append(_piece(line, position, len(line.text), first=not pieces))
    return [p for p in pieces if p.text.strip()]


def _debris_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of inline debris in `text`."""
    lowered = text.lower()
    for rule in INLINE_RULES:
        if rule.needle not in lowered:
            continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end()
    for m in TAG_RUN.finditer(text):
        end = _tag_run_end(text, m.end())
        if end is not None:
            yield m.start(), end


def _tag_run_end(text: str, start: int) -> int | None:
    """Where the story restarts after a tag run beginning at `start`, else None.

    In order of preference: where the lede's first words reappear, a story
    opener ("At least", "The", a number) followed by prose, any capitalised word
    followed by prose, the full stop closing the tags.
    """
    lede = " ".join(text[:LEDE_CHARS].split()[:LEDE_WORDS])
    tokens = list(islice(_TOKEN.finditer(text, start), MAX_TAG_WORDS + RESTART_WINDOW))
    stop = next((i for i, t in enumerate(tokens[:MAX_TAG_WORDS]) if t.group(0).endswith(".")), None)
    scan = tokens[1:stop + 1] if stop is not None else tokens[1:MAX_TAG_WORDS]
    for token in scan:
        if text.startswith(lede, token.start()):
            return token.start()
    prose = [t for t in scan if _starts_prose(t.group(0), tokens[tokens.index(t):])]
    openers = [t for t in prose if t.group(0) in STORY_OPENERS or t.group(0)[:1].isdigit()]
    if openers or prose:
        return (openers or prose)[0].start()
    return tokens[stop].end() if stop is not None else None


def _starts_prose(word: str, following: list[re.Match[str]]) -> bool:
    """A capitalised word (or a number) followed by a prose-like run of words."""
    if not (word[:1].isupper() or word[:1].isdigit()):
        return False
    window = [t.group(0).lower().strip(".,;:\"'") for t in following[:RESTART_WINDOW]]
    function = sum(1 for w in window if w in FUNCTION_WORDS)
    verb = any(w in AUXILIARIES or (len(w) > 4 and w.endswith("ed")) for w in window)
    return function >= RESTART_FUNCTION_WORDS or (function >= 1 and verb)


def _piece(line: Line, start: int, end: int, *, first: bool) -> Line:
    """The slice [start, end) of a line's text as a Line of its own, trimmed."""
    chunk = line.text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    return replace(line, start=line.start + start + left, end=line.start + start + right,
                   text=chunk[left:right], blank_before=line.blank_before if first else True)
