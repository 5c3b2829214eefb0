"""Clauses: the unit one event is coded from.

A sentence like "Russian jets struck X as the army fought off an attack near Y"
tells two events; the clause breaks of event_types.yaml cut it so that each
trigger keeps its own places and actors.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.triggers import TriggerBook


@dataclass(frozen=True)
class Clause:
    """A piece of one sentence, with clean-text offsets."""

    start: int
    end: int
    text: str


def split_clauses(text: str, *, offset: int, book: TriggerBook) -> list[Clause]:
    """Cut a sentence at the clause breaks; offsets shifted by `offset`."""
    cuts: set[tuple[int, int]] = set()
    for rx in book.clause_breaks:
        for m in rx.finditer(text):
            if m.start() > 0 and not text[:m.start() + 1].rstrip().lower().endswith("well"):   # "as well as"
                cuts.add(m.span())
    out: list[Clause] = []
    pos = 0
    for a, b in sorted(cuts):
        if a < pos:
            continue
        out.append(Clause(offset + pos, offset + a, text[pos:a]))
        pos = b
    out.append(Clause(offset + pos, offset + len(text), text[pos:]))
    return [c for c in out if c.text.strip()]
