"""sitreps: raw war reporting in, ACLED-style events with evidence out.

The library API, one name per stage (imported lazily, so `import sitreps` stays
cheap and loads spaCy only when extraction is first used)::

    from sitreps import read_inputs, clean_document, extract_events, load_geocoder

    geocoder = load_geocoder("gazetteer.db")
    for raw in read_inputs(["reports/"]):
        events = extract_events(clean_document(raw), geocoder=geocoder)

`process` / `run` do the same over many documents in a process pool (and store
them); `Store` is the database; `export_store` and `database_stats` are the twins
of `sitreps export` and `sitreps stats`.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "read_inputs": "sitreps.read",
    "clean_document": "sitreps.clean",
    "extract_events": "sitreps.extract",
    "load_geocoder": "sitreps.geocode",
    "find_place_mentions": "sitreps.geocode.mentions",
    "process": "sitreps.pipeline",
    "run": "sitreps.pipeline",
    "Store": "sitreps.store",
    "export_store": "sitreps.export",
    "database_stats": "sitreps.stats",
    "Document": "sitreps.model",
    "Event": "sitreps.model",
    "RawDocument": "sitreps.model",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'sitreps' has no attribute {name!r}")
    return getattr(import_module(module), name)
