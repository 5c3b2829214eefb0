"""The trigger lexicon (event_types.yaml): loading, validation, scanning, filters."""
from __future__ import annotations

import shutil

import pytest

from sitreps.errors import KnowledgeError
from sitreps.knowledge import knowledge_path
from sitreps.knowledge.triggers import load_triggers

BOOK = load_triggers()


def test_triggers_cover_six_event_types_and_twenty_five_sub_types():
    assert len({st.event_type for st in BOOK.sub_types}) == 6
    assert len({st.name for st in BOOK.sub_types}) == 25


@pytest.mark.parametrize("text, sub_type", [
    ("killed in the air attacks", "Air/drone strike"),
    ("fighter jets pounded the town", "Air/drone strike"),
    ("mortar shells hit the market", "Shelling/artillery/missile attack"),
    ("a suicide car bomb exploded", "Suicide bomb"),
    ("a roadside bomb killed two", "Remote explosive/landmine/IED"),
    ("engineers dismantled a booby-trapped car", "Disrupted weapons use"),
    ("gunmen abducted a doctor", "Abduction/forced disappearance"),
    ("residents held a protest", "Peaceful protest"),
    ("the two sides signed a reconciliation agreement", "Agreement"),
])
def test_triggers_scan_finds_the_longest_trigger(text, sub_type):
    assert BOOK.scan(text)[0].sub_type.name == sub_type


def test_triggers_ignore_people_captured():
    assert not [h for h in BOOK.scan("a number of militants were captured by the army") if "territory" in h.sub_type.name]


def test_triggers_generic_attack_yields_to_a_named_weapon():
    assert {h.sub_type.name for h in BOOK.scan("warplanes attacked the positions")} == {"Air/drone strike"}


@pytest.mark.parametrize("clause, reason", [
    ("the army will soon launch an offensive", "forecast"),
    ("the army intends to recapture the town", "forecast"),
    ("If the army captures the village", "hypothetical"),
    ("the army did not attack the town", "negated"),
    ("Syria has been mired in a civil war since 2011, with fighting across the north", "background"),
    ("hundreds were killed in clashes over the past year", "aggregate"),
])
def test_triggers_say_why_a_clause_is_not_an_event(clause, reason):
    hit = BOOK.scan(clause)[0]
    assert BOOK.not_event(clause, trigger_start=hit.start) == reason


def test_triggers_clause_with_a_past_event_is_an_event():
    clause = "the army managed to repel the attack on Monday"
    assert BOOK.not_event(clause, trigger_start=BOOK.scan(clause)[0].start) is None


@pytest.mark.parametrize("needle, replacement, detail", [
    ("requires: state", "requires: everyone", "requires must be one of"),
    ("'grenades?'", "'grenades?('", "Grenade.triggers"),
    ("    sub_types:\n      - name: Chemical weapon", "    subtypes:\n      - name: Chemical weapon", "missing 'sub_types'"),
])
def test_triggers_invalid_file_raises_knowledge_error_naming_the_entry(tmp_path, needle, replacement, detail):
    src = knowledge_path("event_types.yaml")
    text = open(src, encoding="utf-8").read()
    assert needle in text
    (tmp_path / "event_types.yaml").write_text(text.replace(needle, replacement, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=detail):
        load_triggers(directory=str(tmp_path))


def test_triggers_copied_folder_loads_like_the_packaged_one(tmp_path):
    shutil.copy(knowledge_path("event_types.yaml"), tmp_path / "event_types.yaml")
    assert len(load_triggers(directory=str(tmp_path)).sub_types) == len(BOOK.sub_types)
