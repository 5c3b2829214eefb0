"""Event extraction: one cleaned document -> ACLED-style events with evidence.

``extract_events`` is a pure function of the document and the loaded knowledge
(triggers, actors, quantities; spaCy and knowledge are loaded once per process),
which is what lets the pipeline run it in parallel. The stages, each in its own
module: annotate (paragraphs, sentences) -> candidates (triggers, actors, places,
date, toll per clause, with context) -> negation check (selective parse) ->
geocode (all places of the document together) -> assemble -> merge -> finish.
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ..errors import Code, DocumentError, SitrepsError
from ..model import Document, Event

if TYPE_CHECKING:
    from ..geocode import Geocoder

log = logging.getLogger(__name__)

__all__ = ["extract_events"]

# Only clauses with one of these words need a parse to check for negation.
_NEGATION_CUE = re.compile(r"\b(?:not|no|never|n't|without|nor)\b|n't\b", re.I)


def extract_events(document: Document, *, geocoder: "Geocoder | None" = None) -> list[Event]:
    """The events one document reports, merged by the CODEBOOK rules, with evidence.

    Raises DocumentError (E301) when extraction itself fails; a document that
    reports nothing codable yields an empty list.
    """
    try:
        return _extract(document, geocoder=geocoder)
    except SitrepsError:
        raise
    except Exception as exc:  # a bug or bad input must not look like "no events"
        log.exception("extraction failed for %s", document.id)
        raise DocumentError(Code.E301, detail=f"{type(exc).__name__}: {exc}") from exc


def _extract(document: Document, *, geocoder: "Geocoder | None") -> list[Event]:
    from ..annotate import annotate
    from ..geocode import load_geocoder
    from ..knowledge.triggers import load_triggers
    from .assemble import finish, to_event
    from .candidates import build_candidates
    from .merge import Origin, merge_events

    book = load_triggers()
    geocoder = geocoder or load_geocoder(None)
    candidates = drop_negated(build_candidates(annotate(document), book=book, is_place=geocoder.is_place))
    if not candidates:
        return []
    mentions = _distinct_mentions(candidates)
    places = dict(zip((id(m) for m in mentions), geocoder.resolve(mentions)))
    events, origins = [], {}
    for c in candidates:
        e = to_event(c, places[id(c.mention)], document=document)
        if e is not None:
            events.append(e)
            origins[id(e)] = Origin(c.section, c.paragraph, c.section_start, c.lede)
    ranks = {st.name: st.rank for st in book.sub_types}
    merged = merge_events(events, rank=lambda name: ranks.get(name, 99), origin=lambda e: origins[id(e)])
    return finish(merged)


def drop_negated(candidates: list) -> list:
    """Candidates whose trigger verb is negated ("did not capture") are not events.

    Only clauses with a negation word are parsed (spaCy), in one batch.
    """
    suspects = [i for i, c in enumerate(candidates) if _NEGATION_CUE.search(c.clause)]
    if not suspects:
        return candidates
    from ..annotate import negated_spans

    flags = negated_spans([candidates[i].clause for i in suspects], [[candidates[i].trigger] for i in suspects])
    negated = {i for i, f in zip(suspects, flags) if f and f[0]}
    return [c for i, c in enumerate(candidates) if i not in negated]


def _distinct_mentions(candidates: list) -> list:
    """Each place mention once (inherited mentions are shared objects), in order."""
    seen: dict[int, object] = {}
    for c in candidates:
        seen.setdefault(id(c.mention), c.mention)
    return list(seen.values())
