"""Small things users of Zotero and Calibre expect, wired into the main window: Copy
citation from the results, a coverage gap that searches the library, the reader cleared
when a search finds nothing, and the search history (Recent searches, Saved searches)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from evidence_app.citing.citation import format_citation
from evidence_app.errors import EvidenceError

if TYPE_CHECKING:
    from .library_view.search_controller import ResultPage
    from .main_window import MainWindow

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
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.results.copy_citation_requested.connect(self.copy_citation)
        window.cases_view.coverage.gap_clicked.connect(self.search_gap)
        window.controller.result_ready.connect(self._result_ready)

    def copy_citation(self, source_id: int, page_no: int) -> str:
        """The source's full citation, pinpointed to the page, on the clipboard."""
        library = self.window.library
        if library is None:
            return ""
        try:
            source = library.source(source_id)
            pin = english_pinpoint(library.page(source_id, page_no).label) if page_no else ""
        except EvidenceError:
            return ""
        text = format_citation(source, pin)
        QApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(self.tr("Citation copied: %1").replace("%1", text),
                                            6000)
        return text

    def search_gap(self, country: str, element: str) -> str:
        """Search the library for a coverage gap: the country's sources, for the words of
        the legal element's risk types."""
        window = self.window
        library = window.library
        if library is None:
            return ""
        risks = [r for r in library.risk_types(include_hidden=False)
                 if r.legal_element == element]
        keywords = [r.label_en.lower() for r in risks] + [k for r in risks for k in r.keywords]
        query = gap_query(keywords) or element.replace("_", " ")
        window.case_actions.show_cases(False)
        facets = window.facets
        facets.blockSignals(True)  # one search, not one per ticked filter
        facets.clear_selection()
        facets.set_checked("countries", country)
        facets.blockSignals(False)
        window.search_box.set_text(query)  # searches at once, with the country ticked
        return query

    def _result_ready(self, page: ResultPage) -> None:
        # nothing found: the reader must not go on showing the previous search's page
        if not page.appended and not page.result.sources and not page.result.passages:
            self.window.reader.clear()
