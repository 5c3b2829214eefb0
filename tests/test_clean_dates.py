"""Publication dates: datelines, URLs, metadata, weekdays, and choosing between them."""
from __future__ import annotations

from datetime import date

import pytest

from sitreps.clean import clean_document
from sitreps.clean.datelines import (DateCandidate, dateline_at_start, dates_in_text, metadata_date, time_tail,
                                      url_dates)
from sitreps.clean.dates import choose_date, estimate_from_weekdays
from sitreps.model import RawDocument

BODY = "Army units repelled an attack near the village of Tal Hadiya, a field source said."


@pytest.mark.parametrize("text, expected", [
    ("Mon Mar 21, 2016 16:25:32", date(2016, 3, 21)),
    ("Published September 23 2016 Intense", date(2016, 9, 23)),
    ("Sun 22 Feb 2015 Suicide bomber", date(2015, 2, 22)),
    ("Tuesday 26 April 2016 21:41 Syrian", date(2016, 4, 26)),
    ("Last updated at Jun 182016 BEIRUT", date(2016, 6, 18)),
    ("14-05-2016 Syria", date(2016, 5, 14)),
    ("19.07.2016(updated 1457 19.07.2016)", date(2016, 7, 19)),
    ("Date of publication 25 August 2016 Fifteen", date(2016, 8, 25)),
    ("Posted on July 20 2016 by", date(2016, 7, 20)),
    ("2017-04-05 Warplanes", date(2017, 4, 5)),
])
def test_dateline_well_formed_shapes_parse(text: str, expected: date) -> None:
    found = dateline_at_start(text)
    assert found is not None and found[0].day == expected


@pytest.mark.parametrize("text", [
    "00:00 GMT +321 July 2019",
    "Soldiers patrol the countryside near Aleppo on December 2, 2015",
    "32 March 2016 is not a date",
    "Listen Live",
])
def test_dateline_rejects_clocks_and_dates_inside_sentences(text: str) -> None:
    assert dateline_at_start(text) is None


def test_dateline_notices_weekday_that_contradicts_date() -> None:
    found = dateline_at_start("Fri Mar 21, 2016")
    assert found is not None and not found[0].weekday_ok


@pytest.mark.parametrize("url, expected", [
    ("https://sputniknews.com/middleeast/201512091031454159-army-offensive/", date(2015, 12, 9)),
    ("http://example.com/2016/05/16/army-destroys-centers/", date(2016, 5, 16)),
    ("http://example.com/news/2017-06-12-army-advances", date(2017, 6, 12)),
])
def test_url_dates_found(url: str, expected: date) -> None:
    assert [c.day for c in url_dates(url)] == [expected]


def test_url_without_date_gives_nothing() -> None:
    assert url_dates("http://en.alalam.ir/news/1800872") == []


@pytest.mark.parametrize("value, expected", [
    ("2016-05-16", date(2016, 5, 16)),
    ("4/5/2017", date(2017, 4, 5)),
    ("5 April 2017", date(2017, 4, 5)),
    ("2016-05-16T10:00:00Z", date(2016, 5, 16)),
])
def test_metadata_date_formats(value: str, expected: date) -> None:
    found = metadata_date(value)
    assert found is not None and found.day == expected


def test_metadata_date_garbage_is_none() -> None:
    assert metadata_date("not a date") is None


def test_choose_dateline_over_contradicting_metadata() -> None:
    choice = choose_date([DateCandidate(date(2016, 9, 23), "dateline", "x"),
                          DateCandidate(date(2016, 9, 14), "metadata", "y")])
    assert (choice.published, choice.source) == (date(2016, 9, 23), "dateline")
    assert choice.conflicts == ["metadata 2016-09-14 contradicts dateline 2016-09-23"]


def test_choose_agreeing_url_and_metadata_over_lone_dateline() -> None:
    choice = choose_date([DateCandidate(date(2019, 7, 21), "dateline", "x"),
                          DateCandidate(date(2015, 12, 9), "url", "y"),
                          DateCandidate(date(2015, 12, 9), "metadata", "z")])
    assert choice.published == date(2015, 12, 9)


def test_choose_weekdays_break_a_tie() -> None:
    # 2016-05-15 is a Sunday; the text speaks of Sunday.
    choice = choose_date([DateCandidate(date(2016, 5, 15), "url", "x"),
                          DateCandidate(date(2016, 5, 20), "url", "y")], weekdays=[6])
    assert choice.published == date(2016, 5, 15)


def test_choose_nothing_gives_none() -> None:
    choice = choose_date([])
    assert (choice.published, choice.source, choice.conflicts) == (None, "none", [])


def test_document_page_clock_is_not_the_date() -> None:
    raw = RawDocument(id="t", text=f"00:00 GMT +321 July 2019\nListen Live\n\n{BODY}\n",
                      url="https://sputniknews.com/middleeast/201512091031454159-x/")
    doc = clean_document(raw)
    assert (doc.published, doc.published_source) == (date(2015, 12, 9), "url")


def test_document_records_metadata_conflict() -> None:
    doc = clean_document(RawDocument(id="t", text=f"Published September 23 2016 {BODY}", published="2016-09-14"))
    assert doc.published == date(2016, 9, 23)
    assert doc.published_source == "dateline"
    assert doc.date_conflicts == ["metadata 2016-09-14 contradicts dateline 2016-09-23"]


def test_document_weekday_led_date_in_head() -> None:
    doc = clean_document(RawDocument(id="t", title="Blast kills four Monitor",
                                     text=f"Blast kills four Monitor AFP Saturday 11 Jul 2015 {BODY}"))
    assert (doc.published, doc.published_source) == (date(2015, 7, 11), "dateline")


def test_document_wire_dateline_takes_year_from_metadata() -> None:
    doc = clean_document(RawDocument(id="t", published="2016-10-01",
                                     text=f"DAMASCUS, Oct 3 (Reuters) - {BODY}"))
    assert (doc.published, doc.published_source) == (date(2016, 10, 3), "dateline")


def test_document_metadata_only() -> None:
    doc = clean_document(RawDocument(id="t", text=BODY, published="2016-05-16"))
    assert (doc.published, doc.published_source) == (date(2016, 5, 16), "metadata")


def test_document_without_any_date() -> None:
    doc = clean_document(RawDocument(id="t", text=BODY))
    assert (doc.published, doc.published_source) == (None, "none")


@pytest.mark.parametrize("rest, expected", [
    (" 16:25:32", " 16:25:32"),
    (" 2037 UTC+3 A representative", " 2037 UTC+3 "),
    (" / 12:34 PM / 2 years ago", " / 12:34 PM / 2 years ago"),
    (" 4:05 p.m. ET The army", " 4:05 p.m. ET "),
    (" Astana talks resumed", " "),
    (" 16:25 Amid the fighting", " 16:25 "),
])
def test_time_tail_after_dateline(rest: str, expected: str) -> None:
    assert time_tail(rest) == expected


def test_document_wire_page_stamp_line_dropped() -> None:
    doc = clean_document(RawDocument(id="t", text=f"October 3, 2016 / 12:34 PM / 2 years ago\n\n{BODY}"))
    assert (doc.text, doc.published) == (BODY, date(2016, 10, 3))


def test_estimate_from_latest_text_date_and_weekdays() -> None:
    # Latest date 2015-12-02 (a Wednesday); the text speaks of Monday and Tuesday.
    choice = estimate_from_weekdays([date(2015, 11, 20), date(2015, 12, 2)], [0, 1])
    assert (choice.published, choice.source) == (date(2015, 12, 8), "weekday")
    assert choice.conflicts and choice.conflicts[0].startswith("estimated")


def test_estimate_needs_named_weekdays() -> None:
    assert estimate_from_weekdays([date(2015, 12, 2)], []).published is None


def test_document_estimated_when_no_dateline_url_or_metadata() -> None:
    text = (f"{BODY}\n\nOn Monday and on Tuesday, troops advanced near the town.\n\n"
            "Soldiers patrol the countryside near Aleppo on December 2, 2015\n"
            "Soldiers patrol the countryside near Aleppo on December 2, 2015\n")
    doc = clean_document(RawDocument(id="t", text=text))
    assert (doc.published, doc.published_source) == (date(2015, 12, 8), "weekday")


def test_dates_in_text_ignore_page_clock() -> None:
    assert dates_in_text("00:00 GMT +321 July 2019 Listen Live") == []
