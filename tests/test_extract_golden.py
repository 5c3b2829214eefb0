"""Golden articles (tests/golden/*.txt, written for these tests) and the events
each must yield; adding an article needs no code change."""
from __future__ import annotations

import pytest

from golden.support import golden_cases, load_case
from sitreps.extract import extract_events
from sitreps.extract.merge import family_of


def _families(e) -> list[str]:
    return sorted({family_of(a) for a in (e.actor1, e.actor2) if a})


@pytest.mark.parametrize("path", golden_cases(), ids=lambda p: p.stem)
def test_extract_golden_article_yields_expected_events(path):
    doc, geocoder, expected = load_case(path)
    events = extract_events(doc, geocoder=geocoder)
    got = {(e.location, e.event_type): e for e in events}
    for want in expected:
        e = got.get((want["location"], want["event_type"]))
        assert e is not None, f"missing {want['event_type']} at {want['location']}; got {sorted(got)}"
        assert e.sub_event_type == want["sub_event_type"]
        assert str(e.event_date) == want["event_date"]
        assert _families(e) == want["families"]
        assert e.fatalities == want["fatalities"]
        if "geo_precision" in want:
            assert e.geo_precision == want["geo_precision"]
    assert len(events) == len(expected), [(e.location, e.sub_event_type) for e in events]
