"""`sitreps export`: the stored events in one format."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..export import FORMATS, check_format, export_store
from ..store import Store
from . import app
from ._common import err, readable_errors
from .run import DB_HELP


@app.command("export")
def export_command(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
) -> None:
    """Write every stored event to a file: ACLED CSV, JSONL, GeoJSON or Parquet."""
    with readable_errors():
        check_format(fmt)
        with Store.open(db) as store:
            report = export_store(store, fmt, output)
    left_out = f" ({report.left_out} without coordinates left out)" if report.left_out else ""
    err.print(f"{report.written} events -> {output}{left_out}", markup=False)
