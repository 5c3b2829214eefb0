"""Who does what in non-violent and defensive events, what civilians leaving is,
and the governorate an unresolved place keeps: sentences written for the test."""
from __future__ import annotations

from dataclasses import replace

from golden.support import TableGeocoder, make_doc
from sitreps.extract import extract_events
from sitreps.knowledge.triggers import load_triggers

GEO = TableGeocoder({
    "Tal Hamra": [{"name": "Tall Hamra", "lat": 35.5, "lon": 36.7, "admin1": "Idlib"}],
    "Qaboun": [{"name": "Al Qabun", "lat": 33.54, "lon": 36.33, "admin1": "Damascus"}],
    "Damascus": [{"name": "Damascus", "lat": 33.51, "lon": 36.29, "admin1": "Damascus"}],
    "Harasta": [{"name": "Harasta", "lat": 33.56, "lon": 36.36, "admin1": "Rural Damascus"}],
    "Saraqeb": [{"name": "Saraqib", "lat": 35.86, "lon": 36.8, "admin1": "Idlib"}],
    "Maarat al-Numan": [{"name": "Ma`arrat an Nu`man", "lat": 35.64, "lon": 36.67, "admin1": "Idlib"}],
})


def extract(text: str, *, title: str | None = None):
    doc = make_doc(text, published="2017-05-10")
    if title is not None:
        doc = replace(doc, title=title)
    return extract_events(doc, geocoder=GEO)


def test_the_unit_that_defuses_a_device_is_actor1_and_the_group_that_planted_it_actor2():
    [e] = extract("Army engineering units defused an explosive device planted by ISIS terrorists "
                  "near the school of Tal Hamra village on Monday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Disrupted weapons use", "Military Forces of Syria (2000-)", "Islamic State (Syria)")


def test_fighters_leaving_under_a_deal_is_a_transfer_at_the_district_on_the_day():
    [e] = extract("The remaining gunmen and their relatives left the Qaboun district of Damascus on Sunday "
                  "under a settlement deal concluded with the state in January.")
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert (e.location, str(e.event_date)) == ("Al Qabun", "2017-05-07")
    assert e.actor2 != "Civilians (Syria)"


def test_clearing_mines_is_not_an_explosion():
    events = extract("Army units later entered Qaboun and started clearing it of landmines and explosive devices.")
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_civilians_leaving_a_town_is_not_a_transfer_of_territory():
    assert extract("Dozens of civilians left the town of Harasta on Tuesday via the safe passage.") == []


def test_an_attack_on_a_passage_takes_the_town_of_the_sentence_before():
    [e] = extract("Dozens of civilians left the town of Harasta on Tuesday via the safe passage. "
                  "Gunmen of Ahrar al-Sham fired mortar shells at the passage while the people were leaving, "
                  "killing three civilians and injuring five others.")
    assert (e.sub_event_type, e.actor1, e.location, e.fatalities) == (
        "Shelling/artillery/missile attack", "Ahrar al-Sham", "Harasta", 3)
    assert e.actor2 == "Civilians (Syria)"


def test_the_informant_going_on_in_the_next_paragraph_keeps_the_town():
    [e] = extract("Dozens of civilians left the town of Harasta on Tuesday via the safe passage, a local reporter said.\n\n"
                  "The reporter added that gunmen of Ahrar al-Sham fired mortar shells at the passage, killing three civilians.")
    assert (e.sub_event_type, e.location, e.actor2) == ("Shelling/artillery/missile attack", "Harasta", "Civilians (Syria)")


def test_an_event_of_another_day_does_not_take_the_town_of_the_sentence_before():
    events = extract("Dozens of civilians left the town of Harasta on Tuesday via the safe passage. "
                     "In January a car bomb killed six soldiers.")
    assert all(e.location != "Harasta" for e in events)


def test_a_new_story_does_not_take_the_town_of_the_paragraph_before():
    events = extract("Dozens of civilians left the town of Harasta on Tuesday via the safe passage.\n\n"
                     "Gunmen of Ahrar al-Sham fired mortar shells at a checkpoint, killing three soldiers.")
    assert all(e.location != "Harasta" for e in events)


def test_an_unresolved_village_is_not_folded_into_a_later_event_of_its_governorate():
    text = ("Government forces pressed their offensive in southern Idlib on Wednesday.\n\n"
            "Fighting raged around Maarat al-Numan, military sources said.\n\n"
            "Russian warplanes also struck positions of Jaish al-Izza in the village of Umm Qasab, "
            "killing at least nine militants.\n\n"
            "Elsewhere, Jaish al-Izza fighters shelled the town of Saraqeb with mortars on Tuesday, "
            "wounding four civilians.")
    events = extract(text, title="Army advances in southern Idlib")
    [e] = [e for e in events if e.location == "Umm Qasab"]
    assert (e.sub_event_type, e.admin1, e.geo_precision) == ("Air/drone strike", "Idleb", 3)


def test_an_unresolved_village_takes_the_governorate_of_the_headline():
    text = ("Government forces pressed their offensive on Wednesday, a military source said.\n\n"
            "Russian warplanes also struck positions of Jaish al-Izza in the village of Umm Qasab, "
            "killing at least nine militants.")
    [e] = extract(text, title="Army advances in southern Idlib")
    assert (e.location, e.admin1, e.geo_precision) == ("Umm Qasab", "Idleb", 3)


def test_a_paragraph_going_on_with_also_keeps_the_day_of_the_story():
    events = extract("Government troops captured the town of Saraqeb on Monday after clashes with Jaish al-Izza.\n\n"
                     "Russian warplanes also struck positions of Jaish al-Izza in Maarat al-Numan, killing five militants.")
    [e] = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert str(e.event_date) == "2017-05-08"


def test_people_pulled_out_of_rubble_are_no_transfer_of_territory():
    hits = load_triggers().scan("A girl was pulled out of the rubble of her home in Harasta.")
    assert all(h.sub_type.name != "Non-violent transfer of territory" for h in hits)
