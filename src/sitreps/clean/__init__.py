"""Cleaning: a raw document to clean text with a title, date, outlet and offset map.

`clean_document` is the one entry point. HTML goes through trafilatura first;
then a line-level cleaner (rules.py, applied by boilerplate.py) drops the debris
scraped pages carry and keeps every paragraph of reporting and every section
header. The clean text is made of raw slices, so evidence found in it maps back
to the raw text exactly (Document.offsets).
"""
from __future__ import annotations

import re
from collections import Counter

from ..errors import Code, DocumentError
from ..knowledge.outlets import load_outlets
from ..model import Document, RawDocument
from .boilerplate import line_rule, sort_lines, trim_prefix
from .dates import DateChoice, choose_date, complete_partial
from .datelines import (DateCandidate, dateline_at_start, dates_in_text, datelines_in_head, metadata_date,
                        named_weekdays, url_dates, wire_dateline)
from .html import extract_page, looks_like_html
from .language import detect_language
from .lines import Line, split_lines
from .outlet import detect_outlet, strip_site_name
from .paragraphs import Paragraph, assemble, group_paragraphs, split_off

__all__ = ["clean_document"]

# Datelines are looked for in the first few kept lines and this many characters.
HEAD_LINES, HEAD_CHARS = 3, 400
# A run-in headline may follow a byline or kicker of at most this many words / characters.
MAX_BEFORE_TITLE_WORDS, MAX_BEFORE_TITLE_CHARS = 8, 80
# A byline or a clock before the headline: "by Asharq Al-Awsat", "at 0914". Cut, not kept.
BYLINE = re.compile(r"^\s*(?:by\s+\S.*|(?:at\s+)?\d{1,2}:?\d{2}\s*(?:gmt|utc)?)\s*$", re.IGNORECASE | re.DOTALL)
QUOTES = "\"“”'‘’"


def clean_document(raw: RawDocument) -> Document:
    """Clean one document; raise DocumentError (E201 empty, E202 not English, E203 bad HTML)."""
    source, meta, from_html = _source_text(raw)
    sorted_lines = sort_lines(split_lines(source))
    kept = sorted_lines.kept
    if not kept:
        raise DocumentError(Code.E201)
    outlets = load_outlets()
    title_line = sorted_lines.headline
    title = strip_site_name(_tidy(raw.title or meta.get("title") or (title_line.text if title_line else None)),
                            outlets)
    datelines, wire = _datelines(kept, sorted_lines.stamps)
    paragraphs = _paragraphs(source, group_paragraphs(kept, wrapped=not from_html, headline=title_line), title)
    text, offsets = assemble(source, paragraphs)
    language = detect_language(text)
    if language != "en":
        raise DocumentError(Code.E202, language=language)
    url = raw.url or meta.get("url")
    choice = _choose_date(raw, meta, url, datelines, wire, text=text, source=source)
    outlet, outlet_source = detect_outlet(outlets, metadata=raw.outlet or meta.get("sitename"),
                                          text=_head(kept, sorted_lines.stamps), url=url)
    metadata = _metadata(raw, sorted_lines.dropped, title=title, text=text, from_html=from_html)
    return Document(
        id=raw.id, raw=source, text=text, offsets=offsets, title=title,
        published=choice.published, published_source=choice.source,
        date_conflicts=choice.conflicts, outlet=outlet, outlet_source=outlet_source,
        url=url, origin=raw.origin, language=language, metadata=metadata,
    )


def _metadata(raw: RawDocument, dropped: dict[int, str], *, title: str | None, text: str,
              from_html: bool) -> dict:
    """The raw metadata plus what cleaning did: lines dropped per rule, where the title is."""
    metadata = dict(raw.metadata)
    metadata["dropped_lines"] = dict(Counter(dropped.values()))
    if from_html:
        metadata["raw_is"] = "text extracted from HTML"
    if title and _tidy(text[:len(title)]) == title:
        metadata["title_span"] = [0, len(title)]
    return metadata


def _source_text(raw: RawDocument) -> tuple[str, dict[str, str], bool]:
    """The text offsets point into (a page's extracted text for HTML), page metadata,
    and whether it came from HTML. Text given beside HTML is preferred: it is
    what the supplier extracted, and evidence should point into it."""
    html = raw.html
    if raw.text is not None and raw.text.strip():
        html = raw.text if looks_like_html(raw.text) else None
    if html is not None:
        page = extract_page(html, url=raw.url)
        meta = {k: v for k, v in (("title", page.title), ("date", page.date),
                                  ("url", page.url), ("sitename", page.sitename)) if v}
        return page.text, meta, True
    if raw.text is None or not raw.text.strip():
        raise DocumentError(Code.E201)
    return raw.text, {}, False


def _tidy(title: str | None) -> str | None:
    """A title with its whitespace (NBSP, runs, ends) normalised; None when empty."""
    if not title:
        return None
    return " ".join(title.split()) or None


def _head(kept: list[Line], stamps: list[Line]) -> str:
    """The top of the article where datelines sit: stamps cut off or dropped, first lines."""
    top = sorted([*stamps, *kept[:HEAD_LINES]], key=lambda line: line.start)
    return " ".join(line.text for line in top)[:HEAD_CHARS]


def _datelines(kept: list[Line], stamps: list[Line]) -> tuple[list[DateCandidate], tuple[int, int, str] | None]:
    """Dateline candidates from stamps (dropped or cut off) and the head of the text,
    and a yearless wire dateline (month, day, agency) if there is one."""
    candidates = [found[0] for found in map(dateline_at_start, (s.text for s in stamps)) if found]
    head = _head(kept, stamps)
    if not candidates:
        candidates.extend(datelines_in_head(head))
    return candidates, wire_dateline(head)


def _paragraphs(source: str, paragraphs: list[Paragraph], title: str | None) -> list[Paragraph]:
    """A headline run into the first paragraph becomes its own paragraph, and a
    dateline between it and the story ("AFP Saturday 11 Jul 2015") is cut; a byline
    before it ("by Asharq Al-Awsat Dozens Killed ...") is cut too, and later copies
    of the headline (split off as run-in headlines) are dropped."""
    if title and paragraphs:
        first = paragraphs[0]
        body = source[first.start:first.end]
        found = _title_at(body, title)
        at, length = found or (None, 0)
        if at is not None and len(body) > at + length:
            pieces = split_off(Paragraph(first.start + at, first.end), source, length)
            if len(pieces) == 2:
                pieces[1] = _without_dateline(source, pieces[1])
                rest = Line(-1, pieces[1].start, pieces[1].end, source[pieces[1].start:pieces[1].end], True)
                if len(paragraphs) > 1 and line_rule(rest):   # a photo credit under the headline
                    del pieces[1]
            before = [] if at == 0 or BYLINE.match(body[:at]) else [Paragraph(first.start, first.start + len(body[:at].rstrip()))]
            paragraphs[:1] = before + pieces
        if len(paragraphs) > 1 and _same_title(source[paragraphs[0].start:paragraphs[0].end], title):
            paragraphs[1:] = [p for p in paragraphs[1:] if not _same_title(source[p.start:p.end], title)]
    return paragraphs


def _title_at(body: str, title: str) -> tuple[int, int] | None:
    """Where the title starts in the first paragraph and how long it is there: at its
    start, or after a few words of byline or kicker (at most MAX_BEFORE_TITLE_WORDS).
    Quotes the text adds around a word ('"Chemical" Massacre') are allowed."""
    words = [re.escape(w.strip(QUOTES)) for w in title.split() if w.strip(QUOTES)]
    if not words:
        return None
    pattern = rf"[{QUOTES}]?" + rf"[{QUOTES}]?\s+[{QUOTES}]?".join(words)
    m = re.compile(pattern, re.IGNORECASE).search(body[:len(title) + MAX_BEFORE_TITLE_CHARS])
    if m is None or len(body[:m.start()].split()) > MAX_BEFORE_TITLE_WORDS \
            or (m.start() and not body[m.start() - 1].isspace()):
        return None
    return m.start(), m.end() - m.start()


def _same_title(text: str, title: str) -> bool:
    """True when a paragraph is the headline (up to a closing full stop)."""
    return _tidy(text.rstrip(" .")).casefold() == title.rstrip(" .").casefold()


def _without_dateline(source: str, paragraph: Paragraph) -> Paragraph:
    """The paragraph with a leading dateline (and agency name) cut off."""
    line = Line(-1, paragraph.start, paragraph.end, source[paragraph.start:paragraph.end], True)
    rest, _ = trim_prefix(line, dateline=True)
    return Paragraph(rest.start, rest.end)


def _choose_date(raw: RawDocument, meta: dict[str, str], url: str | None, datelines: list[DateCandidate],
                 wire: tuple[int, int, str] | None, *, text: str, source: str) -> DateChoice:
    """Gather every date candidate and choose the best supported.

    Weekdays are read from the clean text; dates for a last-resort estimate from
    the whole source (a dropped photo caption still says when the story is from).
    """
    candidates = [*datelines, *url_dates(url)]
    supplied = metadata_date(raw.published) or metadata_date(meta.get("date"))
    if supplied:
        candidates.append(supplied)
    if wire:
        month, day, agency = wire
        completed = complete_partial(month, day, candidates)
        if completed:
            candidates.append(DateCandidate(completed, "dateline", f"{month}/{day} ({agency})"))
    return choose_date(candidates, weekdays=named_weekdays(text), text_dates=dates_in_text(source))
