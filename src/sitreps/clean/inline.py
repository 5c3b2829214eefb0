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
from .rules import (AFTER_HEADLINE_PARTICIPLE, AUXILIARIES, FUNCTION_WORDS, HEADLINE_START, HEADLINE_VERB_WITHIN, HEADLINE_VERBS,
                    INLINE_RULES, MAX_HEADLINE_WORDS, MAX_RELATED_RUN_WORDS, MAX_TAG_WORDS, PRINT_RELATED_RUN, READ_MORE_RUN, MONTH_WORD, NOT_BEFORE_OPENER,
                    NOT_HEADLINE_BEFORE_VERB,
                    PHOTO_CREDIT_RUN, RESTART_FUNCTION_WORDS, RESTART_WINDOW, STORY_OPENERS, TAG_RUN)

_TOKEN = re.compile(r"\S+")
# How many words of the lede must reappear to mark the story's restart (read
# from the line's first LEDE_CHARS characters).
LEDE_WORDS, LEDE_CHARS = 3, 200


def cut_inline(line: Line) -> list[Line]:
    """The pieces of `line` left once inline debris is cut out (the line itself if none).

    A run-in headline is not debris: empty spans at its start and end split it off.
    """
    spans = sorted([*_debris_spans(line.text), *_headline_splits(line.text)])
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
    # Headline lists (related boxes, links) hold verbs and prepositions: they end
    # only where the lede restarts or at a story opener.
    for run, limit, strict in ((TAG_RUN, MAX_TAG_WORDS, False), (PHOTO_CREDIT_RUN, MAX_TAG_WORDS, False),
                               (READ_MORE_RUN, MAX_TAG_WORDS, True), (PRINT_RELATED_RUN, MAX_RELATED_RUN_WORDS, True)):
        for m in run.finditer(text):
            end = _tag_run_end(text, m.end(), limit=limit, strict=strict)
            if end is not None:
                yield m.start(), end


def _headline_splits(text: str) -> Iterator[tuple[int, int]]:
    """Empty spans at the start and end of each headline run into the text after a
    sentence (a headline opening the line is the title's business)."""
    for m in HEADLINE_START.finditer(text):
        end = _headline_end(text, m.end()) if m.end() > 0 else None
        if end is not None:
            yield m.end(), m.end()
            yield end, end


def _headline_end(text: str, start: int) -> int | None:
    """Where the story starts after a headline beginning at `start`, else None."""
    tokens = list(islice(_TOKEN.finditer(text, start), MAX_HEADLINE_WORDS + RESTART_WINDOW))
    words = [t.group(0).lower().strip(",;:\"'“”") for t in tokens]
    verb = next((i for i, w in enumerate(words[:HEADLINE_VERB_WITHIN]) if _headline_verb(words, i)), None)
    if verb is None:
        return None
    for i in range(verb + 1, min(len(tokens), MAX_HEADLINE_WORDS)):
        if tokens[i - 1].group(0)[-1:] in ".!?":
            return None
        if i >= verb + 2 and words[i - 1] not in NOT_BEFORE_OPENER \
                and _opens_story(words, tokens[i].group(0), i) and _starts_prose(tokens[i].group(0), tokens[i:]):
            return tokens[i].start()
    return None


def _headline_verb(words: list[str], i: int) -> bool:
    """True when words[i] is a headline's verb: "N killed in ...", "Bomber kills 4 ..."."""
    if i == 0 or words[i] not in HEADLINE_VERBS or NOT_HEADLINE_BEFORE_VERB.intersection(words[max(0, i - 2):i]):
        return False
    if words[i].startswith("kill") and not words[i].endswith("ed"):
        return True
    after, then = (words[i + 1:i + 3] + ["", ""])[:2]
    return after in AFTER_HEADLINE_PARTICIPLE or (after.isdigit() and then in HEADLINE_VERBS)


def _opens_story(words: list[str], word: str, i: int) -> bool:
    """A word a story's first sentence starts with: an opener, a count (not a year
    or a date), the headline's own first word."""
    if word in STORY_OPENERS or word.casefold() == words[0]:
        return word[:1].isupper() or word[:1].isdigit()
    if not word.isdigit() or (len(word) == 4 and word[:2] in ("19", "20")):
        return False
    return not (i + 1 < len(words) and MONTH_WORD.match(words[i + 1]))


def _tag_run_end(text: str, start: int, *, limit: int = MAX_TAG_WORDS, strict: bool = False) -> int | None:
    """Where the story restarts after a tag run beginning at `start`, else None.

    In order of preference: where the lede's first words reappear, a story
    opener ("At least", "The", a number) followed by prose, any capitalised word
    followed by prose, the full stop closing the tags (`strict`: only the first two).
    """
    lede = " ".join(text[:LEDE_CHARS].split()[:LEDE_WORDS])
    tokens = list(islice(_TOKEN.finditer(text, start), limit + RESTART_WINDOW))
    stop = next((i for i, t in enumerate(tokens[:limit]) if t.group(0).endswith(".")), None)
    scan = tokens[1:stop + 1] if stop is not None else tokens[1:limit]
    for token in scan:
        if text.startswith(lede, token.start()):
            return token.start()
    prose = [t for t in scan if _starts_prose(t.group(0), tokens[tokens.index(t):])]
    openers = [t for t in prose if t.group(0) in STORY_OPENERS or t.group(0)[:1].isdigit()]
    if strict:
        return openers[0].start() if openers else None
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
