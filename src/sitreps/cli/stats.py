"""`sitreps stats`: counts over a database."""
from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..stats import database_stats
from . import app
from ._common import readable_errors
from .run import DB_HELP


@app.command("stats")
def stats_command(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Events by type, governorate and month; documents by status."""
    with readable_errors():
        stats = database_stats(db)
    if as_json:
        typer.echo(json.dumps(stats.to_dict(), indent=2))
        return
    out = Console(highlight=False)
    out.print(f"{stats.documents} documents, {stats.events} events")
    for title, counts in stats.tables():
        out.print(f"\n{title}")
        table = Table()
        table.add_column(title.split(" by ")[-1].capitalize())
        table.add_column("n", justify="right")
        for key, n in counts.items():
            table.add_row(key, str(n))
        out.print(table)
