"""Fatality coding (CODEBOOK section 4), one rule per test, sentences written for the tests."""
from __future__ import annotations

import pytest

from sitreps.errors import KnowledgeError
from sitreps.extract.fatalities import Fatalities, parse_fatalities, split_fatalities
from sitreps.knowledge.quantities import build_quantities


def value(text: str, *, significant: bool = True) -> int | None:
    f = parse_fatalities(text, significant=significant)
    return None if f is None else f.value


@pytest.mark.parametrize("text, expected", [
    ("Nine soldiers were killed when the convoy was hit.", 9),
    ("The raid killed 31 fighters near the bridge.", 31),
    ("The siege has killed 1,350 people, the monitor said.", 1350),
    ("Twenty-six people died in the blast.", 26),
    ("The strike left 14 gunmen dead.", 14),
])
def test_exact_number(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text", [
    "At least 40 fighters were killed in the assault.",
    "More than 40 fighters were killed in the assault.",
    "Over 40 fighters were killed in the assault.",
])
def test_at_least_n_is_n(text: str) -> None:
    f = parse_fatalities(text)
    assert (f.value, f.rule) == (40, "at_least")


@pytest.mark.parametrize("word, expected", [
    ("tens of", 10), ("dozens of", 12), ("scores of", 20), ("hundreds of", 100), ("a dozen", 12),
])
def test_vague_quantity_words(word: str, expected: int) -> None:
    assert value(f"The shelling killed {word} gunmen in the valley.") == expected


@pytest.mark.parametrize("word", ["several", "a number of", "numbers of", "many", "a large number of"])
@pytest.mark.parametrize("significant, expected", [(True, 10), (False, 3)])
def test_intensity_words_depend_on_significance(word: str, significant: bool, expected: int) -> None:
    assert value(f"The jets killed {word} fighters at the depot.", significant=significant) == expected


@pytest.mark.parametrize("significant, expected", [(True, 10), (False, 3)])
def test_heavy_death_toll_without_number(significant: bool, expected: int) -> None:
    f = parse_fatalities("The attackers suffered a heavy death toll and withdrew.", significant=significant)
    assert (f.value, f.rule) == (expected, "vague:heavy_death_toll")


def test_plural_killed_without_number() -> None:
    f = parse_fatalities("Gunmen were killed when the army stormed the farm.")
    assert (f.value, f.rule) == (10, "vague:plural")


@pytest.mark.parametrize("text, expected", [
    ("A local commander was killed in the ambush.", 1),
    ("The jets killed a militia leader near the well.", 1),
    ("The emir and his driver were killed by a roadside bomb.", 2),
    ("A shell killed a farmer and his son in the orchard.", 2),
])
def test_one_or_two_named_dead(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dozens of fighters were killed and wounded in the battle.", 12),
    ("The clashes ended in the killing or wounding of scores of gunmen.", 20),
    ("The strike left tens of casualties among the fighters.", 10),
])
def test_killed_and_wounded_with_vague_word_has_low_zero(text: str, expected: int) -> None:
    f = parse_fatalities(text)
    assert (f.value, f.low, f.rule) == (expected, 0, "killed_and_wounded")


@pytest.mark.parametrize("text, rule", [
    ("Eleven soldiers were wounded by sniper fire.", "wounded_only"),
    ("The gunmen suffered heavy losses in the fighting.", "losses_only"),
    ("The raid inflicted major casualties on the garrison.", "casualties_only"),
])
def test_no_dead_reported_is_zero(text: str, rule: str) -> None:
    f = parse_fatalities(text)
    assert (f.value, f.rule) == (0, rule)


def test_wounded_are_never_counted() -> None:
    assert value("Three civilians were killed and 40 others were injured in the market.") == 3


def test_captured_are_never_counted() -> None:
    assert value("Seven guards were killed and 25 others were captured at the post.") == 7


def test_conflicting_figures_give_the_lowest() -> None:
    f = parse_fatalities("The army said it killed 60 attackers. A monitor said 45 attackers died.")
    assert (f.value, f.low, f.high, f.rule) == (45, 45, 60, "lowest_of")


def test_counts_on_one_verb_are_added() -> None:
    f = parse_fatalities("The blast killed 4 soldiers and 2 children.")
    assert (f.value, f.rule) == (6, "sum")


def test_a_subset_count_is_not_compared() -> None:
    assert value("Twelve people, among them five children, were killed in the raid.") == 12


@pytest.mark.parametrize("text, expected", [
    ("Seven villagers, three of them women, were killed in the raid.", 7),
    ("Eight people five of whom were children died in the blast", 8),
    ("Nine fighters of whom two were commanders were killed.", 9),
])
def test_a_subset_after_a_count_is_not_added(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The shelling left 14 villagers dying in the square.", 14),
    ("The raid saw three guards die at the gate.", 3),
])
def test_dying_and_die_are_death_words(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The raid killed 9 villagers. Four more villagers were killed at the mill.", 13),
    ("One guard was killed in the blast and 6 attackers were also killed.", 7),
    ("Shelling killed 3 people and another 2 were killed by a sniper.", 5),
    ("Two soldiers died at the gate; three others died in hospital.", 5),
])
def test_more_victims_are_added_not_compared(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mourners marked the death of four paramedics in the raid.", 4),
    ("The blast caused the deaths of 9 workers.", 9),
])
def test_death_of_n_counts_the_dead(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On Monday 9 villagers including a teacher from the local school were killed.", 9),
    ("At least 14 people including three women from one household in the quarter were killed.", 14),
])
def test_an_aside_after_the_count_does_not_cut_it_from_its_verb(text: str, expected: int) -> None:
    assert value(text) == expected


def test_a_wire_crosshead_count_is_not_the_sentences() -> None:
    text = ("Talks stalled. - Jets kill 9 shoppers - Meanwhile the monitor said 30 people were killed in "
            "the market.")
    assert value(text) == 30


@pytest.mark.parametrize("text, expected", [
    ("The garrison destroyed over 40 terrorists near the ridge.", 40),
    ("Some 25 militants were destroyed in the strike on the camp.", 25),
])
def test_destroyed_kills_counted_people(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text", ["The jets destroyed 12 vehicles near the ridge.",
                                  "Engineers destroyed the depot at dawn."])
def test_destroyed_things_are_no_toll(text: str) -> None:
    assert parse_fatalities(text) is None


@pytest.mark.parametrize("text", [
    "Since Monday at least 40 civilians have been killed in raids on the town.",
    "More than 5000 people have been killed since the war began, the group said.",
    "Over 900 fighters died so far this year in the province.",
    "Some 300 people were killed across Syria last month.",
])
def test_a_running_total_is_no_toll(text: str) -> None:
    assert parse_fatalities(text) is None


def test_a_running_total_beside_the_event_is_left_out() -> None:
    text = "The raid killed 7 villagers. Since March 600 people have died in the district."
    assert parse_fatalities(text).value == 7


def test_massacring_is_a_death_word() -> None:
    assert value("The jets hit the market massacring dozens of shoppers.") == 12


def test_of_them_alone_is_still_a_count() -> None:
    assert value("Two of them were killed when the shell hit.") == 2


def test_dead_count_beats_killed_and_wounded_count() -> None:
    assert value("They killed and wounded over 30 fighters, and later killed 22 more at the base.") == 22


@pytest.mark.parametrize("text", [
    "The army advanced 5 km towards the crossing.",
    "Hundreds of fresh troops arrived on December 3.",
    "The group vowed to kill anyone who resisted.",
])
def test_no_casualty_report_is_none(text: str) -> None:
    assert parse_fatalities(text) is None


@pytest.mark.parametrize("text", ["The shell hit an empty school and no casualties were reported.",
                                  "The rocket landed in a field and killed nobody."])
def test_nobody_killed_is_zero(text: str) -> None:
    f = parse_fatalities(text)
    assert (f.value, f.rule) == (0, "none_reported")


def test_text_keeps_the_words_used() -> None:
    f = parse_fatalities("Gunfire erupted and at least 12 men were killed near the gate.")
    assert f.text == "at least 12 men were killed"


@pytest.mark.parametrize("total, n, expected", [
    (10, 4, [4, 2, 2, 2]), (10, 6, [5, 1, 1, 1, 1, 1]), (23, 2, [12, 11]), (12, 7, [6, 1, 1, 1, 1, 1, 1]),
    (3, 1, [3]),
])
def test_split_puts_the_remainder_on_the_first(total: int, n: int, expected: list[int]) -> None:
    parts = split_fatalities(Fatalities(total, total, total, "x", "exact"), n)
    assert [p.value for p in parts] == expected


def test_quantities_file_rejects_a_non_integer_number() -> None:
    with pytest.raises(KnowledgeError, match="numbers"):
        build_quantities({"numbers": {"one": "1"}, "phrases": {}}, path="quantities.yaml")


@pytest.mark.parametrize("text, expected", [
    ("12 May 2016 Three guards killed at the crossing.", 3),
    ("Posted 2017 Four gunmen were killed near the dam.", 4),
    ("The jets flew 40 sorties and killed 9 fighters.", 9),
    ("Reports say 45 rebels and 20 soldiers had been killed in the battle for the hill.", 65),
    ("The blast killed at least 30 and injured 90 others.", 30),
])
def test_dates_years_and_things_are_not_counts_of_people(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text", [
    "The death toll is expected to rise, medics said.",
    "Twelve people were wounded and the toll could climb.",
])
def test_a_death_toll_without_a_count_is_not_a_plural_toll(text: str) -> None:
    f = parse_fatalities(text)
    assert f is None or f.value == 0
