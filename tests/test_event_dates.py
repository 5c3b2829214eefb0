"""Event dates against the publication date (CODEBOOK section 5)."""
from __future__ import annotations

from datetime import date

import pytest

from sitreps.extract.dates import find_event_dates, resolve_event_date

WEDNESDAY = date(2015, 12, 9)


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday the army shelled the ridge.", date(2015, 12, 8)),
    ("Fighting resumed on Monday night.", date(2015, 12, 7)),
    ("The bridge was hit on Wednesday.", date(2015, 12, 9)),
    ("Rebels attacked last Wednesday.", date(2015, 12, 2)),
    ("Clashes broke out on Thursday.", date(2015, 12, 3)),
])
def test_weekday_is_the_latest_such_day_on_or_before_publication(text: str, expected: date) -> None:
    assert resolve_event_date(text, published=WEDNESDAY) == (expected, 1, "weekday")


@pytest.mark.parametrize("text, expected, rule", [
    ("Earlier today a mortar fell on the square.", date(2015, 12, 9), "today"),
    ("A car bomb went off this morning.", date(2015, 12, 9), "today"),
    ("Jets struck the town yesterday.", date(2015, 12, 8), "yesterday"),
    ("The post fell three days ago.", date(2015, 12, 6), "days_ago"),
    ("The siege began on December 2, 2015.", date(2015, 12, 2), "explicit"),
    ("The siege began on 2 December 2015.", date(2015, 12, 2), "explicit"),
    ("The raid took place on November 28.", date(2015, 11, 28), "explicit"),
    ("Earlier in the day a shell fell near the bakery.", date(2015, 12, 9), "today"),
    ("Later in the day the convoy left the town.", date(2015, 12, 9), "today"),
    ("The checkpoint was stormed on Tuesday last week.", date(2015, 12, 1), "weekday"),
    ("Last week on Friday the bridge was blown up.", date(2015, 12, 4), "weekday"),
])
def test_day_level_expressions(text: str, expected: date, rule: str) -> None:
    assert resolve_event_date(text, published=WEDNESDAY) == (expected, 1, rule)


def test_explicit_date_without_year_never_lies_after_publication() -> None:
    assert resolve_event_date("It happened on December 30.", published=date(2016, 1, 2))[0] == date(2015, 12, 30)


def test_digest_of_the_last_24_hours_is_the_publication_day() -> None:
    assert resolve_event_date("Over the past 24 hours the army advanced.", published=WEDNESDAY) == (
        WEDNESDAY, 1, "digest")


def test_no_date_words_give_the_publication_date() -> None:
    assert resolve_event_date("Warplanes hit the depot.", published=WEDNESDAY) == (WEDNESDAY, 1, "published")


def test_no_publication_date_and_no_words_give_none() -> None:
    assert resolve_event_date("Warplanes hit the depot.", published=None) == (None, 1, "none")


@pytest.mark.parametrize("text, expected, precision, rule", [
    ("Earlier this week the militia retreated.", date(2015, 12, 8), 2, "this_week"),
    ("Last week the militia retreated.", date(2015, 12, 3), 2, "last_week"),
    ("Earlier, jets struck the town.", date(2015, 12, 7), 2, "earlier"),
    ("Days ago the army sent reinforcements.", date(2015, 12, 6), 2, "days_ago"),
    ("Earlier this month the militia retreated.", date(2015, 12, 4), 2, "this_month"),
    ("Last month the militia retreated.", date(2015, 11, 15), 3, "last_month"),
    ("In October 2015 the militia retreated.", date(2015, 10, 15), 3, "month"),
])
def test_week_and_month_expressions_set_precision(text: str, expected: date, precision: int, rule: str) -> None:
    assert resolve_event_date(text, published=WEDNESDAY) == (expected, precision, rule)


def test_earlier_this_month_late_in_the_month_is_the_15th() -> None:
    assert resolve_event_date("Earlier this month a convoy was hit.", published=date(2017, 6, 28)) == (
        date(2017, 6, 15), 3, "this_month")


def test_a_named_day_outranks_earlier() -> None:
    assert resolve_event_date("Earlier on Sunday the hill fell.", published=WEDNESDAY) == (
        date(2015, 12, 6), 1, "weekday")


def test_a_channel_name_is_not_today() -> None:
    assert resolve_event_date("Russia Today said the hill fell.", published=WEDNESDAY)[2] == "published"


def test_find_event_dates_lists_each_day() -> None:
    days = [d for d, _, _ in find_event_dates("Clashes on Monday and Tuesday.", published=WEDNESDAY)]
    assert days == [date(2015, 12, 7), date(2015, 12, 8)]


@pytest.mark.parametrize("text", ["The front (recently renamed) shelled the town.",
                                  "The previously held hill was shelled."])
def test_recently_and_previously_do_not_date_the_event(text: str) -> None:
    assert resolve_event_date(text, published=WEDNESDAY) == (WEDNESDAY, 1, "published")


@pytest.mark.parametrize("text, expected", [
    ("Early on Tuesday the ministry said a guard was killed in a blast on Monday.", date(2015, 12, 7)),
    ("The rebels took the hill on Sunday, the monitor said on Tuesday.", date(2015, 12, 6)),
])
def test_the_day_something_was_said_gives_way_to_the_day_it_happened(text: str, expected: date) -> None:
    assert resolve_event_date(text, published=WEDNESDAY)[0] == expected


def test_the_day_it_was_said_is_kept_when_it_is_the_only_one() -> None:
    assert resolve_event_date("Jets hit the town the monitor said on Tuesday.",
                              published=WEDNESDAY) == (date(2015, 12, 8), 1, "weekday")


@pytest.mark.parametrize("text", ["The push follows an earlier phase of gains in the north.",
                                  "The toll was higher than in the earlier attack.",
                                  "It repeats an earlier report."])
def test_earlier_as_an_adjective_does_not_date_the_event(text: str) -> None:
    assert resolve_event_date(text, published=WEDNESDAY) == (WEDNESDAY, 1, "published")


@pytest.mark.parametrize("text, expected", [
    ("Tuesday's blast comes a day after six guards were killed at the gate.", date(2015, 12, 7)),
    ("The raid came two days after rebels shelled the town on Saturday.", date(2015, 12, 5)),
    ("The strike follows a day after a convoy was ambushed.", date(2015, 12, 8)),
])
def test_a_day_after_dates_the_earlier_event(text: str, expected: date) -> None:
    assert resolve_event_date(text, published=WEDNESDAY)[0] == expected
