"""One record (a JSON object or a CSV row) to a RawDocument.

JSONL and CSV dumps carry the same fields under different names; both end here
so that a document looks the same whichever container it came in.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import Code, DocumentError
from ..model import RawDocument

# The RawDocument fields a record may fill; everything else goes to metadata.
FIELDS = ("id", "text", "html", "published", "url", "outlet", "title")


def raw_from_record(record: Mapping[str, Any], *, default_id: str, origin: str,
                    max_bytes: int) -> RawDocument:
    """Build a RawDocument from a record keyed by FIELDS; raise DocumentError if unusable."""
    values = {key: _as_text(record.get(key)) for key in FIELDS}
    text, html = values["text"], values["html"]
    if text is None and html is None:
        raise DocumentError(Code.E107)
    body = text if text is not None else html or ""
    if not body.strip():
        raise DocumentError(Code.E103)
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise DocumentError(Code.E104, size=size, limit=max_bytes)
    metadata = {k: v for k, v in record.items() if k not in FIELDS and v not in (None, "")}
    return RawDocument(
        id=values["id"] or default_id, text=text, html=html, url=values["url"],
        published=values["published"], outlet=values["outlet"], title=values["title"],
        origin=origin, metadata=metadata,
    )


def _as_text(value: Any) -> str | None:
    """Record values as strings; empty and missing values are None."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None
