"""Neutral ACLED-style notes (CODEBOOK section 7)."""
from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from sitreps.extract.notes import LOADED, VERBS, neutralise, write_note
from sitreps.model import Event, PlaceMention

SYRIA = "Military Forces of Syria (2000-)"


def event(**fields) -> Event:
    base = dict(doc_id="d", event_type="Battles", sub_event_type="Armed clash", event_date=date(2016, 3, 4),
                actor1=SYRIA, location="Kafr Nabl", admin1="Idleb")
    return Event(**(base | fields))


def test_note_names_date_actors_place_and_toll() -> None:
    note = write_note(event(assoc_actor_1="NDF: National Defence Forces", actor2="Islamic State (Syria)",
                            fatalities=12, fatalities_text="dozens killed", claimed_by="a military source"))
    assert note == ("On 4 March 2016, Syrian government forces and NDF clashed with IS in Kafr Nabl (Idleb); "
                    "according to a military source, 12 killed (\"dozens killed\").")


@pytest.mark.parametrize("precision, start", [(1, "On 4 March 2016,"), (2, "Around 4 March 2016,"),
                                               (3, "In March 2016,")])
def test_note_date_follows_time_precision(precision: int, start: str) -> None:
    assert write_note(event(time_precision=precision)).startswith(start)


def test_note_says_near_for_precision_two() -> None:
    note = write_note(event(geo_precision=2, mention=PlaceMention("Kafr Nabl", relation="near")))
    assert " near Kafr Nabl (Idleb)" in note


def test_note_without_place_names_the_governorate() -> None:
    assert "in Idleb governorate" in write_note(event(location=""))


def test_note_without_second_actor_is_one_sided() -> None:
    note = write_note(event(sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)"))
    assert "Russian forces carried out air strikes in Kafr Nabl" in note


def test_note_says_killed_or_wounded_and_share_of_a_split_total() -> None:
    note = write_note(event(fatalities=2, fatalities_text="killing or wounding dozens",
                            fatalities_rule="killed_and_wounded+split"))
    assert note.endswith('2 killed or wounded (share of a reported total: "killing or wounding dozens").')


def test_note_reports_casualties_without_deaths() -> None:
    note = write_note(event(fatalities_text="heavy losses", fatalities_rule="losses_only"))
    assert note.endswith('the source claims casualties without a death count ("heavy losses").')


@pytest.mark.parametrize("claimed_by, says", [
    ("Pentagon", "according to the Pentagon, 3 killed"),
    ("Turkish military", "according to the Turkish military, 3 killed"),
    ("report", "according to the report, 3 killed"),
    ("SOHR", "according to SOHR, 3 killed"),
    ("local sources", "according to local sources, 3 killed"),
    ("a military source", "according to a military source, 3 killed"),
])
def test_note_names_an_institution_with_its_article(claimed_by: str, says: str) -> None:
    assert says in write_note(event(fatalities=3, claimed_by=claimed_by))


@pytest.mark.parametrize("rule", ["none_reported", "none_reported+split"])
def test_note_says_no_one_killed_when_the_report_says_so(rule: str) -> None:
    note = write_note(event(fatalities_text="no injuries", fatalities_rule=rule))
    assert note.endswith('the source claims no one killed ("no injuries").')


def test_note_reports_casualties_without_deaths_in_a_split_event() -> None:
    note = write_note(event(fatalities_text="losses", fatalities_rule="losses_only+split"))
    assert note.endswith('the source claims casualties without a death count ("losses").')


@pytest.mark.parametrize("text, expected", [
    ("the army purged the town of terrorists", "the army cleared the town of militants"),
    ("Takfiri terrorists were liberated", "militants were captured"),
    ('a source said "terrorists fled"', 'a source said "terrorists fled"'),
])
def test_neutralise_replaces_loaded_words_outside_quotes(text: str, expected: str) -> None:
    assert neutralise(text) == expected


LOADED_OUTSIDE_QUOTES = re.compile(r"\b(" + "|".join(LOADED) + r")\b", re.I)


def test_no_note_has_loaded_words_outside_quotes() -> None:
    actors = [SYRIA, "Islamic State (Syria)", "Jabhat al Nusra", "Opposition Rebels (Syria)",
              "Civilians (Syria)", "Liberation Army of Takfiri terrorists", ""]
    claims = ["", "field sources", "sources close to the terrorists"]
    texts = ["", "scores of terrorists purged", "heavy death toll"]
    bad = []
    for sub, a2, claim, words in itertools.product(VERBS, actors, claims, texts):
        note = write_note(event(sub_event_type=sub, actor2=a2, claimed_by=claim, fatalities=5 if words else 0,
                                fatalities_text=words))
        outside = re.sub(r"\"[^\"]*\"", "", note)
        if LOADED_OUTSIDE_QUOTES.search(outside):
            bad.append(note)
    assert bad == []
