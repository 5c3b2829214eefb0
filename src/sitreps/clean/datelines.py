"""Finding publication-date evidence: datelines in the text, dates in URLs, metadata.

Each finder returns DateCandidates; choosing between them is dates.py's job.
A dateline must be well formed and sit where datelines sit (the start of a line,
after "Published"/"Posted on"/"Last updated", or after a wire dateline such as
"DAMASCUS, Oct 3 (Reuters) -"). A page clock like "00:00 GMT +321 July 2019"
or a date inside a sentence ("on December 2, 2015") is not a dateline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateparser

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+"
_PREFIX = r"(?:(?:published|posted|first published|date of publication|last updated|updated|date)(?:\s+(?:on|at))?\s*[:\-]?\s*)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"

# Date shapes, tried in order at one position.
_SHAPES = (
    rf"{_MONTH}\s+{_DAY}[,،]?\s*{_YEAR}",                  # Mar 21, 2016 / Jun 182016
    rf"{_DAY}\s+{_MONTH}[,،]?\s+{_YEAR}",                  # 22 Feb 2015 / 12 March، 2017
    rf"(?P<nd>[0-3]?\d)(?P<sep>[./-])(?P<nm>[01]?\d)(?P=sep){_YEAR}",  # 14-05-2016, 19.07.2016
    rf"(?P<iy>(?:19|20)\d{{2}})-(?P<im>[01]\d)-(?P<id>[0-3]\d)",     # 2016-05-14
)


def _compile_shapes() -> tuple[re.Pattern[str], ...]:
    """One pattern per shape, anchored at a dateline position (prefix, weekday)."""
    return tuple(re.compile(rf"^\s*{_PREFIX}(?:{_WEEKDAY})?{shape}", re.IGNORECASE) for shape in _SHAPES)


_AT_START = _compile_shapes()
# "Saturday 11 Jul 2015" anywhere near the top: a full weekday makes it a dateline.
_WEEKDAY_DATE = tuple(
    re.compile(rf"\b(?P<wd>{'|'.join(WEEKDAYS)}),?\s+{shape}", re.IGNORECASE) for shape in _SHAPES[:2]
)
# Full dates anywhere in the text ("on December 2, 2015", "2 December 2015").
_IN_TEXT = tuple(re.compile(rf"\b{shape}", re.IGNORECASE) for shape in _SHAPES[:2])
# Wire datelines without a year: "DAMASCUS, Oct 3 (Reuters) -".
_WIRE = re.compile(rf"\b[A-Z][A-Z'.\- ]+,\s+{_MONTH}\s+{_DAY}\s*\((?P<agency>[A-Za-z .]+)\)", re.IGNORECASE)
# URL dates: /2016/05/16/, /2016-05-16, /201512091031454159-
_URL_PATTERNS = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)(?:/|$)"),
    re.compile(r"[/_-](?P<year>(?:19|20)\d{2})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(r"[/_-](?P<year>20\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)\d{4,}"),
)
# What may follow a dateline on its line: a time, a zone, separators.
_TIME_TAIL = re.compile(
    r"^(?:[\s,|:/\-–—\u00a0]*(?:"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:am\b|pm\b|a\.m\.|p\.m\.)?"  # 16:25:32, 4:05 pm
    r"|\d{3,4}(?=\s*(?:gmt|utc))"                                 # 2037 UTC
    r"|(?:gmt|utc|et|est|edt|bst|cet|cest|ast|msk)\b(?:\s*[+-]\s?\d{1,2}(?::\d{2})?)?"  # zones
    r"|\d+\s+(?:minutes?|hours?|days?|months?|years?)\s+ago"       # 2 years ago
    r"))*[\s,|:/\-–—\u00a0]*", re.IGNORECASE)
_NAMED_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateCandidate:
    """A publication date some evidence supports."""

    day: date
    source: str            # dateline | url | metadata | text
    evidence: str          # the text or value it came from
    weekday_ok: bool = True  # False when the dateline names a weekday its date does not fall on


def dateline_at_start(text: str) -> tuple[DateCandidate, int] | None:
    """A dateline at the start of `text` and the offset where it ends, else None."""
    for pattern in _AT_START:
        m = pattern.match(text)
        if m:
            found = _candidate(m, "dateline")
            if found:
                return found, m.end()
    return None


def datelines_in_head(head: str) -> list[DateCandidate]:
    """Weekday-led dates ("Saturday 11 Jul 2015") within `head`."""
    return _find_all(_WEEKDAY_DATE, head, "dateline")


def wire_dateline(head: str) -> tuple[int, int, str] | None:
    """(month, day, agency) of a yearless wire dateline, else None."""
    m = _WIRE.search(head)
    if not m:
        return None
    return _month_number(m["mon"]), int(m["day"]), m["agency"].strip()


def time_tail(text: str) -> str:
    """The time, zone and separators that follow a dateline at the start of `text`."""
    m = _TIME_TAIL.match(text)
    return m.group(0) if m else ""


def url_dates(url: str | None) -> list[DateCandidate]:
    """Dates a URL's path spells out."""
    found = []
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(url or ""):
            day = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
            if day:
                found.append(DateCandidate(day, "url", m.group(0)))
    return found


def metadata_date(value: str | None) -> DateCandidate | None:
    """The supplied publication date (ISO, "4/5/2017", "5 April 2017"...), else None."""
    if not value or not value.strip():
        return None
    try:
        parsed = dateparser.parse(value.strip(), default=None)
    except (ValueError, OverflowError):
        return None
    if parsed is None or parsed.year < 1900:
        return None
    return DateCandidate(parsed.date(), "metadata", value.strip())


def dates_in_text(text: str) -> list[date]:
    """Every full date (day, month and year) the text names, in any position."""
    return [c.day for c in _find_all(_IN_TEXT, text, "text")]


def _find_all(patterns: tuple[re.Pattern[str], ...], text: str, source: str) -> list[DateCandidate]:
    """Candidates for every valid date any of `patterns` finds in `text`."""
    found = (_candidate(m, source) for pattern in patterns for m in pattern.finditer(text))
    return [c for c in found if c]


def named_weekdays(text: str) -> list[int]:
    """Weekday numbers (Monday 0) of every weekday the text names, in order."""
    return [WEEKDAYS.index(m.group(1).lower()) for m in _NAMED_WEEKDAY.finditer(text)]


def _candidate(m: re.Match[str], source: str) -> DateCandidate | None:
    """A DateCandidate from a match of one of the date shapes."""
    groups = m.groupdict()
    if groups.get("iy"):
        day = _safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    elif groups.get("nd"):
        day = _numeric_date(int(groups["nd"]), int(groups["nm"]), int(groups["year"]), groups["sep"])
    else:
        day = _safe_date(int(groups["year"]), _month_number(groups["mon"]), int(groups["day"]))
    if day is None:
        return None
    weekday = groups.get("wd")
    ok = not weekday or WEEKDAYS[day.weekday()].startswith(weekday.lower()[:3])
    return DateCandidate(day, source, m.group(0).strip(), weekday_ok=ok)


def _numeric_date(first: int, second: int, year: int, sep: str) -> date | None:
    """Day-first for "." and "-" (14-05-2016), month-first for "/" unless impossible."""
    if sep == "/" and first <= 12:
        return _safe_date(year, first, second) or _safe_date(year, second, first)
    return _safe_date(year, second, first) or _safe_date(year, first, second)


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
