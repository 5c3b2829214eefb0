"""JSONL: one document per line. A bad line is one error; the other lines go on."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import Code, DocumentError
from ..model import RawDocument, ReadError
from .records import raw_from_record


def read_jsonl_lines(lines: Iterable[bytes | str], *, name: str, max_bytes: int
                     ) -> Iterator[RawDocument | ReadError]:
    """Parse each non-blank line; origin "name:LINE", default id "name-LINE"."""
    for number, line in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        default_id = f"{_stem(name)}-{number}"
        try:
            record = _parse_line(line, number=number, max_bytes=max_bytes)
            if record is None:
                continue
            yield raw_from_record(record, default_id=default_id, origin=origin, max_bytes=max_bytes)
        except DocumentError as exc:
            yield ReadError(id=default_id, origin=origin, code=exc.code.name, message=str(exc))


def bounded_lines(fh: BinaryIO, *, max_bytes: int) -> Iterator[bytes]:
    """Lines of a binary file, never holding more than max_bytes + 1 of one line.

    A longer line is yielded truncated to max_bytes + 1 bytes (the parser then
    reports it as too large) and the rest of it is skipped.
    """
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_to_line_end(fh)
        yield line


def _skip_to_line_end(fh: BinaryIO) -> None:
    """Consume the rest of an over-long line in bounded chunks."""
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse_line(line: bytes | str, *, number: int, max_bytes: int) -> dict | None:
    """The JSON object on one line, None for a blank line; DocumentError otherwise."""
    size = len(line) if isinstance(line, bytes) else len(line.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise DocumentError(Code.E104, size=f"more than {max_bytes}", limit=max_bytes)
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise DocumentError(Code.E105, detail=f"line {number}: invalid UTF-8 at byte {exc.start}") from exc
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(Code.E106, line=number, detail=exc.msg) from exc
    if not isinstance(record, dict):
        raise DocumentError(Code.E106, line=number, detail=f"expected an object, got {type(record).__name__}")
    return record


def _stem(name: str) -> str:
    """A file's stem for default ids ("docs.jsonl" -> "docs", "-" -> "stdin")."""
    if name == "-":
        return "stdin"
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base
