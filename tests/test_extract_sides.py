"""Who is actor1 and who actor2 (CODEBOOK 3), from actor mentions of a clause."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitreps.extract.sides import Sides, assign_sides, merge_with_context
from sitreps.knowledge.triggers import load_triggers

BOOK = load_triggers()


@dataclass(frozen=True)
class A:
    name: str
    family: str
    inter: int | None = 2


ARMY, NDF, RUS = A("army", "SYR_GOV", 1), A("ndf", "SYR_GOV", 3), A("russia", "RUS", 8)
IS, FSA, YARMOUK, CIV = A("is", "ISIS"), A("fsa", "REBELS"), A("yarmouk", "REBELS"), A("civ", "CIVILIANS", 7)


def placed(text: str, *actors: tuple[str, A]):
    return [(text.index(word), actor) for word, actor in actors]


def test_sides_allies_of_one_camp_share_side_one():
    text = "army and ndf attacked is"
    s = assign_sides(text, placed(text, ("army", ARMY), ("ndf", NDF), ("is", IS)), book=BOOK, trigger=text.index("attacked"))
    assert (s.side1, s.side2) == ([ARMY, NDF], [IS])


def test_sides_passive_agent_leads():
    text = "the town was captured by is from the army"
    s = assign_sides(text, placed(text, ("is", IS), ("army", ARMY)), book=BOOK, trigger=text.index("captured"))
    assert s.actor1 is IS


def test_sides_civilians_are_never_side_one_leader():
    text = "civ were killed when is attacked"
    s = assign_sides(text, placed(text, ("civ", CIV), ("is", IS)), book=BOOK, trigger=text.index("attacked"))
    assert (s.actor1, s.actor2) == (IS, CIV)


def test_sides_same_camp_set_against_each_other_are_opponents():
    text = "clashes between fsa and yarmouk"
    s = assign_sides(text, placed(text, ("fsa", FSA), ("yarmouk", YARMOUK)), book=BOOK, trigger=0)
    assert (s.actor1, s.actor2) == (FSA, YARMOUK)


def test_sides_domestic_state_force_is_named_before_a_foreign_ally():
    text = "russia and army jets bombed is"
    s = assign_sides(text, placed(text, ("russia", RUS), ("army", ARMY), ("is", IS)), book=BOOK, trigger=text.index("bombed"))
    assert s.side1 == [ARMY, RUS]


@pytest.mark.parametrize("own, previous, expected", [
    (Sides([IS], []), Sides([ARMY], [IS]), ([ARMY], [IS])),
    (Sides([], []), Sides([ARMY], [IS]), ([ARMY], [IS])),
    (Sides([ARMY], []), Sides([ARMY], [IS]), ([ARMY], [IS])),
])
def test_sides_missing_side_comes_from_the_previous_event(own, previous, expected):
    s = merge_with_context(own, previous, book=BOOK)
    assert (s.side1, s.side2) == expected
