"""Where the gazetteer database lives: --gazetteer PATH, else $SITREPS_GAZETTEER,
else gazetteer.db in the user's data directory (platformdirs)."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV = "SITREPS_GAZETTEER"
FILENAME = "gazetteer.db"


def default_gazetteer_path() -> Path:
    """The gazetteer used when no path is given."""
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("sitreps", appauthor=False)) / FILENAME


def gazetteer_path(path: str | os.PathLike[str] | None = None) -> Path:
    """`path` if given, else the default."""
    return Path(path) if path else default_gazetteer_path()
