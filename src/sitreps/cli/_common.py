"""What every command shares: the stderr console, error reporting, progress."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import SitrepsError

# The library never prints; commands write results to stdout and the rest here.
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_DOCUMENTS_FAILED = 1
EXIT_USAGE = 2

INPUTS_HELP = "Files or folders (.txt, .html, .jsonl, .csv), or - for JSONL on stdin."
GAZETTEER_HELP = "Gazetteer database to geocode with (default: $SITREPS_GAZETTEER, else the user data dir, else the built-in coarse one)."
WORKERS_HELP = "Worker processes (default: one per core; 1 runs in-process)."
CSV_COLUMN_HELP = "Map a document field to a CSV column, e.g. --csv-column text=body (repeatable)."


@contextmanager
def readable_errors() -> Iterator[None]:
    """Turn library exceptions into one readable line and exit status 2."""
    try:
        yield
    except SitrepsError as exc:
        err.print(f"[red]Error:[/red] {exc}", markup=True)
        raise typer.Exit(EXIT_USAGE) from exc


def parse_csv_columns(pairs: list[str] | None) -> dict[str, str] | None:
    """["text=body", "id=uid"] -> {"text": "body", "id": "uid"}."""
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise typer.BadParameter(f"expected FIELD=COLUMN, got {pair!r}", param_hint="--csv-column")
        mapping[field.strip()] = column.strip()
    return mapping


def progress(description: str) -> Progress:
    """A progress display on stderr (shown only on a terminal). stdout is left
    alone: it may carry the results, e.g. `sitreps extract ... > events.jsonl`."""
    return Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
        TextColumn("{task.completed} documents"), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal, redirect_stdout=False,
    )


def report_error(doc_id: str, code: str | None, message: str | None) -> None:
    """One failed document, on stderr: id, code, message, tab-separated for tools."""
    typer.echo(f"{doc_id}\t{code or ''}\t{message or ''}", err=True)
