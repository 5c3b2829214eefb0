"""Encodings: UTF-8 (BOM ok), UTF-16 with BOM, confident legacy guesses, and refusals."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sitreps.clean import clean_document
from sitreps.errors import Code, DocumentError
from sitreps.model import RawDocument
from sitreps.read import read_inputs
from sitreps.read.decode import decode_bytes

ENGLISH = "Shelling hit the town of Ma’arrat al-Nu’man on Monday, killing three civilians, rescuers said."
ARABIC = ("قالت مصادر عسكرية إن وحدات من الجيش السوري سيطرت على قرية في ريف حلب الشمالي "
          "بعد اشتباكات عنيفة مع المسلحين استمرت عدة ساعات وأسفرت عن مقتل عدد منهم")


@pytest.mark.parametrize("data, encoding", [
    (ENGLISH.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
    (ENGLISH.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16"),
])
def test_decode_unicode_forms(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (ENGLISH, encoding)


def test_decode_windows_1256_arabic_is_decoded_and_recorded() -> None:
    text, encoding = decode_bytes(ARABIC.encode("cp1256"))
    assert text == ARABIC
    assert encoding == "cp1256"


def test_decode_windows_1256_file_then_cleaner_rejects_it_e202(tmp_path: Path) -> None:
    (tmp_path / "ar.txt").write_bytes(ARABIC.encode("cp1256"))
    raw = next(iter(read_inputs([str(tmp_path / "ar.txt")])))
    assert isinstance(raw, RawDocument) and raw.metadata["encoding"] == "cp1256"
    with pytest.raises(DocumentError) as info:
        clean_document(raw)
    assert info.value.code is Code.E202


def test_decode_invalid_utf8_is_e105() -> None:
    broken = ENGLISH.encode("utf-8").replace(b"\xe2\x80\x99", b"\xe2\x80", 1)
    with pytest.raises(DocumentError) as info:
        decode_bytes(broken)
    assert info.value.code is Code.E105 and "byte" in str(info.value)


def test_decode_invalid_utf8_file_is_one_e105_record(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Clashes near Daraa \xe2\x80\x9c quoted \xff\xfe text.")
    err = next(iter(read_inputs([str(tmp_path / "bad.txt")])))
    assert err.code == "E105"


def test_decode_bytes_no_encoding_explains_are_e105() -> None:
    noise = bytes((i * 37 + 128) % 128 + 128 for i in range(600))
    with pytest.raises(DocumentError) as info:
        decode_bytes(noise)
    assert info.value.code is Code.E105


def test_decode_nul_bytes_without_bom_are_binary_e102() -> None:
    with pytest.raises(DocumentError) as info:
        decode_bytes(b"text\x00\x00\x00more")
    assert info.value.code is Code.E102


def test_decode_latin1_accents_are_decoded() -> None:
    text, encoding = decode_bytes("Le café de la région près d'Alep a été détruit hier soir.".encode("latin-1"))
    assert "café" in text and encoding not in ("utf-8", "utf-8-sig")


def test_decode_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owners in Qamishli '
            'said the blast shattered windows \u2013 three people were hurt.</p></body></html>')
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    raw = next(iter(read_inputs([str(tmp_path / "p.html")])))
    assert isinstance(raw, RawDocument)
    assert raw.metadata["encoding"] == "cp1252" and "Caf\u00e9" in raw.html and "\u2013" in raw.html


def test_decode_wrong_declared_charset_falls_back() -> None:
    text, encoding = decode_bytes(ENGLISH.encode("utf-8"), declared="ascii")
    assert (text, encoding) == (ENGLISH, "utf-8")
