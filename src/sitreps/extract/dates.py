"""The date an event happened, from the words of its report and the publication date
(CODEBOOK section 5).

"On Tuesday" is the most recent Tuesday on or before publication; "today",
"yesterday", "two days ago" and explicit dates give the day (time_precision 1);
"earlier this week", "last week", "earlier", "days ago" give only the week
(precision 2, the midpoint); "earlier this month" or a month name give only the
month (precision 3, the 15th) unless the span is two weeks or less. With no date
words the publication date is used: a digest of the last 24 hours reports its day.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: i + 1 for i, name in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"))}
MONTHS |= {name[:3]: n for name, n in MONTHS.items()} | {"sept": 9}
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}

MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

DayRule = Callable[[re.Match[str], date | None], tuple[date | None, int] | None]


@dataclass(frozen=True)
class DateRule:
    """One way reports give a date: a pattern and how to turn a match into (date, precision)."""

    name: str
    pattern: re.Pattern[str]
    resolve: DayRule


def _shift(days: int, precision: int = 1) -> DayRule:
    return lambda m, pub: (pub - timedelta(days=days), precision) if pub else None


def _explicit(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    """A written date; without a year, the latest such day on or before publication."""
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    written = m.groupdict().get("year")
    year = int(written) if written else (pub.year if pub else None)
    if year is None:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not written and pub and found > pub:
        found = found.replace(year=year - 1)
    return found, 1


def _iso(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    try:
        return date.fromisoformat(m.group()), 1
    except ValueError:
        return None


def _weekday(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    """Most recent such weekday on or before publication ("last Tuesday": strictly before)."""
    if pub is None:
        return None
    back = (pub.weekday() - WEEKDAYS.index(m.group("weekday").lower())) % 7
    if back == 0 and m.group("last"):
        back = 7
    return pub - timedelta(days=back), 1


def _weekday_last_week(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    """"Tuesday last week": that weekday in the week (Monday to Sunday) before publication's."""
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday() + 7)
    return monday + timedelta(days=WEEKDAYS.index(m.group("weekday").lower())), 1


def _days_ago(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    n = m.group("n").lower()
    days = int(n) if n.isdigit() else SMALL[n]
    return (pub - timedelta(days=days), 1) if pub else None


def _this_week(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday())
    return monday + (pub - monday) // 2, 2


def _last_week(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    if pub is None:
        return None
    return pub - timedelta(days=pub.weekday() + 7) + timedelta(days=3), 2


def _span(start: date, end: date) -> tuple[date, int]:
    """Midpoint of a span of two weeks or less (precision 2), else its month's 15th (3)."""
    if (end - start).days <= 14:
        return start + (end - start) // 2, 2
    return start.replace(day=15), 3


def _this_month(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    if pub is None:
        return None
    return _span(pub.replace(day=1), max(pub.replace(day=1), pub - timedelta(days=1)))


def _last_month(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    if pub is None:
        return None
    return (pub.replace(day=1) - timedelta(days=1)).replace(day=15), 3


def _month(m: re.Match[str], pub: date | None) -> tuple[date | None, int] | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        if pub is None:
            return None
        year = pub.year if month <= pub.month else pub.year - 1
    return date(year, month, 15), 3


def _rule(name: str, pattern: str, resolve: DayRule) -> DateRule:
    return DateRule(name, re.compile(pattern, re.I), resolve)


# Day-level rules first; within a level the first expression in the text wins.
DAY_RULES = (
    _rule("explicit", rf"\b{MONTH}\s+{DAY}(?:\s*,\s*|\s+){YEAR}\b", _explicit),
    _rule("explicit", rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b", _explicit),
    _rule("explicit", rf"\b{MONTH}\s+{DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", _explicit),
    _rule("explicit", rf"\b{DAY}\s+(?:of\s+)?{MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)", _explicit),
    _rule("iso", r"\b(?:19|20)\d\d-\d\d-\d\d\b", _iso),
    _rule("day_before_yesterday", r"\bday before yesterday\b", _shift(2)),
    _rule("yesterday", r"\byesterday\b|\blast night\b", _shift(1)),
    _rule("days_ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven|a)\s+days?\s+ago\b", _days_ago),
    _rule("today", r"(?<!Russia )(?<!USA )\b(?:today|tonight|this (?:morning|afternoon|evening)|"
          r"(?:earlier|later) in the day)\b", _shift(0)),
    _rule("weekday", rf"\b{WEEKDAY}\s+(?:of\s+)?(?:last|previous)\s+week\b", _weekday_last_week),
    _rule("weekday", rf"\b(?:last|previous)\s+week\s+on\s+{WEEKDAY}\b", _weekday_last_week),
    _rule("weekday", rf"\b(?P<last>last\s+)?{WEEKDAY}\b", _weekday),
    _rule("digest", r"\b(?:last|past|previous)\s+24\s+hours\b", _shift(0)),
)
VAGUE_RULES = (
    _rule("this_week", r"\b(?:earlier\s+)?this\s+week\b", _this_week),
    _rule("last_week", r"\blast\s+week\b|\ba\s+week\s+ago\b", _last_week),
    _rule("this_month", r"\b(?:earlier\s+)?this\s+month\b", _this_month),
    _rule("last_month", r"\blast\s+month\b", _last_month),
    _rule("month", rf"\bin\s+(?:early\s+|mid-?\s*|late\s+)?{MONTH}(?:\s+{YEAR})?\b", _month),
    _rule("days_ago", r"\b(?:a\s+few|several|some|few)?\s*days\s+ago\b|\b(?:in|over)\s+(?:the\s+)?"
          r"(?:past\s+|last\s+)?(?:recent|few)\s+days\b", _shift(3, 2)),
    _rule("earlier", r"(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )\bearlier\b"
          r"(?!\s+(?:phase|stage|report|reports|statement|attack|attacks|offensive|round|version|toll|"
          r"agreement|deal|truce|ceasefire|visit|talks|meeting|years?|months?|weeks?|days?)\b)", _shift(2, 2)),
)


REPORT_VERB = r"(?:said|says|reported|announced|added|stated|confirmed|told\s+[\w-]+(?:\s+[\w-]+)?)"
SAID_BEFORE = re.compile(rf"\b{REPORT_VERB}\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
SAID_AFTER = re.compile(rf"^(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:(?:the|a|an)\s+)?"
                        rf"(?:[\w-]+\s+){{0,4}}{REPORT_VERB}\b", re.I)


def _is_report_date(text: str, start: int, end: int) -> bool:
    """Whether a date words when something was said, not when it happened: 'the monitor said on
    Monday', 'Early on Monday the Turkish military said ...'."""
    if SAID_BEFORE.search(text[max(0, start - 60):start]):
        return True
    opening = not re.sub(r"(?i)\b(?:early|late|on|earlier|later)\b", "", text[:start]).strip(" ,\"")
    return opening and SAID_AFTER.match(text[end:end + 80]) is not None


def _matches(rules: tuple[DateRule, ...], text: str, published: date | None) -> list[tuple[int, date, int, str]]:
    """Dates found by `rules` in text order; dates of the saying give way to dates of the event."""
    out, said = [], []
    for rule in rules:
        for m in rule.pattern.finditer(text):
            found = rule.resolve(m, published)
            if found and found[0] is not None:
                item = (m.start(), found[0], found[1], rule.name)
                (said if _is_report_date(text, m.start(), m.end()) else out).append(item)
    return sorted(out or said, key=lambda x: x[0])


def find_event_dates(text: str, *, published: date | None) -> list[tuple[date, int, str]]:
    """Every distinct day-level date in `text` in order ("on Monday and Tuesday": two)."""
    seen: dict[date, tuple[date, int, str]] = {}
    for _, day, precision, rule in _matches(DAY_RULES, text, published):
        if rule != "digest":
            seen.setdefault(day, (day, precision, rule))
    return list(seen.values())


DAY_AFTER = re.compile(r"\b(?:comes?|came|coming|follows?|followed|following)\s+(?P<n>a|one|two|three)\s+days?\s+"
                       r"after\b", re.I)


def resolve_event_date(text: str, *, published: date | None) -> tuple[date | None, int, str]:
    """(date, time_precision, rule) for the event `text` reports.

    A day named in the text first, then a week or month; with none, the publication
    date at precision 1 (rule "published"): undated items of a digest happened on its day.
    "Wednesday's shelling comes a day after eight were killed": the event told after
    "a day after" happened the day before the named one.
    """
    for rules in (DAY_RULES, VAGUE_RULES):
        found = _matches(rules, text, published)
        if found:
            start, day, precision, rule = found[0]
            after = DAY_AFTER.search(text, start)
            if after and rules is DAY_RULES and not any(s > after.end() for s, *_ in found):
                return day - timedelta(days=SMALL[after.group("n").lower()]), precision, "day_after"
            return day, precision, rule
    base = DAY_AFTER.search(text)
    if base and published:
        return published - timedelta(days=SMALL[base.group("n").lower()]), 1, "day_after"
    return published, 1, "published" if published else "none"
