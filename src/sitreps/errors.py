"""Every message sitreps gives about a failure, as coded constants, and the few
exception classes the CLI catches by name.

A document that fails carries one of these codes in its error record (stored and
printed); the batch goes on.
"""
from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    """Error codes with their message templates (format with keyword arguments)."""

    # reading (E1xx)
    E101 = "file not found: {path}"
    E102 = "binary file (not text): {detail}"
    E103 = "empty document"
    E104 = "document too large: {size} bytes (limit {limit})"
    E105 = "cannot decode text: {detail}"
    E106 = "malformed JSON on line {line}: {detail}"
    E107 = "document has neither text nor html"
    E108 = "CSV has no column for {what} (columns: {columns})"
    E109 = "unsupported input: {path}"
    E110 = "malformed CSV on line {line}: {detail}"
    # cleaning (E2xx)
    E201 = "no article text left after cleaning"
    E202 = "not English (detected {language}); sitreps reads English reports"
    E203 = "HTML could not be parsed: {detail}"
    # extraction (E3xx)
    E301 = "extraction failed: {detail}"
    # knowledge and configuration (E4xx)
    E401 = "invalid knowledge file {path}: {detail}"
    E402 = "spaCy pipeline {name} is not installed: {detail}"
    # storage and gazetteer (E5xx)
    E501 = "cannot open database {url}: {detail}"
    E502 = "gazetteer {path} is empty or missing; import one with `sitreps gazetteer import FILE`"
    E503 = "cannot import gazetteer file {path}: {detail}"
    E504 = "unknown export format {fmt}; choose one of {choices}"
    E505 = "cannot save document {doc_id}: {detail}"
    E506 = "cannot write {path}: {detail}"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


class SitrepsError(Exception):
    """Base class: carries a code and a formatted message."""

    def __init__(self, code: Code, **kwargs: object) -> None:
        self.code = code
        self.detail = kwargs
        super().__init__(code.format(**kwargs))


class DocumentError(SitrepsError):
    """One document cannot be read, cleaned or extracted; the batch goes on."""


class KnowledgeError(SitrepsError):
    """A knowledge file (actors, triggers, quantities, outlets) is invalid."""


class StoreError(SitrepsError):
    """The database cannot be opened or written."""


class GazetteerError(SitrepsError):
    """The gazetteer is missing, empty, or a file cannot be imported."""
