"""Event-level rules added after reading the output on wire reports (sides of
victims and sponsors, non-events, places that are not places, tolls of another
day, one side per actor); each with a sentence written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from golden.support import TableGeocoder, make_doc
from sitreps.extract import extract_events
from sitreps.extract.assemble import one_side_each
from sitreps.extract.merge import same_actors
from sitreps.extract.places import is_debris
from sitreps.knowledge.triggers import load_triggers
from sitreps.model import Event, PlaceMention

PLACES = {
    "Deir Hafer": [{"name": "Dayr Hafir", "lat": 36.16, "lon": 37.71, "admin1": "Aleppo"}],
    "Tal Rifaat": [{"name": "Tall Rif`at", "lat": 36.47, "lon": 37.10, "admin1": "Aleppo"}],
    "Kafr Zita": [{"name": "Kafr Zayta", "lat": 35.37, "lon": 36.60, "admin1": "Hama"}],
    # a namesake the gazetteer might hold: the rule, not the table, must drop it
    "Mosul": [{"name": "Mosul", "lat": 35.9, "lon": 39.0, "admin1": "Ar-Raqqa"}],
}
GEO = TableGeocoder(PLACES)
BOOK = load_triggers()


def extract(text: str, published: str = "2016-03-02"):
    return extract_events(make_doc(text, published=published), geocoder=GEO)


def only(text: str, published: str = "2016-03-02"):
    events = extract(text, published)
    assert len(events) == 1, [(e.location, e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def _event(**fields) -> Event:
    return Event(doc_id="t", event_type="Battles", sub_event_type="Armed clash", **fields)


# --- who is on which side ------------------------------------------------------------

def test_review_members_of_a_group_killed_make_it_the_target():
    e = only("A US-led coalition air strike mistakenly killed 12 members of the Syrian Democratic Forces "
             "near Deir Hafer on Monday.")
    assert (e.actor1, e.actor2) == ("Coalition Forces (US-led)", "QSD: Syrian Democratic Forces")


def test_review_a_group_among_the_dead_is_not_the_doer():
    e = only("Ten children and 13 rebels were among 48 people executed by government forces in Deir Hafer on Tuesday.")
    assert (e.actor1, e.actor2) == ("Military Forces of Syria (2000-)", "Civilians (Syria)")


def test_review_a_sponsor_named_after_backed_by_is_not_a_party():
    e = only("Rebels backed by the United States captured Deir Hafer from Islamic State on Monday.")
    assert "United States" not in e.actor1 + e.assoc_actor_1 + e.actor2 + e.assoc_actor_2


def test_review_a_force_named_after_backed_by_stays_a_party():
    e = only("Syrian troops backed by Russian warplanes stormed Islamic State positions in Deir Hafer on Monday.")
    assert "Military Forces of Russia (2000-)" in e.assoc_actor_1


def test_review_the_enemy_a_coalition_is_named_for_is_not_the_target():
    e = only("Jets of the coalition fighting Islamic State struck Deir Hafer on Monday killing four civilians.")
    assert (e.actor2, e.assoc_actor_2) == ("Civilians (Syria)", "")


def test_review_the_group_holding_a_town_is_not_a_party():
    e = only("Regime helicopters dropped barrel bombs on the rebel-held town of Deir Hafer on Monday killing six civilians.")
    assert "Opposition Rebels (Syria)" not in (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2)


def test_review_an_investigator_is_not_the_doer():
    e = only("The US military is investigating reports that 20 civilians were killed in air strikes on Deir Hafer on Tuesday.")
    assert not e.actor1.startswith("Military Forces of the United States")


def test_review_an_actor_is_on_one_side_only():
    e = _event(actor1="Opposition Rebels (Syria)", assoc_actor_1="Jabhat al Nusra",
              actor2="Jabhat al Nusra", assoc_actor_2="Military Forces of Syria (2000-)", inter1=2, inter2=2)
    one_side_each(e)
    assert (e.actor2, e.assoc_actor_2, e.inter2, e.interaction) == ("Military Forces of Syria (2000-)", "", 1, 12)


def test_review_a_state_army_and_the_coalition_it_leads_are_one_side_in_the_merge():
    a = _event(actor1="Military Forces of the United States (2009-2017)", actor2="Civilians (Syria)")
    b = _event(actor1="Coalition Forces (US-led)", actor2="Civilians (Syria)")
    assert same_actors(a, b)


def test_review_two_rebel_groups_are_not_one_side_in_the_merge():
    a = _event(actor1="Jabhat al Nusra", actor2="Military Forces of Syria (2000-)")
    b = _event(actor1="Jaish al-Islam", actor2="Islamic State (Syria)")
    assert not same_actors(a, b)


# --- tolls and claims ------------------------------------------------------------------

def test_review_a_vague_toll_in_a_strike_counts_as_significant():
    e = only("Syrian warplanes struck militants in Deir Hafer on Monday killing a large number of them.")
    assert e.fatalities == 10


def test_review_per_place_counts_win_over_splitting_the_total():
    events = extract("Some 90 militants were killed in Russian air strikes on Deir Hafer and Tal Rifaat on Monday. "
                     "Up to 60 fighters were killed in the area of Deir Hafer the ministry said adding some "
                     "30 militants were killed around the town of Tal Rifaat.")
    assert {e.location: e.fatalities for e in events} == {"Dayr Hafir": 60, "Tall Rif`at": 30}


def test_review_a_toll_of_another_day_is_not_the_event_s_toll():
    e = only("Government shelling hit Deir Hafer on Tuesday wounding ten people. "
             "On Sunday eleven civilians were killed in the province.")
    assert e.fatalities == 0


def test_review_the_sources_said_names_the_sources_named_before():
    events = extract("Military sources said the army captured Deir Hafer on Monday. "
                     "The army also shelled militants in Tal Rifaat killing five of them the sources said.")
    assert {e.location: e.claimed_by for e in events}["Tall Rif`at"] == "military sources"


def test_review_a_weekday_does_not_carry_into_a_bulletin_item_of_another_province():
    events = extract("On Thursday two children were injured in a rocket attack on Deir Hafer in Aleppo province. "
                     "A girl was injured in a mortar attack by militants on Kafr Zita in Hama province.",
                     published="2016-11-20")
    assert {e.location: e.event_date for e in events} == {"Dayr Hafir": date(2016, 11, 17), "Kafr Zayta": date(2016, 11, 20)}


def test_review_a_weekday_carries_to_the_next_sentence_in_the_same_province():
    events = extract("On Thursday the army captured Deir Hafer in Aleppo province. Troops also took Tal Rifaat.",
                     published="2016-11-20")
    assert {e.event_date for e in events} == {date(2016, 11, 17)}


# --- what is not an event ----------------------------------------------------------------

@pytest.mark.parametrize("clause,trigger", [
    ("after a string of US air strikes that have killed many of its leaders", "air strikes"),
    ("air strikes that killed hundreds of militants this year", "air strikes"),
    ("They face twin offensives in the east from the army and the Kurds", "offensives"),
    ("the airport which the militants have besieged for more than a year", "besieged"),
    ("used as an excuse by the government for its ongoing bombardment of the town", "bombardment"),
    ("the group said the blast was a response to the crimes committed by enemy aircraft", "aircraft"),
    ("there has been a lack of Russian air support on that front", "air support"),
    ("villages including Kafr Zita where a deadly attack on a convoy took place in May", "attack"),
    ("a truce has had little effect and shelling has continued since then", "shelling"),
    ("activists say government forces routinely target hospitals", "target"),
    ("investigators are looking into the alleged chemical attack on the town", "chemical attack"),
])
def test_review_background_and_aggregates_are_not_events(clause, trigger):
    assert BOOK.not_event(clause, trigger_start=clause.index(trigger)) is not None


@pytest.mark.parametrize("clause,trigger", [
    ("amid ongoing talks the army shelled the town on Monday", "shelled"),
    ("government forces retook the town where they had lost ground", "retook"),
])
def test_review_a_reported_event_with_those_words_elsewhere_stays_an_event(clause, trigger):
    assert BOOK.not_event(clause, trigger_start=clause.index(trigger)) is None


@pytest.mark.parametrize("text,sub_type", [
    ("the attack was carried out by a bomber in an explosives-laden truck", "Suicide bomb"),
    ("Russian bombers struck the town", "Air/drone strike"),
])
def test_review_a_bomber_in_a_truck_is_a_person_not_an_aircraft(text, sub_type):
    assert {h.sub_type.name for h in BOOK.scan(text)} == {sub_type}


def test_review_the_place_of_a_grievance_is_not_the_event_place():
    events = extract("A car bomb killed 20 people in Deir Hafer on Wednesday. Islamic State said the bombing was "
                     "a response to the crimes committed by coalition aircraft in the town of Tal Rifaat.")
    assert [e.location for e in events] == ["Dayr Hafir"]


def test_review_a_party_announcing_a_statement_is_the_claimant_not_the_doer():
    e = only("The US military announced in a statement that rebels captured Deir Hafer from Islamic State on Monday.")
    assert (e.sub_event_type, e.actor1) == ("Non-state actor overtakes territory", "Opposition Rebels (Syria)")


def test_review_a_town_across_the_border_is_not_an_event_place():
    assert extract("Coalition jets struck Islamic State positions near Mosul on Monday.") == []


# --- places that are not places -------------------------------------------------------------

@pytest.mark.parametrize("sentence,name", [
    ("a gas attack that Washington blamed on Bashar al-Assads regime", "Bashar al-Assads"),
    ("casualties were also reported in Hama Aleppo and Deir al-Zor", "Hama Aleppo"),
    ("a car bomb went off near the Hilaliyeh roundabout in the city", "Hilaliyeh"),
])
def test_review_debris_is_not_a_place(sentence, name):
    start = sentence.index(name)
    m = PlaceMention(text=name, start=start, end=start + len(name))
    assert is_debris(m, sentence, offset=0)


def test_review_a_town_is_not_debris():
    sentence = "regime shelling hit Deir Hafer on Monday"
    start = sentence.index("Deir Hafer")
    assert not is_debris(PlaceMention(text="Deir Hafer", start=start, end=start + 10), sentence, offset=0)
