"""What a bulk import's extraction workers do besides reading a file: analyse its pages
for the search index, as the index will read them back from the store.

The main process of an import was its bottleneck (the workers waited for it): it stored,
tagged, analysed for the index and wrote the index, about 0.2 s a report, while reading a
report took a worker about 0.1 s. The analysis (a third of the main process's work, pure
Python) now runs in the workers beside the extraction; the main process only unpickles it.
It is made from exactly the page texts and language the importer stores (`valid_text`), so
the index gets what it would have computed itself (tests/core/test_bulk_import.py compares
the scores). Not in ingest/: reading a file stays free of the search index.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from .. import ingest
from ..ingest.headings import html_headings, page_headings
from ..model import ExtractedDocument
from ..search.index.analysed import AnalysedSource, analyse_source
from ..text_clean import valid_text

# A file's time and memory limits in its worker were set for reading it; a huge text's
# analysis (about 1 ms a page) is left to the main process so that it cannot push a file
# that reads within the limits past them.
MAX_ANALYSED_CHARS = 4_000_000
HeadingRows = dict[int, Sequence[tuple[int, str, int]]]


@dataclasses.dataclass(frozen=True)
class AnalysedDocument(ExtractedDocument):
    """An extracted document with its pages' analysis for the index (source id 0 until
    stored: `for_source`)."""

    analysed: AnalysedSource | None = None
    # a saved web page's section headings per passage, {page_no: [(level, heading, start)]}
    # as Library.starter.read_headings would store them; None: not read here (read them later)
    headings: HeadingRows | None = None

    def for_source(self, source_id: int) -> AnalysedSource | None:
        if self.analysed is None:
            return None
        return dataclasses.replace(self.analysed, source_id=source_id)


def stored_pages(document: ExtractedDocument) -> list[tuple[int, str]]:
    """(page_no, text) as the importer stores them."""
    return [(p.page_no, valid_text(p.text)) for p in document.pages]


def extract_checked(
    path: Path, password: str | None = None, *, max_bytes: int = ingest.MAX_BYTES
) -> ExtractedDocument:
    """`ingest.extract` of a file the importer checked before hashing it (an
    ExtractionPool function): the checks run once per file, not again in the worker."""
    return ingest.extract(path, password, max_bytes=max_bytes, checked=True)


def extract_analysed(
    path: Path, password: str | None = None, *, max_bytes: int = ingest.MAX_BYTES
) -> ExtractedDocument:
    """`extract_checked`, plus the analysis of the pages it found (an ExtractionPool
    function: raises only what extract raises). A bulk block's files were checked before
    (BulkImport.check, also for the files it reads ahead)."""
    document = extract_checked(path, password, max_bytes=max_bytes)
    pages = stored_pages(document)
    if sum(len(text) for _, text in pages) > MAX_ANALYSED_CHARS:
        return document  # the main process analyses it, as without workers' analyses
    analysed = analyse_source(0, valid_text(document.language), pages)
    values = {f.name: getattr(document, f.name) for f in dataclasses.fields(document)}
    return AnalysedDocument(**values, analysed=analysed,
                            headings=_headings(path, pages) if document.format == "html" else None)


def _headings(path: Path, pages: list[tuple[int, str]]) -> HeadingRows | None:
    """What starter.read_headings finds for this page (read from the same bytes: the file
    imported is the one stored under its hash); None when it fails, so that the main
    process tries again the usual way."""
    try:
        found = html_headings(path)
    except Exception:  # noqa: BLE001 - headings are an extra; the main process retries
        return None
    if not found:
        return {}
    return {no: [(h.level, h.text, h.start) for h in rows]
            for no, rows in page_headings(found, pages).items()}
