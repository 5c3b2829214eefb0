"""sitreps.geocode.resolve: resolution in context, on a small gazetteer written here."""
from __future__ import annotations

import pytest

from golden.support import gazetteer_geocoder
from sitreps.geocode.districts import district_fit
from sitreps.geocode.geo import distance_km
from sitreps.geocode.resolve import GazetteerGeocoder, plain_name
from sitreps.geocode.store import Entry
from sitreps.model import PlaceMention

# Synthetic places: two villages share a name in different governorates.
ENTRIES = [
    Entry("t:1", "Tall Hamra", 36.30, 37.30, "wof", admin1="Aleppo", admin2="Al Bab"),
    Entry("t:2", "Tall Hamra", 35.20, 36.70, "wof", admin1="Hama"),
    Entry("t:3", "Kafr Saghir", 36.29, 37.26, "wof", admin1="Aleppo"),
    Entry("t:4", "Babinnis", 36.31, 37.24, "wof", admin1="Aleppo"),
    Entry("t:5", "Aleppo", 36.20, 37.16, "wof", feature="city", admin1="Aleppo", population=1_600_000),
    Entry("t:6", "Khaldiyeh", 36.229, 37.117, "ocha", feature="neighbourhood", parent="Aleppo", admin1="Aleppo"),
    Entry("t:7", "Mokhayam Handarat", 36.281, 37.176, "ocha", feature="camp", parent="Aleppo", admin1="Aleppo"),
    Entry("t:8", "Maskanah", 36.00, 38.00, "wof", admin1="Aleppo"),
    Entry("t:9", "Khaldiyeh", 34.745, 36.716, "ocha", feature="neighbourhood", parent="Homs", admin1="Homs"),
    Entry("t:10", "Homs", 34.73, 36.71, "wof", feature="city", admin1="Homs", population=800_000),
    Entry("t:11", "Saqba", 33.52, 36.38, "wof", admin1="Rural Damascus"),
    Entry("t:12", "Hammurah", 33.53, 36.36, "wof", admin1="Rural Damascus"),
    Entry("t:13", "Sabkha", 35.80, 39.20, "wof", admin1="Ar-Raqqa"),
    Entry("t:14", "Bab Alsalameh", None, None, "pcode", admin1="Aleppo", admin3="Azaz"),
    Entry("t:15", "Azaz", 36.58, 37.04, "wof", admin1="Aleppo", admin3="Azaz"),
]


_geocoder = gazetteer_geocoder


@pytest.fixture(scope="module")
def geocoder():
    return _geocoder(ENTRIES)


def place(geocoder, *mentions):
    return geocoder.resolve(list(mentions))


@pytest.mark.parametrize("hint,ref", [("Aleppo", "t:1"), ("Hama", "t:2")])
def test_resolve_admin1_hint_picks_among_same_names(geocoder, hint, ref):
    assert place(geocoder, PlaceMention("Tall Hamra", admin1_hint=hint))[0].gazetteer_ref == ref


def test_resolve_other_places_of_the_article_pick_the_cluster(geocoder):
    found = place(geocoder, PlaceMention("Tal Hamra"), PlaceMention("Kafr Sakeer"), PlaceMention("Babbenes"))
    assert [p.gazetteer_ref for p in found] == ["t:1", "t:3", "t:4"]


def test_resolve_transliteration_variant(geocoder):
    p = place(geocoder, PlaceMention("Kafr Sakeer"))[0]
    assert (p.name, p.resolved, p.geo_precision, p.admin1) == ("Kafr Saghir", True, 1, "Aleppo")


def test_resolve_district_inside_its_city(geocoder):
    p = place(geocoder, PlaceMention("Al-Khalidiyah", relation="district", parent="Aleppo", feature="quarter"))[0]
    assert (p.gazetteer_ref, p.name, p.geo_precision) == ("t:6", "Aleppo - Khaldiyeh", 1)


def test_resolve_district_missing_from_gazetteer_goes_to_city_point(geocoder):
    p = place(geocoder, PlaceMention("al-Mashlab", relation="district", parent="Homs", feature="neighborhood"))[0]
    assert (p.gazetteer_ref, p.name, p.geo_precision) == ("t:10", "Homs - al-Mashlab", 1)


# A city, a village of a quarter's name 13 km out, a camp 12 km out, and a village
# one consonant swap from a quarter's name.
CITY_PARTS = [
    Entry("c:1", "Aleppo", 36.20, 37.13, "wof", feature="city", admin1="Aleppo", population=1_600_000),
    Entry("c:2", "Al Khalidiyah", 36.12, 37.04, "wof", admin1="Aleppo"),
    Entry("c:3", "Handarat", 36.30, 37.18, "wof", admin1="Aleppo"),
    Entry("c:4", "Damascus", 33.51, 36.28, "wof", feature="city", admin1="Damascus", population=1_700_000),
    Entry("c:5", "Al Jarba", 33.52, 36.54, "wof", admin1="Rural Damascus"),
]


@pytest.mark.parametrize("mention,ref,name", [
    # a village 13 km from the centre does not stand for a quarter: the city does
    (PlaceMention("al-Khalidiyah", relation="district", parent="Aleppo", feature="quarter"),
     "c:1", "Aleppo - al-Khalidiyah"),
    # a camp may lie outside its city
    (PlaceMention("Handarat", relation="district", parent="Aleppo", feature="camp"), "c:3", "Handarat"),
])
def test_resolve_how_far_a_city_part_may_lie_from_its_city(mention, ref, name):
    p = _geocoder(CITY_PARTS).resolve([mention])[0]
    assert (p.gazetteer_ref, p.name) == (ref, name)


def test_resolve_a_quarter_is_no_village_one_edit_away():
    p = _geocoder(CITY_PARTS).resolve([PlaceMention("Jobar", relation="near", feature="district",
                                                    admin1_hint="Rural Damascus")])[0]
    assert (p.resolved, p.name) == (False, "Jobar")


def test_resolve_a_village_one_edit_away_is_kept_when_the_text_says_village():
    p = _geocoder(CITY_PARTS).resolve([PlaceMention("Jobar", feature="village", admin1_hint="Rural Damascus")])[0]
    assert p.gazetteer_ref == "c:5"


def test_resolve_camp_matches_mukhayyam_name(geocoder):
    p = place(geocoder, PlaceMention("Handarat", relation="near", feature="camp"))[0]
    assert (p.gazetteer_ref, p.geo_precision) == ("t:7", 2)


def test_resolve_offset_point(geocoder):
    p = place(geocoder, PlaceMention("Maskana", relation="near", distance_km=10, bearing="SW"))[0]
    assert p.geo_precision == 2 and p.name == "10 km SW of Maskanah"
    assert distance_km(36.0, 38.0, p.latitude, p.longitude) == pytest.approx(10, abs=0.1)
    assert p.latitude < 36.0 and p.longitude < 38.0


def test_resolve_near_gives_precision_2(geocoder):
    assert place(geocoder, PlaceMention("Babinnis", relation="near"))[0].geo_precision == 2


def test_resolve_governorate_region_gives_capital_precision_3(geocoder):
    p = place(geocoder, PlaceMention("Hama", relation="region", bearing="E"))[0]
    assert (p.admin1, p.geo_precision, p.latitude) == ("Hama", 3, pytest.approx(35.13, abs=0.01))


def test_resolve_unknown_name_keeps_the_place(geocoder):
    p = place(geocoder, PlaceMention("Bu Qazal", admin1_hint="Aleppo"))[0]
    assert (p.resolved, p.name, p.admin1, p.geo_precision) == (False, "Bu Qazal", "Aleppo", 3)


def test_resolve_unresolved_lists_candidates(geocoder):
    p = place(geocoder, PlaceMention("Tall Hamrax", admin1_hint="Idleb"))[0]
    assert not p.resolved and any("Tall Hamra" in c for c in p.candidates)


def test_resolve_one_bad_name_does_not_affect_the_others(geocoder):
    alone = place(geocoder, PlaceMention("Kafr Sakeer"))[0]
    together = place(geocoder, PlaceMention("Xqzv Wwq"), PlaceMention("Kafr Sakeer"), PlaceMention(""))
    assert together[1] == alone and not together[0].resolved and not together[2].resolved


def test_resolve_fuzzy_guess_needs_context(geocoder):
    assert not place(geocoder, PlaceMention("Saqbaa Qx"))[0].resolved


def test_resolve_transposed_name_accepted_next_to_its_neighbour(geocoder):
    found = place(geocoder, PlaceMention("Hamouria", admin1_hint="Rural Damascus"),
                  PlaceMention("Sabaqa", admin1_hint="Rural Damascus"))
    assert [p.gazetteer_ref for p in found] == ["t:12", "t:11"]


def test_resolve_place_without_coordinates_uses_its_subdistrict(geocoder):
    p = place(geocoder, PlaceMention("Bab al-Salama", admin1_hint="Aleppo"))[0]
    assert (p.gazetteer_ref, p.geo_precision, p.latitude) == ("t:14", 2, 36.58)


@pytest.mark.parametrize("name,expected", [("Kafr Sakeer", True), ("Aleppo", True), ("Idlib", True), ("Moscow", False)])
def test_resolve_is_place(geocoder, name, expected):
    assert geocoder.is_place(name) is expected


def test_resolve_border_village_listed_in_the_next_governorate():
    geocoder = gazetteer_geocoder([Entry("b:1", "Nabi Sakhr", 33.05, 35.95, "wof", admin1="Dar'a"),
                                   Entry("b:2", "Tall Kawm", 33.06, 35.93, "wof", admin1="Quneitra")])
    p = geocoder.resolve([PlaceMention("Naba Sakhar", admin1_hint="Quneitra")])[0]
    assert (p.resolved, p.gazetteer_ref) == (True, "b:1")


def _far_namesake_geocoder() -> GazetteerGeocoder:
    """"Zawba" listed only in Ar-Raqqa, some 350 km from the Dar'a place, 10 km
    from a Deir-ez-Zor one."""
    return gazetteer_geocoder([Entry("f:1", "Zawba", 35.95, 39.00, "wof", admin1="Ar-Raqqa"),
                               Entry("f:2", "Tall Nadir", 35.90, 39.05, "wof", admin1="Ar-Raqqa"),
                               Entry("f:3", "Qarmala", 32.70, 36.10, "wof", admin1="Dar'a"),
                               Entry("f:5", "Muntar", 35.88, 39.06, "wof", admin1="Deir-ez-Zor")])


def test_resolve_namesake_far_outside_the_governorate_named_is_not_taken():
    p = _far_namesake_geocoder().resolve([PlaceMention("Zawba", admin1_hint="Dar'a")])[0]
    assert (p.resolved, p.admin1, p.geo_precision) == (False, "Dar'a", 3)


def test_resolve_far_namesake_kept_when_the_passage_places_lie_by_it():
    """A governorate carried over from an earlier section may be stale: Tall Nadir,
    named beside Zawba, lies by it."""
    found = _far_namesake_geocoder().resolve([PlaceMention("Zawba", start=0, admin1_hint="Dar'a"),
                                          PlaceMention("Tall Nadir", start=20, admin1_hint="Dar'a")])
    assert [p.gazetteer_ref for p in found] == ["f:1", "f:2"]


def test_resolve_namesake_within_reach_of_the_governorate_named_is_taken():
    """Muntar (Deir-ez-Zor) is listed 10 km from Zawba: lists draw borders differently."""
    p = _far_namesake_geocoder().resolve([PlaceMention("Zawba", admin1_hint="Deir-ez-Zor")])[0]
    assert (p.resolved, p.gazetteer_ref) == (True, "f:1")


@pytest.mark.parametrize("text", ["", "...", "T4", "حلب", "x" * 500, "Kafr-", "al-", "12 34"])
def test_resolve_odd_names_never_raise(geocoder, text):
    (p,) = geocoder.resolve([PlaceMention(text, admin1_hint="Aleppo", relation="district", parent="Aleppo")])
    assert isinstance(p.resolved, bool)


def test_resolve_place_without_any_coordinates_is_not_placed(geocoder):
    alone = gazetteer_geocoder([Entry("n:1", "Lonely Farm", None, None, "pcode", admin1="Hama", admin3="Nowhere")])
    p = alone.resolve([PlaceMention("Lonely Farm", admin1_hint="Hama")])[0]
    assert (p.resolved, p.admin1, p.geo_precision) == (False, "Hama", 3)


def test_resolve_square_missing_from_gazetteer_goes_to_its_camp_as_placed(geocoder):
    found = place(geocoder, PlaceMention("Handarat", relation="district", feature="camp"),
                  PlaceMention("Abu Zaid", relation="in", feature="square", parent="Handarat"))
    assert found[1].name == "Aleppo - Mokhayam Handarat - Abu Zaid"
    assert (found[1].latitude, found[1].longitude) == (found[0].latitude, found[0].longitude)


# Two namesakes in one governorate, told apart only by their district (admin2).
NAMESAKES = [
    Entry("d:1", "Umm Zawiya", 36.52, 37.95, "wof", admin1="Aleppo", admin2="Menbij"),
    Entry("d:2", "Umm Zawiya", 36.10, 37.05, "wof", admin1="Aleppo", admin2="Jebel Saman"),
]


@pytest.fixture(scope="module")
def namesakes():
    return _geocoder(NAMESAKES)


@pytest.mark.parametrize("district,ref", [("Manbij district", "d:1"), ("Mintaqat Jabal Saman district", "d:2")])
def test_resolve_admin2_hint_picks_the_namesake_in_that_district(namesakes, district, ref):
    m = PlaceMention("Um Zawiyeh", admin1_hint="Aleppo", admin2_hint=district)
    assert place(namesakes, m)[0].gazetteer_ref == ref


@pytest.mark.parametrize("hint,admin2,fits", [
    ("Mintaqat Azaz district", "A'zaz", True),
    ("Maarat al-Numaan district", "Al Ma'ra", True),
    ("Albu Kamal district", "Abu Kamal", True),
    ("Tall Abyad district", "Tell Abiad", True),
    ("Afrin district", "Menbij", False),
    ("Afrin district", None, None),
    (None, "Afrin", None),
])
def test_resolve_district_names_compared_across_spellings(hint, admin2, fits):
    assert district_fit(hint, admin2) is fits



TWINS = [
    Entry("w:1", "Ghurayba al Gharbiyah", 32.40, 36.60, "wof", admin1="Dar'a"),
    Entry("w:2", "Ghurayba ash Sharqiyah", 32.41, 36.66, "wof", admin1="Dar'a"),
]


@pytest.mark.parametrize("text,ref", [("Western Ghurayba town", "w:1"), ("Eastern Ghurayba town", "w:2")])
def test_resolve_compass_word_before_a_town_picks_the_twin_named_so(text, ref):
    from sitreps.geocode.mentions import find_place_mentions
    assert place(_geocoder(TWINS), *find_place_mentions(f"Shelling hit {text}."))[0].gazetteer_ref == ref


# A passage of Damascus suburbs, and a quarter the gazetteer only knows as a
# namesake village far away.
PASSAGE = [
    Entry("p:1", "Harasta", 33.56, 36.36, "wof", admin1="Rural Damascus"),
    Entry("p:2", "Duma", 33.57, 36.40, "wof", admin1="Rural Damascus"),
    Entry("p:3", "Zamalka", 33.52, 36.36, "wof", admin1="Rural Damascus"),
    Entry("p:4", "Jubayrah", 35.60, 35.90, "wof", admin1="Lattakia"),
    Entry("p:5", "Qardaha", 35.45, 36.06, "wof", admin1="Lattakia"),
]


def _passage(name: str) -> list[PlaceMention]:
    return [PlaceMention("Harasta", start=0), PlaceMention("Douma", start=20),
            PlaceMention("Zamalka", start=40), PlaceMention(name, start=60)]


def test_resolve_doubtful_namesake_outside_the_passage_governorate_stays_in_it():
    p = place(_geocoder(PASSAGE), *_passage("Jobara"))[-1]
    assert (p.resolved, p.admin1, p.geo_precision) == (False, "Damascus", 3)


def test_resolve_exact_name_outside_the_passage_governorate_is_kept():
    p = place(_geocoder(PASSAGE), *_passage("Qardaha"))[-1]
    assert (p.gazetteer_ref, p.admin1) == ("p:5", "Lattakia")


# A city and a suburb that share its skeleton, and the city's old town.
OLD_TOWN = [
    Entry("o:1", "Dar'a", 32.62, 36.10, "wof", feature="city", admin1="Dar'a", population=100_000),
    Entry("o:2", "Darayya", 33.46, 36.24, "wof", feature="city", admin1="Rural Damascus", population=200_000),
    Entry("o:3", "Sahnaya", 33.43, 36.25, "wof", admin1="Rural Damascus"),
]


def test_resolve_name_with_generic_words_follows_the_place_the_document_gave_its_stem():
    mentions = [PlaceMention("Daraa", start=0, admin1_hint="Dar'a"), PlaceMention("Dara'a al-Balad", start=200),
                PlaceMention("Sahnaya", start=700)]      # the next passage is about Damascus suburbs
    assert place(_geocoder(OLD_TOWN), *mentions)[1].gazetteer_ref == "o:1"


# One name in two governorates; the governorate is named in the paragraph before.
TWO_GOVS = [
    Entry("g:1", "Salmiya", 35.01, 37.05, "wof", admin1="Hama"),
    Entry("g:2", "Salmiya", 35.60, 35.90, "wof", admin1="Lattakia"),
]


@pytest.mark.parametrize("gov,ref", [("Hama", "g:1"), ("Lattakia", "g:2")])
def test_resolve_governorate_named_just_before_is_a_soft_hint(gov, ref):
    mentions = [PlaceMention(gov, start=0, relation="region"), PlaceMention("Salmiya", start=150)]
    assert place(_geocoder(TWO_GOVS), *mentions)[1].gazetteer_ref == ref


def test_resolve_governorate_named_far_away_is_no_hint():
    geocoder = _geocoder(TWO_GOVS)
    refs = {gov: place(geocoder, PlaceMention(gov, start=0, relation="region"),
                       PlaceMention("Salmiya", start=2000))[1].gazetteer_ref for gov in ("Hama", "Lattakia")}
    assert refs["Hama"] == refs["Lattakia"]


# WOF gives no district for two namesakes; another list places a neighbour in one.
COARSE = [
    Entry("c:2", "Ghusayba", 34.50, 37.20, "wof", admin1="Homs"),
    Entry("c:1", "Ghusayba", 34.90, 36.70, "wof", admin1="Homs"),
    Entry("c:3", "Kafr Nan", 34.91, 36.71, "iom", admin1="Homs", admin2="Ar-Rastan"),
]


def test_resolve_district_of_the_places_around_a_candidate_counts():
    m = PlaceMention("Ghusayba", admin1_hint="Homs", admin2_hint="Ar Rastan district")
    assert place(_geocoder(COARSE), m)[0].gazetteer_ref == "c:1"


SEATS = [
    Entry("s:1", "Afrin", 36.51, 36.87, "wof", feature="city", admin1="Aleppo", admin2="Afrin", population=40_000),
]


@pytest.mark.parametrize("district,point", [("Afrin district", (36.51, 36.87)), (None, (36.2, 37.15))])
def test_resolve_unresolved_place_kept_at_its_district_seat_else_governorate_capital(district, point):
    p = place(_geocoder(SEATS), PlaceMention("Qrzhl Unknown", admin1_hint="Aleppo", admin2_hint=district))[0]
    assert (p.resolved, p.geo_precision, p.admin1) == (False, 3, "Aleppo")
    assert (p.latitude, p.longitude) == pytest.approx(point, abs=0.05)


@pytest.mark.parametrize("name, plain", [
    ("\u1e28arast\u0101", "Harasta"),
    ("Khan Shaykh\u016bn", "Khan Shaykhun"),
    ("I\u2018z\u0101z", "I'zaz"),
    ("Shari`", "Shari`"),
    ("Aleppo - Khaldiyeh", "Aleppo - Khaldiyeh"),
])
def test_resolve_plain_name_drops_diacritics(name, plain):
    assert plain_name(name) == plain


def test_resolve_admin2_hint_that_names_no_known_district_is_ignored(namesakes):
    """A text's "al-Khalidiyah district" is a city quarter: no district penalty, no seat."""
    plain = place(namesakes, PlaceMention("Um Zawiyeh", admin1_hint="Aleppo"))[0]
    quarter = place(namesakes, PlaceMention("Um Zawiyeh", admin1_hint="Aleppo", admin2_hint="al-Khalidiyah"))[0]
    assert (quarter.gazetteer_ref, quarter.score) == (plain.gazetteer_ref, plain.score)


ALTERNATIVES = [
    Entry("a:1", "Barqah", 36.60, 40.00, "wof", admin1="Al-Hasakeh"),
    Entry("a:2", "Jisr al Shughur", 35.81, 36.32, "wof", admin1="Idleb"),
]


def test_resolve_second_name_of_a_slash_pair_is_looked_up_too():
    m = PlaceMention("Umm Ashba", admin1_hint="Al-Hasakeh", alternatives=("Barqah",))
    assert place(_geocoder(ALTERNATIVES), m)[0].gazetteer_ref == "a:1"


# A gazetteer that lists districts: a hint counts only when it names one of them.
LISTED_DISTRICTS = [
    Entry("l:0", "Al Bab", 36.37, 37.52, "wof", feature="admin2", admin1="Aleppo"),
    Entry("l:1", "Tadef", 36.35, 37.53, "wof", admin1="Aleppo", admin2="Al Bab"),
    Entry("l:2", "Tadef", 36.00, 37.00, "wof", admin1="Aleppo", admin2="Jebel Saman", population=5000),
    Entry("l:3", "Bab Touma", 33.51, 36.31, "ocha", feature="neighbourhood", admin1="Damascus"),
]


@pytest.mark.parametrize("hint,ref", [("Al Bab district", "l:1"), ("Bab Touma", None), (None, None)])
def test_resolve_hint_must_name_a_listed_district_not_a_look_alike_quarter(hint, ref):
    geocoder = _geocoder(LISTED_DISTRICTS)
    plain = place(geocoder, PlaceMention("Tadef", admin1_hint="Aleppo"))[0].gazetteer_ref
    got = place(geocoder, PlaceMention("Tadef", admin1_hint="Aleppo", admin2_hint=hint))[0].gazetteer_ref
    assert got == (ref or plain)


def test_resolve_lone_near_spelling_yields_to_a_sure_neighbours_governorate():
    geo = _geocoder([Entry("d:1", "Duma", 33.57, 36.40, "wof", admin1="Rural Damascus", population=100_000),
                     Entry("h:1", "Al Hamra'", 35.25, 36.93, "wof", admin1="Hama")])
    duma, hamouria = geo.resolve([PlaceMention("Douma", start=30, end=35),
                                  PlaceMention("Hamouria", start=200, end=208)])
    assert duma.admin1 == "Rural Damascus" and duma.resolved
    assert hamouria.admin1 != "Hama"


def test_resolve_pcoded_place_spelled_as_written_beats_a_looser_spelling():
    """A P-coded place (no coordinates: at its subdistrict's centre) spelled as the
    text spells it beats another list's near-spelling matched on a variant name."""
    geocoder = gazetteer_geocoder([Entry("p:1", "Jalaa", None, None, "pcode", admin1="Ar-Raqqa", admin3="Karama"),
                                   Entry("p:2", "Sabkhat Nur", 35.90, 39.30, "wof", admin1="Ar-Raqqa", admin3="Karama"),
                                   Entry("p:3", "Abu Ajal", 36.40, 38.90, "iom", admin1="Ar-Raqqa", alt_names=("Ajal",))])
    p = geocoder.resolve([PlaceMention("Al Jala", admin1_hint="Ar-Raqqa")])[0]
    assert (p.gazetteer_ref, p.geo_precision) == ("p:1", 2)


def test_resolve_far_camp_survives_a_governorate_named_for_another_place():
    """"left the Qasra camp for Idlib": the camp, exactly named and listed under
    several names, outweighs a governorate the sentence names as a destination."""
    geocoder = gazetteer_geocoder([Entry("c:1", "Mukhayyam Qasra", 33.47, 36.30, "ocha", feature="camp", parent="Damascus",
                                   admin1="Damascus", alt_names=("Qasra camp", "Qasra", "Kasra")),
                                   Entry("c:2", "Sarmin", 35.90, 36.72, "wof", admin1="Idleb")])
    p = geocoder.resolve([PlaceMention("Qasra", admin1_hint="Idleb", relation="district", feature="camp")])[0]
    assert (p.resolved, p.gazetteer_ref) == (True, "c:1")


def test_resolve_two_names_of_one_place_pick_where_both_are_listed():
    """"Tall Wasit/Al Wasit": one list gives the village as Tall Wasit, another as
    Al Wasit, 300 m apart; the other Al Wasit of the governorate, 15 km off, has
    more names but only one of the two."""
    geocoder = gazetteer_geocoder([Entry("w:1", "Al Wasit", 35.55, 36.38, "wof", admin1="Hama", alt_names=("Wasit", "El Ouasit")),
                                   Entry("w:2", "Al Wasit", 35.45, 36.46, "wof", admin1="Hama"),
                                   Entry("w:3", "Tal Wasit", 35.448, 36.458, "iom", admin1="Hama")])
    m = PlaceMention("Tall Wasit", admin1_hint="Hama", alternatives=("Al Wasit",))
    assert geocoder.resolve([m])[0].gazetteer_ref in ("w:2", "w:3")


def test_resolve_name_headed_by_a_noun_goes_near_the_place_it_belongs_to():
    """"Jubb al-Qadir" (the pit of Qadir) is not listed: it is put near Qadir."""
    geocoder = gazetteer_geocoder([Entry("j:1", "Qadir", 35.10, 40.20, "wof", admin1="Deir-ez-Zor")])
    p = geocoder.resolve([PlaceMention("Jubb al-Qadir", admin1_hint="Deir-ez-Zor")])[0]
    assert (p.resolved, p.gazetteer_ref, p.geo_precision) == (True, "j:1", 2)


def test_resolve_listed_name_headed_by_a_noun_is_itself():
    geocoder = gazetteer_geocoder([Entry("j:1", "Qadir", 35.10, 40.20, "wof", admin1="Deir-ez-Zor"),
                                   Entry("j:2", "Jubb Qadir", 35.30, 40.50, "wof", admin1="Deir-ez-Zor")])
    p = geocoder.resolve([PlaceMention("Jubb al-Qadir", admin1_hint="Deir-ez-Zor")])[0]
    assert (p.gazetteer_ref, p.geo_precision) == ("j:2", 1)


# Two villages of one governorate whose names differ by the article only; the one
# spelled with it has one more listed name (a little more notable).
SPELLINGS = [
    Entry("s:1", "Tall al Aswad", 36.40, 37.50, "wof", admin1="Aleppo", alt_names=("Tell el Aswad",)),
    Entry("s:2", "Tall Aswad", 36.10, 37.90, "wof", admin1="Aleppo"),
]


@pytest.mark.parametrize("text,ref", [("Tall Aswad", "s:2"), ("Tall al-Aswad", "s:1")])
def test_resolve_the_gazetteer_spelling_the_text_uses_wins_a_tie(text, ref):
    p = _geocoder(SPELLINGS).resolve([PlaceMention(text, admin1_hint="Aleppo")])[0]
    assert p.gazetteer_ref == ref


# A city known by another official name, and a village that lists the city's
# common name among its variants.
CITY_OR_VILLAGE = [
    Entry("v:1", "Tulayl", 36.90, 40.20, "wof", admin1="Al-Hasakeh", alt_names=("Tabqa",)),
    Entry("v:2", "Thawrah", 35.84, 38.55, "wof", feature="city", admin1="Ar-Raqqa", population=88_000,
          alt_names=("Tabaqa",)),
]


@pytest.mark.parametrize("feature,ref", [("city", "v:2"), (None, "v:1")])
def test_resolve_the_city_of_x_is_a_city(feature, ref):
    p = _geocoder(CITY_OR_VILLAGE).resolve([PlaceMention("Tabqa", feature=feature)])[0]
    assert p.gazetteer_ref == ref
