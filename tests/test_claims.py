"""claimed_by from attribution wording (CODEBOOK section 7)."""
from __future__ import annotations

import pytest

from sitreps.extract.claims import find_claim


@pytest.mark.parametrize("text, expected", [
    ("The convoy was ambushed near the crossing, a military source said.", "a military source"),
    ("Field sources said the hill changed hands twice.", "field sources"),
    ("Army sources reported that the depot burned.", "army sources"),
    ("Local sources, meanwhile, reported that a mortar hit the school.", "local sources"),
    ("A security source confirmed that two officers died.", "a security source"),
    ("Military sources in northern Homs announced that the road reopened.",
     "military sources in northern Homs"),
    ("\"The hill is ours,\" battlefield sources told reporters.", "battlefield sources"),
    ("\"We hold the bridge,\" said a commander of the brigade.", "a commander of the brigade"),
])
def test_named_and_unnamed_sources(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The town fell at dawn, according to the Syrian Observatory for Human Rights.", "SOHR"),
    ("The Britain-based Syrian Observatory for Human Rights said six died.", "SOHR"),
    ("The depot burned, according to the Iranian news agency FARS.", "FARS"),
    ("SANA reported that engineers cleared the road.", "SANA"),
    ("Rami Abdel Rahman said the toll was rising.", "SOHR"),
    ("Syrian state television said the army entered the town.", "Syrian state media"),
])
def test_known_claimants_are_written_one_way(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The daily al-Watan quoted informed sources as saying the road was cut.",
     "al-Watan, quoting informed sources"),
    ("\"The hill fell,\" a field commander was quoted by SANA as saying.", "SANA, quoting a field commander"),
])
def test_quoted_sources_name_both(text: str, expected: str) -> None:
    assert find_claim(text) == expected


def test_reportedly_gives_reports() -> None:
    assert find_claim("Jets have reportedly struck the airport.") == "reports"


@pytest.mark.parametrize("text", [
    "The army advanced towards the crossing on Sunday.",
    "He said the army would advance.",
    "The ministry has not confirmed the deal.",
])
def test_own_voice_or_no_claimant_gives_empty(text: str) -> None:
    assert find_claim(text) == ""


@pytest.mark.parametrize("text, expected", [
    ("Jets bombed two bakeries resulting in deaths among the workers the report said.", "report"),
    ("The blast shook the old market for the second time a monitoring group said.", "a monitoring group"),
    ("Two mortars fell in the square the observatory said.", "SOHR"),
])
def test_unpunctuated_text_keeps_only_the_claimants_noun_phrase(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rockets hit the depot held by the rebel brigade a monitoring group said.", "a monitoring group"),
    ("Jets struck the ridge twice to slow the advance of the column the Syrian Observatory for Human Rights "
     "reported.", "SOHR"),
    ("Four died and more than ten were hurt by bombs dropped on the market in the old city the observatory said "
     "on Monday.", "SOHR"),
])
def test_unpunctuated_text_takes_the_claimant_that_ends_the_clause(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The convoy turned back at the border the Kurdish security sources told reporters.", "Kurdish security sources"),
    ("The Army of Victory said its fighters held the hill.", "Army of Victory"),
])
def test_capitals_that_are_not_the_sentences_are_kept(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("SANAs correspondent said a shell hit the school.", "SANA"),
    ("The Observatorys director said four died.", "SOHR"),
])
def test_a_known_claimants_possessive_without_apostrophe(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two posts fell to the militias backed by the United States that hold the dam a local source said.",
     "a local source"),
    ("Five fighters died near the dam the Syrian Observatory for Human Rights a Britain-based monitor said.",
     "SOHR"),
    ("The village fell at dawn an organisation that monitors the war said on Friday.",
     "an organisation that monitors the war"),
])
def test_unpunctuated_wire_attributions(text: str, expected: str) -> None:
    assert find_claim(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Britain-based group said four died.", "SOHR"),
    ("Kurdish officials said the dam held.", "Kurdish officials"),
    ("Opposition-affiliated news sources said the bridge fell.", "opposition-affiliated news sources"),
])
def test_a_claimants_opening_capital_is_kept_unless_a_common_word(text: str, expected: str) -> None:
    assert find_claim(text) == expected


def test_a_bare_word_before_reports_makes_it_a_noun() -> None:
    assert find_claim("The month saw daily reports of raids on the market.") == ""


def test_a_lone_article_is_not_a_claimant() -> None:
    assert find_claim("The reports said that fighting went on.") == "reports"


def test_a_known_claimant_followed_by_its_kind() -> None:
    text = "Four died in the south of the city the Syrian Observatory for Human Rights monitor said."
    assert find_claim(text) == "SOHR"


def test_the_defence_ministry_in_moscow_is_russias() -> None:
    assert find_claim("Jets hit 40 posts the defense ministry in Moscow said.") == "Russian Defence Ministry"


def test_loaded_words_in_a_claimant_are_neutralised() -> None:
    assert find_claim("The terrorist group said its men held the bridge.") == "militant group"


def test_the_countrys_defence_ministry_is_syrias() -> None:
    assert find_claim("Two depots burned the countrys Defense Ministry announced.") == "Syrian Defence Ministry"


def test_the_pentagon_is_a_known_claimant() -> None:
    assert find_claim("A strike killed 6 fighters south of the dam the Pentagon said on Friday.") == "Pentagon"


@pytest.mark.parametrize("text, earlier, expected", [
    ("\"The bridge is cut,\" the sources said.", ["FARS", "military sources"], "military sources"),
    ("The source added that two tanks burned.", ["a military source"], "a military source"),
    ("Sources said the bridge is cut.", ["military sources"], "sources"),
    ("\"The bridge is cut,\" the sources said.", [], "sources"),
])
def test_the_sources_said_refers_to_the_sources_named_before(text: str, earlier: list[str], expected: str) -> None:
    assert find_claim(text, earlier=earlier) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jets hit the mill, according to local sources and the Syrian Observatory for Human Rights.",
     "local sources; SOHR"),
    ("The post fell according to field sources and the army moved in.", "field sources"),
])
def test_according_to_two_claimants(text: str, expected: str) -> None:
    assert find_claim(text) == expected
