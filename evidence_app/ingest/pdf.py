"""PDF importer: pypdfium2 page texts, printed page labels and document metadata.

Forms are never initialised (`init_forms` is not called), so pdfium does not run a
file's JavaScript. Hangs inside pdfium (cyclic page trees, decompression bombs) are
the extraction pool's business: it runs this in a process it can kill.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from evidence_app.errors import DamagedFile, EmptyFile, EncryptedPdf, UnsupportedFile
from evidence_app.ingest import metadata
from evidence_app.ingest.printed_pages import printed_labels
from evidence_app.model import ExtractedDocument, ExtractedPage

# A page with fewer visible characters than this has no usable text layer
# (a scan, or a stray page number over an image).
MIN_PAGE_CHARS = 4
# A document needs OCR when at least this share of its pages have no text.
OCR_PAGE_SHARE = 0.9

# pdfium: CRLF line ends, U+FFFE where it joined a word hyphenated at a line end,
# C0 control codes from fonts with broken Unicode maps, NULs.
_CLEAN: dict[int, str | None] = {code: None for code in range(32) if code not in (9, 10, 12)}
_CLEAN.update({0x0C: "\n", 0x7F: None, 0xFFFE: None, 0xFFFF: None})


def clean_page_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CLEAN)


def _visible_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _open(path: Path, password: str | None) -> pdfium.PdfDocument:
    name = str(path)
    try:
        return pdfium.PdfDocument(path, password=password or None)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf(name, wrong_password=bool(password)) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnsupportedFile(name, "PDF uses an unsupported security handler") from exc
        if code == pdfium_c.FPDF_ERR_SUCCESS:
            raise EmptyFile(name, "PDF has no pages") from exc
        raise DamagedFile(name, f"PDF cannot be opened: {exc}") from exc


def _page_label(doc: pdfium.PdfDocument, index: int) -> str:
    """The page label the PDF itself declares, "" when it has none."""
    try:
        return " ".join(doc.get_page_label(index).split())
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        return ""



def _page_text(doc: pdfium.PdfDocument, index: int) -> str:
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            return clean_page_text(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


def extract_pdf(path: Path, password: str | None = None) -> ExtractedDocument:
    name = str(path)
    doc = _open(path, password)
    try:
        count = len(doc)
        pages: list[ExtractedPage] = []
        unreadable: list[str] = []
        textless = 0
        declared = False
        for index in range(count):
            label = _page_label(doc, index)
            declared = declared or bool(label)
            label = label or str(index + 1)
            try:
                text = _page_text(doc, index)
            except pdfium.PdfiumError:
                unreadable.append(label)
                text = ""
            if _visible_chars(text) < MIN_PAGE_CHARS:
                textless += 1
            pages.append(ExtractedPage(page_no=index + 1, label=label, text=text))
        if unreadable and len(unreadable) == count:
            raise DamagedFile(name, "no page of the PDF can be read")
        if not declared:
            # No page labels: cite the numbers printed on the pages when they agree.
            printed = printed_labels([page.text for page in pages])
            if printed:
                pages = [
                    ExtractedPage(page.page_no, label, page.text)
                    for page, label in zip(pages, printed, strict=True)
                ]
        meta = doc.get_metadata_dict(skip_empty=True)
        encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(doc) != -1
    finally:
        doc.close()

    warnings: list[str] = []
    if unreadable:
        warnings.append(f"{len(unreadable)} page(s) could not be read: {', '.join(unreadable)}")
    needs_ocr = textless >= OCR_PAGE_SHARE * count
    if needs_ocr:
        warnings.append("the PDF has no text layer (scanned pages?): run OCR to search it")
        if encrypted:
            warnings.append("the PDF is encrypted; its text may not be decryptable")
    elif textless:
        warnings.append(f"{textless} of {count} pages have no text")
    return metadata.finish(
        "pdf",
        pages,
        title=meta.get("Title", ""),
        title_origin="pdf_metadata",
        author=meta.get("Author", ""),
        author_origin="pdf_metadata",
        file_date=metadata.parse_pdf_date(meta.get("CreationDate", "")),
        file_date_origin="pdf_metadata",
        warnings=warnings,
        needs_ocr=needs_ocr,
    )
