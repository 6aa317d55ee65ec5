"""Importers on small files made here: detection, encodings, passages, guesses, errors."""

from __future__ import annotations

import gzip
import pickle
import zipfile
from pathlib import Path

import docx
import pytest

from evidence_app import errors
from evidence_app.errors import DamagedFile, EmptyFile, FileTooLarge, ImportFailed, UnsupportedFile
from evidence_app.ingest import extract
from evidence_app.ingest.detect import sniff
from evidence_app.ingest.language import guess_language
from evidence_app.ingest.metadata import (
    clean_title,
    date_in_text,
    guess_publisher,
    parse_iso_date,
    parse_pdf_date,
)
from evidence_app.ingest.paragraphs import MAX_CHARS, TARGET_CHARS, passages, split_blocks

ENGLISH = (
    "The government and its agents were responsible for arbitrary killings, and the "
    "authorities did not investigate most of the reports that were made by the families."
)
SPANISH = (
    "El gobierno y sus agentes fueron responsables de ejecuciones arbitrarias, y las "
    "autoridades no investigaron la mayoría de las denuncias que presentaron las familias."
)


# ---------------------------------------------------------------- errors cross processes
@pytest.mark.parametrize(
    "error",
    [
        errors.ImportFailed("/x/a.pdf", "detail"),
        errors.UnsupportedFile("/x/a.bin", "zip file that is not a Word document"),
        errors.EmptyFile("/x/a.txt"),
        errors.FileTooLarge("/x/a.pdf", 500, 100),
        errors.EncryptedPdf("/x/a.pdf", wrong_password=True),
        errors.DamagedFile("/x/a.pdf", "no page of the PDF can be read"),
        errors.ExtractionTimeout("/x/a.pdf", "no result after 60 seconds"),
        errors.NoTextLayer("/x/a.pdf"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_import_errors_survive_pickling(error: ImportFailed) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert copy.__dict__ == error.__dict__
    assert str(copy) == str(error)


# ---------------------------------------------------------------- detection by content
def _html(title: str = "A report", body: str = ENGLISH) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><p>{body}</p></body></html>"
    )


def test_sniff_ignores_the_file_name(tmp_path: Path) -> None:
    page = tmp_path / "report.txt"
    page.write_text(_html(), encoding="utf-8")
    notes = tmp_path / "notes.html"
    notes.write_text(ENGLISH, encoding="utf-8")
    word = tmp_path / "letter.pdf"
    document = docx.Document()
    document.add_paragraph(ENGLISH)
    document.save(str(word))
    packed = tmp_path / "page.bin"
    packed.write_bytes(gzip.compress(_html().encode()))
    assert sniff(page) == "html"
    assert sniff(notes) == "text"
    assert sniff(word) == "docx"
    assert sniff(packed) == "html"
    assert extract(word).format == "docx"
    assert extract(packed).format == "html"


def test_sniff_refuses_other_files(tmp_path: Path) -> None:
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    sheet = tmp_path / "sheet.docx"
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    rtf = tmp_path / "letter.txt"
    rtf.write_text(r"{\rtf1\ansi Hello}")
    for path in (image, sheet, rtf):
        with pytest.raises(UnsupportedFile) as caught:
            extract(path)
        assert caught.value.path == str(path)


def test_text_named_pdf_is_a_damaged_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "download.pdf"
    fake.write_text("error")
    with pytest.raises(DamagedFile):
        extract(fake)


def test_size_and_emptiness(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("\n \n\t\n")
    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * 10)
    with pytest.raises(EmptyFile):
        extract(empty)
    with pytest.raises(EmptyFile):
        extract(blank)
    with pytest.raises(FileTooLarge) as caught:
        extract(big, max_bytes=100)
    assert caught.value.limit == 100
    with pytest.raises(ImportFailed) as missing:
        extract(tmp_path / "gone.pdf")
    assert missing.value.path == str(tmp_path / "gone.pdf")


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    bomb = tmp_path / "page.html.gz"
    bomb.write_bytes(gzip.compress(b"<html><body>" + b" " * (3 * 1024 * 1024)))
    from evidence_app.ingest.detect import read_payload

    with pytest.raises(FileTooLarge):
        read_payload(bomb, limit=1024 * 1024)


def test_truncated_docx_is_damaged(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    document = docx.Document()
    document.add_paragraph(ENGLISH)
    document.save(str(good))
    broken = tmp_path / "broken.docx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFailed) as caught:
        extract(broken)
    assert isinstance(caught.value, DamagedFile | UnsupportedFile)


# ---------------------------------------------------------------- text encodings
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Informe de derechos humanos\n\n" + SPANISH + " Año: niñez, educación."
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    document = extract(path)
    assert document.format == "text"
    assert document.title == "Informe de derechos humanos"
    assert "niñez, educación" in document.pages[0].text
    assert document.language == "es"


# ---------------------------------------------------------------- passages
def test_passages_number_paragraphs_and_group_them() -> None:
    paragraphs = [f"Paragraph {n}. " + "x" * 900 for n in range(1, 11)]
    pages = passages(paragraphs)
    assert [p.page_no for p in pages] == list(range(1, len(pages) + 1))
    assert pages[0].label == "¶ 1–3"
    assert all(len(p.text) <= MAX_CHARS for p in pages)
    assert all(len(p.text) >= TARGET_CHARS for p in pages[:-1])
    # Every paragraph appears once, whole, in order.
    joined = "\n\n".join(p.text for p in pages)
    assert joined == "\n\n".join(paragraphs)


def test_single_paragraph_label_and_huge_paragraph() -> None:
    assert passages(["Only one."])[0].label == "¶ 1"
    huge = "A sentence of evidence. " * 1000
    pages = passages(["Intro.", huge, "End."])
    assert pages[0].label == "¶ 1"
    assert {p.label for p in pages[1:-1]} == {"¶ 2"}
    assert all(len(p.text) <= MAX_CHARS for p in pages)
    assert pages[-1].text.endswith("End.")


def test_split_blocks_on_blank_lines() -> None:
    text = "Title\r\n\r\nFirst line\nsecond line\n   \nLast"
    assert split_blocks(text) == ["Title", "First line\nsecond line", "Last"]


# ---------------------------------------------------------------- guesses
def test_language_guess() -> None:
    assert guess_language(ENGLISH * 3) == "en"
    assert guess_language(SPANISH * 3) == "es"
    assert guess_language("short", hint="es-MX") == "es"
    assert guess_language("x y z") == ""


def test_dates() -> None:
    assert parse_pdf_date("D:20161231184323+01'00'") == "2016-12-31"
    assert parse_pdf_date("D:00000101000000Z") == ""
    assert parse_pdf_date("D:202402") == "2024-02"
    assert parse_iso_date("2025-08-12T17:45:42+00:00") == "2025-08-12"
    assert date_in_text("2024 Country Reports on Human Rights Practices") == "2024"
    assert date_in_text("Report of 12 August 2025") == "2025-08-12"
    assert date_in_text("Resolución del 29 de julio de 1991") == "1991-07-29"
    assert date_in_text("Published March 2023") == "2023-03"
    assert date_in_text("Form 1040NR", year_alone=True) == ""


def test_publisher_guess() -> None:
    assert guess_publisher(url="https://www.state.gov/reports/x/") == (
        "U.S. Department of State",
        "government_report",
    )
    assert (
        guess_publisher(title="World Report 2024 | Human Rights Watch")[0] == "Human Rights Watch"
    )
    assert guess_publisher(head="CORTE INTERAMERICANA DE DERECHOS HUMANOS")[1] == "court_decision"
    assert guess_publisher(head="UNHCR eligibility guidelines, United Nations")[0] == "UNHCR"
    assert guess_publisher(title="Lorem ipsum") == ("", "")


def test_placeholder_titles_are_dropped() -> None:
    assert clean_title("Microsoft Word - chunima_se_02.doc") == ""
    assert clean_title("Untitled document") == ""
    assert clean_title("  Geometrie und   Topologie ") == "Geometrie und Topologie"


# ---------------------------------------------------------------- html and docx details
def test_html_without_main_text_falls_back_to_body(tmp_path: Path) -> None:
    page = tmp_path / "tiny.html"
    page.write_text("<html><body><script>alert(1)</script><div>Short note.</div></body></html>")
    document = extract(page)
    assert document.pages[0].text == "Short note."


def test_docx_tables_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    document = docx.Document()
    document.core_properties.title = "Memo on Honduras"
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Left cell"
    inner = table.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Nested cell"
    document.add_paragraph("After the table.")
    document.save(str(path))
    result = extract(path)
    text = result.pages[0].text
    assert result.title == "Memo on Honduras"
    order = ["Before the table.", "Left cell", "Nested cell", "After the table."]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
