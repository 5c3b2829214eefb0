"""CODEBOOK rules of event assembly, each with sentences written for the test:
splitting by place, merging, precedence, what is not an event, context from
section headers and paragraphs, label resolution, tolls, evidence offsets."""
from __future__ import annotations

from dataclasses import replace

import pytest

from golden.support import TableGeocoder, make_doc
from sitreps.errors import DocumentError
from sitreps.extract import extract_events
from sitreps.extract.merge import same_place
from sitreps.model import Event

PLACES = {
    "Tal Rifaat": [{"name": "Tall Rif`at", "lat": 36.47, "lon": 37.10, "admin1": "Aleppo"}],
    "Mare'": [{"name": "Mari`", "lat": 36.49, "lon": 37.19, "admin1": "Aleppo"}],
    "Azaz": [{"name": "A`zaz", "lat": 36.59, "lon": 37.05, "admin1": "Aleppo"}],
    "Deir Hafer": [{"name": "Dayr Hafir", "lat": 36.16, "lon": 37.71, "admin1": "Aleppo"}],
    "Kafr Zita": [{"name": "Kafr Zayta", "lat": 35.37, "lon": 36.60, "admin1": "Hama"}],
    "al-Mayadin": [{"name": "Al Mayadin", "lat": 35.02, "lon": 40.45, "admin1": "Deir-ez-Zor"}],
    "al-Bukamal": [{"name": "Al Bukamal", "lat": 34.45, "lon": 40.92, "admin1": "Deir-ez-Zor"}],
    "al-Salihiyah": [
        {"name": "As Salihiyah (Aleppo)", "lat": 36.2, "lon": 37.1, "admin1": "Aleppo"},
        {"name": "As Salihiyah", "lat": 34.73, "lon": 40.74, "admin1": "Deir-ez-Zor"},
    ],
    "Moscow": [],
}
GEO = TableGeocoder(PLACES)


def extract(text: str, published: str = "2016-03-02"):
    return extract_events(make_doc(text, published=published), geocoder=GEO)


def only(text: str, published: str = "2016-03-02"):
    events = extract(text, published)
    assert len(events) == 1, [(e.location, e.sub_event_type) for e in events]
    return events[0]


# --- one event per place ----------------------------------------------------------

def test_extract_splits_a_list_of_places_into_one_event_each():
    events = extract("Syrian warplanes bombed Islamic State positions in Tal Rifaat, Azaz and Deir Hafer on Tuesday.")
    assert sorted(e.location for e in events) == ["A`zaz", "Dayr Hafir", "Tall Rif`at"]


def test_extract_numbers_the_events_of_a_list_in_the_order_the_text_names_them():
    events = extract("Syrian warplanes bombed Islamic State positions in Tal Rifaat, Azaz and Deir Hafer on Tuesday.")
    assert [e.location for e in events] == ["Tall Rif`at", "A`zaz", "Dayr Hafir"]


def test_extract_splits_a_total_toll_evenly_across_the_places():
    events = extract("Syrian warplanes bombed Islamic State positions in Tal Rifaat, Azaz and Deir Hafer, killing 10 militants.")
    assert sorted(e.fatalities for e in events) == [3, 3, 4]


def test_extract_gives_a_toll_told_in_the_next_sentence_to_the_event():
    e = only("The Syrian army clashed with Islamic State fighters near Deir Hafer on Monday. "
             "Twelve militants were killed in the clashes.")
    assert e.fatalities == 12


# --- merge and precedence ---------------------------------------------------------

def test_extract_merges_two_reports_of_one_event_keeping_both_sentences():
    e = only("The Syrian army clashed with Islamic State near Deir Hafer on Monday. "
             "On Monday, government troops fought Islamic State militants near Deir Hafer.")
    assert len(e.evidence) == 2


def test_extract_merges_a_strike_supporting_a_ground_battle_into_the_battle():
    e = only("Syrian troops, backed by Syrian warplanes, stormed Islamic State positions in Deir Hafer on Monday.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_extract_codes_shelling_plus_air_strikes_as_one_air_strike():
    e = only("The Syrian army's artillery and Syrian warplanes pounded Islamic State positions in Deir Hafer on Monday.")
    assert e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("sentence, sub_type", [
    ("The Syrian army recaptured Deir Hafer from Islamic State after fierce clashes on Monday.", "Government regains territory"),
    ("Islamic State militants seized Deir Hafer from government forces after heavy fighting on Monday.",
     "Non-state actor overtakes territory"),
    ("Syrian warplanes attacked Islamic State positions in Deir Hafer on Monday.", "Air/drone strike"),
    ("The Syrian army attacked Islamic State positions in Deir Hafer on Monday.", "Armed clash"),
    ("Government troops targeted Islamic State positions in Deir Hafer on Monday.", "Shelling/artillery/missile attack"),
    ("Islamic State set fire to the crops of villagers in Deir Hafer on Monday.", "Looting/property destruction"),
    ("Islamic State militants withdrew from Deir Hafer on Monday.", "Non-violent transfer of territory"),
])
def test_extract_codes_the_sub_type_by_acled_precedence(sentence, sub_type):
    assert only(sentence).sub_event_type == sub_type


# --- what is not an event ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Syrian army will soon launch an offensive on Deir Hafer, a military source said.",
    "The army intends to recapture Deir Hafer from Islamic State.",
    "If the army captures Deir Hafer, the road to Raqqa will be open.",
    "The Syrian army did not attack Islamic State positions in Deir Hafer on Monday.",
    "Syria has been mired in a civil war since 2011, with clashes in Deir Hafer and across the north.",
    "Over the past year, hundreds of militants have been killed in clashes near Deir Hafer.",
    "Russian warplanes carried out air strikes in Syria, the defence ministry in Moscow said.",
    "Russian warplanes have bombed targets across Syria since the campaign began.",
    "Moscow denied that Russian jets bombed the town of Deir Hafer on Monday.",
    "The coalition has been carrying out air strikes near Deir Hafer for months.",
    "There were 43 attacks on hospitals near Deir Hafer in July, a charity said.",
    "Civilians fled the fighting near Deir Hafer, the United Nations said.",
])
def test_extract_does_not_code_forecasts_negations_background_or_country_level(sentence):
    assert extract(sentence) == []


def test_extract_does_not_duplicate_a_province_level_lede_of_a_detailed_event():
    text = ("The Syrian army killed dozens of Islamic State militants in Aleppo province.\n\n"
            "The army clashed with Islamic State militants near Deir Hafer on Monday, killing 24 of them.")
    e = only(text)
    assert e.location == "Dayr Hafir"


# --- context --------------------------------------------------------------------------

def test_extract_takes_the_governorate_from_a_section_header():
    text = ("Syria in Last 24 Hours: Army Advances\n\n\nDeir Ezzur\n\n"
            "The Syrian army's artillery shelled Islamic State positions in al-Salihiyah.")
    assert only(text).admin1 == "Deir-ez-Zor"


def test_extract_takes_the_place_of_a_follow_up_sentence_from_the_paragraph():
    text = ("Syrian warplanes bombed Islamic State positions in al-Mayadin on Monday. "
            "The strikes destroyed three vehicles and killed 5 militants, a source said.")
    e = only(text)
    assert (e.location, e.fatalities) == ("Al Mayadin", 5)


@pytest.mark.parametrize("text, actor2", [
    ("The Syrian army clashed with terrorists of Jaish al-Izza near Kafr Zita on Monday.", "Jaish al-Izza"),
    ("The Syrian army clashed with terrorists near Kafr Zita on Monday. The terrorists belonged to Jaish al-Izza.",
     "Jaish al-Izza"),
    ("The Syrian army clashed with terrorists near Kafr Zita on Monday.", "Opposition Rebels (Syria)"),
])
def test_extract_resolves_loaded_labels_to_the_group_named_nearby(text, actor2):
    e = only(text)
    assert (e.actor1, e.actor2) == ("Military Forces of Syria (2000-)", actor2)


def test_extract_puts_allies_in_the_assoc_columns():
    e = only("The Syrian army and the National Defence Forces clashed with Islamic State near Deir Hafer on Monday.")
    assert (e.actor1, e.assoc_actor_1, e.actor2) == (
        "Military Forces of Syria (2000-)", "NDF: National Defence Forces", "Islamic State (Syria)")


def test_extract_names_the_principal_state_force_first_in_a_joint_strike():
    e = only("Russian and Syrian warplanes bombed Islamic State positions in Deir Hafer on Monday.")
    assert (e.actor1, e.assoc_actor_1) == ("Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)")


def test_extract_dates_a_weekday_against_the_publication_date():
    e = only("The Syrian army clashed with Islamic State near Deir Hafer on Monday.", published="2016-03-02")
    assert str(e.event_date) == "2016-02-29"


# --- evidence ---------------------------------------------------------------------------

def test_extract_evidence_offsets_point_into_the_raw_text():
    text = "Header line\n\nSyrian warplanes bombed Islamic State positions in al-Bukamal on Monday, killing 4."
    for e in extract(text):
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text


def test_extract_event_ids_are_numbered_in_text_order():
    events = extract("Syrian warplanes bombed Islamic State positions in Tal Rifaat and Azaz on Tuesday.")
    assert [e.event_id for e in events] == ["t-1-e01", "t-1-e02"]


# --- rules found reading wire copy (fakes40) -------------------------------------------

def test_extract_holds_a_lede_without_place_until_the_next_sentence_places_it():
    text = ("Syrian warplanes killed at least 28 civilians on Monday, a monitor said. "
            "The raids hit the town of al-Mayadin, the Observatory said.")
    e = only(text)
    assert (e.location, e.fatalities, e.actor1) == ("Al Mayadin", 28, "Military Forces of Syria (2000-)")


def test_extract_a_following_sentence_places_a_province_level_event():
    text = ("The Syrian army killed 30 Islamic State militants in clashes in Aleppo province on Monday. "
            "The fatalities were caused in the village of Deir Hafer.")
    e = only(text)
    assert (e.location, e.fatalities) == ("Dayr Hafir", 30)


def test_extract_claimants_are_not_actors():
    e = only("Islamic State shelled the town of Azaz on Monday, Turkish security sources said.")
    assert "Turkey" not in e.actor1 + e.actor2


def test_extract_places_across_the_border_are_not_event_places():
    events = extract("Islamic State shelled the town of Azaz on Monday and the Turkish town of Kilis.")
    assert [e.location for e in events] == ["A`zaz"]


def test_extract_a_named_region_of_a_governorate_is_the_event_place_not_the_governorate():
    e = only("The Syrian army fought Jaish al-Islam in the Eastern Ghouta of Damascus on Monday.")
    assert (e.location, e.admin1, e.geo_precision) == ("Ghouta", "Rural Damascus", 3)


def test_extract_where_the_shooters_sit_is_not_the_event_place():
    e = only("Terrorists positioned in Tal Rifaat fired mortar shells on Azaz on Monday, killing 2 civilians.")
    assert e.location == "A`zaz"


def test_extract_a_place_held_by_a_group_does_not_make_it_the_attacker():
    e = only("Syrian warplanes bombed the town of Deir Hafer held by Islamic State on Monday.")
    assert (e.actor1, e.actor2) == ("Military Forces of Syria (2000-)", "Islamic State (Syria)")


def test_extract_the_attack_on_a_district_is_the_event_just_told():
    text = ("Syrian warplanes bombed Deir Hafer on Monday. "
            "The raids on Deir Hafer killed 6 people, the Observatory said.")
    e = only(text)
    assert (e.sub_event_type, e.fatalities) == ("Air/drone strike", 6)


def test_extract_one_bombing_told_twice_is_one_event():
    text = ("A car bomb killed 9 people in al-Mayadin on Monday. "
            "A suicide bomber blew himself up in al-Mayadin on Monday, a source said.")
    e = only(text)
    assert e.sub_event_type == "Suicide bomb"


def test_extract_headline_places_an_event_the_text_does_not_place():
    doc = make_doc("Government troops clashed with Islamic State 15 kilometers to the east of the city on Monday.")
    doc.title = "Army repels attack near al-Mayadin"
    events = extract_events(doc, geocoder=GEO)
    assert [e.location for e in events] == ["Al Mayadin"]


def test_extract_splits_by_day_with_the_toll_divided():
    events = extract("The Syrian army clashed with Islamic State near Deir Hafer on Monday and Tuesday, killing 9 militants.",
                     published="2016-03-02")
    assert sorted((str(e.event_date), e.fatalities) for e in events) == [("2016-02-29", 5), ("2016-03-01", 4)]


@pytest.mark.parametrize("sentence", [
    "Islamic State militants executed 5 villagers in Deir Hafer on Monday.",
    "Islamic State militants executed five people in Deir Hafer on Monday.",
])
def test_extract_violence_against_civilians_has_civilians_as_actor2(sentence):
    e = only(sentence)
    assert (e.event_type, e.actor1, e.actor2) == (
        "Violence against civilians", "Islamic State (Syria)", "Civilians (Syria)")


def test_extract_passive_agent_after_the_trigger_leads():
    e = only("By Friday the village of Deir Hafer, taken by government forces, had been recaptured by Islamic State.")
    assert (e.sub_event_type, e.actor1) == ("Non-state actor overtakes territory", "Islamic State (Syria)")


def test_extract_failure_is_a_document_error_not_an_empty_list():
    class Broken:
        def resolve(self, mentions):
            raise RuntimeError("gazetteer gone")

        def is_place(self, name):
            return False

    with pytest.raises(DocumentError, match="E301"):
        extract_events(make_doc("Syrian warplanes bombed Deir Hafer on Monday."), geocoder=Broken())


# --- places known only at governorate level -----------------------------------------

class CapitalGeocoder(TableGeocoder):
    """Like the gazetteer geocoder: a name it does not know stays unresolved at its
    governorate's capital (geo_precision 3)."""

    def _one(self, m):
        place = super()._one(m)
        if place.resolved:
            return place
        return replace(place, latitude=36.2021, longitude=37.1343, admin1="Aleppo", geo_precision=3)


def _at(location: str, lat: float | None, lon: float | None, precision: int) -> Event:
    return Event(doc_id="d", event_type="Battles", sub_event_type="Armed clash", location=location,
                 latitude=lat, longitude=lon, geo_precision=precision)


@pytest.mark.parametrize("a, b, same", [
    (_at("Kafr Naya", 36.2021, 37.1343, 3), _at("Bayanoun", 36.2021, 37.1343, 3), False),
    (_at("Kafr Naya", 36.2021, 37.1343, 3), _at("Kafr Naya", 36.2021, 37.1343, 3), True),
    (_at("Tall Rif`at", 36.47, 37.10, 1), _at("Tal Rifaat", 36.47, 37.10, 2), True),
    (_at("Tall Rif`at", 36.47, 37.10, 1), _at("A`zaz", 36.59, 37.05, 1), False),
])
def test_extract_same_place_by_point_only_below_governorate_level(a, b, same):
    assert same_place(a, b) is same


def test_extract_keeps_unknown_villages_of_one_governorate_apart():
    doc = make_doc("Syrian warplanes bombed Islamic State positions in Kafr Naya, Tell Jibbin and Bayanoun "
                   "in Aleppo province on Tuesday.", published="2016-03-02")
    events = extract_events(doc, geocoder=CapitalGeocoder(PLACES))
    assert sorted(e.location for e in events) == ["Bayanoun", "Kafr Naya", "Tell Jibbin"]


def test_extract_evidence_spans_of_one_event_are_distinct():
    text = ("Casualties mount in the Eastern Ghouta town of Douma as the regime continues its assault for the fifth day. "
            "More than 40 people have been killed as troops allied to the government stepped up attacks on Douma. "
            "Government aircraft dropped bombs on Douma in at least 30 airstrikes.")
    events = extract_events(make_doc(text, published="2018-02-25"),
                            geocoder=CapitalGeocoder({"Douma": [{"name": "Duma", "lat": 33.57, "lon": 36.40,
                                                                  "admin1": "Rural Damascus"}]}))
    assert events
    for e in events:
        spans = [(x.start, x.end) for x in e.evidence]
        assert len(spans) == len(set(spans)), spans
