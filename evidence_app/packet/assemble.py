"""Put laid-out pages and original pages into one PDF (or one part of it) with pypdf.

Every packet page is a `PageRef`: which document it comes from, which page, which
exhibit it belongs to, and the highlight boxes to annotate. Assembly fits originals to
Letter, adds highlight annotations, stamps "Page X of Y", adds bookmarks and sets the
metadata to the title alone (no name, no A-number, no producer).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter

from .finish import retag_subset_fonts, with_file_id
from .highlight import Box, highlight_annotation, transform_box
from .stamp import Matrix, fit_matrix, fit_to_letter, number_pages


@dataclass
class PageRef:
    doc: str  # "front", "heads", "bodies", "certs" or "original:<exhibit id>"
    index: int  # page index in that document
    exhibit_id: int | None = None
    highlights: list[tuple[str, list[Box]]] = field(default_factory=list)  # (note, boxes)


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # 1-based packet page


class Sources:
    """Readers of the documents pages come from. Originals are keyed per exhibit, so two
    exhibits showing the same page get two copies (pypdf clones a page once per writer)."""

    def __init__(self, rendered: dict[str, bytes], originals: dict[str, str]) -> None:
        self._rendered = rendered
        self._originals = originals
        self._readers: dict[str, PdfReader] = {}
        self._fits: dict[tuple[str, int], tuple[Matrix, object]] = {}

    def reader(self, doc: str) -> PdfReader:
        if doc not in self._readers:
            if doc in self._rendered:
                self._readers[doc] = PdfReader(io.BytesIO(self._rendered[doc]))
            else:
                self._readers[doc] = open_original(self._originals[doc])
        return self._readers[doc]

    def fit(self, doc: str, index: int) -> tuple[Matrix, object]:
        key = (doc, index)
        if key not in self._fits:
            self._fits[key] = fit_matrix(self.reader(doc).pages[index])
        return self._fits[key]


def open_original(path: str) -> PdfReader:
    """pypdf reader of a stored original; raises ValueError when it cannot be used."""
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("encrypted")
        _ = len(reader.pages)
    except ValueError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise ValueError(str(exc)) from exc
    return reader


def assemble(
    refs: Sequence[PageRef],
    first_number: int,
    total: int,
    sources: Sources,
    bookmarks: Sequence[Bookmark],
    title: str,
    caption: str | Sequence[str] = "",
) -> tuple[bytes, int]:
    """The PDF bytes of these pages, numbered from `first_number`, and highlights placed;
    `caption` (the case and "Part N of M"; one for all pages or one a page) is printed at
    the foot of the pages."""
    writer = PdfWriter()
    numbers = number_pages(first_number, first_number + len(refs) - 1, total, caption)
    highlights = 0
    for offset, ref in enumerate(refs):
        original = ref.doc.startswith("original:")
        page = writer.add_page(sources.reader(ref.doc).pages[ref.index])
        matrix: Matrix | None = None
        if original:
            matrix, crop = sources.fit(ref.doc, ref.index)
            fit_to_letter(page, matrix, crop)  # type: ignore[arg-type]
        for note, boxes in ref.highlights:
            placed = [transform_box(b, matrix) for b in boxes] if matrix else list(boxes)
            if placed:
                writer.add_annotation(page, highlight_annotation(writer, placed, note))
                highlights += 1
        page.merge_page(numbers.pages[offset])
        page.compress_content_streams()
    for mark in bookmarks:
        index = mark.page - first_number
        if 0 <= index < len(refs):
            writer.add_outline_item(title=mark.title, page_number=index)
    writer.page_mode = "/UseOutlines"
    writer.metadata = {"/Title": title, "/Author": "", "/Creator": "", "/Producer": ""}
    retag_subset_fonts(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return with_file_id(buffer.getvalue()), highlights
