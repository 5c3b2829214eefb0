"""The word tables that find place names in text (knowledge/<profile>/place_words.yaml),
validated and compiled once.

Kept apart from the parser so an analyst can add a cue word or a feature noun
("airstrip", "checkpoint") without touching Python.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import Code, KnowledgeError
from ..knowledge import DEFAULT_PROFILE, knowledge_path, read_data, require

FILE = "place_words.yaml"


@dataclass(frozen=True)
class PlaceWords:
    """Cue words, feature nouns, compass words and stop lists, lower-cased."""

    cues: dict[str, str]                 # word -> relation ("in" | "near")
    nouns_before: dict[str, str]         # noun before "of X" -> kind
    nouns_after: dict[str, str]          # noun after X -> kind
    directions: dict[str, str]           # compass word -> bearing
    not_place_words: frozenset[str]
    fillers: frozenset[str]
    not_place_names: frozenset[str]
    hyphen_particles: tuple[str, ...]
    space_particles: tuple[str, ...]
    name_directions: dict[str, str]      # compass word inside an Arabic name ("gharbiyah") -> bearing
    name_heads: frozenset[str]           # words that begin names and never end one (particles included)

    @property
    def after_pattern(self) -> re.Pattern[str]:
        """Regex for a feature noun right after a name (longest alternatives first)."""
        return _alternation_after(tuple(self.nouns_after))


@lru_cache(maxsize=64)
def _alternation_after(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\s+(?P<noun>{alts})\b", re.IGNORECASE)


def _invert(table: dict, *, path: str, where: str) -> dict[str, str]:
    """{kind: [word, ...]} -> {word: kind}."""
    out: dict[str, str] = {}
    for kind, words in table.items():
        if not isinstance(words, list):
            raise KnowledgeError(Code.E401, path=path, detail=f"{where}.{kind} must be a list")
        for w in words:
            out.setdefault(str(w).lower(), str(kind))
    return out


@lru_cache(maxsize=4)
def load_place_words(profile: str = DEFAULT_PROFILE) -> PlaceWords:
    """Read and validate the profile's place-word tables."""
    path = knowledge_path(FILE, profile=profile)
    data = read_data(FILE, profile=profile)
    particles = require(data, "particles", dict, path=path, where="file")
    return PlaceWords(
        cues=_invert(require(data, "cues", dict, path=path, where="file"), path=path, where="cues"),
        nouns_before=_invert(require(data, "nouns_before", dict, path=path, where="file"), path=path, where="nouns_before"),
        nouns_after=_invert(require(data, "nouns_after", dict, path=path, where="file"), path=path, where="nouns_after"),
        directions={str(k).lower(): str(v) for k, v in require(data, "directions", dict, path=path, where="file").items()},
        not_place_words=frozenset(str(w).lower() for w in require(data, "not_place_words", list, path=path, where="file")),
        fillers=frozenset(str(w).lower() for w in require(data, "fillers", list, path=path, where="file")),
        not_place_names=frozenset(str(w).lower() for w in require(data, "not_place_names", list, path=path, where="file")),
        hyphen_particles=tuple(str(w) for w in require(particles, "hyphen", list, path=path, where="particles")),
        space_particles=tuple(str(w) for w in require(particles, "space", list, path=path, where="particles")),
        name_directions=_invert(require(data, "name_directions", dict, path=path, where="file"),
                                path=path, where="name_directions"),
        name_heads=frozenset(str(w).lower() for w in [*require(data, "name_heads", list, path=path, where="file"),
                                                       *particles["hyphen"], *particles["space"]]),
    )
