"""Which outlet published a document: metadata, else a dateline, else the URL."""
from __future__ import annotations

import re

from ..knowledge.outlets import OutletBook

# Datelines are looked for in this many first characters of the text.
DATELINE_WINDOW = 600
_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*")
# " | Site Name" or " - Site Name" closing a page title.
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+([^|\-–—]{2,40})$")


def detect_outlet(book: OutletBook, *, metadata: str | None, text: str, url: str | None
                  ) -> tuple[str | None, str]:
    """(outlet name, outlet_source): metadata wins when given, then dateline, then URL."""
    if metadata and metadata.strip():
        known = book.named(metadata) or book.named(_PARENTHESIS.sub(" ", metadata))
        return (known.name if known else metadata.strip()), "metadata"
    found = book.by_dateline(text[:DATELINE_WINDOW])
    if found:
        return found.name, "dateline"
    found = book.by_url(url)
    if found:
        return found.name, "url"
    return None, "none"


def strip_site_name(title: str | None, book: OutletBook) -> str | None:
    """A title without a trailing " | Jordan Times" or " - Daily Sabah" naming an outlet."""
    if not title:
        return title
    m = _SITE_SUFFIX.search(title)
    if m and book.named(m.group(1)):
        return title[:m.start()].rstrip() or title
    return title
