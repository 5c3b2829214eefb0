"""Single-document files (.txt, .html) and the expansion of inputs into files.

A file is checked before it is read: missing, empty and too-large files are
refused from their size alone, so a 50 MB file is never loaded to say so.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import Code, DocumentError
from ..model import RawDocument
from .decode import decode_bytes, declared_charset

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES


def expand_input(path: Path) -> Iterator[Path]:
    """A file as itself; a folder as its readable files, recursively, in sorted order."""
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        relative = child.relative_to(path).parts
        if any(part.startswith(".") for part in relative) or not child.is_file():
            continue
        if child.suffix.lower() in KNOWN_SUFFIXES:
            yield child
        else:
            log.debug("skipping %s: not a known document type", child)


def check_file(path: Path, *, max_bytes: int | None) -> int:
    """The file's size, after refusing missing (E101), empty (E103) and huge (E104) files.

    `max_bytes=None` sets no limit (containers such as JSONL and CSV files, whose
    documents are limited one by one)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise DocumentError(Code.E101, path=path) from exc
    except OSError as exc:
        raise DocumentError(Code.E101, path=f"{path} ({exc.strerror})") from exc
    if size == 0:
        raise DocumentError(Code.E103)
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(Code.E104, size=size, limit=max_bytes)
    return size


def read_document_file(path: Path, *, max_bytes: int) -> RawDocument:
    """A .txt or .html file as one RawDocument; id = the file stem."""
    check_file(path, max_bytes=max_bytes)
    data = path.read_bytes()
    is_html = path.suffix.lower() in HTML_SUFFIXES
    text, encoding = decode_bytes(data, declared=declared_charset(data) if is_html else None)
    if not text.strip():
        raise DocumentError(Code.E103)
    return RawDocument(
        id=path.stem,
        text=None if is_html else text,
        html=text if is_html else None,
        origin=str(path),
        metadata={"encoding": encoding},
    )
