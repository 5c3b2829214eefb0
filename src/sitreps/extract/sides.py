"""Who did what to whom: actor mentions of a clause -> actor1/assoc_actor_1/actor2/assoc_actor_2.

CODEBOOK 3: allies in one event go to the assoc columns, order carries no meaning
except that civilians are actor2, and a one-sided event leaves actor2 empty. Sides
come from the camps in event_types.yaml (actors of one camp are allies unless the
text sets them against each other) and from a passive agent ("captured by
government troops").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..knowledge.triggers import TriggerBook

_PASSIVE_AGENT = re.compile(r"\bby (?:the )?(?:gun ?fire of )?(?:\w+ ){0,2}$", re.I)
# "held by", "backed by": the agent of a state, not of the event.
_NOT_EVENT_AGENT = re.compile(
    r"\b(?:backed|supported|assisted|led|accompanied|held|controlled|run|affiliated|besieged|dominated|occupied|"
    r"founded|owned|used|manned|secured|inhabited|populated|"
    r"planted|left|placed|laid|rigged|installed|hidden|booby-trapped|abandoned)\s+(?:\w+\s+)?by\s",
    re.I)
_CIVILIAN_FAMILIES = {"CIVILIANS"}
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|"
           r"sixty|seventy|eighty|ninety)(?:-[a-z]+)?|dozens|scores|hundreds|several|many|a number|a dozen)")
_COUNT = rf"(?:at least |some |around |about |nearly |more than |over |up to )?{_NUMBER}"
_MEMBERS = r"(?:members?|fighters?|militants?|soldiers?|troops|personnel|elements?|operatives?|gunmen|combatants|officers?)"
# "killed 18 members of the SDF": the group whose people are counted among the dead
# or wounded is the target (actor2), never the doer.
_VICTIM_BEFORE = re.compile(
    rf"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|execut(?:ed|ing|es))\s+{_COUNT}\s+(?:of\s+)?"
    rf"(?:(?:\w+\s+)?{_MEMBERS}\s+(?:of|from|belonging to|affiliated (?:to|with))\s+(?:the\s+)?)?$",
    re.I)
_VICTIM_AFTER = re.compile(
    rf"^[\w'-]*(?:\s+[\w'-]+){{0,2}}?\s+{_MEMBERS}?\s*(?:were|was|had been|have been|has been|got)\s+(?:\w+\s+)?"
    rf"(?:killed|wounded|injured|executed)\b"
    rf"|^[\w'-]*(?:\s+[\w'-]+){{0,2}}?\s+(?:were|was) (?:among|of) (?:the )?(?:\w+\s+){{0,4}}?(?:killed|wounded|injured|executed|dead)\b",
    re.I)
_VICTIM_COUNTED = re.compile(rf"\b\d+\s+(?:[\w-]+\s+)?$", re.I)


@dataclass
class Sides:
    """The actors of one event, by side; each entry is a knowledge Actor."""

    side1: list[Any] = field(default_factory=list)
    side2: list[Any] = field(default_factory=list)
    subject_named: bool = False   # side 1 is the grammatical doer (subject or passive agent)

    @property
    def actor1(self) -> Any | None:
        return self.side1[0] if self.side1 else None

    @property
    def actor2(self) -> Any | None:
        return self.side2[0] if self.side2 else None

    def is_empty(self) -> bool:
        return not self.side1 and not self.side2


def assign_sides(text: str, placed: Sequence[tuple[int, Any]], *, book: TriggerBook, trigger: int = 0) -> Sides:
    """Split actors (with their clause offsets) into two sides.

    `placed` holds (start, actor) in text order, labels already resolved. The
    passive agent, else the armed actor named nearest before the trigger (the
    subject), else the first named, leads side 1.
    """
    actors = _distinct(placed)
    if not actors:
        return Sides()
    victims = {id(a) for pos, a in actors if is_victim(text, pos)}
    doers = [x for x in actors if id(x[1]) not in victims] or actors
    lead, subject = _leader(text, doers, trigger=trigger)
    lead_camp = book.camp(lead[1].family)
    sides = Sides(side1=[lead[1]], subject_named=subject)
    for pos, actor in actors:
        if actor is lead[1]:
            continue
        same = book.camp(actor.family) == lead_camp and actor.family not in _CIVILIAN_FAMILIES
        if (id(actor) in victims) != (id(lead[1]) in victims):
            sides.side2.append(actor)
        elif same and not _opposed(text, lead[0], pos, book=book):
            sides.side1.append(actor)
        else:
            sides.side2.append(actor)
    sides.side1.sort(key=_principal)
    sides.side2.sort(key=_principal)
    return sides


def is_victim(text: str, pos: int) -> bool:
    """Whether the actor named at `pos` is counted among the dead or wounded:
    "killed 18 members of X", "20 X fighters were killed"."""
    before, after = text[max(0, pos - 80):pos], text[pos:pos + 80]
    if _VICTIM_BEFORE.search(before):
        return True
    return bool(_VICTIM_COUNTED.search(before) and _VICTIM_AFTER.search(after))


def _principal(actor: Any) -> int:
    """Allies are listed with the domestic state force first, foreign forces last
    (ACLED names the Syrian army actor1 and Russia assoc in a joint strike)."""
    inter = getattr(actor, "inter", None)
    return 9 if inter is None or inter == 8 else inter


def merge_with_context(own: Sides, previous: Sides | None, *, book: TriggerBook) -> Sides:
    """Fill a clause's missing side from the previous event of the paragraph.

    "Scores of terrorists were killed in the air raids" names only the target;
    the attacker is the one of the event just told.
    """
    if previous is None or previous.is_empty():
        return own
    if own.is_empty():
        return Sides(list(previous.side1), list(previous.side2))
    if own.side2 or own.subject_named:
        return own
    camp = book.camp(own.side1[0].family)
    if previous.actor1 is not None and camp == book.camp(previous.actor1.family):
        return Sides(own.side1, list(previous.side2))
    if previous.actor2 is not None and camp == book.camp(previous.actor2.family) and previous.actor1 is not None:
        return Sides(list(previous.side1), own.side1)
    return own


def _distinct(placed: Sequence[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """First mention of each actor, in text order."""
    seen: set[str] = set()
    out = []
    for pos, actor in sorted(placed, key=lambda x: x[0]):
        if actor.name not in seen:
            seen.add(actor.name)
            out.append((pos, actor))
    return out


def _leader(text: str, actors: list[tuple[int, Any]], *, trigger: int) -> tuple[tuple[int, Any], bool]:
    """The actor that leads side 1 (a passive agent, else the subject of the
    trigger, else the first armed actor named) and whether it is the doer."""
    for pos, actor in actors:
        window = text[max(0, pos - 40):pos]
        if pos > trigger and _PASSIVE_AGENT.search(window) and not _NOT_EVENT_AGENT.search(window):
            return (pos, actor), True
    armed = [a for a in actors if a[1].family not in _CIVILIAN_FAMILIES] or actors
    before = [a for a in armed if a[0] < trigger]
    if before and _is_subject(text, before[-1][0], trigger):
        return before[-1], True
    return armed[0], False


def _is_subject(text: str, pos: int, trigger: int) -> bool:
    """Whether the actor at `pos` can be the subject of the verb at `trigger`:
    no preposition or possessive object ("positions of X", "by X") sits between."""
    between = text[pos:trigger]
    return not re.search(r"\b(?:of|against|on|at|with|from|to|by)\b", between, re.I) and len(between) < 90


def _opposed(text: str, a: int, b: int, *, book: TriggerBook) -> bool:
    """Whether the words around two same-camp actors set them against each other:
    "clashes between X and Y", "X ... with Y", "X against Y"."""
    lo, hi = sorted((a, b))
    if re.search(r"\bbetween\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}$", text[:lo], re.I) and re.search(r"\band\b", text[lo:hi]):
        return True
    between = text[lo:hi]
    ally = re.search(r"\b(?:and|along with|together with|backed by|supported by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", between, re.I)
    return any(rx.search(between) for rx in book.opposed_between) and not ally
