"""Importers: a file path in, an `ExtractedDocument` (page texts + metadata guesses) out.

Pure: no database, no index, no network. `extract` is the one entry point; it picks
the importer by content (`detect.sniff`) and turns every failure into an
`errors.ImportFailed` subclass that names the file. For many files, or files that
may hang the PDF engine, use `pool.ExtractionPool`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from evidence_app.errors import (
    DamagedFile,
    EmptyFile,
    FileTooLarge,
    ImportFailed,
    UnsupportedFile,
)
from evidence_app.ingest.detect import sniff
from evidence_app.model import ExtractedDocument

__all__ = ["MAX_BYTES", "check_file", "extract", "sniff"]

MAX_BYTES = 200 * 1024 * 1024

Importer = Callable[[Path, "str | None"], ExtractedDocument]


def _importer(fmt: str) -> Importer:
    # Imported on demand: a text import should not pay for loading pdfium or lxml.
    if fmt == "pdf":
        from evidence_app.ingest.pdf import extract_pdf

        return extract_pdf
    if fmt == "html":
        from evidence_app.ingest.html import extract_html

        return extract_html
    if fmt == "docx":
        from evidence_app.ingest.docx import extract_docx

        return extract_docx
    from evidence_app.ingest.text import extract_text

    return extract_text


def _sniff(path: Path) -> str:
    """Content decides the format, but a "PDF" that is plain text or unknown bytes is
    a failed download, a placeholder ("error", "oops") or a mangled header: report it
    as a damaged PDF rather than import it as text or call it unsupported."""
    claims_pdf = path.suffix.lower() == ".pdf"
    try:
        fmt = sniff(path)
    except UnsupportedFile as exc:
        if claims_pdf:
            raise DamagedFile(str(path), "not a PDF: no %PDF header") from exc
        raise
    if fmt == "text" and claims_pdf:
        raise DamagedFile(str(path), "not a PDF: the file holds plain text")
    return fmt


def check_file(path: Path, max_bytes: int = MAX_BYTES) -> int:
    """The checks before a file is read, cheap and without parsing: it exists, is a regular
    file, is not empty and not too large. Returns its size. Raises UnsupportedFile,
    EmptyFile or FileTooLarge (OSError when it cannot even be looked at)."""
    name = str(path)
    if not path.exists():
        raise UnsupportedFile(name, "file not found")
    if not path.is_file():
        raise UnsupportedFile(name, "not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(name, "the file is empty (0 bytes)")
    if size > max_bytes:
        raise FileTooLarge(name, size, max_bytes)
    return size


def extract(
    path: Path, password: str | None = None, *, max_bytes: int = MAX_BYTES,
    checked: bool = False,
) -> ExtractedDocument:
    """Read one file. Raises only `ImportFailed` subclasses, each carrying the path:
    UnsupportedFile, EmptyFile, FileTooLarge, EncryptedPdf, DamagedFile. `checked`: the
    caller ran `check_file` on it already (the importer does, before hashing it)."""
    path = Path(path)
    name = str(path)
    try:
        if not checked:
            check_file(path, max_bytes)
        fmt = _sniff(path)
        document = _importer(fmt)(path, password)
    except ImportFailed:
        raise
    except OSError as exc:
        raise DamagedFile(name, f"cannot read the file: {exc.strerror or exc}") from exc
    except Exception as exc:  # noqa: BLE001 - parsers raise anything
        raise DamagedFile(name, f"{type(exc).__name__}: {exc}") from exc
    if not document.needs_ocr and not any(page.text.strip() for page in document.pages):
        raise EmptyFile(name, "no text")
    return document
