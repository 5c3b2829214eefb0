"""The actor book: armed actors, their aliases, families, inter codes and valid
dates, read from ``actors.yaml`` (CODEBOOK section 3).

Analysts extend the book by editing the YAML; this module validates it and turns
it into immutable objects. Matching text against the book is
``sitreps.extract.actors``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..errors import Code, KnowledgeError
from . import DEFAULT_PROFILE, knowledge_path, read_data, require

FILE = "actors.yaml"
LABEL_FAMILY = "LABEL"
FRONT = "front"           # label fallback: rebels on a rebel-held front, else unidentified
REBELS_NAME = "Opposition Rebels (Syria)"
UNKNOWN_NAME = "Unidentified Armed Group (Syria)"
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ed", "es"})


@dataclass(frozen=True)
class Actor:
    """One armed (or civilian) actor under one name."""

    name: str
    family: str
    inter: int | None
    kind: str = "state"
    country: str = ""
    aliases: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    line: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    short: str = ""

    @property
    def note_name(self) -> str:
        """How a neutral note names the actor: `short`, else the name without its tags."""
        if self.short:
            return self.short
        return re.sub(r"\s*\([^)]*\)$", "", self.name.split(": ", 1)[-1])

    @property
    def is_label(self) -> bool:
        """True for the placeholder of a loaded label ("terrorists")."""
        return self.family == LABEL_FAMILY

    def valid_on(self, day: date) -> bool:
        """Whether this name was in use on `day` (valid_to is exclusive)."""
        return (self.valid_from is None or day >= self.valid_from) and (
            self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class Label:
    """A loaded or generic label and how to resolve it to a real actor."""

    placeholder: Actor
    targets: frozenset[str]   # families a label may stand for
    fallback: str             # "front" or an actor name


@dataclass(frozen=True)
class ActorBook:
    """All actors and labels of one profile, with lookups by name."""

    actors: tuple[Actor, ...]
    labels: tuple[Label, ...]
    spellings: tuple[tuple[str, ...], ...]

    def find(self, name: str) -> Actor | None:
        """The actor with canonical `name`, or None."""
        return next((a for a in self.actors if a.name == name), None)

    def named(self, name: str) -> Actor:
        """The actor with canonical `name`; KnowledgeError if the book has none."""
        for actor in self.actors:
            if actor.name == name:
                return actor
        raise KnowledgeError(Code.E401, path=FILE, detail=f"no actor named {name!r}")

    def label_of(self, placeholder: Actor) -> Label:
        """The label rule behind a placeholder actor."""
        for label in self.labels:
            if label.placeholder == placeholder:
                return label
        raise KnowledgeError(Code.E401, path=FILE, detail=f"no label {placeholder.name!r}")

    def on(self, actor: Actor, day: date | None) -> Actor:
        """The name of `actor`'s line valid on `day` (the actor itself without a line or day)."""
        if not actor.line or day is None:
            return actor
        for other in self.actors:
            if other.line == actor.line and other.valid_on(day):
                return other
        return actor


def normalise_token(token: str) -> str:
    """Lower case, no accents, no apostrophes: the form aliases and text are compared in."""
    s = unicodedata.normalize("NFKD", token)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"['\u2018\u2019`\u02bc\u02be\u02bf]", "", s)


def _date(value: Any, *, where: str, path: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: bad date {value!r}") from exc


def _strings(entry: dict[str, Any], key: str, *, path: str, where: str) -> tuple[str, ...]:
    values = entry.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: '{key}' must be a list of names")
    return tuple(v.strip() for v in values)


def _actor(entry: dict[str, Any], nouns: dict[str, list[str]], *, path: str, where: str) -> Actor:
    inter = require(entry, "inter", int, path=path, where=where)
    if not 1 <= inter <= 8:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: inter must be 1-8, got {inter}")
    noun_group = entry.get("nouns")
    if noun_group is not None and noun_group not in nouns:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: unknown noun group {noun_group!r}")
    return Actor(
        name=require(entry, "name", str, path=path, where=where),
        family=require(entry, "family", str, path=path, where=where),
        inter=inter,
        kind=require(entry, "kind", str, path=path, where=where),
        country=str(entry.get("country", "")),
        aliases=_strings(entry, "aliases", path=path, where=where),
        modifiers=_strings(entry, "modifiers", path=path, where=where),
        nouns=tuple(nouns.get(noun_group, ())) if noun_group else (),
        line=str(entry.get("line", "")),
        valid_from=_date(entry.get("valid_from"), where=where, path=path),
        valid_to=_date(entry.get("valid_to"), where=where, path=path),
        short=str(entry.get("short", "")),
    )


def _label(entry: dict[str, Any], names: set[str], *, path: str, where: str) -> Label:
    name = require(entry, "label", str, path=path, where=where)
    fallback = require(entry, "fallback", str, path=path, where=where)
    if fallback != FRONT and fallback not in names:
        raise KnowledgeError(Code.E401, path=path, detail=f"{where}: fallback {fallback!r} is no actor")
    placeholder = Actor(name=name, family=LABEL_FAMILY, inter=None, kind="label",
                        aliases=_strings(entry, "aliases", path=path, where=where))
    targets = frozenset(require(entry, "targets", list, path=path, where=where))
    return Label(placeholder=placeholder, targets=targets, fallback=fallback)


def _check_lines(actors: tuple[Actor, ...], *, path: str) -> None:
    """Names that share a line must carry dates; a line needs at least two names."""
    lines: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.line:
            lines.setdefault(actor.line, []).append(actor)
    for line, members in lines.items():
        if len(members) < 2 or any(a.valid_from is None and a.valid_to is None for a in members):
            raise KnowledgeError(Code.E401, path=path, detail=f"line {line!r}: each name needs valid dates")


def build_book(data: dict[str, Any], *, path: str) -> ActorBook:
    """Validate parsed YAML and build the book (separate from I/O so tests can feed data)."""
    nouns = data.get("nouns") or {}
    if not isinstance(nouns, dict):
        raise KnowledgeError(Code.E401, path=path, detail="'nouns' must be a mapping")
    entries = require(data, "actors", list, path=path, where="file")
    actors = tuple(_actor(e, nouns, path=path, where=f"actors[{i}]") for i, e in enumerate(entries))
    names = {a.name for a in actors}
    if len(names) != len(actors):
        raise KnowledgeError(Code.E401, path=path, detail="two actors share a name")
    for needed in (REBELS_NAME, UNKNOWN_NAME):
        if needed not in names:
            raise KnowledgeError(Code.E401, path=path, detail=f"the book needs an actor {needed!r}")
    _check_lines(actors, path=path)
    labels = tuple(_label(e, names, path=path, where=f"labels[{i}]")
                   for i, e in enumerate(data.get("labels") or []))
    spellings = tuple(tuple(normalise_token(w) for w in group) for group in data.get("spellings") or [])
    return ActorBook(actors=actors, labels=labels, spellings=spellings)


@lru_cache(maxsize=8)
def load_actors(profile: str = DEFAULT_PROFILE, directory: str | None = None) -> ActorBook:
    """The profile's actor book, read once and validated."""
    path = knowledge_path(FILE, profile=profile, directory=directory)
    return build_book(read_data(FILE, profile=profile, directory=directory), path=path)
