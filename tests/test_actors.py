"""Actor knowledge and actor finding (CODEBOOK section 3)."""
from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from sitreps.errors import KnowledgeError
from sitreps.extract.actors import find_actors, interaction, is_actor_name, resolve_label
from sitreps.knowledge.actors import build_book, load_actors


def names(text: str, on: date | None = None) -> list[str]:
    return [m.actor.name for m in find_actors(text, on=on)]


@pytest.mark.parametrize("text, expected", [
    ("Government troops shelled the village.", "Military Forces of Syria (2000-)"),
    ("The SAA advanced overnight.", "Military Forces of Syria (2000-)"),
    ("Tiger Forces units moved north.", "Military Forces of Syria (2000-)"),
    ("Fighters of the National Defense Force manned the checkpoint.", "NDF: National Defence Forces"),
    ("Popular forces held the hill.", "NDF: National Defence Forces"),
    ("Resistance forces joined the push.", "Pro-Government Militias (Syria)"),
    ("Russian warplanes bombed the road.", "Military Forces of Russia (2000-)"),
    ("IRGC advisers were present.", "Military Forces of Iran (1989-)"),
    ("Hizballah units arrived.", "Hezbollah"),
    ("Daesh attacked the checkpoint.", "Islamic State (Syria)"),
    ("IS fighters withdrew.", "Islamic State (Syria)"),
    ("Jaysh al-Islam fired rockets.", "Jaish al-Islam"),
    ("Jeish al-Fatah lost the hill.", "Jaish al-Fatah"),
    ("Nour el-Din al-Zenki fighters retreated.", "Nour al-Din al-Zinki Movement"),
    ("Failaq al-Rahman repelled the attack.", "Faylaq al-Rahman"),
    ("The Kurdish-led SDF entered the town.", "QSD: Syrian Democratic Forces"),
    ("People's Protection Units fought back.", "YPG: Peoples Protection Units"),
    ("Unknown gunmen opened fire.", "Unidentified Armed Group (Syria)"),
    ("Villagers fled the shelling.", "Civilians (Syria)"),
    ("The US-led coalition struck a bridge.", "Coalition Forces (US-led)"),
])
def test_find_actors_resolves_aliases_and_spellings(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize("on, expected", [
    (date(2015, 5, 1), "Jabhat al Nusra"),
    (date(2016, 10, 1), "Jabhat Fateh al Sham"),
    (date(2017, 6, 1), "HTS: Hayat Tahrir al Sham"),
])
def test_find_actors_uses_the_name_valid_on_the_date(on: date, expected: str) -> None:
    assert names("Nusra Front gunmen ambushed a patrol.", on) [0] == expected


def test_find_actors_keeps_the_written_name_without_a_date() -> None:
    assert names("Tahrir al-Sham shelled the town.") == ["HTS: Hayat Tahrir al Sham"]


@pytest.mark.parametrize("text", ["ISIL\u2019s lines broke.", "IS's fighters fled.", "Daesh's convoy burned."])
def test_find_actors_reads_possessives(text: str) -> None:
    assert names(text) == ["Islamic State (Syria)"]


def test_find_actors_prefers_the_longest_alias() -> None:
    assert names("The Free Syrian Army took the hill.") == ["Free Syrian Army"]


def test_find_actors_reads_coordinated_modifiers() -> None:
    assert names("Russian and Syrian jets hit the bridge.") == [
        "Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)"]


def test_find_actors_skips_hyphenated_modifiers() -> None:
    assert names("The ISIS-held town was bombed.") == []


def test_find_actors_does_not_read_the_opposition_coalition_as_the_us_led_one() -> None:
    assert names("The Syrian National Coalition condemned the raid.") == []


def test_find_actors_reads_regime_as_syrian_forces() -> None:
    assert names("Regime helicopters hit the market.") == ["Military Forces of Syria (2000-)"]


@pytest.mark.parametrize("text", [
    "A barrel bomb hit a bakery in the old quarter.",
    "Troops shelled the village at dawn.",
    "Fighting killed 40 loyalists near the airport.",
])
def test_barrel_bombs_troops_and_loyalists_are_syrian_forces(text: str) -> None:
    assert names(text) == ["Military Forces of Syria (2000-)"]


@pytest.mark.parametrize("text, expected", [
    ("Jets struck Jaish al-Islams depots.", ["Jaish al-Islam"]),
    ("The armys tanks moved in.", ["Military Forces of Syria (2000-)"]),
    ("ISILs fighters withdrew.", ["Islamic State (Syria)"]),
])
def test_possessive_without_apostrophe_names_the_actor(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jets of the U.S.-led coalition struck a bridge.", ["Coalition Forces (US-led)"]),
    ("U.S. forces landed near the dam.", ["Military Forces of the United States (2009-2017)"]),
])
def test_dotted_us_reads_as_us(text: str, expected: list[str]) -> None:
    assert names(text, on=date(2016, 5, 1)) == expected


def test_find_actors_does_not_read_the_verb_is_as_islamic_state() -> None:
    assert names("The road is closed.") == []


def test_find_actors_returns_offsets_in_the_callers_frame() -> None:
    text = "Later, Hezbollah moved in."
    [m] = find_actors(text, offset=100)
    assert (m.start, m.end, m.label) == (107, 116, "Hezbollah")


@pytest.mark.parametrize("text", ["terrorists", "Takfiri groups", "militants", "gunmen"])
def test_find_actors_returns_loaded_labels_as_placeholders(text: str) -> None:
    [m] = find_actors(f"The {text} retreated.")
    assert m.is_label


@pytest.mark.parametrize("text, label", [
    ("Lebanese Hezbollah fighters crossed the border.", "Lebanese Hezbollah fighters"),
    ("The Daesh terrorists fled.", "Daesh terrorists"),
])
def test_a_label_right_after_a_group_is_part_of_its_name(text: str, label: str) -> None:
    [m] = find_actors(text)
    assert (m.label, m.is_label) == (label, False)


def test_resolve_label_takes_the_group_named_nearby() -> None:
    mentions = find_actors("The army killed ten militants of Ahrar al-Sham.")
    label = next(m for m in mentions if m.is_label)
    assert resolve_label(label, context=mentions, rebel_front=False).name == "Ahrar al-Sham"


def test_resolve_label_never_picks_the_government_side() -> None:
    mentions = find_actors("Syrian troops and Hezbollah repelled the terrorists.")
    label = next(m for m in mentions if m.is_label)
    assert resolve_label(label, context=mentions, rebel_front=False).name == "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize("rebel_front, expected", [
    (True, "Opposition Rebels (Syria)"),
    (False, "Unidentified Armed Group (Syria)"),
])
def test_resolve_label_falls_back_by_front(rebel_front: bool, expected: str) -> None:
    [label] = [m for m in find_actors("The terrorists fired mortars.") if m.is_label]
    assert resolve_label(label, context=[], rebel_front=rebel_front).name == expected


def test_resolve_label_skips_excluded_families() -> None:
    mentions = find_actors("SDF fighters killed several militants near the dam.")
    label = next(m for m in mentions if m.is_label)
    got = resolve_label(label, context=mentions, rebel_front=False, exclude_families={"SDF"})
    assert got.name == "Unidentified Armed Group (Syria)"


def test_resolve_label_of_rebels_falls_back_to_opposition_rebels() -> None:
    [label] = [m for m in find_actors("Rebels shelled the district.") if m.is_label]
    assert resolve_label(label, context=[], rebel_front=False).name == "Opposition Rebels (Syria)"


@pytest.mark.parametrize("name, expected", [
    ("Jeish al-Fatah", True), ("the Syrian Army", True), ("Aleppo", False), ("Khan Touman", False),
])
def test_is_actor_name(name: str, expected: bool) -> None:
    assert is_actor_name(name) is expected


@pytest.mark.parametrize("i1, i2, expected", [(1, 2, 12), (2, 1, 12), (1, None, 10), (None, 7, 70),
                                              (3, 3, 33), (None, None, None), (8, 2, 28)])
def test_interaction_follows_acled(i1: int | None, i2: int | None, expected: int | None) -> None:
    assert interaction(i1, i2) == expected


def test_book_rejects_a_bad_inter_code() -> None:
    data = {"actors": [{"name": "X", "family": "OTHER", "inter": 9, "kind": "rebel"}]}
    with pytest.raises(KnowledgeError, match=r"actors\[0\].*inter"):
        build_book(data, path="actors.yaml")


def test_book_requires_the_fallback_actors() -> None:
    data = {"actors": [{"name": "X", "family": "OTHER", "inter": 2, "kind": "rebel"}]}
    with pytest.raises(KnowledgeError, match="Opposition Rebels"):
        build_book(data, path="actors.yaml")


def test_book_lines_need_dates() -> None:
    base = [{"name": n, "family": "REBELS", "inter": 2, "kind": "rebel"} for n in
            ("Opposition Rebels (Syria)", "Unidentified Armed Group (Syria)")]
    line = [{"name": n, "family": "HTS", "inter": 2, "kind": "rebel", "line": "l"} for n in ("A", "B")]
    with pytest.raises(KnowledgeError, match="line 'l'"):
        build_book({"actors": base + line}, path="actors.yaml")


@pytest.mark.shared
def test_canonical_names_map_to_their_family_in_the_scorer(shared) -> None:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    wrong = [(a.name, a.family, score.family(a.name)) for a in load_actors().actors
             if a.family != "OTHER" and score.family(a.name) != a.family]
    assert wrong == []


def test_an_analyst_folder_extends_the_book(tmp_path) -> None:
    src = tmp_path / "actors.yaml"
    src.write_text(
        "actors:\n"
        "  - {name: Opposition Rebels (Syria), family: REBELS, inter: 2, kind: rebel}\n"
        "  - {name: Unidentified Armed Group (Syria), family: UNKNOWN, inter: 3, kind: unidentified}\n"
        "  - {name: Liwa Example, family: REBELS, inter: 2, kind: rebel, aliases: [Example Brigade]}\n",
        encoding="utf-8")
    book = load_actors("syria", str(tmp_path))
    assert book.named("Liwa Example").aliases == ("Example Brigade",)


@pytest.mark.parametrize("text", ["Strikes by the coalitions Air Force hit the bridge.",
                                  "The coalition air force struck the dam."])
def test_the_coalitions_air_force_is_the_coalition(text: str) -> None:
    assert names(text) == ["Coalition Forces (US-led)"]


@pytest.mark.parametrize("text, expected", [
    ("The army and self-defense forces repelled the attack.",
     ["Military Forces of Syria (2000-)", "NDF: National Defence Forces"]),
    ("Syrian Kurdish internal security forces sealed the road.", ["Asayish: Kurdish Internal Security Forces"]),
])
def test_self_defence_forces_and_kurdish_internal_security(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Suspected Russian air strikes hit the bakery.", ["Military Forces of Russia (2000-)"]),
    ("Four died in regime shelling of the market.", ["Military Forces of Syria (2000-)"]),
    ("Jets believed to be Russian struck the ferry.", ["Military Forces of Russia (2000-)"]),
])
def test_a_states_strikes_and_shelling_name_the_state(text: str, expected: list[str]) -> None:
    assert names(text, on=date(2017, 5, 1)) == expected


def test_a_fire_brigade_is_not_fire() -> None:
    assert names("The Syrian fire brigade put out the blaze.") == []


@pytest.mark.parametrize("text", ["US-led air strikes hit the village.",
                                  "US-led forces entered the town.",
                                  "Coalition raids hit the bridge."])
def test_us_led_strikes_and_forces_are_the_coalition(text: str) -> None:
    assert names(text, on=date(2016, 7, 1)) == ["Coalition Forces (US-led)"]
