"""Word (.docx) importer: paragraphs and table cells in document order.

Headers, footers and comments are left out: they repeat on every page or are not
part of the author's text.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import docx
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from evidence_app.errors import DamagedFile, EmptyDocument, FileTooLarge, UnsupportedFile
from evidence_app.ingest import metadata
from evidence_app.ingest.paragraphs import passages
from evidence_app.model import ExtractedDocument, ExtractedPage

# Uncompressed size cap for the XML inside: a few kilobytes of zip can inflate to
# gigabytes that the XML parser would try to hold.
MAX_XML_BYTES = 256 * 1024 * 1024
CELL_SEPARATOR = " | "


def _blocks(blocks: Iterable[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            text = " ".join(block.text.split())
            if text:
                yield text
        else:
            yield from _table_paragraphs(block)


def _unique_cells(row: _Row) -> list[_Cell]:
    # A merged cell is returned once for every grid column it spans.
    seen: set[int] = set()
    cells: list[_Cell] = []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _table_paragraphs(table: Table) -> Iterator[str]:
    """One paragraph per row, cells joined by " | "; a row holding nested tables is
    read cell by cell, block by block, so that the text stays in document order."""
    for row in table.rows:
        cells = _unique_cells(row)
        if any(cell.tables for cell in cells):
            for cell in cells:
                yield from _blocks(cell.iter_inner_content())
            continue
        texts = [" ".join(" ".join(p.text for p in cell.paragraphs).split()) for cell in cells]
        joined = CELL_SEPARATOR.join(text for text in texts if text)
        if joined:
            yield joined


def _check_zip(path: Path) -> bool:
    """Refuse XML that would inflate past MAX_XML_BYTES; True if the file holds images."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    total = sum(info.file_size for info in infos if info.filename.endswith(".xml"))
    if total > MAX_XML_BYTES:
        raise FileTooLarge(str(path), total, MAX_XML_BYTES)
    return any(info.filename.startswith("word/media/") for info in infos)


def extract_docx(path: Path, password: str | None = None) -> ExtractedDocument:
    name = str(path)
    try:
        has_images = _check_zip(path)
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError) as exc:
        raise DamagedFile(name, f"broken Word file: {exc}") from exc
    except ValueError as exc:
        # python-docx: "file '…' is not a Word file, content type is '…'"
        raise UnsupportedFile(name, str(exc)) from exc
    paragraphs = list(_blocks(document.iter_inner_content()))
    core = document.core_properties
    created = core.created
    published = created.date().isoformat() if isinstance(created, dt.datetime) else ""
    if not paragraphs and not has_images:
        raise EmptyDocument(name, "the document is empty")
    if paragraphs:
        pages, warnings, needs_ocr = passages(paragraphs), [], False
    else:
        # Kept like a blank or scanned PDF: stored, flagged as having no text.
        pages = (ExtractedPage(page_no=1, label="1", text=""),)
        needs_ocr = True
        warnings = [
            "the Word file has images but no text: run OCR to search it"
        ]
    return metadata.finish(
        "docx",
        pages,
        warnings=warnings,
        needs_ocr=needs_ocr,
        title=core.title or "",
        author=core.author or "",
        file_date=metadata.parse_iso_date(published),
        language_hint=core.language or "",
    )
