"""read_inputs: each reader, folders, stdin, and one error record per bad input."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from sitreps.model import RawDocument, ReadError
from sitreps.read import read_inputs

REPORT = "Army units repelled an attack near the village of Tal Hadiya, a field source said.\n"


def read_all(*inputs: str, **kwargs) -> list[RawDocument | ReadError]:
    return list(read_inputs(list(inputs), **kwargs))


def only(items: list) -> RawDocument | ReadError:
    assert len(items) == 1, items
    return items[0]


def test_read_txt_id_is_file_stem(fixtures: Path) -> None:
    doc = only(read_all(str(fixtures / "read" / "article.txt")))
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.html, doc.metadata["encoding"]) == ("article", None, "utf-8")
    assert doc.text.startswith("Army Repels Attack")
    assert doc.origin.endswith("article.txt")


def test_read_html_file_goes_to_html_field(fixtures: Path) -> None:
    doc = only(read_all(str(fixtures / "read" / "page.html")))
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.text) == ("page", None)
    assert "<article>" in doc.html


def test_read_jsonl_fields_and_origin(fixtures: Path) -> None:
    docs = read_all(str(fixtures / "read" / "docs.jsonl"))
    first = docs[0]
    assert isinstance(first, RawDocument)
    assert (first.id, first.published, first.outlet, first.title) == ("j1", "2016-05-16", "AFP", "Strikes near Saraqeb")
    assert first.url == "http://example.com/2016/05/16/x/"
    assert first.metadata == {"lang": "en"}
    assert first.origin.endswith("docs.jsonl:1")


def test_read_jsonl_malformed_line_is_one_error_with_line_number(fixtures: Path) -> None:
    docs = read_all(str(fixtures / "read" / "docs.jsonl"))
    errors = [d for d in docs if isinstance(d, ReadError)]
    assert [(e.code, e.origin.rsplit(":", 1)[1]) for e in errors] == [("E106", "2"), ("E107", "4")]
    assert "line 2" in errors[0].message


def test_read_jsonl_other_lines_go_on(fixtures: Path) -> None:
    docs = read_all(str(fixtures / "read" / "docs.jsonl"))
    assert [d.id for d in docs if isinstance(d, RawDocument)] == ["j1", "docs-3", "j5"]


def test_read_jsonl_html_record(fixtures: Path) -> None:
    doc = read_all(str(fixtures / "read" / "docs.jsonl"))[-1]
    assert isinstance(doc, RawDocument) and doc.html and doc.text is None


def test_read_jsonl_from_stdin() -> None:
    stdin = io.StringIO('{"id": "s1", "text": "Clashes near Daraa."}\n\n{"text": "Shelling in Homs."}\n')
    docs = read_all("-", stdin=stdin)
    assert [(d.id, d.origin) for d in docs] == [("s1", "-:1"), ("stdin-3", "-:3")]


def test_read_csv_fakes_columns(fixtures: Path) -> None:
    docs = read_all(str(fixtures / "read" / "dump.csv"))
    assert [d.id for d in docs] == ["101", "102"]
    first = docs[0]
    assert (first.title, first.outlet, first.published) == ("Blast kills four in Jableh", "sana", "2/22/2015")
    assert first.metadata == {"location": "lattakia", "labels": "1"}
    assert first.origin.endswith("dump.csv:2")


def test_read_csv_column_override(tmp_path: Path) -> None:
    path = tmp_path / "custom.csv"
    path.write_text("ref,body,headline\nx1,Shelling hit Harasta on Monday.,Shelling\n", encoding="utf-8")
    doc = only(read_all(str(path), csv_columns={"text": "body", "id": "ref"}))
    assert (doc.id, doc.text, doc.title) == ("x1", "Shelling hit Harasta on Monday.", "Shelling")


def test_read_csv_without_text_column_is_e108(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert only(read_all(str(path))).code == "E108"


def test_read_csv_override_naming_missing_column_is_e108(fixtures: Path) -> None:
    assert only(read_all(str(fixtures / "read" / "dump.csv"), csv_columns={"text": "body"})).code == "E108"


def test_read_csv_empty_row_text_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,text\na,\nb,Clashes near Daraa.\n", encoding="utf-8")
    docs = read_all(str(path))
    assert [(type(d).__name__, d.id) for d in docs] == [("ReadError", "a"), ("RawDocument", "b")]


def test_read_folder_recursive_sorted_by_extension(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(REPORT, encoding="utf-8")
    shutil.copy(fixtures / "read" / "page.html", tmp_path / "b" / "page.html")
    assert [d.id for d in read_all(str(tmp_path))] == ["a", "page", "z"]


def test_read_ids_stable_across_runs(fixtures: Path) -> None:
    ids = [[d.id for d in read_all(str(fixtures / "read"))] for _ in range(2)]
    assert ids[0] == ids[1]


def test_read_missing_file_is_e101(tmp_path: Path) -> None:
    err = only(read_all(str(tmp_path / "nope.txt")))
    assert isinstance(err, ReadError) and err.code == "E101" and err.id == "nope"


def test_read_empty_file_is_e103(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert only(read_all(str(tmp_path / "empty.txt"))).code == "E103"


def test_read_whitespace_file_is_e103(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    assert only(read_all(str(tmp_path / "blank.txt"))).code == "E103"


def test_read_binary_file_is_e102(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert only(read_all(str(tmp_path / "image.txt"))).code == "E102"


def test_read_control_characters_are_e102(tmp_path: Path) -> None:
    (tmp_path / "ctl.txt").write_bytes(b"abc\x01\x02\x03\x04\x05def\x06\x07\x08ghi" * 20)
    assert only(read_all(str(tmp_path / "ctl.txt"))).code == "E102"


def test_read_huge_file_is_e104_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    err = only(read_all(str(path)))
    assert err.code == "E104" and "52428800" in err.message


def test_read_max_bytes_is_configurable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT * 10, encoding="utf-8")
    assert only(read_all(str(tmp_path / "a.txt"), max_bytes=100)).code == "E104"


def test_read_huge_jsonl_line_is_one_error_and_others_go_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": "big", "text": "' + "x" * 5000 + '"}\n{"id": "ok", "text": "Clashes near Daraa."}\n')
    docs = read_all(str(path), max_bytes=1000)
    assert [(type(d).__name__, getattr(d, "code", d.id)) for d in docs] == [("ReadError", "E104"), ("RawDocument", "ok")]


def test_read_unsupported_file_given_explicitly_is_e109(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    assert only(read_all(str(tmp_path / "x.pdf"))).code == "E109"


def test_read_batch_goes_on_after_errors(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    docs = read_all(str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), str(fixtures / "read" / "article.txt"))
    assert [type(d).__name__ for d in docs] == ["ReadError", "ReadError", "RawDocument"]


@pytest.mark.shared
def test_read_fakes_csv_gives_804_documents(shared: Path) -> None:
    docs = read_all(str(shared / "data" / "FA-KES-Dataset.csv"))
    assert len(docs) == 804
    assert all(isinstance(d, RawDocument) for d in docs)
    assert len({d.id for d in docs}) == 804


def test_read_repeated_ids_made_unique_in_order(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("id,text\n7,Clashes near Daraa.\n7,Shelling in Homs.\n7,Strikes on Idlib.\n", encoding="utf-8")
    assert [d.id for d in read_all(str(path))] == ["7", "7-2", "7-3"]
