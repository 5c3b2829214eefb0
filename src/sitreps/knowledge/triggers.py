"""The trigger lexicon: event types, sub-types and the patterns that signal them.

Read once from ``event_types.yaml`` (an analyst-editable file), validated, compiled
and cached. The extractor asks two questions of it: which triggers occur in a
clause (`TriggerBook.scan`) and whether a clause is not an event at all
(`TriggerBook.not_event`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import Code, KnowledgeError
from . import DEFAULT_PROFILE, knowledge_path, read_data, require

FILE = "event_types.yaml"
ACTOR_KINDS = ("state", "non_state")


@dataclass(frozen=True)
class SubType:
    """One ACLED sub-event type with its compiled triggers."""

    name: str
    event_type: str
    type_rank: int            # position of the event type (lower wins in a clause)
    rank: int                 # position within its event type (lower wins)
    requires: str | None      # actor1 kind, or None
    triggers: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    weak: tuple[re.Pattern[str], ...] = ()
    armed_only: bool = False  # only armed actors are its parties: civilians alone make no such event


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in a text: which sub-type, where, and the words."""

    sub_type: SubType
    start: int
    end: int
    text: str
    weak: bool = False


@dataclass(frozen=True)
class TriggerBook:
    """All sub-types plus the patterns for what is not an event."""

    sub_types: tuple[SubType, ...]
    intensity: tuple[re.Pattern[str], ...]
    not_events: tuple[tuple[str, str, re.Pattern[str]], ...]  # (reason, scope, pattern)
    clause_breaks: tuple[re.Pattern[str], ...]
    destination: tuple[re.Pattern[str], ...]
    camps: dict[str, str]                                      # family -> camp
    opposed_between: tuple[re.Pattern[str], ...]
    not_event_places: tuple[re.Pattern[str], ...] = ()
    origin: tuple[re.Pattern[str], ...] = ()
    claimant_after_actor: tuple[re.Pattern[str], ...] = ()

    def scan(self, text: str) -> list[TriggerHit]:
        """Non-overlapping trigger hits in `text`, longest first, in text order."""
        found: list[TriggerHit] = []
        for st in self.sub_types:
            if any(x.search(text) for x in st.exclude):
                vetoed = [m.span() for x in st.exclude for m in x.finditer(text)]
            else:
                vetoed = []
            for weak, patterns in ((False, st.triggers), (True, st.weak)):
                for rx in patterns:
                    for m in rx.finditer(text):
                        if not any(a <= m.start() < b for a, b in vetoed):
                            found.append(TriggerHit(st, m.start(), m.end(), m.group(0), weak))
        found.sort(key=lambda h: (-(h.end - h.start), h.sub_type.type_rank, h.sub_type.rank, h.start))
        kept: list[TriggerHit] = []
        for h in found:
            if all(h.end <= k.start or h.start >= k.end for k in kept):
                kept.append(h)
        strong_types = {h.sub_type.event_type for h in kept if not h.weak}
        kept = [h for h in kept if not h.weak or not (strong_types - {h.sub_type.event_type})]
        return sorted(kept, key=lambda h: h.start)

    def by_name(self, name: str) -> SubType:
        """The sub-type called `name` (KeyError names the missing one)."""
        for st in self.sub_types:
            if st.name == name:
                return st
        raise KeyError(name)

    def is_intense(self, text: str) -> bool:
        """Whether the text describes a significant fight (CODEBOOK 4)."""
        return any(rx.search(text) for rx in self.intensity)

    def not_event(self, clause: str, *, trigger_start: int) -> str | None:
        """Why a clause is not an event (forecast, negated...), or None if it is."""
        before = clause[:trigger_start]
        for reason, scope, rx in self.not_events:
            if rx.search(before if scope == "before_trigger" else clause):
                return reason
        return None

    def is_foreign_place(self, name: str) -> bool:
        """Whether a place name is the country itself or outside it."""
        return any(rx.search(name.strip()) for rx in self.not_event_places)

    def is_claimant(self, text_after_actor: str) -> bool:
        """Whether an actor name is the source of a claim ("... security sources said")."""
        return any(rx.search(text_after_actor) for rx in self.claimant_after_actor)

    def camp(self, family: str) -> str:
        """The camp of an actor family; unknown families are their own camp."""
        return self.camps.get(family, family)


def _compile(patterns: list[Any], *, path: str, where: str, flags: int = re.I) -> tuple[re.Pattern[str], ...]:
    """Compile a list of regular expressions, naming the bad one on error."""
    out = []
    for i, p in enumerate(patterns):
        if not isinstance(p, str):
            raise KnowledgeError(Code.E401, path=path, detail=f"{where}[{i}] must be a string")
        try:
            out.append(re.compile(r"(?<![\w-])(?:" + p + r")" if flags & re.I and not p.startswith(("^", "\\b", ",", ";")) else p, flags))
        except re.error as exc:
            raise KnowledgeError(Code.E401, path=path, detail=f"{where}[{i}] {p!r}: {exc}") from exc
    return tuple(out)


def _sub_types(data: dict[str, Any], path: str) -> tuple[SubType, ...]:
    """Build the sub-types in precedence order."""
    out = []
    for ti, et in enumerate(require(data, "event_types", list, path=path, where="file")):
        et_name = require(et, "name", str, path=path, where=f"event_types[{ti}]")
        for si, st in enumerate(require(et, "sub_types", list, path=path, where=et_name)):
            where = f"{et_name}.sub_types[{si}]"
            name = require(st, "name", str, path=path, where=where)
            requires = st.get("requires")
            if requires is not None and requires not in ACTOR_KINDS:
                raise KnowledgeError(Code.E401, path=path, detail=f"{where}: requires must be one of {ACTOR_KINDS}")
            armed_only = st.get("armed_only", False)
            if not isinstance(armed_only, bool):
                raise KnowledgeError(Code.E401, path=path, detail=f"{where}: armed_only must be true or false")
            out.append(SubType(
                name=name, event_type=et_name, type_rank=ti, rank=si, requires=requires,
                triggers=_compile(require(st, "triggers", list, path=path, where=where), path=path, where=f"{name}.triggers"),
                exclude=_compile(st.get("exclude") or [], path=path, where=f"{name}.exclude"),
                weak=_compile(st.get("weak_triggers") or [], path=path, where=f"{name}.weak_triggers"),
                armed_only=armed_only,
            ))
    return tuple(out)


def _not_events(data: dict[str, Any], path: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Flatten the not_events section into (reason, scope, pattern)."""
    out = []
    for reason, scopes in require(data, "not_events", dict, path=path, where="file").items():
        for scope, patterns in scopes.items():
            if scope not in ("before_trigger", "anywhere"):
                raise KnowledgeError(Code.E401, path=path, detail=f"not_events.{reason}: unknown scope {scope!r}")
            for rx in _compile(patterns, path=path, where=f"not_events.{reason}.{scope}", flags=re.I | re.M):
                out.append((reason, scope, rx))
    return tuple(out)


def _camps(data: dict[str, Any], path: str) -> dict[str, str]:
    """Family -> camp name."""
    out = {}
    for camp, families in require(data, "camps", dict, path=path, where="file").items():
        for fam in families:
            out[str(fam)] = str(camp)
    return out


@lru_cache(maxsize=4)
def load_triggers(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> TriggerBook:
    """The profile's trigger lexicon, validated and compiled (cached per process)."""
    path = knowledge_path(FILE, profile=profile, directory=directory)
    data = read_data(FILE, profile=profile, directory=directory)
    return TriggerBook(
        sub_types=_sub_types(data, path),
        intensity=_compile(require(data, "intensity", list, path=path, where="file"), path=path, where="intensity"),
        not_events=_not_events(data, path),
        clause_breaks=tuple(re.compile(p) for p in require(data, "clause_breaks", list, path=path, where="file")),
        destination=tuple(re.compile(p, re.I) for p in require(data, "destination_before_place", list, path=path, where="file")),
        camps=_camps(data, path),
        opposed_between=tuple(re.compile(p, re.I) for p in require(data, "opposed_between", list, path=path, where="file")),
        not_event_places=tuple(re.compile(p, re.I) for p in data.get("not_event_places") or []),
        origin=tuple(re.compile(p, re.I) for p in data.get("origin_before_place") or []),
        claimant_after_actor=tuple(re.compile(p, re.I) for p in data.get("claimant_after_actor") or []),
    )
