"""HTML pages: the main text and metadata, through trafilatura.

trafilatura drops navigation, scripts and comments and returns the article's
text with its title and date; the line cleaner then runs on that text as on any
scraped text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml.etree import LxmlError

from ..errors import Code, DocumentError

log = logging.getLogger(__name__)

# Paragraph-level tags; this many in a text make it an HTML fragment.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|article|section)\b[^>]*>", re.IGNORECASE)
MIN_FRAGMENT_TAGS = 3


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None


def extract_page(html: str, *, url: str | None = None) -> Page:
    """Main text and metadata of a page; E203 if it cannot be parsed, E201 if no text is left."""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            include_tables=False, favor_precision=False,
        )
    except (LxmlError, ValueError, TypeError) as exc:
        raise DocumentError(Code.E203, detail=str(exc)) from exc
    if result is None:
        log.debug("trafilatura found no main text in a page of %d characters", len(html))
        raise DocumentError(Code.E201)
    fields = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = fields.get("text") or ""
    if not text.strip():
        raise DocumentError(Code.E201)
    return Page(
        text=text, title=fields.get("title") or None, date=fields.get("date") or None,
        url=fields.get("url") or None, sitename=fields.get("sitename") or None,
    )


def looks_like_html(text: str) -> bool:
    """A .txt or JSON "text" that is really a page, or an HTML fragment ("<p>...</p><p>...")."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:5000]):
        return True
    return len(_BLOCK_TAG.findall(text[:5000])) >= MIN_FRAGMENT_TAGS
