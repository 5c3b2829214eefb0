"""CSV article dumps (FA-KES and the like) with a column mapping.

Each document field is looked up under the columns listed in DEFAULT_COLUMNS, in
order; `csv_columns` ({"text": "body"}) overrides a field's column. Columns the
mapping does not use are kept in metadata (FA-KES's location and labels).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import Code, DocumentError
from ..model import RawDocument, ReadError
from .records import raw_from_record

# Field -> columns that may hold it, first match wins. FA-KES: unit_id,
# article_title, article_content, source, date.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "doc_id"),
    "text": ("text", "article_content", "content", "body"),
    "html": ("html",),
    "title": ("title", "article_title", "headline"),
    "outlet": ("outlet", "source"),
    "published": ("published", "date", "pubdate"),
    "url": ("url", "link"),
}


def column_mapping(header: list[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Field -> column for this header; raise E108 when no text or html column exists."""
    present = set(header)
    mapping = {}
    for field, candidates in DEFAULT_COLUMNS.items():
        column = next((c for c in candidates if c in present), None)
        if column:
            mapping[field] = column
    for field, column in (overrides or {}).items():
        if column not in present:
            raise DocumentError(Code.E108, what=f"{field} (asked for '{column}')", columns=", ".join(header))
        mapping[field] = column
    if "text" not in mapping and "html" not in mapping:
        raise DocumentError(Code.E108, what="text", columns=", ".join(header))
    return mapping


def read_csv(path: Path, *, csv_columns: Mapping[str, str] | None, max_bytes: int
             ) -> Iterator[RawDocument | ReadError]:
    """One RawDocument (or ReadError) per row; origin "path:LINE" of the row's first line."""
    csv.field_size_limit(max(max_bytes * 2, csv.field_size_limit()))
    with open(path, "rb") as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            if header is None:
                raise DocumentError(Code.E103)
            mapping = column_mapping(header, csv_columns)
            yield from _rows(reader, header, mapping, path=path, max_bytes=max_bytes)
        except DocumentError as exc:
            yield ReadError(id=path.stem, origin=str(path), code=exc.code.name, message=str(exc))
        except (UnicodeDecodeError, csv.Error) as exc:
            line = reader.line_num + 1
            code = Code.E105 if isinstance(exc, UnicodeDecodeError) else Code.E110
            err = DocumentError(code, detail=f"line {line}: {exc}", line=line)
            yield ReadError(id=path.stem, origin=f"{path}:{line}", code=code.name, message=str(err))


def _rows(reader, header: list[str], mapping: dict[str, str], *, path: Path, max_bytes: int
          ) -> Iterator[RawDocument | ReadError]:
    """Turn rows into records under the document field names."""
    unused = [c for c in header if c not in mapping.values()]
    start = reader.line_num + 1
    for number, row in enumerate(reader, start=1):
        origin = f"{path}:{start}"
        default_id = f"{path.stem}-{number}"
        cells = dict(zip(header, row))
        record = {field: cells.get(column) for field, column in mapping.items()}
        record.update({c: cells.get(c) for c in unused})
        try:
            yield raw_from_record(record, default_id=default_id, origin=origin, max_bytes=max_bytes)
        except DocumentError as exc:
            yield ReadError(id=record.get("id") or default_id, origin=origin, code=exc.code.name, message=str(exc))
        start = reader.line_num + 1
