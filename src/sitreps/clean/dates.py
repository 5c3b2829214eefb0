"""Choosing the publication date best supported by the document.

Sources disagree and either side can be wrong: a dataset's date can be off by
weeks, a scraped page can carry a crawl date. Each candidate (dateline, URL,
metadata) gets its own weight plus the weight of every other candidate within a
day of it, plus how well the weekdays the text names fit it ("on Tuesday" should
be on or shortly before publication). The best-supported date wins; every
candidate it contradicts is reported.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .datelines import WEEKDAYS, DateCandidate

# How much one piece of evidence is trusted on its own.
SOURCE_WEIGHT = {"dateline": 3.0, "url": 2.0, "metadata": 1.5}
# Candidates this close agree.
AGREEMENT = timedelta(days=1)
# Days between a named weekday and publication: (max lag, score), first match wins.
WEEKDAY_FIT = ((1, 0.5), (3, 0.2), (6, -0.5))
# Days after the latest date in the text searched for a weekday estimate.
ESTIMATE_SPAN = 8
# A dateline whose weekday does not match its date loses this much.
WRONG_WEEKDAY_PENALTY = 2.0


@dataclass
class DateChoice:
    """The chosen publication date, which source won, and what contradicts it."""

    published: date | None = None
    source: str = "none"
    conflicts: list[str] = field(default_factory=list)


def choose_date(candidates: Sequence[DateCandidate], *, weekdays: Sequence[int] = (),
                text_dates: Sequence[date] = ()) -> DateChoice:
    """Pick the best-supported candidate; list the candidates it contradicts.

    With no candidate at all, estimate from the text (estimate_from_weekdays).
    """
    if not candidates:
        return estimate_from_weekdays(text_dates, weekdays)
    best = max(candidates, key=lambda c: (support(c, candidates, weekdays), SOURCE_WEIGHT[c.source]))
    conflicts = [
        f"{c.source} {c.day.isoformat()} contradicts {best.source} {best.day.isoformat()}"
        for c in _distinct(candidates) if abs(c.day - best.day) > AGREEMENT
    ]
    misfit = _misfit_weekdays(best.day, weekdays)
    if misfit:
        conflicts.append(f"weekdays named ({', '.join(misfit)}) fall long before {best.source} {best.day.isoformat()}")
    return DateChoice(best.day, best.source, conflicts)


def estimate_from_weekdays(text_dates: Sequence[date], weekdays: Sequence[int]) -> DateChoice:
    """A last resort: the day after the latest date the text names that best fits its weekdays.

    A report is published on or after every date it tells of, and shortly after
    the weekdays it names ("on Tuesday"). Without named weekdays there is no
    estimate (the latest date is only a lower bound).
    """
    if not text_dates or not weekdays:
        return DateChoice()
    latest = max(text_dates)
    days = [latest + timedelta(days=n) for n in range(ESTIMATE_SPAN)]
    best = max(days, key=lambda d: (weekday_fit(d, weekdays), -d.toordinal()))
    note = (f"estimated from the latest date in the text ({latest.isoformat()}) and the weekdays named; "
            "no dateline, URL or metadata date")
    return DateChoice(best, "weekday", [note])


def support(candidate: DateCandidate, candidates: Sequence[DateCandidate], weekdays: Sequence[int]) -> float:
    """Own weight + agreeing candidates' weights + weekday fit."""
    score = SOURCE_WEIGHT[candidate.source]
    if not candidate.weekday_ok:
        score -= WRONG_WEEKDAY_PENALTY
    score += sum(SOURCE_WEIGHT[o.source] for o in candidates
                 if o is not candidate and o.source != candidate.source and abs(o.day - candidate.day) <= AGREEMENT)
    return score + weekday_fit(candidate.day, weekdays)


def weekday_fit(published: date, weekdays: Sequence[int]) -> float:
    """How well the distinct weekdays a text names fit a publication date."""
    total = 0.0
    for weekday in set(weekdays):
        lag = (published.weekday() - weekday) % 7
        total += next(score for max_lag, score in WEEKDAY_FIT if lag <= max_lag)
    return total


def _misfit_weekdays(published: date, weekdays: Sequence[int]) -> list[str]:
    """The weekdays named when every one of them falls four or more days before publication."""
    named = sorted(set(weekdays))
    if any((published.weekday() - w) % 7 < 4 for w in named):
        return []
    return [WEEKDAYS[w].capitalize() for w in named]


def _distinct(candidates: Sequence[DateCandidate]) -> list[DateCandidate]:
    """One candidate per (source, day)."""
    seen, out = set(), []
    for c in candidates:
        if (c.source, c.day) not in seen:
            seen.add((c.source, c.day))
            out.append(c)
    return out


def complete_partial(month: int, day: int, candidates: Sequence[DateCandidate]) -> date | None:
    """The year for a yearless dateline: the one nearest the other candidates."""
    best = None
    for c in candidates:
        for year in (c.day.year - 1, c.day.year, c.day.year + 1):
            try:
                guess = date(year, month, day)
            except ValueError:
                continue
            if best is None or abs(guess - c.day) < abs(best[0] - best[1]):
                best = (guess, c.day)
    return best[0] if best else None
