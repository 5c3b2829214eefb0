"""Reading inputs: files, folders, JSONL (also on stdin) and CSV dumps to RawDocuments.

`read_inputs` is the one entry point. It never raises for a bad document: each
input that cannot be read becomes one ReadError (with an errors.Code) and the
iteration goes on, so one broken file never stops a batch.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from ..errors import Code, DocumentError
from ..model import RawDocument, ReadError
from .csv_dump import DEFAULT_COLUMNS, read_csv
from .files import (CSV_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES,
                    check_file, expand_input, read_document_file)
from .jsonl import bounded_lines, read_jsonl_lines

__all__ = ["DEFAULT_COLUMNS", "DEFAULT_MAX_BYTES", "read_inputs"]

# Largest document (or JSONL line / CSV field) accepted, in bytes.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def read_inputs(inputs: Sequence[str], *, csv_columns: dict[str, str] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None
                ) -> Iterator[RawDocument | ReadError]:
    """Yield one RawDocument or ReadError per document found in `inputs`, in order.

    An input is a file (.txt, .html/.htm, .jsonl, .csv), a folder (read
    recursively, sorted) or "-" for JSONL on `stdin` (default sys.stdin).
    Document ids are unique within one call: an id seen before gets "-2", "-3"...
    in reading order (FA-KES repeats some unit_ids), so ids stay stable across runs.
    """
    seen: dict[str, int] = {}
    for item in _read_all(inputs, csv_columns=csv_columns, max_bytes=max_bytes, stdin=stdin):
        if isinstance(item, RawDocument):
            item.id = _unique(item.id, seen)
        yield item


def _unique(doc_id: str, seen: dict[str, int]) -> str:
    """`doc_id`, or `doc_id-N` when it was already used N-1 times."""
    count = seen.get(doc_id, 0) + 1
    seen[doc_id] = count
    if count == 1:
        return doc_id
    candidate = f"{doc_id}-{count}"
    while candidate in seen:
        count += 1
        candidate = f"{doc_id}-{count}"
    seen[candidate] = 1
    return candidate


def _read_all(inputs: Sequence[str], *, csv_columns: Mapping[str, str] | None, max_bytes: int,
              stdin: TextIO | None) -> Iterator[RawDocument | ReadError]:
    """Every document of every input, ids as the readers give them."""
    for item in inputs:
        if item == "-":
            yield from read_jsonl_lines(stdin or sys.stdin, name="-", max_bytes=max_bytes)
            continue
        root = Path(item)
        if not root.exists():
            yield _error(root.stem or item, item, DocumentError(Code.E101, path=item))
            continue
        for path in expand_input(root):
            yield from _read_path(path, csv_columns=csv_columns, max_bytes=max_bytes)


def _read_path(path: Path, *, csv_columns: Mapping[str, str] | None, max_bytes: int
               ) -> Iterator[RawDocument | ReadError]:
    """Dispatch one file to the reader its extension names."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, max_bytes=max_bytes)
        elif suffix in CSV_SUFFIXES:
            check_file(path, max_bytes=None)
            yield from read_csv(path, csv_columns=csv_columns, max_bytes=max_bytes)
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            yield read_document_file(path, max_bytes=max_bytes)
        else:
            raise DocumentError(Code.E109, path=path)
    except DocumentError as exc:
        yield _error(path.stem, str(path), exc)
    except OSError as exc:
        yield _error(path.stem, str(path), DocumentError(Code.E101, path=f"{path} ({exc.strerror})"))


def _read_jsonl_file(path: Path, *, max_bytes: int) -> Iterator[RawDocument | ReadError]:
    """Stream a JSONL file line by line (the file may be larger than max_bytes)."""
    check_file(path, max_bytes=None)
    with open(path, "rb") as fh:
        yield from read_jsonl_lines(bounded_lines(fh, max_bytes=max_bytes), name=str(path), max_bytes=max_bytes)


def _error(doc_id: str, origin: str, exc: DocumentError) -> ReadError:
    """The error record for one input that failed."""
    return ReadError(id=doc_id, origin=origin, code=exc.code.name, message=str(exc))
