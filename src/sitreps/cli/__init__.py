"""The `sitreps` command line: a thin typer layer over the library.

Each submodule registers its commands on `app`; commands call one library
function each and turn library exceptions into readable messages.
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="sitreps",
    help="Turn raw war reporting into an ACLED-style event dataset, with evidence.",
    no_args_is_help=True,
    add_completion=False,
)

# Command modules register themselves on `app` when imported.
from . import commands  # noqa: E402,F401
