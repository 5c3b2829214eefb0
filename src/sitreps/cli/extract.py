"""`sitreps extract`: stateless extraction, events to a file or stdout."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..export import check_format, write_events
from ..model import Event
from ..pipeline import Outcome, process
from . import app
from ._common import (
    CSV_COLUMN_HELP, EXIT_DOCUMENTS_FAILED, GAZETTEER_HELP, INPUTS_HELP, WORKERS_HELP, err, parse_csv_columns,
    progress, readable_errors, report_error,
)

EXTRACT_FORMATS = ("jsonl", "csv", "geojson")


class Tally:
    """Counts documents, events and failures while events stream out."""

    def __init__(self) -> None:
        self.documents = self.events = self.failed = 0

    def events_of(self, outcomes: Iterable[Outcome], on_document=lambda: None) -> Iterator[Event]:
        for outcome in outcomes:
            self.documents += 1
            on_document()
            if outcome.failed:
                self.failed += 1
                report_error(outcome.doc_id, outcome.error_code, outcome.error_message)
            for event in outcome.events:
                self.events += 1
                yield event


@app.command("extract")
def extract_command(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP)],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write events here (default: stdout).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: jsonl, csv or geojson.")] = "jsonl",
    gazetteer: Annotated[Optional[str], typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help=WORKERS_HELP)] = None,
    csv_column: Annotated[Optional[list[str]], typer.Option("--csv-column", help=CSV_COLUMN_HELP)] = None,
) -> None:
    """Extract events from reports without storing anything.

    Failed documents are listed on stderr (id, code, message); exit status 1 when any failed.
    """
    tally = Tally()
    with readable_errors():
        check_format(fmt, choices=EXTRACT_FORMATS)
        outcomes = process(inputs, gazetteer=gazetteer, workers=workers,
                           csv_columns=parse_csv_columns(csv_column), stdin=sys.stdin)
        with progress("Extracting") as bar:
            task = bar.add_task("Extracting", total=None)
            events = tally.events_of(outcomes, lambda: bar.advance(task))
            report = write_events(events, fmt, output if output is not None else sys.stdout)
    where = f" to {output}" if output is not None else ""
    left_out = f", {report.left_out} without coordinates left out" if report.left_out else ""
    err.print(f"{tally.documents} documents, {tally.events} events{where}{left_out}, {tally.failed} failed", markup=False)
    if tally.failed:
        raise typer.Exit(EXIT_DOCUMENTS_FAILED)
