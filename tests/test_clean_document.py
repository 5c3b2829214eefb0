"""clean_document as a whole: title, outlet, language, HTML, and the errors it raises."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.clean import clean_document
from sitreps.errors import Code, DocumentError
from sitreps.model import RawDocument

BODY = ("Syrian army units repelled an attack by militants on positions near the village of "
        "Tal Hadiya on Tuesday, killing several of the attackers, a field source said.")


def clean_error(raw: RawDocument) -> Code:
    """The code of the DocumentError cleaning `raw` raises."""
    with pytest.raises(DocumentError) as info:
        clean_document(raw)
    return info.value.code


def test_document_title_from_metadata_wins() -> None:
    doc = clean_document(RawDocument(id="t", title="Given Title", text=f"Other Headline Here\n\n{BODY}"))
    assert doc.title == "Given Title"


def test_document_title_from_first_headline_line() -> None:
    doc = clean_document(RawDocument(id="t", text=f"Army Repels Attack Near Tal Hadiya\n\n{BODY}"))
    assert doc.title == "Army Repels Attack Near Tal Hadiya"


def test_document_no_title_when_first_line_is_reporting() -> None:
    assert clean_document(RawDocument(id="t", text=BODY)).title is None


def test_document_title_whitespace_normalised() -> None:
    doc = clean_document(RawDocument(id="t", text=f"Army Repels\u00a0Attack Near Tal Hadiya\n\n{BODY}"))
    assert doc.title == "Army Repels Attack Near Tal Hadiya"


@pytest.mark.parametrize("metadata, expected", [
    ("ahram", "Al-Ahram"),
    ("manar", "Al-Manar"),
    ("FNA (reprint)", "FNA"),
    ("Sputnik", "Sputnik"),
    ("Some Local Blog", "Some Local Blog"),
])
def test_document_outlet_from_metadata(metadata: str, expected: str) -> None:
    doc = clean_document(RawDocument(id="t", text=BODY, outlet=metadata))
    assert (doc.outlet, doc.outlet_source) == (expected, "metadata")


@pytest.mark.parametrize("lead, expected", [
    ("(FNA)- ", "FNA"),
    ("TEHRAN (Tasnim) - ", "Tasnim"),
    ("BEIRUT (Sputnik) ", "Sputnik"),
    ("BEIRUT, Lebanon (AFP) - ", "AFP"),
    ("Beirut (AFP) - ", "AFP"),
    ("Amman, Oct 3 (Reuters) - ", "Reuters"),
    ("AMMAN, Oct 3 (Reuters) - ", "Reuters"),
    ("Damascus, SANA - ", "SANA"),
    ("ALALAM - ", "Al-Alam"),
])
def test_document_outlet_from_dateline(lead: str, expected: str) -> None:
    doc = clean_document(RawDocument(id="t", text=lead + BODY))
    assert (doc.outlet, doc.outlet_source) == (expected, "dateline")


def test_document_outlet_named_inside_the_story_is_not_a_dateline() -> None:
    doc = clean_document(RawDocument(id="t", text=BODY + " The report was carried by FARS and Sputnik."))
    assert (doc.outlet, doc.outlet_source) == (None, "none")


def test_document_outlet_from_url() -> None:
    doc = clean_document(RawDocument(id="t", text=BODY, url="http://en.alalam.ir/news/1800872"))
    assert (doc.outlet, doc.outlet_source) == ("Al-Alam", "url")


@pytest.mark.parametrize("text", [
    "قالت مصادر عسكرية إن الجيش السوري سيطر على قرية في ريف حلب الشمالي بعد اشتباكات عنيفة مع المسلحين",
    ("L'armée syrienne a repris le contrôle de la ville après des combats violents avec les rebelles "
     "dans la province d'Alep, selon une source militaire citée par l'agence officielle de presse."),
])
def test_document_non_english_is_e202(text: str) -> None:
    assert clean_error(RawDocument(id="t", text=text)) is Code.E202


@pytest.mark.parametrize("text", ["Listen Live\nGet short URL\nBack to top button\n", "219-11\n"])
def test_document_only_debris_is_e201(text: str) -> None:
    assert clean_error(RawDocument(id="t", text=text)) is Code.E201


def test_document_html_main_text_title_and_date(fixtures: Path) -> None:
    html = (fixtures / "read" / "page.html").read_text(encoding="utf-8")
    doc = clean_document(RawDocument(id="page", html=html))
    assert "Souran" in doc.text
    assert "subscribe" not in doc.text.lower() and "var " not in doc.text
    assert doc.title == "Army advances near Souran in northern Hama"
    assert str(doc.published) == "2016-05-14"


def test_document_html_full_of_scripts_is_e201(fixtures: Path) -> None:
    html = (fixtures / "read" / "scripts_only.html").read_text(encoding="utf-8")
    assert clean_error(RawDocument(id="s", html=html)) is Code.E201


def test_document_html_given_as_text_is_extracted(fixtures: Path) -> None:
    html = (fixtures / "read" / "page.html").read_text(encoding="utf-8")
    doc = clean_document(RawDocument(id="page", text=html))
    assert "<p>" not in doc.text and "Souran" in doc.text


def test_document_keeps_identity_fields() -> None:
    raw = RawDocument(id="abc", text=BODY, origin="x.jsonl:3", metadata={"location": "hama"})
    doc = clean_document(raw)
    assert (doc.id, doc.origin, doc.metadata["location"], doc.language) == ("abc", "x.jsonl:3", "hama", "en")


def test_document_text_preferred_over_html_when_both_given(fixtures: Path) -> None:
    html = (fixtures / "read" / "page.html").read_text(encoding="utf-8")
    doc = clean_document(RawDocument(id="both", text=BODY, html=html))
    assert doc.text == BODY


@pytest.mark.parametrize("name, title, published, outlet, kept, gone", [
    ("wire_like.txt", "Rebels Say They Repelled Army Push South of Aleppo", "2016-10-03", "Reuters",
     "Syrian rebels said on Monday", ["By Lina", "Min Read", "Reporting by", "Our Standards", "FILE PHOTO", "AMMAN"]),
    ("agency_like.txt", "Army units destroy terrorists' positions in Hama countryside", "2017-03-12", "SANA",
     "Army units carried out on Sunday", ["Local", "H. Said", "Related Posts", "Army kills terrorists in Daraa", "Tweet"]),
])
def test_document_scraped_outlet_pages(fixtures: Path, name, title, published, outlet, kept, gone) -> None:
    doc = clean_document(RawDocument(id=name, text=(fixtures / "clean" / name).read_text(encoding="utf-8")))
    assert (doc.title, str(doc.published), doc.outlet) == (title, published, outlet)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == title and paragraphs[1].startswith(kept)
    assert not [g for g in gone if g in doc.text]


@pytest.mark.parametrize("given, expected", [
    ("Strike kills 15 near Raqqa monitor | Jordan Times", "Strike kills 15 near Raqqa monitor"),
    ("Air strike on hospital kills 10 - Daily Sabah", "Air strike on hospital kills 10"),
    ("Army advances - sources", "Army advances - sources"),
])
def test_document_title_loses_site_name(given: str, expected: str) -> None:
    assert clean_document(RawDocument(id="t", title=given, text=BODY)).title == expected


def test_document_html_fragment_in_text_is_extracted() -> None:
    fragment = f"<p>{BODY}</p><p>The army responded with artillery fire on positions in the Rashideen district.</p>"
    doc = clean_document(RawDocument(id="frag", text=fragment))
    assert "<p>" not in doc.text and BODY in doc.text


def test_document_text_mentioning_a_tag_is_not_html() -> None:
    text = f"{BODY} Activists posted the video with a <b>caption</b> on social media."
    assert clean_document(RawDocument(id="t", text=text)).text == text
