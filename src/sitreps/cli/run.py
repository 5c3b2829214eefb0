"""`sitreps run`: read, extract and store, incrementally."""
from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from ..pipeline import Outcome, run
from ..store import Store, redact
from . import app
from ._common import (
    CSV_COLUMN_HELP, EXIT_DOCUMENTS_FAILED, GAZETTEER_HELP, INPUTS_HELP, WORKERS_HELP, parse_csv_columns,
    progress, readable_errors, report_error,
)

DB_HELP = "Results database: a SQLite file path, or a postgresql:// URL."


@app.command("run")
def run_command(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP)],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)],
    gazetteer: Annotated[Optional[str], typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help=WORKERS_HELP)] = None,
    csv_column: Annotated[Optional[list[str]], typer.Option("--csv-column", help=CSV_COLUMN_HELP)] = None,
    retry_errors: Annotated[bool, typer.Option("--retry-errors", help="Process again the documents that failed in earlier runs.")] = False,
) -> None:
    """Process new documents into the database; documents already stored are skipped.

    Safe to interrupt: each document is stored whole, and a new run resumes.
    """
    with readable_errors(), Store.open(db) as store, progress("Processing") as bar:
        task = bar.add_task("Processing", total=None)

        def seen(outcome: Outcome) -> None:
            bar.advance(task)
            if outcome.failed:
                report_error(outcome.doc_id, outcome.error_code, outcome.error_message)

        report = run(inputs, store=store, gazetteer=gazetteer, workers=workers,
                     csv_columns=parse_csv_columns(csv_column), stdin=sys.stdin,
                     retry_errors=retry_errors, on_outcome=seen)
    typer.echo(f"{report.new} new, {report.skipped} skipped, {report.failed} failed, "
               f"{report.events} events -> {redact(db)}")
    if report.failed:
        raise typer.Exit(EXIT_DOCUMENTS_FAILED)
