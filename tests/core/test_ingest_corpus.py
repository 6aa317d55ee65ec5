"""Every importer over the shared corpus of real and malformed files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence_app.errors import DamagedFile, EmptyDocument, EmptyFile, EncryptedPdf, ImportFailed
from evidence_app.ingest import extract
from evidence_app.ingest.detect import sniff
from evidence_app.ingest.paragraphs import MAX_CHARS
from evidence_app.model import ExtractedDocument

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"test corpus not found at {CORPUS}")

FORMATS = {"pdf": "pdf", "html": "html", "text": "text", "docx": "docx"}
NO_TEXT = {
    "scan_image_only_english.pdf",
    "image_only_page.pdf",
    "blank_page.pdf",
    "having_images.docx",
}
EMPTY = {"nested_tables.docx"}  # empty tables only: "the document is empty", nothing to OCR


def _files(folder: str) -> list[Path]:
    path = CORPUS / folder
    return sorted(path.iterdir()) if path.is_dir() else []


REAL = [(folder, path) for folder in FORMATS for path in _files(folder)]


def _check_shape(document: ExtractedDocument) -> None:
    assert document.pages
    assert [p.page_no for p in document.pages] == list(range(1, len(document.pages) + 1))
    assert all(p.label for p in document.pages)
    assert all("\r" not in p.text and "\x00" not in p.text for p in document.pages)


@pytest.mark.parametrize(("folder", "path"), REAL, ids=[p.name for _, p in REAL])
def test_real_document_extracts(folder: str, path: Path) -> None:
    if path.name in EMPTY:
        with pytest.raises(EmptyDocument) as info:
            extract(path)
        assert info.value.code == "empty_document" and "is empty" in str(info.value)
        return
    document = extract(path)
    _check_shape(document)
    assert document.format == FORMATS[folder]
    assert document.needs_ocr == (path.name in NO_TEXT)
    if not document.needs_ocr:
        assert any(p.text.strip() for p in document.pages)
    if document.format != "pdf" and not document.needs_ocr:
        assert document.pages[0].label.startswith("¶ 1")


# What each malformed file gives today. Either outcome is allowed by the contract; the
# table pins the cases that matter (passwords, empty and fake files, hazards).
MALFORMED_EXPECTED: dict[str, type[ImportFailed] | None] = {
    "huridocs_not_a_pdf_0_bytes.pdf": EmptyFile,
    "huridocs_error_5_bytes.pdf": DamagedFile,
    "qpdf_bad1.pdf": DamagedFile,
    "qpdf_bad-direct-root.pdf": DamagedFile,
    "pdfminer_encryption_rc4-40.pdf": EncryptedPdf,
    "pdfminer_encryption_rc4-128.pdf": EncryptedPdf,
    "pdfminer_encryption_aes-128.pdf": EncryptedPdf,
    "pdfminer_encryption_aes-256.pdf": EncryptedPdf,
    "pdfminer_encryption_aes-256-r6.pdf": EncryptedPdf,
    "pypdf_libreoffice_password.pdf": EncryptedPdf,
    "qpdf_encrypted-40-bit-R3.pdf": EncryptedPdf,
    "pdfminer_encryption_base.pdf": None,
    "pdfjs_no_xref_javascript_openaction.pdf": None,
    "pdfjs_cyclic_pages_tree.pdf": None,
    "qpdf_page-labels-num-tree-damaged.pdf": None,
    "trafilatura_webpage.html.gz": None,
    "trafilatura_exotic_tags.html": None,
}
MALFORMED = _files("malformed")


@pytest.mark.parametrize("path", MALFORMED, ids=[p.name for p in MALFORMED])
def test_malformed_file_gives_document_or_named_failure(path: Path) -> None:
    try:
        document = extract(path)
    except ImportFailed as exc:
        assert exc.path == str(path)
        assert exc.code and str(exc)
        outcome: type[ImportFailed] | None = type(exc)
    else:
        _check_shape(document)
        outcome = None
    if path.name in MALFORMED_EXPECTED:
        assert outcome is MALFORMED_EXPECTED[path.name]


PASSWORDS = [
    ("pdfminer_encryption_rc4-40.pdf", "baz", "Secret!"),
    ("pdfminer_encryption_rc4-128.pdf", "baz", "Secret!"),
    ("pdfminer_encryption_aes-128.pdf", "baz", "Secret!"),
    ("pdfminer_encryption_aes-256.pdf", "baz", "Secret!"),
    ("pdfminer_encryption_aes-256-r6.pdf", "usersecret", "Hello World"),
    ("pypdf_libreoffice_password.pdf", "openpassword", "Lorem ipsum"),
    ("qpdf_encrypted-40-bit-R3.pdf", "623", "Potato"),
]


@pytest.mark.parametrize(("name", "password", "text"), PASSWORDS, ids=[p[0] for p in PASSWORDS])
def test_encrypted_pdf_needs_the_right_password(name: str, password: str, text: str) -> None:
    path = CORPUS / "malformed" / name
    with pytest.raises(EncryptedPdf) as no_password:
        extract(path)
    assert not no_password.value.wrong_password
    with pytest.raises(EncryptedPdf) as wrong:
        extract(path, "not-the-password")
    assert wrong.value.wrong_password
    document = extract(path, password)
    assert text in document.pages[0].text


def test_empty_user_password_opens_without_asking() -> None:
    document = extract(CORPUS / "pdf" / "us_copyright_office_dmca_summary_1998.pdf")
    assert len(document.pages) == 18
    assert "Digital Millennium Copyright Act" in document.pages[0].text
    assert document.title == "The Digital Millennium Copyright Act of 1998"
    assert document.language == "en"


def test_printed_page_labels() -> None:
    document = extract(CORPUS / "pdf" / "geotopo_lecture_notes_de_117p.pdf")
    assert len(document.pages) == 117
    assert [p.label for p in document.pages[:5]] == ["i", "ii", "iii", "1", "2"]
    assert document.pages[3].page_no == 4
    assert document.title == "Geometrie und Topologie"
    assert document.author == "Martin Thoma"
    assert document.published == "2016-12-31"
    assert document.language in ("de", "")
    # Without /PageLabels the label is the 1-based position.
    plain = extract(CORPUS / "pdf" / "latex_two_column.pdf")
    assert [p.label for p in plain.pages] == ["1", "2", "3"]


def test_state_department_honduras_2024_page() -> None:
    document = extract(CORPUS / "html" / "statedept_hrr_2024_honduras.html")
    assert document.title == "2024 Country Reports on Human Rights Practices: Honduras"
    assert document.publisher == "U.S. Department of State"
    assert document.kind == "government_report"
    assert document.url.startswith(
        "https://www.state.gov/reports/2024-country-reports-on-human-rights-practices/honduras"
    )
    assert document.language == "en"
    # Cited by its publication: the 2024 report came out in 2025 (the page has no JSON-LD).
    assert document.published == "2025"
    assert dict(document.origins)["published"] == "report_year"
    # The main text is the report body, all of it, without the site's navigation.
    text = " ".join(" ".join(p.text for p in document.pages).split())
    reference = (CORPUS / "text" / "statedept_hrr_2024_honduras.txt").read_text(encoding="utf-8")
    paragraphs = [" ".join(p.split()) for p in reference.split("\n\n") if p.strip()]
    assert "Criminal groups, including local and transnational gangs" in text
    assert [p for p in paragraphs if p not in text] == []
    assert "Build Your Custom Report" not in text
    assert "An official website of the United States Government" not in text
    assert document.pages[0].text.startswith("EXECUTIVE SUMMARY")
    assert all(len(p.text) <= MAX_CHARS for p in document.pages)


def test_gzipped_saved_page() -> None:
    document = extract(CORPUS / "malformed" / "trafilatura_webpage.html.gz")
    assert document.format == "html"
    assert document.title
    assert document.url.startswith("https://")


@pytest.mark.parametrize(
    "name",
    [
        "iacthr_1991_resolution_provisional_measures_es.pdf",
        "iacthr_el_amparo_v_venezuela_1997_es.pdf",
    ],
)
def test_spanish_court_documents(name: str) -> None:
    document = extract(CORPUS / "pdf" / name)
    assert document.language == "es"
    assert document.publisher == "Inter-American Court of Human Rights"
    assert document.kind == "court_decision"


def test_scans_need_ocr_and_keep_their_pages() -> None:
    document = extract(CORPUS / "pdf" / "scan_image_only_english.pdf")
    assert document.needs_ocr
    assert document.warnings
    assert [p.text for p in document.pages] == [""]


@pytest.mark.parametrize(
    ("source", "new_name", "fmt"),
    [
        ("html/statedept_hrr_2024_honduras.html", "report.txt", "html"),
        ("pdf/un_general_assembly_A_INF_76_1.pdf", "document.html", "pdf"),
        ("docx/paragraphs_and_tables.docx", "memo.pdf", "docx"),
        ("text/statedept_hrr_2024_belize.txt", "belize.html", "text"),
        ("malformed/trafilatura_webpage.html.gz", "page", "html"),
    ],
)
def test_format_is_sniffed_from_content(
    tmp_path: Path, source: str, new_name: str, fmt: str
) -> None:
    copy = tmp_path / new_name
    shutil.copyfile(CORPUS / source, copy)
    assert sniff(copy) == fmt
    assert extract(copy).format == fmt


def test_text_report_is_cut_into_numbered_passages() -> None:
    document = extract(CORPUS / "text" / "statedept_hrr_2022_honduras.txt")
    labels = [p.label for p in document.pages]
    assert labels[0].startswith("¶ 1–")
    # Consecutive passages continue the paragraph numbering.
    numbers = [label.removeprefix("¶ ").split("–") for label in labels]
    for before, after in zip(numbers, numbers[1:], strict=False):
        assert int(after[0]) == int(before[-1]) + 1
    assert all(len(p.text) <= MAX_CHARS for p in document.pages)
