"""Bytes to text: the one place that decides what encoding a document is in.

UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded directly. Anything
else goes to charset-normalizer, whose answer is accepted only when it is
confident; the encoding used is returned so it can be recorded. Bytes that look
like a binary file, or that no encoding explains, raise DocumentError.
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

from ..errors import Code, DocumentError

# Control characters that never occur in text (tab, newlines, form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A complete multi-byte UTF-8 sequence: evidence the bytes were meant as UTF-8.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# <meta charset="..."> or <meta http-equiv=... content="text/html; charset=...">.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# charset-normalizer's "chaos" (0 = clean text) above which a guess is refused.
MAX_CHAOS = 0.1
# Share of control characters above which decoded text is called binary.
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding) for `data`, or raise DocumentError (E102, E105).

    `declared` is the charset a page declares; it is used when it decodes the bytes.
    """
    encoding = _bom_encoding(data) or _usable_declared(data, declared)
    if encoding:
        text = _strict_decode(data, encoding)
    elif b"\x00" in data[:8192]:
        raise DocumentError(Code.E102, detail="NUL bytes and no UTF-16 byte-order mark")
    else:
        text, encoding = _decode_without_bom(data)
    _refuse_control_characters(text)
    return text, encoding


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (meta charset), else None."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _usable_declared(data: bytes, declared: str | None) -> str | None:
    """The declared encoding, if Python knows it and it decodes `data` without error."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
        data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    return name


def _strict_decode(data: bytes, encoding: str) -> str:
    """Decode or raise E105 saying where the bytes went wrong."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(Code.E105, detail=f"invalid {encoding} at byte {exc.start}") from exc


def _decode_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-8 when valid; broken UTF-8 is refused; otherwise a confident legacy guess."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            raise DocumentError(Code.E105, detail=f"invalid UTF-8 at byte {exc.start}") from exc
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise DocumentError(Code.E105, detail="not UTF-8 and no encoding explains these bytes")
    return str(best), best.encoding


def _refuse_control_characters(text: str) -> None:
    """Text full of control characters is a binary file that happened to decode."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls and controls > MAX_CONTROL_SHARE * len(sample):
        raise DocumentError(Code.E102, detail=f"{controls} control characters in the first {len(sample)}")
