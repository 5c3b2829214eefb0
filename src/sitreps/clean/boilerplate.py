"""Applying the rules of rules.py to the lines of a scraped page.

`sort_lines` returns what to keep (possibly with a stamp trimmed off its start),
what was dropped and why, and which line is the headline. Section headers that
name a place ("Deir Ezzur", "Eastern Hama") are short lines no rule drops, so
they survive as their own paragraphs.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .datelines import dateline_at_start, time_tail
from .inline import cut_inline
from .lines import Line, ends_sentence, is_headline_like, word_count
from ..knowledge import governorate_named
from .rules import (BLOCK_RULES, DESK_CITY, FIRST_LINE_PREFIX_RULES, HEADER_DIRECTIONS, HEADER_SEPARATORS,
                    LINE_RULES, MAX_HEADER_WORDS, MAX_RELATED_WORDS, PREFIX_RULES, RELATED_LABEL)

# The headline is looked for among this many first lines.
HEADLINE_WINDOW = 4
# A sentence-case headline has this many words.
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 4, 25
# A tag list: at least this many comma-separated items of at most MAX_TAG_WORDS words.
MIN_TAGS, MAX_TAG_WORDS = 4, 3
# A dateline stamp line has at most this many words.
MAX_STAMP_WORDS = 10


@dataclass
class Sorted:
    """The outcome of sorting a page's lines."""

    kept: list[Line] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)   # line index -> rule name
    stamps: list[Line] = field(default_factory=list)        # dropped date-only lines
    headline: Line | None = None


# Pieces of a cut line are checked against the line rules up to this many words.
MAX_PIECE_RULE_WORDS = 12


def sort_lines(lines: Sequence[Line]) -> Sorted:
    """Drop boilerplate lines by the ordered rules; keep the rest (headline first)."""
    result = Sorted()
    _apply_block_rules(lines, result.dropped)
    for line in lines:
        if line.index not in result.dropped:
            rule = line_rule(line)
            if rule:
                result.dropped[line.index] = rule
    live = [line for line in lines if line.index not in result.dropped]
    result.headline = _repeated_lines(live, result.dropped)
    live = [line for line in live if line.index not in result.dropped]
    _tag_lists(live, result.dropped)
    _related_list(lines, result.dropped)
    _related_headlines(live, result.dropped)
    for line in live:
        if line.index not in result.dropped and _is_stamp(line.text):
            result.dropped[line.index] = "dateline_stamp"
            result.stamps.append(line)
    for line in live:
        if line.index not in result.dropped:
            line, cut = trim_prefix(line, dateline=not result.kept)
            result.stamps.extend(cut)
            pieces = cut_inline(line)
            # A short piece left between two cuts may itself be debris ("REUTERS Rodi Said");
            # a longer one may hold reporting before a caption, so it stays.
            result.kept.extend(pieces if len(pieces) < 2 else
                               [p for p in pieces if word_count(p.text) > MAX_PIECE_RULE_WORDS or not line_rule(p)])
    if result.headline is None:
        result.headline = _first_headline(result.kept)
    return result


def _apply_block_rules(lines: Sequence[Line], dropped: dict[int, str]) -> None:
    """Drop each block from its start line through its end line (or the last line)."""
    for rule in BLOCK_RULES:
        inside = False
        for line in lines:
            if not inside and rule.start.search(line.text):
                inside = True
            if inside:
                dropped.setdefault(line.index, rule.name)
                if rule.end.search(line.text):
                    inside = False


def is_place_header(text: str) -> bool:
    """A short line naming only governorates, with directions: a digest's section header."""
    if word_count(text) > MAX_HEADER_WORDS or ends_sentence(text):
        return False
    parts = [HEADER_DIRECTIONS.sub(" ", p).strip() for p in HEADER_SEPARATORS.split(text)]
    return all(part and governorate_named(part) for part in parts)


def line_rule(line: Line) -> str | None:
    """The name of the first line rule that drops this line, else None (never a header)."""
    words = word_count(line.text)
    if is_place_header(line.text):
        return None
    for rule in LINE_RULES:
        if words <= rule.max_words and rule.pattern.search(line.text):
            return rule.name
    return None


def _repeated_lines(lines: Sequence[Line], dropped: dict[int, str]) -> Line | None:
    """Resolve lines printed more than once; return the headline if it was one of them."""
    counts = Counter(line.key for line in lines)
    headline = None
    seen: set[str] = set()
    for position, line in enumerate(lines):
        if counts[line.key] < 2:
            continue
        first = line.key not in seen
        seen.add(line.key)
        if ends_sentence(line.text):
            if not first:
                dropped[line.index] = "repeated_paragraph"
        elif (headline.key == line.key) if headline else _may_be_headline(lines, position):
            if first:
                headline = line
            else:
                dropped[line.index] = "repeated_headline"
        else:
            dropped[line.index] = "repeated_caption"
    return headline


def _may_be_headline(lines: Sequence[Line], position: int) -> bool:
    """A headline-like line near the top with no reporting sentence above it."""
    return (position < HEADLINE_WINDOW and is_headline_like(lines[position].text, min_words=3)
            and not any(ends_sentence(line.text) for line in lines[:position]))


def _tag_lists(lines: Sequence[Line], dropped: dict[int, str]) -> None:
    """Drop "airstrikes, offensive, militants, army, Daesh, Syria" lines."""
    for line in lines:
        if ends_sentence(line.text):
            continue
        items = [item.strip() for item in line.text.split(",")]
        if len(items) >= MIN_TAGS and all(0 < word_count(item) <= MAX_TAG_WORDS for item in items):
            dropped[line.index] = "tag_list"


def _related_list(lines: Sequence[Line], dropped: dict[int, str]) -> None:
    """Drop the short, unpunctuated lines that follow a "Related Posts" label."""
    inside = False
    for line in lines:
        if RELATED_LABEL.match(line.text):
            inside = True
            dropped.setdefault(line.index, "related_list")
        elif inside and word_count(line.text) <= MAX_RELATED_WORDS and not ends_sentence(line.text):
            dropped.setdefault(line.index, "related_list")
        else:
            inside = False


def _related_headlines(lines: Sequence[Line], dropped: dict[int, str]) -> None:
    """Drop the run of headline-like lines (at least two) that closes an article."""
    run: list[Line] = []
    for line in reversed(lines):
        if line.index in dropped:
            continue
        if not is_headline_like(line.text):
            break
        run.append(line)
    if len(run) >= 2:
        for line in run:
            dropped[line.index] = "related_headlines"


def _is_stamp(text: str) -> bool:
    """A short line that is only a dateline (plus a time)."""
    if word_count(text) > MAX_STAMP_WORDS:
        return False
    found = dateline_at_start(text)
    if not found:
        return False
    rest = text[found[1]:]
    return len(time_tail(rest)) == len(rest)


def trim_prefix(line: Line, *, dateline: bool) -> tuple[Line, list[Line]]:
    """Cut stamps (and, on the first line, a dateline) glued to the start of a line.

    Returns the rest of the line and the cut-off pieces (kept as date evidence).
    """
    cuts: list[Line] = []
    cut = _prefix_length(line.text, dateline=dateline)
    while 0 < cut < len(line.text):
        cuts.append(replace(line, end=line.start + cut, text=line.text[:cut]))
        line = replace(line, start=line.start + cut, text=line.text[cut:])
        cut = _prefix_length(line.text, dateline=dateline)
    return line, cuts


def _prefix_length(text: str, *, dateline: bool) -> int:
    """Length of the first stamp at the start of `text` (0 if none)."""
    for rule in (*PREFIX_RULES, *(FIRST_LINE_PREFIX_RULES if dateline else ())):
        m = rule.pattern.match(text)
        if m and m.end() > 0:
            return m.end()
    found = dateline_at_start(text) if dateline else None
    if found:
        end = found[1] + len(time_tail(text[found[1]:]))
        city = DESK_CITY.match(text, end)
        return city.end() if city else end
    return 0


def _first_headline(lines: Sequence[Line]) -> Line | None:
    """The first line, when it reads like a headline: title case, or a short
    unpunctuated line right above the first sentence of reporting (sentence-case
    headlines, as SANA writes them)."""
    if not lines:
        return None
    first = lines[0].text
    if is_headline_like(first, min_words=3):
        return lines[0]
    above_report = len(lines) > 1 and ends_sentence(lines[1].text) and not lines[1].text[:1].islower()
    if above_report and MIN_HEADLINE_WORDS <= word_count(first) <= MAX_HEADLINE_WORDS and not ends_sentence(first):
        return lines[0]
    return None
