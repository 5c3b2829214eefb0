"""sitreps.geocode.mentions: place expressions of one sentence -> PlaceMention."""
from __future__ import annotations

import pytest

from sitreps.geocode.mentions import find_document_mentions, find_place_mentions, header_governorate


def names(text: str, **kw) -> list[str]:
    return [m.text for m in find_place_mentions(text, **kw)]


def one(text: str, name: str, **kw):
    found = [m for m in find_place_mentions(text, **kw) if m.text == name]
    assert found, f"{name!r} not found in {names(text, **kw)}"
    return found[0]


@pytest.mark.parametrize("text,expected", [
    ("Shells fell in Kafr Nabuda on Friday.", ["Kafr Nabuda"]),
    ("Troops advanced near Tall Hamdan overnight.", ["Tall Hamdan"]),
    ("Rebels retreated towards Qalaat Marqab.", ["Qalaat Marqab"]),
    ("the village of al-Mazraa was shelled", ["al-Mazraa"]),
    ("Fighting reached the outskirts of Deir Sunbul.", ["Deir Sunbul"]),
    ("Warplanes hit Umm Sharshuh village.", ["Umm Sharshuh"]),
    ("They entered the small town of Tall ad Dahab.", ["Tall ad Dahab"]),
    ("Clashes erupted in Mughr al Hamam and its outskirts.", ["Mughr al Hamam"]),
])
def test_mentions_cue_or_noun_marks_a_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Jets struck positions in Tall Ruman, Sharbiya, Jaruf and Hazima.", ["Tall Ruman", "Sharbiya", "Jaruf", "Hazima"]),
    ("Kafr Halab and Babatin were shelled.", []),
    ("Shelling hit Kafr Halab and Babatin.", ["Kafr Halab", "Babatin"]),
    ("an assault on the two key villages of Kafr Halab and Babatin", ["Kafr Halab", "Babatin"]),
    ("the two towns of Hamdaniya and Sukkariya", ["Hamdaniya", "Sukkariya"]),
    ("supply lines to Qasr Banat and al-Furqan towns", ["Qasr Banat", "al-Furqan"]),
])
def test_mentions_lists_split_into_places(text, expected):
    assert names(text) == expected


def test_mentions_list_items_share_plural_feature():
    mentions = find_place_mentions("supply lines to Qasr Banat and al-Furqan towns")
    assert [m.feature for m in mentions] == ["town", "town"]


def test_mentions_offsets_point_into_text_plus_offset():
    text = "Jets struck Daesh in Tall Ruman and Sharbiya."
    for m in find_place_mentions(text, offset=100):
        assert text[m.start - 100:m.end - 100] == m.text


def test_mentions_district_takes_parent_city():
    m = one("fighting near the Al-Saadiyah Quarter of the city of Aleppo", "Al-Saadiyah")
    assert (m.relation, m.parent) in {("district", "Aleppo"), ("near", "Aleppo")}
    assert m.feature == "quarter"


def test_mentions_neighbourhood_in_city():
    m = one("clashes in al-Qusour neighborhood in Raqqa city", "al-Qusour")
    assert (m.relation, m.parent, m.feature) == ("district", "Raqqa", "neighborhood")


@pytest.mark.parametrize("text,name", [
    ("positions near Sheikh Najjar camp were hit", "Sheikh Najjar"),
    ("clashes in the Khan Danun Palestinian Refugee Camp, leaving", "Khan Danun"),
])
def test_mentions_camp_feature(text, name):
    assert one(text, name).feature == "camp"


@pytest.mark.parametrize("text,name,km,bearing", [
    ("troops advanced 12km Northwest of Dibsi Afnan towards the river", "Dibsi Afnan", 12.0, "NW"),
    ("an ambush 5 kilometers East of the Shayrat airbase", "Shayrat", 5.0, "E"),
    ("a convoy 3 miles south of Tall Abyad", "Tall Abyad", 4.8, "S"),
])
def test_mentions_relative_position(text, name, km, bearing):
    m = one(text, name)
    assert (m.relation, m.distance_km, m.bearing) == ("near", km, bearing)


@pytest.mark.parametrize("text,name,bearing", [
    ("Military sources in Eastern Hama said", "Hama", "E"),
    ("raids in the Northern Homs countryside", "Homs", "N"),
    ("the Southern part of Lattakia province", "Lattakia", "S"),
    ("in the western countryside of Aleppo", "Aleppo", "W"),
])
def test_mentions_regions(text, name, bearing):
    m = one(text, name)
    assert (m.relation, m.bearing) == ("region", bearing)


def test_mentions_near_relation():
    assert one("attacks near the town of Kinsabba", "Kinsabba").relation == "near"


@pytest.mark.parametrize("text,name,gov", [
    ("strikes on Tall Ruman in Aleppo province", "Tall Ruman", "Aleppo"),
    ("Aqayrib village in the eastern countryside of Hama was shelled", "Aqayrib", "Hama"),
    ("in Hasaka province, fighters seized Tall Tamr", "Tall Tamr", "Al-Hasakeh"),
])
def test_mentions_governorate_named_gives_admin1_hint(text, name, gov):
    assert one(text, name).admin1_hint == gov


def test_mentions_default_admin1_from_section_header():
    assert one("jets hit Tall Ruman", "Tall Ruman", admin1_hint="Idleb").admin1_hint == "Idleb"


@pytest.mark.parametrize("text", [
    "clashes with Jeish al-Fatah in the area",
    "The Free Syrian Army attacked at dawn",
    "fighters of Ahrar al-Sham and al-Nusra Front",
    "on Monday, Russia said in March",
    "according to Reuters and SANA",
    "talks went on in the Kazakh capital Astana",
])
def test_mentions_groups_days_and_countries_are_not_places(text):
    assert names(text) == []


def test_mentions_is_actor_filters_names():
    text = "a raid in Liwa Sultan Murad and in Tall Ruman"
    assert names(text, is_actor=lambda n: n.startswith("Liwa")) == ["Tall Ruman"]


def test_mentions_is_place_admits_names_without_cue():
    assert names("Kafr Halab and Babatin were shelled", is_place=lambda n: n in {"Kafr Halab", "Babatin"}) == ["Kafr Halab", "Babatin"]


@pytest.mark.parametrize("line,gov", [("Deir Ezzur", "Deir-ez-Zor"), ("Hama:", "Hama"), ("The army advanced", None)])
def test_header_governorate(line, gov):
    assert header_governorate(line) == gov


def test_mentions_title_case_headline_keeps_only_known_places():
    headline = "Army Allies Fully Recapture Aleppo, Purge Entire City of Terrorists"
    assert names(headline) == ["Aleppo"]


def test_mentions_title_case_headline_uses_gazetteer_check():
    headline = "Army Liberates Key Town of Kafr Halab in Western Aleppo"
    assert names(headline, is_place=lambda n: n == "Kafr Halab") == ["Kafr Halab", "Aleppo"]


def test_mentions_hyphenated_airbase_name():
    m = one("attacks near the T-4 Military Airport failed", "T-4")
    assert (m.relation, m.feature) == ("near", "military airport")


def test_mentions_square_inside_camp_takes_camp_as_parent():
    m = one("clashes in Abi Jamal square in Khan Eshieh camp", "Abi Jamal")
    assert (m.parent, m.feature) == ("Khan Eshieh", "square")


def test_mentions_bare_of_needs_gazetteer():
    assert names("fighters of the Army of Conquest") == []
    assert names("fighters of Binnish", is_place=lambda n: n == "Binnish") == ["Binnish"]


def test_mentions_farms_noun_not_shared_by_list():
    found = find_place_mentions("raids on Kissin, Tal Do and Abu al-Iz farms")
    assert [(m.text, m.feature) for m in found] == [("Kissin", None), ("Tal Do", None), ("Abu al-Iz", "farms")]


def test_document_mentions_offsets_point_into_document():
    text = "Headline\n\nJets hit Tall Ruman.\nDeir Ezzur\nShells fell on Mu Hassan."
    for m in find_document_mentions(text):
        assert text[m.start:m.end] == m.text


def test_document_mentions_section_header_gives_admin1():
    text = "Deir Ezzur\nShells fell on Mu Hassan.\nClashes went on in al-Jafra."
    assert [m.admin1_hint for m in find_document_mentions(text)] == ["Deir-ez-Zor", "Deir-ez-Zor"]


def test_document_mentions_header_ends_when_another_governorate_is_named():
    text = "Deir Ezzur\nShells fell on Mu Hassan.\nIn Hama province, jets hit Souran.\nRaids hit Kafr Zita."
    hints = {m.text: m.admin1_hint for m in find_document_mentions(text)}
    assert (hints["Mu Hassan"], hints["Souran"], hints["Kafr Zita"]) == ("Deir-ez-Zor", "Hama", None)


def test_document_mentions_no_carry_without_header():
    text = "Jets hit Souran in Hama province.\n\nRaids hit Kafr Zita."
    assert {m.text: m.admin1_hint for m in find_document_mentions(text)}["Kafr Zita"] is None


def test_mentions_district_takes_city_named_before():
    m = one("fighting in Raqqa city went on, with clashes in al-Qusour neighborhood", "al-Qusour")
    assert m.parent == "Raqqa"


@pytest.mark.parametrize("text,expected", [
    ("clashes in Damascus Saturday, the monitor said", ["Damascus"]),
    ("a bomb in Syrias Aleppo province", ["Aleppo"]),
    ("the Aleppo Police Command said", []),
    ("along the Turkish-Syrian border", []),
    ("shared on Facebook and in U.S. statements", []),
])
def test_mentions_noise_words_cut_or_rejected(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,name", [
    ("Shelling hit Tall as Sawwan on Monday.", "Tall as Sawwan"),
    ("Troops entered Jabal at Turkuman.", "Jabal at Turkuman"),
    ("Clashes in Khan as Subul village.", "Khan as Subul"),
])
def test_mentions_article_assimilated_to_next_word_stays_in_the_name(text, name):
    assert [m.text for m in find_place_mentions(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Shelling in Aleppo as Syrian troops advanced.", "Aleppo"),
    ("Fighting in Raqqa as Syrian Democratic Forces advanced.", "Raqqa"),
])
def test_mentions_english_as_ends_the_name(text, name):
    assert [m.text for m in find_place_mentions(text)] == [name]


@pytest.mark.parametrize("text,names", [
    ("Shelling hit Beit Jan village.", ["Beit Jan"]),
    ("Shelling hit Homs Jan 5.", ["Homs"]),
])
def test_mentions_month_abbreviation_is_a_date_only_before_a_number(text, names):
    assert [m.text for m in find_place_mentions(text)] == names


@pytest.mark.parametrize("text,name,feature", [
    ("Jets struck Qawrish Military Air Base.", "Qawrish", "military air base"),
    ("Rockets fell on Zawra Thermal Power Plant.", "Zawra", "thermal power plant"),
    ("Families fled to the Atmeh IDP camp.", "Atmeh", "camp"),
])
def test_mentions_several_word_feature_noun_cut_from_the_name(text, name, feature):
    m = find_place_mentions(text)[0]
    assert (m.text, m.feature) == (name, feature)


@pytest.mark.parametrize("text,hints", [
    ("Shelling hit Jindires and Rajo in the Afrin district on Monday.",
     {"Jindires": "Afrin", "Rajo": "Afrin", "Afrin": "Afrin"}),
    ("Clashes in Arima, in the Manbij countryside, killed two.", {"Arima": "Manbij", "Manbij": "Manbij"}),
    ("In the district of Afrin, Rajo was shelled.", {"Afrin": "Afrin", "Rajo": "Afrin"}),
    ("The Salamiyah district of Hama province saw clashes in Uqayribat.",
     {"Salamiyah": "Salamiyah", "Hama": None, "Uqayribat": "Salamiyah"}),
])
def test_mentions_district_named_gives_admin2_hint(text, hints):
    assert {m.text: m.admin2_hint for m in find_place_mentions(text)} == hints


@pytest.mark.parametrize("text", [
    "Airstrikes on Khan Sheikhoun in the southern Idlib countryside.",
    "Shells fell on Kafr Nabl and the Hama countryside.",
    "Artillery hit Tadef, 5 km south of al-Bab district.",
    "Clashes broke out in Arima.",
])
def test_mentions_governorate_countryside_or_offset_gives_no_admin2_hint(text):
    assert all(m.admin2_hint is None for m in find_place_mentions(text))


@pytest.mark.parametrize("text,expected", [
    ("Shelling hit Kobani/Ayn al-Arab and Tal Abyad.", [("Kobani", ("Ayn al-Arab",), None), ("Tal Abyad", (), None)]),
    ("Clashes in Umm Ashba / Barqah village.", [("Umm Ashba", ("Barqah",), "village")]),
    ("Clashes in Hama and/or Homs.", [("Hama", (), None), ("Homs", (), None)]),
])
def test_mentions_slash_gives_one_place_two_names(text, expected):
    assert [(m.text, m.alternatives, m.feature) for m in find_place_mentions(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Troops entered Serekaniye (Ras al-Ain) and Tal Abyad.", [("Serekaniye", ("Ras al-Ain",), None), ("Tal Abyad", (), None)]),
    ("Clashes in Ras al-Ain (Serekaniye) town.", [("Ras al-Ain", ("Serekaniye",), "town")]),
    ("Shelling hit Jarabulus (Aleppo) at dawn.", [("Jarabulus", (), None), ("Aleppo", (), None)]),
    ("Clashes in Afrin (SOHR) were reported.", [("Afrin", (), None)]),
])
def test_mentions_bracketed_second_name_is_an_alternative(text, expected):
    assert [(m.text, m.alternatives, m.feature) for m in find_place_mentions(text)] == expected



@pytest.mark.parametrize("text,name,gov", [
    ("The explosion hit the Rashidin area on Aleppos outskirts.", "Rashidin", "Aleppo"),   # apostrophe lost
    ("Fighters loyal to Hamas clashed in Saqba village.", "Saqba", None),                 # no possessive of Hama
])
def test_mentions_possessive_governorate_without_apostrophe_gives_admin1(text, name, gov):
    assert next(m for m in find_place_mentions(text) if m.text == name).admin1_hint == gov


@pytest.mark.parametrize("text,gov", [
    ("Residents of the towns of Fua and Kefraya were evacuated to Aleppo.", None),   # where they went
    ("Residents of the towns of Fua and Kefraya in Idlib were evacuated.", "Idleb"),
])
def test_mentions_a_destination_governorate_is_no_hint_for_the_other_places(text, gov):
    assert next(m for m in find_place_mentions(text) if m.text == "Kefraya").admin1_hint == gov


KNOWN = {"Kafar Takharim", "Kafranbil", "Khan Alsibil", "Saraqeb", "Tall Abu", "Saad", "Tall Abu Saad Tamra"}


@pytest.mark.parametrize("text,expected", [
    # a dump that lost its commas: the run is cut into the places it lists
    ("Airstrikes hit the towns of Kafar Takharim Kafranbil Khan Alsibil and Saraqeb in rural Idlib.",
     ["Kafar Takharim", "Kafranbil", "Khan Alsibil", "Saraqeb", "Idlib"]),
    # a piece may not end with a word that begins names
    ("Clashes raged on Tall Abu Saad hill.", ["Tall Abu Saad"]),
    # a run the gazetteer knows whole stays whole
    ("Clashes raged in Tall Abu Saad Tamra village.", ["Tall Abu Saad Tamra"]),
])
def test_mentions_split_a_run_without_commas_into_known_places(text, expected):
    assert [m.text for m in find_place_mentions(text, split=KNOWN.__contains__)] == expected


def test_mentions_split_pieces_share_the_list_cue():
    found = find_place_mentions("Airstrikes hit the towns of Kafar Takharim Kafranbil and Saraqeb.", split=KNOWN.__contains__)
    assert {m.feature for m in found} == {"town"}
