"""Outlet knowledge (outlets.yaml): lookups, and clear errors for a bad file."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.errors import Code, KnowledgeError
from sitreps.knowledge.outlets import load_outlets


@pytest.mark.parametrize("name, expected", [
    ("FNA", "FNA"), ("Fars News Agency", "FNA"), ("sputnik", "Sputnik"),
    ("alaraby", "The New Arab"), ("Syrian Arab News Agency", "SANA"), ("TRT", "TRT World"),
])
def test_outlets_named_by_alias(name: str, expected: str) -> None:
    outlet = load_outlets().named(name)
    assert outlet is not None and outlet.name == expected


def test_outlets_unknown_name_is_none() -> None:
    assert load_outlets().named("Nonexistent Gazette") is None


@pytest.mark.parametrize("url, expected", [
    ("https://sputniknews.com/middleeast/201512091031454159-x/", "Sputnik"),
    ("http://en.alalam.ir/news/1800872", "Al-Alam"),
    ("https://www.reuters.com/article/us-mideast-crisis-syria", "Reuters"),
])
def test_outlets_by_url_domain_and_subdomain(url: str, expected: str) -> None:
    outlet = load_outlets().by_url(url)
    assert outlet is not None and outlet.name == expected


def test_outlets_by_url_ignores_lookalike_domains() -> None:
    assert load_outlets().by_url("https://notreuters.com/x") is None


def test_outlets_every_entry_has_a_unique_name() -> None:
    names = [o.name for o in load_outlets().outlets]
    assert len(names) == len(set(names))


def write_outlets(tmp_path: Path, body: str) -> str:
    (tmp_path / "outlets.yaml").write_text(body, encoding="utf-8")
    return str(tmp_path)


def test_outlets_bad_regex_is_knowledge_error_naming_the_entry(tmp_path: Path) -> None:
    directory = write_outlets(tmp_path, "outlets:\n  - {name: X, aliases: [], domains: [], datelines: ['(unclosed']}\n")
    with pytest.raises(KnowledgeError) as info:
        load_outlets(directory=directory)
    assert info.value.code is Code.E401 and "outlets[0] (X)" in str(info.value)


def test_outlets_missing_key_is_knowledge_error(tmp_path: Path) -> None:
    directory = write_outlets(tmp_path, "outlets:\n  - {name: X, aliases: []}\n")
    with pytest.raises(KnowledgeError) as info:
        load_outlets(directory=directory)
    assert "missing 'domains'" in str(info.value)


def test_outlets_analyst_copy_is_used(tmp_path: Path) -> None:
    directory = write_outlets(tmp_path, "outlets:\n  - {name: Local Post, aliases: [LP], domains: [lp.example], datelines: []}\n")
    assert load_outlets(directory=directory).named("LP").name == "Local Post"
