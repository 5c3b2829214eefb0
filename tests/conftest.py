"""Shared fixtures: paths to ../shared (real data, read only) and small helpers."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SITREPS_SHARED", ROOT.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it are skipped, saying so, when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"real data folder {SHARED} is absent (set SITREPS_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def gaz_dir(fixtures) -> Path:
    """Small gazetteer files written for the tests (WOF, GeoNames, CSV)."""
    return fixtures / "gazetteer"


# --- documents and events built by hand (store, export and CLI tests) -----------

def _document(doc_id: str = "doc-1", text: str = "Army units shelled the town of Kafr Nabl on Monday.", **kw):
    from datetime import date

    from sitreps.model import Document, OffsetMap

    fields = dict(id=doc_id, raw=text, text=text, offsets=OffsetMap.identity(len(text)),
                  title="A report", published=date(2016, 3, 22), published_source="dateline",
                  outlet="Example News", origin=f"{doc_id}.txt")
    fields.update(kw)
    return Document(**fields)


def _events(doc_id: str = "doc-1", n: int = 2, *, located: bool = True):
    from datetime import date

    from sitreps.model import Event, Evidence

    out = []
    for i in range(1, n + 1):
        out.append(Event(
            doc_id=doc_id, event_id=f"{doc_id}-e{i:02d}", event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", event_date=date(2016, 3, 20 + i),
            actor1="Military Forces of Syria (2000-)", inter1=1, interaction=10,
            location="Kafr Nabl", admin1="Idleb", admin2="Maarrat An Nu'man",
            latitude=35.61 if located else None, longitude=36.56 if located else None,
            geo_precision=1, fatalities=i, fatalities_low=i, fatalities_high=i,
            fatalities_text=f"{i} killed", fatalities_rule="exact", source="Example News",
            notes=f"Note {i}.", evidence=[Evidence(doc_id, 0, 11, "Army units ")],
        ))
    return out


@pytest.fixture
def make_document():
    """Factory: a small cleaned Document (keyword arguments override fields)."""
    return _document


@pytest.fixture
def make_events():
    """Factory: n shelling events of one document, with evidence."""
    return _events


@pytest.fixture
def postgres_url() -> str:
    """URL of an empty sitreps database on the CI PostgreSQL server (tables dropped);
    skips, saying why, when SITREPS_TEST_POSTGRES_URL is unset."""
    url = os.environ.get("SITREPS_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("SITREPS_TEST_POSTGRES_URL is not set (CI sets it; .ci/run starts a server)")
    from sqlalchemy import create_engine

    from sitreps.store import database_url, metadata

    engine = create_engine(database_url(url))
    metadata.drop_all(engine)
    engine.dispose()
    return url
