"""Small things users of Zotero and Calibre expect, wired into the main window: Copy
citation from the results, a coverage gap that searches the library, the reader cleared
when a search finds nothing, and the search history (Recent searches, Saved searches)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStatusBar

from evidence_app.citing.citation import format_citation
from evidence_app.errors import EvidenceError

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

    from .library_view.facets import FacetPanel
    from .library_view.search_box import SearchBox
    from .library_view.search_controller import ResultPage
    from .reader.panel import ReaderPane

KEYWORDS_PER_SEARCH = 8  # enough to find passages; a longer OR query only slows the search


def english_pinpoint(label: str) -> str:
    """Citations are English (they go to an American court): "p. 12", or "¶ 3–5" as is."""
    roman = bool(label) and set(label.lower()) <= set("ivxlcdm")
    return f"p. {label}" if label and (label[0].isdigit() or roman) else label


def gap_query(keywords: list[str]) -> str:
    """An OR query of a legal element's keywords: phrases quoted, each word once."""
    terms: list[str] = []
    for word in keywords:
        term = f'"{word}"' if " " in word else word
        if term not in terms:
            terms.append(term)
    return " OR ".join(terms[:KEYWORDS_PER_SEARCH])


class WindowExtras(QObject):
    """Copy citation, a coverage gap's search, the reader cleared when nothing is found. Given
    the panels and callables they act on: `show_library()` shows the Library tab."""

    def __init__(
        self,
        parent: QObject,
        *,
        library: Callable[[], Library | None],
        status: QStatusBar,
        facets: FacetPanel,
        search_box: SearchBox,
        reader: ReaderPane,
        show_library: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.status = status
        self.facets = facets
        self.search_box = search_box
        self.reader = reader
        self._show_library = show_library

    def copy_citation(self, source_id: int, page_no: int) -> str:
        """The source's full citation, pinpointed to the page, on the clipboard."""
        library = self._library()
        if library is None:
            return ""
        try:
            source = library.catalog.source(source_id)
            pin = (
                english_pinpoint(library.catalog.page(source_id, page_no).label) if page_no else ""
            )
        except EvidenceError:
            return ""
        text = format_citation(source, pin)
        QApplication.clipboard().setText(text)
        self.status.showMessage(self.tr("Citation copied: %1").replace("%1", text), 6000)
        return text

    def search_gap(self, country: str, element: str) -> str:
        """Search the library for a coverage gap: the country's sources, for the words of
        the legal element's risk types."""
        library = self._library()
        if library is None:
            return ""
        risks = [r for r in library.taxonomy.risk_types(include_hidden=False)
                 if r.legal_element == element]
        keywords = [r.label_en.lower() for r in risks] + [k for r in risks for k in r.keywords]
        query = gap_query(keywords) or element.replace("_", " ")
        self._show_library()
        facets = self.facets
        facets.blockSignals(True)  # one search, not one per ticked filter
        facets.clear_selection()
        facets.set_checked("countries", country)
        facets.blockSignals(False)
        self.search_box.set_text(query)  # searches at once, with the country ticked
        return query

    def result_ready(self, page: ResultPage) -> None:
        # nothing found: the reader must not go on showing the previous search's page
        if not page.appended and not page.result.sources and not page.result.passages:
            self.reader.clear()
